// The nlp stage: tokens, sentences and paragraphs with exact UTF-16 offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, paragraphSpans } from '../../src/nlp/index.ts';

test('every token slices to its value through typographic quotes, dashes, NBSP and astral characters', () => {
  const text = '“Kyiv won’t yield,” Zelensky said\u00a0—\u00a0and 🇺🇦 flags flew.\r\n\r\nThe Kremlin – in a statement – disagreed…';
  const doc = parse(text);
  assert.ok(doc.length > 15);
  for (let t = 0; t < doc.length; t++) {
    assert.equal(text.slice(doc.start[t]!, doc.end[t]!), doc.value[t], `token ${t}`);
    assert.equal(doc.lower[t], doc.value[t]!.toLowerCase());
    if (t > 0) assert.ok(doc.start[t]! >= doc.end[t - 1]!, 'tokens are in order');
  }
  const kremlin = doc.value.indexOf('Kremlin');
  assert.equal(doc.start[kremlin], text.indexOf('Kremlin'));
});

test('sentences cover their tokens and carry their paragraph', () => {
  const text = 'Russia accused Ukraine of shelling the plant. Kyiv denied it.\n\nNATO called for calm.';
  const doc = parse(text);
  assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), ['Russia accused Ukraine of shelling the plant.', 'Kyiv denied it.', 'NATO called for calm.']);
  assert.deepEqual(doc.sentences.map((s) => s.paragraph), [0, 0, 1]);
  for (const [i, s] of doc.sentences.entries()) {
    for (let t = s.firstToken; t < s.endToken; t++) assert.equal(doc.sentence[t], i);
  }
});

test('paragraphs split on blank lines, including ones holding spaces or NBSP', () => {
  const text = '  First paragraph.\n \u00a0\nSecond one.\n\n\nThird.  ';
  assert.deepEqual(paragraphSpans(text).map((p) => text.slice(p.start, p.end)), ['First paragraph.', 'Second one.', 'Third.']);
});

test('negation is flagged on the negated verb', () => {
  const doc = parse('Russia did not withdraw its troops.');
  assert.equal(doc.negated[doc.value.indexOf('withdraw')], 1);
  assert.equal(doc.negated[doc.value.indexOf('Russia')], 0);
});

test('empty and whitespace-only text parses to an empty document, and the whole pipeline accepts it', async () => {
  const { parse } = await import('../../src/nlp/index.ts');
  const { analyze } = await import('../../src/analyze.ts');
  const { bundledContext } = await import('../context.ts');
  const ctx = bundledContext();
  for (const text of ['', '   ', '\n\n \n']) {
    const doc = parse(text);
    assert.equal(doc.length, 0);
    assert.deepEqual(doc.sentences, []);
    const an = analyze({ id: 'empty', text }, ctx);
    assert.deepEqual([an.mentions, an.quotes, an.events, an.stances], [[], [], [], []]);
  }
});

test('a document is read the same whatever the process read before it', () => {
  // wink-nlp learns words across documents: after a text with "Rubio’s." (a possessive
  // before a period), its tokenizer kept a later "Rubio’s" whole, and the actor was lost.
  const target = 'Senator Marco Rubio’s campaign stumbled in New Hampshire.';
  const fresh = parse(target).value;
  assert.deepEqual(fresh.slice(0, 4), ['Senator', 'Marco', 'Rubio', '’s']);
  parse('Voters in Manchester said they had heard enough of Rubio’s. Christie’s, too.');
  assert.deepEqual(parse(target).value, fresh);
  // Within one document wink still uses what it met earlier in that document and keeps
  // the second "Rubio’s" whole; the nlp stage splits the clitic off again (retokenize.ts).
  const same = parse('They heard enough of Rubio’s. Rubio’s campaign stumbled.').value;
  assert.ok(!same.includes('Rubio’s'));
  assert.deepEqual(same.filter((v) => v === 'Rubio' || v === '’s'), ['Rubio', '’s', 'Rubio', '’s']);
});
