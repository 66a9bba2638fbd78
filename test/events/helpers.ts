// Shared by the events tests: analyse a hand-written sentence and look its events up.
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { loadContext } from '../../src/context.ts';
import type { Event } from '../../src/model.ts';

const ctx = loadContext();

export function eventsOf(text: string, published = '2024-03-15'): Event[] {
  return analyze({ id: 't', text, published }, ctx).events;
}

/** Events the article scorer counts: neither negated nor marked with a modality. */
export function asserted(events: Event[]): Event[] {
  return events.filter((e) => !e.negated && !e.modality);
}

export function describe(events: Event[]): string {
  return JSON.stringify(events.map((e) => [e.source.actor, e.target?.actor ?? null, e.cameo, e.negated ? 'negated' : e.modality ?? 'asserted']));
}

/** The event source -> target whose code starts with `cameoPrefix`, or a failed assertion. */
export function find(events: Event[], source: string, target: string | null, cameoPrefix: string): Event {
  const e = events.find((x) => x.source.actor.startsWith(source) && (target === null ? x.target === null : x.target?.actor.startsWith(target)) && x.cameo.startsWith(cameoPrefix));
  assert.ok(e, `no ${source} -> ${target} ${cameoPrefix}x event in ${describe(events)}`);
  return e;
}

/** As find, with the actor ids exactly these ("RUS" is not "RUSGOV"). */
export function findExact(events: Event[], source: string, target: string | null, cameoPrefix: string): Event {
  const e = events.find((x) => x.source.actor === source && (x.target?.actor ?? null) === target && x.cameo.startsWith(cameoPrefix));
  assert.ok(e, `no ${source} -> ${target} ${cameoPrefix}x event in ${describe(events)}`);
  return e;
}

/** No event between these two actors (either way, any code). */
export function assertNoPair(events: Event[], a: string, b: string): void {
  const e = events.find((x) => (x.source.actor.startsWith(a) && x.target?.actor.startsWith(b)) || (x.source.actor.startsWith(b) && x.target?.actor.startsWith(a)));
  assert.equal(e, undefined, `unexpected ${a} <-> ${b} event in ${describe(events)}`);
}
