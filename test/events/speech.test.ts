// Reported speech as events of its speaker (src/events/speech.ts): the target is an actor of what
// the speech verb governs, not of a clause set beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPair, describe, eventsOf, find, partyCode } from './helpers.ts';

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

// An obligation the speech lays on another actor is an appeal ("should") or a demand ("must") of the speaker.
test('"said X should" with no coded verb is an appeal to X', () => {
  const events = eventsOf('The Brazilian foreign minister said Argentine farmers should accept lower prices for their beef.');
  const appeal = find(events, 'BRA', 'ARG', '02');
  assert.ok(appeal.text.includes('farmers should accept'), appeal.text);
});

test('"must" in a quotation is a demand, placed in the sentence that states it', () => {
  const events = eventsOf('"We are ready to talk. Uganda must rethink its border policy this week," the Kenyan minister said.');
  const demand = find(events, 'KEN', 'UGA', '10');
  assert.ok(demand.text.startsWith('Uganda must rethink'), demand.text);
});

test('"X needs to" in a speech is the speaker\'s appeal to X, no demand of X\'s', () => {
  for (const text of [
    '"Chile needs to reopen the border crossings this week," the Bolivian minister said.',
    'The Bolivian minister said Chile needed to reopen the border crossings.',
  ]) {
    const events = eventsOf(text);
    find(events, 'BOL', 'CHL', '02');
    // "NEED * ..." patterns read the verb as the subject's demand; with an infinitive it is none
    assert.ok(!events.some((e) => partyCode(e.source).startsWith('CHL')), `${text} ${describe(events)}`);
  }
  const demand = eventsOf('"Syria needs to withdraw its troops from Lebanon," the Egyptian minister said.');
  assert.ok(!demand.some((e) => partyCode(e.source).startsWith('SYR')), describe(demand));
  find(demand, 'EGY', 'SYR', '02');
});

test('a reported obligation on a coded verb keeps its strength: "should" an appeal, "must" a demand', () => {
  const appeal = eventsOf('The Peruvian minister said that Chile should release the fishermen.');
  find(appeal, 'PER', 'CHL', '02');
  assert.ok(!appeal.some((e) => e.cameo.startsWith('10')), describe(appeal));
  const demand = eventsOf('The Peruvian minister said that Chile must release the fishermen.');
  find(demand, 'PER', 'CHL', '10');
  assert.ok(!demand.some((e) => e.cameo.startsWith('02')), describe(demand));
});

test('a "should" before its subject is a condition, no obligation', () => {
  const events = eventsOf('The Peruvian minister said he would resign should Chile attack the fishing boats.');
  assert.ok(!events.some((e) => /^(02|10)/.test(e.cameo)), describe(events));
});

test('an obligation of a thing named after an actor asks that actor nothing', () => {
  const events = eventsOf('Several Chilean economists now estimate that the Peruvian sol should trade near 3.5 to the dollar.');
  assert.ok(!events.some((e) => /^(02|10)/.test(e.cameo)), describe(events));
});

test('an obligation of one who undergoes the act, or a judgement of what is likely, asks nothing', () => {
  assertNoPair(eventsOf('The Japanese minister said Iran should be punished for the attack.'), 'JPN', 'IRN');
  assertNoPair(eventsOf('The Canadian envoy said Chilean farmers must receive a fair price.'), 'CAN', 'CHL');
  assertNoPair(eventsOf('A Dutch diplomat said Belgium must be worried about the deficit.'), 'NLD', 'BEL');
});

test('a government telling its own country what it should do appeals to no one', () => {
  const events = eventsOf('The Chinese premier said China should tighten imports of ordinary goods.');
  assert.equal(events.filter((e) => e.cameo.startsWith('02')).length, 0, describe(events));
});

test('an obligation inside another party\'s reported clause is not the speaker\'s', () => {
  assertNoPair(eventsOf('A US senator said the plan would irk Egypt, which insists that Israeli officials should stay out of the talks.'), 'USA', 'ISR');
});

test('a modal before its subject is a condition or a question, not an appeal', () => {
  assertNoPair(eventsOf('"We will respond firmly should Japan expand its fishing zone," the Korean minister said.'), 'KOR', 'JPN');
  assertNoPair(eventsOf('"Should Canada pay for the damage?" the Danish minister asked.'), 'DNK', 'CAN');
});

test('the object of a verb like "condemned" after a comma is not the speaker of what comes before it', () => {
  for (const text of ['Sweden has, however, condemned Norway.', 'The report, which Sweden published on Monday, accused Norway.']) {
    const events = eventsOf(text);
    assert.ok(!events.some((e) => partyCode(e.source).startsWith('NOR') && e.target && partyCode(e.target).startsWith('SWE')), `${text} ${describe(events)}`);
  }
});

test('a verb set off from its auxiliary by an adverb between commas keeps the subject before them ("Sweden has, however, condemned Norway")', () => {
  find(eventsOf('Sweden has, however, condemned Norway.'), 'SWE', 'NOR', '111');
});

test('"we expect from X" in a quotation is the speaker\'s demand on X', () => {
  const events = eventsOf('"We expect from Peru a full account of the incident," the Chilean foreign minister said.');
  find(events, 'CHL', 'PER', '10');
});

test('expecting help or support from a party appeals to it; a forecast asks nothing', () => {
  find(eventsOf('Bolivia is expecting more assistance from Brazil, the minister said.'), 'BOL', 'BRA', '023');
  find(eventsOf('Bolivia expects political support from Brazil in the dispute.'), 'BOL', 'BRA', '022');
  const forecast = eventsOf('About 20,000 migrants are expected this year from Bolivia and Peru.');
  assert.ok(!forecast.some((e) => /^(02|10)/.test(e.cameo)), describe(forecast));
});
