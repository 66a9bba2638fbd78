// A survey named at the opening of a sentence is the source of what the sentence reports:
//
//   In a county poll released Monday, 31 percent of voters said they were enthusiastic.
//   ^cue ^source .....................  ^content .........................................
//   In the latest harbour survey, conducted in May, the mayor led her rival by nine points.
//
// The poll reports what its respondents answered, as "the poll found" would. Only the nouns of
// [survey] in data/quotes/cues.txt: "In a letter, the minister said ..." is the minister's.
import { contentHead } from './nested.ts';
import { markUsed, toSpeaker, type Found, type Scan } from './scan.ts';
import { clauseEnd, contentEnd, contentKind, hasVerb, markSpansUsed, minContentWords, offsets, sentenceOf, verbPos, words } from './clauses.ts';

/** Words allowed before the opening "in" ("But in a poll ..."). */
const maxLeadingWords = 2;
/** Longest survey phrase, with what describes it ("conducted by ... for ..."). */
const maxSourceTokens = 30;
/** Penn tags of participles, which may describe the survey ("a poll released Sunday", "a survey conducted by"). */
const participleTags = new Set(['VBN', 'VBG']);

/** Whether a +finding verb ("found", "shows") stands in [first, end). */
function findingVerbIn(scan: Scan, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (scan.lexicon.verbs.get(scan.doc.lower[t]!)?.finding && verbPos.has(scan.doc.upos[t]!)) return true;
  return false;
}

/** "In SURVEY, CONTENT" with "in" at token k: the content and the survey as its source, or null. */
export function inSurvey(scan: Scan, k: number): Found | null {
  const { doc } = scan;
  const sentence = sentenceOf(scan, k);
  if (k - sentence.first > maxLeadingWords) return null;
  const survey = doc.head[k]!;
  if (survey <= k || doc.deprel[k] !== 'case' || !scan.lexicon.surveys.has(doc.lower[survey]!)) return null;
  // the survey's phrase runs to a comma, with what describes it ("of 800 likely voters", "released Sunday") but no clause
  let comma = k + 1;
  while (comma < sentence.end && comma - k <= maxSourceTokens && doc.value[comma] !== ',') {
    if (scan.spanOf[comma] !== -1 || (verbPos.has(doc.upos[comma]!) && !participleTags.has(doc.xpos[comma]!))) return null;
    comma++;
  }
  if (doc.value[comma] !== ',' || survey >= comma) return null;
  let first = comma + 1;
  // (a participle phrase set off by commas describes the survey, wherever the parse hangs it: ", conducted in May,")
  if (doc.xpos[first] === 'VBN') {
    let close = first + 1;
    while (close < sentence.end && doc.value[close] !== ',' && !hasVerb(doc, close, close + 1)) close++;
    if (doc.value[close] !== ',' || close - k > maxSourceTokens) return null;
    first = close + 1;
  }
  const end = clauseEnd(scan, first, contentEnd(doc, first, sentence));
  // "In an online poll of 800 voters, the firm found that ...": whoever made the survey reports it
  if (findingVerbIn(scan, first, end)) return null;
  if (words(doc, first, end) < minContentWords || !hasVerb(doc, first, end)) return null;
  const labelled = contentKind(scan, first, end);
  if (!labelled) return null;
  markSpansUsed(scan, first, labelled.end);
  markUsed(scan, k, k + 1);
  // "most voters said the ferry should run at night": what the respondents said is the survey's finding, not a quotation of its own
  const head = contentHead(doc, first, labelled.end);
  if (head !== -1 && verbPos.has(doc.upos[head]!)) markUsed(scan, head, head + 1);
  return {
    pieces: [offsets(doc, first, labelled.end)],
    kind: labelled.kind,
    speaker: toSpeaker(scan, { first: k + 1, end: comma, nameFirst: k + 1, nameEnd: comma }),
    cue: { start: doc.start[k]!, end: doc.end[k]! },
  };
}
