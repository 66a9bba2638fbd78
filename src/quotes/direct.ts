// Direct quotations: quoted spans that stand as someone's words, with the
// attribution next to them.
//
//   “We will not give up,” the chancellor said on Monday. “Never.”
//   ^ span                 ^ attribution after           ^ second piece, same speaker
//   Trump told reporters: “It will be great.”
//   ^ attribution before  ^ span
//
// A span embedded in a sentence with no attribution next to it is left to the
// reported-speech rules (partial and mixed quotations) or dropped as a term.
import { afterGluedHyphen, isGluedHyphen, type Doc } from '../nlp/index.ts';
import type { QuotedSpan } from './marks.ts';
import { accordingAt, cueVerbAt } from './cues.ts';
import { isTitleLike, termMarkerBefore } from './terms.ts';
import { firstPredicateSubject, isNounPhraseToken, nounPhraseAfter, subjectBefore, type SpeakerPhrase } from './speakers.ts';
import { markUsed, toSpeaker, type Found, type Scan } from './scan.ts';
import { embeddedCueSpeaker, headInside } from './embedded.ts';
import { children, dominates, hasRelation, isPassive, subtreeSpan } from '../nlp/tree.ts';
import { isWordToken, sentenceEndWords } from './tokens.ts';
import { clauseSubjects, dashes } from './closed-class.ts';
import { verbPos } from './clauses.ts';

/**
 * Whether quoted words ending in a comma are followed by "by" and an author's name: “Pop-up art show strives to
 * confront gentrification,” by DNAinfo's Eddie Small; “...,” by the New York Post's Amy Spencer.
 */
function isBylined(doc: Doc, span: QuotedSpan): boolean {
  const by = span.afterToken;
  if (by + 1 >= doc.length || doc.lower[by] !== 'by' || doc.value[span.endInner - 1] !== ',') return false;
  const name = doc.lower[by + 1] === 'the' ? by + 2 : by + 1;
  return name < doc.length && doc.pos[name] === 'PROPN';
}

/** How far an attribution may reach from its quotation, in tokens. */
const maxAttributionTokens = 30;
/** How far back from an opening mark a cue may stand ("told reporters on Monday in Berlin:"). */
const maxLeadInTokens = 16;
/** A span this long (in words) that opens a sentence is a quotation even with no cue. */
const minStandaloneWords = 3;
/** Quoted words as the object of a cue, this short and with no sentence punctuation, are a partial quotation. */
const maxPartialWords = 2;

type Attribution = {
  speaker: SpeakerPhrase | null;
  cueFirst: number;
  cueEnd: number;
  /** first token after the attribution */
  after: number;
  /** the quotation is the object of the cue ("calling the protester “a troublemaker”"), not a clause of its own */
  asObject?: boolean;
  /** ... and the cue's clause is inside a larger one: "a deal he has described as a “rip-off” for workers" */
  embedded?: boolean;
  /** ... and the cue names its plain object with the quoted words, which with that object make one mixed
   * quotation: "dismissed the whole kerfuffle as “absurd.”" starts at "the" */
  namedFirst?: number;
};

/** Words that may stand between a cue and the quotation it takes as object: "described it as", "by saying". */
const objectLinks = new Set(['as', 'by', 'for', 'of', 'to', 'with', 'on', '—', '-']);
/** How far back a cue may stand from a quotation that is its object. */
const maxObjectLeadTokens = 8;

/** The subject of the sentence holding token t, for a participle cue with none of its own ("..., saying “...”"). */
function sentenceSubject(scan: Scan, t: number, limit: number): SpeakerPhrase | null {
  const { doc } = scan;
  const sentenceFirst = doc.sentences[doc.sentence[t]!]!.firstToken;
  const found = firstPredicateSubject(doc, Math.max(limit, sentenceFirst), t);
  if (found || limit <= sentenceFirst) return found;
  // Trump told Newsmax that Romney “had ...,” adding, “...”: the subject stands before an earlier
  // quotation of the same sentence; verbs and subjects inside quotations are passed over.
  const first = Math.max(sentenceFirst, scan.paragraphFirst[scan.paragraphOf[t]!]!);
  for (let v = first + 1; v < limit; v++) {
    if (scan.spanOf[v] !== -1 || (doc.pos[v] !== 'VERB' && doc.pos[v] !== 'AUX')) continue;
    const subject = subjectBefore(doc, v, first);
    if (subject && scan.spanOf[subject.first] === -1 && scan.spanOf[subject.end - 1] === -1) return subject;
    if (subject) return null;
  }
  return null;
}

const isParticiple = (word: string) => word.endsWith('ing');

/** Tokens that may stand inside a subject between a quotation and its cue: "a narrator in the Clinton ad asks". */
const verbLike = new Set(['VERB', 'AUX', 'SCONJ']);
const subjectInnerPos = new Set(['ADP', 'CCONJ', 'AUX', 'ADV', 'PART']);
/** Longest subject of an attribution after a quotation that ends with a full stop. */
const maxTightSubjectTokens = 4;
/** Words before a quotation in its sentence that make it the end of a reported sentence (mixed). */
const minLeadWords = 2;
/** Longest parenthesis inside a speaker phrase: "(D-Wis.)", "(R-SC)". */
const maxParenthesisTokens = 8;

function attributionAfter(scan: Scan, span: QuotedSpan, limit: number): Attribution | null {
  return attributionAfterByWords(scan, span, limit) ?? attributionAfterOnTree(scan, span, limit);
}

/** Relations by which a quotation is what the verb after it reports (the parser often takes a quoted clause for an adverbial one). */
const reportedRelations = ['ccomp', 'parataxis', 'advcl'];

/**
 * The attribution after a quotation read from the tree, for a verb the cue lexicon does not
 * hold or a subject word order does not take: the quotation is the complement of the verb right
 * after it, whose subject opens the words after the quotation, and the verb's clause ends the
 * sentence.
 *   “..., I think they would have gone to the bill,” Toomey fumed on Tuesday.
 *   “It is a different time,” he reasoned.
 * After a quotation that ends in a full stop, only when the verb ends its sentence too.
 */
function attributionAfterOnTree(scan: Scan, span: QuotedSpan, limit: number): Attribution | null {
  const { doc } = scan;
  let t = span.afterToken;
  if (t < limit && doc.value[t] === ',') t++;
  if (t >= limit || !isNounPhraseToken(doc, t)) return null;
  const quoted = headInside(doc, span.firstInner, span.endInner);
  if (quoted < 0 || !hasRelation(doc, quoted, ...reportedRelations)) return null;
  const verb = doc.head[quoted]!;
  if (verb <= t || verb >= limit || doc.upos[verb] !== 'VERB' || isPassive(doc, verb)) return null;
  const subject = children(doc, verb, 'nsubj')[0];
  if (subject === undefined) return null;
  const { first, last } = subtreeSpan(doc, subject);
  if (first !== t || last >= verb) return null;
  const end = last + 1;
  for (let k = end; k < verb; k++) if (doc.upos[k] !== 'ADV' && doc.upos[k] !== 'AUX') return null;
  // the verb's clause runs to the end of the sentence, and takes no object or clause besides the quotation
  let after = verb + 1;
  while (after < limit && !sentenceEndWords.has(doc.value[after]!) && (doc.value[after] === ',' || dominates(doc, verb, after))) after++;
  if (after < limit && !sentenceEndWords.has(doc.value[after]!)) return null;
  if (children(doc, verb, 'obj', 'ccomp', 'xcomp').some((c) => c !== quoted)) return null;
  const tight = doc.value[span.endInner - 1] === '.';
  if (tight && after > verb + 1) return null;
  return { speaker: { first: t, end, nameFirst: t, nameEnd: end }, cueFirst: verb, cueEnd: verb + 1, after: verb + 1 };
}

function attributionAfterByWords(scan: Scan, span: QuotedSpan, limit: number): Attribution | null {
  const { doc, lexicon } = scan;
  let t = span.afterToken;
  // “... nomination.” O'Malley's move was first reported by MSNBC: after a full stop only a tight
  // attribution ("“...” Trump said.") belongs to the quotation; anything longer is a new sentence.
  const tight = doc.value[span.endInner - 1] === '.';
  // the nation’s “broken” campaign finance system and he pledged ...: quoted words with no closing
  // punctuation and no comma after them modify what follows; they are not followed by an attribution.
  if (
    t < limit &&
    doc.value[t] !== ',' &&
    !sentenceEndWords.has(doc.value[span.endInner - 1]!) &&
    doc.value[span.endInner - 1] !== ',' &&
    isWordToken(doc, t) &&
    !cueVerbAt(doc, t, lexicon) &&
    !(doc.pos[t] === 'PRON' || doc.pos[t] === 'PROPN' || doc.pos[t] === 'DET')
  )
    return null;
  if (t < limit && doc.value[t] === ',') t++;
  if (t >= limit) return null;
  // ,” said Nathalie Tocci, the director of IAI.
  // (not ,” claiming he had ...: a participle there starts a clause of the sentence's own subject)
  if (cueVerbAt(doc, t, lexicon) && !doc.lower[t]!.endsWith('ing')) {
    const np = nounPhraseAfter(doc, t + 1, limit);
    if (np) return { speaker: np, cueFirst: t, cueEnd: t + 1, after: np.end };
  }
  // ,” according to the ministry.
  const according = accordingAt(doc, t, lexicon);
  if (according) {
    const np = nounPhraseAfter(doc, t + according, limit);
    if (np) return { speaker: np, cueFirst: t, cueEnd: t + according, after: np.end };
  }
  // ” ― Francisco Herrero   (a dash and a name: the attribution of a reader's or a list's quotation)
  if (dashes.has(doc.value[t]!)) {
    const np = nounPhraseAfter(doc, t + 1, limit);
    if (np && doc.pos[np.nameEnd - 1] === 'PROPN') return { speaker: np, cueFirst: t, cueEnd: t + 1, after: np.end };
  }
  // ,” Barkley said.   ,” Leonard Burman, a former official, said.   ,” a narrator in the Clinton ad asks.
  // ,” then-candidate for mayor Jane Roe countered.   (a prefix glued to a hyphen opens the phrase)
  if (!isNounPhraseToken(scan.doc, t) && !(doc.pos[t] === 'ADV' && isGluedHyphen(doc, t + 1))) return null;
  let nameEnd = -1;
  let lastNoun = t;
  for (let k = t + 1; k < limit && k - t < maxAttributionTokens; k++) {
    const v = doc.value[k]!;
    // Rep. Gwen Moore (D-Wis.) said: a party tag in parentheses belongs to the name.
    if (v === '(') {
      const close = closingParenthesis(doc, k, limit);
      if (close === -1) return null;
      if (nameEnd === -1) nameEnd = k;
      lastNoun = close;
      k = close;
      continue;
    }
    if (sentenceEndWords.has(v) || scan.spanOf[k] !== -1) return null;
    if (isGluedHyphen(doc, k)) continue;
    // wink tags some cues NOUN ("he tweeted"); after a pronoun or a name they are verbs.
    // (the parse's tags have the last word: "Republican state Senator John Smith told" has no cue "state")
    if (
      cueVerbAt(doc, k, lexicon) &&
      (doc.pos[k] !== 'NOUN' || doc.pos[k - 1] === 'PRON' || doc.pos[k - 1] === 'PROPN') &&
      (!nominalTags.has(doc.upos[k]!) || endsAttribution(scan, k, limit))
    ) {
      // “...” Gay rights groups condemned the bill.: after a full stop, only a verb of saying proper attributes the
      // quotation; a verb of thought or one whose object is what it reports ("condemned", "praised") makes a sentence of its own.
      const cue = cueVerbAt(doc, k, lexicon)!;
      if (tight && (cue.cueClass !== 'speech' || cue.object)) return null;
      // “... change.” She adds, “...”: after a full stop, a cue that opens words of its own starts a new sentence.
      // (“... identity.” Cruz says he isn't familiar ...: a clause of its own after the cue)
      if (tight && k + 1 < doc.length && (doc.value[k + 1] === ',' || doc.value[k + 1] === ':' || doc.lower[k + 1] === 'that' || scan.spanOf[k + 1] !== -1 ||
        (doc.pos[k + 1] === 'PRON' && clauseSubjects.has(doc.lower[k + 1]!)))) return null;
      const end = lastNoun + 1;
      return { speaker: namedPhrase(doc, t, end, nameEnd === -1 ? end : nameEnd), cueFirst: k, cueEnd: k + 1, after: k + 1 };
    }
    if (tight && k - t >= maxTightSubjectTokens) return null;
    if (isNounPhraseToken(doc, k)) lastNoun = k;
    else if (tight) return null;
    else if (v === ',' || subjectInnerPos.has(doc.pos[k]!)) {
      if (nameEnd === -1 && (v === ',' || doc.pos[k] === 'ADP')) nameEnd = k;
    } else return null;
  }
  return null;
}

/**
 * A cue word after a name or a pronoun that ends the sentence (a particle aside) is the verb of
 * the attribution, whatever the taggers say: “...,” Viguerie notes.  “...,” Bozell points out.
 */
function endsAttribution(scan: Scan, k: number, limit: number): boolean {
  const { doc } = scan;
  if (doc.pos[k - 1] !== 'PROPN' && doc.pos[k - 1] !== 'PRON' && doc.upos[k - 1] !== 'PROPN') return false;
  const next = k + 1 < limit && cueParticles.has(doc.lower[k + 1]!) ? k + 2 : k + 1;
  return next >= limit || sentenceEndWords.has(doc.value[next]!);
}

/** Particles of a cue: "points out", "speaks up". */
const cueParticles = new Set(['out', 'up']);

/** Tags of the parse under which a cue word is no verb. */
const nominalTags = new Set(['NOUN', 'PROPN', 'ADJ']);


/**
 * A speaker phrase [first, end) whose naming part ends at nameEnd, unless that part has no name
 * and the phrase ends in one: "then-candidate for mayor Jane Roe" is named by "Jane Roe".
 */
function namedPhrase(doc: Doc, first: number, end: number, nameEnd: number): SpeakerPhrase {
  let hasName = false;
  for (let t = first; t < nameEnd && !hasName; t++) hasName = doc.pos[t] === 'PROPN';
  if (hasName || doc.pos[end - 1] !== 'PROPN') return { first, end, nameFirst: first, nameEnd };
  let nameFirst = end - 1;
  while (nameFirst - 1 > first && doc.pos[nameFirst - 1] === 'PROPN') nameFirst--;
  return { first, end, nameFirst, nameEnd: end };
}

/** The token closing the parenthesis opened at k, within a few tokens, or -1. */
function closingParenthesis(doc: Doc, k: number, limit: number): number {
  for (let c = k + 1; c < limit && c - k <= maxParenthesisTokens; c++) if (doc.value[c] === ')') return c;
  return -1;
}

/** How many arcs up the tree a cue may sit below the cue whose content clause holds it. */
const maxReportedArcs = 4;

/**
 * Whether cue k sits inside the content clause (ccomp) of an earlier cue of its sentence, at or after `limit`:
 * "Trump said Fox executives were | calling ...", "Clinton says she hopes ..., but she | knows that ...".
 */
function insideReportedClause(scan: Scan, k: number, limit: number): boolean {
  const { doc, lexicon } = scan;
  let t = k;
  for (let arcs = 0; arcs < maxReportedArcs; arcs++) {
    const h = doc.head[t]!;
    if (h < limit || h >= k || scan.spanOf[h] !== -1) return false;
    if (hasRelation(doc, t, 'ccomp') && cueVerbAt(doc, h, lexicon)) return true;
    if (!hasRelation(doc, t, 'ccomp', 'conj', 'xcomp', 'advcl')) return false;
    t = h;
  }
  return false;
}

function attributionBefore(scan: Scan, span: QuotedSpan, limit: number): Attribution | null {
  const { doc, lexicon } = scan;
  const b = span.openToken - 1;
  if (b < limit) return null;
  const lead = doc.value[b]!;
  // Obama said “it gets me mad” every time ...: words inside a reported clause (mixed), not a direct quotation.
  // (nor where the cue before the marks is itself inside what an earlier cue reports: "Trump said Fox executives
  // were calling “every 15 minutes.”" is Trump's mixed quotation)
  const direct = cueVerbAt(doc, b, lexicon) && !isNounInPhrase(doc, b) && endsSentence(scan, span) && !insideReportedClause(scan, b, limit);
  if (lead === ':' || lead === ',' || direct) {
    // Trump told reporters on Monday: “...”     Trump said, “...”     Trump said “...”
    for (let k = direct ? b : b - 1; k >= limit && b - k < maxLeadInTokens; k--) {
      if (sentenceEndWords.has(doc.value[k]!) || scan.spanOf[k] !== -1) break;
      const cue = isNounInPhrase(doc, k) ? undefined : cueVerbAt(doc, k, lexicon);
      if (!cue) {
        // Ryan said it is unrealistic to think that if we pull back, “...”: another clause stands
        // between the cue and the quotation, which ends that clause (a mixed quotation).
        // ("in an op-ed piece": the end of a hyphenated compound is not a verb)
        const compound = afterGluedHyphen(doc, k);
        if ((verbLike.has(doc.pos[k]!) && !compound) || doc.lower[k] === 'that') break;
        continue;
      }
      const subject = subjectBefore(doc, k, limit);
      // The ministry issued a statement Tuesday saying, “...”: a participle right after an object
      // (the noun phrase follows a verb) speaks for the sentence's subject, not for the object.
      const ofObject = subject && isParticiple(doc.lower[k]!) && subject.first - 1 >= limit && verbPos.has(doc.pos[subject.first - 1]!);
      if (subject && !ofObject) return { speaker: subject, cueFirst: k, cueEnd: k + 1, after: span.openToken };
      if (ofObject) return { speaker: sentenceSubject(scan, k, limit) ?? subject, cueFirst: k, cueEnd: k + 1, after: span.openToken };
      // Continued Stone: “...”   (but not "told his supporters, “...”": that is whom he told)
      const inverted = cue.addressee ? null : nounPhraseAfter(doc, k + 1, b + 1);
      if (inverted && inverted.end >= b && doc.pos[inverted.nameEnd - 1] === 'PROPN')
        return { speaker: inverted, cueFirst: k, cueEnd: k + 1, after: span.openToken };
      // ..., saying “...”   Hayek confirmed she had been and said, “...”
      return { speaker: sentenceSubject(scan, k, limit), cueFirst: k, cueEnd: k + 1, after: span.openToken };
    }
    // Headline style: Trump: “...”
    if (lead === ':') {
      const subject = subjectBefore(doc, b, limit);
      if (subject && doc.pos[subject.nameEnd - 1] === 'PROPN') return { speaker: subject, cueFirst: b, cueEnd: b + 1, after: span.openToken };
    }
  }
  // The quotation is the object of a cue and ends the sentence: calling the protester “a troublemaker.”
  // Inside the sentence, only as the object of a cue whose clause is inside a larger one (embedded.ts).
  const ends = endsSentence(scan, span);
  for (let k = b; k >= limit && b - k < maxObjectLeadTokens; k--) {
    const cue = isNounInPhrase(doc, k) ? undefined : cueVerbAt(doc, k, lexicon);
    if (cue) {
      if (!ends) {
        // (a verb of saying: "when the team leader realized reinforcements weren't coming, “he left”" reports no words)
        const speaker = cue.cueClass === 'speech' ? embeddedCueSpeaker(doc, k, span) : null;
        return speaker ? { speaker, cueFirst: k, cueEnd: k + 1, after: span.openToken, asObject: true, embedded: true } : null;
      }
      if (insideReportedClause(scan, k, limit)) return null;
      // (Carson took the stage and called the system “rotten to the core.”: a coordinated cue takes the sentence's subject)
      const coordinated = k - 1 >= limit && doc.pos[k - 1] === 'CCONJ';
      const subject = subjectBefore(doc, k, limit) ?? (isParticiple(doc.lower[k]!) || coordinated ? sentenceSubject(scan, k, limit) : null);
      const named = cue.object && namesObject(doc, k, span.openToken) && !holdsSentenceEnd(doc, span);
      return { speaker: subject, cueFirst: k, cueEnd: k + 1, after: span.openToken, asObject: true, ...(named ? { namedFirst: k + 1 } : {}) };
    }
    if (!isNounPhraseToken(doc, k) && !objectLinks.has(doc.lower[k]!)) break;
  }
  return null;
}

/**
 * Whether the words between cue k and an opening mark are the cue's plain object, named by the
 * quoted words after it: "calling him “a total stiff.”", "dismissed the whole kerfuffle as “absurd.”".
 * (Not a link word alone, "described as “...”", nor a phrase of its own, "called for “...”"; quoted words of
 * several sentences are a direct quotation.)
 */
function namesObject(doc: Doc, k: number, open: number): boolean {
  const first = k + 1;
  if (first >= open || !isNounPhraseToken(doc, first)) return false;
  return true;
}

/** Whether the quoted words hold a full stop before their last word: "“a real smart guy. I’d like to think ...”" says more than a name. */
function holdsSentenceEnd(doc: Doc, span: QuotedSpan): boolean {
  for (let t = span.firstInner; t < span.endInner - 1; t++) if (sentenceEndWords.has(doc.value[t]!)) return true;
  return false;
}

/**
 * A cue word tagged NOUN inside a noun phrase: "the TLC reality show “Cake Boss”", "his call".
 * (After a plural noun or a name it is the verb wink mis-tagged: "protesters chant", "Trump tweets".)
 */
function isNounInPhrase(doc: Doc, k: number): boolean {
  if (k === 0 || doc.pos[k] !== 'NOUN') return false;
  const before = doc.pos[k - 1]!;
  return before === 'DET' || before === 'ADJ' || (before === 'NOUN' && !doc.lower[k - 1]!.endsWith('s'));
}

/** The span is delimited by single marks (‘...’ or '...'), not double ones or the newswire ''...''. */
function isSingleMarked(scan: Scan, span: QuotedSpan): boolean {
  const c = scan.doc.text.charCodeAt(span.start);
  return (c === 0x2018 || c === 0x27) && scan.doc.text.charCodeAt(span.start + 1) !== 0x27;
}

/** Nothing follows the span in its sentence. */
function endsSentence(scan: Scan, span: QuotedSpan): boolean {
  const { doc } = scan;
  const a = span.afterToken;
  if (a >= scan.paragraphEnd[span.paragraph]! || sentenceEndWords.has(doc.value[a]!)) return true;
  return sentenceEndWords.has(doc.value[span.endInner - 1]!) && doc.sentence[a] !== doc.sentence[span.endInner - 1];
}

/** The span begins a sentence: nothing but a paragraph start, sentence end, colon or another quotation before it. */
function opensSentence(scan: Scan, span: QuotedSpan, limit: number): boolean {
  const b = span.openToken - 1;
  if (b < limit) return true;
  const v = scan.doc.value[b]!;
  return sentenceEndWords.has(v) || v === ':' || v === '—' || scan.spanOf[b] !== -1;
}

function wordCount(scan: Scan, span: QuotedSpan): number {
  let n = 0;
  for (let t = span.firstInner; t < span.endInner; t++) if (isWordToken(scan.doc, t)) n++;
  return n;
}

function wordsBetween(scan: Scan, first: number, end: number): number {
  let n = 0;
  for (let t = first; t < end; t++) if (isWordToken(scan.doc, t) && scan.spanOf[t] === -1) n++;
  return n;
}

/** Longest speaker name of a transcript line. */
const maxTranscriptNameTokens = 3;

function transcriptLine(scan: Scan, span: QuotedSpan): Found | null {
  const { doc } = scan;
  let colon = span.firstInner;
  while (colon < span.endInner && colon - span.firstInner < maxTranscriptNameTokens && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(doc.value[colon]!)) colon++;
  if (colon === span.firstInner || colon + 1 >= span.endInner || doc.value[colon] !== ':') return null;
  const speaker = toSpeaker(scan, { first: span.firstInner, end: colon, nameFirst: span.firstInner, nameEnd: colon });
  return { pieces: [[doc.start[colon + 1]!, span.end]], kind: 'direct', speaker, cue: { start: doc.start[colon]!, end: doc.end[colon]! } };
}

/** Few quoted words without sentence punctuation: “reckless”, “dead on arrival”. */
function isPartial(scan: Scan, span: QuotedSpan): boolean {
  const last = scan.doc.value[span.endInner - 1]!;
  return wordCount(scan, span) <= maxPartialWords && !sentenceEndWords.has(last) && last !== ',';
}

/** Last inner token is a comma, question or exclamation mark: the sentence goes on after the closing mark. */
function endsOpen(scan: Scan, span: QuotedSpan): boolean {
  const v = scan.doc.value[span.endInner - 1]!;
  return v === ',' || v === '?' || v === '!' || v === '—';
}

/**
 * Direct quotations from the quoted spans, in text order. Spans used here are
 * marked in scan.spanUsed; the rest are left for the reported-speech rules.
 */
function onlyPunctuation(doc: Doc, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (isWordToken(doc, t)) return false;
  return true;
}

export function findDirectQuotes(scan: Scan): Found[] {
  const { doc, spans } = scan;
  const found: Found[] = [];
  /** the quotation the previous span went into, to continue it */
  let previous: Found | null = null;
  /** the last quotation with a speaker, the paragraph of its last piece, and the token after that piece */
  let host: Found | null = null;
  let hostParagraph = -1;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    // "WALLACE: Let's start with ... — a transcript line: the speaker's name in capitals and a colon.
    const line = transcriptLine(scan, span);
    if (line) {
      scan.spanUsed[i] = 1;
      previous = line;
      found.push(line);
      continue;
    }
    // A paragraph that reopens a quotation left open continues it.
    if (span.continues && previous) {
      previous.pieces.push([span.start, span.end]);
      scan.spanUsed[i] = 1;
      continue;
    }
    const paragraphFirst = scan.paragraphFirst[span.paragraph]!;
    const paragraphEnd = scan.paragraphEnd[span.paragraph]!;
    const leadParagraph = span.openToken === paragraphFirst && span.openToken > 0 && doc.value[span.openToken - 1] === ':'
      ? scan.paragraphOf[span.openToken - 1]! // Stated Stone:¶“...”
      : span.paragraph;
    const leadFirst = scan.paragraphFirst[leadParagraph]!;
    const before = i > 0 && spans[i - 1]!.paragraph === leadParagraph ? Math.max(leadFirst, spans[i - 1]!.afterToken) : leadFirst;
    const nextOpen = i + 1 < spans.length && spans[i + 1]!.paragraph === span.paragraph ? spans[i + 1]!.openToken : paragraphEnd;
    // “... that “...”: the quotation is the end of a reported clause (mixed), not a direct one.
    if (span.openToken - 1 >= before && doc.lower[span.openToken - 1] === 'that') {
      previous = null;
      continue;
    }
    const after = span.closed ? attributionAfter(scan, span, nextOpen) : null;
    const open = span.closed && endsOpen(scan, span);
    // a so-called “peace dividend”, the slogan “America First”: a term being named.
    if (termMarkerBefore(doc, span.openToken, scan.lexicon)) {
      scan.spanTerm[i] = 1;
      previous = null;
      continue;
    }
    // “Orange is the New Black” star ...: a title, unless someone is said to have said it (“Thank you Georgia,” he wrote).
    // (on CNN's) “New Day,” Sen. Gillibrand said ...: a title after a preposition or a possessive is a name even before an attribution.
    const named =
      span.openToken > 0 && (doc.pos[span.openToken - 1] === 'ADP' || doc.lower[span.openToken - 1] === "'s" || doc.lower[span.openToken - 1] === '’s');
    // (chanting “Dump Trump.”: capitalised words right after a cue of saying were said)
    const said = span.openToken > 0 && cueVerbAt(doc, span.openToken - 1, scan.lexicon) !== undefined;
    if (isTitleLike(scan, span.firstInner, span.endInner) && !said && (named || !(after && open))) {
      scan.spanTerm[i] = 1;
      previous = null;
      continue;
    }
    const lead = attributionBefore(scan, span, before);
    const attribution = open ? after ?? lead : lead ?? after;
    // ¶‘Relationships that last.’¶ — single marks around a whole paragraph with no attribution: a subheading.
    const subheading = !attribution && isSingleMarked(scan, span) && span.openToken === paragraphFirst && span.afterToken === paragraphEnd;
    // “No special rights for foreigners!” (2015): a slogan or title with its citation in parentheses.
    const cited = !attribution && span.afterToken < doc.length && doc.value[span.afterToken] === '(';
    // “Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello: a headline with its byline, a title and no one's words.
    const bylined = !attribution && isBylined(doc, span);
    const standalone = !subheading && !cited && !bylined && opensSentence(scan, span, before) && wordCount(scan, span) >= minStandaloneWords;
    if (!attribution && !standalone) {
      previous = null;
      continue;
    }
    scan.spanUsed[i] = 1;
    let quote: Found;
    if (attribution) {
      const speaker = toSpeaker(scan, attribution.speaker);
      markUsed(scan, attribution.cueFirst, attribution.cueEnd);
      if (attribution.speaker) markUsed(scan, attribution.speaker.first, attribution.speaker.end);
      if (attribution.embedded) scan.spanEmbedded[i] = 1;
      quote = {
        pieces: [[span.start, span.end]],
        kind: attribution.embedded || (attribution.asObject && isPartial(scan, span)) ? 'partial' : 'direct',
        speaker,
        cue: { start: doc.start[attribution.cueFirst]!, end: doc.end[attribution.cueEnd - 1]! },
      };
      // calling him “a total stiff.”: the named object and what it is called are one mixed quotation.
      if (attribution.namedFirst !== undefined) {
        quote.pieces = [[doc.start[attribution.namedFirst]!, span.end]];
        quote.kind = 'mixed';
      }
      // Clinton, though, would have to “go more to center,” Cuban said: the sentence is reported
      // and ends in quoted words, a mixed quotation from the start of the sentence.
      if (attribution === after) {
        const sentenceFirst = Math.max(before, doc.sentences[doc.sentence[span.openToken]!]!.firstToken);
        // (not after a colon, comma or dash: "he warned: “...”", "As for complexity, ''...''" set the quotation apart)
        const joined = span.openToken > 0 && isWordToken(doc, span.openToken - 1);
        if (
          joined &&
          sentenceFirst < span.openToken &&
          !opensSentence(scan, span, before) &&
          wordsBetween(scan, sentenceFirst, span.openToken) >= minLeadWords
        ) {
          quote.pieces = [[doc.start[sentenceFirst]!, span.end]];
          quote.kind = 'mixed';
        }
      }
      // “A,” he said. “B.” — the span right after the attribution is the same quotation.
      const next = spans[i + 1];
      if (attribution === after && next && next.paragraph === span.paragraph && next.closed) {
        // Skip the rest of the attribution's sentence ("the chancellor said on Monday in Berlin.").
        let k = attribution.after;
        while (k < next.openToken && !sentenceEndWords.has(doc.value[k]!) && doc.value[k] !== ',' && doc.value[k] !== ':') k++;
        while (k < next.openToken && (sentenceEndWords.has(doc.value[k]!) || doc.value[k] === ',' || doc.value[k] === ':')) k++;
        if (
          k === next.openToken &&
          !attributionAfter(scan, next, i + 2 < spans.length && spans[i + 2]!.paragraph === next.paragraph ? spans[i + 2]!.openToken : paragraphEnd)
        ) {
          quote.pieces.push([next.start, next.end]);
          scan.spanUsed[i + 1] = 1;
          i++;
        }
      }
      if (speaker) {
        host = quote;
        hostParagraph = span.paragraph;
      }
    } else {
      // A bare quotation continues the last attributed quotation of its own paragraph
      // (“A,” he said. “B.” ... “C.”). In a later paragraph it keeps speaker null, unless
      // it is the whole paragraph (continuation.ts).
      if (host && hostParagraph === span.paragraph) {
        host.pieces.push([span.start, span.end]);
        hostParagraph = span.paragraph;
        previous = host;
        continue;
      }
      quote = { pieces: [[span.start, span.end]], kind: 'direct', speaker: null, cue: null };
      // A reported clause that reaches this span may take it over (said that “A” “B.”).
      scan.bareQuote[i] = quote;
      // ¶“B.”¶ a paragraph that is only this quotation: its speaker may be the previous paragraph's (continuation.ts)
      if (span.openToken === paragraphFirst && onlyPunctuation(doc, span.afterToken, paragraphEnd)) scan.paragraphQuotes.push(quote);
    }
    found.push(quote);
    previous = quote;
  }
  return found;
}
