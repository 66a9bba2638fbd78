import assert from 'node:assert/strict';
import test from 'node:test';
import type { Doc } from '../../src/nlp/index.ts';
import { hardStops, isHardStop, isPassive } from '../../src/events/grammar.ts';

test('isHardStop (by character code) agrees with the hardStops set', () => {
  const words = [...hardStops, ',', '.', 'a', ';;', '', '--', '-', '«', '»', "'", '[', '…', '‘', '’', ':)', '("'];
  for (let c = 0; c < 0x3000; c++) words.push(String.fromCharCode(c));
  for (const w of words) assert.equal(isHardStop({ lower: [w] } as unknown as Doc, 0), hardStops.has(w), JSON.stringify(w));
});

test('isPassive reads a participle after any form of "be" or "get", typographic contractions too', () => {
  const passive = (words: string[], pos: string[]) => isPassive({ lower: words, pos } as unknown as Doc, words.length - 1, 0);
  assert.equal(passive(['they', '’re', 'attacked'], ['PRON', 'AUX', 'VERB']), true);
  assert.equal(passive(['i', '’m', 'not', 'invited'], ['PRON', 'AUX', 'PART', 'VERB']), true);
  assert.equal(passive(['they', 'were', 'getting', 'arrested'], ['PRON', 'AUX', 'AUX', 'VERB']), true);
  assert.equal(passive(['they', 'got', 'arrested'], ['PRON', 'AUX', 'VERB']), true);
  assert.equal(passive(['they', 'have', 'arrested'], ['PRON', 'AUX', 'VERB']), false);
});

test('a horizontal bar stops a scan as an em dash does; the double hyphen of wire copy does not', () => {
  const stop = (w: string) => isHardStop({ lower: [w] } as unknown as Doc, 0);
  assert.equal(stop('―'), true);
  assert.equal(stop('—'), true);
  assert.equal(stop('--'), false);
});
