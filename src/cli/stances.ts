// entente stances: who holds which position on which issue, with the evidence span;
// --issues lists the issues with their counts; --discover proposes new issue phrases.
import { Command } from 'commander';
import { listStances, issueCounts } from '../store/queries/stances.ts';
import { UnknownSideError } from '../cohesion/coalitions.ts';
import { discoverIssuePhrases, discoverDefaults } from '../stances/discover.ts';
import { loadIssues } from '../stances/issues.ts';
import { loadNlp, parse } from '../nlp/index.ts';
import {
  addExamples,
  cutToLimit,
  dbOption,
  formatOption,
  openExistingStore,
  parsePositiveInt,
  printRows,
  sinceOption,
  untilOption,
  UsageError,
} from './common.ts';

export function register(program: Command): void {
  const cmd = program
    .command('stances')
    .description('positions of actors on issues (polarity -1 against .. +1 for), each with its article and evidence span')
    .option('--actor <who>', 'actor id, person, country, name or coalition (as for cohesion)')
    .option('--issue <id>', 'issue id from data/issues.txt (e.g. sanctions-relief)')
    .addOption(sinceOption('stances of articles published'))
    .addOption(untilOption('stances of articles published'))
    .option('--limit <n>', 'most rows printed', parsePositiveInt, 100)
    .option('--after <rowid>', 'continue after this stance rowid (pagination)', parsePositiveInt)
    .option('--issues', 'list the issues with how many stances each has')
    .option('--discover', 'propose recurring noun phrases from quotations that no issue names yet')
    .option('--min-articles <n>', `with --discover: articles a phrase must recur in (default ${discoverDefaults.minArticles})`, parsePositiveInt)
    .addOption(formatOption())
    .addOption(dbOption());
  addExamples(cmd, [
    'entente stances --actor USA',
    'entente stances --actor EUR --issue sanctions-relief --since 2020-01',
    'entente stances --issues',
    'entente stances --discover --min-articles 3',
  ]);
  cmd.action((flags) => {
    const db = openExistingStore(flags.db);
    try {
      if (flags.issues) {
        const issues = loadIssues().issues;
        const counts = new Map(issueCounts(db).map((c) => [c.issue, c]));
        printRows(
          [...issues.values()].map((i) => ({
            issue: i.id,
            label: i.label,
            plus_one_means: i.positive,
            stances: counts.get(i.id)?.stances ?? 0,
            actors: counts.get(i.id)?.actors ?? 0,
            mean_polarity: counts.get(i.id)?.mean_polarity ?? null,
          })),
          flags.format,
        );
        return;
      }
      if (flags.discover) {
        const nlp = loadNlp();
        const quotes = db
          .prepare(`SELECT q.start, q.text, a.id AS article FROM quotes q JOIN articles a ON a.rowid = q.article_rowid WHERE a.duplicate_of IS NULL`)
          .all() as { start: number; text: string; article: string }[];
        const texts = quotes.map((q) => ({ article: q.article, doc: parse(q.text, nlp), spans: [{ start: 0, end: q.text.length }], offset: q.start }));
        const found = discoverIssuePhrases(texts, loadIssues().lexicon, { minArticles: flags.minArticles, limit: flags.limit });
        printRows(
          found.map((c) => ({
            phrase: c.phrase,
            articles: c.articles,
            occurrences: c.occurrences,
            example: `${c.example.article} ${c.example.start}-${c.example.end}`,
          })),
          flags.format,
        );
        return;
      }
      if (flags.issue && !loadIssues().issues.has(flags.issue)) throw new UsageError(`unknown issue "${flags.issue}" (see entente stances --issues)`);
      const rows = cutToLimit(
        listStances(db, { actor: flags.actor, issue: flags.issue, since: flags.since, until: flags.until, after: flags.after, limit: flags.limit + 1 }),
        flags.limit,
        'stances',
        (last) => `--after ${last.rowid}`,
      );
      printRows(rows as unknown as Record<string, unknown>[], flags.format, [
        'article_id', 'published', 'start', 'end', 'actor', 'actor_name', 'issue', 'polarity', 'evidence',
      ]);
    } catch (e) {
      if (e instanceof UnknownSideError) throw new UsageError(e.message);
      throw e;
    } finally {
      db.close();
    }
  });
}
