// A person's country and role per article (article_actors, migration 009), and stores made
// before it: readable as they are (read-only, not migrated) and after migrating.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { listMigrations, openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { getArticleDetail } from '../../src/store/queries/article-detail.ts';
import { finishArticle } from '../../src/ingest/index.ts';
import type { Actor, Analysis, Article } from '../../src/model.ts';

function article(text: string, published: string): Article {
  const a = finishArticle({ text, published });
  assert.equal(typeof a, 'object');
  return a as Article;
}

const quellin = (role: string): Actor => ({ id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person', country: 'NOR', role });

function analysis(a: Article, who: Actor): Analysis {
  const at = a.text.indexOf('Mara Quellin');
  const he = a.text.indexOf('She');
  return {
    article: a, actors: [who], quotes: [], events: [], stances: [],
    mentions: [
      { start: at, end: at + 12, text: 'Mara Quellin', actor: who.id },
      { start: he, end: he + 3, text: 'She', actor: who.id, refers_to: { start: at, end: at + 12, name: 'Mara Quellin' } },
    ],
  };
}

test('a person keeps the role of each article: minister in one story, elder in a later one; refers_to is stored', () => {
  const db = openStore(':memory:');
  const w = createWriter(db);
  const first = article('Minister Mara Quellin spoke in Oslo on Monday. She said the budget would pass.', '2019-03-01');
  const later = article('Mara Quellin, a former minister, wrote a book. She said it took three years.', '2024-03-01');
  w.write(analysis(first, quellin('GOV')));
  w.write(analysis(later, quellin('ELI')));
  assert.equal(getArticleDetail(db, first.id)?.actors[0]?.role, 'GOV');
  assert.equal(getArticleDetail(db, later.id)?.actors[0]?.role, 'ELI');
  assert.deepEqual(getArticleDetail(db, later.id)?.mentions[1]?.refers_to, { start: 0, end: 12, name: 'Mara Quellin' });
});

test('a country guessed from the article\'s home country is not stored as the person\'s', () => {
  const db = openStore(':memory:');
  const w = createWriter(db);
  const a = article('Mara Quellin spoke in Oslo on Monday. She said the budget would pass.', '2019-03-01');
  w.write(analysis(a, { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person', country: 'NOR', country_inferred: 'article' }));
  assert.equal(getArticleDetail(db, a.id)?.actors[0]?.country, undefined);
  assert.equal(db.prepare('SELECT country FROM actors WHERE id = ?').pluck().get('person:mara-quellin'), null);
  const b = article('Mara Quellin, the Norwegian minister, spoke on Monday. She said the budget would pass.', '2019-03-02');
  w.write(analysis(b, quellin('GOV')));
  assert.equal(getArticleDetail(db, b.id)?.actors[0]?.country, 'NOR');
});

test('a store made before per-article roles stays readable, read-only and after migrating', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-store-'));
  const file = join(dir, 'old.db');
  try {
    // the store as the schema before migration 009 made it, with one article written the old way
    const old = new Database(file);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of listMigrations().filter((m) => m.version < 9)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01T00:00:00Z');
    }
    const a = article('Minister Mara Quellin spoke in Oslo on Monday. She said the budget would pass.', '2019-03-01');
    old.prepare('INSERT INTO articles (id, text, published, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?)').run(a.id, a.text, a.published, 'h1', '2026-01-01T00:00:00Z');
    const rowid = old.prepare('SELECT rowid FROM articles WHERE id = ?').pluck().get(a.id);
    old.prepare('INSERT INTO actors (id, name, kind, country, role) VALUES (?, ?, ?, ?, ?)').run('person:mara-quellin', 'Mara Quellin', 'person', 'NOR', 'GOV');
    old.prepare('INSERT INTO mentions (article_rowid, start, "end", text, actor) VALUES (?, ?, ?, ?, ?)').run(rowid, 9, 21, 'Mara Quellin', 'person:mara-quellin');
    old.close();

    const readOnly = openStore(file, { readonly: true });
    assert.deepEqual(getArticleDetail(readOnly, a.id)?.actors, [quellin('GOV')]);
    readOnly.close();

    const migrated = openStore(file);
    assert.deepEqual(getArticleDetail(migrated, a.id)?.actors, [quellin('GOV')]);
    assert.equal(getArticleDetail(migrated, a.id)?.mentions[0]?.refers_to, undefined);
    migrated.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
