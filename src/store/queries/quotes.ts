// Quotation queries shared by the CLI and the HTTP API: filters, full-text
// search over quote text (quotes_fts, migration 003) and cursor pagination.
import type { Store } from '../db.ts';
import { ftsQuery } from './articles.ts';
import type { QuoteKind } from '../../model.ts';
import { addDateRange } from './filters.ts';

export const quoteKinds: readonly QuoteKind[] = ['direct', 'partial', 'mixed', 'indirect'];

export type QuoteFilter = {
  /** a speaker's name (or part of it) or an actor id; an upper-case code also matches longer codes (USA matches USAGOV) */
  speaker?: string;
  /** words that must all occur in the quote text (FTS5; user input is never FTS syntax) */
  search?: string;
  kind?: QuoteKind | QuoteKind[];
  /** the article's published date, ISO (YYYY, YYYY-MM, YYYY-MM-DD or a timestamp) */
  since?: string;
  until?: string;
  /** quotes of one article, by its id */
  article?: string;
  /** page size (default 100, at most 1000) */
  limit?: number;
  /** cursor: the `next` of the previous page */
  after?: number;
};

export type QuoteRow = {
  /** quote row id: stable, and the pagination cursor */
  rowid: number;
  article_id: string;
  published: string | null;
  source: string | null;
  title: string | null;
  kind: QuoteKind;
  text: string;
  start: number;
  end: number;
  speaker_name: string | null;
  speaker_actor: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  cue_text: string | null;
  cue_start: number | null;
  cue_end: number | null;
  /** JSON [[start, end], ...] when the quotation is in several pieces */
  fragments: string | null;
  /** 'continuation' when no attribution names the speaker (Quote.speaker.inferred) */
  speaker_inferred: string | null;
};

export type QuotePage = {
  rows: QuoteRow[];
  /** pass as `after` to get the next page; null on the last page */
  next: number | null;
};

export const defaultQuoteLimit = 100;
export const maxQuoteLimit = 1000;

/** Actor ids are upper-case codes (USAGOV, IGOWSTNAT) or prefixed slugs (person:..., org:...). */
const actorCode = /^(?:[A-Z0-9]{3,}|[a-z]+:[\p{L}\p{N}._-]+)$/u;

export class QuoteFilterError extends Error {}

export function listQuotes(db: Store, f: QuoteFilter = {}): QuotePage {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const limit = f.limit ?? defaultQuoteLimit;
  if (!Number.isInteger(limit) || limit <= 0 || limit > maxQuoteLimit)
    throw new QuoteFilterError(`limit must be a whole number from 1 to ${maxQuoteLimit}, got ${f.limit}`);
  if (f.kind !== undefined) {
    const kinds = Array.isArray(f.kind) ? f.kind : [f.kind];
    for (const k of kinds) if (!quoteKinds.includes(k)) throw new QuoteFilterError(`kind must be one of ${quoteKinds.join(', ')}, got "${k}"`);
    where.push(`q.kind IN (${kinds.map((_, i) => `@kind${i}`).join(', ')})`);
    kinds.forEach((k, i) => (params[`kind${i}`] = k));
  }
  if (f.speaker) {
    const speaker = f.speaker.trim();
    const like = `%${speaker.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const clauses = ["q.speaker_name LIKE @speakerLike ESCAPE '\\'", "q.speaker_actor IN (SELECT id FROM actors WHERE name LIKE @speakerLike ESCAPE '\\')"];
    if (actorCode.test(speaker)) {
      clauses.push('q.speaker_actor = @speaker');
      if (/^[A-Z0-9]+$/.test(speaker)) clauses.push('q.speaker_actor GLOB @speakerPrefix');
      params.speaker = speaker;
      params.speakerPrefix = `${speaker}*`;
    }
    where.push(`(${clauses.join(' OR ')})`);
    params.speakerLike = like;
  }
  if (f.search) {
    const q = ftsQuery(f.search);
    if (!q) return { rows: [], next: null };
    where.push('q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @search)');
    params.search = `text : (${q})`;
  }
  addDateRange(where, params, f);
  if (f.article) {
    where.push('a.id = @article');
    params.article = f.article;
  }
  if (f.after !== undefined) {
    where.push('q.rowid > @after');
    params.after = f.after;
  }
  const sql = `SELECT q.rowid, a.id AS article_id, a.published, a.source, a.title, q.kind, q.text, q.start, q."end",
      q.speaker_name, q.speaker_actor, q.speaker_start, q.speaker_end, q.cue_text, q.cue_start, q.cue_end, q.fragments, q.speaker_inferred
    FROM quotes q JOIN articles a ON a.rowid = q.article_rowid
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY q.rowid LIMIT @limit`;
  // One row more than asked tells whether there is a next page.
  params.limit = limit + 1;
  const rows = db.prepare(sql).all(params) as QuoteRow[];
  const more = rows.length > limit;
  if (more) rows.length = limit;
  return { rows, next: more ? rows[rows.length - 1]!.rowid : null };
}
