// The shipped data files load, and a bad edit is reported with its file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTone, loadCues, loadIssues, parseCues, parseIssues } from '../../src/stances/issues.ts';
import { isMember, loadCoalitions, parseCoalitions, resolveSide, type ActorDirectory, type ActorInfo } from '../../src/cohesion/coalitions.ts';
import { findAll } from '../../src/stances/lexicon.ts';
import { parseWindowLabel, windowOf, windowsBetween } from '../../src/cohesion/windows.ts';
import { discoverIssuePhrases } from '../../src/stances/discover.ts';
import { parse } from '../../src/nlp/index.ts';

test('the shipped issue lexicon and cues load, and every issue has phrases', () => {
  const { issues, lexicon } = loadIssues();
  assert.ok(issues.size >= 10);
  for (const id of issues.keys()) assert.ok(lexicon.phrases.some((p) => p.value.issue === id), id);
  const cues = loadCues();
  assert.ok(cues.polarity.phrases.some((p) => p.value === 1) && cues.polarity.phrases.some((p) => p.value === -1));
  assert.ok(cues.tone.phrases.some((p) => p.value === -1) && cues.tone.phrases.some((p) => p.value === 1), 'criticism and praise cues');
});

test('event tone rules: the longest CAMEO code wins, then PLOVER; other codes have none', () => {
  const cues = parseCues('[criticism]\ncameo 11\nplover threaten\n[praise]\ncameo 051\ncameo 1124\n', 'c.txt');
  assert.equal(eventTone(cues, '112', 'ACCUSE')!.polarity, -1);
  assert.equal(eventTone(cues, '1124', 'ACCUSE')!.polarity, 1, 'a longer code under a shorter one decides');
  assert.equal(eventTone(cues, '051', '')!.polarity, 1);
  assert.equal(eventTone(cues, '138', 'THREATEN')!.polarity, -1);
  assert.equal(eventTone(cues, '040', 'CONSULT'), undefined);
  assert.throws(() => parseCues('[support]\ncameo 11\n', 'c.txt'), /c\.txt:2: "cameo 11": event codes belong under \[criticism\] or \[praise\]/);
  assert.throws(() => parseCues('[praise]\ncameo 5x\n', 'c.txt'), /c\.txt:2: expected "cameo CODE"/);
});

test('phrases match words, prefixes and short gaps, but not across the gap limit', () => {
  const { lexicon } = loadIssues();
  const words = (s: string) => s.split(' ');
  const issuesIn = (s: string) => findAll(lexicon, words(s), 0, words(s).length).map((m) => `${m.phrase.value.issue}${m.phrase.value.reversed ? '!' : ''}`);
  assert.deepEqual(issuesIn('they lifted the remaining sanctions'), ['sanctions-relief']);
  assert.deepEqual(issuesIn('imposing new sanctions'), ['sanctions-relief!']);
  assert.deepEqual(issuesIn('lift a b c d sanctions'), [], 'four words are more than a gap allows');
  // Hyphenated phrases in the file match the tokeniser's pieces ("cease", "-", "fire").
  const doc = parse('Both sides agreed to a cease-fire and a two-state solution.');
  assert.deepEqual(findAll(lexicon, doc.lower, 0, doc.length).map((m) => m.phrase.value.issue), ['ceasefire', 'two-state-solution']);
});

test('issue file errors name the file and line', () => {
  assert.throws(() => parseIssues('ceasefire\n', 'x.txt'), /^Error: x\.txt:1: phrase "ceasefire" comes before any \[issue-id\] header/);
  assert.throws(() => parseIssues('# c\n[Bad Id] Label\n', 'x.txt'), /x\.txt:2: expected "\[issue-id\] Label/);
  assert.throws(() => parseIssues('[a] A\nli* sanctions\n', 'x.txt'), /x\.txt:2: "li\*": a prefix needs at least 3 letters/);
  assert.throws(() => parseIssues('[a] A\ntruce\n\n[b] B\ntruce\n', 'x.txt'), /x\.txt:5: phrase "truce" is already listed at line 2/);
  assert.throws(() => parseIssues('[a] A\n... truce\n', 'x.txt'), /x\.txt:2: a phrase cannot start or end with "\.\.\."/);
  assert.throws(() => parseIssues('[a] A\ntruce\ncameo 0871 yes\n', 'x.txt'), /x\.txt:3: expected "cameo CODE \+1"/);
  assert.throws(() => parseIssues('[a] A\ncameo 163 -1\n[b] B\ncameo 163 +1\n', 'x.txt'), /x\.txt:4: CAMEO code 163 is already given to a at line 2/);
  assert.throws(() => parseCues('[maybe]\nperhaps\n', 'c.txt'), /c\.txt:1: unknown section \[maybe\]/);
  assert.throws(() => parseCues('back\n', 'c.txt'), /c\.txt:1: cue "back" comes before any/);
});

test('coalition membership follows its dates: Brexit, Finland and Sweden joining NATO', () => {
  const c = loadCoalitions();
  const eu = c.get('EU')!;
  const nato = c.get('NATO')!;
  assert.ok(isMember(eu, 'GBR', '2020-01-31'));
  assert.ok(!isMember(eu, 'GBR', '2020-02-01'));
  assert.ok(!isMember(nato, 'FIN', '2023-04-03') && isMember(nato, 'FIN', '2023-04-04'));
  assert.ok(!isMember(nato, 'SWE', '2024-03-06') && isMember(nato, 'SWE', '2024-03-07'));
  assert.ok(isMember(c.get('EUR')!, 'GBR', '2021-06-01'), 'Europe keeps the UK after Brexit');
  assert.ok(isMember(c.get('EUR')!, 'DEU', '2021-06-01'), 'Europe includes the EU members');
});

test('coalition file errors name the file and line', () => {
  assert.throws(() => parseCoalitions('[EU] Union\nmember XXX\n', 'k.txt'), /k\.txt:2: "XXX" is not an ISO 3166 alpha-3 country code/);
  assert.throws(() => parseCoalitions('[EU] Union\nmember FRA 1958-13-01\n', 'k.txt'), /k\.txt:2: "1958-13-01" is not a date/);
  assert.throws(() => parseCoalitions('[EU] Union\nmember GBR 2020-01-31 1973-01-01\n', 'k.txt'), /k\.txt:2: membership of GBR ends/);
  assert.throws(() => parseCoalitions('[EUR] Europe\ninclude EU\n', 'k.txt'), /k\.txt:2: include needs a coalition defined earlier/);
  assert.throws(() => parseCoalitions('member FRA\n', 'k.txt'), /k\.txt:1: "member FRA" comes before any \[CODE\] header/);
  assert.throws(() => parseCoalitions('[EU] Union\njoin FRA\n', 'k.txt'), /k\.txt:2: unknown keyword "join"/);
});

test('sides: coalition aliases, country codes and names, government ids with their people, names from the store', () => {
  const actors: ActorInfo[] = [
    { id: 'USAGOV', name: 'United States government', kind: 'state', country: 'USA', role: 'GOV' },
    { id: 'person:emmanuel-macron', name: 'Emmanuel Macron', kind: 'person', country: 'FRA', role: 'GOV' },
    { id: 'person:greta-thunberg', name: 'Greta Thunberg', kind: 'person', country: 'SWE', role: 'ACT' },
    { id: 'USAMIL', name: 'US military', kind: 'state', country: 'USA', role: 'MIL' },
  ];
  const directory: ActorDirectory = { byId: (id) => actors.find((a) => a.id === id), byName: (n) => actors.filter((a) => a.name!.toLowerCase() === n.toLowerCase()) };
  const c = loadCoalitions();
  const [gov, macron, greta, mil] = actors as [ActorInfo, ActorInfo, ActorInfo, ActorInfo];
  const europe = resolveSide('Europe', c, directory);
  assert.equal(europe.label, 'EUR');
  assert.ok(europe.matches(macron, '2020-01-01') && !europe.matches(gov, '2020-01-01'));
  assert.ok(europe.matches({ id: 'IGOEUREEC' }, '2020-01-01'), 'the EU institutions speak for Europe');
  assert.ok(europe.matches({ id: 'EURGOV' }, '2020-01-01') && europe.matches({ id: 'IGOEUREECCOM' }, '2020-01-01'), 'and so do actors coded under the bloc');
  assert.ok(!resolveSide('EU', c, directory).matches({ id: 'EURGOV' }, '2020-01-01'), 'the EU is not the region');
  const usa = resolveSide('USA', c, directory);
  assert.ok(usa.matches(gov, undefined) && usa.matches(mil, undefined) && usa.matches({ id: 'USAGOVLEG' }, undefined));
  const usagov = resolveSide('USAGOV', c, directory);
  assert.ok(usagov.matches(gov, undefined) && !usagov.matches(mil, undefined));
  assert.ok(usagov.matches({ id: 'person:donald-trump', kind: 'person', country: 'USA', role: 'GOV' }, undefined), 'a president counts for his government');
  assert.ok(resolveSide('United Kingdom', c, directory).matches({ id: 'GBRGOV' }, undefined));
  const byName = resolveSide('Greta Thunberg', c, directory);
  assert.ok(byName.matches(greta, undefined) && !byName.matches(macron, undefined));
  assert.ok(resolveSide('person:emmanuel-macron', c, directory).matches(macron, undefined));
  assert.throws(() => resolveSide('Narnia', c, directory), /"Narnia" is not a coalition/);
});

test('windows: labels parse back, months cover leap days, ranges include empty windows', () => {
  assert.deepEqual(parseWindowLabel('2020-02')!.window, { label: '2020-02', start: '2020-02-01', end: '2020-02-29' });
  assert.deepEqual(parseWindowLabel('2020-Q4')!.window, { label: '2020-Q4', start: '2020-10-01', end: '2020-12-31' });
  assert.deepEqual(parseWindowLabel('2020-W01')!.window, windowOf('2020-01-01', 'week'));
  assert.equal(parseWindowLabel('2020')!.size, 'year');
  assert.equal(parseWindowLabel('2020-13'), undefined);
  assert.equal(parseWindowLabel('all')!.size, 'all');
  assert.deepEqual(windowsBetween('2019-11-15', '2020-02-01', 'all'), [{ label: 'all', start: '2019-11-15', end: '2020-02-01' }]);
  assert.deepEqual(windowsBetween('2019-11-15', '2020-02-01', 'month').map((w) => w.label), ['2019-11', '2019-12', '2020-01', '2020-02']);
});

test('discovery proposes recurring noun phrases the lexicon does not know, and skips the ones it does', () => {
  const quotes = [
    'We will never accept a no-fly zone over our cities.',
    'A no-fly zone would mean war with a nuclear power.',
    'The no-fly zone is off the table, as are sanctions relief talks.',
    'We want sanctions relief now.',
  ];
  const texts = quotes.map((q, i) => ({ article: `a${i % 3}`, doc: parse(q), spans: [{ start: 0, end: q.length }] }));
  const found = discoverIssuePhrases(texts, loadIssues().lexicon, { minArticles: 3 });
  const phrases = found.map((f) => f.phrase);
  assert.ok(phrases.some((p) => p.endsWith('zone') && p.includes('fly')), phrases.join(', '));
  assert.ok(!phrases.some((p) => p.includes('sanctions relief')), 'already an issue phrase');
  const zone = found.find((f) => f.phrase.endsWith('zone'))!;
  assert.equal(zone.articles, 3);
});
