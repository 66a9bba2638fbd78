// Regions as actors (data/actors/regions.actors.txt): the states of a region act, a sea does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idOf, recognizeText } from './helpers.ts';

test('"the Gulf states" are an actor; "the Persian Gulf", the sea, is not', () => {
  const r = recognizeText('The Gulf states condemned Iran as tankers crossed the Persian Gulf.', '2020-01-15');
  assert.equal(idOf(r, 'The Gulf states') ?? idOf(r, 'Gulf states'), 'PGS');
  assert.equal(r.mentions.filter((m) => m.actor === 'PGS').length, 1);
});

test('"Gulf State" before a noun of its members ("Gulf State allies") is the Gulf states', () => {
  const r = recognizeText('He relied too much on Britain, France and Gulf State allies.', '2016-03-10');
  assert.equal(idOf(r, 'Gulf State'), 'PGS');
});
