// The analysis pool: results in submission order whichever thread analysed them, and no
// article lost when a worker cannot start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ArticleTimeoutError, createAnalyzer } from '../../src/workers/pool.ts';
import { loadContext, shareDictionaries } from '../../src/context.ts';
import { loadedSyntax, shareSyntax } from '../../src/nlp/syntax.ts';
import type { WorkReply, WorkRequest } from '../../src/workers/analyze-worker.ts';
import { builtWorkerEntry } from '../../src/workers/entry.ts';
import { startWorker } from '../../src/workers/prestart.ts';
import { kernelThreadId } from '../../src/workers/thread-clock.ts';
import { finishArticle } from '../../src/ingest/index.ts';
import type { Article } from '../../src/model.ts';
import { sampleAnalyses } from '../sample-store.ts';

/** one sentence each: for the tests of what happens to articles, not of what their analysis finds */
const short = Array.from({ length: 12 }, (_, i) => finishArticle({ id: `short-${i}`, text: `Russia accused Ukraine of shelling the plant near Enerhodar on day ${i}.` }) as Article);

/** Runs the articles through the pool as `ingest` does: queue all, then drain in order. */
async function analyseAll(jobs: number, articles: Article[], script?: URL) {
  const pool = await createAnalyzer(jobs, {}, { workerScript: script });
  try {
    const pending = articles.map((a) => {
      const p = { settled: false, result: pool.analyze(a) };
      p.result.then(() => (p.settled = true));
      return p;
    });
    const out = [];
    for (const p of pending) {
      while (!p.settled && pool.runOne()) await new Promise((r) => setImmediate(r));
      out.push(await p.result);
    }
    return out;
  } finally {
    await pool.close();
  }
}

test('two threads give the same analyses, in submission order, as one', async () => {
  // The one: this thread's analyses of the whole sample, one after another in one context
  // (test/sample-store.ts: those the sample store was built from); twelve of its articles
  // go to two workers.
  const one = (await sampleAnalyses()).slice(0, 12);
  const samples = one.map((a) => a.article);
  const two = await analyseAll(2, samples);
  assert.deepEqual(
    two.map((r) => r.analysis.article.id),
    samples.map((a) => a.id),
  );
  assert.deepEqual(JSON.parse(JSON.stringify(two.map((r) => r.analysis))), one);
  assert.ok(two.every((r) => r.signature instanceof Uint32Array && r.signature.length > 0));
});

test('a worker uses the actor dictionaries and event rules of the thread that started it rather than reading its own', async () => {
  // dictionaries that know a name the bundled files do not: the worker finds it only if it
  // analyses with what it was given
  const dir = mkdtempSync(join(tmpdir(), 'entente-pool-'));
  const file = join(dir, 'extra.actors.txt');
  writeFileSync(file, 'QUORVIA [QRV]\n');
  const ctx = loadContext({ actors: [file] });
  const script = (await builtWorkerEntry()) ?? new URL('../../src/workers/bootstrap.mjs', import.meta.url);
  const syntax = loadedSyntax();
  const { worker } = startWorker(script, {}, syntax && shareSyntax(syntax), shareDictionaries(ctx.actors, ctx.events));
  try {
    worker.postMessage({ seq: 0, article: { id: 'q', text: 'Quorvia accused Norway of spying on Tuesday.' } } satisfies WorkRequest);
    const reply = await new Promise<WorkReply>((resolve, reject) => {
      worker.on('message', (m: WorkReply) => m.seq === 0 && resolve(m));
      worker.once('error', reject);
    });
    assert.equal(reply.error, undefined);
    assert.ok(reply.analysis!.mentions.some((m) => m.actor === 'QRV'), JSON.stringify(reply.analysis!.mentions));
    assert.ok(reply.analysis!.events.some((e) => e.source.actor === 'QRV' && e.target?.actor === 'NOR'), JSON.stringify(reply.analysis!.events));
  } finally {
    await worker.terminate();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a worker that fails to start gives its articles back and the calling thread analyses them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-pool-'));
  const broken = join(dir, 'broken-worker.mjs');
  writeFileSync(broken, "throw new Error('cannot load the dictionaries');\n");
  const errors: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => (errors.push(String(chunk)), true)) as typeof process.stderr.write;
  try {
    const results = await analyseAll(2, short, pathToFileURL(broken));
    assert.equal(results.length, short.length);
    assert.deepEqual(
      results.map((r) => r.analysis.article.id),
      short.map((a) => a.id),
    );
    assert.ok(results.some((r) => r.analysis.mentions.length > 0));
  } finally {
    process.stderr.write = write;
    rmSync(dir, { recursive: true, force: true });
  }
  assert.ok(errors.some((e) => /worker thread failed to start \(cannot load the dictionaries\)/.test(e)), errors.join(''));
});

/**
 * A stand-in worker: answers every article with an empty analysis, and dies (or does what
 * `death` says) on the one whose text has `marker`. Like the real one, it says which
 * thread it is (src/workers/thread-clock.ts), so that its budget counts its processor time.
 */
function fakeWorker(dir: string, marker: string, death: string): URL {
  const file = join(dir, 'fake-worker.mjs');
  writeFileSync(
    file,
    `import { parentPort, workerData } from 'node:worker_threads';
import { readlinkSync } from 'node:fs';
try {
  Atomics.store(workerData.progress, 1, Number(/\\/task\\/(\\d+)$/.exec(readlinkSync('/proc/thread-self'))[1]));
} catch {}
parentPort.postMessage({ seq: -2 });
parentPort.on('message', (m) => {
  Atomics.store(workerData.progress, 0, m.seq);
  if (m.article.text.includes(${JSON.stringify(marker)})) ${death};
  parentPort.postMessage({ seq: m.seq, analysis: { actors: [], mentions: [], quotes: [], events: [], stances: [] }, signature: new Uint32Array(64) });
});
`,
  );
  return pathToFileURL(file);
}

for (const [how, death] of [
  ['throws', "throw new Error('simulated crash')"],
  ['exits', 'process.exit(3)'],
] as const) {
  test(`a worker that ${how} after it started loses one article; the calling thread analyses the rest`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-pool-'));
    const marker = 'ENTENTE-TEST-CRASH';
    const crashAt = 4;
    const articles = short.map((a, i) => (i === crashAt ? { ...a, id: `${a.id}-crash`, text: `${a.text}\n\n${marker}` } : a));
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (errors.push(String(chunk)), true)) as typeof process.stderr.write;
    const pool = await createAnalyzer(2, {}, { workerScript: fakeWorker(dir, marker, death) });
    try {
      // All are queued before any is awaited, so the worker is sent every one of them.
      const pending = articles.map((a) => {
        const p = { settled: false, result: pool.analyze(a).then((r) => r, (e: Error) => e) };
        p.result.then(() => (p.settled = true));
        return p;
      });
      const out: (Awaited<(typeof pending)[number]['result']>)[] = [];
      for (const p of pending) {
        while (!p.settled && pool.runOne()) await new Promise((r) => setImmediate(r));
        out.push(await p.result);
      }
      // Before the crash: the stand-in's empty analyses, or, when its answers were still on
      // their way as it died, the calling thread's (the pool analyses those again). The
      // crash: an error, for that article only. After it: the calling thread's analyses.
      for (const [i, r] of out.entries()) {
        if (i < crashAt) assert.ok(!(r instanceof Error) && r.analysis.article.id === articles[i]!.id, `article ${i}`);
        else if (i === crashAt) assert.ok(r instanceof Error && /simulated crash|exited with code 3/.test(r.message), `article ${i}: ${r}`);
        else assert.ok(!(r instanceof Error) && r.analysis.article.id === articles[i]!.id, `article ${i}`);
      }
      assert.ok(out.slice(crashAt + 1).some((r) => !(r instanceof Error) && r.analysis.mentions.length > 0));
    } finally {
      process.stderr.write = write;
      await pool.close();
      rmSync(dir, { recursive: true, force: true });
    }
    assert.equal(errors.filter((e) => /a worker thread stopped/.test(e)).length, 1, errors.join(''));
  });
}

test('with a time budget, an article that hangs its worker fails alone; the others are analysed, in order, by the workers', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-pool-'));
  const marker = 'ENTENTE-TEST-HANG';
  const hangAt = 3;
  const articles = short.map((a, i) => (i === hangAt ? { ...a, id: `${a.id}-hang`, text: `${a.text}\n\n${marker}` } : a));
  const pool = await createAnalyzer(1, {}, { workerScript: fakeWorker(dir, marker, 'for (;;);'), articleTimeoutMs: 300 });
  try {
    const pending = articles.map((a) => pool.analyze(a).then((r) => r, (e: Error) => e));
    // The calling thread never analyses while a worker is alive: only a worker's answer settles these.
    assert.equal(pool.runOne(), false);
    const out = await Promise.all(pending);
    for (const [i, r] of out.entries()) {
      if (i === hangAt) assert.ok(r instanceof ArticleTimeoutError && /took longer than 0.3 s/.test(r.message), `article ${i}: ${r}`);
      // the stand-in worker's empty analyses: no article went to the calling thread
      else assert.ok(!(r instanceof Error) && r.analysis.article.id === articles[i]!.id && r.analysis.mentions.length === 0, `article ${i}`);
    }
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the budget counts the processor time of the worker\'s thread: an article that waits longer than its budget without computing is not late', { timeout: 60_000, skip: kernelThreadId() === 0 && 'no per-thread processor time here (/proc)' }, async () => {
  // On a machine busy with other work a worker waits for a core as this one waits here: the
  // wall clock runs, its processor time does not.
  const dir = mkdtempSync(join(tmpdir(), 'entente-pool-'));
  const marker = 'ENTENTE-TEST-WAIT';
  const articles = short.slice(0, 3).map((a, i) => (i === 1 ? { ...a, id: `${a.id}-wait`, text: `${a.text}\n\n${marker}` } : a));
  const pool = await createAnalyzer(1, {}, { workerScript: fakeWorker(dir, marker, 'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000)'), articleTimeoutMs: 300 });
  try {
    const out = await Promise.all(articles.map((a) => pool.analyze(a).then((r) => r, (e: Error) => e)));
    assert.deepEqual(out.map((r) => (r instanceof Error ? r.message : r.analysis.article.id)), articles.map((a) => a.id));
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
