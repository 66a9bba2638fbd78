// A name and a colon opening a paragraph (headlines.ts): a speaker with what
// they said, unless the name is a section label, an interview turn or the
// content is a list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './helpers.ts';

test('a name and a colon opening a paragraph attribute the rest of it', () => {
  const quotes = quotesOf('Paul Ryan: FBI decision not to indict Clinton defies explanation.\n\nThe speaker spoke on Tuesday.');
  assert.equal(quotes[0]?.text, 'FBI decision not to indict Clinton defies explanation');
  assert.equal(quotes[0]?.speaker?.name, 'Paul Ryan');
});

test('section labels, interview turns and lists of names are not speakers with their words', () => {
  assert.deepEqual(quotesOf('The Latest: Cruz to give away an engraved shotgun.\n\nThe race goes on.'), []);
  assert.deepEqual(quotesOf('CORRECTION: An earlier version of this article misstated the date of the vote.'), []);
  assert.deepEqual(quotesOf('Q: Have you talked to her?\n\nA: It has been about a month.'), []);
  assert.deepEqual(quotesOf('Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink.'), []);
});

test('a headline in title case, whose verbs are capitalised too, attributes the rest of it', () => {
  const quotes = quotesOf('Milbank: Republicans ‘Waving The Flag Of Surrender’ To Trump.\n\nThat soft flapping sound you hear is the party.');
  assert.equal(quotes[0]?.text, 'Republicans ‘Waving The Flag Of Surrender’ To Trump');
  assert.equal(quotes[0]?.speaker?.name, 'Milbank');
  const ryan = quotesOf('Paul Ryan: FBI Decision Not to Indict Hillary Defies Explanation, Needs More Investigation.\n\nThe speaker spoke on Tuesday.');
  assert.equal(ryan[0]?.speaker?.name, 'Paul Ryan');
});

test('a title-case list of names or a news label before the colon is not a headline quotation', () => {
  assert.deepEqual(quotesOf('Nevada: Adam Khan, Andres Ramirez, Andrew Diss, Barbara Buckley.\n\nThe list goes on.'), []);
  assert.deepEqual(quotesOf('Just Leaked: Look At Hillary’s Shocking Response To Learning Soldiers Died.\n\nThe story goes on.'), []);
});
