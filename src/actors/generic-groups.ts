// Generic groups: people the text names only by a plural common noun, as the source of what is
// said or thought.
//
//   "Many currency dealers believe the krone is weak. They expect more cuts."
//    ^^^^^^^^^^^^^^^^^^^^^ group:dealers (kind group): the subject of a verb of speech or thought
//   "Several cast members said ...", "according to investigators", "pilots who say ..."
//
// Each noun is one actor for the whole article (`group:<noun>`, named by the noun), so that its
// quotations have a speaker actor and "they" and "who" can stand for it. No country is stated,
// so events and stances leave such a group out, as they leave out a name with no country.
// The nouns are name-cues.txt's group-noun: nouns of things never speak as a group ("prices
// rose", "orders declined"). Nouns the agent dictionaries code ("residents": CVL, "officials"), the
// nouns of name-cues.txt's source.ROL ("critics": CVL) and any phrase holding a mention or a name
// ("Facebook officials", "French voters", "RNC members": the actor named is who speaks) are read
// elsewhere; a number counting back ("the two camps") stands for people named before.
import { followsAccordingTo } from '../nlp/closed-class.ts';
import { afterGluedHyphen, type Doc } from '../nlp/index.ts';
import { children, relationIs } from '../nlp/tree.ts';
import type { NameCues } from './cues.ts';

export type GenericGroupInput = {
  doc: Doc;
  keys: readonly string[];
  cues: NameCues;
  /** doc token -> index into mentions, or -1 */
  tokenMention: Int32Array;
  /** whether an agent dictionary codes the word at token k (it is a role, read by the role pass) */
  isAgent: (k: number) => boolean;
};

/** A generic group: tokens [start, end) of its phrase, its head noun and its id. */
export type GenericGroup = { start: number; end: number; head: number; id: string; name: string };

/** Penn tag of a plural common noun. */
const pluralNoun = 'NNS';
/** Words before the noun that belong to its phrase: "many", "some", "several", "the", "these", "both". */
const phraseDeterminers = new Set(['DET', 'NUM', 'ADJ']);
const lowerWord = /^\p{Ll}[\p{Ll}'’-]*$/u;
/** Relative pronouns that may be the subject of a clause on a noun of people: "voters who say". */
const relativeSubjects = new Set(['who']);

export function genericGroups(input: GenericGroupInput): GenericGroup[] {
  const { doc, keys, tokenMention } = input;
  if (!doc.head) return [];
  const out: GenericGroup[] = [];
  for (let k = 0; k < doc.length; k++) {
    if (!isGroupNoun(input, k) || !speaksOrThinks(input, k)) continue;
    const start = phraseStart(input, k);
    // ("their aides", "the party's members": whose they are is named; "members of Congress"; "Trump supporters")
    if (children(doc, k, 'nmod:poss').length || keys[k + 1] === 'of' || (start > 0 && tokenMention[start - 1] !== -1 && doc.head[start - 1] === k)) continue;
    if (namedBefore(doc, start, k) || countedBack(input, start, k)) continue;
    out.push({ start, end: k + 1, head: k, id: `group:${keys[k]!}`, name: keys[k]! });
  }
  return out;
}

// "dealers", "cast members", "Friends" opening a sentence: a plural noun of people (name-cues.txt's
// group-noun) no mention covers and no agent dictionary codes.
function isGroupNoun(input: GenericGroupInput, k: number): boolean {
  const { doc, keys, cues, tokenMention } = input;
  if (tokenMention[k] !== -1 || doc.upos[k] !== 'NOUN' || doc.xpos[k] !== pluralNoun) return false;
  const word = doc.value[k]!;
  const opens = k === 0 || doc.sentence[k - 1] !== doc.sentence[k];
  if (!lowerWord.test(opens ? word.toLowerCase() : word)) return false;
  const key = keys[k]!;
  return cues.groupNoun.has(key) && !cues.source.has(key) && !input.isAgent(k);
}

// The subject of a verb of speech or thought ("voters said", "many women believe", "Democrats
// and independents say"), after "according to", or with a relative clause that speaks ("women
// who say").
function speaksOrThinks(input: GenericGroupInput, k: number): boolean {
  const { doc, keys, cues } = input;
  const before = keys[k - 1] === 'the' ? k - 2 : k - 1;
  if (followsAccordingTo(keys, before + 1)) return true;
  let subject = k;
  // (a second conjunct speaks with the first: "Democrats and independents say")
  if (relationIs(doc.deprel[k]!, 'conj') && doc.head[k]! >= 0 && doc.head[k]! < k) subject = doc.head[k]!;
  const verb = doc.head[subject]!;
  const cue = (v: number) => cues.speech.has(keys[v]!) || cues.thought.has(keys[v]!);
  if (verb >= 0 && relationIs(doc.deprel[subject]!, 'nsubj') && !relationIs(doc.deprel[subject]!, 'nsubj:pass') && cue(verb)) return true;
  return children(doc, k, 'acl:relcl').some((v) => v > k && cue(v) && children(doc, v, 'nsubj').some((c) => c > k && c < v && relativeSubjects.has(keys[c]!)));
}

// "many former campaign staff members": the words before the noun that modify it, back to its
// first determiner, number or adjective, none of them in a mention.
function phraseStart(input: GenericGroupInput, k: number): number {
  const { doc, tokenMention } = input;
  let from = k;
  while (from > 0 && tokenMention[from - 1] === -1 && doc.sentence[from - 1] === doc.sentence[k]) {
    // (the words of a hyphenated one stay together: "right-wing parties", "census-takers")
    if (from > 1 && afterGluedHyphen(doc, from) && tokenMention[from - 2] === -1) {
      from -= 2;
      continue;
    }
    const t = from - 1;
    const pos = doc.upos[t]!;
    const attached = doc.head[t]! >= from && doc.head[t]! <= k;
    if (!attached) break;
    if (!(phraseDeterminers.has(pos) || (pos === 'NOUN' && lowerWord.test(doc.value[t]!)) || pos === 'ADV' || relationIs(doc.deprel[t]!, 'compound'))) break;
    from = t;
  }
  // (an adverb opens no phrase: "now voters say")
  while (from < k && doc.upos[from] === 'ADV') from++;
  return from;
}

// "RNC members", "USDP members": a name before the noun says whose people they are, as a
// mention would ("Facebook officials"); a generic group names no one.
function namedBefore(doc: Doc, start: number, k: number): boolean {
  for (let t = start; t < k; t++) if (doc.upos[t] === 'PROPN') return true;
  return false;
}

// "the two camps", "the three men": a definite phrase with a number counts people named before.
function countedBack(input: GenericGroupInput, start: number, k: number): boolean {
  const { doc, keys } = input;
  return (keys[start] === 'the' || keys[start] === 'both') && start + 1 < k && doc.upos[start + 1] === 'NUM';
}
