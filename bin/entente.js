#!/usr/bin/env -S node --max-semi-space-size=8 --heap-growing-percent=50 --interrupt-budget=1000000 --no-parallel-scavenge
// Entry point for `npx entente`: runs the TypeScript CLI through tsx's loader,
// so a fresh clone works after `npm ci` with no build step.
//
// V8 flags (they apply to the worker threads of `ingest --jobs` too; figures in
// docs/performance.md):
// --max-semi-space-size=8: analysis makes many short-lived objects per article. A young
//   generation of 3 x 8 MB (the workers get the same, src/workers/prestart.ts) collects
//   them before they are promoted: 8k bench articles with --jobs 2 in 9.18-9.24 s instead
//   of 9.36-9.51 s with 4 MB (four runs each), ~15 MB more RSS per thread; 16 MB was no
//   faster and cost 50 MB more.
// --heap-growing-percent=50: after a full collection the heap may grow to 1.5x what is
//   live, instead of up to 4x: a long ingest stays near 330 MB instead of climbing past
//   600 MB, at the same speed. It is not a cap: one huge article still gets the memory it
//   needs (a cap of 192 MB made an 8 MB HTML page abort the process).
// --interrupt-budget=1000000: V8 optimises a function after it has run ~8x longer than
//   by default, with more type feedback, so the big stage functions are compiled a few
//   times instead of a dozen. Compiling runs on a background thread, which has no core
//   of its own when `--jobs` keeps both cores busy: with the default, two analysing
//   threads ran each other ~1.7x slower for the first thousands of articles.
// --no-parallel-scavenge: each thread collects its young generation alone. By default
//   it hands part of every collection (about a hundred a second) to helper threads, and
//   when `--jobs` keeps both cores busy the helpers only wait for a core: 8k bench
//   articles with --jobs 2 took 9.0 s instead of 9.4 s; --jobs 1 is unchanged.
import { register } from 'tsx/esm/api';

register();
// `entente ingest` with --jobs > 1: the worker threads start loading their dictionaries
// now, while this thread loads the command line (src/workers/prestart.ts).
const { prestart } = await import('../src/workers/prestart.ts');
prestart(process.argv.slice(2));
await import('../src/cli/main.ts');
