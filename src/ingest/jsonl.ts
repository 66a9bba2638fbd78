// JSON Lines: one article per line with id, url, title, published (or date), source,
// text (or content/body); other fields are kept in Article.extra.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { RawArticle } from './index.ts';
import { parseDate } from './dates.ts';

const known = new Set(['id', 'url', 'title', 'published', 'source', 'lang', 'byline', 'text', 'content', 'body']);

export type JsonlLine = { line: number; article?: RawArticle; problem?: string };

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

export function parseJsonlRecord(raw: string): RawArticle | string {
  let rec: unknown;
  try {
    rec = JSON.parse(raw);
  } catch (e) {
    return `invalid JSON (${(e as Error).message})`;
  }
  return articleFromRecord(rec);
}

/** Already ISO 8601 (a date, or a date and time): kept exactly as the input wrote it. */
const isoLike = /^\d{4}-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)?)?)?$/i;

/** One JSON object (a JSON Lines line, or an element of a JSON array) -> a raw article, or why not. */
export function articleFromRecord(rec: unknown): RawArticle | string {
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) return 'not a JSON object';
  const r = rec as Record<string, unknown>;
  const text = str(r.text) ?? str(r.content) ?? str(r.body);
  if (text === undefined) return 'no text (expected "text", "content" or "body")';
  // "date" is the publication date where "published" is absent (PETRARCH's records, GDELT-style exports)
  const dateKey = str(r.published) === undefined && str(r.date) !== undefined ? 'date' : 'published';
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!known.has(k) && k !== dateKey) extra[k] = v;
  const article: RawArticle = { text };
  const id = str(r.id), url = str(r.url), title = str(r.title), source = str(r.source), lang = str(r.lang), byline = str(r.byline);
  if (id !== undefined) article.id = id;
  if (url !== undefined) article.url = url;
  if (title !== undefined) article.title = title;
  const published = str(r[dateKey]);
  if (published !== undefined) {
    // Article.published is ISO 8601: other shapes are converted, and kept as given in extra when unreadable.
    const iso = isoLike.test(published.trim()) ? published.trim() : parseDate(published);
    if (iso !== undefined) article.published = iso;
    else extra.published = published;
  }
  if (source !== undefined) article.source = source;
  if (lang !== undefined) article.lang = lang;
  if (byline !== undefined) article.byline = byline;
  if (Object.keys(extra).length) article.extra = extra;
  return article;
}

export function* readJsonl(text: string): Generator<JsonlLine> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    const parsed = parseJsonlRecord(raw);
    if (typeof parsed === 'string') yield { line: i + 1, problem: parsed };
    else yield { line: i + 1, article: parsed };
  }
}

/**
 * JSON Lines from a byte stream, one line at a time: memory stays bounded by
 * the longest line, and a line longer than maxBytes is a problem, not an abort.
 */
export async function* readJsonlStream(input: Readable, maxBytes: number): AsyncGenerator<JsonlLine> {
  input.setEncoding('utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    const raw = (n === 1 ? line.replace(/^\uFEFF/, '') : line).trim();
    if (raw === '') continue;
    // UTF-16 length is a lower bound of the UTF-8 size: cheap first test, exact count only near the limit.
    if (raw.length > maxBytes / 3 && Buffer.byteLength(raw, 'utf8') > maxBytes) {
      yield { line: n, problem: `line too large (${Buffer.byteLength(raw, 'utf8')} bytes, limit ${maxBytes}; raise it with --max-bytes)` };
      continue;
    }
    const parsed = parseJsonlRecord(raw);
    if (typeof parsed === 'string') yield { line: n, problem: parsed };
    else yield { line: n, article: parsed };
  }
}

/** Lines looked at to recognise JSON Lines whose first line is damaged. */
const linesToRecognise = 5;

/**
 * JSON Lines: the first non-blank character opens an object, and the first line, or one of
 * the next few complete lines, parses alone as an object. A damaged first line (invalid
 * JSON, a NUL byte) is then one bad record, not a different format.
 */
export function looksLikeJsonl(text: string): boolean {
  const t = text.trimStart();
  if (!t.startsWith('{')) return false;
  for (let start = 0, n = 0; start < t.length && n < linesToRecognise; n++) {
    const newline = t.indexOf('\n', start);
    // The last line of a head read from a stream may be cut short: only the first is tried then.
    if (newline < 0 && n > 0) return false;
    const line = t.slice(start, newline < 0 ? t.length : newline).trim();
    start = newline < 0 ? t.length : newline + 1;
    if (!line.startsWith('{')) {
      if (line === '') n--;
      continue;
    }
    try {
      const value: unknown = JSON.parse(line);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return true;
    } catch {
      // a damaged line: look at the next one
    }
  }
  return false;
}
