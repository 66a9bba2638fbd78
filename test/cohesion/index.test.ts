// The cohesion index on hand-made records: bilateral selection, coalition membership, agreement
// items, counts, null windows and the whole-range window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bilateralEvidence,
  cohesionSeriesOf,
  cohesionWithEvidence,
  criticismComponent,
  noEvidence,
  expectedAgreement,
  pairKey,
  pairwiseEvidence,
  scottsPi,
  wilsonInterval,
  type ActRecord,
  type CohesionRecords,
  type EventRecord,
  type PairEvidence,
  type RemarkRecord,
  type StanceRecord,
} from '../../src/cohesion/index.ts';
import { loadCoalitions, resolveSide, type ActorDirectory, type ActorInfo } from '../../src/cohesion/coalitions.ts';

const actors: ActorInfo[] = [
  { id: 'USAGOV', country: 'USA', role: 'GOV' },
  { id: 'person:donald-trump', kind: 'person', country: 'USA', role: 'GOV' },
  { id: 'GBRGOV', country: 'GBR', role: 'GOV' },
  { id: 'FRAGOV', country: 'FRA', role: 'GOV' },
  { id: 'DEUGOV', country: 'DEU', role: 'GOV' },
  { id: 'RUSGOV', country: 'RUS', role: 'GOV' },
  { id: 'EURGOV', country: null, role: 'GOV' },
  { id: 'IGOEUREECCOM', country: null },
];
const info = (id: string): ActorInfo => actors.find((a) => a.id === id) ?? { id };
const directory: ActorDirectory = { byId: (id) => actors.find((a) => a.id === id), byName: () => [] };
const coalitions = loadCoalitions();
const side = (arg: string) => resolveSide(arg, coalitions, directory);

let offset = 0;
const article = (published: string) => ({ id: `art-${published}`, title: null, published });
const party = (actor: string) => ({ actor, name: actor, start: 0, end: 1 });

function ev(published: string, source: string, target: string, goldstein: number, quad: 1 | 2 | 3 | 4, cameo = '040'): EventRecord {
  offset += 10;
  return { article: article(published), start: offset, end: offset + 5, text: 'cue', cameo, plover: 'X', goldstein, quad, source: party(source), target: party(target) };
}

function remark(published: string, actor: string, target: string, polarity: number, basis: 'quote' | 'event' = 'quote'): RemarkRecord {
  offset += 10;
  return { article: article(published), start: offset, end: offset + 5, text: 'said', basis, actor, name: actor, target: party(target), polarity, cue: null };
}

function stance(published: string, actor: string, issue: string, polarity: number): StanceRecord {
  offset += 10;
  return { article: article(published), start: offset, end: offset + 5, text: 'opposes', actor, issue, polarity };
}

const records = (r: Partial<CohesionRecords>): CohesionRecords => ({ events: r.events ?? [], remarks: r.remarks ?? [], stances: r.stances ?? [], acts: r.acts ?? [] });
const pair = (a: string, b: string, r: Partial<CohesionRecords>): PairEvidence => bilateralEvidence(records(r), side(a), side(b), info);

test('only bilateral evidence: events and remarks between the sides, in either direction, and nothing about third parties', () => {
  const e = pair('USA', 'GBR', {
    events: [ev('2020-01-02', 'USAGOV', 'GBRGOV', 3, 1), ev('2020-01-03', 'GBRGOV', 'person:donald-trump', -2, 3), ev('2020-01-04', 'USAGOV', 'RUSGOV', -5, 4), ev('2020-01-05', 'USAGOV', 'USAGOV', 1, 1)],
    remarks: [remark('2020-01-06', 'person:donald-trump', 'GBRGOV', 1), remark('2020-01-06', 'person:donald-trump', 'FRAGOV', -1)],
  });
  assert.deepEqual(e.events.map((x) => [x.source.actor, x.target.actor, x.direction]), [['USAGOV', 'GBRGOV', 'a->b'], ['GBRGOV', 'person:donald-trump', 'b->a']]);
  assert.deepEqual(e.remarks.map((x) => [x.target.actor, x.direction]), [['GBRGOV', 'a->b']]);
});

test('a quotation naming two actors of the other side is one remark, with its tone', () => {
  const plain = remark('2020-01-06', 'person:donald-trump', 'DEUGOV', 0);
  const critical = { ...remark('2020-01-06', 'person:donald-trump', 'DEU', -1), start: plain.start, end: plain.end };
  const e = pair('USA', 'EU', { remarks: [plain, critical] });
  assert.deepEqual(e.remarks.map((r) => [r.target.actor, r.polarity]), [['DEU', -1]]);
});

test('stance agreement is bilateral: an issue counts once per month in which both sides took a position on it', () => {
  const stances = [
    stance('2020-03-02', 'USAGOV', 'sanctions-relief', -1),
    stance('2020-03-05', 'person:donald-trump', 'sanctions-relief', -1),
    stance('2020-03-20', 'FRAGOV', 'sanctions-relief', -1),
    stance('2020-03-21', 'FRAGOV', 'ceasefire', 1), // France alone on the ceasefire in March
    stance('1999-05-01', 'USAGOV', 'ceasefire', -1), // 21 years away from any French ceasefire stance
    stance('2020-04-01', 'USAGOV', 'tariffs', 1),
    stance('2020-05-01', 'FRAGOV', 'tariffs', -1), // a month apart: two positions, no item
  ];
  const [all] = cohesionWithEvidence(pair('USA', 'FRA', { stances }), { by: 'all' });
  assert.equal(all!.window.window, 'all');
  assert.equal(all!.window.agreement.n, 1);
  assert.deepEqual(all!.window.agreement.issues, [{ issue: 'sanctions-relief', period: '2020-03', a: -1, b: -1 }]);
  assert.equal(all!.window.count, 0, 'one agreement item is too few to count (minAgreementItems)');
  assert.deepEqual([all!.window.agreement.counted, all!.window.agreement.score, all!.evidence.agreement.length], [false, null, 0]);
  const [one] = cohesionWithEvidence(pair('USA', 'FRA', { stances }), { by: 'all', minAgreementItems: 1 });
  assert.equal(one!.evidence.agreement[0]!.stances.length, 3, 'the item lists the stances under it');
  assert.equal(one!.window.count, 1, 'one agreement item is one piece of evidence, not three stances');
  assert.equal(one!.window.index, null, 'one piece of evidence is too little for an index');
});

test('stance agreement enters the index and count only with at least five items; fewer are shown, not counted', () => {
  const issues = ['sanctions-relief', 'ceasefire', 'tariffs', 'climate-action', 'migration-controls'];
  const both = (n: number) => issues.slice(0, n).flatMap((issue) => [stance('2020-03-02', 'USAGOV', issue, 1), stance('2020-03-09', 'FRAGOV', issue, 1)]);
  const [five] = cohesionSeriesOf(pair('USA', 'FRA', { stances: both(5) }), { by: 'all' });
  assert.deepEqual([five!.agreement.n, five!.agreement.counted, five!.counts.agreement_items, five!.count], [5, true, 5, 5]);
  assert.ok(five!.index !== null && five!.index === five!.agreement.score);
  const [four] = cohesionSeriesOf(pair('USA', 'FRA', { stances: both(4) }), { by: 'all' });
  assert.deepEqual([four!.agreement.n, four!.agreement.counted, four!.agreement.score, four!.counts.agreement_items, four!.count, four!.index], [4, false, null, 0, 0, null]);
  assert.ok(four!.agreement.pi !== null, 'its statistic is still shown');
});

test('a joint act weighs two pieces in the index, as "A and B met" is two events', () => {
  // one conflictual event between them and one joint act with a third party
  const e = pair('GBR', 'FRA', { events: [ev('2020-01-02', 'GBRGOV', 'FRAGOV', -5, 4)], acts: [act('2020-01-03', 200, 'GBRGOV', 'RUSGOV'), act('2020-01-03', 200, 'FRAGOV', 'RUSGOV')] });
  const [w] = cohesionSeriesOf(e, { by: 'all', minEvidence: 1 });
  assert.equal(w!.count, 2, 'count counts pieces: the event and the joint act');
  assert.deepEqual([w!.events.score, w!.joint.score], [-0.75, 1]);
  assert.equal(w!.index, Math.round(((-0.75 + 2 * 1) / 3) * 1000) / 1000);
});

test('count is the bilateral evidence: events, remarks that are not the same events, agreement items, and nothing else', () => {
  const accuse = ev('2020-02-01', 'FRAGOV', 'USAGOV', -2, 3, '112');
  const accuseRemark: RemarkRecord = { ...remark('2020-02-01', 'FRAGOV', 'USAGOV', -1, 'event'), start: accuse.start, end: accuse.end };
  const windows = cohesionSeriesOf(
    pair('USA', 'FRA', {
      events: [accuse, ev('2020-02-03', 'USAGOV', 'FRAGOV', 4, 2)],
      remarks: [accuseRemark, remark('2020-02-04', 'person:donald-trump', 'FRAGOV', 0), remark('2020-02-05', 'person:donald-trump', 'FRAGOV', -1)],
      stances: [stance('2020-02-06', 'USAGOV', 'ceasefire', 1), stance('2020-02-07', 'FRAGOV', 'ceasefire', 1), stance('2020-02-08', 'USAGOV', 'tariffs', 1)],
    }),
    { by: 'month', minAgreementItems: 1 },
  );
  const [w] = windows;
  assert.equal(w!.count, 2 + 2 + 1);
  assert.deepEqual(w!.counts, { events: 2, remarks: 3, quotes: 2, agreement_items: 1, critical: 1, praise: 0, joint_acts: 0 });
  assert.equal(w!.criticism.n, 2, 'the two quotations: the accusation is in the events component, once');
  assert.equal(w!.criticism.score, -0.5);
  assert.ok(w!.index !== null);
  const parts = [w!.events, w!.agreement, w!.criticism, w!.joint];
  assert.equal(parts.filter((c) => c.n).reduce((s, c) => s + c.n, 0), w!.count, 'each piece counted is in exactly one component');
  const weighted = parts.filter((c) => c.n).reduce((s, c) => s + c.n * c.score!, 0) / w!.count;
  assert.ok(Math.abs(w!.index! - weighted) < 2e-3, 'the index is the mean of the component scores, weighted by their evidence');
});

test('a quotation whose words report an event between the sides is that event, one piece; a quotation beside it is its own', () => {
  // "The United States said it was transferring aid to Egypt": the aid event lies inside the
  // reported words of the US's quotation naming Egypt
  const aid = ev('2020-03-06', 'USAGOV', 'FRAGOV', 7.4, 2, '070');
  const report: RemarkRecord = { ...remark('2020-03-06', 'USAGOV', 'FRAGOV', 0), start: aid.start - 3, end: aid.end + 20 };
  // the same article's next sentence, a plain reference that reports nothing
  const aside: RemarkRecord = { ...remark('2020-03-06', 'person:donald-trump', 'FRAGOV', 0), start: aid.end + 40, end: aid.end + 60 };
  // a quotation in another article at the same offsets is not the aid's report
  const elsewhere: RemarkRecord = { ...report, article: article('2020-03-07') };
  const [w] = cohesionWithEvidence(pair('USA', 'FRA', { events: [aid], remarks: [report, aside, elsewhere] }), { by: 'month' });
  assert.equal(w!.window.count, 3, 'the aid, the aside and the other article\'s quotation');
  assert.deepEqual(
    w!.evidence.quotations.map((q) => [q.article.id, q.start]),
    [
      ['art-2020-03-06', aside.start],
      ['art-2020-03-07', report.start],
    ],
  );
  assert.equal(w!.window.criticism.n, 2);
  assert.equal(w!.window.events.n, 1);
});

/** Events of several sources on one cue (one article, one cue span), as the events stage gives a list of co-subjects. */
function act(published: string, cue: number, source: string, target: string | null, quad: 1 | 2 | 3 | 4 = 1): ActRecord {
  return { article: article(published), start: cue, end: cue + 5, text: 'cue', cue: { start: cue, end: cue + 5, text: 'cue' }, cameo: '030', plover: 'X', goldstein: quad <= 2 ? 4 : -4, quad, source: party(source), target: target ? party(target) : null };
}

test('joint action: both sides sources of one act, neither acting on the other, is one piece of evidence of their alignment', () => {
  // "Britain and France condemned Russia": GBR -> RUS and FRA -> RUS on one cue
  const condemned = [act('2020-01-02', 100, 'GBRGOV', 'RUSGOV', 3), act('2020-01-02', 100, 'FRAGOV', 'RUSGOV', 3)];
  // "Britain and France pledged funds": no target
  const pledged = [act('2020-01-03', 200, 'GBRGOV', null), act('2020-01-03', 200, 'FRAGOV', null)];
  const e = pair('GBR', 'FRA', { acts: [...condemned, ...pledged] });
  assert.deepEqual(e.joint.map((j) => [j.kind, j.a.map((x) => x.source.actor), j.b.map((x) => x.source.actor)]), [
    ['conflict', ['GBRGOV'], ['FRAGOV']],
    ['cooperation', ['GBRGOV'], ['FRAGOV']],
  ]);
  const [w] = cohesionSeriesOf(e, { by: 'all' });
  assert.equal(w!.count, 2);
  assert.deepEqual([w!.joint.n, w!.joint.cooperation, w!.joint.conflict, w!.joint.score, w!.counts.joint_acts], [2, 1, 1, 1, 2]);
  assert.equal(pair('GBR', 'RUS', { acts: condemned }).joint.length, 0, 'the target of the act is not acting with its sources');
});

test('no joint act where the two act on each other, act on separate cues, are targets together, or are on one side', () => {
  // "Washington and London signed an agreement", coded both ways: an interaction, not a joint act
  const signed = [act('2020-01-02', 100, 'USAGOV', 'GBRGOV'), act('2020-01-02', 100, 'GBRGOV', 'USAGOV')];
  assert.equal(pair('USA', 'GBR', { acts: signed }).joint.length, 0);
  // two acts of one article: the US met Iran, Britain met Iran
  assert.equal(pair('USA', 'GBR', { acts: [act('2020-01-02', 100, 'USAGOV', 'RUSGOV'), act('2020-01-02', 300, 'GBRGOV', 'RUSGOV')] }).joint.length, 0);
  // "The US sanctioned Britain and France": targets together are not acting together
  assert.equal(pair('GBR', 'FRA', { acts: [act('2020-01-02', 100, 'USAGOV', 'GBRGOV', 4), act('2020-01-02', 100, 'USAGOV', 'FRAGOV', 4)] }).joint.length, 0);
  // "France and Germany agreed", for the EU and the US: within one side
  const within = [act('2020-01-02', 100, 'FRAGOV', null), act('2020-01-02', 100, 'DEUGOV', null)];
  assert.equal(pair('EU', 'USA', { acts: within }).joint.length, 0);
  // "France and the US agreed", for the EU and the US: a joint act of the sides
  assert.equal(pair('EU', 'USA', { acts: [...within, act('2020-01-02', 100, 'USAGOV', null)] }).joint[0]!.a.length, 2);
});

test('a window below the minimum evidence has index null but shows its count and components; an empty window counts 0', () => {
  const windows = cohesionSeriesOf(pair('USA', 'GBR', { events: [ev('2020-01-10', 'USAGOV', 'GBRGOV', 4, 1), ev('2020-03-02', 'GBRGOV', 'USAGOV', -5, 4), ev('2020-03-03', 'GBRGOV', 'USAGOV', -4, 4), ev('2020-03-04', 'GBRGOV', 'USAGOV', -6, 4)] }), {
    by: 'month',
  });
  assert.deepEqual(windows.map((w) => [w.window, w.count, w.index === null]), [['2020-01', 1, true], ['2020-02', 0, true], ['2020-03', 3, false]]);
  assert.equal(windows[0]!.events.goldstein, 4, 'the thin window keeps its own evidence, not a prior');
  assert.equal(windows[1]!.interval, null);
  const lenient = cohesionSeriesOf(pair('USA', 'GBR', { events: [ev('2020-01-10', 'USAGOV', 'GBRGOV', 4, 1)] }), { by: 'month', minEvidence: 1 });
  assert.ok(lenient[0]!.index! > 0);
});

test('intervals narrow with evidence', () => {
  const few = cohesionSeriesOf(pair('USA', 'GBR', { events: [1, 2, 3].map((d) => ev(`2020-01-0${d}`, 'USAGOV', 'GBRGOV', d, 1)) }), { by: 'all' })[0]!;
  const many = cohesionSeriesOf(pair('USA', 'GBR', { events: Array.from({ length: 30 }, (_, i) => ev(`2020-01-${String((i % 28) + 1).padStart(2, '0')}`, 'USAGOV', 'GBRGOV', (i % 3) + 1, 1)) }), { by: 'all' })[0]!;
  const width = (i: [number, number] | null) => i![1] - i![0];
  assert.ok(width(many.interval) < width(few.interval));
});

test('intervals count articles, not pieces: ten events from one report are wider than ten reports', () => {
  const events = (articles: number) =>
    Array.from({ length: 10 }, (_, i) => ({ ...ev('2020-01-05', 'USAGOV', 'GBRGOV', [3, 4, -2][i % 3]!, i % 3 === 2 ? 3 : 1), article: { id: `report-${i % articles}`, title: null, published: '2020-01-05' } }));
  const [one] = cohesionSeriesOf(pair('USA', 'GBR', { events: events(1) }), { by: 'all' });
  const [ten] = cohesionSeriesOf(pair('USA', 'GBR', { events: events(10) }), { by: 'all' });
  const width = (i: [number, number] | null) => i![1] - i![0];
  assert.equal(one!.index, ten!.index, 'the same pieces give the same index');
  assert.ok(width(one!.events.interval) > width(ten!.events.interval));
  assert.ok(width(one!.interval) > width(ten!.interval));
  const quotes = (articles: number) => Array.from({ length: 6 }, (_, i) => ({ ...remark('2020-01-06', 'person:donald-trump', 'GBRGOV', i < 2 ? -1 : 0), article: { id: `q-${i % articles}`, title: null, published: '2020-01-06' } }));
  const [q1] = cohesionSeriesOf(pair('USA', 'GBR', { remarks: quotes(1) }), { by: 'all' });
  const [q6] = cohesionSeriesOf(pair('USA', 'GBR', { remarks: quotes(6) }), { by: 'all' });
  assert.ok(width(q1!.criticism.interval) > width(q6!.criticism.interval));
});

test('a coalition takes in its member governments on the article\'s date and actors coded to the bloc', () => {
  const events = [
    ev('2019-06-01', 'USAGOV', 'GBRGOV', 2, 1), // the UK in the EU
    ev('2020-06-01', 'USAGOV', 'GBRGOV', 2, 1), // the UK out of the EU (2020-01-31)
    ev('2020-06-02', 'USAGOV', 'EURGOV', -3, 3),
    ev('2020-06-03', 'IGOEUREECCOM', 'USAGOV', -3, 3),
    ev('2020-06-04', 'DEUGOV', 'USAGOV', 1, 1),
  ];
  const eu = pair('USA', 'EU', { events });
  assert.deepEqual(eu.events.map((e) => e.article.published), ['2019-06-01', '2020-06-03', '2020-06-04']);
  const europe = pair('USA', 'EUR', { events });
  assert.equal(europe.events.length, 5, 'EUR: the EU, the UK after Brexit, and actors coded EUR...');
});

test('evidence within a coalition is not between the coalition and an outside side; a member against its coalition counts', () => {
  const events = [ev('2020-06-01', 'DEUGOV', 'FRAGOV', -8, 4), ev('2020-06-02', 'FRAGOV', 'RUSGOV', -2, 3), ev('2020-06-03', 'FRAGOV', 'DEUGOV', 3, 1)];
  assert.deepEqual(pair('RUS', 'EU', { events }).events.map((e) => e.source.actor), ['FRAGOV']);
  assert.deepEqual(pair('FRA', 'EU', { events }).events.map((e) => [e.source.actor, e.direction]), [['DEUGOV', 'b->a'], ['FRAGOV', 'a->b']], 'France against the rest of the EU');
});

test('a person counts for the country it acted for in the record\'s article, not the one row of the actors table', () => {
  // the actors table gives one country per person for the whole store; this one was once
  // (wrongly) given India, but acted for the United States in these articles
  const lyng = { id: 'person:richard-lyng', kind: 'person', country: 'IND', role: 'GOV' };
  const infoWith = (id: string): ActorInfo => (id === lyng.id ? lyng : info(id));
  const asOf = (country: string) => ({ country, role: 'GOV' });
  const r = records({
    events: [{ ...ev('2020-01-02', lyng.id, 'JPNGOV', 3, 1), source: { ...party(lyng.id), ...asOf('USA') } }],
    remarks: [{ ...remark('2020-01-03', lyng.id, 'JPNGOV', -1), ...asOf('USA') }],
    stances: [{ ...stance('2020-01-04', lyng.id, 'trade-tariffs', 1), ...asOf('USA') }, stance('2020-01-05', 'JPNGOV', 'trade-tariffs', 1)],
  });
  const usa = bilateralEvidence(r, side('USA'), side('JPN'), infoWith);
  assert.deepEqual([usa.events.length, usa.remarks.length, usa.stances.length], [1, 1, 2]);
  const ind = bilateralEvidence(r, side('IND'), side('JPN'), infoWith);
  assert.deepEqual([ind.events.length, ind.remarks.length, ind.stances.length], [0, 0, 1], 'nothing for India but Japan\'s own stance');
  // a record without it (a store written before) falls back on the actors table
  const old = records({ remarks: [remark('2020-01-03', lyng.id, 'JPNGOV', -1)] });
  assert.equal(bilateralEvidence(old, side('IND'), side('JPN'), infoWith).remarks.length, 1);
});

test('a matrix of sides reads the records once and gives every pair the same evidence as a single query', () => {
  const r = records({
    events: [ev('2020-01-02', 'USAGOV', 'GBRGOV', 3, 1), ev('2020-01-03', 'RUSGOV', 'GBRGOV', -4, 3), ev('2020-01-04', 'FRAGOV', 'USAGOV', 1, 1)],
    stances: [stance('2020-01-05', 'USAGOV', 'ceasefire', 1), stance('2020-01-06', 'RUSGOV', 'ceasefire', -1)],
  });
  const sides = ['USA', 'GBR', 'RUS', 'FRA'].map(side);
  const matrix = pairwiseEvidence(r, sides, info);
  assert.equal(matrix.size, 6);
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) assert.deepEqual(matrix.get(pairKey(i, j)), bilateralEvidence(r, sides[i]!, sides[j]!, info), `${sides[i]!.label}-${sides[j]!.label}`);
  }
  assert.equal(matrix.get(pairKey(0, 2))!.stances.length, 2);
});

test('an ally\'s insult and a meeting without the other pull the index below the pair\'s cooperative months', () => {
  const cooperative = [ev('2020-01-02', 'USAGOV', 'DEUGOV', 4, 1), ev('2020-01-03', 'DEUGOV', 'USAGOV', 3.5, 1), remark('2020-01-04', 'person:donald-trump', 'DEUGOV', 1), remark('2020-01-05', 'DEUGOV', 'USAGOV', 0)];
  const insult = [remark('2020-02-10', 'person:donald-trump', 'DEUGOV', -1), ev('2020-02-10', 'USAGOV', 'DEUGOV', -2, 3, '112'), ev('2020-02-10', 'USAGOV', 'RUSGOV', 4, 1)];
  const windows = cohesionSeriesOf(pair('USA', 'DEU', { events: [...cooperative, ...insult].filter((x): x is EventRecord => 'cameo' in x), remarks: [...cooperative, ...insult].filter((x): x is RemarkRecord => 'basis' in x) }), { by: 'month', minEvidence: 2 });
  const [jan, feb] = windows;
  assert.equal(feb!.events.n, 1, 'the meeting with Russia is not between the two');
  assert.ok(feb!.index! < jan!.index!);
});

test('arithmetic: Wilson interval, Scott\'s pi, chance agreement, tone', () => {
  const [lo, hi] = wilsonInterval(0, 10);
  assert.equal(lo, 0);
  assert.ok(hi > 0.2 && hi < 0.35);
  assert.equal(scottsPi(0.5, 0.5), 0);
  assert.equal(scottsPi(1, 0.5), 1);
  assert.ok(expectedAgreement(10, 10) < 1, 'all positions "for" still leaves pi defined');
  const tone = criticismComponent([{ polarity: 1 }, { polarity: 0 }, { polarity: -1 }, { polarity: -1 }]);
  assert.deepEqual([tone.n, tone.critical, tone.praise, tone.score], [4, 2, 1, -0.25]);
  assert.ok(tone.interval![0] < -0.25 && -0.25 < tone.interval![1]);
});

test('no records and no range gives no windows', () => {
  assert.deepEqual(cohesionSeriesOf(noEvidence(), { by: 'month' }), []);
});
