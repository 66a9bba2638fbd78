// Nouns of saying: a possessive speaker, the noun and its that-clause.
//
//   Kyiv rejected Moscow's claim that the strike hit only military targets.
import { subjectBefore, type SpeakerPhrase } from './speakers.ts';
import type { Found, Scan } from './scan.ts';
import { claimContent, clauseEnd, contentEnd, contentKind, minContentWords, sentenceOf, words } from './clauses.ts';
import { possessiveDeterminers } from '../nlp/closed-class.ts';

/**
 * A noun of saying with its speaker as a possessive, and a that-clause:
 *   Trump's claim that the election was rigged
 * (Measured on PolNeAR dev, of-phrases — "her criticism of the deal" — cost as much
 * precision as they gained recall, so they are not taken.)
 */
export function nounCue(scan: Scan, k: number): Found | null {
  const { doc } = scan;
  const sentence = sentenceOf(scan, k);
  let speaker: SpeakerPhrase | null = null;
  let b = k - 1;
  while (b > sentence.first && doc.pos[b] === 'ADJ') b--; // his repeated claims
  if (b >= sentence.first && possessiveDeterminers.has(doc.lower[b]!)) speaker = { first: b, end: b + 1, nameFirst: b, nameEnd: b + 1 };
  else if (b - 1 >= sentence.first && (doc.lower[b] === "'s" || doc.lower[b] === '’s')) {
    const phrase = subjectBefore(doc, b, sentence.first);
    if (phrase) speaker = { ...phrase, end: phrase.end };
  }
  if (!speaker) return null;
  const next = k + 1;
  if (next >= sentence.end) return null;
  let content: { first: number; end: number } | null = null;
  if (doc.lower[next] === 'that' && doc.pos[next] !== 'DET') content = { first: next, end: clauseEnd(scan, next, contentEnd(doc, next, sentence)) };
  if (!content || words(doc, content.first, content.end) < minContentWords) return null;
  const labelled = contentKind(scan, content.first, content.end);
  if (!labelled) return null;
  return claimContent(scan, k, content.first, labelled, speaker);
}
