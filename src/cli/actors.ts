// entente actors: who the stored articles talk about, by mention count, with examples.
import { Command } from 'commander';
import { topActors } from '../store/queries/actors.ts';
import { addExamples, dbOption, formatOption, openExistingStore, parsePositiveInt, printRows, sinceOption, untilOption } from './common.ts';

type ActorsFlags = { db: string; top: number; since?: string; until?: string; actor?: string; examples: number; format: string };

export function register(program: Command): void {
  const cmd = program
    .command('actors')
    .description('list actors by how often stored articles mention them (first copies only), with example mentions')
    .addOption(dbOption())
    .option('--top <n>', 'at most this many actors', parsePositiveInt, 20)
    .addOption(sinceOption('articles published'))
    .addOption(untilOption('articles published'))
    .option('--actor <id>', 'only this actor id, or ids starting with this code (USA matches USAGOV, USAMIL)')
    .option('--examples <n>', 'example mention texts per actor', parsePositiveInt, 3)
    .addOption(formatOption());
  addExamples(cmd, [
    'entente actors --top 10',
    'entente actors --since 2019-01 --until 2019-12 --format csv > actors.csv',
    'entente actors --actor RUS --format json',
  ]);
  cmd.action((flags: ActorsFlags) => {
    const db = openExistingStore(flags.db);
    try {
      const rows = topActors(db, flags);
      // Tables and CSV show the examples as one "a | b | c" cell; JSON keeps the list.
      const flat = flags.format === 'table' || flags.format === 'csv';
      printRows(
        rows.map((r) => (flat ? { ...r, examples: r.examples.join(' | ') } : r)),
        flags.format,
        ['id', 'name', 'kind', 'country', 'role', 'mentions', 'articles', 'examples'],
      );
    } finally {
      db.close();
    }
  });
}
