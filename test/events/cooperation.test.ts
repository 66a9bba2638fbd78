// Intent to cooperate, consultation and support (CAMEO roots 03, 04, 05): the readings of
// src/events/index.ts and data/events/entente-verbs.txt for acts of cooperation and approval.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPair, asserted, describe, eventsOf, find, partyCode } from './helpers.ts';

test('welcoming a visit approves of it (051), aimed at the visitor of its "by" phrase, not the place visited', () => {
  const events = asserted(eventsOf('The Indian prime minister welcomed the first visit to India by the Chinese premier.'));
  find(events, 'IND', 'CHN', '051');
  assert.ok(!events.some((e) => e.cameo.startsWith('043')), describe(events));
});

test('welcoming a visitor is still approval of the visitor', () => {
  find(asserted(eventsOf('Vietnam welcomed the visit of the Japanese foreign minister.')), 'VNM', 'JPN', '051');
});

test('a judgement of an act is aimed at the doer its "by" phrase names, not at the place of the act', () => {
  const events = asserted(eventsOf('China criticised the visit to Taiwan by the American senator.'));
  find(events, 'CHN', 'USA', '111');
  assertNoPair(events, 'CHN', 'TWN');
});

test('with no "by" phrase, the one an act was done to stays the target of a judgement of it', () => {
  find(asserted(eventsOf('Iran ruled out the early return of German ambassadors.')), 'IRN', 'DEU', '12');
});

test('a passive of hearsay reports its subject\'s act ("is said to have thrown its support behind")', () => {
  find(asserted(eventsOf('Germany is said to have thrown its support behind France.')), 'DEU', 'FRA', '051');
});

test('an infinitive governed by a passive appeal is still what is asked, not an act done', () => {
  const events = asserted(eventsOf('Germany was asked to throw its support behind France.'));
  assert.ok(!events.some((e) => e.cameo.startsWith('05')), describe(events));
});

test('agreeing on a thing concludes an agreement (057), between coordinated parties', () => {
  const events = asserted(eventsOf('Peru and Ecuador agreed on a new border line.'));
  find(events, 'PER', 'ECU', '057');
  find(events, 'ECU', 'PER', '057');
  assert.ok(!events.some((e) => e.cameo.startsWith('030')), describe(events));
});

test('agreeing with a party on a thing concludes an agreement with it', () => {
  find(asserted(eventsOf('The Sri Lankan government agreed with the IMF on a package of reforms.')), 'LKA', 'IGO', '057');
});

test('agreeing on a day to do something, or on doing it, stays an intent to cooperate (030)', () => {
  const events = asserted(eventsOf('Peru and Ecuador agreed on Monday to resume talks.'));
  find(events, 'PER', 'ECU', '030');
  assert.ok(!events.some((e) => e.cameo === '057'), describe(events));
  const gerund = asserted(eventsOf('Peru and Ecuador agreed on maintaining the ceasefire.'));
  assert.ok(!gerund.some((e) => e.cameo === '057'), describe(gerund));
});

test('signing a letter of intent with a party is a formal agreement (057)', () => {
  find(asserted(eventsOf('France signed a letter of intent with Germany on the joint purchase of tanks.')), 'FRA', 'DEU', '057');
});

test('a letter of support sent to a party is support (051), a plain letter a consultation (040)', () => {
  find(asserted(eventsOf('Italy sent a letter of support to Greece.')), 'ITA', 'GRC', '051');
  find(asserted(eventsOf('Italy sent a letter to Greece.')), 'ITA', 'GRC', '040');
});

test('the "have" of a perfect infinitive after a passive of hearsay leaves the subject in reach ("are thought to have held talks")', () => {
  const events = asserted(eventsOf('Peru and Bolivia are thought to have held talks with Chile.'));
  find(events, 'PER', 'CHL', '04');
  find(events, 'BOL', 'CHL', '04');
});

test('a reported clause whose subject is another named party is that party\'s act, not the speaker\'s support', () => {
  const events = asserted(eventsOf('The Chilean minister said Peru supports the Bolivian proposal.'));
  find(events, 'PER', 'BOL', '05');
  assertNoPair(events, 'CHL', 'BOL');
});

test('a thing as the reported clause\'s subject leaves the speaker\'s pattern ("said two loans will support")', () => {
  const events = eventsOf('The World Bank said two loans will support Jamaica\'s structural adjustment program.');
  find(events, 'IGO', 'JAM', '03');
});

test('an acronym in brackets after a name does not break the list it stands in', () => {
  const first = asserted(eventsOf('The African Union (AU) and Peru signed an accord on Monday.'));
  find(first, 'IGO', 'PER', '057');
  find(first, 'PER', 'IGO', '057');
  const last = asserted(eventsOf('The Organization of American States (OAS), Peru and Chile met in Lima.'));
  find(last, 'IGO', 'PER', '04');
  find(last, 'CHL', 'IGO', '04');
});

test('an acronym in brackets alone makes no list with the name it abbreviates', () => {
  const events = asserted(eventsOf('The Organization of American States (OAS) criticised Peru.'));
  find(events, 'IGO', 'PER', '111');
  assert.equal(events.length, 1, describe(events));
});

test('a participle phrase set off by commas between the subject and its verb is skipped, verbs and all', () => {
  find(asserted(eventsOf('Chile, still hoping to settle the border dispute, held talks with Peru on Monday.')), 'CHL', 'PER', '04');
});

test('a verb conjoined after a comma has no subject across the clause that governs it', () => {
  const events = asserted(eventsOf('Bolivia, together with Peru and Chile, created a fund to help Paraguay fight floods, improve roads and rebuild schools.'));
  assertNoPair(events, 'PER', 'CHL');
});

test('a party going home is on no visit ("arrived back in" its own country)', () => {
  const events = asserted(eventsOf('Peruvian businessman Juan Perez, freed in Chile on Tuesday, arrived back in Peru late Wednesday.'));
  assert.ok(!events.some((e) => e.cameo.startsWith('042')), describe(events));
});

test('support or backing received from a party is that party\'s support of the receiver (051)', () => {
  const received = asserted(eventsOf("Peru's proposal received support from Chile and Bolivia."));
  find(received, 'CHL', 'PER', '051');
  find(received, 'BOL', 'PER', '051');
  const won = asserted(eventsOf('Peru won strong backing from Chile for the plan.'));
  find(won, 'CHL', 'PER', '051');
  assert.ok(!won.some((e) => partyCode(e.source) === 'PER'), describe(won));
});

test('praise for a party is support of it (051)', () => {
  find(asserted(eventsOf('Chilean praise for Peru surprised observers.')), 'CHL', 'PER', '051');
});

test('a share of support received is a poll\'s figure, no act of support', () => {
  const events = asserted(eventsOf('A poll found the Peruvian president receiving 20 percent support from Chilean voters.'));
  assert.ok(!events.some((e) => e.cameo.startsWith('05')), describe(events));
});

test('what the speaker says another named party must do stays the speaker\'s demand ("announced that X must agree to")', () => {
  find(asserted(eventsOf('Chilean officials announced that the Peruvian president must agree to new border talks.')), 'CHL', 'PER', '10');
});

test('a list that joins a body or an undertaking joins it, not each other; "joined forces" is still mutual', () => {
  const joined = eventsOf('The Dominican Republic and Costa Rica joined the splinter group.');
  assert.equal(joined.filter((e) => e.source.actor.startsWith('DOM') && e.target?.actor.startsWith('CRI')).length, 0, describe(joined));
  const forces = eventsOf('Britain and France joined forces to fight piracy.');
  assert.ok(forces.some((e) => e.source.actor.startsWith('GBR') && e.target?.actor.startsWith('FRA')), describe(forces));
  const nato = eventsOf('Britain and France joined NATO.');
  assert.ok(nato.some((e) => e.source.actor.startsWith('FRA') && e.target?.actor === 'IGOWSTNAT'), describe(nato));
});

test('talks that "ran into difficulties" meet no one; running into a person is still a meeting', () => {
  const trouble = eventsOf("Zambia's talks with the World Bank and the IMF have run into difficulties.");
  assert.equal(trouble.filter((e) => e.cue?.text.startsWith('run')).length, 0, describe(trouble));
  const met = eventsOf('The US envoy ran into the Iranian foreign minister in Geneva.');
  assert.ok(met.some((e) => e.cameo.startsWith('04') && e.target?.actor.startsWith('IRN')), describe(met));
});
