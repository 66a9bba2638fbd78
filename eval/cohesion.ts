// Validation of the cohesion index against an outside reference: UN General Assembly vote
// agreement (../shared/data/cohesion/unga-agreement-dev.csv, the 390 dev pairs of 40 states;
// the other 390 pairs are kept aside and never read here).
//
// 1. ingest the whole bench corpus (../shared/data/corpus/bench.jsonl.gz, research use only:
//    its text is never copied out; this program prints ids, codes and counts) into a store once,
//    kept at $ENTENTE_COHESION_DB (default .scratch/cohesion-bench.db, gitignored) and reused;
// 2. compute the pooled index (`--by all`) for every pair of the 40 states, reading the store once;
// 3. pool each dev pair's kappa over the corpus's years (years with at least
//    `minArticlesPerYear` articles; each year weighted by its roll calls, years with fewer than
//    `minRollCalls` left out, as SOURCES.md advises);
// 4. print Spearman's rho between them for the index, each component, the relation alone (the
//    index without joint action) and a GDELT-style mean-Goldstein baseline, at evidence
//    thresholds 5/10/20, with n, and the index on two seeded halves of the dev pairs; each rho
//    with a bootstrap 95% interval (and Fisher's z for comparison), and the index's rho minus
//    the baseline's with a paired bootstrap interval.
//
//   npm run eval -- cohesion     (writes its section of docs/cohesion.md)
//   npx tsx eval/cohesion.ts     (prints only)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { openStore, type Store } from '../src/store/db.ts';
import { cohesionMatrix, cohesionRecords } from '../src/store/queries/cohesion.ts';
import type { CohesionWindow } from '../src/cohesion/index.ts';
import { seededUniform } from './seeded.ts';

/** eval/run.ts writes this part's section into docs/cohesion.md, not docs/accuracy.md. */
export const doc = 'cohesion.md';

const root = resolve(import.meta.dirname, '..');
/** Pieces of bilateral evidence a pair needs to be ranked. */
export const thresholds = [5, 10, 20] as const;
/** A year is one of the corpus's years when it has this many articles. */
export const minArticlesPerYear = 50;
/** Years with fewer roll calls than this say little about a pair (SOURCES.md). */
export const minRollCalls = 20;
const z95 = 1.959964;

export type Reference = { kappa: number; votes: number; years: number };

/** Each dev pair's kappa pooled over the given years: the mean of yearly kappas weighted by roll calls. */
export function pooledKappa(csv: string, years: Set<number>): Map<string, Reference> {
  const sums = new Map<string, { weighted: number; votes: number; years: number }>();
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const columns = header!.split(',');
  const col = (name: string) => {
    const i = columns.indexOf(name);
    if (i < 0) throw new Error(`unga-agreement-dev.csv: no column "${name}" in "${header}"`);
    return i;
  };
  const [year, a, b, n, kappa] = ['year', 'a', 'b', 'n', 'kappa'].map(col) as [number, number, number, number, number];
  for (const line of lines) {
    const f = line.split(',');
    const votes = Number(f[n]);
    if (!years.has(Number(f[year])) || votes < minRollCalls || f[kappa] === '') continue;
    const key = pairName(f[a]!, f[b]!);
    const s = sums.get(key) ?? { weighted: 0, votes: 0, years: 0 };
    s.weighted += votes * Number(f[kappa]);
    s.votes += votes;
    s.years++;
    sums.set(key, s);
  }
  return new Map([...sums].map(([k, s]) => [k, { kappa: s.weighted / s.votes, votes: s.votes, years: s.years }]));
}

/** Each dev pair's kappa per year, for the years with at least `minRollCalls` roll calls. */
export function yearlyKappa(csv: string): Map<string, Map<number, { kappa: number; votes: number }>> {
  const out = new Map<string, Map<number, { kappa: number; votes: number }>>();
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const columns = header!.split(',');
  const [year, a, b, n, kappa] = ['year', 'a', 'b', 'n', 'kappa'].map((c) => columns.indexOf(c)) as [number, number, number, number, number];
  for (const line of lines) {
    const f = line.split(',');
    if (Number(f[n]) < minRollCalls || f[kappa] === '') continue;
    const key = pairName(f[a]!, f[b]!);
    let years = out.get(key);
    if (!years) out.set(key, (years = new Map()));
    years.set(Number(f[year]), { kappa: Number(f[kappa]), votes: Number(f[n]) });
  }
  return out;
}

/**
 * A pair's kappa over the years its evidence comes from: yearly kappas weighted by the pair's
 * pieces of evidence that year times the year's roll calls; null when no year of its evidence
 * has a reference. The corpus-wide reference weighs 1987 like 2016 for a pair whose evidence
 * is all of 1987.
 */
export function evidenceYearsKappa(years: Map<number, { kappa: number; votes: number }> | undefined, evidence: Map<number, number>): number | null {
  let weighted = 0;
  let weight = 0;
  for (const [year, pieces] of evidence) {
    const r = years?.get(year);
    if (!r || pieces === 0) continue;
    weighted += pieces * r.votes * r.kappa;
    weight += pieces * r.votes;
  }
  return weight ? weighted / weight : null;
}

/** Pairs are named with their codes in alphabetical order, as in the reference. */
export const pairName = (a: string, b: string) => (a < b ? `${a}-${b}` : `${b}-${a}`);

/** Ranks with ties averaged (1-based). */
export function ranks(xs: number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rho: Pearson's correlation of the ranks; null below 3 pairs or with no spread. */
export function spearman(xs: number[], ys: number[]): number | null {
  if (xs.length < 3) return null;
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    sxy += (rx[i]! - mx) * (ry[i]! - my);
    sxx += (rx[i]! - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : null;
}

/** Resamples of the bootstrap: enough that the interval's ends move by about 0.01 from one seed to another. */
export const bootstrapResamples = 2000;

/**
 * 95% percentile bootstrap interval of a statistic of n pairs: the pairs drawn n times with
 * replacement, `resamples` times (a resample on which the statistic is undefined, with no spread,
 * is left out); null below 4 pairs. Unlike Fisher's z it assumes nothing about the statistic's
 * distribution, and a statistic of two measures on the same resample (their difference) is paired.
 */
export function bootstrapInterval(n: number, statistic: (rows: number[]) => number | null, resamples = bootstrapResamples, seed = 17): [number, number] | null {
  if (n < 4) return null;
  const next = seededUniform(seed);
  const values: number[] = [];
  const rows = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) rows[i] = Math.floor(next() * n);
    const v = statistic(rows);
    if (v !== null) values.push(v);
  }
  if (values.length < resamples / 2) return null;
  values.sort((x, y) => x - y);
  const at = (q: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))]!;
  return [at(0.025), at(0.975)];
}

/** The bootstrap interval of Spearman's rho between xs and ys (pairs resampled together). */
export function spearmanInterval(xs: number[], ys: number[]): [number, number] | null {
  return bootstrapInterval(xs.length, (rows) => spearman(rows.map((i) => xs[i]!), rows.map((i) => ys[i]!)));
}

/** 95% interval of a correlation by Fisher's z. */
export function fisherInterval(rho: number, n: number): [number, number] | null {
  if (n < 4 || Math.abs(rho) >= 1) return null;
  const z = Math.atanh(rho);
  const half = z95 / Math.sqrt(n - 3);
  return [Math.tanh(z - half), Math.tanh(z + half)];
}

export type PairScore = {
  pair: string;
  kappa: number;
  /** kappa over the years of the pair's own evidence (evidenceYearsKappa) */
  kappaOfEvidenceYears: number | null;
  count: number;
  index: number | null;
  events: number | null;
  agreement: number | null;
  criticism: number | null;
  /** the joint-action component's share of the pair's evidence */
  joint: number | null;
  /** the index of the relation alone: events, agreement and criticism, without joint action */
  relation: number | null;
  /** GDELT-style: the plain mean Goldstein score of the events between them */
  goldstein: number | null;
  /** the index as the seventh session defined it: every piece one, every agreement item counted (previousIndex) */
  previous: number | null;
  /** the evidence that index counted: agreement items too few to enter today's index included */
  previousCount: number;
  eventsN: number;
  /** the criticism-and-praise component's n: quotations of one side naming the other */
  remarks: number;
  agreementN: number;
  jointN: number;
};

/**
 * The index as it was before this form (seventh session): each component weighted by its n alone
 * (a joint act one piece) and stance agreement counted from one item (its pi); and its count.
 */
function previousIndex(w: CohesionWindow): { index: number | null; count: number } {
  const agreement = w.agreement.pi === null ? null : Math.min(1, Math.max(-1, w.agreement.pi));
  const parts = [
    { n: w.events.n, score: w.events.score },
    { n: w.agreement.n, score: agreement },
    { n: w.criticism.n, score: w.criticism.score },
    { n: w.joint.n, score: w.joint.score },
  ].filter((c) => c.n > 0 && c.score !== null);
  const count = w.count + (w.agreement.counted ? 0 : w.agreement.n);
  const n = parts.reduce((s, c) => s + c.n, 0);
  return { count, index: count >= 3 && n ? parts.reduce((s, c) => s + c.n * c.score!, 0) / n : null };
}

/** The index as it was before joint action: the three components of the relation, weighted by their n. */
function relationIndex(w: CohesionWindow): number | null {
  const parts = [w.events, w.agreement, w.criticism].filter((c) => c.score !== null);
  const n = parts.reduce((s, c) => s + c.n, 0);
  return n >= 3 ? parts.reduce((s, c) => s + c.n * c.score!, 0) / n : null;
}

/**
 * A seeded split of the dev pairs into two halves (a linear congruential generator, seed 17):
 * the first half is where anything is tuned, the second where it is reported untouched.
 */
export function tuningHalf(names: string[]): Set<string> {
  let seed = 17;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const shuffled = [...names].sort().map((n) => [next(), n] as const).sort((x, y) => x[0] - y[0]);
  return new Set(shuffled.slice(0, Math.floor(shuffled.length / 2)).map(([, n]) => n));
}

function pairScore(pair: string, kappa: number, kappaOfEvidenceYears: number | null, w: CohesionWindow): PairScore {
  const previous = previousIndex(w);
  return {
    pair,
    kappa,
    kappaOfEvidenceYears,
    count: w.count,
    index: w.index,
    events: w.events.score,
    // Scott's pi over every item, also where too few items enter the index
    agreement: w.agreement.pi === null ? null : Math.min(1, Math.max(-1, w.agreement.pi)),
    criticism: w.criticism.score,
    // every joint act scores alike (jointWeights), so the component ranks pairs by how much of their evidence it is
    joint: w.count ? w.joint.n / w.count : null,
    relation: relationIndex(w),
    goldstein: w.events.goldstein,
    previous: previous.index,
    previousCount: previous.count,
    eventsN: w.events.n,
    remarks: w.criticism.n,
    agreementN: w.counts.agreement_items,
    jointN: w.joint.n,
  };
}

export const measures = ['index', 'events', 'agreement', 'criticism', 'joint', 'relation', 'goldstein'] as const;
export type Measure = (typeof measures)[number];

export type Correlation = {
  measure:
    | Measure
    | 'previous index'
    | 'index on baseline pairs'
    | 'index against its years'
    | 'index, tuning half'
    | 'index, other half'
    | 'index minus baseline'
    | 'joint, tuning half'
    | 'joint, other half'
    | 'joint minus index'
    | 'joint minus index, tuning half'
    | 'joint minus index, other half';
  threshold: number;
  n: number;
  rho: number | null;
  /** 95% percentile bootstrap interval (bootstrapInterval) */
  interval: [number, number] | null;
  /** 95% interval by Fisher's z, for comparison (it assumes normal data; null for a difference) */
  fisher: [number, number] | null;
};

/** rho of each measure against kappa over the pairs with at least `threshold` pieces of evidence where it is defined. */
export function correlations(scores: PairScore[], half: Set<string> = tuningHalf(scores.map((s) => s.pair))): Correlation[] {
  const out: Correlation[] = [];
  const corr = (measure: Correlation['measure'], threshold: number, rows: PairScore[], value: (r: PairScore) => number | null, reference: (r: PairScore) => number | null = (r) => r.kappa) => {
    const kept = rows.filter((r) => value(r) !== null && reference(r) !== null);
    const xs = kept.map((r) => value(r)!);
    const ys = kept.map((r) => reference(r)!);
    const rho = spearman(xs, ys);
    out.push({ measure, threshold, n: kept.length, rho, interval: rho === null ? null : spearmanInterval(xs, ys), fisher: rho === null ? null : fisherInterval(rho, kept.length) });
  };
  for (const t of thresholds) {
    const rows = scores.filter((r) => r.count >= t);
    for (const m of measures) corr(m, t, rows, (r) => r[m]);
    // the seventh session's index, on the pairs its own count admits
    corr('previous index', t, scores.filter((r) => r.previousCount >= t), (r) => r.previous);
    // the index on exactly the pairs the baseline ranks (those with events), for a like-for-like comparison
    corr('index on baseline pairs', t, rows.filter((r) => r.goldstein !== null), (r) => r.index);
    // whether the index ranks better than the baseline: the difference of the two rhos on the same
    // pairs, its interval from the same resamples of pairs for both (a paired bootstrap)
    out.push({ measure: 'index minus baseline', threshold: t, ...pairedDifference(rows, (r) => r.index, (r) => r.goldstein) });
    // whether joint action's share alone ranks better than the index that holds it: the same paired
    // difference, on all pairs and on each half (a difference that holds on one half only is noise)
    const jointMinusIndex = (measure: Correlation['measure'], kept: PairScore[]) => out.push({ measure, threshold: t, ...pairedDifference(kept, (r) => r.joint, (r) => r.index) });
    jointMinusIndex('joint minus index', rows);
    jointMinusIndex('joint minus index, tuning half', rows.filter((r) => half.has(r.pair)));
    jointMinusIndex('joint minus index, other half', rows.filter((r) => !half.has(r.pair)));
    // the same index against kappa over the years its evidence comes from
    corr('index against its years', t, rows, (r) => r.index, (r) => r.kappaOfEvidenceYears);
    // the two seeded halves of the dev pairs: how far the figure moves on its own
    corr('index, tuning half', t, rows.filter((r) => half.has(r.pair)), (r) => r.index);
    corr('index, other half', t, rows.filter((r) => !half.has(r.pair)), (r) => r.index);
    corr('joint, tuning half', t, rows.filter((r) => half.has(r.pair)), (r) => r.joint);
    corr('joint, other half', t, rows.filter((r) => !half.has(r.pair)), (r) => r.joint);
  }
  return out;
}

/**
 * rho of measure a minus rho of measure b against kappa, on the pairs where both are defined, with
 * the interval of the difference from the same resamples of pairs for both (a paired bootstrap).
 */
export function pairedDifference(rows: PairScore[], a: (r: PairScore) => number | null, b: (r: PairScore) => number | null): Pick<Correlation, 'n' | 'rho' | 'interval' | 'fisher'> {
  const both = rows.filter((r) => a(r) !== null && b(r) !== null);
  const [xs, ys, kappa] = [both.map((r) => a(r)!), both.map((r) => b(r)!), both.map((r) => r.kappa)];
  const difference = (pick: number[]) => {
    const ref = pick.map((i) => kappa[i]!);
    const x = spearman(pick.map((i) => xs[i]!), ref);
    const y = spearman(pick.map((i) => ys[i]!), ref);
    return x === null || y === null ? null : x - y;
  };
  return { n: both.length, rho: difference(both.map((_, i) => i)), interval: bootstrapInterval(both.length, difference), fisher: null };
}

async function ensureStore(shared: string, dbFile: string): Promise<void> {
  if (existsSync(dbFile)) {
    console.log(`cohesion: reusing ${dbFile} (delete it to re-ingest)`);
    return;
  }
  const corpus = join(shared, 'data', 'corpus', 'bench.jsonl.gz');
  mkdirSync(dirname(dbFile), { recursive: true });
  const jobs = process.env.ENTENTE_JOBS ?? '2';
  console.log(`cohesion: ingesting ${corpus} into ${dbFile} (--jobs ${jobs})`);
  const started = Date.now();
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), 'ingest', corpus, '--db', dbFile, '--jobs', jobs, '--quiet'], { stdio: 'inherit', cwd: root });
  console.log(`cohesion: ingested in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function corpusYears(db: Store): Map<number, number> {
  const rows = db.prepare('SELECT CAST(substr(published, 1, 4) AS INTEGER) AS year, count(*) AS n FROM articles WHERE duplicate_of IS NULL AND published IS NOT NULL GROUP BY year').all() as { year: number; n: number }[];
  return new Map(rows.filter((r) => r.n >= minArticlesPerYear).map((r) => [r.year, r.n]));
}

const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits));
const span = (i: [number, number] | null) => (i ? `${fmt(i[0])} … ${fmt(i[1])}` : '—');

export async function evaluate(shared: string): Promise<string> {
  const dbFile = resolve(process.env.ENTENTE_COHESION_DB ?? join(root, '.scratch', 'cohesion-bench.db'));
  await ensureStore(shared, dbFile);
  const db = openStore(dbFile, { readonly: true });
  try {
    const totals = db
      .prepare(
        `SELECT (SELECT count(*) FROM articles WHERE duplicate_of IS NULL) AS articles, (SELECT count(*) FROM events) AS events,
           (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM stances WHERE issue <> 'relations') AS stances,
           (SELECT count(*) FROM stances WHERE issue = 'relations') AS remarks, (SELECT min(ingested_at) FROM articles) AS ingested`,
      )
      .get() as Record<string, number> & { ingested: string };
    console.log('store:', totals);
    const years = corpusYears(db);
    const csv = readFileSync(join(shared, 'data', 'cohesion', 'unga-agreement-dev.csv'), 'utf8');
    const reference = pooledKappa(csv, new Set(years.keys()));
    const states = [...new Set([...reference.keys()].flatMap((k) => k.split('-')))].sort();
    console.log(`reference: ${reference.size} dev pairs of ${states.length} states, kappa pooled over ${[...years.keys()].sort().join(', ')}`);

    const started = Date.now();
    const records = cohesionRecords(db);
    const matrix = cohesionMatrix(db, states, { by: 'all' }, records);
    const seconds = (Date.now() - started) / 1000;
    // pieces of evidence per pair and year, for the reference of each pair's own years
    const yearly = yearlyKappa(csv);
    const byYear = new Map(cohesionMatrix(db, states, { by: 'year' }, records).pairs.map((p) => [pairName(p.a.label, p.b.label), new Map(p.windows.map((w) => [Number(w.window), w.count]))]));
    const scores: PairScore[] = [];
    for (const p of matrix.pairs) {
      const name = pairName(p.a.label, p.b.label);
      const ref = reference.get(name);
      const w = p.windows[0];
      if (ref && w) scores.push(pairScore(name, ref.kappa, evidenceYearsKappa(yearly.get(name), byYear.get(name) ?? new Map()), w));
    }
    const results = correlations(scores, tuningHalf([...reference.keys()]));
    for (const r of results) console.log(`rho ${r.measure} (>= ${r.threshold}): ${fmt(r.rho, 3)} n=${r.n} bootstrap ${span(r.interval)}`);

    const table = (t: number) => {
      const row = (m: Correlation['measure']) => results.find((r) => r.threshold === t && r.measure === m)!;
      return measures
        .map((m) => row(m))
        .concat(
          row('previous index'),
          row('index on baseline pairs'),
          row('index minus baseline'),
          row('index against its years'),
          row('index, tuning half'),
          row('index, other half'),
          row('joint, tuning half'),
          row('joint, other half'),
          row('joint minus index'),
          row('joint minus index, tuning half'),
          row('joint minus index, other half'),
        );
    };
    const label: Record<Correlation['measure'], string> = {
      index: '**cohesion index**',
      events: 'events component',
      agreement: 'stance agreement (Scott\'s pi over every item; in the index only with >= 5 items)',
      criticism: 'criticism and praise component',
      joint: 'joint action component (its share of the evidence)',
      relation: 'the relation alone (events, agreement when counted, criticism; the index without joint action)',
      goldstein: 'baseline: mean Goldstein (GDELT-style)',
      'previous index': 'the index before this form (a joint act one piece, agreement from one item; pairs by its own count)',
      'index on baseline pairs': 'cohesion index, on the baseline\'s pairs',
      'index minus baseline': 'cohesion index minus the baseline (difference of the two rhos on the same pairs)',
      'index against its years': 'cohesion index, against kappa over the years of each pair\'s evidence',
      'index, tuning half': 'cohesion index, on the tuning half of the dev pairs',
      'index, other half': 'cohesion index, on the other half',
      'joint, tuning half': 'joint action component, on the tuning half',
      'joint, other half': 'joint action component, on the other half',
      'joint minus index': 'joint action component minus the index (difference of the two rhos on the same pairs)',
      'joint minus index, tuning half': 'joint action component minus the index, on the tuning half',
      'joint minus index, other half': 'joint action component minus the index, on the other half',
    };
    const ranked = scores.filter((s) => s.count >= 10 && s.index !== null).sort((x, y) => y.index! - x.index!);
    const pairLine = (s: PairScore) => `${s.pair} ${fmt(s.index)} (kappa ${fmt(s.kappa)}; ${s.count} pieces: ${s.eventsN} events, ${s.remarks} quotations, ${s.agreementN} agreement items, ${s.jointN} joint acts)`;
    return [
      '## Validation against UN General Assembly votes',
      '',
      `\`npm run eval -- cohesion\` (eval/cohesion.ts) ingests the whole bench corpus once (this store on ${totals.ingested.slice(0, 16).replace('T', ' ')} UTC: ${totals.articles} articles; ${totals.events} events, ${totals.quotes} quotations, ${totals.stances} stances on issues, ${totals.remarks} remarks), ` +
        `computes the pooled index (\`--by all\`) for every pair of the ${states.length} states of ../shared/data/cohesion/unga-agreement-dev.csv (${(seconds).toFixed(1)} s for all ${matrix.pairs.length} pairs, the store read once), ` +
        `and ranks the ${reference.size} dev pairs against their UNGA kappa pooled over the corpus's years (${[...years.keys()].sort().join(', ')}: years with at least ${minArticlesPerYear} articles; each year weighted by its roll calls, years with fewer than ${minRollCalls} left out). ` +
        'The other 390 pairs are kept aside. A pair counts at a threshold when it has at least that many pieces of evidence (`count`, joint acts included); a component or the baseline only where it is defined. ' +
        'The index weighs a joint act as two pieces and takes stance agreement in only with at least 5 items (`componentWeights`, `minAgreementItems` in src/cohesion/index.ts; chosen on the tuning half, below); "the index before this form" is the seventh session\'s (every piece one, agreement from one item), on the pairs its own count admits. ' +
        'The joint action component scores every joint act +1, so it is ranked by its share of the pair\'s evidence; "the relation alone" is the index of the other three components, on the same pairs. ' +
        'The row "against kappa over the years of each pair\'s evidence" ranks the same index against each pair\'s kappa over the years its own evidence comes from (yearly kappas weighted by the pair\'s pieces of evidence that year times the year\'s roll calls), since the corpus-wide reference weighs 1987 like 2016 for a pair whose evidence is all of 1987. ' +
        'The rows "on the tuning half" and "on the other half" split the dev pairs into two seeded random halves (`tuningHalf`): anything chosen on the evidence of these figures is chosen on the first and reported on the second. ' +
        'The last three rows ask whether joint action\'s share alone ranks pairs better than the index that holds it: the difference of the two rhos on the same pairs (paired, as for the baseline), on all dev pairs and on each half. ' +
        `Each rho has a 95% percentile bootstrap interval (the pairs drawn with replacement, ${bootstrapResamples} seeded resamples) and, for comparison, Fisher's z interval; "minus the baseline" is the difference of the index's and the baseline's rho on the same pairs, its interval from the same resamples for both (paired).`,
      '',
      ...thresholds.flatMap((t) => [
        `Pairs with at least ${t} pieces of evidence:`,
        '',
        '| measure | n pairs | Spearman rho | 95% interval (bootstrap) | 95% interval (Fisher z) |',
        '|---|---|---|---|---|',
        ...table(t).map((r) => `| ${label[r.measure]} | ${r.n} | ${fmt(r.rho)} | ${span(r.interval)} | ${span(r.fisher)} |`),
        '',
      ]),
      `Highest pooled index (>= 10 pieces): ${ranked.slice(0, 5).map(pairLine).join('; ')}.`,
      '',
      `Lowest: ${ranked.slice(-5).reverse().map(pairLine).join('; ')}.`,
    ].join('\n');
  } finally {
    db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const shared = resolve(process.env.ENTENTE_SHARED ?? join(root, '..', 'shared'));
  console.log(await evaluate(shared));
}
