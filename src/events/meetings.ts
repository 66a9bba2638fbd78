// A meeting named again: a definite meeting noun with no parties of its own ("the summit", "the
// talks", "the trilateral meeting") stands for the meeting the article named before with its
// participants, and an act aimed at it is aimed at them.
//
//   Egypt's foreign minister and his Greek and Cypriot counterparts gathered in Cairo. ...
//   Turkey denounced the conclusions of the summit.     targets Egypt, Greece, Cyprus
//   The delegations of Cyprus, Greece and Israel met for their summit. The meeting was attended
//   by ... The United States sent Pompeo to join the trilateral meeting.
//                                                        targets Cyprus, Greece, Israel
//
// The earlier meeting is the nearest one whose participants the text names, two actors or more:
// a meeting noun with its parties ("talks between X and Y", "the meeting of X, Y and Z"), or the
// parties of the verb it belongs to ("X and Y met for a summit", "the meeting was attended by X
// and Y"), or a verb of meeting coded as such ("X and Y met", "X met Y", "gathered in Cairo"). A
// meeting of one named participant ("the minister joined the talks") is passed over; a meeting
// noun that names its own parties ("talks with Iran", "the EU summit") is not one named again.
import type { Doc } from '../nlp/index.ts';
import { argumentsOf, children, hasRelation, obliques } from '../nlp/tree.ts';
import type { Grammar } from './grammar.ts';
import { isGroupOf, mentionsOfPhrase, type NominalCues } from './nominal.ts';
import { betweenMentions } from './parties.ts';

/** CAMEO codes of a meeting (040 consult, 046 negotiate): the nominal cues of these codes are meeting nouns. */
const meetingCodes = ['040', '046'];

export function isMeetingCode(code: string | undefined): boolean {
  return code !== undefined && meetingCodes.some((c) => code.startsWith(c));
}

/** The one-word nominal cues of a meeting ("talks", "meeting", "summit", and their plurals). */
export function meetingNouns(cues: NominalCues): Set<string> {
  const nouns = new Set<string>();
  for (const list of cues.values()) for (const cue of list) if (cue.words.length === 1 && isMeetingCode(cue.cameo)) nouns.add(cue.words[0]!);
  return nouns;
}

/** How many sentences back a meeting named again looks for the meeting it names. */
const meetingAnaphoraReach = 8;
/** Determiners that make a noun name something already known ("the summit", "that meeting"). */
const definiteDeterminers = new Set(['the', 'this', 'that']);

/** Who takes part in what a verb of meeting says: its subjects (or agents), objects, and "with" phrases. */
function partiesOfVerb(g: Grammar, verb: number): number[] {
  const args = argumentsOf(g.doc, verb);
  const withPhrases = obliques(g.doc, verb).filter((o) => o.preposition === 'with').map((o) => o.token);
  return mentionsOfPhrase(g, [...args.sources, ...args.targets, ...withPhrases]);
}

/** The participants a meeting noun names by itself or through the verb it belongs to. */
function participantsOfNoun(g: Grammar, noun: number): number[] {
  const { doc } = g;
  const between = betweenMentions(g, [noun]);
  if (isGroupOf(g, between)) return between;
  const own = mentionsOfPhrase(g, [noun]);
  if (isGroupOf(g, own)) return own;
  if (!hasRelation(doc, noun, 'obj', 'obl', 'nsubj', 'nsubj:pass')) return [];
  return partiesOfVerb(g, doc.head[noun]!);
}

/** Whether a noun is definite ("the summit") and names no party of its own. */
function isNamedAgain(g: Grammar, noun: number): boolean {
  const { doc } = g;
  if (g.mentionOf[noun]! >= 0 || !children(doc, noun, 'det').some((d) => definiteDeterminers.has(doc.lower[d]!))) return false;
  return betweenMentions(g, [noun]).length === 0 && mentionsOfPhrase(g, [noun]).length === 0;
}

/**
 * The participants of the meeting a definite meeting noun names again, or none: the nearest
 * earlier meeting (within meetingAnaphoraReach sentences) whose participants the text names.
 * `meets` says whether a verb token was coded as a meeting.
 */
export function meetingNamedAgain(g: Grammar, noun: number, nouns: ReadonlySet<string>, meets: (verb: number) => boolean): number[] {
  const doc: Doc = g.doc;
  if (doc.upos[noun] !== 'NOUN' || !nouns.has(doc.lower[noun]!) || !isNamedAgain(g, noun)) return [];
  const first = doc.sentences[Math.max(0, doc.sentence[noun]! - meetingAnaphoraReach)]!.firstToken;
  for (let t = noun - 1; t >= first; t--) {
    let found: number[] = [];
    if (doc.upos[t] === 'NOUN' && nouns.has(doc.lower[t]!)) found = participantsOfNoun(g, t);
    else if (doc.upos[t] === 'VERB' && meets(t)) found = partiesOfVerb(g, t);
    if (isGroupOf(g, found)) return found;
  }
  return [];
}
