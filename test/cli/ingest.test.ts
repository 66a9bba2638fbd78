// The ingest command as a script sees it: exit codes, one stderr line per bad
// item, idempotent re-runs (a consistent store after kill -9: test/cli/smoke.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleCount, entente as run } from './helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const feeds = join(root, 'test/fixtures/feeds');
const dir = mkdtempSync(join(tmpdir(), 'entente-cli-ingest-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The CLI with one analysis thread, so tests do not fight over the cores, and that thread this
 * one (no time budget): the dictionaries load once for the file, not in a worker per command.
 */
const entente = (args: string[], stdin?: Buffer) => run([...args, '--jobs', '1', '--article-timeout', '0'], { stdin });

test('a directory with good and bad feeds: exit 0, one skip line per bad item, and a re-run stores nothing new', async () => {
  const db = join(dir, 'feeds.db');
  const first = await entente(['ingest', feeds, '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  const skips = first.stderr.split('\n').filter((l) => l.startsWith('skip '));
  // Each skip line names the file (or file#item) and a reason.
  for (const line of skips) assert.match(line, new RegExp(`^skip ${feeds}/[^:]+: \\S`));
  assert.ok(skips.some((l) => l.includes('feed-rs--rss_2.0_invalid_1.xml: not well-formed XML at line')));
  assert.ok(skips.some((l) => l.includes('rss-parser--unrecognized.rss: not a feed')));
  assert.ok(skips.some((l) => l.includes('node-feedparser--notafeed.html: no article found')));
  const stored = articleCount(db);
  assert.ok(stored > 60, `stored ${stored}`);
  assert.match(first.stderr, new RegExp(`ingest: ${stored} stored`));

  const again = await entente(['ingest', feeds, '--db', db]);
  assert.equal(again.code, 0);
  assert.match(again.stderr, /ingest: 0 stored/);
  assert.equal(articleCount(db), stored);
});

test('exit 1 when every item fails, 2 for usage errors', async () => {
  const db = join(dir, 'failures.db');
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const failed = await entente(['ingest', empty, join(feeds, 'rss-parser--unrecognized.rss'), '--db', db]);
  assert.equal(failed.code, 1);
  assert.equal(failed.stderr.split('\n').filter((l) => l.startsWith('skip ')).length, 2);

  assert.equal((await entente(['ingest', '--db', db])).code, 2);
  assert.equal((await entente(['ingest', feeds, '--max-bytes', 'lots', '--db', db])).code, 2);
  assert.equal((await entente(['ingest', feeds, '--no-such-option', '--db', db])).code, 2);
});

test('stdin is read with "-"', async () => {
  const db = join(dir, 'stdin.db');
  const r = await entente(['ingest', '-', '--db', db], readFileSync(join(feeds, 'node-feedparser--rss2sample.xml')));
  assert.equal(r.code, 0, r.stderr);
  assert.equal(articleCount(db), 4);
});

test('an earlier copy given after the stored first copy takes its place, and the summary says so', async () => {
  const db = join(dir, 'displaced.db');
  const text = 'The foreign ministers of Norway and Chile met in Oslo on Monday and agreed to extend their trade accord for five years, officials said.';
  const later = join(dir, 'later.jsonl');
  const earlier = join(dir, 'earlier.jsonl');
  writeFileSync(later, `${JSON.stringify({ id: 'wire:later', published: '2021-03-16', text })}\n`);
  writeFileSync(earlier, `${JSON.stringify({ id: 'wire:earlier', published: '2021-03-15', text })}\n`);
  assert.equal((await entente(['ingest', later, '--db', db])).code, 0);
  const r = await entente(['ingest', earlier, '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /ingest: 1 stored, 0 already stored, 0 exact and 0 near duplicates linked, 1 stored first copies linked as duplicates of a fuller or earlier copy, 0 skipped/);
  assert.equal(articleCount(db), 2);
});

test('a fuller copy published later takes the place of the stored first copy, and the summary does not call it earlier', async () => {
  const db = join(dir, 'fuller.db');
  const text = 'The foreign ministers of Norway and Chile met in Oslo on Monday and agreed to extend their trade accord for five years, officials said.';
  const wire = join(dir, 'wire.jsonl');
  const reprint = join(dir, 'reprint.jsonl');
  writeFileSync(wire, `${JSON.stringify({ id: 'wire:first', published: '2021-03-15', text })}\n`);
  writeFileSync(reprint, `${JSON.stringify({ id: 'paper:later', published: '2021-03-17', text: `${text} The accord covers salmon, copper and wine, and a review is due in two years.` })}\n`);
  assert.equal((await entente(['ingest', wire, '--db', db])).code, 0);
  const r = await entente(['ingest', reprint, '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /ingest: 1 stored, 0 already stored, 0 exact and 0 near duplicates linked, 1 stored first copies linked as duplicates of a fuller or earlier copy, 0 skipped/);
});

test('an article that joins two stored groups counts both first copies it displaces', async () => {
  const db = join(dir, 'joined.db');
  // two versions of a story that overlap too little to be one group, and a fuller one that holds both
  const s = [
    'The foreign ministers of Norway and Chile met in Oslo on Monday.',
    'They agreed to extend their trade accord for five more years.',
    'The accord covers salmon, copper, wine and fruit shipped in winter.',
    'Officials said a review of its tariffs is due in two years.',
    'Chile hopes to sell more lithium to Norwegian battery makers.',
    'Norway wants easier rules for its shipping firms in Valparaiso.',
    'Talks on fisheries were put off until the autumn meeting in Santiago.',
    'Both ministers praised the work of their negotiating teams.',
    'A joint statement is expected to be published on Wednesday.',
    'The next round will be held in Punta Arenas in October.',
  ];
  const parts = join(dir, 'parts.jsonl');
  const whole = join(dir, 'whole.jsonl');
  writeFileSync(parts, `${JSON.stringify({ id: 'wire:head', published: '2021-03-15', text: s.slice(0, 8).join(' ') })}\n${JSON.stringify({ id: 'wire:tail', published: '2021-03-15', text: s.slice(2).join(' ') })}\n`);
  writeFileSync(whole, `${JSON.stringify({ id: 'paper:whole', published: '2021-03-16', text: s.join(' ') })}\n`);
  assert.match((await entente(['ingest', parts, '--db', db])).stderr, /ingest: 2 stored/);
  const r = await entente(['ingest', whole, '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /ingest: 1 stored, .* 2 stored first copies linked as duplicates of a fuller or earlier copy/);
});
