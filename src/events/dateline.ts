// Datelines: the place a wire story was filed from opens its first sentence, and is no actor
// of that sentence's events.
//
//   HANOI, Nov. 19 , 2006 (Xinhua) - Vietnam and Japan have decided ...   HANOI is no source
//   LUXEMBOURG, Oct 20 - The European Community (EC) agreed ...
//   BONN - West German Chancellor Helmut Kohl told ...
//   US-led forces overthrew ...                                           no dateline: a word's hyphen
import { isGluedHyphen, type Doc } from '../nlp/index.ts';

/** How far into a sentence the dash that ends a dateline may be. */
const datelineReach = 16;
const dashes = new Set(['-', '--', '—', '–']);

/** Whether a word is written in capitals, as a dateline's place is ("HANOI", "NEW YORK"). */
function isCapitals(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Per token, 1 when it is in a dateline: from a sentence's capitalised first word to the dash after it. */
export function datelineTokens(doc: Doc): Uint8Array {
  const inDateline = new Uint8Array(doc.length);
  for (const sentence of doc.sentences) {
    const first = sentence.firstToken;
    if (!isCapitals(doc.value[first]!)) continue;
    const limit = Math.min(sentence.endToken, first + datelineReach);
    for (let t = first + 1; t < limit; t++) {
      if (!dashes.has(doc.value[t]!)) continue;
      // "US-led forces", "UN-backed talks": a hyphen inside a word joins it, it ends no dateline
      if (isGluedHyphen(doc, t)) continue;
      inDateline.fill(1, first, t + 1);
      break;
    }
  }
  return inDateline;
}
