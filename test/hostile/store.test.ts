// The hostile-input suite, store part (issue 20): several writers on one store, copies that
// arrive in any order, and templated input that crowds the near-duplicate buckets. What is
// stored must not depend on the order articles arrive in, nor on which of two runs at once wrote them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../../src/store/db.ts';
import { createWriter, maxCandidatesPerBand } from '../../src/store/write.ts';
import { bandRows, minhashSize } from '../../src/ingest/dedup.ts';
import type { Actor, Analysis, Article } from '../../src/model.ts';
import { entente } from '../cli/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-hostile-store-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

function bare(article: Article, actors: Actor[] = []): Analysis {
  return { article, actors, mentions: actors.map((a) => ({ start: 0, end: 1, text: a.name, actor: a.id })), quotes: [], events: [], stances: [] };
}

/** Every table of the store as sorted text, without rowids (which depend on the order of writing). */
function dump(db: Store | Database.Database): string[] {
  const rows = (sql: string) => (db.prepare(sql).raw().all() as unknown[][]).map((r) => r.map((v) => (v instanceof Buffer ? v.toString('hex') : String(v))).join('|'));
  return [
    ...rows('SELECT id, title, published, content_hash, duplicate_of, round(similarity, 4) FROM articles ORDER BY id'),
    ...rows('SELECT * FROM actors ORDER BY id'),
    ...rows('SELECT a.id, m.start, m."end", m.text, m.actor FROM mentions m JOIN articles a ON a.rowid = m.article_rowid ORDER BY 1, 2, 3, 5'),
    ...rows('SELECT a.id, q.start, q."end", q.speaker_actor FROM quotes q JOIN articles a ON a.rowid = q.article_rowid ORDER BY 1, 2, 3'),
    ...rows('SELECT a.id, e.start, e."end", e.cameo, e.source_actor, e.target_actor FROM events e JOIN articles a ON a.rowid = e.article_rowid ORDER BY 1, 2, 3, 4, 5, 6'),
    ...rows('SELECT a.id, s.start, s."end", s.actor, s.issue FROM stances s JOIN articles a ON a.rowid = s.article_rowid ORDER BY 1, 2, 3, 4, 5'),
    ...rows('SELECT a.id, b.band FROM article_bands b JOIN articles a ON a.rowid = b.article_rowid ORDER BY 1, 2'),
  ];
}

const stories = [
  'Officials of the northern province said on Tuesday that the bridge over the river would reopen next month after repairs, and that the council had approved the money for a second crossing. The governor told reporters the work would begin in the spring.',
  'The central bank kept its main interest rate unchanged on Thursday, saying that prices were still rising faster than wages. Two members of the board voted for a cut, and the governor warned that fuel costs could push inflation higher before the summer.',
  'Fishermen in the southern harbour stayed ashore for a third day as a storm lashed the coast with waves of up to six metres. The port authority closed the channel to all traffic and the weather service expected the wind to ease by the weekend.',
  'A court in the capital sentenced two former ministers to prison for taking bribes from a construction company that built the new airport terminal. Their lawyers said they would appeal, and the ruling party called the verdict a political attack.',
  'Teachers across the country walked out of their classrooms on Monday to demand higher pay and smaller classes. The education minister offered talks later in the week, but the union said the strike would go on until the offer was put in writing.',
  'Scientists at the national observatory reported a bright comet that should be visible to the naked eye in the evening sky early next month. They advised watchers to look low in the west just after sunset, away from the lights of the cities.',
];
const story = (n: number) => stories[n % stories.length]!;

test('copies written in any order give the same store: the first copy is the fullest, then the one published first, then the lowest id', () => {
  const original = { id: 'wire-1', text: story(1), published: '2024-03-01' };
  const reprint = { id: 'paper-7', text: `Reprinted from the wire service. ${story(1)}`, published: '2024-03-02' };
  const exact = { id: 'blog-3', text: story(1), published: '2024-03-03' };
  const other = { id: 'wire-2', text: story(2), published: '2024-03-01' };
  const undated = { id: 'aaa-undated', text: `${story(1)} More soon.` };
  const items = [original, reprint, exact, other, undated];
  const orders = [items, [...items].reverse(), [exact, undated, reprint, other, original]];
  const stores = orders.map((order) => {
    const db = openStore(':memory:');
    const w = createWriter(db);
    for (const a of order) w.write(bare(a, [{ id: `person:${a.id}`, name: a.id, kind: 'person' }]));
    return db;
  });
  const first = dump(stores[0]!);
  for (const db of stores.slice(1)) assert.deepEqual(dump(db), first);
  const links = stores[0]!.prepare('SELECT id, duplicate_of FROM articles ORDER BY id').raw().all();
  // the reprint holds the most (five words more than the wire; the undated copy two)
  assert.deepEqual(links, [['aaa-undated', 'paper-7'], ['blog-3', 'paper-7'], ['paper-7', null], ['wire-1', 'paper-7'], ['wire-2', null]]);
  // only first copies keep their facts, and an actor named only by a displaced copy is gone
  assert.deepEqual(stores[2]!.prepare('SELECT id FROM actors ORDER BY id').pluck().all(), ['person:paper-7', 'person:wire-2']);
  // copies as full as each other: the one published first, then the lowest id
  const equal = [{ id: 'z-late', text: story(3), published: '2024-03-05' }, { id: 'y-early', text: story(3), published: '2024-03-04' }, { id: 'x-early', text: story(3), published: '2024-03-04' }];
  for (const order of [equal, [...equal].reverse()]) {
    const db = openStore(':memory:');
    const w = createWriter(db);
    for (const a of order) w.write(bare(a));
    assert.deepEqual(db.prepare('SELECT id, duplicate_of FROM articles ORDER BY id').raw().all(), [['x-early', null], ['y-early', 'x-early'], ['z-late', 'x-early']]);
  }
});

test('a chain of copies (A like B, B like C, A unlike C) is one group in every order of writing', () => {
  // signatures made to measure: B shares 3/4 of A's values, C 3/4 of B's and 1/2 of A's
  const base = (k: number) => 1000 + k;
  const quarter = minhashSize / 4;
  const sigA = Uint32Array.from({ length: minhashSize }, (_, k) => base(k));
  const sigB = Uint32Array.from({ length: minhashSize }, (_, k) => (k < quarter ? 5000 + k : base(k)));
  const sigC = Uint32Array.from({ length: minhashSize }, (_, k) => (k < quarter ? 5000 + k : k >= 3 * quarter ? 9000 + k : base(k)));
  const items = [
    { article: { id: 'chain-a', text: story(1), published: '2024-03-01' }, sig: sigA },
    { article: { id: 'chain-b', text: story(1).replace('The central', 'An central'), published: '2024-03-02' }, sig: sigB },
    { article: { id: 'chain-c', text: story(1).replace('The central', 'A central'), published: '2024-03-03' }, sig: sigC },
    { article: { id: 'other', text: story(2), published: '2024-03-02' }, sig: Uint32Array.from({ length: minhashSize }, (_, k) => 20000 + k) },
  ];
  const orders = [[0, 1, 2, 3], [0, 2, 1, 3], [1, 0, 2, 3], [1, 2, 0, 3], [2, 0, 1, 3], [2, 1, 0, 3], [3, 2, 1, 0]];
  const stores = orders.map((order) => {
    const db = openStore(':memory:');
    const w = createWriter(db);
    for (const i of order) w.write(bare(items[i]!.article, [{ id: `person:${items[i]!.article.id}`, name: items[i]!.article.id, kind: 'person' }]), undefined, items[i]!.sig);
    return db;
  });
  const first = dump(stores[0]!);
  orders.forEach((order, i) => assert.deepEqual(dump(stores[i]!), first, `order ${order.join(',')}`));
  assert.deepEqual(stores[0]!.prepare('SELECT id, duplicate_of, similarity FROM articles ORDER BY id').raw().all(), [
    ['chain-a', null, null], ['chain-b', 'chain-a', 0.75], ['chain-c', 'chain-a', 0.5], ['other', null, null],
  ]);
});

test('a copy stored without bands (by an older Entente) gets them (reanalyze), so that a later copy of it finds its group', () => {
  const base = (k: number) => 1000 + k;
  const quarter = minhashSize / 4;
  const sigA = Uint32Array.from({ length: minhashSize }, (_, k) => base(k));
  const sigB = Uint32Array.from({ length: minhashSize }, (_, k) => (k < quarter ? 5000 + k : base(k)));
  const sigC = Uint32Array.from({ length: minhashSize }, (_, k) => (k < quarter ? 5000 + k : k >= 3 * quarter ? 9000 + k : base(k)));
  const db = openStore(':memory:');
  const w = createWriter(db);
  w.write(bare({ id: 'old-a', text: story(1), published: '2024-03-01' }), undefined, sigA);
  w.write(bare({ id: 'old-b', text: story(1).replace('The central', 'An central'), published: '2024-03-02' }), undefined, sigB);
  // as an older Entente left it: the copy has no bands (C is like B, not enough like A)
  db.prepare("DELETE FROM article_bands WHERE article_rowid = (SELECT rowid FROM articles WHERE id = 'old-b')").run();
  assert.equal(w.bandUnbanded(), 1);
  assert.equal(w.bandUnbanded(), 0);
  const c = w.write(bare({ id: 'old-c', text: story(1).replace('The central', 'A central'), published: '2024-03-03' }), undefined, sigC);
  assert.deepEqual([c.status, c.duplicateOf], ['near-duplicate', 'old-a']);
});

test("an actor's name is the least of the names written for it, whatever the order", () => {
  const names = ['Tak-sing Wong', 'Tak-Sing Wong', 'Tak-Sing WONG'];
  const stored = [names, [...names].reverse()].map((order) => {
    const db = openStore(':memory:');
    const w = createWriter(db);
    order.forEach((name, i) => w.write(bare({ id: `a${i}`, text: story(i) }, [{ id: 'person:tak-sing-wong', name, kind: 'person' }])));
    return db.prepare('SELECT name FROM actors').pluck().all();
  });
  assert.deepEqual(stored, [['Tak-Sing WONG'], ['Tak-Sing WONG']]);
});

test("a writer's transaction holds the write lock from its start: another connection writing in the middle of it waits", () => {
  const file = join(dir, 'lock.db');
  const db = openStore(file);
  const w = createWriter(db);
  const other = new Database(file);
  other.pragma('busy_timeout = 0');
  let otherWrote: string | undefined;
  const article = { id: 'x1', published: undefined as string | undefined } as Article;
  // The text is read after the writer's first look at the store: another process commits then.
  Object.defineProperty(article, 'text', {
    enumerable: true,
    get() {
      try {
        other.prepare("INSERT INTO actors (id, name, kind) VALUES ('USA', 'United States', 'state')").run();
        otherWrote = 'wrote';
      } catch (e) {
        otherWrote = (e as { code?: string }).code;
      }
      return story(3);
    },
  });
  // A deferred transaction failed here with SQLITE_BUSY_SNAPSHOT: its snapshot was older than the other's commit.
  assert.equal(w.write(bare(article)).status, 'stored');
  assert.equal(otherWrote, 'SQLITE_BUSY');
  other.close();
  db.close();
});

test(`templated input: a new article is compared with at most ${maxCandidatesPerBand} first copies per band, however many share one`, () => {
  const db = openStore(':memory:');
  const w = createWriter(db);
  // 200 articles whose signatures share their first band (a template) and nothing else
  const signature = (i: number) => Uint32Array.from({ length: minhashSize }, (_, k) => (k < bandRows ? k : (i + 1) * 1000 + k));
  for (let i = 0; i < 200; i++) w.write(bare({ id: `t${i}`, text: `${i}. ${story(i)}` }), undefined, signature(i));
  const outcome = w.write(bare({ id: 'last', text: story(0) }), undefined, signature(999));
  assert.equal(outcome.status, 'stored');
  assert.equal(w.lastCandidates(), maxCandidatesPerBand);
  // a true copy of the oldest is still found, through the bands the template does not crowd
  const copy = w.write(bare({ id: 'zz-copy', text: `Copy. ${story(0)}` }), undefined, signature(0));
  assert.deepEqual([copy.status, copy.duplicateOf], ['near-duplicate', 't0']);
});

test('two ingests into one store at once, and the same inputs one after the other in either order, give the clean store', { timeout: 600_000 }, async () => {
  const line = (id: string, text: string, published?: string) => JSON.stringify({ id, text, ...(published ? { published } : {}) });
  const a = join(dir, 'a.jsonl');
  const b = join(dir, 'b.jsonl');
  writeFileSync(a, [line('w1', story(1), '2024-03-01'), line('w2', story(2), '2024-03-01'), line('c3', story(3), '2024-03-05'), line('w4', story(4))].join('\n') + '\n');
  writeFileSync(b, [line('p1', `Reprinted from the wire. ${story(1)}`, '2024-02-28'), line('p3', story(3), '2024-03-02'), line('p5', story(5)), line('w4', story(4))].join('\n') + '\n');
  // --article-timeout 0: each run analyses on this thread, without a worker that loads the dictionaries again
  const args = (db: string, ...inputs: string[]) => ['ingest', ...inputs, '--db', join(dir, db), '--jobs', '1', '--article-timeout', '0', '--quiet'];
  // One after the other: in this process (the command line in-process, on this thread).
  const run = async (db: string, ...inputs: string[]) => {
    const r = await entente(args(db, ...inputs));
    assert.equal(r.code, 0, r.stderr);
  };
  await run('clean.db', a, b);
  await run('reversed.db', b);
  await run('reversed.db', a);
  // At once: two runs of the command in this process, each with its own connection and
  // writer, taking turns on this thread between articles, so that each run decides what to
  // store from what it read before the other committed (w4 is in both inputs; p1 and p3 are
  // copies of a's articles). Two processes cost two loads of the dictionaries (~2.5 s of CPU
  // each) and overlapped only when their start-ups happened to end together; contention for
  // SQLite's lock itself is tested with a connection that holds it (above, and
  // hostile/inputs.test.ts's store held past the busy timeout).
  const together = await Promise.all([a, b].map((input) => entente(args('together.db', input))));
  assert.deepEqual(
    together.map((r) => [r.code, r.stderr]),
    [
      [0, ''],
      [0, ''],
    ],
  );
  const dumps = ['clean.db', 'reversed.db', 'together.db'].map((name) => {
    const db = new Database(join(dir, name), { readonly: true });
    try {
      return dump(db);
    } finally {
      db.close();
    }
  });
  assert.deepEqual(dumps[1], dumps[0]);
  assert.deepEqual(dumps[2], dumps[0]);
  // the reprint published before the wire's copy is the first copy; the exact copy dated earlier too
  const clean = new Database(join(dir, 'clean.db'), { readonly: true });
  try {
    assert.deepEqual(clean.prepare('SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL ORDER BY id').raw().all(), [['c3', 'p3'], ['w1', 'p1']]);
  } finally {
    clean.close();
  }
});
