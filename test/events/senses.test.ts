// The sense of a cue from its dependents (src/events/senses.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, eventsOf } from './helpers.ts';

test('"X called Y a liar" is no telephone call, nor a "call on" appeal', () => {
  const events = eventsOf('Venezuela called Colombia a liar on Friday.');
  assert.equal(events.filter((e) => e.cameo.startsWith('041') || e.cameo.startsWith('02')).length, 0, describe(events));
});

test('a plain call is still a call', () => {
  const events = eventsOf('The Russian president called the French president.');
  assert.ok(events.some((e) => e.cameo.startsWith('04') && e.source.actor.startsWith('RUS')), describe(events));
});

test('"died" is no attack', () => {
  const events = eventsOf('John Horton Conway died in New Brunswick, New Jersey, on Saturday.');
  assert.equal(events.length, 0, describe(events));
});
