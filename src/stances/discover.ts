// Issue-phrase discovery: recurring noun phrases in what people are quoted as
// saying that the issue lexicon does not know yet. A user reads the list and
// promotes the real issues into data/issues.txt.
//
//   "We will not accept a no-fly zone over the country," the minister said.
//                        ^^^^^^^^^^^ noun phrase: adjectives/nouns ending in a noun
import type { Doc } from '../nlp/index.ts';
import type { PhraseLexicon } from './lexicon.ts';
import { matchAt } from './lexicon.ts';

export type PhraseCandidate = {
  phrase: string;
  /** distinct articles it occurs in */
  articles: number;
  occurrences: number;
  /** one place it occurs, to read it in context */
  example: { article: string; start: number; end: number };
};

export type DiscoverOptions = { minArticles?: number; minWords?: number; maxWords?: number; limit?: number };

export const discoverDefaults = { minArticles: 3, minWords: 2, maxWords: 4, limit: 50 } as const;

const modifierTags: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);
const headTags: ReadonlySet<string> = new Set(['NOUN']);
/** Words that make a phrase about talk or time rather than an issue ("last week", "press conference"). */
const genericWords: ReadonlySet<string> = new Set([
  'year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'time', 'times', 'people', 'thing', 'things',
  'way', 'lot', 'part', 'number', 'today', 'statement', 'press', 'conference', 'interview', 'reporters', 'spokesman', 'spokeswoman',
  'official', 'officials', 'minister', 'president', 'percent', 'end', 'other', 'many', 'much', 'such', 'same', 'last', 'next', 'first',
]);

/** "no-fly": the tokeniser splits it into no / - / fly; the pieces and the hyphen belong to the phrase. */
function isJoiningHyphen(doc: Doc, t: number): boolean {
  return t > 0 && t + 1 < doc.length && doc.value[t] === '-' && doc.end[t - 1] === doc.start[t] && doc.end[t] === doc.start[t + 1];
}

function hyphenated(doc: Doc, t: number): boolean {
  return isJoiningHyphen(doc, t) || isJoiningHyphen(doc, t - 1) || isJoiningHyphen(doc, t + 1);
}

type Tally = { articles: Set<string>; occurrences: number; example: PhraseCandidate['example'] };

/**
 * Count noun phrases (runs of adjectives and nouns ending in a common noun) inside the given
 * spans of each document, and keep those that recur across articles and are not already
 * named by the issue lexicon.
 */
export function discoverIssuePhrases(
  texts: {
    article: string;
    doc: Doc;
    spans: { start: number; end: number }[] /** added to example offsets when doc is a piece of the article */;
    offset?: number;
  }[],
  lexicon: PhraseLexicon<unknown>,
  options: DiscoverOptions = {},
): PhraseCandidate[] {
  const { minArticles, minWords, maxWords, limit } = { ...discoverDefaults, ...options };
  const tallies = new Map<string, Tally>();
  for (const { article, doc, spans, offset = 0 } of texts) {
    for (const span of spans) {
      let t = 0;
      while (t < doc.length && doc.start[t]! < span.start) t++;
      let runStart = -1;
      for (; t <= doc.length; t++) {
        const inside = t < doc.length && doc.end[t]! <= span.end;
        const fits = inside && ((modifierTags.has(doc.pos[t]!) && /\p{L}/u.test(doc.value[t]!)) || hyphenated(doc, t));
        if (fits) {
          if (runStart < 0) runStart = t;
          continue;
        }
        if (runStart >= 0) tallyRun(doc, runStart, t, article, offset, lexicon, minWords, maxWords, tallies);
        runStart = -1;
        if (!inside) break;
      }
    }
  }
  return [...tallies]
    .filter(([, v]) => v.articles.size >= minArticles)
    .map(([phrase, v]) => ({ phrase, articles: v.articles.size, occurrences: v.occurrences, example: v.example }))
    .sort((x, y) => y.articles - x.articles || y.occurrences - x.occurrences || x.phrase.localeCompare(y.phrase))
    .slice(0, limit);
}

function tallyRun(
  doc: Doc,
  first: number,
  end: number,
  article: string,
  offset: number,
  lexicon: PhraseLexicon<unknown>,
  minWords: number,
  maxWords: number,
  tallies: Map<string, Tally>,
): void {
  // The phrase is the run's last maxWords tokens, trimmed back to end on a common noun.
  let last = end - 1;
  while (last >= first && !headTags.has(doc.pos[last]!)) last--;
  if (last < first) return;
  const from = Math.max(first, last + 1 - maxWords);
  // Skip phrases the lexicon already names anywhere inside them.
  for (let t = from; t <= last; t++) if (matchAt(lexicon, doc.lower, t, last + 1)) return;
  let start = from;
  while (start <= last && (genericWords.has(doc.lower[start]!) || (doc.pos[start] === 'PROPN' && !hyphenated(doc, start)))) start++;
  // Do not start inside a hyphenated word ("fly zone" of "no-fly zone").
  while (start > first && hyphenated(doc, start) && (isJoiningHyphen(doc, start) || isJoiningHyphen(doc, start - 1))) start--;
  let words = 0;
  for (let t = start; t <= last; t++) if (doc.value[t] !== '-') words++;
  if (words < minWords) return;
  for (let t = start; t <= last; t++) if (genericWords.has(doc.lower[t]!)) return;
  // The phrase as written (hyphens kept), which parsePhrase reads back into the same tokens.
  const phrase = doc.text.slice(doc.start[start]!, doc.end[last]!).toLowerCase().replace(/\s+/g, ' ');
  const tally = tallies.get(phrase);
  if (tally) {
    tally.articles.add(article);
    tally.occurrences++;
  } else {
    tallies.set(phrase, {
      articles: new Set([article]),
      occurrences: 1,
      example: { article, start: offset + doc.start[start]!, end: offset + doc.end[last]! },
    });
  }
}
