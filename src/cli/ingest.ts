// entente ingest PATH|URL|- ... : read, analyse and store articles.
//
// Reading streams (an async generator), analysis runs in a worker pool
// (--jobs), and one writer stores results in input order, one transaction per
// batch of articles, so the store is the same for any --jobs and an interrupted
// run can simply be run again.
import { Command } from 'commander';
import os from 'node:os';
import { existsSync, rmSync } from 'node:fs';
import { readInputs } from '../ingest/index.ts';
import { openStore } from '../store/db.ts';
import { createWriter, type StoreStatus } from '../store/write.ts';
import type { ContextOptions } from '../context.ts';
import { createAnalyzer, type Analyzed } from '../workers/pool.ts';
import type { Analysis } from '../model.ts';
import { addExamples, articleTimeoutOption, dbOption, exitCodes, parsePositiveInt, skipLine } from './common.ts';
import { checkDictionaries, reportDictionaries } from './dictionaries.ts';
import { contextOptions, dictionaryOptions, readerOptions, type DictionaryFlags, type PublishedFlag, type ReaderFlags } from './shared-options.ts';
import { notEnglish, unanalysed } from '../ingest/language.ts';

export type IngestFlags = DictionaryFlags & ReaderFlags & PublishedFlag & { db: string; quiet?: boolean; jobs?: number; articleTimeout?: number };
/**
 * What a run did. `displaced`: first copies stored before that are now linked as duplicates of
 * a copy that precedes them (fuller, or as full and published earlier: an article of this run,
 * or the first copy of a group an article of this run joined theirs to); `stored` counts a new
 * first copy as usual.
 */
export type IngestCounts = Record<StoreStatus | 'skipped' | 'displaced', number>;

/** articles per commit, and the longest a finished article waits for its commit */
const maxBatch = 256;
const maxCommitIntervalMs = 1000;
/** text held by articles in flight (read, not yet stored), in UTF-16 code units: ~64 MB */
const maxQueuedChars = 32 * 1024 * 1024;

/** another process writing the same store: tries after the store's own 5 s busy timeout, and the pause before each */
const busyRetries = 5;
const busyPauseMs = 500;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** SQLite's codes for a store another connection holds (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED...) */
function isBusy(e: Error): boolean {
  return /^SQLITE_(BUSY|LOCKED)/.test((e as Error & { code?: string }).code ?? '');
}

/** Errors of the store itself rather than of one article: no later article would be stored either. */
function isStoreFailure(e: Error): boolean {
  return isBusy(e) || /^SQLITE_(FULL|IOERR|READONLY|CORRUPT|NOTADB|CANTOPEN|PERM)/.test((e as Error & { code?: string }).code ?? '');
}

/** lets worker replies (and with them new work for the workers) in between two articles */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What `nextOrIdle` gives when no record came within the commit interval. */
const idle = Symbol('idle');

/** The iterator's next record, or `idle` when none comes within `ms` (the pending read stays pending). */
async function nextOrIdle<T>(next: Promise<T>, ms: number): Promise<T | typeof idle> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<typeof idle>((resolve) => (timer = setTimeout(() => resolve(idle), ms)));
  try {
    return await Promise.race([next, waited]);
  } finally {
    clearTimeout(timer);
  }
}

export function register(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('read feeds, HTML pages, text and JSON Lines (files, directories, URLs or - for stdin), analyse them and store them')
    .argument('<inputs...>', 'files, directories (read recursively), http(s) URLs, or - for stdin')
    .addOption(dbOption())
    .option('-j, --jobs <n>', 'analysis worker threads (default: the number of cores)', parsePositiveInt, os.availableParallelism())
    .addOption(articleTimeoutOption())
    .option('-q, --quiet', 'no progress output and no summary line');
  readerOptions(cmd);
  dictionaryOptions(cmd);
  addExamples(cmd, [
    'entente ingest samples/',
    'entente ingest feeds/ pages/article.html --db news.db',
    'curl -s https://example.org/feed.xml | entente ingest -',
    'entente ingest https://example.org/rss --follow-links',
    'entente ingest big.jsonl.gz --jobs 2',
  ]);
  cmd.action(async (inputs: string[], flags: IngestFlags) => {
    const { code } = await runIngest(inputs, flags);
    process.exitCode = code;
  });
}

export async function runIngest(inputs: string[], flags: IngestFlags): Promise<{ code: number; counts: IngestCounts }> {
  const dictionaries = checkDictionaries(flags);
  if (!flags.quiet) reportDictionaries(dictionaries);
  const storeExisted = existsSync(flags.db);
  const db = openStore(flags.db);
  const writer = createWriter(db);
  const options: ContextOptions = contextOptions(flags);
  const jobs = flags.jobs ?? 1;
  // Without --article-timeout (runIngest called from code) there is no budget.
  const analyzer = await createAnalyzer(jobs, options, { articleTimeoutMs: (flags.articleTimeout ?? 0) * 1000 });
  let notEnglishCount = 0;
  const counts: IngestCounts = { stored: 0, exists: 0, redated: 0, duplicate: 0, 'near-duplicate': 0, skipped: 0, displaced: 0 };
  // Progress: on a terminal, one line rewritten five times a second; into a log (stderr
  // not a terminal), a line every 30 s, so a long run is seen to move.
  const interactive = !flags.quiet && process.stderr.isTTY;
  const statusEveryMs = interactive ? 200 : 30_000;
  const started = Date.now();
  let lastStatus = started;
  const status = () => {
    if (flags.quiet) return;
    const now = Date.now();
    if (now - lastStatus < statusEveryMs) return;
    lastStatus = now;
    const seconds = (now - started) / 1000;
    const done = counts.stored + counts.duplicate + counts['near-duplicate'];
    const duplicates = counts.duplicate + counts['near-duplicate'];
    const line =
      `ingest: ${counts.stored} stored, ${counts.exists} already there, ${duplicates} duplicates, ${counts.skipped} skipped; ` +
      `${Math.round(done / seconds)} articles/s over ${Math.round(seconds)} s`;
    process.stderr.write(interactive ? `\r\x1b[K${line}` : `${line}\n`);
  };
  const clearStatus = () => interactive && process.stderr.write('\r\x1b[K');
  // Also between commits: a run waiting on a slow article, or reading a slow input, is seen to be alive.
  const statusTimer = flags.quiet ? undefined : setInterval(status, Math.min(statusEveryMs, 1000));
  statusTimer?.unref();
  const skip = (origin: string, reason: string) => {
    clearStatus();
    skipLine(origin, reason);
    counts.skipped++;
  };

  type Pending = { id: string; origin: string; chars: number; result: Promise<Analyzed | Error>; settled: boolean };
  const queue: Pending[] = [];
  let queuedChars = 0;
  // Analysed articles waiting for the next commit, in input order: one commit per 256
  // articles or per second, whichever comes first (an article that fails to store is
  // retried alone). Each commit also flushes the full-text indexes, so fewer, larger
  // commits write less (docs/performance.md, "Articles per commit"). An interrupted run
  // loses at most the uncommitted batch, about a second of work, which running the
  // command again redoes.
  const batch: { id: string; analysis: Analysis; origin: string; signature?: Uint32Array }[] = [];
  let lastCommit = Date.now();
  const inFlight = new Set<string>();
  const commit = () => {
    if (batch.length) {
      writeWithRetries(batch).forEach((outcome, i) => {
        if (!(outcome instanceof Error)) {
          counts[outcome.status]++;
          counts.displaced += outcome.displaced?.length ?? 0;
        } else if (isStoreFailure(outcome)) {
          // A full disk or a store another process holds fails every article after this one
          // too: the run stops here, non-zero, and running it again goes on from here.
          throw new Error(`the store could not be written (${outcome.message}); stopped at ${batch[i]!.origin} after storing ${counts.stored} articles`);
        } else skip(batch[i]!.origin, `could not be stored: ${outcome.message}`);
      });
      for (const item of batch) inFlight.delete(item.id);
      batch.length = 0;
    }
    lastCommit = Date.now();
    status();
  };
  /** writeBatch, with the articles refused because another process was writing tried again a few times */
  const writeWithRetries = (items: typeof batch) => {
    const outcomes = writer.writeBatch(items);
    for (let attempt = 1; attempt <= busyRetries; attempt++) {
      const busy = outcomes.flatMap((o, i) => (o instanceof Error && isBusy(o) ? [i] : []));
      if (busy.length === 0) break;
      Atomics.wait(pause, 0, 0, busyPauseMs * attempt);
      writer.writeBatch(busy.map((i) => items[i]!)).forEach((o, k) => (outcomes[busy[k]!] = o));
    }
    return outcomes;
  };
  const settle = async () => {
    const head = queue.shift()!;
    queuedChars -= head.chars;
    // While the oldest article is still being analysed elsewhere, this thread analyses
    // queued ones itself rather than wait (with --jobs 1 it analyses every article here).
    while (!head.settled && analyzer.runOne()) await yieldToEventLoop();
    const done = await head.result;
    if (done instanceof Error) {
      inFlight.delete(head.id);
      skip(head.origin, `analysis failed: ${done.message}`);
    } else batch.push({ id: head.id, origin: head.origin, ...done });
    if (batch.length >= maxBatch || Date.now() - lastCommit >= maxCommitIntervalMs) commit();
  };

  /** analyses and stores every article in flight */
  const storeAll = async () => {
    while (queue.length) await settle();
    commit();
  };

  const records = readInputs(inputs, flags)[Symbol.asyncIterator]();
  try {
    let next = records.next();
    for (;;) {
      // A slow input ("tail -f feed | entente ingest -") leaves no finished article waiting:
      // when no record comes within the commit interval, what is in flight is analysed and stored.
      const read = await nextOrIdle(next, maxCommitIntervalMs);
      if (read === idle) {
        await storeAll();
        continue;
      }
      if (read.done) break;
      next = records.next();
      const rec = read.value;
      if (rec.kind === 'problem') {
        skip(rec.origin, rec.reason);
        continue;
      }
      const id = rec.article.id;
      const storedDate = writer.publishedOf(id);
      // an article stored before is analysed again only when it comes with another date
      const redate = storedDate !== undefined && rec.article.published !== undefined && rec.article.published !== storedDate;
      if (inFlight.has(id) || (storedDate !== undefined && !redate)) {
        counts.exists++;
        continue;
      }
      inFlight.add(id);
      const pending: Pending = { id, origin: rec.origin, chars: rec.article.text.length, result: undefined as unknown as Pending['result'], settled: false };
      const language = notEnglish(rec.article, flags.allLanguages);
      if (language !== undefined) {
        // stored with its language, not analysed: the analysis is English-only
        notEnglishCount++;
        pending.settled = true;
        pending.result = Promise.resolve({ analysis: unanalysed(rec.article, language) });
        queue.push(pending);
        queuedChars += pending.chars;
        continue;
      }
      pending.result = analyzer.analyze(rec.article).then(
        (a) => ((pending.settled = true), a),
        (e: Error) => ((pending.settled = true), e),
      );
      queue.push(pending);
      queuedChars += pending.chars;
      // Back-pressure: at most `capacity` articles, and at most maxQueuedChars of text, in flight.
      while (queue.length >= analyzer.capacity || queuedChars > maxQueuedChars) await settle();
    }
    await storeAll();
  } finally {
    // (an input left open by an error above is closed, as a for-await loop would)
    void records.return(undefined);
    clearInterval(statusTimer);
    clearStatus();
    await analyzer.close();
    db.close();
  }
  const succeeded = counts.stored + counts.exists + counts.redated + counts.duplicate + counts['near-duplicate'];
  // a run that stored nothing leaves no empty store behind (a later command then says there is none)
  if (!storeExisted && counts.stored + counts.duplicate + counts['near-duplicate'] === 0) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${flags.db}${suffix}`, { force: true });
  }
  if (!flags.quiet && notEnglishCount) {
    process.stderr.write(`ingest: ${notEnglishCount} articles not in English kept with their language and not analysed (--all-languages analyses them)\n`);
  }
  if (!flags.quiet) {
    const redated = counts.redated ? `, ${counts.redated} given a new date and analysed again` : '';
    const displaced = counts.displaced ? `, ${counts.displaced} stored first copies linked as duplicates of a fuller or earlier copy` : '';
    process.stderr.write(
      `ingest: ${counts.stored} stored, ${counts.exists} already stored${redated}, ` +
        `${counts.duplicate} exact and ${counts['near-duplicate']} near duplicates linked${displaced}, ${counts.skipped} skipped\n`,
    );
  }
  if (process.env.ENTENTE_REPORT_USAGE) {
    process.stderr.write(`usage: ${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, counts })}\n`);
  }
  return { code: succeeded > 0 || counts.skipped === 0 ? exitCodes.ok : exitCodes.allFailed, counts };
}
