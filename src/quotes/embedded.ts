// Quoted words as the object of a cue whose clause sits inside a larger one: a partial
// quotation of that clause's subject, asked of the dependency tree.
//
//   He opposes a trade deal he has described as a “rip-off” for American workers.
//                           ^speaker ^cue (acl:relcl of "deal")  ^partial, speaker "he"
//   The senator attacked what he called “a reckless plan” on Tuesday.
//
// A term being named ("a so-called “peace dividend”") never gets here: terms.ts has set it
// apart before. A quotation that ends the sentence needs no tree ("called the plan
// “reckless.”", direct.ts); one inside the sentence of a main-clause cue is left to the
// reported-speech rules, which make the whole clause a partial or mixed quotation.
import type { Doc } from '../nlp/index.ts';
import { hasRelation, isClauseHead, subjectsOf, subtree } from '../nlp/tree.ts';
import type { QuotedSpan } from './marks.ts';
import type { SpeakerPhrase } from './speakers.ts';

/**
 * Relations of a clause on a noun or an adverbial one: "a deal he has described as", "what he
 * called", "as he put it". (In a complement, "said that he would offer “a prayer”", the quoted
 * words are already part of the reported clause of the main cue.)
 */
const embeddedClauses = ['acl', 'advcl'];
/** Relations by which the quoted words are what the cue says of something: its object, "as ...", "a ...". */
const objectRelations = ['obj', 'iobj', 'obl', 'xcomp', 'nmod', 'appos', 'conj'];
/** How many arcs up from the quoted words' head the cue may be. */
const maxArcs = 4;

/** The head of the quoted words: their token whose head lies outside them. */
export function headInside(doc: Doc, first: number, end: number): number {
  for (let t = first; t < end; t++) {
    const h = doc.head[t]!;
    if ((h < first || h >= end) && !hasRelation(doc, t, 'punct')) return t;
  }
  return -1;
}

/** Whether the quoted words hang under cue k through object relations, with no other clause between. */
function hangsOn(doc: Doc, k: number, span: QuotedSpan): boolean {
  let t = headInside(doc, span.firstInner, span.endInner);
  for (let arcs = 0; t >= 0 && arcs < maxArcs; arcs++) {
    if (!hasRelation(doc, t, ...objectRelations)) return false;
    const h = doc.head[t]!;
    if (h === k) return true;
    if (h < 0 || isClauseHead(doc, h)) return false;
    t = h;
  }
  return false;
}

/** The subject of cue k when k heads an embedded clause whose object is the quoted span; null otherwise. */
export function embeddedCueSpeaker(doc: Doc, k: number, span: QuotedSpan): SpeakerPhrase | null {
  if (!hasRelation(doc, k, ...embeddedClauses) || !hangsOn(doc, k, span)) return null;
  const subjects = subjectsOf(doc, k);
  // "a deal he has described": its own subject; a relative pronoun's antecedent is not the speaker ("officials who called ...")
  if (subjects.from !== 'own' || subjects.tokens.length === 0) return null;
  const s = subjects.tokens[0]!;
  const words = subtree(doc, s).filter((t) => t < k);
  const first = words[0]!;
  const end = words[words.length - 1]! + 1;
  return { first, end, nameFirst: first, nameEnd: end };
}
