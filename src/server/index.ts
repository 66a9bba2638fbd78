// Starting and stopping the server: the store is opened and the analysis workers started
// once, then shared by every request.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { openStore } from '../store/db.ts';
import type { ContextOptions } from '../context.ts';
import { createAnalyzer } from '../workers/pool.ts';
import { defaultArticleTimeoutMs } from '../workers/budget.ts';
import { createApp } from './app.ts';
import { createAnalysisQueue } from './analysis.ts';
import { hostChecker } from './hosts.ts';
import { limits } from './validate.ts';

export type ServeOptions = {
  db: string;
  port: number;
  host: string;
  dictionaries?: ContextOptions;
  /** worker threads for POST /api/analyze (default 1) */
  jobs?: number;
  /** the longest one article's analysis may take, in ms (0: no limit; default 30 s, as the CLI's) */
  articleTimeoutMs?: number;
  /** Host header names answered besides the listening address (and localhost on loopback) */
  allowedHosts?: string[];
  /** POST /api/analyze fetches URLs on loopback and private addresses too */
  allowPrivateUrls?: boolean;
  log?: (line: string) => void;
};

export type RunningServer = { url: string; close(): Promise<void> };

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const db = openStore(options.db);
  // The calling thread answers requests only: `jobs` workers analyse.
  const analyzer = await createAnalyzer(options.jobs ?? 1, options.dictionaries ?? {}, {
    articleTimeoutMs: options.articleTimeoutMs ?? defaultArticleTimeoutMs,
    workersOnly: true,
  }).catch((e: unknown) => {
    db.close();
    throw e;
  });
  const analysis = createAnalysisQueue(analyzer, limits.maxQueuedArticles);
  const app = createApp({
    db,
    analysis,
    hostAllowed: hostChecker(options.host, options.allowedHosts),
    allowPrivateUrls: options.allowPrivateUrls,
    log: options.log,
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s as Server)) as Server;
    s.once('error', reject);
  }).catch(async (e: unknown) => {
    await analysis.close();
    db.close();
    throw e;
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => {
          void analysis.close().finally(() => {
            db.close();
            if (err) reject(err);
            else resolve();
          });
        });
      }),
  };
}
