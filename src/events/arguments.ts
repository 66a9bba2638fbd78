// Source and target of a verb cue without a parser: the subject is an actor
// mention before the verb in its clause, the target an actor mention after it
// (object or prepositional complement), with passives, coordination and
// relative clauses handled by small scans over the sentence.
//
//   The Calenardhon government condemned an attack by Osgiliath soldiers
//   ^^^^^^^^^^^^^^^^^^^^^^^^^^ source  ^ cue                  ^^^^^^^^^ target
import type { Doc } from '../nlp/index.ts';
import {
  clauseOpeners,
  coordinated,
  floatingQuantifiers,
  isClauseComma,
  isHardStop,
  negators,
  namesRelation,
  possessiveDeterminers,
  relativePronouns,
  type Grammar,
} from './grammar.ts';
import { futureGovernors } from './modality.ts';
import { children, dominates } from '../nlp/tree.ts';
import { hasTree } from './parties.ts';

/** How far from the verb an object may be, in tokens. */
const objectReach = 14;
/** How far back a subject may be. */
const subjectReach = 24;

/** Prepositions whose complement is not the one the verb acts on ("attacked Y in Z": Z is a place). */
// ("at" is not among them: "fired shells at Seoul", "shot at officers" aim at their target)
const placeAndTimePrepositions = new Set([
  'in', 'near', 'during', 'since', 'after', 'before', 'via', 'through', 'across', 'within', 'amid', 'despite', 'inside',
]);
/** Prepositions of the framework an act falls under ("measures under the General Agreement on Tariffs and Trade"): never a party. */
const frameworkPrepositions = new Set(['under']);

const finiteContext = new Set(['NOUN', 'PROPN', 'PRON', 'CCONJ', 'PUNCT']);

/** Where the clause holding token t begins (exclusive scan stop), within the sentence. */
export function clauseStart(g: Grammar, t: number, sentenceFrom: number): number {
  const { doc } = g;
  for (let p = t - 1; p >= sentenceFrom && p >= t - subjectReach; p--) {
    if (isHardStop(doc, p)) return p + 1;
    const w = doc.lower[p]!;
    if ((doc.pos[p] === 'SCONJ' || (doc.pos[p] === 'PRON' && relativePronouns.has(w))) && clauseOpeners.has(w)) return p + 1;
  }
  return Math.max(sentenceFrom, t - subjectReach);
}

export type Subject = { mentions: number[]; viaRelative: boolean };

const nounPhraseTags = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);

/**
 * The subject of the verb at token `verb`, walking left over the noun phrase before it:
 *
 *   Arnor on Thursday signed          -> "on Thursday" is a PP, the subject is Arnor
 *   Soldiers from Gondor will not ... -> Gondor (the nationality of the soldiers)
 *   Osgiliath, the state's foe, could -> an apposition is skipped: Osgiliath
 *   ..., a senior official said       -> a noun phrase with no actor: no subject
 *   X attacked Y and condemned Z      -> a verb right after "and" shares the previous verb's subject
 *   Gondor, which attacked Mordor     -> the relative pronoun's antecedent
 */
export function subjectOf(g: Grammar, verb: number, sentenceFrom: number, previousVerbs: number[]): Subject | null {
  const fronted = frontedPurposeSubject(g, verb, sentenceFrom);
  if (fronted) return fronted;
  const found = nounPhraseSubject(g, verb, sentenceFrom, previousVerbs);
  if (found) return found;
  const it = reportedIt(g, verb, sentenceFrom, previousVerbs);
  if (it) return it;
  // "X issued a declaration demanding that ...", "X demonstrated on Sunday, calling for ...":
  // a participle clause without its own subject shares the main verb's
  const { doc } = g;
  // only a participle after its main clause's object or a comma; after a preposition it is a gerund ("after leaving")
  const before = doc.pos[verb - 1];
  if (!doc.lower[verb]!.endsWith('ing') || !(before === 'NOUN' || before === 'PROPN' || doc.lower[verb - 1] === ',')) return null;
  for (let p = verb - 1; p >= sentenceFrom && p >= verb - participleReach; p--) {
    if (isHardStop(doc, p)) return null;
    if (doc.pos[p] === 'VERB' && !doc.lower[p]!.endsWith('ing')) return nounPhraseSubject(g, p, sentenceFrom, previousVerbs.filter((v) => v < p));
  }
  return null;
}

/** How far a sentence-opening phrase may run before its comma, in tokens. */
const frontedReach = 20;
/** Tags of what may stand between the comma and the main clause's subject: "the", "Russian", "President". */
const subjectLead = new Set(['DET', 'ADJ', 'PROPN', 'NOUN']);

/**
 * The subject of an infinitive of purpose in the phrase that opens the sentence, before its
 * first comma and with no verb of its own before the "to": the main clause's subject after the
 * comma, not a name the phrase itself holds ("While in New York City to attend the General
 * Assembly, President Zelensky told reporters" is Zelensky's attendance; "To end the war, Russia
 * must withdraw"), and likewise of a participle that opens the sentence ("Expressing concern
 * about the Congress, Kato said ...").
 */
function frontedPurposeSubject(g: Grammar, verb: number, sentenceFrom: number): Subject | null {
  const { doc, mentionOf } = g;
  // ("Expressing concern about the Congress, he said ...": a participle opening the sentence too)
  const openingParticiple = verb === sentenceFrom && doc.lower[verb]!.endsWith('ing') && doc.pos[verb] === 'VERB';
  if (!openingParticiple && (verb < 1 || doc.lower[verb - 1] !== 'to' || verb - sentenceFrom > frontedReach)) return null;
  for (let p = sentenceFrom; p < verb - 1; p++) if (doc.lower[p] === ',' || isHardStop(doc, p) || doc.pos[p] === 'VERB' || doc.pos[p] === 'AUX') return null;
  let comma = verb + 1;
  while (comma < doc.length && comma - sentenceFrom <= frontedReach && doc.sentence[comma] === doc.sentence[verb] && doc.lower[comma] !== ',') {
    // ("those scheduled to attend the summit are X, Y and Z": a clause of its own, no opening phrase)
    if (isHardStop(doc, comma) || doc.pos[comma] === 'AUX') return null;
    comma++;
  }
  if (doc.lower[comma] !== ',') return null;
  let p = comma + 1;
  while (p < doc.length && p - comma <= 4 && mentionOf[p]! < 0 && subjectLead.has(doc.pos[p]!)) p++;
  const m = mentionOf[p] ?? -1;
  if (m < 0) return null;
  const group = coordinated(g, m);
  let after = g.last[group[group.length - 1]!]! + 1;
  while (after < doc.length && skippable(doc, after)) after++;
  // the name must be the main clause's subject: its verb follows it
  if (doc.pos[after] !== 'VERB' && doc.pos[after - 1] !== 'AUX') return null;
  return { mentions: group, viaRelative: false };
}

/**
 * "The U.S. said it would not ...", "Iraq announced that it is prepared to ...": an unresolved "it"
 * opening the clause reported by a verb stands for that verb's subject (a state or organisation
 * speaking of itself; the actor stage resolves only personal and plural pronouns).
 */
function reportedIt(g: Grammar, verb: number, sentenceFrom: number, previousVerbs: number[]): Subject | null {
  const { doc, mentionOf } = g;
  let p = verb - 1;
  while (p > sentenceFrom && (doc.pos[p] === 'AUX' || doc.pos[p] === 'ADV' || doc.pos[p] === 'PART' || negators.has(doc.lower[p]!) ||
    (doc.lower[p + 1] === 'to' && (doc.pos[p] === 'ADJ' || doc.pos[p] === 'VERB' || futureGovernors.has(doc.lower[p]!))))) p--;
  if (p <= sentenceFrom || doc.lower[p] !== 'it' || mentionOf[p]! >= 0) return null;
  let q = p - 1;
  if (doc.lower[q] === 'that') q--;
  const reporting = previousVerbs.filter((v) => v <= q).pop();
  if (reporting === undefined || reporting !== q) return null;
  const speaker = nounPhraseSubject(g, reporting, sentenceFrom, previousVerbs.filter((v) => v < reporting));
  return speaker && speaker.mentions.length === 1 ? speaker : null;
}

/** How far back the main verb of a participle clause may be. */
const participleReach = 15;

/**
 * Auxiliaries, adverbs, negation, floating quantifiers, and what governs an infinitive: "is about to", "was expected to";
 * the "have" of a perfect infinitive, which the tagger may read as a verb ("is said to have thrown his support behind").
 */
function skippable(doc: Doc, q: number): boolean {
  return (
    doc.pos[q] === 'AUX' || doc.pos[q] === 'ADV' || doc.pos[q] === 'PART' || negators.has(doc.lower[q]!) ||
    (doc.lower[q] === 'have' && doc.lower[q - 1] === 'to') ||
    (floatingQuantifiers.has(doc.lower[q]!) && doc.pos[q - 1] === 'AUX') ||
    (doc.lower[q + 1] === 'to' && (doc.pos[q] === 'ADP' || doc.pos[q] === 'ADJ' || doc.pos[q] === 'VERB' || futureGovernors.has(doc.lower[q]!)))
  );
}

/** Dashes that set off a parenthesis in pairs: "The army — the second largest in NATO — attacked". */
const parentheticalDashes = new Set(['—', '–', '-', '--']);

function nounPhraseSubject(g: Grammar, verb: number, sentenceFrom: number, previousVerbs: number[]): Subject | null {
  const { doc, mentionOf } = g;
  const limit = Math.max(sentenceFrom, verb - subjectReach);
  let p = verb - 1;
  while (p >= limit && skippable(doc, p)) p--;
  if (p >= limit && (doc.lower[p] === 'and' || doc.lower[p] === 'but' || doc.lower[p] === 'or') && mentionOf[p - 1]! < 0 && doc.pos[p - 1] !== 'NOUN') {
    const previous = previousVerbs.filter((v) => v < p).pop();
    if (previous !== undefined) return subjectOf(g, previous, sentenceFrom, previousVerbs.filter((v) => v < previous));
  }
  // an apposition between dashes right before the verb ("The Syrian Army — whose commander is
  // Assad — entered"): skip to the opening dash
  if (p >= limit && parentheticalDashes.has(doc.lower[p]!)) {
    let q = p - 1;
    while (q >= limit && doc.lower[q] !== doc.lower[p]) q--;
    if (q > limit) p = q - 1;
  }
  // an apposition or parenthesis right before the verb: skip to its opening comma
  if (p >= limit && doc.lower[p] === ',') {
    let q = p - 1;
    while (q >= limit && doc.lower[q] !== ',' && !isHardStop(doc, q) && doc.pos[q] !== 'VERB') q--;
    if (q >= limit && doc.lower[q] === ',') p = q - 1;
    else {
      // and a participle phrase set off by commas, verbs and all ("US officials, still hoping to
      // bring North Korea to the table, held a meeting")
      const opening = participlePhraseOpening(doc, p, limit, verb);
      if (opening >= 0) p = opening - 1;
    }
  }
  let nounSeen = false;
  for (; p >= limit; p--) {
    // "The Philippines and the European Union (EU) agree": skip a parenthesis
    if (doc.lower[p] === ')') {
      let q = p - 1;
      while (q > limit && doc.lower[q] !== '(' && doc.lower[q] !== ')') q--;
      if (doc.lower[q] === '(') {
        p = q;
        continue;
      }
    }
    const m = mentionOf[p]!;
    if (m >= 0) return { mentions: headModifier(g, coordinated(g, m), limit) ?? coordinated(g, m), viaRelative: false };
    const w = doc.lower[p]!;
    const tag = doc.pos[p]!;
    if (nounPhraseTags.has(tag) || w === "'s" || w === '’s' || w === "'") {
      if (tag !== 'DET' && tag !== 'ADJ') nounSeen = true;
      continue;
    }
    if (tag === 'ADP') {
      // "on Thursday", "in a message": a prepositional phrase without an actor; the subject is further left
      if (nounSeen) {
        nounSeen = false;
        continue;
      }
      return null;
    }
    if (tag === 'CCONJ' && nounSeen) continue; // "death and injury toll"
    // a participle inside the noun phrase: "aircraft using precision guided missiles"
    // (but not a verb with a subject of its own that the tree hangs ours on: "Egypt welcomed the
    // ceasefire agreed between ..." has the main verb "welcomed")
    if (
      tag === 'VERB' &&
      nounSeen &&
      /(ing|ed)$/.test(w) &&
      p > limit &&
      (doc.pos[p - 1] === 'NOUN' || doc.pos[p - 1] === 'ADJ' || mentionOf[p - 1]! >= 0) &&
      !isMainVerbOver(doc, p, verb)
    )
      continue;
    if (tag === 'PRON' && relativePronouns.has(w) && !nounSeen) {
      // relative clause: the antecedent before the pronoun (and an optional comma)
      let q = p - 1;
      if (q >= sentenceFrom && doc.lower[q] === ',') q--;
      for (; q >= sentenceFrom && q >= p - 6; q--) {
        const a = mentionOf[q]!;
        if (a >= 0) return { mentions: coordinated(g, a), viaRelative: true };
        if (!nounPhraseTags.has(doc.pos[q]!)) break;
      }
      return null;
    }
    if (tag === 'PRON' && !nounSeen) return null; // "it", "she": not an actor unless the actor stage resolved it
    // a comma, verb, conjunction or clause opener closes the subject's noun phrase
    return null;
  }
  return null;
}

/** Participles that name members or a source, not what the subject does: "countries, including France, ...". */
const nonActingParticiples = new Set(['including', 'excluding', 'according', 'notwithstanding']);

/**
 * The opening comma of a participle phrase that ends at the comma `close`, before the verb `verb`:
 * the phrase opens with a present or past participle (adverbs before it: "still hoping to ...",
 * "backed by ..."), and no hard stop or other comma stands inside it; -1 when there is none. Not a
 * participle that modifies the noun after it ("..., advanced technologies and ...") nor, on the
 * tree, one the verb depends on: that is the clause's own predicate ("Bulgaria, with X and Y,
 * created a fund to help Libya combat AIDS, improve standards": "improve" is "help"'s conjunct).
 */
function participlePhraseOpening(doc: Doc, close: number, limit: number, verb: number): number {
  let q = close - 1;
  while (q >= limit && doc.lower[q] !== ',' && !isHardStop(doc, q)) q--;
  if (q < limit || doc.lower[q] !== ',') return -1;
  let t = q + 1;
  while (t < close && doc.pos[t] === 'ADV') t++;
  const w = doc.lower[t]!;
  if (t >= close || doc.pos[t] !== 'VERB' || nonActingParticiples.has(w) || !/(ing|ed|en)$/.test(w)) return -1;
  const after = doc.pos[t + 1];
  if (!w.endsWith('ing') && (after === 'NOUN' || after === 'ADJ' || after === 'PROPN')) return -1;
  if (hasTree(doc)) {
    if (doc.deprel[t] === 'amod') return -1;
    if (dominates(doc, t, doc.head[verb]!)) return -1;
  }
  return q;
}

/** Whether the dependency tree (when the Doc has one) makes `p` a verb with a subject of its own, above `t`. */
function isMainVerbOver(doc: Doc, p: number, t: number): boolean {
  if (!hasTree(doc) || children(doc, p, 'nsubj').length === 0) return false;
  return dominates(doc, p, doc.head[t]!);
}

/**
 * "The Turkish and Greek sides of the island of Cyprus agreed": when the actor found is inside an
 * "of" phrase and the noun phrase it belongs to has actors of its own before it, those name the
 * subject. ("Soldiers from Gondor", "the government of Gondor" have none: Gondor stays.)
 */
function headModifier(g: Grammar, group: number[], limit: number): number[] | null {
  const { doc, mentionOf, first } = g;
  let p = first[group[0]!]! - 1;
  if (p < limit || doc.lower[p] !== 'of') return null;
  for (p--; p >= limit; p--) {
    const m = mentionOf[p]!;
    if (m >= 0) return coordinated(g, m);
    const tag = doc.pos[p]!;
    const participle = tag === 'VERB' && /(ed|ing)$/.test(doc.lower[p]!) && doc.pos[p - 1] === 'DET'; // "the divided island"
    if (!(nounPhraseTags.has(tag) || doc.lower[p] === 'of' || tag === 'CCONJ' || participle)) return null;
  }
  return null;
}

/** Prepositions of a place or time after a passive's agent ("killed by a bomb in Mosul", "by gunfire on Monday"). */
const agentCircumstances: ReadonlySet<string> = new Set(['in', 'at', 'near', 'on', 'outside', 'inside', 'during', 'after', 'before', 'since']);

/** The agent of a passive: "was attacked by gunmen". */
export function agentOf(g: Grammar, after: number, sentenceTo: number): number[] | null {
  const { doc } = g;
  for (let p = after; p < sentenceTo && p < after + objectReach; p++) {
    if (isHardStop(doc, p)) return null;
    if (doc.lower[p] === 'by') {
      for (let q = p + 1; q < sentenceTo && q < p + 6; q++) {
        const m = g.mentionOf[q]!;
        if (m >= 0) return coordinated(g, m);
        // "struck by a roadside bomb in Mosul": a place or time after the agent is where or when, not who
        if (doc.pos[q] === 'VERB' || doc.lower[q] === ',' || (doc.pos[q] === 'ADP' && agentCircumstances.has(doc.lower[q]!))) break;
      }
      return null;
    }
  }
  return null;
}

/**
 * The target: the first actor mention after the verb phrase, in its clause. A new clause
 * (", officials said", "that ...", a finite verb) ends the search; an infinitive does not
 * ("signed an accord to supply Gondor").
 */
/** Only adverbs and time phrases between the verb and its complementiser: "demanded on Thursday that". */
function nothingBetween(doc: Doc, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const tag = doc.pos[p];
    if (tag !== 'ADV' && tag !== 'ADP' && tag !== 'PROPN' && tag !== 'NUM' && tag !== 'PUNCT') return false;
  }
  return true;
}

export type ObjectOptions = {
  /** the passive agent ("by X") is not the object */
  skipAgent: boolean;
  /** "arrived in Gondor", "appealed for peace in Ithilen": the place is the target when nothing else is */
  placeIsTarget: boolean;
  /**
   * demands, accusations, threats, rejections: the subject of the verb's complement clause is the
   * target ("demanded that the DPRK forsake its program", "urged Israel withdraw")
   */
  complementSubject: boolean;
  /** actors of the source: "Gondor ... on his first visit" — the source's own mentions are not its target */
  exclude: Set<string>;
};

/** The place found as a fallback target (a mention index, or -1: none). */
function placeOrNull(g: Grammar, placeFallback: number): number[] | null {
  return placeFallback >= 0 ? coordinated(g, placeFallback) : null;
}

export function objectOf(g: Grammar, after: number, sentenceTo: number, options: ObjectOptions): number[] | null {
  const { doc } = g;
  let previousPreposition = '';
  // "arrived in Gondor": for visits and meetings a place is the target when nothing better follows
  let placeFallback = -1;
  for (let p = after; p < sentenceTo && p < after + objectReach; p++) {
    if (isHardStop(doc, p)) return placeOrNull(g, placeFallback);
    const w = doc.lower[p]!;
    const m = g.mentionOf[p]!;
    // "met with his Italian counterpart": "his" says whose counterpart, not who
    if (m >= 0 && (options.exclude.has(g.mentions[m]!.actor) || possessiveDeterminers.has(w))) {
      while (p + 1 < sentenceTo && g.mentionOf[p + 1] === m) p++;
      continue;
    }
    if (m >= 0) {
      const byAgent = options.skipAgent && previousPreposition === 'by';
      if (frameworkPrepositions.has(previousPreposition)) {
        while (p + 1 < sentenceTo && g.mentionOf[p + 1] === m) p++;
        continue;
      }
      if (!byAgent && !placeAndTimePrepositions.has(previousPreposition)) {
        const group = coordinated(g, m);
        let q = g.last[group[group.length - 1]!]! + 1;
        // "targeted the United States' southern neighbor": the object is another party, unnamed
        if (namesRelation(doc, q, sentenceTo)) return null;
        // "says Afghan women face ...": an actor followed by its own verb is a clause's subject, not our object
        while (q < sentenceTo && doc.pos[q] === 'ADV') q++;
        if (
          !options.complementSubject &&
          previousPreposition === '' &&
          q < sentenceTo &&
          (doc.pos[q] === 'AUX' || (doc.pos[q] === 'VERB' && !/(ing|ed|en)$/.test(doc.lower[q]!)))
        )
          return null;
        return group;
      }
      if (!byAgent && placeFallback < 0 && options.placeIsTarget) placeFallback = m;
      while (p + 1 < sentenceTo && g.mentionOf[p + 1] === m) p++;
      continue;
    }
    if (w === 'that' && options.complementSubject && nothingBetween(doc, after, p)) continue;
    if (isClauseComma(doc, p) || (doc.pos[p] === 'SCONJ' && clauseOpeners.has(w)) || (relativePronouns.has(w) && doc.pos[p] === 'PRON'))
      return placeOrNull(g, placeFallback);
    // a verb after a noun, pronoun or conjunction starts a new clause ("... and promised");
    // after a determiner or "to" it does not ("the affected villages", "to supply")
    if (doc.pos[p] === 'VERB' && p > after && finiteContext.has(doc.pos[p - 1]!)) return placeOrNull(g, placeFallback);
    // a preposition governs the whole phrase after it ("in the capital city Tehran"); a verb ends it
    if (doc.pos[p] === 'ADP') previousPreposition = w;
    else if (doc.pos[p] === 'VERB') previousPreposition = '';
  }
  return placeOrNull(g, placeFallback);
}
