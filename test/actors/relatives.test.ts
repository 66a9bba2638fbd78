// "who" and "which" where the parse hangs the relative clause on the wrong noun: the mention right
// before the pronoun, with the checks that keep it from the wrong one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeText } from './helpers.ts';

/** The actor of the mention at the n-th occurrence of `word` (0-based). */
function actorAt(r: ReturnType<typeof recognizeText>, text: string, word: string, n = 0): string | undefined {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(word, at + 1);
  return r.mentions.find((m) => m.start === at)?.actor;
}

test('"which" after an organisation, as the subject of a verb of speech, is that organisation', () => {
  const text = 'The order came in response to a request by The Washington Post, which argued that the public had a right to know.';
  assert.equal(actorAt(recognizeText(text, '2016-05-01'), text, 'which'), 'USAMED');
});

test('"who" after a group named with its place is the group, not the place', () => {
  const text = 'Clinton is likely to placate nervous Democrats on Capitol Hill, who have argued that it helps.';
  assert.equal(actorAt(recognizeText(text, '2016-05-01'), text, 'who'), 'USAPTY');
});

test('"who" after a dash is the name before it', () => {
  const text = 'Mayor Rahm Emanuel spoke on Monday. Emanuel - who abruptly fired his police chief - said he would stay.';
  assert.equal(actorAt(recognizeText(text, '2016-05-01'), text, 'who'), 'person:rahm-emanuel');
});

test('"which" is no one when a name stands between it and its verb', () => {
  const text = 'Christie spoke at the Sunshine Summit in Orlando, Florida, which Will claims affirmed the belief.';
  assert.equal(actorAt(recognizeText(text, '2016-05-01'), text, 'which'), undefined);
});

test('"who" with a plural verb is not the one person before it', () => {
  const text = 'He pushed back against candidates - like Republican front-runner Donald Trump - who say the country is in decline.';
  assert.equal(actorAt(recognizeText(text, '2016-05-01'), text, 'who'), undefined);
});

test('"who" after an apposition to a name is the person named, not a place in the apposition', () => {
  const text = 'Alan Berger, a gynecologist from Englewood, New Jersey, who said he liked the plan, spoke first. Gov. John Kasich of Ohio, a Republican who has refused to endorse the plan, said no.';
  const r = recognizeText(text, '2016-05-01');
  assert.equal(actorAt(r, text, 'who'), 'person:alan-berger');
  assert.equal(actorAt(r, text, 'who', 1), 'person:john-kasich');
});

test('"who" after a plural noun or a clause after the name is not the name', () => {
  const text = 'He spoke to Alan Berger in Ohio, where voters who said no met him.';
  assert.notEqual(actorAt(recognizeText(text, '2016-05-01'), text, 'who'), 'person:alan-berger');
});
