// Writing articles and their analyses. `write` stores one article in its own
// transaction; `writeBatch` stores many in one transaction (a commit costs about as much
// as analysing a short article), so an interrupted run leaves whole batches or nothing.
// There is no savepoint per article (they cost ~10% of writing, measured on 8k bench
// articles); instead, if an article of a batch fails to store, the batch is rolled back
// and stored again one article per transaction, so only the failing article is lost.
// The full-text indexes are filled once per transaction (indexNewRows), not per row.
import type { Analysis, Article } from '../model.ts';
import type { Store } from './db.ts';
import { bands, contentHash, minhash, nearDuplicateThreshold, similarity } from '../ingest/dedup.ts';

/** redated: already stored, given again with another published date; the date is updated and its facts redone */
export type StoreStatus = 'stored' | 'exists' | 'redated' | 'duplicate' | 'near-duplicate';
export type StoreOutcome = { status: StoreStatus; id: string; duplicateOf?: string; similarity?: number };

export type Writer = {
  /** true when an article with this id is already stored (lets callers skip analysis) */
  has(id: string): boolean;
  /** the stored article's published date: undefined when no article has this id, null when it has no date */
  publishedOf(id: string): string | null | undefined;
  write(analysis: Analysis, origin?: string, signature?: Uint32Array): StoreOutcome;
  /** several articles in one commit; an article that cannot be stored gets an Error, the others are stored */
  writeBatch(items: { analysis: Analysis; origin?: string; signature?: Uint32Array }[]): (StoreOutcome | Error)[];
  /**
   * Stored articles analysed again: each one's mentions, quotes, events and stances replaced by
   * the new analysis's, all of the batch in one transaction (all or nothing). Returns, per item,
   * false when the article is not (or no longer) stored.
   */
  replaceFacts(analyses: Analysis[]): boolean[];
};

/**
 * Pages the write-ahead log may hold before SQLite copies it into the database (default
 * 1000, 4 MB): each copy syncs the file, so fewer copies write faster (docs/performance.md,
 * "WAL checkpoint interval").
 */
const walPagesBeforeCheckpoint = 10000;

export function createWriter(db: Store): Writer {
  db.pragma(`wal_autocheckpoint = ${walPagesBeforeCheckpoint}`);
  const q = {
    byId: db.prepare('SELECT rowid FROM articles WHERE id = ?').pluck(),
    stored: db.prepare('SELECT rowid, published, duplicate_of FROM articles WHERE id = ?'),
    setPublished: db.prepare('UPDATE articles SET published = ? WHERE rowid = ?'),
    byHash: db.prepare('SELECT id, duplicate_of FROM articles WHERE content_hash = ? ORDER BY rowid LIMIT 1'),
    candidates: db.prepare(
      `SELECT DISTINCT a.rowid, a.id, m.signature FROM article_bands b
       JOIN articles a ON a.rowid = b.article_rowid JOIN article_minhash m ON m.article_rowid = a.rowid
       WHERE b.band IN (SELECT value FROM json_each(?))`,
    ),
    insertArticle: db.prepare(
      `INSERT INTO articles (id, text, title, url, published, source, lang, byline, extra, origin, content_hash, duplicate_of, similarity, ingested_at)
       VALUES (@id, @text, @title, @url, @published, @source, @lang, @byline, @extra, @origin, @content_hash, @duplicate_of, @similarity, @ingested_at)`,
    ),
    insertBand: db.prepare('INSERT INTO article_bands (band, article_rowid) VALUES (?, ?)'),
    insertMinhash: db.prepare('INSERT INTO article_minhash (article_rowid, signature) VALUES (?, ?)'),
    upsertActor: db.prepare('INSERT INTO actors (id, name, kind, country, role) VALUES (@id, @name, @kind, @country, @role) ON CONFLICT(id) DO NOTHING'),
    insertMention: db.prepare('INSERT INTO mentions (article_rowid, start, "end", text, actor) VALUES (?, ?, ?, ?, ?)'),
    insertQuote: db.prepare(
      `INSERT INTO quotes (article_rowid, start, "end", text, kind, speaker_name, speaker_actor, speaker_start, speaker_end, cue_text, cue_start, cue_end, fragments, speaker_inferred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertEvent: db.prepare(
      `INSERT INTO events (article_rowid, start, "end", text, cameo, plover, mode, goldstein, quad, negated,
         source_actor, source_name, source_start, source_end, target_actor, target_name, target_start, target_end, date, extra)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    // Rows not yet in the full-text indexes (migration 007): rowids only grow, so they
    // are the rows above the highest rowid each index holds.
    indexArticles: db.prepare(
      `INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, text FROM articles
       WHERE rowid > (SELECT coalesce(max(rowid), 0) FROM articles_fts_docsize)`,
    ),
    indexQuotes: db.prepare(
      `INSERT INTO quotes_fts (rowid, text, speaker_name) SELECT rowid, text, speaker_name FROM quotes
       WHERE rowid > (SELECT coalesce(max(rowid), 0) FROM quotes_fts_docsize)`,
    ),
    insertStance: db.prepare('INSERT INTO stances (article_rowid, start, "end", actor, issue, polarity, extra) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    deleteFacts: ['mentions', 'quotes', 'events', 'stances'].map((table) => db.prepare(`DELETE FROM ${table} WHERE article_rowid = ?`)),
  };

  const insertArticleRow = (a: Article, origin: string | undefined, hash: string, duplicateOf: string | null, sim: number | null): number => {
    const info = q.insertArticle.run({
      id: a.id,
      text: a.text,
      title: a.title ?? null,
      url: a.url ?? null,
      published: a.published ?? null,
      source: a.source ?? null,
      lang: a.lang ?? null,
      byline: a.byline ?? null,
      extra: a.extra && Object.keys(a.extra).length ? JSON.stringify(a.extra) : null,
      origin: origin ?? null,
      content_hash: hash,
      duplicate_of: duplicateOf,
      similarity: sim,
      ingested_at: new Date().toISOString(),
    });
    return Number(info.lastInsertRowid);
  };

  // Actors stored by this writer, so each is inserted once, not once per article: `known`
  // holds those of committed transactions, `fresh` those of the open one (forgotten if it
  // rolls back).
  const known = new Set<string>();
  const fresh = new Set<string>();
  const writeFacts = (rowid: number, an: Analysis) => {
    for (const actor of an.actors) {
      if (known.has(actor.id) || fresh.has(actor.id)) continue;
      q.upsertActor.run({ id: actor.id, name: actor.name, kind: actor.kind, country: actor.country ?? null, role: actor.role ?? null });
      fresh.add(actor.id);
    }
    for (const m of an.mentions) q.insertMention.run(rowid, m.start, m.end, m.text, m.actor);
    for (const x of an.quotes) {
      q.insertQuote.run(rowid, x.start, x.end, x.text, x.kind, x.speaker?.name ?? null, x.speaker?.actor ?? null,
        x.speaker?.start ?? null, x.speaker?.end ?? null, x.cue?.text ?? null, x.cue?.start ?? null, x.cue?.end ?? null,
        x.fragments && x.fragments.length > 1 ? JSON.stringify(x.fragments) : null, x.speaker?.inferred ?? null);
    }
    for (const e of an.events) {
      const { start, end, text, cameo, plover, mode, goldstein, quad, negated, source, target, date, ...rest } = e;
      q.insertEvent.run(rowid, start, end, text, cameo, plover, mode ?? null, goldstein, quad, negated ? 1 : 0,
        source.actor, source.name, source.start, source.end, target?.actor ?? null, target?.name ?? null,
        target?.start ?? null, target?.end ?? null, date ?? null, Object.keys(rest).length ? JSON.stringify(rest) : null);
    }
    for (const s of an.stances) {
      const { start, end, actor, issue, polarity, ...rest } = s;
      q.insertStance.run(rowid, start, end, actor, issue, polarity, Object.keys(rest).length ? JSON.stringify(rest) : null);
    }
  };

  const replaceRows = (rowid: number, an: Analysis) => {
    for (const statement of q.deleteFacts) statement.run(rowid);
    writeFacts(rowid, an);
  };
  const writeRows = (an: Analysis, origin?: string, signature?: Uint32Array): StoreOutcome => {
    const a = an.article;
    const stored = q.stored.get(a.id) as { rowid: number; published: string | null; duplicate_of: string | null } | undefined;
    if (stored !== undefined) {
      if (!a.published || a.published === stored.published) return { status: 'exists', id: a.id };
      // given again with a (new) date: roles and event dates depend on it, so the facts are redone
      q.setPublished.run(a.published, stored.rowid);
      if (stored.duplicate_of === null) replaceRows(stored.rowid, an);
      return { status: 'redated', id: a.id };
    }
    const hash = contentHash(a.text);
    const same = q.byHash.get(hash) as { id: string; duplicate_of: string | null } | undefined;
    if (same) {
      const root = same.duplicate_of ?? same.id;
      insertArticleRow(a, origin, hash, root, 1);
      return { status: 'duplicate', id: a.id, duplicateOf: root, similarity: 1 };
    }
    const sig = signature ?? minhash(a.text);
    const sigBands = bands(sig);
    let best: { id: string; sim: number } | undefined;
    for (const c of q.candidates.all(JSON.stringify(sigBands)) as { id: string; signature: Buffer }[]) {
      const other = new Uint32Array(c.signature.buffer.slice(c.signature.byteOffset, c.signature.byteOffset + c.signature.byteLength));
      const sim = similarity(sig, other);
      if (sim >= nearDuplicateThreshold && (!best || sim > best.sim)) best = { id: c.id, sim };
    }
    if (best) {
      insertArticleRow(a, origin, hash, best.id, best.sim);
      return { status: 'near-duplicate', id: a.id, duplicateOf: best.id, similarity: best.sim };
    }
    const rowid = insertArticleRow(a, origin, hash, null, null);
    for (const band of sigBands) q.insertBand.run(band, rowid);
    q.insertMinhash.run(rowid, Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength));
    writeFacts(rowid, an);
    return { status: 'stored', id: a.id };
  };
  /** adds the transaction's new rows to the full-text indexes, in one statement per index */
  const indexNewRows = () => {
    q.indexArticles.run();
    q.indexQuotes.run();
  };
  const writeOne = db.transaction((an: Analysis, origin?: string, signature?: Uint32Array) => {
    const outcome = writeRows(an, origin, signature);
    indexNewRows();
    return outcome;
  });
  type Item = { analysis: Analysis; origin?: string; signature?: Uint32Array };
  const writeMany = db.transaction((items: Item[]) => {
    const outcomes = items.map((i) => writeRows(i.analysis, i.origin, i.signature));
    indexNewRows();
    return outcomes;
  });
  /** runs a transaction; the actors it stored become known if it commits */
  const committing = <T>(run: () => T): T => {
    fresh.clear();
    try {
      const result = run();
      for (const id of fresh) known.add(id);
      return result;
    } finally {
      fresh.clear();
    }
  };
  // Re-analysis: the quotes' delete trigger takes old rows out of the full-text index, and new
  // rows get rowids above every indexed one, so indexNewRows adds exactly them.
  const replaceMany = db.transaction((analyses: Analysis[]) => {
    const done = analyses.map((an) => {
      const rowid = q.byId.get(an.article.id) as number | undefined;
      if (rowid === undefined) return false;
      replaceRows(rowid, an);
      return true;
    });
    indexNewRows();
    return done;
  });
  const write = (an: Analysis, origin?: string, signature?: Uint32Array) => committing(() => writeOne(an, origin, signature));
  const writeAll = (items: Item[]) => committing(() => writeMany(items));

  return {
    has: (id) => q.byId.get(id) !== undefined,
    publishedOf: (id) => (q.stored.get(id) as { published: string | null } | undefined)?.published,
    write: (an, origin, signature) => write(an, origin, signature),
    replaceFacts: (analyses) => committing(() => replaceMany(analyses)),
    writeBatch: (items) => {
      try {
        return writeAll(items);
      } catch {
        // The whole batch was rolled back: store it again one article per transaction.
        return items.map((i) => {
          try {
            return write(i.analysis, i.origin, i.signature);
          } catch (e) {
            return e instanceof Error ? e : new Error(String(e));
          }
        });
      }
    },
  };
}
