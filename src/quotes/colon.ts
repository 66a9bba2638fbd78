// A quotation set off by a colon after a clause names its speaker in that clause: the
// clause's subject, as PolNeAR and news convention read it.
//
//   He then listed the qualities a nominee needs: “Has the candidate a record of ...?”   speaker: He
//   Sanders said yes and stood up for the federal workforce: “For far too long ...”      speaker: Sanders
//
// Only a quotation no attribution has claimed (a bare one) takes it; a colon after a phrase with
// no verb ("Then, the laugh line: “...”") names no one. The colon is the cue.
import { tokenEndingAfter, type Doc } from '../nlp/index.ts';
import { children, subtreeSpan } from '../nlp/tree.ts';
import type { SpeakerPhrase } from './speakers.ts';
import { isDropped, toSpeaker, type Found, type Scan } from './scan.ts';
import { sentenceOf, verbPos } from './clauses.ts';
import { cueVerbAt } from './cues.ts';

/** Longest subject phrase taken. */
const maxSubjectTokens = 25;
/** Subjects that name no speaker: "it", "there", "this", "that". */
const emptySubjects = new Set(['it', 'there', 'this', 'that', 'what', 'which']);

/** The subject of the clause that colon c ends, on the tree: its words lie in [first, c) outside quotations. */
function clauseSubject(scan: Scan, c: number, first: number): SpeakerPhrase | null {
  const { doc } = scan;
  // the clause's verb: the first verb of [first, c) whose head lies outside it (the parse may hang the
  // clause on the quotation's verb, or the colon on either)
  let verb = -1;
  for (let t = first; t < c && verb === -1; t++) if (verbPos.has(doc.upos[t]!) && (doc.head[t]! < first || doc.head[t]! >= c)) verb = t;
  if (verb === -1) return null;
  const subject = children(doc, verb, 'nsubj').find((s) => s >= first && s < verb);
  if (subject === undefined || emptySubjects.has(doc.lower[subject]!)) return null;
  let { first: from, last } = subtreeSpan(doc, subject);
  while (last > subject && doc.upos[last] === 'PUNCT') last--;
  if (from < first || last >= verb || last - from + 1 > maxSubjectTokens) return null;
  for (let t = from; t <= last; t++) if (scan.spanOf[t] !== -1) return null;
  let nameEnd = subject + 1;
  while (nameEnd <= last && doc.value[nameEnd] !== ',' && doc.value[nameEnd] !== '(') nameEnd++;
  return { first: from, end: last + 1, nameFirst: from, nameEnd };
}

function sentenceFirst(scan: Scan, doc: Doc, t: number): number {
  return Math.max(doc.sentences[doc.sentence[t]!]!.firstToken, scan.paragraphFirst[scan.paragraphOf[t]!]!);
}

/**
 * The token right before the opening mark of a direct quotation that has no speaker and no cue
 * yet, or -1 (a quotation already attributed, dropped, or not direct).
 */
function tokenBeforeBareQuote(scan: Scan, quote: Found): number {
  if (quote.speaker || quote.cue || isDropped(quote) || quote.kind !== 'direct') return -1;
  const open = scan.spanOf[tokenEndingAfter(scan.doc, quote.pieces[0]![0])] ?? -1;
  return open === -1 ? -1 : scan.spans[open]!.openToken - 1;
}

/** Gives each bare quotation right after a colon the subject of the clause before the colon. */
export function colonSpeakers(scan: Scan, found: Found[]): void {
  const { doc } = scan;
  for (const quote of found) {
    const c = tokenBeforeBareQuote(scan, quote);
    if (c < 1 || doc.value[c] !== ':' || scan.spanOf[c - 1] !== -1) continue;
    const phrase = clauseSubject(scan, c, sentenceFirst(scan, doc, c - 1));
    if (!phrase) continue;
    quote.speaker = toSpeaker(scan, phrase);
    quote.cue = { start: doc.start[c]!, end: doc.end[c]! };
  }
}

/**
 * A bare quotation right after a sentence that is only an attribution, a cue with a subject and no content
 * of its own, is that subject's:
 *
 *   Sam Lau, the party's spokesman, said in a statement. “There are no paper ballots to recount.”
 *
 * The sentence's cue is its root on the tree, a cue verb that no quotation has taken.
 */
export function attributionSentenceSpeakers(scan: Scan, found: Found[]): void {
  const { doc } = scan;
  for (const quote of found) {
    const stop = tokenBeforeBareQuote(scan, quote);
    if (stop < 1 || doc.value[stop] !== '.' || scan.spanOf[stop] !== -1) continue;
    // (the quote stage's sentence, which mends wink's breaks after "(R-Tex.)")
    const first = sentenceOf(scan, stop - 1).first;
    let verb = -1;
    for (let t = first; t < stop && verb === -1; t++) if (verbPos.has(doc.upos[t]!) && (doc.head[t]! < first || doc.head[t]! >= stop)) verb = t;
    if (verb === -1 || scan.used[verb] || !cueVerbAt(doc, verb, scan.lexicon)) continue;
    let quoted = false;
    for (let t = first; t < stop && !quoted; t++) quoted = scan.spanOf[t] !== -1;
    if (quoted) continue;
    const phrase = clauseSubject(scan, stop, first);
    if (!phrase) continue;
    quote.speaker = toSpeaker(scan, phrase);
    quote.cue = { start: doc.start[verb]!, end: doc.end[verb]! };
  }
}
