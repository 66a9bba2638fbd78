// Definite descriptions: a noun phrase with "the" that stands for someone the article named.
//
//   "The Federal Election Commission fined the campaign. The commission said ..."
//                                                          ^^^^^^^^^^^^^^ the organisation
//     the article last named with all of the description's words (a company for "the company"
//     or "the firm"); nothing when the article named none: a description alone names no one.
//   "Perry praised Cruz. The former three-term governor dismissed the argument ..."
//                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ a person's description as the subject of
//     its clause: found here, and resolved by the pronoun pass as "he" or "she" would be
//     (src/actors/recognize.ts, resolvePronouns).
//   "The Trump campaign ran an ad. The campaign said ...", "a new poll by Quinnipiac University
//   ... The poll found": "the <noun>" of something issued or run by someone (cues.issued: a
//   campaign, a poll, a report, an ad) stands for who the article last named as running it
//   (src/actors/descriptions.ts, issuedDescriptions): a candidate's campaign speaks for the candidate.
// Generic phrases ("some analysts", "people who") and indefinite ones ("a spokesman") name no
// one the article introduced and are left alone.
import type { Actor, Mention } from '../model.ts';
import { afterGluedHyphen, tokenEndingAfter, type Doc } from '../nlp/index.ts';
import { relationIs } from '../nlp/tree.ts';
import { partyRole } from './codes.ts';
import type { NameCues } from './cues.ts';

/** How many words may stand between "the" and the head noun ("the former three-term governor"). */
const descriptionReach = 3;

/** Nouns of a company: "the company" also stands for a company named without the word. */
const companyNouns = new Set(['company', 'firm', 'corporation']);

export type DescriptionInput = {
  doc: Doc;
  keys: readonly string[];
  cues: NameCues;
  /** doc token -> index into mentions, or -1 */
  tokenMention: Int32Array;
  mentions: readonly Mention[];
  actors: ReadonlyMap<string, Actor>;
};

/** A definite description: tokens [start, end) from "the" to its head noun. */
export type Description = { start: number; end: number; head: number };

const lowerWord = /^\p{Ll}[\p{Ll}-]*$/u;

// "the former three-term governor", "the Democratic nominee": the "the" a head noun's
// modifiers go back to, within descriptionReach words of the same sentence and no mention, or -1.
function openingThe(input: DescriptionInput, head: number): number {
  const { doc, keys, tokenMention } = input;
  const sentence = doc.sentence[head]!;
  let words = 0;
  for (let k = head - 1; k >= 0 && words <= descriptionReach && doc.sentence[k] === sentence; k--) {
    if (tokenMention[k] !== -1) return -1;
    if (keys[k] === 'the') return k;
    // "the next president", "the other candidate", "the strongest candidate": someone not yet
    // named, or one of several
    if (input.cues.unnamedModifier.has(keys[k]!) || doc.xpos[k] === 'JJS' || doc.xpos[k] === 'JJR') return -1;
    // (the parts of a hyphenated word count as one: "three-term")
    if (!afterGluedHyphen(doc, k) && keys[k] !== '-') words++;
    const pos = doc.upos[k] ?? doc.pos[k];
    if (!(pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM' || keys[k] === '-')) return -1;
  }
  return -1;
}

// "the commission said" after "the Federal Election Commission", "the budget office" after "the
// Congressional Budget Office": lower-case words after "the" ending in a noun of a body, not
// followed by another noun ("the party leader" is a person).
export function organizationDescriptions(input: DescriptionInput): Mention[] {
  const { doc, keys, cues, tokenMention, mentions, actors } = input;
  const out: Mention[] = [];
  const n = doc.length;
  let m = 0;
  for (let k = 0; k + 1 < n; k++) {
    while (m < mentions.length && mentions[m]!.end <= doc.start[k]!) m++;
    if (keys[k] !== 'the' || tokenMention[k] !== -1) continue;
    let head = -1;
    for (let j = k + 1; j < n && j - k <= descriptionReach && doc.sentence[j] === doc.sentence[k]; j++) {
      if (tokenMention[j] !== -1 || !lowerWord.test(doc.value[j]!)) break;
      if (cues.body.has(keys[j]!)) {
        const next = doc.upos[j + 1] ?? doc.pos[j + 1];
        if (next !== 'NOUN' && next !== 'PROPN') head = j;
        break;
      }
    }
    if (head < 0) continue;
    const words = keys.slice(k + 1, head + 1);
    const actor = namedBefore(mentions, m, actors, words) ?? (words.length === 1 ? bodyNamedJustBefore(input, k, words[0]!) : undefined);
    if (!actor) continue;
    const start = doc.start[k]!;
    const end = doc.end[head]!;
    out.push({ start, end, text: doc.text.slice(start, end), actor });
    k = head;
  }
  return out;
}

/** How many sentences back "the agency" or "the company" looks for a body named by no such word ("the FBI", "Twitter"). */
const bodyReach = 2;
/** Nouns of a body of state that a name need not hold: "the FBI ... The agency". */
const stateBodyNouns = new Set(['agency', 'bureau', 'department']);
/** Roles of a state's bodies such nouns stand for: government, police, intelligence, courts. */
const stateBodyRoles = new Set(['GOV', 'COP', 'SPY', 'JUD']);
const capitalWord = /^\p{Lu}/u;

// "The FBI released the data. The agency lists ...", "Twitter suspended the accounts ... The
// company said": where the article named no organisation with the description's word, the body
// of that kind named last in its sentence or the bodyReach sentences before, by a capitalised
// name: for "the agency", "the bureau", "the department" a body of a state's government, police,
// intelligence or courts ("the FBI" USACOP, "the State Department" USAGOV; not "Washington", a
// seat, nor "the government"); for "the company", "the firm" an organisation the article named
// with no role but a firm's and no body's word in its name ("Twitter", not "the Heritage
// Foundation"); none when a person or another kind of body was named after it.
function bodyNamedJustBefore(input: DescriptionInput, the: number, word: string): string | undefined {
  const { doc, cues, tokenMention, mentions, actors } = input;
  const state = stateBodyNouns.has(word);
  if (!state && !companyNouns.has(word)) return undefined;
  const first = doc.sentence[the]! - bodyReach;
  for (let j = the - 1; j >= 0 && doc.sentence[j]! >= first; j--) {
    const index = tokenMention[j]!;
    if (index === -1) continue;
    const mention = mentions[index]!;
    const actor = actors.get(mention.actor);
    j = tokenEndingAfter(doc, mention.start);
    if (!actor || actor.kind === 'person') return undefined;
    if (actor.kind !== 'organization') continue;
    const words = mention.text.split(/\s+/);
    if (!words.some((w) => capitalWord.test(w))) continue;
    const role = actor.role?.slice(0, 3);
    if (state) {
      const seat = words.length === 1 && !acronym.test(mention.text);
      return actor.country && role && stateBodyRoles.has(role) && !seat ? actor.id : undefined;
    }
    const bodyWord = words.some((w) => cues.body.has(w.toLowerCase()));
    return actor.id.startsWith('org:') && (!role || role === 'BUS') && !bodyWord ? actor.id : undefined;
  }
  return undefined;
}
const acronym = /^\p{Lu}{2,6}$/u;

/** How many adjectives may stand between a possessive and the issued noun ("Clinton's new ad"). */
const issuedReach = 2;

// "the Trump campaign", "Clinton's new ad", "a poll by Quinnipiac University", "the campaign of
// Hillary Clinton": the mention that runs or issues the noun at token k (cues.issued), or -1.
function issuerOf(input: DescriptionInput, k: number): number {
  const { keys, tokenMention, doc } = input;
  // a mention right before ("the Trump campaign"), or before "'s" and a few adjectives
  let j = k - 1;
  while (j > k - 1 - issuedReach && j >= 0 && (doc.upos[j] === 'ADJ') && tokenMention[j] === -1) j--;
  if (j >= 0 && (keys[j] === "'s" || keys[j] === '’s' || keys[j] === "'")) j--;
  else if (j !== k - 1) j = -1;
  if (j >= 0 && tokenMention[j] !== -1 && doc.sentence[j] === doc.sentence[k]) return tokenMention[j]!;
  // a mention after "by", "from" or "of" ("a poll by Quinnipiac University")
  const word = keys[k + 1];
  if (word === 'by' || word === 'from' || word === 'of') {
    const at = k + 2 + (keys[k + 2] === 'the' ? 1 : 0);
    if (at < doc.length && tokenMention[at] !== -1 && doc.sentence[at] === doc.sentence[k]) return tokenMention[at]!;
  }
  return -1;
}

const isBareState = (id: string) => /^[A-Z]{3}$/.test(id);

/**
 * "The campaign said", "the poll found", "according to the report": a definite issued noun
 * (cues.issued) with no mention on it, not followed by another noun ("the campaign chief" is a
 * person) nor naming its own issuer, is who the article last named as running or issuing one.
 */
export function issuedDescriptions(input: DescriptionInput): Mention[] {
  const { doc, keys, cues, tokenMention, mentions } = input;
  const out: Mention[] = [];
  /** issued noun -> the mention last named as its issuer */
  const issuer = new Map<string, number>();
  for (let k = 1; k < doc.length; k++) {
    const key = keys[k]!;
    if (!cues.issued.has(key) || tokenMention[k] !== -1 || doc.upos[k] !== 'NOUN') continue;
    const named = issuerOf(input, k);
    // (a state runs no campaign of its own here: "the New England campaign" is a region's)
    if (named >= 0 && !isBareState(mentions[named]!.actor)) issuer.set(key, named);
    const last = issuer.get(key);
    const next = doc.upos[k + 1];
    const after = keys[k + 1];
    if (
      named >= 0 ||
      last === undefined ||
      keys[k - 1] !== 'the' ||
      tokenMention[k - 1] !== -1 ||
      next === 'NOUN' ||
      next === 'PROPN' ||
      after === 'of' ||
      after === 'by' ||
      after === 'from' ||
      doc.sentence[k - 1] !== doc.sentence[k]
    )
      continue;
    const by = mentions[last]!;
    const start = doc.start[k - 1]!;
    const end = doc.end[k]!;
    out.push({ start, end, text: doc.text.slice(start, end), actor: by.actor, refers_to: { start: by.start, end: by.end, name: by.text } });
  }
  return out;
}

/**
 * The organisation named before mention index `before` whose name holds all `words` (a company
 * for "the company"): of several, the one named most often, then the last ("the party" after
 * three mentions of the Republican Party and one of the Tea Party is the Republican Party).
 */
function namedBefore(mentions: readonly Mention[], before: number, actors: ReadonlyMap<string, Actor>, words: readonly string[]): string | undefined {
  const company = words.length === 1 && companyNouns.has(words[0]!);
  const times = new Map<string, number>();
  let best: string | undefined;
  for (let i = before - 1; i >= 0; i--) {
    const mention = mentions[i]!;
    const actor = actors.get(mention.actor);
    // (a party named as a country's, "the Republican Party" USAPTY, is "the party" too)
    if (actor?.kind !== 'organization' && !(actor?.kind === 'group' && actor.role === partyRole)) continue;
    const named = new Set(`${mention.text} ${actor.name}`.toLowerCase().split(/[^\p{L}\d]+/u));
    if (!(company && actor.role === 'BUS') && !words.every((w) => named.has(w))) continue;
    const count = (times.get(actor.id) ?? 0) + 1;
    times.set(actor.id, count);
    if (best === undefined || count > times.get(best)!) best = actor.id;
  }
  return best;
}

// "The former three-term governor dismissed ...", "the Democratic nominee said": the subject of
// a clause that is "the", at most a few modifiers and a noun that describes one person (a singular
// role of public office in the agent dictionaries that is no body, or a person-noun cue), with no mention on it
// and no "of" or name after it ("the secretary of state", "the candidate, Ann Quellin" are
// read elsewhere).
export function personDescriptions(input: DescriptionInput, isPersonRole: (token: number) => boolean): Description[] {
  const { doc, keys, cues, tokenMention } = input;
  const out: Description[] = [];
  if (!doc.deprel) return out;
  for (let head = 1; head < doc.length; head++) {
    // (one person: "the women", "the people" are several)
    if (tokenMention[head] !== -1 || !relationIs(doc.deprel[head]!, 'nsubj') || doc.xpos[head] === 'NNS' || doc.xpos[head] === 'NNPS') continue;
    const key = keys[head]!;
    // (nor a body or a ship: "the force", "the destroyer")
    if (cues.body.has(key) || cues.vessel.has(key) || !(cues.personNoun.has(key) || isPersonRole(head))) continue;
    const after = keys[head + 1];
    if (after === 'of' || after === ',' || after === "'s") continue;
    const start = openingThe(input, head);
    if (start >= 0) out.push({ start, end: head + 1, head });
  }
  return out;
}
