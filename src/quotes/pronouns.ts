// A speaker that is "he" or "she" names the nearest person before it who is not being
// quoted: a name inside quotation marks, or inside the content of a reported clause, is
// someone spoken about, not the speaker.
//
//   Cox says Obama is trying to distract. He says Americans don't need more lectures.
//                                         ^^ Cox (Obama is inside Cox's reported clause)
//   “If she gets in, it's over,” he told the rally.        he: the last person named outside
//                                                          the quotation, never "she"'s referent
//   Mrs. Lee met Mr. Park on Monday. She said ...          she: Mrs. Lee, not the nearer Mr. Park
//
// A person's gender is known from an honorific before one of its names (Mr., Mrs., Ms.;
// data/actors/name-cues.txt); a person of unknown gender fits either pronoun.
import type { Actor, Mention } from '../model.ts';
import type { Doc } from '../nlp/index.ts';
import { tokenEndingAfter } from '../nlp/index.ts';
import { hasRelation } from '../nlp/tree.ts';
import type { NameCues, Gender } from '../actors/cues.ts';
import { tokenKey } from '../actors/phrase.ts';
import { isDropped, type Found, type Scan } from './scan.ts';

/** How many paragraphs back (besides the pronoun's own) a speaker's antecedent may be. */
const maxParagraphsBack = 2;

const pronounGender = new Map<string, Gender>([['he', 'male'], ['she', 'female']]);

/** The gender of each person actor that an honorific before one of its name mentions tells. */
function gendersOf(doc: Doc, mentions: Mention[], actorsById: Map<string, Actor>, cues: NameCues): Map<string, Gender> {
  const genders = new Map<string, Gender>();
  for (const m of mentions) {
    if (actorsById.get(m.actor)?.kind !== 'person' || genders.has(m.actor)) continue;
    const first = tokenEndingAfter(doc, m.start);
    // the honorific may open the mention ("Mr. Park") or stand right before it
    for (const t of [first, first - 1]) {
      const gender = t >= 0 && t < doc.length ? cues.honorific.get(tokenKey(doc.lower[t]!)) : undefined;
      if (gender) {
        genders.set(m.actor, gender);
        break;
      }
    }
  }
  return genders;
}

function isInside(ranges: [number, number][], start: number, end: number): boolean {
  for (const [s, e] of ranges) if (s <= start && end <= e) return true;
  return false;
}

/** How likely a candidate is the pronoun's antecedent: a quotation's speaker, then a clause's subject, then any other mention. */
function salience(doc: Doc, m: Mention, speakerStarts: Set<number>): number {
  if (speakerStarts.has(m.start)) return 2;
  const t = tokenEndingAfter(doc, m.end - 1);
  return hasRelation(doc, t, 'nsubj') || hasRelation(doc, doc.head[t]!, 'nsubj') ? 1 : 0;
}

/**
 * The antecedent of a speaker pronoun at `start`: in the nearest sentence before it that names a
 * compatible person outside quotations, the most salient such person (the first of equals).
 */
function antecedent(
  doc: Doc,
  named: Mention[],
  speakerStarts: Set<number>,
  genders: Map<string, Gender>,
  gender: Gender,
  start: number,
  paragraph: number,
  paragraphOf: Int32Array,
): Mention | undefined {
  let best: Mention | undefined;
  let bestSentence = -1;
  let bestSalience = -1;
  for (let i = named.length - 1; i >= 0; i--) {
    const m = named[i]!;
    if (m.start >= start) continue;
    const t = tokenEndingAfter(doc, m.start);
    if (paragraph - paragraphOf[t]! > maxParagraphsBack) break;
    const known = genders.get(m.actor);
    if (known && known !== gender) continue;
    const sentence = doc.sentence[t]!;
    if (best && sentence !== bestSentence) break;
    const s = salience(doc, m, speakerStarts);
    // (going backwards, an equal later one gives way to the earlier)
    if (s >= bestSalience) {
      best = m;
      bestSentence = sentence;
      bestSalience = s;
    }
  }
  return best;
}

/** Whether every mention of `actor` before `before` lies inside a quotation. */
function namedOnlyInQuotations(mentions: Mention[], quoted: [number, number][], actor: string, before: number): boolean {
  let inside = false;
  for (const m of mentions) {
    if (m.start >= before) break;
    if (m.actor !== actor || pronounGender.has(m.text.toLowerCase())) continue;
    if (!isInside(quoted, m.start, m.end)) return false;
    inside = true;
  }
  return inside;
}

/**
 * Gives each he/she speaker the nearest earlier person of a compatible gender named outside quotations; with
 * none, drops an actor that was named only inside quotations.
 */
export function resolveSpeakerPronouns(scan: Scan, found: Found[], cues: NameCues): void {
  const { doc, mentions, actorsById } = scan;
  const speakers = found.filter(
    (f) => !isDropped(f) && f.speaker && !f.speaker.inferred && pronounGender.has(doc.text.slice(f.speaker.start, f.speaker.end).toLowerCase()),
  );
  if (speakers.length === 0) return;
  // Quoted words and reported clauses: the marks' spans and every quotation's content.
  const quoted: [number, number][] = scan.spans.map((s) => [doc.start[s.openToken]!, doc.end[Math.min(s.afterToken, doc.length) - 1]!]);
  for (const f of found) if (!isDropped(f)) for (const piece of f.pieces) quoted.push(piece);
  const genders = gendersOf(doc, mentions, actorsById, cues);
  const speakerStarts = new Set<number>();
  for (const f of found) if (f.speaker && !isDropped(f)) speakerStarts.add(f.speaker.start);
  const named = mentions.filter(
    (m) => actorsById.get(m.actor)?.kind === 'person' && !pronounGender.has(m.text.toLowerCase()) && !isInside(quoted, m.start, m.end),
  );
  for (const f of speakers) {
    const speaker = f.speaker!;
    const gender = pronounGender.get(doc.text.slice(speaker.start, speaker.end).toLowerCase())!;
    const paragraph = scan.paragraphOf[tokenEndingAfter(doc, speaker.start)]!;
    const chosen = antecedent(doc, named, speakerStarts, genders, gender, speaker.start, paragraph, scan.paragraphOf);
    const pronoun = doc.text.slice(speaker.start, speaker.end);
    if (chosen) {
      speaker.actor = chosen.actor;
      speaker.name = actorsById.get(chosen.actor)!.name;
    } else if (speaker.actor && namedOnlyInQuotations(mentions, quoted, speaker.actor, speaker.start)) {
      // the actors stage's antecedent was someone spoken about
      delete speaker.actor;
      speaker.name = pronoun;
    }
  }
}
