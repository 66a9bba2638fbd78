// Reported speech as events of its speaker (src/events/speech.ts): the target is an actor of what
// the speech verb governs, not of a clause set beside it.
import { test } from 'node:test';
import { assertNoPair, eventsOf, find } from './helpers.ts';

test('a clause coordinated after a reported rejection is not what was rejected', () => {
  const events = eventsOf('The minister noted that the Bolivian congress rejected the treaty, and that Chile and Peru might go to arbitration.');
  assertNoPair(events, 'BOL', 'CHL');
  assertNoPair(events, 'BOL', 'PER');
});

test('a predicate coordinated with a rejection has a speaker of its own', () => {
  assertNoPair(eventsOf('Israel rejected the proposal, and Egypt said it would reconsider.'), 'ISR', 'EGY');
});

test('a condition inside a threat still names its target', () => {
  find(eventsOf('Washington has repeatedly criticised the plan, calling it reckless and threatening to cut off funds unless Mexico pays for the wall.'), 'USA', 'MEX', '13');
});
