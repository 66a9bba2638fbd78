// The sense of a cue from its dependents (src/events/senses.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asserted, describe, eventsOf, find, partyCode } from './helpers.ts';

test('"X called Y a liar" is no telephone call, nor a "call on" appeal', () => {
  const events = eventsOf('Venezuela called Colombia a liar on Friday.');
  assert.equal(events.filter((e) => e.cameo.startsWith('041') || e.cameo.startsWith('02')).length, 0, describe(events));
});

test('"calling them an occupying army" is a naming where the parser reads the predicate as an oblique', () => {
  for (const text of [
    'The Peruvian government demanded the withdrawal of Chilean troops from Bolivia on Monday, calling them an occupying army.',
    'Peru demanded the departure of Chilean troops from Bolivia, calling them an occupying army.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('041')).length, 0, `${text} ${describe(events)}`);
  }
  // a time phrase with no preposition is no predicate: the call stays a call
  const call = eventsOf('The Chilean president called the Peruvian leader a day after the vote.');
  assert.ok(call.some((e) => e.cameo.startsWith('041')), describe(call));
});

test('a plain call is still a call', () => {
  const events = eventsOf('The Russian president called the French president.');
  assert.ok(events.some((e) => e.cameo.startsWith('04') && e.source.actor.startsWith('RUS')), describe(events));
});

test('"died" is no attack', () => {
  const events = eventsOf('John Horton Conway died in New Brunswick, New Jersey, on Saturday.');
  assert.equal(events.length, 0, describe(events));
});

test('"called X to do Y" is an appeal to X (020), not a telephone call', () => {
  const events = eventsOf('The Chilean president called the Peruvian government to increase its efforts.');
  const appeal = find(events, 'CHL', 'PER', '02');
  assert.equal(appeal.cameo.slice(0, 3), '020');
  assert.equal(events.filter((e) => e.cameo.startsWith('041')).length, 0, describe(events));
});

test('"called for" a thing is an appeal where the parser hangs "for" on the thing, not a telephone call', () => {
  const events = eventsOf('The British minister called for greater EC-U.S. cooperation against the cartel.');
  assert.equal(events.filter((e) => e.cameo.startsWith('041')).length, 0, describe(events));
  find(events, 'GBR', 'IGOEUREEC', '020');
});

test('"called X on Monday" is a call, not a "call on" appeal', () => {
  const events = eventsOf('The Chilean president called the Peruvian president on Monday.');
  find(events, 'CHL', 'PER', '041');
  assert.equal(events.filter((e) => e.cameo.startsWith('02')).length, 0, describe(events));
  find(eventsOf('Chile called on Peru to withdraw its troops.'), 'CHL', 'PER', '02');
});

test('to "go against" a resolution is to contradict it, not a journey to its authors', () => {
  const events = eventsOf("Peru's new law goes against the United Nations resolution.");
  assert.equal(events.filter((e) => e.cameo.startsWith('04')).length, 0, describe(events));
  find(eventsOf('The Chilean president went to Peru on Monday.'), 'CHL', 'PER', '04');
});

test("a pattern that is one preposition matches only a phrase of the verb's: no 'meet at' in '... for refugees out at sea'", () => {
  const events = eventsOf("The Chilean foreign minister contacted Peru's foreign minister over temporary housing for the refugees out at sea.");
  find(events, 'CHL', 'PER', '04');
  assert.equal(events.filter((e) => e.cameo.startsWith('036')).length, 0, describe(events));
});

test('"urged X to do Y" is an appeal to X (CAMEO.2.0 lists no verb "urge")', () => {
  const events = eventsOf('The Kenyan president urged Uganda to reopen the border crossing at Busia.');
  const appeal = find(events, 'KEN', 'UGA', '02');
  assert.equal(appeal.negated, false);
});

test('"negotiating with" is negotiation (046), not CAMEO.2.0\'s cooperation or yielding', () => {
  const events = eventsOf('Argentina is negotiating with Chile over the border.');
  find(events, 'ARG', 'CHL', '046');
});

test('"concluded that ..." states a judgement; "concluded an agreement" concludes one', () => {
  const judged = eventsOf('Peru and Bolivia concluded that the agreement between Chile and Argentina is void.');
  assert.equal(judged.filter((e) => e.cameo.startsWith('05')).length, 0, describe(judged));
  find(eventsOf('Peru and Bolivia concluded an agreement on Monday.'), 'PER', 'BOL', '057');
});

test('"expressed support for X" endorses X (051), not an intent to cooperate (032)', () => {
  const events = eventsOf('The Chilean government expressed its support for Peru.');
  find(events, 'CHL', 'PER', '051');
  assert.equal(events.filter((e) => e.cameo.startsWith('03')).length, 0, describe(events));
});

test('"rallied behind X" supports X (051); "rallied against" is still a protest', () => {
  const behind = asserted(eventsOf('Chilean senators rallied behind the Peruvian president on Monday.'));
  find(behind, 'CHL', 'PER', '051');
  assert.equal(behind.filter((e) => e.cameo.startsWith('15')).length, 0, describe(behind));
  find(eventsOf('Protesters rallied against the Egyptian government.'), 'EGY', 'EGY', '14');
});

test('"stands behind X" supports X (051), the owner of what it stands behind too; standing behind a thing is no event', () => {
  find(asserted(eventsOf('Chile stands firmly behind Peru in the border dispute.')), 'CHL', 'PER', '051');
  find(asserted(eventsOf('The Chilean president stood fully behind the Peruvian government\'s plan.')), 'CHL', 'PER', '051');
  assert.equal(eventsOf('The Chilean president stood behind the podium.').length, 0);
});

test('"broke off talks with X" halts negotiations (164); breaking relations or ties is 161', () => {
  find(eventsOf('Chile broke off talks with Peru on Monday.'), 'CHL', 'PER', '164');
  find(eventsOf('Chile broke off diplomatic relations with Peru.'), 'CHL', 'PER', '161');
  find(eventsOf('Chile broke diplomatic ties with Peru.'), 'CHL', 'PER', '161');
});

test('"spoke out against X" criticises X (111)', () => {
  find(eventsOf('The Chilean president spoke out against Peru on Monday.'), 'CHL', 'PER', '111');
});

test('alleging accuses (112) whom the allegation names, also of an attack', () => {
  find(eventsOf('Chile alleged that Peru was behind the bombing of the pipeline.'), 'CHL', 'PER', '112');
  find(eventsOf('The Chilean government has alleged Peruvian interference in the vote.'), 'CHL', 'PER', '112');
  // an alleged attack is no claim of responsibility for it (015)
  const events = eventsOf('Chilean officials alleged a Peruvian attack on the border post.');
  assert.equal(events.filter((e) => e.cameo.startsWith('015')).length, 0, describe(events));
  find(events, 'CHL', 'PER', '112');
});

test('calling a thing an actor owns is no telephone call to the actor', () => {
  // a naming the parser misses ("null and void" read as one noun with "agreement")
  const events = eventsOf('The Chilean president called the Peruvian-Bolivian agreement null and void.');
  assert.equal(events.filter((e) => e.cameo.startsWith('041')).length, 0, describe(events));
  // a counterpart is someone to call
  find(eventsOf('The Chilean president called his Peruvian counterpart.'), 'CHL', 'PER', '041');
});

test('issuing a request is a request (020), not an intent to cooperate', () => {
  const events = asserted(eventsOf('The Kenyan parliament issued a deposition request for the Ugandan ambassador.'));
  find(events, 'KEN', 'UGA', '020');
  assert.ok(!events.some((e) => e.cameo.startsWith('03')), describe(events));
});

test('a subpoena demands information (1014); it shares none (064)', () => {
  find(eventsOf('The Chilean senate issued a subpoena for documents from the Peruvian minister.'), 'CHL', 'PER', '1014');
  find(eventsOf('The Chilean senate subpoenaed the Peruvian minister.'), 'CHL', 'PER', '1014');
});

test('naming or designating someone as terrorists accuses them (1123); naming someone to an office does not', () => {
  find(eventsOf('Turkey named the PKK as terrorists.'), 'TUR', 'TUR', '1123');
  find(eventsOf('Turkey designated the PKK as a terrorist organisation.'), 'TUR', 'TUR', '1123');
  const appointed = eventsOf('Turkey named the PKK leader as its new envoy.');
  assert.equal(appointed.filter((e) => e.cameo.startsWith('11')).length, 0, describe(appointed));
});

test('considering someone something is an opinion, not an option considered (014)', () => {
  for (const text of ['Like Bolivia, Chile considers Peru a rogue state.', 'Chile funded the studies, as it considers the pipeline to be a project of common interest for Peru.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo === '014').length, 0, describe(events));
  }
  find(eventsOf('Chile would consider measures against Peru.'), 'CHL', 'PER', '014');
});

test('an attack by politicians on a person is an attack in words (111); an army\'s attack keeps its code', () => {
  const words = eventsOf('Chilean President Gabriel Boric attacked Peruvian President Pedro Castillo on Monday.', '2022-03-15');
  find(words, 'CHL', 'PER', '111');
  assert.equal(words.filter((e) => e.cameo.startsWith('19')).length, 0, describe(words));
  // through a pattern the verb opens, and by a party
  find(eventsOf('Republicans continued to attack President Joe Biden.', '2022-03-15'), 'USA', 'USA', '111');
  // soldiers and states attack with arms
  find(eventsOf('Chilean troops attacked Peruvian President Pedro Castillo.', '2022-03-15'), 'CHL', 'PER', '19');
  find(eventsOf('Chile attacked Peru on Monday.', '2022-03-15'), 'CHL', 'PER', '19');
});

test('politicians who hit, fire at or hammer a person attack in words (111); soldiers who hit a person use force', () => {
  for (const text of [
    'Chilean President Gabriel Boric on Monday hit Peruvian President Pedro Castillo on trade.',
    'Chilean President Gabriel Boric fired at Peruvian President Pedro Castillo.',
    'Chilean President Gabriel Boric hammered Peruvian President Pedro Castillo over the border.',
  ]) {
    const events = eventsOf(text, '2022-03-15');
    find(events, 'CHL', 'PER', '111');
    assert.equal(events.filter((e) => e.cameo.startsWith('19')).length, 0, describe(events));
  }
  find(eventsOf('Chilean troops hit Peruvian President Pedro Castillo.', '2022-03-15'), 'CHL', 'PER', '19');
});

test('taking over an office, a command or the running of something is succession, no seizure (171)', () => {
  for (const text of ['Chile, which takes over the presidency of the Andean Community in May, backed the plan.', 'Peru took over command of the UN force in Haiti.', 'Bolivia will take over the running of the Chilean port.']) {
    const events = eventsOf(text, '2006-03-15');
    assert.equal(events.filter((e) => e.cameo.startsWith('17')).length, 0, describe(events));
  }
  find(eventsOf('Peruvian troops took over the Chilean embassy.', '2006-03-15'), 'PER', 'CHL', '17');
});

test('swearing someone in is an oath of office, no allegation (110); "swore that" still alleges', () => {
  for (const text of ['The chief justice of Chile swore in President Gabriel Boric on Friday.', 'Justice Clarence Thomas swore her in at a White House ceremony on Monday.']) {
    const events = eventsOf(text, '2022-03-11');
    assert.equal(events.filter((e) => e.cameo.startsWith('11')).length, 0, describe(events));
  }
  find(eventsOf('Russia swore that Ukraine had attacked first.', '2022-03-11'), 'RUS', 'UKR', '11');
});

test('"was sworn in as X\'s prime minister" is an oath of office too: the particle belongs to the verb', () => {
  const events = eventsOf("Former minister Ricardo Lagos was sworn in as Chile's president on Friday.", '2000-03-11');
  assert.equal(events.filter((e) => e.cameo.startsWith('11')).length, 0, describe(events));
});

test('a contest of votes inside one country is no use of force; a war between countries or with an army still is', () => {
  for (const text of ['Senator Mark Udall won the primary on Tuesday, defeating Governor John Hickenlooper.', 'Governor John Hickenlooper narrowly defeated Senator Mark Udall in Denver.']) {
    const events = eventsOf(text, '2016-02-10');
    assert.equal(events.filter((e) => /^(18|19|20)/.test(e.cameo)).length, 0, `${text} ${describe(events)}`);
  }
  // overtaking a rival in the polls is a contest too
  const polls = eventsOf('Bernie Sanders has overtaken Hillary Clinton in the polls.', '2016-02-10');
  assert.equal(polls.filter((e) => /^(18|19|20)/.test(e.cameo)).length, 0, describe(polls));
  find(eventsOf('Israel defeated Egypt in 1967.', '1968-01-01'), 'ISR', 'EGY', '19');
  find(eventsOf('The Sudanese army defeated the rebels in Darfur.', '2006-12-21'), 'SDN', 'SDN', '19');
});

test('militant groups of no one country defeat each other by force, not in a vote ("Al Qaeda defeated the Islamic State")', () => {
  find(eventsOf('Al Qaeda defeated the Islamic State in eastern Syria.', '2015-06-01'), 'IMG', 'IMG', '19');
});

test('a participle on a thing tells what the thing does: the subject of the clause around it is no doer ("a pylon supplying the zone")', () => {
  for (const text of [
    'Rebels tried to blow up an electricity pylon supplying a Managua industrial zone.',
    'Chilean judges heard a case relating to the Peruvian claim.',
    'Officials from France spoke about nations contributing to the force, such as Italy and Spain.',
  ]) {
    const events = eventsOf(text, '1987-03-16');
    assert.equal(events.filter((e) => /^(0[3-7])/.test(e.cameo)).length, 0, `${text}: ${describe(events)}`);
  }
});

test('a document acts for its author: "adopted a resolution calling on Syria to withdraw" is an appeal to Syria', () => {
  const events = eventsOf("Lebanon's parliament adopted a resolution calling on Syria to withdraw its troops.");
  find(events, 'LBN', 'SYR', '02');
});

test('causal "lead to" and "led the opposition to" are no intent to cooperate; a delegation led somewhere is', () => {
  for (const text of [
    'Chile hoped the dispute would not lead to a protectionist response in Peru.',
    'The Chilean decision may lead to a tougher Peruvian policy.',
    'Chile and Bolivia have led the opposition to the Peruvian plan.',
    'Chile had twelve years of civil war leading up to the Peruvian intervention.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('03') || e.cameo.startsWith('04')).length, 0, `${text} ${describe(events)}`);
  }
  find(eventsOf('The Chilean foreign minister led a trade delegation to Peru.'), 'CHL', 'PER', '036');
});

test('failing is no refusal and submitting a document no yielding; failing to agree still rejects', () => {
  for (const text of [
    'The Chilean army has failed in repeated efforts to capture the Peruvian rebels.',
    'The Chilean president failed to win a single seat in Peru.',
    'Two Chilean investors submitted a bid to buy the Peruvian state airline.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('12') || e.cameo.startsWith('08')).length, 0, `${text} ${describe(events)}`);
  }
  find(eventsOf('Chile failed to reach agreement with Peru on the border.'), 'CHL', 'PER', '120');
  find(eventsOf('The Chilean finance minister submitted his resignation on Monday.'), 'CHL', null, '0831');
});

test('taking a decision is deciding, no seizure of a minister named after it', () => {
  const events = eventsOf('The Chilean government took the decision at a meeting with the Peruvian minister.');
  assert.equal(events.filter((e) => e.cameo.startsWith('18') || e.cameo.startsWith('17')).length, 0, describe(events));
  find(eventsOf('Chilean rebels took the Peruvian minister hostage.'), 'CHL', 'PER', '181');
});

test('hosting a conference is hosting (043), a news conference no event', () => {
  const events = eventsOf('Chile will host a conference of Peruvian ministers.');
  find(events, 'CHL', 'PER', '043');
  assert.equal(events.filter((e) => e.cameo.startsWith('05')).length, 0, describe(events));
  const news = eventsOf('Chilean hotels hosted Peruvian campaign news conferences.');
  assert.equal(news.length, 0, describe(news));
});

test('people who come to a country make no visit; "come to terms" is no visit, "came to an agreement" agreeing', () => {
  for (const text of [
    'Thousands of Chilean refugees came to Peru last year.',
    'Chilean students come to Peru every year.',
    'Chile hopes to find a way to come to terms with Peru.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('04')).length, 0, `${text} ${describe(events)}`);
  }
  const agreed = eventsOf('Chile and Peru came to an agreement on Monday.');
  find(agreed, 'CHL', 'PER', '030');
  find(eventsOf('A Chilean delegation came to Peru on Monday.'), 'CHL', 'PER', '04');
});

test('wanting another party to act is an appeal to it, wanting to act oneself is not', () => {
  find(eventsOf('Seoul wants Tokyo to lift its curbs on semiconductor exports.'), 'KOR', 'JPN', '02');
  const own = eventsOf('Iran wants to hold talks with the United States.');
  assert.equal(own.filter((e) => e.cameo.startsWith('02')).length, 0, describe(own));
});

test('wanting a meeting to do something asks the meeting\'s body to act (an appeal), not for a meeting (106)', () => {
  const events = eventsOf('The African governments want the French meeting to fix a date to end the subsidies.');
  find(events, 'AFR', 'FRA', '02');
  assert.equal(events.filter((e) => e.cameo.startsWith('10')).length, 0, describe(events));
});

test('asking someone to mediate is an appeal for mediation (028); asked by a party to the dispute, its intent to accept mediation (038)', () => {
  find(eventsOf('Canada asked the United Nations to mediate between Iran and Iraq.'), 'CAN', 'IGOUNO', '028');
  find(eventsOf('Iran urged Turkey to mediate in its dispute with Iraq.'), 'IRN', 'TUR', '038');
  find(eventsOf('Officials said the European Community had asked Norway to arbitrate on the fish dispute with Canada.'), 'IGOEUREEC', 'NOR', '038');
});

test('a noun in the subject of a reported clause is no pattern word of the speech verb', () => {
  // "SAY * SANCTIONS", "SAY * VISIT", "SAY * PROPOSAL": the noun after "said" is what the
  // reported clause is about, not what was said
  for (const text of [
    'The Georgian minister said the Russian sanctions were raised at the meeting.',
    'The Georgian minister said a visit to Moscow by the American envoy was under consideration.',
    'The Georgian minister said the Mexican proposal was under consideration by a task force.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => partyCode(e.source).includes('GEO')).length, 0, `${text} ${describe(events)}`);
  }
  // the reported clause's own predicate stays in reach: a stated intention is one
  const intent = eventsOf('Syria says it is willing to withdraw its troops from neighboring Lebanon.');
  assert.ok(intent.some((e) => e.source.actor.startsWith('SYR')), describe(intent));
});

test('a noun of the reported clause that a named owner has is no pattern word of the speech verb', () => {
  // "SAY * PLAN" (032), "SAY * PROPOSAL" (020): the clause speaks of another's plan, the speaker
  // announces none
  for (const text of [
    'Germany said it was happy with Russia’s plan.',
    'The Georgian minister said the new rules were stricter than the Turkish government’s proposal.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('03') || e.cameo.startsWith('02')).length, 0, `${text} ${describe(events)}`);
  }
  // the stance the clause states is still coded
  find(eventsOf('Germany said it was critical of Russia’s plan.'), 'DEU', 'RUS', '111');
});

test('suggesting what is or was is a claim, no appeal (02x); suggesting what should be done is one', () => {
  for (const text of [
    'The Chilean minister suggested the Peruvian envoy was behind the leak.',
    'The Chilean minister seemed to suggest that Peru could keep the border closed.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('02')).length, 0, `${text} ${describe(events)}`);
  }
  find(eventsOf('The Chilean minister suggested that Peru reopen the border.'), 'CHL', 'PER', '02');
  find(eventsOf('The Chilean minister suggested Peru should reopen the border.'), 'CHL', 'PER', '02');
});

test('a bare "express" codes nothing: what is expressed says what the act is (interest, a preference); feelings and views code', () => {
  for (const text of [
    'The Chilean president expressed interest in the Peruvian proposal.',
    'The Chilean president expressed a preference for the Peruvian plan.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('11')).length, 0, `${text} ${describe(events)}`);
  }
  find(eventsOf('The Chilean president expressed unease over Peru\'s plans.'), 'CHL', 'PER', '012');
  find(eventsOf('The Chilean president expressed concern over Peru\'s plans.'), 'CHL', 'PER', '012');
  find(eventsOf('The Chilean president expressed irritation with Peru.'), 'CHL', 'PER', '110');
});

test('insisting that something is or was is a claim, no demand (10x); insisting on an act or that it be done is one', () => {
  for (const text of [
    'The Chilean minister insisted that the Peruvian envoy was behind the leak.',
    'Chile insisted that Peru had broken no rule.',
    'The Chilean president insisted his aim would be to broker a deal with Peru.',
  ]) {
    const events = asserted(eventsOf(text));
    assert.equal(events.filter((e) => e.cameo.startsWith('10')).length, 0, `${text} ${describe(events)}`);
  }
  find(eventsOf('Chile insists that Peru withdraw its troops from the border.'), 'CHL', 'PER', '10');
  find(eventsOf('Chile insisted that Peru should withdraw its troops.'), 'CHL', 'PER', '10');
  find(eventsOf('Chile insisted that Peru be held to account.'), 'CHL', 'PER', '10');
  // a modal of obligation deeper in the clause still asks
  find(eventsOf('Chile insists it is an internal matter that Peru should stay out of.'), 'CHL', 'PER', '10');
});

test('approving or passing a measure, a bill or money is no yielding (080); approving a treaty or a loan to someone is a pattern', () => {
  for (const text of [
    'The Chilean cabinet approved measures to force Peruvian landowners to renew their leases.',
    'The Chilean Congress passed trade legislation against Peru.',
    'The Chilean development bank approved 50 mln dlrs for an agricultural program in Peru.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('08')).length, 0, `${text} ${describe(events)}`);
  }
  find(eventsOf('The Chilean Senate approved the treaty with Peru.'), 'CHL', 'PER', '03');
});

test('what one seeks to do is the act sought, not yet done and no intent to cooperate (030)', () => {
  const events = eventsOf('The Chilean rebels are seeking to bring down the Peruvian government.');
  assert.equal(events.filter((e) => e.cameo.startsWith('03')).length, 0, describe(events));
  const sanctions = eventsOf('Chile has been seeking to impose sanctions on Peru.');
  const e = find(sanctions, 'CHL', 'PER', '163');
  assert.equal(e.modality, 'future');
  find(eventsOf('Chile will seek closer ties with Peru.'), 'CHL', 'PER', '03');
});

test('"fired" someone is a dismissal, no force and no criticism; "fired at" someone is a shot', () => {
  for (const text of [
    'The Bolivian president named Eduardo Castillo interior minister in May. On Monday the president fired him.',
    'Eduardo Castillo, the interior minister, was fired by the Bolivian president on Monday.',
  ]) {
    const dismissal = eventsOf(text);
    assert.equal(dismissal.filter((e) => /^(1[1-9]|20)/.test(e.cameo)).length, 0, describe(dismissal));
  }
  find(asserted(eventsOf('Bolivian troops fired at Chilean soldiers on Monday.')), 'BOLMIL', 'CHLMIL', '19');
});

test('a thing with its owners in a "between" or "of" phrase is no one to call; their leaders are', () => {
  const events = eventsOf('The Greek prime minister called the border deal between Turkey and Libya null and void.');
  assert.equal(events.filter((e) => e.cameo.startsWith('041')).length, 0, describe(events));
  const call = eventsOf('The German chancellor called the leaders of France and Italy on Monday.');
  assert.ok(call.some((e) => e.cameo.startsWith('041') && e.source.actor.startsWith('DEU')), describe(call));
});

test('asking whether, which or about is a question, no appeal; asking someone to act or for something is one', () => {
  for (const text of [
    'The Chilean president asked Peru whether it would sign the treaty.',
    'The Chilean president asked the Peruvian president about the border.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('02')).length, 0, `${text} ${describe(events)}`);
  }
  find(eventsOf('The Chilean president asked Peru to sign the treaty.'), 'CHLGOV', 'PER', '020');
  find(eventsOf('Chile asked Peru for a loan.'), 'CHL', 'PER', '023');
});

test('a journey to a place is a visit by a party travelling for a government, no event by anyone else', () => {
  find(eventsOf('The Norwegian foreign minister came to Chile last week.'), 'NORGOV', 'CHL', '042');
  find(eventsOf('A UN mission went to Sudan on Tuesday.'), 'IGOUNO', 'SDN', '042');
  for (const text of ['Many Polish workers went to Britain after 2004.', 'Honda is coming to Mexico, officials said.']) {
    const events = eventsOf(text);
    assert.equal(events.length, 0, `${text} ${describe(events)}`);
  }
  // a pattern's own code stays
  find(eventsOf('The Chilean president came to Peru for talks with Garcia.'), 'CHLGOV', 'PER', '046');
});

test('"weigh in on", "mean" and "check to see" are no consultation, intent or inspection; "weigh options" still is', () => {
  for (const text of [
    'Senator Cruz weighed in on allegations against Donald Trump\'s campaign manager.',
    'Chile\'s sales figures would mean turnover of 3 billion dollars in Peru.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.length, 0, `${text} ${describe(events)}`);
  }
  find(eventsOf('Chile weighed options against Peru.'), 'CHL', 'PER', '014');
});

test('a pronoun and its verb set off as an aside act on no one; the same verb in its own clause does', () => {
  const aside = eventsOf('"We expect progress in the talks with Argentina and, we hope, Brazil," the Chilean finance minister said.');
  assert.equal(aside.filter((e) => e.cameo.startsWith('02')).length, 0, describe(aside));
  find(eventsOf('"We hope that Brazil will sign the accord," the Chilean finance minister said.'), 'CHLGOV', 'BRA', '020');
  // a relative clause between commas is no aside
  find(eventsOf('The French minister, who arrived in Beirut on Saturday for a 48-hour visit, met the Lebanese premier.'), 'FRAGOV', 'LBN', '042');
});

test('"wanted by police", "wanted in Peru for": a person sought for arrest, no wish and no event; "wanted Peru to" and "wanted a deal" are wishes', () => {
  for (const text of [
    'Juan Perez, a Chilean activist, is wanted by Peruvian police for the bombing.',
    'Juan Perez, wanted in Peru for the bombing of a Chilean ship, was held in Bolivia.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('03') || e.cameo.startsWith('10') || e.cameo.startsWith('02')).length, 0, `${text} ${describe(events)}`);
  }
  find(eventsOf('Chile wanted a deal with Peru.'), 'CHL', 'PER', '03');
  find(eventsOf('Chile wanted Peru to withdraw its troops.'), 'CHL', 'PER', '02');
});

test('force done by a thing ("imports have injured", "legislation would hit", "struck by the story") is no force by whose the thing is; people, bodies and weapons still act', () => {
  for (const text of [
    'Chilean copper imports have injured Peruvian miners.',
    "Peru's new legislation would hit Chile and Bolivia.",
    'The Peruvian minister, struck by the Chilean story, left early.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => /^(17|18|19|20)/.test(e.cameo)).length, 0, `${text} ${describe(events)}`);
  }
  find(eventsOf('Palestinian youths threw stones at Israeli soldiers.'), 'PSE', 'ISRMIL', '18');
  find(eventsOf("A Palestinian was killed by Israeli troops' gunfire in Gaza."), 'ISRMIL', 'PSE', '19');
  find(eventsOf('Nine U.S. bondholders sued China for repayment of the loan.'), 'USA', 'CHN', '17');
});

test('"called X a coward" and "called X “the devil”" name X: no telephone call', () => {
  for (const text of [
    'The Venezuelan president called the American president a coward.',
    'The Venezuelan president, who in a speech to the UN called US President George W. Bush "the devil," left New York.',
    // (any mark that may open a quotation opens it: straight single, newswire ``...'')
    "The Venezuelan president, who in a speech to the UN called US President George W. Bush 'the devil,' left New York.",
    "The Venezuelan president, who in a speech to the UN called US President George W. Bush ``the devil,'' left New York.",
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('041')).length, 0, `${text} ${describe(events)}`);
  }
});

test('"we want to help X" is the speaker\'s own intent, not an appeal for aid; "wants X to help" is an appeal', () => {
  const own = eventsOf('"We want to help Kenya prepare for future disasters," the American envoy said.');
  assert.equal(own.filter((e) => e.cameo.startsWith('02')).length, 0, describe(own));
  const asks = eventsOf('The Kenyan government wants Britain to help with the floods.');
  assert.ok(asks.some((e) => e.cameo.startsWith('02')), describe(asks));
});

test('"did not consider Congress as protectionist" states an opinion, not an option weighed', () => {
  const events = eventsOf('The American trade representative said he did not consider the Japanese parliament as protectionist.');
  assert.equal(events.filter((e) => e.cameo.startsWith('014')).length, 0, describe(events));
});

test('a leader calling an election sets its date: no act ("call a general election"), whatever CAMEO.2.0 files it under', () => {
  for (const text of ['The Chilean president may call a general election in June.', 'The Chilean president does not have to call elections until June.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('08')).length, 0, `${text} ${describe(events)}`);
  }
  // a call to a person is still a call
  assert.ok(eventsOf('The Chilean president called the Peruvian president on Monday.').some((e) => e.cameo.startsWith('041')));
});

test('a court throwing out a suit or an award rules on a case: no reduced relations', () => {
  const events = asserted(eventsOf('A Brazilian appeals court threw out a libel award against the Argentine newspaper Clarin.'));
  assert.ok(!events.some((e) => e.cameo.startsWith('16')), describe(events));
  // throwing out people is still expelling them
  find(asserted(eventsOf('Venezuela threw out two Colombian diplomats on Monday.')), 'VEN', 'COL', '16');
});

test('a participle inside a hyphenated compound keeps a pattern\'s noun in reach ("attacked X\'s tight-fisted policy")', () => {
  const events = asserted(eventsOf('Germany openly attacked Italy\'s free-wheeling budget policy.'));
  find(events, 'DEU', 'ITA', '111');
  assert.ok(!events.some((e) => e.cameo.startsWith('19')), describe(events));
});

test('"resisted X" rejects X (120), passive too; resisting an attack is fighting (190), resisting arrest no event', () => {
  find(asserted(eventsOf('Chile resisted pressure from Peru to reopen the border.')), 'CHL', 'PER', '120');
  find(asserted(eventsOf('The Peruvian plan was resisted by Chile.')), 'CHL', 'PER', '120');
  find(asserted(eventsOf('Chilean rebels resisted an attack by Peruvian troops.')), 'CHL', 'PER', '190');
  const arrest = eventsOf('The Chilean suspect resisted arrest by Peruvian police.');
  assert.equal(arrest.filter((e) => e.cameo.startsWith('12')).length, 0, describe(arrest));
});

test('ignoring a demand, call, request or warning rejects it (120), aimed at who made it; ignoring a party is no event', () => {
  find(asserted(eventsOf('Chile ignored demands from Peru to reopen the border.')), 'CHL', 'PER', '120');
  find(asserted(eventsOf('Chile disregarded Peruvian warnings.')), 'CHL', 'PER', '120');
  find(asserted(eventsOf('Chile ignored a request by Peru for talks.')), 'CHL', 'PER', '12');
  assert.equal(eventsOf('The Chilean president ignored Peru.').length, 0);
});

test('halting, stopping, cutting or curbing exports, imports, shipments or arms sales to a party is an embargo (163)', () => {
  find(asserted(eventsOf('Chile halted copper exports to Peru.')), 'CHL', 'PER', '163');
  find(asserted(eventsOf('Chile suspended arms sales to Peru.')), 'CHL', 'PER', '163');
  find(asserted(eventsOf('Chile cut gas shipments to Peru.')), 'CHL', 'PER', '163');
  find(asserted(eventsOf('Chile curbed Peruvian imports.')), 'CHL', 'PER', '163');
  // halting mediation stays 165
  find(asserted(eventsOf('Chile halted its mediation between Peru and Bolivia.')), 'CHL', 'PER', '165');
});

test('a one-word particle pattern ("hit it off") is no match where the word opens a phrase after the object', () => {
  const events = asserted(eventsOf('Chile said its warplanes had hit a Peruvian vessel in the bay off the coast.'));
  assert.equal(events.filter((e) => e.cameo.startsWith('04')).length, 0, describe(events));
  // the particle after the object still matches: "called the talks off"
  find(eventsOf('Chile called the talks with Peru off.'), 'CHL', 'PER', '160');
});

test('"seized on" an occasion seizes nothing; "seized" with an object still does', () => {
  for (const text of ['The Russian president seized on the bombing to renew his attacks on Georgia.', 'Iran seized upon the remarks by the Israeli minister.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('17')).length, 0, `${text} ${describe(events)}`);
  }
  const seizure = eventsOf('Iranian police seized weapons from Iraqi smugglers on Monday.');
  assert.ok(seizure.some((e) => e.cameo.startsWith('17')), describe(seizure));
});

test('a one-preposition pattern of fighting needs a verb with no object before it ("pressed Japan on trade" is a demand)', () => {
  for (const text of ['China pressed Japan on the trade issue.', 'Russia demanded a vote on the resolution from Ukraine.', 'Brazil wants a seat on the Security Council.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo.startsWith('19')).length, 0, `${text} ${describe(events)}`);
  }
  const demand = eventsOf('China pressed Japan on the trade issue.');
  assert.ok(demand.some((e) => e.cameo.startsWith('10') && e.source.actor.startsWith('CHN')), describe(demand));
  const advance = eventsOf('Iraqi troops pressed on toward the Kuwaiti border.');
  assert.ok(advance.some((e) => e.cameo.startsWith('19')), describe(advance));
});

test('defending a policy or a record is defending it in words (052), not military protection (074)', () => {
  const events = eventsOf("The Egyptian foreign minister defended Cairo's policy toward Israel.");
  assert.equal(events.filter((e) => e.cameo.startsWith('074')).length, 0, describe(events));
  assert.ok(events.some((e) => e.cameo.startsWith('052') && partyCode(e.source).startsWith('EGY')), describe(events));
});
