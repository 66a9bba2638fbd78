// Content clauses of reported speech: their sentence, where they end, and the
// kind of quotation the quoted words inside them make.
//
//   She insisted that “no one will trade our land for a ceasefire.”   mixed: ends in quoted words
//   He branded the plan “reckless”.                                   partial: a few quoted words
//   Cook said Carter stopped the practice | , but Cook did not say when.   a second clause ends it
import type { Doc } from '../nlp/index.ts';
import { hasRelation, subtreeSpan } from '../nlp/tree.ts';
import { datelineDash } from '../nlp/dateline.ts';
import { finiteVerbTags } from '../nlp/closed-class.ts';
import { cueVerbAt } from './cues.ts';
import { isNounPhraseToken } from './speakers.ts';
import { markUsed, toSpeaker, type Found, type Scan } from './scan.ts';
import type { SpeakerPhrase } from './speakers.ts';
import { isWordCode, sentenceEndWords } from './tokens.ts';
import { dashes, speakingPronouns } from './closed-class.ts';

/** A content clause needs at least this many words. */
export const minContentWords = 2;
/** Quoted words up to this many inside reported speech make a partial quotation, more a mixed one. */
const maxPartialQuotedWords = 4;
export const verbPos = new Set(['VERB', 'AUX']);

/** verbPos.has(p), as a comparison. */
function isVerbPos(p: string): boolean {
  return p === 'VERB' || p === 'AUX';
}

export function isCapitalised(doc: Doc, t: number): boolean {
  const c = doc.value[t]!.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a;
}


/**
 * Words after a comma that start the writer's own addition to a reported clause: a relative clause on a person.
 * (", including ...", ", despite ...", ", with ...", ", even though ...", ", as ...", ", after ..." are not: PolNeAR runs
 * the content on past them far more often than it stops.)
 */
const clauseClosers = new Set(['who', 'whom', 'whose']);
/** Words that open a content clause with a subordinate clause of its own ("said that if elected, he would ..."). */
export const contentOpeners = new Set([
  'if', 'when', 'while', 'although', 'though', 'because', 'as', 'after', 'before', 'since', 'unless', 'once', 'until',
  'whether',
]);

export type Sentence = { first: number; end: number };

function startsLowerCase(doc: Doc, t: number): boolean {
  const c = doc.value[t]!.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a;
}

/**
 * Where content that would open `sentence` at `first` starts: after the dateline the sentence opens with
 * ("BAGHDAD, Dec 20 - | A suicide attacker ploughed ..., officials said"), else at `first`.
 */
export function afterDateline(doc: Doc, sentence: Sentence, first: number, end: number): number {
  const si = doc.sentence[sentence.first]!;
  if (doc.sentences[si]!.firstToken !== sentence.first) return first;
  const dash = datelineDash(doc, si);
  return dash !== -1 && first <= dash && dash + 1 < end ? dash + 1 : first;
}

export function sentenceOf(scan: Scan, t: number): Sentence {
  const { doc } = scan;
  const s = doc.sentences[doc.sentence[t]!]!;
  const p = scan.paragraphOf[t]!;
  let first = Math.max(s.firstToken, scan.paragraphFirst[p]!);
  let end = Math.min(s.endToken, scan.paragraphEnd[p]!);
  // wink ends sentences inside quotations (“Great! Trump is ...”): a quotation holds its sentence together.
  const spanAtEnd = scan.spanOf[end - 1]!;
  if (spanAtEnd !== -1) end = Math.min(Math.max(end, scan.spans[spanAtEnd]!.afterToken), scan.paragraphEnd[p]!);
  const spanAtFirst = scan.spanOf[first]!;
  if (spanAtFirst !== -1) first = Math.max(Math.min(first, scan.spans[spanAtFirst]!.openToken), scan.paragraphFirst[p]!);
  // "Sen. Bernie Sanders (I-Vt.) said": wink ends a sentence at an abbreviation inside parentheses;
  // a sentence does not start with a closing parenthesis or a lower-case word.
  if (first > scan.paragraphFirst[p]! && (doc.value[first - 1] === ')' || doc.value[first] === ')' || startsLowerCase(doc, first))) {
    first = Math.max(doc.sentences[doc.sentence[first - 1]!]!.firstToken, scan.paragraphFirst[p]!);
  }
  // ... with little girls.” Cruz says, “That is ...”: wink does not end a sentence after a period
  // inside closing marks; a capitalised word after them starts a new one.
  for (let c = first + 1; c + 1 < end; c++) {
    const q = scan.spanOf[c]!;
    if (q === -1 || c !== scan.spans[q]!.afterToken - 1 || !scan.spans[q]!.closed || doc.value[c - 1] !== '.' || !isCapitalised(doc, c + 1)) continue;
    if (t > c) first = c + 1;
    else {
      end = c + 1;
      break;
    }
  }
  return { first, end };
}

/** End of the content that runs from `first` to the end of the sentence, without final punctuation. */
export function contentEnd(doc: Doc, first: number, sentence: Sentence): number {
  let end = sentence.end;
  while (end > first && (sentenceEndWords.has(doc.value[end - 1]!) || doc.value[end - 1] === ',' || doc.value[end - 1] === ':' || doc.value[end - 1] === ';'))
    end--;
  return end;
}

export function hasVerb(doc: Doc, first: number, end: number): boolean {
  const pos = doc.pos;
  for (let t = first; t < end; t++) {
    const p = pos[t];
    if (p === 'VERB' || p === 'AUX') return true;
  }
  return false;
}

/** The number of word tokens (isWordToken) in [first, end). */
export function words(doc: Doc, first: number, end: number): number {
  const value = doc.value;
  let n = 0;
  for (let t = first; t < end; t++) {
    const c = value[t]!.charCodeAt(0);
    if (c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) : isWordCode(c)) n++;
  }
  return n;
}

/** First token at or after `from` (up to `end`) that is ',' or ';', or `end`. */
export function nextComma(doc: Doc, from: number, end: number): number {
  for (let t = from; t < end; t++) if (doc.value[t] === ',' || doc.value[t] === ';') return t;
  return end;
}

/** "and the Senate tends ...", "but Cook did not say": a conjunction opening a clause with a subject of its own at t. */
function startsCoordinatedClause(doc: Doc, t: number, end: number): boolean {
  return doc.pos[t] === 'CCONJ' && t + 1 < end && (isNounPhraseToken(doc, t + 1) || doc.pos[t + 1] === 'PRON');
}

/** ", NP cue" or ", said NP" from t: an attribution of its own after a break mark. */
function attributionAt(scan: Scan, t: number, end: number, verbSeen: boolean): boolean {
  return attributionCue(scan, t, end, verbSeen) !== -1;
}

/** The cue of the attribution attributionAt finds from t, or -1. */
function attributionCue(scan: Scan, t: number, end: number, verbSeen: boolean): number {
  const { doc, lexicon } = scan;
  let k = t;
  while (k < end && isNounPhraseToken(doc, k)) k++;
  const subjectEnd = k;
  while (k < end && (doc.pos[k] === 'ADV' || doc.pos[k] === 'AUX')) k++;
  if (!(k < end + 1 && cueVerbAt(doc, k, lexicon) !== undefined && (subjectEnd > t || verbSeen))) return -1;
  // (an inverted one, ", said the minister", ends with its subject, unless the cue goes on with a clause of its own (", recalled
  // that ...") or is a participle (", asking rhetorically: ..."): ", felt dizzy and had a fever", ", proposed last month as
  // part of ..." are predicates of the clause)
  if (subjectEnd === t && doc.lower[k + 1] !== 'that' && !doc.lower[k]!.endsWith('ing')) {
    let e = k + 1;
    while (e < end && isNounPhraseToken(doc, e)) e++;
    if (e === k + 1 || (e < end && doc.value[e] !== ',' && !sentenceEndWords.has(doc.value[e]!))) return -1;
  }
  return k;
}

/** ", a Chinese official said." from t: an attribution whose cue ends the clause, with nothing of its own after it. */
function closingAttributionAt(scan: Scan, t: number, end: number): boolean {
  const k = attributionCue(scan, t, end, false);
  return k !== -1 && (k + 1 >= end || scan.doc.value[k + 1] === ',' || sentenceEndWords.has(scan.doc.value[k + 1]!));
}

/** Whether the tree hangs word w on a noun in [first, end) as its modifier or preposition ("files, including records"). */
function modifiesWithin(doc: Doc, w: number, first: number, end: number): boolean {
  // ", according to ..." names a source of its own
  if (doc.lower[w] === 'according') return false;
  // a preposition hangs on its own noun, which hangs on the modified one
  const head = hasRelation(doc, w, 'case') && doc.head[w]! > w ? doc.head[doc.head[w]!]! : hasRelation(doc, w, 'acl') ? doc.head[w]! : -1;
  return head >= first && head < end && isNounPhraseToken(doc, head);
}

/** Parts of speech of the words of a list of nouns or their modifiers. */
const listUpos = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Whether ", and" at comma t goes on with the last item of a list inside the clause rather than a clause of its
 * own: "talking with Chinese, Japanese, and South Korean officials", "expects Obama, Abe, and Park to". On the
 * tree the phrase after the conjunction is a conjunct of a noun before the comma and no predicate's subject.
 */
function continuesList(doc: Doc, t: number, end: number): boolean {
  let h = t + 2;
  while (doc.head[h]! > t + 1 && doc.head[h]! < end) h = doc.head[h]!;
  const host = doc.head[h]!;
  const onTree = hasRelation(doc, h, 'conj') && host >= 0 && host < t && listUpos.has(doc.upos[h]!) && listUpos.has(doc.upos[host]!);
  if (!(onTree || isSerialList(doc, t))) return false;
  if (hasChildRelation(doc, h, t + 1, end, 'nsubj', 'cop')) return false;
  // (nor the subject of a verb after it, which the parse took for a conjunct: ", and Brian Deese, the adviser, said ...")
  const { first, last } = onTree ? subtreeSpan(doc, h) : { first: t + 2, last: t + 1 };
  for (let v = t + 2; v < end; v++) if ((v < first || v > last) && (doc.pos[v] === 'VERB' || finiteVerbTags.has(doc.xpos[v]!))) return false;
  for (let v = t + 2; v <= last && v < end; v++) if (finiteVerbTags.has(doc.xpos[v]!) && hasChildRelation(doc, v, t + 2, end, 'nsubj')) return false;
  return true;
}

/** Whether a noun phrase at t is the subject of a verb after it, before `end`: "or the talks will fail". */
function startsOwnClause(doc: Doc, t: number, end: number): boolean {
  for (let s = t; s < end && (isNounPhraseToken(doc, s) || doc.upos[s] === 'PRON'); s++) {
    const verb = doc.head[s]!;
    if (hasRelation(doc, s, 'nsubj', 'nsubj:pass', 'expl') && verb > s && verb < end) return true;
  }
  return false;
}

/** Most words of one item of a list between its commas: "roads, | public schools |, and parks". */
const maxListItemTokens = 4;

/** Whether comma t closes an item of a list set off by commas on both sides in word order: "Ohio, Michigan, | and Hawaii". */
function isSerialList(doc: Doc, t: number): boolean {
  let p = t - 1;
  while (p > 0 && t - p <= maxListItemTokens && isNounPhraseToken(doc, p) && doc.value[p] !== ',') p--;
  return p > 0 && p < t - 1 && doc.value[p] === ',' && isNounPhraseToken(doc, p - 1);
}

/** Whether token h has a child in [first, end) in one of `relations`. */
function hasChildRelation(doc: Doc, h: number, first: number, end: number, ...relations: string[]): boolean {
  for (let c = first; c < end; c++) if (doc.head[c] === h && hasRelation(doc, c, ...relations)) return true;
  return false;
}

/**
 * Where a content clause that starts at `first` ends, before `end`:
 *   branded the plan “reckless” | and demanded a vote        a second predicate of the subject
 *   said Carter stopped the practice | , but Cook did not say when   a second clause
 *   argued a number of cases | , Blackwell maintains          another cue's attribution
 */
export function clauseEnd(scan: Scan, first: number, end: number): number {
  const { doc, spanOf, lexicon } = scan;
  const { pos, lower, value } = doc;
  let verbSeen = isVerbPos(pos[first]!);
  let auxiliarySeen = false;
  let opener = lower[first] === 'that' ? first + 1 : first;
  // "that, if elected, he would ...": a comma after "that" before its clause's own opening
  if (opener > first && opener + 1 < end && value[opener] === ',') opener++;
  // "that even after he steps down, he will ...", "only if elected, she would ...": an adverb before the subordinator
  if (opener + 1 < end && pos[opener] === 'ADV' && contentOpeners.has(lower[opener + 1]!)) opener++;
  let openedBySubordinate = opener < end && (pos[opener] === 'SCONJ' || contentOpeners.has(lower[opener]!));
  for (let t = first + 1; t + 1 < end; t++) {
    const p = pos[t]!;
    if (t < opener) continue;
    if (spanOf[t] !== -1) {
      // Quoted words carry the clause's verb too: that Romney “had a crazy policy,” | adding ...
      if (p === 'VERB') verbSeen = true;
      else if (p === 'AUX') verbSeen = auxiliarySeen = true;
      continue;
    }
    const v = value[t]!;
    // “... was maniacal,” adding ...: a participle after quoted words that end in a comma.
    if (p === 'VERB' && verbSeen && spanOf[t - 1] !== -1 && value[t - 2] === ',' && lower[t]!.endsWith('ing')) return t;
    if (p === 'CCONJ') {
      const nextPos = pos[t + 1];
      // An object followed by "and VERB" is the subject's second predicate; a clause's own "and VERB" is not.
      if (nextPos === 'VERB' && !verbSeen) return t;
      // ... and noted that ...: a second cue of the same speaker starts a quotation of its own.
      if (nextPos === 'VERB' && cueVerbAt(doc, t + 1, lexicon)) return t;
      // ... but did not suggest it would be Trump: the same, after an auxiliary and a negation
      if (nextPos === 'AUX') {
        let v = t + 2;
        while (v < end && (pos[v] === 'PART' || pos[v] === 'ADV')) v++;
        if (v < end && pos[v] === 'VERB' && cueVerbAt(doc, v, lexicon)) return t;
      }
    } else if (p === 'VERB') verbSeen = true;
    else if (p === 'AUX') verbSeen = auxiliarySeen = true;
    if (v !== ',') {
      // A dash inside a content clause sets off an aside ("to ban all Muslims — 1.6 billion members of an entire
      // religion — from entering", "— including the cost —") or an elaboration ("is in decline — a decline that
      // took hold ..."); the clause goes on. It ends there only before a new coordinated clause with a subject of
      // its own ("— and the Senate tends to slow down ...") or an attribution of its own.
      if (verbSeen && dashes.has(v) && (startsCoordinatedClause(doc, t + 1, end) || attributionAt(scan, t + 1, end, verbSeen))) return t;
      continue;
    }
    const next = pos[t + 1]!;
    const nextWord = lower[t + 1]!;
    // argued that A, and that B: a second that-clause the cue reports too
    if (lower[first] === 'that' && next === 'CCONJ' && lower[t + 2] === 'that' && !hasRelation(doc, t + 2, 'nsubj', 'obj', 'det')) {
      t += 2;
      openedBySubordinate = t + 1 < end && (pos[t + 1] === 'SCONJ' || contentOpeners.has(lower[t + 1]!));
      continue;
    }
    // , but Cook did not say   , while 4 in 10 want   , calling them
    // (", or" goes on with an alternative or another name unless a clause with a subject of its own follows: "educated in a
    // madrassa, or Islamic school", "pressure from Wall Street, or corporate greed, had prompted ...")
    const alternative = nextWord === 'or' && !startsOwnClause(doc, t + 2, end);
    if ((next === 'CCONJ' && t + 2 < end && (isNounPhraseToken(doc, t + 2) || pos[t + 2] === 'PRON') && !continuesList(doc, t, end) && !alternative) || (next === 'SCONJ' && verbSeen)) return t;
    // (not a participle the tree hangs on a noun of the clause as its modifier or preposition: ", including ...")
    // (nor one the tree makes a preposition, wherever its phrase hangs: "has 1,061, including 38 superdelegates"; but
    // ", according to ..." names a source of its own)
    const preposition = hasRelation(doc, t + 1, 'case') && nextWord !== 'according';
    if (next === 'VERB' && nextWord.endsWith('ing') && verbSeen && !modifiesWithin(doc, t + 1, first, t) && !preposition) return t;
    // , which was passed in 2010: a comment of the writer's on what was said
    if (nextWord === 'which' && verbSeen) return t;
    // , who trailed by 20 points: the writer's addition
    if (verbSeen && clauseClosers.has(nextWord)) return t;
    // ..., a swipe at the disturbances at Trump's rallies: an indefinite noun phrase after a complete clause is the writer's comment
    // (an auxiliary makes sure the clause has its verb: in "a tax cut, a wall and ..." the tagger may take "cut" for one)
    if (auxiliarySeen && (nextWord === 'a' || nextWord === 'an') && !openedBySubordinate) return t;
    // said the talks had failed, he made it clear ...: a new clause with a subject of its own
    // (not "said that if elected, he would ...": the comma closes the clause's own opening)
    if (verbSeen && !openedBySubordinate && speakingPronouns.has(nextWord) && isVerbPos(pos[t + 2]!)) return t;
    // "that while he opposed Trump, | he was supporting Cruz", "that at a meeting in 1972, | he supported ...": a comma
    // that closes the clause's own opening, or comes before the verb of a that-clause, leaves the clause unfinished;
    // a subject and a cue verb after it are the clause's own, not an attribution
    const unfinished = openedBySubordinate || (lower[first] === 'that' && !verbSeen);
    openedBySubordinate = false;
    // , NP cue  or  , said NP: an attribution of its own
    // (there only one that closes the sentence: "that when China's spending helped growth, | a Chinese official said")
    if (unfinished ? closingAttributionAt(scan, t + 1, end) : attributionAt(scan, t + 1, end, verbSeen)) return t;
  }
  return end;
}

/** Label the content by the quoted words inside it, and mark those spans as used. Null when it overlaps a quotation already output. */
export function contentKind(scan: Scan, first: number, end: number): { kind: Found['kind']; end: number } | null {
  const { doc } = scan;
  let quoted = 0;
  let lastSpan = -1;
  for (let t = first; t < end; t++) {
    const s = scan.spanOf[t]!;
    if (s === -1 || s === lastSpan) continue;
    if (scan.spanUsed[s] && !scan.bareQuote[s] && !scan.spanEmbedded[s]) return null;
    lastSpan = s;
    if (scan.spanTerm[s]) continue;
    const span = scan.spans[s]!;
    quoted += words(doc, span.firstInner, span.endInner);
    // A quotation that starts inside the content runs to its closing mark.
    if (span.afterToken > end) end = span.afterToken;
  }
  if (quoted === 0) return { kind: 'indirect', end };
  const all = words(doc, first, end);
  if (quoted >= all) return { kind: 'direct', end };
  return { kind: quoted <= maxPartialQuotedWords ? 'partial' : 'mixed', end };
}

/** Mark the quoted spans in [first, end) as part of a quotation; a bare direct quotation made of one of them is taken over. */
export function markSpansUsed(scan: Scan, first: number, end: number): void {
  for (let t = first; t < end; t++) {
    const s = scan.spanOf[t]!;
    if (s === -1) continue;
    scan.spanUsed[s] = 1;
    const bare = scan.bareQuote[s];
    if (bare) {
      bare.pieces = bare.pieces.filter(([a, b]) => b <= scan.doc.start[first]! || a >= scan.doc.end[end - 1]!);
      scan.bareQuote[s] = null;
    }
  }
}

export function offsets(doc: Doc, first: number, end: number): [number, number] {
  return [doc.start[first]!, doc.end[end - 1]!];
}

/**
 * The quotation a cue at token k makes of its content clause from `first` to the end
 * contentKind found: the quoted spans inside and the cue token are claimed; the cue's span
 * runs from token `cueFirst` (a verb before an evidential "appears", say) to k.
 */
export function claimContent(
  scan: Scan,
  k: number,
  first: number,
  labelled: { kind: Found['kind']; end: number },
  speaker: SpeakerPhrase | null,
  cueFirst = k,
): Found {
  const { doc } = scan;
  markSpansUsed(scan, first, labelled.end);
  markUsed(scan, k, k + 1);
  return {
    pieces: [offsets(doc, first, labelled.end)],
    kind: labelled.kind,
    speaker: toSpeaker(scan, speaker),
    cue: { start: doc.start[cueFirst]!, end: doc.end[k]! },
  };
}
