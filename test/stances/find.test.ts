// Stance polarity on real text: sentences from the bundled sample corpus (Wikinews, CC BY 2.5)
// and short news-style sentences, with quotations and events built by hand so that the test
// does not depend on the quote and event stages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/nlp/index.ts';
import { findStances, loadStanceContext } from '../../src/stances/index.ts';
import { isRemark } from '../../src/stances/remarks.ts';
import type { Event, Quote, Stance } from '../../src/model.ts';

const ctx = loadStanceContext();
// The stage reads only quotes and events; the actor result is passed through untouched.
const noActors = { actors: [], mentions: [], tokenMention: new Int32Array(0) };

/** A quotation over `content` (a substring of text) by `actor`, optionally with its reporting verb. */
function quoteOf(text: string, content: string, actor: string | undefined, kind: Quote['kind'] = 'direct', cue?: string): Quote {
  const start = text.indexOf(content);
  assert.ok(start >= 0, `"${content}" not in text`);
  const cueStart = cue ? text.indexOf(cue) : -1;
  return {
    start,
    end: start + content.length,
    text: content,
    kind,
    speaker: { start: 0, end: 1, name: 'speaker', actor },
    ...(cue ? { cue: { start: cueStart, end: cueStart + cue.length, text: cue } } : {}),
  };
}

function eventOf(text: string, cue: string, source: string, target: string | null, negated = false): Event {
  const start = text.indexOf(cue);
  return {
    start,
    end: start + cue.length,
    text: cue,
    cameo: '0',
    plover: 'X',
    goldstein: 0,
    quad: 1,
    negated,
    source: { start: 0, end: 1, actor: source, name: source },
    target: target ? { start: 0, end: 1, actor: target, name: target } : null,
  };
}

/** Stances on issues; remarks (the `relations` stances) have their own tests in remarks.test.ts. */
function stancesOf(text: string, quotes: Quote[], events: Event[] = []): (Stance & { evidence: string })[] {
  return findStances(parse(text), { id: 't', text }, noActors, quotes, events, ctx)
    .filter((s) => !isRemark(s))
    .map((s) => ({ ...s, evidence: text.slice(s.start, s.end) }));
}

test('a negated acceptance of ceding land is -1 on territorial concessions, with the cue in the evidence', () => {
  const text = 'The president said he will never accept a settlement that cedes land to Russia.';
  const [s, ...rest] = stancesOf(text, [quoteOf(text, 'he will never accept a settlement that cedes land to Russia', 'UKRGOV', 'indirect', 'said')]);
  assert.equal(rest.length, 0);
  assert.equal(s!.actor, 'UKRGOV');
  assert.equal(s!.issue, 'territorial-concessions');
  assert.equal(s!.polarity, -1);
  assert.match(s!.evidence, /never accept a settlement that cedes land/);
});

test('a cue after the issue decides when none comes before it: "a compromise on borders is unavoidable" is +1', () => {
  const text = 'The envoy argues that a compromise on borders is unavoidable.';
  const [s] = stancesOf(text, [quoteOf(text, 'a compromise on borders is unavoidable', 'person:envoy', 'indirect', 'argues')]);
  assert.equal(s!.issue, 'territorial-concessions');
  assert.equal(s!.polarity, 1);
  assert.equal(s!.evidence, 'compromise on borders is unavoidable');
});

test('negating an opposing cue gives support: "does not oppose sanctions relief" is +1', () => {
  const text = 'Germany does not oppose sanctions relief, the minister said.';
  const [s] = stancesOf(text, [quoteOf(text, 'Germany does not oppose sanctions relief', 'DEUGOV', 'indirect', 'said')]);
  assert.equal(s!.issue, 'sanctions-relief');
  assert.equal(s!.polarity, 1);
});

test('chained cues multiply: "refuses to accept any deal that cedes territory" is -1', () => {
  const text = 'The minister said Kyiv refuses to accept any deal that cedes territory.';
  const [s] = stancesOf(text, [quoteOf(text, 'Kyiv refuses to accept any deal that cedes territory', 'UKRGOV', 'indirect', 'said')]);
  assert.equal(s!.polarity, -1);
});

test('a phrase that names the opposite position reverses the polarity: more sanctions is against sanctions relief', () => {
  const text = '"We want more sanctions against Moscow," the French foreign minister said.';
  const [s] = stancesOf(text, [quoteOf(text, 'We want more sanctions against Moscow,', 'FRAGOV')]);
  assert.equal(s!.issue, 'sanctions-relief');
  assert.equal(s!.polarity, -1);
});

test('sample corpus: "We need to withdraw our troops ..." is against keeping troops abroad', () => {
  // wikinews:On_the_campaign_trail_in_the_US (sample.jsonl), a candidate quoted directly.
  const text = '"We need to withdraw our troops from all but a very few foreign countries.';
  const [s] = stancesOf(text, [quoteOf(text, 'We need to withdraw our troops from all but a very few foreign countries.', 'person:candidate')]);
  assert.equal(s!.issue, 'troop-deployment');
  assert.equal(s!.polarity, -1);
});

test('sample corpus: "they must not send weapons ..." is -1 on arms supplies (negation between cue and issue)', () => {
  // wikinews:Iran's_President_Rouhani_tells_... (sample.jsonl), Rouhani quoted.
  const text = 'If they are truthful and really seek security in the region, they must not send weapons, fighter jets, bombs and dangerous arms to the region.';
  const [s] = stancesOf(text, [quoteOf(text, text, 'IRNGOV')]);
  assert.equal(s!.actor, 'IRNGOV');
  assert.equal(s!.issue, 'arms-supplies');
  assert.equal(s!.polarity, -1);
});

test('sample corpus: a reported recommendation counts for its speaker through the reporting verb', () => {
  // wikinews:Iraqi_Parliament_votes_for_expu... (sample.jsonl)
  const text = 'NPR reported Adil Abdul-Mahdi, the caretaker Prime Minister, recommended the United States troops in Iraq withdraw.';
  const [s] = stancesOf(text, [quoteOf(text, 'the United States troops in Iraq withdraw', 'IRQGOV', 'indirect', 'recommended')]);
  assert.equal(s!.actor, 'IRQGOV');
  assert.equal(s!.issue, 'troop-deployment');
  assert.equal(s!.polarity, -1);
});

test('sample corpus: an event in the sentence attributes the stance to its source (the act is the position)', () => {
  // wikinews:Iraqi_Parliament_votes_for_expu... (sample.jsonl)
  const text = 'Yesterday, the Parliament of Iraq voted on a resolution to expel United States troops from the country.';
  const [s] = stancesOf(text, [], [eventOf(text, 'expel', 'IRQLEG', 'USAMIL')]);
  assert.equal(s!.actor, 'IRQLEG');
  assert.equal(s!.issue, 'troop-deployment');
  assert.equal(s!.polarity, -1);
});

test('sample corpus: "committing to send more troops" counts +1 for the event source', () => {
  const text = 'The United States was more forceful in blaming Iran for the attack, committing to send more troops to Saudi Arabia.';
  const [s] = stancesOf(text, [], [eventOf(text, 'send', 'USA', 'SAU')]);
  assert.equal(s!.actor, 'USA');
  assert.equal(s!.polarity, 1);
});

test('the reporter\'s own words are nobody\'s stance, and a quote without a resolved speaker gives none', () => {
  const text = 'Currently, the British parliament has a majority against a no-deal Brexit.';
  assert.deepEqual(stancesOf(text, []), []);
  assert.deepEqual(stancesOf(text, [quoteOf(text, text, undefined)]), []);
});

test('an issue named without any cue is not a stance ("the ceasefire held")', () => {
  const text = '"The ceasefire held through the night," the spokesman said.';
  assert.deepEqual(stancesOf(text, [quoteOf(text, 'The ceasefire held through the night,', 'ISRMIL')]), []);
});

test('two issues in one sentence get their own cues across "but"', () => {
  const text = '"We oppose any easing of sanctions but we support a ceasefire," the minister said.';
  const found = stancesOf(text, [quoteOf(text, 'We oppose any easing of sanctions but we support a ceasefire,', 'GBRGOV')]);
  const byIssue = Object.fromEntries(found.map((s) => [s.issue, s.polarity]));
  assert.deepEqual(byIssue, { 'sanctions-relief': -1, ceasefire: 1 });
});

test('an event whose CAMEO code is a position is a stance of its source; a negated one counts the other way', () => {
  const text = 'The European Union imposed new sanctions on Belarus on Friday. Washington did not declare a ceasefire.';
  const sanctions = { ...eventOf(text, 'imposed', 'IGOEUREEC', 'BLR'), cameo: '163' };
  const truce = { ...eventOf(text, 'declare', 'USAGOV', null, true), cameo: '0871' };
  const found = stancesOf(text, [], [sanctions, truce]);
  const byActor = Object.fromEntries(found.map((s) => [s.actor, [s.issue, s.polarity]]));
  // "imposed new sanctions" is also found by the words (! impos* ... sanctions): one stance, not two.
  assert.deepEqual(byActor, { IGOEUREEC: ['sanctions-relief', -1], USAGOV: ['ceasefire', -1] });
  assert.equal(found.length, 2);
});

/** An actor result with one mention per [surface, actor], token-indexed as the actors stage does. */
function actorsFor(text: string, doc: ReturnType<typeof parse>, named: [string, string][]) {
  const mentions = named.map(([surface, actor]) => ({ ...{ start: text.indexOf(surface), end: text.indexOf(surface) + surface.length }, text: surface, actor }));
  const tokenMention = new Int32Array(doc.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let t = 0; t < doc.length; t++) if (doc.start[t]! >= m.start && doc.end[t]! <= m.end) tokenMention[t] = i;
  });
  return { actors: [], mentions, tokenMention };
}

test('sample corpus: with no quotation or event, the sentence\'s subject takes a stance its verb states', () => {
  // wikinews:On_the_campaign_trail_in_the_USA,_October_2020 (sample.jsonl)
  const text = 'When asked about climate change, Trump claimed carbon emissions have been lower during his administration and argued against re-entering the Paris Climate Accord.';
  const doc = parse(text);
  const found = findStances(doc, { id: 't', text }, actorsFor(text, doc, [['Trump', 'USAGOV']]), [], [], ctx);
  assert.deepEqual(found.map((s) => [s.actor, s.issue, s.polarity, text.slice(s.start, s.end)]), [['USAGOV', 'climate-action', -1, 'against re-entering the Paris Climate']]);
});

test('a subject without a stance verb takes no stance ("Russia brokered a cease-fire agreement")', () => {
  // wikinews sample sentence; "brokered" is no cue, and the journalist's wording is no stance.
  const text = 'Russia brokered a cease-fire agreement but skirmishes continued to break out.';
  const doc = parse(text);
  assert.deepEqual(findStances(doc, { id: 't', text }, actorsFor(text, doc, [['Russia', 'RUS']]), [], [], ctx), []);
});

test('lifting what an issue phrase names is against it: lifting an arms embargo is +1 on arms supplies', () => {
  const text = '"We propose to lift the arms embargo so that neighbours can send peacekeepers," the ambassador said.';
  const found = stancesOf(text, [quoteOf(text, 'We propose to lift the arms embargo so that neighbours can send peacekeepers,', 'USAGOV')]);
  const arms = found.find((s) => s.issue === 'arms-supplies')!;
  assert.equal(arms.polarity, 1);
  assert.equal(arms.evidence, 'lift the arms embargo');
});

test('"ruled out sending troops" is against, though the tokeniser marks what follows "ruled out" as negated; "would not rule out" is for', () => {
  const polarity = (text: string) => stancesOf(text, [], [eventOf(text, 'minister', 'DEUGOV', null)]).map((s) => [s.issue, s.polarity]);
  assert.deepEqual(polarity('The minister ruled out sending troops to the region.'), [['troop-deployment', -1]]);
  assert.deepEqual(polarity('The minister rules out sending troops to the region.'), [['troop-deployment', -1]]);
  assert.deepEqual(polarity('The minister would not rule out sending troops to the region.'), [['troop-deployment', 1]]);
  assert.deepEqual(polarity('The minister refused to rule out sending troops to the region.'), [['troop-deployment', 1]]);
  assert.deepEqual(polarity('The minister supports not sending troops to the region.'), [['troop-deployment', -1]]);
});
