// Nominal events (src/events/nominal.ts): nouns that report a consultation, with their parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPair, asserted, describe, eventsOf, find, findExact } from './helpers.ts';

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

test('the tree names who an event noun is aimed at, or whose the noun of its phrase is', () => {
  // "attack on the three main military airbases of northern Syria": on Syria, whose airbases they are (further than word order looks)
  const events = asserted(eventsOf("Turkey's attack on the three main military airbases of northern Syria lasted two days."));
  find(events, 'TUR', 'SYR', '19');
});

test('a verb that judges an act leaves the act an event of its own, with its own actor', () => {
  const events = asserted(eventsOf('Poland praised the offensive by Lithuania against Belarus.'));
  find(events, 'LTU', 'BLR', '19');
  // the judge is not the one who attacked
  assert.equal(events.filter((e) => e.source.actor.startsWith('POL') && e.cameo.startsWith('19')).length, 0, describe(events));
  // any other coded verb makes the noun part of its own event: a meeting called off was not held
  const called = eventsOf('Norway called off a meeting between Chile and Peru.');
  assert.equal(called.filter((e) => e.cameo.startsWith('04') && e.source.actor.startsWith('CHL') && e.target?.actor.startsWith('PER')).length, 0, describe(called));
});

test('an act named as what is being ended is not reported anew: "the lifting of sanctions"', () => {
  const events = eventsOf('The Brazilian senate voted for the gradual lifting of US sanctions on Cuba.');
  assert.equal(events.filter((e) => e.cameo.startsWith('16')).length, 0, describe(events));
  find(eventsOf('Brazil welcomed the new US sanctions on Cuba.'), 'USA', 'CUB', '16');
});

test('discussions "between" a group and a state are talks among them', () => {
  const events = eventsOf('The banking talks coincided with discussions between Chilean officials and Peru.');
  find(events, 'CHL', 'PER', '04');
  find(events, 'PER', 'CHL', '04');
});

test('talks "between" a group and a state, whatever the parser made of the second party', () => {
  const events = eventsOf('Talks between Chilean officials and Peru began.');
  find(events, 'CHL', 'PER', '04');
  find(events, 'PER', 'CHL', '04');
});

test('"X was in contact with Y", "X is in talks with Y": the subject of the clause whose predicate is the meeting', () => {
  find(eventsOf('Colombia was in contact with Peru on Monday.'), 'COL', 'PER', '040');
  find(eventsOf('Chile is in talks with Bolivia over the border.'), 'CHL', 'BOL', '046');
});

test('a meeting noun that is the object of a modal verb is as sure as the verb', () => {
  const events = eventsOf('Officials hope Colombia can use its contacts with Peru to find a compromise.');
  const contact = events.find((e) => e.cameo === '040');
  assert.equal(contact?.modality, 'hypothetical', describe(events));
});

test('a party "under" sanctions or attack undergoes them', () => {
  find(eventsOf('Chile is already under Peruvian sanctions.'), 'PER', 'CHL', '163');
  find(eventsOf('The Chilean town came under Peruvian attack on Monday.'), 'PER', 'CHL', '19');
});

test('air raids and missile strikes are aerial attacks (195)', () => {
  find(eventsOf('Peruvian air raids on Chile killed dozens.'), 'PER', 'CHL', '195');
  find(eventsOf('A Peruvian missile strike on Chile wounded soldiers.'), 'PER', 'CHL', '195');
});

test('talks that failed or collapsed are negotiations halted (164), not held (046)', () => {
  const failed = eventsOf('The talks between Chile and Peru collapsed on Monday.');
  find(failed, 'CHL', 'PER', '164');
  assert.equal(failed.filter((e) => e.cameo.startsWith('046')).length, 0, describe(failed));
  find(eventsOf('The foreign minister spoke after the collapse of months of talks between Chile and Peru.'), 'CHL', 'PER', '164');
  find(eventsOf('The talks between Chile and Peru began on Monday.'), 'CHL', 'PER', '046');
});

test('a meeting with no parties of its own, at which the subject addressed someone, is a meeting with the one addressed', () => {
  find(eventsOf('Chilean officials told their Peruvian counterparts at a meeting on Monday that the border would stay closed.'), 'CHL', 'PER', '04');
  find(eventsOf('At meetings here this week, Chilean officials pressed their Peruvian counterparts to reopen the border.'), 'CHL', 'PER', '04');
  // a clause that addresses no one names no other party: praising Peru after a meeting is no meeting with Peru
  const praised = eventsOf('After a meeting on Monday, Chilean officials praised Peru.');
  assert.equal(praised.filter((e) => e.cameo.startsWith('04')).length, 0, describe(praised));
});

test('advice for or to someone is an appeal (020), as CAMEO.2.0 codes "advise"', () => {
  find(eventsOf('The Chilean president has some advice for Peru: do not underestimate the drought.'), 'CHL', 'PER', '020');
});

test('complaints, criticism and accusations by one actor against another are disapproval and accusation', () => {
  find(eventsOf('Peru filed a trade complaint against Chile on Monday.'), 'PER', 'CHL', '11');
  find(eventsOf('Chilean criticism of Bolivia grew on Monday.'), 'CHL', 'BOL', '111');
  find(eventsOf('Peruvian accusations against Chile were rejected.'), 'PER', 'CHL', '112');
});

test('rejection, opposition, objections, denunciation and allegations named as nouns are the verbal conflict they name', () => {
  find(eventsOf('Peru\'s rejection of the Chilean proposal surprised diplomats.'), 'PER', 'CHL', '12');
  find(eventsOf('Bolivian opposition to the Chilean plan is well known.'), 'BOL', 'CHL', '110');
  find(eventsOf('Peruvian objections to the Chilean tariffs delayed the deal.'), 'PER', 'CHL', '110');
  find(eventsOf('Bolivia\'s denunciation of the Chilean blockade was swift.'), 'BOL', 'CHL', '111');
  find(eventsOf('Chilean allegations against Peru are old.'), 'CHL', 'PER', '112');
  // "the opposition" alone is a party
  const events = eventsOf('The Chilean opposition held a rally against Peru in Lima.');
  assert.ok(!events.some((e) => e.cameo.startsWith('11')), describe(events));
});

test('an act that is the object of a verb of avoiding did not take place', () => {
  const events = eventsOf('The Chilean president avoided direct criticism of Peru on Monday.');
  assert.equal(asserted(events).filter((e) => e.cameo.startsWith('11')).length, 0, describe(events));
  assert.ok(events.some((e) => e.cameo.startsWith('111') && e.negated), describe(events));
});

test('the meeting of two organisations is their own meeting, not a consultation between them; talks between them are', () => {
  for (const text of ['The minister flew to Washington for the annual meeting of the International Monetary Fund and the World Bank.', 'Ahead of this week\'s IMF and World Bank meetings, the minister spoke to reporters.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('04')).length, 0, describe(events));
  }
  find(eventsOf('Talks between the European Union and NATO began on Monday.'), 'IGOEUR', 'IGOWST', '04');
});

test('"clashes between X and Y", "violence between X and Y": its parties fight each other', () => {
  const clashes = asserted(eventsOf('Clashes between Ethiopia and Eritrea left dozens dead along the border.'));
  find(clashes, 'ETH', 'ERI', '19');
  find(clashes, 'ERI', 'ETH', '19');
  // UD hangs the phrase on the first conjunct; the later one shares it
  const shared = asserted(eventsOf('The month brought rising tensions and violence between Armenia and Azerbaijan.'));
  find(shared, 'ARM', 'AZE', '19');
  // "violence against women" names no party
  assert.equal(eventsOf('Violence against women rose in Kenya and Uganda.').length, 0);
});

test('a party named by a modifier of its noun is that party, not the noun\'s possessor', () => {
  // "Abbas's Fatah movement": Fatah fought, not Abbas
  const events = asserted(eventsOf("Violence between Abbas's Fatah movement and Hamas spread to the West Bank."));
  find(events, 'PSE', 'PSE', '19');
  assert.equal(events.filter((e) => e.source.actor.startsWith('person:')).length, 0, describe(events));
});

test('a nominal cue that opens with an adjective: "military action against X"', () => {
  const events = asserted(eventsOf('The 2014 Chilean military action against Bolivia was widely criticised.'));
  find(events, 'CHL', 'BOL', '19');
  // "the military" of "the military action" is no actor of its own
  const bare = asserted(eventsOf('Peruvian troops crossed the border. Regarding the military action against Bolivia, the president said nothing.'));
  assertNoPair(bare, 'PER', 'BOL');
});

test('"X\'s support for Y" endorses Y (051); "the support of X" names the supporter only', () => {
  find(asserted(eventsOf("Chile's support for Peru was welcomed in Lima.")), 'CHL', 'PER', '051');
  const of = eventsOf('The Peruvian plan won the support of Chile.');
  assert.equal(of.filter((e) => e.cameo.startsWith('051') && e.source.actor.startsWith('PER')).length, 0, describe(of));
});

test('a trip, a tour or a swing through a country is a visit to it; a capital after "trip to" is the country visited', () => {
  find(eventsOf('The Chilean president spoke to reporters during his trip to Lima.'), 'CHL', 'PER', '042');
  find(eventsOf('The Brazilian president began a swing through Bolivia on Monday.'), 'BRA', 'BOL', '042');
  find(eventsOf("The Brazilian president's tour of Peru ended on Friday."), 'BRA', 'PER', '042');
  // a country that modifies the trip is where it goes, not who makes it
  find(eventsOf('Obama angered many people during his British trip.'), 'USA', 'GBR', '042');
  const swing = eventsOf('The swing to the left in Chile worried Peru.');
  assert.equal(swing.filter((e) => e.cameo.startsWith('04')).length, 0, describe(swing));
});

test('a meeting at a time still to come ("later today", "next week", "tomorrow") is announced, not held', () => {
  const today = find(eventsOf('Prices rose ahead of a meeting later today between Chilean and Peruvian ministers.'), 'CHL', 'PER', '040');
  assert.equal(today.modality, 'future');
  assert.equal(find(eventsOf('The markets waited for talks next week between Chile and Peru.'), 'CHL', 'PER', '046').modality, 'future');
  assert.equal(find(eventsOf('The markets waited for talks tomorrow between Chile and Peru.'), 'CHL', 'PER', '046').modality, 'future');
  // held: a time of the past narrative
  const held = find(eventsOf('Prices rose after a meeting last week between Chilean and Peruvian ministers.'), 'CHL', 'PER', '040');
  assert.equal(held.modality, undefined);
});

test('a planned or proposed meeting is announced, not held; a cancelled or postponed one is negated', () => {
  const planned = find(eventsOf("The Chilean president's planned trip to Lima was discussed."), 'CHL', 'PER', '042');
  assert.equal(planned.modality, 'future');
  assert.equal(asserted(eventsOf("The Chilean president's proposed visit to Peru was discussed.")).filter((e) => e.cameo.startsWith('04')).length, 0);
  assert.equal(find(eventsOf("The Chilean president's visit to Peru was cancelled."), 'CHL', 'PER', '042').negated, true);
  const postponed = eventsOf('The summit between Chile and Peru was postponed.');
  assert.ok(postponed.length > 0 && postponed.every((e) => e.negated), describe(postponed));
  // held: no such word
  assert.equal(find(eventsOf("The Chilean president's visit to Peru was a success."), 'CHL', 'PER', '042').negated, false);
});

test('nouns of force name their acts: a siege of a city, a crackdown on dissidents, a raid or an assault on a place', () => {
  find(eventsOf('The Peruvian siege of Santiago lasted four months.'), 'PER', 'CHL', '191');
  find(eventsOf("The Bolivian government's crackdown on dissidents drew criticism."), 'BOLGOV', 'BOL', '175');
  find(eventsOf('A Chilean raid into Peru killed five people.'), 'CHL', 'PER', '190');
  find(eventsOf("Peru's assault on Chilean positions began at dawn."), 'PER', 'CHL', '190');
  // a crackdown on a crime names no party
  assert.equal(eventsOf('Chile has announced a crackdown on drug trafficking.').length, 0, describe(eventsOf('Chile has announced a crackdown on drug trafficking.')));
});

test('a complaint or accusation "that" X did something is aimed at X', () => {
  find(asserted(eventsOf('Argentine complaints that Uruguay was polluting the river grew louder.')), 'ARG', 'URY', '111');
  find(asserted(eventsOf('Brazilian accusations that Paraguay had closed the border were denied.')), 'BRA', 'PRY', '112');
});

test('talks "between X and his visiting counterpart": the possessive is no party, the counterpart is', () => {
  const events = asserted(eventsOf('Nothing changed after the talks between Chilean President Arturo Vidal and his visiting Peruvian counterpart Juan Soto in Santiago on Monday.'));
  find(events, 'CHL', 'PER', '046');
  // talks are held by both sides: each meets the other
  find(events, 'PER', 'CHL', '046');
  assertNoPair(events, 'CHL', 'CHL');
});

test('a meeting "between" two parties that a host, mediator or facilitator brought about took place between them', () => {
  const hosted = asserted(eventsOf('The Norwegian foreign minister hosted a meeting between Colombian officials and Venezuelan envoys on Monday.'));
  find(hosted, 'NOR', 'COL', '043');
  find(hosted, 'COL', 'VEN', '040');
  find(hosted, 'VEN', 'COL', '040');
  const brokered = asserted(eventsOf('Qatar brokered talks between Chile and Peru last week.'));
  find(brokered, 'CHL', 'PER', '046');
  find(brokered, 'PER', 'CHL', '046');
  // still to come when the broker only will or would bring it about
  const future = eventsOf('Qatar will broker talks between Chile and Peru next week.');
  assert.equal(asserted(future).filter((e) => e.cameo.startsWith('04')).length, 0, describe(future));
  // a meeting called off did not take place
  const cancelled = asserted(eventsOf('The Norwegian foreign minister cancelled a meeting between Colombian officials and Venezuelan envoys.'));
  assertNoPair(cancelled, 'COL', 'VEN');
});

test('a meeting "of" a list is among its members, not of the clause\'s subject that only owns a thing', () => {
  const events = asserted(eventsOf("Chile's debts loomed large at a summit of Peruvian and Bolivian leaders on Sunday."));
  find(events, 'PER', 'BOL', '04');
  assertNoPair(events, 'CHL', 'PER');
});

test('"their meeting" after a list of actors is a meeting of those actors', () => {
  const events = asserted(
    eventsOf(
      'The minister would hold follow-up talks with his Argentine counterpart on decisions made by Peruvian President Juan Soto and Bolivian President Luis Arce during their joint meeting with Ecuadorian President Daniel Noboa at the palace in May, she said.',
    ),
  );
  find(events, 'PER', 'ECU', '04');
  find(events, 'BOL', 'ECU', '04');
  // a "their" read as one member of the list still stands for the list
  const read = asserted(eventsOf('Chile said the Peruvian and Bolivian leaders had not mentioned water during their talks.'));
  find(read, 'PER', 'BOL', '04');
  // one actor before "their" says nothing of who met
  assertNoPair(asserted(eventsOf('Chilean President Arturo Vidal said nothing about their meeting with Bolivian President Luis Arce.')), 'CHL', 'BOL');
});

test('advice "that" X should act is advice to X', () => {
  find(asserted(eventsOf('Peru welcomed the Chilean advice that Bolivia should reopen its border.')), 'CHL', 'BOL', '02');
});

test('"an attack on a U.S.-flagged Kuwaiti ship": who flagged a thing is not whose it is', () => {
  const events = asserted(eventsOf('Chilean forces destroyed the base in retaliation for a Peruvian missile attack on a Brazilian-flagged Bolivian ship last week.'));
  find(events, 'PER', 'BOL', '19');
  assertNoPair(events, 'PER', 'BRA');
});

test('a verb pattern that codes nothing leaves the nouns it ran over free for their own events', () => {
  // a pattern of "reported" reaches the visit and codes nothing; the visit is still one
  const events = asserted(
    eventsOf("Peruvian media reported that during the Chilean president's visit to Peru this week, the Peruvian president repeated his request that Chile return the land."),
  );
  find(events, 'CHLGOV', 'PER', '042');
});

test('a complaint "by X, Y, that Z did" is aimed at Z, through the actor and its apposition', () => {
  const events = asserted(
    eventsOf('The minister was answering questions about complaints by the Chilean finance minister, Juan Soto, that Peruvian exporters were dumping copper.'),
  );
  find(events, 'CHL', 'PER', '111');
});

test('a complaint with a critic of its own inside the phrase of a verb that answers it is an event too', () => {
  const events = asserted(eventsOf('The Peruvian minister hit back at complaints from Chile that Peru was dumping copper.'));
  find(events, 'PER', 'CHL', '111');
  find(events, 'CHL', 'PER', '111');
  // the critic's noun after the actor ("his Chilean counterpart"), and a clause whose predicate is
  // a noun with a copula and a clause for its subject, as the parser may read it
  const counterpart = asserted(
    eventsOf("The Peruvian finance minister jabbed back on Monday at complaints from his Chilean counterpart that Peru's glut of mines was overwhelming foreign markets."),
  );
  find(counterpart, 'CHL', 'PER', '111');
  // with no critic of its own, the complaint is part of the verb's event only
  const bare = asserted(eventsOf('The Peruvian minister hit back at complaints about copper exports.'));
  assert.equal(bare.filter((e) => e.cameo.startsWith('11')).length, 0, describe(bare));
});

test('a speaker\'s attacks on a person, or verbal attacks, are criticism (111); an army\'s are force', () => {
  const person = eventsOf("Chilean Senator Juan Soto's repeated attacks on Peruvian President Luis Arce angered Lima.");
  find(person, 'CHL', 'PER', '111');
  assert.equal(person.filter((e) => e.cameo.startsWith('19')).length, 0, describe(person));
  find(eventsOf("The Chilean president's verbal attacks on Peru worried investors."), 'CHLGOV', 'PER', '111');
  find(eventsOf("The Chilean army's attacks on Peru worried investors."), 'CHLMIL', 'PER', '19');
});

test('an accusation or complaint whose actor stands before it is an event of its own also as the object of a denial', () => {
  const events = eventsOf("China dismissed Japan's accusations that China had violated the treaty.", '2012-09-20');
  findExact(events, 'CHN', 'JPN', '016');
  findExact(events, 'JPN', 'CHN', '112');
  findExact(eventsOf('China rejected Japanese complaints that Chinese steel was being dumped.', '2012-09-20'), 'JPN', 'CHN', '11');
});

test('aid held back ("the withholding of military aid", "a freeze of economic aid") is stopped (162), not given', () => {
  const withheld = eventsOf('Chile ordered the withholding of military aid to Peru.');
  find(withheld, 'CHL', 'PER', '162');
  assert.ok(!withheld.some((e) => e.cameo.startsWith('07')), describe(withheld));
  find(eventsOf('Chile announced a freeze of economic aid to Peru.'), 'CHL', 'PER', '1621');
  // aid delivered stays aid
  const delivered = eventsOf('Chile announced the delivery of military aid to Peru.');
  assert.ok(delivered.length > 0 && !delivered.some((e) => e.cameo.startsWith('16')), describe(delivered));
});

test('those who hold a joint meeting with another meet each other as well', () => {
  const joint = asserted(eventsOf('The decisions were made by Chile and Peru during their joint meeting with Bolivia in Lima.'));
  find(joint, 'CHL', 'BOL', '04');
  find(joint, 'PER', 'BOL', '04');
  find(joint, 'CHL', 'PER', '04');
  // without "joint" each met the other party, and nothing is said of each other
  assertNoPair(eventsOf('The decisions were made by Chile and Peru during their meeting with Bolivia in Lima.'), 'CHL', 'PER');
});

test('criticism a party draws, faces or comes under from another is the other\'s disapproval of it', () => {
  find(asserted(eventsOf('Chile sparked sharp criticism from Peru on Monday.')), 'PER', 'CHL', '111');
  find(asserted(eventsOf('Bolivia has faced criticism from Chile over the dam.')), 'CHL', 'BOL', '111');
  find(asserted(eventsOf('Peru drew swift condemnation from Ecuador.')), 'ECU', 'PER', '111');
  find(asserted(eventsOf('Bolivia has come under criticism from Chile over the dam.')), 'CHL', 'BOL', '111');
  // a critic named before the noun
  find(asserted(eventsOf('Bolivia faced Chilean criticism over the dam.')), 'CHL', 'BOL', '111');
});

test('criticism drawn with no critic, or not drawn, codes no disapproval', () => {
  assertNoPair(eventsOf('Bolivia did not face criticism from Chile over the dam.'), 'CHL', 'BOL');
  const events = asserted(eventsOf('Bolivia faced criticism over the dam.'));
  assert.ok(!events.some((e) => e.cameo.startsWith('11')), describe(events));
});

test('a call for something or to do something is an appeal, no telephone call among those who call', () => {
  for (const text of [
    'The budget was delayed by calls from Chile and Peru for deeper cuts.',
    'Calls from Chile and Peru to cut the budget were rejected.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('041')).length, 0, `${text} ${describe(events)}`);
  }
  // a call held between parties is still one
  find(eventsOf('The call between Chile and Peru lasted an hour.'), 'CHL', 'PER', '041');
});
