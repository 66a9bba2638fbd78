// Event queries shared by the CLI and the HTTP API.
import type { Store } from '../db.ts';
import type { IssueMatch } from '../../model.ts';
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
  /** an issue code (--issues) the event's sentence names, e.g. OIL (case-insensitive) */
  issue?: string;
  /** include events marked negated ("did not agree"); default false */
  negated?: boolean;
  limit?: number;
  /** event rowid to continue after (pagination: pass the last row's rowid) */
  after?: number;
};

/**
 * The columns of a stored event that every reader of events takes as stored: the events table's
 * own, its article's, and what its parties acted for. EventRow (the CLI and the API) and the
 * export's StoredEvent add their own names for the parties and the article.
 */
export type StoredEventColumns = {
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
  source_start: number;
  source_end: number;
  /** the country and role the source acted for in this event (a person's as of the article), when known */
  source_country: string | null;
  source_role: string | null;
  target_name: string | null;
  target_start: number | null;
  target_end: number | null;
  target_country: string | null;
  target_role: string | null;
  /** JSON of fields added after the table was created (modality, cue, ...) */
  extra: string | null;
  /** JSON array of the event's issues (Event.issues, the event_issues table: eventIssuesColumn) */
  issues: string | null;
};

export type EventRow = StoredEventColumns & {
  rowid: number;
  source_actor: string;
  source_name: string;
  target_actor: string | null;
};

export const defaultEventLimit = 100;

/** Whether the store has the event_issues table (migration 013): a store opened read-only is not migrated. */
export function hasEventIssues(db: Store): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_issues'").get() !== undefined;
}

/**
 * SQL for the issues of the event aliased `e`, as a JSON array of Event.issues records in the
 * order of the text ('[]' when it has none; NULL in a store opened read-only before migration 013).
 */
export function eventIssuesColumn(db: Store): string {
  if (!hasEventIssues(db)) return 'NULL';
  return `(SELECT json_group_array(json_object('start', i.start, 'end', i."end", 'text', i.text, 'code', i.code, 'category', i.category))
    FROM event_issues i WHERE i.event_rowid = e.rowid)`;
}

/** Event.issues from eventIssuesColumn's JSON (the category left out when there is none). */
export function parseEventIssues(json: string | null): IssueMatch[] | undefined {
  const issues = json ? (JSON.parse(json) as (IssueMatch & { category: string | null })[]) : [];
  if (issues.length === 0) return undefined;
  return issues.map(({ category, ...i }) => (category === null ? i : { ...i, category }));
}

/** The issue codes of an event row, each once, in the order of the text, separated by ";" (null when none): flat outputs' column. */
export function issueCodes(e: { issues: string | null }): string | null {
  return [...new Set((parseEventIssues(e.issues) ?? []).map((i) => i.code))].join(';') || null;
}

/**
 * SQL for the country or role a party of an event (alias e) acted for: the one written with
 * the event (`acts_for` in its extra JSON: a person's as of the article's date, store/write.ts)
 * when there is one, else the actor row's (`actorRow`, one per actor whatever the date).
 */
export function actedFor(side: 'source' | 'target', field: 'country' | 'role', actorRow: string): string {
  const actedFor = `json_extract(e.extra, '$.acts_for.${side}')`;
  return `CASE WHEN ${actedFor} IS NOT NULL THEN json_extract(e.extra, '$.acts_for.${side}.${field}') ELSE ${actorRow}.${field} END`;
}

/**
 * "this side of the event acts as the code": its id has the prefix, or it is a person or
 * organisation whose country and role in this event do ("RUS" takes in
 * person:vladimir-putin when he acted for RUS, GOV).
 */
function actsAs(side: 'source' | 'target', param: string): string {
  const column = `e.${side}_actor`;
  const row = side === 'source' ? 's' : 't';
  const code = `coalesce(${actedFor(side, 'country', row)}, '') || coalesce(${actedFor(side, 'role', row)}, '')`;
  return `(${column} LIKE ${param} ESCAPE '\\' OR ((${column} LIKE 'person:%' OR ${column} LIKE 'org:%') AND ${code} LIKE ${param} ESCAPE '\\'))`;
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
    where.push(actsAs('source', '@source'));
    params.source = prefix(f.source.toUpperCase());
  }
  if (f.target) {
    where.push(actsAs('target', '@target'));
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
  if (f.issue) {
    where.push('EXISTS (SELECT 1 FROM event_issues i WHERE i.event_rowid = e.rowid AND i.code = @issue)');
    params.issue = f.issue.toUpperCase();
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
      ${actedFor('source', 'country', 's')} AS source_country, ${actedFor('source', 'role', 's')} AS source_role,
      e.target_actor, e.target_name, e.target_start, e.target_end,
      ${actedFor('target', 'country', 't')} AS target_country, ${actedFor('target', 'role', 't')} AS target_role, e.extra,
      ${eventIssuesColumn(db)} AS issues
    FROM events e JOIN articles a ON a.rowid = e.article_rowid
      LEFT JOIN actors s ON s.id = e.source_actor LEFT JOIN actors t ON t.id = e.target_actor
    WHERE ${where.join(' AND ')} ORDER BY e.rowid LIMIT @limit`;
  return db.prepare(sql).all(params) as EventRow[];
}
