import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './helpers.ts';

test('an object or an infinitive reported inside another quotation is part of it, not a quotation of its own', () => {
  const text = 'The aides said Governor Lund had agreed to meet the striking miners next week.';
  const quotes = quotesOf(text);
  assert.deepEqual(quotes.map((q) => q.cue?.text), ['said'], JSON.stringify(quotes.map((q) => q.text)));
});

test('a clause of saying or thinking nested inside another quotation is reported too, with its own speaker', () => {
  const text = 'The aides said Governor Lund believes the strike will end before winter.';
  const quotes = quotesOf(text);
  const believes = quotes.find((q) => q.cue?.text === 'believes');
  assert.equal(believes?.text, 'the strike will end before winter');
  assert.ok(quotes.some((q) => q.cue?.text === 'said'));
});

test('a clause the outer speaker reports of their own thinking is part of their quotation, not a second one', () => {
  const text = 'Mayor Ruth Okafor said on Monday that she believes the new bridge will open in May.';
  const quotes = quotesOf(text, [{ name: 'Ruth Okafor', id: 'person:okafor' }]);
  assert.deepEqual(quotes.map((q) => [q.text, q.cue?.text, q.speaker?.actor]), [
    ['that she believes the new bridge will open in May', 'said', 'person:okafor'],
  ]);
});

test('a personal pronoun speaking inside another quotation stands for its speaker', () => {
  for (const text of [
    'Most of the farmers said they believe the new dam will ruin the valley.',
    'GARCIA: Well, I think the whole town needs to pull together after the flood.',
  ]) {
    const quotes = quotesOf(text);
    assert.equal(quotes.length, 1, `${text}: ${JSON.stringify(quotes.map((q) => q.text))}`);
  }
});
