// The tagger and parser of the nlp stage, and the pieces they are made of: the model file,
// the CoNLL-U reader, the carrying over of treebank trees onto Entente's tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, loadNlp } from '../../src/nlp/index.ts';
import { readConllu, wordSpans, ConlluError } from '../../src/nlp/conllu.ts';
import { projectOntoTokens, projectivize } from '../../src/nlp/treebank.ts';
import { decodeSyntaxModel, encodeSyntaxModel } from '../../src/nlp/model-file.ts';
import { ExactWeights, KeyIndex, PerceptronTrainer, featureKey, weightsFor, type StoredWeights } from '../../src/nlp/perceptron.ts';
import { wordShape } from '../../src/nlp/tagger.ts';
import { loadSyntax, loadedSyntax, shareSyntax, syntaxFromShared } from '../../src/nlp/syntax.ts';
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';

/** Every sentence is a tree: heads inside the sentence, one root, every word reaches it. */
function assertTrees(doc: ReturnType<typeof parse>): void {
  for (const s of doc.sentences) {
    let roots = 0;
    for (let t = s.firstToken; t < s.endToken; t++) {
      const h = doc.head[t]!;
      if (h < 0) {
        roots++;
        assert.equal(doc.deprel[t], 'root');
        continue;
      }
      assert.ok(h >= s.firstToken && h < s.endToken && h !== t, `head of token ${t} in its sentence`);
      assert.notEqual(doc.deprel[t], 'root');
      let x = t;
      for (let steps = 0; x >= 0; steps++) {
        assert.ok(steps <= s.endToken - s.firstToken, `no cycle through token ${t}`);
        x = doc.head[x]!;
      }
    }
    assert.equal(roots, 1, 'one root per sentence');
  }
}

const word = (doc: ReturnType<typeof parse>, w: string) => doc.value.indexOf(w);

test('every sentence of a text parses into a tree, whatever the input', () => {
  const texts = [
    'Britain, West Germany and France are insisting on new talks. Moscow did not reply.',
    'The embassy was attacked by militants on Sunday, officials said.',
    '“We will never accept this,” the minister told reporters in Kyiv — and left.',
    'OK',
    '!!! ??? ... ---',
    'word '.repeat(400).trim(),
    'Le président a dit non. 🇺🇦🇺🇦 Слава Україні!',
  ];
  for (const text of texts) {
    const doc = parse(text);
    assert.equal(doc.head.length, doc.length);
    assert.equal(doc.upos.length, doc.length);
    assertTrees(doc);
  }
});

test('simple clauses get their subject, object and root', () => {
  const doc = parse('Russia accused Ukraine of shelling the plant.');
  const accused = word(doc, 'accused');
  assert.equal(doc.deprel[accused], 'root');
  assert.equal(doc.head[word(doc, 'Russia')], accused);
  assert.equal(doc.deprel[word(doc, 'Russia')], 'nsubj');
  assert.equal(doc.head[word(doc, 'Ukraine')], accused);
  assert.equal(doc.deprel[word(doc, 'Ukraine')], 'obj');
  assert.equal(doc.upos[accused], 'VERB');
  assert.equal(doc.upos[word(doc, 'Russia')], 'PROPN');
});

test('a passive subject and its agent are told apart from an active subject', () => {
  const doc = parse('The convoy was attacked by rebels near the border.');
  const attacked = word(doc, 'attacked');
  assert.equal(doc.deprel[word(doc, 'convoy')], 'nsubj:pass');
  assert.equal(doc.deprel[word(doc, 'was')], 'aux:pass');
  assert.equal(doc.head[word(doc, 'rebels')], attacked);
  assert.equal(doc.deprel[word(doc, 'rebels')], 'obl:agent');
});

test('parsing is deterministic and does not depend on what was parsed before', () => {
  const text = 'Paris and Berlin condemned the strike, which Moscow denied ordering.';
  const first = parse(text);
  parse('A very long and entirely unrelated sentence about the weather in Lisbon, with many commas, clauses and words, to grow the scratch space.');
  const second = parse(text);
  assert.deepEqual([...second.head], [...first.head]);
  assert.deepEqual(second.deprel, first.deprel);
  assert.deepEqual(second.upos, first.upos);
});

test('the model file round-trips exactly', () => {
  const trainer = new PerceptronTrainer(3);
  const features = Uint32Array.from([featureKey(1, 7), featureKey(2, 9), featureKey(3, 7, 9)]);
  trainer.update(0, 2, features, 3);
  trainer.update(1, 0, features, 2);
  const weights = trainer.average();
  const header = { tags: ['NOUN', 'VERB'], labels: ['root', 'nsubj'], training: { note: 'test' } };
  const bytes = encodeSyntaxModel({ header, tagger: weights, moves: weights, labels: weights });
  assert.deepEqual(encodeSyntaxModel({ header, tagger: weights, moves: weights, labels: weights }), bytes, 'same model, same bytes');
  const back = decodeSyntaxModel(bytes);
  assert.deepEqual(back.header, header);
  for (const table of [back.tagger, back.moves, back.labels]) {
    assert.deepEqual(table, weights);
    const scores = new Float64Array(3);
    new ExactWeights(table).score(features, 3, scores);
    assert.ok(scores.some((x) => x !== 0), 'the features carry weights');
    const expected = new Float64Array(3);
    new ExactWeights(weights).score(features, 3, expected);
    assert.deepEqual(scores, expected);
  }
  assert.throws(() => decodeSyntaxModel(Buffer.from([1, 2, 3])), /incorrect header check|not an Entente syntax model/);
});

test('the trainer\'s key index finds every row it was given, and nothing else, as it grows', () => {
  const index = new KeyIndex();
  const keys = Array.from({ length: 200000 }, (_, i) => featureKey(i % 7, i));
  keys.forEach((key, row) => index.add(key, row));
  assert.equal(index.size, keys.length);
  for (let row = 0; row < keys.length; row += 7) assert.equal(index.get(keys[row]!), row);
  assert.equal(index.get(featureKey(99, 1)), -1);
  assert.equal([...index.entries()].length, keys.length);
});

/** A table of `rows` random keys, each with up to `longest` entries of random weights. */
function randomTable(classes: number, rows: number, longest: number, seed: number): StoredWeights {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  const keys = new Set<number>();
  while (keys.size < rows) keys.add(next() || 1);
  const rowStart = [0];
  const entryClass: number[] = [];
  const entryWeight: number[] = [];
  for (let r = 0; r < rows; r++) {
    const length = 1 + (next() % longest);
    const first = next() % (classes - length + 1);
    for (let c = first; c < first + length; c++) {
      entryClass.push(c);
      entryWeight.push(((next() % 20001) - 10000) / 100);
    }
    rowStart.push(entryClass.length);
  }
  return { classes, keys: Uint32Array.from([...keys].sort((a, b) => a - b)), rowStart: Uint32Array.from(rowStart), entryClass: Uint8Array.from(entryClass), entryWeight: Float32Array.from(entryWeight) };
}

test('the packed weights score what the exact weights score, in their own units', () => {
  for (const [classes, longest] of [[3, 3], [2, 2], [51, 12], [89, 89]] as const) {
    const table = randomTable(classes, 20000, longest, classes);
    const packed = weightsFor(table);
    const exact = new ExactWeights(table);
    assert.equal(packed.classes, classes);
    // every key, a few at a time, and keys that are not in the table
    const features = new Uint32Array(8);
    let ratio = 0;
    for (let r = 0; r + 5 < table.keys.length; r += 5) {
      features.set(table.keys.subarray(r, r + 5));
      features[5] = table.keys[r]! + 1;
      features[6] = table.keys[r]! ^ 0x80000000;
      features[7] = (table.keys[r]! * 7) >>> 0;
      const want = new Float64Array(classes);
      const got = new Float64Array(classes);
      exact.score(features, 8, want);
      packed.score(features, 8, got);
      for (let c = 0; c < classes; c++) {
        assert.ok(Number.isInteger(got[c]!), 'integer scores');
        if (Math.abs(want[c]!) < 1) continue;
        ratio ||= got[c]! / want[c]!;
        // quantization: half a unit per weight, up to 8 weights
        assert.ok(Math.abs(got[c]! / ratio - want[c]!) <= 8 / ratio, `class ${c}: ${got[c]! / ratio} for ${want[c]}`);
      }
    }
    assert.ok(ratio > 0);
  }
});

test('the packed weights score a decision of many features as the sum of its parts', () => {
  const table = randomTable(89, 5000, 89, 7);
  const packed = weightsFor(table);
  // more features than a decision usually has, long rows among them, and absent keys
  const features = new Uint32Array(300);
  for (let f = 0; f < features.length; f++) features[f] = f % 3 ? table.keys[f * 11]! : (table.keys[f]! + 1) >>> 0;
  const whole = new Float64Array(89);
  packed.score(features, features.length, whole);
  const parts = new Float64Array(89);
  for (let f = 0; f < features.length; f += 7) packed.score(features.subarray(f, Math.min(f + 7, features.length)), Math.min(7, features.length - f), parts);
  assert.deepEqual([...whole], [...parts]);
  assert.ok(whole.some((w) => w !== 0));
});

test('the shipped model names its treebanks and its relations', () => {
  const model = loadSyntax();
  assert.ok(model.parser.labelNames.includes('nsubj:pass'));
  assert.ok(model.parser.labelNames.includes('obl:agent'));
  const treebanks = model.header.training.treebanks as string[];
  assert.ok(treebanks.includes('en_ewt-ud-train.conllu.gz') && treebanks.includes('en_gum-open-train.conllu.gz'));
  assert.ok(!treebanks.some((t) => t.includes('test')), 'never the test sets');
});

const sample = `# sent_id = s1
# text = I'm in Kyiv!!!
1-2	I'm	_	_	_	_	_	_	_	_
1	I	I	PRON	PRP	_	4	nsubj	_	_
2	'm	be	AUX	VBP	_	4	cop	_	_
3	in	in	ADP	IN	_	4	case	_	_
4	Kyiv	Kyiv	PROPN	NNP	_	0	root	_	SpaceAfter=No
5	!!!	!!!	PUNCT	.	_	4	punct	_	_
`;

// Tokenised unlike the treebank: "Lets" is one token for Entente, two words here; "Yahoo!"
// is one word here, two tokens for Entente.
const mismatched = `# sent_id = s2
# text = Lets ask Yahoo! today
1	Let	let	VERB	VB	_	0	root	_	SpaceAfter=No
2	s	we	PRON	PRP	_	1	obj	_	_
3	ask	ask	VERB	VB	_	1	xcomp	_	_
4	Yahoo!	Yahoo!	PROPN	NNP	_	3	obj	_	_
5	today	today	NOUN	NN	_	3	obl:unmarked	_	_
`;

test('CoNLL-U: words, multi-word tokens and their character spans', () => {
  const [s] = readConllu(sample);
  assert.equal(s!.words.length, 5);
  assert.deepEqual(s!.multiword, [{ first: 1, last: 2, form: "I'm", misc: '_' }]);
  const spans = wordSpans(s!)!;
  const text = s!.comments.get('text')!;
  assert.deepEqual(spans.map((sp) => text.slice(sp.start, sp.end)), ['I', "'m", 'in', 'Kyiv', '!!!']);
  assert.throws(() => readConllu('1\tonly\tthree\n'), (e: unknown) => e instanceof ConlluError && /line 1/.test((e as Error).message));
});

test("a treebank tree is carried over onto Entente's tokens, whichever way they split", () => {
  const [same] = readConllu(sample);
  const exact = projectOntoTokens(same!, loadNlp())!;
  assert.deepEqual(exact.forms, ['I', "'m", 'in', 'Kyiv', '!!!']);
  assert.deepEqual([...exact.heads], [3, 3, 3, -1, 3]);
  assert.deepEqual(exact.deprels, ['nsubj', 'cop', 'case', 'root', 'punct']);

  const [other] = readConllu(mismatched);
  const projected = projectOntoTokens(other!, loadNlp())!;
  assert.deepEqual(projected.forms, ['Lets', 'ask', 'Yahoo', '!', 'today']);
  // "Lets" stands for "Let", the word of the two highest in the tree
  assert.deepEqual([projected.heads[0], projected.deprels[0], projected.upos[0]], [-1, 'root', 'VERB']);
  assert.deepEqual([projected.heads[1], projected.deprels[1]], [0, 'xcomp']);
  // "Yahoo!" keeps its arc on its first piece; the second piece goes with it
  assert.deepEqual([projected.heads[2], projected.deprels[2]], [1, 'obj']);
  assert.deepEqual([projected.heads[3], projected.deprels[3]], [2, 'goeswith']);
});

test('crossing arcs are lifted to the head of the head until the tree is projective', () => {
  // 0 <- 2, 1 <- 3 crosses 0..2; root 2
  const heads = Int32Array.from([2, 3, -1, 2]);
  assert.equal(projectivize(heads), 1);
  assert.deepEqual([...heads], [2, 2, -1, 2]);
  const projective = Int32Array.from([1, -1, 1]);
  assert.equal(projectivize(projective), 0);
});

test('word shapes collapse runs and keep punctuation', () => {
  assert.equal(wordShape('Moscow'), 'Xxx');
  assert.equal(wordShape('1,200'), 'd,ddd'.replace('ddd', 'dd'));
  assert.equal(wordShape('Zelenskyy’s'), 'Xxx’x');
  assert.equal(wordShape('ÉCOLE'), 'XX');
});

test('a model shared with a worker thread is the same tables, in shared memory, and parses the same', async () => {
  const model = loadSyntax();
  assert.equal(loadedSyntax(), model);
  const shared = shareSyntax(model);
  for (const tables of [shared.tagger, shared.moves, shared.labels]) assert.ok(tables.slots.buffer instanceof SharedArrayBuffer, tables.layout);
  // handed to another thread, the tables are not copied: what that thread writes, this one reads
  const tables = weightsFor(randomTable(3, 100, 3, 3)).tables;
  const before = tables.slots[0]!;
  const worker = new Worker('require("node:worker_threads").workerData.slots[0] ^= 1;', { eval: true, workerData: tables });
  await once(worker, 'exit');
  assert.equal(tables.slots[0], before ^ 1);
  const text = 'The minister, who arrived on Monday, said that the talks would resume in Geneva.';
  const mine = parse(text, loadNlp(), model);
  const theirs = parse(text, loadNlp(), syntaxFromShared(structuredClone(shared)));
  assert.deepEqual([theirs.upos, [...theirs.head], theirs.deprel], [mine.upos, [...mine.head], mine.deprel]);
});
