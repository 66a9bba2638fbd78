// Evidential cues (data/quotes/cues.txt [evidential]): "seems", "appears",
// "is expected to": the whole clause is reported, with no speaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './helpers.ts';

test('"appears to": the clause with its subject, speaker null', () => {
  const quotes = quotesOf('Indeed, a broader swath of Republican voters appears to be moving behind the governor.');
  assert.deepEqual(quotes.map((q) => [q.kind, q.text, q.speaker, q.cue?.text]), [
    ['indirect', 'a broader swath of Republican voters appears to be moving behind the governor', null, 'appears'],
  ]);
});

test('a subject with a prepositional phrase is kept whole', () => {
  const quotes = quotesOf('In recent days, the politician with the outsized personality seemed to be shrinking in stature.');
  assert.equal(quotes[0]?.text, 'the politician with the outsized personality seemed to be shrinking in stature');
});

test('"is expected to" counts only as a passive; "they expected" stays a cognition cue with a speaker', () => {
  const passive = quotesOf('The central bank is expected to hold interest rates steady this week.');
  assert.deepEqual(passive.map((q) => [q.text, q.speaker, q.cue?.text]), [
    ['The central bank is expected to hold interest rates steady this week', null, 'is expected'],
  ]);
  const active = quotesOf('Analysts expected the central bank to hold interest rates steady.');
  assert.equal(active.length, 1);
  assert.equal(active[0]!.speaker?.name, 'Analysts');
});

test('expletive "it appears": the content is the that-clause', () => {
  const quotes = quotesOf('It appears, though, that the ceasefire is holding in the north.');
  assert.equal(quotes[0]?.text, 'that the ceasefire is holding in the north');
  assert.equal(quotes[0]?.speaker, null);
});

test('"appeared" as a verb of showing up is not evidential', () => {
  assert.deepEqual(quotesOf('The foreign minister appeared on state television on Sunday.'), []);
  assert.deepEqual(quotesOf('Protesters appeared outside the embassy.'), []);
});

test('a clause already reported by a speech cue is not reported twice', () => {
  const quotes = quotesOf('The governor said the race appears closer in Ohio than in Florida.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue?.text, 'said');
});

test('the subject of an evidential is its whole subject on the tree, not the last noun before it', () => {
  const quotes = quotesOf('Among voters, the bond between America and Britain appears to be alive and well.');
  assert.equal(quotes[0]?.text, 'the bond between America and Britain appears to be alive and well');
  const adjunct = quotesOf('The senator has at times seemed eager to leave the race.');
  assert.equal(adjunct[0]?.text, 'The senator has at times seemed eager to leave the race');
});

test('an evidential clause inside another clause ends with its own subtree', () => {
  const quotes = quotesOf('If she seemed to embody contradictions, they also reflected a changing society.');
  assert.equal(quotes[0]?.text, 'she seemed to embody contradictions');
});

test('"seemed to" + a cue of saying is the subject\'s own quotation, not the writer\'s evidential', () => {
  const text = 'In the same interview, however, Mr. Varga appeared to suggest that the talks with the union had failed.';
  const quotes = quotesOf(text);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker && text.slice(q.speaker.start, q.speaker.end)]), [
    ['that the talks with the union had failed', 'Mr. Varga'],
  ]);
});
