import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './helpers.ts';

// The actor stage is replaced by hand-built mentions; "he"/"she" are given the wrong antecedent
// on purpose, as a coreference pass that ignores quotation marks would.

test('a "he" speaker is never someone named only inside the quotation', () => {
  const text = 'Mayor Tom Briggs spoke after the vote. “If Paul Ortiz wins, the port closes,” he said.';
  const [q] = quotesOf(text, [
    { name: 'Tom Briggs', id: 'person:briggs' },
    { name: 'Paul Ortiz', id: 'person:ortiz' },
    { name: 'he', id: 'person:ortiz' },
  ]);
  assert.equal(q?.speaker?.actor, 'person:briggs');
  assert.equal(q?.speaker?.name, 'Tom Briggs');
});

test('a name inside a reported clause is spoken about, not the next speaker', () => {
  const text = 'Ms. Dana Cole says Paul Ortiz is hiding the figures. She says the audit must go ahead.';
  const quotes = quotesOf(text, [
    { name: 'Dana Cole', id: 'person:cole' },
    { name: 'Paul Ortiz', id: 'person:ortiz' },
    { name: 'She', id: 'person:ortiz' },
  ]);
  const second = quotes.find((q) => q.text.startsWith('the audit'));
  assert.equal(second?.speaker?.actor, 'person:cole');
});

test('"she" skips a nearer man known by his honorific', () => {
  const text = 'Mrs. Ada Lind met Mr. Karl Vos in Oslo on Monday. She said the treaty would be signed within a month.';
  const [q] = quotesOf(text, [
    { name: 'Ada Lind', id: 'person:lind' },
    { name: 'Karl Vos', id: 'person:vos' },
    { name: 'She', id: 'person:vos' },
  ]);
  assert.equal(q?.speaker?.actor, 'person:lind');
});

test('with no person named outside quotations, an antecedent named only inside one is dropped', () => {
  const text = '“Paul Ortiz will lose,” he said.';
  const [q] = quotesOf(text, [
    { name: 'Paul Ortiz', id: 'person:ortiz' },
    { name: 'he', id: 'person:ortiz' },
  ]);
  assert.equal(q?.speaker?.actor, undefined);
  assert.equal(q?.speaker?.name, 'he');
});

test('"they" resolved to a group is named by the words the text used for it, not by the group\'s category', () => {
  const text = 'Dairy farmers in the valley met in a church hall on Tuesday. They said the new milk price would ruin them.';
  const [q] = quotesOf(text, [
    { name: 'Dairy farmers', id: 'XYZCVL', kind: 'group', actorName: 'Xyzland civilians' },
    { name: 'They', id: 'XYZCVL', kind: 'group' },
  ]);
  assert.equal(q?.text, 'the new milk price would ruin them');
  assert.equal(q?.speaker?.actor, 'XYZCVL');
  assert.equal(q?.speaker?.name, 'Dairy farmers');
});
