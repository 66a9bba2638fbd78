import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { fetchBytes, userAgent } from '../../src/ingest/fetch.ts';
import { addressClass } from '../../src/ingest/addresses.ts';
import type { IngestOptions } from '../../src/ingest/index.ts';
import { collect, feedFixture } from './helpers.ts';

/** The test server listens on 127.0.0.1: reading it needs --allow-private-urls. */
const local = (inputs: string[], options: IngestOptions = {}) => collect(inputs, { allowPrivateUrls: true, ...options });

const paragraph = 'The foreign ministers of France and Germany met in Paris on Tuesday to discuss the reconstruction of Ukraine, officials said.';
const articlePage = `<!doctype html><html lang="en"><head><title>Ministers meet in Paris</title><meta property="og:site_name" content="Example Wire"></head>
<body><article><h1>Ministers meet in Paris</h1>${`<p>${paragraph}</p>`.repeat(4)}</article></body></html>`;

let server: Server;
let base = '';
const seenAgents: string[] = [];

test.before(async () => {
  server = createServer((req, res) => {
    seenAgents.push(String(req.headers['user-agent']));
    const url = req.url ?? '/';
    if (url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(readFileSync(feedFixture('node-feedparser--rss2sample.xml')));
    } else if (url === '/feed.xml.gz') {
      res.writeHead(200, { 'content-type': 'application/gzip' });
      res.end(gzipSync(readFileSync(feedFixture('node-feedparser--rss2sample.xml'))));
    } else if (url === '/moved') {
      res.writeHead(301, { location: '/feed.xml' });
      res.end();
    } else if (url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      res.end();
    } else if (url === '/cyrillic.txt') {
      // The charset is only in the header: the bytes carry no declaration.
      res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1251' });
      res.end(iconv.encode('Переговоры в Стамбуле\n\nДелегации России и Украины встретились в Стамбуле во вторник.', 'windows-1251'));
    } else if (url === '/missing') {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not Found</h1>');
    } else if (url === '/broken') {
      res.writeHead(500);
      res.end();
    } else if (url === '/slow') {
      // Never answers: the client's timeout must end the request.
    } else if (url === '/big') {
      // No Content-Length: the limit has to be enforced while streaming.
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 20; i++) res.write(`${paragraph}\n`);
      res.end();
    } else if (url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articlePage);
    } else if (url === '/linked-feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
        <item><title>Ministers meet</title><link>/article</link><pubDate>Tue, 11 Mar 2025 09:00:00 GMT</pubDate><description>Short summary of the Paris meeting.</description></item>
        <item><title>Gone</title><link>/missing</link><description>Summary of a story whose page is gone.</description></item>
      </channel></rss>`);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.after(() => {
  server.closeAllConnections();
  server.close();
});

test('a feed URL is read like a file, with a real User-Agent', async () => {
  const { articles, problems } = await local([`${base}/feed.xml`]);
  assert.equal(problems.length, 0);
  assert.equal(articles.length, 4);
  assert.equal(articles[0]!.origin, `${base}/feed.xml#item1`);
  assert.ok(seenAgents.includes(userAgent));
  assert.match(userAgent, /^Entente\/\d/);
});

test('a gzip file served as such is inflated and read', async () => {
  const { articles } = await local([`${base}/feed.xml.gz`]);
  assert.equal(articles.length, 4);
});

test('redirects are followed up to the limit', async () => {
  const moved = await local([`${base}/moved`]);
  assert.equal(moved.articles.length, 4);
  const loop = await local([`${base}/loop`]);
  assert.deepEqual(loop.problems.map((p) => [p.origin, p.reason]), [[`${base}/loop`, 'too many redirects (more than 5)']]);
});

/** A local port nobody listens on: bind an ephemeral port, then close it. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test('404, 500, timeouts and unreachable hosts are one problem naming the URL and the status', async () => {
  const nowhere = `http://127.0.0.1:${await closedPort()}/feed.xml`;
  // The answers come with the default timeout, however busy the machine; only /slow, which
  // never answers, is read with a short one.
  const { articles, problems } = await local([`${base}/missing`, `${base}/broken`, nowhere]);
  assert.equal(articles.length, 0);
  assert.deepEqual(problems.map((p) => p.origin), [`${base}/missing`, `${base}/broken`, nowhere]);
  assert.equal(problems[0]!.reason, 'HTTP 404 Not Found');
  assert.equal(problems[1]!.reason, 'HTTP 500 Internal Server Error');
  assert.match(problems[2]!.reason, /^unreachable \(ECONNREFUSED\)$/);
  const slow = await local([`${base}/slow`], { timeoutMs: 300 });
  assert.equal(slow.articles.length, 0);
  assert.deepEqual(slow.problems.map((p) => [p.origin, p.reason]), [[`${base}/slow`, 'timed out after 300 ms']]);
});

test('the body size limit is enforced while streaming', async () => {
  const result = await fetchBytes(`${base}/big`, { maxBytes: 1000, allowPrivateUrls: true });
  assert.equal(typeof result, 'string');
  assert.match(result as string, /^response too large/);
});

test('the Content-Type charset reaches the decoder', async () => {
  const { articles } = await local([`${base}/cyrillic.txt`]);
  assert.equal(articles.length, 1);
  assert.equal(articles[0]!.article.title, 'Переговоры в Стамбуле');
  assert.match(articles[0]!.article.text, /Делегации России и Украины/);
});

test('feed links are followed only with followLinks; a failed link keeps the feed text and says why', async () => {
  const plain = await local([`${base}/linked-feed.xml`]);
  assert.equal(plain.articles[0]!.article.text, 'Short summary of the Paris meeting.');
  assert.equal(plain.articles[0]!.article.url, `${base}/article`); // resolved against the feed's URL

  const followed = await local([`${base}/linked-feed.xml`], { followLinks: true, timeoutMs: 2000 });
  assert.equal(followed.articles.length, 2);
  const [page, kept] = followed.articles.map((a) => a.article);
  assert.match(page!.text, /^The foreign ministers of France and Germany/);
  assert.equal(page!.title, 'Ministers meet');
  assert.equal(page!.published, '2025-03-11T09:00:00Z');
  assert.equal(page!.url, `${base}/article`);
  assert.equal(page!.extra?.followedLink, true);
  assert.equal(kept!.text, 'Summary of a story whose page is gone.');
  assert.match(String(kept!.extra?.linkNote), /^kept the feed text: .*\/missing: HTTP 404/);
});

test('loopback and private addresses are refused unless allowed, however the URL writes them', async () => {
  const port = new URL(base).port;
  const refused = [
    [`${base}/feed.xml`, /^refused: 127\.0\.0\.1 is a loopback address \(fetched only with --allow-private-urls\)$/],
    [`http://localhost:${port}/feed.xml`, /^refused: localhost \((127\.0\.0\.1|::1)\) is a loopback address/],
    [`http://2130706433:${port}/feed.xml`, /^refused: 127\.0\.0\.1 is a loopback address/],
    [`http://0x7f.1:${port}/feed.xml`, /^refused: 127\.0\.0\.1 is a loopback address/],
    [`http://0.0.0.0:${port}/feed.xml`, /^refused: 0\.0\.0\.0 is an unspecified address/],
    [`http://[::1]:${port}/feed.xml`, /^refused: ::1 is a loopback address/],
    [`http://[::ffff:127.0.0.1]:${port}/feed.xml`, /^refused: ::ffff:7f00:1 is a loopback address/],
    ['http://10.20.30.40/feed.xml', /^refused: 10\.20\.30\.40 is a private address/],
    ['http://169.254.169.254/latest/meta-data/', /^refused: 169\.254\.169\.254 is a link-local address/],
    ['http://[fd12::1]/feed.xml', /^refused: fd12::1 is a unique-local address/],
  ] as const;
  const { articles, problems } = await collect(refused.map(([url]) => url), { timeoutMs: 2000 });
  assert.equal(articles.length, 0);
  assert.deepEqual(problems.map((p) => p.origin), refused.map(([url]) => url));
  for (const [i, [, reason]] of refused.entries()) assert.match(problems[i]!.reason, reason);
  // A redirect is a new request and is checked the same way: here to the same server.
  assert.match(String(await fetchBytes(`${base}/moved`)), /^refused: /);
});

test('address classes: public addresses pass, the special-purpose ranges do not', () => {
  for (const a of ['8.8.8.8', '151.101.1.69', '2a04:4e42::81', '172.32.0.1', '100.128.0.1']) assert.equal(addressClass(a), 'public', a);
  assert.equal(addressClass('127.1.2.3'), 'loopback');
  assert.equal(addressClass('172.31.255.255'), 'private');
  assert.equal(addressClass('192.168.1.1'), 'private');
  assert.equal(addressClass('100.64.0.1'), 'private');
  assert.equal(addressClass('fe80::1'), 'link-local');
  assert.equal(addressClass('fc00::1'), 'unique-local');
  assert.equal(addressClass('::ffff:10.0.0.1'), 'private');
  assert.equal(addressClass('::ffff:a00:1'), 'private');
  assert.equal(addressClass('64:ff9b::7f00:1'), 'loopback');
  assert.equal(addressClass('::'), 'unspecified');
  assert.equal(addressClass('224.0.0.1'), 'reserved');
});
