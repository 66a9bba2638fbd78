// Worker threads for `ingest --jobs`, started before the command line has loaded.
//
// The calling thread loads the CLI's modules through tsx, and a worker its dictionaries,
// each in a good part of a second. Started one after the other, the second core sat idle
// for the first half of that; bin/entente.js calls `prestart` first thing, so the
// workers load while the calling thread does (docs/performance.md, "The worker starts
// while the command line loads").
//
// This module stays light (node's own modules and entry.ts): it is loaded before
// everything else. The command line is read here only for a hint (the command, --jobs,
// custom dictionaries); the pool (pool.ts) decides, after commander has parsed the real
// options, whether to adopt these workers, and terminates those it does not want. A wrong
// hint costs time, never results: an adopted worker loaded exactly the dictionaries the
// run asked for (the bundled ones only: a run with --actors, --agents or --verbs starts
// its workers itself).
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import type { ContextOptions, SharedDictionaries } from '../context.ts';
import type { SharedSyntax } from '../nlp/syntax.ts';
import { builtWorkerEntry } from './entry.ts';

export { useBuiltWorker } from './entry.ts';

/** A worker and what it has said before anyone listened: messages are not kept for late listeners. */
export type StartedWorker = { worker: Worker; ready: boolean; error?: Error; progress: Int32Array };

/**
 * What a worker is given: the dictionaries to load, and two shared integers: [0] the seq of
 * the article it is analysing, which it writes as it begins one, so that if it dies the
 * pool knows which article it died on (its replies for earlier articles may still be on
 * their way) and when an article's budget starts; [1] its thread's id as the kernel knows
 * it (thread-clock.ts), which it writes first thing, so that the pool can read the
 * processor time it uses (0: unknown). And the syntax model, when the thread that starts the
 * worker has it in memory (its tables are shared, not copied: src/nlp/syntax.ts shareSyntax),
 * and likewise the bundled actor dictionaries and event rules (src/context.ts sharedDictionaries).
 */
export type WorkerData = { options: ContextOptions; progress: Int32Array; syntax?: SharedSyntax; dictionaries?: SharedDictionaries };

/**
 * The young generation of a worker: 3 x 8 MB, as bin/entente.js sets for the main thread
 * (--max-semi-space-size=8, where the figures are). The old generation is not capped: one
 * huge article may need it.
 */
const workerHeap = { maxYoungGenerationSizeMb: 24 };

/** seq of the message a worker sends once its dictionaries are loaded */
export const readySeq = -2;
/** what a worker writes in `progress` when it has finished an article and not begun the next */
export const idleSeq = -1;

export function startWorker(script: URL, options: ContextOptions, syntax?: SharedSyntax, dictionaries?: SharedDictionaries): StartedWorker {
  const progress = new Int32Array(new SharedArrayBuffer(8)).fill(0);
  progress[0] = idleSeq;
  const workerData: WorkerData = { options, progress, syntax, dictionaries };
  const worker = new Worker(script, { workerData, resourceLimits: workerHeap });
  const started: StartedWorker = { worker, ready: false, progress };
  worker.on('message', (m: { seq?: number }) => {
    if (m.seq === readySeq) started.ready = true;
  });
  worker.on('error', (e) => {
    started.error ??= e;
  });
  return started;
}

/** true when the options ask for the bundled dictionaries only (what prestarted workers load) */
export function usesBundledDictionaries(options: ContextOptions): boolean {
  return Object.values(options).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));
}

let early: Promise<StartedWorker[]> | undefined;

/** The --jobs value of an `entente ingest` command line, as commander would read it (last one wins). */
export function jobsHint(args: readonly string[]): number {
  let jobs = os.availableParallelism();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    let value: string | undefined;
    if (a === '--') break;
    if (a === '--jobs' || a === '-j') value = args[++i];
    else if (a.startsWith('--jobs=')) value = a.slice('--jobs='.length);
    else if (/^-j\d/.test(a)) value = a.slice(2);
    else continue;
    const n = Number(value);
    jobs = Number.isInteger(n) && n > 0 ? n : 1;
  }
  return jobs;
}

/** Whether an `entente ingest` command line keeps the per-article time budget on (the default; --article-timeout 0 turns it off). */
export function budgetHint(args: readonly string[]): boolean {
  let on = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === '--article-timeout') on = Number(args[++i]) !== 0;
    else if (a.startsWith('--article-timeout=')) on = Number(a.slice('--article-timeout='.length)) !== 0;
  }
  return on;
}

/**
 * Starts the workers an `entente ingest` command line will want (`args` without node and
 * the script), with the bundled dictionaries; does nothing for other commands, for
 * --help, for --jobs 1 with --article-timeout 0 and for runs with dictionaries of their
 * own. The workers do not keep the process alive until the pool adopts them. Returns how
 * many it starts.
 */
export function prestart(args: readonly string[]): number {
  if (
    args[0] !== 'ingest' ||
    args.some((a) => a === '-h' || a === '--help' || /^--(actors|agents|verbs|no-builtin-verbs|discards|issues|min-confidence)(=|$)/.test(a))
  )
    return 0;
  // With a time budget per article the workers do all the analysis (pool.ts): at least one.
  const workers = budgetHint(args) ? Math.max(1, jobsHint(args)) : jobsHint(args) - 1;
  if (workers < 1) return 0;
  early = builtWorkerEntry().then((script) =>
    script
      ? Array.from({ length: workers }, () => {
          const started = startWorker(script, {});
          started.worker.unref();
          return started;
        })
      : [],
  );
  return workers;
}

/** The prestarted workers (once), or an empty list when none were started. */
export async function takePrestarted(): Promise<StartedWorker[]> {
  const taken = early;
  early = undefined;
  return taken ? await taken : [];
}
