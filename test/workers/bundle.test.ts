// The workers' bundle: built from the sources, with each module's import.meta.url
// pointing at its source file (so data files are found), and a worker started from it
// analyses as the calling thread does (pool.test.ts compares the results).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildWorkerBundle } from '../../src/workers/bundle.ts';

test('the worker bundle builds, and its modules find their files through their source URLs', async () => {
  const url = await buildWorkerBundle();
  assert.ok(url, 'the bundle could not be built');
  const code = readFileSync(fileURLToPath(url), 'utf8');
  assert.doesNotMatch(code, /import\.meta\.url/);
  // the actors stage finds data/actors relative to src/actors/index.ts
  assert.match(code, /"file:\/\/[^"]*\/src\/actors\/index\.ts"/);
  assert.match(code, /function analyze\b/);
});

test('the bundle is named by its contents: checkouts that share node_modules never load each other\'s build', async () => {
  const url = await buildWorkerBundle();
  assert.ok(url);
  const path = fileURLToPath(url);
  const code = readFileSync(path, 'utf8');
  const name = /analyze-worker-([0-9a-f]{16})\.mjs$/.exec(path);
  assert.ok(name, path);
  assert.equal(createHash('sha256').update(code).digest('hex').slice(0, 16), name[1]);
});
