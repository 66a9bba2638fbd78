// Exports and event lists give each party of an event the country and role it acted for in
// that event (a person's as of the article's date), not the one row the actors table keeps
// for the person whatever the date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { exportTable } from '../../src/export/index.ts';
import { gdeltColumns } from '../../src/export/gdelt.ts';
import { listEvents } from '../../src/store/queries/events.ts';
import type { Analysis } from '../../src/model.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-acts-for-'));
const db = openStore(join(dir, 'store.db'));
const writer = createWriter(db);

/** Tova Brenner meets Chile's government: in 1995 out of office (ELI), in 2021 in government (GOV). */
function meeting(id: string, published: string, role: string, after: string): Analysis {
  // different texts, or the second would be stored as a duplicate of the first, without facts
  const text = `Tova Brenner met the Chilean government in Santiago. ${after}`;
  return {
    article: { id, text, published },
    actors: [
      { id: 'person:tova-brenner', name: 'Tova Brenner', kind: 'person', country: 'NOR', role },
      { id: 'CHLGOV', name: 'Chile government', kind: 'organization', country: 'CHL', role: 'GOV' },
    ],
    mentions: [
      { start: 0, end: 12, text: 'Tova Brenner', actor: 'person:tova-brenner' },
      { start: 21, end: 39, text: 'Chilean government', actor: 'CHLGOV' },
    ],
    quotes: [],
    events: [
      {
        start: 0, end: 39, text: 'Tova Brenner met the Chilean government', cameo: '040', plover: 'CONSULT', goldstein: 1, quad: 1, negated: false,
        source: { start: 0, end: 12, actor: 'person:tova-brenner', name: 'Tova Brenner', country: 'NOR', role },
        target: { start: 21, end: 39, actor: 'CHLGOV', name: 'Chilean government' },
      },
    ],
    stances: [],
  };
}
// the 2021 article first: the actors table then keeps the least row written, ELI, for her
writer.write(meeting('m2021', '2021-05-03', 'GOV', 'The talks covered fisheries, copper prices and a new shipping route through the southern ports.'));
writer.write(meeting('m1995', '1995-05-03', 'ELI', 'She later flew to Lima for a conference of retired diplomats on regional trade and education.'));

const out = (file: string) => join(dir, file);
const jsonl = (file: string) => readFileSync(out(file), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

test('the actors table keeps one role for the person (the premise of the other tests)', () => {
  assert.equal(db.prepare("SELECT role FROM actors WHERE id = 'person:tova-brenner'").pluck().get(), 'ELI');
});

test('events export: source_country and source_role as of each event, in every format', async () => {
  await exportTable(db, { table: 'events', format: 'jsonl', filter: {}, output: out('ev.jsonl') });
  const rows = jsonl('ev.jsonl');
  assert.deepEqual(rows.map((r) => [r.article_id, r.source_country, r.source_role]), [['m2021', 'NOR', 'GOV'], ['m1995', 'NOR', 'ELI']]);

  await exportTable(db, { table: 'events', format: 'plover', filter: {}, output: out('ev.plover.jsonl') });
  assert.deepEqual(jsonl('ev.plover.jsonl').map((r) => r.actor_sector), ['GOV', 'ELI']);

  await exportTable(db, { table: 'events', format: 'gdelt', filter: {}, output: out('ev.tsv') });
  const code = gdeltColumns().indexOf('actor1code');
  const lines = readFileSync(out('ev.tsv'), 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
  assert.deepEqual(lines.map((c) => c[code]), ['NORGOV', 'NORELI']);
});

test('--actor with a code takes the person in the events where she acted for it, not the others', async () => {
  assert.equal(await exportTable(db, { table: 'events', format: 'jsonl', filter: { actor: 'NORGOV' }, output: out('gov.jsonl') }), 1);
  assert.equal(jsonl('gov.jsonl')[0]!.article_id, 'm2021');
  assert.equal(await exportTable(db, { table: 'events', format: 'jsonl', filter: { actor: 'NOR' }, output: out('nor.jsonl') }), 2);
});

test('events list (CLI and API): the same country and role, and --source filters on them', () => {
  assert.deepEqual(listEvents(db, { source: 'NORGOV' }).map((r) => [r.article_id, r.source_country, r.source_role]), [['m2021', 'NOR', 'GOV']]);
  assert.deepEqual(listEvents(db, { source: 'NORELI' }).map((r) => r.article_id), ['m1995']);
  assert.deepEqual(listEvents(db, { target: 'CHL' }).map((r) => [r.target_country, r.target_role]), [['CHL', 'GOV'], ['CHL', 'GOV']]);
});

test('cleanup', () => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});
