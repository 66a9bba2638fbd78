// entente export TABLE: a whole table of the store, complete (no --limit), as CSV, JSON Lines
// or Parquet; events also as GDELT 1.0 rows (gdelt, gdelt+) or PLOVER records (plover).
import { Command, Option } from 'commander';
import { ExportError, exportFormats, exportTable, tables, type ExportFormat } from '../export/index.ts';
import { addExamples, dbOption, openExistingStore, parsePositiveInt, sinceOption, untilOption, UsageError } from './common.ts';
import { UnknownSideError } from '../cohesion/coalitions.ts';
import { defaultMinEvidence } from '../cohesion/index.ts';
import { windowSizes, type WindowSize } from '../cohesion/windows.ts';

type ExportFlags = {
  db: string; format: ExportFormat; output?: string; since?: string; until?: string; actor?: string; header: boolean; negated?: boolean; quiet?: boolean;
  among?: string[]; by?: WindowSize; minEvidence?: number;
};

const parseSides = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);

export function register(program: Command): void {
  const cmd = program
    .command('export')
    .description(
      `write a whole table of the store (${Object.keys(tables).join(', ')}) as CSV, JSON Lines or Parquet; ` +
        'events also as GDELT 1.0 or PLOVER; cohesion: the series of the sides --among',
    )
    .argument('<table>', Object.keys(tables).join(', '))
    .addOption(dbOption())
    .addOption(
      new Option(
        '--format <format>',
        'csv, jsonl, parquet; for events also gdelt (GDELT 1.0, no header), gdelt+ (GDELT and Entente columns, header) or plover (JSON lines)',
      )
        .choices(exportFormats)
        .default('csv'),
    )
    .option('-o, --output <file>', 'write to this file instead of stdout (needed for parquet)')
    .addOption(sinceOption('rows dated (the article published date; for events their own date if known)'))
    .addOption(untilOption('rows dated (the article published date; for events their own date if known)'))
    .option('--actor <actor>', 'rows that involve this actor (a code or its prefix: USA matches USAGOV and the people who act for it; or a person:/org: id)')
    .option('--negated', 'gdelt, gdelt+ and plover: include events the text negates (left out by default; other formats mark them)')
    .option('--among <sides>', 'cohesion: every pair among these sides, comma-separated (USA,EUR or USA,GBR,FRA,RUS)', parseSides)
    .addOption(new Option('--by <size>', 'cohesion: window size (default month)').choices(windowSizes))
    .option(
      '--min-evidence <n>',
      `cohesion: pieces of bilateral evidence below which a window's index is empty (default ${defaultMinEvidence})`,
      parsePositiveInt,
    )
    .option('--no-header', 'csv and gdelt+: no header line')
    .option('-q, --quiet', 'no row count on stderr');
  addExamples(cmd, [
    'entente export events --format gdelt > events.tsv',
    'entente export events --format parquet -o events.parquet',
    'entente export quotes --format jsonl --since 2020-01 --actor USA > usa-quotes.jsonl',
    'entente export articles --format csv -o articles.csv',
    'entente export events --format plover > events.plover.jsonl',
    'entente export cohesion --among USA,GBR,FRA,DEU,RUS --by quarter --format parquet -o cohesion.parquet',
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
        filter: { since: flags.since, until: flags.until, actor: flags.actor, among: flags.among, by: flags.by, minEvidence: flags.minEvidence },
      });
      if (!flags.quiet) process.stderr.write(`export: ${n} ${table} rows${flags.output ? ` written to ${flags.output}` : ''}\n`);
    } catch (e) {
      // an unknown side or a range of too many windows is the user's to change
      if (e instanceof ExportError || e instanceof UnknownSideError || e instanceof RangeError) throw new UsageError(e.message);
      throw e;
    } finally {
      db.close();
    }
  });
}
