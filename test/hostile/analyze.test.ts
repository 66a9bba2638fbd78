// The hostile-input suite, analyze part (issue 20): `entente analyze` has the same time
// budget per article as ingest. Time is bounded by the budget and the test runner's
// timeout, not asserted on a clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entente } from '../cli/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-hostile-analyze-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const good = (id: string) => JSON.stringify({ id, text: `Russia accused Ukraine of shelling the plant near Enerhodar (${id}).` });

test('analyze: an article over the time budget is skipped with a line naming it; the others are printed, in order', { timeout: 300_000 }, async () => {
  // ~200,000 words: seconds of analysis on any machine, against a budget of half a second
  // (what is spent on it is spent for nothing); its neighbours take milliseconds, a fresh
  // worker's first article tens of them. The budget counts the worker thread's processor time
  // (src/workers/pool.ts), so a busy machine does not make them late.
  const slow = JSON.stringify({ id: 'slow', text: 'The minister said that talks would resume. '.repeat(25_000) });
  const input = join(dir, 'budget.jsonl');
  writeFileSync(input, [good('b1'), slow, good('b3'), '{"id": "b4", "text": cut', good('b5')].join('\n') + '\n');
  const r = await entente(['analyze', input, '--article-timeout', '0.5']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.stderr.split('\n').filter((l) => l.startsWith('skip ')).map((l) => l.replace(/ \(Unexpected.*/, '')), [
    `skip ${input}:2: analysis failed: took longer than 0.5 s (the --article-timeout budget)`,
    `skip ${input}:4: invalid JSON`,
  ]);
  const printed = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; events: unknown[] });
  assert.deepEqual(printed.map((a) => a.id), ['b1', 'b3', 'b5']);
  assert.ok(printed.every((a) => a.events.length > 0));
});
