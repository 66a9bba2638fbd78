// Events as GDELT 1.0 event rows: what GDELT's daily event files are (58 tab-separated
// columns in GDELT's order, no header, no quoting, empty fields empty), so the loaders people
// already have for GDELT read an export unchanged. `gdelt+` adds Entente's own columns
// (article id, evidence offsets, PLOVER, date precision) after GDELT's, with a header line.
// What each column holds, and which ones Entente cannot fill, is in docs/export.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventDataDir } from '../events/index.ts';
import { dateParts } from './dates.ts';
import { actorCountry, eventExtra, type StoredEvent } from './tables.ts';
import { issueCodes } from '../store/queries/events.ts';
import { isOrganizationCode } from '../actors/codes.ts';

/** GDELT 1.0's column names (lower case, as GDELT's own documentation and loaders write them), in order. */
export function gdeltColumns(): string[] {
  const header = readFileSync(join(eventDataDir, 'gdelt1-events-columns.tsv'), 'utf8').split(/\r?\n/)[0]!;
  return header.split('\t').map((c) => c.trim()).filter(Boolean);
}

/** Entente's columns after GDELT's own in `gdelt+`: every row points back into its article. */
export const gdeltExtraColumns = [
  'articleid', 'eventstart', 'eventend', 'actor1start', 'actor1end', 'actor2start', 'actor2end',
  'plovertype', 'plovermode', 'dateprecision', 'confidence', 'evidence', 'issues',
];

type ActorSide = { id: string | null; name: string | null; country: string | null; role: string | null };

/**
 * The GDELT actor fields. A CAMEO code gives the code, country, known group and types; a
 * person or organisation Entente names itself (person:..., org:...) is coded, as GDELT codes
 * named people, by the country and role it acts for (FRAGOV), with its own name.
 */
function actorFields(a: ActorSide): Record<string, string> {
  const name = (a.name ?? '').toUpperCase();
  if (!a.id) return { code: '', name: '', country: '', group: '', type1: '', type2: '' };
  let code = a.id;
  if (!/^[A-Z]{3}/.test(code)) code = a.country ? `${a.country}${a.role ?? ''}` : '';
  if (!code) return { code: '', name, country: '', group: '', type1: '', type2: '' };
  const group = isOrganizationCode(code) ? code.slice(3, 6) : '';
  const country = actorCountry(code, a.country) ?? '';
  // the roles after the country (or after the kind of group and its name): GOV, MILREB
  const roles = code.slice(group ? 6 : country ? 3 : 3);
  return { code, name, country, group, type1: roles.slice(0, 3), type2: roles.slice(3, 6) };
}

/** GDELT's FractionDate: YEAR + ((MONTH - 1) * 30 + DAY) / 365, to four decimals. */
export function fractionDate(year: number, month: number, day: number): string {
  return (year + ((month - 1) * 30 + day) / 365).toFixed(4);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** GDELT writes the Goldstein scale with one decimal at least: 5.0, -10.0, 1.9. */
const goldsteinText = (x: number) => (Number.isInteger(x) ? x.toFixed(1) : String(x));

/** One GDELT 1.0 row, by column name; the `gdelt+` columns too. */
function gdeltRow(e: StoredEvent): Record<string, string | number> {
  const when = dateParts(e.date);
  const added = dateParts(e.ingested_at);
  const a1 = actorFields({ id: e.source_id, name: e.source_name ?? e.source_text, country: e.source_country, role: e.source_role });
  const a2 = actorFields({ id: e.target_id, name: e.target_name ?? e.target_text, country: e.target_country, role: e.target_role });
  const extra = eventExtra(e);
  const geo = (n: 1 | 2 | 'action') => {
    const p = n === 'action' ? 'actiongeo' : `actor${n}geo`;
    return {
      [`${p}_type`]: 0,
      [`${p}_fullname`]: '',
      [`${p}_countrycode`]: '',
      [`${p}_adm1code`]: '',
      [`${p}_lat`]: '',
      [`${p}_long`]: '',
      [`${p}_featureid`]: '',
    };
  };
  const actor = (n: 1 | 2, a: Record<string, string>) => ({
    [`actor${n}code`]: a.code!, [`actor${n}name`]: a.name!, [`actor${n}countrycode`]: a.country!, [`actor${n}knowngroupcode`]: a.group!,
    [`actor${n}ethniccode`]: '', [`actor${n}religion1code`]: '', [`actor${n}religion2code`]: '',
    [`actor${n}type1code`]: a.type1!, [`actor${n}type2code`]: a.type2!, [`actor${n}type3code`]: '',
  });
  return {
    globaleventid: e.event_id,
    // only the parts of the date that are known: "2016" gives a year, not 2016-01-01
    day: when.day !== null ? `${when.year}${pad(when.month!)}${pad(when.day)}` : '',
    monthyear: when.month !== null ? `${when.year}${pad(when.month)}` : '',
    year: when.year ?? '',
    fractiondate: when.day !== null ? fractionDate(when.year!, when.month!, when.day) : '',
    ...actor(1, a1),
    ...actor(2, a2),
    // GDELT marks events from an article's lead: here, from its first paragraph
    isrootevent: e.start < e.lead_end ? 1 : 0,
    eventcode: e.cameo,
    eventbasecode: e.cameo.slice(0, 3),
    eventrootcode: e.cameo.slice(0, 2),
    quadclass: e.quad,
    goldsteinscale: goldsteinText(e.goldstein),
    // one row is one mention in one article; GDELT's counts aggregate mentions across its sources
    nummentions: 1,
    numsources: 1,
    numarticles: 1,
    avgtone: '',
    ...geo(1),
    ...geo(2),
    ...geo('action'),
    dateadded: added.day !== null ? `${added.year}${pad(added.month!)}${pad(added.day)}` : '',
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
    dateprecision: when.precision ?? '',
    confidence: extra.confidence ?? '',
    evidence: e.text,
    // PETRARCH's issue codes (--issues), as its event files follow its columns with them; ";" between
    issues: issueCodes(e) ?? '',
  };
}

const clean = (v: unknown) => (v === undefined || v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

/** Writes event rows as GDELT lines: `plus` adds Entente's columns and a header line. */
export function gdeltFormatter(plus: boolean): { header: string | null; line(e: StoredEvent): string } {
  const columns = plus ? [...gdeltColumns(), ...gdeltExtraColumns] : gdeltColumns();
  return {
    header: plus ? `${columns.join('\t')}\n` : null,
    line(e) {
      const r = gdeltRow(e);
      return `${columns.map((c) => clean(r[c])).join('\t')}\n`;
    },
  };
}
