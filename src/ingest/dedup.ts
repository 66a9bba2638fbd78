// Article identity and near-duplicate signatures.
//
// The id is a hash of the normalised text, so the same story read twice gets
// the same id. Syndicated copies with another header or footer ("The post ...
// appeared first on ...") differ in a few words: MinHash over word shingles
// estimates their Jaccard similarity, and LSH bands find candidates cheaply. A shorter version
// contained in a longer one (Jaccard about the ratio of their lengths) is found through the
// containment that the Jaccard estimate and the two texts' shingle counts give.
import { createHash } from 'node:crypto';

export const shingleWords = 5;
export const minhashSize = 64;
export const bandRows = 4; // 16 bands of 4 rows: pairs above ~0.7 similarity almost always share a band
export const nearDuplicateThreshold = 0.7;
/**
 * A shorter version of a story that a longer one contains (a wire item and its fuller rewrite) is
 * a near-duplicate too: at least this share of its shingles in the longer text (`containment`)...
 */
export const nearDuplicateContainment = 0.9;
/**
 * ...with a Jaccard estimate of at least this: below it the 64-hash estimate is too coarse for the
 * containment computed from it (a text a third of another's length is contained at Jaccard 0.33),
 * and LSH bands rarely bring such pairs together anyway.
 */
export const minContainedSimilarity = 0.4;

export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex');
}

/** Stable article id derived from the normalised text. */
export function articleIdFor(text: string): string {
  return contentHash(text).slice(0, 20);
}

function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

const seeds = Uint32Array.from({ length: minhashSize }, (_, i) => mix(i + 0x9e3779b9));

/**
 * Whether a code point is a letter or a digit (\p{L} or \p{N}): ASCII by range, the rest
 * by the regular expression, remembered per BMP code point.
 */
const wordCodePoint = /^[\p{L}\p{N}]$/u;
const bmpClass = new Uint8Array(0x10000); // 0 not yet known, 1 word, 2 not
function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a);
  if (cp < 0x10000) {
    let c = bmpClass[cp]!;
    if (c === 0) bmpClass[cp] = c = wordCodePoint.test(String.fromCharCode(cp)) ? 1 : 2;
    return c === 1;
  }
  return wordCodePoint.test(String.fromCodePoint(cp));
}

/** word bounds of the text being hashed, reused from call to call */
let wordStarts = new Int32Array(1024);
let wordEnds = new Int32Array(1024);

/**
 * MinHash over shingles of `shingleWords` words: the words are the runs of letters and
 * digits of the lower-cased text, a shingle is its words joined by single spaces, hashed
 * with FNV-1a over UTF-16 code units. The shingles are hashed in place, without building
 * their strings.
 */
export function minhash(text: string): Uint32Array {
  const lower = text.toLowerCase();
  const words = findWords(lower);
  const sig = new Uint32Array(minhashSize).fill(0xffffffff);
  for (let s = 0, count = shinglesOf(words); s < count; s++) {
    const h = shingleHash(lower, s, words);
    for (let k = 0; k < minhashSize; k++) {
      const v = mix(h ^ seeds[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Shingles of a text of this many words: one per run of `shingleWords` words, at least one. */
const shinglesOf = (words: number) => Math.max(1, words - shingleWords + 1);

/** FNV-1a of the shingle starting at word s: its words joined by single spaces. */
function shingleHash(lower: string, s: number, words: number): number {
  const last = Math.min(s + shingleWords, words);
  let h = 0x811c9dc5;
  for (let w = s; w < last; w++) {
    if (w > s) h = Math.imul(h ^ 0x20, 0x01000193);
    for (let i = wordStarts[w]!, end = wordEnds[w]!; i < end; i++) h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/**
 * How many distinct shingles `minhash` hashes for the text: the size of the set whose Jaccard
 * similarity the signatures estimate, from which `containment` tells how much of the shorter
 * of two texts the longer one contains.
 */
export function shingleCount(text: string): number {
  const lower = text.toLowerCase();
  const words = findWords(lower);
  const distinct = new Set<number>();
  for (let s = 0, count = shinglesOf(words); s < count; s++) distinct.add(shingleHash(lower, s, words));
  return distinct.size;
}

/** Finds the words of the lower-cased text into wordStarts/wordEnds; returns how many. */
function findWords(lower: string): number {
  const length = lower.length;
  let words = 0;
  let start = -1;
  for (let i = 0; i < length; i++) {
    let cp = lower.charCodeAt(i);
    let units = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
      const low = lower.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        units = 2;
      }
    }
    if (isWordCodePoint(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words = addWord(words, start, i);
      start = -1;
    }
    i += units - 1;
  }
  if (start >= 0) words = addWord(words, start, length);
  return words;
}

function addWord(words: number, start: number, end: number): number {
  if (words === wordStarts.length) {
    const starts = new Int32Array(words * 2);
    starts.set(wordStarts);
    wordStarts = starts;
    const ends = new Int32Array(words * 2);
    ends.set(wordEnds);
    wordEnds = ends;
  }
  wordStarts[words] = start;
  wordEnds[words] = end;
  return words + 1;
}

export function bands(sig: Uint32Array): string[] {
  const out: string[] = [];
  for (let b = 0; b < minhashSize / bandRows; b++) {
    const part = Array.from(sig.subarray(b * bandRows, (b + 1) * bandRows), (v) => v.toString(36)).join('.');
    out.push(`${b}:${part}`);
  }
  return out;
}

/**
 * The share of the smaller shingle set inside the larger, from their Jaccard similarity j and
 * sizes: |A ∩ B| = j (|A| + |B|) / (1 + j), over min(|A|, |B|). A short wire item that a longer
 * version repeats whole has a containment near 1 and a Jaccard near the ratio of their lengths.
 */
export function containment(jaccard: number, shinglesA: number, shinglesB: number): number {
  const smaller = Math.min(shinglesA, shinglesB);
  if (smaller <= 0) return 0;
  return Math.min(1, (jaccard * (shinglesA + shinglesB)) / (1 + jaccard) / smaller);
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < minhashSize; k++) if (a[k] === b[k]) same++;
  return same / minhashSize;
}
