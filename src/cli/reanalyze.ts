// entente reanalyze: analyse stored articles again with the current dictionaries and
// options (after editing an actor or verb file, or when Entente itself changed), replacing
// each article's mentions, quotes, events and stances. Results are written in article order,
// a batch per transaction, so an interrupted run leaves every article either as it was or
// fully redone; `--after ROWID` (printed in the progress lines) continues from there.
import { Command } from 'commander';
import os from 'node:os';
import type { Analysis, Article } from '../model.ts';
import type { Store } from '../store/db.ts';
import { createWriter } from '../store/write.ts';
import { addDateRange } from '../store/queries/filters.ts';
import { createAnalyzer, type Analyzed } from '../workers/pool.ts';
import {
  addExamples,
  articleTimeoutOption,
  dbOption,
  exitCodes,
  openExistingStore,
  parsePositiveInt,
  sinceOption,
  skipLine,
  untilOption,
  UsageError,
} from './common.ts';
import { contextOptions, dictionaryOptions, type DictionaryFlags } from './shared-options.ts';
import { notEnglish, unanalysed } from '../ingest/language.ts';
import { checkDictionaries, reportDictionaries } from './dictionaries.ts';

export type ReanalyzeFlags = DictionaryFlags & {
  db: string;
  since?: string;
  until?: string;
  where?: string;
  article?: string[];
  after?: number;
  jobs?: number;
  articleTimeout?: number;
  quiet?: boolean;
};

export type ReanalyzeCounts = { reanalyzed: number; failed: number; total: number };

/** articles per transaction, and the longest a finished article waits for its commit */
const maxBatch = 256;
const maxCommitIntervalMs = 1000;

type StoredArticle = {
  rowid: number;
  id: string;
  text: string;
  title: string | null;
  url: string | null;
  published: string | null;
  source: string | null;
  lang: string | null;
  byline: string | null;
  extra: string | null;
  boilerplate: string | null;
};

function toArticle(r: StoredArticle): Article {
  const a: Article = { id: r.id, text: r.text };
  if (r.title !== null) a.title = r.title;
  if (r.url !== null) a.url = r.url;
  if (r.published !== null) a.published = r.published;
  if (r.source !== null) a.source = r.source;
  if (r.lang !== null) a.lang = r.lang;
  if (r.byline !== null) a.byline = r.byline;
  if (r.extra !== null) a.extra = JSON.parse(r.extra) as Record<string, unknown>;
  if (r.boilerplate !== null) a.boilerplate = (JSON.parse(r.boilerplate) as [number, number][]).map(([start, end]) => ({ start, end }));
  return a;
}

/** The first copies matching the flags (duplicates have no facts of their own), in rowid order. */
function selection(db: Store, flags: ReanalyzeFlags): { count: number; rowids: number[] } {
  const where = ['a.duplicate_of IS NULL'];
  const params: Record<string, unknown> = {};
  addDateRange(where, params, flags, 'a.published');
  if (flags.after !== undefined) {
    where.push('a.rowid > @after');
    params.after = flags.after;
  }
  if (flags.article?.length) {
    where.push('a.id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(flags.article);
  }
  // --where is SQL over the articles table (alias a), run on the user's own file
  if (flags.where) where.push(`(${flags.where})`);
  try {
    const rowids = db.prepare(`SELECT a.rowid FROM articles a WHERE ${where.join(' AND ')} ORDER BY a.rowid`).pluck().all(params) as number[];
    return { count: rowids.length, rowids };
  } catch (e) {
    if (flags.where) throw new UsageError(`--where "${flags.where}": ${(e as Error).message}`);
    throw e;
  }
}

export function register(program: Command): void {
  const cmd = program
    .command('reanalyze')
    .description("analyse stored articles again with the current dictionaries and options, replacing their mentions, quotes, events and stances")
    .addOption(dbOption())
    .addOption(sinceOption('articles published'))
    .addOption(untilOption('articles published'))
    .option('--article <id>', 'this article (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--where <sql>', "an SQL condition on the articles table, alias a (e.g. \"a.source = 'Reuters'\")")
    .option('--after <rowid>', 'continue after this article rowid (the progress lines give it)', parsePositiveInt)
    .option('-j, --jobs <n>', 'analysis worker threads (default: the number of cores)', parsePositiveInt, os.availableParallelism())
    .addOption(articleTimeoutOption())
    .option('-q, --quiet', 'no progress output and no summary line');
  dictionaryOptions(cmd);
  addExamples(cmd, [
    'entente reanalyze --actors my.actors.txt',
    'entente reanalyze --since 2020-01 --verbs my.verbs.txt --jobs 2',
    "entente reanalyze --where \"a.source = 'Reuters'\"",
    'entente reanalyze --after 5120          # go on after an interrupted run',
  ]);
  cmd.action(async (flags: ReanalyzeFlags) => {
    const { code } = await runReanalyze(flags);
    process.exitCode = code;
  });
}

export async function runReanalyze(flags: ReanalyzeFlags): Promise<{ code: number; counts: ReanalyzeCounts }> {
  const dictionaries = checkDictionaries(flags);
  if (!flags.quiet) reportDictionaries(dictionaries);
  const db = openExistingStore(flags.db);
  const counts: ReanalyzeCounts = { reanalyzed: 0, failed: 0, total: 0 };
  try {
    const { rowids } = selection(db, flags);
    counts.total = rowids.length;
    const read = db.prepare('SELECT rowid, id, text, title, url, published, source, lang, byline, extra, boilerplate FROM articles WHERE rowid = ?');
    const writer = createWriter(db);
    // copies stored by an older Entente have no near-duplicate bands: a later copy of one would not find its group
    const banded = writer.bandUnbanded();
    if (banded > 0 && !flags.quiet) process.stderr.write(`reanalyze: ${banded} articles stored without near-duplicate bands now have them\n`);
    const analyzer = await createAnalyzer(flags.jobs ?? 1, contextOptions(flags), { articleTimeoutMs: (flags.articleTimeout ?? 0) * 1000 });
    const started = Date.now();
    let lastStatus = started;
    let lastCommitted: number | undefined;
    const status = (force = false) => {
      if (flags.quiet) return;
      const now = Date.now();
      if (!force && now - lastStatus < (process.stderr.isTTY ? 1000 : 30_000)) return;
      lastStatus = now;
      const seconds = Math.max((now - started) / 1000, 0.001);
      const resume = lastCommitted !== undefined ? `; done up to rowid ${lastCommitted} (--after ${lastCommitted} goes on from there)` : '';
      process.stderr.write(
        `reanalyze: ${counts.reanalyzed + counts.failed}/${counts.total} articles, ${counts.failed} failed, ` +
          `${(counts.reanalyzed / seconds).toFixed(1)} articles/s${resume}\n`,
      );
    };
    const batch: { rowid: number; analysis: Analysis }[] = [];
    let lastCommit = Date.now();
    const commit = () => {
      if (batch.length) {
        writer.replaceFacts(batch.map((b) => b.analysis)).forEach((stored) => (stored ? counts.reanalyzed++ : counts.failed++));
        lastCommitted = batch[batch.length - 1]!.rowid;
        batch.length = 0;
      }
      lastCommit = Date.now();
      status();
    };
    type Pending = { rowid: number; id: string; result: Promise<Analyzed | Error>; settled: boolean };
    const queue: Pending[] = [];
    const settle = async () => {
      const head = queue.shift()!;
      while (!head.settled && analyzer.runOne()) await new Promise<void>((resolve) => setImmediate(resolve));
      const done = await head.result;
      if (done instanceof Error) {
        // the article keeps its old facts; the batch before it is committed first, so --after stays exact
        commit();
        skipLine(head.id, `analysis failed: ${done.message}`);
        counts.failed++;
      } else batch.push({ rowid: head.rowid, analysis: done.analysis });
      if (batch.length >= maxBatch || Date.now() - lastCommit >= maxCommitIntervalMs) commit();
    };
    try {
      for (const rowid of rowids) {
        const row = read.get(rowid) as StoredArticle | undefined;
        if (!row) continue;
        const pending: Pending = { rowid, id: row.id, result: undefined as unknown as Pending['result'], settled: false };
        const article = toArticle(row);
        const language = notEnglish(article, flags.allLanguages);
        if (language !== undefined) {
          // not English: no facts, as ingest gives it
          pending.settled = true;
          pending.result = Promise.resolve({ analysis: unanalysed(article, language) });
          queue.push(pending);
          continue;
        }
        pending.result = analyzer.analyze(article).then(
          (a) => ((pending.settled = true), a),
          (e: Error) => ((pending.settled = true), e),
        );
        queue.push(pending);
        while (queue.length >= analyzer.capacity) await settle();
      }
      while (queue.length) await settle();
      commit();
    } finally {
      await analyzer.close();
    }
    if (!flags.quiet) process.stderr.write(`reanalyze: ${counts.reanalyzed} articles analysed again, ${counts.failed} failed (kept as they were)\n`);
  } finally {
    db.close();
  }
  return { code: counts.reanalyzed > 0 || counts.failed === 0 ? exitCodes.ok : exitCodes.allFailed, counts };
}
