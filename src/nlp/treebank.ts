// Treebank sentences seen the way Entente sees text: the gold tree of a UD sentence
// carried over onto the tokens Entente's nlp stage makes of the sentence's `# text`.
// Training (scripts/train-parser.ts) and evaluation (eval/parser.ts) read them.
//
// wink-nlp tokenises like the treebanks for about 98.6% of words. Where it does not:
// - one token covering several gold words ("I'm", "7:30PM") stands for the word among
//   them that is highest in the tree, with that word's tag, relation and head;
// - one gold word split into several tokens ("!!!" as three "!") keeps its relation on
//   the first piece; the others attach to it as `punct` (punctuation) or `goeswith`
//   (the UD relation for pieces of one word);
// - a word whose head falls inside the same token takes the next head up.
// Crossing (non-projective) arcs are lifted to the head's head until the tree is
// projective, since the parser builds projective trees only.
import { tokenize, type Nlp } from './index.ts';
import { wordSpans, type ConlluSentence } from './conllu.ts';
import { tokenAtoms, type TokenAtoms } from './tagger.ts';

export type TrainingSentence = {
  id: string;
  text: string;
  forms: string[];
  start: Int32Array;
  end: Int32Array;
  winkPos: string[];
  /** gold UPOS of each token */
  upos: string[];
  /** gold Penn Treebank tag of each token */
  xpos: string[];
  /** gold head of each token, sentence-local, -1 for the root */
  heads: Int32Array;
  deprels: string[];
  atoms: TokenAtoms;
  /** how many arcs were lifted to make the tree projective */
  lifted: number;
};

/** Depth of each word in the gold tree (root 0); -1 when a head chain does not reach the root. */
function depths(heads: number[]): number[] {
  const depth = heads.map(() => -2);
  const visit = (w: number, guard: number): number => {
    if (depth[w]! > -2) return depth[w]!;
    if (guard > heads.length) return -1;
    const h = heads[w]!;
    const d = h < 0 ? 0 : visit(h, guard + 1);
    depth[w] = d < 0 ? -1 : d + 1;
    return depth[w]!;
  };
  for (let w = 0; w < heads.length; w++) visit(w, 0);
  return depth;
}

/** The gold tree of `gold` on Entente's tokens of its text; null when it cannot be carried over. */
export function projectOntoTokens(gold: ConlluSentence, nlp: Nlp): TrainingSentence | null {
  const text = gold.comments.get('text');
  if (!text) return null;
  const spans = wordSpans(gold, text);
  if (!spans) return null;
  const words = gold.words;
  const goldHead = words.map((w) => w.head - 1);
  const depth = depths(goldHead);
  if (depth.some((d) => d < 0)) return null;

  const doc = tokenize(text, nlp);
  const n = doc.length;
  if (!n) return null;
  // words overlapping each token
  const rep = new Int32Array(n).fill(-1);
  const firstToken = new Int32Array(words.length).fill(-1);
  for (let t = 0; t < n; t++) {
    const ts = doc.start[t]!;
    const te = doc.end[t]!;
    for (let w = 0; w < words.length; w++) {
      const { start, end } = spans[w]!;
      const overlaps = start < end ? start < te && end > ts : start > ts && start <= te;
      if (!overlaps) continue;
      if (firstToken[w]! < 0) firstToken[w] = t;
      if (rep[t]! < 0 || depth[w]! < depth[rep[t]!]!) rep[t] = w;
    }
    if (rep[t]! < 0) return null; // a token with no gold word under it
  }
  const primary = new Int32Array(words.length).fill(-1);
  for (let t = 0; t < n; t++) if (primary[rep[t]!]! < 0) primary[rep[t]!] = t;
  const tokenOf = (w: number): number => {
    for (let guard = 0; w >= 0 && guard <= words.length; guard++) {
      if (primary[w]! >= 0) return primary[w]!;
      if (firstToken[w]! >= 0) return firstToken[w]!;
      w = goldHead[w]!;
    }
    return -1;
  };

  const heads = new Int32Array(n);
  const deprels: string[] = [];
  const upos: string[] = [];
  const xpos: string[] = [];
  for (let t = 0; t < n; t++) {
    const w = rep[t]!;
    upos.push(words[w]!.upos);
    xpos.push(words[w]!.xpos);
    if (primary[w] !== t) {
      heads[t] = primary[w]!;
      deprels.push(words[w]!.upos === 'PUNCT' ? 'punct' : 'goeswith');
      continue;
    }
    let h = goldHead[w]!;
    let ht = h < 0 ? -1 : tokenOf(h);
    while (ht === t) {
      h = goldHead[h]!;
      ht = h < 0 ? -1 : tokenOf(h);
    }
    heads[t] = ht;
    deprels.push(h < 0 ? 'root' : words[w]!.deprel);
  }
  if (heads.filter((h) => h < 0).length !== 1) return null;
  // no cycles: every token reaches the root
  for (let t = 0; t < n; t++) {
    let x = t;
    for (let steps = 0; x >= 0; steps++) {
      if (steps > n) return null;
      x = heads[x]!;
    }
  }
  const lifted = projectivize(heads);
  const forms = doc.value.slice(0, n);
  const winkPos = doc.pos.slice(0, n);
  return {
    id: gold.comments.get('sent_id') ?? `line ${gold.line}`,
    text,
    forms,
    start: doc.start.slice(0, n),
    end: doc.end.slice(0, n),
    winkPos,
    upos,
    xpos,
    heads,
    deprels,
    atoms: tokenAtoms(forms, winkPos),
    lifted,
  };
}

/** Whether every word between d and its head h descends from h. */
function isProjectiveArc(heads: Int32Array, d: number): boolean {
  const h = heads[d]!;
  if (h < 0) return true;
  const lo = Math.min(h, d);
  const hi = Math.max(h, d);
  for (let k = lo + 1; k < hi; k++) {
    let x = k;
    while (x >= 0 && x !== h) x = heads[x]!;
    if (x !== h) return false;
  }
  return true;
}

/** Lifts crossing arcs (shortest first) to the head's head until none is left; returns how many. */
export function projectivize(heads: Int32Array): number {
  let lifted = 0;
  for (;;) {
    let worst = -1;
    for (let d = 0; d < heads.length; d++) {
      if (isProjectiveArc(heads, d)) continue;
      if (worst < 0 || Math.abs(heads[d]! - d) < Math.abs(heads[worst]! - worst)) worst = d;
    }
    if (worst < 0) return lifted;
    heads[worst] = heads[heads[worst]!]!;
    lifted++;
  }
}
