// Names of international bodies written with a slip of the pen (src/actors/misspellings.ts).
// Hand-written text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idOf, recognizeText } from './helpers.ts';

test('two letters swapped in a body’s name: "the Untied Nations" is the United Nations', () => {
  const r = recognizeText('The Untied Nations condemned the raid on Tuesday.', '2015-05-20');
  assert.equal(idOf(r, 'The Untied Nations'), 'IGOUNO');
});

test('a letter left out, or a British spelling, in a body’s name', () => {
  const r = recognizeText('The International Coffee Organistion met in London. The Food and Agriculture Organisation warned of hunger.', '1987-04-01');
  assert.equal(idOf(r, 'The International Coffee Organistion'), 'IGOAGRICO');
  assert.equal(idOf(r, 'The Food and Agriculture Organisation'), 'IGOAGR');
});

test('a name one letter from a body’s is not read as it when it goes on: "the Untied Nations Pavilion"', () => {
  const r = recognizeText('Crowds visited the Untied Nations Pavilion in Osaka.', '2015-05-20');
  assert.ok(!r.mentions.some((m) => m.actor === 'IGOUNO'), JSON.stringify(r.mentions));
});

test('people’s names one letter from a known one are not corrected: "Vladimr Putin" names no one the dictionaries know', () => {
  const r = recognizeText('Vladimr Putin, a farmer, said the harvest was poor.', '2015-05-20');
  assert.ok(!r.mentions.some((m) => m.actor.startsWith('RUS') || m.actor === 'person:vladimir-putin'), JSON.stringify(r.mentions));
});
