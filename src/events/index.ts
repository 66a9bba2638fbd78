// The events stage: who did what to whom, coded in CAMEO (with Goldstein score
// and quad class) and PLOVER, each event with its evidence span.
//
// Per sentence: verb cues (cues.ts) -> the cue's sense from its dependents (senses.ts) ->
// source/target by word order (arguments.ts), completed from the dependency tree where word
// order finds no actor (parties.ts) -> negation/modality/condition from the tree (status.ts;
// modality.ts without one) -> codes (code-tables.ts) and coding policy (policy.ts: mutual acts,
// silent codes, pattern-only verbs) -> date (dates.ts); then nominal cues (nominal.ts) and quoted
// speech (speech.ts). Namings and reported clauses that condemn someone ("called X a liar",
// "said Russia's decision was reckless") are disapproval (evaluation.ts); a judgement of a meeting
// named again ("denounced the conclusions of the summit") is aimed at its participants (meetings.ts). Sports stories and
// sentences are skipped first (discards.ts); a dateline's place (src/nlp/dateline.ts) and actors no
// country stands for are no party to an event. Last, each event gets its PLOVER contexts
// (contexts.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor, Article, Event, Mention, Quote } from '../model.ts';
import { tokenEndingAfter, type Doc } from '../nlp/index.ts';
import { beForms, modalWords, relativePronouns } from '../nlp/closed-class.ts';
import type { ActorResult } from '../actors/index.ts';
import { codeCountry, isArticleActor, isRoleAlone } from '../actors/codes.ts';
import { agentOf, clauseStart, objectOf, subjectOf } from './arguments.ts';
import { loadCodeTables, readTsv, type CodeInfo, type CodeTables } from './code-tables.ts';
import { findVerbCues, type CueMatch } from './cues.ts';
import { dateFinder, isTimeWord } from './dates.ts';
import { discardedSentences, loadDiscards, type Discards } from './discards.ts';
import { coordinated, futureMarkers, grammarOf, isHardStop, isParticipleForm, isPassive, negators, possessiveDeterminers, type Grammar } from './grammar.ts';
import {
  avoidingVerbs,
  cancellingVerbs,
  futureGovernors,
  intentGovernors,
  modalityOf,
  hasComingTime,
  namesComingTime,
  obligationMarkers,
  prospectiveModifiers,
  prospectiveVerbs,
  reversalNouns,
  type Modality,
} from './modality.ts';
import { consultRoot, coveredByCue, findNominalEvents, heldBackAidCode, loadNominalCues, reachedByCue, type NominalCues } from './nominal.ts';
import { isMeetingCode, meetingNamedAgain, meetingNouns } from './meetings.ts';
import { findSpeechEvents, loadSpeechCues, type SpeechCues } from './speech.ts';
import { speakerMentions } from './first-person.ts';
import { parseVerbDictionary, type VerbDictionary } from './verb-dictionary.ts';
import { checkDictionaryKind } from '../dictionaries.ts';
import { compileVerbRules, isNullCode, type VerbRules } from './verb-rules.ts';
import { acrossBarrier, admittedActTargets, conjunctMentions, unsaidActors, relativeObjectHolders, belowComplementSubject, groupAntecedents, hasReciprocalObject, hasTree, inAccusation, innerTargets, isNamedMember, mentionsOfNoun, ownerRelations, pluralAntecedents, siblingObliques, treeParties, memberAdverbs, isCountedGroup } from './parties.ts';
import { anyTargetPrepositions, codeForTarget, isArmedRole, isLabourRole, isMovingForceRole, isReciprocal, isSpeakingRole, isPrivateActor, isUnarmedActor, loadEventPolicy, targetPrepositionsOf, type Complement, type EventPolicy } from './policy.ts';
import { claimingNounOf, cueStatus, loadNegatingGovernors, readsAsNoun, treeStatus } from './status.ts';
import {
  agents,
  children,
  clauseOf,
  conjuncts,
  firstConjunct,
  hasMark,
  hasRelation,
  isNegated,
  modals,
  negation,
  obliques,
  prepositionOf,
  subjects,
  subtree,
  subtreeSpan,
} from '../nlp/tree.ts';
import { attackInWords, callsAThing, nominalAttackInWords, dismisses, isAsNaming, isContest, isNaming, isOtherSense, senseCode, tradesSecurities, asksAQuestion, isParenthetical, suggestsAClaim } from './senses.ts';
import { measureCode } from './measures.ts';
import { actAnaphoraReach, agentsNamedWith, asNamingOf, condemnationIn, doerOf, namedActors, namingOf, stanceEvents, type EarlierActs } from './evaluation.ts';
import { ownerMentions, restatedAct, restatedNoun, type CodedAct } from './restatement.ts';
import { conditionalThreats } from './conditional-threats.ts';
import { confidenceOf, loadConfidence, type ConfidenceTable, type Family } from './confidence.ts';
import { addContexts, loadContextCues, type ContextCues } from './contexts.ts';

export type EventOptions = {
  /** PETRARCH-format verb dictionaries (--verbs); they take precedence over the built-in rules */
  verbs?: string[];
  /** false: use only the --verbs dictionaries (e.g. PETRARCH's validation dictionary) */
  builtinVerbs?: boolean;
  /**
   * Also code events whose target was not found (target: null). Off by default, like PETRARCH's
   * require_dyad: a cue without a recipient is more often a reporting verb ("..., officials said")
   * or a missed target than a one-sided event.
   */
  targetless?: boolean;
  /** drop events whose confidence is below this (0 keeps all); default: the threshold in data/events/confidence.tsv */
  minConfidence?: number;
  /** PETRARCH-format discard files (--discards), read with the built-in sports discards */
  discards?: string[];
  /**
   * Also code the second event of a verb's pair of two codes (--paired-codes): "X visited Y" then
   * gives Y's 043 (host a visit) beside X's 042, as PETRARCH and GDELT do. Off by default: the
   * text reports the visit, and the hosting is an inference from it. So is the reverse of a
   * mutual act told from one side (041:041, "X spoke by phone with Y" gives Y -> X 041 only with
   * this option); coordinated doers ("X and Y spoke by phone") act on each other either way.
   */
  pairedCodes?: boolean;
};

export type EventContext = {
  options: EventOptions;
  rules: VerbRules;
  codes: CodeTables;
  nominal: NominalCues;
  /** nouns of a meeting (the nominal cues of 040 and 046), which a definite noun may name again (meetings.ts) */
  meetingNouns: ReadonlySet<string>;
  speech: SpeechCues;
  discards: Discards;
  /**
   * CAMEO code prefixes of acts that need no recipient, with the only verbs that code them so, if
   * listed, and whether those verbs do so only with no object and no quotation (data/events/one-sided-codes.tsv)
   */
  oneSided: { prefix: string; verbs: Set<string> | undefined; objectless: boolean }[];
  /** target prepositions, reciprocal and silent codes (policy.ts) */
  policy: EventPolicy;
  /** how sure each kind of support makes an event (confidence.ts) */
  confidence: ConfidenceTable;
  /** PLOVER contexts from words, roles and codes (contexts.ts) */
  contexts: ContextCues;
  /** words that govern an act as not done, "refused to meet" (data/events/negating-governors.tsv, status.ts) */
  negatingGovernors: ReadonlySet<string>;
};

export const eventDataDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'events');

/** An event context as structured cloning can carry it to another thread: all but the code tables, whose lookup is a function. */
export type ClonableEventContext = Omit<EventContext, 'codes'>;

export function clonableEventContext(ctx: EventContext): ClonableEventContext {
  const { codes: _codes, ...rest } = ctx;
  return rest;
}

/** The context again from its clone (src/context.ts shareDictionaries): the code tables are read anew, which is quick. */
export function eventContextFromClone(cloned: ClonableEventContext): EventContext {
  return { ...cloned, codes: loadCodeTables(eventDataDir) };
}

export function loadEventContext(options: EventOptions = {}): EventContext {
  const dictionaries: VerbDictionary[] = [];
  for (const file of options.verbs ?? []) {
    if (!existsSync(file)) throw new Error(`--verbs ${file}: no such file`);
    const source = readFileSync(file, 'utf8');
    checkDictionaryKind(file, source, 'verbs');
    // a user's (often third-party) file: lines that cannot be read are skipped (src/dictionaries.ts reports them)
    dictionaries.push(parseVerbDictionary(source, file, []));
  }
  for (const file of options.discards ?? []) if (existsSync(file)) checkDictionaryKind(file, readFileSync(file, 'utf8'), 'discards');
  if (options.builtinVerbs !== false) {
    const own = join(eventDataDir, 'entente-verbs.txt');
    dictionaries.push(parseVerbDictionary(readFileSync(own, 'utf8'), own));
    dictionaries.push(JSON.parse(readFileSync(join(eventDataDir, 'cameo-verbs.json'), 'utf8')) as VerbDictionary);
  }
  const nominal = loadNominalCues(join(eventDataDir, 'nominal-cues.tsv'));
  return {
    options,
    rules: compileVerbRules(dictionaries),
    codes: loadCodeTables(eventDataDir),
    nominal,
    meetingNouns: meetingNouns(nominal),
    speech: loadSpeechCues(join(eventDataDir, 'speech-cues.tsv')),
    discards: loadDiscards([join(eventDataDir, 'discards.txt'), ...(options.discards ?? [])]),
    oneSided: readTsv(join(eventDataDir, 'one-sided-codes.tsv'), ['cameo_prefix', 'verbs']).map((r) => ({
      prefix: r.cameo_prefix!,
      verbs: r.verbs ? new Set(r.verbs.split(',').map((v) => v.trim())) : undefined,
      objectless: (r.objectless ?? '').trim() === 'yes',
    })),
    policy: builtinPolicy(options),
    confidence: loadConfidence(join(eventDataDir, 'confidence.tsv')),
    contexts: loadContextCues(eventDataDir),
    negatingGovernors: loadNegatingGovernors(join(eventDataDir, 'negating-governors.tsv')),
  };
}

/** The policy files; a run with only its own verb dictionaries (--no-builtin-verbs) silences no code or verb. */
function builtinPolicy(options: EventOptions): EventPolicy {
  const policy = loadEventPolicy(eventDataDir);
  return options.builtinVerbs === false ? { ...policy, silent: new Set(), patternOnly: new Set() } : policy;
}


/** A statement or appeal verb (CAMEO 01x/02x, or an uncoded reporting verb such as "say"). */
function isStatement(cue: CueMatch): boolean {
  return cue.code.startsWith('01') || cue.code.startsWith('02') || (isNullCode(cue.code) && cue.paired === undefined);
}

/**
 * After a protest (`protested`), a participle or infinitive of demand or statement states the protest's aim; not a
 * finite progressive after a form of "be" ("are demanding"), which is a verb of its own.
 */
function statesProtestAim(doc: Doc, protested: boolean, c: CueMatch): boolean {
  return (
    protested &&
    ((doc.lower[c.phraseStart]!.endsWith('ing') && !beForms.has(doc.lower[c.phraseStart - 1]!)) || doc.lower[c.phraseStart - 1] === 'to') &&
    (isStatement(c) || c.code.startsWith('10'))
  );
}

/**
 * Where the reported clause after a demand/accusation verb starts: its "that" or "of", if close.
 * With `nounsOf` (on the tree), an "of" whose phrase completes a noun ("denounced the memoranda of
 * understanding in which Turkey and Libya agreed ...", "urged the lifting of sanctions imposed by
 * ...") is that noun's, not a clause of what is demanded or condemned: what its phrase says was
 * done is told as done.
 */
const reportedReach = 6;
function reportedClauseStart(doc: Doc, after: number, to: number, nounsOf = false): number {
  for (let p = after; p < to && p < after + reportedReach; p++) {
    const w = doc.lower[p]!;
    if (w === 'of' && nounsOf && completesNoun(doc, p)) continue;
    if (w === 'that' || w === 'of') return p + 1;
    if (w === ',' || w === ';' || doc.pos[p] === 'VERB') break;
  }
  return to;
}

/** Whether the preposition `p` heads a phrase on a common noun ("the memoranda of understanding"), not on a verb. */
function completesNoun(doc: Doc, p: number): boolean {
  if (!hasRelation(doc, p, 'case')) return false;
  const phrase = doc.head[p]!;
  if (phrase < 0 || !hasRelation(doc, phrase, 'nmod')) return false;
  const noun = doc.head[phrase]!;
  return noun >= 0 && doc.upos[noun] === 'NOUN';
}

/**
 * Marks in `reported` the clause that the cue `verb` (its phrase ending at `cueEnd`) reports and that
 * holds `start` (its "that" or "of", or the first word after the cue): on the tree, the phrase below
 * the cue that holds `start`, from `start` on, so that what follows the clause is asserted again
 * ("After accusing Chile of shelling the post, Peru expelled the ambassador": the expulsion is
 * reported as done). Where the parser hangs the cue inside the clause it reports ("After Chile
 * agreed that talks should resume, Ecuador expelled ...": "agreed" under "resume"), the clause is
 * the lowest phrase holding both. Without a tree, the rest of the sentence.
 */
function markReportedClause(doc: Doc, useTree: boolean, reported: Uint8Array, verb: number, cueEnd: number, start: number, to: number): void {
  if (!useTree) {
    reported.fill(1, start, to);
    return;
  }
  const aboveCue = new Set<number>();
  for (let t = verb; t >= 0; t = doc.head[t]!) aboveCue.add(t);
  let clause = start;
  while (!aboveCue.has(clause) && doc.head[clause]! >= 0) {
    const head = doc.head[clause]!;
    if (aboveCue.has(head)) {
      if (head > cueEnd) clause = head;
      break;
    }
    clause = head;
  }
  for (const t of subtree(doc, clause)) if (t >= start) reported[t] = 1;
}

/** The actor of an "over"/"about"/"against" phrase soon after a complaint's addressee. */
const complaintReach = 6;
const complaintPrepositions = new Set(['over', 'about', 'against', 'regarding']);
function complaintSubject(g: Grammar, after: number, to: number): number | undefined {
  const { doc, mentionOf } = g;
  for (let p = after; p < to && p < after + complaintReach; p++) {
    if (isHardStop(doc, p) || doc.pos[p] === 'VERB') return undefined;
    if (!complaintPrepositions.has(doc.lower[p]!)) continue;
    for (let q = p + 1; q < to && q <= p + 4; q++) {
      if (mentionOf[q]! >= 0) return mentionOf[q]!;
      if (doc.pos[q] === 'VERB' || isHardStop(doc, q)) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** A verb right after "to" is governed by the verb before it ("urged Bree to help", "threatened not to renew"). */
const governorReach = 7;

/** The governor among the earlier cues; the nearest, when it only marks intent ("plans to"), governs nothing. */
function governor(g: Grammar, cue: CueMatch, earlier: CueMatch[]): CueMatch | undefined {
  const { doc } = g;
  let p = cue.phraseStart - 1;
  while (p >= 0 && (negators.has(doc.lower[p]!) || doc.pos[p] === 'ADV')) p--;
  if (p < 0 || doc.lower[p] !== 'to') return undefined;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k]!;
    // "blaming Iran for the attack, committing to send troops": the nearest cue only marks the
    // intent; the infinitive is its own event, not part of an act before it
    if (futureGovernors.has(doc.lower[e.verb]!)) return undefined;
    if (p - e.phraseEnd <= governorReach) return e;
  }
  return undefined;
}

/**
 * The tokens of the to-infinitive after a verb's object, a common noun that names no actor
 * ("ordered local governments to raise salaries for teachers": the infinitive's), or undefined
 * when the object names one or there is no such clause.
 */
function addressedClause(g: Grammar, verb: number): Set<number> | undefined {
  const { doc } = g;
  // (the parser may take the one addressed for an indirect object: "urged companies to stop")
  const object = children(doc, verb, 'obj', 'iobj').find((o) => o > verb);
  // (a name the actors stage does not know may still be a party: "asked GATT to arbitrate")
  if (object === undefined || g.mentionOf[object]! >= 0 || mentionsOfNoun(g, object).length > 0 || doc.upos[object] !== 'NOUN') return undefined;
  // (an infinitive with a subject of its own is no clause of what the object is asked to do)
  const clause = children(doc, verb, 'xcomp', 'advcl', 'ccomp').find((c) => c > object && hasMark(doc, c, 'to') && !children(doc, c, 'nsubj', 'nsubj:pass').length);
  return clause === undefined ? undefined : new Set(subtree(doc, clause));
}

/** CAMEO 040, consult: the code CAMEO.2.0 gives a journey (code-policy.tsv journey_verbs). */
const consultCode = '040';

/** Verbs of consultation whose object is the topic, not a party ("discussed the future of X"). */
const topicVerbs = new Set(['discuss']);
/** Prepositions of the place where an act happened ("met in Geneva", "talks at the WTO"). */
const venuePrepositions = new Set(['in', 'at']);
/** Prepositions of what a verb answers: "agreed to the proposal", "complied with the demand". */
const answerPrepositions = new Set(['to', 'with']);

/** Whether token `t` is in a phrase of "in" or "at" on a meeting noun: "a meeting in Luxembourg", "talks at the WTO". */
function isVenueOfMeeting(g: Grammar, t: number, nouns: ReadonlySet<string>): boolean {
  const { doc } = g;
  const noun = doc.head[t]!;
  return noun >= 0 && venuePrepositions.has(prepositionOf(doc, t)) && nouns.has(doc.lower[noun]!);
}

/**
 * Whether token `t` is in a phrase of "in" or "at" on the verb `verb`, directly or as the name
 * of a noun there ("met in Geneva", "met in the Swiss city of Geneva", "met at the UN"); or on
 * its object, where the parser hangs the phrase ("met Kerry in Geneva").
 */
function isVenueOfVerb(g: Grammar, t: number, verb: number): boolean {
  const { doc } = g;
  const phrase = prepositionOf(doc, t) === 'of' && hasRelation(doc, t, 'nmod') ? doc.head[t]! : t;
  const on = doc.head[phrase]!;
  return (on === verb || (on >= 0 && doc.head[on] === verb && hasRelation(doc, on, 'obj'))) && venuePrepositions.has(prepositionOf(doc, phrase));
}

/**
 * Mentions a verb of moving names as where its doer went: the noun of its "to", "in" or "at"
 * phrase ("gathered in Cairo", "came to Jordan", "touched down Saturday in Cairo").
 */
function destinationOf(g: Grammar, verb: number): number[] {
  const found: number[] = [];
  // (the parser may hang the place on a time word between: "touched down Saturday in Cairo")
  const phrases = children(g.doc, verb, 'obl').flatMap((t) => (hasRelation(g.doc, t, 'obl:unmarked', 'obl:tmod') ? children(g.doc, t, 'nmod') : [t]));
  for (const t of phrases) {
    if (!destinationPrepositions.has(prepositionOf(g.doc, t))) continue;
    // (the place's own name or the first in its phrase: "in the Malian capital, Bamako")
    const m = subtree(g.doc, t).map((k) => g.mentionOf[k]!).find((k) => k >= 0);
    if (m !== undefined && !found.includes(m)) found.push(m);
  }
  return found;
}
const destinationPrepositions = new Set(['to', 'in', 'at']);

/** The token of a mention that the tree hangs outside it (the head of its phrase). */
function mentionHead(g: Grammar, m: number): number {
  for (let t = g.first[m]!; t <= g.last[m]!; t++) {
    const h = g.doc.head[t]!;
    if (h < g.first[m]! || h > g.last[m]!) return t;
  }
  return g.last[m]!;
}

/**
 * Whether the word `t` names no party a verb of wish or decision is directed at: a word inside
 * the clause of what is wished ("would prefer to see Canadians take part", "decided to restate
 * its accounts to drop rights on Australian bauxite", "wants to buy more American beef"), unless
 * a coded act of that clause is aimed at it ("decided to attack Iraq", "to offer projects to
 * Africa") or it is that clause's subject ("hopes Germany will agree", "hopes the sentence
 * against X will not be carried out").
 * Whose the verb's own object is stays a party: "wants Japanese cooperation" asks Japan. `acts`:
 * the verbs of the sentence's cues of an act (not of a statement: "prefer to see").
 */
function isAwayFrom(g: Grammar, verb: number, t: number, acts: Set<number>): boolean {
  const { doc } = g;
  const noun = firstConjunct(doc, t);
  let top = noun;
  while (doc.head[top]! >= 0 && doc.head[top] !== verb) top = doc.head[top]!;
  if (doc.head[top] !== verb || !hasRelation(doc, top, 'xcomp', 'ccomp')) return false;
  // the noun a phrase is on: "offer projects to Africa", "the sentence against X"
  let argument = noun;
  while (hasRelation(doc, argument, 'nmod') && !hasRelation(doc, argument, ...ownerRelations)) argument = firstConjunct(doc, doc.head[argument]!);
  const head = doc.head[argument]!;
  if (hasRelation(doc, argument, 'obj', 'iobj', 'obl') && acts.has(head)) {
    for (let clause = firstConjunct(doc, head); hasRelation(doc, clause, 'xcomp'); clause = firstConjunct(doc, doc.head[clause]!)) if (doc.head[clause] === verb) return false;
  }
  return !(hasRelation(doc, argument, 'nsubj', 'nsubj:pass') && head === top && hasRelation(doc, top, 'ccomp'));
}

/**
 * Whoever formed or leads a grouping (a noun of code-policy.tsv's grouping_nouns), as the sentence
 * says: an actor on its phrase ("the US-led coalition"), the subject of the verb whose object it is
 * ("the United States announced a naval coalition"), the agent of a participle on it ("the
 * coalition led by Saudi Arabia") or the subject of a relative clause on it ("the coalition that
 * the United States formed"). Not the verb of joining itself (`joining`).
 */
function foundersOf(g: Grammar, noun: number, joining: number): number[] {
  const { doc } = g;
  const own = mentionsOfNoun(g, noun);
  if (own.length) return own;
  const verb = doc.head[noun]!;
  if (verb >= 0 && verb !== joining && hasRelation(doc, noun, 'obj')) return conjunctMentions(g, subjects(doc, verb));
  for (const clause of children(doc, noun, 'acl', 'acl:relcl')) {
    if (clause === joining) continue;
    const found = hasRelation(doc, clause, 'acl:relcl') ? conjunctMentions(g, children(doc, clause, 'nsubj')) : conjunctMentions(g, agents(doc, clause));
    if (found.length) return found;
  }
  return [];
}

/** The coordinated actors of a "between" phrase at `t` ("between Turkey and Libya"), or none. */
function betweenAfter(g: Grammar, t: number, to: number): number[] {
  const { doc } = g;
  if (t >= to || doc.lower[t] !== 'between') return [];
  const first = doc.upos[t + 1] === 'DET' ? t + 2 : t + 1;
  return first < to && g.mentionOf[first]! >= 0 ? coordinated(g, g.mentionOf[first]!) : [];
}

/** Whether the -ing word at `t` stands between a possessive determiner and the noun it modifies ("his visiting Japanese counterpart"). */
function modifiesNounAfterPossessive(g: Grammar, t: number): boolean {
  const { doc } = g;
  return t > 0 && possessiveDeterminers.has(doc.lower[t - 1]!) && doc.lower[t]!.endsWith('ing') && (doc.upos[t + 1] === 'ADJ' || doc.upos[t + 1] === 'NOUN' || doc.upos[t + 1] === 'PROPN');
}

/** How many modifiers may stand before the noun of a phrase ("visiting Japanese counterpart Shinzo Abe"). */
const nounPhraseReach = 3;

/** The first actor mention of the noun phrase starting at `from`, across its modifiers only; -1 for none. */
function mentionInNounPhrase(g: Grammar, from: number, to: number): number {
  const { doc } = g;
  for (let p = from; p < to && p <= from + nounPhraseReach; p++) {
    if (g.mentionOf[p]! >= 0) return g.mentionOf[p]!;
    if (doc.upos[p] !== 'ADJ' && doc.upos[p] !== 'NOUN' && doc.upos[p] !== 'PROPN') return -1;
  }
  return -1;
}

/** Nouns of a kind of place that a name before them makes a place ("Montenegro province", "the Kashmir region"). */
const placeKinds = new Set(['province', 'region', 'state', 'city', 'capital', 'island', 'district', 'coast', 'border']);

/**
 * Whether the word `t` only says whose a thing (not an act: a nominal cue) is, in a phrase whose
 * preposition names no target (`prepositions`: "sought relief from Japanese import restrictions",
 * "voted for a lifting of UN sanctions"; but "duties on European goods" are aimed at Europe): the
 * first actor after the verb is then no party to the act.
 */
function ownsThingInPhrase(g: Grammar, t: number, prepositions: string[], nominal: NominalCues): boolean {
  const { doc } = g;
  if (!hasRelation(doc, t, 'amod', 'compound')) return false;
  let noun = doc.head[t]!;
  if (noun < 0 || g.mentionOf[noun]! >= 0) return false;
  // "Japanese import restrictions": the phrase is the last noun's
  while (hasRelation(doc, noun, 'compound') && g.mentionOf[doc.head[noun]!]! < 0) noun = doc.head[noun]!;
  // whose an act is is a party to what answers it ("in retaliation for an Iranian missile attack");
  // a place named with its kind is the place ("eased emergency measures in Montenegro province")
  if (nominal.has(doc.lower[noun]!) || placeKinds.has(doc.lower[noun]!)) return false;
  const preposition = prepositionOf(doc, noun);
  return preposition !== '' && !prepositions.includes(preposition);
}

/**
 * Whether the cue is a participle on the object of an earlier coded verb of the same CAMEO root of
 * force ("launched missiles targeting US troops"). Other roots hold distinct acts ("praised the
 * agreement signed by X and Y": 051 and 057).
 */
function sameActParticiple(doc: Doc, cue: CueMatch, codeOfVerb: Map<number, string>, forceRoots: Set<string>): boolean {
  if (!forceRoots.has(cue.code.slice(0, 2)) || !hasRelation(doc, cue.verb, 'acl')) return false;
  const object = doc.head[cue.verb]!;
  if (!hasRelation(doc, object, 'obj')) return false;
  const code = codeOfVerb.get(doc.head[object]!);
  return code !== undefined && code.slice(0, 2) === cue.code.slice(0, 2);
}

/**
 * Whether an actor can stand at either end of an event: a state, IGO or other CAMEO code, or a
 * person or organisation whose country the actor records give. Event data codes who acts for
 * whom; a name with no country says neither.
 */
function isCodeable(id: string, byId: Map<string, Actor>): boolean {
  // ("officials said" with no country: a role alone says whom it speaks for no more than a name
  // does, nor a group named by a noun alone, "critics", "voters": group:)
  if (isRoleAlone(id)) return false;
  if (!isArticleActor(id)) return true;
  return Boolean(byId.get(id)?.country);
}

/** The country a government actor governs (TURGOV, or a person recorded as GOV of a country); an opposition or a people governs none. */
function governedCountry(id: string, byId: Map<string, Actor>): string | undefined {
  if (isArticleActor(id)) {
    const actor = byId.get(id);
    return actor?.role === 'GOV' ? actor.country : undefined;
  }
  return /^[A-Z]{3}GOV/.test(id) && !id.startsWith('IGO') ? id.slice(0, 3) : undefined;
}

/**
 * The code an actor acts as: a person or organisation with a country is that country and role
 * ("Putin", person:vladimir-putin of RUS, GOV, acts as RUSGOV); other ids are their own code.
 * Two mentions acting as one code are one party: no event between them, one event for both.
 */
function actingCode(id: string, byId: Map<string, Actor>): string {
  if (!isArticleActor(id)) return id;
  const actor = byId.get(id);
  return actor?.country ? actor.country + (actor.role ?? '') : id;
}

/**
 * Prepositions by which a noun names what it serves or where it sits, not whose it is: "the
 * parliament for Kenya and Uganda", "the summit in Paris", "the committee on Japan" ("the
 * parliament of Kenya" is Kenya's, "a delegation from Japan" Japan's; a time phrase the parser
 * hung on a noun, "two years after Chilean-led forces overthrew", names the doers).
 */
const bodyPrepositions = new Set(['for', 'in', 'at', 'on']);

/** Whether the verb's subject on the tree is a common noun and every one of `found` sits in a phrase of bodyPrepositions on it. */
function namesInsideSubjectPhrase(g: Grammar, verb: number, found: number[]): boolean {
  const { doc } = g;
  const noun = children(doc, verb, 'nsubj')[0];
  if (noun === undefined || doc.upos[noun] !== 'NOUN' || !found.length || found.includes(g.mentionOf[noun]!)) return false;
  return found.every((m) => {
    let t = g.first[m]!;
    while (t >= 0 && doc.head[t] !== noun) t = doc.head[t]!;
    if (t < 0) return false;
    const preposition = prepositionOf(doc, t);
    // (a possessive is nmod:poss, whose "'s" is no preposition: "Cairo's security chief")
    return doc.deprel[t] === 'nmod' && bodyPrepositions.has(preposition);
  });
}

/**
 * The owners a past participle on a noun with no actor as its "by" agent names in that noun's own
 * phrase ("U.S. sanctions imposed on Iraq": the United States), or undefined when the verb is no
 * such participle on a thing. The thing is what is acted on: with no owner the text names no doer
 * ("the sanctions imposed on Sudan"), whoever word order finds before it.
 */
function bareParticipleOwners(g: Grammar, verb: number): number[] | undefined {
  const { doc } = g;
  const noun = doc.head[verb]!;
  if (!hasRelation(doc, verb, 'acl') || doc.xpos[verb] !== 'VBN' || noun < 0 || noun > verb) return undefined;
  if (doc.upos[noun] !== 'NOUN' && doc.upos[noun] !== 'PROPN') return undefined;
  // (one with a subject, an auxiliary or an object of its own, or after a comma, is a finite verb the
  // parser hung there: "divisions attacked Iraqi positions", "Davis, a liberal, lashed out at ..."; a
  // noun that is an actor, "US troops deployed in Iraq", is left to word order)
  if (children(doc, verb, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'obj').length || g.mentionOf[noun]! >= 0 || doc.lower[verb - 1] === ',') return undefined;
  return mentionsOfNoun(g, noun);
}

/**
 * Whether a verb is an -ing participle on a common noun that names no actor and is no document
 * ("a pylon supplying the zone", "an appeal relating to the law"): the tree makes the noun its subject.
 */
function isThingParticiple(g: Grammar, verb: number, documentNouns: ReadonlySet<string>): boolean {
  const { doc } = g;
  const noun = doc.head[verb]!;
  return (
    hasRelation(doc, verb, 'acl') &&
    !documentNouns.has(doc.lower[noun]!) &&
    !hasRelation(doc, verb, 'acl:relcl') &&
    doc.lower[verb]!.endsWith('ing') &&
    noun >= 0 &&
    doc.upos[noun] === 'NOUN' &&
    g.mentionOf[noun]! < 0 &&
    mentionsOfNoun(g, noun).length === 0
  );
}

/**
 * The particles of a multi-word cue that the parser read as the preposition of the next noun
 * ("had shot down a Ukrainian jet": "down" the case of "jet", an oblique): that noun is what the
 * verb acts on, as an object would be.
 */
function phraseParticles(doc: Doc, cue: CueMatch): string[] {
  const particles: string[] = [];
  for (let t = cue.verb + 1; t <= cue.phraseEnd; t++) if (hasRelation(doc, t, 'case') && doc.head[t]! > cue.phraseEnd) particles.push(doc.lower[t]!);
  return particles;
}

/**
 * The doer of a verb, where it is a thing and the sources are only whose it is: the subject
 * (the "by" agent of a passive or a participle) is a common noun that names no actor, and every
 * source is inside its phrase ("Brazilian orange juice imports have injured", "Sullivan, struck
 * by her story"). Undefined for any other doer: people, bodies, weapons and acts of force
 * ("Palestinian youths threw stones", "killed by Israeli troops' gunfire": data/events/force-doers.tsv,
 * weapon-nouns.tsv, act-nouns.tsv), or a part or number of an actor ("hundreds of ISAF troops").
 */
function thingDoer(g: Grammar, verb: number, passive: boolean, sources: number[], policy: EventPolicy): number | undefined {
  const { doc } = g;
  // (a "by" agent is the doer whatever the parse made of the rest: "The minister, struck by the story, left")
  const doer = children(doc, verb, 'obl:agent')[0] ?? (passive ? undefined : children(doc, verb, 'nsubj')[0]);
  if (doer === undefined || doc.upos[doer] !== 'NOUN' || g.mentionOf[doer]! >= 0 || !sources.length) return undefined;
  const word = doc.lower[doer]!;
  const acts = (w: string) => policy.weaponNouns.has(w) || policy.actNouns.get(w)?.kind === 'force' || policy.forceDoers.has(w);
  // ("two years after Chilean-led forces overthrew": a time word the parse made the subject is no doer)
  if (acts(word) || isTimeWord(word)) return undefined;
  if (children(doc, doer, 'nmod').some((n) => g.mentionOf[n]! >= 0 && prepositionOf(doc, n) === 'of')) return undefined;
  // ("our aim is to attack Iran": the subject a copula equates with an infinitive is no doer)
  if (hasMark(doc, verb, 'to')) return undefined;
  return sources.every((m) => !acts(doc.lower[mentionHead(g, m)]!) && ownsNoun(doc, mentionHead(g, m), doer)) ? doer : undefined;
}

/** Relations by which a word names whose a noun is, or is part of such a name ("Brazil's orange juice imports", "imports from Brazil"). */
const ownerPath = ['amod', 'compound', 'nmod', 'nmod:poss', 'flat', 'conj', 'appos'];

/** Whether `t` modifies `noun` through nominal relations only (not from inside a clause on it: "two years after Chilean-led forces overthrew"). */
function ownsNoun(doc: Doc, t: number, noun: number): boolean {
  for (let k = t; k >= 0; k = doc.head[k]!) {
    if (k === noun) return true;
    if (!hasRelation(doc, k, ...ownerPath)) return false;
  }
  return false;
}

/**
 * The country an actor acts for ("RUS" for RUSGOV or for Putin), '' for any other: an IGO, NGO or
 * company, a region, an actor with no country (codeCountry knows only real countries, and reads none
 * from a person's or organisation's id that actingCode leaves as it is).
 */
function countryOfActor(id: string, byId: Map<string, Actor>): string {
  return codeCountry(actingCode(id, byId)) ?? '';
}

/** The role part of an actor's code: a person's or organisation's role, a coded actor's sector after its country ("USAPTY": "PTY"). */
function roleOfActor(id: string, byId: Map<string, Actor>): string {
  if (isArticleActor(id)) return byId.get(id)?.role ?? '';
  return /^[A-Z]{3}/.test(id) ? id.slice(3) : '';
}

/**
 * Whether a verb leaves a private body's post: a phrase of "from" or "as" on it names one of
 * `nouns` in lower case, in its noun phrase ("resigned from the company's board", "resigned as
 * chairman and chief executive officer"), not in a clause inside it.
 */
function leavesPrivateOffice(doc: Doc, verb: number, nouns: ReadonlySet<string>): boolean {
  const phrase = (t: number): boolean =>
    nouns.has(doc.value[t]!) ||
    children(doc, t, 'nmod', 'conj', 'compound', 'amod', 'appos').some(phrase);
  return children(doc, verb, 'obl', 'xcomp', 'advcl').some((o) => children(doc, o, 'case', 'mark').some((c) => doc.lower[c] === 'from' || doc.lower[c] === 'as') && phrase(o));
}

/**
 * Whether the clause of `verb` is one a firm reports, the firm the subject of the verb it is the
 * complement of, or a firm named in that subject's phrase: "Woodward and Lothrop Inc said
 * president David Mullen resigned" (the officer who leaves is the firm's, though "president"
 * alone may type him as a government's).
 */
function reportedByFirm(g: Grammar, verb: number, isFirm: (actor: string) => boolean): boolean {
  const { doc } = g;
  const clause = firstConjunct(doc, verb);
  if (!hasRelation(doc, clause, 'ccomp') || doc.head[clause]! < 0) return false;
  // (in the subject's phrase: "a spokesman for Acme Inc", or a firm the parser hung on a dateline)
  const reporters = children(doc, doc.head[clause]!, 'nsubj').flatMap((s) => subtree(doc, s));
  return reporters.some((t) => g.mentionOf[t]! >= 0 && isFirm(g.mentions[g.mentionOf[t]!]!.actor));
}

/** Source or target: the mention's span and actor; people and organisations also carry their country and role. */
function party(m: Mention, byId: Map<string, Actor>): Event['source'] {
  const p: Event['source'] = { start: m.start, end: m.end, actor: m.actor, name: m.text };
  const actor = byId.get(m.actor);
  if (actor && !/^[A-Z]{3}/.test(m.actor)) {
    if (actor.country) p.country = actor.country;
    if (actor.role) p.role = actor.role;
  }
  return p;
}

export function codeEvents(doc: Doc, article: Article, actors: ActorResult, quotes: Quote[], ctx: EventContext): Event[] {
  // the speaker of a quotation is its "I" and "we" ("I count on Turkey to ...")
  const speakers = speakerMentions(doc, quotes, actors.mentions);
  const mentions = speakers.length ? [...actors.mentions, ...speakers].sort((a, b) => a.start - b.start) : actors.mentions;
  const tokenMention = speakers.length ? undefined : (actors as ActorResult & { tokenMention?: Int32Array }).tokenMention;
  const g = grammarOf(doc, mentions, ctx.policy, tokenMention);
  // the dependency tree decides arguments and status; word order only where a Doc has no tree
  const useTree = hasTree(doc);
  // groups of codes treated alike (data/events/code-policy.tsv)
  const policyCodes = ctx.policy.codes;
  // nouns of acts whose parties a verb done during them shares ("signed a deal during talks with China"), not visits
  const isSharedAct = (word: string) => ctx.nominal.get(word)?.some((c) => !policyCodes.visitCodes.has(c.cameo.slice(0, 3))) === true;
  const events: Event[] = [];
  if (mentions.length === 0) return events;
  const dateOf = dateFinder(doc, article.published);
  const actorsById = new Map(actors.actors.map((a) => [a.id, a]));
  // a firm by its role, or a multinational by its code (code-policy.tsv firm_roles, unarmed_code_prefixes)
  const isFirm = (actor: string) => policyCodes.unarmedCodePrefixes.some((p) => actor.startsWith(p)) || policyCodes.firmRoles.has(roleOfActor(actor, actorsById).slice(0, 3));
  const seen = new Set<string>();
  const codedCueStarts = new Set<number>();
  // per token: coveredByCue inside a coded verb cue, reachedByCue only run over by a pattern that coded nothing
  const covered = new Uint8Array(doc.length);
  const minConfidence = ctx.options.minConfidence ?? ctx.confidence.threshold;

  const emit = (
    info: CodeInfo,
    source: Mention,
    target: Mention | null,
    cue: { start: number; end: number },
    sentence: number,
    flags: { negated: boolean; modality?: Modality },
    family: Family,
  ) => {
    if (target && (target === source || actingCode(target.actor, actorsById) === actingCode(source.actor, actorsById))) return;
    // "increased cooperation with the navies of China": military cooperation (062), not diplomatic
    const specific = codeForTarget(ctx.policy, info.cameo, target?.actor);
    if (specific !== info.cameo) info = ctx.codes.info(specific) ?? info;
    // "Erdoğan ... claiming a right to Turkey", "he affirmed Japan's policy": a government's words
    // about its own country are no demand, disapproval, rejection or threat aimed at it, nor praise,
    // support or intent to cooperate
    if (target && policyCodes.ownCountryRoots.has(info.cameo.slice(0, 2)) && target.actor === governedCountry(source.actor, actorsById)) return;
    // nor does a government visit or host its own country ("Dung welcomed the first visit to Vietnam"),
    // nor anyone else go on a visit home ("British mercenary boss Tim Spicer ... arrived back in Britain")
    if (
      target &&
      policyCodes.visitCodes.has(info.cameo.slice(0, 3)) &&
      (target.actor === governedCountry(source.actor, actorsById) ||
        source.actor === governedCountry(target.actor, actorsById) ||
        target.actor === countryOfActor(source.actor, actorsById))
    )
      return;
    if (ctx.policy.silent.has(info.cameo)) return;
    // people or organisations no country or IGO code stands for ("Magyar Nemzet", "the Atlantic
    // Council") are no party to an event
    if (!isCodeable(source.actor, actorsById) || (target && !isCodeable(target.actor, actorsById))) return;
    const key = `${sentence}|${actingCode(source.actor, actorsById)}|${target ? actingCode(target.actor, actorsById) : ''}|${info.cameo}|${flags.negated}`;
    if (seen.has(key)) return;
    seen.add(key);
    // after the duplicate check: a higher threshold keeps a subset of the same events
    const confidence = confidenceOf(family, info.cameo, ctx.confidence);
    if (confidence < minConfidence) return;
    // the event's words are its sentence's: an antecedent named in a sentence before ("... and
    // Japan. The two countries urged ...") keeps its own offsets in the party, not in the span
    const from = doc.sentences[sentence]!.start;
    const inSpan = (m: Mention | null): m is Mention => m !== null && m.start >= from;
    const start = Math.min(cue.start, inSpan(source) ? source.start : cue.start, inSpan(target) ? target.start : cue.start);
    const end = Math.max(cue.end, inSpan(source) ? source.end : cue.end, inSpan(target) ? target.end : cue.end);
    const event: Event = {
      start,
      end,
      text: doc.text.slice(start, end),
      cameo: info.cameo,
      plover: info.plover,
      goldstein: info.goldstein,
      quad: info.quad,
      negated: flags.negated,
      source: party(source, actorsById),
      target: target ? party(target, actorsById) : null,
      confidence,
    };
    // PLOVER: cooperative actions reported as future or hypothetical are expressions of intent (AGREE)
    // (a resignation announced for later is still a resignation: PLOVER RETREAT, mode resign)
    if (flags.modality && flags.modality !== 'conditional' && policyCodes.intentPloverTypes.has(info.plover) && info.mode !== 'resign') event.plover = 'AGREE';
    // and coercion or force announced for the future is a threat ("plans to impose restrictions",
    // "will boycott the elections unless ..."), as in CAMEO's own reading of future conflict
    else if (flags.modality && !flags.negated && policyCodes.threatPloverTypes.has(info.plover)) event.plover = 'THREATEN';
    else if (info.mode) event.mode = info.mode;
    if (flags.modality) event.modality = flags.modality;
    event.cue = { start: cue.start, end: cue.end, text: doc.text.slice(cue.start, cue.end) };
    const date = dateOf(sentence, cue.start, flags.modality === 'future' || flags.modality === 'hypothetical');
    if (date) event.date = date;
    events.push(event);
  };

  /** One event per source x target; paired codes add the reverse event; compound subjects with no target are reciprocal. */
  /** `complement`: what completes the predicate, when the tree says (policy.ts, isReciprocal) */
  /** `family`: the rule family that coded the events, for their confidence */
  /** Whether an actor acts in an unarmed role (a company, a newspaper; Phoenix's MNC companies too). */
  const isUnarmed = (actor: string) => isUnarmedActor(policyCodes, actor, roleOfActor(actor, actorsById));
  /** Whether a verb has subjects by the tree, each an actor's mention whose role passes `roleTest`. */
  const subjectsAllAre = (verb: number, roleTest: (role: string) => boolean) => {
    const doers = subjects(doc, verb).map((t) => g.mentionOf[t]!);
    return doers.length > 0 && doers.every((m) => m >= 0 && roleTest(roleOfActor(mentions[m]!.actor, actorsById)));
  };
  /**
   * Whether a verb of forces moving (code-policy.tsv forces_moving_verbs) has for its subjects
   * armed forces only (forces_moving_roles), by the tree: "government forces began deploying",
   * "the Syrian Army entered the town", not "the company entered the market".
   */
  const movesForces = (cue: CueMatch) =>
    policyCodes.forcesMovingVerbs.has(cue.cue.lemma.toLowerCase()) && subjectsAllAre(cue.verb, (role) => isMovingForceRole(policyCodes, role));
  /**
   * Whether a verb of labour's strike (code-policy.tsv labour_strike_verbs) has no object, is not
   * passive, and has for its subjects labour only (labour_roles), by the tree: "the workers had
   * struck to protest", not "rebels struck again" nor "workers struck the guard".
   */
  const strikesAsLabour = (cue: CueMatch) => {
    if (!policyCodes.labourStrikeVerbs.has(cue.cue.lemma.toLowerCase())) return false;
    if (children(doc, cue.verb, 'obj', 'nsubj:pass', 'aux:pass', 'obl:agent').length > 0) return false;
    return subjectsAllAre(cue.verb, (role) => isLabourRole(policyCodes, role));
  };
  /**
   * Whether a verb of joining (code-policy.tsv joining_verbs) has an object that names no actor,
   * other than one that joins the subjects to each other (joining_mutual_objects): "X and Y joined
   * the splinter group" join it, not each other; "X and Y joined forces" cooperate.
   */
  const joinsAThing = (cue: CueMatch) =>
    policyCodes.joiningVerbs.has(cue.cue.lemma.toLowerCase()) &&
    children(doc, cue.verb, 'obj').some((o) => g.mentionOf[o]! < 0 && !policyCodes.joiningMutualObjects.has(doc.lower[o]!));
  /** Whether an actor bears arms (code-policy.tsv armed_roles): no contest of votes, no attack in words. */
  const isArmed = (actor: string) => isArmedRole(policyCodes, roleOfActor(actor, actorsById));
  /** Whether an actor is a body that fights with words (code-policy.tsv speaking_roles), for an attack in words. */
  const speaksAsBody = (actor: string) => isSpeakingRole(policyCodes, roleOfActor(actor, actorsById));
  const isPersonActor = (actor: string) => actor.startsWith('person:');
  /**
   * The code of what a speaker asks of a clause's subject by the word that states the obligation:
   * speech-cues.tsv's obligation rows ("should", "ought", "need to" an appeal, "must" a demand),
   * else the demand code ("has to").
   */
  const obligationCode = (word: number) => (word >= 0 ? ctx.speech.obligations.get(doc.lower[word]!) : undefined) ?? policyCodes.demandCode;
  /** The actor ids of a cue's source and target mentions. */
  const partyActors = (sources: number[], targets: number[]) => ({
    sources: sources.map((m) => mentions[m]!.actor),
    targets: targets.map((m) => mentions[m]!.actor),
  });
  const emitAll = (
    code: string,
    paired: string | undefined,
    sources: number[],
    targets: number[],
    cue: { start: number; end: number },
    sentence: number,
    flags: { negated: boolean; modality?: Modality },
    family: Family,
    complement?: Complement,
    word?: string,
  ) => {
    const info = isNullCode(code) ? undefined : ctx.codes.info(code);
    // the reverse event of a pair is PETRARCH's convention, on request: a pair of two codes (visit
    // and host), or of one (a mutual act); a mutual act the text tells from one side ("Egypt held
    // talks with Israel", "awarded contracts to U.S. firms") is coded as told, from its subject to
    // its object, as the whole-article gold codes it (coordinated doers still act on each other)
    const reverse = paired && !isNullCode(paired) && ctx.options.pairedCodes ? ctx.codes.info(paired) : undefined;
    const M = mentions;
    // a dateline's place is no party to an event; nor is an actor with no code (emit)
    const codeable = (m: number) => !g.excluded[m] && isCodeable(M[m]!.actor, actorsById);
    sources = sources.filter(codeable);
    // "U.S. companies dominated the market": no company, newspaper or school uses armed force
    if (policyCodes.armedForceCodes.some((c) => code.startsWith(c))) sources = sources.filter((m) => !isUnarmed(M[m]!.actor));
    // "president and chief executive Donald Carty resigned": a firm's officer leaving is no act of public office
    if (policyCodes.politicalCodes.some((c) => code.startsWith(c))) sources = sources.filter((m) => !isPrivateActor(policyCodes, M[m]!.actor, roleOfActor(M[m]!.actor, actorsById)));
    targets = targets.filter(codeable);
    // "Israel and Jordan agreed": coordinated actors with no other target act on each other only
    // where the act is mutual; "Britain, West Germany and France are insisting" is no interaction
    // ("Some nations, including Britain and Belgium, favour buying ...": examples of a group are no pair)
    if (targets.length === 0 && sources.length > 1 && info && isReciprocal(ctx.policy, info.cameo, complement, word)) {
      if (useTree && sources.every((m) => isNamedMember(g, m))) return;
      for (const a of sources) for (const b of sources) if (a !== b && info) emit(info, M[a]!, M[b]!, cue, sentence, flags, family);
      return;
    }
    for (const s of sources) {
      // ("Trump paid a visit to the U.S.-Mexico border": his own country named aside is no target)
      const aside = (t: number) =>
        useTree && doc.sentence[g.first[t]!] === sentence && !policyCodes.ownPlaceCodes.some((c) => code.startsWith(c)) && isOwnCountryAside(s, t);
      const aimedAt = targets.filter((t) => !aside(t));
      if (aimedAt.length === 0) {
        // acts of the source alone ("resigned", "surrendered") need no recipient
        // ("Pakistan deployed 80,000 troops": force posture only by verbs of moving or alerting
        // forces, not "Iraq has increased", "the bank expects to mobilise resources")
        const oneSided = ctx.oneSided.some((o) => code.startsWith(o.prefix) && (!o.verbs || o.verbs.has(word?.toLowerCase() ?? '')));
        if (info && (ctx.options.targetless || oneSided)) emit(info, M[s]!, null, cue, sentence, flags, family);
        continue;
      }
      for (const t of aimedAt) {
        if (info) emit(info, M[s]!, M[t]!, cue, sentence, flags, family);
        if (reverse) emit(reverse, M[t]!, M[s]!, cue, sentence, flags, family);
      }
    }
  };

  /**
   * Whether target t is the source's own country named aside: a state (its code alone) that is the
   * country of a person or body of it, named as a modifier or in a phrase rather than as the one
   * acted on ("Trump paid a visit to the U.S.-Mexico border", "Yeltsin brought them in to give new
   * impetus to Russia's reforms", "Suu Kyi urged the international community to denounce the
   * violations in Burma", "Gates prepared to take office in Washington"). The state as subject or
   * object stays: "the minister said Denmark should play a larger role"; so does an earlier
   * sentence's owner of the thing acted on ("the Libyan House of Representatives rejected the
   * demarcation": the Turkish-Libyan agreement named before).
   */
  const isOwnCountryAside = (s: number, t: number): boolean => {
    // (the state itself, whose code is its own country, not a person of it: "police searched the
    // offices of journalist Faramaz Javadov" stays)
    const target = mentions[t]!.actor;
    if (mentions[s]!.actor === target || countryOfActor(target, actorsById) !== target) return false;
    if (countryOfActor(mentions[s]!.actor, actorsById) !== target) return false;
    const head = firstConjunct(doc, mentionHead(g, t));
    return hasRelation(doc, head, 'amod', 'compound', 'nmod:poss', 'nmod', 'obl');
  };

  /** A naming whose predicate condemns ("called X a liar", "branded the plan illegal"): the namer disapproves of the named. */
  const codeNaming = (cue: CueMatch, sentence: number, from: number, verbsSoFar: number[], naming = namingOf(doc, cue.verb, ctx.speech.predicates)) => {
    const cameo = naming && condemnationIn(doc, naming.predicate, ctx.speech.predicates);
    if (!naming || !cameo) return;
    const flags = cueStatus(doc, cue.verb, cue.phraseStart, clauseStart(g, cue.phraseStart, from), ctx.negatingGovernors);
    let sources = treeParties(g, cue.verb, { prepositions: [], complementSubject: false }).sources;
    if (!sources.length) sources = subjectOf(g, cue.phraseStart, from, verbsSoFar.slice(0, -1))?.mentions ?? [];
    const passive = hasRelation(doc, naming.named, 'nsubj:pass');
    if (passive) sources = agentOf(g, cue.phraseEnd + 1, doc.sentences[sentence]!.endToken) ?? [];
    const targets = namedActors(g, naming.named, ctx.policy.actNouns, earlierActs).filter((m) => !sources.includes(m));
    const cueSpan = { start: doc.start[cue.phraseStart]!, end: doc.end[cue.phraseEnd]! };
    const before = events.length;
    emitAll(cameo, undefined, sources, targets, cueSpan, sentence, flags, 'naming');
    if (events.length > before) codedCueStarts.add(cueSpan.start);
  };

  /** A mention that can be a party to an event (not a dateline's place, and with a code or country). */
  const codeableMention = (m: number) => !g.excluded[m] && isCodeable(mentions[m]!.actor, actorsById);
  /** Whether a noun names a grouping of parties (coalition, alliance) that a cue of cooperation joins. */
  const joinsGrouping = (noun: number) => policyCodes.groupingNouns.has(doc.lower[noun]!);

  // tokens of what a noun of claiming claims: no act, and no party to an act outside it
  const claimed = new Uint8Array(doc.length);
  // tokens of what a verb demands, alleges, denies or agrees: no act of its own
  const reported = new Uint8Array(doc.length);
  const discarded = discardedSentences(doc, ctx.discards);
  if (discarded.size === doc.sentences.length) return events;
  // the sentence and verbs that subjectOfVerb (for nominal cues) looks at: one closure per article
  // the code of each verb a cue coded: a verb that judges an act (evaluation roots) leaves the
  // event noun it governs an event of its own
  const codeOfVerb = new Map<number, string>();
  const judges = (verb: number) => policyCodes.evaluationRoots.has(codeOfVerb.get(verb)?.slice(0, 2) ?? '');
  // a host, mediator or facilitator brings about the meeting it governs ("hosted talks between X and Y")
  const hosts = (verb: number) => policyCodes.hostingCodes.some((c) => codeOfVerb.get(verb)?.startsWith(c) ?? false);
  // praise, disapproval and rejection, aimed at the doers of an act they name again
  const isJudging = (code: string) => policyCodes.judgingCodes.some((c) => code.startsWith(c));
  // agreeing, accepting and yielding, aimed at the doers of a speech act they name again
  const isResponding = (code: string) => policyCodes.respondingCodes.some((c) => code.startsWith(c));
  /** the cue token of each act coded so far -> its code, sources and targets (for an act named again: "rejected the request", "repeated the accusation") */
  const codedActs = new Map<number, CodedAct>();
  /**
   * the cue token of each act a quotation reports -> its code and speakers ("Pompeo said the crash
   * was Iran's doing. Iran denied the accusation."): read once, when a noun first asks for them
   * (the quotations' events themselves are coded after the sentences)
   */
  let spokenActs: Map<number, { code: string; sources: number[] }> | undefined;
  const spokenAt = (token: number) => {
    spokenActs ??= quotedActs(g, quotes, ctx);
    return spokenActs.get(token);
  };
  /** what was coded before a noun that may name an act again: the verbs that carried an act out ("signed" an accord), the acts coded or quoted */
  const earlierActs: EarlierActs = {
    doneBy: (verb) => codeOfVerb.has(verb) && !isNullCode(codeOfVerb.get(verb)!) && !isJudging(codeOfVerb.get(verb)!),
    codedAt: (t) => codedActs.get(t) ?? spokenAt(t),
  };
  /** a verb's lemma -> the sources of its last coded event, and its sentence (for "were also asked") */
  const doersOf = new Map<string, { sources: number[]; sentence: number }>();
  /** acting code of a source -> the targets of its last act of force (continuedForceRoots) with a target */
  const forceTargets = new Map<string, number[]>();
  let nominalFrom = 0;
  let nominalVerbs: number[] = [];
  const subjectOfVerb = (verb: number) => subjectOf(g, verb, nominalFrom, nominalVerbs.filter((v) => v < verb))?.mentions ?? [];
  for (let s = 0; s < doc.sentences.length; s++) {
    if (discarded.has(s)) continue;
    const sen = doc.sentences[s]!;
    const from = sen.firstToken;
    const to = sen.endToken;
    const cues = findVerbCues(g, ctx.rules, from, to, policyCodes.armedForceCodes);
    // "Russian accusations that Ukraine shelled the plant": what a noun of claiming says was done
    // is claimed, not reported as done; no act in it is an event (nor a target of its own)
    if (useTree) {
      for (let t = from; t < to; t++) {
        const noun = claimingNounOf(doc, t, ctx.policy.contentNouns);
        if (noun < 0) continue;
        // (a noun the tagger reads as a verb may be one: "France charges that the U.S. ..." still aims at the U.S.)
        const asNoun = readsAsNoun(doc, noun);
        for (const u of subtree(doc, t)) {
          covered[u] = 1;
          if (asNoun) claimed[u] = 1;
        }
      }
    }
    // "Dole is said to have thrown his support behind Karnes": a passive of hearsay tells what its
    // subject did; the infinitive is that act, not what is said (code-policy.tsv hearsay_verbs)
    const hearsay = new Set(
      cues.filter((c) => useTree && policyCodes.hearsayVerbs.has(c.cue.lemma.toLowerCase()) && isPassive(doc, c.verb, from)).map((c) => c.verb),
    );
    // cues that govern their infinitives ("vowed to wage war"); intent markers ("is prepared to") and hearsay do not
    const codedVerbs = new Set(
      cues
        .filter((c) => (!isNullCode(c.code) || (c.paired !== undefined && !isNullCode(c.paired))) && !futureGovernors.has(doc.lower[c.verb]!) && !hearsay.has(c.verb))
        .map((c) => c.verb),
    );
    const verbsSoFar: number[] = [];
    const earlier: CueMatch[] = [];
    // after "demanded that ..." / "accused X of ...", the clause states what is demanded or alleged:
    // its verbs are not events of their own (the clause's tokens, in `reported`)
    const markReported = (cue: CueMatch, start: number) => markReportedClause(doc, useTree, reported, cue.verb, cue.phraseEnd, start, to);
    // the verbs whose reported clauses those are: a predicate coordinated with one is no part of
    // what it reports ("accused Beijing of dumping steel and criticised Seoul")
    const reportingVerbs: number[] = [];
    // the "that" or "of" clause of a demand, an accusation or an agreement ("demanded that Tokyo apologise")
    const reportClauseOf = (cue: CueMatch) => {
      // (an accusation's "of" is what the object is accused of, whatever the parser hangs it on:
      // "accused the company of the attack that ...")
      const nounsOf = useTree && !ctx.policy.accusingVerbs.has(cue.cue.lemma.toLowerCase());
      const clause = reportedClauseStart(doc, cue.phraseEnd + 1, to, nounsOf);
      if (clause === to) return;
      markReported(cue, clause - 1);
      reportingVerbs.push(cue.verb);
    };
    // after a protest ("blocked roads", "demonstrated"), a participle or infinitive of demand or
    // statement states the protest's aim ("... demanding that he be reinstated", "... calling for
    // independence", "..., saying he must resign"): part of the protest, not a separate request
    let protested = false;
    for (let cue of cues) {
      // "is prepared to impose", "plans to attack": the word before "to" only marks intent
      // (modality.ts reads it); the event is the infinitive's
      // ("are going to organize" is the future of "organize", no journey, though CAMEO has "go to")
      const phraseEndsInTo = doc.lower[cue.phraseEnd] === 'to';
      const toVerb = phraseEndsInTo ? cue.phraseEnd : cue.phraseEnd + 1;
      const verbAfter = useTree && doc.upos[toVerb + 1] === 'VERB';
      const intentMarker =
        futureGovernors.has(doc.lower[cue.verb]!) && doc.lower[toVerb] === 'to' && (phraseEndsInTo ? verbAfter : cue.matchedEnd === cue.phraseEnd || verbAfter);
      const gov = intentMarker ? undefined : governor(g, cue, earlier.filter((e) => !hearsay.has(e.verb)));
      earlier.push(cue);
      if (intentMarker) {
        verbsSoFar.push(cue.verb);
        continue;
      }
      verbsSoFar.push(cue.verb);
      // "Russia denied that it shelled Kharkiv": what is denied is not reported as done, whether or
      // not the denial codes an event of its own
      if (useTree && ctx.policy.denialVerbs.has(cue.cue.lemma.toLowerCase())) {
        const clause = children(doc, cue.verb, 'ccomp').find((c) => hasMark(doc, c, 'that'));
        if (clause !== undefined) {
          for (const t of subtree(doc, clause)) reported[t] = 1;
          reportingVerbs.push(cue.verb);
        }
      }
      // inside the reported clause of a demand, or already matched by an earlier cue's pattern ("said they will release")
      const inReported = reported[cue.verb] && !(useTree && reportingVerbs.some((v) => conjuncts(doc, v).includes(cue.verb)));
      if (inReported || covered[cue.verb]) continue;
      // "government forces began deploying into the territory", "the Syrian Army entered Tell
      // Tamer": armed forces moving themselves, with no pattern of the verb's, are a force posture
      if (useTree && isNullCode(cue.code) && cue.paired === undefined && movesForces(cue)) cue = { ...cue, code: policyCodes.forcesMovingCode };
      // "the workers had struck to protest ...": labour's strike, no attack (CAMEO.2.0's fight block)
      if (useTree && cue.rule === undefined && strikesAsLabour(cue)) cue = { ...cue, code: policyCodes.labourStrikeCode, paired: undefined };
      const coded = !isNullCode(cue.code) || (cue.paired !== undefined && !isNullCode(cue.paired));
      // "Iran's refusal to meet the inspectors", "Seoul's plan to expel the envoy": the to-infinitive
      // of such a noun is not reported as done; a refusal or a threat is an act of its own, with
      // the infinitive's parties (as "refused to meet", "threatened to expel")
      const nounGovernor = useTree ? infinitiveNounOf(doc, cue.verb) : -1;
      const governingNoun = nounGovernor >= 0 ? ctx.policy.infinitiveNouns.get(doc.lower[nounGovernor]!) : undefined;
      // "Israel has no plans to start talks with Syria": a plan denied refuses the act, with its parties
      const planDenial = governingNoun?.denied !== undefined && doc.head[nounGovernor]! >= 0 ? negation(doc, nounGovernor) : -1;
      // a governed infinitive belongs to its governor's event ("vowed to wage war" is one event),
      // but not to a statement whose pattern ran over a plan it denies ("Kato said he has no plans
      // to start talks with the U.S.": the refusal is coded, not an intent denied)
      const governed =
        planDenial < 0 && ((gov !== undefined && (!isNullCode(gov.code) || gov.paired !== undefined)) || (useTree && isInfinitiveOfCue(doc, cue.verb, codedVerbs)));
      // "named the PKK and the YPG as terrorists": a naming by "as" that condemns is disapproval,
      // whatever the verb's own code (an appointment, or none), unless a pattern coded the naming
      const patternCoded = cue.rule !== undefined && !isNullCode(cue.code);
      if (useTree && !governed && !patternCoded && isAsNaming(doc, cue, ctx.speech.predicates)) {
        codeNaming(cue, s, from, verbsSoFar, asNamingOf(doc, cue.verb));
        continue;
      }
      if (!coded || governed) continue;
      // "launched missiles targeting US troops": a participle on the object of an act of the same
      // kind describes that act, not another one
      if (useTree && sameActParticiple(doc, cue, codeOfVerb, policyCodes.materialConflictRoots)) continue;
      if (useTree && isOtherSense(doc, cue, ctx.speech.predicates)) {
        // "called Tokyo's policy an example of protectionism": a naming that condemns is disapproval
        if (isNaming(doc, cue, ctx.speech.predicates)) codeNaming(cue, s, from, verbsSoFar);
        continue;
      }
      // "talks between Dung and his visiting Japanese counterpart Shinzo Abe": a participle of
      // visiting between a possessive and its noun modifies the noun; the one it names is the
      // visitor, the possessor the host
      if (useTree && policyCodes.visitCodes.has(cue.code.slice(0, 3)) && modifiesNounAfterPossessive(g, cue.phraseStart)) {
        const host = g.mentionOf[cue.phraseStart - 1]!;
        const visitor = mentionInNounPhrase(g, cue.phraseEnd + 1, to);
        if (host >= 0 && visitor >= 0 && visitor !== host) {
          const span = { start: doc.start[cue.phraseStart]!, end: doc.end[cue.phraseEnd]! };
          emitAll(cue.code, undefined, [visitor], [host], span, s, cueStatus(doc, cue.verb, cue.phraseStart, clauseStart(g, cue.phraseStart, from), ctx.negatingGovernors), 'verb');
          codedCueStarts.add(span.start);
        }
        for (let t = cue.phraseStart; t <= cue.phraseEnd; t++) covered[t] = coveredByCue;
        continue;
      }
      // "called the government to increase efforts": an appeal, not a telephone call
      const sense = useTree ? senseCode(doc, cue, ctx.policy.infinitiveNouns) : cue.code;
      if (sense !== cue.code) cue = { ...cue, code: sense, paired: undefined };
      // "approved a trade ban against South Africa": a measure that restricts trade or aid is a
      // sanction (163) or a halt of aid (162), not coercion
      const measure = useTree ? measureCode(doc, cue.verb, cue.code, policyCodes.measureRoots, ctx.policy.measureNouns) : undefined;
      if (measure) cue = { ...cue, code: measure, paired: undefined };
      // "ordered the withholding of military aid to Ukraine": aid held back is stopped, not given
      const heldBack = useTree ? heldBackAidCode(doc, cue.verb, cue.code) : undefined;
      if (heldBack) cue = { ...cue, code: heldBack, paired: undefined };
      if (useTree && callsAThing(doc, cue, g.mentionOf)) continue;
      // "asked Clinton if Trump benefits", "was asked about the case": a question, no appeal
      if (useTree && asksAQuestion(doc, cue)) continue;
      // "suggested the judge was from Mexico": a claim, no appeal
      if (useTree && suggestsAClaim(doc, cue)) continue;
      // "with Argentina and, we hope, Brazil": an aside acts on no one
      if (isParenthetical(doc, cue)) continue;
      // "the mayor fired his police chief": a dismissal, no shot
      if (useTree && dismisses(doc, cue, g.mentionOf)) continue;
      // "banks which trade U.S. Government securities": trade in securities is no cooperation
      if (useTree && tradesSecurities(doc, cue, policyCodes.marketObjectRoots, ctx.policy.marketWords)) continue;
      // "served as chairman": a verb whose default reads the wrong sense codes only by a pattern
      if (cue.rule === undefined && ctx.policy.patternOnly.has(cue.cue.lemma.toLowerCase())) continue;
      if (statesProtestAim(doc, protested, cue)) {
        for (let t = cue.phraseStart; t <= Math.max(cue.phraseEnd, cue.matchedEnd); t++) covered[t] = 1;
        // nor is the reported speech it introduces a demand of its own (speech.ts skips coded cues)
        codedCueStarts.add(doc.start[cue.phraseStart]!);
        continue;
      }
      if (governingNoun?.cameo) cue = { ...cue, code: governingNoun.cameo, paired: undefined };
      if (planDenial >= 0) cue = { ...cue, code: governingNoun!.denied!, paired: undefined };
      const cueSpan = { start: doc.start[cue.phraseStart]!, end: doc.end[Math.max(cue.phraseEnd, cue.matchedEnd)]! };
      const clauseFrom = clauseStart(g, cue.phraseStart, from);
      const complementSubject = policyCodes.complementTargetRoots.has(cue.code.slice(0, 2));
      const parties = useTree ? treeParties(g, cue.verb, { prepositions: [...phraseParticles(doc, cue), ...targetPrepositionsOf(ctx.policy, cue.code)], complementSubject }) : undefined;
      // "Kuwait, invaded by Iraq in 1990, ...", "the camp, besieged by the militia": a participle
      // whose "by" phrase names an actor is passive without an auxiliary
      const auxiliaryPassive = isPassive(doc, cue.verb, from);
      const reducedPassive = useTree && !auxiliaryPassive && isAgentPassive(g, cue.verb);
      const passive = auxiliaryPassive || reducedPassive;
      // (a refusal has the status of the clause that denies the plan: "has no plans", "said it had no plans")
      const statusVerb = planDenial >= 0 ? doc.head[nounGovernor]! : cue.verb;
      const flags = useTree ? cueStatus(doc, statusVerb, planDenial >= 0 ? statusVerb : cue.phraseStart, clauseFrom, ctx.negatingGovernors) : modalityOf(doc, cue.phraseStart, clauseFrom);
      if (governingNoun && !governingNoun.cameo && planDenial < 0) {
        if (governingNoun.status === 'negated') flags.negated = true;
        else flags.modality ??= governingNoun.status;
      }
      // a pattern that runs through an auxiliary ("said they will release", "says it is willing to
      // withdraw") codes a future act
      if (!flags.modality) {
        for (let t = cue.phraseEnd + 1; t <= cue.matchedEnd; t++) {
          if (futureMarkers.has(doc.lower[t]!) || (doc.lower[t] === 'to' && futureGovernors.has(doc.lower[t - 1]!))) flags.modality = 'future';
        }
      }
      // a pattern that spells out the negation ("- &NEGATVAUXVRB * ...") codes the negated act itself
      if (flags.negator !== undefined && flags.negator >= cue.matchedStart) {
        flags.negated = false;
        // and one that spells out its modal too ("would not say", "will not meet the demands") is a
        // refusal made now, not a hypothetical act
        for (let t = cue.matchedStart; t < flags.negator; t++) if (modalWords.has(doc.lower[t]!)) delete flags.modality;
      }
      // a pattern that runs into the clause after the verb carries that clause's negation
      // ("said he has no plans to ...": the plan is denied), unless the negation is the pattern's word
      const negatorAfter = negationInPattern(doc, cue);
      if (negatorAfter >= 0) {
        flags.negated = true;
        flags.negator = negatorAfter;
      }
      // "Mississippi offers no protections to gay residents": an object "no" denies is not given
      const deniedBy = useTree ? objectDenial(doc, cue) : -1;
      if (deniedBy >= 0) {
        flags.negated = true;
        flags.negator = deniedBy;
      }
      const subjectVerb = gov && planDenial < 0 ? gov.phraseStart : cue.phraseStart;
      const subject = subjectOf(g, subjectVerb, from, verbsSoFar.slice(0, -1));
      // "said that Uganda must agree to ...": a pattern that runs through an obligation codes what
      // the speaker demands of the clause's subject, not the act itself
      if (!passive && subject) {
        let obligedAt = -1;
        for (let t = cue.phraseEnd + 1; t <= cue.matchedEnd && obligedAt < 0; t++) if (obligationMarkers.has(doc.lower[t]!)) obligedAt = t;
        const obliged: number[] = [];
        for (let t = cue.phraseEnd + 1; t < obligedAt; t++) {
          const m = g.mentionOf[t]!;
          if (m >= 0 && !obliged.includes(m) && !subject.mentions.includes(m)) obliged.push(m);
        }
        if (obliged.length) {
          const span = { start: doc.start[cue.phraseStart]!, end: doc.end[cue.phraseEnd]! };
          emitAll(obligationCode(obligedAt), undefined, subject.mentions, obliged, span, s, { negated: flags.negated }, 'demand');
          for (let t = cue.phraseStart; t <= cue.matchedEnd; t++) covered[t] = 1;
          markReported(cue, cue.phraseEnd + 1);
          reportingVerbs.push(cue.verb);
          continue;
        }
      }
      // "Russia said Sudan must return the helicopter": an obligation reported by a speaker is the
      // speaker's demand on the clause's subject ("said Iran should release them": an appeal);
      // not a modal before the subject, a condition ("seats which may open should Bethlehem delay"),
      // nor a thing named after an actor ("estimate that the Fed funds rate should trade ...": the
      // subject's own word names no actor)
      const obligedBy = flags.obligedBy ?? -1;
      const thingSubject = useTree && children(doc, cue.verb, 'nsubj').some((t) => g.mentionOf[t]! < 0);
      const speaker =
        flags.obligation && !passive && subject && !thingSubject && !(obligedBy >= 0 && obligedBy < g.first[subject.mentions[0]!]!)
          ? earlier
              .slice(0, -1)
              .reverse()
              .find((e) => e.phraseEnd < g.first[subject.mentions[0]!]! && (isStatement(e) || doc.lower[e.phraseEnd + 1] === 'that'))
          : undefined;
      // "..., saying he must resign" after a protest: the obligation is the protest's aim
      if (speaker && statesProtestAim(doc, protested, speaker)) {
        for (let t = cue.phraseStart; t <= Math.max(cue.phraseEnd, cue.matchedEnd); t++) covered[t] = 1;
        codedCueStarts.add(doc.start[speaker.phraseStart]!);
        continue;
      }
      if (speaker) {
        const demander = subjectOf(g, speaker.phraseStart, from, verbsSoFar.filter((v) => v < speaker.verb));
        if (demander) {
          const span = { start: doc.start[speaker.phraseStart]!, end: doc.end[speaker.phraseEnd]! };
          emitAll(
            obligationCode(obligedBy),
            undefined,
            demander.mentions,
            subject!.mentions.filter((m) => !demander.mentions.includes(m)),
            span,
            s,
            { negated: flags.negated },
            'demand',
          );
          codedActs.set(speaker.verb, { code: obligationCode(obligedBy), sources: demander.mentions });
          // the quotation is coded: speech.ts does not code its obligation again
          codedCueStarts.add(doc.start[speaker.phraseStart]!);
          markReported(speaker, cue.verb);
          reportingVerbs.push(speaker.verb);
          continue;
        }
      }
      let sources: number[] = [];
      let targets: number[] = [];
      // coordinated doers of an act they do to each other ("Japan and the United States held talks")
      const mutualDoers = (found: number[]) =>
        found.length > 1 && isReciprocal(ctx.policy, cue.code, useTree ? complementOf(doc, cue.verb) : undefined, cue.cue.lemma) && !(useTree && joinsAThing(cue));
      if (cue.sourceToken !== undefined) sources = coordinated(g, g.mentionOf[cue.sourceToken]!);
      if (cue.targetToken !== undefined) targets = coordinated(g, g.mentionOf[cue.targetToken]!);
      // "condemned Israel's attack on Gaza": CAMEO.2.0's pattern makes the attacked the target; a
      // judgement of an act is aimed at whose the act is, where the text says so
      if (cue.targetToken !== undefined && useTree && isJudging(cue.code)) {
        const act = children(doc, cue.verb, 'obj')[0];
        const doers = act !== undefined && act < cue.targetToken ? doerOf(g, act, ctx.policy.actNouns).filter((m) => !sources.includes(m)) : [];
        if (doers.length) targets = doers;
      }
      if (passive) {
        if (!sources.length) sources = agentOf(g, cue.phraseEnd + 1, to) ?? [];
        // (a reduced clause's word-order "subject" is whatever stands before its noun: "Canada praised
        // the agreement signed by ...": the tree's noun below is the one acted on)
        // "Iraq's assault on Kuwait was condemned by the UN": a judgement of an act is aimed at whose
        // the act is, not at an actor it was done to
        const judgedAct = useTree && isJudging(cue.code) ? children(doc, cue.verb, 'nsubj:pass').find((t) => g.mentionOf[t]! < 0) : undefined;
        if (!targets.length && subject && !reducedPassive) targets = judgedAct === undefined ? subject.mentions : doerOf(g, judgedAct, ctx.policy.actNouns);
        // "Turkey is under sanctions, and was condemned by Egypt": the subject the tree shares
        // across coordinated predicates, which word order does not reach
        // (not one it takes from a governing verb: "expected to be joined by ...")
        // and the noun a reduced relative clause modifies ("the camp, besieged by ...")
        if (!targets.length && parties && (parties.subjectFrom === 'own' || parties.subjectFrom === 'coordination' || parties.subjectFrom === 'relative'))
          targets = parties.targets.filter((m) => !sources.includes(m));
        // "a naval coalition ..., which was joined by Australia and Bahrain": joining a grouping is
        // cooperation with whoever formed it
        if (!targets.length && cue.theme !== undefined && joinsGrouping(cue.theme)) targets = foundersOf(g, cue.theme, cue.verb).filter((m) => !sources.includes(m));
        // "expected to be joined by Italian and German ships": coordinated agents of a passive
        // whose subject is not an actor did not act on each other, unless the act is mutual
        // ("the accord was signed by Greece and Cyprus")
        if (!targets.length && sources.length > 1 && !(cue.theme !== undefined && isReciprocal(ctx.policy, cue.code, undefined, cue.cue.lemma))) continue;
      } else {
        // "Chilean officials and the Peruvian president, who left ...": the subject of a relative
        // clause is its antecedent, which the tree knows and word order does not
        if (!sources.length && parties?.sources.length && opensWithRelativePronoun(doc, cue.verb)) sources = parties.sources;
        // "rebels blew up a pylon supplying the industrial zone", "an appeal relating to the Indiana
        // law": a participle on a noun tells what the noun does; a thing does not act, and whoever
        // word order finds before it is no doer of the participle (a document acts for its author:
        // "approved resolutions urging the administration to ...")
        if (!sources.length && useTree && parties?.subjectFrom === 'relative' && isThingParticiple(g, cue.verb, ctx.policy.documentNouns)) continue;
        // "the sanctions imposed on Sudan could not be lifted": a past participle on a noun with no
        // "by" phrase is done by the noun's owner, if the phrase names one, and by no one word order finds
        const owners = !sources.length && useTree ? bareParticipleOwners(g, cue.verb) : undefined;
        if (owners && !owners.length) continue;
        if (owners) sources = owners;
        if (!sources.length && subject) sources = subject.mentions;
        // "arrived in Gondor" is a visit to Gondor; but fighting "in Lagos" is not aimed at Lagos;
        // so is curfew or martial law "in Haiti": restrictions (172x) bind the people of the place
        const placeIsTarget =
          !mutualDoers(sources) && (cue.paired !== undefined || !policyCodes.materialConflictRoots.has(cue.code.slice(0, 2)) || cue.code.startsWith('172'));
        const exclude = new Set(sources.map((m) => mentions[m]!.actor));
        // "left Tokyo yesterday for South Korea": a pattern that ends in a preposition names its
        // target right after it, whatever the verb's object
        if (!targets.length) targets = mentionAfterPattern(g, cue).filter(codeableMention);
        // a recipient no country stands for ("access for U.S. growers") leaves the tree to find one
        if (!targets.length) {
          const prepositions = anyTargetPrepositions(ctx.policy, cue.code);
          targets = (objectOf(g, cue.phraseEnd + 1, to, { skipAgent: false, placeIsTarget, complementSubject, exclude }) ?? []).filter(
            (m) =>
              codeableMention(m) &&
              !(useTree && ownsThingInPhrase(g, mentionHead(g, m), prepositions, ctx.nominal)) &&
              // "reached agreement on its entry into the WTO": a name word order reaches across a phrase of
              // time or place, or a relative clause, is no party (unless the cue's pattern runs into a clause
              // of its own: "said they will release X"); a trip is no act whose parties the verb shares
              // ("proposed the fund during a trip to the United States")
              !(useTree && !patternRunsIntoClause(doc, cue) && acrossBarrier(g, cue.verb, mentionHead(g, m), targetPrepositionsOf(ctx.policy, cue.code), isSharedAct)),
          );
        }
      }
      // "an accord was signed between Chile and Peru": the parties of a mutual act named by "between"
      // (or right after the verb, where the parser hung the phrase on a later word: "the agreement
      // signed between Turkey and Libya infringe upon ...")
      const betweenParties = parties && parties.between.length > 1 ? parties.between : parties ? betweenAfter(g, cue.phraseEnd + 1, to) : [];
      // (the phrase completes the verb, whatever the tree hangs on it)
      let betweenComplement = false;
      if (parties && !sources.length && betweenParties.length > 1 && isReciprocal(ctx.policy, cue.code, undefined, cue.cue.lemma)) {
        const between = betweenParties;
        betweenComplement = true;
        sources = between;
        targets = targets.filter((m) => !between.includes(m));
      }
      // "They called on Turkey ...": a "they" for the actors the sentence before named as its subject
      if (parties && !sources.length && !passive) sources = pluralAntecedents(g, cue.verb);
      // "The two countries urged Japan ...", "The accord was signed by the energy ministers": a
      // description of a group just named
      if (parties && !sources.length)
        for (const noun of passive ? agents(doc, cue.verb) : subjects(doc, cue.verb)) if (!sources.length) sources = groupAntecedents(g, noun);
      // "Kuwait has asked four countries for their flags. Britain and China were also asked": a
      // passive with no agent that "also" likens to the same act just reported shares its doers
      if (useTree && passive && !sources.length && children(doc, cue.verb, 'advmod').some((a) => parallelAdverbs.has(doc.lower[a]!))) {
        const before = doersOf.get(cue.cue.lemma.toLowerCase());
        if (before && s - before.sentence <= parallelReach) sources = before.sources.filter((m) => !targets.includes(m));
      }
      if (parties) {
        // what word order missed, the tree may name: a subject across an apposition or a clause
        // ("Iran, which ..., has increased cooperation"), "the Taliban" as the object of "to fight"
        // in "pulling together a coalition to fight the Taliban", the target of a reduced clause
        // ("launched missiles targeting US troops")
        if (!sources.length) sources = parties.sources;
        const sourceActors = new Set(sources.map((m) => mentions[m]!.actor));
        const others = (found: number[]) => found.filter((m) => !sourceActors.has(mentions[m]!.actor) && codeableMention(m));
        if (!targets.length) targets = others(parties.targets);
        if (!targets.length && !passive) targets = others(innerTargets(g, cue.verb, targetPrepositionsOf(ctx.policy, cue.code)));
        else if (!passive) targets = [...targets, ...others(siblingObliques(g, cue.verb, targets))];
      }
      // "Australia joined the coalition led by Saudi Arabia": joining a grouping is cooperation with
      // whoever formed it
      if (useTree && !passive && !targets.length) {
        const grouping = children(doc, cue.verb, 'obj').find(joinsGrouping);
        if (grouping !== undefined) targets = foundersOf(g, grouping, cue.verb).filter((m) => !sources.includes(m) && codeableMention(m));
      }
      // "welcomed the first visit to Vietnam by Abe", "condemned the attack on Gaza by Israel": a
      // judgement of an act whose "by" phrase names its doer is aimed at the doer, not at an actor
      // word order finds inside the act's phrase (where it was done, or to whom); an active verb has
      // no agent, so a "by" phrase the parser hangs on it after the act is the act's
      if (useTree && !passive && targets.length && cue.targetToken === undefined && isJudging(cue.code)) {
        const act = children(doc, cue.verb, 'obj').find((o) => g.mentionOf[o]! < 0);
        const inAct = act === undefined ? undefined : new Set(subtree(doc, act));
        // (an act whose owner is named is aimed at the owner: "welcomed the Greek side's decision to suspend overflights by ...")
        if (act !== undefined && !mentionsOfNoun(g, act).length && targets.every((m) => inAct!.has(mentionHead(g, m)))) {
          const byVerb = obliques(doc, cue.verb).filter((o) => o.preposition === 'by' && o.token > act);
          const agents = [...agentsNamedWith(g, act), ...byVerb.flatMap((o) => mentionsOfNoun(g, o.token))];
          // (not the source's own: "welcomed the visit by its own minister")
          const sourceActors = new Set(sources.map((m) => mentions[m]!.actor));
          const doers = agents.filter((m) => !sourceActors.has(mentions[m]!.actor) && codeableMention(m));
          if (doers.length) targets = doers;
        }
      }
      // "Japan and the United States held talks in Geneva": the venue of a mutual act between
      // coordinated doers is no party to it
      const movesTo = useTree && policyCodes.destinationVerbs.has(cue.cue.lemma.toLowerCase().split(' ')[0]!);
      if (useTree && mutualDoers(sources) && !movesTo) targets = targets.filter((m) => !venuePrepositions.has(prepositionOf(doc, mentionHead(g, m))));
      // "EC ministers ended a three-day meeting in Luxembourg": a place the meeting noun has in its
      // phrase of "in" or "at" is where it was held, no party to it
      if (useTree && isMeetingCode(cue.code)) targets = targets.filter((m) => !isVenueOfMeeting(g, mentionHead(g, m), ctx.meetingNouns));
      // "Assad met in Geneva", "negotiated at the UN": so is a place in such a phrase on a verb of
      // meeting, unless the verb moves its doer there ("arrived in Cairo") or its pattern names the phrase
      if (useTree && isMeetingCode(cue.code) && !policyCodes.destinationVerbs.has(cue.cue.lemma.toLowerCase()))
        targets = targets.filter((m) => g.first[m]! <= cue.matchedEnd || !isVenueOfVerb(g, mentionHead(g, m), cue.verb));
      // "discussed the future of American military bases": the owner of what is discussed did not
      // take part; a party named with "with" did ("discussed the chartering of vessels with X")
      if (useTree && !passive && targets.length && cue.rule === undefined && topicVerbs.has(cue.cue.lemma.toLowerCase())) {
        const topic = children(doc, cue.verb, 'obj')[0];
        if (topic !== undefined && g.mentionOf[topic]! < 0) {
          const inTopic = new Set(subtree(doc, topic));
          targets = targets.filter((m) => !inTopic.has(g.first[m]!) || prepositionOf(doc, mentionHead(g, m)) === 'with');
        }
      }
      // "would prefer to see Canadians take part in the sale", "decided to close its Australian
      // plant": a verb of wish or decision is not directed at an actor inside the clause of what is
      // wished, unless it is that clause's subject or a coded act wished for is aimed at it
      if (useTree && !passive && targets.length && cue.targetToken === undefined && ctx.policy.wishVerbs.has(cue.cue.lemma.toLowerCase())) {
        const acts = new Set(cues.filter((c) => !isNullCode(c.code) && !ctx.policy.silent.has(c.code)).map((c) => c.verb));
        targets = targets.filter((m) => !isAwayFrom(g, cue.verb, mentionHead(g, m), acts));
        // nor are coordinated doers then parties to each other
        if (!targets.length) continue;
      }
      // "accused the company of selling arms to Chile": the accused is the object, whatever it is
      const accusedOf = useTree && !passive ? ctx.policy.accusingVerbs.get(cue.cue.lemma.toLowerCase()) : undefined;
      if (accusedOf && targets.some((m) => inAccusation(g, cue.verb, m, accusedOf))) {
        targets = targets.filter((m) => !inAccusation(g, cue.verb, m, accusedOf));
        // nor is what it is accused of a quotation whose actors speech.ts would take as the target
        codedCueStarts.add(cueSpan.start);
      }
      // "complained to the UN over Israeli air raids": a complaint's addressee is not its target;
      // what it is about is
      if (cue.code.startsWith('11') && targets.length && doc.lower[g.first[targets[0]!]! - 1] === 'to') {
        const about = complaintSubject(g, g.last[targets[targets.length - 1]!]! + 1, to);
        if (about !== undefined) targets = coordinated(g, about);
      }
      const sourceActors = new Set(sources.map((m) => mentions[m]!.actor));
      // "he denounced the border agreement again", "the operation was condemned by ...", "denounced
      // the conclusions of the summit": an act named again is aimed at its doers
      if (useTree && !targets.length && (isJudging(cue.code) || isResponding(cue.code))) {
        const judged = children(doc, cue.verb, passive ? 'nsubj:pass' : 'obj');
        // "agreed to the proposal", "complied with the demand": what is answered, as an oblique
        const answered = passive ? [] : obliques(doc, cue.verb).filter((o) => answerPrepositions.has(o.preposition)).map((o) => o.token);
        const acts = [...judged, ...answered, ...judged.flatMap((t) => children(doc, t, 'nmod').filter((n) => prepositionOf(doc, n) === 'of'))];
        const aimedAt = (found: number[]) => found.filter((m) => !sourceActors.has(mentions[m]!.actor) && codeableMention(m));
        // the act's doers are the subject of a coded verb that carried it out ("signed an accord")
        for (const act of acts) if (!targets.length) targets = aimedAt(doerOf(g, act, ctx.policy.actNouns, earlierActs));
        // "denounced the conclusions of the summit": a meeting named again by a definite noun stands
        // for the meeting named before, whose participants a judgement of it is aimed at
        const meets = (verb: number) => isMeetingCode(codeOfVerb.get(verb));
        if (isJudging(cue.code)) for (const noun of acts) if (!targets.length) targets = aimedAt(meetingNamedAgain(g, noun, ctx.meetingNouns, meets));
        // "a policy of turning away boats, which the UN criticised": what a relative clause judges
        // is its antecedent, aimed at whose it is
        if (isJudging(cue.code) && !passive && !targets.length) targets = aimedAt(relativeObjectHolders(g, cue.verb));
      }
      // "Chile and Peru clashed on the border. The UN urged the two sides to show restraint": a
      // description of a group just named by its number ("the two sides", "both countries"), as the
      // object or a target's phrase, stands for the group ("the sides" of a truck, "all the countries
      // who ..." and "those countries" name no group of the sentences before)
      if (useTree && !targets.length && !passive && sources.length) {
        const described = [...children(doc, cue.verb, 'obj', 'iobj'), ...obliques(doc, cue.verb).filter((o) => anyTargetPrepositions(ctx.policy, cue.code).includes(o.preposition)).map((o) => o.token)].filter(
          (noun) => isCountedGroup(doc, noun),
        );
        for (const noun of described)
          if (!targets.length) targets = groupAntecedents(g, noun).filter((m) => !sourceActors.has(mentions[m]!.actor) && codeableMention(m));
      }
      // "Turkey began an offensive into Syria ... Turkey began a military offensive with
      // airstrikes": an act of force with no target continues the source's last one with a target
      // (only an act that names no one acted on: "journalists were attacked by protesters" is not
      // aimed at the police the protesters fought before; "began an offensive" names only the act)
      if (
        !targets.length &&
        sources.length &&
        !passive &&
        policyCodes.continuedForceRoots.has(cue.code.slice(0, 2)) &&
        useTree &&
        namesOnlyTheAct(doc, cue.verb, ctx.nominal, policyCodes.continuedForceRoots)
      ) {
        const last = forceTargets.get(actingCode(mentions[sources[0]!]!.actor, actorsById));
        if (last && sources.every((m) => forceTargets.get(actingCode(mentions[m]!.actor, actorsById)) === last))
          targets = last.filter((m) => !sourceActors.has(mentions[m]!.actor));
      }
      // "the East African parliament for Kenya, Tanzania and Uganda meets": names inside a phrase
      // on the subject noun are not its doers; the body is, where an actor names it
      if (useTree && !passive && namesInsideSubjectPhrase(g, cue.verb, sources)) {
        const body = g.mentionOf[children(doc, cue.verb, 'nsubj')[0]!]!;
        sources = body >= 0 && codeableMention(body) ? [body] : [];
      }
      // "Greece and Cyprus ... They warned that Cyprus would ...": a group's words about one of its
      // members are not aimed at it
      // "The IMF warned that the vote could depress growth in Britain": a threat's that-clause names
      // its target only as the clause's subject ("warned that Syria would pay a price")
      if (useTree && !passive && cue.targetToken === undefined && policyCodes.complementSubjectOnlyRoots.has(cue.code.slice(0, 2)))
        targets = targets.filter((m) => !belowComplementSubject(g, cue.verb, m, sourceActors));
      // "ordered local governments to raise salaries for teachers", "urged companies to stop selling
      // arms to Iran": an appeal or demand is aimed at the one it addresses, its object; where that
      // names no actor, no actor inside what it is asked to do is the target
      if (useTree && !passive && policyCodes.addressedRoots.has(cue.code.slice(0, 2)) && cue.targetToken === undefined) {
        const inside = addressedClause(g, cue.verb);
        // (a member singled out of the group addressed is addressed too: "urged others to follow suit, notably Japan")
        if (inside) targets = targets.filter((m) => !inside.has(g.first[m]!) || memberAdverbs.has(doc.lower[g.first[m]! - 1]!));
      }
      const ownMember = (t: number) => complementSubject && sources.length > 1 && sourceActors.has(mentions[t]!.actor);
      // "he would deploy 30,000 American soldiers": the source's own forces that the pattern's words
      // name are what it mobilises, not whom the act is aimed at
      const country = (m: number) => countryOfActor(mentions[m]!.actor, actorsById);
      const ownForce = (t: number) =>
        cue.rule !== undefined &&
        cue.targetToken === undefined &&
        policyCodes.mobilizationRoots.has(cue.code.slice(0, 2)) &&
        g.first[t]! > cue.phraseEnd &&
        g.last[t]! <= cue.matchedEnd &&
        country(t) !== '' &&
        sources.every((m) => country(m) === country(t));
      // "Iran acknowledged its forces had shot down a Ukrainian jet": an admission is not aimed at
      // the admitter's own side that did the act, but at the one the act was done to
      if (useTree && !passive && sources.length && policyCodes.admissionCodes.some((c) => cue.code.startsWith(c))) {
        const own = (m: number) => country(m) !== '' && sources.some((s) => country(s) === country(m));
        if (targets.every(own)) targets = admittedActTargets(g, cue.verb, own).filter((m) => codeableMention(m) && !claimed[g.first[m]!]);
      }
      // "declined to say whether Japan would join": a refusal to comment concerns the first actor
      // of what it leaves unsaid
      if (useTree && !passive && !targets.length && sources.length && policyCodes.commentRefusalCodes.some((c) => cue.code.startsWith(c)))
        targets = unsaidActors(g, cue.verb, sourceActors).filter((m) => codeableMention(m) && !claimed[g.first[m]!]).slice(0, 1);
      // "rejected accusations that Syria used gas": who is accused in the claim is not what is rejected
      targets = targets.filter((t) => !sources.includes(t) && !ownMember(t) && !ownForce(t) && !claimed[g.first[t]!]);
      if (!sources.length) {
        // what is demanded or alleged is reported even when the demander is not an actor we know
        if (complementSubject) reportClauseOf(cue);
        continue;
      }
      // "Brazilian imports have injured U.S. producers", "Gephardt's legislation would hit Japan",
      // "struck by her story": force done by a thing; whose the thing is did not use force
      if (useTree && policyCodes.forceByThingRoots.has(cue.code.slice(0, 2))) {
        if (thingDoer(g, cue.verb, passive, sources, ctx.policy) !== undefined) continue;
      }
      // "Biden attacked Trump": an attack in words is criticism
      if (useTree) {
        const parties = partyActors(sources, targets);
        const code = attackInWords(doc, cue, parties, isPersonActor, isArmed, speaksAsBody);
        if (code !== cue.code) cue = { ...cue, code, paired: undefined };
        // "Sanders won the primary, defeating Clinton": a contest inside one country, no force
        if (isContest(doc, cue, parties, (a) => countryOfActor(a, actorsById), isArmed)) continue;
      }
      // "arrived in Cairo to discuss Libya": where a journey ends is what is visited, not a party to
      // what the visitor came to do
      // ("Egypt's foreign minister and his Greek counterpart gathered in Cairo": the host went nowhere)
      const destination = movesTo && isMeetingCode(cue.code) ? destinationOf(g, cue.verb).filter((m) => codeableMention(m)) : [];
      if (destination.length) {
        const place = new Set(destination.map((m) => countryOfActor(mentions[m]!.actor, actorsById)));
        // (a party of the meeting named with "with" stays: "arrived in Jordan for talks with Maliki")
        targets = [...destination, ...targets.filter((m) => !destination.includes(m) && prepositionOf(doc, firstConjunct(doc, mentionHead(g, m))) === 'with')];
        sources = sources.filter((m) => !place.has(countryOfActor(mentions[m]!.actor, actorsById)));
        if (!sources.length) continue;
      }
      // "Hill came to the Chinese capital": a journey is a visit by a party travelling for a
      // government; "Syrian men are coming to the U.S." and "expect her to go to the country" are none
      if (cue.code === consultCode && policyCodes.journeyVerbs.has(doc.lower[cue.verb]!)) {
        const visitor = (m: number) => {
          const code = actingCode(mentions[m]!.actor, actorsById);
          // (a state named alone travels as itself: "a Chilean delegation", "the U.S. came to")
          if (code.length === 3 && countryOfActor(mentions[m]!.actor, actorsById) === code) return true;
          return policyCodes.visitorRoles.has(code.slice(0, 3)) || policyCodes.visitorRoles.has(roleOfActor(mentions[m]!.actor, actorsById).slice(0, 3));
        };
        // (nor is a journey inside one's own country a visit: "when he comes to South Carolina")
        const home = new Set(sources.map((m) => countryOfActor(mentions[m]!.actor, actorsById)));
        targets = targets.filter((m) => doc.lower[g.last[m]!] !== 'country' && !home.has(countryOfActor(mentions[m]!.actor, actorsById)));
        if (!targets.length || !sources.every(visitor)) continue;
        cue = { ...cue, code: policyCodes.visitCode, paired: undefined };
      }
      // "director Doresy Gardner resigned from its board": leaving a firm's post is no act of public office
      if (useTree && policyCodes.politicalCodes.some((c) => cue.code.startsWith(c)) && leavesPrivateOffice(doc, cue.verb, policyCodes.privateOfficeNouns)) continue;
      // "Woodward and Lothrop Inc said president David Mullen resigned": the firm's officer
      if (useTree && policyCodes.politicalCodes.some((c) => cue.code.startsWith(c)) && reportedByFirm(g, cue.verb, isFirm)) continue;
      // "Japan demonstrated its commitment to free trade", "his campaign protested that ...", "'No,'
      // the minister protested", "Syrian troops marched into the camp": with no one it is aimed at,
      // a verb that acts alone only when intransitive (one-sided-codes.tsv objectless) is another
      // sense with an object or a clause, as the cue of a quotation, or with armed doers; a
      // participle hung on a clause with a modal ("will be greeted by thousands of Germans
      // protesting") is as unsure as that clause, which its own status does not show
      if (
        useTree &&
        targets.length === 0 &&
        ctx.oneSided.some((o) => o.objectless && cue.code.startsWith(o.prefix)) &&
        (children(doc, cue.verb, 'obj', 'ccomp').length > 0 ||
          (doc.xpos[cue.verb] === 'VBG' && hasRelation(doc, cue.verb, 'acl', 'advcl') && modals(doc, clauseOf(doc, doc.head[cue.verb]!)).length > 0) ||
          sources.some((m) => isArmed(mentions[m]!.actor)) ||
          quotes.some((q) => q.cue !== undefined && q.cue.start <= doc.start[cue.verb]! && doc.start[cue.verb]! < q.cue.end))
      )
        continue;
      const before = events.length;
      // "India and Pakistan blamed each other": coordinated doers act on one another, whatever
      // else the sentence names
      const prepositions = anyTargetPrepositions(ctx.policy, cue.code);
      if (useTree && !passive && sources.length > 1 && hasReciprocalObject(g, cue.verb, prepositions)) {
        for (const a of sources) {
          const others = sources.filter((b) => mentions[b]!.actor !== mentions[a]!.actor);
          emitAll(cue.code, undefined, [a], others, cueSpan, s, flags, cue.rule ? 'pattern' : 'verb');
        }
      } else if (!(useTree && targets.length === 0 && sources.length > 1 && joinsAThing(cue)))
        // ("the Dominican Republic and Costa Rica joined the splinter group": no act among the list)
        emitAll(
          cue.code,
          cue.paired,
          sources,
          targets,
          cueSpan,
          s,
          flags,
          cue.rule ? 'pattern' : 'verb',
          useTree ? (betweenComplement ? 'phrase' : complementOf(doc, cue.verb)) : undefined,
          cue.cue.lemma,
        );
      // what is demanded or alleged is reported, even when the text names no one it is aimed at
      // ("blamed the fog of war for the failure of the U.S. to come to the aid of ...": no aid
      // came); from the verb, not the pattern's end: a pattern may run into the clause
      // ("demanded an admission by Moscow that Soviet forces murdered ...")
      if (complementSubject) reportClauseOf(cue);
      if (events.length > before) {
        if (cue.code.startsWith('14')) protested = true;
        doersOf.set(cue.cue.lemma.toLowerCase(), { sources, sentence: s });
        // (an act named again as a thing done was done: "would offer" is no offer to accept)
        if (!flags.negated && !flags.modality) codedActs.set(cue.verb, { code: cue.code, sources, targets });
        if (targets.length && policyCodes.continuedForceRoots.has(cue.code.slice(0, 2)) && !flags.negated && !flags.modality) {
          for (const m of sources) forceTargets.set(actingCode(mentions[m]!.actor, actorsById), targets);
        }
        codedCueStarts.add(cueSpan.start);
        // "agreed that their countries should cooperate": the clause is what was agreed or promised
        if (!complementSubject && cue.code.startsWith('03')) {
          const clause = reportedClauseStart(doc, cue.phraseEnd + 1, to);
          if (clause < to && doc.lower[clause - 1] === 'that') reportClauseOf(cue);
        }
      }
      // a pattern that coded nothing leaves the nouns it ran over free for their own events ("Africa's
      // woes come under the spotlight at a summit of African and French leaders"), not the verbs
      const codedHere = events.length > before;
      for (let t = cue.phraseStart; t <= Math.max(cue.phraseEnd, cue.matchedEnd); t++) {
        if (codedHere || t <= cue.phraseEnd) covered[t] = coveredByCue;
        else if (!covered[t]) covered[t] = reachedByCue;
      }
      codeOfVerb.set(cue.verb, cue.code);
    }
    // "Japan would consider measures if the United States imposes tariffs": a threat
    if (useTree) {
      for (const threat of conditionalThreats(g, from, to, ctx.policy.threatMeasures)) {
        const span = { start: doc.start[threat.verb]!, end: doc.end[threat.verb]! };
        emitAll(policyCodes.conditionalThreatCode, undefined, threat.sources, threat.targets, span, s, { negated: false }, 'verb');
      }
    }
    // "Cruz was critical of Obama's stance": a stance stated as an adjective
    for (const stance of stanceEvents(g, from, to, ctx.speech.stances, ctx.policy.actNouns)) {
      const span = { start: doc.start[stance.token]!, end: doc.end[stance.token]! };
      emitAll(
        stance.cameo,
        undefined,
        stance.sources,
        stance.targets,
        span,
        s,
        cueStatus(doc, stance.token, stance.token, clauseStart(g, stance.token, from), ctx.negatingGovernors),
        'stance',
      );
    }
    nominalFrom = from;
    nominalVerbs = verbsSoFar;
    for (const n of findNominalEvents(
      g,
      ctx.nominal,
      from,
      to,
      covered,
      subjectOfVerb,
      judges,
      (cameo, word) => isReciprocal(ctx.policy, cameo, undefined, word),
      hosts,
    )) {
      // "threatened to impose sanctions on Georgia": the noun of an infinitive a coded cue governs
      // is what the governor threatens or promises, not an act of its own
      if (useTree && isInfinitiveOfCue(doc, clauseOf(doc, n.end), codedVerbs)) continue;
      const cueSpan = { start: doc.start[n.start]!, end: doc.end[n.end]! };
      // the words before the noun, not its clause's status: a meeting named in a clause about the
      // future may have taken place ("would hold talks on decisions made during their meeting")
      const flags = modalityOf(doc, n.start, clauseStart(g, n.start, from));
      // "worked to arrange a meeting between ...": the object of a verb of planning is yet to come,
      // but for one a host, mediator or facilitator has brought about ("brokered talks between X and Y")
      const governor = useTree ? doc.head[n.end]! : -1;
      const broughtAbout = governor >= 0 && hosts(governor) && isPlainPast(doc, governor);
      if (useTree && !flags.modality && hasRelation(doc, n.end, 'obj') && prospectiveVerbs.has(doc.lower[governor]!) && !broughtAbout) flags.modality = 'future';
      // "President Trump's planned trip to Warsaw", "the proposed summit": announced, not held
      // (or the word right before it: the parser reads "proposed" there as a verb)
      if (!flags.modality && (prospectiveModifiers.has(doc.lower[n.start - 1] ?? '') || (useTree && children(doc, n.end, 'amod').some((m) => prospectiveModifiers.has(doc.lower[m]!)))))
        flags.modality = 'future';
      // "ahead of a meeting later today between X and Y", "talks next week": a time still to come
      if (!flags.modality && (namesComingTime(doc, n.end) || (useTree && (hasComingTime(doc, n.end) || namesComingTime(doc, subtreeSpan(doc, n.end).last))))) flags.modality = 'future';
      // "Colombia can use its contacts with Brazil": the object of a modal verb is as sure as the verb
      if (useTree && !flags.modality && hasRelation(doc, n.end, 'obj')) {
        const governorModality = treeStatus(doc, governor, ctx.negatingGovernors).modality;
        if (governorModality) flags.modality = governorModality;
      }
      // "voted for a gradual lifting of UN sanctions": what is ended is not reported as an act
      if (useTree && isReversed(doc, n.end)) continue;
      const negated = useTree && isNominalNegated(doc, n.end);
      // "Japan was ready to continue trade talks with the US": the subject states its intent to meet
      // the meeting's parties (036), which is asserted even when the meeting is yet to come
      const intent = useTree && n.cameo.startsWith(consultRoot) ? intentGovernorOf(doc, n.end) : -1;
      if (intent >= 0) {
        const sources = treeParties(g, intent, { prepositions: [], complementSubject: false }).sources;
        const parties = [...n.sources, ...n.targets].filter((m) => !sources.includes(m));
        if (sources.length && parties.length) {
          emitAll(policyCodes.intentToMeetCode, undefined, sources, parties, cueSpan, s, { negated }, 'nominal');
          continue;
        }
      }
      // "Sanders's attacks on Clinton": an attack in words is criticism
      const code = useTree ? nominalAttackInWords(doc, n.end, n.cameo, partyActors(n.sources, n.targets), isPersonActor, isArmed, speaksAsBody) : n.cameo;
      const before = events.length;
      emitAll(
        code,
        undefined,
        n.sources,
        n.targets,
        cueSpan,
        s,
        { negated, ...(flags.modality ? { modality: flags.modality } : {}) },
        'nominal',
        undefined,
        doc.lower[n.end],
      );
      if (events.length > before && !negated && !flags.modality) codedActs.set(n.end, { code, sources: n.sources, targets: n.targets });
      // "during their joint meeting with President Bush": those who hold a joint meeting with
      // another meet each other as well
      if (useTree && n.targets.length && code.startsWith(consultRoot) && children(doc, n.end, 'amod').some((a) => doc.lower[a] === jointModifier))
        emitAll(code, undefined, n.sources, [], cueSpan, s, { negated, ...(flags.modality ? { modality: flags.modality } : {}) }, 'nominal', undefined, doc.lower[n.end]);
    }
    // "Lew complained that China dumped steel ... Lew stressed those worries": an act stated again
    // by a restating verb is done again, with its code, aimed at whom it was aimed at
    if (useTree) {
      for (let v = from; v < to; v++) {
        const doer = ctx.policy.restatingVerbs.get(doc.lower[v]!);
        if (doer === undefined || doc.upos[v] !== 'VERB' || reported[v] || claimed[v]) continue;
        const noun = restatedNoun(g, v, ctx.policy.actNouns);
        if (noun < 0) continue;
        const span = { start: doc.start[v]!, end: doc.end[noun]! };
        // (a cue that coded the verb with someone it is aimed at has said what it does)
        if (events.some((e) => e.target && e.cue && e.cue.start <= span.start && span.start < e.cue.end)) continue;
        const sources = treeParties(g, v, { prepositions: [], complementSubject: false }).sources;
        if (!sources.length) continue;
        // whose act it is: the possessive's ("renewed its appeal"), else the subject's own for a
        // verb of repeating, anyone's for a verb of echoing
        // (by country: "The United States accused China ... Washington repeated the accusation")
        const partyOf = (m: number) => countryOfActor(mentions[m]!.actor, actorsById) || actingCode(mentions[m]!.actor, actorsById);
        const acting = (found: number[]) => new Set(found.map((m) => actingCode(mentions[m]!.actor, actorsById)));
        const owners = ownerMentions(g, noun);
        const doers = owners.length ? new Set(owners.map(partyOf)) : doer === 'same' ? new Set(sources.map(partyOf)) : undefined;
        const doneBy = (found: number[]) => doers === undefined || found.some((m) => doers.has(partyOf(m)));
        const act = restatedAct(g, noun, ctx.policy.actNouns, (t) => codedActs.get(t), doneBy, actAnaphoraReach);
        if (!act) continue;
        const sourceActors = acting(sources);
        const targets = act.targets!.filter((m) => codeableMention(m) && !sourceActors.has(actingCode(mentions[m]!.actor, actorsById)));
        const flags = cueStatus(doc, v, v, clauseStart(g, v, from), ctx.negatingGovernors);
        const before = events.length;
        emitAll(act.code, undefined, sources, targets, span, s, flags, 'verb', undefined, doc.lower[v]);
        if (events.length > before && !flags.negated && !flags.modality) codedActs.set(v, { code: act.code, sources, targets });
      }
    }
  }

  for (const speech of findSpeechEvents(g, quotes, ctx.speech, codedCueStarts, ctx.policy.actNouns, ctx.policy.codes.complementSubjectOnlyRoots)) {
    const info = ctx.codes.info(speech.cameo);
    const speaker = speech.quote.speaker;
    if (!info) continue;
    const sources: Mention[] = speech.sources
      ? speech.sources.map((m) => mentions[m]!)
      : [{ start: speaker!.start, end: speaker!.end, text: speaker!.name, actor: speaker!.actor! }];
    // the cue is the speech verb ("said"); the event's span runs from the quote to the speaker
    // (or, for an obligation, the clause that states it: "..., the President should look for ways")
    const cue = speech.span ?? speech.quote.cue ?? { start: speech.quote.start, end: speech.quote.end };
    const sentence = g.doc.sentence[Math.max(0, tokenAt(doc, speech.span?.start ?? speech.quote.start))]!;
    if (discarded.has(sentence)) continue;
    // "Moscow rejected accusations that Syria used gas": who is accused in the claim is not what is rejected
    const aimedAt = speech.targets.filter((t) => !claimed[g.first[t]!]);
    if (!aimedAt.length && !ctx.options.targetless) continue;
    const targets = aimedAt.length ? aimedAt.map((t) => mentions[t]!) : [null];
    for (const source of sources)
      for (const target of targets) emit(info, source, target, { start: cue.start, end: cue.end }, sentence, { negated: false }, 'speech');
  }
  events.sort((a, b) => a.start - b.start || a.end - b.end);
  return addContexts(doc, events, actors.actors, ctx.contexts);
}

/**
 * The acts quotations report, by the token of their cue ("said"): code and the speakers'
 * mentions. As findSpeechEvents reads them, before the verb cues decide which quotations they
 * code themselves; a speaker that is no mention of the article is left out.
 */
function quotedActs(g: Grammar, quotes: Quote[], ctx: EventContext): Map<number, { code: string; sources: number[] }> {
  const acts = new Map<number, { code: string; sources: number[] }>();
  for (const speech of findSpeechEvents(g, quotes, ctx.speech, new Set(), ctx.policy.actNouns, ctx.policy.codes.complementSubjectOnlyRoots)) {
    const { cue, speaker } = speech.quote;
    if (!cue) continue;
    const sources = speech.sources ?? g.mentions.flatMap((m, i) => (speaker && m.start === speaker.start && m.end === speaker.end ? [i] : []));
    if (sources.length) acts.set(tokenAt(g.doc, cue.start), { code: speech.cameo, sources });
  }
  return acts;
}

/**
 * A determiner "no" among the tokens a pattern matched after its verb ("said he has no plans"),
 * not itself a word of the pattern, or -1. A "not" further in negates something else ("said
 * Mordor isn't the safest place" still says something).
 */
function negationInPattern(doc: Doc, cue: CueMatch): number {
  for (let t = cue.phraseEnd + 1; t <= cue.matchedEnd; t++) {
    const w = doc.lower[t]!;
    if (w !== 'no' || (doc.deprel.length === doc.length && doc.deprel[t] !== 'det')) continue;
    const ownWord = cue.rule?.after.some((e) => e.kind === 'words' && e.sequences.some((seq) => seq.includes(w)));
    if (!ownWord) return t;
  }
  return -1;
}

/**
 * The determiner "no" of the verb's direct object ("offers no protections", "signed no
 * agreement"), or -1; not when the pattern spells it out ("- * NO COMMENT").
 */
function objectDenial(doc: Doc, cue: CueMatch): number {
  for (const object of children(doc, cue.verb, 'obj')) {
    for (const det of children(doc, object, 'det')) {
      const w = doc.lower[det]!;
      if (w !== 'no') continue;
      const ownWord = cue.rule?.after.some((e) => e.kind === 'words' && e.sequences.some((seq) => seq.includes(w)));
      if (!ownWord) return det;
    }
  }
  return -1;
}

/** Whether the words a cue's pattern matched after its verb run into another verb's clause ("said they will release"). */
function patternRunsIntoClause(doc: Doc, cue: CueMatch): boolean {
  for (let t = cue.phraseEnd + 1; t <= cue.matchedEnd; t++) if (doc.upos[t] === 'VERB' || doc.upos[t] === 'AUX') return true;
  return false;
}

/**
 * The actors right after a pattern that ends in a preposition ("- * FOR [042]" in "left Tokyo
 * yesterday for South Korea"; a determiner may come between), or none.
 */
function mentionAfterPattern(g: Grammar, cue: CueMatch): number[] {
  const last = cue.rule?.after[cue.rule.after.length - 1];
  if (last?.kind !== 'words' || cue.matchedEnd <= cue.phraseEnd || g.doc.upos[cue.matchedEnd] !== 'ADP') return [];
  const next = cue.matchedEnd + 1;
  if (next >= g.doc.length) return [];
  // "for the UK" (a mention from its determiner on), "for the Italian side"; "for his
  // counterpart": a possessive is no party here, the noun it goes with may be
  const possessive = possessiveDeterminers.has(g.doc.lower[next]!);
  let m = possessive ? -1 : g.mentionOf[next]!;
  if (m < 0 && (possessive || g.doc.upos[next] === 'DET') && next + 1 < g.doc.length) m = g.mentionOf[next + 1]!;
  return m >= 0 ? coordinated(g, m) : [];
}

/**
 * Whether a verb of force names no one acted on: no passive subject, and no object but a noun of
 * an act of these roots ("began a military offensive", "launched airstrikes"; not "attacked
 * journalists", "were attacked by protesters").
 */
function namesOnlyTheAct(doc: Doc, verb: number, nominal: NominalCues, roots: Set<string>): boolean {
  if (children(doc, verb, 'nsubj:pass').length > 0) return false;
  return children(doc, verb, 'obj').every((o) => nominal.get(doc.lower[o]!)?.some((c) => c.words.length === 1 && roots.has(c.cameo.slice(0, 2))) === true);
}

/** Adverbs by which a clause reports an act like one just reported ("were also asked"). */
const parallelAdverbs = new Set(['also', 'too', 'likewise', 'similarly']);
/** How many sentences back the act that "also" likens a passive to may be. */
const parallelReach = 2;

/** Whether a participle's "by" phrase (obl:agent) names an actor: "invaded by Iraq", "besieged by the Amal militia". */
function isAgentPassive(g: Grammar, verb: number): boolean {
  // "China rejected accusations by Japan": a verb with a subject and an object of its own is
  // active, whatever the parser hangs its noun's "by" phrase on
  if (children(g.doc, verb, 'nsubj').length && children(g.doc, verb, 'obj').length) return false;
  return isParticipleForm(g.doc, verb) && agents(g.doc, verb).some((t) => mentionsOfNoun(g, t).length > 0);
}

/** Whether a verb heads a relative clause whose subject is the relative pronoun ("..., who left"). */
function opensWithRelativePronoun(doc: Doc, verb: number): boolean {
  return hasRelation(doc, firstConjunct(doc, verb), 'acl:relcl') && children(doc, verb, 'nsubj').some((t) => relativePronouns.has(doc.lower[t]!));
}

/**
 * The word by which a subject states its intent to hold the meeting a noun names ("ready to hold
 * talks", "plans to continue the talks"), or -1: the noun is the object of an infinitive that
 * word governs, directly or through others ("is prepared to try to arrange talks").
 */
function intentGovernorOf(doc: Doc, noun: number): number {
  if (!hasRelation(doc, noun, 'obj')) return -1;
  let clause = doc.head[noun]!;
  for (let step = 0; step < infinitiveChainReach && clause >= 0 && hasRelation(doc, clause, 'xcomp'); step++) {
    const governor = doc.head[clause]!;
    if (intentGovernors.has(doc.lower[governor]!)) return governor;
    clause = governor;
  }
  return -1;
}

/** The modifier of a meeting noun that makes all who hold it parties to it together ("their joint meeting with X"). */
const jointModifier = 'joint';

/** How many infinitives up a nominal cue's negation is looked for ("has no plans to start talks with"). */
const nominalNegationReach = 3;

/**
 * Whether a nominal cue is denied on the tree: "no talks with", or the object of a verb that is
 * ("did not hold talks with", "has no plans to start talks with").
 */
/** Whether a nominal cue is the "of" phrase of a noun that ends it ("the lifting of sanctions"). */
function isReversed(doc: Doc, noun: number): boolean {
  return hasRelation(doc, noun, 'nmod') && prepositionOf(doc, noun) === 'of' && reversalNouns.has(doc.lower[doc.head[noun]!]!);
}

function isNominalNegated(doc: Doc, noun: number): boolean {
  if (isNegated(doc, noun)) return true;
  // "the visit was cancelled", "a postponed summit", "the trip, which was called off"
  if (children(doc, noun, 'amod', 'acl', 'acl:relcl').some((m) => cancellingVerbs.has(doc.lower[m]!))) return true;
  if (hasRelation(doc, noun, 'nsubj:pass', 'nsubj', 'obj') && cancellingVerbs.has(doc.lower[doc.head[noun]!]!)) return true;
  if (!hasRelation(doc, noun, 'obj')) return false;
  let t = doc.head[noun]!;
  if (avoidingVerbs.has(doc.lower[t]!)) return true;
  for (let step = 0; step < nominalNegationReach && t >= 0; step++) {
    if (isNegated(doc, t)) return true;
    if (!hasRelation(doc, t, 'xcomp', 'acl')) break;
    t = doc.head[t]!;
  }
  return false;
}

/** How many infinitives up a cue may be governed by another ("decided to accelerate talks to sign"). */
const infinitiveChainReach = 3;

/**
 * Whether the cue is an infinitive (xcomp), directly or through others, of a coded cue: "vowed
 * to wage war", "have decided to accelerate negotiations to sign an agreement" are the
 * governor's event, what it promises or decides, not acts of their own.
 */
/** An xcomp ("decided to accelerate"), or a purpose infinitive ("accelerate talks to sign"). */
function isInfinitiveComplement(doc: Doc, clause: number): boolean {
  if (hasRelation(doc, clause, 'xcomp')) return true;
  return hasRelation(doc, clause, 'advcl') && hasMark(doc, clause, 'to');
}

/** The noun whose to-infinitive the verb is ("refusal to meet"), or -1. */
function infinitiveNounOf(doc: Doc, verb: number): number {
  if (!hasRelation(doc, verb, 'acl') || !hasMark(doc, verb, 'to')) return -1;
  const noun = doc.head[verb]!;
  return doc.upos[noun] === 'NOUN' ? noun : -1;
}

function isInfinitiveOfCue(doc: Doc, verb: number, codedVerbs: Set<number>): boolean {
  let clause = verb;
  for (let step = 0; step < infinitiveChainReach && isInfinitiveComplement(doc, clause); step++) {
    clause = doc.head[clause]!;
    if (codedVerbs.has(clause)) return true;
  }
  return false;
}

/**
 * What completes a predicate: nothing ("Brazil and Chile agreed."), a clause ("are considering
 * doing so", "agreed to expand trade") or a noun phrase ("met on Monday", "signed an accord").
 */
function complementOf(doc: Doc, verb: number): Complement {
  if (children(doc, verb, 'xcomp', 'ccomp').length > 0) return 'clause';
  return children(doc, verb, 'obj', 'iobj', 'obl', 'advcl').length > 0 ? 'phrase' : 'none';
}

/** Whether a verb states what happened: a past tense or participle with no modal ("brokered", "has facilitated", not "would broker"). */
function isPlainPast(doc: Doc, verb: number): boolean {
  const tag = doc.xpos[verb];
  return (tag === 'VBD' || tag === 'VBN') && modals(doc, verb).length === 0;
}

/** The token at or after a character offset (the last token when the offset is past them all). */
function tokenAt(doc: Doc, offset: number): number {
  return Math.max(0, Math.min(tokenEndingAfter(doc, offset), doc.length - 1));
}
