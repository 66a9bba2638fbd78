// A seeded generator of uniform numbers in [0, 1) (mulberry32), for measurements and training
// that must make the same choices on every run: the parser's training order
// (scripts/train-parser.ts), the cohesion bootstrap and halves (eval/cohesion.ts), the bench
// audit's sample (eval/audit-sample.ts).

export function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
