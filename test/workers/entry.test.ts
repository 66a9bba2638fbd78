// The workers' entry: the compiled build's (bin/build.mjs), brought up to date when the
// calling thread runs the sources, with each module's import.meta.url pointing at its source
// file (so data files are found); a worker started from it analyses as the calling thread
// does (pool.test.ts compares the results).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtWorkerEntry } from '../../src/workers/entry.ts';
import { distDir, isStale } from '../../bin/build.mjs';

test('the workers run dist/analyze-worker.mjs, up to date with the sources; its modules find their files through their source URLs', async () => {
  const url = await builtWorkerEntry();
  assert.ok(url, 'dist/ could not be built');
  assert.equal(fileURLToPath(url), join(distDir, 'analyze-worker.mjs'));
  assert.equal(isStale(), false);
  const chunks = readdirSync(join(distDir, 'chunks')).map((name) => readFileSync(join(distDir, 'chunks', name), 'utf8'));
  // the actors stage finds data/actors relative to src/actors/index.ts
  assert.ok(chunks.some((code) => code.includes('new URL("../src/actors/index.ts", __ententeDistUrl)')));
  assert.ok(chunks.every((code) => !/import\.meta\.url/.test(code.replace(/^const __ententeDistUrl = new URL\("\.\.\/", import\.meta\.url\);\n/, ''))));
});

test('with ENTENTE_BUILD=off there is no built entry: the pool loads the sources through tsx', async () => {
  const was = process.env.ENTENTE_BUILD;
  process.env.ENTENTE_BUILD = 'off';
  try {
    assert.equal(await builtWorkerEntry(), undefined);
  } finally {
    if (was === undefined) delete process.env.ENTENTE_BUILD;
    else process.env.ENTENTE_BUILD = was;
  }
});
