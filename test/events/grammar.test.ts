import assert from 'node:assert/strict';
import test from 'node:test';
import type { Doc } from '../../src/nlp/index.ts';
import { hardStops, isHardStop } from '../../src/events/grammar.ts';

test('isHardStop (by character code) agrees with the hardStops set', () => {
  const words = [...hardStops, ',', '.', 'a', ';;', '', '--', '-', '«', '»', "'", '[', '…', '‘', '’', ':)', '("'];
  for (let c = 0; c < 0x3000; c++) words.push(String.fromCharCode(c));
  for (const w of words) assert.equal(isHardStop({ lower: [w] } as unknown as Doc, 0), hardStops.has(w), JSON.stringify(w));
});
