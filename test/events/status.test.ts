// Negation, modality and conditions from the tree (src/events/status.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.ts';
import { loadNegatingGovernors } from '../../src/events/status.ts';
import { bundledContext } from '../context.ts';
import { assertNoPair, asserted, describe, eventsOf, find } from './helpers.ts';

test('negation on the cue', () => {
  assert.equal(find(eventsOf('Russia did not attack Georgia.'), 'RUS', 'GEO', '1').negated, true);
});

test('an asserted act is neither negated nor modal', () => {
  const e = find(eventsOf('Russia attacked Georgia.'), 'RUS', 'GEO', '1');
  assert.equal(e.negated, false);
  assert.equal(e.modality, undefined);
});

test('"will" is future, "could" hypothetical', () => {
  assert.equal(find(eventsOf('Canada will expel the Saudi ambassador.'), 'CAN', 'SAU', '1').modality, 'future');
  assert.equal(find(eventsOf('Canada could expel the Saudi ambassador.'), 'CAN', 'SAU', '1').modality, 'hypothetical');
});

test('a typographic "’d" before a base form is "would", hypothetical; "’d" or "\'d" before a past participle is "had"', () => {
  assert.equal(find(eventsOf('Trump said he’d force Mexico to pay for the wall.', '2016-02-01'), 'USA', 'MEX', '1').modality, 'hypothetical');
  for (const had of ['’d', "'d"]) assert.equal(find(eventsOf(`Chile, which${had} previously attacked Peru, denied it.`), 'CHL', 'PER', '19').modality, undefined);
});

test('an infinitive under "plans to" is future', () => {
  assert.equal(find(eventsOf('Canada plans to expel the Saudi ambassador.'), 'CAN', 'SAU', '1').modality, 'future');
});

test('an act named by the gerund of a verb of proposing or weighing is proposed, not done', () => {
  const mentioned = eventsOf('The Canadian minister has mentioned refinancing its loans and forcing the Saudi government to pay more.');
  assert.equal(asserted(mentioned).filter((e) => e.cameo.startsWith('17')).length, 0, describe(mentioned));
  const forced = eventsOf('The Canadian minister forced the Saudi government to pay more.');
  assert.equal(find(forced, 'CAN', 'SAU', '17').modality, undefined);
});

test('"hopes to" states the subject\'s own intent: the infinitive is a future act, not an appeal', () => {
  const events = eventsOf('The Brazilian finance minister hopes to visit Canada next week.');
  assert.equal(find(events, 'BRA', 'CAN', '04').modality, 'future');
  assert.equal(events.filter((e) => e.cameo.startsWith('02')).length, 0, describe(events));
});

test('"If A had met B" is not asserted', () => {
  const events = eventsOf('If Chile had met Peru earlier, the dispute would have ended.');
  for (const e of events.filter((x) => x.cameo.startsWith('04'))) assert.notEqual(e.modality, undefined, 'a counterfactual meeting is not asserted');
});

test('a question is not asserted', () => {
  const events = eventsOf('Did Canada expel the Saudi ambassador?');
  for (const e of events.filter((x) => x.source.actor.startsWith('CAN'))) assert.ok(e.modality !== undefined || e.negated, 'a questioned act is not asserted');
});

test('the infinitive of a coded cue is the cue\'s event, not one of its own', () => {
  const events = eventsOf('Vietnam and Thailand decided to accelerate negotiations to sign a trade agreement.');
  assert.equal(events.filter((e) => e.cue?.text.startsWith('sign')).length, 0, JSON.stringify(events.map((e) => [e.cameo, e.cue?.text])));
});

test('"has no plans to" denies what a pattern reads through it, and the talks it names', () => {
  const events = eventsOf('The Japanese trade minister said he has no plans to start trade talks with Canada.');
  const withCanada = events.filter((e) => e.target?.actor.startsWith('CAN'));
  assert.ok(withCanada.length > 0, describe(events));
  assert.ok(withCanada.every((e) => e.negated), describe(events));
});

test('"held no talks with", "did not hold talks with": denied meetings', () => {
  for (const text of ['Peru held no talks with Chile on Monday.', 'Peru did not hold talks with Chile on Monday.']) {
    const events = eventsOf(text);
    assert.ok(find(events, 'PER', 'CHL', '04').negated, describe(events));
  }
});

test('a meeting that someone works to arrange is announced, not reported', () => {
  const events = eventsOf('The envoy worked to arrange a meeting between Peruvian officials and Chilean envoys.');
  const e = find(events, 'PER', 'CHL', '04');
  assert.equal(e.modality, 'future', describe(events));
  assert.equal(find(eventsOf('A meeting between Peruvian officials and Chilean envoys took place in Lima.'), 'PER', 'CHL', '04').modality, undefined);
});

test('"are going to" before a verb marks its future; it is no journey', () => {
  const events = eventsOf('"We are going to organize protests to show President Maduro that we are many," the Venezuelan opposition leader said.');
  assert.equal(events.filter((e) => e.cameo.startsWith('04')).length, 0, describe(events));
  find(eventsOf("Peru's foreign minister is going to Chile."), 'PER', 'CHL', '04');
});

test('an "unless" clause does not make a plain past conditional, wherever the parser hangs it', () => {
  const events = eventsOf('Peru has consistently targeted Chile, calling Chilean border-crossers "criminals" and threatening to cut off the money they send home to their families unless Chile pays for a wall.');
  const naming = events.find((e) => e.source.actor.startsWith('PER') && e.target?.actor.startsWith('CHL') && e.cameo.startsWith('11'));
  assert.ok(naming && !naming.modality, describe(events));
  // what is to come stays conditional
  const future = eventsOf('Iran said it would retaliate against Israel if Israel attacked.');
  assert.ok(future.every((e) => e.modality), describe(future));
});

test('"committed to" marks a future act of its subject, not one done', () => {
  const events = eventsOf('Chile committed to send aid to Peru.');
  assert.equal(find(events, 'CHL', 'PER', '07').modality, 'future');
});

test('an intent after another act is an event of its own, not part of that act', () => {
  // the nearest cue ("committing") marks the intent; "blaming" does not govern "send"
  const events = eventsOf('Chile was more forceful in blaming Bolivia for the attack, committing to send more troops to Peru.');
  assert.equal(find(events, 'CHL', 'PER', '06').modality, 'future');
});

test('"expects to" marks a future act of its subject', () => {
  assert.equal(find(eventsOf('Chile expects to expand cooperation with Peru.'), 'CHL', 'PER', '05').modality, 'future');
});

test('the to-infinitive of a noun of refusal, plan or offer is not reported as done', () => {
  // a refusal is an act of its own (a rejection), with the infinitive's parties; no meeting
  const refusal = eventsOf("Chile's refusal to meet the Peruvian envoy angered Lima.");
  find(asserted(refusal), 'CHL', 'PER', '12');
  assert.equal(asserted(refusal).filter((e) => e.cameo.startsWith('04')).length, 0, describe(refusal));
  assert.ok(find(eventsOf("Chile's failure to cooperate with Peru was criticised."), 'CHL', 'PER', '0').negated);
  assert.equal(find(eventsOf("Chile's plan to expel Peruvian diplomats angered Lima."), 'CHL', 'PER', '16').modality, 'future');
  assert.equal(find(eventsOf("Norway's offer to mediate between Chile and Peru was welcomed."), 'NOR', 'CHL', '04').modality, 'hypothetical');
});

test('"is likely to", "was scheduled today to", "preparations are under way for X to": the act is still to come', () => {
  for (const text of [
    'Italy is likely to sign the accord with France.',
    "A Chilean delegation was scheduled today to meet Peru's president.",
    'Preparations are under way for Italy to sign the accord with France.',
  ]) {
    const events = eventsOf(text, '1987-03-15');
    assert.ok(events.length > 0 && events.every((e) => e.modality === 'future'), `${text} ${describe(events)}`);
  }
});

test('"is to", "was to" with an infinitive: what is arranged or due is still to come', () => {
  for (const text of [
    'President Bachelet is to ask the Chilean parliament for a supplementary budget.',
    'The Chilean foreign minister is to sign an accord with Peru on Monday.',
    'Chilean officials were to hold talks with Peru on Wednesday.',
  ]) {
    const events = eventsOf(text, '1987-03-15');
    assert.ok(events.length > 0 && events.every((e) => e.modality === 'future'), `${text} ${describe(events)}`);
  }
  // a copula with a noun, no infinitive: asserted
  assert.equal(find(eventsOf('Chile is a close ally of Peru and attacked Bolivia.'), 'CHL', 'BOL', '19').modality, undefined);
});

test('"is to meet", "is to visit": an infinitive after "be" whose verb ends like a participle is no passive', () => {
  assert.equal(find(eventsOf('Chile is to meet Peru.', '1987-03-15'), 'CHL', 'PER', '040').modality, 'future');
  assert.equal(find(eventsOf('The Chilean president is to visit Peru next week.', '1987-03-15'), 'CHL', 'PER', '042').modality, 'future');
  // the passive of the infinitive is still passive
  assert.equal(find(eventsOf('Peru is to be visited by the Chilean president.', '1987-03-15'), 'CHL', 'PER', '042').modality, 'future');
});

test('the "that" clause of a noun of claiming or accusing is claimed, not reported as done', () => {
  for (const text of [
    'Lima rejected Chilean accusations that Peru attacked Chilean troops.',
    'The claim that Peru attacked Chilean troops was dismissed by Santiago.',
    'Allegations that Peru attacked Chilean troops were denied.',
    'Lima dismissed reports that Peru attacked Chilean troops.',
    // a noun the tagger reads as a verb
    'The dispute is over Chilean charges that Peru is attacking Chilean troops.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo >= '18').length, 0, `${text} ${describe(events)}`);
  }
  // the noun's owner is no target of what is claimed
  const denial = eventsOf('Peru denied Chilean accusations that it attacked Chilean troops.');
  assert.equal(denial.filter((e) => e.cameo >= '18').length, 0, describe(denial));
  // nor is the accused in the claim the target of its rejection (the clause hung on the verb)
  assertNoPair(eventsOf('Santiago rejected accusations that Peru attacked Bolivian troops.'), 'CHL', 'PER');
  // a "that" that fills its verb's role alone is a relative pronoun: the clause is an act of its own
  find(eventsOf('Lima rejected the claims that Chile repeated against Peru on Monday.'), 'CHL', 'PER', '1');
  // a noun that states no claim leaves its clause alone, and a verb of reporting asserts
  find(eventsOf('Chile ignored the fact that Peru attacked Chilean troops.'), 'PER', 'CHLMIL', '19');
  find(eventsOf('Reuters reports that Peru attacked Chilean troops.'), 'PER', 'CHLMIL', '19');
});

test('"There were reports that ..." claims what the reports say, as "reports that ..." does, though the tagger reads "reports" as the verb', () => {
  for (const text of [
    'There were reports that Chile attacked Peruvian troops.',
    'There were reports that Chilean jets bombed a Peruvian airfield on Monday.',
    'There were also reports that Chile shelled the Peruvian border post.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.cameo >= '18').length, 0, `${text} ${describe(events)}`);
  }
  // a verb of reporting with a subject asserts what it reports
  find(eventsOf('Reuters reports that Chile attacked Peruvian troops.'), 'CHL', 'PER', '19');
});

test('what a verb of denial\'s "that" clause says was done is not reported as done', () => {
  for (const text of ['Chile denied that its troops shelled the Peruvian border post.', 'Chile disputed that its navy had fired on Peruvian boats.']) {
    const events = eventsOf(text, '1987-03-15');
    assert.equal(asserted(events).filter((e) => e.cameo.startsWith('19')).length, 0, `${text} ${describe(events)}`);
  }
  // said, not denied: the act is reported as done
  find(asserted(eventsOf('Chile said that its troops shelled the Peruvian border post.', '1987-03-15')), 'CHL', 'PER', '19');
});

test('a demanded, alleged, denied or agreed clause ends where its phrase ends: an act after it is reported as done', () => {
  // each reporting clause opens the sentence, so that the act reported as done comes after it
  for (const [text, source, target] of [
    ['While demanding that Chile withdraw its troops, Peru expelled the Chilean ambassador.', 'PER', 'CHL'],
    ['After accusing Chile of shelling its border post, Peru expelled the Chilean ambassador.', 'PER', 'CHL'],
    ['Having denied that its troops shelled the border post, Chile expelled the Peruvian ambassador.', 'CHL', 'PER'],
    // the parser hangs "agreed" inside the clause it reports ("agreed" under "resume")
    ['After Chile agreed with Peru that the talks should resume, Ecuador expelled the Peruvian ambassador.', 'ECU', 'PER'],
    // an obligation a speaker reports is the speaker's demand; what follows is not demanded
    ['After Russia said Sudan must return the helicopter, Chad expelled the Sudanese ambassador.', 'TCD', 'SDN'],
  ] as const) {
    find(asserted(eventsOf(text)), source, target, '16');
  }
  // the clause itself is still not reported as done
  const accusation = eventsOf('After accusing Chile of shelling its border post, Peru expelled the Chilean ambassador.');
  assert.equal(asserted(accusation).filter((e) => e.cameo >= '18').length, 0, describe(accusation));
});

test('"has no plans to" + act refuses the act, with its parties; "has plans to" announces it', () => {
  const denied = eventsOf('Ecuador has no plans to open talks with Colombia.');
  find(asserted(denied), 'ECU', 'COL', '12');
  assert.equal(denied.filter((e) => e.cameo.startsWith('04')).length, 0, describe(denied));
  const planned = eventsOf('Ecuador has plans to open talks with Colombia.');
  assert.equal(planned.filter((e) => e.cameo.startsWith('12')).length, 0, describe(planned));
});

test('"said it has no plans to" + act: the refusal is the planner\'s, though a pattern of the speech verb runs over the plan', () => {
  const own = eventsOf('Ecuador said it has no plans to open talks with Colombia.');
  find(asserted(own), 'ECU', 'COL', '12');
  assert.equal(asserted(own).filter((e) => e.cameo.startsWith('04') || e.cameo.startsWith('03')).length, 0, describe(own));
  const reported = eventsOf('Peru said Ecuador has no plans to open talks with Colombia.');
  find(asserted(reported), 'ECU', 'COL', '12');
  assertNoPair(reported, 'PER', 'COL');
});

test('"not only" adds rather than denies: the act is asserted', () => {
  for (const text of ['Russia has not only condemned Ukraine but also expelled its diplomats.', 'Russia not only condemned Ukraine but also expelled its diplomats.']) {
    const events = eventsOf(text);
    const e = find(events, 'RUS', 'UKR', '11');
    assert.equal(e.negated, false, describe(events));
  }
  const events = eventsOf('Russia has not condemned Ukraine.');
  assert.equal(find(events, 'RUS', 'UKR', '11').negated, true);
});

test('an infinitive a copula equates with a noun of aim is intended, not done', () => {
  assert.equal(find(eventsOf('"Our aim is to attack Iran," the Israeli prime minister said.'), 'ISR', 'IRN', '19').modality, 'future');
  assert.equal(find(eventsOf("Israel's goal is to expel the Iranian ambassador."), 'ISR', 'IRN', '1').modality, 'future');
});

test('the negating governors come with the event context (data/events/negating-governors.tsv); a bad line names file and line', () => {
  const bundled = bundledContext();
  const text = 'The Chilean government was reluctant to criticise Peru.';
  const chilean = (events: ReturnType<typeof eventsOf>) => asserted(events).filter((e) => e.source.actor.startsWith('CHL'));
  assert.equal(chilean(analyze({ id: 't', text, published: '2024-03-15' }, bundled).events).length, 0);
  // a context whose list lacks "reluctant" reports the criticism as done
  const without = new Set([...bundled.events.negatingGovernors].filter((w) => w !== 'reluctant'));
  const ctx = { ...bundled, events: { ...bundled.events, negatingGovernors: without } };
  assert.ok(chilean(analyze({ id: 't', text, published: '2024-03-15' }, ctx).events).length > 0);
  const dir = mkdtempSync(join(tmpdir(), 'entente-negating-'));
  try {
    const file = join(dir, 'negating-governors.tsv');
    writeFileSync(file, '# comment\nword\tkind\nrefrain\tverb\nloath\tadjective\n');
    assert.throws(() => loadNegatingGovernors(file), /negating-governors\.tsv:4: bad kind "adjective"/);
    writeFileSync(file, '# comment\nword\tkind\nrefrain\tverb\nloath\tword\n');
    assert.deepEqual([...loadNegatingGovernors(file)].sort(), ['loath', 'refrain', 'refrained', 'refraining', 'refrains']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an act under a refusing, failing or reluctant governor is not reported as done', () => {
  for (const text of [
    'The Chilean government was reluctant to criticise Peru.',
    'The Chilean president is unwilling to negotiate with Peru.',
    'Chile stopped short of condemning Peru.',
    'Chile refrained from condemning Peru.',
    'The Chilean minister avoided criticising Peru.',
    'Chile hesitated to condemn Peru.',
  ]) {
    const events = eventsOf(text);
    assert.ok(events.length > 0, `${text}: the act is still coded, with its status`);
    assert.equal(asserted(events).filter((e) => e.source.actor.startsWith('CHL')).length, 0, `${text} ${describe(events)}`);
  }
  // nouns of reluctance, as "refusal to" and "failure to"
  for (const text of ["Chile's reluctance to criticise Peru surprised Lima.", "The Chilean president's unwillingness to affirm his support for Peru surprised Lima."]) {
    const events = eventsOf(text);
    assert.equal(asserted(events).filter((e) => e.source.actor.startsWith('CHL') && e.target?.actor.startsWith('PER')).length, 0, `${text} ${describe(events)}`);
  }
});

test('a negated negating governor gives the act back; the act without one is asserted', () => {
  assert.equal(find(eventsOf('Chile did not hesitate to condemn Peru.'), 'CHL', 'PER', '11').negated, false);
  assert.equal(find(eventsOf('Chile was quick to condemn Peru.'), 'CHL', 'PER', '11').negated, false);
  // CAMEO codes the refusal itself
  find(asserted(eventsOf('Chile refused to meet the Peruvian envoy.')), 'CHL', 'PER', '12');
});

test('a refusal to comment is a comment declined (011) about the first actor of what is left unsaid, not a rejection', () => {
  const declined = asserted(eventsOf('The Chilean minister declined to say whether Peru would join the talks.'));
  assert.equal(find(declined, 'CHL', 'PER', '011').plover, 'REJECT');
  assert.ok(!declined.some((e) => e.cameo.startsWith('12')), describe(declined));
  find(asserted(eventsOf('The Polish foreign ministry would not comment on the Belarusian report.')), 'POL', 'BLR', '011');
  find(asserted(eventsOf("Egypt wouldn't say whether Sudan had asked for help.")), 'EGY', 'SDN', '011');
  // leaving a thing unsaid is no refusal
  const unsaid = eventsOf('Egypt did not say whether Sudan had asked for help.');
  assert.ok(!unsaid.some((e) => e.cameo === '011'), describe(unsaid));
});

test('steps a party says it would take if another acts are a threat against that party', () => {
  const measures = eventsOf('Japan would consider measures if the United States imposes tariffs on Japanese exports.');
  find(asserted(measures), 'JPN', 'USA', '13');
  const action = eventsOf('The United States will take action against Japan unless Korea opens its markets.');
  find(asserted(action), 'USA', 'JPN', '13');
  assertNoPair(asserted(action), 'USA', 'KOR');
});

test('steps taken, denied or with no party to act are no conditional threat', () => {
  for (const text of [
    'Japan took measures after the United States imposed tariffs.',
    'Japan will take measures against speculators if necessary.',
    'Japan would not take measures if the United States imposed tariffs.',
  ]) {
    const events = eventsOf(text);
    assert.equal(asserted(events).filter((e) => e.cameo.startsWith('13')).length, 0, `${text}: ${describe(events)}`);
  }
});

test('an act in a gerund marked "against" is not reported as done', () => {
  const warned = eventsOf('Chile warned Peru against attacking Bolivia.');
  find(warned, 'CHL', 'PER', '13');
  assert.ok(asserted(warned).every((e) => !e.cameo.startsWith('19')), describe(warned));
  // an act of force against a party stays done
  find(asserted(eventsOf('Chilean troops fought against Peruvian troops.')), 'CHLMIL', 'PERMIL', '19');
});

test('an act with a time phrase of its own still to come ("next week", "tomorrow") is future; "the next week" is narrative', () => {
  const leaves = eventsOf('The Chilean president leaves next week for Peru.');
  assert.equal(find(leaves, 'CHL', 'PER', '04').modality, 'future', describe(leaves));
  const visit = eventsOf("Officials prepared for the Chilean president's visit to Lima next week.");
  assert.equal(find(visit, 'CHL', 'PER', '04').modality, 'future', describe(visit));
  const travels = eventsOf('The Chilean president meets the Peruvian president in Lima tomorrow.');
  assert.equal(find(travels, 'CHL', 'PER', '04').modality, 'future', describe(travels));
  const narrative = eventsOf('The Chilean president met the Peruvian president in Lima the next week.');
  assert.equal(find(narrative, 'CHL', 'PER', '04').modality, undefined, describe(narrative));
});

test('a present act on a named day is scheduled ("meets him on Friday", "leaves for Lima on Tuesday"); the past tense is reported', () => {
  const meets = eventsOf('The Chilean president meets the Peruvian president in Lima on Friday.');
  assert.equal(find(meets, 'CHL', 'PER', '04').modality, 'future', describe(meets));
  const leaves = eventsOf('The Chilean foreign minister, who leaves for Peru on Tuesday, met the Bolivian ambassador.');
  assert.equal(find(leaves, 'CHL', 'PER', '04').modality, 'future', describe(leaves));
  const met = eventsOf('The Chilean president met the Peruvian president in Lima on Friday.');
  assert.equal(find(met, 'CHL', 'PER', '04').modality, undefined, describe(met));
  const next = eventsOf("The plan paves the way for the Chilean president's visit to Lima next Wednesday.");
  assert.equal(find(next, 'CHL', 'PER', '04').modality, 'future', describe(next));
});

test('an "of" that completes the object noun opens no reported clause: what its phrase tells was done is done', () => {
  const condemned = eventsOf('Chile condemned the memorandum of understanding in which Peru and Bolivia agreed on a new border.');
  assert.equal(find(condemned, 'PER', 'BOL', '057').modality, undefined);
  // an accusation's "of" is what the accused is accused of, wherever the parser hangs it
  const accused = eventsOf('Chile accused Peru of the raid in which Peruvian troops attacked Bolivia.');
  assert.equal(asserted(accused).filter((e) => e.cameo.startsWith('19')).length, 0, describe(accused));
});

test('an object the determiner "no" denies is not given: "offers no protections" is negated', () => {
  const denied = eventsOf('France offers no protections to Syrian refugees.');
  assert.ok(denied.length > 0 && denied.every((e) => e.negated), describe(denied));
  const given = find(eventsOf('France offered protection to Syrian refugees.'), 'FRA', 'SYR', '0');
  assert.equal(given.negated, false);
});
