// One article with every fact found in it, each with its span: what the
// article view of the web page and GET /api/articles/:id need.
import type { Store } from '../db.ts';
import type { Actor, Article, Event, Mention, Quote, QuoteKind, Quad, Stance } from '../../model.ts';
import { eventIssuesColumn, parseEventIssues } from './events.ts';

export type ArticleDetail = Article & {
  rowid: number;
  duplicate_of: string | null;
  actors: Actor[];
  mentions: Mention[];
  quotes: (Quote & { rowid: number })[];
  events: (Event & { rowid: number })[];
  stances: (Stance & { rowid: number })[];
};

type ArticleRecord = {
  rowid: number; id: string; text: string; title: string | null; url: string | null; published: string | null;
  source: string | null; lang: string | null; byline: string | null; extra: string | null; duplicate_of: string | null;
};
type QuoteRecord = {
  rowid: number; start: number; end: number; text: string; kind: string; speaker_name: string | null; speaker_actor: string | null;
  speaker_start: number | null; speaker_end: number | null; cue_text: string | null; cue_start: number | null; cue_end: number | null;
  fragments?: string | null;
  speaker_inferred?: string | null;
};
type EventRecord = {
  rowid: number; start: number; end: number; text: string; cameo: string; plover: string; mode: string | null; goldstein: number;
  quad: number; negated: number; source_actor: string; source_name: string; source_start: number; source_end: number;
  target_actor: string | null; target_name: string | null; target_start: number | null; target_end: number | null;
  date: string | null; extra: string | null;
  /** eventIssuesColumn's JSON */
  issues?: string | null;
};
type StanceRecord = { rowid: number; start: number; end: number; actor: string; issue: string; polarity: number; extra: string | null };
type ActorRecord = { id: string; name: string; kind: string; country: string | null; role: string | null };
type MentionRecord = { start: number; end: number; text: string; actor: string; refers_to?: string | null };

/** Whether the store has this table: a store opened read-only is not migrated, so may lack the newer ones. */
function hasTable(db: Store, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function toMention(r: MentionRecord): Mention {
  const mention: Mention = { start: r.start, end: r.end, text: r.text, actor: r.actor };
  if (r.refers_to) mention.refers_to = JSON.parse(r.refers_to) as NonNullable<Mention['refers_to']>;
  return mention;
}

/** Drop SQL NULLs so the records match the optional fields of src/model.ts. */
function present<T extends Record<string, unknown>>(rec: T): T {
  for (const k of Object.keys(rec)) if (rec[k] === null) delete rec[k];
  return rec;
}

function parseExtra(extra: string | null): Record<string, unknown> {
  if (!extra) return {};
  try {
    const parsed: unknown = JSON.parse(extra);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function toQuote(r: QuoteRecord): Quote & { rowid: number } {
  const quote: Quote & { rowid: number } = {
    rowid: r.rowid, start: r.start, end: r.end, text: r.text, kind: r.kind as QuoteKind,
    speaker: r.speaker_start === null || r.speaker_end === null
      ? null
      : present({ start: r.speaker_start, end: r.speaker_end, name: r.speaker_name ?? '', actor: r.speaker_actor ?? undefined }),
  };
  if (quote.speaker && r.speaker_inferred === 'continuation') quote.speaker.inferred = r.speaker_inferred;
  if (r.cue_start !== null && r.cue_end !== null) quote.cue = { start: r.cue_start, end: r.cue_end, text: r.cue_text ?? '' };
  if (r.fragments) quote.fragments = JSON.parse(r.fragments) as [number, number][];
  return quote;
}

export function toEvent(r: EventRecord): Event & { rowid: number } {
  // acts_for: the country and role each party acted for, as written (store/write.ts)
  const { acts_for: actsFor, ...extra } = parseExtra(r.extra) as { acts_for?: Record<string, { country?: string; role?: string }> };
  const event: Event & { rowid: number } = {
    ...extra,
    rowid: r.rowid, start: r.start, end: r.end, text: r.text, cameo: r.cameo, plover: r.plover,
    goldstein: r.goldstein, quad: r.quad as Quad, negated: r.negated === 1,
    source: { start: r.source_start, end: r.source_end, actor: r.source_actor, name: r.source_name, ...actsFor?.source },
    target: r.target_actor === null || r.target_start === null || r.target_end === null
      ? null
      : { start: r.target_start, end: r.target_end, actor: r.target_actor, name: r.target_name ?? '', ...actsFor?.target },
  };
  if (r.mode !== null) event.mode = r.mode;
  if (r.date !== null) event.date = r.date;
  const issues = parseEventIssues(r.issues ?? null);
  if (issues) event.issues = issues;
  return event;
}

export function getArticleDetail(db: Store, id: string): ArticleDetail | undefined {
  const a = db
    .prepare('SELECT rowid, id, text, title, url, published, source, lang, byline, extra, duplicate_of FROM articles WHERE id = ?')
    .get(id) as ArticleRecord | undefined;
  if (!a) return undefined;
  // Near-duplicate copies carry no facts of their own: show the first copy's.
  const factsRowid = a.duplicate_of
    ? ((db.prepare('SELECT rowid FROM articles WHERE id = ?').pluck().get(a.duplicate_of) as number | undefined) ?? a.rowid)
    : a.rowid;
  const sameText = factsRowid === a.rowid || db.prepare('SELECT text FROM articles WHERE rowid = ?').pluck().get(factsRowid) === a.text;
  const byArticle = (sql: string) => (sameText ? db.prepare(sql).all(factsRowid) : []);
  // (SELECT *: a store written before refers_to was stored has no such column, and a read-only reader does not migrate)
  const mentions = (byArticle('SELECT * FROM mentions WHERE article_rowid = ? ORDER BY start, "end"') as MentionRecord[]).map(toMention);
  const quotes = (byArticle('SELECT * FROM quotes WHERE article_rowid = ? ORDER BY start') as QuoteRecord[]).map(toQuote);
  const events = (byArticle(`SELECT e.*, ${eventIssuesColumn(db)} AS issues FROM events e WHERE article_rowid = ? ORDER BY start`) as EventRecord[]).map(
    toEvent,
  );
  const stances = (byArticle('SELECT * FROM stances WHERE article_rowid = ? ORDER BY start') as StanceRecord[]).map((s) => ({
    ...parseExtra(s.extra), rowid: s.rowid, start: s.start, end: s.end, actor: s.actor, issue: s.issue, polarity: s.polarity,
  }));
  const actorIds = new Set<string>();
  for (const m of mentions) actorIds.add(m.actor);
  for (const q of quotes) if (q.speaker?.actor) actorIds.add(q.speaker.actor);
  for (const e of events) {
    actorIds.add(e.source.actor);
    if (e.target) actorIds.add(e.target.actor);
  }
  for (const s of stances) actorIds.add(s.actor);
  const actors = !actorIds.size ? [] : !hasTable(db, 'article_actors')
    ? (db.prepare('SELECT id, name, kind, country, role FROM actors WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id')
        .all(JSON.stringify([...actorIds])) as ActorRecord[]).map((r) => present(r) as Actor)
    // the country and role as of this article where the store has them (article_actors), else the actor's
    : (db.prepare(
        `SELECT x.id, x.name, x.kind, coalesce(aa.country, x.country) AS country, CASE WHEN aa.actor IS NULL THEN x.role ELSE aa.role END AS role
         FROM actors x LEFT JOIN article_actors aa ON aa.article_rowid = ? AND aa.actor = x.id
         WHERE x.id IN (SELECT value FROM json_each(?)) ORDER BY x.id`,
      ).all(factsRowid, JSON.stringify([...actorIds])) as ActorRecord[]).map((r) => present(r) as Actor);
  const article = present({
    rowid: a.rowid, id: a.id, title: a.title, url: a.url, published: a.published, source: a.source, lang: a.lang, byline: a.byline,
  }) as Omit<ArticleDetail, 'text' | 'duplicate_of' | 'actors' | 'mentions' | 'quotes' | 'events' | 'stances'>;
  const extra = parseExtra(a.extra);
  return {
    ...article,
    ...(Object.keys(extra).length ? { extra } : {}),
    duplicate_of: a.duplicate_of,
    text: a.text,
    actors, mentions, quotes, events, stances,
  };
}
