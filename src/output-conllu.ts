// `analyze --format conllu`: the nlp stage's parse of one article as CoNLL-U, the
// Universal Dependencies file format (src/nlp/conllu.ts reads it back; docs/output.md
// documents what Entente puts in each column).
//
//   # newdoc id = munich-1
//   # sent_id = munich-1-1
//   # text = Kyiv denied it.
//   1   Kyiv    _  PROPN  _  _  2  nsubj  _  TokenRange=0:4
//   2   denied  _  VERB   _  _  0  root   _  TokenRange=5:11
//   3   it      _  PRON   _  _  2  obj    _  SpaceAfter=No|TokenRange=12:14
//   4   .       _  PUNCT  _  _  2  punct  _  TokenRange=14:15
//
// (columns separated by one tab: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC)
//
// TokenRange holds offsets into the article text, like every offset in Entente
// (UTF-16 code units, half-open), so a sentence can be traced back to the article.
import type { Article } from './model.ts';
import type { Doc, Sentence } from './nlp/index.ts';
import { ConlluError } from './nlp/conllu.ts';

/** Characters that end a line for some reader: JavaScript's and Python's line breaks, and tab. */
const lineBreakOrTab = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/g;
/** Whitespace for JavaScript or Python: none of it may appear inside a CoNLL-U word, tag or id. */
const whitespace = /[\s\x1c-\x1f\x85]/;
const anyWhitespace = new RegExp(whitespace.source, 'g');
const blank = '_';
const rootHead = -1;
const rootRelation = 'root';

/**
 * The article's sentences as CoNLL-U, each followed by a blank line; '' when the
 * document has no tokens (a comment block with no sentence is not valid CoNLL-U).
 * Throws a ConlluError naming the article and sentence when a sentence is not a tree,
 * rather than write a file that readers would reject or misread.
 */
export function toConllu(article: Pick<Article, 'id' | 'text'>, doc: Doc): string {
  if (doc.text !== article.text) throw new ConlluError(`article ${article.id}: the parse is of another text`);
  // sent_id must be one word (UD), and a line break in an id would end the comment.
  const id = article.id.replace(anyWhitespace, '_');
  const lines: string[] = [];
  for (const [s, sentence] of doc.sentences.entries()) {
    const where = `article ${article.id}, sentence ${s + 1}`;
    checkTree(doc, sentence, where);
    if (s === 0) lines.push(`# newdoc id = ${id}`);
    lines.push(`# sent_id = ${id}-${s + 1}`);
    // One space per replaced character: the comment stays on one line and keeps the
    // article's character positions (TokenRange - sentence start indexes into it).
    lines.push(`# text = ${article.text.slice(sentence.start, sentence.end).replace(lineBreakOrTab, ' ')}`);
    for (let t = sentence.firstToken; t < sentence.endToken; t++) lines.push(wordLine(doc, sentence, t, where));
    lines.push('');
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function wordLine(doc: Doc, sentence: Sentence, t: number, where: string): string {
  const head = doc.head[t]!;
  const misc: string[] = [];
  // No space between this token and the next one, even across a sentence boundary.
  if (t + 1 < doc.length && doc.start[t + 1] === doc.end[t]) misc.push('SpaceAfter=No');
  misc.push(`TokenRange=${doc.start[t]}:${doc.end[t]}`);
  return [
    t - sentence.firstToken + 1,
    // wink never puts whitespace inside a token, but a lone U+0085 (a line break for
    // Python) is a token of its own: '_' for it keeps ten columns on every reader.
    doc.value[t]!.replace(anyWhitespace, '_'),
    blank, // LEMMA: the nlp stage keeps none
    column(doc.upos[t], 'UPOS', where),
    doc.xpos[t] || blank, // XPOS: the Penn Treebank tag, when the tagger's class carries one
    blank, // FEATS
    head === rootHead ? 0 : head - sentence.firstToken + 1,
    column(doc.deprel[t], 'DEPREL', where),
    blank, // DEPS
    misc.join('|'),
  ].join('\t');
}

/** A tag column's value; an empty tag or one with whitespace would shift or split the columns. */
function column(value: string | undefined, name: string, where: string): string {
  if (!value || whitespace.test(value)) throw new ConlluError(`${where}: ${name} ${JSON.stringify(value)} is not a tag`);
  return value;
}

/**
 * Throws unless the sentence's heads form one tree: every head inside the sentence, one
 * root (with relation 'root', and no other token has it), and every token reaching
 * the root (no cycle). The parser should never break this; the writer must not pass it on.
 */
function checkTree(doc: Doc, sentence: Sentence, where: string): void {
  const { firstToken: first, endToken: end } = sentence;
  const word = (t: number) => `word ${t - first + 1} "${doc.value[t]}"`;
  let root = -1;
  for (let t = first; t < end; t++) {
    const head = doc.head[t]!;
    const isRootRelation = doc.deprel[t] === rootRelation;
    if (head === rootHead) {
      if (root !== -1) throw new ConlluError(`${where}: two roots, ${word(root)} and ${word(t)}`);
      if (!isRootRelation) throw new ConlluError(`${where}: the root ${word(t)} has relation '${doc.deprel[t]}', not 'root'`);
      root = t;
    } else if (head < first || head >= end) {
      throw new ConlluError(`${where}: ${word(t)} has head token ${head}, outside the sentence (tokens ${first}..${end - 1} of the document)`);
    } else if (head === t) {
      throw new ConlluError(`${where}: ${word(t)} is its own head`);
    } else if (isRootRelation) {
      throw new ConlluError(`${where}: ${word(t)} has relation 'root' but a head`);
    }
  }
  if (root === -1) throw new ConlluError(`${where}: no root`);

  // Walk up from each word until the root or a word already known to reach it; a word
  // met twice on one walk closes a cycle. Each word is settled once: linear time.
  const unknown = 0;
  const onWalk = 1;
  const reachesRoot = 2;
  const state = new Uint8Array(end - first);
  for (let t = first; t < end; t++) {
    let x = t;
    while (x !== rootHead && state[x - first] === unknown) {
      state[x - first] = onWalk;
      x = doc.head[x]!;
    }
    if (x !== rootHead && state[x - first] === onWalk) throw new ConlluError(`${where}: ${word(x)} is its own ancestor (a cycle)`);
    for (x = t; x !== rootHead && state[x - first] === onWalk; x = doc.head[x]!) state[x - first] = reachesRoot;
  }
}
