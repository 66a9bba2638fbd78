// Datelines: the place a wire story was filed from, written in capitals at the start of a
// sentence and closed by a dash. The actors stage reads whose country a story is filed from;
// the events stage keeps the place out of the sentence's events. One reader for both.
//
//   HANOI, Nov. 19 , 2006 (Xinhua) - Vietnam and Japan have decided ...   tokens HANOI ... -
//   EL PASO, Texas - The mayor said ...                                    tokens EL ... -
//   BONN - West German Chancellor Helmut Kohl told ...
//   WASHINGTON ― The Senate voted ...                                      U+2015, the horizontal bar
//   US-led forces overthrew ...                                            no dateline: a word's hyphen
import { isGluedHyphen, type TokenDoc } from './index.ts';
import { dashes } from './closed-class.ts';

/** How far into a sentence the dash that ends a dateline may be. */
const datelineReach = 16;
/** The dash that closes a dateline: one standing apart from words, or a hyphen ("WASHINGTON -"). */
const datelineDashes: ReadonlySet<string> = new Set([...dashes, '-']);

/** A dateline: its sentence, its first token and the token of the dash that closes it. */
export type Dateline = { sentence: number; first: number; dash: number };

type DatelineDoc = Pick<TokenDoc, 'length' | 'value' | 'start' | 'end' | 'sentences'>;

/** Whether a word is written in capitals, as a dateline's place is ("HANOI", "NEW YORK"). */
export function isCapitals(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** The datelines of a document, in order: a digest of several stories has one per story. */
export function datelines(doc: DatelineDoc): Dateline[] {
  const found: Dateline[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const dash = datelineDash(doc, si);
    if (dash !== -1) found.push({ sentence: si, first: doc.sentences[si]!.firstToken, dash });
  }
  return found;
}

/** The dash that closes the dateline opening sentence `si`, or -1 when the sentence opens with none. */
export function datelineDash(doc: DatelineDoc, si: number): number {
  const sentence = doc.sentences[si]!;
  const first = sentence.firstToken;
  if (!isCapitals(doc.value[first]!)) return -1;
  const limit = Math.min(sentence.endToken, first + datelineReach);
  for (let t = first + 1; t < limit; t++) {
    if (!datelineDashes.has(doc.value[t]!)) continue;
    // "US-led forces", "UN-backed talks": a hyphen inside a word joins it, it ends no dateline
    if (isGluedHyphen(doc, t)) continue;
    return t;
  }
  return -1;
}

/** Per token, 1 when it is in a dateline: from the sentence's first word to the dash. */
export function datelineTokens(doc: DatelineDoc): Uint8Array {
  const inDateline = new Uint8Array(doc.length);
  for (const d of datelines(doc)) inDateline.fill(1, d.first, d.dash + 1);
  return inDateline;
}
