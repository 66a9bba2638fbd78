// Reported speech: a cue of saying or thinking with its content clause.
//
//   The minister said on Monday that the talks would resume.     indirect
//                ^cue            ^content ..................
//   The talks, the minister said, would resume.                  parenthetical cue, two pieces
//   She insisted that “no one will trade our land for a ceasefire.”   mixed (clauses.ts)
//
// Quoted spans inside a content clause become part of it; a quoted span that no
// cue reaches (a so-called “peace dividend”, a new “defence compact”) is a
// named term or a scare quote and is not output. The other cues that report
// speech have their own files: "according to" (according.ts), a survey opening
// the sentence (surveys.ts), a name and a colon opening a paragraph
// (headlines.ts), nouns of saying (nouns.ts).
import type { Doc } from '../nlp/index.ts';
import type { CueLexicon, CueVerb } from './lexicon.ts';
import { accordingAt, cueVerbIn } from './cues.ts';
import { isNounPhraseToken, nounPhraseAfter, subjectBefore, type SpeakerPhrase } from './speakers.ts';
import { markUsed, toSpeaker, type Found, type Scan } from './scan.ts';
import { sentenceEndWords } from './tokens.ts';
import {
  afterDateline, claimContent, clauseEnd, contentEnd, contentOpeners, contentKind, hasVerb, isCapitalised, markSpansUsed, minContentWords, nextComma, offsets,
  sentenceOf, verbPos, words, type Sentence,
} from './clauses.ts';
import { accordingTo } from './according.ts';
import { inSurvey } from './surveys.ts';
import { speakerColon } from './headlines.ts';
import { nounCue } from './nouns.ts';
import { evidentialAt } from './evidential.ts';
import { asideContentEnd } from './asides.ts';
import { referForms, referredAs } from './refer.ts';
import { deniesActor, describesNoun, hasSpeakerSubject, isReportedOnTree, objectSubjectSpeaks } from './predicate.ts';
import { children, hasRelation, subjectsOf, subtreeSpan } from '../nlp/tree.ts';
import { clauseStartPronouns, dashes } from './closed-class.ts';
import { beForms, finiteVerbTags, possessiveDeterminers, relativePronouns, timeWords } from '../nlp/closed-class.ts';

/** Tokens of time, place and manner allowed between a cue and its "that": "said on Monday in a statement that". */
const maxAdjunctTokens = 16;

const subordinators = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);
/** Forms of "be" that make a cue passive ("was told that"): its subject is not the speaker. */
const passiveAuxiliaries = beForms;
const particles = new Set(['out', 'up', 'on']);
/** Subjects of a verb that speak for no one when an infinitive of purpose hangs on it. */
const nonSpeakingSubjects = new Set(['it', 'that', 'this', 'there', 'which', 'what']);
/** Relative pronouns that open a clause whose content wraps around its source and cue ("which critics said was ..."). */
const relativeContentStarts = new Set(['which', 'that']);
/** Words that open a relative clause on the speaker after an inverted attribution. */
const relativeStarts = new Set(['who', 'whom', 'whose', 'which']);
/** Prepositions an object cue may take before its content: "called for a ceasefire". */
const objectPrepositions = new Set(['for', 'on']);
/** Relative words that stand for what a naming cue names: "what officials called a hate crime", "a law which critics call unfair". */
const relativeNamed = new Set(['what', 'which', 'that']);

/** "to" at t opens an infinitive: "to punish", "to harshly punish". */
function isInfinitive(doc: Doc, t: number): boolean {
  let v = t + 1;
  while (v < doc.length && doc.pos[v] === 'ADV' && v - t <= 2) v++;
  return v < doc.length && doc.pos[v] === 'VERB';
}

/** A noun or pronoun followed later by a verb, within [first, end). */
function hasSubjectAndVerb(doc: Doc, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (doc.pos[t] === 'NOUN' || doc.pos[t] === 'PROPN' || doc.pos[t] === 'PRON') return hasVerb(doc, t + 1, end);
  return false;
}

/**
 * "Shelby said the donations call into question ...": wink tags a plural verb after a plural noun as a noun;
 * the parse has the verb as the head of the cue's content clause.
 */
function hasTreeClause(doc: Doc, k: number, first: number, end: number): boolean {
  return children(doc, k, 'ccomp').some((c) => c >= first && c < end && (doc.upos[c] === 'VERB' || doc.upos[c] === 'AUX') && children(doc, c, 'nsubj').some((s) => s < c && s >= first - 1));
}

/** "each year of education yields a 10% bump": a verb wink tagged NOUN, an -s form between a noun and a determiner or number. */
function hasVerbTaggedNoun(doc: Doc, first: number, end: number): boolean {
  for (let t = first + 1; t + 1 < end; t++) {
    if (
      doc.pos[t] === 'NOUN' &&
      doc.lower[t]!.endsWith('s') &&
      (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN') &&
      (doc.pos[t + 1] === 'DET' || doc.pos[t + 1] === 'NUM')
    )
      return true;
  }
  return false;
}

/**
 * Prepositions that open an adjunct of time or place after an object ("thanked supporters | at a rally in
 * Mississippi"); "in" and "on" are left out, they as often belong to the object ("attacks on Curiel").
 */
const adjunctPrepositions = new Set(['at', 'during', 'after', 'before', 'since']);

/** Where a plain object ends: at a comma, or at a time or place adjunct after its head noun. */
function objectEnd(doc: Doc, first: number, end: number): number {
  const comma = nextComma(doc, first, end);
  for (let t = first + 1; t < comma; t++) {
    if (adjunctPrepositions.has(doc.lower[t]!) && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN' || doc.pos[t - 1] === 'PRON')) return t;
  }
  return comma;
}

/** A comma before the noun phrase that ends right before token k ("..., campaign finance records show"). */
function isAfterComma(doc: Doc, k: number): boolean {
  let t = k - 1;
  while (t >= 0 && k - t <= 6 && isNounPhraseToken(doc, t)) t--;
  return t >= 0 && t < k - 1 && doc.value[t] === ',';
}

/**
 * wink sometimes tags a cue verb ADJ or NOUN ("The leader branded the plan"): right after a noun or pronoun,
 * before a determiner or pronoun, it is the verb.
 */
function taggedAsVerbHere(doc: Doc, k: number): boolean {
  if (k === 0 || k + 1 >= doc.length) return false;
  const before = doc.pos[k - 1]!;
  const after = doc.pos[k + 1]!;
  // "The reports show ...", "polls suggest that": a bare plural-agreeing form right after a plural noun
  // ("show", not "shows": a noun after a noun would be a compound, "the talk shows").
  const w = doc.lower[k]!;
  // ("Nearly nine out of 10 say they ...": after a number too)
  if ((before === 'NUM' || (before === 'NOUN' && doc.lower[k - 1]!.endsWith('s'))) && !w.endsWith('s') && !w.endsWith('ed')) {
    // (or ending the sentence after a comma: "..., campaign finance records show.")
    return doc.lower[k + 1] === 'that' || after === 'PROPN' || after === 'DET' || after === 'NUM' || (after === 'PRON' && doc.lower[k + 1] !== 'it') ||
      (sentenceEndWords.has(doc.value[k + 1]!) && isAfterComma(doc, k));
  }
  // Otherwise only past forms: a plural noun ("the states that ...", "his promises that ...") looks the same as a verb.
  if (!w.endsWith('ed')) return false;
  return (
    (before === 'NOUN' || before === 'PROPN' || before === 'PRON') && (after === 'DET' || after === 'PRON' || after === 'SCONJ' || doc.lower[k + 1] === 'that')
  );
}

/** Words before a noun's modifier inside its noun phrase: "the convention's pledged delegates", "his repeated mispronunciations". */
const prenominalPos = new Set(['DET', 'PRON', 'PART', 'ADJ', 'ADV', 'NUM']);

/** Whether cue word k modifies the noun after it on the tree, inside a noun phrase: "pledged delegates", "an untimely speaking slot". */
function modifiesNoun(doc: Doc, k: number): boolean {
  const head = doc.head[k]!;
  return hasRelation(doc, k, 'amod', 'compound') && head > k && head - k <= 3 && k > 0 && prenominalPos.has(doc.upos[k - 1]!);
}

/**
 * "that" as the subject or object of a relative clause on a noun after cue k, not the complementiser of a
 * content clause. The person a cue addresses takes no relative clause with an object "that" of its own
 * subject: "informed the partners that the parliament has authorized ..." is a content clause however it is
 * parsed (on an indirect object, "told reporters that his office would ...", the nlp stage's repairs make it one).
 */
function isRelativePronoun(doc: Doc, k: number, t: number, cue: CueVerb): boolean {
  const clause = doc.head[t]!;
  if (!hasRelation(doc, t, 'nsubj', 'obj') || !hasRelation(doc, clause, 'acl:relcl') || doc.head[clause]! <= k) return false;
  const noun = doc.head[clause]!;
  const addressed = cue.addressee && doc.head[noun] === k && hasRelation(doc, noun, 'obj');
  return !(addressed && hasRelation(doc, t, 'obj') && children(doc, clause, 'nsubj').some((s) => s > t));
}

/**
 * Where the relative clause (or participle or infinitive on a noun) that cue k heads ends: its content
 * cannot run past it into the noun's own predicate. "Democrats who opposed the Iran deal | , are backing
 * the measure", "Legislation offering that amount | passed the Senate".
 */
function relativeClauseEnd(doc: Doc, k: number): number {
  let { last } = subtreeSpan(doc, k);
  while (last > k && doc.value[last] === ',') last--;
  return last + 1;
}

/** Whether no number and no punctuation stand between tokens a and b. */
function isPlainPhraseBetween(doc: Doc, a: number, b: number): boolean {
  for (let t = a + 1; t < b; t++) if (doc.upos[t] === 'NUM' || doc.pos[t] === 'NUM' || doc.upos[t] === 'PUNCT') return false;
  return true;
}

/** Words after "at" that make it a quantity's modifier ("at least seven"), not a preposition. */
const quantityAfterAt = new Set(['least', 'most']);

/**
 * A preposition right after a parenthetical attribution opens the writer's adjunct, not the rest of
 * the content: "It has won a loyal following, said Ms. Gil, | with games and hikes".
 */
function opensAdjunct(doc: Doc, t: number): boolean {
  return doc.upos[t] === 'ADP' && !(doc.lower[t] === 'at' && quantityAfterAt.has(doc.lower[t + 1] ?? ''));
}

/** Marks at which a content clause may stop before the writer's own addition. */
const breakMarks = new Set([',', ';', ...dashes, '-']);
/** Relations by which the content's head hangs on its cue. */
const contentHeadRelations = ['ccomp', 'obj', 'xcomp'];

/**
 * Whether every word of [from, end) hangs on cue k through an adverbial clause, a parataxis or a
 * coordinated verb: the writer's addition to the sentence, not more of what was said.
 *   accused China of militarizing the sea | , forcing airliners to make detours   (advcl of the cue)
 */
function hangsOnCue(doc: Doc, k: number, from: number, end: number): boolean {
  let words = 0;
  for (let t = from; t < end; t++) {
    let top = t;
    while (doc.head[top]! >= from && doc.head[top]! < end) top = doc.head[top]!;
    if (doc.upos[t] === 'PUNCT' && (top === t || doc.head[top] !== k)) continue;
    if (doc.head[top] !== k) return false;
    const verb = doc.upos[top] === 'VERB' || doc.upos[top] === 'AUX';
    if (!(hasRelation(doc, top, 'advcl', 'parataxis') || (verb && hasRelation(doc, top, 'conj')))) return false;
    words++;
  }
  return words > 0;
}

/** Whether the dash at `cut` is one of a pair around an aside inside [first, end): "the cuts — about a fifth of all spending — would close". */
function pairsAside(doc: Doc, first: number, cut: number, end: number): boolean {
  for (let t = first + 1; t < end - 1; t++) if (t !== cut && doc.value[t] === doc.value[cut]) return true;
  return false;
}

/**
 * Where the content [first, end) of cue k ends on the tree: at the end of the subtree of its head
 * (the cue's ccomp, obj or xcomp) when a comma or a dash follows it and the rest of the clause hangs
 * on the cue as its own adverbial ("..., saying ...", "..., forcing ...") rather than on the content.
 */
function contentSubtreeEnd(doc: Doc, k: number, cue: CueVerb, first: number, end: number): number {
  const head = children(doc, k, ...contentHeadRelations).find((c) => c >= first && c < end);
  if (head === undefined) return end;
  // "told analysts that when the dividend is resumed, | the rate will ...": a content clause that opens with a
  // subordinate clause goes on after the comma that closes it, wherever the parse hangs the main clause
  // (also after a comma: "said that, if elected, he would ...")
  const opener = doc.value[first + 1] === ',' ? first + 2 : first + 1;
  if (doc.lower[first] === 'that' && contentOpeners.has(doc.lower[opener] ?? '')) return end;
  let { last } = subtreeSpan(doc, head);
  while (last > head && breakMarks.has(doc.value[last]!)) last--;
  const cut = last + 1;
  // "argued that A, and that B": a second that-clause coordinated with the first is reported too, wherever the parse hangs it
  if (doc.lower[first] === 'that' && doc.upos[cut + 1] === 'CCONJ' && doc.lower[cut + 2] === 'that' && hasRelation(doc, cut + 2, 'mark')) return end;
  // (not at one of the dashes around an aside inside the content: "to ban all Muslims — 1.6 billion members — from entering")
  if (dashes.has(doc.value[cut] ?? '') && pairsAside(doc, first, cut, end)) return end;
  // (nor before a predicate of the content's own subject, wherever the parse hangs it: "said the lawsuit, filed in Ohio, | seeks
  // an injunction", "said the patient was tired, | felt dizzy and had a fever")
  if (doc.value[cut] === ',' && predicateOfContentAt(doc, cue, head, cut + 1, end)) return end;
  return cut < end && breakMarks.has(doc.value[cut]!) && hangsOnCue(doc, k, cut + 1, end) ? cut : end;
}

/**
 * Whether the words from `from` to `end`, after the subtree of the content head `head` of a cue and a comma, go on with a
 * predicate of the content's subject rather than the cue's: a finite verb without a subject of its own, after a noun
 * object of a cue that takes no plain object (the noun is the subject the parse missed: "said the lawsuit, filed in
 * Ohio, | seeks an injunction"), or as the first of a list of predicates ending in "and" or "or" after a clause with a
 * subject of its own ("said the patient was tired, | felt dizzy and had a fever").
 */
function predicateOfContentAt(doc: Doc, cue: CueVerb, head: number, from: number, end: number): boolean {
  // (an auxiliary's subject hangs on its verb: ", should Clinton attempt ...")
  const predicate = hasRelation(doc, from, 'aux', 'aux:pass', 'cop') ? doc.head[from]! : from;
  if (!finiteVerbTags.has(doc.xpos[from]!) || !verbPos.has(doc.upos[from]!) || children(doc, predicate, 'nsubj', 'nsubj:pass', 'expl').length > 0) return false;
  if (!cue.object && hasRelation(doc, head, 'obj') && nominalUpos.has(doc.upos[head]!)) return true;
  if (children(doc, head, 'nsubj', 'nsubj:pass').length === 0 || doc.head[predicate] === head) return false;
  return children(doc, predicate, 'conj').some((c) => c < end && verbPos.has(doc.upos[c]!) && children(doc, c, 'cc').some((cc) => doc.lower[cc] === 'and' || doc.lower[cc] === 'or'));
}

/** Words after a naming cue that make it report speech with a plain object: "called for a ceasefire", "called on Congress", "called out the Republicans". */
const namingPhrasal = new Set(['for', 'on', 'upon', 'out']);

/** Parts of speech that open a second complement right after the object of a naming cue: "called the plan | a gift". */
const complementStartPos = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN']);
/** Tokens between a relative word and the naming cue it is the object of: "what | some erroneously | call". */
const maxRelativeGap = 4;

/**
 * Whether naming cue k says what its object is called or is: a second complement ("called the plan a gift",
 * "called Clinton unqualified", "calls the whole thing nothing short of an attack", "called it “a hoax”"), or a
 * relative word standing for what is named ("what officials called a hate crime", "what some erroneously call X").
 * The tree's xcomp when it has one; the parse often hangs the second complement elsewhere, so word order too: a
 * noun of the object (not a modifier of the next word: "his | mother") followed at once by the start of another
 * phrase, before any comma, preposition or verb.
 */
function namesItsObject(scan: Scan, k: number, end: number): boolean {
  const { doc } = scan;
  // a group called Occupy DNC Convention, a man named John: a past participle on a noun gives the noun's name, no one's words
  if (hasRelation(doc, k, 'acl') && !hasRelation(doc, k, 'acl:relcl') && doc.head[k] === k - 1 && isNounPhraseToken(doc, k - 1) &&
    !doc.lower[k]!.endsWith('ing') && children(doc, k, 'nsubj').length === 0) return false;
  if (children(doc, k, 'xcomp').length > 0) return true;
  for (let t = k - 1; t >= 0 && k - t <= maxRelativeGap; t--) {
    if (relativeNamed.has(doc.lower[t]!)) return true;
    if (!(isNounPhraseToken(doc, t) || doc.upos[t] === 'ADV')) break;
  }
  // called his remark “outrageous”, called the claim of a “right” over her emails “disturbing”: quoted words say what it is called
  for (let t = k + 1; t < end && doc.value[t] !== ','; t++) if (scan.spanOf[t] !== -1) return true;
  for (let t = k + 1; t + 1 < end; t++) {
    const p = doc.upos[t]!;
    if (p === 'ADP' || p === 'VERB' || p === 'AUX' || p === 'PUNCT' || p === 'CCONJ' || p === 'SCONJ' || p === 'PART') return false;
    if ((p === 'NOUN' || p === 'PROPN' || p === 'PRON') && doc.head[t] !== t + 1 && complementStartPos.has(doc.upos[t + 1]!)) return true;
  }
  return false;
}

/**
 * The preposition of the of- or about-phrase of topic cue k in [first, end) ("spoke affectionately | of his
 * gifts", "talked to a crowd on Tuesday | about jobs", "spoke | about keeping ..."), or -1.
 */
function topicAfter(doc: Doc, k: number, cue: CueVerb, first: number, end: number): number {
  let t = first;
  while (t + 1 < end && doc.upos[t] === 'ADV') t++;
  if ((cue.of && doc.lower[t] === 'of') || (cue.about && doc.lower[t] === 'about')) return t;
  for (const phrase of children(doc, k, 'obl', 'advcl')) {
    if (phrase < first || phrase >= end) continue;
    const preposition = children(doc, phrase, 'case', 'mark').find(
      (c) => c >= first && ((cue.of && doc.lower[c] === 'of') || (cue.about && doc.lower[c] === 'about')),
    );
    if (preposition !== undefined) return preposition;
  }
  return -1;
}

/** Subordinators that open an adverbial clause after a cue's object: "praised the plan | after arriving". */
const adverbialOpeners = new Set(['before', 'after', 'when', 'while', 'because', 'since', 'until']);

/**
 * The last token of cue k's noun object on the tree (with the complement of a naming cue: "called her son |
 * her hero") when it starts at `first` and what follows it before `end` is the speaker's own addition: an
 * adverbial clause ("before explaining why", "after arriving", wherever the parse hangs it), or a second
 * predicate that the tree hangs on the cue ("but has been met with ..."). -1 otherwise.
 */
function treeObjectLast(doc: Doc, k: number, first: number, end: number): number {
  const object = children(doc, k, 'obj').find((o) => o >= first && o < end);
  if (object === undefined || !(doc.upos[object] === 'NOUN' || doc.upos[object] === 'PROPN' || doc.upos[object] === 'PRON')) return -1;
  const span = subtreeSpan(doc, object);
  if (span.first !== first) return -1;
  // an adverbial clause the parse hung on the object as its modifier ("the plan | after arriving at the event")
  for (let t = object + 1; t <= span.last; t++) {
    if (adverbialOpeners.has(doc.lower[t]!) && hasRelation(doc, t, 'mark') && doc.head[doc.head[t]!] === object && hasRelation(doc, doc.head[t]!, 'acl')) {
      return doc.value[t - 1] === ',' ? t - 2 : t - 1;
    }
  }
  let last = span.last;
  for (const complement of children(doc, k, 'xcomp')) {
    const c = subtreeSpan(doc, complement);
    if (c.first === last + 1) last = c.last;
  }
  let next = last + 1;
  if (next >= end) return -1;
  if (doc.value[next] === ',') next++;
  const w = doc.lower[next]!;
  if (adverbialOpeners.has(w) && hasRelation(doc, next, 'mark') && verbPos.has(doc.upos[doc.head[next]!]!)) {
    // the object's subtree may have swallowed the clause: end before the opener
    return (doc.value[next - 1] === ',' ? next - 2 : next - 1);
  }
  if ((w === 'and' || w === 'but') && next + 1 < end) {
    const verb = doc.head[next]!;
    if (verb > next && hasRelation(doc, verb, 'conj') && doc.head[verb] === k && verbPos.has(doc.upos[verb]!)) return last;
  }
  return -1;
}

/**
 * Words that open an adverbial clause of time or concession: "when it came to the Senate", "even though it was clear".
 * (Not "because": a reason is as often part of what was said, "called Horgos “a mistake” because so few people live there".)
 */
const adverbialClauseOpeners = new Set(['when', 'after', 'before', 'while', 'since', 'until', 'once', 'although', 'though', 'even', 'whereas']);

/** Whether what hangs on cue k in [first, end) is a noun phrase (its object or oblique), not a clause. */
function isNounContent(doc: Doc, k: number, first: number, end: number): boolean {
  const inside = children(doc, k).filter((c) => c >= first && c < end && doc.upos[c] !== 'PUNCT');
  // (a noun phrase with a verb may be a clause the parse read as an object: "said the first stage, which could take
  // effect ... until the commission decides, could cut revenues")
  return inside.length > 0 && !hasVerb(doc, first, end) && inside.every((c) => hasRelation(doc, c, 'obj', 'iobj', 'obl', 'xcomp') && nominalUpos.has(doc.upos[c]!));
}

/** Nouns of time that a relative "when" describes: "the moment when", "at times when". */
const relativeTimeNouns = new Set([...timeWords, 'period', 'point', 'era', 'age']);

/** Whether a quoted span begins in [first, end). */
function holdsQuotedWords(scan: Scan, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (scan.spanOf[t] !== -1) return true;
  return false;
}

/** The end of [.., end) without its closing punctuation. */
function lastWord(doc: Doc, end: number): number {
  let e = end;
  while (e > 0 && doc.upos[e - 1] === 'PUNCT') e--;
  return e;
}

/** Parts of speech of the head of a noun phrase. */
const nominalUpos = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * Where the content [first, end) of cue k stops before an adverbial clause that hangs on the cue on the tree and opens
 * with a subordinator: the circumstance of the saying, not what was said ("supported the bill | when it came to the
 * Senate", "spoke about Mr. Putin's leadership | before Mr. Manafort joined"), when the content is a noun phrase. A
 * reported clause keeps it, wherever the parse hangs it ("contended that his name should not appear because his
 * candidacy did not comply"), and so does a clause on the content's own verb ("said she would visit when the flooding
 * ends"). `end` when there is none.
 */
function adverbialOfCueStart(scan: Scan, k: number, first: number, end: number): number {
  const { doc } = scan;
  for (const clause of children(doc, k, 'advcl')) {
    if (clause <= first || clause >= end) continue;
    let start = subtreeSpan(doc, clause).first;
    if (start <= first || !adverbialClauseOpeners.has(doc.lower[start]!) || !isNounContent(doc, k, first, start)) continue;
    // (not "the moment | when the troops stormed", "at times | when its interests are threatened": a relative "when")
    if (relativeTimeNouns.has(doc.lower[start - 1]!)) continue;
    // (nor before quoted words or a clause the cue's content goes on with: "repeated his assessment when results were
    // announced that “...”")
    if (subtreeSpan(doc, clause).last + 1 < lastWord(doc, end) || holdsQuotedWords(scan, start, end)) continue;
    while (start > first + 1 && breakMarks.has(doc.value[start - 1]!)) start--;
    return start;
  }
  return end;
}

/** Words that open a relative clause set off by a comma after a noun. */
const nonRestrictiveStarts = new Set(['which', 'who', 'whom', 'whose']);

/** The comma before "which" or "who" that follows a noun phrase with no verb in [first, end), or -1. */
function relativeAfterObject(doc: Doc, first: number, end: number): number {
  for (let t = first + 1; t + 1 < end; t++) {
    if (verbPos.has(doc.pos[t]!)) return -1;
    if (doc.value[t] === ',' && nonRestrictiveStarts.has(doc.lower[t + 1]!)) return t;
  }
  return -1;
}

/**
 * Whether cue k is a +finding verb whose subject on the tree is a record: "the poll showed", "FEC records show",
 * "Messages seem to show", "polls showing".
 */
function reportsFinding(doc: Doc, k: number, cue: CueVerb, subject: SpeakerPhrase | null, lexicon: CueLexicon): boolean {
  if (!cue.finding) return false;
  if (subjectsOf(doc, k).tokens.some((s) => lexicon.records.has(doc.lower[s]!))) return true;
  // (the subject word order found, where the parse took another word for it: "A Monmouth poll out Monday showed")
  if (!subject) return false;
  for (let t = subject.first; t < subject.end; t++) if (lexicon.records.has(doc.lower[t]!) && doc.pos[t] !== 'PROPN') return true;
  return false;
}

/**
 * "Data show that ...", "Exit polling shows he won ...": wink reads a +finding verb right after a record noun
 * as a noun of a compound; before a clause or a noun phrase it is the verb.
 */
function findingVerbHere(doc: Doc, k: number, cue: CueVerb, lexicon: CueLexicon): boolean {
  if (!cue.finding || k === 0 || k + 1 >= doc.length || !lexicon.records.has(doc.lower[k - 1]!)) return false;
  const after = doc.pos[k + 1]!;
  return doc.lower[k + 1] === 'that' || after === 'PROPN' || after === 'DET' || after === 'NUM' || after === 'PRON';
}

/** Whether both wink and the parse's tagger tag token t a noun. */
function isNounBoth(doc: Doc, t: number): boolean {
  return (doc.upos[t] === 'NOUN' || doc.upos[t] === 'PROPN') && (doc.pos[t] === 'NOUN' || doc.pos[t] === 'PROPN');
}

/** Whether "up" at t opens "up to" a number, a quantity's modifier and no particle: "said up to 1,800 workers will be affected". */
function isUpToNumber(doc: Doc, t: number): boolean {
  return doc.lower[t] === 'up' && doc.lower[t + 1] === 'to' && (doc.upos[t + 2] === 'NUM' || doc.pos[t + 2] === 'NUM');
}

/** Relations by which a clause hangs on its verb as its content. */
const contentClauseRelations = ['ccomp', 'parataxis', 'csubj'];

/**
 * Whether token c heads a finite adverbial clause with no subordinator: a content clause the parse hung on the cue as
 * advcl ("added an accord with the Fund | could be a helpful support"); a true adverbial clause opens with its mark
 * ("when it came to the Senate") or has no finite verb ("adding to the list").
 */
function isUnmarkedFiniteClause(doc: Doc, c: number): boolean {
  // (not one set off by a comma, an attribution after the content: "organizers added 160 officers, | the paper reported")
  if (!hasRelation(doc, c, 'advcl') || children(doc, c, 'mark').length > 0 || doc.value[subtreeSpan(doc, c).first - 1] === ',') return false;
  return finiteVerbTags.has(doc.xpos[c]!) || children(doc, c, 'aux', 'cop').some((a) => finiteVerbTags.has(doc.xpos[a]!));
}

/** Whether the tree makes the words [first, end) after cue k its noun object, with no clause or second complement on the cue. */
function isPlainObject(doc: Doc, k: number, first: number, end: number): boolean {
  const inside = children(doc, k).filter((c) => c >= first && c < end);
  // (a noun by both taggers: "found the area | welcoming" has a participle the parse took for the object's head)
  const object = inside.find((c) => hasRelation(doc, c, 'obj') && isNounBoth(doc, c));
  if (object === undefined || inside.some((c) => hasRelation(doc, c, 'xcomp', ...contentClauseRelations) || isUnmarkedFiniteClause(doc, c))) return false;
  // (a finite verb right after the object makes it a clause's subject the parse missed: "found PolitiFact | consistently rated ...")
  let next = object + 1;
  while (next < end && doc.upos[next] === 'ADV') next++;
  return !(next < end && finiteVerbTags.has(doc.xpos[next]!));
}

/** Whether a phrase with "for" hangs on cue k or on its object inside [first, end): "claimed responsibility | for the attack". */
function hasForPhrase(doc: Doc, k: number, first: number, end: number): boolean {
  const inside = children(doc, k).filter((c) => c >= first && c < end);
  const phrases = [...inside.filter((c) => hasRelation(doc, c, 'obl')), ...inside.filter((c) => hasRelation(doc, c, 'obj')).flatMap((o) => children(doc, o, 'nmod'))];
  return phrases.some((p) => children(doc, p, 'case').some((c) => doc.lower[c] === 'for'));
}

/**
 * The content of the cue at k going forward, as a token range; null when the cue has none. `finding`: the cue
 * reports a record's finding, whose plain object runs on like a clause ("the poll showed | Clinton with a lead").
 */
function forwardContent(scan: Scan, k: number, cue: CueVerb, sentence: Sentence, finding: boolean): { first: number; end: number } | null {
  const { doc } = scan;
  let j = k + 1;
  // pointed out that; called for, called on; not a phrase of time ("declared on Friday")
  const timePhrase = timeWords.has(doc.lower[doc.head[j]!] ?? '') && hasRelation(doc, j, 'case');
  if (j < sentence.end && particles.has(doc.lower[j]!) && doc.pos[j] !== 'VERB' && !timePhrase && !isUpToNumber(doc, j)) j++;
  if (j < sentence.end && cue.object && objectPrepositions.has(doc.lower[j]!) && !timePhrase) j++;
  const sentenceEnd = contentEnd(doc, j, sentence);
  // said (to reporters) (on Monday) (during a taping of a town hall in Buffalo, New York,) that ...:
  // the clause starts at "that", and ends by its own words, not by the adjuncts' commas.
  for (let a = j; a < sentenceEnd && a - j <= maxAdjunctTokens; a++) {
    // said — on Twitter, as it happens — that ...: an aside between dashes
    if (dashes.has(doc.value[a]!)) {
      let close = a + 1;
      while (close < sentenceEnd && close - j <= maxAdjunctTokens && doc.value[close] !== doc.value[a]) close++;
      if (close < sentenceEnd && doc.lower[close + 1] === 'that') a = close + 1;
    }
    const w = doc.lower[a]!;
    // (not the relative pronoun of a clause on an adjunct's noun: "spoke at a rally in a town that has lost its mill")
    if (w === 'that' && a + 1 < sentenceEnd && !isRelativePronoun(doc, k, a, cue)) {
      const end = clauseEnd(scan, a, sentenceEnd);
      return a + 1 < end ? { first: a, end } : null;
    }
    // (during taping of ...) a gerund after a preposition; (at a campaign stop in ...) a noun wink tags VERB
    const gerundAfterPreposition = doc.pos[a] === 'VERB' && w.endsWith('ing') && a > j && doc.pos[a - 1] === 'ADP';
    const compoundNoun = doc.pos[a] === 'VERB' && a > j && doc.pos[a - 1] === 'NOUN' && (doc.pos[a + 1] === 'ADP' || doc.value[a + 1] === ',');
    if (!(isNounPhraseToken(doc, a) || doc.pos[a] === 'ADP' || w === ',' || doc.pos[a] === 'ADV' || gerundAfterPreposition || compoundNoun)) break;
  }
  const end = clauseEnd(scan, j, sentenceEnd);
  if (j >= end) return null;
  let first = j;
  if (cue.addressee) {
    const addressee = nounPhraseAfter(doc, j, end);
    if (addressee) {
      first = addressee.nameEnd;
      if (doc.value[first] === ',') first++;
      if (first >= end) return null;
    }
  }
  // spoke candidly about ..., talked to a small crowd about ...: the topic is the cue's own of- or about-phrase on the tree
  if (cue.topic) first = topicAfter(doc, k, cue, first, end);
  if (first < 0) return null;
  const w = doc.lower[first]!;
  if ((cue.of && w === 'of') || (cue.about && w === 'about')) {
    if (first + 1 >= end) return null;
    // "spoke about how, during his crossover, he has noticed ...": a clause after the preposition ends as a clause does
    if (subordinators.has(doc.lower[first + 1]!)) return { first: first + 1, end: clauseEnd(scan, first + 1, end) };
    return { first: first + 1, end: nextComma(doc, first + 1, end) };
  }
  // spoke with voters before heading inside; spoke on condition of anonymity: no topic, nothing reported
  if (cue.topic) return null;
  if (w === ':') return first + 1 < end ? { first: first + 1, end } : null;
  if (subordinators.has(w) || (w === 'to' && isInfinitive(doc, first))) return { first, end };
  if (
    (clauseStartPronouns.has(w) && doc.pos[first] === 'PRON') ||
    possessiveDeterminers.has(w) ||
    isCapitalised(doc, first) ||
    doc.pos[first] === 'DET' ||
    doc.pos[first] === 'PROPN' ||
    doc.pos[first] === 'NOUN' ||
    doc.pos[first] === 'NUM' ||
    scan.spanOf[first] !== -1
  ) {
    if (finding) return { first, end };
    // "the Brujas have found a support system in their group", "Rubio maintains an overwhelming lead in endorsements":
    // a +clause verb takes only a clause (a record's finding was kept above); a plain object on the tree is no content
    if (cue.clause && isPlainObject(doc, k, first, end)) return null;
    // "Sanders claimed a victory in New Hampshire", "the crash claimed six lives": a +for verb's plain object is content
    // only with the act the subject takes credit or blame for ("claimed responsibility for the attack")
    if (cue.forPhrase && isPlainObject(doc, k, first, end) && !hasForPhrase(doc, k, first, end)) return null;
    // An object cue's noun object on the tree ends where the object's subtree ends, before what hangs on the
    // cue itself: "called her fallen son her hero | before explaining why", "praised X | after arriving"
    if (cue.object) {
      const objectLast = treeObjectLast(doc, k, first, end);
      if (objectLast !== -1) return { first, end: objectLast + 1 };
    }
    // "supported the North American Free Trade Agreement | , which caused ...": an object cue's noun object
    // whose first verb is in a relative clause set off by a comma; the clause is the writer's comment on it
    if (cue.object) {
      const relative = relativeAfterObject(doc, first, end);
      if (relative !== -1) return { first, end: relative };
    }
    // A content clause has a verb of its own: "says his plan would eliminate ..."
    if (hasVerb(doc, first + 1, end) || hasVerbTaggedNoun(doc, first + 1, end) || hasTreeClause(doc, k, first + 1, end)) return { first, end };
    if (cue.object) return { first, end: objectEnd(doc, first, end) };
  }
  // (the poll showed | him trailing Trump)
  if (finding && (doc.pos[first] === 'ADJ' || doc.pos[first] === 'PRON')) return { first, end };
  if (cue.object && (doc.pos[first] === 'ADJ' || doc.pos[first] === 'VERB' || doc.pos[first] === 'PRON')) return { first, end: objectEnd(doc, first, end) };
  // reported at least six planes filled the skies: a clause after a short adverbial
  // (not "responded to Calderon's remarks, although he ...": the verb must come before a comma)
  if ((doc.pos[first] === 'ADP' || doc.pos[first] === 'ADV') && hasSubjectAndVerb(doc, first + 1, nextComma(doc, first + 1, end))) return { first, end };
  // says too much is made of ...; said legalizing it could put ...; says, win or lose, he is staying
  if (w === ',' && first + 1 < end && hasVerb(doc, first + 2, end)) return { first: first + 1, end };
  if ((doc.pos[first] === 'ADJ' || doc.pos[first] === 'ADV' || (doc.pos[first] === 'VERB' && w.endsWith('ing'))) && hasVerb(doc, first + 1, end))
    return { first, end };
  return null;
}

/** Parts of speech that open a phrase or clause of their own rather than a subject: "At the fair", "and the MSNBC". */
const nonSubjectOpeners = new Set(['ADP', 'SCONJ', 'CCONJ', 'PUNCT']);

/** Whether the tree's subject phrase from `first` with its head `head` is a subject a speaker may be: not a preposition's phrase or a time. */
function opensSubject(doc: Doc, first: number, head: number): boolean {
  return !nonSubjectOpeners.has(doc.upos[first]!) && !timeWords.has(doc.lower[head]!);
}

/** Longest subject phrase the tree may widen a speaker to. */
const maxTreeSubjectTokens = 25;

/**
 * Word order finds the last noun phrase before a cue; the tree's subject of the cue may start
 * earlier and hold it: "A spokeswoman for | the port authority said", "Farmers and | their lawyers
 * say". The speaker phrase is widened to the start of that subject (when the subject's words all
 * lie before the cue, hold the phrase found, and cross no quotation, dash or colon).
 */
function widenToTreeSubject(scan: Scan, k: number, subject: SpeakerPhrase, sentence: Sentence): void {
  const { doc } = scan;
  const own = children(doc, k, 'nsubj').filter((t) => !hasRelation(doc, t, 'nsubj:pass'));
  if (own.length !== 1) return;
  const head = own[0]!;
  if (head >= subject.first || head < sentence.first) return;
  const { first, last } = subtreeSpan(doc, head);
  if (last >= k || first < sentence.first || subject.end - first > maxTreeSubjectTokens) return;
  // (or a subject the parse ended before the end of the phrase: "RNC members and | officials, in fact, insist", "Reince
  // Priebus, the GOP chairman, | this past week announced", "A Reuters | rolling poll shows"; one that opens a phrase
  // of its own, with no verb between it and the phrase)
  // (nor into the dateline: "RICHMOND, June 18 - A.H. Robins Co, facing suits ..., said")
  if (last < subject.end - 1 && !(opensSubject(doc, first, head) && !hasVerb(doc, last + 1, subject.first) && first >= afterDateline(doc, sentence, sentence.first, k))) return;
  for (let t = first; t < subject.first; t++) if (scan.spanOf[t] !== -1 || dashes.has(doc.value[t]!) || doc.value[t] === ':') return;
  if (subject.nameFirst === subject.first) subject.nameFirst = first;
  subject.first = first;
}

/**
 * The subject of cue k on the tree, when word order found none: "Gov. Jane Roe of Ohio, a Republican who has
 * refused to endorse him, said ...". Its words all lie before the cue in the sentence, outside quotations;
 * the name is the subject's words up to the first comma.
 */
/**
 * The subject of predicate p on the tree as a phrase before it: its own subject (the parse may split "editor
 * Brandon Darby" into two), else the subject it takes over from the clause it hangs on ("critics denounced him,
 * rushing to TV to say ...").
 */
function hostSubject(scan: Scan, p: number, sentence: Sentence): SpeakerPhrase | null {
  const { doc } = scan;
  if (scan.spanOf[p] !== -1) return null;
  const own = children(doc, p, 'nsubj').filter((s) => s < p);
  const heads = own.length > 0 ? own : subjectsOf(doc, p).tokens.filter((s) => s < p).slice(0, 1);
  if (heads.length === 0) return null;
  let { first, last } = subtreeSpan(doc, heads[0]!);
  // (two subjects side by side are one name the parse split: "editor | Brandon Darby")
  for (const h of heads.slice(1)) {
    const span = subtreeSpan(doc, h);
    if (span.first !== last + 1) return null;
    last = span.last;
  }
  while (first < last && doc.upos[first] === 'PUNCT') first++;
  while (last > first && doc.upos[last] === 'PUNCT') last--;
  // (not the dateline: "LONDON, Oct 20 - The United States is prepared ...")
  if (first < afterDateline(doc, sentence, sentence.first, p) || last >= p || last - first + 1 > maxTreeSubjectTokens) return null;
  // (no clause of its own: "Even before the results are in, | a group of leaders is calling ...")
  for (let t = first; t <= last; t++) if (scan.spanOf[t] !== -1 || doc.value[t] === ';' || hasRelation(doc, t, 'mark')) return treeSubjectBefore(scan, p, sentence);
  let nameEnd = first + 1;
  while (nameEnd <= last && doc.value[nameEnd] !== ',' && doc.value[nameEnd] !== '(') nameEnd++;
  return { first, end: last + 1, nameFirst: first, nameEnd };
}

function treeSubjectBefore(scan: Scan, k: number, sentence: Sentence): SpeakerPhrase | null {
  const { doc } = scan;
  const own = children(doc, k, 'nsubj');
  if (own.length !== 1 || own[0]! > k) return null;
  const head = own[0]!;
  let { first, last } = subtreeSpan(doc, head);
  while (last > head && doc.upos[last] === 'PUNCT') last--;
  if (first < sentence.first || last >= k || last - first + 1 > maxTreeSubjectTokens) return null;
  for (let t = first; t <= last; t++) if (scan.spanOf[t] !== -1) return null;
  let nameEnd = head + 1;
  while (nameEnd <= last && doc.value[nameEnd] !== ',' && doc.value[nameEnd] !== '(') nameEnd++;
  return { first, end: last + 1, nameFirst: first, nameEnd };
}


/** Whether the words after an attribution ending at `from` go on with a finite predicate: ", can be hazardous" (not ", saying ..."). */
function predicateFollows(doc: Doc, from: number, end: number): boolean {
  return from + 1 < end && doc.value[from] === ',' && finiteVerbTags.has(doc.xpos[from + 1]!);
}

/** Whether [first, end) is a participle phrase without a subject of its own: "Speaking at a rally on Friday". */
function opensWithParticiple(doc: Doc, first: number, end: number): boolean {
  const w = doc.lower[first]!;
  if (!(doc.pos[first] === 'VERB' && (w.endsWith('ing') || w.endsWith('ed')))) return false;
  for (let t = first + 1; t < end; t++) if (hasRelation(doc, t, 'nsubj') && doc.head[t]! >= first && doc.head[t]! < end) return false;
  return true;
}

/** Relations of an adverbial phrase or clause on a verb. */
const adjunctRelations = ['advcl', 'obl', 'advmod', 'conj'];

/** Whether the phrase [first, end) hangs on cue k as its adverbial phrase or clause on the tree. */
function isAdjunctOf(doc: Doc, k: number, first: number, end: number): boolean {
  for (let t = first; t < end; t++) {
    const head = doc.head[t]!;
    if (head >= first && head < end) continue;
    if (doc.upos[t] === 'PUNCT') continue;
    return head === k && hasRelation(doc, t, ...adjunctRelations);
  }
  return false;
}

/** Whether [first, end) is one adverbial clause on cue k on the tree, opened by its subordinator: "As the newspaper reported", "When the vote was called". */
function isAdverbialClauseOf(doc: Doc, k: number, first: number, end: number): boolean {
  let top = -1;
  for (let t = first; t < end; t++) {
    const head = doc.head[t]!;
    if ((head >= first && head < end) || doc.upos[t] === 'PUNCT') continue;
    if (top !== -1) return false;
    top = t;
  }
  // (opened by a subordinator, or by "when" or "where", which the tree hangs on the clause as an adverb)
  const opener = (c: number) => c < top && ((hasRelation(doc, c, 'mark') && doc.upos[c] === 'SCONJ') || (c === first && hasRelation(doc, c, 'advmod') && doc.xpos[c] === 'WRB'));
  return top !== -1 && doc.head[top] === k && hasRelation(doc, top, 'advcl') && children(doc, top).some(opener);
}

/** Whether [first, end) holds a verb that is a predicate, not a participle modifying a noun ("The presumed adjustment"). */
function hasPredicate(doc: Doc, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (verbPos.has(doc.pos[t]!) && !hasRelation(doc, t, 'amod', 'acl', 'compound')) return true;
  return false;
}

/** Whether token t hangs, through its heads, on a word of [first, end). */
function hangsWithin(doc: Doc, t: number, first: number, end: number): boolean {
  for (let h = doc.head[t]!, steps = 0; h >= 0 && steps < doc.length; h = doc.head[h]!, steps++) if (h >= first && h < end) return true;
  return false;
}

/** Whether every verb in [first, end) hangs, through its heads, on token s. */
function verbsHangOn(doc: Doc, s: number, first: number, end: number): boolean {
  for (let t = first; t < end; t++) {
    if (!verbPos.has(doc.upos[t]!)) continue;
    let h = t;
    for (let steps = 0; h >= 0 && h !== s && steps < doc.length; steps++) h = doc.head[h]!;
    if (h !== s) return false;
  }
  return true;
}

/** Whether [first, end) holds a verb with a subject of its own that is not a relative pronoun: "and it has used", not "who represents Albay". */
function hasOwnClause(doc: Doc, first: number, end: number): boolean {
  for (let t = first; t < end; t++) {
    if (!hasRelation(doc, t, 'nsubj') || relativePronouns.has(doc.lower[t]!)) continue;
    const verb = doc.head[t]!;
    if (verb >= first && verb < end && verbPos.has(doc.upos[verb]!)) return true;
  }
  return false;
}

/** Whether cue k is a present participle or modifies a noun on the tree: it cannot open an inverted attribution ("..., said X"). */
function isParticipleOrModifier(doc: Doc, k: number): boolean {
  return doc.xpos[k] === 'VBG' || hasRelation(doc, k, 'amod');
}

/**
 * The verb an infinitive cue k of purpose hangs on, on the tree: its head when k is an adverbial clause
 * ("used his speech | to offer"), or the verb whose object k modifies ("mounted a campaign | to condemn"); else -1.
 */
function purposeHost(doc: Doc, k: number): number {
  let host = doc.head[k]!;
  if (host < 0 || host > k) return -1;
  // ("went out of his way to say": a phrase of the verb too, unless a name owns the noun: "Trump's failure to denounce")
  const named = children(doc, host, 'nmod:poss').some((o) => doc.upos[o] !== 'PRON');
  if (hasRelation(doc, k, 'acl') && (hasRelation(doc, host, 'obj') || (hasRelation(doc, host, 'obl') && !named))) host = doc.head[host]!;
  else if (!hasRelation(doc, k, 'advcl')) return -1;
  return host >= 0 && host < k && verbPos.has(doc.upos[host]!) ? host : -1;
}

/** Prepositions that open a gerund clause on a predicate: "began | by talking about ...", "| after saying ...". */
const gerundMarks = new Set(['by', 'after', 'before', 'without', 'while', 'since', 'upon', 'through', 'in']);
/** How many subjectless clauses up the tree a gerund clause's speaker may be looked for: "outlined plans to defeat X | by calling for ...". */
const maxGerundHostSteps = 3;

/**
 * The predicate whose subject speaks for gerund cue k in a clause opened by a preposition ("The businessman
 * began by talking about the drug crisis", "She outlined plans to defeat the group by calling for a no-fly
 * zone"): the clause the gerund clause hangs on, or the first one up the tree with a subject of its own; else -1.
 */
function gerundClauseHost(doc: Doc, k: number): number {
  if (!doc.lower[k]!.endsWith('ing') || !hasRelation(doc, k, 'advcl') || !children(doc, k, 'mark').some((m) => m === k - 1 && gerundMarks.has(doc.lower[m]!)))
    return -1;
  let host = doc.head[k]!;
  // "After saying he was nervous, the man ended up ...": an opening clause speaks for the main clause's subject
  if (host > k) return verbPos.has(doc.upos[host]!) && children(doc, host, 'nsubj').some((s) => s > k && s < host) ? host : -1;
  for (let steps = 0; host >= 0 && host < k && steps < maxGerundHostSteps; steps++) {
    if (!verbPos.has(doc.upos[host]!)) return -1;
    if (children(doc, host, 'nsubj').length > 0) return host;
    if (!hasRelation(doc, host, 'acl', 'xcomp', 'advcl', 'conj')) return -1;
    host = hasRelation(doc, host, 'acl') ? doc.head[doc.head[host]!] ?? -1 : doc.head[host]!;
  }
  return -1;
}

/** Question words that stand for a cue's object before its subject: "what the senator said", "whatever Trump charged". */
const frontedObjects = new Set(['what', 'whatever']);

/** Whether a question word standing for an object is among tokens [first, end). */
function frontedObjectBefore(doc: Doc, first: number, end: number): boolean {
  for (let t = Math.max(first, 0); t < end; t++) if (frontedObjects.has(doc.lower[t]!)) return true;
  return false;
}

/** Subordinators of a clause that reports the main clause: "As Politico reported, ...", "Just as she predicted, ...". */
const reportingMarks = new Set(['as', 'like']);

/**
 * The subject of the main clause that a finite adverbial clause headed by cue k opens ("After Bill Clinton
 * claimed that the era of big government was over, | Obama won ..."; "If I endorse a candidate before the
 * primary, | there is no doubt ..."), or -1: a clause with a subordinator of its own, on a predicate after it
 * that has its own subject. The main clause is the writer's, not the cue's content.
 */
function mainClauseSubjectAfter(doc: Doc, k: number): number {
  // (not "As Politico reported, the party agreed ...": there the main clause is what was reported)
  const marks = children(doc, k, 'mark');
  if (!hasRelation(doc, k, 'advcl') || !marks.some((m) => m < k) || marks.some((m) => reportingMarks.has(doc.lower[m]!))) return -1;
  const host = doc.head[k]!;
  if (host <= k || !verbPos.has(doc.upos[host]!)) return -1;
  // (after the comma that closes the opening clause: in "Although some say the system might fail, Jauppi says ...",
  // the parse may make the content's verb the host)
  return children(doc, host, 'nsubj', 'nsubj:pass', 'expl').find((s) => s > k && s < host && afterBreak(doc, subtreeSpan(doc, s).first)) ?? -1;
}

/** Whether token t follows a comma or a dash, also one before closing quotation marks ('... children," he said'). */
function afterBreak(doc: Doc, t: number): boolean {
  let before = t - 1;
  while (before > 0 && doc.upos[before] === 'PUNCT' && !breakMarks.has(doc.value[before]!) && doc.value[before]!.length === 1 && /["”’']/.test(doc.value[before]!)) before--;
  return before >= 0 && breakMarks.has(doc.value[before]!);
}

/** Whether only auxiliaries, adverbs and negation, or an apposition, stand between a subject ending before `end` and cue k. */
function attributionFollowsSubject(doc: Doc, end: number, k: number): boolean {
  // (or an apposition between commas: "Jones, the mayor, said")
  const apposition = k - end >= 3 && doc.value[end] === ',' && doc.value[k - 1] === ',';
  for (let t = end; t < k; t++) {
    const between = doc.upos[t] === 'AUX' || doc.upos[t] === 'ADV' || doc.upos[t] === 'PART' || doc.value[t] === ',';
    if (!(between || (apposition && doc.upos[t] !== 'VERB'))) return false;
  }
  return true;
}

/**
 * Whether cue k has, on the tree, a subject before it (its own, or one the parse hung on its auxiliary: "Iran has,
 * however, condemned") and an object in the noun phrase [phrase.first, phrase.end) after it.
 */
function ownSubjectAndObject(doc: Doc, k: number, first: number, phrase: { first: number; end: number }): boolean {
  const heads = [k, ...children(doc, k, 'aux')];
  return (
    heads.some((h) => children(doc, h, 'nsubj').some((s) => s >= first && s < k)) &&
    children(doc, k, 'obj', 'iobj').some((o) => o >= phrase.first && o < phrase.end)
  );
}

/** The subject of cue k, or null when the cue is passive or has none in its sentence. */
function cueSubject(scan: Scan, k: number, sentence: Sentence): SpeakerPhrase | null {
  const { doc } = scan;
  let b = k - 1;
  while (b >= sentence.first && ((doc.pos[b] === 'ADV' && !isCapitalised(doc, b)) || (doc.pos[b] === 'PART' && doc.lower[b] !== "'s" && doc.lower[b] !== '’s')))
    b--;
  // "was told that" is passive (its subject is who was told); "is calling for" is not.
  if (b >= sentence.first && passiveAuxiliaries.has(doc.lower[b]!) && doc.pos[b] === 'AUX' && !doc.lower[k]!.endsWith('ing')) return null;
  // "Mr. Pence used his keynote speech to offer ...", "has mounted a campaign to condemn ...": an infinitive of
  // purpose speaks for the subject of the verb it hangs on, not for the noun before "to"
  const purpose = doc.lower[k - 1] === 'to' ? purposeHost(doc, k) : -1;
  if (purpose >= sentence.first) {
    const host = hostSubject(scan, purpose, sentence);
    // (not "it", "that": "If it takes this long to confirm ...", "documents that compelled the bureau to admit ...")
    if (host && !(host.end - host.first === 1 && nonSpeakingSubjects.has(doc.lower[host.first]!))) return host;
  }
  let subject = subjectBefore(doc, k, sentence.first) ?? treeSubjectBefore(scan, k, sentence);
  // Others, however, say ...: an adverb set off by commas between the subject and the cue.
  if (!subject && doc.value[b] === ',' && b - 2 > sentence.first && doc.pos[b - 1] === 'ADV' && doc.value[b - 2] === ',')
    subject = subjectBefore(doc, b - 2, sentence.first);
  // The town released a statement Wednesday saying ...: a participle right after an object
  // (the noun phrase follows a verb) speaks for the sentence's subject, not for the object.
  if (subject && doc.lower[k]!.endsWith('ing') && subject.first - 1 >= sentence.first && verbPos.has(doc.pos[subject.first - 1]!)) {
    const sentenceSubject = firstPredicateSubjectOutsideQuotes(scan, sentence.first, subject.first);
    if (sentenceSubject) return sentenceSubject;
  }
  if (subject || b < sentence.first) return subject;
  const gerundHost = gerundClauseHost(doc, k);
  if (gerundHost >= sentence.first) {
    const host = treeSubjectBefore(scan, gerundHost, sentence);
    if (host && !(host.end - host.first === 1 && nonSpeakingSubjects.has(doc.lower[host.first]!))) return host;
  }
  // ... but did not suggest ...: an auxiliary after the conjunction of a coordinated cue
  while (b > sentence.first && doc.pos[b] === 'AUX') b--;
  // (the comma may stand inside the closing mark of a quotation: "he was “enthusiastic about the future,” adding that ...")
  const commaBefore = doc.value[b] === ',' || (scan.spanOf[b] !== -1 && doc.value[b - 1] === ',' && scan.spans[scan.spanOf[b]!]!.afterToken === b + 1);
  const participle = doc.lower[k]!.endsWith('ing') && commaBefore;
  if (doc.pos[b] !== 'CCONJ' && !participle) return null;
  // Annette Guessford, who answered her door and said ...: the relative pronoun of the clause.
  for (let t = b - 1; t >= sentence.first && doc.value[t] !== ','; t--)
    if (doc.lower[t] === 'who') return { first: t, end: t + 1, nameFirst: t, nameEnd: t + 1 };
  // He attacked the oil that funds the group and proposed a safe zone;  His aide doubled down, saying ...:
  // the subject of the sentence's first predicate, outside quotations (“If she gets ...,” Trump told a
  // rally, saying ...: "she" is inside the quotation, Trump is the speaker).
  return firstPredicateSubjectOutsideQuotes(scan, sentence.first, b);
}

function firstPredicateSubjectOutsideQuotes(scan: Scan, first: number, before: number): SpeakerPhrase | null {
  const { doc } = scan;
  for (let v = first + 1; v < before; v++) {
    if (scan.spanOf[v] !== -1 || (doc.pos[v] !== 'VERB' && doc.pos[v] !== 'AUX')) continue;
    let limit = first;
    // the subject may not reach back into a quotation
    for (let t = v - 1; t >= first; t--) if (scan.spanOf[t] !== -1) { limit = t + 1; break; }
    const subject = subjectBefore(doc, v, limit);
    if (subject) return subject;
  }
  return null;
}

export function findReportedSpeech(scan: Scan): Found[] {
  const { doc, lexicon, used, spanOf, paragraphFirst, paragraphOf } = scan;
  const { lower, pos } = doc;
  const cueWords = lexicon.words;
  const found: Found[] = [];
  for (let k = 0; k < doc.length; k++) {
    if (k === paragraphFirst[paragraphOf[k]!]) {
      const quote = speakerColon(scan, k);
      if (quote) found.push(quote);
    }
    if (used[k] || spanOf[k] !== -1) continue;
    if (lower[k] === 'in') {
      const quote = inSurvey(scan, k);
      if (quote) {
        found.push(quote);
        continue;
      }
    }
    if (referForms.has(lower[k]!)) {
      const quote = referredAs(scan, k);
      if (quote) {
        found.push(quote);
        continue;
      }
    }
    // One lookup tells whether the word can be any cue at all; most words are none.
    const word = cueWords.get(lower[k]!);
    if (word === undefined) continue;
    if (word.according) {
      const according = accordingAt(doc, k, lexicon);
      if (according) {
        const quote = accordingTo(scan, k, according);
        if (quote) found.push(quote);
        continue;
      }
    }
    const p = pos[k]!;
    if (word.noun && p === 'NOUN') {
      const quote = nounCue(scan, k);
      if (quote) {
        found.push(quote);
        continue;
      }
    }
    const evidential = word.evidential;
    if (evidential !== undefined && (p === 'VERB' || p === 'AUX' || p === 'ADJ')) {
      const last = found[found.length - 1];
      const quote = evidentialAt(scan, k, evidential, sentenceOf(scan, k), last ? last.pieces[last.pieces.length - 1]![1] : -1);
      if (quote) {
        found.push(quote);
        continue;
      }
    }
    if (word.verb === undefined) continue;
    const cue = cueVerbIn(doc, k, word.verb);
    // (a verb by wink's tags or by the tagger the parse was made with: wink reads "The candidate claims his ..." as a noun)
    if (!cue || cue.directOnly || !(p === 'VERB' || p === 'AUX' || doc.upos[k] === 'VERB' || taggedAsVerbHere(doc, k) || findingVerbHere(doc, k, cue, lexicon)))
      continue;
    // "the convention's pledged delegates", "the most criticized move of her career": a cue word modifying a noun says nothing
    if (modifiesNoun(doc, k)) continue;
    // "from freshly filed Commission reports that track spending": a word tagged a noun after a preposition of its own is one
    // (in the preposition's own phrase: not after a number, which the parse may take for its noun, "majorities in all
    // five say", nor across a comma)
    if (p === 'NOUN' && children(doc, k, 'case').some((c) => c < k && isPlainPhraseBetween(doc, c, k))) continue;
    const sentence = sentenceOf(scan, k);
    const quote = cueWithContent(scan, k, cue, sentence);
    if (quote) found.push(quote);
  }
  return found;
}

/**
 * A question reported in the passive: "when asked whether ...", "was asked by a caller why ...",
 * "Clinton was asked about the border". The content is the question; the asker, when named
 * ("by a caller"), is the speaker, else the speaker is null.
 */
function askedQuestion(scan: Scan, k: number, sentence: Sentence): Found | null {
  const { doc } = scan;
  // "Asked whether ..., the minister said ...": a participle opening the sentence is passive too
  const opening = k === sentence.first && doc.value[k] === 'Asked';
  const passive = opening || passiveAuxiliaries.has(doc.lower[k - 1] ?? '') || doc.lower[k - 1] === 'when' || doc.lower[k - 1] === 'if' || doc.lower[k - 1] === 'been';
  if (!passive || !doc.lower[k]!.endsWith('ed')) return null;
  let j = k + 1;
  let asker: SpeakerPhrase | null = null;
  if (doc.lower[j] === 'by') {
    asker = nounPhraseAfter(doc, j + 1, sentence.end);
    if (!asker) return null;
    j = asker.nameEnd;
  }
  while (j < sentence.end && doc.pos[j] === 'ADV' && !subordinators.has(doc.lower[j]!)) j++; // asked specifically
  // "Asked on Monday whether ...", "Asked in Iowa recently about ...": an opening participle's phrases of time and place
  // come before the question, which starts at its word before the comma
  if (opening && doc.pos[j] === 'ADP' && !subordinators.has(doc.lower[j]!) && doc.lower[j] !== 'about' && doc.lower[j] !== 'for') {
    let q = j + 1;
    while (q < sentence.end && doc.value[q] !== ',' && !subordinators.has(doc.lower[q]!) && doc.lower[q] !== 'about') q++;
    if (q < sentence.end && doc.value[q] !== ',') j = q;
  }
  const sentenceEnd = contentEnd(doc, j, sentence);
  let content: { first: number; end: number } | null = null;
  if (doc.lower[j] === 'about' || doc.lower[j] === 'for') content = { first: j + 1, end: nextComma(doc, j + 1, clauseEnd(scan, j + 1, sentenceEnd)) };
  else if (subordinators.has(doc.lower[j]!) || (doc.lower[j] === 'to' && isInfinitive(doc, j))) content = { first: j, end: clauseEnd(scan, j, sentenceEnd) };
  // "When asked whether ..., the minister shrugged": the question ends the opening clause at its comma.
  if (content && (opening || doc.lower[k - 1] === 'when' || doc.lower[k - 1] === 'if')) content.end = nextComma(doc, content.first, content.end);
  if (!content || words(doc, content.first, content.end) < minContentWords) return null;
  const labelled = contentKind(scan, content.first, content.end);
  if (!labelled) return null;
  return claimContent(scan, k, content.first, labelled, asker);
}

function cueWithContent(scan: Scan, k: number, cue: CueVerb, sentence: Sentence): Found | null {
  const { doc } = scan;
  // "showed up at the rally", "the numbers don't add up": with "up" the cue is another verb, unless it takes an object or a
  // topic ("backed up his claim", "spoke up about the cuts")
  // (the particle on the tree, and not "up to" a number, which the parse also takes for one: "said up to 1,800 workers")
  if (doc.lower[k + 1] === 'up' && hasRelation(doc, k + 1, 'compound:prt') && !isUpToNumber(doc, k + 1) && !cue.object && !cue.topic) return null;
  if (cue.lemma === 'ask') {
    const question = askedQuestion(scan, k, sentence);
    if (question) return question;
  }
  // "That said, a loss would ...": the idiom concedes a point and reports no one's words
  if (k - 1 === sentence.first && doc.lower[k - 1] === 'that' && doc.value[k + 1] === ',') return null;
  // "a bond issue backed by the bank": a participle with its agent is passive, and says nothing.
  if (doc.lower[k + 1] === 'by' && doc.lower[k]!.endsWith('ed')) return null;
  // called a meeting; a group called Our Principles: no name given, nothing said
  if (cue.naming && !namingPhrasal.has(doc.lower[k + 1]!) && !namesItsObject(scan, k, sentence.end)) return null;
  const subject = cueSubject(scan, k, sentence);
  // "whatever Trump charged his campaign", "after he heard what his nemesis said, he ...": the cue's object is the
  // question word before its subject, and what follows the cue is not what was said
  // (a verb that takes a plain object or a name keeps it: "what she called a hoax", "what strategists dub a 3-2-1 strategy")
  if (subject && !cue.object && !cue.naming && frontedObjectBefore(doc, subject.first - 1, subject.nameEnd)) return null;
  if (subject) widenToTreeSubject(scan, k, subject, sentence);
  // a strike that company executives said could affect earnings; a law which critics said was
  // discriminatory: the relative clause is the content, its source and cue inside it.
  let relative = -1;
  if (subject) {
    // the pronoun may have been read into the subject phrase ("a strike that company executives")
    for (let r = subject.end - 2; r >= subject.first && relative === -1; r--) if (relativeContentStarts.has(doc.lower[r]!)) relative = r;
    if (relative === -1 && subject.first - 1 >= sentence.first && relativeContentStarts.has(doc.lower[subject.first - 1]!)) relative = subject.first - 1;
  }
  if (subject && relative !== -1 && verbPos.has(doc.pos[k + 1] ?? '') && !cue.object) {
    const first = relative;
    if (subject.first <= relative) {
      subject.first = relative + 1;
      subject.nameFirst = Math.max(subject.nameFirst, subject.first);
    }
    const end = clauseEnd(scan, k + 1, contentEnd(doc, k + 1, sentence));
    const labelled = end > k + 1 ? contentKind(scan, first, end) : null;
    if (labelled) return claimContent(scan, k, first, labelled, subject);
  }
  // X said (that) CONTENT
  // "The talks, the spokesman said, will resume": set off by commas, the cue interrupts its content.
  const interrupting = subject !== null && doc.value[subject.first - 1] === ',' && doc.value[k + 1] === ',';
  const forward = subject && !interrupting ? forwardContent(scan, k, cue, sentence, reportsFinding(doc, k, cue, subject, scan.lexicon)) : null;
  if (forward && hasRelation(doc, k, 'acl')) {
    // (a participle or infinitive on a noun only when its content would run into the noun's own predicate:
    // "groups backing the governor | began March with ...", not "a statement saying the comments were ...")
    const ownEnd = relativeClauseEnd(doc, k);
    const predicate = doc.head[doc.head[k]!] ?? -1;
    if (hasRelation(doc, k, 'acl:relcl') || (predicate >= ownEnd && predicate < forward.end)) forward.end = Math.min(forward.end, ownEnd);
    // (nor into the predicate where the parse hung the rest of the sentence inside the clause: "Mr. Trump, who said
    // that the judge was biased, | issued a statement saying, “...”")
    if (hasRelation(doc, k, 'acl:relcl') && predicate > k && predicate < forward.end) {
      let cut = predicate;
      while (cut > forward.first && (doc.value[cut - 1] === ',' || doc.upos[cut - 1] === 'AUX' || doc.upos[cut - 1] === 'ADV')) cut--;
      forward.end = Math.min(forward.end, cut);
    }
  }
  if (forward) forward.end = contentSubtreeEnd(doc, k, cue, forward.first, forward.end);
  // (nor into an adverbial clause the tree hangs on the cue itself: "supported the bill | when it came to the Senate")
  if (forward) forward.end = adverbialOfCueStart(scan, k, forward.first, forward.end);
  // (an opening gerund clause ends before the main clause whose subject speaks: "After saying he was nervous, | the man ...")
  if (forward && gerundClauseHost(doc, k) > k) {
    let cut = subtreeSpan(doc, k).last + 1;
    while (cut > forward.first + 1 && breakMarks.has(doc.value[cut - 1]!)) cut--;
    forward.end = Math.min(forward.end, cut);
  }
  // (so does an opening finite clause, wherever the parse hangs its content: "After Clinton claimed that ..., | Obama won ...")
  const mainSubject = forward ? mainClauseSubjectAfter(doc, k) : -1;
  if (forward && mainSubject > forward.first) {
    let cut = subtreeSpan(doc, mainSubject).first;
    while (cut > forward.first + 1 && breakMarks.has(doc.value[cut - 1]!)) cut--;
    forward.end = Math.min(forward.end, cut);
  }
  // (and one in an aside on the subject or an opening clause, wherever the parse hangs the rest: "Sanders, who said he
  // would campaign with him, | ultimately did not show up", "while some will welcome his help, | others are wary")
  if (forward) forward.end = asideContentEnd(doc, k, sentence, forward.first, forward.end);
  // Bill Lund, who endorsed the mayor last week: a plain object (no clause) in a relative clause
  // describes the noun the clause is on; the writer reports no one's words ("what it calls a
  // coordinated attack" does: the clause names its own object).
  if (forward && cue.object && hasRelation(doc, k, 'acl:relcl') && doc.lower[doc.head[k]!] !== 'what' && !hasVerb(doc, forward.first, forward.end)) return null;
  if (forward && subject && words(doc, forward.first, forward.end) >= minContentWords) {
    if (!hasSpeakerSubject(doc, k, subject, scan.lexicon) || !isReportedOnTree(doc, k, cue, forward.first, forward.end)) return null;
    if (describesNoun(doc, k, cue, forward.first, forward.end) || deniesActor(doc, k, forward.first, forward.end)) return null;
    if (cue.sense && !reportsFinding(doc, k, cue, subject, scan.lexicon) && !objectSubjectSpeaks(doc, k, forward.first, forward.end, subject, scan.mentions, scan.names, scan.lexicon)) return null;
    const labelled = contentKind(scan, forward.first, forward.end);
    if (labelled) return claimContent(scan, k, forward.first, labelled, subject);
  }
  // CONTENT, X said.   CONTENT, said X.   The talks, he said, will resume.
  // (not a participle or a cue word modifying a noun: "..., conceding the race to Clinton", "..., pledged delegates")
  const nounAfter = doc.value[k - 1] === ',' && !isParticipleOrModifier(doc, k) ? nounPhraseAfter(doc, k + 1, sentence.end) : null;
  // (not a cue that takes a plain object, with its own subject before it and its object after: "Iran has, however,
  // condemned Israel", "The report, which Iran published, accused Israel" are one clause, and "Israel" is who was
  // condemned, not who spoke; "..., said Nargis Kassenova" stays, where the parse may make the content say's subject)
  const inverted = nounAfter && !(cue.object && ownSubjectAndObject(doc, k, sentence.first, nounAfter)) ? nounAfter : null;
  const speaker = inverted ?? subject;
  if (!speaker) return null;
  // "..., Obama won the nomination by promising revenge": an attribution after its content is the subject's own
  // predicate: its subject on the tree ("..., Jones, the mayor, said") or with nothing between them but auxiliaries
  // and adverbs ("..., he later said", "..., she has argued")
  if (!inverted && !attributionFollowsSubject(doc, speaker.end, k) && !children(doc, k, 'nsubj').some((s) => s >= speaker.first && s < k)) return null;
  // "One adviser, who spoke on condition of anonymity, left early": a relative clause on a noun, not an attribution set off by commas
  if (!inverted && speaker.end - speaker.first === 1 && relativePronouns.has(doc.lower[speaker.first]!)) return null;
  // "The lawmaker, who represents Albay, said Trump's remarks ...": what comes before the comma is the cue's subject on the
  // tree with its apposition or relative clause (every verb there hangs on it), not the content of an inverted attribution
  // (unless a clause there has a subject of its own other than a relative pronoun: "China's influence has provoked mixed
  // feelings, and it has used “velvet gloves” in its dealings, said Ms. Kassenova" is a clause the parse hung on a noun)
  if (
    inverted &&
    children(doc, k, 'nsubj').some((s) => s >= sentence.first && s < k && verbsHangOn(doc, s, sentence.first, k - 1)) &&
    !hasOwnClause(doc, sentence.first, k - 1)
  )
    return null;
  // The cue ends its clause: only adjuncts ("on Monday", "in a statement") follow before ',' or the end.
  let tail = inverted ? inverted.end : k + 1;
  while (
    tail < sentence.end &&
    doc.lower[tail] !== 'who' &&
    doc.lower[tail] !== 'whose' &&
    (isNounPhraseToken(doc, tail) || doc.pos[tail] === 'ADP' || doc.pos[tail] === 'ADV')
  )
    tail++;
  // (..., said Wilcox, an Orlando Republican who founded ...: a relative clause on the speaker may follow)
  // (..., said Ana Ruiz, a lawyer representing the union: nor a phrase the tree hangs on the speaker)
  if (
    tail < sentence.end &&
    doc.value[tail] !== ',' &&
    !sentenceEndWords.has(doc.value[tail]!) &&
    !(inverted && (doc.lower[tail] === 'who' || doc.lower[tail] === 'whose' || hangsWithin(doc, tail, inverted.first, inverted.end)))
  )
    return null;
  const comma = inverted ? k - 1 : speaker.first - 1;
  if (comma <= sentence.first || doc.value[comma] !== ',') return null;
  // (not the dateline the sentence opens with: "BAGHDAD, Dec 20 - | A suicide attacker ploughed ..., officials said")
  const before = { first: afterDateline(doc, sentence, sentence.first, comma), end: comma };
  // "Weighing in on the dispute, the minister agreed": an opening participle phrase is the speaker's circumstance
  // ("Riding alone in the park, they said, can be hazardous": unless the sentence goes on with a predicate that has no
  // subject after the attribution; then the participle phrase is its subject)
  if (opensWithParticiple(doc, before.first, before.end) && !predicateFollows(doc, inverted ? inverted.end : k + 1, sentence.end)) return null;
  // "Overall, she said, a number of constituencies are alienated": a short opening is kept when the
  // sentence goes on after the attribution (checked below).
  const shortOpening = words(doc, before.first, before.end) < minContentWords;
  if (shortOpening && (inverted || doc.value[k + 1] !== ',')) return null;
  const labelled = contentKind(scan, before.first, before.end);
  if (!labelled || labelled.end > comma) return null;
  const pieces: [number, number][] = [offsets(doc, before.first, before.end)];
  let kind = labelled.kind;
  // The rest of a sentence interrupted by the attribution: "The talks, he said, will resume."
  let after = inverted ? inverted.end : k + 1;
  while (after < sentence.end && (doc.pos[after] === 'ADP' || isNounPhraseToken(doc, after)) && doc.value[after] !== ',') after++;
  let restHasVerb = false;
  // (not ", who noted that ...": a relative clause on the speaker is not the rest of the content)
  if (doc.value[after] === ',' && after + 1 < sentence.end && !relativeStarts.has(doc.lower[after + 1]!) && !opensAdjunct(doc, after + 1)) {
    const restEnd = contentEnd(doc, after + 1, sentence);
    // (after a complete clause, not the cue's own adjunct: "..., the paper declared on Friday, three days after voters went to the polls")
    // (a participle on a noun is no verb of a clause: "The presumed adjustment, they concluded, never happened")
    const adjunct = (hasPredicate(doc, before.first, before.end) || doc.upos[after + 1] === 'SCONJ') && isAdjunctOf(doc, k, after + 1, restEnd);
    // ("It was, he said, one of the bitterest failures": an opening that ends in a copula or an auxiliary needs the rest)
    const unfinished = before.end - 1 > before.first && doc.upos[before.end - 1] === 'AUX';
    if (restEnd > after + 1 && (hasVerb(doc, after + 1, restEnd) || unfinished) && !adjunct) {
      const rest = contentKind(scan, after + 1, restEnd);
      // ("Her countrymen, she said, should not listen to “those with coldness.”": quoted words in the rest make it mixed)
      if (rest && rest.kind !== 'direct') {
        pieces.push(offsets(doc, after + 1, rest.end));
        restHasVerb = true;
        if (rest.kind !== 'indirect') {
          markSpansUsed(scan, after + 1, rest.end);
          kind = labelled.kind === 'indirect' ? rest.kind : 'mixed';
        }
      }
    }
  }
  if (!restHasVerb && (shortOpening || !hasVerb(doc, before.first, before.end))) return null;
  // "As the newspaper reported, the two parties agreed", "When the vote was called, the senators agreed": an opening clause
  // of one piece, with a subordinator, that hangs on a cue ending the sentence is its circumstance, not what its subject said
  // (not "If the demands are not met, Mr. Taylor warned, supporters plan to leave": the parse hangs it there too)
  if (!restHasVerb && nextComma(doc, before.first, before.end) === before.end && isAdverbialClauseOf(doc, k, before.first, before.end)) return null;
  markSpansUsed(scan, before.first, before.end);
  markUsed(scan, k, k + 1);
  return { pieces, kind, speaker: toSpeaker(scan, speaker), cue: { start: doc.start[k]!, end: doc.end[k]! } };
}
