// Publication dates as feeds and pages write them -> ISO 8601.
//
// Real feeds use RFC 822 with odd zones ("Wed, 17 Jan 2018 15:50:00 EST"),
// two-digit years and colon-less times ("03 Apr 02 1500 GMT"), ISO 8601 with
// or without a zone, dc:date, and Unix timestamps. A date we cannot read stays
// missing: guessing "now" would put the article in the wrong week of a
// cohesion timeline.

/** Offsets in minutes east of UTC for zone names seen in news feeds. IST is India's (the common one in news). */
const zoneOffsets: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
  BST: 60, IST: 330, CET: 60, CEST: 120, MET: 60, MEST: 120, WEST: 60, EET: 120, EEST: 180,
  MSK: 180, MSD: 240, TRT: 180, GST: 240, PKT: 300, ICT: 420, WIB: 420,
  SGT: 480, HKT: 480, PHT: 480, AWST: 480, JST: 540, KST: 540, ACST: 570, ACDT: 630,
  AEST: 600, AEDT: 660, NZST: 720, NZDT: 780, SAST: 120, CAT: 120, EAT: 180, WAT: 60, BRT: -180, ART: -180,
};

/**
 * Month abbreviations by their first three letters: English, and the Romance
 * and German forms that Portuguese, Spanish, French, Italian and German feeds
 * put in their RFC 822 dates ("Seg, 24 Set 2018 19:38:00 -0300").
 */
const monthNumbers: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  ene: 1, gen: 1, fev: 2, fév: 2, mär: 3, mrz: 3, abr: 4, avr: 4, mai: 5, mag: 5, giu: 6, lug: 7,
  ago: 8, aoû: 8, set: 9, out: 10, okt: 10, ott: 10, dez: 12, dic: 12, déc: 12,
};
/** French "juin"/"juillet" share their first three letters. */
const frenchJuly = /^juil/i;

/** Dates outside this range are typos or epoch zeros, not publication dates. */
const earliestYear = 1970;
const latestYear = 2100;
/** Two-digit years below this pivot are 20xx ("03 Apr 02" is 2002). */
const twoDigitYearPivot = 50;

// "2015-07-24T05:36:09+01:00", "2019-04-28 06:01:07", "2018-04-05T06:00", "2017-06-16", "2021-11-01T10:52:50+0100"
const iso8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// "Tue, 10 Jun 2003 04:00:00 GMT", "03 Apr 02 1500 GMT", "Mon, 16 Oct 2017 15:10:00 +0000"
const rfc822 =
  /^(?:\p{L}{2,9}\.?,?\s+)?(\d{1,2})[\s-]+(\p{L}{3,9})\.?[\s-]+(\d{2,4})(?:[\sT]+(\d{1,2}):?(\d{2})(?::?(\d{2}))?)?(?:\s*([+-]\d{2}:?\d{2}|[a-z]{1,5}))?(?:\s*\(.*\))?$/iu;
// Unix time in seconds (10 digits) or milliseconds (13 digits), as in dc:date "1518478934".
const unixTime = /^\d{9,10}$|^\d{12,13}$/;

export function parseDate(value: unknown): string | undefined {
  if (typeof value === 'number') value = String(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (s === '') return undefined;
  // A string in a known shape but with impossible parts ("31 Feb") stays missing rather than going to the loose parser.
  if (iso8601.test(s)) return fromIso(s);
  if (rfc822.test(s)) return fromRfc822(s);
  return fromUnix(s) ?? fromLoose(s);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function validParts(y: number, mo: number, d: number, h = 0, mi = 0, se = 0): boolean {
  if (!(y >= earliestYear && y <= latestYear && mo >= 1 && mo <= 12 && d >= 1 && h <= 23 && mi <= 59 && se <= 60)) return false;
  // "31 Feb" would silently roll over into March.
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d;
}

function utcIso(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (y < earliestYear || y > latestYear) return undefined;
  return d.toISOString().replace('.000Z', 'Z');
}

function offsetMinutes(zone: string): number | undefined {
  const numeric = zone.match(/^([+-])(\d{2}):?(\d{2})?$/);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  return zoneOffsets[zone.toUpperCase()];
}

/** With a zone: the UTC instant. Without: the local wall-clock time as written (ISO 8601 allows it). */
function fromIso(s: string): string | undefined {
  const m = s.match(iso8601);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) return validParts(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  const [h, mi, se] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (!validParts(y, mo, d, h, mi, se)) return undefined;
  if (m[7] === undefined) return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${pad(se)}`;
  const offset = offsetMinutes(m[7])!;
  return utcIso(Date.UTC(y, mo - 1, d, h, mi, se) - offset * 60_000);
}

function fromRfc822(s: string): string | undefined {
  const m = s.match(rfc822);
  if (!m) return undefined;
  const month = frenchJuly.test(m[2]!) ? 7 : monthNumbers[m[2]!.slice(0, 3).toLowerCase()];
  if (month === undefined) return undefined;
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < twoDigitYearPivot ? 2000 : 1900;
  const [d, h, mi, se] = [Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!validParts(year, month, d, h, mi, se)) return undefined;
  if (m[4] === undefined) return `${year}-${pad(month)}-${pad(d)}`;
  // RFC 822 says an unknown zone means "no information": read it as UTC rather than drop the date.
  const offset = m[7] === undefined ? 0 : (offsetMinutes(m[7]) ?? 0);
  return utcIso(Date.UTC(year, month - 1, d, h, mi, se) - offset * 60_000);
}

function fromUnix(s: string): string | undefined {
  if (!unixTime.test(s)) return undefined;
  const n = Number(s);
  return utcIso(s.length >= 12 ? n : n * 1000);
}

/** Anything else V8 can read ("June 10, 2003 4:00 PM EST"), but only when it names a plausible year. */
function fromLoose(s: string): string | undefined {
  if (!/\b(19[7-9]\d|20\d\d)\b/.test(s)) return undefined;
  return utcIso(Date.parse(s));
}
