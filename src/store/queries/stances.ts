// Stance queries shared by the CLI and the HTTP API.
import type { Store } from '../db.ts';
import { actorDirectory, coalitions } from './cohesion.ts';
import { resolveSide } from '../../cohesion/coalitions.ts';
import { actingInfo, type ActingFor } from '../../cohesion/evidence.ts';
import { relationsIssue } from '../../stances/remarks.ts';
import { firstDay, lastDay } from '../../cohesion/windows.ts';

export type StanceFilter = {
  /** an actor id, person, country, name or coalition, as for cohesion */
  actor?: string;
  issue?: string;
  since?: string;
  until?: string;
  limit?: number;
  /** rowid to continue after (pagination) */
  after?: number;
};

export type StanceRow = {
  rowid: number;
  article_id: string;
  published: string | null;
  start: number;
  end: number;
  actor: string;
  actor_name: string | null;
  issue: string;
  polarity: number;
  /** the evidence span's text */
  evidence: string;
};

export function listStances(db: Store, f: StanceFilter = {}): StanceRow[] {
  const where = ['a.duplicate_of IS NULL'];
  const params: Record<string, unknown> = {};
  if (f.issue) {
    where.push('s.issue = @issue');
    params.issue = f.issue;
  } else {
    // Remarks (praise and criticism of another actor) are listed only when asked for by name.
    where.push('s.issue <> @relations');
    params.relations = relationsIssue;
  }
  if (f.since) {
    where.push('a.published >= @since');
    params.since = firstDay(f.since);
  }
  if (f.until) {
    where.push('a.published <= @until');
    params.until = `${lastDay(f.until)}\uffff`;
  }
  if (f.after !== undefined) {
    where.push('s.rowid > @after');
    params.after = f.after;
  }
  const directory = actorDirectory(db);
  const side = f.actor ? resolveSide(f.actor, coalitions(), directory) : undefined;
  const limit = f.limit ?? 100;
  const rows: StanceRow[] = [];
  const stmt = db.prepare(
    `SELECT s.rowid, a.id AS article_id, a.published, s.start, s."end", s.actor, act.name AS actor_name, s.issue, s.polarity, s.extra, a.text
     FROM stances s JOIN articles a ON a.rowid = s.article_rowid LEFT JOIN actors act ON act.id = s.actor
     WHERE ${where.join(' AND ')} ORDER BY s.rowid`,
  );
  // Side matching depends on the actor's country and the article's date, so it runs here, not in
  // SQL; a person's country and role are those it acted for in the stance's article (stored with
  // the stance by the stances stage), as for cohesion, not the actors table's one row per person.
  for (const r of stmt.iterate(params) as Iterable<StanceRow & { text: string; extra: string | null }>) {
    if (side) {
      const acting = r.extra ? (JSON.parse(r.extra) as ActingFor) : undefined;
      if (!side.matches(actingInfo(directory.info(r.actor), acting), r.published ?? undefined)) continue;
    }
    const { text, extra: _extra, ...row } = r;
    rows.push({ ...row, evidence: text.slice(r.start, r.end) });
    if (rows.length >= limit) break;
  }
  return rows;
}

/** Issues with how many stances each has, most discussed first. */
export function issueCounts(db: Store): { issue: string; stances: number; actors: number; mean_polarity: number }[] {
  return db
    .prepare(
      `SELECT s.issue, count(*) AS stances, count(DISTINCT s.actor) AS actors, round(avg(s.polarity), 3) AS mean_polarity
       FROM stances s JOIN articles a ON a.rowid = s.article_rowid WHERE a.duplicate_of IS NULL GROUP BY s.issue ORDER BY stances DESC`,
    )
    .all() as { issue: string; stances: number; actors: number; mean_polarity: number }[];
}
