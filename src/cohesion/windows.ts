// Time windows for cohesion series: ISO weeks (2020-W03, starting Monday), calendar
// months (2020-01), quarters (2020-Q1), years (2020) and `all`, one window over the whole
// queried range. Dates are the articles' publication dates, compared as UTC calendar days
// (YYYY-MM-DD).

export const windowSizes = ['week', 'month', 'quarter', 'year', 'all'] as const;
export type WindowSize = (typeof windowSizes)[number];

export type Window = { label: string; start: string; end: string /* inclusive last day */ };

const dayMs = 86_400_000;

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parseDay(day: string): Date {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: "${day}"`);
  return d;
}

/** Normalise a partial date (2020, 2020-03, 2020-03-14, a timestamp) to its first day. */
export function firstDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return toDay(parseDay(date));
}

/** Normalise a partial date to its last day: 2020-02 -> 2020-02-29. */
export function lastDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) {
    const d = parseDay(`${date}-01`);
    return toDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
  }
  return toDay(parseDay(date));
}

/** The label of the one window of `--by all`. */
export const wholeRangeLabel = 'all';
/** Bounds of the whole-range window when the range is open. */
const earliestDay = '0001-01-01';
const latestDay = '9999-12-31';

/** A year as dates and labels write it, in four digits (the year 999 is 0999). */
function year(y: number): string {
  return String(y).padStart(4, '0');
}

/** The window that contains a day. */
export function windowOf(date: string, size: WindowSize): Window {
  if (size === 'all') return { label: wholeRangeLabel, start: earliestDay, end: latestDay };
  const d = parseDay(date);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (size === 'month') {
    return { label: `${year(y)}-${String(m + 1).padStart(2, '0')}`, start: toDay(new Date(Date.UTC(y, m, 1))), end: toDay(new Date(Date.UTC(y, m + 1, 0))) };
  }
  if (size === 'year') return { label: year(y), start: `${year(y)}-01-01`, end: `${year(y)}-12-31` };
  if (size === 'quarter') {
    const q = Math.floor(m / 3);
    return { label: `${year(y)}-Q${q + 1}`, start: toDay(new Date(Date.UTC(y, q * 3, 1))), end: toDay(new Date(Date.UTC(y, q * 3 + 3, 0))) };
  }
  // ISO 8601 week: Monday start; the week belongs to the year of its Thursday.
  const weekday = (d.getUTCDay() + 6) % 7;
  const monday = new Date(d.getTime() - weekday * dayMs);
  const thursday = new Date(monday.getTime() + 3 * dayMs);
  const isoYear = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(isoYear, 0, 4));
  const firstMonday = new Date(firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * dayMs);
  const week = Math.round((monday.getTime() - firstMonday.getTime()) / (7 * dayMs)) + 1;
  return { label: `${year(isoYear)}-W${String(week).padStart(2, '0')}`, start: toDay(monday), end: toDay(new Date(monday.getTime() + 6 * dayMs)) };
}

/** Parse a window label typed by a user (2020-01, 2020-Q1, 2020-W03) back to its window. */
export function parseWindowLabel(label: string): { window: Window; size: WindowSize } | undefined {
  if (label.toLowerCase() === wholeRangeLabel) return { window: windowOf(earliestDay, 'all'), size: 'all' };
  if (/^\d{4}$/.test(label)) return { window: windowOf(`${label}-01-01`, 'year'), size: 'year' };
  let m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { window: windowOf(`${label}-01`, 'month'), size: 'month' };
  m = /^(\d{4})-Q([1-4])$/i.exec(label);
  if (m) return { window: windowOf(`${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`, 'quarter'), size: 'quarter' };
  m = /^(\d{4})-W(\d{2})$/i.exec(label);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 53) {
    const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
    const firstMonday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * dayMs);
    const w = windowOf(toDay(new Date(firstMonday.getTime() + (Number(m[2]) - 1) * 7 * dayMs)), 'week');
    return w.label === label.toUpperCase() ? { window: w, size: 'week' } : undefined;
  }
  return undefined;
}

/** How many windows `windowsBetween(from, to, size)` gives, counted without listing them. */
export function windowCount(from: string, to: string, size: WindowSize): number {
  if (size === 'all') return 1;
  const first = windowOf(from, size);
  const last = windowOf(to, size);
  if (last.start < first.start) return 0;
  if (size === 'week') return Math.round((parseDay(last.start).getTime() - parseDay(first.start).getTime()) / (7 * dayMs)) + 1;
  const months = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  const span = months(last.start) - months(first.start);
  return (size === 'month' ? span : size === 'quarter' ? span / 3 : span / 12) + 1;
}

/** Every window from the one holding `from` to the one holding `to`, empty ones included. */
export function windowsBetween(from: string, to: string, size: WindowSize): Window[] {
  if (size === 'all') return [{ label: wholeRangeLabel, start: firstDay(from), end: lastDay(to) }];
  const out: Window[] = [];
  let w = windowOf(from, size);
  const lastWindow = windowOf(to, size);
  // a range that ends before it begins has no windows
  if (lastWindow.start < w.start) return out;
  const last = lastWindow.label;
  // A bound on the loop guards against a typo like --since 0001 producing millions of rows.
  for (let guard = 0; guard < 100_000; guard++) {
    out.push(w);
    if (w.label === last) break;
    w = windowOf(toDay(new Date(parseDay(w.end).getTime() + dayMs)), size);
  }
  return out;
}
