// Trade and aid measures are sanctions (163) or halts of aid (162), not coercion (src/events/measures.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, eventsOf, find } from './helpers.ts';

test('a trade ban is an embargo (163), not an administrative sanction (172)', () => {
  const events = eventsOf("Sweden's parliament approved a sweeping trade ban against Chile on Tuesday.");
  find(events, 'SWE', 'CHL', '163');
  assert.equal(events.filter((e) => e.cameo.startsWith('17')).length, 0, describe(events));
});

test('imposing tariffs, duties or "retaliatory trade action" is a sanction (163), not coercion (170)', () => {
  for (const sentence of [
    'Brazil imposed steep tariffs on Argentine wine last week.',
    'Brazil levied new duties on Argentine wine last week.',
    'Brazil is ready to impose retaliatory trade action against Argentina.',
    'Brazil imposed restrictions on imports from Argentina.',
  ]) {
    const events = eventsOf(sentence);
    find(events, 'BRA', 'ARG', '163');
    assert.equal(events.filter((e) => e.cameo.startsWith('17')).length, 0, `${sentence}: ${describe(events)}`);
  }
});

test('the measure may stand before its verb: "the tariffs that Brazil imposed", "the duties levied by Brazil"', () => {
  find(eventsOf('The tariffs that Brazil imposed on Argentina in May angered farmers.'), 'BRA', 'ARG', '163');
  find(eventsOf('Farmers protested against the duties levied by Brazil on Argentine wine.'), 'BRA', 'ARG', '163');
});

test('an aid freeze is a halt of aid (162)', () => {
  const events = eventsOf('Norway imposed an aid freeze on Nicaragua in March.');
  find(events, 'NOR', 'NIC', '162');
});

test('restrictions that are not on trade stay what they were: a curfew, a ban on travel', () => {
  const curfew = eventsOf('The Chilean army imposed a curfew on Bolivian villages.');
  assert.equal(curfew.filter((e) => e.cameo.startsWith('16')).length, 0, describe(curfew));
  const travel = eventsOf('Brazil imposed a ban on travel to Argentina.');
  assert.equal(travel.filter((e) => e.cameo.startsWith('163')).length, 0, describe(travel));
});
