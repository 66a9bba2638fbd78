// The hostile-input suite, cohesion part (issue 20): a short request must not build an
// answer of millions of empty windows, a year before 1000 or a range that ends before it
// begins is no server error, and answers are kept while the store is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { createApp } from '../../src/server/app.ts';
import { createAnalysisQueue } from '../../src/server/analysis.ts';
import { responseCache } from '../../src/server/cache.ts';
import { limits } from '../../src/server/validate.ts';
import type { Analysis, Event } from '../../src/model.ts';
import type { Analyzer } from '../../src/workers/pool.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-hostile-cohesion-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** An article of `published` in which the United States praise France. */
function praise(id: string, published: string): Analysis {
  const text = `The United States praised France for its help (${id}).`;
  const event: Event = {
    start: 0, end: text.length, text, cameo: '051', plover: 'AGREE', goldstein: 3.4, quad: 1, negated: false,
    source: { start: 4, end: 17, actor: 'USA', name: 'United States' },
    target: { start: 27, end: 33, actor: 'FRA', name: 'France' },
  } as Event;
  return {
    article: { id, text, published },
    actors: [{ id: 'USA', name: 'United States', kind: 'state', country: 'USA' }, { id: 'FRA', name: 'France', kind: 'state', country: 'FRA' }],
    mentions: [{ start: 4, end: 17, text: 'United States', actor: 'USA' }, { start: 27, end: 33, text: 'France', actor: 'FRA' }],
    quotes: [],
    events: [event],
    stances: [],
  };
}

const noAnalysis: Analyzer = { analyze: () => Promise.reject(new Error('none')), runOne: () => false, capacity: 0, close: async () => {} };

function server(file: string) {
  const db = openStore(file);
  const app = createApp({ db, analysis: createAnalysisQueue(noAnalysis, 1) });
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as any };
  };
  return { db, get };
}

test('a cohesion answer of too many windows is a 400 naming the count; a year before 1000 and a reversed range are answered', async () => {
  const file = join(dir, 'size.db');
  const { db, get } = server(file);
  const w = createWriter(db);
  w.write(praise('p1', '2020-03-02'));
  w.write(praise('p2', '2021-07-15'));
  try {
    const many = await get('/api/cohesion?a=USA&b=FRA&since=0999');
    assert.equal(many.status, 400);
    assert.equal(many.body.error.reason, `by: 12271 windows of a month (at most ${limits.maxCohesionWindows} in one answer); choose a longer window or a shorter since/until`);
    const years = await get('/api/cohesion?a=USA&b=FRA&since=0999&by=year');
    assert.equal(years.status, 200);
    assert.equal(years.body.windows.length, 2021 - 999 + 1);
    assert.deepEqual([years.body.windows[0].window, years.body.windows[0].start], ['0999', '0999-01-01']);
    const reversed = await get('/api/cohesion?a=USA&b=FRA&since=2021-06&until=2020-01');
    assert.deepEqual([reversed.status, reversed.body.windows], [200, []]);
    const matrix = await get('/api/cohesion/matrix?among=USA,FRA,DEU,GBR&by=week&since=1800');
    assert.equal(matrix.status, 400);
    assert.match(matrix.body.error.reason, /^by: \d+ windows of a week over 6 pairs \(at most 10000 in one answer\)/);
    const months = await get('/api/cohesion?a=USA&b=FRA&by=month');
    assert.deepEqual([months.status, months.body.windows.length], [200, 17]);
  } finally {
    db.close();
  }
});

test('cohesion answers are kept per store version: a write by another process or through the server is seen at once', async () => {
  const file = join(dir, 'cache.db');
  const { db, get } = server(file);
  try {
    createWriter(db).write(praise('c1', '2020-03-02'));
    const count = async () => (await get('/api/cohesion?a=USA&b=FRA&by=all')).body.windows[0].counts.events;
    assert.equal(await count(), 1);
    assert.equal(await count(), 1);
    const other = new Database(file);
    createWriter(other).write(praise('c2', '2020-04-02'));
    other.close();
    assert.equal(await count(), 2);
    createWriter(db).write(praise('c3', '2020-05-02'));
    assert.equal(await count(), 3);
  } finally {
    db.close();
  }
});

test('the answer cache computes once per store version and stays within its entries and bytes', () => {
  const db = openStore(join(dir, 'unit.db'));
  try {
    const cache = responseCache(db, 2, 1000);
    let computed = 0;
    const answer = (key: string, text = `answer ${key}`) => cache.get(key, () => (computed++, text));
    answer('a');
    answer('a');
    assert.equal(computed, 1);
    answer('b');
    answer('c'); // a third entry: the least recently used ('a') goes
    answer('c');
    answer('b');
    assert.equal(computed, 3);
    answer('a');
    assert.equal(computed, 4);
    answer('big', 'x'.repeat(600)); // larger than the whole cache: answered, not kept
    answer('big', 'x'.repeat(600));
    assert.equal(computed, 6);
    createWriter(db).write(praise('u1', '2020-01-01'));
    answer('a');
    assert.equal(computed, 7);
  } finally {
    db.close();
  }
});

test('GET /api/stats is kept per store version too: a write by another process is counted at the next request', async () => {
  const file = join(dir, 'stats.db');
  const { db, get } = server(file);
  try {
    createWriter(db).write(praise('s1', '2020-03-02'));
    assert.equal((await get('/api/stats')).body.articles, 1);
    assert.equal((await get('/api/stats')).body.articles, 1);
    const other = new Database(file);
    createWriter(other).write(praise('s2', '2020-04-02'));
    other.close();
    assert.deepEqual([(await get('/api/stats')).body.articles, (await get('/api/stats')).body.events], [2, 2]);
  } finally {
    db.close();
  }
});
