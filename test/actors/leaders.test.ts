// Office holders of data/actors/leaders.actors.txt: a person's code follows the article's date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedPairs, recognizeText } from './helpers.ts';

test("López Obrador is Mexico's government while president (2018-2024), the opposition before, with or without accents", () => {
  const text = 'Andrés Manuel López Obrador spoke to reporters. Lopez Obrador left.';
  assert.deepEqual(codedPairs(recognizeText(text, '2020-07-08')), ['Andrés Manuel López Obrador => MEXGOV', 'Lopez Obrador => MEXGOV']);
  assert.deepEqual(codedPairs(recognizeText(text, '2010-03-01')), ['Andrés Manuel López Obrador => MEXOPP', 'Lopez Obrador => MEXOPP']);
  assert.deepEqual(codedPairs(recognizeText(text, '2025-03-01')), ['Andrés Manuel López Obrador => MEXELI', 'Lopez Obrador => MEXELI']);
});

test('his predecessor and successor hold the office for their own terms', () => {
  const text = 'Enrique Peña Nieto spoke. Claudia Sheinbaum spoke.';
  assert.deepEqual(codedPairs(recognizeText(text, '2015-05-01')), ['Enrique Peña Nieto => MEXGOV', 'Claudia Sheinbaum => MEXELI']);
  assert.deepEqual(codedPairs(recognizeText(text, '2025-05-01')), ['Enrique Peña Nieto => MEXELI', 'Claudia Sheinbaum => MEXGOV']);
});

test('politicians of the 2016 US campaign are American legislators or governors in office, elites out of it', () => {
  const text = 'Bernie Sanders met Jeb Bush and John Kasich.';
  assert.deepEqual(codedPairs(recognizeText(text, '2016-03-01')), ['Bernie Sanders => USALEG', 'Jeb Bush => USAELI', 'John Kasich => USAGOV']);
  assert.deepEqual(codedPairs(recognizeText(text, '2003-03-01')), ['Bernie Sanders => USALEG', 'Jeb Bush => USAGOV', 'John Kasich => USAELI']);
});

test('"Kerry" alone is John Kerry with the office he held on the article\'s date', () => {
  const text = 'Kerry said the talks went well.';
  const of = (date: string) => recognizeText(text, date).actors.find((a) => a.id === 'person:john-kerry');
  assert.deepEqual([of('2015-06-01')?.country, of('2015-06-01')?.role], ['USA', 'GOV']);
  assert.equal(of('1987-06-01')?.role, 'LEG');
});
