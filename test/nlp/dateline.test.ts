// Datelines (src/nlp/dateline.ts): the place a story is filed from, in capitals before a dash,
// read once for the actors and events stages. Hand-written text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/nlp/index.ts';
import { datelines, datelineTokens } from '../../src/nlp/dateline.ts';

const words = (text: string) => {
  const doc = parse(text);
  return datelines(doc).map((d) => doc.value.slice(d.first, d.dash + 1).join(' '));
};

test('a dateline runs from the capitals opening a sentence to the dash; a digest has one per story', () => {
  assert.deepEqual(words('VARLEN FALLS, Texas, March 3 - The mayor spoke.\n\nOSLO - Talks resumed on Monday.'), ['VARLEN FALLS , Texas , March 3 -', 'OSLO -']);
});

test('a horizontal bar (U+2015) closes a dateline as a dash does', () => {
  assert.deepEqual(words('VARLEN FALLS, Texas \u2015 The mayor spoke on Monday.'), ['VARLEN FALLS , Texas \u2015']);
});

test('a hyphen inside a word opens no dateline: "US-led forces"', () => {
  const text = 'US-led forces crossed the river on Monday.';
  assert.deepEqual(words(text), []);
  assert.ok(datelineTokens(parse(text)).every((x) => x === 0));
});

test('a dateline is parsed apart from its sentence and hangs on its root: the place is no subject', () => {
  const doc = parse('OSLO - Dozens of Norwegian soldiers marched into the camp on Monday.');
  const at = (word: string) => doc.value.indexOf(word);
  const marched = at('marched');
  assert.equal(doc.head[marched], -1);
  assert.equal(doc.head[at('Dozens')], marched);
  assert.equal(doc.deprel[at('Dozens')], 'nsubj');
  assert.equal(doc.head[at('OSLO')], marched);
  assert.equal(doc.deprel[at('OSLO')], 'dep');
});
