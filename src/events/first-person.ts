// The speaker of a quotation is the "I" and "we" of its words: in
//
//   NATO's secretary-general wrote, "I count on Turkey to act with restraint."
//   "We expect from Iran a full investigation," the Ukrainian president said.
//
// the one who counts on Turkey, or expects something from Iran, is the speaker the quotes stage
// found. Each first-person pronoun inside a direct quotation whose speaker has an actor becomes a
// mention of that actor, at the pronoun's own characters.
import { tokenEndingAfter, type Doc } from '../nlp/index.ts';
import type { Mention, Quote } from '../model.ts';

/** First-person pronouns: subjects, objects and possessives ("our troops"). */
const firstPerson = new Set(['i', 'we', 'me', 'us', 'my', 'our']);

/** Mentions for the first-person pronouns of direct quotations, sorted; none where a mention already covers the word. */
export function speakerMentions(doc: Doc, quotes: Quote[], mentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const quote of quotes) {
    if (quote.kind === 'indirect' || !quote.speaker?.actor) continue;
    const pieces = quote.fragments ?? [[quote.start, quote.end]];
    for (const [from, to] of pieces) {
      for (let t = tokenEndingAfter(doc, from); t < doc.length && doc.end[t]! <= to; t++) {
        if (doc.start[t]! < from || !firstPerson.has(doc.lower[t]!)) continue;
        const start = doc.start[t]!;
        const end = doc.end[t]!;
        if (mentions.some((m) => m.start < end && start < m.end)) continue;
        found.push({ start, end, text: doc.text.slice(start, end), actor: quote.speaker.actor });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
