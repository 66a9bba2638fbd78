// Capitals of states that became independent within the news archives' years
// (data/actors/successions.tsv): the seat of the state they left before that day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idOf, recognizeText } from './helpers.ts';

test('a capital is the seat of the state it belonged to on the article\'s date', () => {
  const text = 'Rebels shelled Juba and Asmara on Sunday.';
  assert.equal(idOf(recognizeText(text, '1987-04-02'), 'Juba'), 'SDNGOV');
  assert.equal(idOf(recognizeText(text, '1987-04-02'), 'Asmara'), 'ETHGOV');
  assert.equal(idOf(recognizeText(text, '2015-04-02'), 'Juba'), 'SSDGOV');
  assert.equal(idOf(recognizeText(text, '2015-04-02'), 'Asmara'), 'ERIGOV');
});
