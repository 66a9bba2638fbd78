// List commands say on stderr when --limit cut their result, and a closed pipe ends them quietly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import type { Event } from '../../src/model.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin/entente.js');
const dir = mkdtempSync(join(tmpdir(), 'entente-cli-lists-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const db = join(dir, 'lists.db');
const bigDb = join(dir, 'big.db');
fill(db, 3);
// enough rows to overflow a pipe's buffer
fill(bigDb, 2000);

function fill(file: string, articles: number): void {
  const store = openStore(file);
  const writer = createWriter(store);
  for (let i = 1; i <= articles; i++) {
    const text = `France condemned Russia on day ${i} of the talks in Geneva.`;
    const event: Event = {
      start: 0, end: 24, text: text.slice(0, 24), cameo: '111', plover: 'ACCUSE', goldstein: -2, quad: 3, negated: false, confidence: 0.5,
      source: { start: 0, end: 6, actor: 'FRA', name: 'France' }, target: { start: 17, end: 23, actor: 'RUS', name: 'Russia' },
    };
    writer.write({ article: { id: `geneva-${i}`, text, published: '2025-02-14' }, actors: [], mentions: [], quotes: [], events: [event], stances: [] });
  }
  store.close();
}

function entente(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args, '--db', db], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('a result cut by --limit says so on stderr, with how to go on; a whole one says nothing', () => {
  const events = entente(['events', '--limit', '2', '--format', 'jsonl']);
  assert.equal(events.code, 0, events.stderr);
  const rows = events.stdout.trim().split('\n').map((l) => JSON.parse(l) as { rowid: number });
  assert.equal(rows.length, 2);
  assert.equal(events.stderr.trim(), `entente: the first 2 events shown, more match (raise --limit; continue with --after ${rows[1]!.rowid})`);
  const articles = entente(['articles', '--limit', '1', '--format', 'csv']);
  assert.equal(articles.stdout.trim().split('\n').length, 2);
  assert.match(articles.stderr, /^entente: the first 1 articles shown, more match \(raise --limit\)$/m);
  const whole = entente(['events', '--limit', '3', '--format', 'jsonl']);
  assert.equal(whole.stdout.trim().split('\n').length, 3);
  assert.equal(whole.stderr, '');
});

test('a reader that closes the pipe early ends the command quietly', async () => {
  const child = spawn(process.execPath, [cli, 'events', '--db', bigDb, '--limit', '5000', '--format', 'jsonl'], { cwd: root });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error|at /);
});
