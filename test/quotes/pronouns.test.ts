import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './helpers.ts';

// The actor stage is replaced by hand-built mentions. Whom a "he" or "she" stands for is the actors
// stage's reading (test/actors/pronoun-speakers.test.ts); the quotes stage takes it as it is.

test('a "he" speaker takes the actor the actors stage resolved the pronoun to, named by that actor', () => {
  const text = 'Mayor Tom Briggs spoke after the vote. “If Paul Ortiz wins, the port closes,” he said.';
  const [q] = quotesOf(text, [
    { name: 'Tom Briggs', id: 'person:briggs' },
    { name: 'Paul Ortiz', id: 'person:ortiz' },
    { name: 'he', id: 'person:briggs' },
  ]);
  assert.equal(q?.speaker?.actor, 'person:briggs');
  assert.equal(q?.speaker?.name, 'Tom Briggs');
});

test('a "he" speaker the actors stage left unresolved keeps its own word and no actor', () => {
  const text = '“Paul Ortiz will lose,” he said.';
  const [q] = quotesOf(text, [{ name: 'Paul Ortiz', id: 'person:ortiz' }]);
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
