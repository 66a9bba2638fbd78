// The hostile-input suite (issue 20): one small generated case per class of input that once
// killed, stalled or tricked the engine. Each asserts the one-line reason naming the item,
// and that the good items around it are read. Time and memory are bounded by the harness
// (a worker thread with a small heap, the test runner's timeout), not asserted on a clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { maxNestingDepth, maxWordChars } from '../../src/ingest/limits.ts';
import { collect } from '../ingest/helpers.ts';
import { entente } from '../cli/helpers.ts';
import { loadedSyntax, shareSyntax } from '../../src/nlp/syntax.ts';
import { sharedDictionaries } from '../../src/context.ts';
import { bundledContext } from '../context.ts';
import { builtWorkerEntry } from '../../src/workers/entry.ts';
import type { WorkerData } from '../../src/workers/prestart.ts';
import type { WorkReply, WorkRequest } from '../../src/workers/analyze-worker.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-hostile-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

// The busy-store test's ingest analyses on this thread, so the file loads the bundled context
// in any case: loaded first, it is lent to the workers the budget and heap tests start
// (src/workers/pool.ts startNew: the syntax model and the dictionaries), which then read no
// model or dictionary file of their own.
bundledContext();

const good = (id: string) => JSON.stringify({ id, text: `Russia accused Ukraine of shelling the plant near Enerhodar (${id}).` });

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** origin -> 'article' or the problem's reason, in input order */
async function outcomes(inputs: string[]): Promise<[string, string][]> {
  const { articles, problems } = await collect(inputs);
  const all = [...articles.map((a) => [a.origin, 'article'] as [string, string]), ...problems.map((p) => [p.origin, p.reason] as [string, string])];
  return all.sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }));
}

test('JSON Lines: a NUL byte or invalid JSON is one bad line, the first line included', async () => {
  const nul = file('nul.jsonl', `${good('n1')}\n{"id":"n2","text":"a NUL \u0000 here"}\n${good('n3')}\n`);
  const first = file('first.jsonl', `{"id":"f1","text":"cut short\n${good('f2')}\n${good('f3')}\n`);
  assert.deepEqual(
    (await outcomes([nul, first])).map(([o, r]) => [o.slice(dir.length + 1), r.replace(/ \(.*/, '')]),
    [
      ['first.jsonl:1', 'invalid JSON'],
      ['first.jsonl:2', 'article'],
      ['first.jsonl:3', 'article'],
      ['nul.jsonl:1', 'article'],
      ['nul.jsonl:2', 'invalid JSON'],
      ['nul.jsonl:3', 'article'],
    ],
  );
});

test('a word longer than the limit skips its article only', async () => {
  const long = file('long.jsonl', [good('w1'), JSON.stringify({ id: 'w2', text: `It said ${'x'.repeat(maxWordChars * 5)} today.` }), good('w3')].join('\n'));
  const out = await outcomes([long]);
  assert.deepEqual(out.map(([, r]) => r), ['article', `a word of ${maxWordChars * 5} characters (longest read: ${maxWordChars}); not prose`, 'article']);
});

test('HTML nested deeper than the limit is refused before Readability; a normal page beside it is read', async () => {
  const paragraph = '<p>Iranian and American negotiators resumed indirect talks in Muscat on Sunday, the foreign ministry of Oman said in a statement.</p>';
  const page = (inner: string) => `<!doctype html><html><head><title>Talks</title></head><body>${inner}</body></html>`;
  const deep = file('deep.html', page(`${'<div>'.repeat(50_000)}${paragraph.repeat(3)}${'</div>'.repeat(50_000)}`));
  const shallow = file('shallow.html', page(`<article>${paragraph.repeat(3)}</article>`));
  const justDeep = file('just-deep.html', page(`${'<div>'.repeat(maxNestingDepth + 5)}${paragraph.repeat(3)}${'</div>'.repeat(maxNestingDepth + 5)}`));
  const out = await outcomes([deep, shallow, justDeep]);
  const reason = `elements nested more than ${maxNestingDepth} deep (not read: Readability's time grows faster than the square of the depth)`;
  assert.deepEqual(out.map(([, r]) => r), [reason, reason, 'article']);
});

test('a feed whose prolog is longer than 4 KiB is still a feed; an oversized entity is refused in one line', async () => {
  const items = '<item><title>One</title><description>Russia accused Ukraine of shelling the plant.</description></item>'.repeat(2);
  const commented = file('commented.xml', `<?xml version="1.0"?>\n<!-- ${'licence text '.repeat(1000)} -->\n<rss version="2.0"><channel><title>W</title>${items}</channel></rss>`);
  const entity = file('entity.xml', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "${'a'.repeat(60_000)}">]><rss version="2.0"><channel><title>W</title>${items.replace('plant.', 'plant &x;.')}</channel></rss>`);
  const out = await outcomes([commented, entity]);
  assert.deepEqual(out.map(([o]) => o.slice(dir.length + 1)), ['commented.xml#item1', 'commented.xml#item2', 'entity.xml']);
  assert.deepEqual(out.slice(0, 2).map(([, r]) => r), ['article', 'article']);
  assert.match(out[2]![1], /^not well-formed XML: Entity "x" size \(60000\) exceeds/);
});

test('a feed cut short or garbled keeps every complete item before the damage, and names the damage in one line', async () => {
  const item = (i: number) => `<item><title>Story ${i}</title><description>Russia accused Ukraine of shelling the plant (story ${i}).</description></item>\n`;
  const whole = `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>W</title>\n${[1, 2, 3, 4, 5].map(item).join('')}</channel></rss>\n`;
  const cut = file('cut.xml', whole.slice(0, whole.indexOf('(story 4)')));
  const garbled = file('garbled.xml', whole.replace('<title>Story 4</title>', '<title a="x>Story 4</title>'));
  const out = (await outcomes([cut, garbled])).map(([o, r]) => [o.slice(dir.length + 1), r]);
  assert.deepEqual(out.map(([o]) => o), ['cut.xml#item1', 'cut.xml#item2', 'cut.xml#item3', 'cut.xml#item4', 'garbled.xml#item1', 'garbled.xml#item2', 'garbled.xml#item3', 'garbled.xml#item4']);
  assert.deepEqual(out.filter(([, r]) => r === 'article').length, 6);
  assert.match(out[3]![1]!, /^not well-formed XML at line \d+: unexpected end of file, .* \(the 3 items before it were read\)$/);
  assert.match(out[7]![1]!, /^not well-formed XML at line 6: .* \(the 3 items before it were read\)$/);
});

test('a directory: a FIFO and a symbolic link are skipped with a line each, never opened; the files beside them are read', { timeout: 60_000 }, async () => {
  const folder = join(dir, 'special');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.jsonl'), good('d1'));
  const fifo = spawnSync('mkfifo', [join(folder, 'b-pipe')]);
  symlinkSync(join(folder, 'a.jsonl'), join(folder, 'c-link.jsonl'));
  writeFileSync(join(folder, 'd.jsonl'), good('d4'));
  const out = (await outcomes([folder])).map(([o, r]) => [o.slice(folder.length + 1), r]);
  assert.deepEqual(out, [
    ['a.jsonl:1', 'article'],
    ...(fifo.status === 0 ? [['b-pipe', 'not a regular file: a FIFO (a named pipe may never end)']] : []),
    ['c-link.jsonl', 'not a regular file: a symbolic link (not followed in a directory)'],
    ['d.jsonl:1', 'article'],
  ]);
});

test('texts that are not articles: an empty JSON array, no letters at all; lone surrogates are repaired in place', async () => {
  const empty = file('empty.json', '[]');
  const signs = file('signs.jsonl', [JSON.stringify({ text: '\u{1F600} \u{1F44D} "" !!! 2024' }), good('s2')].join('\n'));
  const lone = file('lone.jsonl', '{"id":"lone","text":"Russia \\ud800accused Ukraine of shelling the plant \\udc00today."}\n');
  const { articles, problems } = await collect([empty, signs, lone]);
  assert.deepEqual(problems.map((p) => [p.origin.slice(dir.length + 1), p.reason]), [
    ['empty.json', 'an empty JSON array (no articles)'],
    ['signs.jsonl:1', 'no letters in the text (not an article)'],
  ]);
  assert.deepEqual(articles.map((a) => a.article.id), ['s2', 'lone']);
  const text = articles[1]!.article.text;
  assert.equal(text, 'Russia \uFFFDaccused Ukraine of shelling the plant \uFFFDtoday.');
});

test('a long run of capitalised words is analysed in linear memory (a 256 MB heap holds 20,000 of them)', { timeout: 300_000 }, async () => {
  // Every suffix of the run used to be remembered as a name: 20,000 words took ~1 GB.
  // The analysis worker of the compiled build (the pool's), its heap capped: one that outgrows
  // it is stopped (ERR_WORKER_OUT_OF_MEMORY), and this thread's syntax model and dictionaries
  // are lent to it as the pool lends them, so that the worker reads no model or dictionary file.
  const script = (await builtWorkerEntry()) ?? new URL('../../src/workers/bootstrap.mjs', import.meta.url);
  const syntax = loadedSyntax();
  const workerData: WorkerData = {
    options: {},
    progress: new Int32Array(new SharedArrayBuffer(8)),
    syntax: syntax && shareSyntax(syntax),
    dictionaries: sharedDictionaries(),
  };
  const worker = new Worker(script, { workerData, resourceLimits: { maxOldGenerationSizeMb: 256 } });
  try {
    const text = 'Word '.repeat(20000);
    worker.postMessage({ seq: 0, article: { id: 'words', text } } satisfies WorkRequest);
    const reply = await new Promise<WorkReply>((resolve, reject) => {
      worker.on('message', (m: WorkReply) => m.seq === 0 && resolve(m));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the worker exited (${code}) before answering`)));
    });
    assert.equal(reply.error, undefined);
    assert.ok(reply.analysis!.mentions.length >= 0);
  } finally {
    await worker.terminate();
  }
});

test('ingest: an article over the time budget is skipped with a line naming it; the articles after it are stored, in order', { timeout: 300_000 }, async () => {
  // ~200,000 words: seconds of analysis on any machine, against a budget of half a second
  // (what is spent on it is spent for nothing); its neighbours take milliseconds, a fresh
  // worker's first article tens of them. The budget counts the worker thread's processor time
  // (src/workers/pool.ts), so a busy machine does not make them late.
  const slow = JSON.stringify({ id: 'slow', text: 'The minister said that talks would resume. '.repeat(25_000) });
  const input = file('budget.jsonl', [good('b1'), slow, good('b3'), good('b4')].join('\n') + '\n');
  const db = join(dir, 'budget.db');
  const r = await entente(['ingest', input, '--db', db, '--jobs', '1', '--article-timeout', '0.5']);
  assert.equal(r.code, 0, r.stderr);
  const skips = r.stderr.split('\n').filter((l) => l.startsWith('skip '));
  assert.deepEqual(skips, [`skip ${input}:2: analysis failed: took longer than 0.5 s (the --article-timeout budget)`]);
  const store = new Database(db, { readonly: true });
  try {
    assert.deepEqual(store.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all(), ['b1', 'b3', 'b4']);
  } finally {
    store.close();
  }
});

test('ingest: a store another connection holds longer than the busy timeout is written once it is free; nothing is lost', { timeout: 300_000 }, async () => {
  const db = join(dir, 'held.db');
  const cli = ['ingest', '--db', db, '--jobs', '1', '--article-timeout', '0', '--quiet'];
  const first = await entente([...cli, file('held-1.jsonl', good('h1'))]);
  assert.equal(first.code, 0, first.stderr);
  // Another writer, on a thread of its own, holds the store for 8 s: more than SQLite's 5 s
  // busy timeout, which the ingest below waits out on this thread.
  const holder = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
    const db = new (require(workerData.sqlite))(workerData.db);
    db.exec('BEGIN IMMEDIATE');
    parentPort.postMessage('held');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, 8000);`,
    { eval: true, workerData: { db, sqlite: createRequire(import.meta.url).resolve('better-sqlite3') } },
  );
  const exited = once(holder, 'exit');
  await once(holder, 'message');
  const input = file('held-2.jsonl', [good('h2'), good('h3'), good('h4')].join('\n'));
  const r = await entente([...cli, input]);
  assert.equal(await exited.then(([code]) => code), 0);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const store = new Database(db, { readonly: true });
  try {
    assert.deepEqual(store.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all(), ['h1', 'h2', 'h3', 'h4']);
  } finally {
    store.close();
  }
});
