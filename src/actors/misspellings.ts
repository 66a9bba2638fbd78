// Misspelt names of bodies: a word of a capitalised name, one typing slip away from a word of an
// international or non-governmental body the dictionaries know, with the rest of the name
// written as they write it.
//
//   "the Untied Nations and United States have both criticised"
//        ^^^^^^ "united" with two letters swapped makes "United Nations": IGOUNO
//   "the International Coffee Organistion"   ("organisation", a letter left out): IGOAGRICO
//   "the Food and Agriculture Organisation"  (British spelling where the dictionaries write "organization")
//
// A slip is one letter left out, added or replaced, or two neighbouring letters swapped (edit
// distance one), in a word of at least `minimumLength` letters that makes no dictionary phrase
// with its neighbours as written ("untied" is a word, "Untied Nations" no name). The corrected
// word must complete a phrase of two words or more, the whole capitalised name, and only one
// correction may do so. Only bodies are read so (Lexicon.bodyWords): a person's or a firm's
// name one letter away from a known one is as often another's ("Mark Werner", "Mark Warner").
import { type Lexicon, namesBody } from './lexicon.ts';

/** Shorter words have too many neighbours one letter away ("Unity", "Union"). */
const minimumLength = 5;
/** How many words of the phrase may stand before the misspelt one ("the International Coffee Organistion"). */
const wordsBefore = 3;
const lowerLetters = /^\p{Ll}+$/u;

export type MisspellingInput = {
  lexicon: Lexicon;
  /** token keys (lower case) */
  keys: readonly string[];
  /** the token ids the actor trie is walked over; corrected in place */
  tokenIds: Int32Array;
  /** 1 where a token starts with a capital letter */
  capital: Uint8Array;
  /** token -> sentence */
  sentence: ArrayLike<number>;
};

/** Put right, in tokenIds, each capitalised word that is a slip for a word of a body's name. */
export function correctMisspelledNames(input: MisspellingInput): void {
  const { keys, tokenIds, capital, sentence } = input;
  const { bodyWords } = input.lexicon;
  let index: Map<string, string[]> | undefined;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (capital[k] !== 1 || key.length < minimumLength || !lowerLetters.test(key)) continue;
    // (a name of two capitalised words at least, one of them a word of a body's name: "Untied Nations")
    const knownNeighbour = (j: number) => j >= 0 && j < keys.length && sentence[j] === sentence[k] && capital[j] === 1 && bodyWords.has(keys[j]!);
    if (!knownNeighbour(k - 1) && !knownNeighbour(k + 1)) continue;
    let limit = k + 1;
    while (limit < keys.length && sentence[limit] === sentence[k]) limit++;
    // (as written, the word is part of no dictionary phrase with its neighbours)
    if (tokenIds[k] !== -1 && completedPhrase(input, k, tokenIds[k]!, limit) !== undefined) continue;
    index ??= slipIndex(input.lexicon);
    const found = new Set<number>();
    for (const word of wordsOneSlipAway(index, key)) {
      const id = input.lexicon.vocabulary.find(word);
      const ref = id >= 0 ? completedPhrase(input, k, id, limit) : undefined;
      if (ref !== undefined && namesBody(input.lexicon.actors[ref]!.rules)) found.add(id);
    }
    if (found.size === 1) tokenIds[k] = [...found][0]!;
  }
}

// The actor record of the dictionary phrase of two words or more through token k read as `id`
// (before `limit`, the end of its sentence), the whole capitalised name: not the opening of a
// longer one ("the Guardians Council" is no "Guardian"); undefined when there is none.
function completedPhrase(input: MisspellingInput, k: number, id: number, limit: number): number | undefined {
  const { lexicon, tokenIds, sentence, capital } = input;
  const written = tokenIds[k]!;
  tokenIds[k] = id;
  let ref: number | undefined;
  for (let from = k; from >= Math.max(0, k - wordsBefore) && sentence[from] === sentence[k] && ref === undefined; from--) {
    const match = lexicon.actorTrie.match(tokenIds, from, limit);
    if (match && match.end > k && match.end - from >= 2 && capital[match.end] !== 1) ref = match.value;
  }
  tokenIds[k] = written;
  return ref;
}

/**
 * Bodies' words by each spelling with one letter left out, and by themselves: two words one
 * slip apart share an entry (a word and its slip with a letter added, replaced or swapped lose
 * the same letter). Built once per lexicon, at the first article that asks.
 */
const slipIndexes = new WeakMap<Lexicon, Map<string, string[]>>();

function slipIndex(lexicon: Lexicon): Map<string, string[]> {
  let index = slipIndexes.get(lexicon);
  if (index) return index;
  index = new Map();
  for (const word of lexicon.bodyWords) {
    if (word.length < minimumLength || !lowerLetters.test(word)) continue;
    for (const spelling of [word, ...oneLetterLess(word)]) {
      const words = index.get(spelling);
      if (!words) index.set(spelling, [word]);
      else if (!words.includes(word)) words.push(word);
    }
  }
  slipIndexes.set(lexicon, index);
  return index;
}

function oneLetterLess(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** The bodies' words one slip from `word` (not the word itself). */
function wordsOneSlipAway(index: Map<string, string[]>, word: string): Set<string> {
  const out = new Set<string>();
  for (const spelling of [word, ...oneLetterLess(word)]) {
    for (const candidate of index.get(spelling) ?? []) if (candidate !== word && oneSlip(word, candidate)) out.add(candidate);
  }
  return out;
}

/** Whether two different words are one slip apart: a letter left out, added or replaced, or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
