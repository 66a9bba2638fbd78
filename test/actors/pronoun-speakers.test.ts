// Pronoun speakers (issue 15): which person a he/she that speaks stands for. Hand-written text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionPairs, recognizeText } from './helpers.ts';

const pronouns = (text: string) => mentionPairs(recognizeText(text, '2016-01-10')).filter((p) => /^(he|she|He|She) /.test(p));

test('two apostrophes are a quotation mark: after \'\'...,\'\' a pronoun is nobody named inside it', () => {
  assert.deepEqual(pronouns("Halvard Tenmark was blunt on Monday, claiming that Jon Marsh wanted more refugees. ''You would have to be insane,'' he said."), [
    'he => person:halvard-tenmark',
  ]);
  assert.deepEqual(pronouns("Anna Berg met the bankers on Monday. ''We will never trust Maria Poehl on this,'' she said."), ['she => person:anna-berg']);
});

test('newswire ``...\'\' and angle «...» marks open a quotation too: the pronoun after it is nobody named inside it', () => {
  assert.deepEqual(pronouns("Anna Berg met the bankers on Monday. ``We will never trust Maria Poehl on this,'' she said."), ['she => person:anna-berg']);
  assert.deepEqual(pronouns('Anna Berg met the bankers on Monday. «We will never trust Maria Poehl on this,» she said.'), ['she => person:anna-berg']);
});

test('a title gives its gender to every mention of the person, also to those before it', () => {
  // (neither given name says a gender: without the title, the nearer Zorvik would be "she")
  assert.deepEqual(pronouns('Adaeze Okonkwo held up a sign when supporters of Ilker Zorvik pushed her away, she said. Ms. Okonkwo left. Mr. Zorvik stayed.'), [
    'she => person:adaeze-okonkwo',
  ]);
});

test('a pronoun that speaks continues the speaker of the sentence before, wherever it stands in its own', () => {
  assert.deepEqual(pronouns('Halvard Tenmark, an ally of Jon Marsh, said Marsh strategists plan to win outright. Victory is vital, he said on Monday.'), [
    'he => person:halvard-tenmark',
  ]);
  assert.deepEqual(pronouns('Halvard Tenmark, an adviser to Jon Marsh, said the tax was great. But “it is a waste of capital,” he added.'), ['he => person:halvard-tenmark']);
});

test('a mention’s own given name says its gender, though a namesake leaves a lone surname open', () => {
  // ("Clinton" alone may be either namesake, so the person says no gender: the full names still do)
  assert.deepEqual(
    pronouns('Bill Clinton met Hillary Clinton on Monday. Plans from Hillary Clinton to raise taxes are tinkering, he said.'),
    ['he => person:bill-clinton'],
  );
});

test('a given name both genders bear says none: "Lindsey" leaves a "he" free to stand for its bearer', () => {
  // (Lindsey was read as a woman's name only, so "he" went to the other man named)
  assert.deepEqual(pronouns('Senator Lindsey Okafor said on Monday that the plan of Ivo Marsh was reckless. "We will lose," he said.'), ['he => person:lindsey-okafor']);
});

// (the quotes stage gives a he/she speaker the actor this stage resolves it to: these were the
// quotes stage's own resolver's cases, now asked of the one reading)
test('a speaker pronoun is nobody named only inside a quotation or a reported clause', () => {
  assert.deepEqual(pronouns('Mayor Tom Briggs spoke after the vote. “If Paul Ortiz wins, the port closes,” he said.'), ['he => person:tom-briggs']);
  assert.deepEqual(pronouns('Ms. Dana Cole says Paul Ortiz is hiding the figures. She says the audit must go ahead.'), ['She => person:dana-cole']);
  assert.deepEqual(pronouns('Mrs. Ada Lind met Mr. Karl Vos in Oslo on Monday. She said the treaty would be signed within a month.'), ['She => person:ada-lind']);
  assert.deepEqual(pronouns('“Paul Ortiz will lose,” he said.'), []);
});

test('a speaking pronoun is nobody its own reported words name, but for their subject', () => {
  assert.deepEqual(pronouns('Adaeze Okonkwo met voters on Monday. The problem with the plan of Ilker Zorvik, she said, is the cost.'), ['she => person:adaeze-okonkwo']);
  assert.deepEqual(pronouns('Adaeze Okonkwo met voters on Monday. If voters elect Ilker Zorvik, she said, the port closes.'), ['she => person:adaeze-okonkwo']);
  assert.deepEqual(pronouns('Adaeze Okonkwo met voters on Monday. The reaction shocked the friends of Ilker Zorvik, she said.'), ['she => person:adaeze-okonkwo']);
  // (the subject of the reported words may be the one who reports them)
  assert.deepEqual(pronouns('Adaeze Okonkwo met Ilker Zorvik on Monday. Ilker Zorvik was shocked by the reaction, she said.'), ['she => person:ilker-zorvik']);
});

test('a role phrase of a body or of a people is no one "he" or "she" stands for; a role of one person is', () => {
  const resolved = (text: string) => mentionPairs(recognizeText(text, '2016-01-10')).filter((p) => /^(he|she|He|She) /.test(p));
  assert.deepEqual(resolved('The Iraqi government met on Monday. The government then voted. He said the vote was close.'), []);
  assert.deepEqual(resolved('The American population is aging. The population grew slowly, he said.'), []);
  assert.deepEqual(resolved('The French president met on Monday. The president then voted. He said the vote was close.'), ['He => FRAGOV']);
  assert.deepEqual(resolved('The Russian businessman met on Monday. The businessman then voted. He said the vote was close.'), ['He => RUSBUS']);
});

test('the subject of a main clause after an opening phrase continues the subject before, as an opening pronoun does', () => {
  assert.deepEqual(pronouns('In Salem, Halvard Tenmark accused Jon Marsh, the senator from Texas, of being weak. Then he turned to the mayor.'), [
    'he => person:halvard-tenmark',
  ]);
  assert.deepEqual(pronouns('Halvard Tenmark met Jon Marsh in Oslo on Monday. In a statement, he said the talks had failed.'), ['he => person:halvard-tenmark']);
});

test('the subject of a main clause continues the subject of an adverbial clause opening its sentence', () => {
  assert.deepEqual(pronouns('Halvard Tenmark met voters on Monday. While Jon Marsh praised the appeal of Tenmark, he warned that the plan was weak.'), [
    'he => person:jon-marsh',
  ]);
});
