// Organisations found on evidence: company endings, acronyms defined in the text (issue 15).
// Hand-written text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idOf, mentionPairs, recognizeText } from './helpers.ts';

test('a name ending in a company word is a company (BUS), not a person', () => {
  const r = recognizeText('Quarrow Holdings bought the yacht on Monday, and Brisk Minerals sold it.', '2020-08-10');
  assert.deepEqual(mentionPairs(r), ['Quarrow Holdings => org:quarrow-holdings', 'Brisk Minerals => org:brisk-minerals']);
  assert.deepEqual(r.actors[0], { id: 'org:quarrow-holdings', name: 'Quarrow Holdings', kind: 'organization', role: 'BUS' });
});

test('an acronym defined in brackets names the organisation for the rest of the article', () => {
  const r = recognizeText('Voters backed the Civic Renewal Front (CRF) on Sunday. The CRF said it would govern alone.', '2020-08-10');
  assert.deepEqual(mentionPairs(r), [
    'Voters => CVL',
    'the Civic Renewal Front => org:civic-renewal-front', 'CRF => org:civic-renewal-front', 'CRF => org:civic-renewal-front', 'it => org:civic-renewal-front',
  ]);
});

test('a name that defines an acronym is an organisation even with no organisation word: "Tarn Valley Units (TVU)"', () => {
  const r = recognizeText('Fighters of Tarn Valley Units (TVU) crossed the river. TVU commanders denied it.', '2020-08-10');
  assert.ok(r.actors.some((a) => a.id === 'org:tarn-valley-units' && a.kind === 'organization'), JSON.stringify(r.actors));
  assert.ok(!r.actors.some((a) => a.kind === 'person'), JSON.stringify(r.actors));
});

test('a role word before an organisation’s name makes no person of it: "an analyst with Dean Marrow Holt Inc"', () => {
  const r = recognizeText('Tom Breck, an analyst with Dean Marrow Holt Inc, said shares fell.', '1987-04-01');
  assert.ok(!r.actors.some((a) => a.kind === 'person' && a.name.includes('Holt')), JSON.stringify(r.actors));
  assert.ok(r.actors.some((a) => a.kind === 'organization' && a.name.includes('Holt')), JSON.stringify(r.actors));
});

test('a name ending in "International" or "Exchange" is an organisation', () => {
  const r = recognizeText('Varlen International said it would buy shares listed on the Tarsk Stock Exchange.', '1987-04-01');
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person'), []);
});

test('a plural role after a comma describes others, not the name before it: "Harlow Brisk Corp, traders said"', () => {
  const r = recognizeText('Shares rose after a report from Harlow Brisk Corp, traders said.', '1987-04-01');
  assert.ok(!mentionPairs(r).includes('traders => org:harlow-brisk-corp'), mentionPairs(r).join('; '));
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person'), []);
});

test('no person of a hotel chain, a bowl or a territory', () => {
  const r = recognizeText('Halvorsen Hotels said profits rose before the Super Bowl, and voters in the Tarn Territories West constituency cheered.', '1987-04-01');
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => a.name), []);
  assert.equal(r.actors.find((a) => a.name === 'Halvorsen Hotels')?.role, 'BUS');
});

test('no person of a wire abbreviation and the capitalised word after it: "U.K. Money market rates"', () => {
  const r = recognizeText('U.K. Money market rates fell on Tuesday, and U.S. Interest rates rose.', '1987-03-11');
  assert.deepEqual(mentionPairs(r), ['U.K. => GBR', 'U.S. => USA']);
});

test('no person of a name whose last word is one letter or holds a digit: "Class B", "Total M2"', () => {
  const r = recognizeText('The offer for Class B common stock expired. Total M2 rose 3.3 pct in Korvan.', '1987-03-11');
  assert.equal(r.actors.filter((a) => a.kind === 'person').length, 0);
});

test('no person of a name after "of" that follows a capitalised word or a place word', () => {
  const r = recognizeText('She came from the town of Velo Brdan. The Association of Tin Producing Countries met in Korvan.', '1987-03-11');
  assert.equal(r.actors.filter((a) => a.kind === 'person').length, 0);
});

test('a wire\'s angle brackets, a ticker or "and Co" make a company of a bare name', () => {
  const r = recognizeText('Halder said it will sell a package from <Tarnwick Logic>. Brannock Velt <BRVT> rose, said analyst Mara Quellin of Osgood Pell and Co.', '1987-03-11');
  assert.equal(idOf(r, 'Tarnwick Logic'), 'org:tarnwick-logic');
  assert.equal(idOf(r, 'Brannock Velt'), 'org:brannock-velt');
  assert.equal(r.actors.find((a) => a.id === 'org:brannock-velt')?.role, 'BUS');
  assert.ok(!r.actors.some((a) => a.id === 'person:osgood-pell'));
});

test('a shorter opening of an organisation the article names in full is that organisation', () => {
  const r = recognizeText('Franco Rivet Mines Ltd said it found gold. Franco Rivet stock is up two dlrs.', '1987-03-11');
  assert.equal(idOf(r, 'Franco Rivet'), 'org:franco-rivet-mines-ltd');
});

test('an organisation\'s word and "of" a country name one organisation of that country: the Bank of Norway', () => {
  const r = recognizeText('The Bank of Norway raised rates on Monday.', '2020-01-05');
  assert.deepEqual(r.actors.find((a) => a.id === 'org:bank-of-norway'), { id: 'org:bank-of-norway', name: 'Bank of Norway', kind: 'organization', country: 'NOR' });
  assert.equal(r.mentions.length, 1);
});

test('"Hong Kong Island" is no Iceland, and Mann no Isle of Man', () => {
  const r = recognizeText('Protesters marched on Hong Kong Island on Sunday. Thomas Mann wrote a novel.', '2020-01-05');
  assert.ok(!r.mentions.some((m) => m.actor === 'ISL' || m.actor === 'IMN'), r.mentions.map((m) => `${m.text} => ${m.actor}`).join('; '));
});

test('a news agency is an organisation, never the government of the dateline’s capital: "WASHINGTON (AP) -"', () => {
  const r = recognizeText('WASHINGTON (AP) — The Varlen council met on Tuesday, the AP reported. Later AP said talks went on.', '2016-04-23');
  const ap = r.mentions.filter((m) => m.text === 'AP' || m.text === 'the AP');
  assert.equal(ap.length, 3, mentionPairs(r).join('; '));
  assert.ok(ap.every((m) => m.actor === 'MED'), mentionPairs(r).join('; '));
});

test('a company word inside a name followed only by a country, or next to a title or demonym, makes a company: "Quarrow Bank Canada", "General Motors", "Thai Airways"', () => {
  const r = recognizeText('TORONTO, June 19 - Quarrow Bank Canada said it hired Tom Breck. General Motors and Thai Airways ordered jets, and Varlen Air did too.', '1987-06-19');
  const people = r.actors.filter((a) => a.kind === 'person').map((a) => a.id);
  assert.deepEqual(people, ['person:tom-breck'], JSON.stringify(r.actors));
  assert.ok(r.actors.some((a) => a.id === 'org:general-motors' && a.role === 'BUS'), JSON.stringify(r.actors));
  assert.ok(r.actors.some((a) => a.id === 'org:thai-airways' && a.role === 'BUS'), JSON.stringify(r.actors));
});

test('an organisation word inside a name with a person after it leaves the person: "Varlen News Mara Quellin"', () => {
  const r = recognizeText('Varlen News Mara Quellin asked the question.', '2016-06-19');
  assert.ok(r.actors.some((a) => a.kind === 'person'), JSON.stringify(r.actors));
});

test('an order of a government is no person: "an Executive Order"', () => {
  const r = recognizeText('President Tom Breck signed an Executive Order on Monday.', '2017-02-01');
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => a.id), ['person:tom-breck'], JSON.stringify(r.actors));
});

test('a bond issue\'s lead manager, a company word after a name and a bank\'s name in French or Italian make companies, not people', () => {
  const text = 'The bond was priced at par, lead manager Tarnwick Holt said. Another was set at 4-1/2 pct, lead manager Brisk Varlen Soditic SA said. Banque Tarnaise de Commerce and Banca della Valle sold notes, and <Societa Elenchi degli Abbonati Varlen> bought them.';
  const r = recognizeText(text, '1987-03-05');
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => a.id), [], JSON.stringify(r.actors));
  assert.equal(idOf(r, 'Tarnwick Holt'), 'org:tarnwick-holt');
});

test('a capitalised word opening a sentence before a demonym of two words is no name: "More South Africans"', () => {
  const r = recognizeText('More South Africans are getting tested.', '2006-11-28');
  assert.deepEqual(mentionPairs(r), ['South Africans => ZAF']);
});

test('a body\'s noun right before a name makes an organisation: "the newspaper Varlen Dagblad", "the firm of Tarnwick Holt"', () => {
  const r = recognizeText('The newspaper Varlen Dagblad said the Wall Street firm of Tarnwick Holt had bought shipping group Brisk Orient. Quarrow Bancshares was sold.', '1987-03-05');
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => a.id), [], JSON.stringify(r.actors));
  assert.equal(idOf(r, 'Tarnwick Holt'), 'org:tarnwick-holt');
  assert.equal(idOf(r, 'Brisk Orient'), 'org:brisk-orient');
});

test('the government of a named person is still that person: "the government of Tom Breck"', () => {
  const r = recognizeText('The government of Tom Breck fell on Monday, and Varlen news agency, Mara Quellin, the spokesman, said so.', '1987-03-05');
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => a.id), ['person:tom-breck', 'person:mara-quellin'], JSON.stringify(r.actors));
});

test('a name of several words that is no person but the source of speech is an organisation: "As reported by Western Ledger"', () => {
  const r = recognizeText('As reported by Western Ledger, the senator resigned. The meeting was first reported by Tarnwick.', '2016-05-01');
  assert.equal(idOf(r, 'Western Ledger'), 'org:western-ledger');
  assert.equal(idOf(r, 'Tarnwick'), 'org:tarnwick');
});

test('a name whose capitals spell a known acronym in brackets after it is that acronym’s actor, whatever its words read alone', () => {
  const r = recognizeText('Greece criticised the Organization of Security and Cooperation in Europe (OSCE) on Monday.', '1997-04-02');
  assert.deepEqual(mentionPairs(r), ['Greece => GRC', 'the Organization of Security and Cooperation in Europe => IGOEURSCE', 'OSCE => IGOEURSCE']);
  assert.ok(!r.actors.some((a) => a.id === 'EUR'), JSON.stringify(r.actors));
});

test('a name read as an unknown organisation before a known acronym in brackets is that acronym\u2019s actor: a misspelt "Wrold Health Organisation (WHO)"', () => {
  const r = recognizeText('Greece criticised the Wrold Health Organisation (WHO) on Monday.', '1997-04-02');
  assert.deepEqual(mentionPairs(r), ['Greece => GRC', 'the Wrold Health Organisation => IGOUNOHLHWHO', 'WHO => IGOUNOHLHWHO']);
});

test('the International Coffee Organization (ICO), where quotas are negotiated, is an agricultural IGO', () => {
  const r = recognizeText('Colombia called on the International Coffee Organization to resume talks. The ICO council meets on Friday.', '1987-03-02');
  assert.equal(idOf(r, 'the International Coffee Organization'), 'IGOAGRICO');
  assert.equal(idOf(r, 'The ICO'), 'IGOAGRICO');
});

test('two spelled acronyms in one article: each names its own body (the second one is read after the first is rewritten)', () => {
  const r = recognizeText(
    'The African Development Bank (ADB) said it would lend more to Nigeria, after a meeting of the Economic Commission for Africa (ECA) to which the Organization for Security and Cooperation in Europe (OSCE) sent an observer.',
    '2020-01-01',
  );
  assert.equal(idOf(r, 'the Organization for Security and Cooperation in Europe'), 'IGOEURSCE');
  assert.equal(idOf(r, 'The African Development Bank'), 'IGOAFRDEVAFB');
});

test('"the GOP" is the US Republican party wherever the story is, and its leaders are the party', () => {
  const r = recognizeText('Britain and France voted on Monday. The GOP said the vote was wrong, and GOP leaders met.', '2012-05-04');
  assert.equal(idOf(r, 'The GOP'), 'USAPTY');
  assert.equal(idOf(r, 'GOP leaders'), 'USAPTY');
  assert.deepEqual(r.actors.find((a) => a.id === 'USAPTY'), { id: 'USAPTY', name: 'United States party', kind: 'group', country: 'USA', role: 'PTY' });
});

test('a legal form after a comma ends the company name before it and is no name of its own', () => {
  const r = recognizeText('Shares of Quarrow, Inc. fell on Monday, and Brisk Minerals, Ltd. said it would sell them.', '2005-10-10');
  assert.deepEqual(mentionPairs(r), ['Quarrow, Inc. => org:quarrow-inc', 'Brisk Minerals, Ltd. => org:brisk-minerals-ltd', 'it => org:brisk-minerals-ltd']);
  assert.equal(r.actors[0]?.role, 'BUS');
});

test('"it" after a dateline does not stand for the dateline’s place: "KANSAS CITY, Mo. - Quarrow Holdings said it agreed"', () => {
  const r = recognizeText('KANSAS CITY, Mo., March 3 - Quarrow Holdings said it agreed to sell its Varlen unit to Brisk Minerals.', '1987-03-03');
  // (the parser may make the place a subject beside the company, or join the two)
  assert.ok(!r.mentions.some((m) => m.text === 'it' && m.actor === 'USA'), mentionPairs(r).join('; '));
});

test('names ending in a word of a firm, a thing or a plural body are no people', () => {
  const r = recognizeText('Kerrow Medical fell 4 to 15, and Varlen Electric rose. The group earned 1.2 billion H.K. Dlrs. Trading opened on the Toronto and Montreal Stock Exchanges, and Hale Quist met Tavi Lorn at the Ada Validation Facility.', '1987-03-05');
  const people = r.actors.filter((a) => a.kind === 'person').map((a) => a.name);
  assert.deepEqual(people, ['Hale Quist', 'Tavi Lorn']);
});

test('names read as people on no evidence, listed with an organisation, are organisations; a given name keeps a person', () => {
  const r = recognizeText('Co-managers of the issue are Harwell Securities Inc, Kessler Tarrant and Vauxby Marlin.', '1987-03-05');
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => a.name), []);
  assert.equal(idOf(r, 'Kessler Tarrant'), 'org:kessler-tarrant');
  const people = recognizeText('Winners were Kessler Tarrant of the Harwell Party and Frederick Tung.', '1987-03-05');
  assert.ok(people.actors.some((a) => a.kind === 'person' && a.name === 'Frederick Tung'), JSON.stringify(people.actors));
});

test('a name ending in "Lines" is a carrier, a company, not a person: "Canadian Pacific Air Lines", "Greyhound Lines"', () => {
  const r = recognizeText('Canadian Pacific Air Lines said it would cut fares. Greyhound Lines said it would not.', '1987-03-20');
  assert.ok(!r.actors.some((a) => a.kind === 'person'), JSON.stringify(r.actors));
  assert.equal(r.actors.find((a) => a.id === 'org:greyhound-lines')?.role, 'BUS');
});

test('the ILO and the International Criminal Court are their Phoenix codes under every name', () => {
  const r = recognizeText('The ILO and the International Criminal Court said no.', '2005-06-01');
  assert.equal(idOf(r, 'The ILO'), 'IGOUNOLABILO');
  assert.equal(idOf(r, 'the International Criminal Court'), 'IGOJUDICC');
});

test('the Kurdish People\u2019s Protection Units (YPG) of northern Syria are Syrian rebels, as the PKK are Turkish ones', () => {
  const r = recognizeText("Turkey named both the Kurdistan Workers' Party (PKK) and the People's Protection Units (YPG) as terrorists. The YPG denied it.", '2019-10-10');
  assert.equal(idOf(r, "the People's Protection Units"), 'SYRREB');
  assert.equal(idOf(r, 'The YPG'), 'SYRREB');
  assert.equal(idOf(r, "the Kurdistan Workers' Party"), 'TURREB');
});

test('a place or a capitalised role word before a name ending in an organisation word is part of the organisation, no person', () => {
  const r = recognizeText('Quarrow Telecom Ltd said it signed a contract. Washington Brisk Corp said it bought the unit. Bank of Tokyo Tenmark Ltd said it was lead manager.', '1987-03-04');
  assert.equal(idOf(r, 'Quarrow Telecom Ltd'), 'org:quarrow-telecom-ltd');
  assert.equal(idOf(r, 'Washington Brisk Corp'), 'org:washington-brisk-corp');
  assert.equal(idOf(r, 'Tokyo Tenmark Ltd'), 'org:tokyo-tenmark-ltd');
  assert.ok(!r.actors.some((a) => a.kind === 'person'));
});

test("a dated dictionary record written as an organisation is no person: the Sudan People's Liberation Movement", () => {
  const r = recognizeText("The Sudan People's Liberation Movement said it would join the talks.", '2008-01-20');
  assert.equal(idOf(r, "The Sudan People's Liberation Movement"), 'SDNOPPPTY');
});

test('"the force", "the destroyer": a body of troops or a ship is never a he or she, nor a ship named after someone a person', () => {
  const r = recognizeText('Halvard Tenmark spoke on Monday. The naval interdiction force is part of the plan. The Kennedy will replace the carrier Dwight D. Eisenhower next month. The destroyer sailed on.', '1990-08-13');
  assert.equal(idOf(r, 'The naval interdiction force'), undefined);
  assert.equal(idOf(r, 'the carrier Dwight D. Eisenhower'), undefined);
  assert.equal(idOf(r, 'Dwight D. Eisenhower'), undefined);
  assert.equal(idOf(r, 'The destroyer'), undefined);
});

test('a word in capitals after a noun of an organisation is that organisation, which "the group" repeats', () => {
  const r = recognizeText('He was joined by Ann Quellin, president of the abortion rights group QRAL. She said the bill failed. The group has taken an interest in the vote.', '2016-08-23');
  assert.equal(idOf(r, 'group QRAL'), 'org:qral');
  assert.equal(idOf(r, 'The group'), 'org:qral');
});

test('a lone name the article reads as an organisation elsewhere is that organisation wherever it stands', () => {
  const r = recognizeText('Brelvox noticed the change first. Brelvox said on Monday that the filing was late.', '2016-05-10');
  assert.deepEqual(mentionPairs(r), ['Brelvox => org:brelvox', 'Brelvox => org:brelvox']);
});

test('a lone name never read as an organisation stays no one: "Brelvox noticed the change"', () => {
  const r = recognizeText('Brelvox noticed the change first.', '2016-05-10');
  assert.deepEqual(mentionPairs(r), []);
});

test('a name before a staff noun or a document is the organisation that employs them or issued it', () => {
  const r = recognizeText('"The ban stays," a Quendle spokesman said. A new Marrowby poll found the lead had narrowed.', '2016-05-10');
  assert.equal(idOf(r, 'Quendle'), 'org:quendle');
  assert.equal(idOf(r, 'Marrowby'), 'org:marrowby');
});

test('not before a campaign, nor an adjective, nor a capitalised common word opening a sentence', () => {
  const r = recognizeText('The Pellick campaign ran ads. Some Democratic officials agreed. Church leaders said so.', '2016-05-10');
  assert.ok(!r.actors.some((a) => a.id.startsWith('org:')), mentionPairs(r).join('; '));
});
