// entente stats: what the store holds.
import { Command } from 'commander';
import { storeStats } from '../store/queries/articles.ts';
import { addExamples, dbOption, formatOption, openExistingStore, printRows } from './common.ts';

export function register(program: Command): void {
  const cmd = program
    .command('stats')
    .description('counts of articles, actors, quotes, events and stances in the store')
    .addOption(dbOption())
    .addOption(formatOption());
  addExamples(cmd, ['entente stats', 'entente stats --db news.db --format json']);
  cmd.action((flags) => {
    const db = openExistingStore(flags.db);
    const stats = storeStats(db);
    db.close();
    if (flags.format === 'table') printRows(Object.entries(stats).map(([what, count]) => ({ what, count })), 'table');
    else printRows([stats], flags.format);
  });
}
