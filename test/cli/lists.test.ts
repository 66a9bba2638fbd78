// List commands say on stderr when --limit cut their result (a closed pipe ending them
// quietly is a real process's matter: test/cli/smoke.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entente as run, storeOfEvents } from './helpers.ts';

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
