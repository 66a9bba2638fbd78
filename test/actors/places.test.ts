// A capital as a place or as the country visited (data/actors/name-cues.txt: locative, arrival).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idOf, recognizeText } from './helpers.ts';
import { eventsOf, find } from '../events/helpers.ts';

test('"arrived in Lima" names Peru, the country visited; "talks in Lima" names no one', () => {
  assert.equal(idOf(recognizeText('The Chilean foreign minister arrived in Lima on Tuesday.', '2020-01-15'), 'Lima'), 'PER');
  assert.equal(idOf(recognizeText('Talks were held in Lima on Tuesday.', '2020-01-15'), 'Lima'), undefined);
  find(eventsOf('The Chilean foreign minister arrived in Lima on Tuesday.'), 'CHL', 'PER', '04');
});

test('a word of time or "down" between the verb of arriving and "in" still names the country visited', () => {
  for (const text of ['The Chilean foreign minister arrived Tuesday in Lima.', 'The Chilean foreign minister touched down in Lima.', 'The Chilean foreign minister arrived late Tuesday in Lima.']) {
    assert.equal(idOf(recognizeText(text, '2020-01-15'), 'Lima'), 'PER', text);
  }
  find(eventsOf('The Chilean foreign minister arrived Tuesday in Lima.'), 'CHL', 'PER', '04');
  // a place one stays in is no country visited
  assert.equal(idOf(recognizeText('Talks were held Tuesday in Lima.', '2020-01-15'), 'Lima'), undefined);
});

test('a capital that names an accord, a round or a meeting is no government: "the Lima accord"', () => {
  for (const text of ['Chile stood by the Lima accord on fishing.', 'Chile is abiding by the Lima agreement.', 'Chile proposed a ceasefire at the Lima meeting.']) {
    assert.equal(idOf(recognizeText(text, '2020-01-15'), 'Lima'), undefined, text);
    assert.equal(eventsOf(text).filter((e) => e.target?.actor.startsWith('PER') || e.source.actor.startsWith('PER')).length, 0, text);
  }
  assert.equal(idOf(recognizeText('Lima signed an agreement with Chile.', '2020-01-15'), 'Lima'), 'PERGOV');
  assert.equal(idOf(recognizeText("Chile criticised Lima's agreement with Bolivia.", '2020-01-15'), 'Lima'), 'PERGOV');
});

test('Bonn is the German government while it sat there (to 1999), a city of Germany after', () => {
  assert.equal(idOf(recognizeText('Bonn rejected the proposal on Tuesday.', '1987-03-01'), 'Bonn'), 'DEUGOV');
  assert.equal(idOf(recognizeText('Bonn rejected the proposal on Tuesday.', '2005-03-01'), 'Bonn'), 'DEU');
});
