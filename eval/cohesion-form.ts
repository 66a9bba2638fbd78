// Choosing the form of the cohesion index on the tuning half of the dev pairs only: a diagnostic
// beside eval/cohesion.ts, not part of `npm run eval`. By default it prints the tuning half only
// and the form its rule chooses; `--measure` (run once, after the choice is recorded in
// docs/cohesion.md) prints every candidate on the other half and on all dev pairs, so that a
// disagreement of the held-out half is reported, never used to choose.
//
// The candidates of the ninth session (commit b9f6a94: a joint act weighing 2, 3, 5 or 10 pieces,
// or joint action alone) are recorded in docs/cohesion.md. The tenth session's, fixed before any
// was measured, keep the relation's tone and the joint act's two pieces, and change how much the
// relation's pieces pull:
//   now           the index: an event scores (Goldstein / 10 + (2 x cooperative share - 1)) / 2,
//                 so a meeting scores +0.55, as much as two thirds of a signed agreement
//   lean          an event scores its Goldstein score / 10 alone: how far it leans from neutral
//                 (a consultation +0.1, an agreement +0.8, an accusation -0.2, a sanction -0.8);
//                 the quad classes stay in the output, not in the score. Dealing with each other
//                 is not alignment; what the two do to each other is
//   toned         (added after the first four were measured on the tuning half of the old store,
//                 where lean did not help) an event scores its tone, as a quotation does: -1 in the
//                 conflictual quad classes (3-4: criticising, threatening, sanctioning, fighting),
//                 +1 when the stances stage read it as praise, else 0: meeting, talking and
//                 signing are the two dealing with each other, which adversaries do as much as
//                 allies (docs/cohesion.md, Known limits: consultations count as cooperation)
//   reliable      each component's pieces weigh as much as the component's reading of a pair
//                 repeats from one half of the pair's articles to the other (split-half Spearman
//                 over the 40 states' pairs, measured without the reference; joint action read as
//                 its share of the evidence): a piece of a component that says the same of a pair
//                 wherever it is read weighs more
//   lean + reliable   both
//   shrunk        (diagnostic only: DESIGN.md asks that nothing be shrunk toward a prior) the
//                 index over its pieces plus 10 pieces scoring 0
//   lean + shrunk (diagnostic only) both
// The eleventh session's, fixed after reading the tuning half's events by CAMEO root (the share of a
// pair's evidence in each root against kappa: consultations 04 +0.09, statements 01 -0.14,
// appeals 02 -0.23, intent to cooperate 03 and diplomatic cooperation 05 +0.44, at >= 10 pieces)
// and before any was measured on the other half. Each keeps every piece and changes only what
// talk between the two scores:
//   consult 0     a consultation (CAMEO 04: meeting, visiting, negotiating; PLOVER CONSULT) scores
//                 0, as a plain reference in a quotation does: adversaries meet as much as allies
//                 (docs/cohesion.md, Known limits: the six-party talks), so a meeting says that the
//                 two deal with each other, not on which side they stand
//   talk 0        the same for statements (01) and appeals (02) too, which PLOVER dropped and
//                 Phoenix's quad classes count as neutral: all talk between the two scores 0
//   committed     talk 0, every other cooperative event +1 and every conflictual one -1: an
//                 event scores its side alone, as toned does, with commitment (03, 05-08) +1
// Every candidate counts the same pieces, so `count`, the pairs at each threshold and `--explain`
// are the same for all.
// The rule, fixed with them (as in the eighth and ninth sessions): the criterion is the mean of
// the tuning half's rho at >= 5, 10 and 20 pieces; among the adoptable candidates within 0.03 of
// the best, the one that changes the least (in the order listed). Adopted only if, on all dev
// pairs, it is at or above the index now at each of the three thresholds.
//
// The fifteenth session's, decided on principle before any measurement on its store (the lead's
// decision: an index led by acting together, with what the two say of each other and their
// stances as secondary evidence), measured once with `--principled`:
//   acts-led      every act scores the side it puts the two on: a joint act +1 (two pieces, one
//                 act of each side, as now), an event between them +1 in the cooperative quad
//                 classes (1-2: CAMEO's own line between cooperation and conflict) and -1 in the
//                 conflictual ones (3-4); Goldstein's magnitude rates intensity, not sides. Words
//                 (quotations naming the other, with their tone; agreement items when counted) are
//                 secondary: each weighs half an act. Every piece stays in `count`.
// Its rule, fixed with it: adopted if on all dev pairs its rho is at or above the index now at
// each of >= 5, 10 and 20 pieces, and above the mean-Goldstein baseline on the same pairs. The
// halves are printed, not used. Diagnostics printed beside it, never candidates: the same with
// words weighing a whole act or nothing, and the index now's event score with words at half.
//
// `--roots` prints, on the tuning half (and with `--measure` on the other half too), each CAMEO
// root's share of a pair's pieces against kappa at >= 10 pieces, with joint action's and the
// quotations' shares and the events component: what the eleventh session's candidates were read
// from, and whether it repeats on the other half. `--power` simulates how often a form whose rho
// on all pairs is a given value reaches 0.50 on both halves of the sizes the dev pairs have at
// >= 10 pieces (a Gaussian copula; Spearman's rho turned into Pearson's by 2 sin(pi rho / 6)).
//
// `--agreement` (a separate question: stance agreement in monthly windows, docs/cohesion.md) counts
// the monthly, quarterly and yearly windows of the 40 states' pairs with agreement items and how
// many, and prints the index now with agreement entering from one item instead of five.
//
//   ENTENTE_COHESION_DB=/tmp/x.db npx tsx eval/cohesion-form.ts [--measure | --agreement | --roots | --power | --principled]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cohesionSeriesOf, cohesionWithEvidence, evidenceKey, pairKey, pairwiseEvidence, type CohesionWindow, type PairEvidence } from '../src/cohesion/index.ts';
import { openStore } from '../src/store/db.ts';
import { actorDirectory, cohesionRecords, resolveSideIn } from '../src/store/queries/cohesion.ts';
import { bootstrapInterval, pairName, pooledKappa, spearman, spearmanInterval, thresholds, tuningHalf } from './cohesion.ts';
import { seededUniform } from './seeded.ts';

const agreementQuestion = process.argv.includes('--agreement');
const principled = process.argv.includes('--principled');
const measure = process.argv.includes('--measure') || agreementQuestion || principled || process.argv.includes('--power');
const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.ENTENTE_SHARED ?? join(root, '..', 'shared'));
const db = openStore(resolve(process.env.ENTENTE_COHESION_DB ?? join(root, '.scratch', 'cohesion-bench.db')), { readonly: true });
const years = new Set(
  db.prepare('SELECT CAST(substr(published, 1, 4) AS INTEGER) AS year FROM articles WHERE duplicate_of IS NULL AND published IS NOT NULL GROUP BY year HAVING count(*) >= 50').pluck().all() as number[],
);
const reference = pooledKappa(readFileSync(join(shared, 'data', 'cohesion', 'unga-agreement-dev.csv'), 'utf8'), years);
const states = [...new Set([...reference.keys()].flatMap((k) => k.split('-')))].sort();
const half = tuningHalf([...reference.keys()]);

/** Each dev pair's pooled window (tuning half only unless --measure), and every pair's two split halves. */
const windows: { pair: string; tuning: boolean; kappa: number; roots: Map<string, number>; w: CohesionWindow & { toned: number; talk: Record<Talk, number>; sides: number } }[] = [];
/** The CAMEO roots each talk candidate scores 0, and committed's. */
type Talk = 'consult' | 'talk' | 'committed';
const talkRoots: Record<Talk, string[]> = { consult: ['04'], talk: ['01', '02', '04'], committed: ['01', '02', '04'] };
/** An event's score under a talk candidate: 0 for talk, else the index's event score (committed: +1 or -1 by quad class). */
function talkScore(form: Talk, e: { cameo: string; goldstein: number; quad: number }): number {
  if (talkRoots[form].includes(e.cameo.slice(0, 2))) return 0;
  if (form === 'committed') return e.quad <= 2 ? 1 : -1;
  return (e.goldstein / 10 + (e.quad <= 2 ? 1 : -1)) / 2;
}
const splits: [CohesionWindow, CohesionWindow][] = [];
const directory = actorDirectory(db);
const sides = states.map((s) => resolveSideIn(db, s));
const evidence = pairwiseEvidence(cohesionRecords(db), sides, directory.info);

/** A fixed split of articles into two halves (a string hash of the id), for split-half reliability. */
function firstHalf(id: string): boolean {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) & 1) === 0;
}
function halfOf(e: PairEvidence, first: boolean): PairEvidence {
  const keep = (r: { article: { id: string } }) => firstHalf(r.article.id) === first;
  return { events: e.events.filter(keep), remarks: e.remarks.filter(keep), stances: e.stances.filter(keep), joint: e.joint.filter(keep) };
}

for (let i = 0; i < states.length; i++) {
  for (let j = i + 1; j < states.length; j++) {
    const pair = pairName(states[i]!, states[j]!);
    const e = evidence.get(pairKey(i, j))!;
    // reliability reads every pair's evidence, never the reference
    const [x] = cohesionSeriesOf(halfOf(e, true), { by: 'all' });
    const [y] = cohesionSeriesOf(halfOf(e, false), { by: 'all' });
    if (x && y) splits.push([x, y]);
    const ref = reference.get(pair);
    if (!ref || !(measure || half.has(pair))) continue;
    const [we] = cohesionWithEvidence(e, { by: 'all' });
    if (!we) continue;
    // the events' tones summed: -1 conflictual, +1 read as praise, else 0
    const praise = new Set(we.evidence.remarks.filter((r) => r.polarity > 0).map(evidenceKey));
    const toned = we.evidence.events.reduce((s, x) => s + (x.quad >= 3 ? -1 : praise.has(evidenceKey(x)) ? 1 : 0), 0);
    const talk = Object.fromEntries((['consult', 'talk', 'committed'] as const).map((f) => [f, we.evidence.events.reduce((s, x) => s + talkScore(f, x), 0)])) as Record<Talk, number>;
    // the events' sides summed: +1 cooperative quad class, -1 conflictual (acts-led)
    const sidesSum = we.evidence.events.reduce((s, x) => s + (x.quad <= 2 ? 1 : -1), 0);
    const roots = new Map<string, number>();
    for (const x of we.evidence.events) roots.set(x.cameo.slice(0, 2), (roots.get(x.cameo.slice(0, 2)) ?? 0) + 1);
    windows.push({ pair, tuning: half.has(pair), kappa: ref.kappa, roots, w: { ...we.window, toned, talk, sides: sidesSum } });
  }
}

/**
 * lean: events score Goldstein / 10 instead of the index's event score; reliable: components
 * weighted by their split-half reliability; shrink: pieces scoring 0 added to the denominator;
 * fromOneItem (--agreement only): agreement items enter from one item (Scott's pi over them).
 */
type Form = { name: string; lean?: boolean; toned?: boolean; talk?: Talk; reliable?: boolean; shrink?: number; fromOneItem?: boolean; diagnostic?: boolean };
const forms: Form[] = [
  { name: 'now (a joint act 2 pieces)' },
  { name: 'lean (events: Goldstein / 10)', lean: true },
  { name: 'toned (events: -1 conflict, +1 praise, else 0)', toned: true },
  { name: 'reliable (components by split-half reliability)', reliable: true },
  { name: 'lean + reliable', lean: true, reliable: true },
  { name: 'consult 0 (consultations score 0)', talk: 'consult' },
  { name: 'talk 0 (statements, appeals, consultations 0)', talk: 'talk' },
  { name: 'committed (talk 0, else +1 / -1 by quad class)', talk: 'committed' },
  { name: 'shrunk (10 pieces at 0; diagnostic)', shrink: 10, diagnostic: true },
  { name: 'lean + shrunk (diagnostic)', lean: true, shrink: 10, diagnostic: true },
];

/** The pieces of a window under a form: its count, with agreement items below five when they enter from one. */
const countOf = (f: Form, w: CohesionWindow) => w.count + (f.fromOneItem && !w.agreement.counted ? w.agreement.n : 0);
const clip = (x: number | null) => (x === null ? null : Math.min(1, Math.max(-1, x)));
const eventScore = (f: Form, w: CohesionWindow) => (f.talk && 'talk' in w && w.events.n ? (w.talk as Record<Talk, number>)[f.talk] / w.events.n : f.toned && 'toned' in w && w.events.n ? (w.toned as number) / w.events.n : f.lean ? (w.events.goldstein === null ? null : w.events.goldstein / 10) : w.events.score);

/** Split-half reliability of each component (Spearman between the two halves over pairs with >= 3 of its pieces in each). */
function reliability(lean: boolean): { events: number; criticism: number; joint: number } {
  const rho = (value: (w: CohesionWindow) => number | null, n: (w: CohesionWindow) => number) => {
    const kept = splits.filter(([x, y]) => n(x) >= 3 && n(y) >= 3 && value(x) !== null && value(y) !== null);
    return Math.max(0, spearman(kept.map(([x]) => value(x)!), kept.map(([, y]) => value(y)!)) ?? 0);
  };
  return {
    events: rho((w) => eventScore({ name: '', lean }, w), (w) => w.events.n),
    criticism: rho((w) => w.criticism.score, (w) => w.criticism.n),
    joint: rho((w) => (w.count ? w.joint.n / w.count : null), (w) => w.count),
  };
}
const reliabilities = { plain: reliability(false), lean: reliability(true) };
console.log('split-half reliability (Spearman, pairs with >= 3 pieces of the component in each half):', JSON.stringify(reliabilities));

/** The index of a window under a form (null below 3 pieces, as the index). */
function under(f: Form, w: CohesionWindow): number | null {
  const count = countOf(f, w);
  if (count < 3) return null;
  const r = f.reliable ? reliabilities[f.lean ? 'lean' : 'plain'] : { events: 1, criticism: 1, joint: 1 };
  const agreementIn = w.agreement.counted || (f.fromOneItem && w.agreement.n > 0);
  const parts = [
    { n: w.events.n, score: eventScore(f, w), weight: r.events },
    // agreement enters three pairs' pooled windows: it weighs as the least reliable component
    { n: agreementIn ? w.agreement.n : 0, score: clip(w.agreement.pi), weight: Math.min(r.events, r.criticism, r.joint) },
    { n: w.criticism.n, score: w.criticism.score, weight: r.criticism },
    { n: w.joint.n, score: w.joint.score, weight: 2 * r.joint },
  ].filter((c) => c.n > 0 && c.score !== null);
  const weight = parts.reduce((s, c) => s + c.n * c.weight, 0);
  const sum = parts.reduce((s, c) => s + c.n * c.weight * c.score!, 0);
  return weight ? sum / (weight + (f.shrink ?? 0)) : null;
}

const rhosOf = (f: Form, rows: typeof windows) =>
  thresholds.map((t) => {
    const kept = rows.map((x) => ({ kappa: x.kappa, count: countOf(f, x.w), index: under(f, x.w) })).filter((r) => r.count >= t && r.index !== null);
    return { t, n: kept.length, rho: spearman(kept.map((r) => r.index!), kept.map((r) => r.kappa)) };
  });
const meanOf = (rhos: ReturnType<typeof rhosOf>) => rhos.reduce((s, r) => s + (r.rho ?? 0), 0) / rhos.length;
const line = (label: string, rhos: ReturnType<typeof rhosOf>) =>
  `${label.padEnd(52)} ${rhos.map((x) => `>= ${x.t}: ${x.rho === null ? '—' : x.rho.toFixed(2)} (${x.n})`).join('  ')}  mean ${meanOf(rhos).toFixed(3)}`;

const tuning = windows.filter((x) => x.tuning);

/**
 * acts-led (above): the mean over the pieces, acts weighing one (a joint act two) and words
 * `words`; an event scores its side (+1 / -1 by quad class), or with `eventsAsNow` the index's
 * event score. Null below 3 pieces, as the index.
 */
function actsLed(w: (typeof windows)[number]['w'], words: number, eventsAsNow = false): number | null {
  if (w.count < 3) return null;
  const agreementN = w.agreement.counted ? w.agreement.n : 0;
  const eventsSum = eventsAsNow ? w.events.n * (w.events.score ?? 0) : w.sides;
  const weight = w.events.n + 2 * w.joint.n + words * (w.criticism.n + agreementN);
  const sum = eventsSum + 2 * w.joint.n * (w.joint.score ?? 0) + words * (w.criticism.n * (w.criticism.score ?? 0) + agreementN * (clip(w.agreement.pi) ?? 0));
  return weight ? sum / weight : null;
}
/** GDELT-style baseline on a window: the mean Goldstein score of the events between the two. */
const baselineOf = (w: CohesionWindow) => w.events.goldstein;

if (principled) {
  type Reading = { name: string; value: (w: (typeof windows)[number]['w']) => number | null };
  const now: Reading = { name: 'now', value: (w) => w.index };
  const readings: Reading[] = [
    now,
    { name: 'acts-led (the candidate)', value: (w) => actsLed(w, 0.5) },
    { name: 'diagnostic: acts-led, words a whole act', value: (w) => actsLed(w, 1) },
    { name: 'diagnostic: acts-led, words nothing', value: (w) => actsLed(w, 0) },
    { name: 'diagnostic: events scored as now, words half', value: (w) => actsLed(w, 0.5, true) },
  ];
  for (const [label, rows] of [['all dev pairs', windows], ['tuning half', tuning], ['other half', windows.filter((x) => !x.tuning)]] as const) {
    console.log(`\n${label}:`);
    for (const r of readings) {
      const cells: string[] = [];
      for (const t of thresholds) {
        const kept = rows.filter((x) => x.w.count >= t && r.value(x.w) !== null && now.value(x.w) !== null);
        const [xs, base, ks] = [kept.map((x) => r.value(x.w)!), kept.map((x) => now.value(x.w)!), kept.map((x) => x.kappa)];
        const rho = spearman(xs, ks);
        const ci = spearmanInterval(xs, ks);
        let cell = `>= ${t}: ${rho?.toFixed(2)} (${kept.length}; ${ci ? `${ci[0].toFixed(2)} … ${ci[1].toFixed(2)}` : '—'})`;
        if (r !== now && label === 'all dev pairs') {
          const diff = bootstrapInterval(kept.length, (pick) => (spearman(pick.map((i) => xs[i]!), pick.map((i) => ks[i]!)) ?? 0) - (spearman(pick.map((i) => base[i]!), pick.map((i) => ks[i]!)) ?? 0));
          cell += ` minus now ${(rho! - spearman(base, ks)!).toFixed(2)} (${diff?.[0].toFixed(2)} … ${diff?.[1].toFixed(2)})`;
        }
        if (label === 'all dev pairs') {
          const withBase = kept.filter((x) => baselineOf(x.w) !== null);
          const g = spearman(withBase.map((x) => baselineOf(x.w)!), withBase.map((x) => x.kappa));
          const mine = spearman(withBase.map((x) => r.value(x.w)!), withBase.map((x) => x.kappa));
          cell += `; on the baseline's ${withBase.length} pairs ${mine?.toFixed(2)} vs baseline ${g?.toFixed(2)}`;
        }
        cells.push(cell);
      }
      console.log(`${r.name}\n  ${cells.join('\n  ')}`);
    }
  }
} else if (process.argv.includes('--power')) {
  const next = seededUniform(7);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const sizes = [tuning, windows.filter((x) => !x.tuning)].map((rows) => rows.filter((x) => x.w.count >= 10).length);
  const draws = 4000;
  for (const rho of [0.4, 0.45, 0.5, 0.55, 0.6, 0.7]) {
    const r = 2 * Math.sin((Math.PI * rho) / 6);
    const passes = (n: number) => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = 0; i < n; i++) {
        const x = normal();
        xs.push(x);
        ys.push(r * x + Math.sqrt(1 - r * r) * normal());
      }
      return (spearman(xs, ys) ?? 0) >= 0.5;
    };
    let both = 0;
    for (let d = 0; d < draws; d++) if (passes(sizes[0]!) && passes(sizes[1]!)) both++;
    console.log(`rho ${rho.toFixed(2)} on all pairs: both halves (${sizes.join(' and ')} pairs) reach 0.50 in ${((100 * both) / draws).toFixed(0)}% of ${draws} draws`);
  }
} else if (process.argv.includes('--roots')) {
  for (const [label, rows] of [['tuning half', tuning], ...(measure ? [['other half', windows.filter((x) => !x.tuning)] as const] : [])] as const) {
    const kept = rows.filter((x) => x.w.count >= 10);
    const kappas = kept.map((x) => x.kappa);
    const share = (name: string, value: (x: (typeof kept)[number]) => number) => `${name} ${(spearman(kept.map(value), kappas) ?? 0).toFixed(2)}`;
    const roots = [...new Set(windows.flatMap((x) => [...x.roots.keys()]))].sort();
    console.log(`${label} (${kept.length} pairs with >= 10 pieces), each share of the pieces against kappa:`);
    console.log('  ' + roots.map((r) => share(r, (x) => (x.roots.get(r) ?? 0) / x.w.count)).join('  '));
    console.log('  ' + [share('joint acts', (x) => x.w.joint.n / x.w.count), share('quotations', (x) => x.w.criticism.n / x.w.count), share('events component', (x) => x.w.events.score ?? 0)].join('  '));
  }
} else if (!agreementQuestion) {
  const results = forms.map((f) => ({ f, rhos: rhosOf(f, tuning), criterion: meanOf(rhosOf(f, tuning)) }));
  console.log('tuning half:');
  for (const r of results) console.log(line(r.f.name, r.rhos));
  const adoptable = results.filter((r) => !r.f.diagnostic);
  const best = Math.max(...adoptable.map((r) => r.criterion));
  // forms are listed from the least change to the most: the first within 0.03 of the best is chosen
  const chosen = adoptable.find((r) => r.criterion >= best - 0.03)!;
  console.log(`\nbest adoptable mean ${best.toFixed(3)}; chosen (the first within 0.03 of it): ${chosen.f.name} (${chosen.criterion.toFixed(3)})`);
  if (measure) {
    for (const [label, rows] of [['other half', windows.filter((x) => !x.tuning)], ['all dev pairs', windows]] as const) {
      console.log(`\n${label}:`);
      for (const f of forms) console.log(line(f.name, rhosOf(f, rows)));
    }
    // the index now and the eleventh session's candidates: bootstrap intervals on each half and
    // on all dev pairs, and each candidate's difference from the index now (paired resamples)
    console.log('\n95% bootstrap intervals (pairs resampled); difference from the index now on the same resamples:');
    const now = forms[0]!;
    for (const f of [now, ...forms.filter((x) => x.talk)]) {
      const cells: string[] = [];
      for (const [label, rows] of [['tuning', tuning], ['other', windows.filter((x) => !x.tuning)], ['all', windows]] as const) {
        for (const t of thresholds) {
          const kept = rows.filter((x) => countOf(f, x.w) >= t && under(f, x.w) !== null && under(now, x.w) !== null);
          const [xs, base, ks] = [kept.map((x) => under(f, x.w)!), kept.map((x) => under(now, x.w)!), kept.map((x) => x.kappa)];
          const rho = spearman(xs, ks);
          const ci = spearmanInterval(xs, ks);
          const diff = f === now || label !== 'all' ? null : bootstrapInterval(kept.length, (pick) => (spearman(pick.map((i) => xs[i]!), pick.map((i) => ks[i]!)) ?? 0) - (spearman(pick.map((i) => base[i]!), pick.map((i) => ks[i]!)) ?? 0));
          const d = diff ? `, ${(rho! - spearman(base, ks)!).toFixed(2)} (${diff[0].toFixed(2)} … ${diff[1].toFixed(2)})` : '';
          cells.push(`${label} >= ${t}: ${rho?.toFixed(2)} (${ci ? `${ci[0].toFixed(2)} … ${ci[1].toFixed(2)}` : '—'}${d})`);
        }
      }
      console.log(`${f.name}\n  ${cells.join('\n  ')}`);
    }
  }
} else {
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
    for (const f of [forms[0]!, { ...forms[0]!, fromOneItem: true }]) console.log(line(`${f.name}, agreement from ${f.fromOneItem ? 'one item' : 'five items'}`, rhosOf(f, rows)));
  }
}
db.close();
