// Negation and modality of a cue, read from the auxiliaries and particles
// just before it.
//
//   Israel did not agree to the ceasefire        -> negated
//   Arnor will restore ties with Gondor          -> future
//   Gondor could be drawn into the peace process -> hypothetical
//   If Mordor attacks, Gondor will retaliate     -> conditional
import type { Doc } from '../nlp/index.ts';
import { conditionalMarkers, futureMarkers, hypotheticalMarkers, isVerbalFiller, negators } from './grammar.ts';
import { children, restrictiveWords } from '../nlp/tree.ts';
import { regularVerbForms } from './inflection.ts';
import { weekdays } from '../nlp/closed-class.ts';

export type Modality = 'future' | 'hypothetical' | 'conditional';

/** How many tokens of auxiliaries/adverbs may stand between a marker and its verb. */
const auxiliaryReach = 5;

/**
 * "is about to", "plans to", "is expected to": a future reading of the infinitive that follows.
 * "is seeking to bring down the government", "sought to convince the U.S.": what is sought is
 * the infinitive's act, not yet done (CAMEO.2.0 codes a bare "seek" as intent to cooperate).
 */
export const futureGovernors = new Set([
  'about', 'plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'intended', 'expect', 'expects', 'expected',
  'expecting', 'set', 'scheduled', 'going', 'due', 'poised', 'ready', 'prepared', 'willing', 'hope', 'hopes', 'hoped',
  'hoping', 'commit', 'commits', 'committed', 'committing', 'likely', 'unlikely', 'seek', 'seeks', 'seeking', 'sought',
]);

/**
 * Words by which the subject states its own intent in the infinitive that follows ("ready to
 * continue talks", "plans to hold talks"): unlike "expected to" or "due to", a will, not a forecast.
 */
export const intentGovernors = new Set([
  'ready', 'willing', 'prepared', 'eager', 'plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'intended',
  'offered', 'offers', 'offer',
]);

/**
 * Verbs whose object is an act still to come ("worked to arrange a meeting between X and Y",
 * "proposed talks with Z"): a nominal event that is their object is announced, not reported.
 */
export const prospectiveVerbs = new Set(
  ['arrange', 'propose', 'seek', 'request', 'schedule', 'plan', 'prepare', 'offer', 'facilitate', 'organise', 'organize', 'broker'].flatMap(regularVerbForms),
);

/**
 * Modifiers by which a noun names an act still to come ("President Trump's planned trip to
 * Warsaw", "the proposed summit with Iran", "upcoming talks"): announced, not reported.
 */
export const prospectiveModifiers = new Set([
  'planned', 'proposed', 'upcoming', 'forthcoming', 'scheduled', 'expected', 'possible', 'potential', 'prospective', 'mooted',
]);

/** Nouns of a stretch of time that "next" or "later this" puts ahead ("next week", "later this month", "next Wednesday"). */
const comingTimeNouns = new Set(['today', 'tonight', 'week', 'weekend', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', ...weekdays]);

/**
 * Whether the words right after a noun name a time still to come ("a meeting later today", "talks
 * tomorrow", "a visit next week", "the summit later this month"): the noun's act is announced,
 * not reported. "Later that day" is a past narrative's, and stays.
 */
export function namesComingTime(doc: Doc, noun: number): boolean {
  const next = doc.lower[noun + 1] ?? '';
  const after = doc.lower[noun + 2] ?? '';
  if (next === 'tomorrow') return true;
  if (next === 'next') return comingTimeNouns.has(after);
  if (next !== 'later') return false;
  return after === 'today' || after === 'tonight' || (after === 'this' && comingTimeNouns.has(doc.lower[noun + 3] ?? ''));
}

/**
 * Whether a verb or noun has a time phrase of its own that names a time still to come, wherever
 * the parser hangs it ("Nakasone leaves next week for the U.S.", "his visit to Washington next
 * week", "will travel to Berlin tomorrow", "meets him later this month"): the act is announced,
 * not reported. "The next week" is a past narrative's ("the next week he left"), and stays; "for
 * next year" is what the act is for.
 */
export function hasComingTime(doc: Doc, head: number): boolean {
  return children(doc, head).some((time) => {
    const word = doc.lower[time]!;
    if (word === 'tomorrow') return true;
    if (!comingTimeNouns.has(word)) return false;
    // ("signed a deal for next year": a time the act is for, not when it happens)
    if (children(doc, time, 'case').length > 0) return false;
    const modifiers = children(doc, time).map((m) => doc.lower[m]!);
    if (modifiers.includes('the')) return false;
    if (modifiers.includes('next')) return true;
    const later = doc.lower[time - 1] === 'later' || (doc.lower[time - 1] === 'this' && doc.lower[time - 2] === 'later');
    return later && (word === 'today' || word === 'tonight' || modifiers.includes('this'));
  });
}

/**
 * Whether a verb in the simple present has a day of the week of its own ("Mustapha, who leaves
 * for Moscow on Tuesday", "the ministers meet in Geneva on Friday"): news reports what was done
 * in the past tense, so a present act on a named day is one scheduled, not reported.
 */
export function isScheduledPresent(doc: Doc, verb: number): boolean {
  const tag = doc.xpos[verb];
  if (tag !== 'VBZ' && tag !== 'VBP') return false;
  return children(doc, verb, 'obl').some((day) => weekdays.includes(doc.lower[day]!));
}

/**
 * Verbs by which an act named by a noun did not take place ("the visit was cancelled", "a
 * postponed summit", "talks, which were called off"): the noun's act is negated.
 */
export const cancellingVerbs = new Set(['cancel', 'postpone', 'scrap', 'shelve', 'abort'].flatMap(regularVerbForms));

/**
 * Verbs that propose or weigh an act their gerund names ("Trump has mentioned forcing
 * universities to spend more", "voters support banning non-citizens from entering the United
 * States", "consider retaliating against Japan"): the act is proposed, not done.
 */
export const proposingVerbs = new Set(
  ['mention', 'suggest', 'propose', 'recommend', 'advocate', 'consider', 'contemplate', 'favor', 'favour', 'support', 'urge', 'discuss'].flatMap(
    regularVerbForms,
  ),
);

/**
 * Verbs whose object is an act that did not take place ("avoided direct criticism of Trump",
 * "shunned talks with the rebels"): a nominal event that is their object is negated.
 */
export const avoidingVerbs = new Set(['avoid', 'shun', 'forgo', 'forego', 'evade', 'sidestep'].flatMap(regularVerbForms));

/**
 * Nouns that undo the act their "of" phrase names ("a gradual lifting of UN sanctions against
 * Iraq", "the removal of the blockade"): that act is what is being ended, not reported anew.
 */
export const reversalNouns = new Set([
  'lifting', 'easing', 'removal', 'end', 'ending', 'suspension', 'relaxation', 'repeal', 'cancellation', 'abolition',
  'withdrawal',
]);

/**
 * Nouns of an aim that a copula equates with the infinitive after it ("our goal is to defeat
 * ISIS", "the aim was not to punish Iran"): the infinitive's act is intended, not done.
 */
export const aimNouns: ReadonlySet<string> = new Set([
  'goal', 'aim', 'objective', 'intention', 'purpose', 'mission', 'task', 'priority', 'plan', 'ambition', 'target',
]);

export type CueModality = {
  negated: boolean;
  modality?: Modality;
  /** "must", "should", "has to": what someone demands of the subject, not what it did */
  obligation?: boolean;
  /** token of the word that states the obligation ("should", "must", the "need" of "needs to") */
  obligedBy?: number;
  /** token of the negation word, when negated */
  negator?: number;
};

/** Modals that state what someone must do: a demand when reported ("said Iraq must withdraw"). */
export const obligationMarkers: ReadonlySet<string> = new Set(['must', 'should', 'ought']);

/** The contraction that is "would" before a verb's base form and "had" before a past participle. */
const contractedHad: ReadonlySet<string> = new Set(["'d", '’d']);

export function modalityOf(doc: Doc, phraseStart: number, clauseFrom: number): CueModality {
  let negated = false;
  let obligation = false;
  let obligedBy: number | undefined;
  let negator: number | undefined;
  let modality: Modality | undefined;
  for (let p = phraseStart - 1; p >= clauseFrom && p >= phraseStart - auxiliaryReach; p--) {
    const w = doc.lower[p]!;
    if (negators.has(w) && !restrictiveWords.has(doc.lower[p + 1]!)) {
      negated = true;
      negator ??= p;
    } else if (
      obligationMarkers.has(w) ||
      (w === 'to' && p > clauseFrom && (doc.lower[p - 1] === 'has' || doc.lower[p - 1] === 'have' || doc.lower[p - 1] === 'need'))
    ) {
      obligation = true;
      obligedBy ??= w === 'to' ? p - 1 : p;
      modality ??= 'hypothetical';
    }
    else if (futureMarkers.has(w)) modality ??= 'future';
    // ("who'd previously endorsed": a "'d" before a past participle is "had", no modal)
    else if (hypotheticalMarkers.has(w) && !(contractedHad.has(w) && doc.xpos[phraseStart] === 'VBN')) modality ??= 'hypothetical';
    else if (w === 'to' && p > clauseFrom && futureGovernors.has(doc.lower[p - 1]!)) modality ??= 'future';
    else if (!isVerbalFiller(doc, p) && w !== 'to') break;
  }
  for (let p = phraseStart - 1; p >= clauseFrom; p--) {
    if (conditionalMarkers.has(doc.lower[p]!)) {
      modality = 'conditional';
      break;
    }
  }
  const result: CueModality = { negated };
  if (modality) result.modality = modality;
  if (obligation) result.obligation = true;
  if (obligedBy !== undefined) result.obligedBy = obligedBy;
  if (negator !== undefined) result.negator = negator;
  return result;
}
