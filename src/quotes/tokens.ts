// Small views over the Doc's flat token arrays that every quote rule needs.
import type { Doc } from '../nlp/index.ts';

/**
 * Paragraph index of every token. A line break starts a paragraph here even
 * without a blank line: many feeds break paragraphs with one newline, and a
 * quotation or its attribution never runs over a line break. One pass over the
 * whitespace between tokens.
 */
export function paragraphOfTokens(doc: Doc): { paragraphOf: Int32Array; count: number } {
  const paragraphOf = new Int32Array(doc.length);
  const count = paragraphsInto(doc, paragraphOf, new Int32Array(doc.length), new Int32Array(doc.length));
  return { paragraphOf, count };
}

/**
 * paragraphOfTokens into given arrays (each at least doc.length long), together with the first
 * token of every paragraph and one past its last (`first`, `end`); returns the paragraph count.
 */
export function paragraphsInto(doc: Doc, paragraphOf: Int32Array, first: Int32Array, end: Int32Array): number {
  const n = doc.length;
  if (n === 0) return 0;
  const { text, start: starts, end: ends } = doc;
  let p = 0;
  paragraphOf[0] = 0;
  first[0] = 0;
  // the first line break at or after the end of the token before t (Infinity when none is left)
  let newline = -1;
  for (let t = 1; t < n; t++) {
    const gap = ends[t - 1]!;
    if (newline < gap) {
      newline = text.indexOf('\n', gap);
      if (newline === -1) newline = Infinity;
    }
    if (newline < starts[t]!) {
      end[p] = t;
      p++;
      first[p] = t;
    }
    paragraphOf[t] = p;
  }
  end[p] = n;
  return p + 1;
}

const code = {
  space: 0x20,
  tab: 0x09,
  newline: 0x0a,
  carriageReturn: 0x0d,
  noBreakSpace: 0xa0,
} as const;

export function isSpaceCode(c: number): boolean {
  return c === code.space || c === code.newline || c === code.tab || c === code.carriageReturn || c === code.noBreakSpace || (c >= 0x2000 && c <= 0x200b);
}

/** Letters and digits of any script (one char code; the texts have no astral letters that matter here). */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

/** Token is a word (starts with a letter or digit). */
export function isWordToken(doc: Doc, t: number): boolean {
  return isWordCode(doc.value[t]!.charCodeAt(0));
}

/** Token is a proper noun or looks like one (capitalised, not sentence-initial punctuation). */
export function isNameToken(doc: Doc, t: number): boolean {
  if (doc.pos[t] === 'PROPN') return true;
  const c = doc.value[t]!.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a && (doc.pos[t] === 'NOUN' || doc.pos[t] === 'ADJ' || doc.pos[t] === 'X');
}

export const sentenceEndWords = new Set(['.', '!', '?', '...', '…']);
