// The HTTP API and the page as one Hono app: routes mounted by role, body
// size limit on writes, and errors mapped to responses in one place.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/db.ts';
import type { AnalysisQueue } from './analysis.ts';
import { ApiError, errorResponse, notFound } from './errors.ts';
import { limits } from './validate.ts';
import { articleRoutes } from './routes/articles.ts';
import { analyzeRoutes } from './routes/analyze.ts';
import { quoteRoutes } from './routes/quotes.ts';
import { eventRoutes } from './routes/events.ts';
import { actorRoutes } from './routes/actors.ts';
import { stanceRoutes } from './routes/stances.ts';
import { cohesionRoutes } from './routes/cohesion.ts';
import { openApiDocument } from './openapi.ts';
import { storeStats } from '../store/queries/articles.ts';
import { staticRoutes } from './static.ts';
import { responseCache } from './cache.ts';

export type AppOptions = {
  db: Store;
  /** the worker threads of POST /api/analyze */
  analysis: AnalysisQueue;
  /** whether a request's Host header names this server (hosts.ts); by default every Host is answered */
  hostAllowed?: (header: string | undefined) => boolean;
  /** POST /api/analyze fetches URLs on loopback and private addresses too */
  allowPrivateUrls?: boolean;
  /** where unexpected errors are reported (default stderr) */
  log?: (line: string) => void;
};

export function createApp({ db, analysis, hostAllowed, allowPrivateUrls, log }: AppOptions): Hono {
  const app = new Hono();

  if (hostAllowed) {
    app.use('*', async (c, next) => {
      const host = c.req.header('host');
      if (!hostAllowed(host)) {
        throw new ApiError(
          403,
          host === undefined ? 'no Host header' : `this server does not answer to the host "${host}" (start it with --allowed-host to add a name)`,
        );
      }
      await next();
    });
  }

  // Set before the handler makes its response, which then carries them: set after, they would
  // make Hono build the response again, and @hono/node-server could no longer write a JSON
  // text as it is (it would be copied into a stream, on the thread that answers every request).
  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: limits.maxBodyBytes,
      onError: () => {
        throw new ApiError(413, `request body larger than ${limits.maxBodyBytes} bytes`);
      },
    }),
  );

  app.get('/api/openapi.json', (c) => c.json(openApiDocument));
  // The counts read every article's text (its length): kept until the store changes, so
  // that a client polling them costs nothing while other requests are being analysed.
  const stats = responseCache(db, 1, 1024 * 1024);
  app.get('/api/stats', (c) => c.body(stats.get('stats', () => JSON.stringify(storeStats(db))), 200, { 'Content-Type': 'application/json' }));
  app.route('/api/articles', articleRoutes(db));
  app.route('/api/analyze', analyzeRoutes(db, analysis, { allowPrivateUrls }));
  app.route('/api/quotes', quoteRoutes(db));
  app.route('/api/events', eventRoutes(db));
  app.route('/api/actors', actorRoutes(db));
  app.route('/api/stances', stanceRoutes(db));
  app.route('/api/cohesion', cohesionRoutes(db));
  app.route('/', staticRoutes());

  app.notFound((c) => errorResponse(notFound(`no such endpoint: ${c.req.method} ${c.req.path}`), c, log));
  app.onError((err, c) => errorResponse(err, c, log));
  return app;
}
