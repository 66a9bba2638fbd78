// entente quotes as a script sees it: formats, filters, pagination hint, exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { quotesOf } from '../quotes/helpers.ts';
import { entente as run } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-cli-quotes-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const db = join(dir, 'quotes.db');
{
  const store = openStore(db);
  const writer = createWriter(store);
  const text = '“We will not trade our land for a ceasefire,” Zelensky said in Munich. The foreign minister told reporters that the talks would resume next week. Russia warned of serious consequences.';
  const actors = [{ name: 'Zelensky', id: 'UKRGOV' }, { name: 'Russia', id: 'RUS' }];
  writer.write({
    article: { id: 'munich-1', text, published: '2025-02-14' },
    actors: actors.map((a) => ({ id: a.id, name: a.name, kind: 'state' as const })),
    mentions: [],
    quotes: quotesOf(text, actors),
    events: [],
    stances: [],
  });
  store.close();
}

const entente = (args: string[]) => run(['quotes', ...args]);

test('jsonl rows carry the quotation, its speaker and the evidence offsets', async () => {
  const r = await entente(['--db', db, '--speaker', 'UKRGOV', '--format', 'jsonl']);
  assert.equal(r.code, 0, r.stderr);
  const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, 1);
  assert.equal(rows[0].speaker_name, 'Zelensky');
  assert.equal(rows[0].kind, 'direct');
  assert.equal(rows[0].article_id, 'munich-1');
  assert.ok(Number.isInteger(rows[0].start) && Number.isInteger(rows[0].end));
});

test('search, kind and a table with a next-page hint on stderr', async () => {
  const r = await entente(['--db', db, '--kind', 'indirect', '--limit', '1']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /speaker_name/);
  assert.match(r.stderr, /more match \(raise --limit; continue with --after \d+\)/);
  const csv = await entente(['--db', db, '--search', 'ceasefire', '--format', 'csv']);
  assert.equal(csv.stdout.trim().split('\n').length, 2);
});

test('usage errors exit 2 with one line naming the problem', async () => {
  const bad = await entente(['--db', db, '--kind', 'rumour']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /rumour/);
  const missing = await entente(['--db', join(dir, 'absent.db')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no store at/);
});
