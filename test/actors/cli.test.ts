// The actors stage through the real CLI: `entente analyze` output whose mention spans
// slice to their text, and `entente actors` over a store that `entente ingest` filled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures } from './helpers.ts';
import { entente } from '../cli/helpers.ts';

const input = join(fixtures, 'two-articles.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'entente-cli-actors-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

type Output = { id: string; text: string; actors: { id: string; kind: string; name?: string; country?: string; role?: string }[]; mentions: { start: number; end: number; text: string; actor: string }[] };

test('entente analyze prints actors and mentions whose spans slice to their text', async () => {
  const r = await entente(['analyze', input, '--format', 'jsonl', '--article-timeout', '0']);
  assert.equal(r.code, 0, r.stderr);
  const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Output);
  assert.equal(records.length, 2);
  for (const rec of records) {
    assert.ok(rec.mentions.length > 3, `${rec.id} has mentions`);
    for (const m of rec.mentions) assert.equal(rec.text.slice(m.start, m.end), m.text);
    const ids = new Set(rec.actors.map((a) => a.id));
    for (const m of rec.mentions) assert.ok(ids.has(m.actor), `${m.actor} is among the actors of ${rec.id}`);
  }
  const first = records[0]!.mentions.map((m) => `${m.text} => ${m.actor}`);
  assert.ok(first.includes('Mr. Macron => person:emmanuel-macron'), first.join('; '));
  assert.ok(first.includes('he => person:emmanuel-macron'), first.join('; '));
  // the person acts for France's government, as the dictionaries date him
  assert.deepEqual(records[0]!.actors.find((a) => a.id === 'person:emmanuel-macron'), { id: 'person:emmanuel-macron', name: 'Emmanuel Macron', kind: 'person', country: 'FRA', role: 'GOV' });
});

test('entente actors lists stored actors by mention count, with examples, as JSON and CSV', async () => {
  const db = join(dir, 'actors.db');
  const ingest = await entente(['ingest', input, '--db', db, '--jobs', '1', '--article-timeout', '0']);
  assert.equal(ingest.code, 0, ingest.stderr);
  const json = await entente(['actors', '--db', db, '--top', '3', '--format', 'json']);
  assert.equal(json.code, 0, json.stderr);
  const rows = JSON.parse(json.stdout) as { id: string; mentions: number; examples: string[] }[];
  assert.equal(rows.length, 3);
  assert.equal(rows[0]!.id, 'RUSGOV');
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1]!.mentions >= rows[i]!.mentions, 'ranked by mentions');
  assert.ok(rows[0]!.examples.includes('the Kremlin’s spokesman') || rows[0]!.examples.includes('Moscow'), rows[0]!.examples.join('; '));
  const since = JSON.parse((await entente(['actors', '--db', db, '--since', '2022-03-02', '--format', 'json'])).stdout) as { id: string }[];
  assert.ok(!since.some((r) => r.id === 'FRAGOV'), 'France appears only in the article of March 1');
  const csv = await entente(['actors', '--db', db, '--top', '1', '--format', 'csv']);
  assert.match(csv.stdout.split('\n')[0]!, /^id,name,kind,country,role,mentions,articles,examples$/);
  const missing = await entente(['actors', '--db', join(dir, 'none.db')]);
  assert.equal(missing.code, 2);
});
