// When an event happened, if its sentence says: "on Thursday", "last month",
// "in 2014", resolved against the article's published date with chrono-node.
// Only sentences that hold an event and a time word are handed to chrono.
//
//   Gondor attacked Mordor on Thursday.   (published 2024-03-15) -> 2024-03-14
//   In 2014 Russia annexed Crimea.                               -> 2014
// English only: 'chrono-node/en' parses exactly as the package root (whose parse is en.casual.parse)
// without loading the fifteen other locales at every start of a process or worker (docs/performance.md).
import * as chrono from 'chrono-node/en';
import type { Doc } from '../nlp/index.ts';
import { dateWords } from '../nlp/closed-class.ts';

/** "Monday", "March", "yesterday": a word that names a time (closed-class.ts dateWords). */
export function isTimeWord(lower: string): boolean {
  return dateWords.has(lower);
}
const yearPrepositions = new Set(['in', 'since', 'during', 'until', 'by']);
const futureWords = /\b(next|coming|tomorrow|later)\b/i;
const isYear = /^(1[89]|20)\d\d$/;
/** Tokens around a time word handed to chrono: "on Thursday", "last month", "March 3, 2024", "two weeks ago". */
const windowBefore = 3;
const windowAfter = 3;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The date of an event whose cue starts at `near` in `sentence`; `future` for events reported as to come. */
export type DateFinder = (sentence: number, near: number, future: boolean) => string | undefined;

type Found = { at: number; past: string; future: string };

/** A day as YYYY-MM-DD. */
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Resolve one chrono result to an ISO date, year-month or year, in two readings: as a past event
 * (news mostly reports what happened: "on Saturday" read on a Friday is the day before yesterday
 * week) and as a future one ("will meet on Saturday").
 */
function resolve(r: chrono.ParsedResult, ref: Date): { past: string; future: string } | undefined {
  const c = r.start;
  const year = c.get('year')!;
  const month = c.get('month')!;
  const explicit = futureWords.test(r.text) || /\b(last|ago|yesterday|earlier)\b/i.test(r.text);
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    const day = c.date();
    if (explicit) return { past: iso(day), future: iso(day) };
    // compare calendar days: the published day itself is both "on Friday" past and future
    const week = 7 * 86_400_000;
    const today = iso(ref);
    const before = iso(day) > today ? new Date(day.getTime() - week) : day;
    const after = iso(day) < today ? new Date(day.getTime() + week) : day;
    return { past: iso(before), future: iso(after) };
  }
  if (c.isCertain('day')) {
    const d = new Date(Date.UTC(year, month - 1, c.get('day')!)).toISOString().slice(0, 10);
    return { past: d, future: d };
  }
  if (c.isCertain('month')) {
    if (c.isCertain('year') || explicit) return { past: `${year}-${pad(month)}`, future: `${year}-${pad(month)}` };
    // a bare month: "in June" read in March is last June for a past event, this June for a future one
    const refYear = ref.getUTCFullYear();
    const refMonth = ref.getUTCMonth() + 1;
    const pastYear = month > refMonth ? refYear - 1 : refYear;
    const futureYear = month < refMonth ? refYear + 1 : refYear;
    return { past: `${pastYear}-${pad(month)}`, future: `${futureYear}-${pad(month)}` };
  }
  if (c.isCertain('year')) return { past: String(year), future: String(year) };
  return undefined;
}

/** The dates a sentence states (chrono reads windows around its time words). */
function parseSentence(doc: Doc, reference: Date | undefined, s: number): Found[] {
  const sen = doc.sentences[s]!;
  const found: Found[] = [];
  // chrono reads only a few tokens around each time word, not the whole sentence
  const windows: { from: number; to: number }[] = [];
  for (let t = sen.firstToken; t < sen.endToken; t++) {
    const w = doc.lower[t]!;
    // "in 2014": chrono reads years only inside fuller dates
    if (isYear.test(w) && t > sen.firstToken && yearPrepositions.has(doc.lower[t - 1]!)) found.push({ at: doc.start[t]!, past: w, future: w });
    if (!dateWords.has(w) || !reference) continue;
    const from = Math.max(sen.firstToken, t - windowBefore);
    const to = Math.min(sen.endToken, t + windowAfter + 1);
    const last = windows[windows.length - 1];
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else windows.push({ from, to });
  }
  for (const win of windows) {
    const start = doc.start[win.from]!;
    const text = doc.text.slice(start, doc.end[win.to - 1]!);
    for (const r of chrono.parse(text, { instant: reference!, timezone: 'UTC' }, { forwardDate: false })) {
      const date = resolve(r, reference!);
      if (date) found.push({ at: start + r.index, ...date });
    }
  }
  return found;
}

/** A per-article date finder that parses each sentence at most once. */
export function dateFinder(doc: Doc, published: string | undefined): DateFinder {
  const reference = published && !Number.isNaN(Date.parse(published)) ? new Date(published) : undefined;
  const cache = new Map<number, Found[]>();

  return (sentence, near, future) => {
    let dates = cache.get(sentence);
    if (!dates) {
      dates = parseSentence(doc, reference, sentence);
      cache.set(sentence, dates);
    }
    if (dates.length === 0) return undefined;
    // the time expression closest to the cue
    let best = dates[0]!;
    for (const d of dates) if (Math.abs(d.at - near) < Math.abs(best.at - near)) best = d;
    return future ? best.future : best.past;
  };
}
