// entente export TABLE: a whole table of the store, complete (no --limit), as CSV, JSON Lines
// or Parquet; events also as GDELT 1.0 rows (gdelt, gdelt+) or PLOVER records (plover).
import { Command, Option } from 'commander';
import { ExportError, exportFormats, exportTable, tables, type ExportFormat } from '../export/index.ts';
import { addExamples, dbOption, openExistingStore, parseDateArg, UsageError } from './common.ts';

type ExportFlags = { db: string; format: ExportFormat; output?: string; since?: string; until?: string; actor?: string; header: boolean; negated?: boolean; quiet?: boolean };

export function register(program: Command): void {
  const cmd = program
    .command('export')
    .description(`write a whole table of the store (${Object.keys(tables).join(', ')}) as CSV, JSON Lines or Parquet; events also as GDELT 1.0 or PLOVER`)
    .argument('<table>', Object.keys(tables).join(', '))
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'csv, jsonl, parquet; for events also gdelt (GDELT 1.0, no header), gdelt+ (GDELT and Entente columns, header) or plover (JSON lines)').choices(exportFormats).default('csv'))
    .option('-o, --output <file>', 'write to this file instead of stdout (needed for parquet)')
    .option('--since <date>', 'on or after this date (the article published date; for events their own date if known)', parseDateArg)
    .option('--until <date>', 'on or before this date', parseDateArg)
    .option('--actor <actor>', 'rows that involve this actor (a code or its prefix: USA matches USAGOV and the people who act for it; or a person:/org: id)')
    .option('--negated', 'gdelt, gdelt+ and plover: include events the text negates (left out by default; other formats mark them)')
    .option('--no-header', 'csv and gdelt+: no header line')
    .option('-q, --quiet', 'no row count on stderr');
  addExamples(cmd, [
    'entente export events --format gdelt > events.tsv',
    'entente export events --format parquet -o events.parquet',
    'entente export quotes --format jsonl --since 2020-01 --actor USA > usa-quotes.jsonl',
    'entente export articles --format csv -o articles.csv',
    'entente export events --format plover > events.plover.jsonl',
  ]);
  cmd.action(async (table: string, flags: ExportFlags) => {
    if (!(table in tables)) throw new UsageError(`no table "${table}" (tables: ${Object.keys(tables).join(', ')})`);
    const db = openExistingStore(flags.db);
    try {
      const n = await exportTable(db, {
        table,
        format: flags.format,
        output: flags.output,
        header: flags.header,
        negated: flags.negated,
        filter: { since: flags.since, until: flags.until, actor: flags.actor },
      });
      if (!flags.quiet) process.stderr.write(`export: ${n} ${table} rows${flags.output ? ` written to ${flags.output}` : ''}\n`);
    } catch (e) {
      if (e instanceof ExportError) throw new UsageError(e.message);
      throw e;
    } finally {
      db.close();
    }
  });
}
