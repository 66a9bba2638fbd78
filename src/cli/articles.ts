// entente articles: list stored articles.
import { Command } from 'commander';
import { listArticles } from '../store/queries/articles.ts';
import { addExamples, cutToLimit, dbOption, formatOption, openExistingStore, parsePositiveInt, printRows, sinceOption, untilOption } from './common.ts';

export function register(program: Command): void {
  const cmd = program
    .command('articles')
    .description('list stored articles (first copies; --duplicates adds linked copies)')
    .addOption(dbOption())
    .addOption(sinceOption('articles published'))
    .addOption(untilOption('articles published'))
    .option('--source <name>', 'source contains this text')
    .option('--search <words>', 'full-text search in title and text')
    .option('--limit <n>', 'at most this many rows', parsePositiveInt, 50)
    .option('--duplicates', 'include near-duplicate copies')
    .addOption(formatOption());
  addExamples(cmd, ['entente articles --since 2020-01 --until 2020-03 --search "Soleimani"', 'entente articles --format csv > articles.csv']);
  cmd.action((flags) => {
    const db = openExistingStore(flags.db);
    const rows = cutToLimit(listArticles(db, { ...flags, limit: flags.limit + 1 }), flags.limit, 'articles');
    printRows(rows.map(({ rowid: _r, ...r }) => r), flags.format, ['id', 'published', 'source', 'title', 'chars', 'duplicate_of', 'url']);
    db.close();
  });
}
