// Who acts for which country: states that no longer exist, rotating offices in organisations,
// demonyms and portfolios before names, titles over lists of names (issue 15). Hand-written text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadActorContext } from '../../src/actors/index.ts';
import { codeAt, codedPairs, fixtures, guessedText, mentionPairs, recognizeText } from './helpers.ts';

test('the Soviet Union and its officials are Russia, as CAMEO codes them', () => {
  const r = recognizeText('The Soviet Union sent Soviet troops to the border on Monday.', '1987-04-02');
  assert.deepEqual(mentionPairs(r), ['Soviet Union => RUS', 'Soviet troops => RUSMIL']);
});

test('Yugoslavia is Serbia, the state that continues it, before and after 1992', () => {
  const r = recognizeText('Yugoslav officials said Yugoslavia would pay, and the Yugoslavs cheered. The Soviets sent Serbian troops.', '1987-04-02');
  assert.deepEqual(codedPairs(r), ['Yugoslav officials => SRBGOV', 'Yugoslavia => SRB', 'Yugoslavs => SRB', 'Soviets => RUS', 'Serbian troops => SRBMIL']);
  // (Phoenix codes Serbia SCGSRB and Montenegro SCGMNE while they were one state)
  const union = recognizeText('Serbian troops and Montenegrin police met Yugoslav President Dragan Vukov.', '1997-04-02');
  assert.deepEqual(codedPairs(union), ['Serbian troops => SRBMIL', 'Montenegrin police => MNECOP', 'Yugoslav President Dragan Vukov => SRBGOV']);
});

test('"the former Yugoslavia" is the region it left, not Serbia', () => {
  const r = recognizeText('Aid went to the former Yugoslavia, and two former Yugoslav republics joined.', '2005-04-02');
  assert.ok(!codedPairs(r).some((p) => p.includes('SRB')), codedPairs(r).join('; '));
});

test('renamed states are today\'s: Zaire, Rhodesia, Upper Volta, Kampuchea, Abyssinia, North Yemen', () => {
  const r = recognizeText('Zairean troops, Rhodesian police, Upper Volta, Kampuchean rebels, Abyssinia and North Yemen protested.', '1977-04-02');
  assert.deepEqual(codedPairs(r), ['Zairean troops => CODMIL', 'Rhodesian police => ZWECOP', 'Upper Volta => BFA', 'Kampuchean rebels => KHMREB', 'Abyssinia => ETH', 'North Yemen => YEM']);
  // a state that merged into another keeps its own code until the union, as Phoenix keeps DDR
  assert.equal(codeAt(recognizeText('South Yemen protested.', '1987-04-02'), 'South Yemen'), 'YMD');
  assert.equal(codeAt(recognizeText('South Yemen protested.', '1994-04-02'), 'South Yemen'), 'YEM');
});

test('a head of state of a former state keeps it over a foreign dateline: "Zairean President X" in Washington', () => {
  const r = recognizeText('WASHINGTON, April 3 - Zairean President Tomas Bamuene met U.S. officials.', '1997-04-03');
  const p = r.actors.find((a) => a.id === 'person:tomas-bamuene');
  assert.equal(`${p?.country}/${p?.role}`, 'COD/GOV');
});

test('a title after an adjective of a nationality the dictionaries lack takes neither the dateline\'s country nor the article\'s', () => {
  const text = 'WASHINGTON, April 3 - Freedonian President Rufus Bamuene said he wanted American aid. The United States said Washington would help.';
  const p = guessedText(text, '1997-04-03').actors.find((a) => a.id === 'person:rufus-bamuene');
  assert.deepEqual(p, { id: 'person:rufus-bamuene', name: 'Rufus Bamuene', kind: 'person' });
  // a party's adjective is no nationality: the story's country stands
  const party = recognizeText('WASHINGTON, April 3 - Republican Senator Rufus Bamuene said he wanted farm aid.', '1997-04-03');
  assert.equal(party.actors.find((a) => a.id === 'person:rufus-bamuene')?.country, 'USA');
  // and a known one gives its own
  const known = recognizeText('WASHINGTON, April 3 - Slovenian Foreign Minister Rufus Bamuene said he wanted aid.', '1997-04-03');
  assert.equal(known.actors.find((a) => a.id === 'person:rufus-bamuene')?.country, 'SVN');
});

test('a national title and country in the mention outrank a dated office in an organisation', () => {
  const ctx = loadActorContext({ actors: [join(fixtures, 'presidency.actors.txt')] });
  const during = recognizeText('Dutch Foreign Minister Marta Volkens met the press in Brussels. Volkens said talks would go on.', '1990-03-01', ctx);
  assert.deepEqual(codedPairs(during).filter((p) => p.includes('Volkens')), ['Dutch Foreign Minister Marta Volkens => NLDGOV', 'Volkens => NLDGOV']);
  // the mention alone, with no title, keeps the dictionary's office
  assert.equal(recognizeText('Marta Volkens met the press.', '1990-03-01', ctx).mentions[0]?.actor, 'IGOEUREEC');
});

test('out of an office in an organisation, a person is one of their country\'s elites', () => {
  const ctx = loadActorContext({ actors: [join(fixtures, 'presidency.actors.txt')] });
  const r = recognizeText('Hugo Brandt met the press.', '1995-03-01', ctx);
  assert.equal(r.mentions[0]?.actor, 'person:hugo-brandt');
  assert.deepEqual(r.actors[0], { id: 'person:hugo-brandt', name: 'Hugo Brandt', kind: 'person', country: 'DEU', role: 'ELI' });
});

test('a demonym before a full name gives the person a country, and later mentions keep it', () => {
  const r = recognizeText('Brazilian Tomas Quelhas Ribeiro won the race on Sunday. Ribeiro thanked his team.', '2021-05-04');
  assert.deepEqual(mentionPairs(r), ['Brazilian Tomas Quelhas Ribeiro => person:tomas-quelhas-ribeiro', 'Ribeiro => person:tomas-quelhas-ribeiro', 'his => person:tomas-quelhas-ribeiro']);
  assert.deepEqual(r.actors[0], { id: 'person:tomas-quelhas-ribeiro', name: 'Tomas Quelhas Ribeiro', kind: 'person', country: 'BRA' });
});

test('a demonym before an organisation or a single word is no person\'s country', () => {
  const r = recognizeText('Brazilian Steel Company shares rose, and Brazilian Ribeiro fans cheered.', '2021-05-04');
  assert.ok(!r.actors.some((a) => a.kind === 'person' && a.country === 'BRA'), JSON.stringify(r.actors));
});

test('lower-case portfolio words between a country and a title: "Italian economic development minister X"', () => {
  const r = recognizeText('Italian economic development minister Sergio Vallardi sent a letter.', '2021-05-04');
  assert.equal(codedPairs(r)[0], 'Italian economic development minister Sergio Vallardi => ITAGOV');
});

test('a plural title before a list of names titles each name', () => {
  const r = recognizeText('The US Congress voted on Friday. Representatives Mara Quellin, Tod Arbeck, and Lina Ostrow wrote the bill.', '2021-05-04');
  for (const id of ['person:mara-quellin', 'person:tod-arbeck', 'person:lina-ostrow']) {
    const a = r.actors.find((x) => x.id === id);
    assert.equal(`${a?.country}/${a?.role}`, 'USA/LEG', id);
  }
  // a list with no title gives nothing
  const bare = recognizeText('The US Congress voted on Friday. Mara Quellin, Tod Arbeck, and Lina Ostrow wrote the bill.', '2021-05-04');
  assert.ok(!bare.actors.some((a) => a.kind === 'person' && a.country), JSON.stringify(bare.actors));
});

test('a title only one country uses is that country\'s, whatever the article names most', () => {
  const text = 'China and the US met in Beijing. China said China would not yield, and China held firm. The secretary of the Treasury, Ada Morrow Kent, disagreed. Mr. Kent left.';
  const r = recognizeText(text, '2016-06-07');
  assert.deepEqual(codedPairs(r).filter((p) => p.includes('Kent') || p.includes('secretary')), [
    'The secretary of the Treasury => USAGOV', 'Ada Morrow Kent => USAGOV', 'Mr. Kent => USAGOV',
  ]);
});

test('a title the home country has no such office for goes to the story\'s dateline country', () => {
  const text = 'MEXICO CITY - The United States worried Mexico. The United States said the United States would act, and the United States did. Americans agreed with the United States. Foreign Secretary Lucia Marvan Ortiz said Mexico must act.';
  assert.equal(codedPairs(recognizeText(text, '2016-04-07')).find((p) => p.includes('Marvan')), 'Foreign Secretary Lucia Marvan Ortiz => MEXGOV');
  // a title the home country does have stays the home country's
  const senator = 'MEXICO CITY - The United States worried Mexico. The United States said the United States would act, and the United States did. Americans agreed with the United States. Sen. Lucia Marvan Ortiz said so.';
  assert.equal(recognizeText(senator, '2016-04-07').actors.find((a) => a.id === 'person:lucia-marvan-ortiz')?.country, 'USA');
});

test('"Mr. X" after a full name whose family name comes first ("Lou Jiwei", then "Mr. Lou")', () => {
  const r = recognizeText('China held talks. The finance minister of China, Tan Weiming, spoke first. Mr. Tan said growth was slow.', '2016-06-07');
  assert.deepEqual(codedPairs(r).slice(-1), ['Mr. Tan => CHNGOV']);
});

test('police, soldiers and protesters "in" a capital act for its country, not its government', () => {
  const r = recognizeText('Police in Vilnius arrested twenty people on Sunday. Soldiers in Riga fired shots.', '2020-08-10');
  assert.deepEqual(mentionPairs(r), ['Police in Vilnius => LTUCOP', 'Soldiers in Riga => LVAMIL']);
});

test('"the police" is a group of the article\'s country, as other groups that act at home', () => {
  const r = recognizeText('Lithuania held elections on Sunday. The police said the vote was calm.', '2020-08-10');
  assert.deepEqual(mentionPairs(r), ['Lithuania => LTU', 'The police => LTUCOP']);
});

test('a pronoun object is not the subject of its own verb: "soldiers stopped them"', () => {
  const r = recognizeText('Lithuanian protesters marched on Sunday. Latvian soldiers stopped them.', '2020-08-10');
  assert.equal(mentionPairs(r).at(-1), 'them => LTUOPP');
});

test('"it" and "its" for a state that is the subject of the clause above: "Lithuania said it would respond"', () => {
  const r = recognizeText('Lithuania said it would respond. Latvia moved its ships to the coast.', '2020-08-10');
  assert.deepEqual(mentionPairs(r), ['Lithuania => LTU', 'it => LTU', 'Latvia => LVA', 'its => LVA']);
});

test('"it" is no actor when it is no subject of a verb, or sits in an adverbial clause', () => {
  const r = recognizeText('Lithuania said it was important. The United Nations imposed sanctions on Latvia after it invaded Estonia.', '2020-08-10');
  assert.deepEqual(mentionPairs(r), ['Lithuania => LTU', 'The United Nations => IGOUNO', 'Latvia => LVA', 'Estonia => EST']);
});

test('a sentence that opens with "It" continues the previous sentence\'s subject when that is a state or organisation', () => {
  const r = recognizeText('The West considers the group a terrorist organization. It froze direct aid.', '2020-08-10');
  assert.equal(mentionPairs(r).at(-1), 'It => WST');
  const person = recognizeText('President Vaira Ozola said the talks went well. It rained all day.', '2020-08-10');
  assert.ok(!mentionPairs(person).some((p) => p.startsWith('It ')));
});

test('a state whose record is dated by its independence is no person: "he" does not stand for it', () => {
  const r = recognizeText('Lithuania rejected the plan on Monday. He said the talks were over.', '2020-08-10');
  assert.deepEqual(mentionPairs(r), ['Lithuania => LTU']);
});

test('a pronoun after a quotation is nobody named inside it', () => {
  const r = recognizeText('Anna Berg met the bankers on Monday. “We will never trust Karl Otto Poehl on this,” she said. She left early.', '2020-08-10');
  assert.deepEqual(mentionPairs(r).filter((p) => /^(she|She) /.test(p)), ['she => person:anna-berg', 'She => person:anna-berg']);
});

test('a title with no home country takes the country of the only institution of its role named so far', () => {
  const text = 'The Lithuanian parliament voted on Friday. Latvia and Estonia objected, and Estonia and Latvia met. The bill was drafted by Representatives Aina Kalve and Juris Ozols.';
  const r = recognizeText(text, '2019-10-05');
  for (const id of ['person:aina-kalve', 'person:juris-ozols']) {
    const a = r.actors.find((x) => x.id === id);
    assert.equal(`${a?.country}/${a?.role}`, 'LTU/LEG', id);
  }
});

test('a newspaper named after its city is of that city\'s country: "The Washington Post" is USAMED', () => {
  const r = recognizeText('The Washington Post reported the talks on Monday.', '2006-12-30');
  assert.equal(mentionPairs(r)[0], 'The Washington Post => USAMED');
});

test('region adjectives: "Western diplomats" (WSTGOV), "West African governments" (WAFGOV); "Western Mindanao Command" is a name', () => {
  const r = recognizeText('Western diplomats objected on Monday. West African governments agreed. A general of the Western Tarlac Command spoke.', '2005-12-03');
  assert.deepEqual(mentionPairs(r), ['Western diplomats => WSTGOV', 'West African governments => WAFGOV']);
});

test('"the country" and "the nation" stand for the state named last, nearby', () => {
  const r = recognizeText('Estonia claimed a say in the project, based on the country\'s long shoreline.', '2020-01-08');
  assert.deepEqual(mentionPairs(r), ['Estonia => EST', 'the country => EST']);
  const far = recognizeText('Estonia voted. The vote was calm. Turnout was high. Rain fell. The country was quiet.', '2020-01-08');
  assert.deepEqual(mentionPairs(far), ['Estonia => EST']);
});

test('an undated article is read as of the dictionary\'s present: the office with no end date', () => {
  const ctx = loadActorContext({ actors: [join(fixtures, 'dated.actors.txt')] });
  assert.equal(recognizeText('Elendil spoke on Monday.', undefined, ctx).mentions[0]?.actor, 'GONGOV');
  assert.equal(recognizeText('Elendil spoke on Monday.', '1997-06-15', ctx).mentions[0]?.actor, 'ARNGOV');
});

test('a pronoun that opens the narrative after a quotation continues the subject before it, as one opening a sentence does', () => {
  const r = recognizeText('Halvard Tenmark was blunt on Monday, claiming that Jon Marsh wanted more refugees. “You would have to be insane,” he said.', '2016-01-10');
  assert.deepEqual(mentionPairs(r).filter((p) => p.startsWith('he ')), ['he => person:halvard-tenmark']);
});

test('after a quotation, a he/she is the one the sentence before gives words to, not its first person', () => {
  const r = recognizeText('Halvard Tenmark will keep his post, Jon Marsh said on Monday. “We are resuming what we did best,” he said.', '2016-01-10');
  assert.deepEqual(mentionPairs(r).filter((p) => p.startsWith('he ')), ['he => person:jon-marsh']);
});

test('"West German" is the demonym of West Germany, not "the West" and a German', () => {
  const r = recognizeText('West German officials met East German officials on Monday. The West German government said the talks went well.', '1987-05-04');
  assert.deepEqual(codedPairs(r), ['West German officials => DEUGOV', 'East German officials => DDRGOV', 'The West German government => DEUGOV']);
});

test('a plural title written as one word titles a dictionary person and the names after it', () => {
  const r = recognizeText('Chinese Vice-Premiers Li Peng and Tian Jiyun met Japanese officials on Monday.', '1986-05-20');
  assert.deepEqual(codedPairs(r), ['Chinese Vice-Premiers Li Peng => CHNGOV', 'Tian Jiyun => CHNGOV', 'Japanese officials => JPNGOV']);
});
