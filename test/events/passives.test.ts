// The parties of passives and participles (src/events/index.ts, grammar.ts, arguments.ts): the noun
// before a passive verb is what is acted on; the doer is the "by" agent, if an actor, else no one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, eventsOf, find } from './helpers.ts';

test('a passive with an irregular participle ("was struck by") is passive: the agent acts on the subject', () => {
  for (const text of ['A Syrian army post was struck by Turkish artillery on Sunday.', 'Indian troops were struck by Pakistani shells overnight.']) {
    const events = eventsOf(text);
    const [doer, done] = text.startsWith('A Syrian') ? ['TUR', 'SYR'] : ['PAK', 'IND'];
    find(events, doer, done, '19');
    assert.ok(!events.some((e) => e.source.actor.startsWith(done)), `no ${done} source in ${describe(events)}`);
  }
});

test('a place after a non-actor "by" agent is no doer: "struck by a roadside bomb in Mosul"', () => {
  const events = eventsOf('Two Iraqi policemen were killed when their patrol was struck by a roadside bomb in Mosul.');
  assert.equal(events.length, 0, describe(events));
});

test('a past participle on a thing with no agent is done by its owner, not by whoever stands before it', () => {
  const none = eventsOf('The Kenyan team and the restrictions imposed on Somalia were the main topics, officials said.');
  assert.ok(!none.some((e) => e.source.actor.startsWith('KEN')), describe(none));
  find(eventsOf('Ministers met in Cairo to discuss American sanctions imposed on Iran last year.'), 'USA', 'IRN', '16');
});

test('a pattern word in a passive\'s "by" agent is no object of the verb: "was struck by Israeli jets" is force by the jets\' country', () => {
  find(eventsOf('A Lebanese convoy was struck by Israeli jets near the border.'), 'ISR', 'LBN', '19');
  find(eventsOf('A Greek patrol boat was struck by Turkish jets on Sunday.'), 'TUR', 'GRC', '19');
});
