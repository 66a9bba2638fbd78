// entente events: list stored events, filtered; --format gdelt writes GDELT 1.0 event rows
// (src/export/gdelt.ts), gdelt+ with Entente's columns after GDELT's.
import { Command } from 'commander';
import type { Store } from '../store/db.ts';
import { gdeltFormatter } from '../export/gdelt.ts';
import { storedEvents } from '../export/tables.ts';
import { issueCodes, listEvents, type EventRow } from '../store/queries/events.ts';
import {
  addExamples,
  cutToLimit,
  dbOption,
  formatOption,
  formats,
  openExistingStore,
  parsePositiveInt,
  printRows,
  sinceOption,
  untilOption,
} from './common.ts';

const tableColumns = ['article_id', 'date', 'source_actor', 'cameo', 'plover', 'goldstein', 'target_actor', 'text'];
const flatColumns = [
  'rowid', 'article_id', 'url', 'published', 'date', 'start', 'end', 'text', 'cameo', 'plover', 'mode', 'goldstein', 'quad', 'negated',
  'source_actor', 'source_name', 'source_country', 'source_role', 'source_start', 'source_end',
  'target_actor', 'target_name', 'target_country', 'target_role', 'target_start', 'target_end', 'modality', 'cue', 'confidence', 'issues',
];

/** Stored events as GDELT lines: exactly GDELT 1.0's columns, or (gdelt+) with Entente's after them and a header. */
export function toGdelt(db: Store, rows: EventRow[], plus = false): string {
  const gdelt = gdeltFormatter(plus);
  const lines = [...storedEvents(db, { ids: rows.map((r) => r.rowid) })].map((e) => gdelt.line(e));
  return `${gdelt.header ?? ''}${lines.join('')}`;
}

function flatRow(e: EventRow): Record<string, unknown> {
  const extra = e.extra ? (JSON.parse(e.extra) as Record<string, unknown>) : {};
  const cue = extra.cue as { text?: string } | undefined;
  const { extra: _x, issues: _i, ...rest } = e;
  return {
    ...rest, negated: Boolean(e.negated), modality: extra.modality ?? null, cue: cue?.text ?? null, confidence: extra.confidence ?? null,
    issues: issueCodes(e),
  };
}

export function register(program: Command): void {
  const cmd = program
    .command('events')
    .description('list stored events (who did what to whom: CAMEO, PLOVER, Goldstein), with filters')
    .addOption(dbOption())
    .option('--source <actor>', 'source actor code or prefix (USA matches USAGOV and the people who act for it)')
    .option('--target <actor>', 'target actor code or prefix')
    .option('--type <plover>', 'PLOVER event type, e.g. ASSAULT, ACCUSE')
    .option('--cameo <code>', 'CAMEO code or prefix (19 = all fighting)')
    .option('--issue <code>', 'an issue code the event\'s sentence names (stored with ingest/reanalyze --issues FILE), e.g. OIL')
    .addOption(sinceOption('events dated (by the text when it gives a date, else published)'))
    .addOption(untilOption('events dated (by the text when it gives a date, else published)'))
    .option('--negated', 'include events the text negates ("did not agree")')
    .option('--after <rowid>', 'continue after this event rowid (pagination)', parsePositiveInt)
    .option('--limit <n>', 'at most this many rows', parsePositiveInt, 100)
    .addOption(formatOption([...formats, 'gdelt', 'gdelt+']));
  addExamples(cmd, [
    'entente events --source USA --target IRN --since 2020-01',
    'entente events --type ASSAULT --format csv > assaults.csv',
    'entente events --issue REFUGEES      # after ingest --issues Phoenix.IssueCoding.txt',
    'entente events --source RUS --format gdelt > rus.tsv      # GDELT 1.0 rows, no header',
    'entente export events --format gdelt > events.tsv      # every event, no --limit',
  ]);
  cmd.action((flags) => {
    const db = openExistingStore(flags.db);
    try {
      const rows = cutToLimit(listEvents(db, { ...flags, limit: flags.limit + 1 }), flags.limit, 'events', (last) => `--after ${last.rowid}`);
      if (flags.issue && rows.length === 0 && !db.prepare('SELECT 1 FROM event_issues LIMIT 1').get()) {
        process.stderr.write('events: no event of this store has issue codes: they are stored by ingest or reanalyze with --issues FILE\n');
      }
      if (flags.format === 'gdelt' || flags.format === 'gdelt+') process.stdout.write(toGdelt(db, rows, flags.format === 'gdelt+'));
      else if (flags.format === 'table') printRows(rows.map(flatRow), 'table', tableColumns);
      else printRows(rows.map(flatRow), flags.format, flatColumns);
    } finally {
      db.close();
    }
  });
}
