// Choosing the form of the cohesion index on the tuning half of the dev pairs only: a diagnostic
// beside eval/cohesion.ts, not part of `npm run eval`. It prints nothing about the other half or
// all pairs: the chosen form is measured on those once, by `npm run eval -- cohesion`.
//
// The candidates (fixed before any was measured; docs/cohesion.md says why each is a sound form)
// are all a mean over the pieces of evidence, each component's score weighted by its pieces:
//   joint    how many pieces one joint act weighs: 1, 2, 3, 5 (the index led by acting together)
//   agreement the fewest agreement items with which the component enters the index at all
//            (fewer: it is shown, not counted): 1 (every item), 3, 5, never
//   plain    whether a quotation naming the other side with no tone (a plain reference) is a
//            piece of evidence (scoring 0) or only shown: counted, not counted
// The rule, fixed with them: the criterion is the mean of the tuning half's rho at >= 5, 10 and 20
// pieces (more pairs than one threshold); among the candidates within 0.03 of the best, the one
// that changes the least (lowest joint weight, then agreement as now, then plain references as now).
//
//   ENTENTE_COHESION_DB=/tmp/x.db npx tsx eval/cohesion-form.ts
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cohesionSeriesOf, pairKey, pairwiseEvidence, type CohesionWindow } from '../src/cohesion/index.ts';
import { openStore } from '../src/store/db.ts';
import { actorDirectory, cohesionRecords, resolveSideIn } from '../src/store/queries/cohesion.ts';
import { pairName, pooledKappa, spearman, thresholds, tuningHalf } from './cohesion.ts';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.ENTENTE_SHARED ?? join(root, '..', 'shared'));
const db = openStore(resolve(process.env.ENTENTE_COHESION_DB ?? join(root, '.scratch', 'cohesion-bench.db')), { readonly: true });
const years = new Set(
  db.prepare('SELECT CAST(substr(published, 1, 4) AS INTEGER) AS year FROM articles WHERE duplicate_of IS NULL AND published IS NOT NULL GROUP BY year HAVING count(*) >= 50').pluck().all() as number[],
);
const reference = pooledKappa(readFileSync(join(shared, 'data', 'cohesion', 'unga-agreement-dev.csv'), 'utf8'), years);
const states = [...new Set([...reference.keys()].flatMap((k) => k.split('-')))].sort();
const half = tuningHalf([...reference.keys()]);

/** The tuning half's windows only: the other half is not read here. */
const windows: { pair: string; kappa: number; w: CohesionWindow }[] = [];
const directory = actorDirectory(db);
const sides = states.map((s) => resolveSideIn(db, s));
const evidence = pairwiseEvidence(cohesionRecords(db), sides, directory.info);
for (let i = 0; i < states.length; i++) {
  for (let j = i + 1; j < states.length; j++) {
    const pair = pairName(states[i]!, states[j]!);
    const ref = reference.get(pair);
    const [w] = cohesionSeriesOf(evidence.get(pairKey(i, j))!, { by: 'all' });
    if (ref && half.has(pair) && w) windows.push({ pair, kappa: ref.kappa, w });
  }
}

type Form = { joint: number; agreement: number; plain: boolean };
const forms: Form[] = [];
for (const joint of [1, 2, 3, 5]) for (const agreement of [1, 3, 5, Infinity]) for (const plain of [true, false]) forms.push({ joint, agreement, plain });
const name = (f: Form) => `joint x${f.joint}, agreement ${f.agreement === Infinity ? 'never' : `>= ${f.agreement} items`}, plain references ${f.plain ? 'counted' : 'not counted'}`;

/** The index and count of a window under a form (null below 3 pieces, as the index). */
function under(f: Form, w: CohesionWindow): { index: number | null; count: number } {
  const parts: { n: number; score: number | null; weight: number }[] = [
    { n: w.events.n, score: w.events.score, weight: 1 },
    // Scott's pi over every item (the window's score is null where today's index leaves agreement out)
    { n: w.agreement.n >= f.agreement ? w.agreement.n : 0, score: w.agreement.pi === null ? null : Math.min(1, Math.max(-1, w.agreement.pi)), weight: 1 },
    // without plain references the component's score is the same tone sum over the toned remarks
    f.plain
      ? { n: w.criticism.n, score: w.criticism.score, weight: 1 }
      : { n: w.criticism.critical + w.criticism.praise, score: w.criticism.critical + w.criticism.praise ? (w.criticism.praise - w.criticism.critical) / (w.criticism.critical + w.criticism.praise) : null, weight: 1 },
    { n: w.joint.n, score: w.joint.score, weight: f.joint },
  ].filter((c) => c.n > 0 && c.score !== null);
  const count = parts.reduce((s, c) => s + c.n, 0);
  const weight = parts.reduce((s, c) => s + c.n * c.weight, 0);
  return { count, index: count >= 3 ? parts.reduce((s, c) => s + c.n * c.weight * c.score!, 0) / weight : null };
}

const results = forms.map((f) => {
  const rhos = thresholds.map((t) => {
    const rows = windows.map((x) => ({ kappa: x.kappa, ...under(f, x.w) })).filter((r) => r.count >= t && r.index !== null);
    return { t, n: rows.length, rho: spearman(rows.map((r) => r.index!), rows.map((r) => r.kappa)) };
  });
  return { f, rhos, criterion: rhos.reduce((s, r) => s + (r.rho ?? 0), 0) / rhos.length };
});
for (const r of results) console.log(`${name(r.f).padEnd(72)} ${r.rhos.map((x) => `>= ${x.t}: ${x.rho === null ? '—' : x.rho.toFixed(2)} (${x.n})`).join('  ')}  mean ${r.criterion.toFixed(3)}`);
const best = Math.max(...results.map((r) => r.criterion));
const near = results.filter((r) => r.criterion >= best - 0.03);
const change = (f: Form) => [f.joint, f.agreement === 1 ? 0 : f.agreement === Infinity ? 100 : f.agreement, f.plain ? 0 : 1];
near.sort((x, y) => {
  const [a, b] = [change(x.f), change(y.f)];
  return a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
});
console.log(`\nbest mean ${best.toFixed(3)}; within 0.03 of it: ${near.length}; chosen: ${name(near[0]!.f)} (${near[0]!.criterion.toFixed(3)})`);
db.close();
