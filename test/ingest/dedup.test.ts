// Near-duplicate signatures: words are the runs of letters and digits of the lower-cased
// text (any script, astral letters included), so case and punctuation do not change a
// signature and the words do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minhash, similarity } from '../../src/ingest/dedup.ts';

const same = (a: string, b: string) => similarity(minhash(a), minhash(b));

test('case, punctuation and spacing do not change the signature', () => {
  assert.equal(same('Leaders met in PARIS, without Washington.', 'leaders met in paris without washington'), 1);
  assert.equal(same('Zelensky said: “Europe must act” — today', 'zelensky  said europe\nmust act today'), 1);
  assert.equal(same('Über die Grenze: Ölpreis steigt', 'über die grenze ölpreis steigt'), 1);
});

test('letters outside the BMP are part of words; emoji and marks separate them', () => {
  // 𝐀 (U+1D400) is a letter: "x𝐀y" is one word, unlike "x y"
  assert.notEqual(same('x𝐀y one two three four', 'x y one two three four'), 1);
  // 😀 is not a letter: it separates words like a space
  assert.equal(same('x😀y one two three four', 'x y one two three four'), 1);
});

test('texts of fewer words than a shingle, and texts with no words, still get a signature', () => {
  assert.equal(minhash('').length, 64);
  assert.equal(same('', '...'), 1);
  assert.equal(same('Ceasefire', 'ceasefire!'), 1);
  assert.notEqual(same('Ceasefire', 'Truce'), 1);
});

test('a changed word lowers the similarity of a long text a little, not to zero', () => {
  const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
  const changed = text.replace('word30', 'other');
  const s = same(text, changed);
  assert.ok(s > 0.7 && s < 1, `similarity ${s}`);
});
