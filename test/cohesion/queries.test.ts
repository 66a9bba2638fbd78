// Cohesion and stance queries over a real store holding hand-built analyses:
// side resolution (countries, government ids, people, dated coalitions), remarks stored by
// the stances stage and only counted here, evidence with article and span, the matrix, and
// the CLI's json and csv output and chart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entente } from '../cli/helpers.ts';
import { findChromium } from '../../src/cli/cohesion-chart.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { cohesionMatrix, cohesionSeries, explainWindow } from '../../src/store/queries/cohesion.ts';
import { relationsIssue, type Remark } from '../../src/stances/remarks.ts';
import { listStances } from '../../src/store/queries/stances.ts';
import type { Actor, Analysis, Event, Quote, Stance } from '../../src/model.ts';

let dir: string;
let dbFile: string;
let db: Store;

const actors: Actor[] = [
  { id: 'USAGOV', name: 'United States government', kind: 'state', country: 'USA', role: 'GOV' },
  { id: 'person:donald-trump', name: 'Donald Trump', kind: 'person', country: 'USA', role: 'GOV' },
  { id: 'GBRGOV', name: 'British government', kind: 'state', country: 'GBR', role: 'GOV' },
  { id: 'FRAGOV', name: 'French government', kind: 'state', country: 'FRA', role: 'GOV' },
  { id: 'DEUGOV', name: 'German government', kind: 'state', country: 'DEU', role: 'GOV' },
  { id: 'IRQLEG', name: 'Iraqi parliament', kind: 'organization', country: 'IRQ', role: 'LEG' },
];

function find(text: string, part: string) {
  const start = text.indexOf(part);
  assert.ok(start >= 0, part);
  return { start, end: start + part.length };
}

function event(text: string, cue: string, source: string, target: string, cameo: string, goldstein: number, quad: 1 | 2 | 3 | 4): Event {
  return { ...find(text, cue), text: cue, cameo, plover: 'X', goldstein, quad, negated: false, source: { start: 0, end: 1, actor: source, name: source }, target: { start: 0, end: 1, actor: target, name: target } };
}

/** A remark as the stances stage stores it: a stance on `relations` with its target, cue and basis. */
function remark(text: string, quoted: string, actor: string, target: string, polarity: number, cue: string | null, basis: 'quote' | 'event' = 'quote'): Remark {
  const at = find(text, quoted);
  return {
    ...at,
    actor,
    issue: relationsIssue,
    polarity,
    name: actor,
    target: { ...at, actor: target, name: target },
    cue: cue ? { ...find(text, cue), text: cue } : null,
    basis,
  };
}

function analysis(id: string, published: string, text: string, facts: { events?: Event[]; quotes?: Quote[]; stances?: Stance[] }): Analysis {
  return { article: { id, text, published }, actors, mentions: [], quotes: facts.quotes ?? [], events: facts.events ?? [], stances: facts.stances ?? [] };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'entente-cohesion-'));
  dbFile = join(dir, 'c.db');
  db = openStore(dbFile);
  const w = createWriter(db);
  const t1 = 'Washington and London agreed to coordinate sanctions. Trump praised Britain. "Britain is a great friend," Trump said.';
  w.write(analysis('a1', '2019-11-05', t1, {
    events: [event(t1, 'agreed', 'USAGOV', 'GBRGOV', '057', 8, 1), event(t1, 'praised', 'person:donald-trump', 'GBRGOV', '051', 3.4, 1)],
    stances: [
      remark(t1, 'praised', 'person:donald-trump', 'GBRGOV', 1, 'praised', 'event'),
      remark(t1, 'Britain is a great friend', 'person:donald-trump', 'GBRGOV', 1, 'great friend'),
    ],
  }));
  const t2 = 'Paris accused Washington of abandoning its allies. Trump said he opposes sanctions relief. "France is freeloading," Trump said.';
  w.write(analysis('a2', '2020-03-10', t2, {
    events: [event(t2, 'accused', 'FRAGOV', 'USAGOV', '112', -2, 3)],
    stances: [
      { ...find(t2, 'opposes sanctions relief'), actor: 'person:donald-trump', issue: 'sanctions-relief', polarity: -1 },
      remark(t2, 'accused', 'FRAGOV', 'USAGOV', -1, 'accused', 'event'),
      remark(t2, 'France is freeloading', 'person:donald-trump', 'FRAGOV', -1, 'freeloading'),
    ],
  }));
  const t3 = 'London rejected Washington on tariffs. France said it opposes sanctions relief. Berlin met Paris.';
  w.write(analysis('a3', '2020-03-20', t3, {
    events: [event(t3, 'rejected', 'GBRGOV', 'USAGOV', '120', -4, 3), event(t3, 'met', 'DEUGOV', 'FRAGOV', '040', 1, 1)],
    stances: [{ ...find(t3, 'opposes sanctions relief'), actor: 'FRAGOV', issue: 'sanctions-relief', polarity: -1 }],
  }));
  const t4 = 'Iraqi lawmakers voted to expel US troops.';
  w.write(analysis('a4', '2020-01-05', t4, { events: [event(t4, 'expel', 'IRQLEG', 'USAGOV', '174', -5, 4)] }));
  // co-subjects of one act, as the events stage gives them: each a source of its own event on the cue
  const t5 = 'Paris and Berlin condemned the Iraqi parliament.';
  const condemned = (source: string): Event => ({ ...event(t5, 'Paris and Berlin condemned the Iraqi parliament', source, 'IRQLEG', '122', -2, 3), cue: { ...find(t5, 'condemned'), text: 'condemned' } });
  w.write(analysis('a5', '2021-06-01', t5, { events: [condemned('FRAGOV'), condemned('DEUGOV')] }));
  // a person the actors table gives one country (its one row for the whole store) who acted for another in this article
  const t6 = 'Trade minister Kenji Sato rejected new tariffs.';
  w.write({
    ...analysis('a6', '2022-02-01', t6, {
      stances: [{ ...find(t6, 'rejected new tariffs'), actor: 'person:kenji-sato', issue: 'tariffs', polarity: -1, country: 'JPN', role: 'GOV' }],
    }),
    actors: [...actors, { id: 'person:kenji-sato', name: 'Kenji Sato', kind: 'person', country: 'IND', role: 'GOV' }],
  });
});

after(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a country code takes in its government and its people; a coalition takes in its members; remarks are counted as stored', () => {
  const s = cohesionSeries(db, 'USA', 'EUR', { by: 'month', minEvidence: 1 });
  assert.equal(s.a.kind, 'country');
  assert.equal(s.b.kind, 'coalition');
  assert.deepEqual(s.windows.map((w) => w.window), ['2019-11', '2019-12', '2020-01', '2020-02', '2020-03']);
  const nov = s.windows[0]!;
  assert.equal(nov.events.n, 2, 'the government\'s and the president\'s events both count for USA');
  assert.equal(nov.events.a_to_b, 2);
  assert.deepEqual([nov.criticism.n, nov.criticism.praise, nov.criticism.critical], [1, 1, 0], 'the quotation; the praise event is in the events component');
  assert.equal(nov.count, 3, 'two events and one quotation: the praise event and its remark are one piece');
  const mar = s.windows.at(-1)!;
  assert.equal(mar.events.n, 2, 'Berlin meeting Paris is within Europe, not between the sides');
  assert.equal(mar.events.b_to_a, 2);
  assert.deepEqual([mar.criticism.n, mar.criticism.critical], [1, 1], 'the quotation; the accusation is an event');
  assert.equal(mar.agreement.n, 1, 'Trump and France both took a position on sanctions relief in March');
  assert.equal(mar.agreement.agreements, 1);
  assert.deepEqual([mar.agreement.counted, mar.agreement.score, mar.counts.agreement_items], [false, null, 0], 'one item is shown, too few to enter the index (minAgreementItems)');
  assert.equal(mar.count, 2 + 1);
  const counted = cohesionSeries(db, 'USA', 'EUR', { by: 'month', minEvidence: 1, minAgreementItems: 1 }).windows.at(-1)!;
  assert.deepEqual([counted.agreement.counted, counted.agreement.score, counted.count], [true, 1, 2 + 1 + 1]);
  assert.ok(nov.index! > mar.index!, 'the month of accusations scores below the month of praise');
  const jan = s.windows.find((w) => w.window === '2020-01')!;
  assert.equal(jan.index, null, 'the Iraqi event is not between these sides');
  assert.equal(jan.count, 0);
});

test('joint action: co-subjects of one act in the store are a joint act of their sides, which --explain lists with article, span and cue', () => {
  const [all] = cohesionSeries(db, 'FRA', 'DEU', { by: 'all' }).windows;
  assert.deepEqual([all!.joint.n, all!.joint.conflict, all!.counts.joint_acts], [1, 1, 1]);
  assert.equal(all!.count, 1 + 1, 'the joint act and the event of Berlin meeting Paris');
  const ex = explainWindow(db, 'FRA', 'DEU', 'all');
  assert.equal(ex.joint.length, 1);
  const [j] = ex.joint;
  assert.equal(j!.article.id, 'a5');
  assert.equal(j!.cue.text, 'condemned');
  assert.equal(j!.text, 'Paris and Berlin condemned the Iraqi parliament');
  assert.equal(j!.sentence.text, 'Paris and Berlin condemned the Iraqi parliament.');
  assert.deepEqual([j!.a.map((p) => p.actor), j!.b.map((p) => p.actor), j!.kind], [['FRAGOV'], ['DEUGOV'], 'conflict']);
  assert.equal(cohesionSeries(db, 'FRA', 'IRQ', { by: 'all' }).windows[0]!.joint.n, 0, 'the target is not acting with them');
});

test('--by all is one window over the whole range; with the default minimum a thin window is null', () => {
  const [all] = cohesionSeries(db, 'USA', 'EUR', { by: 'all' }).windows;
  assert.equal(all!.window, 'all');
  assert.equal(all!.count, 3 + 3, 'the one agreement item is too few to count');
  assert.ok(all!.index !== null);
  const [thin] = cohesionSeries(db, 'USA', 'GBR', { by: 'all', since: '2020-01' }).windows;
  assert.equal(thin!.count, 1, 'London\'s rejection alone');
  assert.equal(thin!.index, null);
  assert.equal(thin!.events.score! < 0 && thin!.interval, null, 'the component is shown, the index and its interval are not');
});

test('coalition membership is dated: the UK is in the EU in 2019 and not in March 2020', () => {
  const s = cohesionSeries(db, 'USA', 'EU', { by: 'month' });
  const nov = s.windows.find((w) => w.window === '2019-11')!;
  const mar = s.windows.find((w) => w.window === '2020-03')!;
  assert.equal(nov.events.n, 2);
  assert.equal(mar.events.n, 1, 'only France\'s accusation; Britain had left');
});

test('a government id takes in that government\'s people; an unknown side is an error naming it', () => {
  const s = cohesionSeries(db, 'USAGOV', 'IRQ', { by: 'quarter' });
  assert.deepEqual(s.windows.map((w) => [w.window, w.events.n]), [['2020-Q1', 1]]);
  assert.throws(() => cohesionSeries(db, 'Atlantis', 'USA'), /"Atlantis" is not a coalition/);
});

test('explainWindow lists exactly what is counted, with article id and span', () => {
  const uncounted = explainWindow(db, 'USA', 'EUR', '2020-03');
  assert.deepEqual([uncounted.agreement, uncounted.stances], [[], []], 'an agreement item too few to count is not listed');
  assert.equal(uncounted.events.length + uncounted.quotes.length, uncounted.window.count);
  const ex = explainWindow(db, 'USA', 'EUR', '2020-03', { minAgreementItems: 1 });
  assert.equal(ex.window.window, '2020-03');
  assert.deepEqual(ex.events.map((e) => [e.article.id, e.cameo, e.direction, e.tone]), [['a2', '112', 'b->a', -1], ['a3', '120', 'b->a', null]]);
  const text = 'Paris accused Washington of abandoning its allies. Trump said he opposes sanctions relief. "France is freeloading," Trump said.';
  assert.equal(text.slice(ex.events[0]!.start, ex.events[0]!.end), 'accused');
  assert.deepEqual(ex.quotes.map((q) => [q.speaker.actor, q.target.actor, q.polarity, q.cue?.text, q.text]), [['person:donald-trump', 'FRAGOV', -1, 'freeloading', 'France is freeloading']]);
  assert.deepEqual(ex.agreement, [{ issue: 'sanctions-relief', period: '2020-03', a: -1, b: -1 }]);
  assert.equal(ex.stances.length, 2);
  assert.ok(ex.stances.every((s) => s.shared && s.evidence === 'opposes sanctions relief'));
  assert.equal(ex.events.length + ex.quotes.length + ex.agreement.length, ex.window.count, 'every piece counted is listed, and nothing else');
  // each piece with the sentence it lies in, as the nlp stage splits the stored text
  assert.deepEqual(ex.events.map((e) => e.sentence.text), ['Paris accused Washington of abandoning its allies.', 'London rejected Washington on tariffs.']);
  assert.equal(text.slice(ex.events[0]!.sentence.start, ex.events[0]!.sentence.end), ex.events[0]!.sentence.text);
  assert.equal(ex.quotes[0]!.sentence.text, '"France is freeloading," Trump said.');
  assert.deepEqual(ex.stances.map((s) => s.sentence.text), ['Trump said he opposes sanctions relief.', 'France said it opposes sanctions relief.']);
  assert.equal(explainWindow(db, 'USA', 'EUR', 'all').window.window, 'all');
  assert.throws(() => explainWindow(db, 'USA', 'EUR', 'March'), /not a window/);
});

test('the matrix gives every pair among the sides, each as its single query would', () => {
  const m = cohesionMatrix(db, ['USA', 'GBR', 'FRA'], { by: 'all' });
  assert.deepEqual(m.pairs.map((p) => `${p.a.label}-${p.b.label}`), ['USA-GBR', 'USA-FRA', 'GBR-FRA']);
  for (const p of m.pairs) assert.deepEqual(p.windows, cohesionSeries(db, p.a.label, p.b.label, { by: 'all' }).windows);
  assert.equal(m.pairs[0]!.windows[0]!.count, 4, 'USA-GBR: three events and the "great friend" quotation');
});

test('listStances filters by side (a country takes in its people) and issue', () => {
  assert.deepEqual(listStances(db, { actor: 'USA' }).map((s) => [s.article_id, s.actor, s.evidence]), [['a2', 'person:donald-trump', 'opposes sanctions relief']]);
  assert.equal(listStances(db, { actor: 'EU', issue: 'sanctions-relief' }).length, 1);
  assert.equal(listStances(db, { issue: 'ceasefire' }).length, 0);
});

test('listStances matches a person by the country it acted for in the stance\'s article, not the actors table\'s', () => {
  assert.deepEqual(listStances(db, { actor: 'JPN' }).map((s) => [s.article_id, s.actor]), [['a6', 'person:kenji-sato']]);
  assert.equal(listStances(db, { actor: 'IND' }).length, 0);
});

test('CLI: cohesion --format json prints windows with index, components and counts, and --plot writes an SVG chart', async () => {
  const svgFile = join(dir, 'c.svg');
  const r = await entente(['cohesion', 'USA', 'EUR', '--by', 'month', '--format', 'json', '--plot', svgFile, '--db', dbFile]);
  assert.equal(r.code, 0, r.stderr);
  const series = JSON.parse(r.stdout);
  assert.equal(series.windows.length, 5);
  for (const key of ['index', 'interval', 'counts', 'events', 'agreement', 'criticism']) assert.ok(key in series.windows[0], key);
  const svg = readFileSync(svgFile, 'utf8');
  assert.match(svg, /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /2019-11/);
  assert.match(svg, /stance agreement/);
  assert.ok((svg.match(/<path/g) ?? []).length >= 4, 'index line, band and component lines');
});

const cli = async (...args: string[]) => {
  const r = await entente([...args, '--db', dbFile]);
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
};

test('CLI: --explain prints the window summary and one row per piece of evidence; bad input exits 2 with a one-line reason', async () => {
  const explained = await cli('cohesion', 'USA', 'EUR', '--explain', '2020-03', '--format', 'csv');
  assert.equal(explained.status, 0, explained.stderr);
  const lines = explained.stdout.trim().split('\n');
  assert.equal(lines[0], 'kind,article,published,span,direction,who,what,text,sentence');
  assert.equal(lines.filter((l) => l.startsWith('event,')).length, 2);
  assert.ok(lines.some((l) => l.startsWith('event,') && l.endsWith(',accused,Paris accused Washington of abandoning its allies.')), 'each row ends with its sentence');
  assert.equal(lines.filter((l) => l.startsWith('stance,')).length, 0, 'one agreement item: too few to count, not listed');
  const unknown = await cli('cohesion', 'Atlantis', 'USA');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^entente: "Atlantis" is not a coalition/);
  const badPlot = await cli('cohesion', 'USA', 'EUR', '--plot', 'chart.gif');
  assert.equal(badPlot.status, 2);
  assert.match(badPlot.stderr, /must end in \.svg or \.png/);
  const stances = await cli('stances', '--actor', 'USA', '--format', 'json');
  assert.equal(stances.status, 0, stances.stderr);
  assert.deepEqual(JSON.parse(stances.stdout).map((s: { issue: string }) => s.issue), ['sanctions-relief']);
});

test('CLI: --among prints one row per pair and window; it does not mix with two sides', async () => {
  const r = await cli('cohesion', '--among', 'USA,GBR,FRA', '--by', 'all', '--format', 'csv');
  assert.equal(r.status, 0, r.stderr);
  const [header, ...rows] = r.stdout.trim().split('\n');
  assert.ok(header!.startsWith('a,b,window,index,interval,count,'));
  assert.deepEqual(rows.map((l) => l.split(',').slice(0, 3).join(' ')), ['USA GBR all', 'USA FRA all', 'GBR FRA all']);
  const both = await cli('cohesion', 'USA', '--among', 'USA,GBR');
  assert.equal(both.status, 2);
  assert.match(both.stderr, /either two sides A B or --among/);
  const one = await cli('cohesion', '--among', 'USA');
  assert.equal(one.status, 2);
  assert.match(one.stderr, /at least two sides/);
});

test('CLI: --plot FILE.png renders the chart in headless Chromium', { skip: findChromium() ? false : 'no Chromium installed' }, async () => {
  const png = join(dir, 'c.png');
  const r = await cli('cohesion', 'USA', 'EUR', '--plot', png, '--format', 'csv');
  assert.equal(r.status, 0, r.stderr);
  const bytes = readFileSync(png);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(bytes.length > 10_000, 'a real picture, not an empty page');
});

test('a person counts for the country it acted for in each article, as stored with its events and remarks, not the actors table\'s one row', () => {
  const own = join(dir, 'acting.db');
  const store = openStore(own);
  try {
    const w = createWriter(store);
    const lyng = (country: string): Actor => ({ id: 'person:richard-lyng', name: 'Richard Lyng', kind: 'person', country, role: 'GOV' });
    const japan: Actor = { id: 'JPNGOV', name: 'Japanese government', kind: 'state', country: 'JPN', role: 'GOV' };
    const texts = ['on beef', 'on citrus fruit', 'on rice'].map((what) => `Lyng criticised Tokyo ${what}. "Japan must open its market," Lyng said.`);
    const facts = (text: string, country: string) => ({
      events: [{ ...event(text, 'criticised', 'person:richard-lyng', 'JPNGOV', '111', -2, 3), source: { start: 0, end: 4, actor: 'person:richard-lyng', name: 'Lyng', country, role: 'GOV' } }],
      stances: [{ ...remark(text, 'Japan must open its market', 'person:richard-lyng', 'JPNGOV', 0, null), country, role: 'GOV' }],
    });
    // one article gives him India (wrongly), two give him the United States
    texts.forEach((text, i) => {
      const country = i === 0 ? 'IND' : 'USA';
      w.write({ ...analysis(`l${i}`, `1987-03-0${i + 1}`, text, facts(text, country)), actors: [lyng(country), japan] });
    });
    assert.equal(store.prepare("SELECT country FROM actors WHERE id = 'person:richard-lyng'").pluck().get(), 'IND', 'the actors table keeps one country');
    const [usa] = cohesionSeries(store, 'USA', 'JPN', { by: 'all' }).windows;
    assert.deepEqual([usa!.events.n, usa!.counts.quotes, usa!.count], [2, 2, 4]);
    const [ind] = cohesionSeries(store, 'IND', 'JPN', { by: 'all', minEvidence: 1 }).windows;
    assert.deepEqual([ind!.events.n, ind!.counts.quotes, ind!.count], [1, 1, 2]);
  } finally {
    store.close();
  }
});
