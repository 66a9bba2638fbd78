// Evidential cues: the writer reports how things seem or what is expected,
// with no one named as saying it. PolNeAR counts these as attributions without
// a source; the content is the whole clause, its subject included.
//
//   The race appears closer in Ohio.                 indirect, speaker null
//   She is expected to move swiftly to claim ...     indirect, speaker null
//   It appears, though, that the game was not boring.  content from "that" (expletive "it")
//
// The clause is the evidential's own on the tree: from the start of its subject's subtree (word
// order when the tree has none before it) to the end of the evidential's subtree.
import type { Doc } from '../nlp/index.ts';
import { children, subtreeSpan } from '../nlp/tree.ts';
import { subjectBefore } from './speakers.ts';
import type { Found, Scan } from './scan.ts';
import { beForms } from '../nlp/closed-class.ts';
import { cueVerbAt } from './cues.ts';
import { describesNoun } from './predicate.ts';
import { afterDateline, claimContent, clauseEnd, contentEnd, contentKind, type Sentence, words } from './clauses.ts';

/** Relative pronouns that stand for the subject of an evidential ("which is expected to draw ..."). */
const relativeSubjects = new Set(['which', 'who', 'that']);
/** Tokens between an expletive evidential and its "that" ("It appears, though, that"). */
const maxExpletiveGap = 4;
/** Prepositional phrases inside a subject ("the head of the party in Ohio"). */
const maxSubjectHops = 2;
/** An evidential clause needs this many words. */
const minEvidentialWords = 3;

/** The first token of the subject of evidential k on the tree, when all of it lies in the sentence before k; else -1. */
function treeSubjectFirst(doc: Doc, k: number, sentence: Sentence): number {
  const subject = children(doc, k, 'nsubj', 'nsubj:pass', 'csubj')[0];
  if (subject === undefined || subject >= k) return -1;
  let { first, last } = subtreeSpan(doc, subject);
  if (last > k) return -1;
  while (first < subject && doc.upos[first] === 'PUNCT') first++;
  return first >= sentence.first ? first : -1;
}

/** The end of the subtree of k, without the punctuation that closes it. */
function clauseSubtreeEnd(doc: Doc, k: number): number {
  let { last } = subtreeSpan(doc, k);
  while (last > k && doc.upos[last] === 'PUNCT') last--;
  return last + 1;
}

/** The evidential at token k (already looked up in the lexicon as `passive`), or null. */
export function evidentialAt(scan: Scan, k: number, passive: boolean, sentence: Sentence, lastEnd: number): Found | null {
  const { doc } = scan;
  let verb = k;
  if (passive) {
    let b = k - 1;
    if (doc.lower[b] === 'not' || doc.lower[b] === "n't" || doc.lower[b] === 'also' || doc.lower[b] === 'widely') b--;
    if (b < sentence.first || !beForms.has(doc.lower[b]!)) return null;
    verb = b;
  }
  const next = doc.lower[k + 1];
  // seems to / seemed like / appears closer / appeared equally unperturbed / is expected to
  const complement = next === 'to' || (!passive && (next === 'like' || doc.pos[k + 1] === 'ADJ' || doc.pos[k + 1] === 'ADV'));
  const expletive = doc.lower[verb - 1] === 'it' && (next === ',' || next === 'that');
  if (!complement && !expletive) return null;
  // "Mr. Cruz seemed to mock his vague tough talk", "he appeared to suggest that ...": an infinitive of saying
  // or thinking is the subject's own quotation, with "seemed to mock" as its cue (reported.ts), not the writer's
  if (!passive && next === 'to' && cueVerbAt(doc, k + 2, scan.lexicon)) return null;
  const sentenceEnd = contentEnd(doc, k, sentence);
  let end = clauseEnd(scan, k, sentenceEnd);
  let first: number;
  const treeSubject = treeSubjectFirst(doc, k, sentence);
  if (expletive) {
    // It appears, though, that ...: the content is the that-clause.
    let t = k + 1;
    while (t < sentenceEnd && t - k <= maxExpletiveGap && doc.lower[t] !== 'that') t++;
    if (doc.lower[t] !== 'that') return null;
    first = t;
    end = clauseEnd(scan, t, sentenceEnd);
  } else if (relativeSubjects.has(doc.lower[verb - 1]!) && verb - 1 >= sentence.first) {
    first = verb - 1;
  } else if (treeSubject !== -1) {
    // the subject on the tree, whole: "the special relationship between America and Britain appears ..."
    // (not "times" in "has at times seemed eager", nor "their face" in "which on their face seemed")
    first = treeSubject;
    if (doc.lower[first] === 'it' || doc.lower[first] === 'there') return null;
  } else {
    const subject = subjectBefore(doc, verb, sentence.first);
    if (!subject || doc.lower[subject.first] === 'it' || doc.lower[subject.first] === 'there') return null;
    first = subject.first;
    // the politician with the outsized personality seemed ...: a subject with a prepositional phrase.
    for (let hops = 0; hops < maxSubjectHops && first - 1 > sentence.first && doc.pos[first - 1] === 'ADP'; hops++) {
      const head = subjectBefore(doc, first - 1, sentence.first);
      if (!head) break;
      first = head.first;
    }
  }
  first = afterDateline(doc, sentence, first, k);
  // The clause ends with the evidential's own subtree: "..., though Mr. Sanders appears to lead | . Mrs. Clinton ...",
  // "if she seemed to embody contradictions | , they also reflected ...".
  end = Math.min(end, clauseSubtreeEnd(doc, k));
  // "a plan which seemed doomed": in a relative clause the writer describes the noun (not "which is expected to draw ...")
  if (!passive && describesNoun(doc, k, null, first, end)) return null;
  // The clause is already the content of another cue ("He said the race appears closer").
  if (doc.start[first]! < lastEnd) return null;
  if (words(doc, first, end) < minEvidentialWords) return null;
  const labelled = contentKind(scan, first, end);
  if (!labelled) return null;
  return claimContent(scan, k, first, labelled, null, verb);
}
