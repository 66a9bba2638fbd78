// Workers started by bin/entente.js before the command line has loaded: started only for
// `ingest` runs that will want them, adopted only when they loaded the dictionaries the
// run asks for, and never holding a process open (test/cli/smoke.test.ts runs the process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import os from 'node:os';
import { budgetHint, jobsHint, prestart, takePrestarted, usesBundledDictionaries } from '../../src/workers/prestart.ts';
import { createAnalyzer } from '../../src/workers/pool.ts';

const root = new URL('../..', import.meta.url).pathname;

test('the --jobs hint reads the forms commander accepts, the last one winning', () => {
  assert.equal(jobsHint(['ingest', 'x.jsonl']), os.availableParallelism());
  assert.equal(jobsHint(['ingest', 'x.jsonl', '--jobs', '3']), 3);
  assert.equal(jobsHint(['ingest', '--jobs=4', 'x.jsonl']), 4);
  assert.equal(jobsHint(['ingest', '-j', '2', 'x.jsonl', '-j5']), 5);
  assert.equal(jobsHint(['ingest', '--jobs', 'two']), 1);
  assert.equal(jobsHint(['ingest', '--', '--jobs', '3']), os.availableParallelism());
});

test('the --article-timeout hint: on unless set to 0', () => {
  assert.equal(budgetHint(['ingest', 'x.jsonl']), true);
  assert.equal(budgetHint(['ingest', 'x.jsonl', '--article-timeout', '0']), false);
  assert.equal(budgetHint(['ingest', '--article-timeout=0', 'x.jsonl', '--article-timeout', '5']), true);
  assert.equal(budgetHint(['ingest', '--', '--article-timeout', '0']), true);
});

test('workers are prestarted only for ingest runs that analyse off the calling thread, with the bundled dictionaries', async () => {
  assert.equal(prestart(['analyze', 'x.txt', '--jobs', '2']), 0);
  assert.equal(prestart(['ingest', 'x.jsonl', '--jobs', '1', '--article-timeout', '0']), 0);
  assert.equal(prestart(['ingest', 'x.jsonl', '--jobs', '2', '--help']), 0);
  assert.equal(prestart(['ingest', 'x.jsonl', '--jobs', '2', '--actors', 'mine.txt']), 0);
  assert.equal(prestart(['ingest', 'x.jsonl', '--jobs', '2', '--verbs=mine.txt']), 0);
  assert.deepEqual(await takePrestarted(), []);
  assert.equal(usesBundledDictionaries({ actors: undefined, agents: [], verbs: undefined }), true);
  assert.equal(usesBundledDictionaries({ actors: ['mine.txt'] }), false);
  assert.equal(usesBundledDictionaries({ builtinVerbs: false }), false);

  assert.equal(prestart(['ingest', 'x.jsonl', '-j3', '--article-timeout', '0']), 2);
  const started = await takePrestarted();
  assert.equal(started.length, 2);
  await Promise.all(started.map((s) => s.worker.terminate()));
  // With the time budget (the default) the workers do all the analysis: one even for --jobs 1.
  assert.equal(prestart(['ingest', 'x.jsonl', '--jobs', '1']), 1);
  const budgeted = await takePrestarted();
  assert.equal(budgeted.length, 1);
  await Promise.all(budgeted.map((s) => s.worker.terminate()));
});

test('a prestarted worker is not used by a run with dictionaries of its own', async () => {
  // The hint said bundled dictionaries; the run asks for another actor dictionary: every
  // article must be analysed with it, whichever thread takes it.
  assert.equal(prestart(['ingest', 'x.jsonl', '--jobs', '2', '--article-timeout', '0']), 1);
  const pool = await createAnalyzer(2, { actors: [join(root, 'test/fixtures/events/fictional.actors.txt')] });
  try {
    const text = 'Osgiliath welcomed the resumption of diplomatic ties with Mordor, Rohan and Gondor.';
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => pool.analyze({ id: `a${i}`, text: `${text} (${i})` })));
    for (const r of results) {
      assert.deepEqual(
        r.analysis.mentions.map((m) => m.actor).sort(),
        ['GON', 'MOR', 'OSG', 'ROH'],
      );
    }
  } finally {
    await pool.close();
  }
});
