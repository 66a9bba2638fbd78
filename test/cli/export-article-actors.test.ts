// Mentions, quotes and stances exports give the country and role an actor acted for in its
// article (article_actors), as events do (acts_for): the actors table keeps one row per actor,
// whatever the article's date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { exportTable, type ExportFilter } from '../../src/export/index.ts';
import type { Analysis } from '../../src/model.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-acted-for-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** One article where Jan Novak, a diplomat, speaks for `country`. */
function article(id: string, published: string, country: string): Analysis {
  const text = `Jan Novak said "we stay". ${id}`;
  const novak = { start: 0, end: 9, name: 'Jan Novak', actor: 'person:jan-novak' };
  return {
    article: { id, text, published },
    actors: [{ id: 'person:jan-novak', name: 'Jan Novak', kind: 'person', country, role: 'GOV' }],
    mentions: [{ start: 0, end: 9, text: 'Jan Novak', actor: 'person:jan-novak' }],
    quotes: [{ start: 16, end: 23, text: 'we stay', kind: 'direct', speaker: novak, cue: { start: 10, end: 14, text: 'said' } }],
    events: [],
    stances: [{ start: 0, end: 24, actor: 'person:jan-novak', issue: 'sanctions', polarity: 1 }],
  };
}

const db = openStore(join(dir, 'store.db'));
const writer = createWriter(db);
writer.write(article('before-1993', '1991-05-02', 'CSK'));
writer.write(article('after-1993', '1994-05-02', 'SVK'));

async function exported(table: string, filter: ExportFilter = {}): Promise<Record<string, unknown>[]> {
  const output = join(dir, `${table}.jsonl`);
  await exportTable(db, { table, format: 'jsonl', filter, output });
  return readFileSync(output, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

test("each article's country for the same person, in mentions, quotes and stances", async () => {
  // the actors table keeps one of the two (the least)
  assert.equal(db.prepare("SELECT country FROM actors WHERE id = 'person:jan-novak'").pluck().get(), 'CSK');
  assert.deepEqual((await exported('mentions')).map((r) => [r.article_id, r.actor_country, r.actor_role]), [['before-1993', 'CSK', 'GOV'], ['after-1993', 'SVK', 'GOV']]);
  assert.deepEqual((await exported('quotes')).map((r) => [r.article_id, r.speaker_country, r.speaker_role]), [['before-1993', 'CSK', 'GOV'], ['after-1993', 'SVK', 'GOV']]);
  assert.deepEqual((await exported('stances')).map((r) => [r.article_id, r.actor_country, r.actor_role]), [['before-1993', 'CSK', 'GOV'], ['after-1993', 'SVK', 'GOV']]);
});

test('--actor with a country code finds the people who acted for it in that article only', async () => {
  for (const table of ['mentions', 'quotes', 'stances', 'articles']) {
    assert.deepEqual((await exported(table, { actor: 'SVK' })).map((r) => r.article_id), ['after-1993'], table);
  }
});

test('an article stored before article_actors was kept reads the actors row', async () => {
  const old = openStore(join(dir, 'old.db'));
  createWriter(old).write(article('after-1993', '1994-05-02', 'SVK'));
  old.exec('DELETE FROM article_actors');
  const output = join(dir, 'old-quotes.jsonl');
  await exportTable(old, { table: 'quotes', format: 'jsonl', filter: {}, output });
  assert.equal((JSON.parse(readFileSync(output, 'utf8').trim()) as Record<string, unknown>).speaker_country, 'SVK');
});
