// Part-of-speech tagging for wink's tokens, by a greedy left-to-right averaged perceptron
// trained on UD English (EWT + GUM-open).
//
// wink-nlp's own tags agree with the treebanks' UPOS on about nine tokens in ten; the
// parser loses several points of attachment accuracy per point of tagging error, so
// Entente tags again, with wink's tag as one feature among the word, its affixes, its
// shape and its neighbours (Ratnaparkhi 1996; the feature set of Honnibal's tagger).
//
// The tagger's classes are fine tags: the UD tag joined to the Penn Treebank tag where
// the pair is common in training ("VERB_VBN", "AUX_VBD", "PRON_PRP$"), the UD tag alone
// otherwise. The parser reads the fine tag (a past participle is not a past tense); the
// stages read the UD part (`upos`) and, where known, the Penn part (`xpos`).
import { featureKey, hashString, type Scorer } from './perceptron.ts';

export const uposTags = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM',
  'VERB', 'X',
] as const;

/** The UD part and the Penn Treebank part ('' when not kept) of a fine tag. */
export function splitFineTag(tag: string): { upos: string; xpos: string } {
  const at = tag.indexOf('_');
  return at < 0 ? { upos: tag, xpos: '' } : { upos: tag.slice(0, at), xpos: tag.slice(at + 1) };
}

/** wink-nlp's tag set (UPOS plus SPACE), as atoms for the tagger's features. */
const winkTags = [...uposTags, 'SPACE'];
const winkTagId = new Map(winkTags.map((t, i) => [t, i + 1]));

/** The per-token atoms both the tagger and the parser read, computed once per token. */
export type TokenAtoms = {
  /** hash of the lower-cased form */
  word: Uint32Array;
  /** hash of the last three characters (lower-cased) */
  suffix: Uint32Array;
  /** hash of the last two characters (lower-cased) */
  suffix2: Uint32Array;
  /** hash of the first character */
  prefix: Uint32Array;
  /** hash of the word shape: Xxxx, dd, x-x, ... */
  shape: Uint32Array;
  /** wink's tag, 1-based index in winkTags (0 when unknown) */
  wink: Uint8Array;
};

const upper = 1;
const lower = 2;
const digit = 3;

/** The class of one UTF-16 code unit for word shapes (0: another character, kept as itself). */
function charClass(code: number, ch: string): number {
  if (code >= 65 && code <= 90) return upper;
  if (code >= 97 && code <= 122) return lower;
  if (code >= 48 && code <= 57) return digit;
  if (code < 128) return 0;
  if (/\p{Lu}/u.test(ch)) return upper;
  if (/\p{L}/u.test(ch)) return lower;
  if (/\p{Nd}/u.test(ch)) return digit;
  return 0;
}

/**
 * A word's shape: letters as X/x, digits as d, other characters as themselves, runs of
 * the same class longer than two collapsed ("Moscow" -> "Xxx", "1,200" -> "d,dd").
 */
export function wordShape(form: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < form.length && shape.length < 12; i++) {
    const ch = form[i]!;
    const cls = charClass(form.charCodeAt(i), ch);
    const c = cls === upper ? 'X' : cls === lower ? 'x' : cls === digit ? 'd' : ch;
    if (c === last) run++;
    else {
      last = c;
      run = 1;
    }
    if (run <= 2) shape += c;
  }
  return shape;
}

export function tokenAtoms(forms: readonly string[], winkPos: readonly string[]): TokenAtoms {
  const n = forms.length;
  const atoms: TokenAtoms = {
    word: new Uint32Array(n),
    suffix: new Uint32Array(n),
    suffix2: new Uint32Array(n),
    prefix: new Uint32Array(n),
    shape: new Uint32Array(n),
    wink: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const form = forms[i]!;
    const lowerForm = form.toLowerCase();
    atoms.word[i] = hashString(lowerForm);
    atoms.suffix[i] = hashString(lowerForm.slice(-3));
    atoms.suffix2[i] = hashString(lowerForm.slice(-2));
    atoms.prefix[i] = hashString(form.slice(0, 1));
    atoms.shape[i] = hashString(wordShape(form));
    atoms.wink[i] = winkTagId.get(winkPos[i]!) ?? 0;
  }
  return atoms;
}

/** Atom for "no token here" (before the sentence start or after its end). */
const none = 0x7fffffff;
/** Atom for "no tag yet" (before the sentence start). */
export const startTag = 255;

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
  suffixPrevTag,
  suffix2,
  wordNextWord,
  prevTagNextWink,
  suffixWink,
  prevWordWord,
  nextWinks,
}

export const maxTaggerFeatures = 28;

/**
 * Feature keys of token i of the sentence [from, to), given the two previous predicted
 * tags; returns how many were written into `out`.
 */
export function taggerFeatures(a: TokenAtoms, i: number, from: number, to: number, prevTag: number, prev2Tag: number, out: Uint32Array): number {
  const hasPrev = i - 1 >= from;
  const hasPrev2 = i - 2 >= from;
  const hasNext = i + 1 < to;
  const hasNext2 = i + 2 < to;
  const word = a.word[i]!;
  const wink = a.wink[i]!;
  const prevWink = hasPrev ? a.wink[i - 1]! : startTag;
  const nextWink = hasNext ? a.wink[i + 1]! : startTag;
  const nextWord = hasNext ? a.word[i + 1]! : none;
  let n = 0;
  out[n++] = featureKey(T.bias, 0);
  out[n++] = featureKey(T.word, word);
  out[n++] = featureKey(T.suffix, a.suffix[i]!);
  out[n++] = featureKey(T.suffix2, a.suffix2[i]!);
  out[n++] = featureKey(T.prefix, a.prefix[i]!);
  out[n++] = featureKey(T.shape, a.shape[i]!);
  out[n++] = featureKey(T.wink, wink);
  out[n++] = featureKey(T.prevWord, hasPrev ? a.word[i - 1]! : none);
  out[n++] = featureKey(T.nextWord, nextWord);
  out[n++] = featureKey(T.prev2Word, hasPrev2 ? a.word[i - 2]! : none);
  out[n++] = featureKey(T.next2Word, hasNext2 ? a.word[i + 2]! : none);
  out[n++] = featureKey(T.prevSuffix, hasPrev ? a.suffix[i - 1]! : none);
  out[n++] = featureKey(T.nextSuffix, hasNext ? a.suffix[i + 1]! : none);
  out[n++] = featureKey(T.prevTag, prevTag);
  out[n++] = featureKey(T.prevTags, prevTag, prev2Tag);
  out[n++] = featureKey(T.prevTagWord, prevTag, word);
  out[n++] = featureKey(T.winkNext, wink, nextWink);
  out[n++] = featureKey(T.winkPrev, prevWink, wink);
  out[n++] = featureKey(T.wordWink, word, wink);
  out[n++] = featureKey(T.shapeFirst, a.shape[i]!, i === from ? 1 : 0);
  out[n++] = featureKey(T.nextShape, a.shape[i]!, hasNext ? a.shape[i + 1]! : none);
  out[n++] = featureKey(T.suffixPrevTag, a.suffix[i]!, prevTag);
  out[n++] = featureKey(T.wordNextWord, word, nextWord);
  out[n++] = featureKey(T.prevTagNextWink, prevTag, wink, nextWink);
  out[n++] = featureKey(T.suffixWink, a.suffix[i]!, wink);
  out[n++] = featureKey(T.prevWordWord, hasPrev ? a.word[i - 1]! : none, word);
  out[n++] = featureKey(T.nextWinks, nextWink, hasNext2 ? a.wink[i + 2]! : startTag);
  return n;
}

/** Reused between calls: tagging is synchronous. */
const scratchFeatures = new Uint32Array(maxTaggerFeatures);
let scratchScores = new Float64Array(0);

/**
 * Tags tokens [from, to) greedily, left to right, writing tag indices (the model's
 * classes) into `tags`.
 */
export function tagSentence(model: Scorer, a: TokenAtoms, from: number, to: number, tags: Uint8Array): void {
  if (scratchScores.length !== model.classes) scratchScores = new Float64Array(model.classes);
  const scores = scratchScores;
  let prev = startTag;
  let prev2 = startTag;
  for (let i = from; i < to; i++) {
    const n = taggerFeatures(a, i, from, to, prev, prev2, scratchFeatures);
    scores.fill(0);
    model.score(scratchFeatures, n, scores);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
}
