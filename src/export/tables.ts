// The tables `entente export` writes: their columns (name, type, meaning: docs/export.md is
// written from the same list) and the rows of each, read from the store one at a time
// (better-sqlite3's iterate), so an export runs in constant memory on any size of store.
import type { Store } from '../store/db.ts';
import { addDateRange } from '../store/queries/filters.ts';
import { actedFor, eventIssuesColumn, hasEventIssues, issueCodes, type StoredEventColumns } from '../store/queries/events.ts';
import { dateParts } from './dates.ts';
import { codeCountry } from '../actors/codes.ts';
import type { WindowSize } from '../cohesion/windows.ts';

export type ColumnType = 'string' | 'int' | 'float' | 'bool';
export type Column = { name: string; type: ColumnType; doc: string };
export type Row = Record<string, string | number | boolean | null>;

export type ExportFilter = {
  /** on or after this date (ISO of any precision): the article's published date, an event's own date */
  since?: string;
  until?: string;
  /** an actor id or code prefix (USA matches USAGOV); rows that involve it */
  actor?: string;
  /** the cohesion table: every pair among these sides (at least two) */
  among?: string[];
  /** the cohesion table: window size (default month) */
  by?: WindowSize;
  /** the cohesion table: pieces of evidence below which a window's index is empty */
  minEvidence?: number;
};

export type Table = { name: string; doc: string; columns: Column[]; rows(db: Store, filter: ExportFilter): Iterable<Row> };

/** A column: its name, type and what it holds. */
export const col = (name: string, type: ColumnType, doc: string): Column => ({ name, type, doc });

/** The date columns every dated row carries: its precision and the parts the date gives. */
const dateColumns = (of: string): Column[] => [
  col('date_precision', 'string', `how precise ${of} is: year, month, day or time (empty when unknown)`),
  col('year', 'int', `year of ${of}`),
  col('month', 'int', `month of ${of} (1-12), empty when ${of} gives only a year`),
  col('day', 'int', `day of the month of ${of}, empty when ${of} gives no day`),
];

function withDate(row: Row, iso: string | null): Row {
  const p = dateParts(iso);
  return { ...row, date_precision: p.precision, year: p.year, month: p.month, day: p.day };
}

/** GLOB pattern for a code prefix (GLOB, unlike LIKE, minds case: PER is not person:...), its own wildcards escaped. */
function prefix(code: string): string {
  return `${code.replace(/[*?[]/g, (c) => `[${c}]`)}*`;
}

/**
 * "column matches the actor" for the actors table: a code prefix for codes (USA matches USAGOV,
 * and the people and organisations whose country and role do: person:vladimir-putin of RUS,
 * GOV), the exact id for person:/org: ids.
 */
function actorRowClause(column: string): string {
  const actingFor = `SELECT y.id FROM actors y WHERE y.country IS NOT NULL AND (y.id GLOB 'person:*' OR y.id GLOB 'org:*')
                     AND y.country || coalesce(y.role, '') GLOB @actorPrefix`;
  return `(${column} GLOB @actorPrefix OR ${column} = @actor OR ${column} IN (${actingFor}))`;
}

/**
 * The joins that give a fact's actor its country and role in its article: `aa` the
 * article_actors row (what a person or organisation acted for there), `x` the actors row
 * (which applies to articles stored before article_actors was kept).
 */
function actorJoins(actor: string, articleRowid: string, aa: string, x: string): string {
  return `LEFT JOIN article_actors ${aa} ON ${aa}.article_rowid = ${articleRowid} AND ${aa}.actor = ${actor} LEFT JOIN actors ${x} ON ${x}.id = ${actor}`;
}

/** The actor's country (or role) in its article, from the rows actorJoins names. */
function inArticle(field: 'country' | 'role', aa: string, x: string): string {
  return `CASE WHEN ${aa}.actor IS NOT NULL THEN ${aa}.${field} ELSE ${x}.${field} END`;
}

/**
 * "column matches the actor" in a fact's article: a code prefix for codes, the exact id for
 * person:/org: ids, and the people and organisations that acted for a code with the prefix
 * there (over rows joined by actorJoins).
 */
function actorClause(column: string, aa: string, x: string): string {
  const code = `coalesce(${inArticle('country', aa, x)}, '') || coalesce(${inArticle('role', aa, x)}, '')`;
  return `(${column} GLOB @actorPrefix OR ${column} = @actor OR ((${column} GLOB 'person:*' OR ${column} GLOB 'org:*') AND ${code} GLOB @actorPrefix))`;
}

/**
 * "this side of the event matches the actor": its id has the prefix or is the id, or it is a
 * person or organisation that acted for a code with the prefix in this event (as written with
 * the event, else as its actor row says).
 */
function eventSideClause(side: 'source' | 'target'): string {
  const column = `e.${side}_actor`;
  // the actor rows joined in storedEvents: s for the source, t for the target
  const row = side === 'source' ? 's' : 't';
  const code = `coalesce(${actedFor(side, 'country', row)}, '') || coalesce(${actedFor(side, 'role', row)}, '')`;
  return `(${column} GLOB @actorPrefix OR ${column} = @actor OR ((${column} GLOB 'person:*' OR ${column} GLOB 'org:*') AND ${code} GLOB @actorPrefix))`;
}

function actorParams(params: Record<string, unknown>, actor: string): void {
  params.actor = actor;
  params.actorPrefix = actor.includes(':') ? actor.replace(/[*?[]/g, (c) => `[${c}]`) : prefix(actor.toUpperCase());
}

function query(db: Store, sql: string, params: Record<string, unknown>): Iterable<Row> {
  return db.prepare(sql).iterate(params) as Iterable<Row>;
}

function* mapRows(rows: Iterable<Row>, f: (r: Row) => Row): Iterable<Row> {
  for (const r of rows) yield f(r);
}

const articles: Table = {
  name: 'articles',
  doc: 'one row per stored article, duplicates included (duplicate_of names the first copy)',
  columns: [
    col('article_id', 'string', 'the article id (a hash of its text unless the input gave one)'),
    col('url', 'string', 'where it was published'),
    col('title', 'string', 'headline'),
    col('source', 'string', 'publisher or feed'),
    col('published', 'string', 'publication date as the input gave it (ISO: 2020, 2020-07, 2020-07-14 or a timestamp)'),
    ...dateColumns('published'),
    col('lang', 'string', 'language code, when known'),
    col('byline', 'string', 'author(s)'),
    col('origin', 'string', 'the input item it came from (path, URL, path#line)'),
    col('duplicate_of', 'string', 'article_id of the first copy when this one is an exact or near duplicate (it then has no facts of its own)'),
    col('similarity', 'float', 'estimated Jaccard similarity to duplicate_of'),
    col('ingested_at', 'string', 'when it was stored (UTC timestamp)'),
    col('text', 'string', 'the text every offset indexes (UTF-16 code units, half-open)'),
  ],
  rows(db, f) {
    const where = ['1 = 1'];
    const params: Record<string, unknown> = {};
    addDateRange(where, params, f, 'a.published');
    if (f.actor) {
      const joins = actorJoins('m.actor', 'm.article_rowid', 'aa', 'x');
      where.push(`EXISTS (SELECT 1 FROM mentions m ${joins} WHERE m.article_rowid = a.rowid AND ${actorClause('m.actor', 'aa', 'x')})`);
      actorParams(params, f.actor);
    }
    const sql = `SELECT a.id AS article_id, a.url, a.title, a.source, a.published, a.lang, a.byline, a.origin,
        a.duplicate_of, a.similarity, a.ingested_at, a.text
      FROM articles a WHERE ${where.join(' AND ')} ORDER BY a.rowid`;
    return mapRows(query(db, sql, params), (r) => withDate(r, r.published as string | null));
  },
};

const actors: Table = {
  name: 'actors',
  doc: 'one row per actor id the store knows',
  columns: [
    col('actor_id', 'string', 'CAMEO-style code (USA, USAGOV, IGOWSTNAT) or person:/org: id'),
    col('name', 'string', 'canonical name'),
    col('kind', 'string', 'state, person, organization, group, region, ...'),
    col('country', 'string', 'ISO alpha-3 country the actor belongs to or acts for, when known'),
    col('role', 'string', 'CAMEO role code (GOV, MIL, OPP, ...), when known'),
  ],
  rows(db, f) {
    const where = ['1 = 1'];
    const params: Record<string, unknown> = {};
    if (f.actor) {
      where.push(actorRowClause('x.id'));
      actorParams(params, f.actor);
    }
    return query(db, `SELECT x.id AS actor_id, x.name, x.kind, x.country, x.role FROM actors x WHERE ${where.join(' AND ')} ORDER BY x.id`, params);
  },
};

const mentions: Table = {
  name: 'mentions',
  doc: 'one row per mention of an actor in an article',
  columns: [
    col('article_id', 'string', 'the article'),
    col('start', 'int', 'offset of the first character in the article text'),
    col('end', 'int', 'offset after the last character'),
    col('text', 'string', 'the words of the mention'),
    col('actor_id', 'string', 'the actor it refers to'),
    col('actor_name', 'string', 'canonical name of the actor'),
    col('actor_kind', 'string', 'kind of the actor'),
    col('actor_country', 'string', 'the country the actor acted for in this article (a person\'s as of its date), when known'),
    col('actor_role', 'string', 'the role code (GOV, ELI, ...) the actor acted in, in this article, when known'),
  ],
  rows(db, f) {
    const where = ['1 = 1'];
    const params: Record<string, unknown> = {};
    addDateRange(where, params, f, 'a.published');
    if (f.actor) {
      where.push(actorClause('m.actor', 'aa', 'x'));
      actorParams(params, f.actor);
    }
    const sql = `SELECT a.id AS article_id, m.start, m."end", m.text, m.actor AS actor_id, x.name AS actor_name, x.kind AS actor_kind,
        ${inArticle('country', 'aa', 'x')} AS actor_country, ${inArticle('role', 'aa', 'x')} AS actor_role
      FROM mentions m CROSS JOIN articles a ON a.rowid = m.article_rowid ${actorJoins('m.actor', 'm.article_rowid', 'aa', 'x')}
      WHERE ${where.join(' AND ')} ORDER BY m.rowid`;
    return mapRows(query(db, sql, params), (r) => ({ ...r, actor_country: actorCountry(r.actor_id as string, r.actor_country as string | null) }));
  },
};

const quotes: Table = {
  name: 'quotes',
  doc: 'one row per quotation (direct, partial, mixed or indirect)',
  columns: [
    col('quote_id', 'int', 'the quote row id (stable)'),
    col('article_id', 'string', 'the article'),
    col('published', 'string', "the article's publication date"),
    ...dateColumns('published'),
    col('kind', 'string', 'direct, partial, mixed or indirect'),
    col('start', 'int', 'offset of the quotation in the article text'),
    col('end', 'int', 'offset after it'),
    col('text', 'string', 'the quoted words'),
    col('fragments', 'string', 'JSON [[start, end], ...] when the quotation is in several pieces'),
    col('speaker_name', 'string', 'the speaker as the text names them'),
    col('speaker_id', 'string', "the speaker's actor id, when resolved"),
    col('speaker_canonical', 'string', "the speaker actor's canonical name"),
    col('speaker_country', 'string', 'the country the speaker acted for in this article (a person\'s as of its date), when known'),
    col('speaker_role', 'string', 'the role code the speaker acted in, in this article, when known'),
    col('speaker_start', 'int', 'offset of the speaker mention'),
    col('speaker_end', 'int', 'offset after it'),
    col('cue_text', 'string', 'the attribution verb or phrase ("said", "according to")'),
    col('cue_start', 'int', 'offset of the cue'),
    col('cue_end', 'int', 'offset after it'),
  ],
  rows(db, f) {
    const where = ['1 = 1'];
    const params: Record<string, unknown> = {};
    addDateRange(where, params, f, 'a.published');
    if (f.actor) {
      where.push(actorClause('q.speaker_actor', 'aa', 'x'));
      actorParams(params, f.actor);
    }
    const sql = `SELECT q.rowid AS quote_id, a.id AS article_id, a.published, q.kind, q.start, q."end", q.text, q.fragments,
        q.speaker_name, q.speaker_actor AS speaker_id, x.name AS speaker_canonical,
        ${inArticle('country', 'aa', 'x')} AS speaker_country, ${inArticle('role', 'aa', 'x')} AS speaker_role,
        q.speaker_start, q.speaker_end, q.cue_text, q.cue_start, q.cue_end
      FROM quotes q CROSS JOIN articles a ON a.rowid = q.article_rowid ${actorJoins('q.speaker_actor', 'q.article_rowid', 'aa', 'x')}
      WHERE ${where.join(' AND ')} ORDER BY q.rowid`;
    return mapRows(query(db, sql, params), (r) =>
      withDate({ ...r, speaker_country: actorCountry(r.speaker_id as string | null, r.speaker_country as string | null) }, r.published as string | null),
    );
  },
};

/** The stored event row with its actors and article, as the event formats (table, GDELT, PLOVER) read it. */
export type StoredEvent = StoredEventColumns & {
  event_id: number;
  title: string | null;
  source: string | null;
  lang: string | null;
  /** where the article's first paragraph ends (its first line break; code points): GDELT's lead */
  lead_end: number;
  date_source: 'text' | 'published' | null;
  source_id: string;
  source_text: string;
  source_name: string | null;
  source_kind: string | null;
  target_id: string | null;
  target_text: string | null;
  target_kind: string | null;
};

export type EventQuery = ExportFilter & { negated?: boolean; /** only these event rowids */ ids?: number[] };

/**
 * Every stored event matching the filter, with its actors' canonical names and countries, in
 * rowid order. The fact tables are scanned in rowid order (CROSS JOIN keeps them the outer
 * loop), so rows stream out as read: a plan driven by an index on articles would sort every
 * row in a temporary table before returning the first.
 */
export function storedEvents(db: Store, f: EventQuery): Iterable<StoredEvent> {
  const where = ['a.duplicate_of IS NULL'];
  const params: Record<string, unknown> = {};
  if (f.negated === false) where.push('e.negated = 0');
  if (f.ids) {
    where.push('e.rowid IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(f.ids);
  }
  addDateRange(where, params, f, 'coalesce(e.date, a.published)');
  if (f.actor) {
    where.push(`(${eventSideClause('source')} OR ${eventSideClause('target')})`);
    actorParams(params, f.actor);
  }
  // each article's lead end computed once, not once per event (reading the text per row made
  // an export of 720k events 30 times slower)
  const sql = `WITH lead AS MATERIALIZED (
      SELECT rowid AS article_rowid, CASE WHEN instr(text, char(10)) > 0 THEN instr(text, char(10)) - 1 ELSE length(text) END AS lead_end FROM articles)
    SELECT e.rowid AS event_id, a.id AS article_id, a.url, a.title, a.source, a.lang, a.published, a.ingested_at, l.lead_end,
      coalesce(e.date, a.published) AS date,
      CASE WHEN e.date IS NOT NULL THEN 'text' WHEN a.published IS NOT NULL THEN 'published' END AS date_source,
      e.start, e."end", e.text, e.cameo, e.plover, e.mode, e.goldstein, e.quad, e.negated,
      e.source_actor AS source_id, e.source_name AS source_text, e.source_start, e.source_end,
      s.name AS source_name, s.kind AS source_kind, ${actedFor('source', 'country', 's')} AS source_country, ${actedFor('source', 'role', 's')} AS source_role,
      e.target_actor AS target_id, e.target_name AS target_text, e.target_start, e.target_end,
      t.name AS target_name, t.kind AS target_kind, ${actedFor('target', 'country', 't')} AS target_country, ${actedFor('target', 'role', 't')} AS target_role,
      e.extra, ${eventIssuesColumn(db)} AS issues
    FROM events e CROSS JOIN articles a ON a.rowid = e.article_rowid JOIN lead l ON l.article_rowid = e.article_rowid
      LEFT JOIN actors s ON s.id = e.source_actor LEFT JOIN actors t ON t.id = e.target_actor
    WHERE ${where.join(' AND ')} ORDER BY e.rowid`;
  return db.prepare(sql).iterate(params) as Iterable<StoredEvent>;
}

export type EventExtra = { modality?: string; cue?: { text?: string; start?: number; end?: number }; confidence?: number; contexts?: string[] };

export function eventExtra(e: StoredEvent): EventExtra {
  return e.extra ? (JSON.parse(e.extra) as EventExtra) : {};
}

/** A country for an actor: the one the store gives, else the code's head when it is a country code. */
export function actorCountry(id: string | null, country: string | null): string | null {
  if (country) return country;
  return id && /^[A-Z]{3}/.test(id) ? (codeCountry(id) ?? null) : null;
}

const eventColumns: Column[] = [
  col('event_id', 'int', 'the event row id (stable)'),
  col('article_id', 'string', 'the article'),
  col('url', 'string', "the article's URL"),
  col('date', 'string', "when the event happened: its own date when the text gives one, else the article's published date"),
  col('date_source', 'string', 'text or published: where date comes from'),
  ...dateColumns('date'),
  col('start', 'int', 'offset of the evidence (the clause or phrase) in the article text'),
  col('end', 'int', 'offset after it'),
  col('text', 'string', 'the evidence'),
  col('cameo', 'string', 'CAMEO event code, as text ("010", "0834": leading zeros matter)'),
  col('cameo_root', 'string', 'its two-digit root ("01" .. "20")'),
  col('plover', 'string', 'PLOVER event type (AGREE, ASSAULT, ...)'),
  col('mode', 'string', 'PLOVER mode, when known'),
  col('contexts', 'string', 'PLOVER contexts (military, economic, election, ...), separated by ";"; empty when none'),
  col('goldstein', 'float', 'Goldstein scale, -10 (conflict) .. +10 (cooperation)'),
  col('quad', 'int', 'CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict'),
  col('negated', 'bool', 'the text negates it ("did not agree"); GDELT and PLOVER exports leave these out'),
  col('modality', 'string', 'future, hypothetical or conditional; empty when asserted'),
  col('confidence', 'float', 'how sure the coder is, 0 .. 1'),
  col('cue', 'string', 'the words that selected the code'),
  col(
    'issues',
    'string',
    'issue codes its sentence names (ingest/reanalyze --issues FILE), separated by ";"; empty when none: ' +
      'the phrases and their spans are the event_issues table',
  ),
  col('source_id', 'string', 'the actor doing it'),
  col('source_name', 'string', "the source actor's canonical name"),
  col('source_text', 'string', 'the source as the text names it'),
  col('source_country', 'string', "the country (ISO alpha-3) the source acted for in this event (a person's as of the article's date), when known"),
  col('source_role', 'string', 'the role code (GOV, ELI, ...) the source acted in, when known'),
  col('source_start', 'int', 'offset of the source mention'),
  col('source_end', 'int', 'offset after it'),
  col('target_id', 'string', 'the actor it is done to; empty for one-sided acts'),
  col('target_name', 'string', "the target actor's canonical name"),
  col('target_text', 'string', 'the target as the text names it'),
  col('target_country', 'string', 'the country the target acted for in this event, when known'),
  col('target_role', 'string', 'the role code the target acted in, when known'),
  col('target_start', 'int', 'offset of the target mention'),
  col('target_end', 'int', 'offset after it'),
];

const events: Table = {
  name: 'events',
  doc: 'one row per coded event (negated ones included, marked)',
  columns: eventColumns,
  rows(db, f) {
    return mapRows(storedEvents(db, f) as Iterable<unknown> as Iterable<Row>, (raw) => {
      const e = raw as unknown as StoredEvent;
      const extra = eventExtra(e);
      const row: Row = {
        event_id: e.event_id,
        article_id: e.article_id,
        url: e.url,
        date: e.date,
        date_source: e.date_source,
        start: e.start,
        end: e.end,
        text: e.text,
        cameo: e.cameo,
        cameo_root: e.cameo.slice(0, 2),
        plover: e.plover,
        mode: e.mode,
        contexts: extra.contexts?.join(';') || null,
        goldstein: e.goldstein,
        quad: e.quad,
        negated: e.negated === 1,
        modality: extra.modality ?? null,
        confidence: extra.confidence ?? null,
        cue: extra.cue?.text ?? null,
        issues: issueCodes(e),
        source_id: e.source_id,
        source_name: e.source_name,
        source_text: e.source_text,
        source_country: actorCountry(e.source_id, e.source_country),
        source_role: e.source_role,
        source_start: e.source_start,
        source_end: e.source_end,
        target_id: e.target_id,
        target_name: e.target_name,
        target_text: e.target_text,
        target_country: actorCountry(e.target_id, e.target_country),
        target_role: e.target_role,
        target_start: e.target_start,
        target_end: e.target_end,
      };
      return withDate(row, e.date);
    });
  },
};

const eventIssues: Table = {
  name: 'event_issues',
  doc: "one row per phrase of an issue coding (--issues) found in an event's sentence: the evidence of the events table's issues",
  columns: [
    col('event_id', 'int', 'the event (event_id of the events table)'),
    col('article_id', 'string', 'the article'),
    col('date', 'string', "the event's date: its own when the text gives one, else the article's published date"),
    col('code', 'string', 'the issue code (OIL, REFUGEES, ...)'),
    col('category', 'string', "the category of the code's section in the issue-coding file (ENERGY, ...), when it has one"),
    col('start', 'int', 'offset of the phrase in the article text'),
    col('end', 'int', 'offset after it'),
    col('text', 'string', 'the words of the phrase'),
  ],
  rows(db, f) {
    if (!hasEventIssues(db)) return [];
    const where = ['1 = 1'];
    const params: Record<string, unknown> = {};
    addDateRange(where, params, f, 'coalesce(e.date, a.published)');
    if (f.actor) {
      where.push(`(${eventSideClause('source')} OR ${eventSideClause('target')})`);
      actorParams(params, f.actor);
    }
    const sql = `SELECT i.event_rowid AS event_id, a.id AS article_id, coalesce(e.date, a.published) AS date, i.code, i.category, i.start, i."end", i.text
      FROM event_issues i CROSS JOIN events e ON e.rowid = i.event_rowid CROSS JOIN articles a ON a.rowid = e.article_rowid
        LEFT JOIN actors s ON s.id = e.source_actor LEFT JOIN actors t ON t.id = e.target_actor
      WHERE ${where.join(' AND ')} ORDER BY i.event_rowid, i.start`;
    return query(db, sql, params);
  },
};

const stances: Table = {
  name: 'stances',
  doc: "one row per stance: an actor's position on an issue, or its remark about another actor",
  columns: [
    col('stance_id', 'int', 'the stance row id (stable)'),
    col('article_id', 'string', 'the article'),
    col('published', 'string', "the article's publication date"),
    ...dateColumns('published'),
    col('start', 'int', 'offset of the evidence'),
    col('end', 'int', 'offset after it'),
    col('actor_id', 'string', 'who takes the position'),
    col('actor_country', 'string', 'the country the actor acted for in this article (a person\'s as of its date), when known'),
    col('actor_role', 'string', 'the role code the actor acted in, in this article, when known'),
    col('issue', 'string', 'the issue (or relations:<actor> for remarks about an actor)'),
    col('polarity', 'float', '-1 (against, critical) .. +1 (for, praise)'),
    col('basis', 'string', 'what the stance rests on (quote, event, ...)'),
    col('target_id', 'string', 'for remarks: the actor spoken about'),
    col('cue', 'string', 'the cue words, when any'),
  ],
  rows(db, f) {
    const where = ['1 = 1'];
    const params: Record<string, unknown> = {};
    addDateRange(where, params, f, 'a.published');
    if (f.actor) {
      where.push(actorClause('s.actor', 'aa', 'x'));
      actorParams(params, f.actor);
    }
    const sql = `SELECT s.rowid AS stance_id, a.id AS article_id, a.published, s.start, s."end", s.actor AS actor_id,
        ${inArticle('country', 'aa', 'x')} AS actor_country, ${inArticle('role', 'aa', 'x')} AS actor_role, s.issue, s.polarity, s.extra
      FROM stances s CROSS JOIN articles a ON a.rowid = s.article_rowid ${actorJoins('s.actor', 's.article_rowid', 'aa', 'x')}
      WHERE ${where.join(' AND ')} ORDER BY s.rowid`;
    return mapRows(query(db, sql, params), (r) => {
      const { extra, ...rest } = r;
      const x = extra
        ? (JSON.parse(extra as string) as {
            country?: string;
            role?: string;
            basis?: string;
            target?: { actor?: string };
            cue?: string | { text?: string } | null;
          })
        : {};
      const cue = typeof x.cue === 'string' ? x.cue : (x.cue?.text ?? null);
      // the stance's own country and role (written with it since stances carry them), else its article's
      const acted =
        x.country !== undefined || x.role !== undefined
          ? { actor_country: x.country ?? null, actor_role: x.role ?? null }
          : { actor_country: r.actor_country, actor_role: r.actor_role };
      const row: Row = {
        ...rest,
        actor_country: actorCountry(r.actor_id as string, acted.actor_country as string | null),
        actor_role: acted.actor_role,
        basis: x.basis ?? null,
        target_id: x.target?.actor ?? null,
        cue,
      };
      return withDate(row, r.published as string | null);
    });
  },
};

export const tables: Record<string, Table> = { articles, actors, mentions, quotes, events, event_issues: eventIssues, stances };
