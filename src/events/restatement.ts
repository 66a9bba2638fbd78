// Acts stated again. A verb of restating (data/events/restating-verbs.tsv) whose object names
// again, by a noun of act-nouns.tsv, an act reported before is that act once more: its subject
// does it, with the act's code, aimed at whom the act was aimed at.
//
//   Chile accused Peru of arming the rebels. ... Chile repeated the accusation.   CHL -> PER 112
//   Lew complained that China dumped steel. Lew stressed those worries.          Lew -> CHN 111
//   Chile accused Peru of arming the rebels. Bolivia echoed the accusation.       BOL -> PER 112
//   Chile renewed its call for Peru to withdraw.          no restatement: the noun names a party
//   Chile repeated an accusation.                          no restatement: nothing points back
import { children, subtree } from '../nlp/tree.ts';
import { possessiveDeterminers, type Grammar } from './grammar.ts';
import { definiteDeterminers, performs, sameAct } from './evaluation.ts';
import type { ActNouns } from './policy.ts';

/** An act coded before: its code, its doers' mentions and the mentions of whom it was aimed at. */
export type CodedAct = { code: string; sources: number[]; targets?: number[] };

/**
 * The noun by which a restating verb names again an act ("repeated the accusation", "stressed
 * those worries", "renewed its appeal"): its object, a noun of act-nouns.tsv with a determiner
 * that points back or a possessive pronoun, and no actor named in its phrase but that pronoun;
 * -1 if there is none.
 */
export function restatedNoun(g: Grammar, verb: number, acts: ActNouns): number {
  const { doc } = g;
  for (const noun of children(doc, verb, 'obj')) {
    if (doc.upos[noun] !== 'NOUN' || !acts.has(doc.lower[noun]!)) continue;
    const owners = children(doc, noun, 'nmod:poss').filter((p) => possessiveDeterminers.has(doc.lower[p]!));
    const pointsBack = owners.length > 0 || children(doc, noun, 'det').some((d) => definiteDeterminers.has(doc.lower[d]!));
    if (!pointsBack) continue;
    if (subtree(doc, noun).some((t) => g.mentionOf[t]! >= 0 && !owners.includes(t))) continue;
    return noun;
  }
  return -1;
}

/** The mentions of the possessive pronoun on a noun ("its appeal": whose the act is), if the actors stage resolved it. */
export function ownerMentions(g: Grammar, noun: number): number[] {
  const { doc } = g;
  return children(doc, noun, 'nmod:poss')
    .filter((p) => possessiveDeterminers.has(doc.lower[p]!))
    .map((p) => g.mentionOf[p]!)
    .filter((m) => m >= 0);
}

/**
 * The act that a noun names again: the nearest act coded before it, within `reach` sentences,
 * that was aimed at someone and that `doneBy` accepts by its doers, named by a noun of the
 * same kind ("the complaints" ... "those worries"), by a verb that performs it ("accused" ...
 * "the accusation") or by a code the noun names (an appeal, 02, for "the appeal").
 */
export function restatedAct(
  g: Grammar,
  noun: number,
  acts: ActNouns,
  codedAt: (token: number) => CodedAct | undefined,
  doneBy: (sources: number[]) => boolean,
  reach: number,
): CodedAct | undefined {
  const { doc } = g;
  const word = doc.lower[noun]!;
  const codes = acts.get(word)?.codes ?? [];
  const first = doc.sentences[Math.max(0, doc.sentence[noun]! - reach)]!.firstToken;
  for (let t = noun - 1; t >= first; t--) {
    const act = codedAt(t);
    if (!act?.targets?.length || !act.sources.length) continue;
    const named =
      (doc.upos[t] === 'NOUN' && sameAct(acts, doc.lower[t]!, word)) ||
      (doc.upos[t] === 'VERB' && performs(acts, doc.lower[t]!, word)) ||
      codes.some((c) => act.code.startsWith(c));
    if (named && doneBy(act.sources)) return act;
  }
  return undefined;
}
