// RSS 2.0 / 0.9x, RSS 1.0 (RDF) and Atom -> one raw article per item.
//
// fast-xml-parser is lenient: it reads truncated files, a blank line before
// <?xml, and an unescaped "&" in a link, so most malformed feeds still give
// their items. Only when nothing can be recovered do we report the strict
// validator's first error ("not well-formed XML at line 15: ..."). Element
// names are matched by local name with an allow-list of prefixes, so
// <a:feed>, <atom:entry>, <content:encoded> and <dc:date> all work while
// <media:content> and <media:description> are not mistaken for the text.
import { xmlLibrary } from './libraries.ts';
import type { RawArticle } from './index.ts';
import { parseDate } from './dates.ts';
import { htmlToText } from './html-text.ts';
import { normalizeText } from './normalize.ts';

export type FeedEntry = {
  /** 1-based position of the item among the feed's top-level items */
  index: number;
  guid?: string;
  raw?: RawArticle;
  problem?: string;
};

export type FeedKind = 'rss' | 'rdf' | 'atom';

export type RootElement = { prefix: string; name: string };

const attributePrefix = '@_';
const textKey = '#text';

/** Prefixes under which feed vocabularies (RSS, Atom, RDF, Dublin Core, content:) appear in the wild. */
const feedPrefixes = ['', 'atom', 'atom03', 'atom10', 'a', 'rss', 'rdf', 'dc', 'dcterms', 'content'];

/** Item fields whose value is (possibly escaped) markup: kept raw so we can read HTML, XHTML and CDATA ourselves. */
const markupFields = ['title', 'description', 'summary', 'content', 'encoded'];

/** Where an item's text may be, best first. */
const textFields = ['encoded', 'content', 'description', 'summary'];

/** Where an item's publication date may be, best first (pubDate before dc:date: feedjira's InvalidDateFormat.xml). */
const dateFields = ['pubDate', 'published', 'date', 'issued', 'created', 'updated', 'modified'];

// Whitespace, <?xml ...?>, <?xml-stylesheet ...?>, comments and a DOCTYPE (with an internal subset) before the root.
const prologItem = /\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>[]*(?:\[[\s\S]*?\])?\s*>/iy;
const rootTag = /<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)/y;

/** The document's root element name, found by skipping the prolog (no full parse). */
export function rootElement(text: string): RootElement | undefined {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    prologItem.lastIndex = at;
    const m = prologItem.exec(text);
    if (!m || m[0].length === 0) break;
    at = prologItem.lastIndex;
  }
  rootTag.lastIndex = at;
  const m = rootTag.exec(text);
  return m ? { prefix: m[1] ?? '', name: m[2]! } : undefined;
}

export function feedKind(root: RootElement | undefined): FeedKind | undefined {
  if (!root) return undefined;
  if (root.name === 'rss') return 'rss';
  if (root.name === 'RDF') return 'rdf';
  if (root.name === 'feed') return 'atom';
  return undefined;
}

type XmlNode = Record<string, unknown>;

function isNode(v: unknown): v is XmlNode {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function localName(key: string): [prefix: string, local: string] {
  const colon = key.indexOf(':');
  return colon < 0 ? ['', key] : [key.slice(0, colon), key.slice(colon + 1)];
}

/** Every child value with this local name under an allowed prefix (arrays flattened). */
function children(node: XmlNode, local: string, prefixes: ReadonlySet<string>): unknown[] {
  const out: unknown[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith(attributePrefix) || key === textKey) continue;
    const [prefix, name] = localName(key);
    if (name !== local || !prefixes.has(prefix)) continue;
    if (Array.isArray(value)) out.push(...value);
    else out.push(value);
  }
  return out;
}

function child(node: XmlNode, local: string, prefixes: ReadonlySet<string>): unknown {
  return children(node, local, prefixes)[0];
}

function attribute(node: unknown, local: string): string | undefined {
  if (!isNode(node)) return undefined;
  for (const [key, value] of Object.entries(node)) {
    if (!key.startsWith(attributePrefix)) continue;
    if (localName(key.slice(attributePrefix.length))[1] === local && typeof value === 'string') return value;
  }
  return undefined;
}

/** The character data of a simple element (string, or {#text, @_attr}). */
function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (isNode(v)) return textOf(v[textKey]);
  return undefined;
}

const cdataSection = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const markupTag = /<[A-Za-z!/]/;

function decodeXmlEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'amp') return '&';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Raw element content (kept unparsed) -> plain text.
 * CDATA sections hold literal HTML; outside them, escaped HTML ("&lt;p&gt;") is
 * unescaped once, and inline XHTML markup is already HTML. Atom type="text" is
 * never HTML: "&lt;b&gt;" there means the characters "<b>".
 */
export function markupToText(raw: string, type?: string): string {
  let html = '';
  let last = 0;
  for (const m of raw.matchAll(cdataSection)) {
    html += outsideCdata(raw.slice(last, m.index), type);
    html += m[1];
    last = m.index! + m[0].length;
  }
  html += outsideCdata(raw.slice(last), type);
  if (type === 'text') return normalizeText(html);
  return normalizeText(htmlToText(html));
}

function outsideCdata(segment: string, type: string | undefined): string {
  if (segment === '') return '';
  if (type === 'xhtml' || (type !== 'text' && markupTag.test(segment))) return segment;
  return decodeXmlEntities(segment);
}

function markupValue(v: unknown): string | undefined {
  if (typeof v === 'string') return markupToText(v) || undefined;
  if (isNode(v)) {
    const raw = v[textKey];
    if (typeof raw !== 'string') return undefined;
    return markupToText(raw, attribute(v, 'type')?.toLowerCase()) || undefined;
  }
  return undefined;
}

/** Atom <link rel="alternate" href> (or the first link without rel), RSS <link>text</link>. */
function linkOf(item: XmlNode, prefixes: ReadonlySet<string>): string | undefined {
  const links = children(item, 'link', prefixes);
  let fallback: string | undefined;
  for (const link of links) {
    const href = attribute(link, 'href');
    if (href) {
      const rel = attribute(link, 'rel');
      if (rel === undefined || rel === 'alternate') return href.trim();
      continue;
    }
    fallback ??= textOf(link);
  }
  return fallback;
}

function personOf(v: unknown, prefixes: ReadonlySet<string>): string | undefined {
  if (isNode(v) && !(textKey in v)) return textOf(child(v, 'name', prefixes));
  return textOf(v);
}

export type FeedRead = { kind: FeedKind; title?: string; entries: FeedEntry[] };

/**
 * Read a feed; a string is the one-line reason it could not be read at all. A feed cut
 * short or garbled keeps the complete items before the damage, and the damage becomes one
 * problem entry after them.
 */
export function readFeed(xml: string): FeedRead | string {
  const read = readWholeFeed(xml);
  return typeof read === 'string' ? (readItemsBeforeDamage(xml, read) ?? read) : read;
}

const itemEnd = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/g;

/** The feed up to the end of its last complete item before the first error, closed again and read; undefined when that gives nothing. */
function readItemsBeforeDamage(xml: string, reason: string): FeedRead | undefined {
  const text = xml.trimStart();
  const damage = damageOffset(text);
  let cut = -1;
  for (const m of text.matchAll(itemEnd)) {
    if (m.index + m[0].length > damage) break;
    cut = m.index + m[0].length;
  }
  if (cut < 0) return undefined;
  const kept = text.slice(0, cut);
  const root = rootElement(kept);
  if (!root) return undefined;
  const channel = /<((?:[\w.-]+:)?channel)[\s>]/.exec(kept)?.[1];
  const channelOpen = channel !== undefined && !kept.includes(`</${channel}>`);
  const closed = `${kept}${channelOpen ? `</${channel}>` : ''}</${root.prefix ? `${root.prefix}:` : ''}${root.name}>`;
  const read = readWholeFeed(closed);
  if (typeof read === 'string') return undefined;
  const n = read.entries.length;
  read.entries.push({ index: n + 1, problem: `${reason} (the ${n} item${n === 1 ? ' before it was' : 's before it were'} read)` });
  return read;
}

/** Where the strict validator's first error is, as an offset into `xml` (its end when the file is cut short). */
function damageOffset(xml: string): number {
  const result = xmlLibrary().XMLValidator.validate(xml);
  if (result === true || /^Invalid '\[/.test(result.err.msg)) return xml.length;
  const { line, col } = result.err;
  let at = 0;
  for (let l = 1; l < line && at >= 0; l++) at = xml.indexOf('\n', at) + 1 || -1;
  return at < 0 ? xml.length : at + Math.max(0, col - 1);
}

function readWholeFeed(xml: string): FeedRead | string {
  const root = rootElement(xml);
  const kind = feedKind(root);
  if (!root || !kind) return 'not a feed';
  const prefixes = new Set([...feedPrefixes, root.prefix]);
  const prefixed = (name: string) => [...prefixes].map((p) => (p ? `${p}:${name}` : name));
  const parser = new (xmlLibrary().XMLParser)({
    ignoreAttributes: false,
    attributeNamePrefix: attributePrefix,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: true,
    trimValues: true,
    stopNodes: markupFields.flatMap((f) => prefixed(f).map((name) => `*.${name}`)),
    isArray: (name) => {
      const local = localName(name)[1];
      return local === 'item' || local === 'entry';
    },
  });
  let doc: XmlNode;
  try {
    doc = parser.parse(xml.trimStart()) as XmlNode;
  } catch (e) {
    return notWellFormed(xml) ?? `not well-formed XML: ${(e as Error).message}`;
  }
  const rootNode = doc[root.prefix ? `${root.prefix}:${root.name}` : root.name];
  if (!isNode(rootNode)) return notWellFormed(xml) ?? 'not a feed: empty root element';
  const channel = kind === 'atom' ? rootNode : child(rootNode, 'channel', prefixes);
  const channelNode = isNode(channel) ? channel : {};
  const container = kind === 'rss' ? channelNode : rootNode;
  const items = children(container, kind === 'atom' ? 'entry' : 'item', prefixes).filter(isNode);
  // RSS 0.9x puts items inside the channel even in RDF; accept either.
  if (items.length === 0 && kind === 'rdf') items.push(...children(channelNode, 'item', prefixes).filter(isNode));
  if (items.length === 0) return notWellFormed(xml) ?? 'feed has no items';

  const feedTitle = markupValue(child(channelNode, 'title', prefixes));
  const feedLang = textOf(child(channelNode, 'language', prefixes)) ?? attribute(rootNode, 'lang');
  const entries = items.map((item, i) => readItem(item, i + 1, prefixes, { title: feedTitle, lang: feedLang }));
  // A feed of headlines only (Science's RSS 1.0) is one problem, not one line per item.
  if (entries.every((e) => e.problem !== undefined))
    return `no item has any text (${entries.length} item${entries.length === 1 ? '' : 's'}, titles or links only)`;
  return { kind, ...(feedTitle ? { title: feedTitle } : {}), entries };
}

function readItem(item: XmlNode, index: number, prefixes: ReadonlySet<string>, feed: { title?: string; lang?: string }): FeedEntry {
  const guid = textOf(child(item, 'guid', prefixes)) ?? textOf(child(item, 'id', prefixes));
  let text = '';
  for (const field of textFields) {
    for (const value of children(item, field, prefixes)) {
      const candidate = markupValue(value);
      // Summaries are often a truncated copy of the full content: keep the longest.
      if (candidate && candidate.length > text.length) text = candidate;
    }
  }
  const name = `item ${index}${guid ? ` (guid ${guid})` : ''}`;
  if (text === '') return { index, ...(guid ? { guid } : {}), problem: `${name} has no text` };

  const raw: RawArticle = { text };
  const title = markupValue(child(item, 'title', prefixes));
  if (title) raw.title = title;
  let link = linkOf(item, prefixes) ?? attribute(item, 'about');
  const guidNode = child(item, 'guid', prefixes);
  if (!link && guid && /^https?:\/\//.test(guid) && attribute(guidNode, 'isPermaLink') !== 'false') link = guid;
  if (link) raw.url = link;
  for (const field of dateFields) {
    const published = children(item, field, prefixes).map((v) => parseDate(textOf(v))).find((d) => d !== undefined);
    if (published) {
      raw.published = published;
      break;
    }
  }
  const byline = personOf(child(item, 'creator', prefixes), prefixes) ?? personOf(child(item, 'author', prefixes), prefixes);
  if (byline) raw.byline = byline;
  const source = textOf(child(item, 'source', prefixes)) ?? feed.title;
  if (source) raw.source = source;
  const lang = attribute(item, 'lang') ?? feed.lang;
  if (lang) raw.lang = lang;
  if (guid) raw.extra = { guid };
  return { index, ...(guid ? { guid } : {}), raw };
}

/** The strict validator's first error as one line, or undefined when the XML is well-formed. */
function notWellFormed(xml: string): string | undefined {
  const result = xmlLibrary().XMLValidator.validate(xml.trimStart());
  if (result === true) return undefined;
  const { msg, line } = result.err;
  // A truncated file: the validator names the open elements ('[ "rss", "channel" ]') at line 1.
  const unclosed = msg.match(/^Invalid '\[([\s\S]*)\]' found/);
  if (unclosed) {
    const tags = unclosed[1]!.match(/"([^"]+)"/g)?.map((t) => `<${t.slice(1, -1)}>`) ?? [];
    const lastLine = xml.trimStart().split('\n').length;
    return `not well-formed XML at line ${lastLine}: unexpected end of file, ${tags.join(' ')} not closed`;
  }
  return `not well-formed XML at line ${line}: ${msg}`;
}
