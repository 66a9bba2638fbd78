// Joint action: both sides doing one thing together, as one sentence reports it.
//
//   "Britain, France and Germany agreed to impose sanctions on Iran."
//       GBR -> IRN, FRA -> IRN, DEU -> IRN on one cue      joint acts GBR-FRA, GBR-DEU, FRA-DEU
//                                                           (in conflict with a third party)
//   "China and Russia pledged funds for the project."
//       CHN, RUS sources of one cue, no target             a joint act CHN-RUS (cooperation)
//   "Washington and London signed an agreement."
//       USA -> GBR and GBR -> USA on one cue               an act between them: the events
//                                                           component's, not a joint act
//   "The US imposed sanctions on Iran and Syria."
//       USA -> IRN, USA -> SYR                             not a joint act of IRN and SYR: they
//                                                           are targets, not actors
//
// A joint act is read from what the events stage outputs: non-negated events on the same cue
// (article and cue span, so one sentence) with a source on each side, and no event on that cue
// from one side to the other (that is an interaction between them, counted once, as events).
// Co-subjects of one verb are not events between each other, so the component never depends on
// the events stage coding "X and Y agreed" as X -> Y.
import type { Quad } from '../model.ts';
import type { ArticleRef, CueRef, Party } from './evidence.ts';

/** A non-negated event as stored, with or without a target, and the cue it was coded from. */
export type ActRecord = {
  article: ArticleRef;
  start: number;
  end: number;
  text: string;
  cue: CueRef;
  cameo: string;
  plover: string;
  goldstein: number;
  quad: Quad;
  source: Party;
  target: Party | null;
};

/**
 * What the two sides did together: cooperation (verbal or material, quad classes 1-2: agreeing,
 * pledging, meeting a third party together) or conflict with a third party (3-4: condemning,
 * sanctioning, fighting someone together). Both are alignment; `jointWeights` says how much.
 */
export type JointKind = 'cooperation' | 'conflict';

/** One act of both sides: the events of side A's and side B's actors on the cue. */
export type JointAct = { article: ArticleRef; cue: CueRef; kind: JointKind; a: ActRecord[]; b: ActRecord[] };

/**
 * The score of a joint act in the joint-action component, by kind. Taking the same side against
 * a third party is as much alignment as cooperating on something: both +1 (docs/cohesion.md).
 */
export const jointWeights: Readonly<Record<JointKind, number>> = { cooperation: 1, conflict: 1 };

/** The acts of one cue: events grouped by article and cue span, in the order given. */
export function actsByCue(acts: ActRecord[]): ActRecord[][] {
  const groups = new Map<string, ActRecord[]>();
  for (const act of acts) {
    const key = `${act.article.id}\u0000${act.cue.start}\u0000${act.cue.end}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(act);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** A joint act's kind: cooperation when every event of both sides on the cue is cooperative. */
export function jointKind(events: ActRecord[]): JointKind {
  return events.every((e) => e.quad <= 2) ? 'cooperation' : 'conflict';
}
