// Quoted speech that accuses, threatens, demands or rejects is an event of
// its speaker (data/events/speech-cues.tsv).
//
//   “Russia is lying about the attack,” the Ukrainian foreign ministry said.
//    ^ content cue "is lying" -> ACCUSE (112), speaker -> source, Russia -> target
import type { Quote } from '../model.ts';
import { readTsv } from './code-tables.ts';
import { regularVerbForms } from './inflection.ts';
import type { Grammar } from './grammar.ts';
import { tokenEndingAfter } from '../nlp/index.ts';

export type SpeechCues = {
  /** inflected cue verb -> CAMEO code */
  cueVerbs: Map<string, string>;
  /** content phrases by first word */
  content: Map<string, { words: string[]; cameo: string }[]>;
};

export function loadSpeechCues(file: string): SpeechCues {
  const cueVerbs = new Map<string, string>();
  const content = new Map<string, { words: string[]; cameo: string }[]>();
  readTsv(file, ['where', 'words', 'cameo']).forEach((r, i) => {
    const words = r.words!.trim().toLowerCase().split(/\s+/);
    if (!words[0] || !/^\d{2,4}$/.test(r.cameo!)) throw new Error(`${file}: row ${i + 1}: bad speech cue (expected where<TAB>words<TAB>CAMEO code)`);
    if (r.where === 'cue') for (const f of regularVerbForms(words[0])) cueVerbs.set(f, r.cameo!);
    else if (r.where === 'content') {
      const list = content.get(words[0]) ?? [];
      list.push({ words, cameo: r.cameo! });
      content.set(words[0], list);
    } else throw new Error(`${file}: row ${i + 1}: "where" must be cue or content, got "${r.where}"`);
  });
  return { cueVerbs, content };
}

export type SpeechEvent = { quote: Quote; cameo: string; targets: number[] };

/** Token range of a character span (first token starting at/after start, up to end). */
function tokensOf(g: Grammar, start: number, end: number): { from: number; to: number } {
  const { doc } = g;
  const lo = tokenEndingAfter(doc, start);
  let to = lo;
  while (to < doc.length && doc.start[to]! < end) to++;
  return { from: lo, to };
}

/** Push the first mention in [from, to) of an actor other than the speaker's onto `targets`. */
function pickTarget(g: Grammar, from: number, to: number, speakerActor: string | undefined, targets: number[]): void {
  for (let t = from; t < to; t++) {
    const m = g.mentionOf[t]!;
    if (m >= 0 && g.mentions[m]!.actor !== speakerActor) {
      targets.push(m);
      return;
    }
  }
}

/**
 * Speech events from quotes with a resolved speaker. `codedCueStarts` holds the character
 * offsets of verb cues already coded, so "X accused Y of ..." is not counted twice.
 */
export function findSpeechEvents(g: Grammar, quotes: Quote[], cues: SpeechCues, codedCueStarts: Set<number>): SpeechEvent[] {
  const { doc } = g;
  const events: SpeechEvent[] = [];
  for (const quote of quotes) {
    if (!quote.speaker?.actor) continue;
    if (quote.cue && codedCueStarts.has(quote.cue.start)) continue;
    let cameo = quote.cue ? cues.cueVerbs.get(quote.cue.text.toLowerCase().split(/\s+/)[0]!) : undefined;
    const inside = tokensOf(g, quote.start, quote.end);
    if (!cameo) {
      for (let t = inside.from; t < inside.to && !cameo; t++) {
        const list = cues.content.get(doc.lower[t]!);
        const hit = list?.find((c) => c.words.every((w, k) => t + k < inside.to && doc.lower[t + k] === w));
        if (hit) cameo = hit.cameo;
      }
    }
    if (!cameo) continue;
    // target: first actor named in the quote other than the speaker, else after the cue
    const targets: number[] = [];
    const speakerActor = quote.speaker.actor;
    pickTarget(g, inside.from, inside.to, speakerActor, targets);
    if (!targets.length && quote.cue) {
      const after = tokensOf(g, quote.cue.end, quote.cue.end + 200);
      const sentenceEnd = after.from < doc.length ? doc.sentences[doc.sentence[after.from]!]!.endToken : doc.length;
      pickTarget(g, after.from, Math.min(sentenceEnd, after.from + 10), speakerActor, targets);
    }
    events.push({ quote, cameo, targets });
  }
  return events;
}
