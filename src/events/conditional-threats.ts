// Threats stated as a condition: steps a party says it would take if another acts, or unless it
// does (data/events/threat-measures.tsv). A threat is asserted though its content is conditional,
// as "threatened sanctions if" is.
//
//   Japan would consider measures if the United States imposes tariffs.        130 Japan -> United States
//   Washington will take action against Tokyo unless Seoul opens its market.   130 Washington -> Tokyo
//   Japan took measures after the United States imposed tariffs.               none (no modal: done)
//   Japan will take measures if necessary.                                     none (no party to act)
//   Japan would not take measures if the U.S. imposed tariffs.                 none (denied)
import type { Doc } from '../nlp/index.ts';
import { children, modals, negation } from '../nlp/tree.ts';
import type { Grammar } from './grammar.ts';
import { conditionalMarkers } from './grammar.ts';
import { conjunctMentions } from './parties.ts';

/** Words of data/events/threat-measures.tsv: verbs (all their forms) and the nouns of steps they take. */
export type ThreatMeasures = { verbs: Set<string>; nouns: Set<string> };

/** The preposition of the party steps are aimed at ("take action against Tokyo"). */
const aimPreposition = 'against';

export type ConditionalThreat = { verb: number; sources: number[]; targets: number[] };

/** The if- or unless-clause hung on the verb, or -1. */
function conditionOn(doc: Doc, verb: number): number {
  return children(doc, verb, 'advcl').find((c) => children(doc, c, 'mark').some((m) => conditionalMarkers.has(doc.lower[m]!))) ?? -1;
}

/** The threats stated as a condition in tokens [from, to). */
export function conditionalThreats(g: Grammar, from: number, to: number, words: ThreatMeasures): ConditionalThreat[] {
  const { doc } = g;
  const found: ConditionalThreat[] = [];
  for (let verb = from; verb < to; verb++) {
    if (doc.upos[verb] !== 'VERB' || !words.verbs.has(doc.lower[verb]!)) continue;
    const steps = children(doc, verb, 'obj').filter((o) => words.nouns.has(doc.lower[o]!));
    if (!steps.length || modals(doc, verb).length === 0 || negation(doc, verb) >= 0) continue;
    const condition = conditionOn(doc, verb);
    if (condition < 0) continue;
    const sources = conjunctMentions(g, children(doc, verb, 'nsubj'));
    if (!sources.length) continue;
    const own = (m: number) => sources.some((s) => g.mentions[s]!.actor === g.mentions[m]!.actor);
    // "take action against Tokyo", "measures against Japan": whom the steps are aimed at
    const aimed = [verb, ...steps].flatMap((head) =>
      children(doc, head, 'obl', 'nmod').filter((o) => children(doc, o, 'case').some((c) => doc.lower[c] === aimPreposition)),
    );
    let targets = conjunctMentions(g, aimed).filter((m) => !own(m));
    // else the one whose act the condition names ("if the United States imposes tariffs")
    if (!targets.length) targets = conjunctMentions(g, children(doc, condition, 'nsubj', 'nsubj:pass')).filter((m) => !own(m));
    if (targets.length) found.push({ verb, sources, targets });
  }
  return found;
}
