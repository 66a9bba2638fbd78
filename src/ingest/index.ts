// The ingest edge: files, directories, URLs and stdin -> Articles.
// Each bad item becomes a problem record naming it; the caller prints it and goes on.
//
// The format comes from the content, not the name: gzip magic bytes, then a
// JSON object on the first line (JSON Lines), an XML feed root (rss, rdf:RDF,
// feed, any prefix), HTML, else plain text. JSON Lines are streamed line by
// line (a large file is never held in memory; --max-bytes applies per line);
// every other document is read whole, up to --max-bytes.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { Article } from '../model.ts';
import { articleIdFor } from './dedup.ts';
import { normalizeText } from './normalize.ts';
import { footerRanges, withoutFooters } from './boilerplate.ts';
import { articleFromRecord, looksLikeJsonl, readJsonl, readJsonlStream } from './jsonl.ts';
import { readText } from './text.ts';
import { textBeyondLimits, withSurrogatesRepaired } from './limits.ts';
import { decodeBytes } from './decode.ts';
import { feedKind, readFeed, rootElement } from './feed.ts';
import { looksLikeHtml, readHtml } from './html.ts';

/** An article as a reader produced it, before its id and footers are settled. */
export type RawArticle = Omit<Article, 'id'> & { id?: string };

export type IngestItem = { kind: 'article'; article: Article; origin: string };
export type IngestProblem = { kind: 'problem'; origin: string; reason: string };
export type IngestRecord = IngestItem | IngestProblem;

export type IngestOptions = {
  /** follow feed items' links and read the linked pages instead of the feed's summary */
  followLinks?: boolean;
  /** largest file, response body or JSON line read, in bytes */
  maxBytes?: number;
  /** network timeout per request, in ms */
  timeoutMs?: number;
  /** fetch URLs on loopback and private addresses too (refused by default: fetch.ts) */
  allowPrivateUrls?: boolean;
  /** the publication date (ISO) of the articles whose input gives none: plain text, most HTML (--published) */
  published?: string;
};

/** What we know about an item besides its bytes: the HTTP Content-Type, its URL, its file name. */
export type SourceHints = { contentType?: string; url?: string; name?: string };

export const defaultMaxBytes = 64 * 1024 * 1024;

const gzipMagic0 = 0x1f;
const gzipMagic1 = 0x8b;

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === gzipMagic0 && bytes[1] === gzipMagic1;
}

/**
 * Give the article its id (the input's, or a hash of its normalised text), drop the
 * syndication footers at the end of its text and record those inside it (Article.boilerplate). The text is otherwise kept as the reader
 * gave it: JSON Lines and plain text exactly as the user wrote them, so that every offset
 * indexes the user's own text; HTML and feeds are already normalised by their readers.
 */
export function finishArticle(raw: RawArticle): Article | string {
  raw = { ...raw, text: withSurrogatesRepaired(raw.text) };
  // A footer-only difference still makes another input (the store links it as a copy).
  const normalized = normalizeText(raw.text);
  if (normalized.length === 0) return 'no text';
  const text = withoutFooters(raw.text);
  if (text.trim().length === 0) return 'no text (only syndication boilerplate)';
  const beyond = textBeyondLimits(text);
  if (beyond) return beyond;
  const { id, ...rest } = raw;
  const article: Article = { ...rest, id: id ?? articleIdFor(normalized), text };
  // Footers inside the text stay (cutting them would move every offset after them); the analysis skips them.
  const boilerplate = footerRanges(text);
  if (boilerplate.length > 0) article.boilerplate = boilerplate;
  if (article.title !== undefined) {
    const title = normalizeText(article.title).replace(/\n+/g, ' ');
    if (title) article.title = title;
    else delete article.title;
  }
  return article;
}

/** A reader's output for one item of a document, before finishArticle. */
type RawRecord = { origin: string; raw: RawArticle; followable?: boolean } | { origin: string; problem: string };

function finished(r: RawRecord): IngestRecord {
  if ('problem' in r) return { kind: 'problem', origin: r.origin, reason: r.problem };
  const a = finishArticle(r.raw);
  return typeof a === 'string' ? { kind: 'problem', origin: r.origin, reason: a } : { kind: 'article', article: a, origin: r.origin };
}

/** File names and media types that promise a feed: an HTML page behind them is "not a feed". */
const feedExtensions = new Set(['.rss', '.xml', '.atom', '.rdf', '.feed']);
const feedMediaType = /\b(rss|atom|rdf|xml)\b/i;

function promisesFeed(hints: SourceHints): boolean {
  if (hints.contentType && feedMediaType.test(hints.contentType)) return true;
  const name = hints.name ?? hints.url;
  return name !== undefined && feedExtensions.has(extname(name.replace(/[?#].*$/, '')).toLowerCase());
}

/** One decoded document (not JSON Lines) -> raw records. */
function* readDocument(bytes: Uint8Array, origin: string, hints: SourceHints): Generator<RawRecord> {
  // JSON Lines with a NUL byte in a line are still JSON Lines: that line is the one bad record.
  if (looksBinary(bytes) && !looksLikeJsonl(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, jsonlProbeBytes)).toString('utf8'))) {
    yield { origin, problem: 'binary file, not text' };
    return;
  }
  const decoded = decodeBytes(bytes, hints.contentType);
  if (typeof decoded === 'string') {
    yield { origin, problem: decoded };
    return;
  }
  const text = decoded.text;
  if (text.trim() === '') {
    yield { origin, problem: 'empty file' };
    return;
  }
  const withNote = (raw: RawArticle): RawArticle => (decoded.note ? { ...raw, extra: { ...raw.extra, charsetNote: decoded.note } } : { ...raw });

  if (looksLikeJsonl(text)) {
    for (const line of readJsonl(text)) {
      const lineOrigin = `${origin}:${line.line}`;
      yield line.article ? { origin: lineOrigin, raw: line.article } : { origin: lineOrigin, problem: line.problem ?? 'nothing to read' };
    }
    return;
  }
  if (jsonDocumentStart.test(text)) {
    yield* readJsonDocument(text, origin);
    return;
  }
  // The root after any prolog (a long comment or DOCTYPE included): rootElement skips it in one pass.
  const root = rootElement(text);
  if (feedKind(root)) {
    const feed = readFeed(text);
    if (typeof feed === 'string') {
      yield { origin, problem: feed };
      return;
    }
    for (const entry of feed.entries) {
      const itemOrigin = `${origin}#item${entry.index}`;
      if (!entry.raw) {
        yield { origin: itemOrigin, problem: entry.problem ?? 'empty item' };
        continue;
      }
      const raw = withNote(entry.raw);
      // Relative item links ("/world/story") mean something only against the feed's own URL.
      if (raw.url && hints.url) raw.url = resolveUrl(raw.url, hints.url) ?? raw.url;
      yield { origin: itemOrigin, raw, followable: true };
    }
    return;
  }
  if (looksLikeHtml(text)) {
    const page = readHtml(text, hints.url);
    if (typeof page === 'string') yield { origin, problem: promisesFeed(hints) ? `not a feed (an HTML page: ${page})` : page };
    else yield { origin, raw: withNote(page) };
    return;
  }
  if (root && /^\s*<\?xml/.test(text)) {
    yield { origin, problem: `not a feed (XML with root element <${root.prefix ? `${root.prefix}:` : ''}${root.name}>)` };
    return;
  }
  yield { origin, raw: withNote(readText(text)) };
}

/** `{"` or `[{` opens a JSON document; "[Updated] Talks resume" is still plain text. */
const jsonDocumentStart = /^\uFEFF?\s*(?:\{\s*"|\[\s*[{\]])/;

/**
 * A JSON document that is not JSON Lines: an array of article objects, or one
 * article object. Anything else (a metadata file) is a problem, not an article
 * whose text is JSON.
 */
function* readJsonDocument(text: string, origin: string): Generator<RawRecord> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    yield { origin, problem: `invalid JSON (${(e as Error).message})` };
    return;
  }
  if (!Array.isArray(value)) {
    const article = articleFromRecord(value);
    yield typeof article === 'string' ? { origin, problem: `JSON but not an article: ${article}` } : { origin, raw: article };
    return;
  }
  const articles = value.map(articleFromRecord);
  // A manifest or metadata list is one problem for the file, not one line per element.
  if (articles.length > 0 && articles.every((a) => typeof a === 'string')) {
    yield { origin, problem: `JSON but not articles: none of its ${articles.length} elements has text (expected "text", "content" or "body")` };
    return;
  }
  if (articles.length === 0) {
    yield { origin, problem: 'an empty JSON array (no articles)' };
    return;
  }
  for (const [i, article] of articles.entries()) {
    yield typeof article === 'string' ? { origin: `${origin}[${i}]`, problem: article } : { origin: `${origin}[${i}]`, raw: article };
  }
}

function resolveUrl(link: string, base: string): string | undefined {
  try {
    return new URL(link, base).href;
  } catch {
    return undefined;
  }
}

/** The bytes themselves, or gunzipped when they start with the gzip magic (bounded by --max-bytes). */
function inflated(bytes: Uint8Array, maxBytes: number): Uint8Array | string {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return `too large after gunzip (limit ${maxBytes} bytes; raise it with --max-bytes)`;
    return `corrupt gzip data (${(e as Error).message})`;
  }
}

/** Read one item's bytes (already fetched) and yield its articles. Feed links are not followed here. */
export function* readBytes(
  bytes: Uint8Array,
  origin: string,
  options: IngestOptions = {},
  contentType?: string,
  hints: SourceHints = {},
): Generator<IngestRecord> {
  if (bytes.length === 0) {
    yield { kind: 'problem', origin, reason: 'empty file' };
    return;
  }
  const plain = inflated(bytes, options.maxBytes ?? defaultMaxBytes);
  if (typeof plain === 'string') {
    yield { kind: 'problem', origin, reason: plain };
    return;
  }
  for (const r of readDocument(plain, origin, { ...hints, ...(contentType ? { contentType } : {}) })) yield finished(r);
}

/** Like readBytes, and with --follow-links reads the page each feed item links to. */
async function* readBytesFollowing(bytes: Uint8Array, origin: string, options: IngestOptions, hints: SourceHints): AsyncGenerator<IngestRecord> {
  if (!options.followLinks) {
    yield* readBytes(bytes, origin, options, hints.contentType, hints);
    return;
  }
  const plain = inflated(bytes, options.maxBytes ?? defaultMaxBytes);
  if (typeof plain === 'string') {
    yield { kind: 'problem', origin, reason: plain };
    return;
  }
  for (const r of readDocument(plain, origin, hints)) {
    if ('raw' in r && r.followable && r.raw.url) yield finished({ origin: r.origin, raw: await followLink(r.raw, r.raw.url, hints.url, options) });
    else yield finished(r);
  }
}

/**
 * The linked page replaces the feed's summary when it yields an article; the
 * feed's own title and date win (they are the publisher's metadata for the
 * item). Otherwise the feed text stays and extra.linkNote says why.
 */
async function followLink(item: RawArticle, link: string, base: string | undefined, options: IngestOptions): Promise<RawArticle> {
  let url: string;
  try {
    url = new URL(link, base).href;
  } catch {
    return { ...item, extra: { ...item.extra, linkNote: `link not followed: invalid URL ${link}` } };
  }
  if (!/^https?:/i.test(url)) return { ...item, extra: { ...item.extra, linkNote: `link not followed: not an http(s) URL` } };
  const { fetchBytes } = await import('./fetch.ts');
  const fetched = await fetchBytes(url, options);
  if (typeof fetched === 'string') return { ...item, extra: { ...item.extra, linkNote: `kept the feed text: ${url}: ${fetched}` } };
  const decoded = decodeBytes(fetched.bytes, fetched.contentType);
  const page = typeof decoded === 'string' ? decoded : looksLikeHtml(decoded.text) ? readHtml(decoded.text, fetched.url) : 'not an HTML page';
  if (typeof page === 'string') return { ...item, extra: { ...item.extra, linkNote: `kept the feed text: ${url}: ${page}` } };
  return {
    ...page,
    ...(item.title ? { title: item.title } : {}),
    ...(item.published ? { published: item.published } : {}),
    ...(item.source && !page.source ? { source: item.source } : {}),
    url: page.url ?? fetched.url,
    extra: { ...item.extra, feedUrl: item.url, followedLink: true },
  };
}

const binarySample = 4096;

/** NUL bytes or many control characters in the first 4 KiB: not text in any charset we read. */
function looksBinary(bytes: Uint8Array): boolean {
  // UTF-16 text is full of NUL bytes; its byte-order mark says it is text.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, binarySample);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > n * 0.1;
}

/** Files that describe a folder rather than hold news (README.md, NOTICE, LICENSE.txt, ...): skipped when walking directories. */
const folderMetadata = /^(readme|notice|license|licence|copying|sources|changelog)(\.[a-z]+)?$/i;

/** What a directory entry that is not a regular file or a directory is, for its skip line. */
function specialKind(e: Dirent | Stats): string {
  if (e.isSymbolicLink()) return 'a symbolic link (not followed in a directory)';
  if (e.isFIFO()) return 'a FIFO (a named pipe may never end)';
  if (e.isSocket()) return 'a socket';
  return 'a device';
}

/** The files of a directory tree in name order, and a problem for each entry that is not read. */
async function* walk(path: string): AsyncGenerator<string | IngestProblem> {
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || (e.isFile() && folderMetadata.test(e.name))) continue;
    const p = join(path, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
    else yield { kind: 'problem', origin: p, reason: `not a regular file: ${specialKind(e)}` };
  }
}

/** Pulls a byte stream chunk by chunk, so we can look at its start and then hand the whole stream on. */
class ChunkReader {
  private readonly chunks: AsyncIterator<Buffer>;
  private readonly seen: Buffer[] = [];
  private joined: Buffer | undefined;
  /** bytes read so far */
  length = 0;
  done = false;
  constructor(stream: AsyncIterable<Buffer | string>) {
    this.chunks = (async function* () {
      for await (const c of stream) yield typeof c === 'string' ? Buffer.from(c) : c;
    })();
  }
  /** Read one more chunk and return it; undefined at the end of the stream. */
  async more(): Promise<Buffer | undefined> {
    if (this.done) return undefined;
    const next = await this.chunks.next();
    if (next.done) {
      this.done = true;
      return undefined;
    }
    this.seen.push(next.value);
    this.length += next.value.length;
    this.joined = undefined;
    return next.value;
  }
  /** Everything read so far, as one buffer. */
  get head(): Buffer {
    this.joined ??= this.seen.length === 1 ? this.seen[0]! : Buffer.concat(this.seen);
    return this.joined;
  }
  /** The whole stream again, what was read first. */
  rest(): Readable {
    const { seen, chunks } = this;
    return Readable.from(
      (async function* () {
        yield* seen;
        for (;;) {
          const next = await chunks.next();
          if (next.done) return;
          yield next.value;
        }
      })(),
      { objectMode: false },
    );
  }
  async close(): Promise<void> {
    await this.chunks.return?.();
  }
}

const newline = 0x0a;
/** How much of a stream's start is read to tell JSON Lines (its first lines) from other formats. */
const jsonlProbeLines = 5;
const jsonlProbeBytes = 1024 * 1024;

function newlines(bytes: Buffer): number {
  let n = 0;
  for (let at = bytes.indexOf(newline); at >= 0 && n < jsonlProbeLines; at = bytes.indexOf(newline, at + 1)) n++;
  return n;
}

/** Read a byte stream (file, stdin) of any format; JSON Lines stream line by line. */
async function* readStream(stream: AsyncIterable<Buffer | string>, origin: string, options: IngestOptions, hints: SourceHints): AsyncGenerator<IngestRecord> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  let reader = new ChunkReader(stream);
  while (reader.length < 2 && (await reader.more()));
  if (reader.length === 0) {
    yield { kind: 'problem', origin, reason: 'empty file' };
    return;
  }
  let compressed = false;
  if (isGzip(reader.head)) {
    compressed = true;
    reader = new ChunkReader(reader.rest().pipe(createGunzip()));
  }
  try {
    // Enough to see the first line (JSON Lines) or to hold a whole small document.
    if (reader.head.indexOf(newline) < 0) {
      for (let chunk = await reader.more(); chunk && chunk.indexOf(newline) < 0 && reader.length <= maxBytes; chunk = await reader.more());
    }
    if (reader.length === 0) {
      yield { kind: 'problem', origin, reason: compressed ? 'empty file after gunzip' : 'empty file' };
      return;
    }
    // A few lines, so that JSON Lines whose first line is damaged are still recognised.
    while (newlines(reader.head) < jsonlProbeLines && reader.length < jsonlProbeBytes && (await reader.more()));
    const head = reader.head;
    // JSON Lines are read line by line whatever a line holds (a NUL byte, invalid JSON): each bad line is one problem.
    if (looksLikeJsonl(head.subarray(0, Math.min(head.length, maxBytes, jsonlProbeBytes)).toString('utf8'))) {
      for await (const line of readJsonlStream(reader.rest(), maxBytes)) {
        const lineOrigin = `${origin}:${line.line}`;
        yield finished(line.article ? { origin: lineOrigin, raw: line.article } : { origin: lineOrigin, problem: line.problem ?? 'nothing to read' });
      }
      return;
    }
    while (reader.length <= maxBytes && (await reader.more()));
    if (reader.length > maxBytes) {
      await reader.close();
      yield {
        kind: 'problem',
        origin,
        reason: `file too large (more than ${maxBytes} bytes${compressed ? ' after gunzip' : ''}; raise the limit with --max-bytes)`,
      };
      return;
    }
    yield* readBytesFollowing(reader.head, origin, options, hints);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (compressed && typeof code === 'string' && code.startsWith('Z_'))
      yield { kind: 'problem', origin, reason: `corrupt gzip data (${(e as Error).message})` };
    else throw e;
  }
}

async function* readFileItem(path: string, options: IngestOptions): AsyncGenerator<IngestRecord> {
  yield* readStream(createReadStream(path), path, options, { name: path });
}

async function* readUrl(url: string, options: IngestOptions): AsyncGenerator<IngestRecord> {
  const { fetchBytes } = await import('./fetch.ts');
  const fetched = await fetchBytes(url, options);
  if (typeof fetched === 'string') {
    yield { kind: 'problem', origin: url, reason: fetched };
    return;
  }
  yield* readBytesFollowing(fetched.bytes, url, options, { url: fetched.url, ...(fetched.contentType ? { contentType: fetched.contentType } : {}) });
}

/**
 * Every input (file, directory, URL or "-" for stdin) in order, as articles and problems; an
 * article whose input gives no date takes `options.published`, when given.
 */
export async function* readInputs(inputs: string[], options: IngestOptions = {}): AsyncGenerator<IngestRecord> {
  for await (const rec of readEveryInput(inputs, options)) {
    if (rec.kind === 'article' && options.published !== undefined && rec.article.published === undefined) {
      yield { ...rec, article: { ...rec.article, published: options.published } };
    } else yield rec;
  }
}

async function* readEveryInput(inputs: string[], options: IngestOptions): AsyncGenerator<IngestRecord> {
  for (const input of inputs) {
    try {
      if (input === '-') {
        yield* readStream(process.stdin, 'stdin', options, {});
      } else if (/^https?:\/\//i.test(input)) {
        yield* readUrl(input, options);
      } else {
        let info: Stats;
        try {
          info = await stat(input);
        } catch {
          yield { kind: 'problem', origin: input, reason: 'no such file or directory' };
          continue;
        }
        if (info.isDirectory()) {
          for await (const file of walk(input)) {
            if (typeof file !== 'string') {
              yield file;
              continue;
            }
            try {
              yield* readFileItem(file, options);
            } catch (e) {
              yield { kind: 'problem', origin: file, reason: (e as Error).message };
            }
          }
        } else if (info.isFile() || info.isFIFO()) {
          // A pipe named on the command line is read (`entente ingest <(zcat x.gz)`); one in a directory is not.
          yield* readFileItem(input, options);
        } else yield { kind: 'problem', origin: input, reason: `not a regular file: ${specialKind(info)}` };
      }
    } catch (e) {
      yield { kind: 'problem', origin: input, reason: (e as Error).message };
    }
  }
}
