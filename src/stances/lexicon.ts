// Phrase lexicons over lower-cased token arrays: the matcher shared by the issue
// lexicon (data/issues.txt) and the stance cues (data/issues.cues.txt).
//
// A phrase is a list of word patterns: an exact word, a prefix ("lift*"), or a gap
// ("...", up to maxGapWords words of anything). Phrases are indexed by their first
// word (exact words in a Map, prefixes by their first prefixKeyLength letters), so
// matching costs one or two Map lookups per token, not one test per phrase.

/** "lift ... sanctions": at most this many words may stand in a gap. */
export const maxGapWords = 3;
/** Prefix patterns need this many letters before the * (so "a*" cannot match everything). */
export const prefixKeyLength = 3;
const gapMarker = '...';
/** Characters the tokeniser makes tokens of their own inside a word. */
const tokenSplit = /([-%])/;

export type WordPattern = { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string } | { kind: 'gap' };

export type Phrase<T> = { words: WordPattern[]; text: string; value: T; line: number };

export type PhraseMatch<T> = {
  /** first token (inclusive) */
  first: number;
  /** last token (exclusive) */
  end: number;
  phrase: Phrase<T>;
};

export type PhraseLexicon<T> = {
  phrases: Phrase<T>[];
  byWord: Map<string, Phrase<T>[]>;
  byPrefixKey: Map<string, Phrase<T>[]>;
};

/** A data-file error that names the file and line, so a user can fix their edit. */
export class LexiconError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
  }
}

/** Parse "lift* ... sanctions" into word patterns; throws a message (without location) on bad input. */
export function parsePhrase(text: string): WordPattern[] {
  // The tokeniser splits "cease-fire" and "2%" into pieces, so phrases are split the same way.
  const words = text
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .flatMap((w) => (w === gapMarker ? [w] : w.split(tokenSplit).filter(Boolean)));
  if (words.length === 0) throw new Error('empty phrase');
  if (words[0] === gapMarker || words[words.length - 1] === gapMarker) throw new Error(`a phrase cannot start or end with "${gapMarker}": "${text}"`);
  return words.map((w): WordPattern => {
    if (w === gapMarker) return { kind: 'gap' };
    if (w.endsWith('*')) {
      const prefix = w.slice(0, -1);
      if (prefix.length < prefixKeyLength || prefix.includes('*'))
        throw new Error(`"${w}": a prefix needs at least ${prefixKeyLength} letters before a single trailing *`);
      return { kind: 'prefix', prefix };
    }
    if (w.includes('*')) throw new Error(`"${w}": * may only end a word`);
    return { kind: 'word', word: w };
  });
}

export function buildLexicon<T>(phrases: Phrase<T>[]): PhraseLexicon<T> {
  const byWord = new Map<string, Phrase<T>[]>();
  const byPrefixKey = new Map<string, Phrase<T>[]>();
  const add = (map: Map<string, Phrase<T>[]>, key: string, p: Phrase<T>) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const p of phrases) {
    const head = p.words[0]!;
    if (head.kind === 'word') add(byWord, head.word, p);
    else if (head.kind === 'prefix') add(byPrefixKey, head.prefix.slice(0, prefixKeyLength), p);
  }
  return { phrases, byWord, byPrefixKey };
}

function wordMatches(pattern: WordPattern, token: string): boolean {
  if (pattern.kind === 'word') return token === pattern.word;
  if (pattern.kind === 'prefix') return token.startsWith(pattern.prefix);
  return true;
}

/** End token (exclusive) of phrase words[w..] matched from token t, or -1. Gaps try the shortest fill first. */
function matchFrom(words: WordPattern[], w: number, lower: readonly string[], t: number, limit: number): number {
  if (w === words.length) return t;
  const pattern = words[w]!;
  if (pattern.kind === 'gap') {
    for (let skip = 0; skip <= maxGapWords && t + skip <= limit; skip++) {
      const end = matchFrom(words, w + 1, lower, t + skip, limit);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (t >= limit || !wordMatches(pattern, lower[t]!)) return -1;
  return matchFrom(words, w + 1, lower, t + 1, limit);
}

/** The longest phrase of `list` matching at token t, if longer than `best`. */
function longestIn<T>(
  list: Phrase<T>[] | undefined,
  lower: readonly string[],
  t: number,
  limit: number,
  best: PhraseMatch<T> | undefined,
): PhraseMatch<T> | undefined {
  if (!list) return best;
  for (const phrase of list) {
    const end = matchFrom(phrase.words, 0, lower, t, limit);
    if (end > t && (!best || end > best.end)) best = { first: t, end, phrase };
  }
  return best;
}

/** The phrase of the lexicon that matches at token t (the longest when several do), or undefined. */
export function matchAt<T>(lex: PhraseLexicon<T>, lower: readonly string[], t: number, limit: number): PhraseMatch<T> | undefined {
  const token = lower[t]!;
  const best = longestIn(lex.byWord.get(token), lower, t, limit, undefined);
  if (token.length < prefixKeyLength || lex.byPrefixKey.size === 0) return best;
  return longestIn(lex.byPrefixKey.get(token.slice(0, prefixKeyLength)), lower, t, limit, best);
}

/**
 * All non-overlapping matches in tokens [from, limit), left to right, longest first at each
 * position. Matches never run past limit (a sentence end), so phrases stay inside a sentence.
 */
export function findAll<T>(lex: PhraseLexicon<T>, lower: readonly string[], from: number, limit: number): PhraseMatch<T>[] {
  const found: PhraseMatch<T>[] = [];
  for (let t = from; t < limit; t++) {
    const m = matchAt(lex, lower, t, limit);
    if (m) {
      found.push(m);
      t = m.end - 1;
    }
  }
  return found;
}
