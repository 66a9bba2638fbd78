// `analyze --format conllu`: the writer over real parses, read back with our CoNLL-U
// reader and checked for what makes a file valid and traceable (validateConllu), and
// the command end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, type Doc } from '../../src/nlp/index.ts';
import { readConllu, ConlluError, type ConlluSentence } from '../../src/nlp/conllu.ts';
import { toConllu } from '../../src/output-conllu.ts';
import { readBytes } from '../../src/ingest/index.ts';
import type { Article } from '../../src/model.ts';
import { entente } from './helpers.ts';

/** The 17 Universal Dependencies part-of-speech tags. */
const udTags = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']);
/** A UD relation: lower-case, with an optional subtype (nsubj:pass). */
const udRelation = /^[a-z]+(:[a-z]+)?$/;
/** What the writer turns into a space in `# text` (docs/output.md). */
const lineBreakOrTab = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/g;

type Range = { start: number; end: number };

function tokenRange(misc: string, where: string): Range {
  const m = /(?:^|\|)TokenRange=(\d+):(\d+)(?:\||$)/.exec(misc);
  assert.ok(m, `${where}: no TokenRange in MISC '${misc}'`);
  return { start: Number(m[1]), end: Number(m[2]) };
}

/**
 * Reads CoNLL-U written for `articles` (in order) and checks it is valid and points into
 * the articles' text: one `newdoc` per article, sent_ids `<id>-<n>`, consecutive word
 * ids, one root per sentence, heads in range, no cycles, UD tags, TokenRange slicing the
 * article text to exactly the FORM, SpaceAfter=No exactly where no space follows, no
 * text left out between words, and `# text` equal to the sentence's text.
 * Returns each article's sentences.
 */
export function validateConllu(conllu: string, articles: Pick<Article, 'id' | 'text'>[]): ConlluSentence[][] {
  assert.ok(conllu === '' || conllu.endsWith('\n\n'), 'every sentence ends with a blank line');
  const sentences = readConllu(conllu);
  const docs: ConlluSentence[][] = [];
  for (const sentence of sentences) {
    if (sentence.comments.has('newdoc id')) docs.push([]);
    assert.ok(docs.length > 0, `line ${sentence.line}: a sentence before any # newdoc id`);
    docs.at(-1)!.push(sentence);
  }
  assert.equal(docs.length, articles.length, 'one # newdoc id per article');

  for (const [a, article] of articles.entries()) {
    const { text } = article;
    const id = article.id.replace(/\s/g, '_');
    const doc = docs[a]!;
    assert.equal(doc[0]!.comments.get('newdoc id'), id);
    const words = doc.flatMap((s) => s.words.map((w) => ({ ...w, range: tokenRange(w.misc, `line ${s.line}, word ${w.id}`) })));
    for (const [i, word] of words.entries()) {
      const where = `${id}, word "${word.form}" at ${word.range.start}`;
      assert.equal(text.slice(word.range.start, word.range.end), word.form, `${where}: TokenRange slices to the FORM`);
      assert.doesNotMatch(word.form, /\s/, `${where}: no whitespace in FORM`);
      const next = words[i + 1];
      const gapEnd = next ? next.range.start : text.length;
      assert.ok(gapEnd >= word.range.end, `${where}: words in text order, not overlapping`);
      assert.match(text.slice(word.range.end, gapEnd), /^\s*$/, `${where}: only whitespace between words`);
      assert.equal(/(?:^|\|)SpaceAfter=No(?:\||$)/.test(word.misc), next !== undefined && gapEnd === word.range.end, `${where}: SpaceAfter=No`);
    }
    if (words.length) assert.match(text.slice(0, words[0]!.range.start), /^\s*$/, `${id}: nothing before the first word`);

    for (const [s, sentence] of doc.entries()) {
      const where = `${id}, sentence ${s + 1} (line ${sentence.line})`;
      assert.equal(sentence.comments.get('sent_id'), `${id}-${s + 1}`, where);
      assert.deepEqual(sentence.multiword, [], `${where}: no multi-word tokens`);
      const n = sentence.words.length;
      assert.deepEqual(sentence.words.map((w) => w.id), Array.from({ length: n }, (_, i) => i + 1), `${where}: word ids 1..${n}`);
      const first = tokenRange(sentence.words[0]!.misc, where);
      const last = tokenRange(sentence.words[n - 1]!.misc, where);
      assert.equal(sentence.comments.get('text'), text.slice(first.start, last.end).replace(lineBreakOrTab, ' '), `${where}: # text`);

      const roots = sentence.words.filter((w) => w.head === 0);
      assert.equal(roots.length, 1, `${where}: one root`);
      assert.equal(roots[0]!.deprel, 'root', `${where}: the root's relation`);
      for (const w of sentence.words) {
        assert.ok(Number.isInteger(w.head) && w.head >= 0 && w.head <= n && w.head !== w.id, `${where}, word ${w.id}: head ${w.head} in range`);
        assert.ok(udTags.has(w.upos), `${where}, word ${w.id}: UPOS ${w.upos}`);
        assert.match(w.deprel, udRelation, `${where}, word ${w.id}: DEPREL`);
        assert.equal(w.deprel === 'root', w.head === 0, `${where}, word ${w.id}: 'root' exactly for the root`);
        // Walking up from any word reaches the root in fewer than n steps, or there is a cycle.
        let at = w.id;
        for (let steps = 0; at !== 0; steps++) {
          assert.ok(steps < n, `${where}: word ${w.id} is in a cycle`);
          at = sentence.words[at - 1]!.head;
        }
      }
    }
  }
  return docs;
}

const articles: Article[] = [
  {
    id: 'munich-1',
    text: '“We will not trade our land for a ceasefire,” Zelensky said in Munich. The foreign minister told reporters that the talks would resume next week.\n\nRussia warned of “serious consequences”… Kyiv shrugged 🤷🏽‍♂️ and waved 🇺🇦 flags!',
  },
  {
    id: 'wire-2',
    // a hard-wrapped line inside a sentence, a tab, and text straight after a full stop
    text: 'NATO’s chief, Mark Rutte, said the alliance\nwould "stand firm".The\tEU agreed (mostly). 𝐁𝐨𝐥𝐝 claims, he said, were "nonsense"?!',
  },
  { id: 'one-liner', text: 'Kyiv denied it.' },
];

test('the writer turns parses into valid CoNLL-U that points back into each article', () => {
  const out = articles.map((a) => toConllu(a, parse(a.text))).join('');
  const docs = validateConllu(out, articles);
  // Sentence segmentation is wink's: only check that each article has several, and that
  // the wrapped line and the tab stay inside one `# text` line as spaces.
  assert.ok(docs[0]!.length >= 3 && docs[1]!.length >= 2, docs.map((d) => d.length).join(','));
  const texts = docs[1]!.map((s) => s.comments.get('text')!);
  assert.ok(texts.some((t) => t.includes('the alliance would')), texts.join(' | '));
  assert.ok(texts.some((t) => t.includes('The EU')), texts.join(' | '));
});

test('columns: FORM, blank LEMMA/FEATS/DEPS, MISC with SpaceAfter=No before TokenRange', () => {
  const [article] = articles.slice(-1);
  const lines = toConllu(article!, parse(article!.text)).split('\n');
  assert.deepEqual(lines.slice(0, 3), ['# newdoc id = one-liner', '# sent_id = one-liner-1', '# text = Kyiv denied it.']);
  // UPOS, XPOS, HEAD and DEPREL are the tagger's and the parser's: left out here.
  const columns = lines.slice(3, -2).map((l) => l.split('\t')).map(([id, form, lemma, , , feats, , , deps, misc]) => [id, form, lemma, feats, deps, misc]);
  assert.deepEqual(columns, [
    ['1', 'Kyiv', '_', '_', '_', 'TokenRange=0:4'],
    ['2', 'denied', '_', '_', '_', 'TokenRange=5:11'],
    ['3', 'it', '_', '_', '_', 'SpaceAfter=No|TokenRange=12:14'],
    ['4', '.', '_', '_', '_', 'TokenRange=14:15'],
  ]);
  assert.deepEqual(lines.slice(-2), ['', ''], 'a blank line ends the sentence');
});

test('an id with whitespace becomes one word in newdoc and sent_id; an empty text prints nothing', () => {
  const article = { id: 'wire 7\nb', text: 'Kyiv denied it.' };
  const out = toConllu(article, parse(article.text));
  assert.match(out, /^# newdoc id = wire_7_b\n# sent_id = wire_7_b-1\n/);
  validateConllu(out, [article]);
  assert.equal(toConllu({ id: 'empty', text: ' \n' }, parse(' \n')), '');
});

/** The parse of `text` with a tree given by hand: heads as 1-based ids within each sentence, 0 for the root. */
function withTree(text: string, heads: number[][]): Doc {
  const doc = parse(text);
  const head = new Int32Array(doc.length);
  const deprel: string[] = [];
  assert.deepEqual(doc.sentences.map((s) => s.endToken - s.firstToken), heads.map((h) => h.length), 'sentence lengths');
  for (const [s, sentence] of doc.sentences.entries()) {
    for (const [i, h] of heads[s]!.entries()) {
      head[sentence.firstToken + i] = h === 0 ? -1 : sentence.firstToken + h - 1;
      deprel[sentence.firstToken + i] = h === 0 ? 'root' : 'dep';
    }
  }
  return { ...doc, head, deprel };
}

test('a parse that is not a tree is refused with an error naming the article and sentence', () => {
  const article = { id: 'bad', text: 'Kyiv denied it. Moscow insisted.' };
  const good = withTree(article.text, [[2, 0, 2, 2], [2, 0, 2]]);
  validateConllu(toConllu(article, good), [article]);
  const refused = (heads: number[][], message: RegExp) => assert.throws(() => toConllu(article, withTree(article.text, heads)), (e: unknown) => e instanceof ConlluError && message.test(e.message));

  // a head in the next sentence: written as-is it would point at the wrong word
  const crossing = withTree(article.text, [[2, 0, 2, 2], [2, 0, 2]]);
  crossing.head[0] = 5;
  assert.throws(() => toConllu(article, crossing), /article bad, sentence 1: word 1 "Kyiv" has head token 5, outside the sentence/);
  refused([[2, 0, 2, 2], [0, 0, 2]], /sentence 2: two roots/);
  refused([[2, 3, 2, 2], [2, 0, 2]], /sentence 1: no root/);
  refused([[2, 0, 4, 3], [2, 0, 2]], /sentence 1: .* is its own ancestor/);
  refused([[2, 0, 2, 4], [2, 0, 2]], /sentence 1: word 4 "\." is its own head/);
  const unnamed = withTree(article.text, [[2, 0, 2, 2], [2, 0, 2]]);
  unnamed.deprel[2] = '';
  assert.throws(() => toConllu(article, unnamed), /sentence 1: DEPREL "" is not a tag/);
});

test('entente analyze - --format conllu: a two-paragraph text from stdin', async () => {
  const input = '“We will not trade our land,” Zelensky said in Munich.The minister agreed 👍.\n\nRussia warned of serious consequences. NATO called for calm!\n';
  const r = await entente(['analyze', '-', '--format', 'conllu'], { stdin: input });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  // The article the command read: the same reader, so the same id and normalised text.
  const read = [...readBytes(Buffer.from(input), 'stdin')];
  const expected = read.flatMap((rec) => (rec.kind === 'article' ? [rec.article] : []));
  assert.equal(expected.length, 1);
  const [doc] = validateConllu(r.stdout, expected);
  const texts = doc!.map((s) => s.comments.get('text'));
  assert.ok(texts.includes('NATO called for calm!'), texts.join(' | '));
  assert.ok(doc!.some((s) => s.words.some((w) => w.form === '👍')), 'the emoji is a word of its own');
});
