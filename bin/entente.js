#!/usr/bin/env -S node --max-semi-space-size=8 --heap-growing-percent=50 --interrupt-budget=1000000 --no-parallel-scavenge
// Entry point for `npx entente`: runs the compiled build in dist/ (bin/build.mjs; `npm ci`
// makes it), building it again first when any source is newer than it, so it never runs
// old code. With ENTENTE_BUILD=off, or when dist/ cannot be built, it runs the TypeScript
// sources through tsx's loader instead (same results, ~1 s more to start).
//
// V8 flags (they apply to the worker threads of `ingest --jobs` too; measurements in
// docs/performance.md, "V8 flags of bin/entente.js"):
// --max-semi-space-size=8: a larger young generation (the workers get the same,
//   src/workers/prestart.ts) collects analysis's short-lived objects before they are promoted.
// --heap-growing-percent=50: the heap grows to 1.5x what is live after a full collection,
//   not 4x; not a cap, so one huge article still gets the memory it needs.
// --interrupt-budget=1000000: V8 optimises the big stage functions later, with more type
//   feedback, so fewer times, on a compiler thread that has no core of its own under --jobs.
// --no-parallel-scavenge: each thread collects its young generation alone rather than
//   waiting for helper threads that have no core under --jobs.
import { ensureBuild } from './build.mjs';

const args = process.argv.slice(2);
if (process.env.ENTENTE_BUILD !== 'off' && (await ensureBuild())) {
  // `entente ingest` with --jobs > 1: the worker threads start loading their dictionaries
  // now, while this thread loads the command line (src/workers/prestart.ts).
  const { prestart, useBuiltWorker } = await import('../dist/prestart.mjs');
  useBuiltWorker(new URL('../dist/analyze-worker.mjs', import.meta.url));
  prestart(args);
  await import('../dist/main.mjs');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { prestart } = await import('../src/workers/prestart.ts');
  prestart(args);
  await import('../src/cli/main.ts');
}
