// The sense of a cue verb from its dependents, where the dictionary's reading would be wrong.
//
//   Washington called Tokyo's policy an extreme example.   naming (obj + xcomp): no telephone call
//   Venezuela called Colombia a liar on Friday.             naming: not "call on" (an appeal) either
//   The minister branded the plan reckless.                 naming: no event of the verb
//   He called the migrants “rapists”.                       naming (an apposition that condemns)
//   He called the government to increase its efforts.       a call on someone to act: an appeal (020)
//   Paris wants Tehran to halt enrichment.                  wanting another to act: an appeal (020), no intent (030)
//   Paris called Rome on Monday.                            "on Monday" is no "call on" (020): a call
//   John Horton Conway died in New Brunswick.               the subject of "die" undergoes it: no attack
//   They concluded that the accord is void.                 a judgement: no accord concluded (057)
//   Mitsotakis called the Turkish agreement null.           no telephone call: an agreement is no one to call
//   The West considers Hamas a terrorist organization.       an opinion: no option considered (014)
//   Ankara named the PKK and the YPG as terrorists.         a naming by "as" that condemns: disapproval (11x)
//   Sanders attacked Clinton on trade.                      in words: disapproval (111), no assault
//   European and Asian banks trade U.S. Government securities.   trade in securities: no cooperation
//   The mayor fired his police chief, John Smith.           a dismissal: no shots fired, no event
//   He is wanted by Norwegian authorities.                  sought for arrest: no wish, no event
//   Trump suggested the judge was from Mexico.              a claim: no appeal (020)
//   Turkey and Libya agreed on a line as their border.      agreeing on a thing: an agreement reached (057), no mere intent (030)
import { asNamingOf, condemnationIn, namingOf, type Predicates } from './evaluation.ts';
import type { Doc } from '../nlp/index.ts';
import { dashes } from '../nlp/closed-class.ts';
import { children, conjuncts, hasMark, hasRelation, subtree } from '../nlp/tree.ts';
import { relationalNouns, relativePronouns } from './grammar.ts';
import { isTimeWord } from './dates.ts';
import { regularVerbForms } from './inflection.ts';
import { obligationMarkers } from './modality.ts';
import type { CueMatch } from './cues.ts';

/** Verbs that name their object when they have a predicate for it ("called X a liar"). */
const namingVerbs = new Set([
  'call', 'calls', 'called', 'calling', 'brand', 'brands', 'branded', 'branding', 'label', 'labels', 'labelled',
  'labeled', 'labelling', 'labeling', 'dub', 'dubs', 'dubbed', 'dubbing', 'term', 'terms', 'termed', 'terming',
]);

/** Verbs that name their object by an "as" phrase ("named the PKK as terrorists", "described the vote as illegal"). */
const asNamingVerbs = new Set(['name', 'designate', 'describe', 'portray', 'depict', 'characterise', 'characterize', 'brand', 'label', 'list', 'classify', 'dub', 'term']);

/**
 * Whether the cue names its object by an "as" phrase that condemns it: a disapproval of the
 * named, whatever the verb's own code (CAMEO files "name" and "designate" as appointments).
 */
export function isAsNaming(doc: Doc, cue: CueMatch, predicates: Predicates): boolean {
  if (!asNamingVerbs.has(cue.cue.lemma.toLowerCase())) return false;
  const naming = asNamingOf(doc, cue.verb);
  return naming !== undefined && condemnationIn(doc, naming.predicate, predicates) !== undefined;
}

/**
 * Verbs whose subject undergoes the act rather than does it (CAMEO.2.0 files "die" under its
 * fight block): without a pattern of their own they code nothing, as no one is named who acted.
 */
const undergoerVerbs = new Set(['die', 'dies', 'died', 'dying', 'perish', 'perishes', 'perished', 'perishing']);

/**
 * Verbs of considering an option (CAMEO 014) that state an opinion when their object has a
 * predicate: "the West considers Hamas a terrorist organization", "considers the pipeline to be a
 * Project of Common Interest" consider no option.
 */
const opinionVerbs = new Set(['consider', 'considers', 'considered', 'considering']);

/**
 * Verbs of taking by force that with no object and an "on"/"upon" phrase take up an occasion:
 * "Trump seized on the massacre to renew his call", "the opposition seized upon the remarks"
 * seize nothing (CAMEO.2.0 reads the verb as 171, seize property). "Police seized weapons on
 * Monday" has its object.
 */
const seizeVerbs = new Set(regularVerbForms('seize'));
const occasionPrepositions = new Set(['on', 'upon']);

/** Whether a verb of seizing has no object and an "on"/"upon" phrase that is no time ("seized on the remarks"). */
function seizesOnOccasion(doc: Doc, verb: number): boolean {
  if (children(doc, verb, 'obj', 'nsubj:pass').length > 0) return false;
  return children(doc, verb, 'obl').some((o) => !isTimeWord(doc.lower[o]!) && children(doc, o, 'case').some((c) => occasionPrepositions.has(doc.lower[c]!)));
}

/** Verbs of an act with a noun object that state a judgement with a clause ("concluded that ..."). */
const judgementVerbs = new Set(['conclude', 'concludes', 'concluded', 'concluding']);

/** CAMEO 01x: statements. A naming pattern ("called the talks a success" [013]) codes what the naming says. */
const statementRoot = '01';

/**
 * Whether the cue, read with its dependents, is not the act its code names: a verb of naming
 * with an object and a predicate on it ("called X a Y", "called X illegal"), unless a pattern
 * read the naming itself as a statement; or a verb whose subject undergoes it, unless a pattern
 * matched.
 */
export function isNaming(doc: Doc, cue: CueMatch, predicates?: Predicates): boolean {
  return namingVerbs.has(doc.lower[cue.verb]!) && namingOf(doc, cue.verb, predicates) !== undefined;
}

export function isOtherSense(doc: Doc, cue: CueMatch, predicates?: Predicates): boolean {
  const word = doc.lower[cue.verb]!;
  const patterned = cue.rule !== undefined && (cue.matchedEnd > cue.phraseEnd || cue.matchedStart < cue.phraseStart);
  if (undergoerVerbs.has(word)) return !patterned;
  if (isSought(doc, cue.verb)) return true;
  // "seized on the massacre to renew his call": an occasion taken up, nothing seized
  if (seizeVerbs.has(word) && seizesOnOccasion(doc, cue.verb)) return true;
  // "They concluded that the agreement is void": a judgement, not concluding an agreement
  if (judgementVerbs.has(word) && children(doc, cue.verb, 'ccomp').length > 0) return true;
  // (no one is considered something: an "indirect object" is the parser's reading of the one named)
  if (opinionVerbs.has(word) && !patterned) return statesOpinion(doc, cue.verb, predicates);
  if (!namingVerbs.has(word) || (patterned && cue.code.startsWith(statementRoot))) return false;
  // "was called a liar": the passive subject is the one named; the predicate is an xcomp, or a
  // second object or xcomp where the parser took it for one (evaluation.ts)
  return namingOf(doc, cue.verb, predicates) !== undefined;
}

/** The participle of wanting, which with no object of its own says who is sought for arrest: "wanted by police". */
const soughtParticiples = new Set(['wanted']);
/** Words after the participle of a person sought: by whom, where, for what. */
const soughtMarkers = new Set(['by', 'in', 'for', 'on']);

/**
 * "He is wanted by Norwegian authorities", "Paul Watson, wanted in Norway for ...": a passive or
 * a participle on a person, no wish of anyone's (CAMEO.2.0 reads "want" as an intent, 030). An
 * active "wanted" has what is wanted ("wanted Japan to", "wanted a deal").
 */
function isSought(doc: Doc, verb: number): boolean {
  if (!soughtParticiples.has(doc.lower[verb]!) || children(doc, verb, 'obj', 'xcomp', 'ccomp').length > 0) return false;
  return children(doc, verb, 'aux:pass', 'nsubj:pass', 'obl:agent').length > 0 || soughtMarkers.has(doc.lower[verb + 1] ?? '');
}

/**
 * Whether a verb of considering has a predicate on its object: an xcomp (namingOf), or what the
 * parser made of one: a second object ("considers Hamas a terrorist organization" as iobj and
 * obj), an apposition with no comma ("considers Peru a rogue state"), a "to be" clause under any
 * relation ("considers the pipeline to be a project").
 */
function statesOpinion(doc: Doc, verb: number, predicates?: Predicates): boolean {
  if (namingOf(doc, verb, predicates) !== undefined || asNamingOf(doc, verb) !== undefined) return true;
  const objects = children(doc, verb, 'obj');
  if (objects.length && children(doc, verb, 'iobj').length) return true;
  if (objects.some((o) => doc.lower[o + 1] !== ',' && children(doc, o, 'appos').length > 0)) return true;
  return children(doc, verb, 'xcomp', 'ccomp', 'csubj').some((clause) => children(doc, clause, 'cop').some((be) => doc.lower[be - 1] === 'to'));
}

/** Verbs that, with an object and an infinitive, call on someone to act. */
const callVerbs = new Set(['call', 'calls', 'called', 'calling']);
/** CAMEO 041, discuss by telephone; 020, make an appeal or request. */
export const telephoneCall = '041';
const appeal = '020';

/** Prepositions of CAMEO's "call on" appeal patterns. */
const appealPrepositions = new Set(['on', 'upon']);

/**
 * The code of a cue whose dependents say it is other than the dictionary reads: "called the
 * government to increase efforts" (an object and a to-infinitive) is an appeal (020); "called
 * Rome on Monday" is a telephone call, not a "call on" appeal. Else the cue's own code.
 */
export function senseCode(doc: Doc, cue: CueMatch, infinitiveNouns: ReadonlyMap<string, unknown> = new Map()): string {
  const mediation = mediationAppeal(doc, cue);
  if (mediation) return mediation;
  if (agreesOnAThing(doc, cue)) return formalAgreement;
  if (wantVerbs.has(doc.lower[cue.verb]!)) {
    if (cue.rule === undefined) return asksToAct(doc, cue.verb) ? appeal : cue.code;
    // "we want to help Kenya", "wants to withdraw": the pattern's word ("* HELP", an appeal for
    // aid) is the subject's own infinitive, what it means to do, as a bare "want" is (030)
    const ownInfinitive = doc.lower[cue.matchedEnd - 1] === 'to' && doc.upos[cue.matchedEnd] === 'VERB';
    if (ownInfinitive && !asksToAct(doc, cue.verb)) return cue.cue.code;
    // "want the WTO meeting to fix a date": the pattern's noun ("* MEETING", a demand for a
    // meeting) is the one asked to act, not what is wanted
    return addresseeClause(doc, cue.verb, infinitiveNouns).some((clause) => cue.matchedEnd < clause) ? appeal : cue.code;
  }
  if (!callVerbs.has(doc.lower[cue.verb]!)) return cue.code;
  if (cue.code.startsWith(appeal) && appealPrepositions.has(doc.lower[cue.matchedEnd]!)) {
    const next = cue.matchedEnd + 1;
    return next < doc.length && (isTimeWord(doc.lower[next]!) || doc.upos[next] === 'NUM') ? telephoneCall : cue.code;
  }
  if (!cue.code.startsWith(telephoneCall)) return cue.code;
  // "called for greater EC-U.S. cooperation" with "for" hung on the noun, where CAMEO's "call for"
  // patterns (the verb's own "for") do not see it: a call for something is an appeal, unless the
  // "for" gives a time ("called for an hour")
  const after = cue.verb + 1;
  if (doc.lower[after] === 'for' && !startsTimeSpan(doc, after + 1)) return appeal;
  // the parser takes the infinitive for a complement or for a clause of purpose
  const infinitive = children(doc, cue.verb, 'xcomp', 'advcl').some(
    (clause) => doc.upos[clause] === 'VERB' && hasMark(doc, clause, 'to'),
  );
  return infinitive && children(doc, cue.verb, 'obj').length > 0 ? appeal : cue.code;
}

/** Words that may open a span of time before its number or noun ("for an hour", "for about two days"). */
const spanOpeners = new Set(['a', 'an', 'the', 'about', 'nearly', 'over']);

/** Whether a time span starts at token t: a number or a time word, after one of spanOpeners ("for an hour", "for two days"). */
function startsTimeSpan(doc: Doc, t: number): boolean {
  const word = spanOpeners.has(doc.lower[t] ?? '') ? t + 1 : t;
  return word < doc.length && (doc.upos[word] === 'NUM' || isTimeWord(doc.lower[word]!) || isTimeWord(doc.lower[word + 1] ?? ''));
}

/** Forms of "agree", which Entente codes as an intent to cooperate (030, data/events/entente-verbs.txt). */
const agreeVerbs = new Set(regularVerbForms('agree'));
/** CAMEO 030, express intent to cooperate; 057, sign formal agreement (conclude one). */
const intentToCooperate = '030';
const formalAgreement = '057';

/**
 * Whether "agree" with the plain code of intent (030: no pattern of CAMEO.2.0's AGREE block such as
 * "on the need" or "on trade" matched) has an "on" phrase naming a thing agreed: "Turkey and Libya
 * agreed on a line as their shared maritime border", "agreed with Jordan on a new border" conclude
 * an agreement (057), as "reached an agreement" does. Not a day ("agreed on Monday to resume
 * talks"), a gerund ("agreed on maintaining the ceasefire": what they intend to do) or an
 * agreement to do something.
 */
function agreesOnAThing(doc: Doc, cue: CueMatch): boolean {
  if (cue.code !== intentToCooperate || !agreeVerbs.has(doc.lower[cue.verb]!)) return false;
  if (children(doc, cue.verb, 'xcomp', 'ccomp').length > 0) return false;
  return children(doc, cue.verb, 'obl').some(
    (thing) => doc.upos[thing] === 'NOUN' && doc.xpos[thing] !== 'VBG' && !isTimeWord(doc.lower[thing]!) && children(doc, thing, 'case').some((c) => doc.lower[c] === 'on'),
  );
}

/**
 * Verbs of wanting: CAMEO.2.0 codes a bare "want" as an intent to cooperate (030), but "Paris wants
 * Tehran to halt enrichment" asks another party to act, as "urged Tehran to" does: an appeal (020).
 */
const wantVerbs = new Set(regularVerbForms('want'));

/** Verbs of mediation: asking someone to do them is an appeal for mediation. */
const mediationVerbs = new Set(['mediate', 'arbitrate', 'intercede', 'broker']);
/** Nouns of a conflict whose "with" phrase makes the asker one of its parties ("its dispute with Canada"). */
const conflictNouns = new Set(['dispute', 'disputes', 'conflict', 'conflicts', 'row', 'quarrel', 'feud', 'standoff']);
/** CAMEO 028, appeal to engage in or accept mediation; 038, express intent to accept mediation. */
const mediationAppealCode = '028';
const acceptMediation = '038';

/**
 * The code of an appeal (02) to the verb's object to mediate ("asked the UN to mediate"): 028, or,
 * when the asker is a party to the conflict ("asked GATT to arbitrate on the fish dispute with
 * Canada"), 038, as CAMEO's codebook reads an adversary's request for a mediator as its
 * commitment to accept mediation. Undefined for any other cue.
 */
function mediationAppeal(doc: Doc, cue: CueMatch): string | undefined {
  if (!cue.code.startsWith('02')) return undefined;
  // (the parser may make the one asked the infinitive's subject: "asked the United Nations to arbitrate")
  const addressed = children(doc, cue.verb, 'obj', 'iobj').filter((o) => o > cue.verb);
  const clause = children(doc, cue.verb, 'xcomp', 'advcl', 'ccomp')
    .concat(addressed.flatMap((o) => children(doc, o, 'acl')))
    .find((c) => hasMark(doc, c, 'to') && mediationVerbs.has(doc.lower[c]!) && (addressed.some((o) => o < c) || children(doc, c, 'nsubj').some((n) => n > cue.verb && n < c)));
  if (clause === undefined) return undefined;
  // "its dispute with Iraq", "the fish dispute with Canada": the asker's own conflict
  const words = subtree(doc, clause);
  const adversary = words.some((t) => conflictNouns.has(doc.lower[t]!)) && words.some((t) => doc.lower[t] === 'with' || (doc.upos[t] === 'PRON' && hasRelation(doc, t, 'nmod:poss')));
  return adversary ? acceptMediation : mediationAppealCode;
}

/** An object and a to-infinitive after it ("wants Tehran to halt"), however the parser hangs the infinitive. */
function asksToAct(doc: Doc, verb: number): boolean {
  const objects = children(doc, verb, 'obj');
  return children(doc, verb, 'xcomp', 'advcl', 'ccomp').some(
    (clause) => doc.upos[clause] === 'VERB' && hasMark(doc, clause, 'to') && (objects.some((o) => o < clause) || children(doc, clause, 'nsubj').some((n) => n > verb && n < clause)),
  );
}

/**
 * The to-infinitives with an object of their own that the verb's object is asked to do ("want
 * the WTO meeting to fix a date", where the parser may hang the infinitive on the object), not
 * the infinitive of a noun that takes one ("wants a plan to cut costs": what is wanted).
 */
function addresseeClause(doc: Doc, verb: number, infinitiveNouns: ReadonlyMap<string, unknown>): number[] {
  const objects = children(doc, verb, 'obj').filter((o) => o > verb && doc.upos[o] !== 'PRON');
  const clauses = [
    ...children(doc, verb, 'xcomp', 'advcl', 'ccomp').filter((c) => objects.some((o) => o < c)),
    ...objects.filter((o) => !infinitiveNouns.has(doc.lower[o]!)).flatMap((o) => children(doc, o, 'acl')),
  ];
  return clauses.filter((c) => doc.upos[c] === 'VERB' && hasMark(doc, c, 'to') && children(doc, c, 'obj').length > 0);
}

/** Nouns for people that the actors stage leaves without a mention of their own ("his French counterpart"). */
const counterpartNouns = new Set(['counterpart', 'counterparts', ...relationalNouns]);

/**
 * Whether a telephone call (041, the verb's default) has for its object a thing an actor owns,
 * not someone: the object noun is in no actor's mention and an actor's name or demonym modifies it
 * ("called the Turkish-Libyan agreement null and void", "called the agreement between Turkey and
 * Libya void", "called Mr. Trump's comments 'racially
 * toxic'": namings the parser missed; no one was called). A pattern's call is left as it is.
 */
export function callsAThing(doc: Doc, cue: CueMatch, mentionOf: Int32Array): boolean {
  if (!callVerbs.has(doc.lower[cue.verb]!) || !cue.code.startsWith(telephoneCall) || cue.matchedEnd > cue.phraseEnd) return false;
  const objects = children(doc, cue.verb, 'obj');
  const owned = (o: number) => children(doc, o, 'nmod:poss', 'compound', 'amod', 'nmod').some((m) => mentionOf[m]! >= 0 && doc.upos[m] !== 'PRON');
  return objects.length > 0 && objects.every((o) => mentionOf[o]! < 0 && doc.upos[o] === 'NOUN' && !counterpartNouns.has(doc.lower[o]!) && owned(o));
}

/**
 * Verbs of assault that news also uses for an attack in words ("Biden attacked Trump", "Trump
 * blasted Biden", "Clinton hit Sanders on guns", "Bush fired at Trump", "Sanders hammered Clinton").
 */
const attackVerbs = new Set([...['attack', 'blast', 'assail', 'fire', 'hammer', 'bash', 'pummel'].flatMap(regularVerbForms), 'hit', 'hits', 'hitting']);
/** CAMEO 19x, fight, and 111, criticize or denounce. */
const fightRoot = '19';
const criticize = '111';

/**
 * The code of an attack in words: a verb of assault (19x) by people or political bodies on
 * people ("Sanders has attacked Clinton", "Democrats continued to attack Trump") is criticism
 * (111), not a use of force. `isPerson`, `isArmed` and `speaksAsBody` read the actors records:
 * every target must be a person, and every source an unarmed person or a body in a speaking role
 * (code-policy.tsv speaking_roles; an army or a general attacking a politician keeps its code).
 */
export function attackInWords(
  doc: Doc,
  cue: CueMatch,
  parties: { sources: string[]; targets: string[] },
  isPerson: (actor: string) => boolean,
  isArmed: (actor: string) => boolean,
  speaksAsBody: (actor: string) => boolean,
): string {
  const { sources, targets } = parties;
  if (!cue.code.startsWith(fightRoot) || !targets.length || !sources.length) return cue.code;
  // the verb, or the verb of a pattern it opens ("continued to attack")
  let attack = false;
  for (let t = cue.phraseStart; t <= Math.max(cue.phraseEnd, cue.matchedEnd); t++) if (attackVerbs.has(doc.lower[t]!)) attack = true;
  if (!attack) return cue.code;
  return inWords(parties, targets.every(isPerson), isPerson, isArmed, speaksAsBody) ? criticize : cue.code;
}

/** Whether speakers attack: every source an unarmed person or a body in a speaking role, and the targets people (or words said so). */
function inWords(
  parties: { sources: string[]; targets: string[] },
  aimedInWords: boolean,
  isPerson: (actor: string) => boolean,
  isArmed: (actor: string) => boolean,
  speaksAsBody: (actor: string) => boolean,
): boolean {
  const speaks = (actor: string) => (isPerson(actor) ? !isArmed(actor) : speaksAsBody(actor));
  return aimedInWords && parties.sources.length > 0 && parties.sources.every(speaks);
}

/** Nouns of assault that news also uses for an attack in words ("Sanders's attacks on Clinton"). */
const attackNouns = new Set(['attack', 'attacks']);
/** Modifiers that say an attack was made in words ("verbal attacks on Israel", "personal attacks on the judge"). */
const wordModifiers = new Set(['verbal', 'rhetorical', 'personal', 'written']);

/**
 * The code of a noun of attack made in words: "Sanders's recent attacks on Clinton", "the
 * president's verbal attacks on Israel" are criticism (111) when the attackers speak (as for the
 * verbs: unarmed people or bodies in a speaking role) and the attacked are people or a modifier
 * says the attack was in words; "Russia's attack on Ukraine" keeps its code.
 */
export function nominalAttackInWords(
  doc: Doc,
  noun: number,
  code: string,
  parties: { sources: string[]; targets: string[] },
  isPerson: (actor: string) => boolean,
  isArmed: (actor: string) => boolean,
  speaksAsBody: (actor: string) => boolean,
): string {
  if (!code.startsWith(fightRoot) || !attackNouns.has(doc.lower[noun]!) || !parties.targets.length) return code;
  const said = children(doc, noun, 'amod').some((m) => wordModifiers.has(doc.lower[m]!));
  return inWords(parties, said || parties.targets.every(isPerson), isPerson, isArmed, speaksAsBody) ? criticize : code;
}

/** "fire": shooting, or dismissing someone from a post. */
const fireVerbs = new Set(regularVerbForms('fire'));
/** Words that aim a shot at what they introduce ("fired at", "fired on the crowd", "fired back"). */
const aimWords = new Set(['at', 'on', 'upon', 'into', 'across', 'over', 'toward', 'towards', 'back']);

/**
 * Whether "fire" dismisses someone rather than shoots: its object is someone (an actor mention,
 * itself or in an apposition: "fired his police chief, John Smith", "fired him"; in the passive, its
 * subject) and nothing says
 * what a shot was aimed at. A dismissal is no act of force, nor criticism: no event.
 */
export function dismisses(doc: Doc, cue: CueMatch, mentionOf: Int32Array): boolean {
  if (!fireVerbs.has(doc.lower[cue.verb]!)) return false;
  // ("on Monday" is when, not at whom)
  const aimed = children(doc, cue.verb, 'obl', 'compound:prt', 'advmod').some(
    (t) => aimWords.has(doc.lower[t]!) || (!isTimeWord(doc.lower[t]!) && children(doc, t, 'case').some((c) => aimWords.has(doc.lower[c]!))),
  );
  if (aimed) return false;
  // (in the passive, the one fired is the subject: "Castillo was fired by the president")
  const objects = children(doc, cue.verb, 'obj', 'nsubj:pass');
  const someone = (o: number) => mentionOf[o]! >= 0 || children(doc, o, 'appos').some((a) => mentionOf[a]! >= 0);
  return objects.length > 0 && objects.every(someone);
}

/**
 * Verbs of force that news also uses for a contest of votes, markets or games ("Clinton defeated
 * Sanders", "Trump bested 16 rivals", "she has dominated the race", "campaigned on his behalf",
 * "having overtaken Bush in polling").
 */
const contestVerbs = new Set(
  [...['defeat', 'beat', 'best', 'dominate', 'campaign', 'trounce', 'rout', 'outpoll', 'outvote', 'overtake', 'outpace'].flatMap(regularVerbForms), 'beaten', 'overtook', 'overtaken'],
);
/** CAMEO roots of force: assault, fight, mass violence. */
const forceRoots = new Set(['18', '19', '20']);
/**
 * Whether a verb of force (18x-20x) reads as a contest: a contest verb whose parties are all of
 * one country and none of them armed ("Sanders won the primary, defeating Clinton", "he can't
 * beat her"). Between countries ("Israel defeated Egypt") or with an armed party ("police defeated
 * the gang", "the army routed the rebels") it stays force.
 */
export function isContest(
  doc: Doc,
  cue: CueMatch,
  parties: { sources: string[]; targets: string[] },
  countryOf: (actor: string) => string,
  isArmed: (actor: string) => boolean,
): boolean {
  const { sources, targets } = parties;
  if (!forceRoots.has(cue.code.slice(0, 2)) || !sources.length || !targets.length || !contestVerbs.has(doc.lower[cue.verb]!)) return false;
  const all = [...sources, ...targets];
  const country = countryOf(all[0]!);
  return country !== '' && all.every((a) => countryOf(a) === country && !isArmed(a));
}

/**
 * Whether a cue of cooperation (a code under one of `roots`) trades in securities: its object, or
 * its passive subject, is a noun of securities or markets (data/events/market-words.tsv: "banks
 * which trade U.S. Government securities", "Poland will offer shares to private citizens",
 * "U.S. bonds were bought by the Japanese"). Buying and selling paper is no cooperation between
 * the traders, nor with whose paper it is.
 */
export function tradesSecurities(doc: Doc, cue: CueMatch, roots: ReadonlySet<string>, marketWords: ReadonlyMap<string, boolean>): boolean {
  if (!roots.has(cue.code.slice(0, 2))) return false;
  const things = children(doc, cue.verb, 'obj', 'nsubj:pass').flatMap((t) => conjuncts(doc, t));
  return things.some((t) => marketWords.get(doc.lower[t]!) === true);
}

/** Verbs that request or question, by what follows them ("asked X to act" / "asked X whether ..."). */
const askVerbs = new Set(regularVerbForms('ask'));
/** CAMEO 02x: appeals and requests. */
const appealRoot = '02';
/** Words that open a question put as a clause ("asked whether", "asked which candidate"). */
const questionOpeners = new Set(['if', 'whether', 'which', 'what', 'who', 'whom', 'whose', 'why', 'how', 'when', 'where']);
/** Nouns of a question put ("asked Trump a question"). */
const questionNouns = new Set(['question', 'questions']);

/**
 * Whether a verb of asking puts a question rather than a request (an appeal, 02x): it asks
 * whether or which ("asked Clinton if Trump benefits", "asked whether they intended to"), puts a
 * question ("to ask Trump a question"), or is asked about something ("was asked about their
 * case"); and it asks no one to act ("asked him to condemn", "asked Japan for a loan").
 */
export function asksAQuestion(doc: Doc, cue: CueMatch): boolean {
  if (!askVerbs.has(doc.lower[cue.verb]!) || !cue.code.startsWith(appealRoot)) return false;
  const clauses = children(doc, cue.verb, 'ccomp', 'advcl', 'xcomp', 'parataxis');
  if (clauses.some((c) => hasMark(doc, c, 'to'))) return false;
  const obliques = children(doc, cue.verb, 'obl');
  if (obliques.some((o) => children(doc, o, 'case').some((c) => doc.lower[c] === 'for'))) return false;
  const opensQuestion = (c: number) => c > cue.verb && questionOpeners.has(doc.lower[Math.min(...subtree(doc, c))]!);
  const objects = children(doc, cue.verb, 'obj', 'iobj');
  // ("asked the president about the border": the parser may hang the phrase on the one asked)
  const about = [...obliques, ...objects.flatMap((o) => children(doc, o, 'nmod'))].some((o) => children(doc, o, 'case').some((c) => doc.lower[c] === 'about'));
  return (
    about ||
    clauses.some((c) => ['if', 'whether'].some((w) => hasMark(doc, c, w)) || opensQuestion(c)) ||
    objects.some((o) => questionNouns.has(doc.lower[o]!) || opensQuestion(o))
  );
}

/**
 * Verbs that ask for an act with a clause of what should be done and state a claim with a clause
 * of what is or was, with the CAMEO root of their asking: "suggest" an appeal (02x), "insist" a
 * demand (10x, CAMEO.2.0's INSIST).
 */
const claimOrAskVerbs: ReadonlyMap<string, string> = new Map([
  ...regularVerbForms('suggest').map((form): [string, string] => [form, appealRoot]),
  ...regularVerbForms('insist').map((form): [string, string] => [form, '10']),
]);
/**
 * Words of a finite clause that states what is or was ("is", "was", "had", "could"): a clause
 * with one says a thing is so; a bare verb ("suggested that Japan open its market") or "should"
 * asks for it.
 */
const statingAuxiliaries = new Set([
  'is', 'are', 'was', 'were', "'s", 'has', 'have', 'had', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might',
]);
/** Prepositions of what is insisted on or suggested as a thing to do ("insisted on being consulted"). */
const onWords = new Set(['on', 'upon']);

/**
 * Whether a verb of suggesting or insisting states a claim rather than an appeal (02x) or a
 * demand (10x): its clause says what is or was ("suggested Curiel was from Mexico", "seemed to
 * suggest that the agency could continue the program", "insisted that Republicans who refused
 * were nuts", "insisted his focus would be to broker a deal"), not what should be done
 * ("suggested that Japan open its market", "suggested Japan should open", "suggested a
 * meeting", "insists that Iran implement the resolution", "insisted on independence").
 */
export function suggestsAClaim(doc: Doc, cue: CueMatch): boolean {
  return statesAClaim(doc, cue.verb, cue.code);
}

/**
 * As suggestsAClaim, for a verb token and the code it would have: also the cue of reported speech
 * (speech-cues.tsv's "insist" row: "insisted that the envoy was behind the leak" demands nothing).
 */
export function statesAClaim(doc: Doc, verb: number, code: string): boolean {
  const root = claimOrAskVerbs.get(doc.lower[verb]!);
  if (root === undefined || !code.startsWith(root)) return false;
  // a modal of obligation anywhere in the clause; a bare "be" ("insisted that he be tried"); "insisted on being consulted"
  const asks = (c: number) => {
    const auxiliaries = children(doc, c, 'aux', 'aux:pass', 'cop');
    const bareBe = auxiliaries.some((a) => doc.lower[a] === 'be') && !auxiliaries.some((a) => statingAuxiliaries.has(doc.lower[a]!) || doc.lower[a] === 'to');
    return bareBe || subtree(doc, c).some((t) => obligationMarkers.has(doc.lower[t]!)) || children(doc, c, 'case', 'mark').some((m) => onWords.has(doc.lower[m]!));
  };
  const states = (c: number) =>
    !asks(c) && (children(doc, c, 'aux', 'cop').some((a) => statingAuxiliaries.has(doc.lower[a]!)) || (doc.upos[c] === 'VERB' && /ed$/.test(doc.lower[c]!)));
  // (or where the parser hung the clause's predicate on the verb, "suggested Curiel was from
  // Mexico" with "Curiel" as the object and "Mexico" an oblique, or the verb on the predicate
  // after it, "suggested the envoy was behind the leak" with "suggested" a clause of "leak")
  const head = doc.head[verb]!;
  if (head > verb && hasRelation(doc, verb, 'advcl', 'parataxis') && states(head)) return true;
  // (and a clause the parser hung as an adverbial one with no conjunction of its own: "insisted his
  // aim would be to broker a deal", not "insisted on it because the talks had failed")
  const unmarked = (c: number) => children(doc, c, 'mark').every((m) => doc.lower[m] === 'that' || doc.lower[m] === 'to');
  return children(doc, verb, 'ccomp', 'xcomp', 'obl', 'parataxis').some(states) || children(doc, verb, 'advcl').some((c) => unmarked(c) && states(c));
}

/** Marks that open and close a parenthetical clause ("with Argentina and, we hope, Brazil"). */
const parentheticalMarks = new Set([',', '(', ')', ...dashes]);

/**
 * Whether the cue is a parenthetical aside of a pronoun and its verb alone between commas or
 * dashes ("with Argentina and, we hope, Brazil", "the deal, they say, is done"): it comments on
 * the clause around it and does nothing to the actors that clause names.
 */
export function isParenthetical(doc: Doc, cue: CueMatch): boolean {
  const subject = cue.phraseStart - 1;
  // (the verb alone: a relative clause between commas is no aside, "the minister, who arrived in Beirut for a visit, ...")
  if (cue.matchedEnd > cue.phraseEnd || relativePronouns.has(doc.lower[subject] ?? '')) return false;
  const end = cue.phraseEnd;
  return (
    subject > 0 &&
    doc.upos[subject] === 'PRON' &&
    parentheticalMarks.has(doc.lower[subject - 1]!) &&
    end + 1 < doc.length &&
    parentheticalMarks.has(doc.lower[end + 1]!)
  );
}
