// Event queries shared by the CLI and the HTTP API.
import type { Store } from '../db.ts';
import { addDateRange } from './filters.ts';

export type EventFilter = {
  /** source actor code or its prefix: "USA" matches USA, USAGOV, USAMIL */
  source?: string;
  /** target actor code or its prefix */
  target?: string;
  /** PLOVER event type, e.g. ASSAULT (case-insensitive) */
  type?: string;
  /** CAMEO code or its prefix: "19" = all of root 19, "112" = accuse and its sub-codes */
  cameo?: string;
  /** on or after this date (the event's own date if the text gave one, else the article's published date) */
  since?: string;
  /** on or before this date; a partial date covers its whole month or year */
  until?: string;
  /** include events marked negated ("did not agree"); default false */
  negated?: boolean;
  limit?: number;
  /** event rowid to continue after (pagination: pass the last row's rowid) */
  after?: number;
};

export type EventRow = {
  rowid: number;
  article_id: string;
  url: string | null;
  published: string | null;
  ingested_at: string;
  /** when the event happened (from the text), else the article's published date */
  date: string | null;
  start: number;
  end: number;
  text: string;
  cameo: string;
  plover: string;
  mode: string | null;
  goldstein: number;
  quad: number;
  negated: number;
  source_actor: string;
  source_name: string;
  source_start: number;
  source_end: number;
  target_actor: string | null;
  target_name: string | null;
  target_start: number | null;
  target_end: number | null;
  /** JSON of fields added after the table was created (modality, cue, ...) */
  extra: string | null;
};

export const defaultEventLimit = 100;

/**
 * "column acts as the code": its id has the prefix, or it is a person or organisation whose
 * country and role do ("RUS" takes in person:vladimir-putin of RUS, GOV).
 */
function actsAs(column: string, param: string): string {
  return `(${column} LIKE ${param} ESCAPE '\\' OR ${column} IN (SELECT x.id FROM actors x WHERE x.country IS NOT NULL AND (x.id LIKE 'person:%' OR x.id LIKE 'org:%') AND x.country || coalesce(x.role, '') LIKE ${param} ESCAPE '\\'))`;
}

/** LIKE pattern for a code prefix, with LIKE's own wildcards escaped. */
function prefix(code: string): string {
  return `${code.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function listEvents(db: Store, f: EventFilter = {}): EventRow[] {
  const where = ['a.duplicate_of IS NULL'];
  const params: Record<string, unknown> = {};
  if (!f.negated) where.push('e.negated = 0');
  if (f.source) {
    where.push(actsAs('e.source_actor', '@source'));
    params.source = prefix(f.source.toUpperCase());
  }
  if (f.target) {
    where.push(actsAs('e.target_actor', '@target'));
    params.target = prefix(f.target.toUpperCase());
  }
  if (f.type) {
    where.push('e.plover = @type');
    params.type = f.type.toUpperCase();
  }
  if (f.cameo) {
    where.push("e.cameo LIKE @cameo ESCAPE '\\'");
    params.cameo = prefix(f.cameo);
  }
  // an event's own date when the text gave one, else the article's
  addDateRange(where, params, f, 'coalesce(e.date, a.published)');
  if (f.after !== undefined) {
    where.push('e.rowid > @after');
    params.after = f.after;
  }
  params.limit = f.limit ?? defaultEventLimit;
  const sql = `SELECT e.rowid, a.id AS article_id, a.url, a.published, a.ingested_at, coalesce(e.date, a.published) AS date,
      e.start, e."end", e.text, e.cameo, e.plover, e.mode, e.goldstein, e.quad, e.negated,
      e.source_actor, e.source_name, e.source_start, e.source_end,
      e.target_actor, e.target_name, e.target_start, e.target_end, e.extra
    FROM events e JOIN articles a ON a.rowid = e.article_rowid
    WHERE ${where.join(' AND ')} ORDER BY e.rowid LIMIT @limit`;
  return db.prepare(sql).all(params) as EventRow[];
}
