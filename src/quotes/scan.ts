// What the quote rules share while reading one article: the parsed text, the
// cue lexicon, the actor mentions, and per-token bookkeeping in flat arrays.
import type { Actor, Mention, Quote } from '../model.ts';
import type { NameCues } from '../actors/cues.ts';
import type { Doc } from '../nlp/index.ts';
import type { CueLexicon } from './lexicon.ts';
import type { QuotedSpan } from './marks.ts';
import { speakerFromPhrase, type SpeakerPhrase, type Speaker } from './speakers.ts';

export type Scan = {
  doc: Doc;
  lexicon: CueLexicon;
  /** the actors stage's name cues: its nouns of people, roles and bodies tell a subject that can speak */
  names: NameCues;
  mentions: Mention[];
  actorsById: Map<string, Actor>;
  paragraphOf: Int32Array;
  paragraphFirst: Int32Array;
  paragraphEnd: Int32Array;
  spans: QuotedSpan[];
  /** token -> index of the quoted span it lies in (marks included), or -1 */
  spanOf: Int32Array;
  /** 1 for tokens already used as a cue or speaker of some quotation */
  used: Uint8Array;
  /** quoted spans already part of an output quotation */
  spanUsed: Uint8Array;
  /** quoted spans output as a bare direct quotation (no attribution): a reported clause may take them over */
  bareQuote: (Found | null)[];
  /** bare quotations that are a whole paragraph, in text order: they may continue the previous paragraph's speaker */
  paragraphQuotes: Found[];
  /** quoted spans that name a term or a title (“peace dividend”, “Orange is the New Black”): not words someone said */
  spanTerm: Uint8Array;
  /** quoted spans output as the partial quotation of a clause inside a larger one ("a deal he has described as a “rip-off”"):
   * a larger clause's content may hold them too */
  spanEmbedded: Uint8Array;
};

/** A quotation under construction: pieces as [start, end) offsets. */
export type Found = {
  pieces: [number, number][];
  kind: Quote['kind'];
  speaker: Speaker | null;
  cue: { start: number; end: number } | null;
};

export function toSpeaker(scan: Scan, phrase: SpeakerPhrase | null): Speaker | null {
  return phrase ? speakerFromPhrase(scan.doc, phrase, scan.mentions, scan.actorsById) : null;
}

export function markUsed(scan: Scan, first: number, end: number): void {
  for (let t = first; t < end; t++) scan.used[t] = 1;
}

/** A quotation taken over by another one has no pieces left and is not output. */
export function isDropped(found: Found): boolean {
  return found.pieces.length === 0;
}

function byStart(a: [number, number], b: [number, number]): number {
  return a[0] - b[0];
}

export function toQuote(text: string, found: Found): Quote {
  const pieces = found.pieces.length === 1 ? found.pieces : found.pieces.slice().sort(byStart);
  const start = pieces[0]![0];
  const end = pieces[pieces.length - 1]![1];
  const quote: Quote = { start, end, text: text.slice(start, end), kind: found.kind, speaker: found.speaker };
  const cue = found.cue;
  if (cue) quote.cue = { start: cue.start, end: cue.end, text: text.slice(cue.start, cue.end) };
  if (pieces.length > 1) quote.fragments = pieces;
  return quote;
}
