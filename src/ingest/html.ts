// HTML pages -> one article, through Mozilla Readability on a linkedom DOM.
//
// Readability finds the main text and reads title, byline, site name, lang
// and published time (meta tags and JSON-LD). We add what it leaves out: the
// canonical URL, and a wider net of date meta tags (pubdate, DC.date, ...).
// A page whose "article" is a few words (an index page, a "Document Moved"
// stub) is reported, not stored.
import type { parseHTML } from 'linkedom';
import type { Readability } from '@mozilla/readability';
import { linkedomLibrary, readabilityLibrary } from './libraries.ts';
import type { RawArticle } from './index.ts';
import { htmlToText } from './html-text.ts';
import { normalizeText } from './normalize.ts';
import { parseDate } from './dates.ts';
import { rootElement } from './feed.ts';
import { maxNestingDepth } from './limits.ts';

/** Below this many characters of main text a page holds no article (redirect stubs, error pages). */
export const minArticleChars = 200;

/** Root or first elements that only HTML documents start with. */
const htmlStartElements = new Set([
  'html', 'head', 'body', 'meta', 'title', 'link', 'script', 'style', 'div', 'p', 'table', 'center', 'h1', 'h2', 'h3',
  'article', 'section', 'header', 'main', 'nav', 'span', 'a', 'font', 'form', 'iframe', 'img', 'br', 'ul', 'base',
]);

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024);
  if (/^\s*(?:<\?xml[^>]*>\s*)?<!doctype\s+html/i.test(head)) return true;
  const root = rootElement(head);
  return root !== undefined && root.prefix === '' && htmlStartElements.has(root.name.toLowerCase());
}

/** Meta tags that carry the publication time, by name or property, best first. */
const publishedMeta = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date.issued', 'dc.date', 'dcterms.issued',
  'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'date',
];

type HtmlDocument = ReturnType<typeof parseHTML>['document'];

function metaContent(document: HtmlDocument, keys: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !byKey.has(key)) byKey.set(key, content);
  }
  return keys.map((k) => byKey.get(k)).filter((v): v is string => v !== undefined);
}

function absoluteUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Metadata read before Readability runs (it rewrites the DOM). */
function pageMetadata(document: HtmlDocument, pageUrl: string | undefined): { url?: string; published?: string } {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, ['og:url'])[0];
  const url = absoluteUrl(canonical, pageUrl) ?? pageUrl;
  const candidates = [
    ...metaContent(document, publishedMeta),
    ...Array.from(document.querySelectorAll('time[pubdate], time[itemprop="datePublished"]'), (t) => t.getAttribute('datetime') ?? ''),
  ];
  const published = candidates.map(parseDate).find((d) => d !== undefined);
  return { ...(url ? { url } : {}), ...(published ? { published } : {}) };
}

/** Read one page; a string is the reason it holds no article. */
export function readHtml(html: string, pageUrl?: string): RawArticle | string {
  // The parser is slow on deep nesting too (docs/ingest.md, "Limits"): the markup is measured first.
  const tooDeep = `elements nested more than ${maxNestingDepth} deep (not read: Readability's time grows faster than the square of the depth)`;
  if (markupDepth(html, maxMarkupDepth) > maxMarkupDepth) return tooDeep;
  const { document } = linkedomLibrary().parseHTML(html);
  if (nestingDepth(document.documentElement as unknown as Element | null, maxNestingDepth) > maxNestingDepth) return tooDeep;
  const meta = pageMetadata(document, pageUrl);
  const lang = document.documentElement?.getAttribute('lang')?.trim();
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new (readabilityLibrary().Readability)(document as unknown as Document).parse();
  } catch (e) {
    return `no article found (Readability failed: ${(e as Error).message})`;
  }
  if (!parsed?.content) return 'no article found';
  const text = normalizeText(htmlToText(parsed.content));
  if (text.length < minArticleChars) return `no article found (only ${text.length} characters of text)`;
  const article: RawArticle = { text };
  const title = parsed.title?.trim();
  if (title) article.title = title;
  if (meta.url) article.url = meta.url;
  const published = parseDate(parsed.publishedTime) ?? meta.published;
  if (published) article.published = published;
  const source = parsed.siteName?.trim();
  if (source) article.source = source;
  const byline = parsed.byline?.replace(/\s+/g, ' ').trim();
  if (byline) article.byline = byline;
  const pageLang = parsed.lang?.trim() || lang;
  if (pageLang) article.lang = pageLang;
  return article;
}

/** How deep elements nest under `root` (root alone: 1), counting no further than limit + 1. */
function nestingDepth(root: Element | null, limit: number): number {
  if (!root) return 0;
  let deepest = 0;
  // Iterative: a page nested 100,000 deep would overflow a recursive walk's stack.
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) break;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * The markup's nesting before parsing, counted loosely (void elements and those whose end
 * tag may be left out do not count; neither do comments and script or style bodies), so
 * that it stays above the real depth only on pages far deeper than news pages are; the
 * parsed DOM is then measured exactly against maxNestingDepth.
 */
const maxMarkupDepth = 8 * maxNestingDepth;

const uncounted = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp',
  'html', 'head', 'body',
]);
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
const tagAt = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*>/y;

/** The depth of open tags in `html`, counting no further than limit + 1. */
function markupDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let at = html.indexOf('<'); at >= 0 && deepest <= limit; at = html.indexOf('<', at + 1)) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end < 0) break;
      at = end;
      continue;
    }
    tagAt.lastIndex = at;
    const tag = tagAt.exec(html);
    if (!tag) {
      // No ">" after this "<": no tag can follow either.
      if (html.indexOf('>', at) < 0) break;
      continue;
    }
    const name = tag[2]!.toLowerCase();
    const closing = tag[1] === '/';
    at += tag[0].length - 1;
    if (!closing && rawText.has(name)) {
      const end = html.indexOf(`</${name}`, at);
      if (end < 0) break;
      at = end;
      continue;
    }
    if (uncounted.has(name) || tag[0].endsWith('/>')) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}
