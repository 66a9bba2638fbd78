// Definite descriptions: "the commission", "the former governor", "Congress", "the Senate".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idOf, mentionPairs, recognizeText } from './helpers.ts';

test('an organisation named in full, then by its description: the commission, the company', () => {
  const r = recognizeText('The Tarnet Election Commission fined Borlo Holdings Inc on Monday. The commission said the fine was fair. The company said it would appeal.', '2016-05-01');
  assert.equal(idOf(r, 'The Tarnet Election Commission'), 'org:tarnet-election-commission');
  assert.equal(idOf(r, 'The commission'), 'org:tarnet-election-commission');
  assert.equal(idOf(r, 'The company'), 'org:borlo-holdings-inc');
});

test('a description names no organisation the article does not name', () => {
  const r = recognizeText('Halvard Tenmark spoke on Monday. The commission said the fine was fair.', '2016-05-01');
  assert.equal(idOf(r, 'The commission'), undefined);
});

test('of two organisations with the word, the description is the one named most', () => {
  const r = recognizeText('Voters chose the Borlo Party over the Quellin Party. Polls showed the Borlo Party ahead. Later the Borlo Party met the Quellin Party. Then the party said it was pleased.', '2016-05-01');
  assert.equal(idOf(r, 'the party'), 'org:borlo-party');
});

test('a person named, then described as the subject of a clause: the former three-term governor', () => {
  const r = recognizeText('DES MOINES, Iowa (AP) - Gov. Rick Quellin of Texas spoke in Des Moines on Monday. The former three-term governor dismissed the argument.', '2016-05-01');
  const mention = r.mentions.find((m) => m.text === 'The former three-term governor');
  assert.equal(mention?.actor, 'person:rick-quellin');
  assert.equal(mention?.refers_to?.name, 'Gov. Rick Quellin');
});

test('a description is not the subject of the clause above it: the candidate is not the spokeswoman', () => {
  const r = recognizeText('Spokeswoman Haley Brisk says the candidate has always run a lean campaign.', '2016-05-01');
  assert.equal(idOf(r, 'the candidate'), undefined);
});

test('"the next president", "the women": someone not yet named, or several, are no one', () => {
  const r = recognizeText('Halvard Tenmark spoke on Monday. He said the next president must act. Later the women left the park.', '2016-05-01');
  assert.equal(idOf(r, 'the next president'), undefined);
  assert.equal(idOf(r, 'the women'), undefined);
});

test('a body of state with no country stated: the one country of its sentence, else the home country', () => {
  const story = 'DES MOINES, Iowa (AP) - Voters in Iowa met on Monday. In 1988, Congress voted to compensate the victims. The Senate agreed.';
  const r = recognizeText(story, '2016-05-01');
  assert.equal(idOf(r, 'Congress'), 'USALEG');
  assert.equal(idOf(r, 'The Senate'), 'USALEG');
  const abroad = recognizeText('NICOSIA (AFP) - Iraq says it is close to a deal. Iraq wants more. Rashid held talks with officials in Italy, where the Senate voted last week.', '1997-04-28');
  assert.equal(idOf(abroad, 'the Senate'), 'ITALEG');
});

test('an unknown acronym after "the" or as a subject is an organisation; capitals that name no body are not', () => {
  const r = recognizeText('The QRFA said no on Monday. The GDP grew. Voters said the QRFA candidate lost.', '2016-05-01');
  assert.equal(idOf(r, 'The QRFA'), 'org:qrfa');
  assert.equal(idOf(r, 'The GDP'), undefined);
  assert.equal(idOf(r, 'GDP'), undefined);
  assert.equal(r.mentions.filter((m) => m.actor === 'org:qrfa').length, 1);
});

test('a transcript speaker label in capitals is a person, the one the article named in full', () => {
  const r = recognizeText('On Monday Chris Quellin asked the first question.\n\nQUELLIN: Governor, stop.\n\nTENMARK: I will not.', '2016-05-01');
  assert.equal(idOf(r, 'QUELLIN'), 'person:chris-quellin');
  assert.equal(idOf(r, 'TENMARK'), 'person:tenmark');
});

test('a name that modifies a common noun, or follows "of" after a person, is no person', () => {
  const r = recognizeText('The ship left El Vaan natural harbor on Monday. Officials praised Cheng Chung-tai of Civic Passion.', '2016-05-01');
  assert.equal(idOf(r, 'El Vaan'), undefined);
  assert.equal(idOf(r, 'Civic Passion'), undefined);
  assert.equal(idOf(r, 'Cheng Chung-tai'), 'person:cheng-chung-tai');
});

test('"the campaign", "the poll" stand for who the article named as running or issuing one; a campaign speaks for its candidate', () => {
  const r = recognizeText('Mara Quellin spoke in Ohio. The Quellin campaign ran a new ad on Monday. The campaign said fundraising surged. A poll by the Tarnet Policy Institute found her ahead. The poll said so. The campaign chief, Tom Breck, left.', '2016-05-01');
  const campaign = r.mentions.find((m) => m.text === 'The campaign');
  assert.equal(campaign?.actor, 'person:mara-quellin');
  assert.equal(campaign?.refers_to?.name.includes('Quellin'), true);
  assert.equal(idOf(r, 'The poll'), 'org:tarnet-policy-institute');
  // a noun after it makes another person ("the campaign chief"), who is named
  assert.equal(idOf(r, 'Tom Breck'), 'person:tom-breck');
  assert.ok(!r.mentions.some((m) => m.text.startsWith('The campaign chief')));
});

test('"the campaign of X" names its own runner; a state runs no campaign', () => {
  const r = recognizeText('Mara Quellin spoke. The Quellin campaign met. The campaign of Tom Breck did not reply. The Norway campaign ended, and the campaign said so.', '2016-05-01');
  assert.ok(!r.mentions.some((m) => m.text === 'The campaign'), r.mentions.map((m) => m.text).join('; '));
  assert.equal(idOf(r, 'the campaign'), 'person:mara-quellin');
});

test('"the governor" is the governor the text came back to last, not the first person of the sentence before', () => {
  const r = recognizeText('Gov. Rick Quellin met Senator Tom Brisk on Monday. Later, Gov. Ann Tenmark arrived. Reporters asked Brisk about it. The governor said she would wait.', '2016-05-01');
  assert.equal(idOf(r, 'The governor'), 'person:ann-tenmark');
  assert.equal(idOf(r, 'she'), 'person:ann-tenmark');
  // (the one named with the role most lately, though introduced first)
  const back = recognizeText('Sen. Chris Quellin spoke on Monday. He met Sen. Kirsten Brisk last year. Quellin said the bill would pass. The senator paused.', '2016-05-01');
  assert.equal(idOf(back, 'The senator'), 'person:chris-quellin');
});

test('"a judge ... the judge": a role brought in unnamed is no one named before it', () => {
  const r = recognizeText('A judge in Ohio issued a ruling that should make candidate Halvard Tenmark smile. The judge ruled that the law was void.', '2016-05-01');
  assert.equal(idOf(r, 'The judge'), undefined);
  const named = recognizeText('A judge in Ohio issued a ruling on Monday. Judge Ann Quellin said the law was void. The judge ruled quickly.', '2016-05-01');
  assert.equal(idOf(named, 'The judge'), 'person:ann-quellin');
});

test('"the agency" after a state body named by no such word ("the FBI") is that body; not after a seat', () => {
  const r = recognizeText('The FBI released new crime figures on Monday. The agency lists the town as safe.', '2016-05-10');
  assert.ok(mentionPairs(r).includes('The agency => USACOP'), mentionPairs(r).join('; '));
  const seat = recognizeText('Washington was quiet on Monday. The agency said nothing.', '2016-05-10');
  assert.ok(!mentionPairs(seat).some((p) => p.startsWith('The agency')), mentionPairs(seat).join('; '));
});

test('"the company" after a firm named with no company word is that firm; not after a foundation', () => {
  const r = recognizeText('Dravelco said it would close the plant. The company said it had no choice.', '2016-05-10');
  assert.ok(mentionPairs(r).includes('The company => org:dravelco'), mentionPairs(r).join('; '));
  const foundation = recognizeText('The Pellick Foundation issued a study on Monday. The company said nothing.', '2016-05-10');
  assert.ok(!mentionPairs(foundation).some((p) => p.startsWith('The company')), mentionPairs(foundation).join('; '));
});
