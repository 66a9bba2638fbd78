import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCueLexicon, parseCueLexicon, LexiconError } from '../../src/quotes/lexicon.ts';

test('the bundled cue lexicon loads', () => {
  const lexicon = loadCueLexicon();
  assert.equal(lexicon.verbs.get('said')?.lemma, 'say');
  assert.equal(lexicon.verbs.get('told')?.addressee, true);
  assert.equal(lexicon.verbs.get('believes')?.cueClass, 'cognition');
  assert.deepEqual(lexicon.according[0], ['according', 'to']);
  // hyphenated phrases are kept as the tokens the tokenizer makes
  assert.ok(lexicon.terms.some((t) => t.join(' ') === 'so - called'));
});

test('errors name the file and the line', () => {
  const bad = (source: string, message: RegExp) => assert.throws(() => parseCueLexicon(source, 'cues.txt'), (e: unknown) => e instanceof LexiconError && message.test(e.message));
  bad('say said\n', /^cues\.txt:1: .*before any \[section\]/);
  bad('[speech]\nsay said\n[gossip]\n', /^cues\.txt:3: unknown section \[gossip\]/);
  bad('[speech]\n# comment\nwarn warned +loudly\n', /^cues\.txt:3: unknown flag \+loudly/);
  bad('[speech]\nsay said\nsaid\n', /^cues\.txt:3: "said" is already a form of "say"/);
  bad('[speech]\nSay said\n', /^cues\.txt:2: "Say" is not a lower-case word/);
  bad('[according]\naccording to +of\n[speech]\nsay\n', /^cues\.txt:2: flags are only allowed/);
});

test('[evidential] lines: forms with an optional +passive flag', () => {
  const lexicon = parseCueLexicon('[speech]\nsay says said\n\n[evidential]\nseem seems\nexpected +passive\n', 'cues.txt');
  assert.equal(lexicon.evidential.get('seems'), false);
  assert.equal(lexicon.evidential.get('expected'), true);
  assert.throws(() => parseCueLexicon('[speech]\nsay\n[evidential]\nseem +object\n', 'cues.txt'), (e: unknown) => e instanceof LexiconError && /cues\.txt:4: unknown flag \+object/.test(e.message));
});

test('+intent and [nonspeaker] lines', () => {
  const lexicon = parseCueLexicon('[cognition]\nhope hopes hoped +intent\nbelieve believes\n\n[nonspeaker]\nyou what\n', 'cues.txt');
  assert.equal(lexicon.verbs.get('hopes')?.intent, true);
  assert.equal(lexicon.verbs.get('believes')?.intent, false);
  assert.deepEqual([...lexicon.nonSpeakers], ['you', 'what']);
  assert.throws(() => parseCueLexicon('[speech]\nsay\n[nonspeaker]\nyou +intent\n', 'cues.txt'), (e: unknown) => e instanceof LexiconError && /cues\.txt:4: flags are only allowed/.test(e.message));
});

test('+topic and +naming lines', () => {
  const lexicon = parseCueLexicon('[speech]\nspeak speaks spoke +of +about +topic\ncall calls called +object +naming\nsay says\n', 'cues.txt');
  assert.equal(lexicon.verbs.get('spoke')?.topic, true);
  assert.equal(lexicon.verbs.get('called')?.naming, true);
  assert.equal(lexicon.verbs.get('says')?.topic, false);
  assert.equal(lexicon.verbs.get('says')?.naming, false);
});
