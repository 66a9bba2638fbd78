// List commands say on stderr when --limit cut their result (a closed pipe ending them
// quietly is a real process's matter: test/cli/smoke.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entente as run, storeOfEvents } from './helpers.ts';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-cli-lists-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const db = join(dir, 'lists.db');
storeOfEvents(db, 3);

const entente = (args: string[]) => run([...args, '--db', db]);

test('a result cut by --limit says so on stderr, with how to go on; a whole one says nothing', async () => {
  const events = await entente(['events', '--limit', '2', '--format', 'jsonl']);
  assert.equal(events.code, 0, events.stderr);
  const rows = events.stdout.trim().split('\n').map((l) => JSON.parse(l) as { rowid: number });
  assert.equal(rows.length, 2);
  assert.equal(events.stderr.trim(), `entente: the first 2 events shown, more match (raise --limit; continue with --after ${rows[1]!.rowid})`);
  const articles = await entente(['articles', '--limit', '1', '--format', 'csv']);
  assert.equal(articles.stdout.trim().split('\n').length, 2);
  assert.match(articles.stderr, /^entente: the first 1 articles shown, more match \(raise --limit\)$/m);
  const whole = await entente(['events', '--limit', '3', '--format', 'jsonl']);
  assert.equal(whole.stdout.trim().split('\n').length, 3);
  assert.equal(whole.stderr, '');
});

test('stances: a cut result says so, and --after goes on from the last row shown', async () => {
  const file = join(dir, 'stances.db');
  const store = openStore(file);
  const writer = createWriter(store);
  for (let i = 1; i <= 3; i++) {
    const text = `France backed the sanctions relief on day ${i} of the talks in Geneva.`;
    writer.write({
      article: { id: `relief-${i}`, text, published: '2025-02-14' }, actors: [], mentions: [], quotes: [], events: [],
      stances: [{ start: 0, end: text.length, actor: 'FRA', issue: 'sanctions-relief', polarity: 1 }],
    });
  }
  store.close();
  const first = await run(['stances', '--limit', '2', '--format', 'jsonl', '--db', file]);
  const rows = first.stdout.trim().split('\n').map((l) => JSON.parse(l) as { rowid: number });
  assert.equal(rows.length, 2);
  assert.equal(first.stderr.trim(), `entente: the first 2 stances shown, more match (raise --limit; continue with --after ${rows[1]!.rowid})`);
  const rest = await run(['stances', '--limit', '2', '--after', String(rows[1]!.rowid), '--format', 'jsonl', '--db', file]);
  assert.equal(rest.stdout.trim().split('\n').length, 1);
  assert.equal(rest.stderr, '');
});
