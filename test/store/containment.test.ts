// A shorter version of a story contained in a longer one is a near-duplicate (containment of
// shingle sets, migration 011), though their Jaccard similarity is below the 0.7 threshold;
// and a store written before shingle counts were kept still finds it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listMigrations, openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { finishArticle } from '../../src/ingest/index.ts';
import { bands, containment, minhash, shingleCount, similarity } from '../../src/ingest/dedup.ts';
import type { Analysis, Article } from '../../src/model.ts';

const story = [
  'The harbour authority of Velmora said on Tuesday that grain exports through its northern terminal rose by a fifth in March.',
  'Officials attributed the increase to the reopening of the rail line from the inland provinces after two months of repairs.',
  'Shipping agents reported that eleven bulk carriers were waiting at anchor, the longest queue since the autumn storms.',
  'The authority plans to extend working hours at the terminal to three shifts a day from the middle of April.',
  'Farmers in the eastern valleys welcomed the news but complained that storage fees at the port had doubled this year.',
  'A spokesman for the growers association asked the ministry to cap the fees until the harvest is sold.',
  'The ministry did not comment on the request, saying only that a review of port charges was under way.',
  'Analysts at a local bank expect wheat shipments to stay high through the summer if the weather holds.',
  'They warned, however, that a strike threatened by dock workers over overtime pay could halt loading for weeks.',
  'The dock workers union is due to vote on the strike next Friday after talks with the authority broke down.',
  'Union leaders said they had offered to accept a smaller raise in exchange for a shorter working week.',
  'The authority said it remained open to further talks and hoped an agreement could be reached before the vote.',
  'Traders said prices on the local exchange fell slightly on the news of the possible strike.',
];
const longer = story.join(' ');
const shorter = story.slice(0, 8).join(' ');
const rewritten = [...story.slice(0, 6), 'Port officials in the capital said a new customs system would be tested next month at the southern quay.', 'Inspectors will check every third container by hand until the software is approved by the finance ministry.', 'Importers of machinery said the checks would add two days to each delivery and raise their costs.', 'A group of shipping firms has written to parliament asking for the test to be postponed until winter.'].join(' ');

const bare = (article: Article): Analysis => ({ article, actors: [], mentions: [], quotes: [], events: [], stances: [] });
const article = (text: string, published: string) => finishArticle({ text, published }) as Article;

test('containment: how much of the shorter text the longer contains, from Jaccard and shingle counts', () => {
  const j = similarity(minhash(longer), minhash(shorter));
  assert.ok(j < 0.7, `Jaccard ${j} is below the near-duplicate threshold`);
  assert.ok(containment(j, shingleCount(longer), shingleCount(shorter)) >= 0.9);
  // six sentences shared of ten and thirteen: neither contains the other
  const k = similarity(minhash(longer), minhash(rewritten));
  assert.ok(containment(k, shingleCount(longer), shingleCount(rewritten)) < 0.9);
  // a repeated shingle counts once: six shingles of five words, the first and the last the same
  assert.equal(shingleCount('one two three four five one two three four five'), 5);
  assert.equal(shingleCount(''), 1);
});

test('a shorter version contained in a longer one is a near-duplicate of it; a rewrite sharing half is not', () => {
  const db = openStore(':memory:');
  const w = createWriter(db);
  const first = article(longer, '1990-04-02');
  assert.equal(w.write(bare(first)).status, 'stored');
  const outcome = w.write(bare(article(shorter, '1990-04-03')));
  assert.equal(outcome.status, 'near-duplicate');
  assert.equal(outcome.duplicateOf, first.id);
  assert.ok(outcome.similarity! < 0.7);
  assert.equal(w.write(bare(article(rewritten, '1990-04-03'))).status, 'stored');
  assert.equal(db.prepare('SELECT count(*) FROM article_minhash WHERE shingles IS NULL').pluck().get(), 0);
});

test('a store written before shingle counts were kept finds the contained version after migrating', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-store-'));
  const file = join(dir, 'old.db');
  try {
    // the store as the schema before migration 011 made it, the longer version written by it
    const old = new Database(file);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of listMigrations().filter((m) => m.version < 11)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01T00:00:00Z');
    }
    old.close();
    const before = new Database(file);
    const first = article(longer, '1990-04-02');
    // written as the old writer wrote it: bands and signature, no shingle count
    before.prepare('INSERT INTO articles (id, text, published, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?)').run(first.id, first.text, first.published, 'h1', '2026-01-01T00:00:00Z');
    const rowid = before.prepare('SELECT rowid FROM articles WHERE id = ?').pluck().get(first.id) as number;
    const sig = minhash(first.text);
    before.prepare('INSERT INTO article_minhash (article_rowid, signature) VALUES (?, ?)').run(rowid, Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength));
    for (const band of bands(sig)) before.prepare('INSERT INTO article_bands (band, article_rowid) VALUES (?, ?)').run(band, rowid);
    before.close();

    const readOnly = openStore(file, { readonly: true });
    assert.equal(readOnly.prepare('SELECT count(*) FROM articles').pluck().get(), 1);
    readOnly.close();

    const migrated = openStore(file);
    assert.equal(migrated.prepare('SELECT shingles FROM article_minhash').pluck().get(), null);
    const outcome = createWriter(migrated).write(bare(article(shorter, '1990-04-03')));
    assert.deepEqual([outcome.status, outcome.duplicateOf], ['near-duplicate', first.id]);
    migrated.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a shorter version published first does not cost the longer one its extra facts: the fuller copy is the first, in any order', () => {
  const union = story.slice(9, 10).join(' ');
  const facts = (a: Article): Analysis => {
    const at = a.text.indexOf('dock workers union');
    const mentions = at < 0 ? [] : [{ start: at, end: at + 'dock workers union'.length, text: 'dock workers union', actor: 'org:dock-workers-union' }];
    return { ...bare(a), actors: mentions.length ? [{ id: 'org:dock-workers-union', name: 'Dock Workers Union', kind: 'organization' }] : [], mentions };
  };
  assert.ok(longer.includes(union) && !shorter.includes(union));
  const short = article(shorter, '1990-04-02');
  const full = article(longer, '1990-04-03');
  for (const order of [[short, full], [full, short]]) {
    const db = openStore(':memory:');
    const w = createWriter(db);
    for (const a of order) w.write(facts(a));
    assert.deepEqual(db.prepare('SELECT id, duplicate_of FROM articles ORDER BY published').raw().all(), [[short.id, full.id], [full.id, null]]);
    assert.deepEqual(db.prepare('SELECT actor FROM mentions').pluck().all(), ['org:dock-workers-union'], 'the longer version\'s facts are stored, once');
  }
});
