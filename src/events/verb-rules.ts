// Verb dictionaries compiled for lookup: every inflected form of every cue
// verb is a key, so finding cues is one Map lookup per token (doc.lower).
import type { PatternElement, VerbDictionary } from './verb-dictionary.ts';
import { britishSpelling } from './inflection.ts';

/** A pattern element ready for matching: word sequences indexed by their first word, or an actor slot. */
export type RuleElement =
  | {
      kind: 'words';
      first: Set<string>;
      sequences: string[][];
      /** `first` as ids of VerbRules.wordIds (filled by compileVerbRules); a Set when there are many */
      firstIds: Int32Array;
      firstIdSet: Set<number> | null;
      /** the same for the sequences' last words (matched right to left) */
      lastIds: Int32Array;
      lastIdSet: Set<number> | null;
      /** every sequence is one word */
      singleWords: boolean;
    }
  | { kind: 'source' | 'target' | 'compound' | 'skip' };

export type VerbRule = {
  before: RuleElement[];
  after: RuleElement[];
  code: string;
  paired?: string;
  origin: string;
  /** how many words the rule requires: the most specific matching rule wins */
  weight: number;
  /** for a quick reject: each entry lists the first words one element may start with (small elements only) */
  required: string[][];
  /** `required` as ids of VerbRules.wordIds (filled by compileVerbRules) */
  requiredIds: Int32Array[];
};

export type VerbCue = {
  /** the full phrase form, e.g. ["stirred", "up"] */
  form: string[];
  /** index of the token that must be the verb */
  head: number;
  /** the dictionary verb (base form), e.g. "stir up" */
  lemma: string;
  code: string;
  paired?: string;
  rules: VerbRule[];
  /** which rules may apply in a sentence, by its words (see RuleIndex) */
  ruleIndex: RuleIndex;
  origin: string;
};

/**
 * A quick way to the rules a sentence can satisfy: a rule with required words is listed under
 * each word its first required element may start with; only those listed under a word of the
 * sentence, and the rules with no required words, need a full check. A verb such as "set" has
 * hundreds of patterns, almost all needing a word the sentence lacks.
 */
export type RuleIndex = { byWord: Map<number, number[]>; unconditional: number[] };

function indexRules(rules: readonly VerbRule[], wordIds: Map<string, number>): RuleIndex {
  const byWord = new Map<number, number[]>();
  const unconditional: number[] = [];
  rules.forEach((rule, i) => {
    const first = rule.required[0];
    if (!first) {
      unconditional.push(i);
      return;
    }
    for (const word of new Set(first)) {
      const id = wordIds.get(word)!;
      const list = byWord.get(id);
      if (list) list.push(i);
      else byWord.set(id, [i]);
    }
  });
  return { byWord, unconditional };
}

/**
 * `wordIds` numbers every word a cue or a pattern element may start with, so a sentence's words
 * are looked up once (cuesOf[id] are the cues of a verb form, or null) and the words around a cue
 * can be marked in a typed array instead of being searched; `maxRules` is the most rules of any cue.
 */
export type VerbRules = {
  byForm: Map<string, VerbCue[]>;
  dictionaries: string[];
  wordIds: Map<string, number>;
  cuesOf: (VerbCue[] | null)[];
  /** 1 for the words some RuleIndex lists rules under */
  indexWord: Uint8Array;
  maxRules: number;
};

const nullCode = '---';
/** Elements with more alternatives than this (large synonym sets) are not used for the quick reject. */
const maxRequiredAlternatives = 8;
/** Elements with more first (or last) words than this find them in a Set, the others in a list. */
const maxListedFirstWords = 8;

function compileElement(e: PatternElement, synsets: Record<string, string[][]>): RuleElement {
  if ('slot' in e) return { kind: e.slot };
  const sequences = 'synset' in e ? synsets[e.synset]! : e.words;
  return {
    kind: 'words',
    first: new Set(sequences.map((s) => s[0]!)),
    sequences,
    firstIds: new Int32Array(0),
    firstIdSet: null,
    lastIds: new Int32Array(0),
    lastIdSet: null,
    singleWords: sequences.every((s) => s.length === 1),
  };
}

function weightOf(elements: RuleElement[]): number {
  let w = 0;
  for (const e of elements) {
    if (e.kind === 'words') w += Math.min(...e.sequences.map((s) => s.length));
    else if (e.kind !== 'skip') w += 0.5;
  }
  return w;
}

/** A verb's forms with the British spelling of each -ize form the dictionary does not write itself ("criticised" beside "criticized"). */
function withBritishSpellings(forms: string[][], head: number, written: Set<string>): string[][] {
  const all = [...forms];
  for (const form of forms) {
    const british = britishSpelling(form[head]!);
    if (british === undefined) continue;
    const variant = form.map((w, k) => (k === head ? british : w));
    if (!written.has(variant.join(' '))) all.push(variant);
  }
  return all;
}

/**
 * Merge dictionaries into one lookup. Earlier dictionaries take precedence: a user's --verbs
 * file listed before the built-in rules decides the code of any verb form it defines.
 */
export function compileVerbRules(dictionaries: VerbDictionary[]): VerbRules {
  const byForm = new Map<string, VerbCue[]>();
  const claimed = new Set<string>();
  // A later dictionary's rules added to an earlier one's cue: one array per pair of rule
  // arrays, so that the forms of a verb share it (and its sorted copy and RuleIndex below).
  const merged = new Map<VerbRule[], Map<VerbRule[], VerbRule[]>>();
  for (const dict of dictionaries) {
    const claimedHere = new Set<string>();
    const written = new Set(dict.blocks.flatMap((b) => b.verbs.flatMap((v) => v.forms.map((f) => f.join(' ')))));
    for (const block of dict.blocks) {
      const rules: VerbRule[] = block.patterns.map((p) => {
        const before = p.before.map((e) => compileElement(e, dict.synsets));
        const after = p.after.map((e) => compileElement(e, dict.synsets));
        const required = [...before, ...after].flatMap((e) => (e.kind === 'words' && e.first.size <= maxRequiredAlternatives ? [[...e.first]] : []));
        const rule: VerbRule = { before, after, code: p.code, origin: p.origin, weight: weightOf(before) + weightOf(after), required, requiredIds: [] };
        if (p.paired) rule.paired = p.paired;
        return rule;
      });
      for (const verb of block.verbs) {
        const code = verb.code ?? block.code;
        const paired = verb.code ? verb.paired : block.paired;
        for (const form of withBritishSpellings(verb.forms, verb.head, written)) {
          const key = form.join(' ');
          if (claimed.has(key)) {
            // defined by a dictionary with precedence: its rules are tried first (they win ties),
            // ours still apply where it has none; its code stands unless it is the null code
            const existing = byForm.get(form[verb.head]!)?.find((c) => c.form.join(' ') === key);
            if (existing) {
              let withOurs = merged.get(existing.rules);
              if (!withOurs) merged.set(existing.rules, (withOurs = new Map()));
              let both = withOurs.get(rules);
              if (!both) withOurs.set(rules, (both = [...existing.rules, ...rules]));
              existing.rules = both;
              if (isNullCode(existing.code) && !isNullCode(code)) {
                existing.code = code;
                if (paired) existing.paired = paired;
              }
            }
            continue;
          }
          claimedHere.add(key);
          // Every form of the block's verbs shares one rules array (and so one sorted copy
          // and one RuleIndex below); a later dictionary's rules replace it, never change it.
          const cue: VerbCue = {
            form,
            head: verb.head,
            lemma: verb.phrase.join(' '),
            code,
            rules,
            ruleIndex: { byWord: new Map(), unconditional: [] },
            origin: `${dict.file}: ${block.name}`,
          };
          if (paired) cue.paired = paired;
          const headForm = form[verb.head]!;
          const list = byForm.get(headForm);
          if (list) list.push(cue);
          else byForm.set(headForm, [cue]);
        }
      }
    }
    for (const k of claimedHere) claimed.add(k);
  }
  // Longer phrases first, so "stir up" is tried before "stir"; within a cue the most specific
  // rules first (a stable sort keeps dictionary order among equals), so the first match wins.
  const indexed = new Map<VerbRule[], RuleIndex>();
  const wordIds = new Map<string, number>();
  const cuesOf: (VerbCue[] | null)[] = [];
  const idOf = (w: string): number => {
    let id = wordIds.get(w);
    if (id === undefined) {
      wordIds.set(w, (id = wordIds.size));
      cuesOf.push(null);
    }
    return id;
  };
  let maxRules = 0;
  for (const [form, list] of byForm) {
    cuesOf[idOf(form)] = list;
    list.sort((a, b) => b.form.length - a.form.length);
    for (const cue of list) {
      let index = indexed.get(cue.rules);
      if (!index) {
        cue.rules.sort((a, b) => b.weight - a.weight);
        for (const rule of cue.rules) {
          rule.requiredIds = rule.required.map((words) => Int32Array.from(words, idOf));
          for (const e of [...rule.before, ...rule.after]) {
            if (e.kind !== 'words') continue;
            e.firstIds = Int32Array.from(e.first, idOf);
            e.firstIdSet = e.firstIds.length > maxListedFirstWords ? new Set(e.firstIds) : null;
            e.lastIds = Int32Array.from(new Set(e.sequences.map((seq) => seq[seq.length - 1]!)), idOf);
            e.lastIdSet = e.lastIds.length > maxListedFirstWords ? new Set(e.lastIds) : null;
          }
        }
        index = indexRules(cue.rules, wordIds);
        indexed.set(cue.rules, index);
        maxRules = Math.max(maxRules, cue.rules.length);
      }
      cue.ruleIndex = index;
    }
  }
  const indexWord = new Uint8Array(wordIds.size);
  for (const index of indexed.values()) for (const id of index.byWord.keys()) indexWord[id] = 1;
  return { byForm, dictionaries: dictionaries.map((d) => d.file), wordIds, cuesOf, indexWord, maxRules };
}

export function isNullCode(code: string): boolean {
  return code === nullCode || code === '' || code === '###' || code === '+++';
}
