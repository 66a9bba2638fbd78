// People keep a country and a role: titles of office, appositions in either order, "former",
// datelines, and the events that carry a person's country (issue 15). Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { bundledContext } from '../context.ts';
import { join } from 'node:path';
import { loadActorContext } from '../../src/actors/index.ts';
import { codeAt, codedPairs, fixtures, guessedText, idOf, mentionPairs, recognizeText } from './helpers.ts';

test('a title of office before an unknown name gives the role; the article its country', () => {
  const r = recognizeText('The United States Senate debated the American farm bill on Tuesday. Sen. Mara Quellin said the bill would pass, and Quellin later met farmers.', '2021-05-04');
  assert.deepEqual(mentionPairs(r).filter((p) => p.includes('Quellin')), ['Sen. Mara Quellin => person:mara-quellin', 'Quellin => person:mara-quellin']);
  assert.deepEqual(r.actors.find((a) => a.id === 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person', country: 'USA', role: 'LEG' });
});

test('a title with no country the article can give leaves the person without one', () => {
  const r = recognizeText('Chile and Peru closed the border. Sen. Mara Quellin said the border was closed.', '2021-05-04');
  assert.deepEqual(r.actors.find((a) => a.id === 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person' });
});

test('a story about two countries\' talks has no home country for a title without one', () => {
  const text = 'China and the United States opened talks on Monday. China wants steel quotas, and China would not yield. The United States disagreed. Sen. Mara Quellin said the talks were hard.';
  assert.deepEqual(recognizeText(text, '2016-06-07').actors.find((a) => a.id === 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person' });
  const home = 'China opened talks in Beijing. China wants steel quotas, and China said China would not yield. The United States disagreed. Sen. Mara Quellin said the talks were hard.';
  assert.equal(recognizeText(home, '2016-06-07').actors.find((a) => a.id === 'person:mara-quellin')?.country, 'CHN');
});

test('a former office holder is one of the country’s elites (ELI)', () => {
  const r = recognizeText('Brazil raised taxes, and Brazil’s central bank was blamed by former finance minister Otavio Pereira Lemos on Monday.', '2021-05-04');
  const lemos = r.actors.find((a) => a.id === 'person:otavio-pereira-lemos');
  assert.equal(lemos?.country, 'BRA');
  assert.equal(lemos?.role, 'ELI');
});

test('role, comma, name: "The Norwegian foreign minister, Halvard Tenmark," is one person, and so is "Mr. Tenmark"', () => {
  const r = recognizeText('The Norwegian foreign minister, Halvard Tenmark, criticized Sweden on Monday. Mr. Tenmark said talks would go on.', '2021-05-04');
  assert.deepEqual(codedPairs(r), ['The Norwegian foreign minister => NORGOV', 'Halvard Tenmark => NORGOV', 'Sweden => SWE', 'Mr. Tenmark => NORGOV']);
});

test('role, comma, name needs a singular role and a bare name: a list of countries is not one', () => {
  const r = recognizeText('The ministers, Sweden and Norway, met in Oslo.', '2021-05-04');
  assert.ok(mentionPairs(r).includes('Sweden => SWE'), mentionPairs(r).join('; '));
});

test('in a digest of stories, a title of office takes its own story’s dateline country', () => {
  const text = 'OSLO - Prime Minister Kari Lindtvedt said on Monday that taxes would fall.\n\nLIMA - Peru and Chile signed a border accord. Peru said the accord was fair.';
  assert.ok(codedPairs(recognizeText(text, '1987-03-02')).includes('Prime Minister Kari Lindtvedt => NORGOV'));
});

test('a single dateline is a bureau: the country the article names wins', () => {
  const text = 'NICOSIA - Iraq said on Monday that Iraq would sell more oil. Oil Minister Samir Haddad said talks went well.';
  assert.ok(codedPairs(recognizeText(text, '1997-04-28')).includes('Oil Minister Samir Haddad => IRQGOV'));
});

test('an event of a person: actor carries the person’s country and role', () => {
  const ctx = bundledContext();
  const text = 'The United States Senate debated the American farm bill on Tuesday. Sen. Mara Quellin criticized Canada on Wednesday.';
  const events = analyze({ id: 't', text, published: '2021-05-04' }, ctx).events;
  const e = events.find((x) => x.source.actor === 'person:mara-quellin');
  assert.ok(e, JSON.stringify(events.map((x) => [x.source.actor, x.target?.actor, x.cameo])));
  assert.equal(e.source.country, 'USA');
  assert.equal(e.source.role, 'LEG');
  assert.equal(e.target?.actor, 'CAN');
});

test('name cues: a title.<ROLE> word is an honorific with the role it gives', async () => {
  const { readNameCues } = await import('../../src/actors/cues.ts');
  const cues = readNameCues('honorific.male: mr.\ntitle.LEG: sen. senator\ntitle.MIL: gen.\n', 'test.cues.txt');
  assert.equal(cues.honorificRole.get('sen.'), 'LEG');
  assert.equal(cues.honorificRole.get('gen.'), 'MIL');
  assert.ok(cues.honorific.has('senator'));
  assert.equal(cues.honorificRole.get('mr.'), undefined);
  assert.throws(() => readNameCues('title.XYZ: sen.\n', 'bad.cues.txt'), /bad\.cues\.txt:1: unknown class "title\.XYZ"/);
});

test('a title met after the first mention still gives the person a role and country', () => {
  const r = recognizeText('The United States Senate debated the American farm bill. Mara Quellin spoke first, and Sen. Quellin said the bill would pass.', '2021-05-04');
  assert.deepEqual(mentionPairs(r).filter((p) => p.includes('Quellin')), ['Mara Quellin => person:mara-quellin', 'Sen. Quellin => person:mara-quellin']);
  const quellin = r.actors.find((a) => a.id === 'person:mara-quellin');
  assert.equal(quellin?.country, 'USA');
  assert.equal(quellin?.role, 'LEG');
});

test('a leader the dictionaries know is a person with a name, and the country and role of the article’s date', () => {
  const r = recognizeText('Russian President Vladimir Putin met the press. Putin said he would visit Minsk.', '2021-05-04');
  assert.deepEqual(mentionPairs(r).slice(0, 3), ['Russian President Vladimir Putin => person:vladimir-putin', 'Putin => person:vladimir-putin', 'he => person:vladimir-putin']);
  assert.deepEqual(r.actors.find((a) => a.id === 'person:vladimir-putin'), { id: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'person', country: 'RUS', role: 'GOV' });
  // the same words in 1995, before his offices: one of Russia's elites
  assert.equal(recognizeText('Vladimir Putin met the press.', '1995-05-04').actors[0]?.role, 'ELI');
});

test('an apposition gives an unknown name its country and role; "Mr. X" is the same person', () => {
  const r = recognizeText('Halvard Tenmark, the Norwegian foreign minister, criticized Sweden. Mr. Tenmark said talks would go on.', '2021-05-04');
  assert.deepEqual(mentionPairs(r).filter((p) => p.includes('person:')), ['Halvard Tenmark => person:halvard-tenmark', 'the Norwegian foreign minister => person:halvard-tenmark', 'Mr. Tenmark => person:halvard-tenmark']);
  assert.deepEqual(r.actors.find((a) => a.id === 'person:halvard-tenmark'), { id: 'person:halvard-tenmark', name: 'Halvard Tenmark', kind: 'person', country: 'NOR', role: 'GOV' });
});

test('events code a person by the country and role it acts for, and two people of one government are one party', () => {
  const ctx = bundledContext();
  const text = 'Norwegian Prime Minister Kari Lindtvedt criticized Foreign Minister Halvard Tenmark, the Norwegian foreign minister, on Monday. Lindtvedt criticized Sweden on Tuesday.';
  const events = analyze({ id: 't', text, published: '2021-05-04' }, ctx).events;
  const pairs = events.map((e) => `${e.source.actor} ${e.source.country}${e.source.role} -> ${e.target?.actor}`);
  assert.ok(pairs.includes('person:kari-lindtvedt NORGOV -> SWE'), pairs.join('; '));
  assert.ok(!pairs.some((p) => p.includes('-> person:halvard-tenmark')), pairs.join('; '));
});

test('"who" after a name with an aside stands for the noun its relative clause hangs on', () => {
  const r = recognizeText('Halvard Tenmark, the Norwegian foreign minister for many years, who met Swedish officials, said talks would go on.', '2021-05-04');
  assert.ok(mentionPairs(r).includes('who => person:halvard-tenmark'), mentionPairs(r).join('; '));
});

test('a demonym and a description before a full name give the person a country: "Spanish teenager Rafa Gomez"', () => {
  const r = recognizeText('Spanish teenager Rafa Gomez pulled out, and Russian tennis upstart Ivo Marchenko won the title.', '2005-11-14');
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => `${a.name} ${a.country ?? '-'}`), ['Rafa Gomez ESP', 'Ivo Marchenko RUS']);
});

test('a description after the name gives its country: "Mara Quellin, the Norwegian novelist,"', () => {
  const r = recognizeText('Mara Quellin, the Norwegian novelist, won the prize. Quellin thanked her readers.', '2005-11-14');
  assert.deepEqual(r.actors.find((a) => a.id === 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person', country: 'NOR' });
  // a demonym that describes something else is no person's country
  const other = recognizeText('Mara Quellin, the Norwegian, won.', '2005-11-14');
  assert.equal(other.actors.find((a) => a.id === 'person:mara-quellin')?.country, undefined);
});

test('a bracketed party and state after a name give country and role: "Mara Quellin (D-Ore.)"', () => {
  const r = recognizeText('Chile and Peru closed the border. Mara Quellin (D-Ore.) and Sen. Ted Varlow (R-Kan.) criticized Chile.', '2021-05-04');
  const people = r.actors.filter((a) => a.kind === 'person').map((a) => `${a.name} ${a.country ?? '-'} ${a.role ?? '-'}`);
  assert.deepEqual(people, ['Mara Quellin USA LEG', 'Ted Varlow USA LEG']);
});

test('a party and state between commas after a name give country and role, and are no person: "Dan Glickman, D-Kans., said"', () => {
  const r = recognizeText('Mara Quellin, D-Ore., and Sen. Ted Varlow, R-Kan., criticized the bill. Ivo Marchenko, R-Texas, agreed.', '1987-03-05');
  const people = r.actors.filter((a) => a.kind === 'person').map((a) => `${a.name} ${a.country ?? '-'} ${a.role ?? '-'}`);
  assert.deepEqual(people, ['Mara Quellin USA LEG', 'Ted Varlow USA LEG', 'Ivo Marchenko USA LEG']);
});

test('a capitalised role or trade before a name is no part of it: "Actress Mara Quellin", "Cultural Affairs Director Ivo Marchenko"', () => {
  const r = recognizeText('Actress Mara Quellin met former Cultural Affairs Director Ivo Marchenko. Executive Life Insurance Co lent money. Follow Harl Venby on Twitter.', '2016-02-01');
  assert.deepEqual(mentionPairs(r), ['Actress Mara Quellin => person:mara-quellin', 'Cultural Affairs Director Ivo Marchenko => person:ivo-marchenko', 'Executive Life Insurance Co => org:executive-life-insurance-co', 'Harl Venby => person:harl-venby']);
});

test('a name that "it"/"its" stands for, with no title, entry or he/she, is an organisation: "Karl Lorimar said it had been reviewing"', () => {
  const r = recognizeText('Karl Lorimar said it had been reviewing its contracts. Harl Venby said it would close its plant. Harl Venby said he agreed. Sen. Ivo Marchenko said it would pass. Actress Mara Quellin said it was a film she loved and it opened.', '1987-03-05');
  const kinds = r.actors.filter((a) => a.kind !== 'state').map((a) => `${a.id} ${a.kind}`);
  assert.deepEqual(kinds, ['org:karl-lorimar organization', 'person:harl-venby person', 'person:ivo-marchenko person', 'person:mara-quellin person']);
  assert.deepEqual(mentionPairs(r).slice(0, 3), ['Karl Lorimar => org:karl-lorimar', 'it => org:karl-lorimar', 'its => org:karl-lorimar']);
});

test('he/she further back than two sentences stands for the only person of that gender named there', () => {
  const text = 'Halvard Tenmark criticized Sweden on Monday. Sweden disagreed. The talks were long. Oslo was cold. He said talks would go on.';
  assert.ok(mentionPairs(recognizeText(text, '2021-05-04')).includes('He => person:halvard-tenmark'));
  // two men named that far back: no guess
  const two = 'Halvard Tenmark and Mr. Ivo Marchenko criticized Sweden on Monday. Sweden disagreed. The talks were long. Oslo was cold. He said talks would go on.';
  assert.ok(!mentionPairs(recognizeText(two, '2021-05-04')).some((p) => p.startsWith('He =>')), mentionPairs(recognizeText(two, '2021-05-04')).join('; '));
});

test('a surname opening a sentence is the person the article named in full ("Cook declined" after "Peter Cook")', () => {
  const r = recognizeText('The ministry’s spokesman, Peter Cook, told reporters the plan was sound. Cook declined to say more.', '2021-05-04');
  assert.ok(mentionPairs(r).includes('Cook => person:peter-cook'), mentionPairs(r).join('; '));
});

test('a lone surname before the article names the person in full is that person ("Quellin:" in a headline)', () => {
  const r = recognizeText('Quellin: taxes will fall.\n\nMara Quellin, a senator, said on Monday that taxes would fall.', '2021-05-04');
  assert.deepEqual(mentionPairs(r).filter((p) => p.includes('Quellin')), ['Quellin => person:mara-quellin', 'Mara Quellin => person:mara-quellin']);
});

test('a resolved pronoun carries refers_to: the span and words of the name it stands for', () => {
  const text = 'Halvard Tenmark criticized Sweden on Monday. He said his aides would go. Swedish troops left, and they said no.';
  const r = recognizeText(text, '2021-05-04');
  const he = r.mentions.find((m) => m.text === 'He');
  assert.deepEqual(he?.refers_to, { start: 0, end: 15, name: 'Halvard Tenmark' });
  assert.equal(r.mentions.find((m) => m.text === 'his')?.refers_to?.name, 'Halvard Tenmark');
  const they = r.mentions.find((m) => m.text === 'they');
  assert.equal(they?.refers_to && text.slice(they.refers_to.start, they.refers_to.end), 'Swedish troops');
  // a name is no reference
  assert.equal(r.mentions[0]?.refers_to, undefined);
});

test('a hyphen joins the parts of a name it touches, not a dateline\'s dash or a participle', () => {
  const r = recognizeText('STATE COLLEGE, Pa. - Mara Quellin won. Lam Tai-fung and Yeung Shu-kei of Korvan met the Kurdish-led Velder Front.', '2016-04-20');
  assert.ok(mentionPairs(r).includes('Mara Quellin => person:mara-quellin'));
  assert.ok(mentionPairs(r).includes('Lam Tai-fung => person:lam-tai-fung'));
  assert.ok(!r.actors.some((a) => a.name.includes('led')));
});

test('a country after a title opens the next title: "Deputy U.S. Trade Representative Mara Quellin"', () => {
  const r = recognizeText('The talks will be headed by Deputy U.S. Trade Representative Mara Quellin and Trade Representative Halvard Tenmark.', '1987-04-02');
  assert.deepEqual(codedPairs(r), ['Deputy U.S. Trade Representative Mara Quellin => USAGOV', 'Trade Representative Halvard Tenmark => USAGOV']);
});

test('a plural role or a demonym with a plural description titles each name of the list after it', () => {
  const r = recognizeText('French ministers Anne Quellin and Marc Tenmark met on Monday. Japanese rivals Emi Sorata and Yuki Hanebo finished second.', '2021-05-04');
  const of = (id: string) => r.actors.find((a) => a.id === id);
  assert.deepEqual([of('person:anne-quellin')?.country, of('person:anne-quellin')?.role], ['FRA', 'GOV']);
  assert.deepEqual([of('person:marc-tenmark')?.country, of('person:marc-tenmark')?.role], ['FRA', 'GOV']);
  assert.equal(of('person:emi-sorata')?.country, 'JPN');
  assert.equal(of('person:yuki-hanebo')?.country, 'JPN');
});

test('a country or a region of one after "of" or "from" is the person\'s country', () => {
  const r = recognizeText('The skater Irina Volkhova of Russia won, and Senators Ann Quellin of Texas and Dale Brisk of Ohio watched.', '2021-05-04');
  const of = (id: string) => r.actors.find((a) => a.id === id);
  assert.equal(of('person:irina-volkhova')?.country, 'RUS');
  assert.deepEqual([of('person:ann-quellin')?.country, of('person:ann-quellin')?.role], ['USA', 'LEG']);
  assert.deepEqual([of('person:dale-brisk')?.country, of('person:dale-brisk')?.role], ['USA', 'LEG']);
});

test('a member of a party is of the article\'s country, with the party role', () => {
  const r = recognizeText('Chile voted on Sunday, and Chile counted. Velda Rusk of the Civic Party won, and Civic Party\'s Tom Wanek lost.', '2021-05-04');
  const of = (id: string) => r.actors.find((a) => a.id === id);
  assert.deepEqual([of('person:velda-rusk')?.country, of('person:velda-rusk')?.role], ['CHL', 'PTY']);
  assert.deepEqual([of('person:tom-wanek')?.country, of('person:tom-wanek')?.role], ['CHL', 'PTY']);
});

test('a named economist or voter is of the story\'s country; an archbishop is not', () => {
  const r = recognizeText('Brazil cut rates on Monday, and Brazil\'s banks rallied. Brazil would cut again, said economist Mara Quellin. The archbishop Halvard Tenmark called for sanctions against Brazil.', '2021-05-04');
  assert.deepEqual(codedPairs(r).filter((p) => p.includes('Quellin') || p.includes('Tenmark')), ['economist Mara Quellin => BRAEDU', 'The archbishop Halvard Tenmark => person:halvard-tenmark']);
});

test('"Republicans" and "Democrats" are party members of the story\'s country; a party\'s own name before the role is no country\'s', () => {
  const r = recognizeText('Chile voted on Sunday, and Chile counted the ballots. Republicans said the count was fair, Democrat Ann Quellin agreed, and the Velder Democrats objected.', '2021-05-04');
  assert.deepEqual(codedPairs(r).filter((p) => !p.startsWith('Chile')), ['Republicans => CHLPTY', 'Democrat Ann Quellin => CHLPTY']);
});

test('a lone name as the source of speech is the person whose full name opens with it, else an organisation', () => {
  const r = recognizeText('Mara Quellin spoke on Monday. Later, Mara said she would win. Korvalo reported the news, and it was false, according to Brindex. Brisk walked away.', '2021-05-04');
  assert.deepEqual(mentionPairs(r).filter((p) => !p.startsWith('she') && !p.startsWith('it')), [
    'Mara Quellin => person:mara-quellin', 'Mara => person:mara-quellin', 'Korvalo => org:korvalo', 'Brindex => org:brindex',
  ]);
});

test('"future" belongs to a title: "Norway\'s future leader, Halvard Tenmark"', () => {
  const r = recognizeText('Sweden and Denmark met. Sweden wants talks. The talks will include Norway\'s future leader, Halvard Tenmark.', '2021-05-04');
  assert.equal(codeAt(r, 'Halvard Tenmark'), 'NORGOV');
});

test('a plural role, a comma, then full names: the role titles each name, unless the name is the source of speech', () => {
  const r = recognizeText('Two French ministers, Anne Quellin and Marc Tenmark, met on Monday. Ukrainian officials, Mara Brisk said, left early.', '2021-05-04');
  assert.deepEqual(codedPairs(r).filter((p) => !p.includes('ministers') && !p.includes('officials')), ['Anne Quellin => FRAGOV', 'Marc Tenmark => FRAGOV', 'Mara Brisk => person:mara-brisk']);
});

test('a name in apposition with the role it holds in a state\'s body takes that state: "X, head of Iran\'s Quds Force,"', () => {
  // in a story about the United States, whose country a bare title would give
  const r = recognizeText('American forces killed Halvard Tenmark, head of Norway\'s coast guard, the United States said. The United States said General Tenmark planned attacks on Americans.', '2020-01-05');
  const person = r.actors.find((a) => a.id === 'person:halvard-tenmark');
  assert.equal(person?.country, 'NOR');
  // a role that is no part of the body says nothing of the person's country
  const critic = recognizeText('Halvard Tenmark, a critic of Norway, spoke.', '2020-01-05');
  assert.equal(critic.actors.find((a) => a.id === 'person:halvard-tenmark')?.country, undefined);
});

test('a description in apposition that names one country gives the person that country; a birthplace does not', () => {
  const r = recognizeText('The pope visited Sarajevo. "We had no problems here", Zelka Barin, a 27-year-old housewife from the Croatian coastal city of Split, said. Rupert Quellin, the Australian-born media magnate, smiled. Mara Tenmark, 63, a voter who grew up in Chile, said no.', '1997-04-13');
  const country = (id: string) => r.actors.find((a) => a.id === id)?.country;
  assert.equal(country('person:zelka-barin'), 'HRV');
  assert.equal(country('person:rupert-quellin'), undefined);
  assert.equal(country('person:mara-tenmark'), undefined);
});

test('a description in apposition ends at a dash of any kind: what the aside names is not said of the person', () => {
  for (const dash of ['–', '―', '—', '--']) {
    const r = recognizeText(`Ana Quellin, a farmer ${dash} one of many at the Norwegian border ${dash} said she would stand. Peru and Chile agreed.`, '2015-06-01');
    assert.equal(r.actors.find((a) => a.id === 'person:ana-quellin')?.country, undefined, dash);
  }
});

test('a he or she after a noun of a person of that gender stands for that person, not for a name before it: "my dad. He"', () => {
  const r = recognizeText('Dorsa Quellin plays chess. I got interested in chess because of my dad. He used to play in high school. Halvard Tenmark, a father of two, said he would stay.', '2017-02-01');
  assert.ok(!r.mentions.some((m) => m.text === 'He'), mentionPairs(r).join('; '));
  assert.ok(mentionPairs(r).includes('he => person:halvard-tenmark'), mentionPairs(r).join('; '));
});

test('"my dad" in the sentence that names the one speaking is no antecedent for her, whatever the label before it', () => {
  const r = recognizeText('((Dorsa Quellin)) I got interested in chess because of my dad. He used to play in high school. ((Dorsa Quellin)) My dad is a doctor, he works in Tehran. Halvard Tenmark said his father sold cars. He would run.', '2017-02-01');
  const pairs = mentionPairs(r);
  assert.ok(!pairs.some((p) => /^[Hh]e => person:dorsa-quellin/.test(p)), pairs.join('; '));
  // a third person's kin in the name's sentence leaves the name the antecedent
  assert.ok(pairs.includes('He => person:halvard-tenmark'), pairs.join('; '));
});

test("a transcript's speaker labels name those who say \"I\" and \"you\": a he stands for someone else", () => {
  const r = recognizeText('((Reporter)) Did your brother also leave?\n\n((Dorsa Quellin)) He also wanted to leave, but he waited.\n\nTENMARK: He said no to the offer.', '2017-02-01');
  const pairs = mentionPairs(r);
  assert.ok(!pairs.some((p) => /^[Hh]e => person:dorsa-quellin/.test(p)), pairs.join('; '));
  assert.ok(!pairs.some((p) => /^[Hh]e => person:halvard-tenmark/.test(p)), pairs.join('; '));
});

test('a title with no home country takes the one country its sentence named before it: "his fellow Americans, ... Sen. Mara Quellin"', () => {
  const r = recognizeText('Britain and France disagreed, and Germany too. Like his fellow Americans, Sen. Mara Quellin was critical.', '2016-04-23');
  const quellin = r.actors.find((a) => a.id === 'person:mara-quellin');
  assert.deepEqual([quellin?.country, quellin?.role], ['USA', 'LEG'], JSON.stringify(r.actors));
});

test('a state before a comma and a role is no person: "his fellow Americans, Republican hopefuls" and "Presidential" is no name', () => {
  const r = recognizeText('Like his fellow Americans, Republican Presidential hopeful Sen. Mara Quellin was critical.', '2016-04-23');
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => a.id), ['person:mara-quellin'], JSON.stringify(r.actors));
});

test('a noun of kin before one name makes a person of that gender: "your younger brother Borvan ... He"', () => {
  const r = recognizeText('((Reporter)) Did your younger brother Borvan also leave?\n\n((Dorsa Quellin)) Yes. He also wanted to play for another country.', '2017-02-01');
  const pairs = mentionPairs(r);
  assert.ok(pairs.includes('Borvan => person:borvan'), pairs.join('; '));
  assert.ok(pairs.includes('He => person:borvan'), pairs.join('; '));
});

test('another person’s country in the sentence gives a title none: "Emmanuel Macron and vice minister Tom Breck"', () => {
  const r = recognizeText('Britain and Germany disagreed. The talks will be headed by Emmanuel Macron and vice minister Tom Breck.', '2020-06-01');
  assert.equal(r.actors.find((a) => a.id === 'person:tom-breck')?.country, undefined, JSON.stringify(r.actors));
});

test('an occupation held where the story is gives a person the home country and its role: "analyst Mara Quellin", "Tom Breck, an analyst with ..."', () => {
  const text = 'CHICAGO, March 5 - Grain prices rose, traders said. "Demand is firm," said analyst Mara Quellin of Osgood Pell Inc on Monday. Tom Breck, an analyst with Varlen Securities, agreed, and Dorsa Tenmark, a senior trader, and board member Halvard Lunde did too. Oslo analyst Kari Vik disagreed.';
  const r = recognizeText(text, '1987-03-05');
  const of = (id: string) => { const a = r.actors.find((x) => x.id === id); return `${a?.country}/${a?.role}`; };
  assert.equal(of('person:mara-quellin'), 'USA/BUS', JSON.stringify(r.actors));
  assert.equal(of('person:tom-breck'), 'USA/BUS');
  assert.equal(of('person:dorsa-tenmark'), 'USA/BUS');
  assert.equal(of('person:halvard-lunde'), 'USA/undefined');
  // a place right before the occupation is where it is held
  assert.equal(of('person:kari-vik'), 'NOR/BUS');
});

test('a bare name, with no occupation, does not take the home country: athletes and visitors travel to the story', () => {
  const r = recognizeText('CHICAGO, March 5 - Grain prices rose, traders said. Mara Quellin won the final against Tom Breck.', '1987-03-05');
  assert.ok(r.actors.filter((a) => a.kind === 'person').every((a) => a.country === undefined), JSON.stringify(r.actors));
});

test('a dateline "PLACE, <state> -" teaches the place: "the Varlen Falls mayor" is of that country, and "Varlen Falls" alone is no one', () => {
  const r = recognizeText('VARLEN FALLS, Texas - The Varlen Falls mayor said on Monday that the city would sue. Varlen Falls has many residents.', '2019-08-05');
  const pairs = codedPairs(r);
  assert.ok(pairs.includes('The Varlen Falls mayor => USAGOV'), pairs.join('; '));
  assert.ok(!r.actors.some((a) => a.kind === 'person'), JSON.stringify(r.actors));
});

test('a state\'s possessive before a full name, a state opening a description, and "X-based" give a person a country', () => {
  const r = recognizeText('Norway\'s Kari Lindtvedt won the final. Tom Breck, a United States District judge, ordered a recount. Mara Quellin, a London-based analyst, said prices fell.', '2019-08-05');
  const country = (id: string) => r.actors.find((a) => a.id === id)?.country;
  assert.deepEqual([country('person:kari-lindtvedt'), country('person:tom-breck'), country('person:mara-quellin')], ['NOR', 'USA', 'GBR'], JSON.stringify(r.actors));
  // where one is based is a place, not the government seated there
  assert.ok(!r.mentions.some((m) => m.text === 'London'), mentionPairs(r).join('; '));
});

test('a lone given name as a subject is the one person whose full name opens with it: "Mara had changed" after "Mara Quellin"', () => {
  const r = recognizeText('Mara Quellin spoke in Oslo on Monday. Critics said Mara had changed her position.', '2016-05-01');
  assert.ok(mentionPairs(r).includes('Mara => person:mara-quellin'), mentionPairs(r).join('; '));
});

test('a full name before a noun is still the person when the article writes the surname alone as a subject: "a Tom Breckner rally ... Breckner said"', () => {
  const r = recognizeText('Thousands came to a Tom Breckner rally in Ohio. The crowd was large, Breckner said.', '2016-05-01');
  const pairs = mentionPairs(r);
  assert.ok(pairs.includes('Tom Breckner => person:tom-breckner'), pairs.join('; '));
  assert.ok(pairs.includes('Breckner => person:tom-breckner'), pairs.join('; '));
});

test('a given name says a person\'s gender: "she" after a man and a woman named without titles is the woman (data/actors/given-names.txt)', () => {
  const r = recognizeText('Karl Otto Vennberg met Angela Quellin in Bonn on Monday. She said the rate would rise. Angela Quellin met Karl Otto Vennberg later. He said it would not.', '1987-03-05');
  const pairs = mentionPairs(r);
  assert.ok(pairs.includes('She => person:angela-quellin'), pairs.join('; '));
  assert.ok(pairs.includes('He => person:karl-otto-vennberg'), pairs.join('; '));
});

test('a given name listed under both genders says none, and a lone given name says nothing of a surname', async () => {
  const { readGivenNames } = await import('../../src/actors/cues.ts');
  const names = readGivenNames('male: Karl Robin\nfemale: Angela\nfemale: Robin # both: no gender\n', 'x.txt');
  assert.deepEqual([...names], [['karl', 'male'], ['angela', 'female']]);
  assert.throws(() => readGivenNames('males: Karl', 'x.txt'), /x\.txt:1/);
});

test('"Representative" before a name is a legislator\'s title, as "Rep." is: "Representative Mara Quellin" of a US story is USA LEG', () => {
  const r = recognizeText('The United States Congress met on Monday. Representative Mara Quellin said she would vote no. A representative of the firm said it agreed.', '2016-05-01');
  assert.deepEqual(r.actors.find((a) => a.id === 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person', country: 'USA', role: 'LEG' });
  assert.ok(mentionPairs(r).includes('Representative Mara Quellin => person:mara-quellin'), mentionPairs(r).join('; '));
});

test('"Senate Majority Leader X" is one title: the person is X, a legislator, not a person named "Senate Majority"', () => {
  const r = recognizeText('The United States Senate met on Monday. Senate Majority Leader Mara Quellin said the bill would pass. House Minority Leader Tom Breck disagreed.', '2016-05-01');
  const pairs = mentionPairs(r);
  assert.ok(pairs.includes('Senate Majority Leader Mara Quellin => person:mara-quellin'), pairs.join('; '));
  assert.ok(pairs.includes('House Minority Leader Tom Breck => person:tom-breck'), pairs.join('; '));
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => `${a.id} ${a.country}${a.role}`), ['person:mara-quellin USALEG', 'person:tom-breck USALEG']);
});

test('a name that opens with a given name is a person after "from" or "to": "claims from Jessica Quellin", "according to John Breck"', () => {
  const r = recognizeText('Tom Varlen denied claims from Jessica Quellin that he lied. The plan failed, according to John Breck. Ships sailed from Varlen Falls.', '2016-05-01');
  const kinds = r.actors.map((a) => `${a.id} ${a.kind}`);
  assert.ok(kinds.includes('person:jessica-quellin person'), kinds.join('; '));
  assert.ok(kinds.includes('person:john-breck person'), kinds.join('; '));
  // a place after "from" stays no one
  assert.ok(!r.mentions.some((m) => m.text === 'Varlen Falls'), mentionPairs(r).join('; '));
});

test('a person of a company of one country (MNC + the country) is of that country, in business: "X of Merrill Lynch", "X, managing director of Goldman Sachs"', () => {
  const r = recognizeText('Steel stocks rose, said Mara Quellin of Merrill Lynch. Tom Breck, managing director of swaps for Goldman Sachs, agreed. Ivo Marr, a critic of Exxon, disagreed.', '1987-03-05');
  const of = (id: string) => { const a = r.actors.find((x) => x.id === id); return a ? `${a.country}${a.role}` : 'none'; };
  assert.deepEqual([of('person:mara-quellin'), of('person:tom-breck')], ['USABUS', 'USABUS'], JSON.stringify(r.actors));
  // a relation that is no post says nothing of one's country
  assert.equal(r.actors.find((a) => a.id === 'person:ivo-marr')?.country, undefined);
});

test('someone who works for or stands by a person of a known country is of that country: "Quellin\'s campaign manager, Tom Breck", "Ivo Marr, a Quellin supporter", "Ana Marr, Sen. Mara Quellin\'s wife"', () => {
  const r = recognizeText('Sen. Mara Quellin of the United States spoke in Ohio. Quellin\'s campaign manager, Tom Breck, appeared on TV. "It is over," Ivo Marr, a Quellin supporter, said. Quellin supporter Jan Vell agreed. Ana Marr, Sen. Mara Quellin\'s wife, left. Tom Varlen, a Quellin critic, stayed.', '2016-05-01');
  const country = (id: string) => r.actors.find((a) => a.id === id)?.country;
  assert.deepEqual(['tom-breck', 'ivo-marr', 'jan-vell', 'ana-marr'].map((id) => country(`person:${id}`)), ['USA', 'USA', 'USA', 'USA'], JSON.stringify(r.actors));
  // a critic is no associate
  assert.equal(country('person:tom-varlen'), undefined);
});

test('a body of one state opening a description in apposition gives the person its country: "Tom Breck, a White House associate personnel director"', () => {
  const r = recognizeText('Tom Breck, a White House associate personnel director, emerged as a candidate on Monday.', '1987-06-18');
  assert.equal(r.actors.find((a) => a.id === 'person:tom-breck')?.country, 'USA', JSON.stringify(r.actors));
});

test('a quantifier opening a sentence is no name word, and a party\'s word before a plural role is that party\'s people: "Several Democrats", "Most Republican leaders"', () => {
  const r = recognizeText('The United States Congress met on Monday. Several Democrats cautioned against the bill. Most Republican leaders have remained silent.', '2016-05-01');
  const pairs = mentionPairs(r);
  assert.ok(pairs.includes('Democrats => USAPTY'), pairs.join('; '));
  assert.ok(pairs.includes('Republican leaders => USAPTY'), pairs.join('; '));
  assert.ok(!r.actors.some((a) => a.kind === 'person'), JSON.stringify(r.actors));
});

test('a person of a company the dictionaries lack is of the article\'s home country: "NEW YORK - ... Tom Breck of Varlen Inc"', () => {
  const r = recognizeText('NEW YORK, March 5 - Bonds rose. Tom Breck of Varlen Inc is neutral. Mara Quellin, corporate treasurer at Vell Plc, agreed.', '1987-03-05');
  const of = (id: string) => { const a = r.actors.find((x) => x.id === id); return a ? `${a.country}${a.role}` : 'none'; };
  assert.deepEqual([of('person:tom-breck'), of('person:mara-quellin')], ['USABUS', 'USABUS'], JSON.stringify(r.actors));
});

test('a capitalised title of a state\'s office with "of" names the full name right after it: "First Minister of Varland Mara Quellin"', () => {
  const r = recognizeText('First Minister of Norway Mara Quellin said via Twitter that the ruling was huge.', '2019-09-11');
  assert.deepEqual(r.actors.find((a) => a.id === 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person', country: 'NOR', role: 'GOV' });
});

test('a preposition or participle opening a sentence is no part of the name after it', () => {
  const r = recognizeText("Given Quellin's record, the vote failed. Including Norway, ten states signed. Following Mara Quellin's speech, talks ended.", '2021-05-04');
  assert.deepEqual(mentionPairs(r), ['Quellin => person:mara-quellin', 'Norway => NOR', 'Mara Quellin => person:mara-quellin']);
});

test('"X, a State Department official": a state body and a role in apposition give the person the body’s country and role', () => {
  const r = recognizeText('Chile and Peru closed the border. Mara Quellin, a State Department official, said the border should open. Ivo Tenmark, a White House official, agreed.', '2008-05-04');
  assert.deepEqual(r.actors.find((a) => a.id === 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person', country: 'USA', role: 'GOV' });
  assert.equal(r.actors.find((a) => a.id === 'person:ivo-tenmark')?.country, 'USA');
  assert.ok(mentionPairs(r).includes('State Department official => person:mara-quellin'), mentionPairs(r).join('; '));
  // a body before the comma is not the official: the official is someone else
  const other = recognizeText('It is up to the Agriculture Department, a State Department official said.', '2008-05-04');
  assert.ok(mentionPairs(other).includes('State Department official => USAGOV'), mentionPairs(other).join('; '));
});

test('a role, a comma and the surname of a person named before is that person, not a new one', () => {
  const r = recognizeText('Mara Quellin spoke on Monday. The American senator, Quellin, said the bill would pass.', '2021-05-04');
  assert.deepEqual(mentionPairs(r), ['Mara Quellin => person:mara-quellin', 'The American senator => person:mara-quellin', 'Quellin => person:mara-quellin']);
  assert.deepEqual(r.actors, [{ id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person', country: 'USA', role: 'LEG' }]);
});

test('a military body’s officials are that body: "a Pentagon spokesman" is USAMIL, not USAMILGOV', () => {
  const r = recognizeText('Chile and Peru closed the border. Mara Quellin, a Pentagon spokesman, said the border should open. Pentagon officials agreed.', '2008-05-04');
  assert.deepEqual(r.actors.find((a) => a.id === 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person', country: 'USA', role: 'MIL' });
  assert.ok(mentionPairs(r).includes('Pentagon officials => USAMIL'), mentionPairs(r).join('; '));
});

test('a word after a given name is a surname even when it is also a title, a modal or an adverb: "Owen King", "George Will", "Tom Jolly"', () => {
  const text = 'Owen King spoke to the network. “I was never edited,” Mr. King told me, and King said so again. Columnist George Will wrote that Rep. Tom Jolly was wrong. Later, Will said Jolly should resign. Prince Edvard visited.';
  const r = recognizeText(text, '2016-05-01');
  assert.deepEqual(mentionPairs(r).filter((p) => !p.startsWith('I ')), [
    'Owen King => person:owen-king',
    'Mr. King => person:owen-king',
    'King => person:owen-king',
    'Columnist George Will => person:george-will',
    'Rep. Tom Jolly => person:tom-jolly',
    'Will => person:george-will',
    'Jolly => person:tom-jolly',
    'Prince Edvard => person:edvard',
  ]);
});

test('a particle glued to a surname by a hyphen is part of the name: "Abdulaziz al-Talib", then "Al-Talib" alone', () => {
  const r = recognizeText('Iraqi Foreign Minister Abdulaziz al-Talib said output rose. Al-Talib added that exports were steady. Kuwaiti official Saad el-Rowaih agreed.', '2006-05-01');
  assert.deepEqual(mentionPairs(r), [
    'Iraqi Foreign Minister Abdulaziz al-Talib => person:abdulaziz-al-talib',
    'Al-Talib => person:abdulaziz-al-talib',
    'Kuwaiti official Saad el-Rowaih => person:saad-el-rowaih',
  ]);
  assert.equal(r.actors.find((a) => a.id === 'person:abdulaziz-al-talib')?.country, 'IRQ');
  assert.equal(r.actors.find((a) => a.id === 'person:saad-el-rowaih')?.country, 'KWT');
});

test('a title of office beats a dictionary person of no office, and a title of another country names a namesake', () => {
  const ctx = loadActorContext({ actors: [join(fixtures, 'namesakes.actors.txt')] });
  const actor = (text: string, id: string) => recognizeText(text, '1987-05-01', ctx).actors.find((a) => a.id === id);
  assert.deepEqual(actor('Norwegian Petroleum Minister Mara Quellin said no.', 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person', country: 'NOR', role: 'GOV' });
  assert.equal(actor('Former Norwegian Petroleum Minister Mara Quellin said no.', 'person:mara-quellin')?.role, 'ELI');
  assert.deepEqual(actor('Talks will be headed by Deputy U.S. Trade Representative Tom Breckner.', 'person:tom-breckner'), { id: 'person:tom-breckner', name: 'Tom Breckner', kind: 'person', country: 'USA', role: 'GOV' });
  assert.equal(actor('Irish senator Tom Breckner said no.', 'person:tom-breckner')?.country, 'IRL');
});

test('a person coded with stacked roles has one: a legislature’s leader LEG, a trade minister GOV', () => {
  const ctx = loadActorContext({ actors: [join(fixtures, 'namesakes.actors.txt')] });
  const r = recognizeText('Halvard Tenmark met Ivo Marchenko in Oslo.', '2012-05-01', ctx);
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => `${a.name} ${a.country} ${a.role}`), ['Halvard Tenmark NOR LEG', 'Ivo Marchenko UKR GOV']);
});

test('"the Republican Party" and "the Democratic Party" are the home country’s party, an organisation by name where no country is home', () => {
  const home = recognizeText('Ohio Republicans met in Columbus. The Republican Party said no, and the Democratic Party agreed.', '2016-05-01');
  assert.deepEqual(mentionPairs(home).filter((p) => p.includes('Party')), ['The Republican Party => USAPTY', 'the Democratic Party => USAPTY']);
  const none = recognizeText('Chile and Peru met. The Democratic Party agreed.', '2016-05-01');
  assert.deepEqual(mentionPairs(none).filter((p) => p.includes('Party')), ['The Democratic Party => org:democratic-party']);
});

test('a name made only of common words is no person unless it opens with a given name: "Waste Management", "Think Big", "Tokyo Stock Exchange"', () => {
  const text = 'The deal was announced by Waste Management on Monday. Think Big, the consulting group, agreed to it. Trading on the Tokyo Stock Exchange was light, and Hope Young, an analyst, said prices would hold.';
  const r = recognizeText(text, '1987-05-04');
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => a.id), ['person:hope-young']);
  assert.equal(r.actors.find((a) => a.id === 'org:tokyo-stock-exchange')?.country, 'JPN');
});

test('a capitalised portfolio is part of the title, and "former" before the country puts the person out of office', () => {
  const r = recognizeText('Former Norwegian Fisheries Minister Jan Olsen criticized Russia on Monday.', '2012-05-01');
  assert.ok(mentionPairs(r).includes('Norwegian Fisheries Minister Jan Olsen => person:jan-olsen'), mentionPairs(r).join('; '));
  assert.deepEqual(r.actors.find((a) => a.id === 'person:jan-olsen'), { id: 'person:jan-olsen', name: 'Jan Olsen', kind: 'person', country: 'NOR', role: 'ELI' });
  const now = recognizeText('Norwegian Fisheries Minister Jan Olsen criticized Russia on Monday.', '2012-05-01');
  assert.equal(now.actors.find((a) => a.id === 'person:jan-olsen')?.role, 'GOV');
});

test('a former office in an apposition makes an elite of the country, not an office holder', () => {
  const r = recognizeText('The former Norwegian fisheries minister, Jan Olsen, criticized Russia on Monday.', '2012-05-01');
  assert.deepEqual(r.actors.find((a) => a.id === 'person:jan-olsen'), { id: 'person:jan-olsen', name: 'Jan Olsen', kind: 'person', country: 'NOR', role: 'ELI' });
});

test('a lone surname is the person the article named in full, not the dictionaries’ namesake it never named', () => {
  const r = recognizeText('German Finance Minister Gerhard Stoltenberg met bankers. Stoltenberg said rates would fall.', '1987-06-01');
  assert.deepEqual(mentionPairs(r).filter((p) => p.includes('Stoltenberg')), [
    'German Finance Minister Gerhard Stoltenberg => person:gerhard-stoltenberg',
    'Stoltenberg => person:gerhard-stoltenberg',
  ]);
  // with no one else of that name in the article, the dictionaries' person stands (NATO's secretary-general in 2016)
  assert.deepEqual(mentionPairs(recognizeText('Stoltenberg said rates would fall.', '2016-06-01')), ['Stoltenberg => IGOWSTNAT']);
});

test('a body of one country right before the words of a post gives the person that country: "FBI agent X", "police press officer X"', () => {
  const r = recognizeText('FBI agent Bernard Tolbert said the man was guilty.', '1999-05-06');
  assert.deepEqual(r.actors.find((a) => a.id === 'person:bernard-tolbert'), { id: 'person:bernard-tolbert', name: 'Bernard Tolbert', kind: 'person', country: 'USA', role: 'COP' });
  // a person before the post lends nothing of the kind
  const aide = recognizeText('Chile and Peru closed the border. Lopez aide Marta Quellin said so.', '2016-05-06');
  assert.equal(aide.actors.find((a) => a.id === 'person:marta-quellin')?.role, undefined);
});

test('"X of the University of Massachusetts", "X of the Bank of England": a body of a country after "of the" gives its country', () => {
  const r = recognizeText('The study was commissioned from Nelson Gantz of the University of Massachusetts. John Smith of the Bank of England said rates rose.', '1987-03-20');
  assert.equal(r.actors.find((a) => a.id === 'person:nelson-gantz')?.country, 'USA');
  assert.equal(r.actors.find((a) => a.id === 'person:john-smith')?.country, 'GBR');
});

test('a team sheet, a line that opens with a state and a colon, gives each name on it the state', () => {
  const text = 'Australia beat England by five wickets on Sunday.\n\nAustralia: Tom Quellin (c), Matthew Tenmark, AB de Brandt and Harl Venby (12th man).\n\nCoach Jon Marsh said: Tom Quellin played well.';
  const r = recognizeText(text, '2005-12-15');
  for (const id of ['person:tom-quellin', 'person:matthew-tenmark', 'person:harl-venby']) assert.equal(r.actors.find((a) => a.id === id)?.country, 'AUS', id);
  // a colon inside a sentence is no team sheet
  assert.equal(r.actors.find((a) => a.id === 'person:jon-marsh')?.country, undefined);
});

test('"Mrs. Quellin" is the Quellin the article named whose given name is a woman\'s, not the last one named', () => {
  const r = recognizeText('Mara Quellin met Peter Quellin in Ottawa on Monday. Mrs. Quellin said the talks went well. Mr. Quellin agreed.', '2021-05-04');
  assert.deepEqual(mentionPairs(r), [
    'Mara Quellin => person:mara-quellin',
    'Peter Quellin => person:peter-quellin',
    'Mrs. Quellin => person:mara-quellin',
    'Mr. Quellin => person:peter-quellin',
  ]);
});

test('a title of the other gender than the title everyone of that surname had is someone else', () => {
  const r = recognizeText('Mr. Peter Quellin spoke in Ottawa on Monday. Mrs. Quellin said the talks went well.', '2021-05-04');
  assert.notEqual(r.mentions.find((m) => m.text === 'Mrs. Quellin')?.actor, 'person:peter-quellin');
});

test('"former" and a state before a title the dictionaries join to a name still title the person: ELI', () => {
  const r = recognizeText('Former U.S. Secretary of State John Kerry said on Monday that Iran had complied.', '2018-05-04');
  assert.deepEqual(codedPairs(r), ['Former U.S. Secretary of State John Kerry => USAELI', 'Iran => IRN']);
  const now = recognizeText('U.S. Secretary of State John Kerry said on Monday that Iran had complied.', '2014-05-04');
  assert.deepEqual(codedPairs(now), ['U.S. Secretary of State John Kerry => USAGOV', 'Iran => IRN']);
});

test('role, a place where it is held, comma, name: "Russia\'s top negotiator in Chechnya, Ivan Rybkin," is one person', () => {
  const r = recognizeText("Russia's top negotiator in Chechnya, Ivan Rybkin, said talks would resume. Rybkin met the rebels.", '1996-05-20');
  assert.deepEqual(codedPairs(r).filter((p) => p.includes('Rybkin') || p.startsWith('Chechnya')), ['Chechnya => RUS', 'Ivan Rybkin => RUSGOV', 'Rybkin => RUSGOV']);
});

test('a source quoted in a story filed from a country is of that country, unless a sentence naming them names another', () => {
  const r = recognizeText('TIRANA, Nov. 20 - Three men arrived in the capital on Monday. "They have arrived, that is all," Dorin Pelko told reporters. Mara Quellin won the final against Tom Breck.', '2006-11-20');
  const person = (id: string) => r.actors.find((a) => a.id === id);
  assert.equal(person('person:dorin-pelko')?.country, 'ALB');
  assert.equal(person('person:dorin-pelko')?.country_inferred, 'dateline');
  // (who does not speak takes none the text gives: athletes and visitors travel to the story)
  assert.equal(person('person:mara-quellin')?.country, undefined);
  const abroad = recognizeText('TIRANA, Nov. 20 - Three men arrived in the capital on Monday. "They came from Greece," Dorin Pelko told reporters.', '2006-11-20');
  assert.equal(abroad.actors.find((a) => a.id === 'person:dorin-pelko')?.country, undefined);
  // (no dateline, no default)
  const undated = recognizeText('Three men arrived in the capital on Monday. "They have arrived, that is all," Dorin Pelko told reporters.', '2006-11-20');
  assert.equal(undated.actors.find((a) => a.id === 'person:dorin-pelko')?.country, undefined);
});

test('a quoted source keeps the dateline\'s country when a sentence after the first they speak in merely mentions another', () => {
  const country = (text: string) => recognizeText(text, '2006-11-20').actors.find((a) => a.id === 'person:dorin-pelko')?.country_inferred;
  assert.equal(country('TIRANA, Nov. 20 - Three men arrived in the capital on Monday. Dorin Pelko said on Sunday that the ministry backs his plan. Pelko also told reporters he had bought a French machine.'), 'dateline');
  // (another country in a sentence naming them up to the first they speak in still leaves the country open)
  assert.notEqual(country('TIRANA, Nov. 20 - Three men arrived in the capital on Monday. Dorin Pelko arrived from Greece on Sunday. Pelko told reporters the ministry backs his plan.'), 'dateline');
  assert.notEqual(country('TIRANA, Nov. 20 - Three men arrived in the capital on Monday. Dorin Pelko told reporters he had bought a French machine. Pelko said the ministry backs his plan.'), 'dateline');
});

test('the passive subject of a verb of speech is no quoted source: "X, 24, was found in woods" takes no dateline country', () => {
  const found = recognizeText('TIRANA, Nov. 20 - Three men arrived in the capital on Monday. Dorin Pelko, 24, was found in woods near the town.', '2006-11-20');
  assert.equal(found.actors.find((a) => a.id === 'person:dorin-pelko')?.country, undefined);
  const told = recognizeText('TIRANA, Nov. 20 - Three men arrived in the capital on Monday. Dorin Pelko, 24, told reporters the men were in woods near the town.', '2006-11-20');
  assert.equal(told.actors.find((a) => a.id === 'person:dorin-pelko')?.country_inferred, 'dateline');
});

test('a post at a body of one state in apposition gives that state, and ELI when held before', () => {
  const now = recognizeText('Reporters quoted Dorin Pelko, a director at FEMA, as saying the aid was late.', '2020-03-05');
  assert.deepEqual(now.actors.find((a) => a.id === 'person:dorin-pelko'), { id: 'person:dorin-pelko', name: 'Dorin Pelko', kind: 'person', country: 'USA' });
  const before = recognizeText('Reporters quoted Dorin Pelko, formerly a director at FEMA, as saying the aid was late.', '2020-03-05');
  assert.equal(before.actors.find((a) => a.id === 'person:dorin-pelko')?.role, 'ELI');
});

test('a person the text gives no country is guessed to be of the article\'s home country, marked as a guess that no event reads', () => {
  const text = 'OSLO, May 3 - Norway raised its fuel tax on Monday. Norway\'s parliament approved the plan after a long debate in Norway. Mara Quellin, 24, criticized Sweden over the plan.';
  const a = analyze({ id: 'guess', text, published: '2021-05-03' }, bundledContext());
  assert.deepEqual(a.actors.find((x) => x.id === 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person', country: 'NOR', country_inferred: 'article' });
  assert.deepEqual(a.events.filter((e) => e.source.actor === 'person:mara-quellin' || e.target?.actor === 'person:mara-quellin'), []);
  assert.ok(a.stances.filter((s) => s.actor === 'person:mara-quellin').every((s) => s.country === undefined));
  // (a dateline abroad, a visitor's story: no guess)
  const abroad = guessedText('STOCKHOLM, May 3 - Norway raised its fuel tax on Monday. Norway\'s parliament approved the plan after a long debate in Norway. Mara Quellin, 24, lives near the town.', '2021-05-03');
  assert.equal(abroad.actors.find((x) => x.id === 'person:mara-quellin')?.country, undefined);
  // (a story of two countries has no home country)
  const two = guessedText('Norway and Sweden opened talks on Monday. Mara Quellin, 24, criticized the plan.', '2021-05-03');
  assert.equal(two.actors.find((x) => x.id === 'person:mara-quellin')?.country, undefined);
  // (a country the text states is no guess)
  const stated = guessedText('Norway raised its fuel tax on Monday. Norway\'s parliament approved it. The Swedish novelist Mara Quellin criticized the plan.', '2021-05-03');
  assert.deepEqual(stated.actors.find((x) => x.id === 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person', country: 'SWE' });
});

test('stated nationality read in more shapes: a hyphenated description, a birthplace before the country, a state\'s possessive in apposition', () => {
  const country = (text: string) => recognizeText(text, '2006-12-17').actors.find((a) => a.id === 'person:mara-quellin')?.country;
  assert.equal(country('Australian leg-spinner Mara Quellin took five wickets on Saturday.'), 'AUS');
  assert.equal(country('Owned by Mara Quellin, the Australian-born US media magnate, the paper grew.'), 'USA');
  assert.equal(country('"We played well," Mara Quellin, Portugal\'s manager, told media after the game.'), 'PRT');
  assert.equal(country('"We played well," Mara Quellin, Portugal\'s manager told media after the game.'), 'PRT');
  // (a birthplace alone is no country; nor a state's possessive before a name of a thing)
  assert.equal(country('Owned by Mara Quellin, the Australian-born media magnate, the paper grew.'), undefined);
  assert.equal(country('Mara Quellin, Portugal\'s Fernando Pessoa, wrote again.'), undefined);
});

test('a current title before a dictionary person out of office gives the role, also when a seat of government qualifies it: "Kremlin spokesman X"', () => {
  // (the dictionaries date Dmitry Peskov's office from 2008; a 2006 story that calls him the Kremlin's spokesman is read by its words)
  assert.deepEqual(codedPairs(recognizeText('Kremlin spokesman Dmitry Peskov said on Monday that talks would resume.', '2006-03-06')), ['Kremlin spokesman Dmitry Peskov => RUSGOV']);
});

test('a representative posted in a capital speaks for whoever sends him, also with no comma after his name', () => {
  const r = recognizeText("SKOPJE, Dec. 17 - The EU's representative in Skopje, Erwan Fouere invited Macedonian officials to a cafe.", '2005-12-17');
  const pairs = codedPairs(r);
  assert.ok(pairs.includes('Erwan Fouere => IGOEUREEC'), pairs.join('; '));
  const r2 = recognizeText("The UN representative in Baghdad, Staffan de Mistura, met Iraqi leaders.", '2008-03-01');
  assert.ok(codedPairs(r2).includes('Staffan de Mistura => IGOUNO'), codedPairs(r2).join('; '));
});

test('a capitalised "Representative" before a name stays the title of a legislator', () => {
  const r = recognizeText('WASHINGTON, May 2 - Representative Eliot Engel criticized Russia.', '2019-05-02');
  assert.ok(codedPairs(r).some((p) => p.startsWith('Representative Eliot Engel') && p.endsWith('LEG')), codedPairs(r).join('; '));
});

test('counterparts named after a list of demonyms, "respectively", take each demonym\'s country in order', () => {
  const r = recognizeText('The Peruvian foreign minister Ana Quispe and her Chilean and Bolivian counterparts, Mara Quellin and Tomas Vargo, respectively, met in Lima on Monday.', '2021-05-04');
  assert.equal(r.actors.find((a) => a.id === 'person:mara-quellin')?.country, 'CHL');
  assert.equal(r.actors.find((a) => a.id === 'person:tomas-vargo')?.country, 'BOL');
});

test('a title of the Church or of Congress written without its point opens no name: Cardinal Roger Quellin, Sen Bob Brisk', () => {
  const r = recognizeText('"We pray for healing," said Cardinal Roger Quellin, head of the archdiocese. The plan was backed by Sen Bob Brisk (R-Ore) and Rep John Tenmark (R-Tenn).', '1987-03-04');
  assert.equal(idOf(r, 'Cardinal Roger Quellin'), 'person:roger-quellin');
  assert.equal(idOf(r, 'Sen Bob Brisk'), 'person:bob-brisk');
  assert.equal(idOf(r, 'Rep John Tenmark'), 'person:john-tenmark');
});

test('"Democratic" before a plural role is the party\'s people, as "Republican" is: "some Democratic officials"', () => {
  const r = recognizeText('The United States Congress met on Monday. Privately, some Democratic officials think the bill will fail.', '2016-05-01');
  assert.ok(mentionPairs(r).includes('Democratic officials => USAPTY'), mentionPairs(r).join('; '));
});

test('"the Republican Party" and "the Republican primary" are no Republican candidate named before', () => {
  const r = recognizeText('The United States Congress met on Monday. Republican presidential candidate Tom Pellick spoke in Ohio. The Republican Party met on Tuesday. The Republican primary was close.', '2016-05-01');
  const pairs = mentionPairs(r);
  assert.ok(pairs.includes('The Republican Party => USAPTY'), pairs.join('; '));
  assert.ok(!pairs.some((p) => p.startsWith('The Republican =>')), pairs.join('; '));
});
