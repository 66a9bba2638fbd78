// The token trie and the document keys against plain reference versions of the same rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/nlp/index.ts';
import { TokenTrie, TokenVocabulary } from '../../src/actors/lexicon.ts';
import { docKeys, tokenKey } from '../../src/actors/phrase.ts';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

test('match() finds the longest phrase, as a walk over all phrases would', () => {
  const next = random(7);
  // 80 words so that nodes have more children than the 32 bits of their child mask
  const words = Array.from({ length: 80 }, (_, k) => `w${k}`);
  const word = () => words[Math.floor(next() * (next() < 0.5 ? 6 : words.length))]!;
  const vocabulary = new TokenVocabulary();
  const trie = new TokenTrie(vocabulary);
  const phrases = new Map<string, number>();
  for (let p = 0; p < 3000; p++) {
    const phrase = Array.from({ length: 1 + Math.floor(next() * 4) }, word);
    trie.add(phrase, p);
    phrases.set(phrase.join(' '), p); // a later phrase with the same tokens wins
  }
  for (let d = 0; d < 200; d++) {
    const tokens = Array.from({ length: 12 }, () => (next() < 0.1 ? 'unknown' : word()));
    const ids = vocabulary.idsOf(tokens);
    const out = new Int32Array(tokens.length + 4).fill(99);
    assert.deepEqual([...vocabulary.idsInto(tokens, out).subarray(0, tokens.length)], [...ids]);
    for (let from = 0; from < tokens.length; from++) {
      const limit = from + Math.floor(next() * (tokens.length - from + 1));
      let end = -1;
      let value = -1;
      for (let e = from + 1; e <= limit; e++) {
        const found = phrases.get(tokens.slice(from, e).join(' '));
        if (found !== undefined) [end, value] = [e, found];
      }
      assert.deepEqual(trie.match(ids, from, limit), end >= 0 ? { end, value } : undefined, `${tokens.join(' ')} [${from}, ${limit})`);
    }
  }
});

test('document keys are the lower-cased tokens with typographic apostrophes made straight', () => {
  const text = 'Putin\u2019s aide met O\u2019Malley and the minister\u2019s staff at d\u2018Estaing\u2019s, Hawai\u02bbi and Ngā\u02bcti.\n\nThe IAEA\u2019s report\u2019 was \u2018late\u2019.';
  const doc = parse(text);
  assert.deepEqual(docKeys(doc), doc.lower.map(tokenKey));
  // Every typographic apostrophe (U+2019, U+2018, U+02BC) becomes a straight one; the
  // Hawaiian okina (U+02BB) is a letter and stays.
  assert.deepEqual(docKeys(doc), [
    'putin', "'s", 'aide', 'met', "o'malley", 'and', 'the', 'minister', "'s", 'staff', 'at', 'd', "'", 'estaing', "'s", ',',
    'hawai\u02bbi', 'and', "ngā'ti", '.', 'the', 'iaea', "'s", 'report', "'", 'was', "'", 'late', "'", '.',
  ]);
});
