// The quotes stage: direct, partial, mixed and indirect quotations with their
// speakers, as one visible composition of rule families:
//
//   marks     quotation marks -> quoted spans (nesting, paragraphs, unbalanced marks)
//   terms     marks around a named term or a title: not quotations
//   direct    quoted spans with an attribution next to them, or opening a sentence
//   reported  verb cue + content clause (indirect); also "according to" (according),
//             "In a poll ..., CONTENT" (surveys), "Name: ..." (headlines) and nouns of saying (nouns)
//   clauses   where a content clause ends; quoted words inside make it partial or mixed
//   refer     "refer to X as “...”": X and the quoted name, one mixed quotation
//   asides    a cue in an aside on the subject or in an opening clause: its content ends before the
//             sentence's own predicate or main clause
//   speakers  the cue's subject or inverted subject, resolved through actor mentions (a pronoun
//             speaker takes the actors stage's reading of the pronoun, as events and stances do)
//   nested    reported speech inside another quotation's content is part of it (unless a clause of
//             someone else's own)
//   colon     a bare quotation after "clause:" is the clause subject's
//   continuation  a paragraph that is only a quotation continues the previous paragraph's speaker,
//             a bare quotation inside a paragraph the previous sentence's
//
// Everything works on the Doc's flat token arrays in a few linear passes.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor, Article, Quote } from '../model.ts';
import type { Doc } from '../nlp/index.ts';
import type { ActorResult } from '../actors/index.ts';
import { loadCueLexicon, type CueLexicon } from './lexicon.ts';
import { findQuotedSpans } from './marks.ts';
import { findDirectQuotes } from './direct.ts';
import { findReportedSpeech } from './reported.ts';
import { paragraphsInto } from './tokens.ts';
import { isDropped, toQuote, type Found, type Scan } from './scan.ts';
import { continueSpeakers } from './continuation.ts';
import { attributionSentenceSpeakers, colonSpeakers } from './colon.ts';
import { dropNested } from './nested.ts';
import { readNameCues, type NameCues } from '../actors/cues.ts';

export type QuoteOptions = { /** a cue lexicon file instead of data/quotes/cues.txt */ cues?: string };
export type QuoteContext = {
  lexicon: CueLexicon;
  /** the actors stage's name cues: the nouns of people and bodies that may be a cue's subject */
  names: NameCues;
};

const nameCueFile = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'actors', 'name-cues.txt');

export function loadQuoteContext(options: QuoteOptions = {}): QuoteContext {
  return { lexicon: loadCueLexicon(options.cues), names: readNameCues(readFileSync(nameCueFile, 'utf8'), nameCueFile) };
}

/**
 * Per-token and per-span arrays reused from one article to the next (a thread analyses one
 * article at a time, and nothing keeps them after extractQuotes returns). Each article gets
 * views of exactly its length, cleared before use.
 */
const buffers = {
  paragraphOf: new Int32Array(4096),
  paragraphFirst: new Int32Array(4096),
  paragraphEnd: new Int32Array(4096),
  spanOf: new Int32Array(4096),
  used: new Uint8Array(4096),
  spanUsed: new Uint8Array(256),
  spanTerm: new Uint8Array(256),
  spanEmbedded: new Uint8Array(256),
};

function growTokenBuffers(n: number): void {
  const size = Math.max(n, buffers.paragraphOf.length * 2);
  buffers.paragraphOf = new Int32Array(size);
  buffers.paragraphFirst = new Int32Array(size);
  buffers.paragraphEnd = new Int32Array(size);
  buffers.spanOf = new Int32Array(size);
  buffers.used = new Uint8Array(size);
}

function growSpanBuffers(n: number): void {
  const size = Math.max(n, buffers.spanUsed.length * 2);
  buffers.spanUsed = new Uint8Array(size);
  buffers.spanTerm = new Uint8Array(size);
  buffers.spanEmbedded = new Uint8Array(size);
}

function byPosition(a: Quote, b: Quote): number {
  return a.start - b.start || a.end - b.end;
}

export function extractQuotes(doc: Doc, article: Article, actors: ActorResult, ctx: QuoteContext): Quote[] {
  const n = doc.length;
  if (n === 0) return [];
  if (buffers.paragraphOf.length < n) growTokenBuffers(n);
  const paragraphOf = buffers.paragraphOf.subarray(0, n);
  const count = paragraphsInto(doc, paragraphOf, buffers.paragraphFirst, buffers.paragraphEnd);
  const spans = findQuotedSpans(doc, paragraphOf);
  const spanOf = buffers.spanOf.subarray(0, n).fill(-1);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    for (let t = s.openToken; t < s.afterToken && t < n; t++) spanOf[t] = i;
  }
  const actorsById = new Map<string, Actor>();
  for (const a of actors.actors) actorsById.set(a.id, a);
  if (buffers.spanUsed.length < spans.length) growSpanBuffers(spans.length);
  const scan: Scan = {
    doc,
    lexicon: ctx.lexicon,
    names: ctx.names,
    mentions: actors.mentions,
    actorsById,
    paragraphOf,
    paragraphFirst: buffers.paragraphFirst.subarray(0, count),
    paragraphEnd: buffers.paragraphEnd.subarray(0, count),
    spans,
    spanOf,
    used: buffers.used.subarray(0, n).fill(0),
    spanUsed: buffers.spanUsed.subarray(0, spans.length).fill(0),
    spanTerm: buffers.spanTerm.subarray(0, spans.length).fill(0),
    spanEmbedded: buffers.spanEmbedded.subarray(0, spans.length).fill(0),
    bareQuote: new Array<Found | null>(spans.length).fill(null),
    paragraphQuotes: [],
  };
  const direct = findDirectQuotes(scan);
  const reported = findReportedSpeech(scan);
  colonSpeakers(scan, direct);
  attributionSentenceSpeakers(scan, direct);
  dropNested(doc, [...direct, ...reported]);
  continueSpeakers(scan, [...direct, ...reported]);
  const quotes: Quote[] = [];
  for (let i = 0; i < direct.length; i++) if (!isDropped(direct[i]!)) quotes.push(toQuote(article.text, direct[i]!));
  for (let i = 0; i < reported.length; i++) if (!isDropped(reported[i]!)) quotes.push(toQuote(article.text, reported[i]!));
  // (a stable sort: quotations at the same offsets keep direct before reported, in finding order)
  return quotes.sort(byPosition);
}
