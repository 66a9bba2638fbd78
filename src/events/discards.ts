// Discards: sports and games, where "Sweden defeated South Korea" is a score, not an attack
// (data/events/discards.txt, PETRARCH's discard format).
//
//   ... day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1 – 0 ...
//                           ^ story-level "FIFA"   ^ "WORLD CUP": two of them, no events
import { existsSync, readFileSync } from 'node:fs';
import type { Doc } from '../nlp/index.ts';

type Phrase = { words: string[]; story: boolean; key: string };
/**
 * Phrases by their first word; `firstChars` says which words may be a first word without looking
 * them up: bit c of row n (ASCII c, n < 32 characters) is set when a first word of length n
 * starts with c; `lastChars` the same for the last character. Other words (longer, or with
 * other characters there) are looked up.
 */
export type Discards = { byFirst: Map<string, Phrase[]>; firstChars: Uint32Array; lastChars: Uint32Array };

/** Different story-level phrases an article must contain to be discarded as a whole. */
const storyPhrasesToDiscard = 2;

/** Rows of firstChars: 32 lengths of 128 bits (4 words) each. */
const maxFilteredLength = 32;

/** The phrases of one or more discard files (the built-in one, then any --discards). */
export function loadDiscards(files: string[]): Discards {
  const byFirst = new Map<string, Phrase[]>();
  for (const file of files) readDiscardFile(file, byFirst);
  return indexDiscards(byFirst);
}

function readDiscardFile(file: string, byFirst: Map<string, Phrase[]>): void {
  if (!existsSync(file)) throw new Error(`--discards ${file}: no such file`);
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const story = line.startsWith('+');
    const words = line.replace(/^\+/, '').toLowerCase().split(/[\s_]+/).filter(Boolean);
    if (!words.length) throw new Error(`${file}:${i + 1}: empty discard phrase`);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, story, key: words.join(' ') });
    byFirst.set(words[0]!, list);
  });
}

function indexDiscards(byFirst: Map<string, Phrase[]>): Discards {
  const firstChars = new Uint32Array(maxFilteredLength * 4);
  const lastChars = new Uint32Array(maxFilteredLength * 4);
  for (const w of byFirst.keys()) {
    const c = w.charCodeAt(0);
    const z = w.charCodeAt(w.length - 1);
    if (w.length < maxFilteredLength && c < 128) firstChars[w.length * 4 + (c >> 5)]! |= 1 << (c & 31);
    if (w.length < maxFilteredLength && z < 128) lastChars[w.length * 4 + (z >> 5)]! |= 1 << (z & 31);
  }
  return { byFirst, firstChars, lastChars };
}

/** Which sentences of the document are discarded (all of them when the story is). */
export function discardedSentences(doc: Doc, discards: Discards): Set<number> {
  const sentences = new Set<number>();
  const storyPhrases = new Set<string>();
  const { byFirst, firstChars, lastChars } = discards;
  const { lower } = doc;
  for (let t = 0; t < doc.length; t++) {
    const w = lower[t]!;
    // not a first word of any phrase: no need to look it up
    if (w.length < maxFilteredLength) {
      const c = w.charCodeAt(0);
      if (c < 128 && (firstChars[w.length * 4 + (c >> 5)]! & (1 << (c & 31))) === 0) continue;
      const z = w.charCodeAt(w.length - 1);
      if (z < 128 && (lastChars[w.length * 4 + (z >> 5)]! & (1 << (z & 31))) === 0) continue;
    }
    const list = byFirst.get(w);
    if (!list) continue;
    for (const phrase of list) {
      let all = true;
      for (let k = 0; k < phrase.words.length && all; k++) all = lower[t + k] === phrase.words[k];
      if (!all) continue;
      if (phrase.story) storyPhrases.add(phrase.key);
      else sentences.add(doc.sentence[t]!);
    }
  }
  if (storyPhrases.size >= storyPhrasesToDiscard) for (let s = 0; s < doc.sentences.length; s++) sentences.add(s);
  return sentences;
}
