// A run that stores nothing (every input failed) leaves no empty store behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../src/cli/ingest.ts';

test('every input failing creates no store; a store that existed stays', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-empty-'));
  const quiet = process.stderr.write;
  try {
    process.stderr.write = () => true;
    const db = join(dir, 'news.db');
    const bad = join(dir, 'bad.xml');
    writeFileSync(bad, '<rss><channel><item><title>x</title></item>');
    const run = await runIngest([bad, join(dir, 'absent.txt')], { db, jobs: 1, quiet: true });
    assert.equal(run.code, 1);
    assert.equal(existsSync(db), false);
    assert.deepEqual(readdirSync(dir), ['bad.xml']);
    const good = join(dir, 'note.txt');
    writeFileSync(good, 'Norway and Chile signed a trade accord on Monday in Oslo.\n');
    assert.equal((await runIngest([good], { db, jobs: 1, quiet: true })).counts.stored, 1);
    await runIngest([bad], { db, jobs: 1, quiet: true });
    assert.equal(existsSync(db), true);
  } finally {
    process.stderr.write = quiet;
    rmSync(dir, { recursive: true, force: true });
  }
});
