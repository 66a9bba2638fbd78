// The server under hostile requests: a Host it does not listen as (DNS rebinding), more
// analysis than its queue holds, texts over the size limit, URLs that point inside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/db.ts';
import { createApp } from '../../src/server/app.ts';
import { createAnalysisQueue, retryAfterSeconds } from '../../src/server/analysis.ts';
import { hostChecker, hostName } from '../../src/server/hosts.ts';
import { limits } from '../../src/server/validate.ts';
import { ApiError } from '../../src/server/errors.ts';
import type { Analyzer, Analyzed } from '../../src/workers/pool.ts';
import type { Article } from '../../src/model.ts';

/** A stand-in pool whose analyses finish only when the test releases them. */
function heldAnalyzer() {
  const held: (() => void)[] = [];
  const analyzer: Analyzer = {
    analyze: (article: Article) =>
      new Promise<Analyzed>((resolve) => held.push(() => resolve({ analysis: { article, actors: [], mentions: [], quotes: [], events: [], stances: [] } }))),
    runOne: () => false,
    capacity: Infinity,
    close: async () => {},
  };
  return { analyzer, releaseAll: () => held.splice(0).forEach((release) => release()), held };
}

function withStore(run: (db: Store) => Promise<void>) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-hostile-server-'));
    const db = openStore(join(dir, 'x.db'));
    try {
      await run(db);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

const post = (text: string, host = '127.0.0.1:8080') => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', host },
  body: JSON.stringify({ text }),
});

test('Host names: the listening address, localhost on loopback, --allowed-host; never a stranger', () => {
  assert.equal(hostName('Example.org.:8080'), 'example.org');
  assert.equal(hostName('[::1]:8080'), '::1');
  const loopback = hostChecker('127.0.0.1', ['news.example.org']);
  for (const ok of ['127.0.0.1:8080', 'localhost:8080', 'LOCALHOST', '[::1]:8080', 'news.example.org:443']) assert.equal(loopback(ok), true, ok);
  for (const bad of ['rebind.attacker.example:8080', '10.0.0.5:8080', '', undefined]) assert.equal(loopback(bad), false, String(bad));
  const everywhere = hostChecker('0.0.0.0');
  assert.equal(everywhere('192.168.1.20:8080'), true);
  assert.equal(everywhere('rebind.attacker.example:8080'), false);
  const named = hostChecker('news.internal');
  assert.equal(named('news.internal:8080'), true);
  assert.equal(named('localhost:8080'), false);
});

test(
  'a request with a foreign Host is a 403 on every route, the page included',
  withStore(async (db) => {
    const { analyzer } = heldAnalyzer();
    const app = createApp({ db, analysis: createAnalysisQueue(analyzer, 4), hostAllowed: hostChecker('127.0.0.1'), log: () => {} });
    for (const path of ['/api/stats', '/api/articles', '/']) {
      const res = await app.request(path, { headers: { host: 'rebind.attacker.example:8080' } });
      assert.equal(res.status, 403, path);
      assert.match((await res.json()).error.reason, /does not answer to the host "rebind\.attacker\.example:8080"/);
    }
    const store = await app.request('/api/analyze', post('Russia accused Ukraine of shelling the plant.', 'rebind.attacker.example:8080'));
    assert.equal(store.status, 403);
    assert.equal((await app.request('/api/stats', { headers: { host: 'localhost:8080' } })).status, 200);
  }),
);

test(
  'analysis beyond the queue is a 503 with Retry-After, at once; the queue takes work again when it drains',
  withStore(async (db) => {
    const { analyzer, releaseAll, held } = heldAnalyzer();
    const app = createApp({ db, analysis: createAnalysisQueue(analyzer, 2), log: () => {} });
    const first = [app.request('/api/analyze', post('Russia accused Ukraine.')), app.request('/api/analyze', post('Ukraine accused Russia.'))];
    while (held.length < 2) await new Promise((r) => setImmediate(r));
    const refused = await app.request('/api/analyze', post('France praised Germany.'));
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('retry-after'), String(retryAfterSeconds));
    assert.match((await refused.json()).error.reason, /^busy: 2 articles are waiting for analysis \(at most 2\)/);
    // Other endpoints do not wait for the analyses.
    assert.equal((await app.request('/api/stats')).status, 200);
    releaseAll();
    assert.deepEqual((await Promise.all(first)).map((r) => r.status), [200, 200]);
    const again = app.request('/api/analyze', post('France praised Germany.'));
    while (held.length < 1) await new Promise((r) => setImmediate(r));
    releaseAll();
    assert.equal((await again).status, 200);
  }),
);

test('the queue counts articles, not requests, and an analysis that fails frees its place', async () => {
  let fail = true;
  const analyzer: Analyzer = {
    analyze: async (article) => {
      if (fail) throw new Error('took longer than 30 s (the --article-timeout budget)');
      return { analysis: { article, actors: [], mentions: [], quotes: [], events: [], stances: [] } };
    },
    runOne: () => false,
    capacity: Infinity,
    close: async () => {},
  };
  const queue = createAnalysisQueue(analyzer, 2);
  const articles = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `a${i}`, text: 'Russia accused Ukraine.' }));
  await assert.rejects(queue.analyzeAll(articles(3)), (e: unknown) => e instanceof ApiError && e.status === 503);
  const failed = await queue.analyzeAll(articles(2));
  assert.ok(failed.every((r) => r instanceof Error));
  fail = false;
  assert.ok((await queue.analyzeAll(articles(2))).every((r) => !(r instanceof Error)));
});

test(
  'a text over the size limit is a 413 naming the limit; the analysis is not queued',
  { timeout: 60_000 },
  withStore(async (db) => {
    const { analyzer, held } = heldAnalyzer();
    const app = createApp({ db, analysis: createAnalysisQueue(analyzer, 4), log: () => {} });
    const res = await app.request('/api/analyze', post('Word '.repeat(limits.maxTextChars / 5 + 1)));
    assert.equal(res.status, 413);
    assert.match((await res.json()).error.reason, new RegExp(`at most ${limits.maxTextChars} are analysed per request`));
    assert.equal(held.length, 0);
  }),
);

test(
  'a URL on a loopback address is not fetched unless the server allows private URLs',
  withStore(async (db) => {
    const { analyzer } = heldAnalyzer();
    const app = createApp({ db, analysis: createAnalysisQueue(analyzer, 4), log: () => {} });
    for (const url of ['http://127.0.0.1:9/secret', 'http://localhost:9/secret', 'http://2130706433:9/secret', 'http://0.0.0.0:9/secret']) {
      const res = await app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url }) });
      assert.equal(res.status, 422, url);
      assert.match((await res.json()).error.reason, /: refused: .* is an? (loopback|unspecified) address/, url);
    }
  }),
);
