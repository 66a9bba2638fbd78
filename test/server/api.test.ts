// The HTTP API against a real server on 127.0.0.1 over a store built from
// samples/sample.jsonl: each endpoint, pagination, filters and bad input, and every
// response as the OpenAPI document describes it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { openApiDocument } from '../../src/server/openapi.ts';
import { startSampleServer, samplePath, type SampleServer } from './sample-server.ts';

let server: SampleServer;
const sample = readFileSync(samplePath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; title: string; published: string; source: string });
/** worker threads hold a MessagePort open each: how many the server has started */
const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
let portsBefore = 0;
let workersAtStart = 0;

before(async () => {
  portsBefore = ports();
  server = await startSampleServer();
  workersAtStart = ports() - portsBefore;
});

test('the server starts its worker thread at the first analysis, and analyses on one by default (serve --jobs 1)', async () => {
  assert.equal(workersAtStart, 0);
  const res = await post('/api/analyze', JSON.stringify({ text: 'France praised Germany for its aid to Ukraine.' }));
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(ports() - portsBefore, 1);
});
after(async () => {
  await server?.stop();
});

async function get(path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: await res.json(), headers: res.headers };
}

async function post(path: string, body: string, contentType = 'application/json'): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', body, headers: { 'content-type': contentType } });
  return { status: res.status, body: await res.json() };
}

/** Every row of a paged list, following next_cursor. */
async function collect<T = any>(path: string): Promise<T[]> {
  const rows: T[] = [];
  let cursor: number | null = null;
  do {
    const res = await get(`${path}${path.includes('?') ? '&' : '?'}limit=500${cursor === null ? '' : `&cursor=${cursor}`}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    rows.push(...res.body.items);
    cursor = res.body.next_cursor;
  } while (cursor !== null);
  return rows;
}

/** A client error: the status, and a one-line reason that names the problem and carries no stack. */
function assertRejected(res: { status: number; body: any }, status: number, mentions: RegExp): void {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.equal(res.body.error.status, status);
  const reason: string = res.body.error.reason;
  assert.match(reason, mentions);
  assert.doesNotMatch(reason, /\n|\bat .+:\d+:\d+|node_modules|\.ts\b/);
}

describe('GET /api/articles', () => {
  test('pages through every stored article with limit and cursor, without repeats', async () => {
    const seen: string[] = [];
    let cursor: number | null = null;
    let pages = 0;
    do {
      const res = await get(`/api/articles?limit=40${cursor === null ? '' : `&cursor=${cursor}`}`);
      assert.equal(res.status, 200);
      assert.ok(res.body.items.length <= 40);
      for (const a of res.body.items) seen.push(a.id);
      cursor = res.body.next_cursor;
      pages++;
    } while (cursor !== null && pages < 20);
    assert.equal(new Set(seen).size, seen.length);
    // The sample has distinct articles; every one is a first copy.
    assert.deepEqual(new Set(seen), new Set(sample.map((s) => s.id)));
    assert.equal(pages, Math.ceil(sample.length / 40));
  });

  test('defaults to 50 rows and says where the next page starts', async () => {
    const res = await get('/api/articles');
    assert.equal(res.body.items.length, 50);
    assert.equal(res.body.next_cursor, res.body.items[49].rowid);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });

  test('search finds the articles whose text has the words', async () => {
    const res = await get('/api/articles?search=Abacha&limit=500');
    const expected = sample.filter((s) => /\bAbacha\b/.test(s.text) || /\bAbacha\b/.test(s.title)).map((s) => s.id);
    assert.ok(expected.length > 0);
    assert.deepEqual(res.body.items.map((a: { id: string }) => a.id).sort(), expected.sort());
  });

  test('since and until bound the publication date; a month covers all its days', async () => {
    const res = await get('/api/articles?since=2019-01&until=2019-01&limit=500');
    const expected = sample.filter((s) => s.published?.startsWith('2019-01')).map((s) => s.id);
    assert.ok(expected.length > 1);
    assert.deepEqual(res.body.items.map((a: { id: string }) => a.id).sort(), expected.sort());
  });

  test('source filters by a part of the source name', async () => {
    const res = await get('/api/articles?source=Voice%20of%20America&limit=500');
    const expected = sample.filter((s) => s.source.includes('Voice of America')).map((s) => s.id);
    assert.ok(expected.length > 0 && expected.length < sample.length);
    assert.deepEqual(res.body.items.map((a: { id: string }) => a.id).sort(), expected.sort());
  });

  test('bad limits are 400s naming the limit', async () => {
    for (const bad of ['0', '501', 'abc', '1.5', '-3', '']) assertRejected(await get(`/api/articles?limit=${bad}`), 400, /^limit: expected a whole number from 1 to 500/);
  });

  test('a bad cursor, a bad date, an unknown or repeated parameter are 400s', async () => {
    assertRejected(await get('/api/articles?cursor=x'), 400, /^cursor:/);
    assertRejected(await get('/api/articles?since=2020-13-01'), 400, /^since: expected a date like/);
    assertRejected(await get('/api/articles?until=yesterday'), 400, /^until: expected a date like/);
    assertRejected(await get('/api/articles?serach=war'), 400, /unknown parameter "serach"/);
    assertRejected(await get('/api/articles?limit=5&limit=6'), 400, /^limit: given 2 times/);
    assertRejected(await get(`/api/articles?search=${'x'.repeat(201)}`), 400, /^search: .*200/);
  });
});

describe('GET /api/articles/:id', () => {
  test('returns the text and metadata of the article', async () => {
    const s = sample[3]!;
    const res = await get(`/api/articles/${encodeURIComponent(s.id)}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.id, s.id);
    assert.equal(res.body.title, s.title);
    assert.equal(res.body.published, s.published);
    assert.ok(res.body.text.startsWith(s.text.slice(0, 40).trim()));
    for (const k of ['actors', 'mentions', 'quotes', 'events', 'stances']) assert.ok(Array.isArray(res.body[k]), k);
  });

  test('every mention and quote span indexes its own text', async () => {
    let facts = 0;
    for (const s of sample.slice(0, 30)) {
      const d = (await get(`/api/articles/${encodeURIComponent(s.id)}`)).body;
      for (const m of d.mentions) assert.equal(d.text.slice(m.start, m.end), m.text);
      for (const q of d.quotes) {
        assert.ok(q.start >= 0 && q.end <= d.text.length && q.start < q.end);
        if (q.speaker) assert.equal(d.text.slice(q.speaker.start, q.speaker.end).length, q.speaker.end - q.speaker.start);
      }
      for (const e of d.events) assert.equal(d.text.slice(e.source.start, e.source.end).length > 0, true);
      facts += d.mentions.length + d.quotes.length + d.events.length;
    }
    assert.ok(facts > 0, 'the sample articles have facts');
  });

  test('an unknown id is a 404 naming it; an over-long id is a 400', async () => {
    assertRejected(await get('/api/articles/no-such-article'), 404, /no article with id "no-such-article"/);
    assertRejected(await get(`/api/articles/${'a'.repeat(300)}`), 400, /^id: at most 200 characters/);
  });
});

describe('POST /api/analyze', () => {
  const text =
    'Russian Foreign Minister Sergei Lavrov met Chinese officials in Beijing on Tuesday. "We will not accept these sanctions," Lavrov told reporters. The United States condemned the meeting.';

  test('returns the output contract for text and stores nothing', async () => {
    const before = (await get('/api/articles?limit=500')).body.items.length;
    const res = await post('/api/analyze', JSON.stringify({ text, title: 'Lavrov in Beijing' }));
    assert.equal(res.status, 200);
    assert.equal(res.body.articles.length, 1);
    const out = res.body.articles[0];
    assert.equal(out.text, text);
    assert.equal(out.title, 'Lavrov in Beijing');
    assert.match(out.id, /^[0-9a-f]{20}$/);
    for (const k of ['actors', 'mentions', 'quotes', 'events', 'stances']) assert.ok(Array.isArray(out[k]), k);
    assert.equal(res.body.stored, undefined);
    assert.equal((await get('/api/articles?limit=500')).body.items.length, before);
    assertRejected(await get(`/api/articles/${out.id}`), 404, /no article/);
  });

  test('stores when asked, and the article detail then gives back the same facts', async () => {
    const res = await post('/api/analyze', JSON.stringify({ text, id: 'test:lavrov', published: '2024-05-14', store: true }));
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.stored, [{ status: 'stored', id: 'test:lavrov' }]);
    const out = res.body.articles[0];
    const detail = (await get('/api/articles/test%3Alavrov')).body;
    assert.equal(detail.text, text);
    assert.equal(detail.published, '2024-05-14');
    const strip = (xs: { rowid?: number }[]) => xs.map(({ rowid: _rowid, ...rest }) => rest);
    assert.deepEqual(detail.mentions, out.mentions);
    assert.deepEqual(strip(detail.quotes), out.quotes);
    assert.deepEqual(strip(detail.events), out.events);
    assert.deepEqual(strip(detail.stances), out.stances);
    const again = await post('/api/analyze', JSON.stringify({ text, id: 'test:lavrov', store: true }));
    assert.deepEqual(again.body.stored, [{ status: 'exists', id: 'test:lavrov' }]);
  });

  test('a text in another language comes back with its lang and no facts (stored so too); all_languages analyses it', async () => {
    const german =
      'Der russische Außenminister Sergej Lawrow traf am Dienstag in Peking chinesische Beamte. Die Vereinigten Staaten verurteilten das Treffen scharf, sagte ein Sprecher.';
    const res = await post('/api/analyze', JSON.stringify({ text: german, id: 'test:lawrow', store: true }));
    assert.equal(res.status, 200);
    const out = res.body.articles[0];
    assert.equal(out.lang, 'deu');
    for (const k of ['actors', 'mentions', 'quotes', 'events', 'stances']) assert.deepEqual(out[k], [], k);
    assert.deepEqual(res.body.not_analysed, [{ id: 'test:lawrow', lang: 'deu', reason: 'not in English (deu); "all_languages": true analyses it' }]);
    const detail = (await get('/api/articles/test%3Alawrow')).body;
    assert.equal(detail.lang, 'deu');
    assert.deepEqual(detail.events, []);
    const forced = await post('/api/analyze', JSON.stringify({ text: german, all_languages: true }));
    assert.deepEqual(forced.body.not_analysed, []);
    assert.ok(forced.body.articles[0].mentions.length > 0, 'analysed as English when asked');
    // English text is analysed as before, with nothing in not_analysed
    assert.deepEqual((await post('/api/analyze', JSON.stringify({ text }))).body.not_analysed, []);
  });

  test('bad JSON, a wrong content type, and wrong fields are 400s with a reason', async () => {
    assertRejected(await post('/api/analyze', '{"text": "unterminated'), 400, /^body is not valid JSON/);
    assertRejected(await post('/api/analyze', 'text=hello', 'application/x-www-form-urlencoded'), 400, /expected Content-Type: application\/json/);
    assertRejected(await post('/api/analyze', JSON.stringify({})), 400, /exactly one of "text" or "url"/);
    assertRejected(await post('/api/analyze', JSON.stringify({ text, url: 'https://example.org/' })), 400, /exactly one of "text" or "url"/);
    assertRejected(await post('/api/analyze', JSON.stringify({ text: 42 })), 400, /^text: /);
    assertRejected(await post('/api/analyze', JSON.stringify({ url: 'file:///etc/passwd' })), 400, /^url: expected an http\(s\) URL/);
    assertRejected(await post('/api/analyze', JSON.stringify({ text, store: 'yes' })), 400, /^store: /);
    assertRejected(await post('/api/analyze', JSON.stringify({ text, published: 'last week' })), 400, /^published: expected a date/);
    assertRejected(await post('/api/analyze', JSON.stringify({ text: '   ' })), 400, /^text: no text/);
    assertRejected(await post('/api/analyze', JSON.stringify({ text, colour: 'red' })), 400, /unknown parameter "colour"/);
  });

  test('a body over the limit is a 413 before it is read', async () => {
    const big = JSON.stringify({ text: 'word '.repeat(300_000) });
    assertRejected(await post('/api/analyze', big), 413, /request body larger than 1048576 bytes/);
  });

  test('a URL is fetched and read like ingest reads it', async () => {
    const page = `<!doctype html><html><head><title>Talks resume in Oman</title></head><body><article><h1>Talks resume in Oman</h1>
      <p>Iranian and American negotiators resumed indirect talks in Muscat on Sunday, Oman's foreign ministry said.</p>
      <p>"We hope for a positive outcome," Iranian Foreign Minister Abbas Araghchi told state television after the first round.</p>
      <p>The United States envoy said the meeting was constructive and that both sides agreed to meet again next week.</p></article></body></html>`;
    const site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/news/talks.html`;
      const res = await post('/api/analyze', JSON.stringify({ url }));
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.articles.length, 1);
      const out = res.body.articles[0];
      assert.equal(out.url, url);
      assert.match(out.text, /resumed indirect talks in Muscat/);
      assert.doesNotMatch(out.text, /<p>|<article>/);
    } finally {
      site.closeAllConnections();
      await new Promise((resolve) => site.close(resolve));
    }
  });

  test('a URL that gives no article is a 422 with the reason', async () => {
    // Port 9 (discard) on this machine: nothing listens there.
    assertRejected(await post('/api/analyze', JSON.stringify({ url: 'http://127.0.0.1:9/feed.xml' })), 422, /^nothing to analyse at http:\/\/127\.0\.0\.1:9\/feed\.xml: /);
  });
});

describe('GET /api/quotes', () => {
  type QuoteItem = { rowid: number; text: string; kind: string; start: number; end: number; speaker: { name: string; actor?: string } | null; article: { id: string } };

  test("an article's quotes are the quotes of its detail, with the same spans", async () => {
    const d = await (async () => {
      for (const s of sample) {
        const detail = (await get(`/api/articles/${encodeURIComponent(s.id)}`)).body;
        if (detail.quotes.length > 2) return detail;
      }
      throw new Error('no sample article with quotes');
    })();
    const items = await collect<QuoteItem>(`/api/quotes?article=${encodeURIComponent(d.id)}`);
    assert.deepEqual(items.map(({ article: _article, ...q }) => q), d.quotes);
    for (const q of items) assert.equal(q.article.id, d.id);
  });

  test('pages by cursor without repeats', async () => {
    const all = await collect<QuoteItem>('/api/quotes');
    assert.ok(all.length > 20);
    const paged: number[] = [];
    let cursor: number | null = null;
    do {
      const res = await get(`/api/quotes?limit=90${cursor === null ? '' : `&cursor=${cursor}`}`);
      assert.ok(res.body.items.length <= 90);
      paged.push(...res.body.items.map((q: QuoteItem) => q.rowid));
      cursor = res.body.next_cursor;
    } while (cursor !== null);
    assert.deepEqual(paged, all.map((q) => q.rowid));
    assert.equal(new Set(paged).size, paged.length);
  });

  test('speaker, kind and search filters keep only matching quotes', async () => {
    const all = await collect<QuoteItem>('/api/quotes');
    const actor = all.find((q) => q.speaker?.actor?.startsWith('person:'))!.speaker!.actor!;
    const bySpeaker = await collect<QuoteItem>(`/api/quotes?speaker=${encodeURIComponent(actor)}`);
    assert.ok(bySpeaker.length > 0);
    for (const q of bySpeaker) assert.ok(q.speaker?.actor === actor || q.speaker?.name.includes(actor), JSON.stringify(q.speaker));
    const direct = await collect<QuoteItem>('/api/quotes?kind=direct');
    assert.deepEqual(direct.map((q) => q.rowid), all.filter((q) => q.kind === 'direct').map((q) => q.rowid));
    const word = 'government';
    const found = await collect<QuoteItem>(`/api/quotes?search=${word}`);
    assert.ok(found.length > 0);
    for (const q of found) assert.match(q.text, /government/i);
  });

  test('a bad kind is a 400', async () => {
    assertRejected(await get('/api/quotes?kind=rumour'), 400, /^kind: /);
  });
});

describe('GET /api/events', () => {
  type EventItem = { rowid: number; cameo: string; quad: number; source: { actor: string; country?: string }; target: { actor: string; country?: string } | null; article: { id: string }; start: number; end: number; text: string };
  const ids = (items: EventItem[]) => items.map((e) => e.rowid);

  const all = (query: string) => collect<EventItem>(`/api/events?${query.replace(/^&/, '')}`);

  test('events are nested records with their article, and their spans index the article text', async () => {
    const res = await get('/api/events?limit=5');
    assert.equal(res.body.items.length, 5);
    for (const e of res.body.items as EventItem[]) {
      const article = (await get(`/api/articles/${encodeURIComponent(e.article.id)}`)).body;
      assert.equal(article.text.slice(e.start, e.end), e.text);
      assert.ok(article.events.some((x: EventItem) => x.rowid === e.rowid));
    }
  });

  test('actor matches either side: the union of the source and target filters, paged the same way', async () => {
    const bySource = await all('&source=USA');
    const byTarget = await all('&target=USA');
    const either = await all('&actor=USA');
    assert.ok(bySource.length > 0 && byTarget.length > 0);
    assert.deepEqual(ids(either), [...new Set([...ids(bySource), ...ids(byTarget)])].sort((a, b) => a - b));
    // a code takes in the people and organisations who act for it in the event (person:...
    // with country USA), or, when the event does not say, whose actor is of country USA
    const actsForUsa = async (party: EventItem['target']) =>
      !!party &&
      (party.actor.startsWith('USA') || party.country === 'USA' ||
        (party.country === undefined && party.actor.includes(':') && (await get(`/api/actors/${encodeURIComponent(party.actor)}`)).body.country === 'USA'));
    for (const e of either) assert.ok((await actsForUsa(e.source)) || (await actsForUsa(e.target)), JSON.stringify([e.source, e.target]));
    const paged: number[] = [];
    let cursor: number | null = null;
    do {
      const res = await get(`/api/events?actor=USA&limit=7${cursor === null ? '' : `&cursor=${cursor}`}`);
      paged.push(...ids(res.body.items));
      cursor = res.body.next_cursor;
    } while (cursor !== null);
    assert.deepEqual(paged, ids(either));
  });

  test('quad and CAMEO prefix filters keep only matching events, across pages', async () => {
    const everything = await all('');
    const conflict = everything.filter((e) => e.quad === 4);
    assert.ok(conflict.length > 0 && conflict.length < everything.length);
    const page1 = (await get('/api/events?quad=4&limit=3')).body;
    assert.deepEqual(ids(page1.items), ids(conflict.slice(0, 3)));
    const page2 = (await get(`/api/events?quad=4&limit=3&cursor=${page1.next_cursor}`)).body;
    assert.deepEqual(ids(page2.items), ids(conflict.slice(3, 6)));
    const accuse = await all('&cameo=11');
    assert.deepEqual(ids(accuse), ids(everything.filter((e) => e.cameo.startsWith('11'))));
  });

  test('bad filters are 400s naming them', async () => {
    assertRejected(await get('/api/events?cameo=x1'), 400, /^cameo: expected a CAMEO code/);
    assertRejected(await get('/api/events?quad=5'), 400, /^quad: /);
    assertRejected(await get('/api/events?actor=USA&source=RUS'), 400, /^actor: give either actor/);
    assertRejected(await get('/api/events?source=U%20S'), 400, /^source: expected an actor code/);
  });
});

describe('GET /api/actors', () => {
  type ActorItem = { id: string; name: string; kind: string; mentions: number; articles: number; examples: string[] };

  test('ranks actors by mentions, and one actor gives the same counts', async () => {
    const res = await get('/api/actors?limit=10');
    assert.equal(res.status, 200);
    const items = res.body.items as ActorItem[];
    assert.equal(items.length, 10);
    assert.equal(res.body.next_cursor, null);
    for (let i = 1; i < items.length; i++) assert.ok(items[i - 1]!.mentions >= items[i]!.mentions);
    const top = items[0]!;
    assert.ok(top.examples.length > 0);
    const one = await get(`/api/actors/${encodeURIComponent(top.id)}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.id, top.id);
    assert.equal(one.body.mentions, top.mentions);
    assert.equal(one.body.articles, top.articles);
  });

  test('an actor code prefix keeps only actors under it', async () => {
    const items = (await get('/api/actors?actor=USA&limit=50')).body.items as ActorItem[];
    assert.ok(items.length > 1);
    for (const a of items) assert.ok(a.id.startsWith('USA'), a.id);
  });

  test('an unknown actor is a 404; bad parameters are 400s', async () => {
    assertRejected(await get('/api/actors/XXXNOBODY'), 404, /no actor with id "XXXNOBODY"/);
    assertRejected(await get('/api/actors?cursor=3'), 400, /unknown parameter "cursor"/);
    assertRejected(await get('/api/actors?actor=U%20SA'), 400, /^actor: /);
    assertRejected(await get('/api/actors?limit=1000'), 400, /^limit: /);
  });
});

describe('GET /api/stances', () => {
  test('pages by cursor through the same rows as one big page', async () => {
    const all = { items: await collect<{ rowid: number }>('/api/stances') };
    assert.ok(all.items.length > 2, 'the sample has stances');
    const paged: number[] = [];
    let cursor: number | null = null;
    do {
      const res = await get(`/api/stances?limit=2${cursor === null ? '' : `&cursor=${cursor}`}`);
      paged.push(...res.body.items.map((r: { rowid: number }) => r.rowid));
      cursor = res.body.next_cursor;
    } while (cursor !== null);
    assert.deepEqual(paged, all.items.map((r: { rowid: number }) => r.rowid));
  });

  test('issue filters to that issue; each row carries its evidence span', async () => {
    const all = await collect<{ rowid: number; issue: string }>('/api/stances');
    const issue = all[0].issue;
    const byIssue = await collect<{ rowid: number; article_id: string; start: number; end: number; evidence: string }>(`/api/stances?issue=${encodeURIComponent(issue)}`);
    assert.deepEqual(byIssue.map((r) => r.rowid), all.filter((r) => r.issue === issue).map((r) => r.rowid));
    const row = byIssue[0]!;
    const article = (await get(`/api/articles/${encodeURIComponent(row.article_id)}`)).body;
    assert.equal(article.text.slice(row.start, row.end), row.evidence);
  });

  test('an actor that names nothing is a 400 naming the parameter', async () => {
    assertRejected(await get('/api/stances?actor=Atlantis'), 400, /^actor: "Atlantis" is not a coalition/);
    assertRejected(await get('/api/stances?since=2020-02-30'), 400, /^since: /);
  });
});

describe('GET /api/cohesion', () => {
  test("gives one row per window, and each window's evidence has the counts the series reports", async () => {
    const res = await get('/api/cohesion?a=USA&b=IRN&by=year');
    assert.equal(res.status, 200);
    assert.equal(res.body.a.label, 'USA');
    assert.equal(res.body.b.label, 'IRN');
    assert.equal(res.body.by, 'year');
    const withEvidence = res.body.windows.filter((w: { count: number }) => w.count > 0);
    assert.ok(withEvidence.length > 0, 'the sample has US-Iran events');
    for (const w of withEvidence) {
      assert.match(w.window, /^\d{4}$/);
      assert.ok(w.index === null || (w.index >= -1 && w.index <= 1));
      const ex = (await get(`/api/cohesion/evidence?a=USA&b=IRN&window=${w.window}`)).body;
      assert.equal(ex.window.window, w.window);
      assert.equal(ex.events.length, w.counts.events);
      assert.equal(ex.quotes.length, w.counts.quotes);
      for (const e of ex.events) assert.ok(e.date >= w.start && e.date <= w.end);
    }
  });

  test('since and until narrow the windows', async () => {
    const res = await get('/api/cohesion?a=USA&b=IRN&by=month&since=2020-01&until=2020-03');
    assert.deepEqual(res.body.windows.map((w: { window: string }) => w.window), ['2020-01', '2020-02', '2020-03']);
  });

  test('missing or unknown sides, a bad window size or label are 400s', async () => {
    assertRejected(await get('/api/cohesion?a=USA'), 400, /^b: required/);
    assertRejected(await get('/api/cohesion?a=USA&b=Atlantis'), 400, /^b: "Atlantis" is not a coalition/);
    assertRejected(await get('/api/cohesion?a=USA&b=IRN&by=fortnight'), 400, /^by: /);
    assertRejected(await get('/api/cohesion/evidence?a=USA&b=IRN&window=2020-13'), 400, /^window: expected a window like 2020/);
    assertRejected(await get('/api/cohesion/evidence?a=USA&b=IRN'), 400, /^window: required/);
    assertRejected(await get('/api/cohesion/matrix?among=USA'), 400, /^among: name 2 to 40 sides/);
    assertRejected(await get('/api/cohesion/matrix?among=USA,Atlantis'), 400, /^among: "Atlantis" is not a coalition/);
  });
});

describe('the rest of the surface', () => {
  test('the OpenAPI document lists every endpoint, and every documented GET answers with its documented parameters', async () => {
    const res = await get('/api/openapi.json');
    assert.equal(res.status, 200);
    assert.equal(res.body.openapi, '3.1.0');
    for (const p of ['/api/articles', '/api/articles/{id}', '/api/analyze', '/api/quotes', '/api/events', '/api/actors', '/api/actors/{id}', '/api/stances', '/api/cohesion', '/api/cohesion/evidence', '/api/cohesion/matrix']) {
      assert.ok(res.body.paths[p], p);
    }
    const topActor = (await get('/api/actors?limit=1')).body.items[0].id;
    const example: Record<string, string> = { a: 'USA', b: 'IRN', window: '2020', among: 'USA,IRN,EU' };
    const pathExample: Record<string, string> = { '/api/articles/{id}': sample[0]!.id, '/api/actors/{id}': topActor };
    for (const [path, ops] of Object.entries<any>(res.body.paths)) {
      if (!ops.get) continue;
      const params: { name: string; in: string; required?: boolean }[] = ops.get.parameters ?? [];
      let url = path.replace(/\{id\}/, () => encodeURIComponent(pathExample[path]!));
      const required = params.filter((p) => p.in === 'query' && p.required).map((p) => `${p.name}=${example[p.name]}`);
      if (required.length) url += `?${required.join('&')}`;
      const answer = await get(url);
      assert.equal(answer.status, 200, `${url}: ${JSON.stringify(answer.body).slice(0, 200)}`);
    }
  });

  test('stats count what the store holds', async () => {
    const res = await get('/api/stats');
    assert.equal(res.status, 200);
    const articles = await collect('/api/articles');
    assert.equal(res.body.articles, articles.length);
    assert.equal(res.body.events, (await collect('/api/events?negated=true')).length);
    assert.equal(res.body.quotes, (await collect('/api/quotes')).length);
  });

  test('GET on the analyze endpoint is a 405 saying to POST', async () => {
    const res = await fetch(`${server.url}/api/analyze`);
    assert.equal(res.headers.get('allow'), 'POST');
    assertRejected({ status: res.status, body: await res.json() }, 405, /^use POST with a JSON body/);
  });

  test('an unknown endpoint is a JSON 404', async () => {
    assertRejected(await get('/api/nothing-here'), 404, /no such endpoint: GET \/api\/nothing-here/);
  });

  test('the page and its scripts are served with a policy that forbids inline script', async () => {
    const page = await fetch(`${server.url}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /text\/html/);
    assert.match(page.headers.get('content-security-policy')!, /script-src 'self'/);
    assert.match(await page.text(), /<script type="module" src="\/app.js">/);
    const app = await fetch(`${server.url}/app.js`);
    assert.match(app.headers.get('content-type')!, /text\/javascript/);
    const uplot = await fetch(`${server.url}/vendor/uPlot.esm.js`);
    assert.equal(uplot.status, 200);
    assert.match(await uplot.text(), /export \{ uPlot as default \}|export default/);
  });

  test('paths outside the page files are not served', async () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/server/app.ts', '/vendor/uPlot.cjs.js']) {
      const res = await fetch(`${server.url}${p}`);
      assert.equal(res.status, 404, p);
      await res.body?.cancel();
    }
  });

  test('nothing unexpected was logged', () => {
    assert.deepEqual(server.errors, []);
  });
});

// Live responses against /api/openapi.json, validated by a JSON Schema validator (Ajv, draft
// 2020-12, which OpenAPI 3.1 uses): a generated client accepts what the server sends, nulls
// included. (The same server as the tests above: a second one would start another worker.)
describe('responses as the OpenAPI document says', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };
  const doc = openApiDocument as unknown as Doc;

  /** The validator of one documented response; `#/components/...` refs resolve against the document's components. */
  function validatorFor(path: string, method: string, status = '200') {
    const schema = doc.paths[path]![method]!.responses[status]!.content!['application/json']!.schema as Record<string, unknown>;
    return ajv.compile({ ...schema, components: openApiDocument.components });
  }

  async function checkDocumented(path: string, url: string, init?: RequestInit): Promise<unknown> {
    const res = await fetch(`${server.url}${url}`, init);
    assert.equal(res.status, 200, url);
    const body = await res.json();
    const validate = validatorFor(path, (init?.method ?? 'get').toLowerCase());
    const ok = validate(body);
    assert.ok(ok, `${url}: ${ajv.errorsText(validate.errors?.slice(0, 5), { separator: '; ' })}`);
    return body;
  }

  test('every GET endpoint answers what the OpenAPI document says, nulls included', async () => {
    await checkDocumented('/api/stats', '/api/stats');
    const articles = (await checkDocumented('/api/articles', '/api/articles?limit=200')) as { items: { id: string }[] };
    await checkDocumented('/api/articles', '/api/articles?duplicates=true&limit=200');
    for (const a of articles.items.slice(0, 40)) await checkDocumented('/api/articles/{id}', `/api/articles/${encodeURIComponent(a.id)}`);
    await checkDocumented('/api/quotes', '/api/quotes?limit=500');
    await checkDocumented('/api/events', '/api/events?limit=500&negated=true');
    const actors = (await checkDocumented('/api/actors', '/api/actors?limit=200')) as { items: { id: string }[] };
    for (const a of actors.items.slice(0, 10)) await checkDocumented('/api/actors/{id}', `/api/actors/${encodeURIComponent(a.id)}`);
    await checkDocumented('/api/stances', '/api/stances?limit=500');
    await checkDocumented('/api/cohesion', '/api/cohesion?a=USA&b=EU&by=year');
    await checkDocumented('/api/cohesion/matrix', '/api/cohesion/matrix?among=USA,GBR,FRA,RUS');
    await checkDocumented('/api/cohesion/evidence', '/api/cohesion/evidence?a=USA&b=EU&window=all');
  });

  test('POST /api/analyze answers the output contract as documented', async () => {
    await checkDocumented('/api/analyze', '/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Norway accused Chile of spying on Monday. "We deny it," the Chilean minister said.' }),
    });
    // a footer between two stories: the record lists its range as `boilerplate`
    const footer = 'The post Norway accuses Chile appeared first on Example Wire.';
    const text = `Norway accused Chile of spying on Monday.\n\n${footer}\n\n"We deny it," the Chilean minister said.`;
    const body = (await checkDocumented('/api/analyze', '/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    })) as { articles: { boilerplate?: { start: number; end: number }[] }[] };
    assert.deepEqual(body.articles[0]!.boilerplate, [{ start: text.indexOf(footer), end: text.indexOf(footer) + footer.length }]);
  });

  test("an event's issues (--issues) are what the Event schema says: each phrase with its span, words and code", () => {
    const validate = ajv.compile({ $ref: '#/components/schemas/Event', components: openApiDocument.components });
    const event = {
      start: 0, end: 25, text: 'Norway accused Chile', cameo: '112', plover: 'ACCUSE', goldstein: -2, quad: 3, negated: false,
      source: { start: 0, end: 6, actor: 'NOR', name: 'Norway' }, target: { start: 15, end: 20, actor: 'CHL', name: 'Chile' },
      issues: [{ start: 24, end: 30, text: 'spying', code: 'ESPIONAGE', category: 'SECURITY' }, { start: 40, end: 43, text: 'oil', code: 'OIL' }],
    };
    assert.ok(validate(event), ajv.errorsText(validate.errors));
    assert.ok(!validate({ ...event, issues: [{ start: 24, end: 30, text: 'spying' }] }), 'an issue without its code');
  });

  test('GET /api/events?issue= filters on an issue code (none in the sample store, ingested without --issues); a malformed code is a 400', async () => {
    const body = (await checkDocumented('/api/events', '/api/events?issue=OIL')) as { items: unknown[] };
    assert.deepEqual(body.items, []);
    const bad = await fetch(`${server.url}/api/events?issue=${encodeURIComponent('OIL; DROP')}`);
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { error: { reason: string } }).error.reason, /issue: expected an issue code/);
  });
});
