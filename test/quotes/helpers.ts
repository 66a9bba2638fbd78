// Shared test helper: run the quote stage on real-news-style text, with the
// actor stage replaced by hand-built mentions so that these tests do not
// depend on the actor dictionaries.
import { parse } from '../../src/nlp/index.ts';
import { extractQuotes, loadQuoteContext } from '../../src/quotes/index.ts';
import type { Actor, Mention, Quote } from '../../src/model.ts';

const ctx = loadQuoteContext();

export type QuoteWithPieces = Quote;

/** Each entry is a mention text and its actor; `actorName` names the actor record when it is not the first entry's text. */
export function quotesOf(text: string, actors: { name: string; id: string; kind?: Actor['kind']; actorName?: string }[] = []): QuoteWithPieces[] {
  const doc = parse(text);
  const mentions: Mention[] = [];
  for (const a of actors) {
    // Whole words only: "he" is not a mention inside "The".
    const word = new RegExp(`(?<![\\p{L}])${a.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(word)) mentions.push({ start: m.index!, end: m.index! + a.name.length, text: a.name, actor: a.id });
  }
  mentions.sort((x, y) => x.start - y.start);
  // One actor per id, named by its first (naming) entry, as the actor stage reports them.
  const actorRecords: Actor[] = [];
  for (const a of actors) if (!actorRecords.some((r) => r.id === a.id)) actorRecords.push({ id: a.id, name: a.actorName ?? a.name, kind: a.kind ?? 'person' });
  const tokenMention = new Int32Array(doc.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let t = 0; t < doc.length; t++) if (doc.start[t]! >= m.start && doc.end[t]! <= m.end) tokenMention[t] = i;
  });
  return extractQuotes(doc, { id: 't', text }, { actors: actorRecords, mentions, tokenMention }, ctx);
}

/** The quoted text of a span, for readable assertions. */
export function textOf(text: string, span: { start: number; end: number } | null | undefined): string | null {
  return span ? text.slice(span.start, span.end) : null;
}
