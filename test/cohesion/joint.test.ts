// Joint action end to end: a hand-written, dated article in which two states act together
// against a third, through every stage. The events stage gives each co-subject its own event on
// the shared cue (not an event between them), and cohesion reads that as a joint act of the two,
// listed by --explain with its article, span and cue; for each of them with the third state it
// is an event.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cli, storeOf } from './helpers.ts';

const text = 'PARIS (AP) — France and Germany condemned the attack on Syria on Tuesday.';

let dbFile: string;
let remove: () => void;

before(async () => {
  ({ dbFile, remove } = await storeOf('joint', [{ id: 'joint-1', published: '2020-03-03', text }]));
});

after(() => remove());

test('two states condemning a third together are one joint act of theirs, cited with its cue, and an event of each with the third', async () => {
  const ex = JSON.parse(await cli('cohesion', 'FRA', 'DEU', '--explain', 'all', '--format', 'json', '--db', dbFile));
  assert.equal(ex.events.length, 0, 'co-subjects are not acting on each other');
  assert.equal(ex.joint.length, 1);
  const [act] = ex.joint;
  assert.equal(act.article.id, 'joint-1');
  assert.equal(act.kind, 'conflict');
  assert.match(act.cue.text, /^condemned/);
  assert.equal(text.slice(act.cue.start, act.cue.end), act.cue.text);
  assert.match(act.text, /France and Germany condemned/);
  assert.deepEqual([act.a[0].actor.slice(0, 3), act.b[0].actor.slice(0, 3), act.a[0].target.actor.slice(0, 3)], ['FRA', 'DEU', 'SYR']);
  assert.equal(ex.window.count, 1);
  const withSyria = JSON.parse(await cli('cohesion', 'FRA', 'SYR', '--by', 'all', '--format', 'json', '--db', dbFile));
  assert.deepEqual([withSyria.windows[0].events.n, withSyria.windows[0].joint.n], [1, 0]);
});
