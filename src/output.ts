// The output contract (docs/output.md): one JSON object per article with the
// Article fields at the top level and the facts as arrays.
import type { Analysis } from './model.ts';

export type OutputRecord = Record<string, unknown>;

export function toOutputRecord(an: Analysis): OutputRecord {
  const { id, text, title, url, published, source, lang, byline, extra, boilerplate } = an.article;
  const rec: OutputRecord = { id, title, url, published, source, lang, byline };
  for (const k of Object.keys(rec)) if (rec[k] === undefined) delete rec[k];
  if (extra && Object.keys(extra).length) rec.extra = extra;
  rec.text = text;
  // footers inside the text (between two stories): the analysis read no tokens there
  if (boilerplate?.length) rec.boilerplate = boilerplate.map(({ start, end }) => ({ start, end }));
  rec.actors = an.actors;
  rec.mentions = an.mentions;
  rec.quotes = an.quotes;
  rec.events = an.events;
  rec.stances = an.stances;
  return rec;
}
