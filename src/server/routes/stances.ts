// GET /api/stances: positions of actors (or countries, coalitions) on issues,
// from the stances query module, paged by stance rowid.
import { Hono } from 'hono';
import type { Store } from '../../store/db.ts';
import { listStances } from '../../store/queries/stances.ts';
import { UnknownSideError } from '../../cohesion/coalitions.ts';
import { badRequest } from '../errors.ts';
import { dateParam, pageQuery, parseQuery, textParam } from '../validate.ts';
import { page } from '../page.ts';

const stanceQuery = pageQuery.extend({
  actor: textParam.optional(),
  issue: textParam.optional(),
  since: dateParam.optional(),
  until: dateParam.optional(),
});

export function stanceRoutes(db: Store): Hono {
  const app = new Hono();
  // GET /api/stances?actor=EU&issue=sanctions_relief&since=2022
  app.get('/', (c) => {
    const q = parseQuery(c, stanceQuery);
    try {
      const rows = listStances(db, { actor: q.actor, issue: q.issue, since: q.since, until: q.until, after: q.cursor, limit: q.limit + 1 });
      return c.json(page(rows, q.limit, (r) => r.rowid));
    } catch (e) {
      if (e instanceof UnknownSideError) throw badRequest(`actor: ${e.message}`);
      throw e;
    }
  });
  return app;
}
