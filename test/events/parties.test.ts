// Arguments from the dependency tree (src/events/parties.ts): the subject acts, the object or
// the oblique the code names is acted on; a list of actors is no interaction among them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPair, asserted, describe, eventsOf, find, findExact, partyCode } from './helpers.ts';

test('conjoined subjects: one event each, and none between them', () => {
  const events = eventsOf('France and Germany condemned Russia on Tuesday.');
  find(events, 'FRA', 'RUS', '11');
  find(events, 'DEU', 'RUS', '11');
  assertNoPair(events, 'FRA', 'DEU');
});

test('a list of actors insisting is no interaction among them', () => {
  const events = eventsOf('Britain, Italy and France are insisting that the negotiations continue.');
  assertNoPair(events, 'GBR', 'ITA');
  assertNoPair(events, 'GBR', 'FRA');
  assertNoPair(events, 'ITA', 'FRA');
});

test('a list of actors backing a resolution is no cooperation among them; restoring ties or cooperating is', () => {
  for (const text of ['Brazil and Mexico supported the resolution.', 'Brazil, Mexico and Chile endorsed the plan on Tuesday.']) {
    const events = eventsOf(text);
    assertNoPair(events, 'BRA', 'MEX');
  }
  for (const text of ['Brazil and Mexico restored diplomatic ties.', 'Brazil and Mexico cooperate in the fight against drug trafficking.']) {
    const events = eventsOf(text);
    find(events, 'BRA', 'MEX', '05');
    find(events, 'MEX', 'BRA', '05');
  }
});

test('a list taking part, offering or pledging is no intent among its members; agreeing or signing is', () => {
  for (const text of [
    'Brazil, Mexico and Chile took part in the vote on the resolution.',
    'Brazil and Mexico have pledged funds for the reconstruction.',
    'Brazil and Mexico offered no details about the plan.',
  ]) {
    const events = eventsOf(text);
    assertNoPair(events, 'BRA', 'MEX');
  }
  for (const text of ['Brazil and Mexico agreed to expand trade.', 'Brazil and Mexico signed an oil agreement on Monday.']) {
    const events = eventsOf(text);
    find(events, 'BRA', 'MEX', '03');
    find(events, 'MEX', 'BRA', '03');
  }
});

test('a mutual act by coordinated actors is coded both ways', () => {
  const events = eventsOf('Vietnam and Thailand signed a fisheries accord on Monday.');
  find(events, 'VNM', 'THA', '05');
  find(events, 'THA', 'VNM', '05');
});

test('buyers or lenders named together did not deal with each other; partners who cooperate did', () => {
  for (const [text, a, b] of [
    ['Indonesia and Turkey have purchased 7,500 head of dairy cattle under the program.', 'IDN', 'TUR'],
    ['Venezuela and Nigeria loaned 12 million barrels of crude oil to the refinery.', 'VEN', 'NGA'],
  ] as const) {
    assertNoPair(eventsOf(text), a, b);
  }
  const joint = eventsOf('French and Egyptian warships on Monday launched ten days of joint war games.');
  find(joint, 'FRA', 'EGY', '06');
});

test('the oblique the code names is the target: "met with"', () => {
  find(eventsOf('The Iranian foreign minister met with Oman on Monday.'), 'IRN', 'OMN', '04');
});

test('"met without X" is no meeting with X', () => {
  const events = eventsOf('Hungary met Austria without Poland in Vienna.');
  assertNoPair(events, 'HUN', 'POL');
});

test('an agentless passive has no source', () => {
  assert.deepEqual(asserted(eventsOf('Over 100 Belarusian protesters were arrested on Sunday.')).map((e) => e.cameo.slice(0, 2)).filter((r) => r === '17'), []);
});

test('a subject that is no actor gives no event, whatever actor comes before it', () => {
  const events = eventsOf('In Kenya, some analysts criticised Tanzania.');
  assertNoPair(events, 'KEN', 'TZA');
});

test('a demand targets the subject of its complement', () => {
  find(eventsOf('South Korea demanded that Japan apologise.'), 'KOR', 'JPN', '10');
});


test('the tree completes what word order misses: the object of a reduced clause', () => {
  find(eventsOf('Iran launched missiles targeting American troops in Iraq.'), 'IRN', 'USA', '19');
});

test('"between X and Y" names the parties of a mutual act, each way', () => {
  const events = eventsOf('A ceasefire was agreed between Armenia and Azerbaijan on Monday.');
  find(events, 'ARM', 'AZE', '03');
  find(events, 'AZE', 'ARM', '03');
});

test('a recipient no country stands for does not stop the search for one that does', () => {
  // (an unknown name: "U.S. Growers" is now the United States and growers, no country-less name)
  find(eventsOf('Washington has demanded access for Brannock Growers to the Japanese market.'), 'USA', 'JPN', '10');
});

test('a source known by its role alone, of no country, is no party: "officials condemned" in a story of no country', () => {
  const events = eventsOf('Officials condemned Russia on Tuesday, a spokesman said.');
  assert.equal(events.filter((e) => e.source.actor === 'GOV' || e.target?.actor === 'GOV').length, 0, describe(events));
});

test('a passive verb reads its pattern in its subject: "the accord was signed by X and Y" is mutual', () => {
  const events = eventsOf('The new fisheries accord was signed by Vietnam and Thailand in Hanoi.');
  find(events, 'VNM', 'THA', '057');
  find(events, 'THA', 'VNM', '057');
});

test('a memorandum signed "between" three states binds every pair of them', () => {
  const events = eventsOf('Last year a memorandum on the pipeline was signed between Chile, Peru and Bolivia.');
  find(events, 'CHL', 'PER', '05');
  find(events, 'PER', 'BOL', '05');
  find(events, 'CHL', 'BOL', '05');
});

test('passive agents of an act that is not mutual still do not act on each other', () => {
  const events = eventsOf('The convoy is expected to be joined by Italian and German ships.');
  assertNoPair(events, 'ITA', 'DEU');
});

test('"his counterpart" names whose counterpart: the target is the counterpart', () => {
  const events = eventsOf('The Albanian prime minister, speaking after a meeting with his Italian counterpart in Tirana, said the crisis was over.');
  find(events, 'ALB', 'ITA', '04');
});

test('"They" opening a sentence stands for the actors the sentence before named as its subject', () => {
  const events = eventsOf('Egypt and Greece held talks in Cairo on Wednesday. They called on Turkey to halt its drilling.');
  find(events, 'EGY', 'TUR', '02');
  find(events, 'GRC', 'TUR', '02');
});

test('a second phrase with the same preposition on the verb is a target too: "met with X, then with Y"', () => {
  const events = eventsOf('The Greek prime minister met with the Italian president, then with Chancellor Merz.');
  find(events, 'GRC', 'ITA', '04');
  find(events, 'GRC', 'DEU', '04');
});

test('a participle right after its noun reads its pattern there: "the agreement signed between X and Y"', () => {
  const events = eventsOf('He said the agreement signed between Chile and Bolivia was void.');
  find(events, 'CHL', 'BOL', '057');
  find(events, 'BOL', 'CHL', '057');
});

test('a pattern that ends in a preposition names the target after it: "left X for Y" is a visit to Y', () => {
  const events = eventsOf('The Chilean president left Lima yesterday for Bolivia.');
  find(events, 'CHL', 'BOL', '042');
  assertNoPair(events, 'CHL', 'PER');
});

test('a relative pronoun after a list stands for the last of it, not for the whole list', () => {
  const events = eventsOf('The talks were separate from discussions between Chilean officials and the Peruvian president, who left Lima yesterday for Bolivia.');
  find(events, 'PER', 'BOL', '042');
  assertNoPair(events, 'CHL', 'BOL');
});

test('a list whose last member is no actor still coordinates the actors before it: "Britain, France, and Gulf allies"', () => {
  const events = eventsOf('Chile blamed the failure on placing too much faith in Peru, Bolivia, and other Andean partners.');
  find(events, 'CHL', 'PER', '112');
  find(events, 'CHL', 'BOL', '112');
  // an apposition is no list
  assert.equal(eventsOf('Chile criticised Peru, its northern neighbour, on Monday.').filter((e) => e.target?.actor !== 'PER').length, 0);
  // nor need the last member follow a comma
  const others = eventsOf('Ecuador, Colombia and others rejected a Brazilian proposal for a customs union.');
  find(others, 'ECU', 'BRA', '12');
  find(others, 'COL', 'BRA', '12');
});

test('"four countries, including X and Y": the members named are the targets, each of them', () => {
  const events = eventsOf('Kuwait asked four countries, including Japan and Canada, for help.');
  find(events, 'KWT', 'JPN', '02');
  find(events, 'KWT', 'CAN', '02');
});

test('a passive coordinated with an earlier predicate takes its subject as the target', () => {
  const events = eventsOf('Serbia is already under UN sanctions, and was condemned in a statement by Austria and Hungary last week.');
  find(events, 'AUT', 'SRB', '11');
  find(events, 'HUN', 'SRB', '11');
});

test('the "I" and "we" of a direct quotation are its speaker', () => {
  const events = eventsOf('The Polish prime minister told reporters: "I count on Hungary to keep its promise."');
  const appeal = find(events, 'POL', 'HUN', '02');
  // the source's characters are the pronoun's
  assert.equal(appeal.source.end - appeal.source.start, 1);
  // not in reported speech, where "we" is not the reporter
  const reported = eventsOf('The Polish prime minister said that we count on Hungary to keep its promise.');
  assert.equal(reported.filter((e) => e.source.end - e.source.start <= 2).length, 0, describe(reported));
});

test("the source's own possessive on the object is no target: the search goes on to the object's phrase", () => {
  const events = eventsOf('Chilean President Gabriel Boric expressed his wish for the Peruvian government to reopen the border.');
  find(events, 'CHL', 'PER', '02');
});

test('a party named by its relation to an actor is not that actor: "Peru\'s allies", "Chile\'s southern neighbor"', () => {
  assertNoPair(eventsOf('The Chilean army attacked Peru\'s allies on Monday.'), 'CHL', 'PER');
  assertNoPair(eventsOf('Bolivia condemned Chile\'s northern neighbor.'), 'BOL', 'CHL');
  find(eventsOf('The Chilean army attacked Peru\'s army on Monday.'), 'CHLMIL', 'PERMIL', '19');
});

test('the members a phrase names ("countries such as X and Y", "including X") are its actors', () => {
  const events = eventsOf('Countries such as France and Chile condemned Peru on Monday.');
  find(events, 'FRA', 'PER', '111');
  find(events, 'CHL', 'PER', '111');
  const contact = eventsOf('Bolivia was in contact with buyers such as Japan and Canada.');
  find(contact, 'BOL', 'JPN', '040');
  find(contact, 'BOL', 'CAN', '040');
});

test('a "they" that continues the "they" before it stands for the same actors', () => {
  const events = eventsOf('Peru and Bolivia met in Lima on Monday. The Ecuadorian minister joined as an observer. They said the deal was void. They urged Chile to halt its drilling.');
  find(events, 'PER', 'CHL', '02');
  find(events, 'BOL', 'CHL', '02');
});

test('a description of a group just named stands for it: "the two countries", "the energy ministers"', () => {
  const urged = eventsOf('Earlier this year, Chile and Peru agreed to adopt common rules. The two countries urged others to follow suit, notably Bolivia.');
  find(urged, 'CHL', 'BOL', '02');
  find(urged, 'PER', 'BOL', '02');
  // the sentence before names its group in an agent phrase; the accord's signers are its parties
  const signed = eventsOf('The meeting was attended by the prime ministers of Chile, Peru and Bolivia. The accord was signed by the energy ministers.');
  find(signed, 'CHL', 'PER', '05');
  find(signed, 'BOL', 'CHL', '05');
  // "some countries" points back to no one; "the two" needs a group of two
  assert.equal(eventsOf('Chile, Peru and Bolivia met in Lima. The two countries urged Argentina to act.').filter((e) => e.cameo.startsWith('02')).length, 0);
});

test('an event with a party named in a sentence before spans its own sentence', () => {
  const text = 'Chile and Peru agreed to adopt common rules. The two countries urged Bolivia to follow suit.';
  const events = eventsOf(text);
  const urged = find(events, 'CHL', 'BOL', '02');
  assert.ok(urged.start >= text.indexOf('The two'), describe(events));
  assert.equal(text.slice(urged.source.start, urged.source.end), 'Chile');
});

test('a member singled out by "notably" is the target of an appeal to the group', () => {
  const events = eventsOf('Britain and France urged other donors to follow suit, notably Japan.');
  find(events, 'GBR', 'JPN', '02');
  find(events, 'FRA', 'JPN', '02');
});

test('a participle with a "by" phrase naming an actor is passive: the agent acts on the noun it modifies', () => {
  find(eventsOf('Kuwait, invaded by Iraq in 1990, demanded compensation.'), 'IRQ', 'KWT', '19');
  find(eventsOf('Ukraine, strongly backed by Poland, has asked for more weapons.'), 'POL', 'UKR', '05');
});

test('a headline-like passive without its auxiliary is not read backwards', () => {
  const events = eventsOf('Iraq invaded by Iran, officials say.');
  find(events, 'IRN', 'IRQ', '19');
  assert.equal(events.filter((e) => e.source.actor === 'IRQ').length, 0, describe(events));
});

test('the noun a reduced passive clause hangs on is what is acted on, not the main clause subject', () => {
  const events = eventsOf('Canada praised the agreement signed by Colombia and Peru.');
  // Canada praised the signers (051); it signed nothing with them
  const signed = events.filter((e) => e.cameo === '057');
  assert.equal(signed.filter((e) => [e.source, e.target].some((p) => p && partyCode(p).startsWith('CAN'))).length, 0, describe(events));
  find(events, 'COL', 'PER', '057');
});

test('a main verb with its own subject is no participle inside the subject of a clause it governs', () => {
  const events = eventsOf('Jordan welcomed the truce agreed between Israel and Hamas.');
  assert.equal(events.filter((e) => partyCode(e.source).startsWith('JOR') && e.cameo.startsWith('03')).length, 0, describe(events));
});

test('the owner of what is discussed took no part in the discussion; a party named with "with" did', () => {
  const topic = eventsOf('Chile discussed the future of Peruvian military bases.');
  assert.equal(topic.filter((e) => e.cameo.startsWith('04')).length, 0, describe(topic));
  find(eventsOf('Chile discussed the future of the bases with Peru.'), 'CHL', 'PER', '04');
});

test('coordinated doers of a mutual act acted on each other, not on the place where they did it', () => {
  for (const text of ['Chile and Peru held talks in Geneva on Monday.', 'Chile and Peru held talks at the United Nations on Monday.']) {
    const events = eventsOf(text);
    find(events, 'CHL', 'PER', '04');
    find(events, 'PER', 'CHL', '04');
    assert.equal(events.filter((e) => e.target && !['CHL', 'PER'].includes(partyCode(e.target).slice(0, 3))).length, 0, describe(events));
  }
  // one doer still visits the place
  find(eventsOf('The Chilean president arrived in Lima on Monday.'), 'CHL', 'PER', '04');
});

test('a place in the phrase of "in" or "at" on a meeting noun is the venue, no party; a party named with "with" stays', () => {
  for (const text of ['EU agriculture ministers ended a three-day meeting in Luxembourg on Tuesday.', 'The Chilean delegation held a meeting at the United Nations on Monday.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.target && ['LUX', 'IGO'].includes(partyCode(e.target).slice(0, 3))).length, 0, `${text} ${describe(events)}`);
  }
  find(eventsOf('The Chilean delegation held a meeting in Geneva with Peru on Monday.'), 'CHL', 'PER', '04');
});

test('a place in the phrase of "in" or "at" on a verb of meeting is the venue; one arrived in is visited', () => {
  for (const text of [
    'The Chilean president met in Geneva on Monday.',
    'The Chilean foreign minister negotiated in Geneva.',
    'The Chilean president met Peruvian officials in Geneva.',
    'The Chilean president met a Peruvian businessman in Geneva.',
    'The Chilean president met in the Swiss city of Geneva.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.target && partyCode(e.target).startsWith('CHE')).length, 0, `${text} ${describe(events)}`);
  }
  find(eventsOf('The Chilean president met Peruvian officials in Geneva.'), 'CHL', 'PER', '04');
  find(eventsOf('The Chilean president met in Geneva with Peruvian officials.'), 'CHL', 'PER', '04');
  find(eventsOf('The Chilean president arrived in Geneva on Monday.'), 'CHL', 'CHE', '04');
});

test('where parties gathered or arrived is what they visited, not the party of what they came to do; the host went nowhere', () => {
  const events = eventsOf('The Chilean and Bolivian foreign ministers gathered in Lima on Monday to discuss Argentina.');
  find(events, 'CHL', 'PER', '04');
  find(events, 'BOL', 'PER', '04');
  assert.equal(events.filter((e) => e.target && partyCode(e.target).startsWith('ARG')).length, 0, describe(events));
  const arrived = eventsOf('The Chilean president arrived in Lima on Monday to discuss Argentina.');
  find(arrived, 'CHL', 'PER', '04');
  assert.equal(arrived.filter((e) => e.target && partyCode(e.target).startsWith('ARG')).length, 0, describe(arrived));
  // a party of the talks named with "with" stays one
  const talks = eventsOf('The Chilean president arrived in Lima on Monday for talks with the Peruvian president and the Bolivian foreign minister.');
  find(talks, 'CHL', 'PER', '04');
  find(talks, 'CHL', 'BOL', '04');
  // the host and the guests: only the guests visit
  const hosted = eventsOf('The Peruvian foreign minister and his Chilean counterpart gathered in Lima on Monday.');
  find(hosted, 'CHL', 'PER', '04');
  assert.equal(hosted.filter((e) => partyCode(e.source).startsWith('PER') && e.target && partyCode(e.target).startsWith('PER')).length, 0, describe(hosted));
  // arriving by air, the place hung by the parser on a time word between
  find(eventsOf('The Chilean president, who touched down Saturday in Lima as part of a tour, met the press.'), 'CHL', 'PER', '04');
  find(eventsOf('The Chilean foreign minister landed in Lima on Monday.'), 'CHL', 'PER', '04');
  assert.equal(eventsOf('Chilean troops landed in Peru on Monday.').filter((e) => e.cameo.startsWith('04')).length, 0);
  // people gathering in their own country visit no one
  assert.equal(eventsOf('Hundreds of Peruvian farmers gathered in Lima on Monday.').length, 0);
});

test('the framework an act falls under is no party to it', () => {
  const events = eventsOf('Chile said Peru would consider measures under the United Nations charter.');
  assert.equal(events.filter((e) => e.target?.actor.startsWith('IGOUNO')).length, 0, describe(events));
});

test('a participle after a perfect "have" is a verb cue even where the tagger read an adjective', () => {
  const events = eventsOf('Chile and Peru have alleged Bolivian involvement.');
  find(events, 'CHL', 'BOL', '11');
  find(events, 'PER', 'BOL', '11');
});

test('the search inside the predicate\'s phrase keeps to its arguments: no relative clause, no phrase the code names no target with', () => {
  // a relative clause on the object is another act
  assertNoPair(eventsOf('Slovakia finally joins a highway that leads to Poland.'), 'SVK', 'POL');
  // a phrase after "for" names no target of a sanction; what is inside it is no party either
  assertNoPair(eventsOf("Hungary announced the sanctions in retaliation for what it called Romania's failure."), 'HUN', 'ROU');
  // the object of a non-finite clause on the object still is one
  find(eventsOf('Iran launched missiles targeting American troops in Iraq.'), 'IRN', 'USA', '19');
});

test('a noun phrase after a comma that the parser hung beside a phrase with "with" is that phrase again', () => {
  const events = eventsOf('Britain is now negotiating with its biggest market, the European Union, on trade.');
  find(events, 'GBR', 'IGOEUREEC', '04');
});

test('what one actor insisted on is reported even with no target: the actors who backed it did not back each other', () => {
  const events = eventsOf('Iraq insisted that the flight was humanitarian, a position which China and Russia supported in the Security Council.');
  assertNoPair(events, 'CHN', 'RUS');
});

test('names in a phrase on the subject noun ("the parliament for Kenya and Uganda") are not its doers; "of" names its owner', () => {
  const body = eventsOf('The regional parliament for Kenya, Tanzania and Uganda meets in Arusha.', '2005-11-30');
  assert.equal(body.filter((e) => e.cameo.startsWith('04')).length, 0, describe(body));
  const committee = eventsOf('The committee for Kenya and Uganda condemned Tanzania.', '2005-11-30');
  assert.equal(committee.length, 0, describe(committee));
  find(eventsOf('The parliament of Kenya condemned Uganda.', '2005-11-30'), 'KEN', 'UGA', '111');
});

test('a body "from" a country is that country\'s', () => {
  find(eventsOf('A delegation from Kenya visited Uganda on Monday.', '2005-11-30'), 'KEN', 'UGA', '04');
});

test('a possessive on the subject noun is its owner, no phrase of names on it ("Cairo\'s security chief has warned")', () => {
  find(eventsOf('Lima\'s security chief has warned Chile that police will no longer tolerate rallies by the opposition.', '2005-11-30'), 'PER', 'CHL', '1');
});

test('a threat\'s that-clause names its target as its subject, not as an actor deeper in it', () => {
  assertNoPair(eventsOf('The IMF warned that the vote could depress growth in Britain.'), 'IGOBUSIMF', 'GBR');
  assertNoPair(eventsOf('Chile warned that the dispute could hurt trade with Peru.'), 'CHL', 'PER');
  find(eventsOf('Chile warned that Peru would pay a price.'), 'CHL', 'PER', '13');
  find(eventsOf('Chile warned Peru that the dispute could hurt trade.'), 'CHL', 'PER', '13');
  // the speakers' own side as the clause's subject: whom it acts on is the target
  find(eventsOf('Chile warned that it would retaliate against Peru.'), 'CHL', 'PER', '13');
});

test('a verb of wish or decision is not directed at a country word inside the clause of what is wished', () => {
  assertNoPair(eventsOf('The French finance minister said Paris would prefer to see Americans participating in the sale.'), 'FRA', 'USA');
  assertNoPair(eventsOf('The Dutch government decided to sell its stake to reduce rights on Belgian gas fields.'), 'NLD', 'BEL');
  assertNoPair(eventsOf('Japan said it wants to buy more American beef.'), 'JPN', 'USA');
  assertNoPair(eventsOf('France favours letting American banks bid for the licence.'), 'FRA', 'USA');
});

test('a verb of wish is still directed at its object, the subject of what it hopes, or what a coded act wished for is aimed at', () => {
  find(eventsOf('Brazil prefers Argentina as a partner.'), 'BRA', 'ARG', '05');
  find(eventsOf('Germany favors Turkish membership of the union.'), 'DEU', 'TUR', '05');
  find(eventsOf('Canada wants Mexican cooperation on the pipeline.'), 'CAN', 'MEX', '');
  find(eventsOf('The United States wants Japan to open its rice market.'), 'USA', 'JPN', '02');
  find(eventsOf('France hopes Germany will agree.'), 'FRA', 'DEU', '02');
  find(eventsOf('France decided to attack Iraq.'), 'FRA', 'IRQ', '');
  find(eventsOf('The Chinese government has decided to offer more cooperation projects to Ghana.'), 'CHN', 'GHA', '03');
});

test('a demonym on a thing in a phrase that names no target is no party: "relief from Japanese tariffs"', () => {
  assertNoPair(eventsOf('Canada asked for relief from Japanese lumber tariffs.'), 'CAN', 'JPN');
  // a phrase that names a target, and whose an act is, still do
  find(eventsOf('Gulf states threatened to impose heavy customs duties on European goods.'), 'PGS', 'EUR', '13');
  find(eventsOf('Iran said it would retaliate for the American attack.'), 'IRN', 'USA', '');
  // and a place named with its kind is the place
  find(eventsOf('Serbia eased emergency measures on Wednesday in Kosovo province.'), 'SRB', 'KSV', '08');
});

test('a reciprocal object: coordinated doers act on one another ("blamed each other")', () => {
  const blamed = asserted(eventsOf('Chile and Peru blamed each other for the collapse of the talks.'));
  find(blamed, 'CHL', 'PER', '11');
  find(blamed, 'PER', 'CHL', '11');
  const accused = asserted(eventsOf('Iran and Iraq accused one another of attacking ships in the Gulf.'));
  find(accused, 'IRN', 'IRQ', '112');
  find(accused, 'IRQ', 'IRN', '112');
  // whose the judged thing is
  const policies = asserted(eventsOf("China and Japan criticised each other's policies."));
  find(policies, 'JPN', 'CHN', '111');
});

test('a name word order reaches across a phrase of time or place is no target: "reached agreement on its entry into the EU"', () => {
  for (const text of [
    'Poland reached agreement on its entry into the European Union.',
    'Peru proposed the fund during a trip to the United States.',
    'Chilean missionaries bought the land from the state during the government of Argentina.',
  ]) {
    // (the trip itself is a visit: nominal.test.ts)
    const events = eventsOf(text, '1987-03-15').filter((e) => !e.cameo.startsWith('042'));
    assert.equal(events.length, 0, `${text} ${describe(events)}`);
  }
  // the phrase of an act names its parties; a target preposition of the code names the target
  find(eventsOf('Japan signed a trade deal during talks with China.', '1987-03-15'), 'JPN', 'CHN', '04');
  find(eventsOf('Poland signed a trade deal with China.', '1987-03-15'), 'POL', 'CHN', '057');
});

test('names given as examples of a group ("nations, including Chile and Peru, favour ...") are no pair', () => {
  const events = eventsOf('Some producing nations, including Chile and Peru, favour the buffer stock buying more than 5 pct non-member copper, officials have said.', '1987-03-15');
  assertNoPair(events, 'CHL', 'PER');
  find(eventsOf('Britain and Belgium met in Brussels.', '1987-03-15'), 'GBR', 'BEL', '04');
});

test('a list does not run across a sentence break: "... said Gen. Tom Ray Jr. And Iran agreed" is no act between them', () => {
  const events = eventsOf('Russia held talks with the Pentagon, said Gen. Tom Ray Jr. And Iran agreed to cooperate.');
  assertNoPair(events, 'IRN', 'person:ray-jr');
  assert.ok(!events.some((e) => e.cue?.text === 'agreed' && e.source.actor !== 'IRN'), describe(events));
  // within one sentence the list still acts together
  const joined = eventsOf('Russia and Iran agreed to cooperate.');
  find(joined, 'RUS', 'IRN', '03');
});

test('a pattern word inside a phrase of time is no complement of the verb: "said during a visit to X" announces no visit (036)', () => {
  const during = eventsOf('The Chilean foreign minister said during a visit to Lima that trade would grow.');
  assert.equal(during.filter((e) => e.cameo.startsWith('036')).length, 0, describe(during));
  find(during, 'CHL', 'PER', '042');
  const start = eventsOf('The Chilean foreign minister said at the start of a three-day visit to Lima that trade would grow.');
  assert.equal(start.filter((e) => e.cameo.startsWith('036')).length, 0, describe(start));
  // the pattern's own object still matches
  find(eventsOf('Chile announced a visit to Lima.'), 'CHL', 'PER', '036');
});

test("a phrase of time may hold a name, a possessive or a participle: \"at the start of Bachelet's visit\" announces no visit either", () => {
  const named = eventsOf("The Chilean foreign minister said at the start of Bachelet's visit to Lima that trade would grow.");
  assert.equal(named.filter((e) => e.cameo.startsWith('036')).length, 0, describe(named));
  const expected = eventsOf("Chilean officials do not expect any Peruvian concessions during Garcia's two-day visit.");
  assert.equal(expected.filter((e) => e.cameo.startsWith('036')).length, 0, describe(expected));
});

test("a government's praise, support or intent to cooperate is not aimed at its own country", () => {
  const affirmed = eventsOf("The Chilean president affirmed Chile's consistent policy of cooperation with Peru.");
  assertNoPair(affirmed, 'CHL', 'CHL');
  assert.ok(!affirmed.some((e) => e.cameo.startsWith('05') && partyCode(e.target!).startsWith('CHL')), describe(affirmed));
  // another country still is a target
  find(eventsOf('The Chilean president praised Peru.'), 'CHL', 'PER', '05');
});

test('the accused is the object of accuse/blame/charge, not an actor in what it is accused of', () => {
  for (const text of [
    'Argentina accused the shipping firm of delivering rifles to Uruguay.',
    'Argentina blamed the shipping firm for the delivery of rifles to Uruguay.',
    'Argentina charged the shipping firm with delivering rifles to Uruguay.',
  ]) {
    const events = eventsOf(text);
    assertNoPair(events, 'ARG', 'URY');
  }
  // an accused actor stays the target, and "blamed X on Y" blames Y
  find(asserted(eventsOf('Argentina accused Uruguay of delivering rifles to the rebels.')), 'ARG', 'URY', '112');
  find(asserted(eventsOf('Argentina blamed the unrest on Uruguay.')), 'ARG', 'URY', '11');
});

test('a condemned act is aimed at its doer, not at whom it was done to', () => {
  const events = asserted(eventsOf("Ghana's raid on Togo was condemned by Nigeria."));
  find(events, 'NGA', 'GHA', '11');
  assertNoPair(events.filter((e) => e.cameo.startsWith('11')), 'NGA', 'TGO');
});

test('a quantifier floating after the auxiliary leaves the subject and the verb as they are', () => {
  const events = eventsOf('France and Germany have both condemned Russia.');
  find(events, 'FRA', 'RUS', '11');
  find(events, 'DEU', 'RUS', '11');
  assertNoPair(events, 'FRA', 'DEU');
});

test('a judgement in a relative clause whose pronoun is its object is aimed at whose the antecedent is', () => {
  // the antecedent names its holder
  find(eventsOf('Analysts discussed the Chilean quotas on fruit, which Peru has challenged.'), 'PER', 'CHL', '11');
  // the antecedent is what the main clause's subject maintains
  const events = eventsOf('Chile and Peru have maintained a policy of closing their ports to refugees which Canada and Norway have both criticised.');
  find(events, 'CAN', 'CHL', '11');
  find(events, 'NOR', 'PER', '11');
});

test('the news source an attribution names is no member of the list after it', () => {
  const events = eventsOf('According to Reuters, Canada and Norway criticised Chile on Monday.');
  find(events, 'CAN', 'CHL', '11');
  assert.ok(!events.some((e) => e.source.actor === 'MED'), describe(events));
});

test('an admission is aimed at whom the admitted act was done to, not at the admitter\'s own side', () => {
  let events = eventsOf('Chile acknowledged that its army had attacked Peruvian fishermen.');
  find(events, 'CHL', 'PER', '01');
  assert.ok(!events.some((e) => e.cameo.startsWith('01') && partyCode(e.target!).startsWith('CHL')), describe(events));
  events = eventsOf('The Peruvian president admits the Peruvian military operation against Chile did not work.');
  find(events, 'PER', 'CHL', '01');
  // a place where a state of affairs holds is no one acted on
  events = eventsOf('The Peruvian president admitted that the elections would not end the insurgency in Chile.');
  assertNoPair(events, 'PER', 'CHL');
});

test('a subject set off by a pair of dashes is the subject of the verb after them', () => {
  for (const text of [
    'The Syrian Army — whose commander-in-chief is the president — attacked Turkey on Monday.',
    'The Syrian Army – the largest in the region – attacked Turkey.',
  ]) {
    const events = eventsOf(text);
    find(events, 'SYRMIL', 'TUR', '19');
    assert.ok(!events.some((e) => e.source.actor.startsWith('person:')), describe(events));
  }
});

test('an infinitive of purpose in the opening phrase is done by the main clause\'s subject, not by a name the phrase holds', () => {
  let events = eventsOf('While in Washington to attend the NATO summit, the Turkish foreign minister criticised Greece.');
  find(events, 'TURGOV', 'IGOWSTNAT', '04');
  assert.ok(!events.some((e) => e.source.actor === 'USA' || e.source.actor === 'USAGOV'), describe(events));
  events = eventsOf('While in Ottawa to visit the Canadian parliament, Chile said it would buy wheat.');
  find(events, 'CHL', 'CANLEG', '04');
  assert.ok(!events.some((e) => e.source.actor.startsWith('CAN')), describe(events));
  // a clause of its own before the comma is no opening phrase: the names after it are no subject of it
  events = eventsOf('Among those due to meet in Geneva are France, Germany and Italy.');
  assertNoPair(events, 'FRA', 'DEU');
});

test('a participle opening the sentence is done by the main clause\'s subject', () => {
  find(asserted(eventsOf('Expressing concern about Belarus, the Lithuanian minister said the border would stay closed.')), 'LTU', 'BLR', '012');
});

test('an appeal or demand addressed to an object that names no actor is aimed at no actor inside what is asked', () => {
  for (const text of [
    "Peru's president urged companies to stop selling arms to Chile.",
    'Chinese Premier Li Peng ordered local governments to raise salaries for Japanese teachers.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('02') || e.cameo.startsWith('10')).length, 0, `${text} ${describe(events)}`);
  }
  // an object that is an actor is the target
  find(eventsOf("Peru's president urged Ecuador to stop selling arms to Chile."), 'PERGOV', 'ECU', '020');
});

test('a party named by its relation to an actor is not that actor, with the relation quoted', () => {
  const events = eventsOf('The Chilean government reiterated its support for the United States\' "stalwart allies" in Europe.');
  assert.equal(events.filter((e) => e.target?.actor === 'USA').length, 0, describe(events));
});

test('joining a coalition is cooperation with whoever formed it, through a relative pronoun', () => {
  const events = asserted(eventsOf('Last month, the United States announced a naval coalition to patrol the Red Sea which was joined by Denmark and Norway.'));
  find(events, 'DNK', 'USA', '062');
  find(events, 'NOR', 'USA', '062');
  assertNoPair(events, 'DNK', 'NOR');
  // whoever leads it, named by a participle on it
  find(asserted(eventsOf('The coalition led by Saudi Arabia was joined by Egypt in March.')), 'EGY', 'SAU', '05');
});

test('"his visiting counterpart": the counterpart visits the possessor, not the other way', () => {
  const events = asserted(eventsOf('The accord was discussed in talks between Chilean President Michelle Bachelet and her visiting Peruvian counterpart in Santiago on Monday.'));
  find(events, 'PER', 'CHL', '042');
  const reversed = events.filter((e) => partyCode(e.source).startsWith('CHL') && e.target && partyCode(e.target).startsWith('PER') && e.cameo.startsWith('042'));
  assert.deepEqual(reversed, [], describe(events));
});

test('"the agreement signed between X and Y": the parties of a "between" phrase right after the verb, wherever the parser hangs it', () => {
  const events = asserted(eventsOf('Officials noted that the agreement signed between Turkey and Libya infringe upon Egypt’s sovereign rights.'));
  find(events, 'TUR', 'LBY', '057');
  find(events, 'LBY', 'TUR', '057');
});

test('a quantifier floating between a conjoined subject and its verb leaves the verb a cue of each conjunct', () => {
  let events = eventsOf('Canada and Norway each condemned the Chilean decision.');
  find(events, 'CAN', 'CHL', '11');
  find(events, 'NOR', 'CHL', '11');
  assertNoPair(events, 'CAN', 'NOR');
  events = eventsOf('Peru and Bolivia all rejected the Chilean proposal on Monday.');
  find(events, 'PER', 'CHL', '12');
  find(events, 'BOL', 'CHL', '12');
  // a determiner before a noun is no floating quantifier
  assert.equal(eventsOf('Each attack on Chile was condemned.').filter((e) => e.source.actor === 'CHL').length, 0);
});

test('denying or dismissing a charge is 016 by the denier, aimed at the accuser, whatever names the accuser', () => {
  // the parser hangs the noun's "by" phrase on the verb as a passive agent: the verb is active
  for (const text of [
    'China dismissed accusations by Japan that it had violated the treaty.',
    'China rejected charges by Japan that it had violated the treaty.',
    "China dismissed Japan's accusations that it had violated the treaty.",
    'China denied allegations from Japan that it had violated the treaty.',
  ]) {
    const events = eventsOf(text, '2012-09-20');
    findExact(events, 'CHN', 'JPN', '016');
    assert.ok(!events.some((e) => e.cameo === '016' && partyCode(e.source) === 'JPN'), `${text}: ${describe(events)}`);
  }
  // complaints and criticism rejected, brushed aside or shrugged off are denied (016)
  for (const text of [
    'Russia rejected complaints from Britain that its ships had entered British waters.',
    'Russia brushed aside complaints from Britain.',
    'Russia shrugged off criticism from Britain.',
    'Russia dismissed criticism by Britain of its naval drills.',
  ])
    findExact(eventsOf(text, '2012-09-20'), 'RUS', 'GBR', '016');
});

test('a group named by a noun alone (group:, no country) is no party of an event', () => {
  const events = eventsOf('Currency dealers accused Norway of weakening the krone on Monday.');
  assert.ok(!events.some((e) => e.source.actor.startsWith('group:') || e.target?.actor.startsWith('group:')), describe(events));
});

test('the source\'s own country named aside (a modifier, a place) is no target; named as subject or object it is', () => {
  for (const text of [
    'The Chilean president Gabriel Boric paid a visit to the Chile-Peru border in Tacna.',
    'Chilean opposition leader Jose Kast urged the international community to condemn the abuses in Chile.',
  ]) {
    const events = asserted(eventsOf(text));
    assert.equal(events.filter((e) => e.target && partyCode(e.target) === 'CHL').length, 0, `${text} ${describe(events)}`);
  }
  find(eventsOf('The Chilean opposition leader Jose Kast urged Chile to close the border.'), 'CHL', 'CHL', '02');
});
