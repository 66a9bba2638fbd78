// GET /api/events: coded events across the store, from the events query
// module, as nested Event records with their article, paged by event rowid.
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../store/db.ts';
import { listEvents, type EventFilter, type EventRow } from '../../store/queries/events.ts';
import { toEvent } from '../../store/queries/article-detail.ts';
import { badRequest } from '../errors.ts';
import { dateParam, pageQuery, parseQuery, textParam } from '../validate.ts';
import { page } from '../page.ts';

const actorCode = textParam.regex(/^[A-Za-z0-9:._-]+$/, { error: 'expected an actor code or prefix such as USA, USAGOV or person:...' });
const eventQuery = pageQuery.extend({
  actor: actorCode.optional(),
  source: actorCode.optional(),
  target: actorCode.optional(),
  cameo: z.string().regex(/^\d{2,4}$/, { error: 'expected a CAMEO code or prefix of 2 to 4 digits, such as 04 or 112' }).optional(),
  type: z.string().regex(/^[A-Za-z_]{2,30}$/, { error: 'expected a PLOVER event type such as ASSAULT' }).optional(),
  issue: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, { error: 'expected an issue code such as OIL or REFUGEES' }).optional(),
  quad: z.enum(['1', '2', '3', '4']).optional(),
  negated: z.enum(['true', 'false']).optional(),
  since: dateParam.optional(),
  until: dateParam.optional(),
});

export type EventItem = ReturnType<typeof toEvent> & { article: { id: string; url: string | null; published: string | null }; when: string | null };

function toItem(r: EventRow): EventItem {
  // The row's date is the event's own date or else the article's; Event.date means only the former.
  const event = toEvent({ ...r, date: r.date !== r.published ? r.date : null });
  return { ...event, article: { id: r.article_id, url: r.url, published: r.published }, when: r.date };
}

/**
 * Events with an actor on either side: the union of the source and target
 * queries. Both are ordered by rowid after the same cursor, so merging their
 * first limit rows gives the first limit rows of the union.
 */
function eventsOfActor(db: Store, actor: string, f: EventFilter, limit: number): EventRow[] {
  const bySource = listEvents(db, { ...f, source: actor, limit });
  const byTarget = listEvents(db, { ...f, target: actor, limit });
  const merged = new Map<number, EventRow>();
  for (const r of [...bySource, ...byTarget]) merged.set(r.rowid, r);
  return [...merged.values()].sort((x, y) => x.rowid - y.rowid).slice(0, limit);
}

/** Rows read per batch when filtering by quad. */
const quadBatch = 1000;

/**
 * The query module has no quad filter (quad follows from the CAMEO root), so
 * read batches after the cursor until enough rows of the wanted quad are found
 * or the store is exhausted.
 */
function withQuad(read: (after: number | undefined, limit: number) => EventRow[], quad: number, cursor: number | undefined, wanted: number): EventRow[] {
  const matching: EventRow[] = [];
  let after = cursor;
  for (;;) {
    const batch = read(after, quadBatch);
    for (const r of batch) {
      if (r.quad !== quad) continue;
      matching.push(r);
      if (matching.length === wanted) return matching;
    }
    if (batch.length < quadBatch) return matching;
    after = batch[batch.length - 1]!.rowid;
  }
}

export function eventRoutes(db: Store): Hono {
  const app = new Hono();
  // GET /api/events?actor=IRN&cameo=19&since=2020-01
  app.get('/', (c) => {
    const q = parseQuery(c, eventQuery);
    if (q.actor && (q.source || q.target)) throw badRequest('actor: give either actor (either side) or source/target, not both');
    const filter: EventFilter = {
      source: q.source,
      target: q.target,
      cameo: q.cameo,
      type: q.type,
      issue: q.issue,
      since: q.since,
      until: q.until,
      negated: q.negated === 'true',
      after: q.cursor,
    };
    const read = (after: number | undefined, limit: number) =>
      q.actor ? eventsOfActor(db, q.actor, { ...filter, after }, limit) : listEvents(db, { ...filter, after, limit });
    const rows = q.quad ? withQuad(read, Number(q.quad), q.cursor, q.limit + 1) : read(q.cursor, q.limit + 1);
    return c.json(page(rows.map(toItem), q.limit, (r) => r.rowid));
  });
  return app;
}
