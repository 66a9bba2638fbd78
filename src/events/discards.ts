// Discards: sports and games, where "Sweden defeated South Korea" is a score, not an attack
// (data/events/discards.txt, PETRARCH's discard format).
//
//   ... day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1 – 0 ...
//                           ^ story-level "FIFA"   ^ "WORLD CUP": two of them, no events
import { existsSync, readFileSync } from 'node:fs';
import type { Doc } from '../nlp/index.ts';

type Phrase = { words: string[]; story: boolean; key: string };
/** Phrases by their first word. */
export type Discards = { byFirst: Map<string, Phrase[]> };

/** Different story-level phrases an article must contain to be discarded as a whole. */
const storyPhrasesToDiscard = 2;

/** The phrases of one or more discard files (the built-in one, then any --discards). */
export function loadDiscards(files: string[]): Discards {
  const byFirst = new Map<string, Phrase[]>();
  for (const file of files) readDiscardFile(file, byFirst);
  return { byFirst };
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

/** Which sentences of the document are discarded (all of them when the story is). */
export function discardedSentences(doc: Doc, discards: Discards): Set<number> {
  const sentences = new Set<number>();
  const storyPhrases = new Set<string>();
  const { lower } = doc;
  for (let t = 0; t < doc.length; t++) {
    const list = discards.byFirst.get(lower[t]!);
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
