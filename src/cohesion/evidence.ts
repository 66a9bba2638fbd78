// The evidence between two sides: which stored records are bilateral.
//
//   "Paris accused Washington of abandoning its allies."   event FRAGOV -> USAGOV    counts for FRA-USA
//   "Trump said Britain was 'a great friend'."             remark USA -> GBR (+1)    counts for USA-GBR
//   "France opposes sanctions relief." (March 2020)        stance FRAGOV            counts for FRA-USA
//   "Washington opposes sanctions relief." (March 2020)    stance USAGOV            only as a pair
//   "Berlin criticised Paris."                              event DEU -> FRA         not for USA-EUR
//   "Paris and Washington condemned the coup."             FRA, USA sources of one  a joint act for FRA-USA
//                                                          cue (joint.ts)
//
// Events count when their source is on one side and their target on the other; remarks
// (what one actor said or did about another, with the tone the stances stage gave it) the
// same; stances only in pairs, when both sides took a position on the same issue in the same
// agreement period (agreement.ts); joint acts when an actor of each side is a source of one
// act and neither acts on the other (joint.ts). Evidence within one side (two EU members) is not
// between the sides.
import type { Quad } from '../model.ts';
import type { ActorInfo, Side } from './coalitions.ts';
import { actsByCue, jointKind, type ActRecord, type JointAct } from './joint.ts';

export type ArticleRef = { id: string; title: string | null; published: string };
/**
 * What a person: or org: actor acted for in the record's article (country, role), as the
 * analysis gave it; absent for state and sector codes and in stores written before it was kept.
 */
export type ActingFor = { country?: string; role?: string };
export type Party = { actor: string; name: string; start: number; end: number } & ActingFor;
export type CueRef = { start: number; end: number; text: string };

/** A non-negated event with a target, as stored. */
export type EventRecord = {
  article: ArticleRef;
  start: number;
  end: number;
  text: string;
  cameo: string;
  plover: string;
  goldstein: number;
  quad: Quad;
  source: Party;
  target: Party;
};

/**
 * What an actor said (`quote`) or did verbally (`event`) about another actor, with its tone:
 * -1 criticism, +1 praise, 0 a plain reference. Decided by the stances stage, with its cue.
 */
export type RemarkRecord = {
  article: ArticleRef;
  start: number;
  end: number;
  text: string;
  basis: 'quote' | 'event';
  actor: string;
  /** the speaker's name as the article gives it, when the remark is a quotation */
  name: string | null;
  target: Party;
  polarity: number;
  cue: CueRef | null;
} & ActingFor;

/** A position of an actor on an issue. */
export type StanceRecord = { article: ArticleRef; start: number; end: number; text: string; actor: string; issue: string; polarity: number } & ActingFor;

/** acts: every non-negated event with its cue, targets or not, from which joint acts are read */
export type CohesionRecords = { events: EventRecord[]; remarks: RemarkRecord[]; stances: StanceRecord[]; acts: ActRecord[] };

export type Direction = 'a->b' | 'b->a';
export type PairEvent = EventRecord & { direction: Direction };
export type PairRemark = RemarkRecord & { direction: Direction };
export type SideStance = StanceRecord & { side: 'a' | 'b' };
export type PairEvidence = { events: PairEvent[]; remarks: PairRemark[]; stances: SideStance[]; joint: JointAct[] };

/** Evidence of no kind, for a pair or window without any. */
export const noEvidence = (): PairEvidence => ({ events: [], remarks: [], stances: [], joint: [] });

function directionOf(from: 'a' | 'b' | undefined, to: 'a' | 'b' | undefined): Direction | undefined {
  if (from === 'a' && to === 'b') return 'a->b';
  if (from === 'b' && to === 'a') return 'b->a';
  return undefined;
}

/**
 * An actor as it acted in one record's article: a person's or organisation's country and role
 * are those the record gives (what it acted for there) when it has them, else the actors table's,
 * which keeps one row per actor for the whole store.
 */
export function actingInfo(known: ActorInfo, acting: ActingFor | undefined): ActorInfo {
  return acting?.country ? { ...known, country: acting.country, role: acting.role ?? null } : known;
}

/**
 * Which sides an actor is on at a date; sides that do not depend on the date are asked once per
 * actor and what it acted for. A person's or organisation's country and role are those it acted
 * for in the record's article when the record has them: the actors table keeps one row per actor
 * for the whole store, with one country for a person quoted in many articles.
 */
function membershipOf(sides: Side[], info: (id: string) => ActorInfo) {
  const undated = sides.map((s, i) => (s.dated ? -1 : i)).filter((i) => i >= 0);
  const dated = sides.map((s, i) => (s.dated ? i : -1)).filter((i) => i >= 0);
  const cache = new Map<string, number[]>();
  const infoAsOf = (actor: string, acting: ActingFor | undefined): ActorInfo => actingInfo(info(actor), acting);
  return (actor: string, date: string, acting?: ActingFor): number[] => {
    const key = acting?.country ? `${actor}\u0000${acting.country}\u0000${acting.role ?? ''}` : actor;
    let fixed = cache.get(key);
    if (!fixed) {
      const who = infoAsOf(actor, acting);
      cache.set(key, (fixed = undated.filter((i) => sides[i]!.matches(who, date))));
    }
    if (dated.length === 0) return fixed;
    const who = infoAsOf(actor, acting);
    const now = dated.filter((i) => sides[i]!.matches(who, date));
    return now.length ? [...fixed, ...now].sort((x, y) => x - y) : fixed;
  };
}

/** The key of the pair of sides i < j in `pairwiseEvidence`'s result. */
export const pairKey = (i: number, j: number) => `${Math.min(i, j)}:${Math.max(i, j)}`;

/**
 * The evidence between every pair of the given sides, read once: pair i < j has i as side A.
 * An actor on both sides of a pair counts for A (FRA and EU: the EU is taken without France).
 */
export function pairwiseEvidence(records: CohesionRecords, sides: Side[], info: (id: string) => ActorInfo): Map<string, PairEvidence> {
  const sidesOf = membershipOf(sides, info);
  const pairs = new Map<string, PairEvidence>();
  for (let i = 0; i < sides.length; i++) for (let j = i + 1; j < sides.length; j++) pairs.set(pairKey(i, j), noEvidence());
  // the side of an actor in pair (i, j): A if it is on side i, else B if it is on side j
  const sideIn = (on: number[], i: number, j: number) => (on.includes(i) ? 'a' : on.includes(j) ? 'b' : undefined);
  const between = (from: number[], to: number[], visit: (evidence: PairEvidence, direction: Direction) => void) => {
    const seen = new Set<string>();
    for (const x of from) {
      for (const y of to) {
        if (x === y) continue;
        const key = pairKey(x, y);
        if (seen.has(key)) continue;
        seen.add(key);
        const direction = directionOf(sideIn(from, Math.min(x, y), Math.max(x, y)), sideIn(to, Math.min(x, y), Math.max(x, y)));
        if (direction) visit(pairs.get(key)!, direction);
      }
    }
  };
  for (const e of records.events) {
    const date = e.article.published;
    between(sidesOf(e.source.actor, date, e.source), sidesOf(e.target.actor, date, e.target), (pair, direction) => pair.events.push({ ...e, direction }));
  }
  // A quotation naming two actors of the other side ("Germany ... Berlin") is one remark on that
  // side: the first with a tone, else the first.
  const remarkAt = new Map<PairEvidence, Map<string, number>>();
  for (const r of records.remarks) {
    const date = r.article.published;
    between(sidesOf(r.actor, date, r), sidesOf(r.target.actor, date, r.target), (pair, direction) => {
      let seen = remarkAt.get(pair);
      if (!seen) remarkAt.set(pair, (seen = new Map()));
      const key = `${evidenceKey(r)}\u0000${direction}`;
      const at = seen.get(key);
      if (at === undefined) {
        seen.set(key, pair.remarks.length);
        pair.remarks.push({ ...r, direction });
      } else if (pair.remarks[at]!.polarity === 0 && r.polarity !== 0) pair.remarks[at] = { ...r, direction };
    });
  }
  for (const s of records.stances) {
    const on = sidesOf(s.actor, s.article.published, s);
    if (on.length === 0) continue;
    for (let i = 0; i < sides.length; i++) {
      for (let j = i + 1; j < sides.length; j++) {
        const side = sideIn(on, i, j);
        if (side) pairs.get(pairKey(i, j))!.stances.push({ ...s, side });
      }
    }
  }
  for (const group of actsByCue(records.acts)) {
    const date = group[0]!.article.published;
    const sources = group.map((e) => sidesOf(e.source.actor, date, e.source));
    const targets = group.map((e) => (e.target ? sidesOf(e.target.actor, date, e.target) : []));
    const present = [...new Set(sources.flat())].sort((x, y) => x - y);
    for (let x = 0; x < present.length; x++) {
      for (let y = x + 1; y < present.length; y++) {
        const [i, j] = [present[x]!, present[y]!];
        const a = group.filter((_, k) => sideIn(sources[k]!, i, j) === 'a');
        const b = group.filter((_, k) => sideIn(sources[k]!, i, j) === 'b');
        // one side acting on the other on this cue: an interaction, counted as events
        const interaction = group.some((_, k) => directionOf(sideIn(sources[k]!, i, j), sideIn(targets[k]!, i, j)) !== undefined);
        if (a.length && b.length && !interaction)
          pairs.get(pairKey(i, j))!.joint.push({ article: group[0]!.article, cue: group[0]!.cue, kind: jointKind([...a, ...b]), a, b });
      }
    }
  }
  return pairs;
}

/** The records between two sides: events and remarks from one to the other, stances of either side, joint acts. */
export function bilateralEvidence(records: CohesionRecords, a: Side, b: Side, info: (id: string) => ActorInfo): PairEvidence {
  return pairwiseEvidence(records, [a, b], info).get(pairKey(0, 1))!;
}

/** Events and remarks are the same piece of evidence when they cover the same span of the same article. */
export const evidenceKey = (r: { article: ArticleRef; start: number; end: number }) => `${r.article.id}\u0000${r.start}\u0000${r.end}`;
