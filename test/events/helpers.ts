// Shared by the events tests: analyse a hand-written sentence and look its events up.
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { bundledContext } from '../context.ts';
import type { Event } from '../../src/model.ts';

const ctx = bundledContext();

export function eventsOf(text: string, published = '2024-03-15'): Event[] {
  return analyze({ id: 't', text, published }, ctx).events;
}

/** Events the article scorer counts: neither negated nor marked with a modality. */
export function asserted(events: Event[]): Event[] {
  return events.filter((e) => !e.negated && !e.modality);
}

/**
 * The code a party acts as: a person (or organisation) with a country is that country and role
 * ("Putin", person:vladimir-putin of RUS, GOV, is RUSGOV), as event data codes it; others their id.
 */
export function partyCode(p: Event['source']): string {
  return p.country && !/^[A-Z]{3}/.test(p.actor) ? p.country + (p.role ?? '') : p.actor;
}

export function describe(events: Event[]): string {
  return JSON.stringify(events.map((e) => [partyCode(e.source), e.target ? partyCode(e.target) : null, e.cameo, e.negated ? 'negated' : e.modality ?? 'asserted']));
}

/** The event source -> target whose code starts with `cameoPrefix`, or a failed assertion. */
export function find(events: Event[], source: string, target: string | null, cameoPrefix: string): Event {
  const e = events.find((x) => partyCode(x.source).startsWith(source) && (target === null ? x.target === null : !!x.target && partyCode(x.target).startsWith(target)) && x.cameo.startsWith(cameoPrefix));
  assert.ok(e, `no ${source} -> ${target} ${cameoPrefix}x event in ${describe(events)}`);
  return e;
}

/** As find, with the codes exactly these ("RUS" is not "RUSGOV"). */
export function findExact(events: Event[], source: string, target: string | null, cameoPrefix: string): Event {
  const e = events.find((x) => partyCode(x.source) === source && (x.target ? partyCode(x.target) : null) === target && x.cameo.startsWith(cameoPrefix));
  assert.ok(e, `no ${source} -> ${target} ${cameoPrefix}x event in ${describe(events)}`);
  return e;
}

/** No event between these two actors (either way, any code). */
export function assertNoPair(events: Event[], a: string, b: string): void {
  const of = (p: Event['source'] | null) => (p ? partyCode(p) : '');
  const e = events.find((x) => (of(x.source).startsWith(a) && !!x.target && of(x.target).startsWith(b)) || (of(x.source).startsWith(b) && !!x.target && of(x.target).startsWith(a)));
  assert.equal(e, undefined, `unexpected ${a} <-> ${b} event in ${describe(events)}`);
}
