// Dates as the store keeps them (ISO of any precision: 2020, 2020-07, 2020-07-14, or a full
// timestamp) split for tables: the precision and the parts that are known, never a made-up
// day or month ("2016" is not 2016-01-01).

export type DatePrecision = 'year' | 'month' | 'day' | 'time';

export type DateParts = { precision: DatePrecision | null; year: number | null; month: number | null; day: number | null };

const none: DateParts = { precision: null, year: null, month: null, day: null };

export function dateParts(iso: string | null | undefined): DateParts {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})([T ]\d)?)?)?/.exec(iso ?? '');
  if (!m) return none;
  const [, y, mo, d, time] = m;
  return {
    precision: time ? 'time' : d ? 'day' : mo ? 'month' : 'year',
    year: Number(y),
    month: mo ? Number(mo) : null,
    day: d ? Number(d) : null,
  };
}
