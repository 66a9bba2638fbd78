// "According to": the noun phrase after it is the source of the sentence's content.
//
//   According to the health ministry, three soldiers were killed.
//   Three soldiers were killed, according to the army.
//   Three soldiers, according to the army, were killed.            two pieces around the source
import type { Doc } from '../nlp/index.ts';
import { isNounPhraseToken, nounPhraseAfter, type SpeakerPhrase } from './speakers.ts';
import { markUsed, toSpeaker, type Found, type Scan } from './scan.ts';
import { isWordToken, sentenceEndWords } from './tokens.ts';
import { clauseEnd, contentEnd, contentKind, hasVerb, markSpansUsed, minContentWords, offsets, sentenceOf, words } from './clauses.ts';
import { dashes } from './closed-class.ts';

/** Words that open a relative clause on the source ("according to Politico, which ..."): not more of the content. */
const relativeStarts = new Set(['who', 'whom', 'whose', 'which']);
/** Longest source after "according to". */
const maxSourceTokens = 25;
/** Words allowed before a sentence-opening "according to" ("But according to ..."). */
const maxLeadingWords = 2;

/** A source whose first word the tagger read as a verb: the words up to a preposition or the source's end. */
function mistaggedSource(doc: Doc, first: number, end: number): SpeakerPhrase | null {
  // (after a determiner or an adjective only when the tree takes the word for a noun: "according to recent | polling")
  let head = first;
  while (head < end && (doc.pos[head] === 'DET' || doc.pos[head] === 'ADJ')) head++;
  if (head > first && doc.upos[head] !== 'NOUN') return null;
  if (head >= end || doc.pos[head] !== 'VERB' || !isWordToken(doc, head)) return null;
  let nameEnd = head + 1;
  while (nameEnd < end && (isNounPhraseToken(doc, nameEnd) || doc.pos[nameEnd] === 'VERB') && doc.pos[nameEnd] !== 'ADP') nameEnd++;
  return { first, end: nameEnd, nameFirst: first, nameEnd };
}

/**
 * Whether [first, end) after a source and its comma describes the source rather than going on
 * with the content: "according to Bill Ames, | a pollster who ran the survey", "according to the
 * union, | one of the groups that represent the workers". Its first verb follows a relative pronoun.
 */
function describesSource(doc: Doc, first: number, end: number): boolean {
  if (doc.lower[first] === 'a' || doc.lower[first] === 'an') return true;
  for (let t = first; t < end && doc.pos[t] !== 'VERB' && doc.pos[t] !== 'AUX'; t++)
    if (relativeStarts.has(doc.lower[t]!) || doc.lower[t] === 'that') return true;
  return false;
}

/**
 * Where the sentence that holds "according to" at k opens for it: after a colon ("It hasn't gone unnoticed: |
 * According to recent polls, ...") or after quoted words that end a sentence of their own ("... 100 percent.” |
 * According to recent polling, ..."), which the segmenter may leave in the same sentence; else at `first`.
 */
function openingOf(scan: Scan, first: number, k: number): number {
  const { doc } = scan;
  for (let t = k - 1; t > first; t--) {
    if (doc.value[t] === ':') return t + 1;
    if (scan.spanOf[t] !== -1) return sentenceEndWords.has(doc.value[t - 1]!) ? t + 1 : first;
  }
  return first;
}

/** According to X, CONTENT.   CONTENT, according to X.   CONTENT — according to X. */
export function accordingTo(scan: Scan, k: number, length: number): Found | null {
  const { doc } = scan;
  const sentence = sentenceOf(scan, k);
  // The source runs to the next comma: "according to early results of exit polls conducted for the AP,"
  let sourceEnd = k + length;
  while (
    sourceEnd < sentence.end &&
    doc.value[sourceEnd] !== ',' &&
    !sentenceEndWords.has(doc.value[sourceEnd]!) &&
    scan.spanOf[sourceEnd] === -1 &&
    sourceEnd - k < maxSourceTokens
  )
    sourceEnd++;
  // (wink tags the word after "to" as a verb: "according to polls", "according to people in attendance")
  const head = nounPhraseAfter(doc, k + length, sourceEnd) ?? mistaggedSource(doc, k + length, sourceEnd);
  if (!head) return null;
  const source: SpeakerPhrase = { first: head.first, end: sourceEnd, nameFirst: head.nameFirst, nameEnd: head.nameEnd };
  const cue = { start: doc.start[k]!, end: doc.end[k + length - 1]! };
  let content: { first: number; end: number } | null = null;
  let rest: { first: number; end: number } | null = null;
  const before = doc.value[k - 1];
  if (k - 1 > sentence.first && (before === ',' || dashes.has(before!))) {
    // "The agency reported that, according to its records, ...": inside another cue's content clause
    if (doc.lower[k - 2] === 'that') return null;
    content = { first: sentence.first, end: k - 1 };
    // Three soldiers, according to the army, were killed: the sentence goes on after the source
    // (not with a phrase on the source or the writer's comment: "according to Crowdpac, a
    // crowdfunding website", "..., including one from ...", "..., higher than in any year").
    const first = sourceEnd + 1;
    if (
      doc.value[sourceEnd] === ',' &&
      first < sentence.end &&
      !relativeStarts.has(doc.lower[first]!) &&
      doc.pos[first] !== 'VERB' &&
      doc.pos[first] !== 'ADP'
    ) {
      const end = clauseEnd(scan, first, contentEnd(doc, first, sentence));
      if (words(doc, first, end) >= minContentWords && hasVerb(doc, first, end) && !describesSource(doc, first, end)) rest = { first, end };
    }
  } else if (doc.value[sourceEnd] === ',' && k - openingOf(scan, sentence.first, k) <= maxLeadingWords) {
    const first = sourceEnd + 1;
    content = { first, end: clauseEnd(scan, first, contentEnd(doc, first, sentence)) };
  }
  if (!content || words(doc, content.first, content.end) < minContentWords) return null;
  const labelled = contentKind(scan, content.first, content.end);
  if (!labelled) return null;
  const pieces: [number, number][] = [offsets(doc, content.first, labelled.end)];
  const restLabelled = rest && labelled.end <= k - 1 ? contentKind(scan, rest.first, rest.end) : null;
  if (rest && restLabelled) {
    markSpansUsed(scan, rest.first, restLabelled.end);
    pieces.push(offsets(doc, rest.first, restLabelled.end));
  }
  markSpansUsed(scan, content.first, labelled.end);
  markUsed(scan, k, k + length);
  return { pieces, kind: restLabelled && restLabelled.kind !== 'indirect' ? restLabelled.kind : labelled.kind, speaker: toSpeaker(scan, source), cue };
}
