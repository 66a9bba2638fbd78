import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { finishArticle } from '../../src/ingest/index.ts';
import type { Analysis, Article } from '../../src/model.ts';

const samples = readFileSync(new URL('../../samples/sample.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

function bare(article: Article): Analysis {
  return { article, actors: [], mentions: [], quotes: [], events: [], stances: [] };
}

function article(raw: { text: string; id?: string; title?: string; published?: string }): Article {
  const a = finishArticle(raw);
  assert.equal(typeof a, 'object');
  return a as Article;
}

test('re-ingesting the same article stores nothing new', () => {
  const db = openStore(':memory:');
  const w = createWriter(db);
  const a = article({ text: samples[0].text, title: samples[0].title });
  assert.equal(w.write(bare(a)).status, 'stored');
  assert.equal(w.write(bare(a)).status, 'exists');
  assert.equal(db.prepare('SELECT count(*) FROM articles').pluck().get(), 1);
});

test('a syndicated copy with another header and footer is linked to the original: one group, the fuller copy first', () => {
  const db = openStore(':memory:');
  const w = createWriter(db);
  const original = samples.find((s: { text: string }) => s.text.length > 3000);
  const otherSample = samples.find((s: { id: string; text: string }) => s.text.length > 3000 && s.id !== original.id);
  const first = article({ text: original.text, published: '2024-05-01' });
  const copy = article({
    text: `By Staff Reporter | Republished from Wikinews\n\n${original.text}\n\nThe post ${original.title} appeared first on Example Daily.`,
    published: '2024-05-02',
  });
  assert.notEqual(first.id, copy.id);
  w.write(bare(first));
  // the copy holds the original and its own header and footer: it is the first copy, whatever was published first
  const outcome = w.write(bare(copy));
  assert.deepEqual([outcome.status, outcome.displaced], ['stored', [first.id]]);
  const linked = db.prepare('SELECT duplicate_of, similarity FROM articles WHERE id = ?').get(first.id) as { duplicate_of: string; similarity: number };
  assert.equal(linked.duplicate_of, copy.id);
  assert.ok(linked.similarity >= 0.7);
  // A different article is not linked.
  const other = article({ text: otherSample.text });
  assert.equal(w.write(bare(other)).status, 'stored');
});

test('the same text under another input id is an exact duplicate', () => {
  const db = openStore(':memory:');
  const w = createWriter(db);
  w.write(bare(article({ id: 'a:1', text: samples[1].text })));
  const outcome = w.write(bare(article({ id: 'b:7', text: samples[1].text })));
  assert.deepEqual([outcome.status, outcome.duplicateOf], ['duplicate', 'a:1']);
});

test('a quotation in pieces keeps its fragments through the store', async () => {
  const { getArticleDetail } = await import('../../src/store/queries/article-detail.ts');
  const db = openStore(':memory:');
  const w = createWriter(db);
  const text = '“We will not give up,” the chancellor said on Monday. “Not now, not ever.”';
  const a = article({ text });
  const first: [number, number] = [0, text.indexOf(' the chancellor')];
  const second: [number, number] = [text.lastIndexOf('“'), text.length];
  w.write({
    ...bare(a),
    quotes: [{ start: 0, end: text.length, text, kind: 'direct', speaker: { start: 24, end: 38, name: 'the chancellor' }, fragments: [first, second] }],
  });
  const [quote] = getArticleDetail(db, a.id)!.quotes;
  assert.deepEqual(quote!.fragments, [first, second]);
  assert.equal(text.slice(...quote!.fragments![1]!), '“Not now, not ever.”');
});

test('a batch stores every article it can; one that fails to store costs only itself', async () => {
  const { listArticles } = await import('../../src/store/queries/articles.ts');
  const db = openStore(':memory:');
  const w = createWriter(db);
  const [a, b, c] = [2, 3, 4].map((i) => article({ text: samples[i].text, title: samples[i].title }));
  const quote = { start: 0, end: 20, text: b!.text.slice(0, 20), kind: 'direct' as const, speaker: null };
  // A mention without an actor breaks a NOT NULL column: b cannot be stored.
  const broken: Analysis = { ...bare(b!), quotes: [quote], mentions: [{ start: 0, end: 3, text: 'The', actor: null as unknown as string }] };
  const outcomes = w.writeBatch([{ analysis: bare(a!) }, { analysis: broken }, { analysis: bare(c!) }]);
  assert.equal((outcomes[0] as { status: string }).status, 'stored');
  assert.ok(outcomes[1] instanceof Error, 'the broken article gets an Error');
  assert.equal((outcomes[2] as { status: string }).status, 'stored');
  const ids = db.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all();
  assert.deepEqual(ids, [a!.id, c!.id]);
  // Nothing of the broken article is left behind, in the tables or in the search index.
  assert.equal(db.prepare('SELECT count(*) FROM quotes').pluck().get(), 0);
  assert.equal(db.prepare('SELECT count(*) FROM quotes_fts_docsize').pluck().get(), 0);
  // The stored articles are searchable: the index is filled at the end of each transaction.
  const word = c!.title!.split(/\W+/).find((x) => x.length > 5)!;
  const found = listArticles(db, { search: word }).map((x) => x.id);
  assert.ok(found.includes(c!.id), `search for "${word}" finds the article`);
});

test('the actors of a batch that was rolled back are stored when its articles are stored again', () => {
  const db = openStore(':memory:');
  const w = createWriter(db);
  const [a, b, c] = [2, 3, 4].map((i) => article({ text: samples[i].text }));
  const actor = { id: 'FRA', name: 'France', kind: 'state' as const, country: 'FRA' };
  const withActor = (x: Article): Analysis => ({ ...bare(x), actors: [actor], mentions: [{ start: 0, end: 3, text: x.text.slice(0, 3), actor: 'FRA' }] });
  const broken: Analysis = { ...bare(b!), mentions: [{ start: 0, end: 3, text: 'The', actor: null as unknown as string }] };
  // The batch fails as a whole (b), is rolled back, and a is stored again on its own.
  const outcomes = w.writeBatch([{ analysis: withActor(a!) }, { analysis: broken }]);
  assert.equal((outcomes[0] as { status: string }).status, 'stored');
  assert.deepEqual(db.prepare('SELECT id, name FROM actors').all(), [{ id: 'FRA', name: 'France' }]);
  // Known now: a later article mentioning it stores its mention without a second actor row.
  w.writeBatch([{ analysis: withActor(c!) }]);
  assert.equal(db.prepare('SELECT count(*) FROM actors').pluck().get(), 1);
  assert.equal(db.prepare("SELECT count(*) FROM mentions WHERE actor = 'FRA'").pluck().get(), 2);
});

test('replacing an article\'s facts drops the actors only its old facts named; the writer stores them again when they come back', () => {
  const db = openStore(':memory:');
  const w = createWriter(db);
  const text = 'Quorvia met Norway in Oslo on Monday, and the two sides talked about fishing rights for hours.';
  const names: Record<string, string> = { QRV: 'Quorvia', NOR: 'Norway' };
  const named = (a: Article, ids: string[]): Analysis => ({
    ...bare(a),
    actors: ids.map((id) => ({ id, name: names[id]!, kind: 'state' as const, country: id })),
    mentions: ids.map((id) => {
      const start = a.text.indexOf(names[id]!);
      return { start, end: start + names[id]!.length, text: names[id]!, actor: id };
    }),
  });
  const first = article({ text, id: 'r1' });
  w.write(named(first, ['QRV', 'NOR']));
  const actorIds = () => db.prepare('SELECT id FROM actors ORDER BY id').pluck().all();
  assert.deepEqual(actorIds(), ['NOR', 'QRV']);
  // re-analysed without Quorvia: its actor row goes, Norway's stays
  assert.deepEqual(w.replaceFacts([named(first, ['NOR'])]), [true]);
  assert.deepEqual(actorIds(), ['NOR']);
  // a later article naming Quorvia again, by the same writer, gets its actor row back
  w.write(named(article({ text: 'Quorvia and Chile signed an accord on copper exports in Santiago late on Friday night.', id: 'r2' }), ['QRV']));
  assert.deepEqual(actorIds(), ['NOR', 'QRV']);
});

test('an actor another process deleted is written again by a writer that had written it before', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-write-two-'));
  try {
    const file = join(dir, 'store.db');
    const one = openStore(file);
    const other = openStore(file);
    const w1 = createWriter(one);
    const w2 = createWriter(other);
    const naming = (id: string, text: string, actors: string[]): Analysis => ({
      ...bare(article({ id, text })),
      actors: actors.map((a) => ({ id: a, name: a, kind: 'state' as const, country: a })),
      mentions: actors.map((a) => ({ start: 0, end: 3, text: text.slice(0, 3), actor: a })),
    });
    w1.write(naming('t1', 'Quorvia met Norway in Oslo on Monday to talk about fishing rights in the north.', ['QRV']));
    // the other process re-analyses t1 without Quorvia: the actor row goes
    w2.replaceFacts([naming('t1', 'Quorvia met Norway in Oslo on Monday to talk about fishing rights in the north.', ['NOR'])]);
    assert.equal(one.prepare("SELECT count(*) FROM actors WHERE id = 'QRV'").pluck().get(), 0);
    // the first writer names Quorvia again: its row is back, no mention points at nothing
    w1.write(naming('t2', 'Quorvia and Chile signed an accord on copper exports in Santiago late on Friday night.', ['QRV']));
    assert.equal(one.prepare('SELECT count(*) FROM mentions m LEFT JOIN actors x ON x.id = m.actor WHERE x.id IS NULL').pluck().get(), 0);
    one.close();
    other.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
