// The cohesion index between two sides A and B over time windows, as pure arithmetic over
// their evidence (evidence.ts selects it; docs/cohesion.md states the method).
//
// Four components, each a score in [-1, 1] with its count and a 95% interval:
//   events     how their events towards each other lean (verbal ones included: an accusation
//              is an event of Goldstein -2 in the conflictual quad class 3): mean Goldstein and
//              the share of cooperative quad classes (1-2), both directions pooled
//   agreement  Scott's pi between their positions on the issues both took a position on in the
//              same agreement period (agreement.ts)
//   criticism  how they speak of each other in quotations: of the quotations of one side naming
//              the other (remarks that are not events and report none), praising minus critical
//   joint      acting together: acts of which an actor of each side is a source, neither acting
//              on the other (joint.ts), each scored by its kind (jointWeights)
// The first three are the relation between the two; joint action is their alignment on the
// world, which is what "how aligned are they" also asks.
// Each piece of evidence is in exactly one component, so the index, the mean of the component
// scores weighted by the evidence under each (n), is the mean over the pieces counted in `count`,
// a joint act weighing two (componentWeights); agreement enters only with minAgreementItems items.
// Nothing is shrunk toward a prior: a window with fewer than `minEvidence` pieces of evidence
// has index null, with its count and raw components shown, and intervals come from the
// window's own evidence.
import type { Quad } from '../model.ts';
import { agreementItems, type AgreementItem } from './agreement.ts';
import { evidenceKey, type PairEvidence, type PairEvent, type PairRemark, type SideStance } from './evidence.ts';
import { jointWeights, type JointAct } from './joint.ts';
import { windowCount, windowOf, windowsBetween, type WindowSize } from './windows.ts';

export * from './evidence.ts';
export * from './joint.ts';
export type { AgreementItem } from './agreement.ts';

/** Pieces of bilateral evidence below which a window's index is null. */
export const defaultMinEvidence = 3;

/**
 * How much one piece of each component weighs in the index. A joint act is two acts, one of each
 * side on the same side of a third party, as "A and B met" is two events (A -> B, B -> A): it
 * weighs two, so that acting together weighs as much as meeting (docs/cohesion.md: chosen on the
 * tuning half of the dev pairs among 1, 2, 3 and 5, by a rule fixed beforehand).
 */
export const componentWeights: Readonly<Record<'events' | 'agreement' | 'criticism' | 'joint', number>> = { events: 1, agreement: 1, criticism: 1, joint: 2 };

/**
 * Agreement items below which stance agreement enters neither the index nor `count` (it is shown,
 * with score null): the fewest items whose complete agreement Scott's pi can tell from chance at
 * 95% even when chance agreement is least (one half): 5 of 5 has a Wilson lower bound of 0.57.
 */
export const minAgreementItems = 5;
/** Two-sided 95% normal quantile. */
export const z95 = 1.959964;
/** Goldstein's scale runs from -10 (most conflictual) to +10 (most cooperative). */
export const goldsteinMax = 10;
/** Spread assumed for Goldstein scores when a window's events come from fewer than two articles. */
const fallbackGoldsteinSd = 5;

/** minAgreementItems: default minAgreementItems (the constant) */
export type CohesionOptions = { by: WindowSize; since?: string; until?: string; minEvidence?: number; minAgreementItems?: number };

export type Interval = [number, number];

export type EventComponent = {
  n: number;
  a_to_b: number;
  b_to_a: number;
  goldstein: number | null;
  goldstein_interval: Interval | null;
  cooperative: number | null;
  cooperative_interval: Interval | null;
  score: number | null;
  interval: Interval | null;
};

export type AgreementComponent = {
  /** agreement items: issue and period on which both sides took a (net non-zero) position */
  n: number;
  /** whether the items enter the index and `count`: at least minAgreementItems of them (else score is null) */
  counted: boolean;
  agreements: number;
  observed: number | null;
  /** chance agreement from the pooled positions of the whole queried range */
  expected: number | null;
  pi: number | null;
  interval: Interval | null;
  score: number | null;
  issues: { issue: string; period: string; a: number; b: number }[];
};

export type CriticismComponent = {
  /** remarks of one side about the other that are not events: quotations naming it */
  n: number;
  critical: number;
  praise: number;
  /** share of critical remarks */
  rate: number | null;
  score: number | null;
  interval: Interval | null;
};

export type JointComponent = {
  /** joint acts: acts of which an actor of each side is a source, neither acting on the other */
  n: number;
  /** of them, acting together in cooperation (quad classes 1-2) */
  cooperation: number;
  /** of them, acting together in conflict with a third party (quad classes 3-4) */
  conflict: number;
  score: number | null;
  interval: Interval | null;
};

export type CohesionWindow = {
  /** the window's label: 2020-W03, 2020-01, 2020-Q1, 2020 or all */
  window: string;
  start: string;
  /** last day, inclusive */
  end: string;
  index: number | null;
  interval: Interval | null;
  /** pieces of evidence: events, remarks that are neither events nor the words of one (quotationsBesides), agreement items (when counted), joint acts */
  count: number;
  counts: { events: number; remarks: number; quotes: number; agreement_items: number; critical: number; praise: number; joint_acts: number };
  events: EventComponent;
  agreement: AgreementComponent;
  criticism: CriticismComponent;
  joint: JointComponent;
};

/** A window with the evidence that entered it: what `--explain` lists. */
/**
 * remarks: all, verbal events' included (their tone); quotations: the remarks that are not events, the criticism
 * component's; agreement: the items counted (none below minAgreementItems)
 */
export type WindowEvidence = { events: PairEvent[]; remarks: PairRemark[]; quotations: PairRemark[]; agreement: AgreementItem[]; joint: JointAct[] };

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const roundInterval = (i: Interval): Interval => [round(i[0]), round(i[1])];

/** Wilson score interval of a proportion x of n (n > 0; x need not be whole: a share of an effective count). */
export function wilsonInterval(x: number, n: number): Interval {
  const p = x / n;
  const z2 = z95 * z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [clamp(centre - half, 0, 1), clamp(centre + half, 0, 1)];
}

/** Scott's pi for two raters over items with categories for/against: (Po - Pe) / (1 - Pe). */
export function scottsPi(observed: number, expected: number): number {
  return (observed - expected) / (1 - expected);
}

/**
 * Chance agreement for Scott's pi from the pooled share of "for" positions of both sides.
 * Add-one smoothing keeps it below 1 when every position in the range points the same way
 * (where pi is undefined).
 */
export function expectedAgreement(forCount: number, positions: number): number {
  const p = (forCount + 1) / (positions + 2);
  return p * p + (1 - p) * (1 - p);
}

/** A remark is critical below zero and praise above. */
const isCritical = (r: { polarity: number }) => r.polarity < 0;
const isPraise = (r: { polarity: number }) => r.polarity > 0;

type Bucket = { events: PairEvent[]; remarks: PairRemark[]; stances: SideStance[]; joint: JointAct[] };

/** The days a pair's series runs over: since and until, or else its first and last evidence. */
function seriesRange(evidence: PairEvidence, options: CohesionOptions): { from: string; to: string } | undefined {
  const dates = [...evidence.events, ...evidence.remarks, ...evidence.stances, ...evidence.joint].map((r) => r.article.published.slice(0, 10)).sort();
  const from = options.since ?? dates[0];
  const to = options.until ?? dates[dates.length - 1];
  return from && to ? { from, to } : undefined;
}

/** How many windows cohesionWithEvidence gives, counted without computing them. */
export function seriesLength(evidence: PairEvidence, options: CohesionOptions): number {
  const range = seriesRange(evidence, options);
  return range ? windowCount(range.from, range.to, options.by) : 0;
}

/** The series and, per window, the evidence that entered it. */
export function cohesionWithEvidence(evidence: PairEvidence, options: CohesionOptions): { window: CohesionWindow; evidence: WindowEvidence }[] {
  const range = seriesRange(evidence, options);
  if (!range) return [];
  const { from, to } = range;
  const inRange = (d: string) => d.slice(0, 10) >= from.slice(0, 10) && d.slice(0, 10) <= to.slice(0, 10);
  const windows = windowsBetween(from, to, options.by);
  const buckets = new Map<string, Bucket>(windows.map((w) => [w.label, { events: [], remarks: [], stances: [], joint: [] }]));
  const put = <K extends keyof Bucket>(kind: K, r: Bucket[K][number]) => {
    if (!inRange(r.article.published)) return;
    (buckets.get(windowOf(r.article.published, options.by).label)![kind] as Bucket[K][number][]).push(r);
  };
  evidence.events.forEach((r) => put('events', r));
  evidence.remarks.forEach((r) => put('remarks', r));
  evidence.stances.forEach((r) => put('stances', r));
  evidence.joint.forEach((r) => put('joint', r));

  // Chance agreement needs more positions than a window holds: it comes from the whole range.
  const itemsByWindow = windows.map((w) => agreementItems(buckets.get(w.label)!.stances, options.by));
  let positions = 0;
  let forPositions = 0;
  for (const item of itemsByWindow.flat()) {
    positions += 2;
    forPositions += (item.a > 0 ? 1 : 0) + (item.b > 0 ? 1 : 0);
  }
  const expected = expectedAgreement(forPositions, positions);
  const minEvidence = options.minEvidence ?? defaultMinEvidence;

  return windows.map((w, i) => {
    const bucket = buckets.get(w.label)!;
    const items = itemsByWindow[i]!;
    const events = eventComponent(bucket.events);
    const agreement = agreementComponent(items, expected, options.minAgreementItems ?? minAgreementItems);
    const quotations = quotationsBesides(bucket.remarks, bucket.events);
    const criticism = criticismComponent(quotations);
    const joint = jointComponent(bucket.joint);
    const counted = agreement.counted ? items : [];
    const count = bucket.events.length + quotations.length + counted.length + bucket.joint.length;
    const scored = (
      [
        [events, componentWeights.events],
        [agreement, componentWeights.agreement],
        [criticism, componentWeights.criticism],
        [joint, componentWeights.joint],
      ] as const
    ).filter(([c]) => c.score !== null);
    const enough = count >= minEvidence && scored.length > 0;
    // Each component weighs as much as the evidence under it, each piece by its kind's weight: one
    // agreement item does not outweigh a hundred events. Intervals are averaged with the same
    // weights, as if the components were perfectly correlated, so the index's interval is conservative.
    const weight = scored.reduce((s, [c, w]) => s + c.n * w, 0);
    const weighted = (value: (c: (typeof scored)[number][0]) => number) => scored.reduce((s, [c, w]) => s + c.n * w * value(c), 0) / weight;
    const index = enough ? round(weighted((c) => c.score!)) : null;
    const interval: Interval | null = enough ? roundInterval([weighted((c) => c.interval![0]), weighted((c) => c.interval![1])]) : null;
    const counts = {
      events: bucket.events.length,
      remarks: bucket.remarks.length,
      quotes: quotations.length,
      agreement_items: counted.length,
      critical: criticism.critical,
      praise: criticism.praise,
      joint_acts: joint.n,
    };
    return {
      window: { window: w.label, start: w.start, end: w.end, index, interval, count, counts, events, agreement, criticism, joint },
      evidence: { events: bucket.events, remarks: bucket.remarks, quotations, agreement: counted, joint: bucket.joint },
    };
  });
}

/**
 * The remarks that are quotations in their own right: not a verbal event's remark, and not the
 * words that report an event between the sides. A verbal event and the remark the stances stage
 * made of it are one piece of evidence, the event's; so is a quotation whose words hold an event
 * between the two ("The United States said it was transferring 115 mln dlrs in aid to Egypt" is
 * the aid, USA -> EGY, once, not also a plain reference of the US to Egypt). Either enters the
 * index once, through the events component.
 */
function quotationsBesides(remarks: PairRemark[], events: PairEvent[]): PairRemark[] {
  const eventKeys = new Set(events.map(evidenceKey));
  const eventsIn = new Map<string, PairEvent[]>();
  for (const e of events) {
    let list = eventsIn.get(e.article.id);
    if (!list) eventsIn.set(e.article.id, (list = []));
    list.push(e);
  }
  const reportsAnEvent = (r: PairRemark) => (eventsIn.get(r.article.id) ?? []).some((e) => e.start < r.end && r.start < e.end);
  return remarks.filter((r) => !eventKeys.has(evidenceKey(r)) && !reportsAnEvent(r));
}

export function cohesionSeriesOf(evidence: PairEvidence, options: CohesionOptions): CohesionWindow[] {
  return cohesionWithEvidence(evidence, options).map((w) => w.window);
}

/**
 * How many independent observations a component's pieces are worth for its interval: the number
 * of articles they come from, when smaller than their number. Ten events from one report of a
 * state visit are one report's reading, not ten; the point estimate still counts every piece.
 */
function effectiveCount(pieces: { article?: { id: string } }[]): number {
  const articles = new Set<string>();
  for (const p of pieces) {
    if (!p.article) return pieces.length;
    articles.add(p.article.id);
  }
  return Math.min(pieces.length, articles.size);
}

function eventScore(goldstein: number, cooperative: number): number {
  return (goldstein / goldsteinMax + (2 * cooperative - 1)) / 2;
}

function eventComponent(events: { goldstein: number; quad: Quad; direction: string; article?: { id: string } }[]): EventComponent {
  const n = events.length;
  const a_to_b = events.filter((e) => e.direction === 'a->b').length;
  if (n === 0)
    return { n, a_to_b, b_to_a: 0, goldstein: null, goldstein_interval: null, cooperative: null, cooperative_interval: null, score: null, interval: null };
  const mean = events.reduce((s, e) => s + e.goldstein, 0) / n;
  // intervals from as many observations as there are articles (effectiveCount); the spread of
  // pieces from one article says nothing of the spread between reports
  const m = effectiveCount(events);
  const sd = m >= 2 ? Math.sqrt(events.reduce((s, e) => s + (e.goldstein - mean) ** 2, 0) / (n - 1)) : fallbackGoldsteinSd;
  const half = (z95 * sd) / Math.sqrt(m);
  const gi: Interval = [clamp(mean - half, -goldsteinMax, goldsteinMax), clamp(mean + half, -goldsteinMax, goldsteinMax)];
  const cooperativeCount = events.filter((e) => e.quad <= 2).length;
  const cooperative = cooperativeCount / n;
  const ci = wilsonInterval(cooperative * m, m);
  return {
    n,
    a_to_b,
    b_to_a: n - a_to_b,
    goldstein: round(mean),
    goldstein_interval: roundInterval(gi),
    cooperative: round(cooperative),
    cooperative_interval: roundInterval(ci),
    score: round(clamp(eventScore(mean, cooperative), -1, 1)),
    interval: roundInterval([eventScore(gi[0], ci[0]), eventScore(gi[1], ci[1])]),
  };
}

function agreementComponent(items: AgreementItem[], expected: number, minItems: number): AgreementComponent {
  const issues = items.map((i) => ({ issue: i.issue, period: i.period, a: i.a, b: i.b }));
  const n = items.length;
  const counted = n >= minItems;
  const agreements = items.filter((p) => p.a === p.b).length;
  if (n === 0) return { n, counted, agreements, observed: null, expected: round(expected), pi: null, interval: null, score: null, issues };
  const observed = agreements / n;
  const pi = scottsPi(observed, expected);
  const po = wilsonInterval(agreements, n);
  return {
    n,
    counted,
    agreements,
    observed: round(observed),
    expected: round(expected),
    pi: round(pi),
    interval: roundInterval([clamp(scottsPi(po[0], expected), -1, 1), clamp(scottsPi(po[1], expected), -1, 1)]),
    score: counted ? round(clamp(pi, -1, 1)) : null,
    issues,
  };
}

export function criticismComponent(remarks: { polarity: number; article?: { id: string } }[]): CriticismComponent {
  const n = remarks.length;
  const critical = remarks.filter(isCritical).length;
  const praise = remarks.filter(isPraise).length;
  if (n === 0) return { n, critical, praise, rate: null, score: null, interval: null };
  // Praise minus criticism over all remarks: the mean tone, a plain reference being 0. Its
  // interval takes the two shares' Wilson bounds at their least favourable, from as many
  // observations as there are articles (effectiveCount).
  const m = effectiveCount(remarks);
  const criticalShare = wilsonInterval((critical / n) * m, m);
  const praiseShare = wilsonInterval((praise / n) * m, m);
  return {
    n,
    critical,
    praise,
    rate: round(critical / n),
    score: round((praise - critical) / n),
    interval: roundInterval([clamp(praiseShare[0] - criticalShare[1], -1, 1), clamp(praiseShare[1] - criticalShare[0], -1, 1)]),
  };
}

/**
 * Acting together: the mean of the joint acts' scores by kind (jointWeights). Its interval, as
 * the events', is the mean's normal interval from as many observations as there are articles
 * (effectiveCount); acts that all score alike have none to speak of, and the uncertainty of the
 * reading is that of the events stage, which `--explain` shows.
 */
function jointComponent(acts: { kind: JointAct['kind']; article?: { id: string } }[]): JointComponent {
  const n = acts.length;
  const cooperation = acts.filter((a) => a.kind === 'cooperation').length;
  if (n === 0) return { n, cooperation, conflict: 0, score: null, interval: null };
  const scores = acts.map((a) => jointWeights[a.kind]);
  const mean = scores.reduce((s, x) => s + x, 0) / n;
  const m = effectiveCount(acts);
  const sd = n >= 2 ? Math.sqrt(scores.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1)) : 0;
  const half = (z95 * sd) / Math.sqrt(m);
  return {
    n,
    cooperation,
    conflict: n - cooperation,
    score: round(clamp(mean, -1, 1)),
    interval: roundInterval([clamp(mean - half, -1, 1), clamp(mean + half, -1, 1)]),
  };
}
