// Parties that an event's sentence does not name, found in the sentences before it: an act of
// force that continues one named earlier, a meeting named again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPair, asserted, describe, eventsOf, find, partyCode } from './helpers.ts';

test('an act of force with no target continues the same actor\'s last act of force with one', () => {
  const text = 'Chile launched a military offensive against Bolivia in March. The fighting displaced thousands of families. On Wednesday, Chile began a new offensive with airstrikes.';
  const events = asserted(eventsOf(text));
  const second = events.filter((e) => e.text.includes('began'));
  find(second, 'CHL', 'BOL', '19');
  // another actor's act, or an act of another kind, continues nothing
  assertNoPair(asserted(eventsOf('Chile launched a military offensive against Bolivia in March. On Wednesday, Peru began a new offensive with airstrikes.')), 'PER', 'BOL');
  const criticised = asserted(eventsOf('Chile criticised Bolivia in March. On Wednesday, Chile began a new offensive with airstrikes.'));
  assert.ok(!criticised.some((e) => e.cameo.startsWith('19')), describe(criticised));
});

test('a passive with no agent that "also" likens to an act just reported shares its doers', () => {
  const text = 'Chile has asked Peru and Bolivia for the use of their ports, officials said. Ecuador was also asked, they added.';
  find(asserted(eventsOf(text)), 'CHL', 'ECU', '02');
  // without "also" the passive says nothing of who asked
  assertNoPair(eventsOf('Chile has asked Peru and Bolivia for the use of their ports, officials said. Ecuador was asked, they added.'), 'CHL', 'ECU');
  // nor does "also" liken it to another act
  assertNoPair(eventsOf('Chile has criticised Peru and Bolivia, officials said. Ecuador was also asked, they added.'), 'CHL', 'ECU');
});

test('a "they" after a description of a group stands for the group the description names', () => {
  // "They" -> "The two countries" -> Chile and Peru, further back than "they" looks by itself
  const text = 'Chile and Peru held talks in Lima on Monday. Thousands of people gathered outside the palace. ' +
    'The two countries reached agreement on a new border crossing. They also discussed the construction of a railway.';
  const discussed = asserted(eventsOf(text)).filter((e) => e.text.includes('discussed'));
  find(discussed, 'CHL', 'PER', '04');
  find(discussed, 'PER', 'CHL', '04');
});

test('a judgement of a meeting named again is aimed at the participants of the meeting named before', () => {
  const text = 'The foreign ministers of Chile and Peru gathered in Lima on Monday to discuss the border. On Tuesday, Bolivia denounced the conclusions of the summit.';
  const events = asserted(eventsOf(text));
  find(events, 'BOL', 'CHL', '11');
  find(events, 'BOL', 'PER', '11');
  // a meeting of one named participant is no meeting named again
  assertNoPair(asserted(eventsOf('The Chilean foreign minister joined the talks in Lima on Monday. On Tuesday, Bolivia denounced the conclusions of the summit.')), 'BOL', 'CHL');
});

test('a denial or rejection of a speech act named again is aimed at whoever performed it', () => {
  find(asserted(eventsOf('Chile accused Peru of violating the border on Monday. For several days Peru denied the accusations.')), 'PER', 'CHL', '01');
  find(asserted(eventsOf('Chile offered to mediate between the two sides on Monday. Bolivia rejected the offer.')), 'BOL', 'CHL', '12');
  // "the claims" are the accusation's, not those of someone who claimed responsibility before
  const claims = asserted(eventsOf('The rebels claimed responsibility for the attack. Chile accused Peru of supporting the rebels. Lima denies the claims.'));
  find(claims, 'PER', 'CHL', '01');
});

test('a speech act named again stands for the act coded before with a code of its kind, whatever verb reported it', () => {
  // "asked" and "urged" are appeals (02): "the request" names them
  find(asserted(eventsOf('Chile asked Peru on Monday to extradite the general. Two days later Peru rejected the request.')), 'PER', 'CHL', '12');
  find(asserted(eventsOf('Bolivian lawyers urged a Peruvian court to halt the trial. The court rejected the request.')), 'PER', 'BOL', '12');
  // an act of another kind is not what the noun names
  const praised = asserted(eventsOf('Chile praised Peru on Monday for its help. Two days later Peru rejected the request.'));
  assert.ok(!praised.some((e) => e.cameo.startsWith('12')), describe(praised));
  // nor is an act only said to be possible one that can be rejected
  const possible = eventsOf('Chile may ask Peru on Monday to extradite the general. Two days later Peru rejected the request.');
  assert.ok(!possible.some((e) => e.cameo.startsWith('12')), describe(possible));
});

test('a speech act named again that a bloc of many performed is answered as no one member\'s', () => {
  const bloc = 'Chile, Peru, Bolivia, Ecuador and Paraguay proposed a new tariff scheme on Monday. Argentina rejected the proposal.';
  const rejected = eventsOf(bloc).filter((e) => e.text.includes('rejected'));
  for (const member of ['CHL', 'PER', 'BOL', 'ECU', 'PRY']) assertNoPair(rejected, 'ARG', member);
  // a few doers are each answered
  const few = asserted(eventsOf('Chile and Peru proposed a new tariff scheme on Monday. Argentina rejected the proposal.'));
  find(few, 'ARG', 'CHL', '12');
  find(few, 'ARG', 'PER', '12');
});

test('accepting or agreeing to a speech act named again is aimed at whoever performed it', () => {
  find(asserted(eventsOf('Chile offered Peru a loan in March. A week later Peru accepted the offer.')), 'PER', 'CHL', '03');
  // what is answered may be an oblique of the verb
  find(asserted(eventsOf('Chile asked Peru to extradite the general. Peru agreed to the request.')), 'PER', 'CHL', '03');
  find(asserted(eventsOf('Chile demanded that Peru withdraw its troops. Peru complied with the demand.')), 'PER', 'CHL', '0');
  // a noun that names no act of the list names nothing again
  const plan = asserted(eventsOf('Chile offered Peru a loan in March. A week later Peru accepted the plan.'));
  assert.ok(!plan.some((e) => partyCode(e.source) === 'PER'), describe(plan));
});

test('a speech act named again may be one a quotation reported', () => {
  find(asserted(eventsOf('"Peru is lying," the Chilean minister said on Monday. Peru rejected the accusation.')), 'PER', 'CHL', '01');
  find(asserted(eventsOf('Chile said the crash was likely Peru\'s doing. For several days Peru denied the accusation.')), 'PER', 'CHL', '01');
});

test('a naming of an act named again is aimed at the doers of the act named before', () => {
  const text = 'Chile and Bolivia signed a border agreement on Monday. On Tuesday, Peru called the agreement a disgrace.';
  const called = asserted(eventsOf(text)).filter((e) => e.text.includes('called'));
  find(called, 'PER', 'CHL', '11');
  find(called, 'PER', 'BOL', '11');
  // the act's doers stay where they are named (the evidence points there)
  const target = called.find((e) => e.target !== null && partyCode(e.target) === 'CHL')!.target!;
  assert.equal(text.slice(target.start, target.end), 'Chile');
  // an agreement named for the first time names no one
  assertNoPair(eventsOf('On Tuesday, Peru called the agreement a disgrace.'), 'PER', 'CHL');
});

test('a condemning adjective right after the named noun is what it is called', () => {
  // the parser hangs "illegal" on "agreement" as a modifier, which English does not put after its noun
  find(asserted(eventsOf('Peru called the Chilean agreement illegal.')), 'PER', 'CHL', '11');
  find(asserted(eventsOf('Chile and Bolivia signed a border agreement on Monday. Peru called the agreement "null and void".')), 'PER', 'BOL', '11');
  // a participle after the noun says what was done with it, not what it is called
  assertNoPair(eventsOf('Chile and Bolivia signed a border agreement on Monday. Peru called the agreement signed in Lima a disgrace on Tuesday.'), 'PER', 'BOL');
});

test('an agreement named again is the signer\'s and its partner\'s', () => {
  const denounced = asserted(eventsOf('Chile signed a border agreement with Bolivia on Monday. On Tuesday, Peru denounced the agreement.'));
  find(denounced, 'PER', 'CHL', '11');
  find(denounced, 'PER', 'BOL', '11');
});

test('welcoming or defending a decision named again is aimed at whoever decided', () => {
  const text = 'The European Union decided on Friday to open membership talks with Macedonia. Crowds gathered in Skopje. ' +
    'Officials said the talks could open next year. Macedonian opposition leaders welcomed the decision.';
  find(asserted(eventsOf(text)), 'MKD', 'IGOEUREEC', '05');
});

test('an act named again by the noun of its verb is the verb\'s subject\'s', () => {
  find(asserted(eventsOf('Chile annexed the island in 1981. Peru rejected the annexation.')), 'PER', 'CHL', '12');
  find(asserted(eventsOf('Chile invaded Bolivia in August. Two weeks later, Peru condemned the invasion.')), 'PER', 'CHL', '11');
  find(asserted(eventsOf('Chile executed a Peruvian smuggler on Monday. Peru condemned the execution.')), 'PER', 'CHL', '11');
});

test('a noun of an act looks back across an article, any other noun only a few sentences', () => {
  const filler = Array.from({ length: 10 }, (_, i) => `Farmers in the valley planted ${i + 2} new fields.`).join(' ');
  find(asserted(eventsOf(`The Chilean decision to close the port was announced in May. ${filler} Peru criticised the decision.`)), 'PER', 'CHL', '11');
  // "the plan" ten sentences on is as likely another plan
  assertNoPair(eventsOf(`The Chilean plan to close the port was announced in May. ${filler} Peru criticised the plan.`), 'PER', 'CHL');
  find(asserted(eventsOf('The Chilean plan to close the port was announced in May. Peru criticised the plan.')), 'PER', 'CHL', '11');
});

test('a group described by its number as the object stands for the group just named', () => {
  const urged = asserted(eventsOf('Chile and Peru clashed on the border on Monday. Bolivia urged the two sides to show restraint.')).filter((e) => e.text.includes('urged'));
  find(urged, 'BOL', 'CHL', '02');
  find(urged, 'BOL', 'PER', '02');
  // with no number the description may be any group ("the countries who ...", the sides of a truck)
  assertNoPair(eventsOf('Chile and Peru clashed on the border on Monday. Bolivia urged the countries to show restraint.'), 'BOL', 'PER');
  assertNoPair(eventsOf('Chile and Peru clashed on the border on Monday. Bolivia urged the two countries that had voted no to show restraint.'), 'BOL', 'PER');
});

test('a verb of restating whose object names an act again does that act again, aimed at whom it was aimed at', () => {
  // the subject's own act, named by a noun of its kind or by the verb that performed it
  const repeated = asserted(eventsOf('Chile accused Bolivia of arming the rebels in March. On Friday, Santiago repeated the accusation.')).filter((e) => e.text.includes('repeated'));
  find(repeated, 'CHL', 'BOL', '11');
  const stressed = asserted(eventsOf('Chilean Foreign Minister Pedro Soto complained that Bolivia was flooding the market with cheap tin. Soto stressed those worries at a forum on Sunday.')).filter((e) => e.text.includes('stressed'));
  find(stressed, 'CHL', 'BOL', '11');
  // an echo may be of another's act
  find(asserted(eventsOf('Chile accused Bolivia of arming the rebels. Peru echoed the accusation.')), 'PER', 'BOL', '11');
  // a repetition is of the subject's own act, not another's
  assertNoPair(eventsOf('Chile accused Bolivia of arming the rebels. Peru repeated the accusation.'), 'PER', 'BOL');
  // a noun that points back to nothing, or an act of another kind, is no act stated again
  for (const text of ['Chile accused Bolivia of arming the rebels in March. On Friday, Chile repeated an accusation.', 'Chile praised Bolivia in March. On Friday, Chile repeated the accusation.']) {
    const events = eventsOf(text).filter((e) => e.text.includes('repeated'));
    assert.equal(events.length, 0, describe(events));
  }
});
