// Reported speech nested inside another quotation's content is part of what the outer
// speaker said, not an attribution of its own:
//
//   Aides said Mr. Lee had agreed to meet the rebels.   one quotation (the aides'); "to meet the rebels" is not Lee's
//   She said the plan, which critics oppose, is sound.  "the plan" is not the critics' quotation
//
// A relative clause with a subject of its own is that subject's words ("denounced what it
// calls a coordinated attack": "a coordinated attack" is the paper's).
// A nested clause of saying or thinking stays ("Aides said Mr. Lee believes the talks will
// fail": what Lee believes is reported too, with Lee as its speaker), unless its speaker is the
// outer one ("She said she believes the talks will fail": one quotation, hers), or a personal
// pronoun not resolved to someone else ("they said they thought ...", "I think ..." in an answer).
import type { Doc } from '../nlp/index.ts';
import { tokenEndingAfter } from '../nlp/index.ts';
import { children, hasRelation } from '../nlp/tree.ts';
import { relativePronouns } from '../nlp/closed-class.ts';
import { isDropped, type Found } from './scan.ts';
import { speakingPronouns } from './closed-class.ts';

function contentSpan(found: Found): [number, number] {
  return [found.pieces[0]![0], found.pieces[found.pieces.length - 1]![1]];
}

/** The content's head on the tree: its first token whose head lies outside it, or -1. */
export function contentHead(doc: Doc, first: number, end: number): number {
  for (let t = first; t < end; t++) {
    const h = doc.head[t]!;
    if ((h < first || h >= end) && !hasRelation(doc, t, 'punct')) return t;
  }
  return -1;
}

/** Whether [start, end) is a clause with a subject of its own ("Lee believes the talks will fail"), not an object or an infinitive. */
function isFiniteClause(doc: Doc, start: number, end: number): boolean {
  const first = tokenEndingAfter(doc, start);
  const last = tokenEndingAfter(doc, end - 1);
  const head = contentHead(doc, first, last + 1);
  return head >= 0 && children(doc, head, 'nsubj', 'csubj', 'expl').length > 0;
}

/** Whether the cue at offset `start` heads a relative clause with a subject of its own: "what it calls a coordinated attack". */
function isRelativeWithSubject(doc: Doc, start: number): boolean {
  const k = tokenEndingAfter(doc, start);
  return hasRelation(doc, k, 'acl:relcl') && children(doc, k, 'nsubj').some((s) => !relativePronouns.has(doc.lower[s]!));
}

/** Whether two quotations have the same speaker: the same actor, or else the same name. */
function sameSpeaker(a: Found, b: Found): boolean {
  if (!a.speaker || !b.speaker) return false;
  if (a.speaker.actor && b.speaker.actor) return a.speaker.actor === b.speaker.actor;
  return a.speaker.name === b.speaker.name;
}

/**
 * Whether the speaker of `inner`, nested in `outer`'s content, is a personal pronoun not resolved to someone
 * other than the outer speaker: "he said he thought the deal was sound", "FALLIN: Well, I think the nation
 * needs ...". Inside a quotation such a pronoun is, as a rule, the one quoted.
 */
function pronounForOuter(doc: Doc, outer: Found, inner: Found): boolean {
  const speaker = inner.speaker;
  if (!speaker) return false;
  const t = tokenEndingAfter(doc, speaker.start);
  if (t >= doc.length || doc.start[t] !== speaker.start || doc.end[t] !== speaker.end || !speakingPronouns.has(doc.lower[t]!)) return false;
  return !(speaker.actor && outer.speaker?.actor && speaker.actor !== outer.speaker.actor);
}

/**
 * Drops indirect quotations whose content lies inside another quotation's content, unless they
 * report a clause of someone else or are a relative clause's own words. A clause the outer speaker
 * reports of themselves ("She said she thinks the plan will fail") is part of what they said.
 */
export function dropNested(doc: Doc, found: Found[]): void {
  const outer = found.filter((f) => !isDropped(f)).map((f) => ({ span: contentSpan(f), found: f }));
  for (const f of found) {
    if (f.kind !== 'indirect' || isDropped(f) || f.speaker?.inferred) continue;
    const [start, end] = contentSpan(f);
    const around = outer.filter(({ span: [s, e] }) => s <= start && e >= end && e - s > end - start);
    if (around.length === 0) continue;
    const ownClause = isFiniteClause(doc, start, end) && !around.some((o) => sameSpeaker(o.found, f) || pronounForOuter(doc, o.found, f));
    if (!ownClause && !(f.cue && isRelativeWithSubject(doc, f.cue.start))) f.pieces = [];
  }
}
