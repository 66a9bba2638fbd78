// Loading a Context (src/context.ts): the bundled dictionaries are built once per process and
// shared by contexts that add no file to them; the user's files are read for each context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.ts';
import { loadContext } from '../src/context.ts';
import { bundledContext } from './context.ts';

const fictionalActors = 'test/fixtures/events/fictional.actors.txt';
const userVerbs = 'test/fixtures/events/user.verbs.txt';

test('a context with event settings only shares the bundled dictionaries and keeps its own settings', () => {
  const bundled = bundledContext();
  const paired = loadContext({ pairedCodes: true });
  assert.equal(paired.actors, bundled.actors);
  assert.equal(paired.events.rules, bundled.events.rules);
  assert.equal(paired.events.options.pairedCodes, true);
  assert.equal(bundled.events.options.pairedCodes, undefined);
});

test("a context with the user's actors reads them and shares the bundled event rules; one with the user's verbs has rules of its own", () => {
  const bundled = bundledContext();
  const actors = loadContext({ actors: [fictionalActors] });
  assert.notEqual(actors.actors, bundled.actors);
  assert.equal(actors.events.rules, bundled.events.rules);
  const mentioned = analyze({ id: 't', text: 'Osgiliath welcomed envoys from Mordor.' }, actors).mentions.map((m) => m.actor);
  assert.deepEqual(mentioned.sort(), ['MOR', 'OSG']);
  const verbs = loadContext({ verbs: [userVerbs] });
  assert.equal(verbs.actors, bundled.actors);
  assert.notEqual(verbs.events.rules, bundled.events.rules);
});
