// Named terms: quotation marks around a term or a title rather than words
// someone said. Such spans are not output, and inside reported speech they do
// not make it a partial quotation.
//
//   a so-called “peace dividend”     the slogan “America First”     a term marker before the marks
//   the “Orange Is the New Black” star                               a title: few words, all capitalised
import type { Doc } from '../nlp/index.ts';
import type { CueLexicon } from './lexicon.ts';
import type { Scan } from './scan.ts';
import { isWordToken } from './tokens.ts';

/** Longest title-like span treated as a name rather than a quotation. */
const maxTitleWords = 6;
/** Function words up to this length stay lower case inside titles ("is the", "of"). */
const maxTitleFunctionWordLength = 3;

/** A term marker ("so-called", "the slogan", "known as") ends right before token t, allowing one determiner between. */
export function termMarkerBefore(doc: Doc, t: number, lexicon: CueLexicon): boolean {
  const afterDeterminer = doc.pos[t - 1] === 'DET';
  for (const seq of lexicon.terms) {
    if (sequenceEndsAt(doc, t, seq) || (afterDeterminer && sequenceEndsAt(doc, t - 1, seq))) return true;
  }
  return false;
}

/** The token sequence `seq` ends right before token `end` (end <= doc.length). */
function sequenceEndsAt(doc: Doc, end: number, seq: string[]): boolean {
  const first = end - seq.length;
  if (end < 0 || first < 0 || end > doc.length) return false;
  for (let i = 0; i < seq.length; i++) if (doc.lower[first + i] !== seq[i]) return false;
  return true;
}

/** Every word is capitalised and there are few: a title or a name (“Orange is the New Black”), not words someone said. */
export function isTitleLike(scan: Scan, firstInner: number, endInner: number): boolean {
  const { doc } = scan;
  let words = 0;
  for (let t = firstInner; t < endInner; t++) {
    const v = doc.value[t]!;
    if (v === '!' || v === '?') return false;
    if (!isWordToken(doc, t)) continue;
    words++;
    const initial = v[0]!;
    const capitalised = initial !== initial.toLowerCase() || (initial >= '0' && initial <= '9');
    if (!capitalised && (t === firstInner || v.length > maxTitleFunctionWordLength)) return false;
  }
  return words > 0 && words <= maxTitleWords;
}
