#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=50 --interrupt-budget=1000000
// Entry point for `npx entente`: runs the TypeScript CLI through tsx's loader,
// so a fresh clone works after `npm ci` with no build step.
//
// V8 flags (they apply to the worker threads of `ingest --jobs` too; figures in
// docs/performance.md):
// --max-semi-space-size=4: analysis makes many short-lived objects per article; a small
//   young generation lowers the resident size of a long ingest at little cost in speed.
// --heap-growing-percent=50: after a full collection the heap may grow to 1.5x what is
//   live, instead of up to 4x: a long ingest stays near 330 MB instead of climbing past
//   600 MB, at the same speed. It is not a cap: one huge article still gets the memory it
//   needs (a cap of 192 MB made an 8 MB HTML page abort the process).
// --interrupt-budget=1000000: V8 optimises a function after it has run ~8x longer than
//   by default, with more type feedback, so the big stage functions are compiled a few
//   times instead of a dozen. Compiling runs on a background thread, which has no core
//   of its own when `--jobs` keeps both cores busy: with the default, two analysing
//   threads ran each other ~1.7x slower for the first thousands of articles.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
