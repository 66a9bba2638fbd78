// Stored events: listEvents filters and cursor pagination, and the GDELT 1.0 export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { bundledContext } from '../context.ts';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { listEvents } from '../../src/store/queries/events.ts';
import { toGdelt } from '../../src/cli/events.ts';
import { gdeltColumns, gdeltExtraColumns } from '../../src/export/gdelt.ts';

const ctx = bundledContext();
const db = openStore(':memory:');
const writer = createWriter(db);
const articles = [
  { id: 'a1', url: 'https://example.org/a1', published: '2024-03-15', text: 'Russia attacked Ukraine on Thursday. Israel did not agree to a ceasefire with Hamas.' },
  { id: 'a2', url: 'https://example.org/a2', published: '2024-05-02', text: 'US sanctions on Iran took effect on Monday. China will hold talks with Japan next week.' },
];
for (const a of articles) writer.write(analyze(a, ctx));

test('filters: source/target prefixes, PLOVER type, CAMEO prefix, dates; negated events only on request', () => {
  assert.deepEqual(listEvents(db, { source: 'RUS' }).map((e) => [e.source_actor, e.target_actor, e.cameo.slice(0, 2)]), [['RUS', 'UKR', '19']]);
  assert.equal(listEvents(db, { type: 'sanction' })[0]!.target_actor, 'IRN');
  assert.equal(listEvents(db, { cameo: '16' })[0]!.source_actor, 'USA');
  assert.deepEqual(listEvents(db, { target: 'JPN' }).map((e) => e.source_actor), ['CHN']);
  // the attack's own date (Thursday 2024-03-14) is what --since/--until see
  assert.equal(listEvents(db, { since: '2024-03-14', until: '2024-03-14' }).length, 1);
  assert.equal(listEvents(db, { until: '2024-03' }).length, 1);
  assert.equal(listEvents(db, { source: 'ISR' }).length, 0);
  const negated = listEvents(db, { source: 'ISR', negated: true });
  assert.equal(negated.length, 1);
  assert.equal(negated[0]!.negated, 1);
});

test('cursor pagination walks every event once', () => {
  const all = listEvents(db, { negated: true });
  assert.ok(all.length >= 4, `${all.length} events`);
  const seen: number[] = [];
  let after: number | undefined;
  for (;;) {
    const page = listEvents(db, { negated: true, limit: 2, ...(after !== undefined ? { after } : {}) });
    if (page.length === 0) break;
    seen.push(...page.map((e) => e.rowid));
    after = page[page.length - 1]!.rowid;
  }
  assert.deepEqual(seen, all.map((e) => e.rowid));
});

test('GDELT export: GDELT 1.0 column names then the evidence columns, one row per event', () => {
  const rows = listEvents(db, {});
  const lines = toGdelt(db, rows, true).trimEnd().split('\n');
  const header = lines[0]!.split('\t');
  assert.equal(gdeltColumns().length, 58);
  assert.deepEqual(header, [...gdeltColumns(), ...gdeltExtraColumns]);
  assert.equal(lines.length, rows.length + 1);
  const attack = lines.map((l) => l.split('\t')).find((cells) => cells[header.indexOf('actor1code')] === 'RUS')!;
  const cell = (name: string) => attack[header.indexOf(name)];
  assert.equal(cell('day'), '20240314');
  assert.equal(cell('eventrootcode'), '19');
  assert.equal(cell('quadclass'), '4');
  assert.equal(cell('actor2countrycode'), 'UKR');
  assert.equal(cell('sourceurl'), 'https://example.org/a1');
  const text = articles[0]!.text;
  assert.equal(text.slice(Number(cell('eventstart')), Number(cell('eventend'))), 'Russia attacked Ukraine');
  assert.equal(text.slice(Number(cell('actor2start')), Number(cell('actor2end'))), 'Ukraine');
});

test('a code filter takes in the people who act for it: --source RUS finds Putin’s events', () => {
  const store = openStore(':memory:');
  const w = createWriter(store);
  w.write(analyze({ id: 'p1', published: '2021-05-04', text: 'Russian President Vladimir Putin criticized Ukraine on Tuesday.' }, ctx));
  const rows = listEvents(store, { source: 'RUS' });
  assert.deepEqual(rows.map((e) => [e.source_actor, e.target_actor]), [['person:vladimir-putin', 'UKR']]);
  assert.equal(listEvents(store, { source: 'RUSGOV' }).length, 1);
  assert.equal(listEvents(store, { source: 'RUSMIL' }).length, 0);
  assert.equal(listEvents(store, { target: 'RUS' }).length, 0);
});
