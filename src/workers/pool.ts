// Analysis for `ingest --jobs N`: N worker threads (N-1 plus the calling thread with --article-timeout 0).
//
// Articles wait in one backlog, oldest first. Workers are kept topped up from it (a
// hundred-odd articles each, so a worker never runs dry while the calling thread
// commits a batch); the calling thread analyses an article from the backlog only when it would
// otherwise sit waiting for a result (`runOne`). The calling thread also reads the
// input and writes the store, so this keeps its share of the analysis to what its spare
// time allows, whatever the speed of the machine or the size of the articles.
//
// The caller keeps at most `capacity` articles in flight and consumes results in
// submission order, so storage order (and with it which copy of a near-duplicate counts
// as first) is the same for any --jobs. With --jobs 1 there are no workers and every
// article goes through `runOne`.
//
// With a time budget per article (--article-timeout), every article is analysed on a
// worker (--jobs N: N workers; the calling thread only reads, writes and
// keeps the time, its timers running): a worker still on one article when the budget runs out is stopped, that
// article fails with a line naming the budget, the others it held go back to the front of
// the backlog, and a new worker takes its place. The budget is counted in the processor time
// of the worker's thread (thread-clock.ts; the wall clock where the system does not tell
// it), so that a machine busy with other work does not make a good article late.
import type { Worker } from 'node:worker_threads';
import type { Analysis, Article } from '../model.ts';
import { loadContext, sharedDictionaries, type Context, type ContextOptions } from '../context.ts';
import { loadedSyntax, shareSyntax } from '../nlp/syntax.ts';
import { analyze } from '../analyze.ts';
import { minhash } from '../ingest/dedup.ts';
import type { WorkReply } from './analyze-worker.ts';
import { builtWorkerEntry } from './entry.ts';
import { readySeq, startWorker, takePrestarted, usesBundledDictionaries, type StartedWorker } from './prestart.ts';
import { threadCpuMs } from './thread-clock.ts';

let bundled: Context | undefined;

/**
 * The calling thread's context for `options`: with the bundled dictionaries alone it is loaded
 * once per process, as the nlp model is, so that commands run one after another in one process
 * (the tests run the command line in-process) read them once. Any option (user files, which may
 * change between commands; event settings) makes a context of its own each time, which shares
 * the bundled dictionaries that no user file adds to (loadContext).
 */
export function contextFor(options: ContextOptions): Context {
  if (!usesBundledDictionaries(options)) return loadContext(options);
  bundled ??= loadContext(options);
  return bundled;
}

export type Analyzed = { analysis: Analysis; signature?: Uint32Array };

export type Analyzer = {
  /** queues an article; the promise settles when some thread has analysed it */
  analyze(article: Article): Promise<Analyzed>;
  /** analyses the oldest queued article on the calling thread; false when none is queued, or when workers do all the analysis */
  runOne(): boolean;
  /** how many articles may be in flight before the caller should wait */
  capacity: number;
  close(): Promise<void>;
};

/**
 * Articles sent ahead to each worker: enough work that a worker does not run dry while
 * the calling thread commits a batch of 256 articles (docs/performance.md, "Articles in
 * flight per worker").
 */
const articlesPerWorkerInFlight = 128;
/**
 * The same while the calling thread has not loaded its own dictionaries: it does so when
 * it first analyses an article, and the workers must not run dry meanwhile.
 */
const articlesPerWorkerBeforeLoad = 512;
/** articles in flight in all: queued, being analysed, or analysed and waiting for their turn to be written */
const articlesInFlight = 1024;

export type AnalyzerSettings = {
  /** replaces the workers' entry module (tests use it to make a worker fail to start or hang) */
  workerScript?: URL;
  /** the longest one article may take, in ms of its worker thread's processor time; 0 or undefined: no limit (and the calling thread analyses too) */
  articleTimeoutMs?: number;
  /** never analyse on the calling thread (a server's), budget or not: `jobs` workers (at least one) do it all, as with a budget */
  workersOnly?: boolean;
};

/** An article that took longer than its budget: its analysis was stopped, not finished. */
export class ArticleTimeoutError extends Error {
  constructor(ms: number) {
    super(`took longer than ${ms / 1000} s (the --article-timeout budget)`);
    this.name = 'ArticleTimeoutError';
  }
}

/** How often the budget is checked: the granularity of the timeout. */
const watchEveryMs = 100;

/**
 * The clock of a worker's budget, in ms: the processor time its thread has used, where the
 * system tells it (the worker wrote its thread's id); else the wall clock. Undefined when
 * the thread is gone.
 */
function budgetClock(slot: Slot): number | undefined {
  const tid = Atomics.load(slot.progress, 1);
  return tid > 0 ? threadCpuMs(tid) : performance.now();
}

type Job = { article: Article; resolve(a: Analyzed): void; reject(e: Error): void };
type Slot = {
  worker: Worker;
  inFlight: Map<number, Job>;
  dead: boolean;
  ready: boolean;
  progress: Int32Array;
  /** the seq the worker last said it was analysing, and since when (budgetClock time) */
  watched: number;
  since: number;
};

/** The workers' entry when there is no compiled build (entry.ts): the TypeScript sources through tsx. */
const tsxEntry = new URL('./bootstrap.mjs', import.meta.url);

/**
 * Workers run the compiled build's entry (entry.ts), or the sources through tsx. Workers that
 * bin/entente.js started early (prestart.ts) are used when they loaded the dictionaries
 * this run asks for.
 */
export async function createAnalyzer(jobs: number, options: ContextOptions, settings: AnalyzerSettings = {}): Promise<Analyzer> {
  const { workerScript } = settings;
  const timeoutMs = settings.articleTimeoutMs ?? 0;
  /** only an article on another thread can be stopped: with a budget, workers do all the analysis */
  const workersOnly = timeoutMs > 0 || settings.workersOnly === true;
  // With a budget the calling thread only reads, writes and keeps the time, so --jobs N is N
  // workers; without one it analyses too, beside N-1 workers (docs/performance.md).
  const wanted = workersOnly ? Math.max(1, jobs) : jobs - 1;
  const early = await takePrestarted();
  const adoptable = workerScript || !usesBundledDictionaries(options) ? [] : early.filter((w) => !w.error).slice(0, wanted);
  for (const w of early) if (!adoptable.includes(w)) void w.worker.terminate();
  const script = wanted > adoptable.length || workersOnly ? (workerScript ?? (await builtWorkerEntry()) ?? tsxEntry) : tsxEntry;

  const backlog: Job[] = [];
  let next = 0; // backlog[next] is the oldest job not yet taken
  let seq = 0;
  const take = (): Job | undefined => {
    if (next >= backlog.length) return undefined;
    const job = backlog[next]!;
    backlog[next++] = undefined as unknown as Job;
    if (next > 1024 && next * 2 > backlog.length) {
      backlog.splice(0, next);
      next = 0;
    }
    return job;
  };

  const slots: Slot[] = [];
  let closing = false;
  let ctx: Context | undefined;
  /** sends queued articles to workers that have room */
  const pump = () => {
    const inHand = ctx || workersOnly ? articlesPerWorkerInFlight : articlesPerWorkerBeforeLoad;
    for (const slot of slots) {
      while (!slot.dead && slot.inFlight.size < inHand) {
        const job = take();
        if (!job) return;
        const id = seq++;
        slot.inFlight.set(id, job);
        slot.worker.postMessage({ seq: id, article: job.article });
      }
    }
  };

  /**
   * A worker that takes no more articles: what it held goes back to the front of the
   * backlog, in order, for the other threads, except the article it was analysing when
   * it died, which fails with its error, so that no thread runs into the same crash again.
   * (Articles it had answered for but whose answers are lost with it are analysed again:
   * the same results, later.)
   */
  const lose = (slot: Slot, e: Error) => {
    slot.dead = true;
    const at = Atomics.load(slot.progress, 0);
    const analysing = slot.inFlight.get(at);
    const held = [...slot.inFlight.values()].filter((job) => job !== analysing); // in the order they were sent
    slot.inFlight.clear();
    // It had started if it said so, or if it had begun an article: its "ready" message
    // may still be on its way when the error arrives.
    const started = slot.ready || at >= 0;
    if (started) process.stderr.write(`entente: a worker thread stopped (${e.message}); the other threads take over its articles\n`);
    else process.stderr.write(`entente: a worker thread failed to start (${e.message}); going on without it\n`);
    analysing?.reject(e);
    // When the calling thread does not analyse (a budget, a server), a worker that had
    // been working is replaced; one that never started is not (it would fail again).
    if (workersOnly && started && !closing) slots.splice(slots.indexOf(slot), 1, startNew());
    backlog.splice(next, 0, ...held);
    pump();
    // The caller may be waiting on one of them: with no worker left, this thread
    // analyses them (and whatever else is queued) itself.
    if (slots.every((s) => s.dead)) setImmediate(() => {
      while (runOne());
    });
  };

  /**
   * The budget ran out on the article `slot` is analysing: it fails, the worker is
   * stopped, what else it held goes back to the front of the backlog, and a new worker
   * takes its place.
   */
  const stopLate = (slot: Slot, late: Job) => {
    slot.dead = true;
    void slot.worker.terminate();
    const held = [...slot.inFlight.values()].filter((job) => job !== late);
    slot.inFlight.clear();
    late.reject(new ArticleTimeoutError(timeoutMs));
    backlog.splice(next, 0, ...held);
    slots.splice(slots.indexOf(slot), 1, startNew());
    pump();
  };
  const watchdog = timeoutMs > 0
    ? setInterval(() => {
        for (const slot of slots) {
          if (slot.dead) continue;
          const now = budgetClock(slot);
          if (now === undefined) continue; // the thread is gone: its 'exit' or 'error' says why
          // A worker writes the seq of each article as it begins it: the clock starts then,
          // not when the article was sent (it may have waited behind others, or for the
          // worker to load its dictionaries).
          const at = Atomics.load(slot.progress, 0);
          if (at !== slot.watched) {
            slot.watched = at;
            slot.since = now;
            continue;
          }
          const analysing = slot.inFlight.get(at);
          if (analysing && now - slot.since > timeoutMs) stopLate(slot, analysing);
        }
      }, Math.min(watchEveryMs, timeoutMs))
    : undefined;
  watchdog?.unref();

  const adopt = (started: StartedWorker): Slot => {
    const { worker } = started;
    const slot: Slot = { worker, inFlight: new Map(), dead: false, ready: started.ready, progress: started.progress, watched: -1, since: 0 };
    worker.ref();
    // It failed to start, or died (out of memory, a crash): the run goes on without it.
    worker.on('error', (e) => {
      if (!slot.dead) lose(slot, e);
    });
    worker.on('exit', (code) => {
      if (!slot.dead && !closing) lose(slot, new Error(`the thread exited with code ${code}`));
    });
    worker.on('message', (reply: WorkReply) => {
      if (reply.seq === readySeq) {
        slot.ready = true;
        return;
      }
      const job = slot.inFlight.get(reply.seq);
      if (!job) return;
      slot.inFlight.delete(reply.seq);
      if (reply.error !== undefined) job.reject(new Error(reply.error));
      else job.resolve({ analysis: { article: job.article, ...reply.analysis! }, signature: reply.signature });
      pump();
    });
    return slot;
  };

  /**
   * A new worker. When this thread has the syntax model in memory, the worker is given its
   * tables (shared memory: nothing is copied, and the worker neither reads the model file
   * nor lays the tables out again); when it has built the bundled dictionaries, their bytes
   * (the worker deserialises them instead of reading and compiling the files).
   */
  const startNew = (): Slot => {
    const syntax = loadedSyntax();
    return adopt(startWorker(script, options, syntax && shareSyntax(syntax), sharedDictionaries()));
  };

  // Workers are sent articles at once and read them when they have loaded their
  // dictionaries; meanwhile this thread reads the input and then loads its own.
  slots.push(...adoptable.map(adopt));
  while (slots.length < wanted) slots.push(startNew());

  const runOne = (): boolean => {
    // With a budget the calling thread analyses only when no worker is left at all.
    if (workersOnly && !slots.every((s) => s.dead)) return false;
    const job = take();
    if (!job) return false;
    // With workers and the bundled dictionaries, this thread loads them when it first
    // has an article to analyse, so that the workers are fed first (see below).
    ctx ??= contextFor(options);
    try {
      job.resolve({ analysis: analyze(job.article, ctx), signature: minhash(job.article.text) });
    } catch (e) {
      job.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return true;
  };
  // Dictionaries of the user's own are loaded now, whatever --jobs: one that does not
  // load fails here, before any article is read, and the workers are stopped first.
  if (slots.length === 0 || !usesBundledDictionaries(options)) {
    try {
      ctx = contextFor(options);
    } catch (e) {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
      throw e;
    }
  }
  return {
    capacity: articlesInFlight,
    analyze(article) {
      return new Promise((resolve, reject) => {
        backlog.push({ article, resolve, reject });
        pump();
      });
    },
    runOne,
    async close() {
      closing = true;
      clearInterval(watchdog);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
