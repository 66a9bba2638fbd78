// entente analyze's event options: --no-builtin-verbs with a --verbs file codes with that file
// alone (PETRARCH's validation setup), --discards drops sentences, --min-confidence filters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entente } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-cli-events-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const article = join(dir, 'a.jsonl');
writeFileSync(article, JSON.stringify({ id: 'a', published: '2024-03-15', text: 'France condemned Russia on Tuesday. Germany praised Poland at the football match on Wednesday.' }) + '\n');

type Out = { events: { cameo: string; source: { actor: string }; target: { actor: string } | null; confidence: number }[] };

async function analyze(...args: string[]): Promise<{ out: Out | undefined; stderr: string; status: number }> {
  const r = await entente(['analyze', article, '--format', 'jsonl', '--article-timeout', '0', ...args]);
  return { out: r.stdout.trim() ? (JSON.parse(r.stdout.trim().split('\n')[0]!) as Out) : undefined, stderr: r.stderr, status: r.code };
}

test('--verbs FILE --no-builtin-verbs codes with that file only; --discards drops the sentences it names', async () => {
  const verbs = join(dir, 'verbs.txt');
  // a PETRARCH verb dictionary whose one verb codes "condemn" as 9xx, a code CAMEO.2.0 does not have
  writeFileSync(verbs, '--- CONDEMN   [999]  ---\nCONDEMN {CONDEMNS CONDEMNED CONDEMNING}\n\n--- PRAISE   [051]  ---\nPRAISE {PRAISES PRAISED PRAISING}\n');
  const own = await analyze('--verbs', verbs, '--no-builtin-verbs');
  assert.equal(own.status, 0, own.stderr);
  assert.deepEqual(own.out!.events.map((e) => [e.source.actor, e.cameo, e.target?.actor]), [['FRA', '999', 'RUS'], ['DEU', '051', 'POL']]);
  const discards = join(dir, 'discards.txt');
  writeFileSync(discards, '# sentence-level\nFOOTBALL MATCH\n');
  const kept = await analyze('--verbs', verbs, '--no-builtin-verbs', '--discards', discards);
  assert.deepEqual(kept.out!.events.map((e) => e.cameo), ['999']);
});

test('--min-confidence keeps the events at or above it; a value outside 0..1 is refused in one line', async () => {
  const all = await analyze();
  assert.ok(all.out!.events.length > 0, all.stderr);
  const top = Math.max(...all.out!.events.map((e) => e.confidence));
  const kept = await analyze('--min-confidence', String(top));
  assert.deepEqual(kept.out!.events.map((e) => e.confidence), all.out!.events.filter((e) => e.confidence >= top).map((e) => e.confidence));
  const bad = await analyze('--min-confidence', '1.5');
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /--min-confidence.*expected a number from 0 to 1, got "1\.5"/);
  assert.equal(bad.stderr.trim().split('\n')[0]!.includes('at '), false);
});
