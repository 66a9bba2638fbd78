import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { collect, feedFixture } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-ingest-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const paragraph = 'The foreign ministers of France and Germany met in Paris on Tuesday to discuss the reconstruction of Ukraine.';

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

test('gzip is detected by its magic bytes whatever the name (compressed.xml: windows-1251 RSS inside)', async () => {
  const { articles, problems } = await collect([feedFixture('node-feedparser--compressed.xml')]);
  assert.equal(problems.length, 0);
  assert.equal(articles.length, 10);
  assert.equal(articles[0]!.article.title, 'В Бузулуке главные стройплощадки – детсад и Ледовый дворец');
  assert.equal(articles[0]!.article.published, '2014-01-22T14:31:31Z');
});

test('binary, empty and missing inputs are one problem each, naming the file', async () => {
  const binary = write('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
  const empty = write('empty.xml', '');
  const blank = write('blank.txt', '  \n\n \t\n');
  const missing = join(dir, 'no-such-file.rss');
  const { articles, problems } = await collect([binary, empty, blank, missing]);
  assert.equal(articles.length, 0);
  assert.deepEqual(problems.map((p) => [p.origin, p.reason]), [
    [binary, 'binary file, not text'],
    [empty, 'empty file'],
    [blank, 'empty file'],
    [missing, 'no such file or directory'],
  ]);
});

test('a corrupt gzip stream is a problem, not a crash', async () => {
  const good = gzipSync(Buffer.from(`Talks resume\n\n${paragraph}\n`));
  const corrupt = write('truncated.txt.gz', good.subarray(0, good.length - 12));
  const { problems } = await collect([corrupt]);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.reason, /gzip|unexpected end/i);
});

test('a file over --max-bytes is skipped with the limit named', async () => {
  const { articles, problems } = await collect([feedFixture('node-feedparser--rss2sample.xml')], { maxBytes: 1000 });
  assert.equal(articles.length, 0);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.reason, /^file too large \(more than 1000 bytes; raise the limit with --max-bytes\)$/);
});

test('JSON Lines stream line by line: bad lines name file:line, the size limit is per line', async () => {
  const lines = [
    JSON.stringify({ id: 'wire-1', title: 'Talks resume', published: '2025-03-11', source: 'Wire', text: paragraph, desk: 'world' }),
    '{"id": "wire-2", "text": ',
    JSON.stringify({ id: 'wire-3', body: `${paragraph} ${'Officials said more talks would follow. '.repeat(60)}` }),
    JSON.stringify({ id: 'wire-4', content: 'Ankara hosted the next round of talks.' }),
    JSON.stringify({ id: 'wire-5', title: 'No text here' }),
  ];
  const path = write('wire.jsonl', lines.join('\n') + '\n');
  const fileSize = readFileSync(path).length;
  const maxBytes = 1000;
  assert.ok(fileSize > maxBytes);
  const { articles, problems } = await collect([path], { maxBytes });
  assert.deepEqual(articles.map((a) => a.article.id), ['wire-1', 'wire-4']);
  assert.equal(articles[0]!.origin, `${path}:1`);
  assert.deepEqual(articles[0]!.article.extra, { desk: 'world' });
  assert.deepEqual(problems.map((p) => p.origin), [`${path}:2`, `${path}:3`, `${path}:5`]);
  assert.match(problems[0]!.reason, /^invalid JSON/);
  assert.match(problems[1]!.reason, /^line too large/);
  assert.match(problems[2]!.reason, /^no text/);
});

test('a JSON Lines "date" is the publication date when "published" is absent, and stays an extra when it is not', async () => {
  const path = write('dated.jsonl', [
    JSON.stringify({ id: 'd-1', date: '1995-01-06', text: 'Ankara hosted the next round of talks.' }),
    JSON.stringify({ id: 'd-2', published: '2001-02-03', date: 'the week before', text: 'Ankara hosted the next round of talks again.' }),
  ].join('\n') + '\n');
  const { articles } = await collect([path], {});
  assert.deepEqual(articles.map((a) => [a.article.published, a.article.extra]), [['1995-01-06', undefined], ['2001-02-03', { date: 'the week before' }]]);
});

test('gzipped JSON Lines are streamed too', async () => {
  const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `gz-${i}`, text: `${paragraph} Round ${i}.` }));
  const path = write('wire.jsonl.gz', gzipSync(lines.join('\r\n')));
  const { articles, problems } = await collect([path]);
  assert.equal(problems.length, 0);
  assert.equal(articles.length, 50);
  assert.equal(articles[49]!.article.text, `${paragraph} Round 49.`);
  assert.equal(articles[49]!.origin, `${path}:50`);
});

test('plain text: a headline first line becomes the title, the rest is the text as given', async () => {
  const path = write('story.txt', `Ministers meet in Paris\n\n${paragraph}\nThey agreed to meet again.\n\n\nA second paragraph follows.\n`);
  const { articles } = await collect([path]);
  assert.equal(articles.length, 1);
  assert.equal(articles[0]!.article.title, 'Ministers meet in Paris');
  assert.equal(articles[0]!.article.text, `\n${paragraph}\nThey agreed to meet again.\n\n\nA second paragraph follows.\n`);
});

test('plain text: a first line ending like a sentence (before closing quotes, or with "!" or "?") is text, not a title, so it is analysed', async () => {
  const quoted = write('quoted.txt', 'The minister said: "Varlen will respond."\nTroops moved on Monday.\n');
  const exclaimed = write('exclaimed.txt', 'Sen. Mara Quellin met the Varlen delegation!\nShe said so.\n');
  const { articles } = await collect([quoted, exclaimed]);
  assert.deepEqual(articles.map((a) => [a.article.title, a.article.text]), [
    [undefined, 'The minister said: "Varlen will respond."\nTroops moved on Monday.\n'],
    [undefined, 'Sen. Mara Quellin met the Varlen delegation!\nShe said so.\n'],
  ]);
});

test('XML that is not a feed says so', async () => {
  const path = write('places.xml', '<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Kyiv</name></Placemark></kml>\n');
  const { problems } = await collect([path]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.reason, 'not a feed (XML with root element <kml>)');
});

test('directories are read recursively in name order, skipping README-style files', async () => {
  const tree = join(dir, 'tree');
  mkdirSync(join(tree, 'b'), { recursive: true });
  writeFileSync(join(tree, 'README.md'), '# About these files\n\nNot news.\n');
  writeFileSync(join(tree, 'a.txt'), `First story\n\n${paragraph}\n`);
  writeFileSync(join(tree, 'b', 'c.txt'), `Second story\n\n${paragraph} Again.\n`);
  const { articles, problems } = await collect([tree]);
  assert.equal(problems.length, 0);
  assert.deepEqual(articles.map((a) => a.article.title), ['First story', 'Second story']);
});

test('a JSON document: an array of articles is read, a metadata object is a problem, "[Updated]" text stays text', async () => {
  const array = write('wire.json', JSON.stringify([{ id: 'j-1', text: paragraph, published: 'Tue, 11 Mar 2025 09:00:00 GMT' }, { id: 'j-2', title: 'No text' }], null, 2));
  const metadata = write('metadata.json', JSON.stringify({ 'page.html': { title: 'A page', byline: null } }, null, 1));
  const bracketed = write('update.txt', `[Updated] Talks resume in Geneva\n\n${paragraph}\n`);
  const { articles, problems } = await collect([array, metadata, bracketed]);
  assert.deepEqual(articles.map((a) => a.origin), [`${array}[0]`, bracketed]);
  assert.equal(articles[0]!.article.published, '2025-03-11T09:00:00Z'); // RFC 822 in the input, ISO 8601 in the article
  assert.equal(articles[1]!.article.title, '[Updated] Talks resume in Geneva');
  assert.deepEqual(problems.map((p) => p.origin), [`${array}[1]`, metadata]);
  assert.match(problems[1]!.reason, /^JSON but not an article/);
});

test('--max-bytes also bounds what a small gzip file inflates to', async () => {
  const bomb = write('bomb.txt.gz', gzipSync(Buffer.alloc(200_000, 'a')));
  assert.ok(readFileSync(bomb).length < 1000);
  const { problems } = await collect([bomb], { maxBytes: 50_000 });
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.reason, /^file too large \(more than 50000 bytes after gunzip/);
});

test('a JSON array with no article in it (a manifest) is one problem for the file', async () => {
  const manifest = write('feeds.manifest.json', JSON.stringify([{ file: 'a.xml', sha256: 'ab' }, { file: 'b.xml', sha256: 'cd' }], null, 1));
  const { articles, problems } = await collect([manifest]);
  assert.equal(articles.length, 0);
  assert.deepEqual(problems.map((p) => p.origin), [manifest]);
  assert.match(problems[0]!.reason, /none of its 2 elements has text/);
});

test('JSON Lines and plain text keep their text as given; a syndication footer is cut from the end', async () => {
  const text = 'Iran\u00a0and the  United States resumed talks.\r\n\r\n“We are hopeful,”\tthe envoy said 🕊.\r\n\r\nThe post Talks resume appeared first on Example Wire.\r\n';
  const kept = text.slice(0, text.indexOf('\r\n\r\nThe post'));
  const jsonl = write('given.jsonl', JSON.stringify({ id: 'g1', text }) + '\n');
  const txt = write('given.txt', `Talks resume\r\n${text}`);
  const { articles, problems } = await collect([jsonl, txt]);
  assert.deepEqual(problems, []);
  assert.deepEqual(articles.map((a) => a.article.text), [kept, kept]);
  assert.equal(articles[1]!.article.title, 'Talks resume');
});

test('an article that is only a footer is a problem; the same text with and without a footer are two inputs', async () => {
  const only = write('footer.jsonl', JSON.stringify({ text: 'The post Talks resume appeared first on Example Wire.' }) + '\n');
  const { problems } = await collect([only]);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.reason, /^no text/);
  const both = write('copies.jsonl', [JSON.stringify({ text: paragraph }), JSON.stringify({ text: `${paragraph}\n\nThe post Talks appeared first on Example Wire.` })].join('\n') + '\n');
  const { articles } = await collect([both]);
  assert.equal(articles[0]!.article.text, articles[1]!.article.text);
  assert.notEqual(articles[0]!.article.id, articles[1]!.article.id);
});
