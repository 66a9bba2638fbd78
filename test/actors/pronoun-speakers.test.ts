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
