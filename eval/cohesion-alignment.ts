// Where the UN votes' signal is in the bench store: a diagnostic beside eval/cohesion.ts, not part
// of `npm run eval` and of no figure in the index. It ranks the dev pairs (>= 5/10/20 pieces of
// bilateral evidence, as the eval) by
//   - the index (for reference), and on two seeded random halves of the dev pairs, to show how
//     far a rho moves on its own;
//   - the index without the events between two co-subjects of one act ("West Germany, France and
//     Italy agreed" coded DEU -> ITA): what coding them as interactions contributes;
//   - the share of joint acts in a pair's evidence: acts (events grouped by article and cue) of
//     which both states are sources ("Germany and France condemned ..."), the news' nearest thing
//     to voting together.
//
//   ENTENTE_COHESION_DB=.scratch/cohesion-bench.db npx tsx eval/cohesion-alignment.ts
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { actorCountry, type ActorInfo } from '../src/cohesion/coalitions.ts';
import { cohesionSeriesOf, pairKey, pairwiseEvidence, type PairEvidence } from '../src/cohesion/index.ts';
import { openStore } from '../src/store/db.ts';
import { actorDirectory, cohesionRecords, resolveSideIn } from '../src/store/queries/cohesion.ts';
import { pairName, pooledKappa, spearman, thresholds } from './cohesion.ts';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.ENTENTE_SHARED ?? join(root, '..', 'shared'));
const db = openStore(resolve(process.env.ENTENTE_COHESION_DB ?? join(root, '.scratch', 'cohesion-bench.db')), { readonly: true });
const years = new Set(
  (db.prepare('SELECT CAST(substr(published, 1, 4) AS INTEGER) AS year FROM articles WHERE duplicate_of IS NULL AND published IS NOT NULL GROUP BY year HAVING count(*) >= 50').pluck().all() as number[]),
);
const reference = pooledKappa(readFileSync(join(shared, 'data', 'cohesion', 'unga-agreement-dev.csv'), 'utf8'), years);
const states = [...new Set([...reference.keys()].flatMap((k) => k.split('-')))].sort();

/** A seeded split of the dev pairs into two halves (a linear congruential generator, seed 17). */
function halves(names: string[]): Set<string> {
  let seed = 17;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const shuffled = [...names].sort().map((n) => [next(), n] as const).sort((x, y) => x[0] - y[0]);
  return new Set(shuffled.slice(0, Math.floor(shuffled.length / 2)).map(([, n]) => n));
}

const directory = actorDirectory(db);
type Acting = { country?: string; role?: string };
const countryOf = (actor: string, acting: Acting | undefined) => {
  const known: ActorInfo = directory.info(actor);
  return actorCountry(acting?.country ? { ...known, country: acting.country } : known);
};

// Acts: events grouped by article and cue, with the countries of their sources.
type EventRow = { article: string; start: number; end: number; source_actor: string; source_start: number; source_end: number; target_start: number | null; extra: string | null };
const eventRows = db
  .prepare(
    `SELECT a.id AS article, e.start, e."end", e.source_actor, e.source_start, e.source_end, e.target_start, e.extra
     FROM events e JOIN articles a ON a.rowid = e.article_rowid WHERE e.negated = 0 AND a.duplicate_of IS NULL AND a.published IS NOT NULL`,
  )
  .all() as EventRow[];
const acts = new Map<string, Set<string>>();
const cueOf = new Map<string, { start: number; end: number }>();
for (const r of eventRows) {
  const extra = r.extra ? (JSON.parse(r.extra) as { cue?: { start: number; end: number }; acts_for?: { source?: Acting } }) : {};
  const cue = extra.cue ?? { start: r.start, end: r.end };
  if (r.target_start !== null) cueOf.set(`${r.article}\u0000${r.start}\u0000${r.end}\u0000${r.source_start}\u0000${r.target_start}`, cue);
  const key = `${r.article}\u0000${cue.start}\u0000${cue.end}`;
  const country = countryOf(r.source_actor, extra.acts_for?.source);
  if (!country) continue;
  let sources = acts.get(key);
  if (!sources) acts.set(key, (sources = new Set()));
  sources.add(country);
}
const jointActs = new Map<string, number>();
for (const sources of acts.values()) {
  const list = [...sources].sort();
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) jointActs.set(pairName(list[i]!, list[j]!), (jointActs.get(pairName(list[i]!, list[j]!)) ?? 0) + 1);
}

// Co-subjects: the two parties stand side by side before the cue, joined by a comma or "and".
const articleText = db.prepare('SELECT text FROM articles WHERE id = ?').pluck();
const texts = new Map<string, string>();
function coSubjects(e: PairEvidence['events'][number]): boolean {
  const cue = cueOf.get(`${e.article.id}\u0000${e.start}\u0000${e.end}\u0000${e.source.start}\u0000${e.target.start}`);
  if (!cue) return false;
  if (!texts.has(e.article.id)) texts.set(e.article.id, articleText.get(e.article.id) as string);
  const [first, second] = e.source.start < e.target.start ? [e.source, e.target] : [e.target, e.source];
  return second.end <= cue.start && /^\s*(,|and|,\s*and)\s*$/i.test(texts.get(e.article.id)!.slice(first.end, second.start).replace(/^'s/, ''));
}

const sides = states.map((s) => resolveSideIn(db, s));
const evidence = pairwiseEvidence(cohesionRecords(db), sides, directory.info);
type Row = { pair: string; kappa: number; count: number; index: number | null; withoutCoSubjects: number | null; jointShare: number | null };
const rows: Row[] = [];
let coSubjectEvents = 0;
let allEvents = 0;
for (let i = 0; i < states.length; i++) {
  for (let j = i + 1; j < states.length; j++) {
    const pair = pairName(states[i]!, states[j]!);
    const ref = reference.get(pair);
    if (!ref) continue;
    const e = evidence.get(pairKey(i, j))!;
    const [w] = cohesionSeriesOf(e, { by: 'all' });
    const kept = e.events.filter((x) => !coSubjects(x));
    coSubjectEvents += e.events.length - kept.length;
    allEvents += e.events.length;
    const [without] = cohesionSeriesOf({ ...e, events: kept }, { by: 'all' });
    const count = w?.count ?? 0;
    rows.push({ pair, kappa: ref.kappa, count, index: w?.index ?? null, withoutCoSubjects: without?.index ?? null, jointShare: count ? (jointActs.get(pair) ?? 0) / count : null });
  }
}

const half = halves(rows.map((r) => r.pair));
const rho = (t: number, value: (r: Row) => number | null, keep: (r: Row) => boolean = () => true) => {
  const kept = rows.filter((r) => r.count >= t && value(r) !== null && keep(r));
  const r = spearman(kept.map((x) => value(x)!), kept.map((x) => x.kappa));
  return `${r === null ? '—' : r.toFixed(2)} (${kept.length})`;
};
console.log(`dev pairs: ${rows.length}; events between them ${allEvents}, of which between co-subjects of one act ${coSubjectEvents}`);
for (const t of thresholds) {
  console.log(`>= ${t} pieces:`);
  for (const [label, value] of [
    ['index', (r: Row) => r.index],
    ['index without co-subject events', (r: Row) => r.withoutCoSubjects],
    ['share of joint acts', (r: Row) => r.jointShare],
  ] as const) {
    console.log(`  ${label.padEnd(34)} rho ${rho(t, value)}; halves ${rho(t, value, (r) => half.has(r.pair))}, ${rho(t, value, (r) => !half.has(r.pair))}`);
  }
}
db.close();
