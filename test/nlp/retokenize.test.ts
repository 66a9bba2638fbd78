// Repairs to wink's tokens (src/nlp/retokenize.ts), seen through the nlp stage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, tokenize } from '../../src/nlp/index.ts';

const tokens = (text: string) => tokenize(text).value;

test('a web name is one token and does not end a sentence', () => {
  const doc = tokenize('Shares of Amazon.com rose. Visit www.un.org for details.');
  assert.deepEqual(doc.value.slice(0, 4), ['Shares', 'of', 'Amazon.com', 'rose']);
  assert.ok(doc.value.includes('www.un.org'), doc.value.join(' | '));
  assert.equal(doc.sentences.length, 2);
  for (let t = 0; t < doc.length; t++) assert.equal(doc.text.slice(doc.start[t]!, doc.end[t]!), doc.value[t]);
});

test('a sentence-final dot before a capital stays a boundary', () => {
  const doc = tokenize('He left for Kyiv.Talks resumed on Monday.');
  assert.ok(!doc.value.includes('Kyiv.Talks'));
});

test('runs of final marks are one token', () => {
  assert.deepEqual(tokens('We shall see... Really?!'), ['We', 'shall', 'see', '...', 'Really', '?!']);
});

test("clitics wink leaves attached are split off, with exact offsets", () => {
  const text = 'I’m sure. Here’s why.';
  const doc = tokenize(text);
  assert.deepEqual(doc.value, ['I', '’m', 'sure', '.', 'Here', '’s', 'why', '.']);
  for (let t = 0; t < doc.length; t++) assert.equal(text.slice(doc.start[t]!, doc.end[t]!), doc.value[t]);
  assert.equal(doc.sentences.length, 2);
  assert.equal(doc.sentences[1]!.firstToken, 4);
});

test('names with an apostrophe that is not a clitic stay whole', () => {
  assert.ok(tokens("O'Brien met Qur'an scholars.").includes("O'Brien"));
});

test('a name wink cut at a letter beyond Latin-1 is one word again, a name, with exact offsets', () => {
  const text = 'Mevlüt Çavuşoğlu met Tomáš Petříček in Ankara, but I cannot say more.';
  const doc = tokenize(text);
  assert.deepEqual(doc.value.slice(0, 5), ['Mevlüt', 'Çavuşoğlu', 'met', 'Tomáš', 'Petříček']);
  assert.equal(doc.pos[1], 'PROPN');
  // plain ASCII pieces are wink's own choice and stay as they are
  assert.ok(doc.value.includes('can') && doc.value.includes('not'), doc.value.join(' | '));
  for (let t = 0; t < doc.length; t++) assert.equal(text.slice(doc.start[t]!, doc.end[t]!), doc.value[t]);
});

test('a name with letters beyond Latin-1 leaves the words after it their own tags', () => {
  // wink tags the pieces of a cut name as garbage ("ğ" X, "an" DET) and then the next word
  // as a noun; read as one name, the verb after it is a verb and heads the sentence.
  const text = 'On Monday, President Recep Tayyip Erdoğan spoke on the phone with Vladimir Putin.';
  const doc = parse(text);
  const spoke = doc.value.indexOf('spoke');
  assert.equal(doc.value[spoke - 1], 'Erdoğan');
  assert.equal(doc.upos[spoke], 'VERB');
  assert.equal(doc.head[spoke], -1);
  for (let t = 0; t < doc.length; t++) assert.equal(text.slice(doc.start[t]!, doc.end[t]!), doc.value[t]);
});

test('a party aside after a name ends no sentence: "Sen. Ron Quell (R-Wis.) said", "(R-N.Y.) and"', () => {
  const sentences = (text: string) => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sentences('Sen. Ron Quell (R-Wis.) said the bill was dead. He left.'), ['Sen. Ron Quell (R-Wis.) said the bill was dead.', 'He left.']);
  assert.deepEqual(sentences('Reps. Tom Breck (R-N.Y.) and Ivo Marr (R-Calif.) on Wednesday backed it.'), ['Reps. Tom Breck (R-N.Y.) and Ivo Marr (R-Calif.) on Wednesday backed it.']);
  // an aside that ends its sentence still does, and so does a bracketed sentence
  assert.deepEqual(sentences('The bill passed, said Sen. Ron Quell (R-Wis.). He left.'), ['The bill passed, said Sen. Ron Quell (R-Wis.).', 'He left.']);
  assert.deepEqual(sentences('He came (it was late.) We left.'), ['He came (it was late.)', 'We left.']);
});

test('a state after a party letter ends no sentence: "Sen. Kay Ott, R-N.H., said", "(D-Md.), chair of", "(D-Mo.):"', () => {
  const sentences = (text: string) => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sentences('Sen. Kay Ott, R-N.H., returned the money. He left.'), ['Sen. Kay Ott, R-N.H., returned the money.', 'He left.']);
  assert.deepEqual(sentences('Rep. Eli Cumm (D-Md.), chair of the panel, said it was fine.'), ['Rep. Eli Cumm (D-Md.), chair of the panel, said it was fine.']);
  assert.deepEqual(sentences('Many objected, including Rep. Lon Clay (D-Mo.): he called it a disgrace.'), ['Many objected, including Rep. Lon Clay (D-Mo.): he called it a disgrace.']);
  assert.deepEqual(sentences('Fans of Sen. Bo Sand (I-Vt.) \u2015 or for that matter, Trump. We left.'), ['Fans of Sen. Bo Sand (I-Vt.) \u2015 or for that matter, Trump.', 'We left.']);
  // "U.S." inside a compound is one word; a sentence ending in an abbreviation still ends
  assert.deepEqual(sentences('They backed EC-U.S. cooperation. It failed.'), ['They backed EC-U.S. cooperation.', 'It failed.']);
  assert.deepEqual(sentences('The plant is in Washington, D.C. It closed.'), ['The plant is in Washington, D.C.', 'It closed.']);
});

test('a dotted abbreviation before a capitalised "And", "Or" or "Of" ends no sentence: "the U.S. And West Germany agreed"', () => {
  const sentences = (text: string) => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sentences('Britain, Japan, the U.S. And West Germany agreed to cooperate. It held.'), [
    'Britain, Japan, the U.S. And West Germany agreed to cooperate.',
    'It held.',
  ]);
  assert.deepEqual(sentences('It sells in the U.K. Or France.'), ['It sells in the U.K. Or France.']);
  assert.deepEqual(sentences('He accused the U.S. Of being unfair. It held.'), ['He accused the U.S. Of being unfair.', 'It held.']);
  // another capitalised word after the abbreviation still opens a sentence
  assert.deepEqual(sentences('Sales rose in the U.S. But prices fell.'), ['Sales rose in the U.S.', 'But prices fell.']);
  assert.deepEqual(sentences('The plant is in the U.S. It closed.'), ['The plant is in the U.S.', 'It closed.']);
});
