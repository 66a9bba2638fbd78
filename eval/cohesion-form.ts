// Choosing the form of the cohesion index on the tuning half of the dev pairs only: a diagnostic
// beside eval/cohesion.ts, not part of `npm run eval`. By default it prints the tuning half only
// and the form its rule chooses; `--measure` (run once, after the choice is recorded in
// docs/cohesion.md) prints every candidate on the other half and on all dev pairs, so that a
// disagreement of the held-out half is reported, never used to choose.
//
// The candidates of the ninth session (fixed before any was measured): how much acting together
// weighs against the relation (events, remarks, agreement items), stance agreement from 5 items
// and plain references counted as now (the eighth session's choice, docs/cohesion.md):
//   joint x2      the index now: a joint act weighs two pieces (one act of each side)
//   joint x3, x5, x10   a joint act weighs more: the index led further by acting together
//   joint alone   the index is the share of the pieces that are joint acts: each joint act
//                 scores +1 and every other piece 0 (the relation is only the denominator: a pair
//                 whose news is the two dealing with each other ranks below a pair whose news is
//                 the two acting together, whatever the tone of their dealings)
// Every candidate counts the same pieces, so `count`, the pairs at each threshold and `--explain`
// are the same for all: only the weights differ.
// The rule, fixed with them (as in the eighth session): the criterion is the mean of the tuning
// half's rho at >= 5, 10 and 20 pieces; among the candidates within 0.03 of the best, the one that
// changes the least (in the order listed: x2, x3, x5, x10, alone).
//
// `--agreement` (a separate question: stance agreement in monthly windows, docs/cohesion.md) counts
// the monthly, quarterly and yearly windows of the 40 states' pairs with agreement items and how many, and prints the
// x2 and alone forms with agreement entering from one item instead of five, on both halves and all.
//
//   ENTENTE_COHESION_DB=/tmp/x.db npx tsx eval/cohesion-form.ts [--measure | --agreement]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cohesionSeriesOf, pairKey, pairwiseEvidence, type CohesionWindow } from '../src/cohesion/index.ts';
import { openStore } from '../src/store/db.ts';
import { actorDirectory, cohesionRecords, resolveSideIn } from '../src/store/queries/cohesion.ts';
import { pairName, pooledKappa, spearman, thresholds, tuningHalf } from './cohesion.ts';

const agreementQuestion = process.argv.includes('--agreement');
const measure = process.argv.includes('--measure') || agreementQuestion;
const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.ENTENTE_SHARED ?? join(root, '..', 'shared'));
const db = openStore(resolve(process.env.ENTENTE_COHESION_DB ?? join(root, '.scratch', 'cohesion-bench.db')), { readonly: true });
const years = new Set(
  db.prepare('SELECT CAST(substr(published, 1, 4) AS INTEGER) AS year FROM articles WHERE duplicate_of IS NULL AND published IS NOT NULL GROUP BY year HAVING count(*) >= 50').pluck().all() as number[],
);
const reference = pooledKappa(readFileSync(join(shared, 'data', 'cohesion', 'unga-agreement-dev.csv'), 'utf8'), years);
const states = [...new Set([...reference.keys()].flatMap((k) => k.split('-')))].sort();
const half = tuningHalf([...reference.keys()]);

/** The tuning half's windows (and, with --measure, the other half's): one pooled window per pair. */
const windows: { pair: string; tuning: boolean; kappa: number; w: CohesionWindow }[] = [];
const directory = actorDirectory(db);
const sides = states.map((s) => resolveSideIn(db, s));
const evidence = pairwiseEvidence(cohesionRecords(db), sides, directory.info);
for (let i = 0; i < states.length; i++) {
  for (let j = i + 1; j < states.length; j++) {
    const pair = pairName(states[i]!, states[j]!);
    const ref = reference.get(pair);
    if (!ref || !(measure || half.has(pair))) continue;
    const [w] = cohesionSeriesOf(evidence.get(pairKey(i, j))!, { by: 'all' });
    if (w) windows.push({ pair, tuning: half.has(pair), kappa: ref.kappa, w });
  }
}

/**
 * joint: the pieces one joint act weighs, with the relation's pieces scored as they are; 'alone': the share of joint acts.
 * fromOneItem (--agreement only): agreement items enter from one item (Scott's pi over them), not five.
 */
type Form = { joint: number | 'alone'; fromOneItem?: boolean };
const forms: Form[] = [{ joint: 2 }, { joint: 3 }, { joint: 5 }, { joint: 10 }, { joint: 'alone' }];
const name = (f: Form) => (f.joint === 'alone' ? 'joint action alone (share of the pieces)' : `joint act x${f.joint}`);

/** The pieces of a window under a form: its count, with agreement items below five when they enter from one. */
const countOf = (f: Form, w: CohesionWindow) => w.count + (f.fromOneItem && !w.agreement.counted ? w.agreement.n : 0);
const clip = (x: number | null) => (x === null ? null : Math.min(1, Math.max(-1, x)));

/** The index of a window under a form (null below 3 pieces, as the index). */
function under(f: Form, w: CohesionWindow): number | null {
  const count = countOf(f, w);
  if (count < 3) return null;
  if (f.joint === 'alone') return w.joint.n / count;
  const agreementIn = w.agreement.counted || (f.fromOneItem && w.agreement.n > 0);
  const parts = [
    { n: w.events.n, score: w.events.score, weight: 1 },
    { n: agreementIn ? w.agreement.n : 0, score: clip(w.agreement.pi), weight: 1 },
    { n: w.criticism.n, score: w.criticism.score, weight: 1 },
    { n: w.joint.n, score: w.joint.score, weight: f.joint },
  ].filter((c) => c.n > 0 && c.score !== null);
  const weight = parts.reduce((s, c) => s + c.n * c.weight, 0);
  return weight ? parts.reduce((s, c) => s + c.n * c.weight * c.score!, 0) / weight : null;
}

const rhosOf = (f: Form, rows: typeof windows) =>
  thresholds.map((t) => {
    const kept = rows.map((x) => ({ kappa: x.kappa, count: countOf(f, x.w), index: under(f, x.w) })).filter((r) => r.count >= t && r.index !== null);
    return { t, n: kept.length, rho: spearman(kept.map((r) => r.index!), kept.map((r) => r.kappa)) };
  });
const line = (label: string, rhos: ReturnType<typeof rhosOf>) => {
  const mean = rhos.reduce((s, r) => s + (r.rho ?? 0), 0) / rhos.length;
  return `${label.padEnd(52)} ${rhos.map((x) => `>= ${x.t}: ${x.rho === null ? '—' : x.rho.toFixed(2)} (${x.n})`).join('  ')}  mean ${mean.toFixed(3)}`;
};

const tuning = windows.filter((x) => x.tuning);
const results = forms.map((f) => {
  const rhos = rhosOf(f, tuning);
  return { f, rhos, criterion: rhos.reduce((s, r) => s + (r.rho ?? 0), 0) / rhos.length };
});
console.log('tuning half:');
for (const r of results) console.log(line(name(r.f), r.rhos));
const best = Math.max(...results.map((r) => r.criterion));
// forms are listed from the least change to the most: the first within 0.03 of the best is chosen
const chosen = results.find((r) => r.criterion >= best - 0.03)!;
console.log(`\nbest mean ${best.toFixed(3)}; chosen (the first within 0.03 of it): ${name(chosen.f)} (${chosen.criterion.toFixed(3)})`);
if (agreementQuestion) {
  for (const by of ['month', 'quarter', 'year'] as const) {
    const items = new Map<number, number>();
    let nonEmpty = 0;
    for (let i = 0; i < states.length; i++) {
      for (let j = i + 1; j < states.length; j++) {
        for (const m of cohesionSeriesOf(evidence.get(pairKey(i, j))!, { by })) {
          if (m.count === 0 && m.agreement.n === 0) continue;
          nonEmpty++;
          if (m.agreement.n) items.set(m.agreement.n, (items.get(m.agreement.n) ?? 0) + 1);
        }
      }
    }
    const withItems = [...items.values()].reduce((s, n) => s + n, 0);
    const counted = [...items].filter(([n]) => n >= 5).reduce((s, [, k]) => s + k, 0);
    console.log(`${by}ly windows of the ${states.length} states' pairs with evidence: ${nonEmpty}; with agreement items: ${withItems}, of which ${counted} with 5 or more (${[...items].sort((a, b) => a[0] - b[0]).map(([n, k]) => `${k} with ${n}`).join(', ')})`);
  }
  for (const [label, rows] of [['tuning half', tuning], ['other half', windows.filter((x) => !x.tuning)], ['all dev pairs', windows]] as const) {
    console.log(`\n${label}:`);
    for (const f of [{ joint: 2 }, { joint: 2, fromOneItem: true }, { joint: 'alone' }, { joint: 'alone', fromOneItem: true }] as Form[]) console.log(line(`${name(f)}, agreement from ${f.fromOneItem ? 'one item' : 'five items'}`, rhosOf(f, rows)));
  }
} else if (measure) {
  for (const [label, rows] of [['other half', windows.filter((x) => !x.tuning)], ['all dev pairs', windows]] as const) {
    console.log(`\n${label}:`);
    for (const f of forms) console.log(line(name(f), rhosOf(f, rows)));
  }
}
db.close();
