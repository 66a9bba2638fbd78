// The polarity of an issue mention: which way the cues around it point.
//
//   "We will never accept a settlement that cedes land"
//            ^^^^^ ^^^^^^ cue "accept" (+1), negated by "never"      -> -1
//   "a compromise on borders is unavoidable"
//    ^^^^^^^^^^^^^^^^^^^^^^^ issue, no cue before it; cue after (+1) -> +1
//   "refuses to accept any deal that cedes land"
//    ^^^^^^^    ^^^^^^ chained cues: -1 x +1                         -> -1
import type { Doc } from '../nlp/index.ts';
import type { PhraseLexicon, PhraseMatch } from './lexicon.ts';
import { findAll } from './lexicon.ts';
import { negators } from '../nlp/closed-class.ts';

/** Words that end a clause for stance purposes: a cue on one side says nothing about the other. */
export const clauseBreaks: ReadonlySet<string> = new Set([';', ':', 'but', 'while', 'whereas', 'although', 'though', 'however', 'yet', 'and', '(', ')']);
/** "refuses to accept": a cue at most this many tokens before another governs it. */
export const maxChainGap = 3;
/** A cue after the issue counts only this close ("... is unavoidable", "... is a mistake"). */
export const maxFollowingDistance = 6;

export type CueSpan = { first: number; end: number; polarity: number };

export type Polarity = {
  polarity: number;
  /** tokens of the cues that decided it (empty when the issue's own negation did) */
  cues: CueSpan[];
};

/** Cues of one token range, with the ones that overlap an issue phrase removed. */
export function cuesIn(doc: Doc, cueLexicon: PhraseLexicon<number>, from: number, limit: number, issues: PhraseMatch<unknown>[]): CueSpan[] {
  const cues: CueSpan[] = [];
  for (const m of findAll(cueLexicon, doc.lower, from, limit)) {
    if (issues.some((i) => m.first < i.end && i.first < m.end)) continue;
    cues.push({ first: m.first, end: m.end, polarity: m.phrase.value });
  }
  return cues;
}

function hasBreak(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (clauseBreaks.has(doc.lower[t]!)) return true;
  return false;
}

function anyNegated(doc: Doc, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (doc.negated[t]) return true;
  return false;
}

/**
 * wink opens a negation scope after a few cues that are negative themselves ("ruled out sending
 * troops": "sending troops" is marked negated, "ruled out" is not). The issue's negation is
 * then the cue's own meaning, already in its polarity, and must not flip it a second time.
 */
function opensNegation(doc: Doc, cue: CueSpan): boolean {
  return !doc.negated[cue.end - 1] && cue.end < doc.length && doc.negated[cue.end] === 1;
}

/** Such a cue is itself negated by a negator right before it ("would not rule out"), which wink leaves unmarked. */
function negatedOpener(doc: Doc, cue: CueSpan): boolean {
  return opensNegation(doc, cue) && cue.first > 0 && negators.has(doc.lower[cue.first - 1]!);
}

/**
 * Polarity of the issue mention [first, end) from the cues of its range (sorted by position),
 * or undefined when nothing says which way the speaker leans. `actsWithoutCue` is for events:
 * an actor doing the thing ("imposed sanctions") takes the position with no cue word.
 */
export function issuePolarity(doc: Doc, cues: CueSpan[], first: number, end: number, actsWithoutCue: boolean): Polarity | undefined {
  let before = -1;
  for (let c = 0; c < cues.length && cues[c]!.end <= first; c++) before = c;
  if (before >= 0 && !hasBreak(doc, cues[before]!.end, first)) {
    const chain = [cues[before]!];
    for (let c = before - 1; c >= 0; c--) {
      const outer = cues[c]!;
      const inner = chain[0]!;
      if (inner.first - outer.end > maxChainGap || hasBreak(doc, outer.end, inner.first)) break;
      chain.unshift(outer);
    }
    let sign = chain.reduce((p, c) => p * c.polarity, 1);
    // wink's negation scope runs forward to the clause end, so a negation anywhere from the
    // first cue to the issue ("will never accept ...", "must not send ...") flips once.
    // A cue that opens wink's negation ("ruled out") is not negated by it.
    const cueNegated = chain.some((c) => doc.negated[c.first] || negatedOpener(doc, c));
    const issueNegated = doc.negated[first] === 1 && !opensNegation(doc, chain[chain.length - 1]!);
    if (cueNegated || issueNegated) sign = -sign;
    return { polarity: sign, cues: chain };
  }
  const after = cues.find((c) => c.first >= end);
  if (after && after.first - end <= maxFollowingDistance && !hasBreak(doc, end, after.first)) {
    const sign = doc.negated[after.first] ? -after.polarity : after.polarity;
    return { polarity: sign, cues: [after] };
  }
  if (anyNegated(doc, first, end)) return { polarity: -1, cues: [] };
  if (actsWithoutCue) return { polarity: 1, cues: [] };
  return undefined;
}
