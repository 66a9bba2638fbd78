// A name and a colon opening a paragraph: headlines and transcripts.
//
//   Paul Ryan: FBI decision not to indict Clinton defies explanation
//   FALLIN: Well, I think the whole nation needs to work together.
import { isNounPhraseToken } from './speakers.ts';
import { markUsed, toSpeaker, type Found, type Scan } from './scan.ts';
import { contentEnd, contentKind, isCapitalised, verbPos, markSpansUsed, minContentWords, offsets, words } from './clauses.ts';

/** Longest name before a colon that opens a paragraph. */
const maxColonSpeakerTokens = 5;

function hasLowerCaseVerb(scan: Scan, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (verbPos.has(scan.doc.pos[t]!) && !isCapitalised(scan.doc, t)) return true;
  return false;
}

/** Shortest word a title-case headline capitalises ("to", "of", "the", "and" stay lower case). */
const minTitleWordLength = 4;

/** Commas from which capitalised words are a list of names ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron"). */
const minListCommas = 2;

/** Every word of [first, end) that a headline in title case capitalises is capitalised, and the words are not a list. */
function isTitleCase(scan: Scan, first: number, end: number): boolean {
  const { doc } = scan;
  let capitalised = 0;
  let commas = 0;
  for (let t = first; t < end; t++) {
    if (doc.value[t] === ',' && ++commas >= minListCommas) return false;
    if (doc.value[t]!.length < minTitleWordLength || !/^\p{L}/u.test(doc.value[t]!)) continue;
    if (!isCapitalised(doc, t)) return false;
    capitalised++;
  }
  return capitalised > 0;
}

/**
 * A verb of a title-case headline ("Paul Ryan: FBI Decision Not to Indict Hillary 'Defies Explanation'"):
 * a verb the parse heads inside the content whose form is inflected (-s, -ed, -ing) or an auxiliary, so
 * that a name tagged as a verb ("Rob Barron") does not count.
 */
function hasTitleCaseVerb(scan: Scan, first: number, end: number): boolean {
  const { doc } = scan;
  for (let t = first; t < end; t++) {
    if (!verbPos.has(doc.pos[t]!)) continue;
    if (doc.pos[t] === 'AUX' || /(?:s|ed|ing|n't)$/.test(doc.lower[t]!)) return true;
  }
  return false;
}

export function speakerColon(scan: Scan, first: number): Found | null {
  const { doc } = scan;
  const end = scan.paragraphEnd[scan.paragraphOf[first]!]!;
  let colon = first;
  while (colon < end && colon - first < maxColonSpeakerTokens && isNounPhraseToken(doc, colon) && isCapitalised(doc, colon)) colon++;
  if (colon === first || colon >= end - 1 || doc.value[colon] !== ':') return null;
  // "Q:" and "A:" in an interview, "The Latest:", "CORRECTION:": an interview turn or a section label, not a named speaker.
  if ((colon === first + 1 && doc.value[first]!.length === 1) || doc.pos[first] === 'DET') return null;
  for (let t = first; t < colon; t++) if (scan.lexicon.labels.has(doc.lower[t]!)) return null;
  if (scan.spanOf[colon + 1] !== -1 && scan.spanUsed[scan.spanOf[colon + 1]!]) return null;
  const contentLast = contentEnd(doc, colon + 1, { first: colon + 1, end });
  if (words(doc, colon + 1, contentLast) < minContentWords) return null;
  // Iowa: Tim Albrecht, Brad Anderson, ...: a list, not something said.
  // (wink tags some names VERB, "Rob Barron": only a lower-case verb counts)
  const verb = hasLowerCaseVerb(scan, colon + 1, contentLast) ||
    (isTitleCase(scan, colon + 1, contentLast) && hasTitleCaseVerb(scan, colon + 1, contentLast));
  if (!verb && scan.spanOf[colon + 1] === -1) return null;
  const labelled = contentKind(scan, colon + 1, contentLast);
  if (!labelled) return null;
  markSpansUsed(scan, colon + 1, labelled.end);
  markUsed(scan, first, colon + 1);
  const speaker = toSpeaker(scan, { first, end: colon, nameFirst: first, nameEnd: colon });
  return { pieces: [offsets(doc, colon + 1, labelled.end)], kind: labelled.kind, speaker, cue: { start: doc.start[colon]!, end: doc.end[colon]! } };
}
