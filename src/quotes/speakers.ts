// Speakers: the noun phrase that a cue attributes words to, found from the
// grammar around the cue, then resolved to an actor through the actor stage's
// mentions (which already carry coreference: "he", "the president").
//
//   Jeb Bush, the former Florida governor, has said ...   subject before the cue
//   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//   “...,” said Nathalie Tocci, the director of IAI.      inversion after the cue
//              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
import type { Actor, Mention, Quote, Span } from '../model.ts';
import { afterGluedHyphen, hyphens, isGluedHyphen, type Doc } from '../nlp/index.ts';
import { children, hasRelation, subtreeSpan } from '../nlp/tree.ts';
import { daysFromToday, months, possessiveDeterminers, timeWords, weekdays } from '../nlp/closed-class.ts';
import { dashes, descriptionPronouns, subjectPronouns } from './closed-class.ts';

export type Speaker = NonNullable<Quote['speaker']>;

/** A speaker phrase as token ranges: the whole phrase, and the part that names (without an appositive). */
export type SpeakerPhrase = { first: number; end: number; nameFirst: number; nameEnd: number };

/** Words between a subject and its cue that do not end the subject: "has repeatedly said". */
const cueModifierPos = new Set(['AUX', 'ADV', 'PART']);
/** Heads that can speak (a phrase made only of these is not a speaker: "this", "some"). */
const speakerHeadPos = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']); // NUM: "two in three said"
/** Pronouns that cannot be the subject of a cue. */
const objectPronouns = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'this', 'that', 'what', 'which', 'there', 'here']);
const subjectPronounsOk = new Set(['it']);
const relativePronouns = new Set(['who', 'whom', 'whose', 'which', 'that']);
const nounPhraseLinks = new Set(['of', 'in', '&', ...hyphens, "'s", '’s', "'", '’']);
const maxSpeakerTokens = 14;
const maxParenthesisTokens = 8;
/** Longest clause set off by commas between a subject and its cue. */
const maxInsertTokens = 30;
/** Words that open such a clause: "Sanders, who has already sent pleas, said". */
const insertStarts = new Set(['who', 'which', 'whose', 'along', 'together', 'like', 'unlike', 'in', 'at', 'speaking', 'as', 'both', 'also', 'now', 'once',
  // Murphy, though, said   Mr. Sperling, then 38, said   Andrew Liveris, of course, said
  'then', 'though', 'however', 'meanwhile', 'too', 'instead', 'of', 'for']);

/** "Jolly said": wink tags some names ADV; a capitalised word is not an adverb of the cue. */
function isCapitalisedWord(doc: Doc, t: number): boolean {
  const c = doc.value[t]!.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a && doc.value[t]!.length > 1;
}

const onlyPunctuation = /^[\p{P}\p{S}]+$/u;

export function isNounPhraseToken(doc: Doc, t: number): boolean {
  const p = doc.pos[t]!;
  // (wink tags the horizontal bar of "WASHINGTON ― Senate leaders said" a name)
  if (dashes.has(doc.value[t]!)) return false;
  // Parts of speech a speaker noun phrase is made of.
  if (p === 'NOUN' || p === 'PROPN' || p === 'DET' || p === 'ADJ' || p === 'PRON' || p === 'NUM') return true;
  // "said Will Doyle": wink tags the name a modal; the parse's own tagger knows it is a name
  // (not punctuation, the tagger calls a stray dash PROPN too; but a hyphen inside a name is: "R-Wis.")
  if (doc.upos[t] === 'PROPN' && (!onlyPunctuation.test(doc.value[t]!) || isGluedHyphen(doc, t))) return true;
  // "self-described", "so-called": a word glued to a hyphen belongs to the compound it ends.
  if (afterGluedHyphen(doc, t) && (p === 'VERB' || p === 'ADV')) return true;
  if (p === 'PART') return doc.lower[t] === "'s" || doc.lower[t] === '’s';
  // wink tags some names VERB or ADV ("Cook said", "Ted Cruz"): a capitalised word is part of a name.
  const c = doc.value[t]!.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a && (p === 'VERB' || p === 'ADV' || p === 'ADJ' || p === 'X' || p === 'INTJ');
}

/** The noun phrase that ends at token `last` (inclusive), going left, not before `limit`. */
function nounPhraseEndingAt(doc: Doc, last: number, limit: number): number {
  // "told Breitbart News he ...", "something she called for": a personal pronoun is a phrase of its own.
  if (last >= limit && doc.pos[last] === 'PRON' && subjectPronouns.has(doc.lower[last]!)) return last;
  let first = last + 1;
  for (let t = last; t >= limit && last - t < maxSpeakerTokens; t--) {
    if (isNounPhraseToken(doc, t)) {
      first = t;
      continue;
    }
    // "Secretary of State John Kerry", "Mazar-i-Sharif": a link inside a name.
    // (a spaced hyphen is no link: "PARIS, June 29 - Prime Minister Jacques Chirac said" starts after the dateline)
    if (
      nounPhraseLinks.has(doc.lower[t]!) &&
      (!hyphens.has(doc.value[t]!) || isGluedHyphen(doc, t)) &&
      t - 1 >= limit &&
      isNounPhraseToken(doc, t - 1) &&
      t < last
    ) {
      first = t;
      continue;
    }
    break;
  }
  // A phrase may not start with a link word.
  while (first <= last && nounPhraseLinks.has(doc.lower[first]!)) first++;
  return first;
}

function hasSpeakerHead(doc: Doc, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (speakerHeadPos.has(doc.pos[t]!) || isCapitalisedWord(doc, t)) return true;
  return false;
}

function isPlausibleSpeaker(doc: Doc, first: number, end: number): boolean {
  if (end <= first || !hasSpeakerHead(doc, first, end)) return false;
  if (end - first === 1 && doc.pos[first] === 'PRON' && objectPronouns.has(doc.lower[first]!) && !subjectPronounsOk.has(doc.lower[first]!)) return false;
  return true;
}

/**
 * The subject of the cue at token `cue`: the noun phrase right before it,
 * skipping auxiliaries and adverbs ("has repeatedly said"), with an appositive
 * ("Jeb Bush, the former Florida governor, said"). Null when there is none.
 */
export function subjectBefore(doc: Doc, cue: number, limit: number): SpeakerPhrase | null {
  let last = cue - 1;
  // ("he’s predicting": a contracted auxiliary is skipped too; a possessive 's, tagged PART, is not)
  while (
    last >= limit &&
    cueModifierPos.has(doc.pos[last]!) &&
    ((doc.lower[last] !== "'s" && doc.lower[last] !== '’s') || doc.pos[last] === 'AUX') &&
    !isCapitalisedWord(doc, last)
  )
    last--;
  if (last < limit) return null;
  // Paul Ryan (R-WI) said: the party tag in parentheses belongs to the name.
  let tagEnd = -1;
  if (doc.value[last] === ')') {
    let open = last - 1;
    while (open >= limit && last - open <= maxParenthesisTokens && doc.value[open] !== '(') open--;
    if (open >= limit && doc.value[open] === '(' && open - 1 >= limit) {
      tagEnd = last + 1;
      last = open - 1;
    }
  }
  // those surveyed say ..., voters polled said ...: a participle after the subject's head belongs to it.
  if (doc.pos[last] === 'VERB' && doc.lower[last]!.endsWith('ed') && last - 1 >= limit && last === cue - 1 &&
    (doc.lower[last - 1] === 'those' || (doc.pos[last - 1] === 'NOUN' && doc.lower[last - 1]!.endsWith('s')))) {
    const head = doc.lower[last - 1] === 'those' ? { first: last - 1, end: last, nameFirst: last - 1, nameEnd: last } : subjectEndingAt(doc, last - 1, limit);
    if (head) return { ...head, end: last + 1, nameEnd: last + 1 };
  }
  const found = subjectEndingAt(doc, last, limit);
  if (found && tagEnd !== -1) found.end = tagEnd;
  if (found) startAtTreeSubject(doc, cue, found);
  // Mr. Trump was prompted to say: the subject of the verb that governs "to say".
  if (!found && doc.lower[cue - 1] === 'to' && cue - 2 >= limit && doc.pos[cue - 2] === 'VERB') return subjectBefore(doc, cue - 2, limit);
  return found;
}

/** Prepositions that also open a clause, whose subject the tree may tear from the phrase before it ("after US House speaker Newt Gingrich said"). */
const clauseOpeners = new Set(['after', 'before', 'since', 'until', 'as', 'like', 'because', 'while']);

/**
 * "In the letter Minister Bliznakov informed ...": word order runs the object of an opening
 * preposition into the subject after it. When the preposition's noun lies in the phrase before the
 * subject the tree gives the cue, the phrase starts at that subject.
 */
function startAtTreeSubject(doc: Doc, cue: number, phrase: SpeakerPhrase): void {
  const preposition = phrase.first - 1;
  if (preposition < 0 || doc.upos[preposition] !== 'ADP' || !hasRelation(doc, preposition, 'case') || clauseOpeners.has(doc.lower[preposition]!)) return;
  const object = doc.head[preposition]!;
  for (const subject of children(doc, cue, 'nsubj')) {
    const { first, last } = subtreeSpan(doc, subject);
    if (object < phrase.first || object >= first || first <= phrase.first || last >= phrase.end) continue;
    // (not to a relative pronoun, whose noun is the one before it, nor to a time phrase the tree misread as the subject)
    if (relativePronouns.has(doc.lower[first]!) || isTimePhrase(doc, first, last + 1)) return;
    if (phrase.nameFirst === phrase.first) phrase.nameFirst = first;
    phrase.first = first;
    return;
  }
}

function subjectEndingAt(doc: Doc, last: number, limit: number): SpeakerPhrase | null {
  if (doc.value[last] === ',') {
    // Appositive: NAME , DESCRIPTION , cue   (the description may hold prepositions:
    // "Mark Mahaney, technology analyst at RBC Capital Markets, agreed")
    let appositiveFirst = last;
    // (", R-NY,": a hyphen glued inside the appositive)
    while (
      appositiveFirst - 1 >= limit &&
      last - appositiveFirst < maxInsertTokens &&
      (isNounPhraseToken(doc, appositiveFirst - 1) ||
        ((doc.pos[appositiveFirst - 1] === 'ADP' || doc.pos[appositiveFirst - 1] === 'CCONJ') && appositiveFirst < last) ||
        isGluedHyphen(doc, appositiveFirst - 1))
    )
      appositiveFirst--;
    while (appositiveFirst < last && !isNounPhraseToken(doc, appositiveFirst)) appositiveFirst++;
    if (appositiveFirst <= last - 1 && appositiveFirst - 1 >= limit && doc.value[appositiveFirst - 1] === ',') {
      const nameFirst = nounPhraseEndingAt(doc, appositiveFirst - 2, limit);
      if (isPlausibleSpeaker(doc, nameFirst, appositiveFirst - 1)) return { first: nameFirst, end: last, nameFirst, nameEnd: appositiveFirst - 1 };
    }
    // NAME , who ... ,  /  NAME , speaking to ... ,  /  NAME , along with ... , cue
    for (let open = last - 2; open > limit && last - open <= maxInsertTokens; open--) {
      const v = doc.value[open]!;
      if (v === '.' || v === '“' || v === '”' || v === '"') break;
      if (v !== ',') continue;
      const inserted = doc.lower[open + 1]!;
      if (!(insertStarts.has(inserted) || (doc.pos[open + 1] === 'VERB' && (inserted.endsWith('ing') || inserted.endsWith('ed'))))) break;
      const nameFirst = nounPhraseEndingAt(doc, open - 1, limit);
      if (isPlausibleSpeaker(doc, nameFirst, open) && speakerHeadPos.has(doc.pos[open - 1]!)) return { first: nameFirst, end: last, nameFirst, nameEnd: open };
      break;
    }
    return null;
  }
  const first = nounPhraseEndingAt(doc, last, limit);
  // Clinton Tuesday said ...; a statement yesterday saying ...: a day at the end of the phrase is when, not who.
  // ("USA Today": a capitalised "Today" is a name; "The United States in February", "Congress late Tuesday": the words that lead to the day go with it)
  const isDay = (t: number) => dayNames.has(doc.lower[t]!) || relativeDays.has(doc.value[t]!);
  if (last > first && isDay(last)) {
    last--;
    while (last > first && (isDay(last) || dayLeads.has(doc.lower[last]!))) last--;
  }
  // Trump earlier Tuesday backed away ...; Clinton on Tuesday said ...: a time phrase between the subject and its verb.
  if (first <= last && isTimePhrase(doc, first, last + 1)) {
    let before = first - 1;
    while (before >= limit && (doc.pos[before] === 'ADV' || (doc.pos[before] === 'ADP' && timePrepositions.has(doc.lower[before]!)))) before--;
    if (before >= limit && before < first - 1) {
      const subjectFirst = nounPhraseEndingAt(doc, before, limit);
      if (isPlausibleSpeaker(doc, subjectFirst, before + 1)) return { first: subjectFirst, end: before + 1, nameFirst: subjectFirst, nameEnd: before + 1 };
    }
  }
  if (!isPlausibleSpeaker(doc, first, last + 1) || isTimePhrase(doc, first, last + 1)) return null;
  return { first, end: last + 1, nameFirst: first, nameEnd: last + 1 };
}

/** Prepositions that open a time phrase: "on Tuesday", "in March", "during the debate" is not one (not a time word). */
const timePrepositions = new Set(['on', 'in', 'at', 'by', 'since', 'until']);

/** Names of days and months (not "may": the modal, or a name), and days named from today, in lower case ("USA Today" is a name). */
const dayNames = new Set([...weekdays, ...months.filter((m) => m !== 'may')]);
const relativeDays = new Set(daysFromToday);
/** Words that lead to a day at the end of a phrase: "in February", "late Tuesday". */
const dayLeads = new Set(['in', 'on', 'since', 'until', 'late', 'early', 'earlier', 'last', 'this', 'next']);

function isTimePhrase(doc: Doc, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (!timeWords.has(doc.lower[t]!) && doc.pos[t] !== 'NUM' && doc.pos[t] !== 'DET') return false;
  return true;
}

/** The noun phrase that starts at token `t` (inversion: "said Nathalie Tocci, the director of IAI"). */
export function nounPhraseAfter(doc: Doc, t: number, limit: number): SpeakerPhrase | null {
  let end = t;
  // (told reporters | he had ...: a personal pronoun after a noun starts the next clause)
  while (
    end < limit &&
    end - t < maxSpeakerTokens &&
    !(end > t && doc.pos[end] === 'PRON' && subjectPronouns.has(doc.lower[end]!)) &&
    (isNounPhraseToken(doc, end) || (nounPhraseLinks.has(doc.lower[end]!) && end > t && end + 1 < limit && isNounPhraseToken(doc, end + 1)))
  )
    end++;
  if (!isPlausibleSpeaker(doc, t, end)) return null;
  // An appositive after a comma: ", the director of the Institute of International Affairs"
  let whole = end;
  if (end + 1 < limit && doc.value[end] === ',' && (doc.pos[end + 1] === 'DET' || doc.pos[end + 1] === 'ADJ' || doc.pos[end + 1] === 'NOUN')) {
    let a = end + 1;
    // (", an Orlando Republican | who founded ...": a relative clause ends the appositive)
    while (
      a < limit &&
      a - end < maxSpeakerTokens &&
      !relativePronouns.has(doc.lower[a]!) &&
      (isNounPhraseToken(doc, a) || doc.pos[a] === 'ADP' || doc.pos[a] === 'CCONJ')
    )
      a++;
    if (a > end + 1) whole = a;
  }
  return { first: t, end: whole, nameFirst: t, nameEnd: end };
}

/** Index of the first mention that ends after `offset` (mentions are sorted and do not overlap). */
function firstMentionEndingAfter(mentions: Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The actor mention inside a span; the last one wins, since English puts the head last ("the Kremlin's spokesman Dmitry Peskov"). */
export function mentionWithin(mentions: Mention[], span: Span): Mention | undefined {
  let found: Mention | undefined;
  for (let i = firstMentionEndingAfter(mentions, span.start); i < mentions.length && mentions[i]!.start < span.end; i++) found = mentions[i];
  return found;
}

/**
 * What the text calls the group a pronoun refers to: its last mention before the pronoun that is not
 * itself a pronoun ("Voters in Flint ... They said" -> "Voters in Flint"). A group actor's own name
 * ("United States civilians") is a category, not words of the text; it is the fallback.
 */
function groupName(mentions: Mention[], pronoun: Mention, actor: Actor): string {
  let name = actor.name;
  for (let i = 0; i < mentions.length && mentions[i]!.start < pronoun.start; i++) {
    const m = mentions[i]!;
    const word = m.text.toLowerCase();
    if (m.actor === actor.id && !descriptionPronouns.has(word) && !objectPronouns.has(word) && !possessiveDeterminers.has(word)) name = m.text;
  }
  return name;
}

/** Build the Speaker record: span and name from the text, actor from a mention inside the naming part. */
export function speakerFromPhrase(doc: Doc, phrase: SpeakerPhrase, mentions: Mention[], actorsById: Map<string, Actor>): Speaker {
  const start = doc.start[phrase.first]!;
  const end = doc.end[phrase.end - 1]!;
  const nameStart = doc.start[phrase.nameFirst]!;
  const nameEnd = doc.end[phrase.nameEnd - 1]!;
  let name = doc.text.slice(nameStart, nameEnd);
  // The mention of the phrase's head (its last word): "his publicist" is not the man "his" refers to.
  let headToken = phrase.nameEnd - 1;
  while (headToken > phrase.nameFirst && !isNounPhraseToken(doc, headToken)) headToken--;
  const mention = mentionWithin(mentions, { start: doc.start[headToken]!, end: doc.end[headToken]! });
  const speaker: Speaker = { start, end, name };
  if (mention) {
    speaker.actor = mention.actor;
    // A pronoun or a description ("he", "the official") is named by the actor it was resolved to.
    const onlyDescription =
      phrase.nameEnd - phrase.nameFirst === 1 ? descriptionPronouns.has(doc.lower[phrase.nameFirst]!) : doc.pos[phrase.nameFirst] === 'DET';
    const actor = actorsById.get(mention.actor);
    // "he" and "she" name a person; a pronoun resolved to a state or a group keeps its own text.
    const personal = phrase.nameEnd - phrase.nameFirst === 1 && (doc.lower[phrase.nameFirst] === 'he' || doc.lower[phrase.nameFirst] === 'she');
    if (onlyDescription && actor && (!personal || actor.kind === 'person')) name = actor.kind === 'group' ? groupName(mentions, mention, actor) : actor.name;
    speaker.name = name;
  }
  return speaker;
}

/**
 * The subject of a sentence's first predicate, before token `before`: the noun phrase right
 * before the first verb that has one. Leading phrases are passed over:
 *   Speaking at a town hall in Salem, Trump went after Bush, calling him ...      -> Trump
 *   By the end of the day, Mr. Trump was forced into damage control and said ...  -> Mr. Trump
 */
export function firstPredicateSubject(doc: Doc, first: number, before: number): SpeakerPhrase | null {
  for (let v = first + 1; v < before; v++) {
    if (doc.pos[v] !== 'VERB' && doc.pos[v] !== 'AUX') continue;
    const subject = subjectBefore(doc, v, first);
    if (subject) return subject;
  }
  return null;
}
