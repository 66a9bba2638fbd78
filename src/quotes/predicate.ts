// Whether a cue verb with the content found after it reports speech or thought, asked of
// the dependency tree (src/nlp/tree.ts):
//
//   The minister said on Monday that the talks would resume.  said -ccomp-> resume: reported
//   They hope to destroy his regime.                          hope -xcomp-> destroy (+intent): an aim
//   You know the ones who went to college.                    "you" reports no one's speech
//   It's safe to say the race is over.                        an infinitive on an adjective: no one's words
//
// Word order finds the cue and the content; the tree vetoes the readings it contradicts.
// It does not veto more: requiring the content to hang on the cue as ccomp, or refusing a
// plain object after a verb without +object, cost more true quotations than false ones on
// PolNeAR dev (the parser reads "said Obama's words amount to ..." with "words" as object).
//   Aides spoke to reporters after a meeting with members.    "to reporters": an addressee, not content
import type { Mention } from '../model.ts';
import type { NameCues } from '../actors/cues.ts';
import type { Doc } from '../nlp/index.ts';
import { children, hasMark, hasRelation, relationIs, subjectsOf } from '../nlp/tree.ts';
import type { CueLexicon, CueVerb } from './lexicon.ts';
import { mentionWithin, type SpeakerPhrase } from './speakers.ts';
import { negativeSubjects } from './closed-class.ts';

/** Prepositions of an addressee, a place, a time or company: "spoke to reporters", "spoke at a rally", "talked with aides". */
const circumstancePrepositions = new Set(['to', 'at', 'with', 'during', 'over', 'after', 'before']);

/** Relations by which a clause is the content of its cue. */
const clauseRelations = ['ccomp', 'xcomp', 'parataxis', 'csubj', 'advcl'];

/** The relations of the content's tokens that hang on the cue. */
function contentRelations(doc: Doc, k: number, first: number, end: number): string[] {
  return children(doc, k).filter((c) => c >= first && c < end).map((c) => doc.deprel[c]!);
}

/** Whether the subject of the cue (on the tree, else the phrase word order found) can be a speaker. */
export function hasSpeakerSubject(doc: Doc, k: number, phrase: SpeakerPhrase | null, lexicon: CueLexicon): boolean {
  const onTree = subjectsOf(doc, k).tokens;
  if (onTree.length > 0 && onTree.every((s) => lexicon.nonSpeakers.has(doc.lower[s]!))) return false;
  // (where the parse found no subject, the one word order found)
  return !(onTree.length === 0 && phrase && phrase.nameEnd - phrase.nameFirst === 1 && lexicon.nonSpeakers.has(doc.lower[phrase.nameFirst]!));
}

/** Endings of nouns of agents: "makers", "organizers", "lobbyists", "moderators", "Republicans", "residents". */
const agentEndings = /(?:er|or|ist|ian|ent|ant)s?$/;

/**
 * Whether a noun names people or a body of them: "people", a noun of an agent by its ending, or a noun the actors
 * stage knows for people, roles and bodies (singular or plural).
 */
function isPeopleNoun(word: string, names: NameCues, lexicon: CueLexicon): boolean {
  if (word === 'people' || agentEndings.test(word)) return true;
  const forms = word.endsWith('s') ? [word, word.slice(0, -1), word.endsWith('ies') ? `${word.slice(0, -3)}y` : word] : [word];
  return forms.some(
    (w) =>
      names.body.has(w) || names.speaksFor.has(w) || names.source.has(w) || names.quantifier.has(w) || names.occupation.has(w) ||
      names.personNoun.has(w) || names.titleWord.has(w) || names.kin.has(w) || names.abroad.has(w) || lexicon.records.has(w),
  );
}

/**
 * Whether the subject of cue k can speak, asked of a cue with a sense that is no speech (+sense) only where
 * the content [first, end) is a plain object on the tree: "Global trade offers undeniable benefits",
 * "Black circles show the islands" report no one's words, while "The ministry offered a proposal" and
 * "Critics support the plan" do. A subject speaks if the actors stage made it a mention (a person,
 * an organisation, a state, a pronoun it resolved), if it is a name or a pronoun, or if its noun is
 * one the actors stage knows for people, roles and bodies (or a record, which reports as a source
 * would: "the report cited a memo"); other nouns are things.
 */
export function objectSubjectSpeaks(doc: Doc, k: number, first: number, end: number, phrase: SpeakerPhrase, mentions: Mention[], names: NameCues, lexicon: CueLexicon): boolean {
  const relations = contentRelations(doc, k, first, end);
  if (!relations.some((r) => relationIs(r, 'obj')) || relations.some((r) => clauseRelations.some((c) => relationIs(r, c)))) return true;
  const speaks = (s: number) =>
    doc.upos[s] === 'PROPN' || doc.upos[s] === 'PRON' || isPeopleNoun(doc.lower[s]!, names, lexicon) || mentionWithin(mentions, { start: doc.start[s]!, end: doc.end[s]! }) !== undefined;
  const subjects = subjectsOf(doc, k).tokens;
  // ("both", "each", "several" standing alone for people)
  if (subjects.length === 0 || subjects.some((s) => speaks(s) || doc.upos[s] === 'DET')) return true;
  for (let t = phrase.first; t < phrase.end; t++) if (speaks(t)) return true;
  return false;
}

/**
 * Whether cue k with a plain object [first, end) has a subject that says no one did it: "Nobody thanked China for its aid",
 * "None of the members supported the proposal", "No one praised the plan". The act did not happen, and no one is its
 * speaker. (A clause stays a quotation, as a negated cue's does: "no one knows what the field will look like".)
 */
export function deniesActor(doc: Doc, k: number, first: number, end: number): boolean {
  const relations = contentRelations(doc, k, first, end);
  if (!relations.some((r) => relationIs(r, 'obj')) || relations.some((r) => clauseRelations.some((c) => relationIs(r, c)))) return false;
  const subjects = subjectsOf(doc, k).tokens;
  const negative = (s: number) => negativeSubjects.has(doc.lower[s]!) || (doc.lower[s] === 'one' && children(doc, s, 'det').some((d) => doc.lower[d] === 'no'));
  return subjects.length > 0 && subjects.every(negative);
}

/** Whether the content [first, end) after cue k is something said or thought, as far as the tree tells. */
export function isReportedOnTree(doc: Doc, k: number, cue: CueVerb, first: number, end: number): boolean {
  const relations = contentRelations(doc, k, first, end);
  // "hope to destroy", "sought to stem his rise": an intention, not a thought reported
  if (cue.intent && doc.lower[first] === 'to' && relations.some((r) => r === 'xcomp')) return false;
  const clausal = relations.some((r) => clauseRelations.some((c) => relationIs(r, c)));
  // "spoke to reporters after a meeting with members who have endorsed Trump": a phrase of addressee, place or time
  // is no content, though a clause follows inside it (a verb's own to-phrase may be: "pointed to the polls", +to)
  if (doc.upos[first] === 'ADP' && !clausal && circumstancePrepositions.has(doc.lower[first]!) && !(cue.to && doc.lower[first] === 'to')) return false;
  // "it's hard to see how ...", "it's safe to say ...": an infinitive on an adjective reports no one's words
  return !(hasMark(doc, k, 'to') && doc.upos[doc.head[k]!] === 'ADJ');
}

/**
 * Whether cue k, in a relative or participle clause on a noun, only describes that noun: "a senator who
 * supported the bill", "groups backing the governor", "voters who believe the race is over", "a plan that seemed
 * doomed". Only a verb of saying with a clause of its own reports words there ("a statement saying the talks
 * had failed", "a rival who argued that the plan was unfair").
 */
export function describesNoun(doc: Doc, k: number, cue: CueVerb | null, first: number, end: number): boolean {
  // (an infinitive of purpose on a noun speaks for the subject of the verb it hangs on: "used his speech to offer ...", reported.ts)
  if (!hasRelation(doc, k, 'acl') || doc.lower[k - 1] === 'to') return false;
  // (a naming cue has checks of its own: "a group called X" in reported.ts)
  if (cue?.naming) return false;
  if (cue?.cueClass !== 'speech' || cue.intent) return true;
  return doc.lower[first] === 'to' || !hasClauseVerb(doc, first, end);
}

function hasClauseVerb(doc: Doc, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (doc.upos[t] === 'VERB' || doc.upos[t] === 'AUX') return true;
  return false;
}
