// GET /api/cohesion?a=&b=&by=: cohesion between two sides per window,
// GET /api/cohesion/evidence?a=&b=&window=: the events, quotations and
// stances behind one window's number, and
// GET /api/cohesion/matrix?among=A,B,C&by=: every pair among several sides.
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../store/db.ts';
import { cohesionMatrix, cohesionSeries, explainWindow, resolveSideIn, TooManyWindowsError } from '../../store/queries/cohesion.ts';
import { UnknownSideError } from '../../cohesion/coalitions.ts';
import { windowSizes } from '../../cohesion/windows.ts';
import { badRequest } from '../errors.ts';
import { responseCache } from '../cache.ts';
import { dateParam, limits, parseQuery, textParam } from '../validate.ts';

const side = textParam.refine((v) => v.trim().length > 0, { error: 'must name an actor, country or coalition' });
const range = { since: dateParam.optional(), until: dateParam.optional() };
const seriesQuery = z.strictObject({ a: side, b: side, by: z.enum(windowSizes).optional(), ...range });
/** 2020 (year), 2020-Q1 (quarter), 2020-01 (month), 2020-W03 (ISO week), all (the whole range). */
const windowLabel = z.string().regex(/^(\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-W(0[1-9]|[1-4]\d|5[0-3]))?|all)$/, {
  error: (i) => `expected a window like 2020, 2020-Q1, 2020-01, 2020-W03 or all, got "${String(i.input)}"`,
});
const evidenceQuery = z.strictObject({ a: side, b: side, window: windowLabel, by: z.enum(windowSizes).optional(), ...range });

/** Sides of one matrix: 40 sides are 780 pairs. */
const maxMatrixSides = 40;
const among = textParam
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .refine((v) => v.length >= 2 && v.length <= maxMatrixSides, { error: `name 2 to ${maxMatrixSides} sides, separated by commas` });
const matrixQuery = z.strictObject({ among, by: z.enum(windowSizes).optional(), ...range });

/** Resolve each side up front so an unknown one is a 400 naming the parameter. */
function checkSides(db: Store, q: { a: string; b: string }): void {
  for (const name of ['a', 'b'] as const) {
    try {
      resolveSideIn(db, q[name]);
    } catch (e) {
      if (e instanceof UnknownSideError) throw badRequest(`${name}: ${e.message}`);
      throw e;
    }
  }
}

/**
 * An answer of more than limits.maxCohesionWindows windows is a 400, refused before it is
 * computed (`since=0999` by month: 12,300 windows, 6.7 MB).
 */
function bounded<T>(answer: () => T): T {
  try {
    return answer();
  } catch (e) {
    if (e instanceof TooManyWindowsError) throw badRequest(`by: ${e.message}`);
    throw e;
  }
}

/** The query string in a fixed order: the key of a kept answer. */
function cacheKey(path: string, query: Record<string, string>): string {
  return `${path}?${new URLSearchParams(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : 1))).toString()}`;
}

export function cohesionRoutes(db: Store): Hono {
  const app = new Hono();
  const cache = responseCache(db, limits.cohesionCacheEntries, limits.cohesionCacheBytes);

  // GET /api/cohesion?a=USA&b=EU&by=quarter&since=2019
  app.get('/', (c) => {
    const q = parseQuery(c, seriesQuery);
    return c.body(
      cache.get(cacheKey('series', c.req.query()), () => {
        checkSides(db, q);
        return JSON.stringify(bounded(() => cohesionSeries(db, q.a, q.b, { by: q.by, since: q.since, until: q.until, maxWindows: limits.maxCohesionWindows })));
      }),
      200,
      { 'Content-Type': 'application/json' },
    );
  });

  // GET /api/cohesion/evidence?a=USA&b=EU&window=2020-03
  app.get('/evidence', (c) => {
    const q = parseQuery(c, evidenceQuery);
    return c.body(
      cache.get(cacheKey('evidence', c.req.query()), () => {
        checkSides(db, q);
        // `by` is implied by the window label; it is accepted so the page can pass its filters through.
        return JSON.stringify(explainWindow(db, q.a, q.b, q.window, { since: q.since, until: q.until }));
      }),
      200,
      { 'Content-Type': 'application/json' },
    );
  });

  // GET /api/cohesion/matrix?among=USA,GBR,FRA,RUS&by=all (the default)
  app.get('/matrix', (c) => {
    const q = parseQuery(c, matrixQuery);
    return c.body(
      cache.get(cacheKey('matrix', c.req.query()), () => {
        for (const side of q.among) {
          try {
            resolveSideIn(db, side);
          } catch (e) {
            if (e instanceof UnknownSideError) throw badRequest(`among: ${e.message}`);
            throw e;
          }
        }
        const query = { by: q.by ?? 'all', since: q.since, until: q.until, maxWindows: limits.maxCohesionWindows };
        return JSON.stringify(bounded(() => cohesionMatrix(db, q.among, query)));
      }),
      200,
      { 'Content-Type': 'application/json' },
    );
  });

  return app;
}
