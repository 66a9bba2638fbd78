// src/nlp/index.ts (documentScopedLexicon) reaches into wink-nlp's private internals: the
// list of allowed `its` mappers in wink-nlp/src/allowed.js, the document's cache handed to
// a token mapper, and the cache's lookup/add/intrinsicSize, which the tokenizer must call
// through the cache object. None of this is public API, so wink-nlp is pinned to one exact
// version; these checks fail loudly, naming what changed, when an upgrade moves any of it
// (the patch would otherwise stop working in silence, and results would again depend on
// which articles a thread had read before: test/nlp/parse.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { winkPipeline } from '../../src/nlp/index.ts';

const require = createRequire(import.meta.url);
const pinned = '2.4.0';

test('wink-nlp is pinned to the exact version whose internals src/nlp/index.ts uses', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
  assert.equal(manifest.dependencies['wink-nlp'], pinned, 'package.json must name wink-nlp exactly (no ^ or ~): read these tests before changing it');
  assert.equal((require('wink-nlp/package.json') as { version: string }).version, pinned, 'the installed wink-nlp is not the pinned one: run npm ci');
});

test("wink-nlp's internals are where src/nlp/index.ts reaches for them", () => {
  const allowed = require('wink-nlp/src/allowed.js') as { its4tokens?: unknown };
  assert.ok(allowed.its4tokens instanceof Set, 'wink-nlp/src/allowed.js no longer exports its4tokens as a Set');

  const nlp = winkNLP(model, winkPipeline as Parameters<typeof winkNLP>[1]);
  type Cache = { lookup(text: string): number[] | null; add(text: string, category: number): number; intrinsicSize(): number };
  const itsCache = (_index: number, rdd: { cache?: Cache }) => rdd.cache;
  allowed.its4tokens.add(itsCache);
  let cache: Cache | undefined;
  try {
    cache = (nlp.readDoc('probe').tokens().out(itsCache as never) as unknown as (Cache | undefined)[])[0];
  } finally {
    allowed.its4tokens.delete(itsCache);
  }
  assert.ok(cache, 'a token mapper no longer receives the document data with its cache');
  for (const method of ['lookup', 'add', 'intrinsicSize'] as const) assert.equal(typeof cache[method], 'function', `the cache has no ${method}()`);
  assert.ok(cache.intrinsicSize() > 1000, "intrinsicSize() is not the model's vocabulary size");

  // The tokenizer must look words up, and add the new ones, through the cache object:
  // that is where the patch replaces the two methods.
  const calls = { lookup: 0, add: 0 };
  const { lookup, add } = cache;
  cache.lookup = function (this: Cache, text: string) {
    calls.lookup++;
    return lookup.call(this, text);
  };
  cache.add = function (this: Cache, text: string, category: number) {
    calls.add++;
    return add.call(this, text, category);
  };
  const before = cache.intrinsicSize();
  nlp.readDoc('Zorblatt’s envoy Qwixby met Vrendalia’s minister.');
  assert.ok(calls.lookup > 0, 'the tokenizer no longer calls cache.lookup through the cache object');
  assert.ok(calls.add > 0, 'new words are no longer added with cache.add through the cache object');
  assert.equal(cache.intrinsicSize(), before, 'intrinsicSize() grew with the words added: it no longer marks where the model ends');
});
