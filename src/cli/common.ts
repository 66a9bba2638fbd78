// Helpers shared by the CLI commands: store option, output formats, dates,
// skipped items, and the exit-code convention (0 ok, 1 every item failed, 2 usage).
import { Command, InvalidArgumentError, Option } from 'commander';
import { defaultStorePath, openStore, type Store } from '../store/db.ts';
import { existsSync } from 'node:fs';
import { defaultArticleTimeoutMs } from '../workers/budget.ts';

export const exitCodes = { ok: 0, allFailed: 1, usage: 2 } as const;

export class UsageError extends Error {}

export const formats = ['table', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof formats)[number];

export function dbOption(): Option {
  return new Option('--db <file>', 'SQLite store file').default(defaultStorePath);
}

/**
 * --since and --until, with what the date is of ("articles published"): one day, month or
 * year (parseDateArg), both ends included.
 */
export function sinceOption(of: string): Option {
  return new Option('--since <date>', `${of} on or after this date (2020, 2020-01 or 2020-01-15)`).argParser(parseDateArg);
}

export function untilOption(of: string): Option {
  return new Option('--until <date>', `${of} on or before this date (2020-03 covers all of March)`).argParser(parseDateArg);
}

export function formatOption(choices: readonly string[] = formats, dflt = 'table'): Option {
  return new Option('--format <format>', 'output format').choices(choices).default(dflt);
}

/** Open an existing store for reading; a missing file is a usage error, not an empty result. */
export function openExistingStore(file: string): Store {
  if (!existsSync(file)) throw new UsageError(`no store at ${file} (run "entente ingest ... --db ${file}" first)`);
  return openStore(file);
}

/** --since/--until: an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or a full timestamp) that exists on the calendar. */
export function parseDateArg(value: string): string {
  const m = value.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2})([T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/);
  const bad = () => new InvalidArgumentError(`expected a date like 2025-03 or 2025-03-14, got "${value}"`);
  if (!m) throw bad();
  const [, y, mo, d, time] = m;
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  const probe = new Date(Date.UTC(Number(y), month - 1, day));
  // Date.UTC rolls 2020-02-30 over into March: a real date survives the round trip.
  if (month < 1 || month > 12 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) throw bad();
  if (time !== undefined && Number.isNaN(Date.parse(value))) throw bad();
  return value;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return n;
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: Record<string, unknown>[], columns?: string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  return [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
}

function cellText(v: unknown, width: number): string {
  let s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  s = s.replace(/\s+/g, ' ');
  return s.length > width ? `${s.slice(0, width - 1)}…` : s;
}

export function toTable(rows: Record<string, unknown>[], columns?: string[], maxWidth = 60): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  if (rows.length === 0) return '(no rows)\n';
  const cells = rows.map((r) => cols.map((c) => cellText(r[c], maxWidth)));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** Print rows in the chosen format on stdout. */
export function printRows(rows: Record<string, unknown>[], format: string, columns?: string[]): void {
  let out: string;
  switch (format) {
    case 'json':
      out = JSON.stringify(rows, null, 2) + '\n';
      break;
    case 'jsonl':
      out = rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
      break;
    case 'csv':
      out = toCsv(rows, columns);
      break;
    default:
      out = toTable(rows, columns);
  }
  process.stdout.write(out);
}

/** One line on stderr naming the item and why it was skipped. */
export function skipLine(origin: string, reason: string): void {
  process.stderr.write(`skip ${origin}: ${reason}\n`);
}

export function addExamples(cmd: Command, examples: string[]): Command {
  return cmd.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`);
}

/** --article-timeout: seconds of processor time one article's analysis may take before it is skipped (0: no limit). */
export function articleTimeoutOption(): Option {
  return new Option(
    '--article-timeout <seconds>',
    "longest one article's analysis may take, in seconds of processor time; the article is then skipped (0: no limit)",
  )
    .argParser(parseSeconds)
    .default(defaultArticleTimeoutMs / 1000);
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`expected a number of seconds (0 or more), got "${value}"`);
  return n;
}

/**
 * Rows fetched with one more than --limit: the first `limit`, and a line on stderr when the
 * extra one shows that the result was cut ("entente events > all.tsv" must not look complete).
 */
export function cutToLimit<T>(rows: T[], limit: number, what: string, continueWith?: (last: T) => string): T[] {
  if (rows.length <= limit) return rows;
  const shown = rows.slice(0, limit);
  const more = continueWith ? `; continue with ${continueWith(shown[shown.length - 1]!)}` : '';
  process.stderr.write(`entente: the first ${limit} ${what} shown, more match (raise --limit${more})\n`);
  return shown;
}
