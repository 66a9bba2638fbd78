// The statistics of the cohesion eval (eval/cohesion.ts): Spearman's rho with a bootstrap
// interval, so that a reader sees how much of a figure is noise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bootstrapInterval, correlations, type PairScore, pairedDifference, spearman, spearmanInterval } from '../../eval/cohesion.ts';

test('a perfectly monotone ranking has rho 1 and a bootstrap interval of [1, 1]', () => {
  const xs = [1, 2, 3, 4, 5, 6, 7, 8];
  const ys = xs.map((x) => x ** 3);
  assert.equal(spearman(xs, ys), 1);
  assert.deepEqual(spearmanInterval(xs, ys), [1, 1]);
});

test('the bootstrap interval contains rho, is the same on every run and is wide for few pairs', () => {
  const xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4];
  const ys = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5, 9, 0, 4, 5, 2, 3, 5, 3];
  const rho = spearman(xs, ys)!;
  const interval = spearmanInterval(xs, ys)!;
  assert.ok(interval[0] <= rho && rho <= interval[1], `${rho} in ${interval}`);
  assert.deepEqual(spearmanInterval(xs, ys), interval);
  assert.ok(interval[1] - interval[0] > 0.5, `${interval} for 20 pairs of weakly related numbers`);
  // fewer than 4 pairs: no interval
  assert.equal(bootstrapInterval(3, () => 0), null);
});

test('a difference of two statistics on the same resamples is paired: identical measures differ by exactly 0', () => {
  const xs = [5, 3, 8, 1, 9, 2, 7, 4, 6, 10];
  const ys = [4, 2, 9, 3, 8, 1, 6, 5, 7, 10];
  const diff = (rows: number[]) => {
    const a = spearman(rows.map((i) => xs[i]!), rows.map((i) => ys[i]!));
    const b = spearman(rows.map((i) => xs[i]!), rows.map((i) => ys[i]!));
    return a === null || b === null ? null : a - b;
  };
  assert.deepEqual(bootstrapInterval(xs.length, diff), [0, 0]);
});

test('joint action against the index: the paired difference of their rhos, on the pairs where both are defined', () => {
  // hand-made pairs: joint action's share follows kappa, the index runs against it, one pair has no index
  const kappas = [0.9, 0.7, 0.5, 0.3, 0.1, -0.1, -0.3, -0.5];
  const rows = kappas.map((kappa, i) => ({ pair: `P${i}`, kappa, count: 10, joint: kappa / 2, index: i === 7 ? null : -kappa }) as unknown as PairScore);
  const d = pairedDifference(rows, (r) => r.joint, (r) => r.index);
  assert.equal(d.n, 7);
  assert.equal(d.rho, 2);
  assert.deepEqual(d.interval, [2, 2]);
  assert.equal(d.fisher, null);
  // a measure against itself differs by exactly 0 on every resample
  assert.deepEqual(pairedDifference(rows, (r) => r.joint, (r) => r.joint).interval, [0, 0]);
  // the eval reports it on all pairs and on each half
  const rowsOf = correlations(rows, new Set(['P0', 'P1', 'P2', 'P3'])).filter((c) => c.threshold === 5 && c.measure.startsWith('joint minus index'));
  assert.deepEqual(
    rowsOf.map((c) => [c.measure, c.n, c.rho]),
    [
      ['joint minus index', 7, 2],
      ['joint minus index, tuning half', 4, 2],
      ['joint minus index, other half', 3, 2],
    ],
  );
});
