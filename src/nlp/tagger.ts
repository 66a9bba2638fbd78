// Part-of-speech tagging: UD universal tags (UPOS) for wink's tokens, by a greedy
// left-to-right averaged perceptron trained on UD English (EWT + GUM-open).
//
// wink-nlp's own tags agree with the treebanks' UPOS on about nine tokens in ten; the
// parser loses several points of attachment accuracy per point of tagging error, so
// Entente tags again, with wink's tag as one feature among the word, its affixes, its
// shape and its neighbours (Ratnaparkhi 1996; the feature set of Honnibal's tagger).
import { featureKey, hashString, type Weights } from './perceptron.ts';

export const uposTags = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export type Upos = (typeof uposTags)[number];

/** wink-nlp's tag set (UPOS plus SPACE), as atoms for the tagger's features. */
const winkTags = [...uposTags, 'SPACE'];
const winkTagId = new Map(winkTags.map((t, i) => [t, i + 1]));

/** The per-token atoms both the tagger and the parser read, computed once per token. */
export type TokenAtoms = {
  /** hash of the lower-cased form */
  word: Uint32Array;
  /** hash of the last three characters (lower-cased) */
  suffix: Uint32Array;
  /** hash of the first character */
  prefix: Uint32Array;
  /** hash of the word shape: Xxxx, dd, x-x, ... */
  shape: Uint32Array;
  /** wink's tag, 1-based index in winkTags (0 when unknown) */
  wink: Uint8Array;
};

/**
 * A word's shape: letters as X/x, digits as d, other characters as themselves, runs of
 * the same class longer than two collapsed ("Moscow" -> "Xxx", "1,200" -> "d,dd").
 */
export function wordShape(form: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    let c: string;
    if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{L}/u.test(ch)) c = 'x';
    else if (/\p{Nd}/u.test(ch)) c = 'd';
    else c = ch;
    if (c === last) run++;
    else {
      last = c;
      run = 1;
    }
    if (run <= 2) shape += c;
    if (shape.length >= 12) break;
  }
  return shape;
}

export function tokenAtoms(forms: readonly string[], winkPos: readonly string[]): TokenAtoms {
  const n = forms.length;
  const atoms: TokenAtoms = {
    word: new Uint32Array(n),
    suffix: new Uint32Array(n),
    prefix: new Uint32Array(n),
    shape: new Uint32Array(n),
    wink: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const form = forms[i]!;
    const lower = form.toLowerCase();
    atoms.word[i] = hashString(lower);
    atoms.suffix[i] = hashString(lower.slice(-3));
    atoms.prefix[i] = hashString(form.slice(0, 1));
    atoms.shape[i] = hashString(wordShape(form));
    atoms.wink[i] = winkTagId.get(winkPos[i]!) ?? 0;
  }
  return atoms;
}

/** Atom for "no token here" (before the sentence start or after its end). */
const none = 0x7fffffff;
/** Atom for "no tag yet" (before the sentence start). */
const startTag = 255;

/** Template numbers: one per feature kind, so equal atoms in different roles differ. */
const enum T {
  bias,
  word,
  suffix,
  prefix,
  shape,
  wink,
  prevWord,
  nextWord,
  prev2Word,
  next2Word,
  prevSuffix,
  nextSuffix,
  prevTag,
  prevTags,
  prevTagWord,
  winkNext,
  winkPrev,
  wordWink,
  shapeFirst,
  nextShape,
  suffix2,
}

export const maxTaggerFeatures = 24;

/**
 * Feature keys of token i of the sentence [from, to), given the two previous predicted
 * tags; returns how many were written into `out`.
 */
export function taggerFeatures(a: TokenAtoms, i: number, from: number, to: number, prevTag: number, prev2Tag: number, out: Uint32Array): number {
  const at = (array: Uint32Array, j: number) => (j >= from && j < to ? array[j]! : none);
  const winkAt = (j: number) => (j >= from && j < to ? a.wink[j]! : startTag);
  let n = 0;
  out[n++] = featureKey(T.bias, 0);
  out[n++] = featureKey(T.word, a.word[i]!);
  out[n++] = featureKey(T.suffix, a.suffix[i]!);
  out[n++] = featureKey(T.prefix, a.prefix[i]!);
  out[n++] = featureKey(T.shape, a.shape[i]!);
  out[n++] = featureKey(T.wink, a.wink[i]!);
  out[n++] = featureKey(T.prevWord, at(a.word, i - 1));
  out[n++] = featureKey(T.nextWord, at(a.word, i + 1));
  out[n++] = featureKey(T.prev2Word, at(a.word, i - 2));
  out[n++] = featureKey(T.next2Word, at(a.word, i + 2));
  out[n++] = featureKey(T.prevSuffix, at(a.suffix, i - 1));
  out[n++] = featureKey(T.nextSuffix, at(a.suffix, i + 1));
  out[n++] = featureKey(T.prevTag, prevTag);
  out[n++] = featureKey(T.prevTags, prevTag, prev2Tag);
  out[n++] = featureKey(T.prevTagWord, prevTag, a.word[i]!);
  out[n++] = featureKey(T.winkNext, a.wink[i]!, winkAt(i + 1));
  out[n++] = featureKey(T.winkPrev, winkAt(i - 1), a.wink[i]!);
  out[n++] = featureKey(T.wordWink, a.word[i]!, a.wink[i]!);
  out[n++] = featureKey(T.shapeFirst, a.shape[i]!, i === from ? 1 : 0);
  out[n++] = featureKey(T.nextShape, a.shape[i]!, at(a.shape, i + 1));
  out[n++] = featureKey(T.suffix2, a.suffix[i]!, prevTag);
  return n;
}

export { startTag };

/**
 * Tags tokens [from, to) greedily, left to right, writing tag indices (into uposTags)
 * into `tags`.
 */
export function tagSentence(model: Weights, a: TokenAtoms, from: number, to: number, tags: Uint8Array): void {
  const features = new Uint32Array(maxTaggerFeatures);
  const scores = new Float64Array(model.classes);
  let prev = startTag;
  let prev2 = startTag;
  for (let i = from; i < to; i++) {
    const n = taggerFeatures(a, i, from, to, prev, prev2, features);
    scores.fill(0);
    model.score(features, n, scores);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
}
