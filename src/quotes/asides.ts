// Content of a cue that stands in an aside or an opening clause of the writer's sentence: it ends
// where the sentence's own predicate or main clause takes over.
//
//   Sanders, who said he would campaign with him, | ultimately did not show up.       aside on the subject
//                ^cue    ^content ............      ^the subject's predicate
//   But while some Republicans will welcome his assistance, | others are wary.        opening clause
//                                  ^cue    ^content ......     ^the main clause
//
// The tree catches most of these (a relative clause's own end, an adverbial clause on the main
// predicate); these word-order tests catch the sentences whose parse hangs the rest of the
// sentence inside the cue's clause.
import type { Doc } from '../nlp/index.ts';
import { finiteVerbTags, relativePronouns } from '../nlp/closed-class.ts';
import { isNounPhraseToken } from './speakers.ts';
import type { Sentence } from './clauses.ts';

/** Words that open an aside on a noun: "Sanders, whose ...", "Clinton, though she ...", "Priebus, in the wake of ...". */
const asideOpenerUpos = new Set(['ADP', 'SCONJ']);
/** Subordinators that open a sentence with a clause of their own: "While ..., others are wary". */
const openingSubordinators = new Set(['while', 'although', 'though', 'once', 'after', 'before', 'when', 'whereas', 'because', 'since', 'until', 'if', 'unless']);
/** Words that may stand before an opening subordinator: "But while", "Yet even though", "Three years after". */
const maxLeadTokens = 3;
/** Most tokens of the subject of a main clause after the comma that closes an opening clause. */
const maxSubjectTokens = 8;

/** The first comma in [first, end), or -1. */
function firstComma(doc: Doc, first: number, end: number): number {
  for (let t = first; t < end; t++) if (doc.value[t] === ',') return t;
  return -1;
}

/** The token after `t` past adverbs and "not": "ultimately did", "notably stopped". */
function pastAdverbs(doc: Doc, t: number, end: number): number {
  while (t < end && (doc.upos[t] === 'ADV' || doc.upos[t] === 'PART')) t++;
  return t;
}

/**
 * Whether cue k stands in an aside set off by a comma after a noun, opened by a relative word, a preposition or a
 * subordinator: "Sanders, who endorsed Canova and said ...", "Clinton, though she praised Garland and said ...",
 * "Priebus, in the wake of a new poll showing ...". The aside has not closed before the cue.
 */
function inAsideOnNoun(doc: Doc, k: number, sentence: Sentence): boolean {
  let comma = -1;
  for (let t = k - 1; t > sentence.first; t--) {
    if (doc.value[t] === ',') {
      comma = t;
      break;
    }
  }
  if (comma === -1 || comma + 1 >= k || !(doc.upos[comma - 1] === 'NOUN' || doc.upos[comma - 1] === 'PROPN')) return false;
  let opener = comma + 1;
  // ("even if the election returns suggest otherwise")
  if (doc.upos[opener] === 'ADV' && opener + 1 < k) opener++;
  const w = doc.lower[opener]!;
  return relativePronouns.has(w) || w === 'whose' || openingSubordinators.has(w) || asideOpenerUpos.has(doc.upos[opener]!);
}

/**
 * Whether cue k stands in a clause that opens the sentence with a subordinator and has not closed before the cue:
 * "But while some Republicans will welcome ...", "Three years after Republicans vowed ...". Not "as" and "like",
 * whose main clause is what was reported ("As Politico reported, the RNC agreed ...").
 */
function inOpeningClause(doc: Doc, k: number, sentence: Sentence): boolean {
  for (let t = sentence.first; t < k && t - sentence.first <= maxLeadTokens; t++) {
    if (openingSubordinators.has(doc.lower[t]!)) {
      for (let c = t + 1; c < k; c++) if (doc.value[c] === ',') return false;
      return true;
    }
    if (doc.value[t] === ',') return false;
  }
  return false;
}

/** Whether a main clause opens at t: a subject ("others", "the party", "it") and then a finite verb. */
function opensMainClause(doc: Doc, t: number, end: number): boolean {
  // (not a relative clause inside the content: "the plan, | which passed in 2010, works")
  if (relativePronouns.has(doc.lower[t]!) || doc.lower[t] === 'whose') return false;
  let v = t;
  while (v < end && v - t < maxSubjectTokens && (isNounPhraseToken(doc, v) || doc.lower[v] === 'of')) v++;
  if (v === t) return false;
  v = pastAdverbs(doc, v, end);
  return v < end && finiteVerbTags.has(doc.xpos[v]!);
}

/**
 * Where the content [first, end) of cue k ends when the cue stands in an aside on the sentence's subject or in an
 * opening clause: at its first comma, before the subject's own predicate ("..., | ultimately did not show up") or
 * the main clause ("..., | others are wary"). `end` otherwise.
 */
export function asideContentEnd(doc: Doc, k: number, sentence: Sentence, first: number, end: number): number {
  const comma = firstComma(doc, first + 1, end);
  if (comma === -1 || comma + 1 >= end) return end;
  if (inAsideOnNoun(doc, k, sentence)) {
    const next = pastAdverbs(doc, comma + 1, end);
    if (next < end && finiteVerbTags.has(doc.xpos[next]!)) return comma;
  }
  if (inOpeningClause(doc, k, sentence) && opensMainClause(doc, comma + 1, end)) return comma;
  return end;
}
