// A paragraph that is only a quotation, with no attribution, continues the previous
// paragraph's last speaker: the news convention for a speaker's next paragraph.
//
//   The minister said the talks had failed. “We gave them every chance,” she said.
//
//   “Now it is up to them.”                  speaker: the minister's, inferred: 'continuation'
//
// A whole paragraph continues a speaker attributed in the last sentence of the paragraph right
// before it; a bare quotation inside a paragraph continues the speaker attributed in the sentence
// right before it ("Mr. Varga said the plan would fail. “We will fight it.”"). A bare quotation
// after a paragraph or a sentence that went on to other things keeps speaker null. The speaker's
// span is the one the earlier attribution named.
import { tokenEndingAfter } from '../nlp/index.ts';
import type { Speaker } from './speakers.ts';
import { isDropped, type Found, type Scan } from './scan.ts';

type Attributed = { end: number; speaker: Speaker };

/** Where a quotation's attribution ends: after its last piece, its cue or its speaker ("“... AGAIN!” he tweeted during the first half."). */
function lastEnd(found: Found): number {
  let end = 0;
  for (const piece of found.pieces) end = Math.max(end, piece[1]);
  if (found.cue) end = Math.max(end, found.cue.end);
  if (found.speaker && !found.speaker.inferred) end = Math.max(end, found.speaker.end);
  return end;
}

/** Gives each paragraph-long bare quotation the speaker quoted last in the paragraph before it, when there is one. */
export function continueSpeakers(scan: Scan, found: Found[]): void {
  const { doc } = scan;
  const paragraphAt = (offset: number) => scan.paragraphOf[Math.min(tokenEndingAfter(doc, offset), doc.length - 1)]!;
  const attributed: Attributed[] = [];
  for (const f of found) if (f.speaker && !isDropped(f)) attributed.push({ end: lastEnd(f), speaker: f.speaker });
  attributed.sort((a, b) => a.end - b.end);
  for (const quote of scan.paragraphQuotes) {
    if (quote.speaker || isDropped(quote)) continue;
    const start = quote.pieces[0]![0];
    const paragraph = paragraphAt(start);
    if (paragraph === 0) continue;
    // the previous paragraph's last sentence
    const closing = doc.sentence[scan.paragraphEnd[paragraph - 1]! - 1]!;
    let last: Attributed | undefined;
    for (const a of attributed) {
      if (a.end > start) break;
      if (doc.sentence[tokenEndingAfter(doc, a.end - 1)] === closing) last = a;
    }
    if (!last) continue;
    quote.speaker = { ...last.speaker, inferred: 'continuation' };
    // The next paragraph may continue this one in turn.
    attributed.push({ end: lastEnd(quote), speaker: quote.speaker });
    attributed.sort((a, b) => a.end - b.end);
  }
  // A bare quotation inside a paragraph right after the sentence that attributed another quotation
  // ("“...,” Mr. Holtz-Eakin said. “They're more detailed ...”") continues that speaker.
  for (const quote of found) {
    if (quote.speaker || quote.cue || isDropped(quote) || quote.kind !== 'direct') continue;
    const start = quote.pieces[0]![0];
    const first = tokenEndingAfter(doc, start);
    if (first >= doc.length) continue;
    const paragraph = scan.paragraphOf[first]!;
    const sentence = doc.sentence[first]!;
    let last: Attributed | undefined;
    for (const a of attributed) {
      if (a.end > start) break;
      last = a;
    }
    if (!last || last.speaker.inferred) continue;
    const lastToken = tokenEndingAfter(doc, last.end - 1);
    if (scan.paragraphOf[lastToken] !== paragraph || doc.sentence[lastToken]! < sentence - 1) continue;
    quote.speaker = { ...last.speaker, inferred: 'continuation' };
  }
}
