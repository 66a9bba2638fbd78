// Whether a cue's event happened, from the dependency tree: negated, announced for the future,
// hypothetical or conditional. (modality.ts reads the same from the words before the cue when
// there is no tree.)
//
//   Putin did not meet Zelensky.                    negated ("not" on meet)
//   Tokyo never signed the accord.                  negated
//   The EU will impose sanctions on Minsk.          future ("will")
//   The EU could impose sanctions.                  hypothetical ("could")
//   Seoul plans to expel the envoy.                 future (governed by "plans to")
//   Ankara is expected to recall its ambassador.    future ("expected to")
//   Ankara is likely to recall its ambassador.      future ("likely to", a forecast)
//   Preparations are under way to send troops.      future (what is prepared)
//   Tehran is to ask parliament for funds.          future (arranged or due: "be" + to)
//   Rome would like to host the talks.              hypothetical (the governor's "would")
//   Our goal is to defeat ISIS.                     future (an aim: "goal", "aim", "plan" ... is to)
//   Rome has mentioned hosting the talks.           hypothetical (a gerund proposed or weighed)
//   London warned Moscow against attacking Kyiv.    hypothetical (a gerund marked "against")
//   Paris did not try to stop the sale.             negated (the governor's negation)
//   China was reluctant to criticise Russia.        negated (a negating governor: "reluctant",
//   France stopped short of condemning Russia.      "short of", "refrained from", "failed to";
//   India did not hesitate to condemn the strike.   data/events/negating-governors.tsv), unless
//                                                   the governor is itself negated (asserted)
//   If Nancy Davis had met Ronald Reagan earlier,   conditional ("if" on met)
//   ... Iraq must withdraw.                         hypothetical, an obligation (see index: a demand)
//   Will Iran attend the talks?                     hypothetical (a question)
//   accusations that Ukraine shelled Belgorod       claimed, not done (a content clause of a
//                                                   noun of claiming: no event, see claimingNounOf)
//   There were reports that Kyiv shelled Belgorod.  claimed, not done (the tagger's verb "reports"
//                                                   is a noun after "there were": readsAsNoun)
import { children, condition, firstConjunct, hasMark, hasRelation, modals, negation } from '../nlp/tree.ts';
import type { Doc } from '../nlp/index.ts';
import { beForms, futureModals } from '../nlp/closed-class.ts';
import { readTsvLines } from './code-tables.ts';
import { regularVerbForms } from './inflection.ts';
import { aimNouns, futureGovernors, hasComingTime, isScheduledPresent, modalityOf, obligationMarkers, proposingVerbs, type CueModality, type Modality } from './modality.ts';

/** Verbs whose infinitive states an obligation: "has to withdraw", "needs to apologise". */
const obligationGovernors = new Set(['has', 'have', 'had', 'need', 'needs', 'needed']);
/**
 * Words that govern an act as not done, "refrained from condemning" (data/events/negating-governors.tsv,
 * loaded once into the event context: EventContext.negatingGovernors).
 */
export function loadNegatingGovernors(file: string): Set<string> {
  const words = new Set<string>();
  for (const { line, row } of readTsvLines(file, ['word', 'kind'])) {
    const word = row.word!.trim().toLowerCase();
    const kind = row.kind!.trim();
    if (kind !== 'verb' && kind !== 'word') throw new Error(`${file}:${line}: bad kind "${kind}" (expected verb or word)`);
    for (const form of kind === 'verb' ? regularVerbForms(word) : [word]) words.add(form);
  }
  return words;
}

/** Markers of a gerund whose act its governor keeps from happening: "refrained from condemning", "short of condemning". */
const negatedGerundMarks = new Set(['from', 'of']);

/** How many governing infinitives up the status is read from ("plans to try to meet"). */
const governorReach = 3;

/**
 * Negation, modality and obligation of the predicate `verb`, from its own auxiliaries and those
 * of the verbs it is the infinitive of. `negator` is the negation word, so that a pattern that
 * spells it out can code the negated act itself. `negatingGovernors`: EventContext.negatingGovernors.
 */
export function treeStatus(doc: Doc, verb: number, negatingGovernors: ReadonlySet<string>): CueModality {
  const status: CueModality = { negated: false };
  let modality: Modality | undefined;
  const negator = negation(doc, verb);
  if (negator >= 0) {
    status.negated = true;
    status.negator = negator;
  }
  let clause = verb;
  for (let step = 0; step <= governorReach && clause >= 0; step++) {
    for (const modal of modals(doc, clause)) {
      const word = doc.lower[modal]!;
      if (obligationMarkers.has(word)) {
        status.obligation = true;
        status.obligedBy ??= modal;
      }
      modality ??= futureModals.has(word) ? 'future' : 'hypothetical';
    }
    // (the parser may hang the time on an argument: "meets the president in Lima tomorrow")
    if (step === 0 && [clause, ...children(doc, clause, 'obj', 'obl')].some((t) => hasComingTime(doc, t))) modality ??= 'future';
    if (step === 0 && isScheduledPresent(doc, clause)) modality ??= 'future';
    if (isProposedGerund(doc, clause)) modality ??= 'hypothetical';
    if (isAim(doc, clause)) modality ??= 'future';
    if (isArranged(doc, clause)) modality ??= 'future';
    if (isOpposedGerund(doc, clause)) modality ??= 'hypothetical';
    const negatedGerund = isNegatedGerund(doc, clause, negatingGovernors);
    if (!isInfinitive(doc, clause) && !negatedGerund) break;
    const governor = doc.head[clause]!;
    const word = doc.lower[governor]!;
    const governorNegation = negation(doc, governor);
    if (negatingGovernors.has(word) || negatedGerund) {
      // "refused to meet": not met; "did not hesitate to condemn": condemned
      if (governorNegation < 0 && !status.negated) {
        status.negated = true;
        status.negator = governor;
      }
      break;
    }
    if (futureGovernors.has(word) || isUnderWay(doc, governor)) modality ??= 'future';
    else if (obligationGovernors.has(word)) {
      status.obligation = true;
      status.obligedBy ??= governor;
      modality ??= 'hypothetical';
    }
    if (governorNegation >= 0 && !status.negated) {
      status.negated = true;
      status.negator = governorNegation;
    }
    clause = governor;
  }
  if (condition(doc, verb) >= 0) modality = 'conditional';
  if (modality) status.modality = modality;
  return status;
}

/**
 * An infinitive whose status is its governor's: a complement ("plans to meet"), or one the parser
 * hangs as a clause of purpose or on a noun ("was scheduled today to meet", "preparations are
 * under way to send troops").
 */
function isInfinitive(doc: Doc, clause: number): boolean {
  if (hasRelation(doc, clause, 'xcomp')) return true;
  return hasRelation(doc, clause, 'advcl', 'acl') && !hasRelation(doc, clause, 'acl:relcl') && hasMark(doc, clause, 'to');
}

/**
 * A gerund kept from happening by its governor: the complement of a negating verb ("avoided
 * criticising"), or a clause marked "from" or "of" on one ("refrained from condemning", "stopped
 * short of condemning").
 */
function isNegatedGerund(doc: Doc, clause: number, negatingGovernors: ReadonlySet<string>): boolean {
  if (doc.xpos[clause] !== 'VBG') return false;
  const governor = doc.head[clause]!;
  if (governor < 0 || !negatingGovernors.has(doc.lower[governor]!)) return false;
  if (hasRelation(doc, clause, 'xcomp')) return true;
  return hasRelation(doc, clause, 'advcl', 'acl') && children(doc, clause, 'mark', 'case').some((m) => negatedGerundMarks.has(doc.lower[m]!));
}

/**
 * A gerund marked "against": what is warned, voted or campaigned against is not reported as done
 * ("warned Russia against attacking Ukraine", "voted against sending troops").
 */
function isOpposedGerund(doc: Doc, clause: number): boolean {
  const first = firstConjunct(doc, clause);
  return doc.xpos[first] === 'VBG' && hasRelation(doc, first, 'advcl', 'acl', 'obl') && children(doc, first, 'mark', 'case').some((m) => doc.lower[m] === 'against');
}

/**
 * A gerund (or a later conjunct of one) that is the complement or object of a verb of proposing
 * or weighing: "has mentioned refinancing student loans and forcing universities to spend more".
 */
function isProposedGerund(doc: Doc, clause: number): boolean {
  const first = firstConjunct(doc, clause);
  if (doc.xpos[first] !== 'VBG' || !hasRelation(doc, first, 'xcomp', 'ccomp', 'obj')) return false;
  const governor = doc.head[first]!;
  return governor >= 0 && proposingVerbs.has(doc.lower[governor]!);
}

/**
 * An infinitive (or a later conjunct of one) that a copula equates with a noun of aim: "our goal
 * is to defeat ISIS", "Israel's aim is not to punish Iran but to deter it".
 */
function isAim(doc: Doc, clause: number): boolean {
  const first = firstConjunct(doc, clause);
  if (!hasMark(doc, first, 'to') || children(doc, first, 'cop').length === 0) return false;
  return children(doc, first, 'nsubj', 'nsubj:outer').some((s) => aimNouns.has(doc.lower[s]!));
}

/**
 * "Ahmadinejad is to ask parliament for a budget", "the envoy was to meet Arafat": a form of "be"
 * with a to-infinitive tells what is arranged or due, still to come (the parser makes "be" the
 * infinitive's copula, or the infinitive the complement of "be").
 */
function isArranged(doc: Doc, clause: number): boolean {
  if (!hasMark(doc, clause, 'to')) return false;
  if (children(doc, clause, 'cop').some((c) => beForms.has(doc.lower[c]!))) return true;
  // "Peru is to be visited by ...": the parser makes the "be" before "to" an auxiliary of the passive infinitive
  const to = children(doc, clause, 'mark').find((m) => doc.lower[m] === 'to')!;
  if (children(doc, clause, 'aux').some((c) => c < to && beForms.has(doc.lower[c]!))) return true;
  const governor = doc.head[clause]!;
  return governor >= 0 && hasRelation(doc, clause, 'xcomp') && beForms.has(doc.lower[governor]!);
}

/** "Preparations are under way to send troops", "efforts underway to free": what is prepared is still to come. */
function isUnderWay(doc: Doc, t: number): boolean {
  const word = doc.lower[t]!;
  return word === 'underway' || (word === 'way' && children(doc, t, 'case').some((c) => doc.lower[c] === 'under'));
}

/**
 * The status of a verb cue: the tree's, with the modality the words before the cue show where
 * the tree shows none (a misparse may hide "plans to" or "will"), and a question not asserted.
 */
export function cueStatus(doc: Doc, verb: number, phraseStart: number, clauseFrom: number, negatingGovernors: ReadonlySet<string>): CueModality {
  const status = treeStatus(doc, verb, negatingGovernors);
  if (!status.modality) {
    const worded = modalityOf(doc, phraseStart, clauseFrom);
    if (worded.modality) status.modality = worded.modality;
    if (worded.obligation) {
      status.obligation = true;
      if (worded.obligedBy !== undefined) status.obligedBy ??= worded.obligedBy;
    }
  }
  if (!status.modality && isQuestion(doc, verb)) status.modality = 'hypothetical';
  return status;
}

/** Whether the predicate is a question's ("Will Iran attend the talks?"): not asserted either way. */
function isQuestion(doc: Doc, verb: number): boolean {
  const last = children(doc, verb, 'punct').pop();
  return last !== undefined && doc.lower[last] === '?';
}

/** Tags of a word that opens a noun phrase: the object a content clause's verb has after it. */
const phraseOpeners = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/**
 * The noun of claiming or accusing (`nouns`, data/events/content-nouns.tsv) whose content the
 * clause headed by `verb` is, or -1: "Russian accusations that Ukraine shelled the plant", "the
 * claim that Kyiv attacked the convoy was rejected". What is claimed is not reported as done, as in
 * "accused Ukraine of shelling" or "claimed that Ukraine shelled". The parser hangs such a clause
 * on the noun, on the noun's verb ("rejected accusations that ..." as if "rejected that ..."), or
 * as a relative clause with "that" as its object. A "that" is a relative pronoun only when it
 * fills a role no other word of the clause fills: in "the claims that Moscow made against Kyiv"
 * it is what was made; in "accusations that Ukraine shelled the plant" the plant is what was
 * shelled (an object the parser missed shows as a noun phrase right after the verb).
 */
export function claimingNounOf(doc: Doc, verb: number, nouns: Map<string, { asVerb: boolean }>): number {
  if (doc.upos[verb] !== 'VERB') return -1;
  const that = children(doc, verb).find((c) => c < verb && doc.lower[c] === 'that');
  if (that === undefined) return -1;
  const noun = that - 1;
  const entry = nouns.get(doc.lower[noun]!);
  // (a noun the tagger reads as a verb, "U.S. charges that ...", claims as the verb does)
  if (!entry || (!readsAsNoun(doc, noun) && !(doc.upos[noun] === 'VERB' && entry.asVerb))) return -1;
  if (doc.head[verb] !== noun && doc.head[verb] !== doc.head[noun]) return -1;
  return isContentThat(doc, verb, that) ? noun : -1;
}

/**
 * Whether the word is a noun, as the tagger says or as an existential clause makes it: "There
 * were reports that Chile shelled the post" (the tagger reads "reports" as the verb, "were" as
 * its modifier) states that reports exist, not what the reports say; words of degree or doubt
 * may stand between ("There were also unconfirmed reports that ...").
 */
export function readsAsNoun(doc: Doc, noun: number): boolean {
  if (doc.upos[noun] === 'NOUN') return true;
  let p = noun - 1;
  while (p > 0 && (doc.upos[p] === 'ADV' || doc.upos[p] === 'ADJ')) p--;
  return p > 0 && beForms.has(doc.lower[p]!) && doc.lower[p - 1] === 'there';
}

/**
 * The verbs of the "that" clauses that say what a noun claims ("complaints that China was dumping
 * steel"), hung on the noun or, as the parser often does, on the noun's own head; a relative
 * clause ("the complaints that Moscow made") is none.
 */
export function contentClausesOf(doc: Doc, noun: number): number[] {
  const that = noun + 1;
  if (doc.lower[that] !== 'that') return [];
  const candidates = [...children(doc, noun), ...(doc.head[noun]! >= 0 ? children(doc, doc.head[noun]!) : [])];
  return candidates.filter((v) => v > that && doc.upos[v] === 'VERB' && doc.head[that] === v && isContentThat(doc, v, that));
}

/** Whether the "that" before `verb` opens its content (a mark) rather than standing for a role of it (a relative pronoun). */
function isContentThat(doc: Doc, verb: number, that: number): boolean {
  if (hasRelation(doc, that, 'mark')) return true;
  if (hasRelation(doc, that, 'nsubj')) return children(doc, verb, 'nsubj').some((c) => c !== that);
  if (children(doc, verb, 'obj', 'iobj').some((c) => c !== that)) return true;
  return phraseOpeners.has(doc.upos[verb + 1] ?? '');
}
