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
