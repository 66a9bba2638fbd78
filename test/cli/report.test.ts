import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entente } from './helpers.ts';

const root = new URL('../..', import.meta.url).pathname;
const cli = (args: string[]) => entente(args);

test('report summarises a store built from sample articles', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-report-'));
  try {
    // The sample articles about Iraq and the US (the Soleimani strike and its aftermath).
    const lines = readFileSync(join(root, 'samples/sample.jsonl'), 'utf8').trim().split('\n').filter((l) => /Iraq/.test(l) && /United States|U\.S\./.test(l));
    assert.ok(lines.length >= 3);
    writeFileSync(join(dir, 'in.jsonl'), lines.join('\n') + '\n');
    const db = join(dir, 'r.db');
    assert.equal((await cli(['ingest', join(dir, 'in.jsonl'), '--db', db, '--quiet', '--jobs', '1', '--article-timeout', '0'])).code, 0);
    const r = await cli(['report', '--db', db, '--format', 'json', '--a', 'USA', '--b', 'IRQ']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.store.articles, lines.length);
    const ids = report.actors.map((a: { id: string }) => a.id);
    assert.ok(ids.some((id: string) => id.startsWith('USA')), ids.join(' '));
    assert.ok(ids.some((id: string) => id.startsWith('IRQ')), ids.join(' '));
    assert.ok(report.event_types.length > 0);
    assert.ok(report.cohesion.windows.length > 0);
    const text = await cli(['report', '--db', db, '--a', 'USA', '--b', 'IRQ', '--by', 'month']);
    assert.equal(text.code, 0);
    for (const title of ['Most mentioned actors', 'Who said what', 'What actors did', 'Who did what to whom', 'Cohesion United States']) {
      assert.match(text.stdout, new RegExp(`== ${title}`));
    }
    assert.match(text.stdout, /2020-01 /);
    assert.equal((await cli(['report', '--db', join(dir, 'missing.db')])).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
