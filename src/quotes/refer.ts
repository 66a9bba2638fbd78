// "Refer to X as “...”": the speaker names X with quoted words; X and the words are one mixed quotation.
//
//   Bush referred to Rubio as “a bright, charismatic leader” but described ...
//        ^cue        ^content ..............................
//   Trump refers to the governor as “Chris.”
//
// Only with quoted words after "as": "referring to the party's convention" (a gloss of the writer's on what
// someone meant) and "refers to those islands as Chinese bases" are left to the other rules.
import type { Doc } from '../nlp/index.ts';
import { children, subtreeSpan } from '../nlp/tree.ts';
import { subjectBefore, type SpeakerPhrase } from './speakers.ts';
import { claimContent, contentKind, sentenceOf } from './clauses.ts';
import type { Found, Scan } from './scan.ts';

/** Forms of "refer". */
export const referForms: ReadonlySet<string> = new Set(['refer', 'refers', 'referred', 'referring']);
/** Most tokens between "to" and "as": "to the candidate, who is supposedly his longtime friend, as". */
const maxNamedTokens = 16;

/** The token of "as" that follows the named phrase after "refer to" at k, before the clause ends; -1 if none. */
function asAfterNamed(doc: Doc, k: number, end: number): number {
  for (let t = k + 2; t < end && t - k - 2 <= maxNamedTokens; t++) {
    const w = doc.value[t]!;
    if (w === ';' || w === ':' || doc.lower[t] === 'and' || doc.lower[t] === 'but') return -1;
    if (doc.lower[t] === 'as') return t;
  }
  return -1;
}

/** The mixed quotation of "refer to X as “...”" with its cue at k, or null. */
export function referredAs(scan: Scan, k: number): Found | null {
  const { doc } = scan;
  if (doc.lower[k + 1] !== 'to') return null;
  const sentence = sentenceOf(scan, k);
  const as = asAfterNamed(doc, k, sentence.end);
  if (as === -1 || as === k + 2) return null;
  // the quoted words open right after "as"
  const span = scan.spanOf[as + 1]!;
  if (span === -1 || scan.spans[span]!.openToken !== as + 1 || scan.spanUsed[span]) return null;
  const first = k + 2;
  // (and a second name joined to the first: "as “criminals” and “rapists”")
  let end = scan.spans[span]!.afterToken;
  const joined = (doc.lower[end] === 'and' || doc.lower[end] === 'or') && end + 1 < sentence.end ? scan.spanOf[end + 1]! : -1;
  if (joined !== -1 && scan.spans[joined]!.openToken === end + 1) end = scan.spans[joined]!.afterToken;
  // (a name in marks, which terms.ts takes for a named term, is what the speaker calls X: "as “Chris.”")
  const labelled = contentKind(scan, first, end);
  if (!labelled) return null;
  return claimContent(scan, k, first, { kind: 'mixed', end: labelled.end }, subjectBefore(doc, k, sentence.first) ?? treeSubject(doc, k, sentence.first));
}

/** The subject of k on the tree, before it in the sentence: "Donald Trump, during interviews on Thursday, | referred". */
function treeSubject(doc: Doc, k: number, first: number): SpeakerPhrase | null {
  const head = children(doc, k, 'nsubj').find((s) => s < k && s >= first);
  if (head === undefined) return null;
  const span = subtreeSpan(doc, head);
  if (span.first < first) return null;
  let nameEnd = head + 1;
  while (nameEnd <= span.last && doc.value[nameEnd] !== ',') nameEnd++;
  return { first: span.first, end: span.last + 1, nameFirst: span.first, nameEnd };
}
