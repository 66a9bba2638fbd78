// PLOVER contexts: what an event is about beyond its type, as POLECAT's `contexts` field gives
// them (military, economic, election, human_rights, ... the 37 of data/events/plover-contexts.tsv).
//
//   "Japan agreed to cut tariffs on Korean steel."          AGREE, economic (the word "tariffs")
//   "Russian troops shelled the town of Izium."             ASSAULT, military (the source acts as MIL)
//   "Germany pledged military aid to Ukraine."              AID, military (the crosswalk's 072)
//
// Three sources, all data (data/events/context-cues.tsv): cue words of the event's sentence, the
// roles its parties act in, and the context the CAMEO->PLOVER crosswalk gives its code. This is a
// step of the events stage, not of the export: the words are the sentence's tokens, which only
// the analysis has (the store keeps the event's span, not its sentence), and the contexts so
// stored are the same in every output (analyze, the API, every export).
import { join } from 'node:path';
import type { Actor, Event } from '../model.ts';
import type { TokenDoc } from '../nlp/index.ts';
import { tokenEndingAfter } from '../nlp/index.ts';
import { readTsv } from './code-tables.ts';

export type ContextCues = {
  /** the contexts in the order of plover-contexts.tsv: an event lists its contexts in this order */
  order: string[];
  /** first word of a cue -> the cues that open with it, with their context; inNames: the cue was written capitalised */
  words: Map<string, { words: string[]; context: string; inNames: boolean }[]>;
  /** cues that end in "*": the prefix, with its context */
  prefixes: { prefix: string; context: string }[];
  /** CAMEO role code (MIL) -> contexts */
  roles: Map<string, string[]>;
  /** CAMEO code -> contexts, from the crosswalk */
  codes: Map<string, string[]>;
};

export function loadContextCues(dir: string): ContextCues {
  const order = readTsv(join(dir, 'plover-contexts.tsv'), ['context']).map((r) => r.context!);
  const known = new Set(order);
  const cuesFile = join(dir, 'context-cues.tsv');
  const words: ContextCues['words'] = new Map();
  const prefixes: ContextCues['prefixes'] = [];
  const roles: ContextCues['roles'] = new Map();
  const crosswalkNames = new Map<string, string>();
  const add = <K>(map: Map<K, string[]>, key: K, context: string) => map.set(key, [...(map.get(key) ?? []), context]);
  for (const row of readTsv(cuesFile, ['context', 'words', 'roles', 'crosswalk'])) {
    const context = row.context!;
    if (!known.has(context)) throw new Error(`${cuesFile}: "${context}" is not a PLOVER context (plover-contexts.tsv)`);
    for (const cue of row.words!.split(' ').filter(Boolean)) {
      if (cue.endsWith('*')) prefixes.push({ prefix: cue.slice(0, -1), context });
      else {
        const parts = cue.toLowerCase().split('_');
        const list = words.get(parts[0]!) ?? [];
        words.set(parts[0]!, [...list, { words: parts, context, inNames: cue !== cue.toLowerCase() }]);
      }
    }
    for (const role of row.roles!.split(' ').filter(Boolean)) add(roles, role, context);
    for (const name of row.crosswalk!.split(' ').filter(Boolean)) crosswalkNames.set(name, context);
  }
  const codes: ContextCues['codes'] = new Map();
  for (const row of readTsv(join(dir, 'cameo-plover.tsv'), ['cameo_code', 'plover_context'])) {
    // the crosswalk lists 175 twice; the first line wins, as for the event type
    if (codes.has(row.cameo_code!)) continue;
    const named = row.plover_context!.split(';').filter(Boolean);
    codes.set(row.cameo_code!, named.flatMap((name) => crosswalkNames.get(name) ?? []));
  }
  return { order, words, prefixes, roles, codes };
}

/**
 * Each event with its contexts (`contexts`, in the order of plover-contexts.tsv), when it has
 * any: from its sentence's words, its parties' roles and its code.
 */
export function addContexts(doc: TokenDoc, events: Event[], actors: readonly Actor[], cues: ContextCues): Event[] {
  if (events.length === 0) return events;
  const roleOf = new Map(actors.map((a) => [a.id, a.role]));
  const bySentence = new Map<number, Set<string>>();
  return events.map((e) => {
    const found = new Set<string>();
    const first = doc.sentence[Math.min(tokenEndingAfter(doc, e.start), doc.length - 1)] ?? 0;
    const last = doc.sentence[Math.min(Math.max(tokenEndingAfter(doc, e.end - 1), 0), doc.length - 1)] ?? first;
    for (let s = first; s <= last; s++) for (const c of sentenceContexts(doc, s, cues, bySentence)) found.add(c);
    for (const party of [e.source, e.target]) {
      const role = party ? (party.role ?? roleOf.get(party.actor)) : undefined;
      // a role may be composed (GOVMIL): each three letters
      for (let k = 0; role && k + 3 <= role.length; k += 3) for (const c of cues.roles.get(role.slice(k, k + 3)) ?? []) found.add(c);
    }
    for (const c of codeContexts(e.cameo, cues)) found.add(c);
    if (found.size === 0) return e;
    return { ...e, contexts: cues.order.filter((c) => found.has(c)) };
  });
}

/** The crosswalk's contexts of a code, else of its nearest parent the crosswalk lists (0874 -> 087). */
function codeContexts(cameo: string, cues: ContextCues): string[] {
  for (let n = cameo.length; n >= 3; n--) {
    const listed = cues.codes.get(cameo.slice(0, n));
    if (listed) return listed;
  }
  return [];
}

/** The contexts the words of one sentence name, worked out once per sentence. */
function sentenceContexts(doc: TokenDoc, sentence: number, cues: ContextCues, memo: Map<number, Set<string>>): Set<string> {
  const known = memo.get(sentence);
  if (known) return known;
  const found = new Set<string>();
  const span = doc.sentences[sentence];
  if (span) {
    for (let t = span.firstToken; t < span.endToken; t++) {
      const word = doc.lower[t]!;
      // a word of a name names no context ("Syrian Democratic Forces"), unless the cue is a name
      // ("Congress"): a capitalised word that does not open the sentence is read as one
      const inName = t > span.firstToken && isCapitalised(doc.value[t]!);
      for (const cue of cues.words.get(word) ?? []) if ((cue.inNames || !inName) && phraseAt(doc, t, cue.words)) found.add(cue.context);
      if (!inName) for (const { prefix, context } of cues.prefixes) if (word.startsWith(prefix)) found.add(context);
    }
  }
  memo.set(sentence, found);
  return found;
}

/** Whether the tokens from t on are the words of a cue ("human", "rights"). */
function phraseAt(doc: TokenDoc, t: number, words: readonly string[]): boolean {
  if (t + words.length > doc.length) return false;
  for (let k = 1; k < words.length; k++) if (doc.lower[t + k] !== words[k]) return false;
  return true;
}

const capitalised = /^\p{Lu}/u;
function isCapitalised(word: string): boolean {
  return capitalised.test(word);
}
