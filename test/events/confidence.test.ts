// Confidence (src/events/confidence.ts): every event carries one; --min-confidence drops those below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.ts';
import { loadContext } from '../../src/context.ts';
import { bundledContext } from '../context.ts';
import { confidenceOf, loadConfidence } from '../../src/events/confidence.ts';
import { eventDataDir } from '../../src/events/index.ts';

const text = 'France condemned Russia on Tuesday. Russia\'s invasion of Ukraine continued.';

test('every event carries a confidence from 0 to 1', () => {
  const events = analyze({ id: 't', text, published: '2024-03-15' }, bundledContext()).events;
  assert.ok(events.length >= 2, JSON.stringify(events.map((e) => e.cameo)));
  for (const e of events) assert.ok(typeof e.confidence === 'number' && e.confidence >= 0 && e.confidence <= 1, `${e.cameo}: ${e.confidence}`);
});

test('a minimum confidence drops the events below it', () => {
  const all = analyze({ id: 't', text, published: '2024-03-15' }, loadContext({ minConfidence: 0 })).events;
  const cut = Math.max(...all.map((e) => e.confidence!));
  const kept = analyze({ id: 't', text, published: '2024-03-15' }, loadContext({ minConfidence: cut })).events;
  assert.deepEqual(kept.map((e) => e.confidence), all.filter((e) => e.confidence! >= cut).map((e) => e.confidence));
  assert.ok(kept.length < all.length || all.every((e) => e.confidence === cut));
});

test('confidence is the mean of the family and the root weights, an unlisted root taking "other"', () => {
  const table = loadConfidence(join(eventDataDir, 'confidence.tsv'));
  const expected = Math.round(((table.family.get('nominal')! + table.root.get('19')!) / 2) * 100) / 100;
  assert.equal(confidenceOf('nominal', '193', table), expected);
  assert.equal(confidenceOf('verb', '915', table), Math.round(((table.family.get('verb')! + table.otherRoot) / 2) * 100) / 100);
});

test('a confidence table with a bad or missing row names the file and the row', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-confidence-'));
  const bad = join(dir, 'bad.tsv');
  writeFileSync(bad, 'factor\tvalue\tweight\nfamily\tpattern\t1.5\n');
  assert.throws(() => loadConfidence(bad), /bad\.tsv: weight "1\.5" of "family\tpattern"/);
  const short = join(dir, 'short.tsv');
  writeFileSync(short, 'factor\tvalue\tweight\nfamily\tpattern\t0.5\n');
  assert.throws(() => loadConfidence(short), /short\.tsv: no weight for family verb/);
});
