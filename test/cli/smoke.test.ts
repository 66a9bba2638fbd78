// The command as a shell runs it: the few behaviours only a real process shows. Everything
// else the command line does is tested in this process (test/cli/helpers.ts).
// 1. bin/entente.js, the installed command: `serve` says where it listens and exits 0 on
//    SIGTERM; a reader closing the pipe ends `events` quietly; an ingest that fails before
//    its prestarted workers are taken on still exits by itself.
// 2. ingest --jobs 2 (worker threads) stores exactly what --jobs 1 stores.
// 3. an ingest from a pipe left open stores what it was given without waiting for more; kill -9
//    in the middle of an ingest leaves a consistent store, which the same command completes.
// Each waits on what the process says or does (its output, its exit, the store changing),
// never on a clock; the test runner's timeout bounds a process that hangs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { finishArticle } from '../../src/ingest/index.ts';
import type { Article } from '../../src/model.ts';
import { samplePath } from '../sample-store.ts';
import { articleCount, entente, storeOfEvents } from './helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/entente.js');
const dir = mkdtempSync(join(tmpdir(), 'entente-smoke-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** `entente ARGS` as a child process; its output collected as it comes. */
function start(args: string[], stdin: 'ignore' | 'pipe' = 'ignore') {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: [stdin, 'pipe', 'pipe'] }) as ChildProcessByStdio<Writable | null, Readable, Readable>;
  const out = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out.stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out.stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, out, exited };
}

test('bin/entente.js: serve answers and stops on SIGTERM, a closed pipe ends a list quietly, a failed ingest exits with its prestarted workers', { timeout: 600_000 }, async () => {
  // serve --port 0 prints its address, answers the API, and exits 0 on SIGTERM.
  const served = join(dir, 'served.db');
  const db = openStore(served);
  const article = finishArticle({ id: 'test:one', title: 'Talks resume', text: 'Iran and the United States resumed talks in Oman on Sunday.' }) as Article;
  createWriter(db).write({ article, actors: [], mentions: [], quotes: [], events: [], stances: [] });
  db.close();
  const serve = start(['serve', '--db', served, '--port', '0']);
  const url = await new Promise<string>((resolve, reject) => {
    serve.child.stderr.on('data', () => {
      const m = /serving .* at (http:\/\/127\.0\.0\.1:\d+)\//.exec(serve.out.stderr);
      if (m) resolve(m[1]!);
    });
    void serve.exited.then((code) => reject(new Error(`exited ${code} before listening: ${serve.out.stderr}`)));
  });
  const res = await fetch(`${url}/api/articles`);
  assert.equal(res.status, 200);
  assert.deepEqual((await res.json()).items.map((a: { id: string }) => a.id), ['test:one']);
  serve.child.kill('SIGTERM');
  assert.equal(await serve.exited, 0);

  // A reader that closes the pipe early (`entente events | head -1`) ends the command quietly.
  const big = join(dir, 'big.db');
  // enough rows to overflow a pipe's buffer: 500 events are ~280 KB of JSON Lines, four times
  // a Linux pipe's 64 KiB (2,000 took 1.6 s of this process's time to write)
  storeOfEvents(big, 500);
  const events = start(['events', '--db', big, '--limit', '5000', '--format', 'jsonl']);
  events.child.stdout.once('data', () => events.child.stdout.destroy());
  assert.equal(await events.exited, 0, events.out.stderr);
  assert.doesNotMatch(events.out.stderr, /EPIPE|Error|at /);

  // An ingest that fails before its prestarted workers are taken on still exits: the
  // workers hold no process open (if they did, this would wait until the runner's timeout).
  const failed = start(['ingest', '--jobs', '2', join(root, 'no-such-dir', 'x.jsonl'), '--db', '/nonexistent-dir/x.db']);
  const code = await failed.exited;
  assert.notEqual(code, null, 'the process had to be killed');
  assert.notEqual(code, 0);
  assert.match(failed.out.stderr, /entente:/);
});

/** Every stored row of every table, without ingestion timestamps, in a stable order. */
function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  const out: Record<string, unknown[]> = {};
  for (const table of ['articles', 'actors', 'mentions', 'quotes', 'events', 'stances']) {
    const rows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
    out[table] = rows
      .map((r) => {
        const { ingested_at: _t, ...rest } = r;
        return JSON.stringify(rest);
      })
      .sort();
  }
  db.close();
  return out;
}

test('ingest --jobs 2 stores exactly what --jobs 1 stores, near-duplicates included', { timeout: 600_000 }, async () => {
  // Twelve sample articles, 130 short ones between them, then syndicated copies of the first
  // six: more than a worker's 128 articles in hand, so both workers analyse, the originals
  // on one and their copies on the other (the near-duplicate links cross threads). The
  // twelve are the first of 1,000 to 2,000 characters (the first twelve of any length held
  // twice as much text, each analysed twice here); the analyses themselves are compared on
  // longer sample articles in test/workers/pool.test.ts.
  const sample = readFileSync(samplePath, 'utf8')
    .trim()
    .split('\n')
    .filter((l) => {
      const length = (JSON.parse(l) as { text: string }).text.length;
      return length >= 1000 && length <= 2000;
    })
    .slice(0, 12);
  const copies = sample.slice(0, 6).map((l) => {
    const a = JSON.parse(l);
    return JSON.stringify({ title: a.title, text: `${a.text}\n\nThe post ${a.title} appeared first on Example Wire.` });
  });
  const short = distinctArticles(130).map((text, i) => JSON.stringify({ id: `short-${i}`, text }));
  const lines = [...sample.slice(0, 6), ...short, ...sample.slice(6), ...copies];
  const input = join(dir, 'jobs.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
  const oneDb = join(dir, 'jobs-1.db');
  const one = await entente(['ingest', input, '--db', oneDb, '--jobs', '1', '--article-timeout', '0', '--quiet']);
  assert.equal(one.code, 0, one.stderr);
  const two = start(['ingest', input, '--db', join(dir, 'jobs-2.db'), '--jobs', '2', '--quiet']);
  assert.equal(await two.exited, 0, two.out.stderr);
  const stored = dump(oneDb);
  assert.equal(stored.articles!.length, lines.length);
  assert.equal(stored.articles!.filter((r) => JSON.parse(r as string).duplicate_of !== null).length, copies.length);
  assert.deepEqual(dump(join(dir, 'jobs-2.db')), stored);
});

/** `n` short articles of distinct words (no two near-duplicates), from a fixed seed. */
function distinctArticles(n: number): string[] {
  const words = (
    'minister talks border trade council election ceasefire envoy summit treaty protest court budget harbour ' +
    'pipeline drought vaccine tariff refugee parliament strike reactor satellite bank currency grain railway ' +
    'embassy frontier census verdict coalition militia airport bridge festival museum cabinet senate'
  ).split(' ');
  let x = 2463534242;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % words.length;
  };
  return Array.from({ length: n }, (_, i) => {
    const picked = Array.from({ length: 12 }, () => words[next()]).join(' ');
    return `The ${picked} were discussed in the capital on day ${i}.`;
  });
}

/** How long a change to the store waits before it is counted, so that the writes of one commit are counted once. */
const countAfterMs = 50;

/**
 * Settles once the store at `db` holds at least n articles; fails if the run ends first. The
 * store is counted when its file or its write-ahead log has changed (counting at every change
 * opened it thousands of times while a commit was written, seconds of processor time).
 */
function storedAtLeast(db: string, n: number, run: ReturnType<typeof start>, context: string): Promise<void> {
  const name = basename(db);
  return new Promise<void>((resolve, reject) => {
    let pending = false;
    const count = () => {
      pending = false;
      try {
        if (articleCount(db) >= n) {
          watcher.close();
          resolve();
        }
      } catch {
        // the store is being created
      }
    };
    const watcher = watch(dir, (_event, changed) => {
      if (pending || (changed !== name && changed !== `${name}-wal`)) return;
      pending = true;
      setTimeout(count, countAfterMs);
    });
    void run.exited.then((code) => {
      watcher.close();
      reject(new Error(`the ingest ended (${code}) ${context}: ${run.out.stderr}`));
    });
  });
}

test('a slow input that stays open has its articles stored without waiting for more; kill -9 in the middle of an ingest then leaves a consistent store, which the same command completes without duplicates', { timeout: 600_000 }, async (t) => {
  // One process for both (each costs a process that loads the dictionaries). First the slow
  // input ("tail -f feed | entente ingest -"): eight articles, more than the reader's JSON
  // Lines probe (5) takes before it streams, far fewer than the 1,024 articles ingest keeps
  // in flight, are stored while the pipe stays open. Then 300 stories, each twice under two
  // ids, but for the last line: the process is killed once it has committed some of them,
  // while it analyses the rest. The last line is never written, so the run can neither end
  // nor store everything before it is killed, however fast the machine.
  const texts = distinctArticles(308);
  const slow = texts.slice(0, 8).map((text, i) => JSON.stringify({ id: `slow-${i}`, text }));
  const stories = texts.slice(8);
  const copies = [0, 1].flatMap((k) => stories.map((text, i) => JSON.stringify({ id: `copy${k}-${i}`, text })));
  const lines = [...slow, ...copies];
  const input = join(dir, 'many.jsonl');
  writeFileSync(input, lines.join('\n') + '\n');
  const db = join(dir, 'killed.db');

  const run = start(['ingest', '-', '--db', db, '--jobs', '1', '--article-timeout', '0', '--quiet'], 'pipe');
  // a run that never stores them fails the test at its timeout, and is stopped with it
  t.signal.addEventListener('abort', () => run.child.kill('SIGKILL'));
  const slowStored = storedAtLeast(db, slow.length, run, 'with its input still open');
  run.child.stdin!.write(slow.join('\n') + '\n');
  await slowStored;
  assert.equal(articleCount(db), slow.length);

  const committed = storedAtLeast(db, slow.length + 1, run, 'before it was killed');
  run.child.stdin!.write(copies.slice(0, -1).join('\n') + '\n');
  await committed;
  run.child.kill('SIGKILL');
  await run.exited;
  const afterKill = articleCount(db);
  assert.ok(afterKill > slow.length && afterKill < lines.length, `killed after ${afterKill} of ${lines.length}`);

  const rerun = await entente(['ingest', input, '--db', db, '--jobs', '1', '--article-timeout', '0']);
  assert.equal(rerun.code, 0, rerun.stderr);
  const store = new Database(db, { readonly: true });
  try {
    assert.equal(store.prepare('PRAGMA integrity_check').pluck().get(), 'ok');
    assert.equal(store.prepare('SELECT count(*) FROM articles').pluck().get(), lines.length);
    assert.equal(store.prepare('SELECT count(DISTINCT id) FROM articles').pluck().get(), lines.length);
    // The second copies are exact duplicates of the first: linked, not counted twice.
    assert.equal(store.prepare('SELECT count(*) FROM articles WHERE duplicate_of IS NULL').pluck().get(), texts.length);
  } finally {
    store.close();
  }
});
