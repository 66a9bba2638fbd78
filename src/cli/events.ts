// entente events: list stored events, filtered; --format gdelt writes GDELT 1.0 event rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { eventDataDir } from '../events/index.ts';
import { listEvents, type EventRow } from '../store/queries/events.ts';
import { addExamples, cutToLimit, dbOption, formatOption, formats, openExistingStore, parseDateArg, parsePositiveInt, printRows } from './common.ts';

const tableColumns = ['article_id', 'date', 'source_actor', 'cameo', 'plover', 'goldstein', 'target_actor', 'text'];
const flatColumns = [
  'rowid', 'article_id', 'url', 'published', 'date', 'start', 'end', 'text', 'cameo', 'plover', 'mode', 'goldstein', 'quad', 'negated',
  'source_actor', 'source_name', 'source_start', 'source_end', 'target_actor', 'target_name', 'target_start', 'target_end', 'modality', 'cue', 'confidence',
];

/** Entente's columns after GDELT's own: the evidence offsets, so every row points back into its article. */
export const gdeltExtraColumns = ['articleid', 'eventstart', 'eventend', 'actor1start', 'actor1end', 'actor2start', 'actor2end', 'plovertype', 'plovermode', 'evidence'];

export function gdeltColumns(): string[] {
  const header = readFileSync(join(eventDataDir, 'gdelt1-events-columns.tsv'), 'utf8').split(/\r?\n/)[0]!;
  return header.split('\t').map((c) => c.trim()).filter(Boolean);
}

/** Knowngroup prefixes of CAMEO actor codes (IGOUNO, NGOAMN, ...): these are not countries. */
const groupPrefixes = new Set(['IGO', 'NGO', 'MNC', 'IMG', 'UIS', 'INT']);

function actorFields(code: string | null, name: string | null): Record<string, string> {
  if (!code) return { code: '', name: '', country: '', group: '', type1: '', type2: '' };
  // "person:..." ids are ours, not CAMEO codes: GDELT gets the name and no code
  if (!/^[A-Z]{3}/.test(code)) return { code: '', name: name ?? '', country: '', group: '', type1: '', type2: '' };
  const head = code.slice(0, 3);
  const isGroup = groupPrefixes.has(head);
  return {
    code,
    name: (name ?? '').toUpperCase(),
    country: isGroup ? '' : head,
    group: isGroup ? code.slice(3, 6) : '',
    type1: code.slice(isGroup ? 6 : 3, isGroup ? 9 : 6),
    type2: code.slice(isGroup ? 9 : 6, isGroup ? 12 : 9),
  };
}

function gdeltDate(iso: string | null): { day: string; monthyear: string; year: string; fraction: string } {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso ?? '');
  if (!m) return { day: '', monthyear: '', year: '', fraction: '' };
  const [, y, mo = '01', d = '01'] = m;
  const dayOfYear = Math.floor((Date.UTC(+y!, +mo - 1, +d) - Date.UTC(+y!, 0, 1)) / 86_400_000) + 1;
  return { day: `${y}${mo}${d}`, monthyear: `${y}${mo}`, year: y!, fraction: (+y! + dayOfYear / 365).toFixed(4) };
}

/** One GDELT 1.0 row (plus the extra columns) for a stored event. */
export function gdeltRow(e: EventRow): Record<string, string | number> {
  const when = gdeltDate(e.date);
  const a1 = actorFields(e.source_actor, e.source_name);
  const a2 = actorFields(e.target_actor, e.target_name);
  const added = gdeltDate(e.ingested_at);
  const row: Record<string, string | number> = {
    globaleventid: e.rowid,
    day: when.day,
    monthyear: when.monthyear,
    year: when.year,
    fractiondate: when.fraction,
    actor1code: a1.code!, actor1name: a1.name!, actor1countrycode: a1.country!, actor1knowngroupcode: a1.group!,
    actor1type1code: a1.type1!, actor1type2code: a1.type2!,
    actor2code: a2.code!, actor2name: a2.name!, actor2countrycode: a2.country!, actor2knowngroupcode: a2.group!,
    actor2type1code: a2.type1!, actor2type2code: a2.type2!,
    // GDELT marks events from an article's lead; ours come from anywhere in the text
    isrootevent: e.start < 500 ? 1 : 0,
    eventcode: e.cameo,
    eventbasecode: e.cameo.slice(0, 3),
    eventrootcode: e.cameo.slice(0, 2),
    quadclass: e.quad,
    goldsteinscale: e.goldstein,
    nummentions: 1,
    numsources: 1,
    numarticles: 1,
    dateadded: added.day,
    sourceurl: e.url ?? '',
    articleid: e.article_id,
    eventstart: e.start,
    eventend: e.end,
    actor1start: e.source_start,
    actor1end: e.source_end,
    actor2start: e.target_start ?? '',
    actor2end: e.target_end ?? '',
    plovertype: e.plover,
    plovermode: e.mode ?? '',
    evidence: e.text,
  };
  return row;
}

/** Tab-separated with a header line of GDELT's column names; tabs and newlines inside fields become spaces. */
export function toGdelt(rows: EventRow[]): string {
  const columns = [...gdeltColumns(), ...gdeltExtraColumns];
  const clean = (v: unknown) => (v === undefined || v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));
  const lines = [columns.join('\t')];
  for (const e of rows) {
    const r = gdeltRow(e);
    lines.push(columns.map((c) => clean(r[c])).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

function flatRow(e: EventRow): Record<string, unknown> {
  const extra = e.extra ? (JSON.parse(e.extra) as Record<string, unknown>) : {};
  const cue = extra.cue as { text?: string } | undefined;
  const { extra: _x, ...rest } = e;
  return { ...rest, negated: Boolean(e.negated), modality: extra.modality ?? null, cue: cue?.text ?? null, confidence: extra.confidence ?? null };
}

export function register(program: Command): void {
  const cmd = program
    .command('events')
    .description('list stored events (who did what to whom: CAMEO, PLOVER, Goldstein), with filters')
    .addOption(dbOption())
    .option('--source <actor>', 'source actor code or prefix (USA matches USAGOV)')
    .option('--target <actor>', 'target actor code or prefix')
    .option('--type <plover>', 'PLOVER event type, e.g. ASSAULT, ACCUSE')
    .option('--cameo <code>', 'CAMEO code or prefix (19 = all fighting)')
    .option('--since <date>', 'on or after this date (event date if known, else published)', parseDateArg)
    .option('--until <date>', 'on or before this date', parseDateArg)
    .option('--negated', 'include events the text negates ("did not agree")')
    .option('--after <rowid>', 'continue after this event rowid (pagination)', parsePositiveInt)
    .option('--limit <n>', 'at most this many rows', parsePositiveInt, 100)
    .addOption(formatOption([...formats, 'gdelt']));
  addExamples(cmd, [
    'entente events --source USA --target IRN --since 2020-01',
    'entente events --type ASSAULT --format csv > assaults.csv',
    'entente events --limit 100000 --format gdelt > events.tsv',
  ]);
  cmd.action((flags) => {
    const db = openExistingStore(flags.db);
    try {
      const rows = cutToLimit(listEvents(db, { ...flags, limit: flags.limit + 1 }), flags.limit, 'events', (last) => `--after ${last.rowid}`);
      if (flags.format === 'gdelt') process.stdout.write(toGdelt(rows));
      else if (flags.format === 'table') printRows(rows.map(flatRow), 'table', tableColumns);
      else printRows(rows.map(flatRow), flags.format, flatColumns);
    } finally {
      db.close();
    }
  });
}
