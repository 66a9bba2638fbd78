// Cue lookup on tokens: is token t a verb of saying or thinking, or the start
// of "according to"? Lookups are one Map hit per token on the lower-cased value.
import { afterGluedHyphen, type Doc } from '../nlp/index.ts';
import type { CueLexicon, CueVerb } from './lexicon.ts';

// Parts of speech wink gives cue verbs ("says" is sometimes tagged NOUN after a name, "branded" ADJ):
// VERB, AUX, NOUN, ADJ (tested by comparison in cueVerbIn).

export function cueVerbAt(doc: Doc, t: number, lexicon: CueLexicon): CueVerb | undefined {
  if (t < 0 || t >= doc.length) return undefined;
  const cue = lexicon.verbs.get(doc.lower[t]!);
  return cue === undefined ? undefined : cueVerbIn(doc, t, cue);
}

/** `cue`, the lexicon's cue for the word at t (0 <= t < doc.length), when the token stands as that verb. */
export function cueVerbIn(doc: Doc, t: number, cue: CueVerb): CueVerb | undefined {
  const p = doc.pos[t]!;
  if (!(p === 'VERB' || p === 'AUX' || p === 'NOUN' || p === 'ADJ')) return undefined;
  // "self-described", "long-promised": the last part of a hyphenated compound is not a cue.
  if (afterGluedHyphen(doc, t)) return undefined;
  // "block grants to states", "in response to claims that": after "to" an -s form is a noun, never an infinitive
  if (t > 0 && doc.lower[t - 1] === 'to' && doc.lower[t] !== cue.lemma && doc.lower[t]!.endsWith('s')) return undefined;
  return cue;
}

/** Length in tokens of a token sequence starting at t, or 0. */
function sequenceAt(doc: Doc, t: number, sequences: string[][]): number {
  next: for (const seq of sequences) {
    if (t + seq.length > doc.length) continue;
    for (let i = 0; i < seq.length; i++) if (doc.lower[t + i] !== seq[i]) continue next;
    return seq.length;
  }
  return 0;
}

/** "according to" at t: the number of tokens of the phrase, or 0. */
export function accordingAt(doc: Doc, t: number, lexicon: CueLexicon): number {
  return sequenceAt(doc, t, lexicon.according);
}
