// Starting and stopping the server: the store is opened once and shared by every request; the
// analysis workers start at the first POST /api/analyze (with the bundled dictionaries), so a
// server that only answers queries never loads the dictionaries.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { openStore } from '../store/db.ts';
import type { ContextOptions } from '../context.ts';
import { createAnalyzer, type Analyzer } from '../workers/pool.ts';
import { usesBundledDictionaries } from '../workers/prestart.ts';
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
  const dictionaries = options.dictionaries ?? {};
  // The calling thread answers requests only: `jobs` workers analyse.
  const start = () =>
    createAnalyzer(options.jobs ?? 1, dictionaries, { articleTimeoutMs: options.articleTimeoutMs ?? defaultArticleTimeoutMs, workersOnly: true });
  // The user's own dictionaries are read now (createAnalyzer loads them), so that a file that does not load stops the start.
  const analyzer = usesBundledDictionaries(dictionaries)
    ? startedOnUse(start)
    : await start().catch((e: unknown) => {
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

/**
 * An analyzer whose workers start when it is given its first article (a server's first
 * analysis waits for them to load the dictionaries); one that fails to start is tried again
 * at the next article.
 */
function startedOnUse(start: () => Promise<Analyzer>): Analyzer {
  let started: Promise<Analyzer> | undefined;
  return {
    analyze(article) {
      if (!started) {
        started = start();
        started.catch(() => (started = undefined));
      }
      return started.then((analyzer) => analyzer.analyze(article));
    },
    runOne: () => false,
    // what the server hands it is bounded by its queue (analysis.ts)
    capacity: Number.POSITIVE_INFINITY,
    async close() {
      const analyzer = await started?.catch(() => undefined);
      await analyzer?.close();
    },
  };
}
