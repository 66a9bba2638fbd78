// Judgements as events (src/events/evaluation.ts): condemning predicates in reported speech and
// namings, and predicates coordinated with a reporting verb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPair, asserted, describe, eventsOf, find, findExact } from './helpers.ts';

test('a reported clause whose predicate condemns its subject is disapproval of it', () => {
  const events = asserted(eventsOf('The French foreign minister said Russia\'s decision was reckless.'));
  find(events, 'FRA', 'RUS', '111');
});

test('a negated condemning predicate condemns nothing', () => {
  assertNoPair(eventsOf('The French foreign minister said Russia\'s decision was not reckless.'), 'FRA', 'RUS');
});

test('a naming that condemns is disapproval of the named, not a telephone call', () => {
  const events = eventsOf("Washington has called Tokyo's rice policy an extreme example of protectionism.");
  find(events, 'USA', 'JPN', '111');
  assert.ok(!events.some((e) => e.cameo.startsWith('04')), describe(events));
});

test('a naming that does not condemn codes nothing', () => {
  assert.equal(eventsOf('Paris called the talks with Berlin a success.').filter((e) => e.cameo.startsWith('11')).length, 0);
});

test('a predicate coordinated with an accusation is not part of what is alleged', () => {
  const events = asserted(eventsOf('Japan accused China of dumping steel, and criticised South Korea.'));
  find(events, 'JPN', 'CHN', '112');
  find(events, 'JPN', 'KOR', '111');
});

test('a quoted condemnation of an act names the actor that did it ("by")', () => {
  const events = asserted(eventsOf('"The occupation by Israel is illegal," the French foreign minister said.'));
  find(events, 'FRA', 'ISR', '111');
});

test('a quoted "unacceptable" is a rejection', () => {
  const events = asserted(eventsOf('"Beijing\'s demands are unacceptable," the Japanese foreign minister said.'));
  find(events, 'JPN', 'CHN', '12');
});

test('a condemning word that is not the predicate condemns no one', () => {
  assert.equal(eventsOf('"Tunisia is facing terrorist attacks," the Tunisian foreign minister said.').filter((e) => e.cameo.startsWith('11')).length, 0);
});

test('a condemned act names who did it through its participle ("imposed by")', () => {
  const events = asserted(eventsOf("Germany's chancellor said the sanctions imposed by Washington were illegal."));
  find(events, 'DEU', 'USA', '111');
});

test("a government's words about its own country are not aimed at it", () => {
  const events = eventsOf('The Turkish government criticised Turkey for its past.');
  assert.ok(!events.some((e) => e.source.actor === 'TURGOV' && e.target?.actor === 'TUR'), describe(events));
  // nor are its statements about it ("acknowledged", CAMEO 015)
  const statement = eventsOf("The Turkish government acknowledged Turkey's failure.");
  assert.ok(!statement.some((e) => e.source.actor === 'TURGOV' && e.target?.actor === 'TUR'), describe(statement));
});

test('"what X called Y\'s failure" is X\'s disapproval of Y, not a telephone call', () => {
  const events = eventsOf('Prime Minister Justin Trudeau imposed tariffs in retaliation for what he called Japan\'s failure to honor the pact.');
  find(events, 'CAN', 'JPN', '111');
  assert.ok(!events.some((e) => e.cameo.startsWith('04')), describe(events));
});

test('a naming parsed as an apposition codes only when it condemns', () => {
  find(asserted(eventsOf('The American president has attacked the migrants, calling Mexican border-crossers "rapists" and criminals.')), 'USA', 'MEX', '111');
  const call = eventsOf('Barack Obama called Angela Merkel, the German chancellor, on Monday.');
  assert.ok(call.some((e) => e.cameo.startsWith('04')), describe(call));
});

test('a stance stated as an adjective is aimed at the actor of its phrase', () => {
  find(asserted(eventsOf("French President Emmanuel Macron was critical of Russia's stance.")), 'FRA', 'RUS', '111');
  const negated = eventsOf('France is not critical of Russia.');
  assert.equal(asserted(negated).filter((e) => e.cameo.startsWith('11')).length, 0, describe(negated));
});

test('optimism and pessimism stated as adjectives are comments on the actor of their phrase or "that" clause', () => {
  find(asserted(eventsOf('The Greek minister was optimistic about Ankara\'s new proposals.')), 'GRC', 'TUR', '013');
  find(asserted(eventsOf('Kenya is confident that Uganda will reopen the border.')), 'KEN', 'UGA', '013');
  find(asserted(eventsOf('Poland said it was skeptical of Moscow\'s promises.')), 'POL', 'RUS', '012');
  find(asserted(eventsOf('The Dutch premier was sceptical that Belgium would sign.')), 'NLD', 'BEL', '012');
  const nobody = eventsOf('Norway is confident that the economy will grow.');
  assert.equal(nobody.filter((e) => e.cameo.startsWith('01')).length, 0, describe(nobody));
});

test('"slammed" is criticism', () => {
  find(asserted(eventsOf('China slammed Japan over the visit.')), 'CHN', 'JPN', '111');
});

test('a threatened act named by a noun is the threat, not an act of its own', () => {
  const events = eventsOf('Russia threatened to impose sanctions on Georgia.');
  find(events, 'RUS', 'GEO', '13');
  assert.equal(asserted(events).filter((e) => e.cameo.startsWith('16')).length, 0, describe(events));
});

test('a "they" speaker of a condemning clause stands for the actors named together before it', () => {
  const events = eventsOf("Egypt and Greece held talks in Cairo on Wednesday. They concluded that Chile's decision was illegal.");
  find(events, 'EGY', 'CHL', '111');
  find(events, 'GRC', 'CHL', '111');
});

test('a "they" speaker\'s words about one of its own members are not aimed at that member', () => {
  const events = eventsOf('Egypt and Greece signed a gas deal in Cairo on Monday. They warned that Greece would defend its waters against Chile.');
  find(events, 'EGY', 'CHL', '13');
  find(events, 'GRC', 'CHL', '13');
  assertNoPair(events.filter((e) => e.cameo.startsWith('13')), 'EGY', 'GRC');
});

test('an agreement condemned names its parties ("between X and Y")', () => {
  const events = eventsOf('The French foreign minister said the agreement between Chile and Bolivia was illegal.');
  find(events, 'FRA', 'CHL', '111');
  find(events, 'FRA', 'BOL', '111');
});

test('"calling it illegal" names what the clause it hangs on was about: its object or oblique', () => {
  const events = eventsOf('The Chilean minister commented on the Peruvian-Bolivian border accord, calling it "null and void".');
  find(events, 'CHL', 'PER', '111');
  find(events, 'CHL', 'BOL', '111');
  const rejected = eventsOf("Chile criticised Peru's decision, calling it reckless.");
  find(rejected, 'CHL', 'PER', '11');
});

test('an act named again by a definite noun is aimed at the doers of the act named before', () => {
  const text = 'Peru and Bolivia signed a border accord on Monday. The two countries hailed it as historic. On Wednesday, the Chilean president denounced the accord.';
  const events = asserted(eventsOf(text));
  find(events, 'CHL', 'PER', '111');
  find(events, 'CHL', 'BOL', '111');
  // a noun with no definite determiner names a new act, whose doers are not known
  assertNoPair(eventsOf('Peru and Bolivia signed a border accord on Monday. On Wednesday, the Chilean president denounced an accord.'), 'CHL', 'PER');
  // the act judged in a passive, or named by what came of it ("the conclusions of the summit")
  find(asserted(eventsOf('Turkey launched a military operation against Kurdish fighters in Syria. The operation was condemned by members of the European Union.')), 'IGOEUREEC', 'TUR', '111');
  find(asserted(eventsOf('Peru and Bolivia held a summit in La Paz. Chile denounced the conclusions of the summit.')), 'CHL', 'BOL', '111');
  // a reported judgement of the act names them too
  const reported = asserted(eventsOf('The accord between Peru and Bolivia was signed in May. The Chilean president said the accord was illegal.'));
  find(reported, 'CHL', 'PER', '11');
});

test('an act named again by another noun of its kind is aimed at the doers of the act before', () => {
  // "the operation" names the offensive again, "the demarcation" the accord
  find(asserted(eventsOf('Russia launched an offensive against Georgia on Friday. Tanks crossed the border at dawn. The operation was condemned by France on Saturday.')), 'FRA', 'RUS', '11');
  const events = asserted(eventsOf('Officials discussed the Turkish-Libyan maritime accord on Monday. Egypt rejected the demarcation on Tuesday.'));
  find(events, 'EGY', 'TUR', '12');
  find(events, 'EGY', 'LBY', '12');
});

test('a judged act whose own words say who did it ("signed by") names them', () => {
  const events = asserted(eventsOf('Canada praised the agreement signed by Colombia and Peru.'));
  find(events, 'CAN', 'COL', '05');
  find(events, 'CAN', 'PER', '05');
});

test('condemning an attack is aimed at whose the attack is, not at the attacked', () => {
  const events = eventsOf("Chile condemned Peru's attack on Bolivia.");
  find(events, 'CHL', 'PER', '11');
  assert.equal(events.filter((e) => e.target?.actor === 'BOL' && e.source.actor === 'CHL').length, 0, describe(events));
});

test('a reported clause whose predicate noun blames whose it is accuses its owner', () => {
  // the parser may read "Peru's doing" as a verb with "Peru" its subject: the rule reads both
  find(asserted(eventsOf('The Chilean foreign minister said the explosion was probably Peru\'s doing.')), 'CHL', 'PER', '112');
  find(asserted(eventsOf('"The collapse of the talks is Bolivia\'s fault," the Chilean minister said.')), 'CHL', 'BOL', '112');
  find(asserted(eventsOf('Chile said the bombing was the handiwork of Peruvian agents.')), 'CHL', 'PER', '112');
  // not when the clause denies it, nor when the word is no predicate of a copula
  assertNoPair(eventsOf('Chile said the collapse of the talks was not Peru\'s fault.'), 'CHL', 'PER');
  assertNoPair(eventsOf('Chile said Peru was doing its best.'), 'CHL', 'PER');
  assertNoPair(eventsOf('"Peru\'s doing its best," the Chilean minister said.'), 'CHL', 'PER');
});

test('"opposed to", parsed as a passive, is a stance; an agent makes it an act of the agent', () => {
  // (opposed to a plan: a rejection, 120; to a party: disapproval, 110)
  find(asserted(eventsOf("Portugal is opposed to Spain's plan.")), 'PRT', 'ESP', '12');
  find(asserted(eventsOf('Portugal is opposed to Spain.')), 'PRT', 'ESP', '11');
  const agent = eventsOf('Portugal is opposed by Spain.');
  find(agent, 'ESP', 'PRT', '11');
  assert.ok(!agent.some((e) => e.source.actor === 'PRT'), describe(agent));
  const contrast = eventsOf('Portuguese exports rose, as opposed to Spanish exports.');
  assert.equal(contrast.filter((e) => e.cameo.startsWith('11')).length, 0, describe(contrast));
});

test('"jabbed back at" and "hit back at" criticism are criticism; "fired back at" troops is not', () => {
  find(asserted(eventsOf('Chile jabbed back at Peru on Monday.')), 'CHL', 'PER', '111');
  find(asserted(eventsOf("The Chilean minister hit back at criticism by Peru's president.")), 'CHLGOV', 'PERGOV', '111');
  const fire = eventsOf('Chilean soldiers fired back at Peruvian troops.');
  assert.equal(fire.filter((e) => e.cameo.startsWith('11')).length, 0, describe(fire));
});

test('blocking a proposal, a resolution or a bill rejects it', () => {
  find(asserted(eventsOf("Chile blocked Peru's proposal.")), 'CHL', 'PER', '12');
  find(asserted(eventsOf('China blocked a UN resolution on Myanmar.')), 'CHN', 'IGOUNO', '12');
  const road = eventsOf('Chilean farmers blocked the road to the Peruvian border.');
  assert.equal(road.filter((e) => e.cameo.startsWith('12')).length, 0, describe(road));
});

test('opposing a proposal or a deal rejects it; opposing a country or a practice disapproves', () => {
  find(asserted(eventsOf('Chile opposed the trade agreement with Peru.')), 'CHL', 'PER', '12');
  find(asserted(eventsOf("Chile opposed Peru's fishing bill.")), 'CHL', 'PER', '12');
  const practice = eventsOf('Chile opposes the death penalty in Peru.');
  find(practice, 'CHL', 'PER', '11');
  assert.equal(practice.filter((e) => e.cameo.startsWith('12')).length, 0, describe(practice));
  find(eventsOf('Chile opposed Peru.'), 'CHL', 'PER', '11');
});

test('a deal agreed in the passive is the deal of its agent and its partner', () => {
  const text = 'A trade deal with Peru was agreed by the European Community on Monday. Ireland continued to oppose the deal.';
  find(asserted(eventsOf(text)), 'IRL', 'PER', '12');
});

test('a body "charged with" a task is not accused', () => {
  const task = eventsOf('A Peruvian commission charged with overseeing the Chilean elections met on Monday.');
  assert.equal(task.filter((e) => e.cameo.startsWith('11')).length, 0, describe(task));
  find(asserted(eventsOf('Peru charged Chile with supporting the rebels.')), 'PER', 'CHL', '112');
});

test('"ruled out" doing something refuses it, as "refused to" does; the act ruled out is not done', () => {
  const events = eventsOf('Hungary ruled out sending troops to Albania.');
  find(asserted(events), 'HUN', 'ALB', '12');
  assert.equal(asserted(events).filter((e) => e.cameo.startsWith('06')).length, 0, describe(events));
  find(asserted(eventsOf('Japan ruled out talks with Peru.')), 'JPN', 'PER', '125');
});

test('fighting a government, or fighting for something, is force, not criticism', () => {
  const rebels = eventsOf('Rebels in Chile have been fighting the Chilean government for six years.');
  find(asserted(rebels), 'CHLREB', 'CHLGOV', '190');
  assert.equal(rebels.filter((e) => e.cameo.startsWith('11')).length, 0, describe(rebels));
  const clash = eventsOf('Peruvian rebels clashed with Chilean troops for two days.');
  assert.equal(clash.filter((e) => e.cameo.startsWith('11')).length, 0, describe(clash));
  find(asserted(clash), 'PER', 'CHLMIL', '19');
});

test('competing is no disapproval', () => {
  const events = eventsOf('Chile will compete with Peru for the contract.');
  assert.equal(events.filter((e) => e.cameo.startsWith('11')).length, 0, describe(events));
});

test('a condemning predicate with "it" for its subject judges the doer of the clause put after it', () => {
  find(asserted(eventsOf('"It is illegal for Israel to build settlements there," the French foreign minister said.')), 'FRA', 'ISR', '111');
  find(asserted(eventsOf('"It would be reckless and quite unjustified for Iran to react in that way," the British foreign secretary said.')), 'GBR', 'IRN', '111');
  find(asserted(eventsOf('The French foreign minister said it was outrageous that Israel continues the blockade.')), 'FRA', 'ISR', '111');
});

test('an extraposed clause that is negated or undergone condemns no one', () => {
  assertNoPair(eventsOf('"It is not illegal for Israel to build there," the French foreign minister said.'), 'FRA', 'ISR');
  const events = eventsOf('"It is outrageous that Iraq was attacked," the French foreign minister said.');
  assertNoPair(events, 'FRA', 'IRQ');
});

test('a quoted clause whose subject bears the responsibility blames that subject', () => {
  find(asserted(eventsOf('"Iran bears full responsibility for the attack," the British foreign secretary said.')), 'GBR', 'IRN', '112');
  assertNoPair(eventsOf('"Iran does not bear responsibility for the attack," the British foreign secretary said.'), 'GBR', 'IRN');
  assertNoPair(eventsOf('"Iran takes responsibility for the attack," the British foreign secretary said.'), 'GBR', 'IRN');
});

test('a naming by "as" that condemns is disapproval of the named, whatever the verb\'s own code', () => {
  // "name" and "designate" are appointments in CAMEO; a condemning "as" phrase makes them a judgement
  find(asserted(eventsOf('Ankara named both the PKK and the Tamil Tigers as terrorists.')), 'TUR', 'TUR', '11');
  find(asserted(eventsOf('Peru described the Chilean blockade as illegal.')), 'PER', 'CHL', '11');
  find(asserted(eventsOf('The Kurdish rebels were designated as a terrorist group by Turkey.')), 'TUR', 'TUR', '11');
  // an "as" phrase that does not condemn is no judgement, and an appointment stays one
  assert.ok(!eventsOf('Peru described the Chilean offer as generous.').some((e) => e.cameo.startsWith('11')));
  const events = eventsOf('Peru named Alan Garcia as ambassador to Chile.');
  assert.ok(!events.some((e) => e.cameo.startsWith('11')), describe(events));
});

test('a reported clause naming its subject the culprit or perpetrator is an accusation of it', () => {
  find(asserted(eventsOf('The Chilean army said the Peruvian rebels were the suspected perpetrators.')), 'CHL', 'PER', '112');
  find(asserted(eventsOf('"Lima is the real culprit," the Chilean minister said.')), 'CHL', 'PER', '112');
  assert.ok(!eventsOf('The Chilean army said it had not yet identified the perpetrators.').some((e) => e.cameo.startsWith('11')));
});

test('dissatisfaction with a party\'s offer is disapproval of that party', () => {
  find(asserted(eventsOf('Peru is dissatisfied with the Chilean offer.')), 'PER', 'CHL', '110');
  find(asserted(eventsOf('Bolivia has been unhappy with Chile\'s proposal.')), 'BOL', 'CHL', '110');
});

test('a naming whose condemning adjective the parser hangs after the named noun is disapproval', () => {
  find(asserted(eventsOf('Bolivia called the Chilean blockade illegal.')), 'BOL', 'CHL', '111');
  find(asserted(eventsOf('Peru branded the Chilean decision reckless and provocative.')), 'PER', 'CHL', '111');
  // an adjective that does not condemn names nothing: no telephone call either
  assertNoPair(eventsOf('Bolivia called the Chilean proposal interesting.'), 'BOL', 'CHL');
});

test('a violation or breach named as a predicate condemns the subject', () => {
  find(asserted(eventsOf('Bolivia called the Chilean patrol a violation of its sovereignty.')), 'BOL', 'CHL', '111');
  find(asserted(eventsOf('"The Peruvian blockade is a clear breach of the treaty," the Chilean minister said.')), 'CHL', 'PER', '111');
});

test('a reported clause whose subject violates, breaches or flouts something accuses the subject', () => {
  find(asserted(eventsOf('Bolivia said Chilean troops had violated the border accord.')), 'BOL', 'CHL', '112');
  find(asserted(eventsOf('"Lima is flouting the ruling," the Chilean minister said.')), 'CHL', 'PER', '112');
  // the parties of an accord condemned with its participle ("signed between X and Y")
  const accord = asserted(eventsOf('Bolivia said the accord signed between Chile and Peru infringes upon Bolivian rights.'));
  find(accord, 'BOL', 'CHL', '112');
  find(accord, 'BOL', 'PER', '112');
  // negated, in a condition, or undergone: no accusation
  assertNoPair(eventsOf('Bolivia said Chile had not violated the accord.'), 'BOL', 'CHL');
  assertNoPair(eventsOf('Bolivia said it would respond if Chile violated the accord.'), 'BOL', 'CHL');
  assertNoPair(eventsOf('Bolivia said the Chilean border had been violated by smugglers.'), 'BOL', 'CHL');
});

test('a reported clause whose subject goes against or contravenes a norm accuses the subject', () => {
  find(asserted(eventsOf('Bolivia deemed that the Chilean blockade goes against international law.')), 'BOL', 'CHL', '112');
  find(asserted(eventsOf('Bolivia said the Peruvian patrols went against the treaty.')), 'BOL', 'PER', '112');
  find(asserted(eventsOf('"The Chilean dam contravenes the water accord," the Bolivian minister said.')), 'BOL', 'CHL', '112');
  // a phrase that names an actor says who loses, not what rule is broken
  assertNoPair(eventsOf('Bolivia said the Peruvian ruling went against Chile.'), 'BOL', 'PER');
  // "going" of the future: its phrase belongs to the infinitive
  assertNoPair(eventsOf('Bolivia said Chile is going to defend itself against the claims.'), 'BOL', 'CHL');
});

test('an act that would or might break a rule is no accusation', () => {
  assertNoPair(eventsOf('Bolivia said Chilean troops would be violating the border accord.'), 'BOL', 'CHL');
  assertNoPair(eventsOf('Bolivia said the Peruvian patrols might go against the treaty.'), 'BOL', 'PER');
});

test('"opposed to" a plan or proposal rejects it (120); opposed to a party is disapproval (110)', () => {
  find(eventsOf('Chile is strongly opposed to Peru\'s plan.'), 'CHL', 'PER', '120');
  find(eventsOf('Chile is opposed to the Peruvian proposals.'), 'CHL', 'PER', '120');
  find(eventsOf('Chile is opposed to Peru.'), 'CHL', 'PER', '110');
});

test('protesting an arrest, an expulsion or sanctions disapproves of who carried them out (111), not support (05x)', () => {
  for (const text of ['Chile protested the expulsion of its diplomats by Peru.', 'Chile protested the arrest of its citizens by Peru.', 'Chile protested against the detention of its citizens by Peru.']) {
    const events = eventsOf(text);
    findExact(events, 'CHL', 'PER', '111');
    assert.ok(!events.some((e) => e.cameo.startsWith('05')), `${text} ${describe(events)}`);
  }
});
