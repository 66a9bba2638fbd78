// Nominal cues: nouns that report an event on their own (data/events/nominal-cues.tsv).
//
//   Washington extended its sanctions on Iran ...   (no verb rule for "extend sanctions")
//   US sanctions on Iran were tightened
//   ^^ source    ^ cue   ^^^^ target
//   Turkey is under EU sanctions.                   the subject is the target
import { hyphens, type Doc } from '../nlp/index.ts';
import { isOrganizationCode } from '../actors/codes.ts';
import { readTsv } from './code-tables.ts';
import { coordinated, isHardStop, namesRelation, possessiveDeterminers, type Grammar } from './grammar.ts';
import { nounPlural, regularVerbForms } from './inflection.ts';
import { children, conjuncts, hasRelation, isNegated, prepositionOf } from '../nlp/tree.ts';
import { contentClausesOf } from './status.ts';
import { telephoneCall } from './senses.ts';
import { betweenMentions, hasTree, mentionsOfNoun, ownerRelations, treeParties } from './parties.ts';

export type NominalCue = { words: string[]; cameo: string; targetPrepositions: Set<string> };
export type NominalCues = Map<string, NominalCue[]>;

export type NominalMatch = { start: number; end: number; cameo: string; sources: number[]; targets: number[] };

/** Prepositions that introduce the target of a nominal cue. */
const targetPrepositions = new Set(['on', 'against', 'of', 'with', 'to', 'into', 'between', 'toward', 'towards', 'upon']);
const nominalReach = 6;

export function loadNominalCues(file: string): NominalCues {
  const cues: NominalCues = new Map();
  for (const r of readTsv(file, ['phrase', 'cameo'])) {
    const words = r.phrase!.trim().toLowerCase().split(/\s+/);
    if (!words[0] || !/^\d{2,4}$/.test(r.cameo!)) throw new Error(`${file}: bad nominal cue "${r.phrase}\t${r.cameo}" (expected phrase<TAB>CAMEO code)`);
    const last = words[words.length - 1]!;
    for (const form of new Set([last, last.endsWith('s') ? last : nounPlural(last)])) {
      const phrase = [...words.slice(0, -1), form];
      const key = phrase[0]!;
      const list = cues.get(key) ?? [];
      const listed = (r.target_prepositions ?? '').split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
      list.push({ words: phrase, cameo: r.cameo!, targetPrepositions: listed.length ? new Set(listed) : targetPrepositions });
      cues.set(key, list);
    }
  }
  for (const list of cues.values()) list.sort((a, b) => b.words.length - a.words.length);
  return cues;
}

/** CAMEO 04x: consultations (meetings, talks, calls). */
export const consultRoot = '04';
/** Prepositions by which a clause places its subject at a meeting ("said after talks with", "during a call with"). */
const participationMarkers = new Set(['during', 'after', 'at', 'in', 'following']);

/** The actors of the clause a meeting noun is an oblique of, when the clause took part in it ("after talks with"). */
function participantsOf(g: Grammar, noun: number): number[] {
  const { doc } = g;
  if (!hasTree(doc) || !participationMarkers.has(prepositionOf(doc, noun))) return [];
  // "Colombia was in contact with Peru", "Iran is in talks with Oman": the subject of a clause
  // whose predicate is the meeting
  if (children(doc, noun, 'cop').length > 0) return mentionsOfPhrase(g, children(doc, noun, 'nsubj'));
  if (!hasRelation(doc, noun, 'obl')) return [];
  return treeParties(g, doc.head[noun]!, { prepositions: [], complementSubject: false }).sources;
}

// Verbs whose object is the person addressed ("told Lee", "pressed their counterparts"): said
// to someone at a meeting, the one addressed took part in it.
const addressingVerbs = new Set([...[
  'assure', 'press', 'urge', 'ask', 'warn', 'inform', 'brief', 'remind', 'promise', 'reassure',
].flatMap(regularVerbForms), 'tell', 'tells', 'telling', 'told']);

/**
 * The other party of a meeting named with no parties of its own, in which the clause's subject
 * addressed its object: "told Lee during their meeting", "At meetings here this week, Bank of
 * England officials pressed their Japanese counterparts": the one addressed.
 */
function addresseesOf(g: Grammar, noun: number): number[] {
  const { doc } = g;
  if (!hasTree(doc) || !participationMarkers.has(prepositionOf(doc, noun)) || !hasRelation(doc, noun, 'obl')) return [];
  const predicate = doc.head[noun]!;
  if (!addressingVerbs.has(doc.lower[predicate]!)) return [];
  return mentionsOfPhrase(g, children(doc, predicate, 'obj', 'iobj'));
}

/** The actors of a list a meeting is "of" ("a summit of African and French leaders"); none but for a list. */
function membersOf(g: Grammar, noun: number): number[] {
  const { doc } = g;
  if (!hasTree(doc)) return [];
  const members = mentionsOfPhrase(g, children(doc, noun, 'nmod').filter((t) => prepositionOf(doc, t) === 'of' && !isNegated(doc, t)));
  // a list, not an actor and a place of its phrase ("a meeting of the SADC ministers in Johannesburg")
  const list = members.length ? coordinated(g, members[0]!) : [];
  return members.length > 1 && members.every((m) => list.includes(m)) ? members : [];
}

/** CAMEO 042, make a visit. */
const visitCode = '042';

/** Whether a mention is a country or region (no role) modifying the noun: "British" in "his British trip". */
function isDestinationModifier(g: Grammar, m: number, noun: number): boolean {
  const actor = g.mentions[m]!.actor;
  if (actor.includes(':') || actor.length !== 3) return false;
  for (let t = g.first[m]!; t <= g.last[m]!; t++) if (g.doc.head[t] === noun && hasRelation(g.doc, t, 'amod', 'compound')) return true;
  return false;
}

/**
 * Whether a "call" asks for something rather than is made by telephone: a "for" phrase or a
 * to-infinitive of its own ("calls from Britain and France for cuts in the budget", "his call for a
 * ceasefire", "a call to end the war"). An appeal as a noun names no one it asks: no event.
 */
function isAppealCall(doc: Doc, noun: number): boolean {
  const forPhrase = children(doc, noun, 'nmod').some((n) => prepositionOf(doc, n) === 'for');
  return forPhrase || children(doc, noun, 'acl').some((c) => children(doc, c, 'mark').some((m) => doc.lower[m] === 'to'));
}

/** CAMEO 046, engage in negotiation, and 164, halt negotiations. */
const negotiation = '046';
const haltedNegotiation = '164';
/** Predicates and nouns by which negotiations end without agreement ("the talks failed", "the collapse of the talks"). */
const haltingWords = new Set(['fail', 'fails', 'failed', 'collapse', 'collapses', 'collapsed', 'failure', 'breakdown', 'stall', 'stalls', 'stalled']);

/**
 * The code of negotiations that a predicate or a noun says ended: "the talks failed", "the
 * collapse of months of talks" halt them (164) rather than report them held (046).
 */
function haltedCode(doc: Doc, noun: number, cameo: string): string {
  if (cameo.startsWith(aidRoot) && hasTree(doc)) return haltedAidCode(doc, noun, cameo);
  if (!cameo.startsWith(negotiation) || !hasTree(doc)) return cameo;
  let head = doc.head[noun]!;
  // "the collapse of months of talks": through a measure of time
  if (head >= 0 && hasRelation(doc, noun, 'nmod') && timeMeasures.has(doc.lower[head]!)) head = doc.head[head]!;
  if (head < 0) return cameo;
  const halts = (hasRelation(doc, noun, 'nsubj') || hasRelation(doc, noun, 'nmod')) && haltingWords.has(doc.lower[head]!);
  return halts ? haltedNegotiation : cameo;
}

/** CAMEO 07, provide aid, and 162, reduce or stop material aid (1621 economic, 1622 military, 1623 humanitarian). */
const aidRoot = '07';
const haltedAid = '162';
/** CAMEO 033, express intent to provide material aid ("announced economic aid"; 0331 economic, 0332 military, 0333 humanitarian). */
const aidIntent = '033';
/** Nouns by which aid is held back or ended ("the withholding of security aid", "a suspension of military aid"). */
const aidHaltingNouns = new Set(['withholding', 'suspension', 'suspensions', 'halt', 'halting', 'cut', 'cuts', 'cutoff', 'cutting', 'freeze', 'freezing', 'termination', 'reduction', 'reductions', 'end', 'delay', 'delaying', 'stoppage', 'denial']);

/**
 * The code of aid that the noun it is "of" says was held back: "the withholding of security aid
 * to Ukraine", "a freeze of military aid" reduce or stop it (162; 1622 for military aid) rather
 * than report it given (07x).
 */
function haltedAidCode(doc: Doc, noun: number, cameo: string): string {
  const head = doc.head[noun]!;
  if (head < 0 || !hasRelation(doc, noun, 'nmod') || prepositionOf(doc, noun) !== 'of' || !aidHaltingNouns.has(doc.lower[head]!)) return cameo;
  const kind = cameo.startsWith(aidIntent) ? cameo.slice(3, 4) : cameo.slice(2, 3);
  return kind === '1' || kind === '2' || kind === '3' ? `${haltedAid}${kind}` : haltedAid;
}

/**
 * The code of a verb cue of aid (07x, or the intent to give it, 033x) whose object is a noun of holding aid back with the aid
 * in its "of" phrase ("ordered the withholding of military aid", "announced a freeze of economic
 * aid"): the aid is stopped (162x), not given. Undefined for any other cue.
 */
export function heldBackAidCode(doc: Doc, verb: number, cameo: string): string | undefined {
  if ((!cameo.startsWith(aidRoot) && !cameo.startsWith(aidIntent)) || !hasTree(doc)) return undefined;
  for (const object of children(doc, verb, 'obj')) {
    if (!aidHaltingNouns.has(doc.lower[object]!)) continue;
    const aid = children(doc, object, 'nmod').find((n) => prepositionOf(doc, n) === 'of' && aidNouns.has(doc.lower[n]!));
    if (aid !== undefined) return haltedAidCode(doc, aid, cameo);
  }
  return undefined;
}

/** Nouns of the aid a cue of 07x gives. */
const aidNouns = new Set(['aid', 'assistance', 'help', 'funding', 'funds', 'loans', 'credits']);

/** Nouns of a stretch of time between an act and what it is of ("months of talks"). */
const timeMeasures = new Set(['days', 'weeks', 'months', 'years', 'rounds']);

/** CAMEO roots of acts a place or party can be "under" (sanctions, blockade, attack, occupation). */
const undergoneRoots = new Set(['16', '19']);

/**
 * CAMEO roots of acts a party draws on itself ("drew criticism from China", "came under criticism
 * from Paris"), or wins ("Denmark's motion received support from Norway", "won praise from Tokyo").
 */
const drawnRoots = new Set(['05', '11']);
/** Verbs whose subject draws on itself the act their object names ("sparked sharp criticism from China", "won support from Norway"). */
const drawingVerbs = new Set([
  ...['draw', 'spark', 'face', 'receive', 'attract', 'provoke', 'prompt', 'trigger', 'earn', 'incur', 'invite', 'gain', 'garner'].flatMap(regularVerbForms),
  'drew',
  'drawn',
  'win',
  'wins',
  'winning',
  'won',
]);

/** Words of a share before a noun ("20 percent support", "33% backing"): a poll's figure, no act. */
const shareWords = new Set(['percent', 'per', 'cent', '%', 'pct']);
/** How far before the noun a share's words may stand ("20 percent of the support" is no act either). */
const shareReach = 3;

/** Whether the noun of support is a share of it ("found Trump receiving 20 percent support from Latino voters"). */
function isShareOfSupport(doc: Doc, noun: number): boolean {
  for (let p = noun - 1; p >= 0 && p >= noun - shareReach; p--) if (shareWords.has(doc.lower[p]!) || doc.upos[p] === 'NUM') return true;
  return false;
}

/**
 * Who draws on itself an act of disapproval its noun names: "Denmark sparked sharp criticism from
 * China", "Iran came under criticism from France": the subject of the verb of drawing whose
 * object the noun is, or of the clause the noun is an "under" phrase of (through a participle's
 * controller); a critic in a "from" phrase the parser hung on the verb is the source. Nothing for
 * any other noun or verb.
 */
function drawerOf(g: Grammar, noun: number, cue: NominalCue): { targets: number[]; sources: number[] } {
  const { doc } = g;
  const none = { targets: [], sources: [] };
  if (!hasTree(doc) || !drawnRoots.has(cue.cameo.slice(0, 2)) || isShareOfSupport(doc, noun)) return none;
  const verb = doc.head[noun]!;
  const drawing = hasRelation(doc, noun, 'obj') ? drawingVerbs.has(doc.lower[verb]!) : hasRelation(doc, noun, 'obl') && prepositionOf(doc, noun) === 'under';
  if (verb < 0 || !drawing || isNegated(doc, verb)) return none;
  const sources = mentionsOfPhrase(g, children(doc, verb, 'obl').filter((o) => prepositionOf(doc, o) === 'from' && !isNegated(doc, o)));
  return { targets: treeParties(g, verb, { prepositions: [], complementSubject: false }).sources, sources };
}

/**
 * Who undergoes an act named after "under" ("Turkey is under EU sanctions", "the city came under
 * attack"): the subject of the clause the noun is the predicate or an oblique of.
 */
function undergoerOf(g: Grammar, noun: number, cue: NominalCue): number[] {
  const { doc } = g;
  if (!hasTree(doc) || !undergoneRoots.has(cue.cameo.slice(0, 2)) || prepositionOf(doc, noun) !== 'under') return [];
  if (children(doc, noun, 'cop').length > 0) return mentionsOfPhrase(g, children(doc, noun, 'nsubj'));
  if (!hasRelation(doc, noun, 'obl')) return [];
  return mentionsOfPhrase(g, children(doc, doc.head[noun]!, 'nsubj', 'nsubj:pass'));
}

// The prepositions of a phrase that names who acts ("an attack by rebels", "complaints from
// Washington"); the noun's owners (parties.ts ownerRelations: "Russia's invasion", "US
// sanctions") come first.
const agentPrepositions = new Set(['by', 'from']);
/**
 * CAMEO 11x, disapprove, and 02x, appeal: a complaint or accusation whose "that" clause says about
 * whom it is, advice whose clause says who should act ("Obama's advice that Britain should remain").
 */
const clauseTargetRoots = new Set(['02', '11']);

/** The actor mentions of these tokens and their conjuncts (an actor's own mention, else whose the noun is), with the actors coordinated with them. */
export function mentionsOfPhrase(g: Grammar, tokens: number[]): number[] {
  const found: number[] = [];
  for (const t of tokens) {
    for (const c of conjuncts(g.doc, t)) for (const m of mentionsOfNoun(g, c)) for (const k of coordinated(g, m)) if (!found.includes(k)) found.push(k);
  }
  return found;
}

/**
 * Whether a mention is only a determiner and words of the cue phrase [start, end]: "the
 * military" of "the military action" (an adjective the actor layer read as the armed forces)
 * names no one.
 */
function madeOfCue(g: Grammar, m: number, start: number, end: number): boolean {
  const tags = hasTree(g.doc) ? g.doc.upos : g.doc.pos;
  for (let k = g.first[m]!; k <= g.last[m]!; k++) if ((k < start || k > end) && tags[k] !== 'DET') return false;
  return true;
}

/**
 * Who acts and who is acted on, as the tree attaches them to the cue noun: a possessor or an
 * actor modifier, else a "by" or "from" phrase, is the source; a phrase with one of the cue's
 * target prepositions is the target, or whose its noun is ("the United States' attack on an
 * Iranian oil platform": USA -> IRN). Negated phrases ("talks without France") name no one.
 */
function treeNominalParties(g: Grammar, noun: number, cue: NominalCue): { sources: number[]; targets: number[] } {
  const { doc } = g;
  const own = g.mentionOf[noun]!;
  let sources: number[] = [];
  for (const child of children(doc, noun, ...ownerRelations)) {
    const m = g.mentionOf[child]!;
    // a modifier inside the cue's own mention ("the Peace Accord") is not its party
    if (m >= 0 && m === own) continue;
    if (m >= 0 && madeOfCue(g, m, noun - cue.words.length + 1, noun)) continue;
    for (const found of mentionsOfPhrase(g, [child])) if (!sources.includes(found)) sources.push(found);
  }
  const phrases = children(doc, noun, 'nmod').filter((t) => !isNegated(doc, t));
  if (!sources.length) sources = mentionsOfPhrase(g, phrases.filter((t) => agentPrepositions.has(prepositionOf(doc, t))));
  let targets = mentionsOfPhrase(g, phrases.filter((t) => cue.targetPrepositions.has(prepositionOf(doc, t)))).filter((m) => !sources.includes(m));
  // "complaints from Washington that China was dumping steel", "Russian accusations that Ukraine
  // shelled the plant": what the complaint is about names its target as the clause's subject (and
  // what advice says should be done, whom it advises)
  if (!targets.length && clauseTargetRoots.has(cue.cameo.slice(0, 2))) {
    const agentClause = clauseAfterAgent(g, noun);
    const clauses = agentClause.verb >= 0 ? [agentClause.verb] : contentClausesOf(doc, noun);
    // (a clause whose subject is itself a clause: "that China's glut of factories making steel was
    // overwhelming markets", its subject's subject)
    const subjects = clauses.flatMap((c) => [...children(doc, c, 'nsubj', 'nsubj:pass'), ...children(doc, c, 'csubj').flatMap((k) => children(doc, k, 'nsubj'))]);
    if (!sources.length && agentClause.verb >= 0) sources = coordinated(g, agentClause.agent);
    targets = mentionsOfPhrase(g, subjects).filter((m) => !sources.includes(m));
  }
  return { sources, targets };
}

/** Whether a noun is followed by its own "by" or "from" actor ("complaints from his American counterpart"). */
function ownAgent(g: Grammar, noun: number): boolean {
  const { doc, mentionOf } = g;
  if (!agentPrepositions.has(doc.lower[noun + 1] ?? '')) return false;
  for (let p = noun + 2; p < doc.length && p <= noun + 1 + agentReach; p++) if (mentionOf[p]! >= 0 && !possessiveDeterminers.has(doc.lower[p]!)) return true;
  return false;
}

/** Whether an actor right before the noun says whose it is: "Japan's accusations", "Japanese complaints". */
function ownPossessor(g: Grammar, noun: number): boolean {
  const { doc, mentionOf } = g;
  const p = doc.lower[noun - 1] === "'s" || doc.lower[noun - 1] === "'" ? noun - 2 : noun - 1;
  return p >= 0 && mentionOf[p]! >= 0 && !possessiveDeterminers.has(doc.lower[p]!);
}

/** How many words an agent phrase may open with before its actor ("by the secretary", "from his counterpart"). */
const agentReach = 3;

/**
 * The "that" clause after a noun's "by" or "from" actor, in word order (the parser often hangs the
 * clause or the actor on the verb): "complaints by the Treasury secretary, Jacob Lew, that China's
 * surpluses were ...": the clause's verb and the actor; -1 when the words run otherwise.
 */
function clauseAfterAgent(g: Grammar, noun: number): { verb: number; agent: number } {
  const { doc, mentionOf } = g;
  const none = { verb: -1, agent: -1 };
  if (!agentPrepositions.has(doc.lower[noun + 1] ?? '')) return none;
  let agent = -1;
  for (let p = noun + 2; p < doc.length && p <= noun + 1 + agentReach && agent < 0; p++) {
    const m = mentionOf[p]!;
    if (m >= 0 && !possessiveDeterminers.has(doc.lower[p]!)) agent = m;
  }
  if (agent < 0) return none;
  let after = g.last[agent]! + 1;
  // "from his American counterpart": the noun the actor modifies
  if (doc.upos[after] === 'NOUN' && doc.head[g.last[agent]!] === after) after++;
  // ", Jacob Lew,": an apposition naming the actor again
  if (doc.lower[after] === ',' && mentionOf[after + 1]! >= 0) {
    const named = mentionOf[after + 1]!;
    if (doc.lower[g.last[named]! + 1] === ',') after = g.last[named]! + 2;
  }
  if (doc.lower[after] !== 'that' || !hasRelation(doc, after, 'mark')) return none;
  const verb = doc.head[after]!;
  return verb > after && (doc.upos[verb] === 'VERB' || children(doc, verb, 'cop').length > 0) ? { verb, agent } : none;
}

/**
 * The actors a "their" that owns the noun at `t` stands for: the list of two or more actors that
 * is the last mention before it in the sentence ("X and Y ... during their meeting"), when no
 * mention reads "their" or it reads one of them; none when that mention is alone.
 */
function listBeforeTheir(g: Grammar, t: number, from: number): number[] {
  const { doc, mentionOf } = g;
  let their = -1;
  for (let p = t - 1; p >= from && p >= t - 3; p--) {
    if (doc.lower[p] === 'their') {
      their = p;
      break;
    }
  }
  if (their < 0) return [];
  // (a "their" read as one member of the list stands for the whole list: "the Russian and Chinese
  // leaders ... during their talks")
  const read = mentionOf[their]! >= 0 ? g.mentions[mentionOf[their]!]!.actor : undefined;
  for (let p = their - 1; p >= from; p--) {
    if (isHardStop(doc, p)) return [];
    const m = mentionOf[p]!;
    if (m < 0) continue;
    const group = coordinated(g, m).filter((k) => !isPossessiveMention(g, k));
    if (group.length < 2 || (read !== undefined && !group.some((k) => g.mentions[k]!.actor === read))) return [];
    return group;
  }
  return [];
}

/** Participles after a hyphen that say where a thing is, not who acts on it: "a Macau-based bank" is Macau's. */
const placeParticiples = new Set(['based', 'born', 'registered', 'headquartered']);

/**
 * Whether a mention is the first part of a hyphened participle before a noun, which names who
 * acts on the thing, not whose it is: "U.S." of "a U.S.-flagged Kuwaiti ship", "Saudi-backed
 * forces" ("a Macau-based bank" is Macau's).
 */
function isHyphenedAgent(g: Grammar, m: number, to: number): boolean {
  const { doc } = g;
  const tags = hasTree(doc) ? doc.upos : doc.pos;
  const hyphen = g.last[m]! + 1;
  // (the hyphen glued to the actor: "U.S.- flagged" as some wires space it)
  if (hyphen + 1 >= to || !hyphens.has(doc.value[hyphen]!) || doc.end[hyphen - 1] !== doc.start[hyphen]) return false;
  return tags[hyphen + 1] === 'VERB' && !placeParticiples.has(doc.lower[hyphen + 1]!);
}

/** Whether a mention is only a possessive determiner ("his", "their"). */
function isPossessiveMention(g: Grammar, m: number): boolean {
  return g.first[m] === g.last[m] && possessiveDeterminers.has(g.doc.lower[g.first[m]!]!);
}

/** Whether mentions name two actors or more. */
export function isGroupOf(g: Grammar, found: number[]): boolean {
  return new Set(found.map((m) => g.mentions[m]!.actor)).size >= 2;
}

/** How many words may stand between "and" and the second party of "between X and Y". */
const betweenReach = 4;

/**
 * The second party of "between X and Y" after the first party's mention m, when no list joins them:
 * "between Prime Minister X and his visiting Japanese counterpart": the first actor after "and"
 * that is not a possessive, across modifiers only; -1 when none.
 */
function secondOfBetween(g: Grammar, m: number, to: number): number {
  const { doc, mentionOf } = g;
  const tags = hasTree(doc) ? doc.upos : doc.pos;
  let before = g.first[m]! - 1;
  if (before >= 0 && tags[before] === 'DET') before--;
  if (before < 0 || doc.lower[before] !== 'between') return -1;
  const and = g.last[m]! + 1;
  if (and >= to || doc.lower[and] !== 'and') return -1;
  for (let p = and + 1; p < to && p <= and + betweenReach; p++) {
    const k = mentionOf[p]!;
    if (k >= 0 && k !== m && !possessiveDeterminers.has(doc.lower[p]!)) return k;
    const tag = tags[p]!;
    // "visiting", "exiled": a participle before its noun modifies it
    const participle = tag === 'VERB' && /(ing|ed)$/.test(doc.lower[p]!);
    if (!(k >= 0 || tag === 'DET' || tag === 'ADJ' || participle)) return -1;
  }
  return -1;
}

/** Marks of the `covered` array: a token inside a coded verb cue, and one a verb's pattern ran over without coding anything (free for a noun). */
export const coveredByCue = 1;
export const reachedByCue = 2;

/**
 * Nominal events of one sentence; `covered` marks tokens already inside a coded verb cue.
 * `subjectOfVerb` gives the actor subject of a verb token: a nominal cue that is the object of a
 * verb with no code of its own takes that verb's subject as its source ("Israel and Lebanon renewed
 * negotiations", "Israel mounted its invasion of Lebanon"). `judges` says whether a covered verb
 * token is a coded verb that evaluates its object ("backed", "condemned") rather than carrying
 * it out ("hosted", "called off"). `mutual` says whether a code is an act its parties do to each
 * other when the noun names it ("clashes", not "attacks": policy.ts isReciprocal). `hosts` says
 * whether a covered verb token brings about a meeting it governs (host, mediate, facilitate:
 * code-policy.tsv hosting_codes), whose parties named "between" then met.
 */
export function findNominalEvents(
  g: Grammar,
  cues: NominalCues,
  from: number,
  to: number,
  covered: Uint8Array,
  subjectOfVerb: (verb: number) => number[],
  judges: (verb: number) => boolean = () => false,
  mutual: (cameo: string, word: string) => boolean = () => false,
  hosts: (verb: number) => boolean = () => false,
): NominalMatch[] {
  const { doc, mentionOf } = g;
  // the parser's tags where it ran ("the offensive" is a noun; wink tags it an adjective)
  const tags = hasTree(doc) ? doc.upos : doc.pos;
  const found: NominalMatch[] = [];
  for (let t = from; t < to; t++) {
    // the tags and coverage first: most tokens need no lookup; a phrase may open with an
    // adjective ("military action") but ends in its noun
    const isNoun = (k: number) => tags[k] === 'NOUN' || tags[k] === 'PROPN';
    if (!isNoun(t) && tags[t] !== 'ADJ') continue;
    const list = cues.get(doc.lower[t]!);
    if (!list) continue;
    const cue = list.find((c) => c.words.every((w, k) => t + k < to && doc.lower[t + k] === w) && isNoun(t + c.words.length - 1));
    if (!cue) continue;
    const end = t + cue.words.length - 1;
    // "calls from Britain and France for cuts": an appeal, no telephone call
    if (cue.cameo === telephoneCall && cue.words.length === 1 && hasTree(doc) && isAppealCall(doc, end)) continue;
    // "hosted a meeting between Putin and Poroshenko": the meeting a host (mediator, facilitator)
    // brings about took place between the parties its noun names
    const hosted = cue.cameo.startsWith(consultRoot) && hasTree(doc) && hosts(doc.head[end]!) && isGroupOf(g, betweenMentions(g, [end]));
    // inside a coded verb's phrase a noun is part of the verb's event, unless it is a complaint
    // or an accusation with a critic of its own ("hit back at complaints from his American
    // counterpart that China's ...": the counterpart's complaint is an event too)
    // (or before it: "dismissed Japan's accusations that China ...", "rejected Japanese complaints that ...")
    if (covered[t] === coveredByCue && !hosted && !(clauseTargetRoots.has(cue.cameo.slice(0, 2)) && !cue.cameo.startsWith('02') && (ownAgent(g, end) || ownPossessor(g, t)))) continue;
    // source: a mention right before the noun (modifiers and "'s" may intervene), or "by X" after it
    let sources: number[] = [];
    let governed = false;
    for (let p = t - 1; p >= from && p >= t - 4; p--) {
      if (mentionOf[p]! >= 0) {
        if (!madeOfCue(g, mentionOf[p]!, t, end)) sources = coordinated(g, mentionOf[p]!);
        break;
      }
      if (tags[p] === 'VERB') {
        // "ready to host a meeting between ...": the object of a cue verb is part of its event;
        // "backed the attack on ...": a verb that judges an act leaves it an event of its own,
        // whose actor is not the judge
        if (covered[p]) governed = !judges(p);
        else sources = subjectOfVerb(p);
        break;
      }
      if (tags[p] === 'PRON' && possessiveDeterminers.has(doc.lower[p]!)) continue;
      // only modifiers stand between the actor and the noun ("Russia's", "the army's new", "US trade");
      // "Israel lifting the blockade" is a verb phrase, not Israel's blockade
      const tag = tags[p]!;
      const modifier = tag === 'DET' || tag === 'ADJ' || tag === 'NUM' || tag === 'PART' || (tag === 'NOUN' && !doc.lower[p]!.endsWith('ing'));
      if (!modifier) break;
    }
    // "a meeting between an Israeli peace movement and the PLO" (even one that Z hosts), "clashes
    // between police and protesters": the parties of a mutual act meet or fight each other
    const mutualNoun = cue.cameo.startsWith(consultRoot) || mutual(cue.cameo, doc.lower[end]!);
    const parties = mutualNoun && hasTree(doc) ? betweenMentions(g, [end]) : [];
    // ("faced criticism from Poland": a pattern of the verb codes only the reverse act, which this noun tells)
    if (governed && !hosted && !drawerOf(g, end, cue).targets.length) {
      t = end;
      continue;
    }
    if (parties.length > 1) {
      found.push({ start: t, end, cameo: haltedCode(doc, end, cue.cameo), sources: parties, targets: [] });
      t = end;
      continue;
    }
    // the tree says whose act it is and at whom, where it attaches anything; word order fills in
    const tree = hasTree(doc) ? treeNominalParties(g, end, cue) : { sources: [], targets: [] };
    if (tree.sources.length) sources = tree.sources;
    // "decisions made by X and Y during their joint meeting with Z": "their" mutual act is of the
    // actors listed last before it
    const readTheir = sources.length === 1 && isPossessiveMention(g, sources[0]!) && doc.lower[g.first[sources[0]!]!] === 'their';
    if ((!sources.length || readTheir) && mutualNoun) {
      const list = listBeforeTheir(g, t, from);
      if (list.length) sources = list;
    }
    // "Chirac said, during talks with the leaders of Niger, ...": the clause's subject took part
    if (!sources.length && cue.cameo.startsWith(consultRoot)) {
      sources = participantsOf(g, end);
      // "Africa's woes came under the spotlight at a summit of African and French leaders": a
      // list the meeting is of names who met, before whose thing the clause is about
      const members = sources.length ? membersOf(g, end) : [];
      if (members.length) sources = members;
    }
    let targets: number[] = tree.targets.filter((m) => !sources.includes(m));
    if (!targets.length && !tree.sources.length && cue.cameo.startsWith(consultRoot)) targets = addresseesOf(g, end).filter((m) => !sources.includes(m));
    // "Turkey is under EU sanctions": the clause's subject undergoes them
    if (!targets.length) targets = undergoerOf(g, end, cue).filter((m) => !sources.includes(m));
    // "Denmark drew criticism from China": the subject draws it on itself
    const drawn = targets.length && sources.length ? undefined : drawerOf(g, end, cue);
    if (drawn?.targets.length) {
      // (word order took the verb's subject, who draws it, for the critic)
      if (!tree.sources.length) sources = drawn.sources;
      targets = drawn.targets.filter((m) => !sources.includes(m));
    }
    let preposition = '';
    let reach = end + nominalReach;
    for (let p = end + 1; p < to && p <= reach && !targets.length; p++) {
      const w = doc.lower[p]!;
      if (isHardStop(doc, p) || w === ',' || tags[p] === 'VERB') break;
      if (tags[p] === 'ADP') preposition = w;
      const m = mentionOf[p]!;
      // "with his Italian counterpart": whose counterpart, not who
      if (m < 0 || possessiveDeterminers.has(doc.lower[p]!)) continue;
      // "on a U.S.-flagged Kuwaiti ship": who flagged (built, backed) a thing is not whose it is
      if (isHyphenedAgent(g, m, to)) {
        p = g.last[m]! + 2;
        reach += 2;
        continue;
      }
      // "support for the United States' allies": whose allies, not who
      if (namesRelation(doc, g.last[m]! + 1, to)) break;
      if (preposition === 'by' && sources.length === 0) sources = coordinated(g, m);
      else if (cue.targetPrepositions.has(preposition)) {
        let group = coordinated(g, m);
        // "talks between X and his visiting Japanese counterpart": the possessive is no party, the
        // counterpart after it is
        if (preposition === 'between' && sources.length === 0) {
          group = group.filter((k) => !isPossessiveMention(g, k));
          const other = group.length === 1 ? secondOfBetween(g, m, to) : -1;
          if (other >= 0) group.push(other);
        }
        // "talks between X and his visiting Japanese counterpart": the parties of a mutual act
        // meet each other; of any other act between them the first is the source, the rest targets
        if (preposition === 'between' && sources.length === 0 && group.length > 1 && mutualNoun) sources = group;
        else if (preposition === 'between' && sources.length === 0 && group.length > 1) {
          sources = [group[0]!];
          targets = group.slice(1);
        } else targets = group;
        break;
      }
      // "the trilateral meeting of Cyprus, Greece and Israel": its parties meet each other
      if (preposition === 'of' && sources.length === 0 && cue.cameo.startsWith(consultRoot) && coordinated(g, m).length > 1) {
        sources = coordinated(g, m);
        break;
      }
      while (p + 1 < to && mentionOf[p + 1] === m) p++;
    }
    // "his British trip", "a Middle East tour": a place that modifies a visit is where it goes
    if (cue.cameo.startsWith(visitCode) && !targets.length && hasTree(doc)) {
      const places = sources.filter((m) => isDestinationModifier(g, m, end));
      if (places.length) {
        targets = places;
        sources = sources.filter((m) => !places.includes(m));
      }
    }
    // "the semi-annual meeting of the IMF and the World Bank", "IMF and World Bank meetings": the
    // organisations' own meetings, of their members, not a consultation between them
    if (!targets.length && cue.cameo.startsWith(consultRoot) && sources.every((m) => isOrganizationCode(g.mentions[m]!.actor))) {
      t = end;
      continue;
    }
    // "Israel and Lebanon renewed negotiations": coordinated sources with no target are reciprocal
    if (sources.length && (targets.length || sources.length > 1)) found.push({ start: t, end, cameo: haltedCode(doc, end, cue.cameo), sources, targets });
    t = end;
  }
  return found;
}
