// A paragraph that is only a quotation, with no attribution, continues the previous
// paragraph's last speaker: the news convention for a speaker's next paragraph.
//
//   The minister said the talks had failed. “We gave them every chance,” she said.
//
//   “Now it is up to them.”                  speaker: the minister's, inferred: 'continuation'
//
// Only a whole paragraph continues, and only a speaker quoted in the last sentence of the
// paragraph right before it; a bare quotation inside a paragraph of other text, or after a
// paragraph that went on to other things, keeps speaker null. The speaker's span is the one
// the earlier attribution named, so it lies in an earlier paragraph.
import { tokenEndingAfter } from '../nlp/index.ts';
import type { Speaker } from './speakers.ts';
import { isDropped, type Found, type Scan } from './scan.ts';

type Attributed = { end: number; speaker: Speaker };

function lastEnd(found: Found): number {
  let end = 0;
  for (const piece of found.pieces) end = Math.max(end, piece[1]);
  return end;
}

/** Gives each paragraph-long bare quotation the speaker quoted last in the paragraph before it, when there is one. */
export function continueSpeakers(scan: Scan, found: Found[]): void {
  if (scan.paragraphQuotes.length === 0) return;
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
}
