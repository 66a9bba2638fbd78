// Is an article English? The analysis is English-only: a German article read as English
// makes people of its capitalised nouns. Two steps: the share of English function words
// (data/ingest/english-words.txt) settles most articles at once; the others go to franc-min's
// trigram detector, which names the language (docs/ingest.md has the measurement).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc-min';
import type { Analysis, Article } from '../model.ts';

const wordsFile = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'ingest', 'english-words.txt');

let englishWords: Set<string> | undefined;
function functionWords(): Set<string> {
  englishWords ??= new Set(
    readFileSync(wordsFile, 'utf8').split(/\r?\n/).filter((l) => !l.startsWith('#')).join(' ').split(/\s+/).filter(Boolean),
  );
  return englishWords;
}

/** Share of function words at or above which a text is English without asking the detector. */
const englishShare = 0.15;
/** Characters the detector reads: enough for its trigrams, cheap on long articles. */
const detectorChars = 1000;
/** Below this many characters (names left out) the detector's guess is noise ("Oslo, Monday."): analysed as English. */
const detectorMinChars = 20;

export type LanguageGuess = { english: boolean; /** ISO 639-3 code from the detector ("deu"), or "eng"/"und" */ code: string };

export function guessLanguage(text: string): LanguageGuess {
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  const known = functionWords();
  let hits = 0;
  for (const w of words) if (known.has(w)) hits++;
  if (words.length && hits / words.length >= englishShare) return { english: true, code: 'eng' };
  // Capitalised words are mostly names, which belong to no language: "Andrés Manuel López
  // Obrador met ..." reads as Dutch with them, and as too short to tell without.
  const uncapitalised = text.slice(0, 20_000).replace(/\p{Lu}[\p{L}\p{M}'’.-]*/gu, ' ').replace(/\s+/g, ' ');
  const code = franc(uncapitalised.slice(0, detectorChars), { minLength: detectorMinChars });
  // "und": too short or too mixed to tell; analysed as English, as before
  return { english: code === 'eng' || code === 'und', code };
}

/**
 * The language gate of ingest, analyze, reanalyze and POST /api/analyze: the code of an
 * article's language when it is not English (it is then not analysed), else undefined.
 * `allLanguages` lets every article through.
 */
export function notEnglish(article: Article, allLanguages = false): string | undefined {
  if (allLanguages) return undefined;
  const guess = guessLanguage(article.text);
  return guess.english ? undefined : guess.code;
}

/** What a non-English article gets: its record, marked with its language, and no facts. */
export function unanalysed(article: Article, code: string): Analysis {
  return { article: { ...article, lang: article.lang ?? code }, actors: [], mentions: [], quotes: [], events: [], stances: [] };
}
