// Remarks: the tone of quotations and verbal events toward the actors they target, decided in
// the stances stage on hand-written sentences, with quotations, events and mentions built by
// hand so that the test does not depend on the quote, event and actor stages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/nlp/index.ts';
import { findStances, loadStanceContext } from '../../src/stances/index.ts';
import { isRemark, relationsIssue, type Remark } from '../../src/stances/remarks.ts';
import type { Event, Mention, Quote } from '../../src/model.ts';

const ctx = loadStanceContext();

function span(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" not in text`);
  return { start, end: start + part.length };
}

function mentionsOf(text: string, named: [string, string][]): Mention[] {
  return named.map(([surface, actor]) => ({ ...span(text, surface), text: surface, actor })).sort((a, b) => a.start - b.start);
}

function quote(text: string, content: string, speaker: [string, string], kind: Quote['kind'] = 'direct', cue?: string): Quote {
  return {
    ...span(text, content),
    text: content,
    kind,
    speaker: { ...span(text, speaker[0]), name: speaker[0], actor: speaker[1] },
    ...(cue ? { cue: { ...span(text, cue), text: cue } } : {}),
  };
}

function event(text: string, cue: string, source: string, target: string, cameo: string, quad: 1 | 2 | 3 | 4, negated = false): Event {
  return {
    ...span(text, cue),
    text: cue,
    cameo,
    plover: 'X',
    goldstein: 0,
    quad,
    negated,
    source: { start: 0, end: 1, actor: source, name: source },
    target: { start: 0, end: 1, actor: target, name: target },
    cue: { ...span(text, cue), text: cue },
  };
}

function remarksOf(text: string, named: [string, string][], quotes: Quote[], events: Event[] = []): Remark[] {
  const doc = parse(text);
  const mentions = mentionsOf(text, named);
  const actors = { actors: [], mentions, tokenMention: new Int32Array(doc.length).fill(-1) };
  return findStances(doc, { id: 't', text }, actors, quotes, events, ctx).filter(isRemark);
}

test('a quotation criticising an actor it names is a -1 remark on that actor, with its cue', () => {
  const text = 'Trump said Germany was "freeloading" on the alliance. "We thank Japan for its help," he added.';
  const quotes = [quote(text, 'Germany was "freeloading" on the alliance', ['Trump', 'USAGOV'], 'indirect', 'said'), quote(text, 'We thank Japan for its help,', ['Trump', 'USAGOV'])];
  const found = remarksOf(text, [['Trump', 'USAGOV'], ['Germany', 'DEU'], ['Japan', 'JPN']], quotes);
  assert.deepEqual(found.map((r) => [r.actor, r.target.actor, r.polarity, r.cue?.text, r.basis]), [
    ['USAGOV', 'DEU', -1, 'freeloading', 'quote'],
    ['USAGOV', 'JPN', 1, 'thank', 'quote'],
  ]);
  assert.ok(found.every((r) => r.issue === relationsIssue));
  assert.equal(text.slice(found[0]!.cue!.start, found[0]!.cue!.end), 'freeloading');
});

test('the cue nearest the mention decides; a negated cue says nothing; no cue is a plain reference', () => {
  const text = '"We condemn Russia and we are grateful to France," the minister said. "We do not blame Italy," she said. "Spain will vote tomorrow," she said.';
  const speaker: [string, string] = ['the minister', 'UKRGOV'];
  const quotes = [quote(text, 'We condemn Russia and we are grateful to France,', speaker), quote(text, 'We do not blame Italy,', speaker), quote(text, 'Spain will vote tomorrow,', speaker)];
  const found = remarksOf(text, [['Russia', 'RUS'], ['France', 'FRA'], ['Italy', 'ITA'], ['Spain', 'ESP']], quotes);
  assert.deepEqual(Object.fromEntries(found.map((r) => [r.target.actor, r.polarity])), { RUS: -1, FRA: 1, ITA: 0, ESP: 0 });
  assert.equal(found.find((r) => r.target.actor === 'ESP')!.cue, null);
});

test('a speaker naming itself, or a quotation without a resolved speaker, makes no remark', () => {
  const text = '"Britain will not be bullied by France," the prime minister said. "France is hostile," someone said.';
  const quotes = [quote(text, 'Britain will not be bullied by France,', ['the prime minister', 'GBRGOV']), { ...quote(text, 'France is hostile,', ['someone', 'X']), speaker: null }];
  const found = remarksOf(text, [['Britain', 'GBRGOV'], ['France', 'FRA']], quotes);
  assert.deepEqual(found.map((r) => [r.actor, r.target.actor]), [['GBRGOV', 'FRA']]);
});

test('verbal events are remarks with their code\'s tone; material and negated events are not', () => {
  const text = 'Paris accused Washington of lying. Berlin praised Rome. Moscow met Beijing. Tokyo bombed Seoul. Ottawa did not criticise Canberra.';
  const events = [
    event(text, 'accused', 'FRAGOV', 'USAGOV', '112', 3),
    event(text, 'praised', 'DEUGOV', 'ITAGOV', '051', 1),
    event(text, 'met', 'RUSGOV', 'CHNGOV', '040', 1),
    event(text, 'bombed', 'JPNGOV', 'KORGOV', '195', 4),
    event(text, 'criticise', 'CANGOV', 'AUSGOV', '111', 3, true),
  ];
  const found = remarksOf(text, [], [], events);
  assert.deepEqual(found.map((r) => [r.actor, r.target.actor, r.polarity, r.basis]), [
    ['FRAGOV', 'USAGOV', -1, 'event'],
    ['DEUGOV', 'ITAGOV', 1, 'event'],
    ['RUSGOV', 'CHNGOV', 0, 'event'],
  ]);
});

test('an accusation reported with its content is one remark, the event\'s, not two', () => {
  const text = 'Paris accused Washington of abandoning its allies.';
  const events = [event(text, 'accused', 'FRAGOV', 'USAGOV', '112', 3)];
  const quotes = [quote(text, 'Washington of abandoning its allies', ['Paris', 'FRAGOV'], 'indirect', 'accused')];
  const found = remarksOf(text, [['Paris', 'FRAGOV'], ['Washington', 'USAGOV']], quotes, events);
  assert.deepEqual(found.map((r) => [r.basis, r.target.actor, r.polarity]), [['event', 'USAGOV', -1]]);
});

test('words with another sense in news are not tone cues: Warner, the yen\'s appreciation, trading partners, hostile takeovers', () => {
  const text = '"Warner will buy assets in Japan," he said. "The yen\'s appreciation hurts Japan\'s trading partners," he said. "A hostile bid for a Canadian firm is likely," he said.';
  const speaker: [string, string] = ['he', 'USAGOV'];
  const quotes = [quote(text, 'Warner will buy assets in Japan,', speaker), quote(text, 'The yen\'s appreciation hurts Japan\'s trading partners,', speaker), quote(text, 'A hostile bid for a Canadian firm is likely,', speaker)];
  const found = remarksOf(text, [['Japan', 'JPN'], ['Canadian', 'CAN']], quotes);
  assert.ok(found.length >= 2);
  assert.deepEqual(found.filter((r) => r.polarity !== 0).map((r) => r.cue?.text), []);
});

test('remarks and stances carry the country and role their person acted for in the article, a code does not', () => {
  const text = 'Merkel said: "We thank France for its support." Paris praised Berlin.';
  const doc = parse(text);
  const mentions = mentionsOf(text, [['France', 'FRA'], ['Paris', 'FRAGOV'], ['Berlin', 'DEUGOV']]);
  const actors = { actors: [{ id: 'person:angela-merkel', name: 'Angela Merkel', kind: 'person' as const, country: 'DEU', role: 'GOV' }], mentions, tokenMention: new Int32Array(doc.length).fill(-1) };
  const praise = { ...event(text, 'praised', 'FRAGOV', 'person:angela-merkel', '051', 1), target: { start: 0, end: 6, actor: 'person:angela-merkel', name: 'Merkel', country: 'DEU', role: 'GOV' } };
  const remarks = findStances(doc, { id: 't', text }, actors, [quote(text, 'We thank France for its support.', ['Merkel', 'person:angela-merkel'])], [praise], ctx).filter(isRemark);
  const byQuote = remarks.find((r) => r.basis === 'quote')!;
  assert.deepEqual([byQuote.country, byQuote.role, byQuote.target.actor, byQuote.target.country], ['DEU', 'GOV', 'FRA', undefined]);
  const byEvent = remarks.find((r) => r.basis === 'event')!;
  assert.deepEqual([byEvent.country, byEvent.target.country, byEvent.target.role], [undefined, 'DEU', 'GOV']);
});
