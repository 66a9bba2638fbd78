// Just enough grammar without a parser: word classes, clause boundaries and
// actor mentions laid over the Doc's token arrays. Everything here is a scan
// of a few tokens left or right of a cue inside one sentence.
import type { Mention } from '../model.ts';
import type { EventPolicy } from './policy.ts';
import { type Doc, hyphens, isGluedHyphen } from '../nlp/index.ts';
import { datelineTokens } from '../nlp/dateline.ts';
import { children, hasMark, hasRelation } from '../nlp/tree.ts';
import { isOrganizationCode } from '../actors/codes.ts';
import { beForms, dashes, followsAccordingTo, futureModals, getForms, mayOpenQuotation, modalWords, negators, possessiveDeterminers, relativePronouns } from '../nlp/closed-class.ts';

/** Possessive determiners: they say whose the next noun is ("with his Italian counterpart"), not who acts or is acted on (one list, in the nlp stage). */
export { possessiveDeterminers };
/** Words that negate what they modify ("not", "n't", "never", "no"): one list, in the nlp stage. */
export { negators };

/** Auxiliaries of a passive: the forms of "be" and, unlike a copula, of "get" ("was attacked", "got arrested"). */
const passiveAuxiliaries: ReadonlySet<string> = new Set([...beForms, ...getForms]);
/** Modals that make a cue future ("will meet", "'ll meet", "won't"): one list, in the nlp stage. */
export const futureMarkers = futureModals;
/**
 * Modals that make a cue hypothetical ("could impose", "must withdraw"): the rest of the nlp stage's
 * modals, and "'d", which the tree leaves out as "would" or "had" but a scan back from a cue
 * ("he'd meet") reads as "would".
 */
export const hypotheticalMarkers: ReadonlySet<string> = new Set([...[...modalWords].filter((w) => !futureModals.has(w)), "'d", '’d']);
/**
 * Words that make a cue conditional wherever they stand before it in its clause. Not the tree's
 * conditionalMarks: "whether" is left out, because this scan back reaches across coordinated
 * clauses ("hasn't said whether ..., and he insisted") and past a question to a noun before it
 * ("a decision on whether to set up a panel on the basis of a complaint"); see docs/performance.md.
 */
export const conditionalMarkers: ReadonlySet<string> = new Set(['if', 'unless']);
/** words that open a new clause: the subject of a verb after them is found after them */
export const clauseOpeners = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'although', 'though', 'after', 'before',
  'since', 'until', 'if', 'unless', 'as',
]);
/** Pronouns that open a relative clause ("the militants who attacked"): one list, in the nlp stage. */
export { relativePronouns };
/** Nouns that name a party by its relation to another ("the United States' southern neighbor", "Russia's allies"): whose they are is not who they are. */
export const relationalNouns: ReadonlySet<string> = new Set([
  'neighbor', 'neighbors', 'neighbour', 'neighbours', 'ally', 'allies', 'partner', 'partners', 'rival', 'rivals',
  'enemy', 'enemies', 'foe', 'foes', 'adversary', 'adversaries',
]);
/** Quantifiers that float after an auxiliary and say how many of the subject act: "have both criticised", "were all arrested". */
export const floatingQuantifiers: ReadonlySet<string> = new Set(['both', 'all', 'each']);
/** words allowed between coordinated actors: "Gondor, Arnor and Rohan", "both X and Y" */
const coordinationGlue = new Set([',', 'and', 'or', 'as', 'well', 'both', 'the', 'along', 'together', 'with']);
/**
 * Marks no subject, object or list reaches across: semicolons, colons, brackets, quotation marks and
 * the dashes, but for the double hyphen of wire copy (isHardStop tests these by character code).
 */
export const hardStops: ReadonlySet<string> = new Set([';', ':', '(', ')', '"', '“', '”', ...[...dashes].filter((d) => d !== '--')]);

/**
 * Whether the tokens from t are a possessive and a relational noun ("'s southern neighbor", "'s allies"): the
 * actor before them is whose the party is, not who.
 */
export function namesRelation(doc: Doc, t: number, to: number): boolean {
  const w = doc.lower[t];
  if (t >= to || !(w === "'s" || w === '’s' || w === "'" || w === '’')) return false;
  let k = t + 1;
  // (a quotation mark may open the words quoted: "the United States' 'stalwart allies'")
  while (k < to && (doc.pos[k] === 'ADJ' || mayOpenQuotation.has(doc.lower[k]!))) k++;
  return k < to && relationalNouns.has(doc.lower[k]!);
}

/** Token -> index into mentions (or -1). Mentions are sorted and do not overlap. */
function tokenMentions(doc: Doc, mentions: Mention[]): Int32Array {
  const map = new Int32Array(doc.length).fill(-1);
  let m = 0;
  for (let t = 0; t < doc.length && m < mentions.length; t++) {
    while (m < mentions.length && mentions[m]!.end <= doc.start[t]!) m++;
    if (m < mentions.length && mentions[m]!.start < doc.end[t]! && doc.start[t]! < mentions[m]!.end) map[t] = m;
  }
  return map;
}

/** First and last token of each mention (inclusive), from the token map. */
function mentionTokenRanges(map: Int32Array, count: number): { first: Int32Array; last: Int32Array } {
  const first = new Int32Array(count).fill(-1);
  const last = new Int32Array(count).fill(-1);
  for (let t = 0; t < map.length; t++) {
    const m = map[t]!;
    if (m < 0) continue;
    if (first[m]! < 0) first[m] = t;
    last[m] = t;
  }
  return { first, last };
}

export type Grammar = {
  doc: Doc;
  mentions: Mention[];
  mentionOf: Int32Array;
  first: Int32Array;
  last: Int32Array;
  /**
   * 1 for mentions that are no party to events: a dateline's place ("HANOI, Nov. 19 (Xinhua) -"),
   * a country that names a currency ("paid 30 U.S. dollars a tonne"), a name that qualifies a
   * security or a market ("bought Viacom common shares")
   */
  excluded: Uint8Array;
};

/** How many adjectives may stand between a name and the security it qualifies ("Viacom common shares"). */
const marketAdjectiveReach = 2;

/**
 * Whether the words after token `t` are a noun of securities or markets, after at most a few
 * adjectives, and not one of an act ("an exchange of prisoners").
 */
function qualifiesMarket(doc: Doc, t: number, marketWords: ReadonlyMap<string, boolean>): boolean {
  let k = t;
  while (k < doc.length && k - t < marketAdjectiveReach && doc.pos[k] === 'ADJ') k++;
  // "U.S. Treasury bonds": a word that counts only before another ("the U.S. Treasury" alone is a department)
  while (k + 1 < doc.length && marketWords.get(doc.lower[k]!) === false) k++;
  return k < doc.length && marketWords.get(doc.lower[k]!) === true && doc.lower[k + 1] !== 'of';
}

/**
 * Participles that make an actor's name before them and a hyphen describe a thing, not name a
 * party ("a Macau-based bank", "a Liberian-flagged tanker", "a Ugandan-born physician"): who owns
 * or flags a thing takes no part in what is done with it.
 * ("US-led forces", "Iranian-backed militias" name whoever leads or backs them: not here.)
 */
const thingParticiples = new Set(['owned', 'flagged', 'registered', 'based', 'born']);

/**
 * Participles of making: the maker of a weapon takes no part in its use ("Iran had fired the
 * Chinese-made missile at a hulk"), but the maker of goods is a party to their trade ("Japan
 * agreed to buy more U.S.-made goods").
 */
const makerParticiples = new Set(['made', 'built', 'produced', 'manufactured', 'designed']);

/** How many modifiers may stand between a participle of making and its weapon noun ("Chinese-made Silkworm anti-ship missiles"). */
const weaponNounReach = 6;

/** Tags of the words of a noun phrase between a participle and its noun. */
const nounPhraseTags = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Whether a weapon noun heads the noun phrase that the participle at t opens ("Soviet-built MiG-23 fighters"). */
function qualifiesWeapon(doc: Doc, t: number, weaponNouns: ReadonlySet<string>): boolean {
  for (let k = t + 1; k < doc.length && k - t <= weaponNounReach; k++) {
    if (weaponNouns.has(doc.lower[k]!)) return true;
    if (!nounPhraseTags.has(doc.pos[k]!) && !isGluedHyphen(doc, k)) return false;
  }
  return false;
}

/**
 * Whether the mention ending at token `last` is glued by a hyphen to a participle that describes
 * a thing rather than names a party: "Liberian-flagged", "Chinese-made missile".
 */
function describesThing(doc: Doc, last: number, weaponNouns: ReadonlySet<string>): boolean {
  const participle = last + 2;
  if (participle >= doc.length || !hyphens.has(doc.value[last + 1]!) || doc.end[last] !== doc.start[last + 1]) return false;
  const word = doc.lower[participle]!;
  return thingParticiples.has(word) || (makerParticiples.has(word) && qualifiesWeapon(doc, participle, weaponNouns));
}

/** How far after an organisation's name the noun of its members may stand ("the EC's member states", "OPEC oil producers"). */
const memberNounReach = 3;

/**
 * Whether the mention from `first` to `last` modifies, as a compound or a possessive, a noun of
 * members, delegates or firms (data/events/member-nouns.tsv) or a noun such a word qualifies:
 * "ICO observers", "the EC's member states", "OPEC oil producers".
 */
function modifiesMemberNoun(doc: Doc, first: number, last: number, memberNouns: ReadonlySet<string>): boolean {
  let t = last;
  for (let k = first; k <= last; k++) {
    const h = doc.head[k]!;
    if (h < first || h > last) {
      t = k;
      break;
    }
  }
  const head = doc.head[t]!;
  if (head <= last || head - last > memberNounReach || !hasRelation(doc, t, 'compound', 'nmod:poss', 'amod')) return false;
  for (let k = last + 1; k <= head; k++) if (memberNouns.has(doc.lower[k]!)) return true;
  return false;
}

/**
 * The word lists of the events policy that keep a mention from being a party (`EventPolicy`):
 * `currencyWords`, nouns a country may qualify as a currency's ("30 U.S. dollars"); `marketWords`,
 * nouns of securities and markets ("U.S. Treasury bonds"); `weaponNouns`, nouns of weapons ("the
 * Chinese-made missile"); `memberNouns`, nouns of a body's members or firms ("ICO observers").
 */
export type PartyWords = Pick<EventPolicy, 'currencyWords' | 'marketWords' | 'weaponNouns' | 'memberNouns'>;

export function grammarOf(doc: Doc, mentions: Mention[], words: PartyWords, tokenMention?: Int32Array): Grammar {
  const { currencyWords, marketWords, weaponNouns, memberNouns } = words;
  const mentionOf = tokenMention && tokenMention.length === doc.length ? tokenMention : tokenMentions(doc, mentions);
  const { first, last } = mentionTokenRanges(mentionOf, mentions.length);
  const inDateline = datelineTokens(doc);
  const excluded = new Uint8Array(mentions.length);
  for (let m = 0; m < mentions.length; m++) {
    if (first[m]! < 0) continue;
    const next = last[m]! + 1;
    if (inDateline[first[m]!] || (next < doc.length && (currencyWords.has(doc.lower[next]!) || qualifiesMarket(doc, next, marketWords)))) excluded[m] = 1;
    if (describesThing(doc, last[m]!, weaponNouns)) excluded[m] = 1;
    // "ICO observers criticised Brazil": an organisation's members or firms are not the organisation acting
    if (isOrganizationCode(mentions[m]!.actor) && modifiesMemberNoun(doc, first[m]!, last[m]!, memberNouns)) excluded[m] = 1;
  }
  return { doc, mentions, mentionOf, first, last, excluded };
}

/** A token that may stand between an auxiliary and its verb: "has again appealed", "did not agree". */
export function isVerbalFiller(doc: Doc, t: number): boolean {
  const p = doc.pos[t];
  return p === 'AUX' || p === 'ADV' || p === 'PART' || negators.has(doc.lower[t]!);
}

/**
 * A past participle: a word with a regular ending, or one the tagger reads as a participle whose
 * ending is irregular ("was struck by", "were held", "was paid").
 */
export function isParticipleForm(doc: Doc, verb: number): boolean {
  return /(ed|en|wn|ne|ught|t)$/.test(doc.lower[verb]!) || doc.xpos?.[verb] === 'VBN';
}

/** The to-infinitive a verb governs on the tree ("needs to withdraw": withdraw), or -1. */
export function toInfinitiveOf(doc: Doc, verb: number): number {
  return children(doc, verb, 'xcomp').find((c) => doc.upos[c] === 'VERB' && hasMark(doc, c, 'to')) ?? -1;
}

/** "was attacked by": a participle after a form of "be"/"get" (adverbs and negation may intervene). */
export function isPassive(doc: Doc, verb: number, from: number): boolean {
  if (!isParticipleForm(doc, verb)) return false;
  for (let p = verb - 1; p >= from && p >= verb - 4; p--) {
    if (passiveAuxiliaries.has(doc.lower[p]!)) return true;
    // "Chile is to meet Peru", "is to visit": an infinitive after "be" is an arrangement, no passive
    if (!isVerbalFiller(doc, p) || doc.lower[p] === 'to') return false;
  }
  return false;
}

/** Mentions coordinated with mention m: "Gondor and Osgiliath", "Hungarian and Romanian officials". */
/**
 * Mentions a and b are coordinated: the tokens strictly between a's end and b's start are all glue, with "and"/"or"/"," among them,
 * in one sentence ("..., said Gen. Tom Ray Jr. And Iran agreed": a sentence that opens with "And" after a name is no list with it).
 */
function linked(g: Grammar, a: number, b: number): boolean {
  const { doc, first, last, mentionOf } = g;
  // "The European Union (EU) and Canada": the acronym in brackets goes with the name before it,
  // and the list goes on after its closing bracket
  if (b === a + 1 && isBracketedAlias(g, b)) return true;
  const from = last[a]! + (isBracketedAlias(g, a) ? 2 : 1);
  const to = first[b]!;
  if (to < from || to - from > 4 || doc.sentence[last[a]!] !== doc.sentence[to]) return false;
  // "according to AFP, the UN and the US criticised": a source of the news is no member of the list after it
  if (followsAccordingTo(doc.lower, first[a]!)) return false;
  let joiner = false;
  for (let t = from; t < to; t++) {
    const w = doc.lower[t]!;
    // "Fornost and the evil awful Gondor": adjectives may stand before the next actor
    if ((!coordinationGlue.has(w) && doc.pos[t] !== 'ADJ') || mentionOf[t]! >= 0) return false;
    if (isConjunction(w) || w === ',') joiner = true;
  }
  return joiner;
}


/** Whether mention k is a name's acronym in brackets right after it: "the International Monetary Fund (IMF)". */
function isBracketedAlias(g: Grammar, k: number): boolean {
  const { doc, first, last } = g;
  if (k < 1 || doc.lower[first[k]! - 1] !== '(' || doc.lower[last[k]! + 1] !== ')') return false;
  return last[k - 1] === first[k]! - 2 && g.mentions[k - 1]!.actor === g.mentions[k]!.actor;
}

function isConjunction(w: string): boolean {
  return w === 'and' || w === 'or';
}

export function coordinated(g: Grammar, m: number): number[] {
  const { doc, first, last } = g;
  const group = [m];
  for (let k = m - 1; k >= 0 && first[k]! >= 0 && linked(g, k, group[0]!); k--) group.unshift(k);
  for (let k = m + 1; k < g.mentions.length && first[k]! >= 0 && linked(g, group[group.length - 1]!, k); k++) group.push(k);
  // "and" or "or" comes before a list's last member: "..., Switzerland and Italy, Funaro hopes"
  // ends the list at Italy; Funaro starts another
  const ends: number[] = [];
  for (let i = 0; i + 1 < group.length; i++) {
    for (let t = last[group[i]!]! + 1; t < first[group[i + 1]!]!; t++) if (isConjunction(doc.lower[t]!)) ends.push(i + 1);
  }
  if (ends.length) {
    const at = group.indexOf(m);
    const from = Math.max(0, ...ends.filter((e) => e < at).map((e) => e + 1));
    const to = Math.min(group.length - 1, ...ends.filter((e) => e >= at));
    if (from > 0 || to < group.length - 1) group.splice(0, group.length, ...group.slice(from, to + 1));
  }
  // "X, Y": a comma alone joins only when the list ends with "and"/"or" (not an apposition "Osgiliath, the state's foe"),
  // between them or right after Y, before a last member that is no actor ("Britain, France, and Gulf
  // allies", "France, Germany and others")
  // (an acronym names its name again: no member of its own)
  const named = group.filter((k) => k === m || !isBracketedAlias(g, k));
  if (named.length === 1) return [m];
  if (named.length === 2) {
    const [a, b] = named as [number, number];
    let hasConj = false;
    for (let t = last[a]! + 1; t < first[b]!; t++) if (isConjunction(doc.lower[t]!)) hasConj = true;
    const after = last[b]! + 1;
    const listGoesOn =
      (doc.lower[after] === ',' && after + 1 < doc.length && isConjunction(doc.lower[after + 1]!)) || (after < doc.length && isConjunction(doc.lower[after]!));
    if (!hasConj && !listGoesOn) return [m];
  }
  return named;
}

export function isHardStop(doc: Doc, t: number): boolean {
  // hardStops.has(w): they are all one character long, so most words need no lookup
  const w = doc.lower[t]!;
  if (w.length !== 1) return false;
  switch (w.charCodeAt(0)) {
    case 0x3b: // ;
    case 0x3a: // :
    case 0x2014: // —
    case 0x2013: // –
    case 0x2015: // ―
    case 0x28: // (
    case 0x29: // )
    case 0x22: // "
    case 0x201c: // “
    case 0x201d: // ”
      return true;
    default:
      return false;
  }
}

/** A comma that ends a phrase: not one between adjectives ("complete, full diplomatic ties"). */
export function isClauseComma(doc: Doc, t: number): boolean {
  if (doc.lower[t] !== ',') return false;
  const before = doc.pos[t - 1];
  const after = doc.pos[t + 1];
  return !(before === 'ADJ' && (after === 'ADJ' || after === 'ADV'));
}
