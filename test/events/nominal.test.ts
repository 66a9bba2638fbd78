// Nominal events (src/events/nominal.ts): nouns that report a consultation, with their parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPair, describe, eventsOf, find } from './helpers.ts';

test('talks the clause\'s subject took part in: "said, during talks with X"', () => {
  const events = eventsOf('The French president said, during talks with the leaders of Ghana and Togo on Sunday, that the region needed calm.');
  find(events, 'FRA', 'GHA', '04');
  find(events, 'FRA', 'TGO', '04');
});

test('a meeting "of" a list of states is among its members', () => {
  const events = eventsOf('At the trilateral meeting of Chile, Peru and Bolivia on Monday, a new route was considered.');
  find(events, 'CHL', 'PER', '04');
  find(events, 'PER', 'BOL', '04');
});

test('a meeting "between" two parties is among them, and no act of the place', () => {
  const events = eventsOf('A meeting between Colombian officials and Venezuelan envoys took place in Norway.');
  find(events, 'COL', 'VEN', '04');
  find(events, 'VEN', 'COL', '04');
  assertNoPair(events, 'NOR', 'COL');
});

test('a phone call with someone, not a call for something', () => {
  find(eventsOf("Details emerged about the Brazilian president's call with the Argentine president."), 'BRA', 'ARG', '041');
  const appeal = eventsOf('The Brazilian president issued a call for calm in Argentina.');
  assert.equal(appeal.filter((e) => e.cameo.startsWith('041')).length, 0, describe(appeal));
});

test('a meeting after which someone spoke is no act of the place it was held in', () => {
  assertNoPair(eventsOf('After an attack on Kenya, the Ugandan president said he would act.'), 'UGA', 'KEN');
});

test('"ready to continue talks with X" states an intent to meet X (036), asserted; "not ready" denies it', () => {
  const events = eventsOf('The trade minister said Chile was ready to continue trade talks with Peru.');
  const intent = find(events, 'CHL', 'PER', '036');
  assert.equal(intent.modality, undefined);
  assert.equal(events.filter((e) => e.cameo.startsWith('04')).length, 0, describe(events));
  const denied = eventsOf('The trade minister said Chile was not ready to hold talks with Peru.');
  assert.ok(find(denied, 'CHL', 'PER', '036').negated);
});
