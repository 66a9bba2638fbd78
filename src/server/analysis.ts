// POST /api/analyze's analysis, off the server's thread: articles go to a worker pool
// (workers/pool.ts) with a time budget each, so that every other request is answered
// while texts are analysed. The queue is bounded: when it is full the request is refused
// with 503 and Retry-After, rather than held for minutes.
import type { Analysis, Article } from '../model.ts';
import type { Analyzer } from '../workers/pool.ts';
import { ApiError } from './errors.ts';

export type AnalysisQueue = {
  /** analyses the articles together, or throws a 503 ApiError when they do not fit in the queue */
  analyzeAll(articles: Article[]): Promise<(Analysis | Error)[]>;
  close(): Promise<void>;
};

/** What a client is told to wait before trying again when the queue is full. */
export const retryAfterSeconds = 5;

export function createAnalysisQueue(analyzer: Analyzer, maxQueued: number): AnalysisQueue {
  let queued = 0;
  return {
    async analyzeAll(articles) {
      if (queued + articles.length > maxQueued) {
        throw new ApiError(503, `busy: ${queued} articles are waiting for analysis (at most ${maxQueued}); try again in ${retryAfterSeconds} s`, {
          headers: { 'Retry-After': String(retryAfterSeconds) },
        });
      }
      queued += articles.length;
      return Promise.all(
        articles.map((article) =>
          analyzer.analyze(article).then(
            (done) => done.analysis,
            (e: Error) => e,
          ).finally(() => queued--),
        ),
      );
    },
    close: () => analyzer.close(),
  };
}
