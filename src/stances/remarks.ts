// Remarks: what an actor says or does about another actor, with its tone, decided here at
// analysis time (the cohesion query only counts them).
//
//   Trump said Germany was "freeloading" on American defence.
//   ^^^^^ speaker          ^^^^^^^ target  ^^^^^^^^^^^ [criticism] cue     -> USAGOV on DEU: -1
//   "We thank our French friends," Merkel said.
//       ^^^^^ [praise] cue ^^^^^^ target                                   -> DEUGOV on FRA: +1
//   "Russia is ready to talk," Lavrov said of the United States.           -> no remark on USA:
//                                                                             not named inside
//   Paris accused Washington of abandoning its allies.   event 112 (cameo 11 under [criticism])
//                                                                          -> FRAGOV on USAGOV: -1
//
// A quotation makes one remark per actor named inside it (other than its speaker), with the
// tone of the [criticism] or [praise] cue of data/issues.cues.txt nearest that mention, in the
// quoted words or the reporting cue ("accused", "praised"); a negated cue says nothing ("we do
// not blame Paris"), and a quotation with no cue is a plain reference (0). A verbal event
// (quad class 1 or 3) with a target is a remark of its source on its target, its tone from the
// event's code (the cameo and plover lines of the same file), else 0. Material events are the
// cohesion index's events component, not remarks.
//
// Remarks are stances on the reserved issue `relations` (docs/output.md): `actor` is the speaker
// or the event's source, `start`/`end` the quotation or event, and they carry `target`, `cue`
// and `basis` ('quote' or 'event').
import type { Event, Quote, Span, Stance } from '../model.ts';
import { tokenStartingFrom, type Doc } from '../nlp/index.ts';
import type { ActorResult } from '../actors/index.ts';
import { findAll } from './lexicon.ts';
import { eventTone, type CueLexicons } from './issues.ts';

/** The issue id of remarks: an actor's attitude toward another actor. */
export const relationsIssue = 'relations';

export type Remark = Stance & {
  issue: typeof relationsIssue;
  /** the speaker's or source's name as written */
  name: string;
  /** country/role as on the stance: what a person: or org: target acts for in this article */
  target: Span & { actor: string; name: string; country?: string; role?: string };
  /** the words that decided the tone; null for a plain reference */
  cue: (Span & { text: string }) | null;
  basis: 'quote' | 'event';
};

export const isRemark = (s: Stance): s is Remark => s.issue === relationsIssue;

/** Quad classes of verbal cooperation and verbal conflict. */
const verbalQuads: ReadonlySet<number> = new Set([1, 3]);

type ToneCue = { first: number; end: number; polarity: number };

/** Tone cues in tokens [first, end), negated ones dropped. */
function toneCues(doc: Doc, cues: CueLexicons, first: number, end: number): ToneCue[] {
  const found: ToneCue[] = [];
  for (const m of findAll(cues.tone, doc.lower, first, end)) {
    let negated = false;
    for (let t = m.first; t < m.end; t++) if (doc.negated[t]) negated = true;
    if (!negated) found.push({ first: m.first, end: m.end, polarity: m.phrase.value });
  }
  return found;
}

/** The character ranges that are the quotation's own words (its fragments, else its span). */
function quotedRanges(q: Quote): [number, number][] {
  return q.fragments && q.fragments.length > 1 ? q.fragments : [[q.start, q.end]];
}

function tokenRange(doc: Doc, start: number, end: number): [number, number] {
  return [tokenStartingFrom(doc, start), tokenStartingFrom(doc, end)];
}

/** The country and role a person: or org: actor acts for in the article ({} for other actors). */
export type ActingFor = (id: string) => { country?: string; role?: string };

function quoteRemarks(doc: Doc, actors: ActorResult, quotes: Quote[], cues: CueLexicons, actsFor: ActingFor): Remark[] {
  const remarks: Remark[] = [];
  for (const q of quotes) {
    const speaker = q.speaker;
    if (!speaker?.actor) continue;
    const ranges = quotedRanges(q);
    const inQuote = (start: number, end: number) => ranges.some(([s, e]) => s <= start && end <= e);
    const found: ToneCue[] = [];
    for (const [s, e] of ranges) found.push(...toneCues(doc, cues, ...tokenRange(doc, s, e)));
    if (q.cue) found.push(...toneCues(doc, cues, ...tokenRange(doc, q.cue.start, q.cue.end)));
    const targets = new Set<string>();
    for (const m of actors.mentions) {
      if (m.actor === speaker.actor || targets.has(m.actor) || !inQuote(m.start, m.end)) continue;
      if (m.start < speaker.end && speaker.start < m.end) continue;
      targets.add(m.actor);
      const at = tokenStartingFrom(doc, m.start);
      let nearest: ToneCue | undefined;
      let distance = Infinity;
      for (const c of found) {
        const d = c.end <= at ? at - c.end : c.first > at ? c.first - at : 0;
        if (d < distance) {
          distance = d;
          nearest = c;
        }
      }
      remarks.push({
        start: q.start,
        end: q.end,
        actor: speaker.actor,
        issue: relationsIssue,
        polarity: nearest?.polarity ?? 0,
        ...actsFor(speaker.actor),
        name: speaker.name,
        target: { start: m.start, end: m.end, actor: m.actor, name: m.text, ...actsFor(m.actor) },
        cue: nearest
          ? { start: doc.start[nearest.first]!, end: doc.end[nearest.end - 1]!, text: doc.text.slice(doc.start[nearest.first]!, doc.end[nearest.end - 1]!) }
          : null,
        basis: 'quote',
      });
    }
  }
  return remarks;
}

function eventRemarks(events: Event[], cues: CueLexicons): Remark[] {
  const remarks: Remark[] = [];
  for (const e of events) {
    if (e.negated || !e.target || e.target.actor === e.source.actor) continue;
    const tone = eventTone(cues, e.cameo, e.plover);
    if (!tone && !verbalQuads.has(e.quad)) continue;
    remarks.push({
      start: e.start,
      end: e.end,
      actor: e.source.actor,
      issue: relationsIssue,
      polarity: tone?.polarity ?? 0,
      ...acting(e.source),
      name: e.source.name,
      target: { start: e.target.start, end: e.target.end, actor: e.target.actor, name: e.target.name, ...acting(e.target) },
      cue: e.cue ?? { start: e.start, end: e.end, text: e.text },
      basis: 'event',
    });
  }
  return remarks;
}

/** An event party's country and role, as the events stage gave them (person: and org: actors). */
const acting = (p: { country?: string; role?: string }) => ({ ...(p.country ? { country: p.country } : {}), ...(p.role ? { role: p.role } : {}) });

const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;

/**
 * "Paris accused Washington of abandoning its allies": the event (112) and the reported speech
 * it introduces are one remark, the event's. A quotation's remark is dropped when an event
 * remark of the same actor on the same target overlaps the quotation or its reporting cue.
 */
function isEventsRemark(r: Remark, eventRemarks: Remark[], quote: Quote | undefined): boolean {
  return eventRemarks.some(
    (e) => e.actor === r.actor && e.target.actor === r.target.actor && (overlaps(e, r) || (!!quote?.cue && overlaps(e, quote.cue))),
  );
}

export function findRemarks(doc: Doc, actors: ActorResult, quotes: Quote[], events: Event[], cues: CueLexicons, actsFor: ActingFor = () => ({})): Remark[] {
  const byEvents = eventRemarks(events, cues);
  const quoteOf = new Map(quotes.map((q) => [`${q.start}:${q.end}`, q]));
  const byQuotes = quoteRemarks(doc, actors, quotes, cues, actsFor).filter((r) => !isEventsRemark(r, byEvents, quoteOf.get(`${r.start}:${r.end}`)));
  return [...byQuotes, ...byEvents];
}
