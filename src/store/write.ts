// Writing articles and their analyses. `write` stores one article in its own
// transaction; `writeBatch` stores many in one transaction (a commit costs about as much
// as analysing a short article), so an interrupted run leaves whole batches or nothing.
// There is no savepoint per article (they slow writing down: docs/performance.md,
// "Measurements behind settings in the code"); instead, if an article of a batch fails
// to store, the batch is rolled back and stored again one article per transaction, so
// only the failing article is lost.
// The full-text indexes are filled once per transaction (indexNewRows), not per row.
//
// Several processes may write one store at once (two ingests, a server storing analyses):
// each transaction begins IMMEDIATE, so a writer waits for the write lock (the store's busy
// timeout) instead of failing when a read turns into a write. What is stored does not depend
// on the order the articles arrive in: a group of (near-)duplicates is every article linked
// to another of the group by a near-duplicate similarity (a chain of edits of one story:
// A like B, B like C is one group even when A is unlike C), whatever the order they came in;
// its first copy is the fullest (most distinct shingles), then the one published first, then the
// lowest id (`precedes`), whenever it is written; and an actor's name is the least of the names written for it. So the store after
// concurrent ingests, or after a run interrupted and run again, equals the store of one clean
// run (exactly so while no LSH band holds more than maxCandidatesPerBand articles).
import type { Analysis, Article, Event } from '../model.ts';
import type { Store } from './db.ts';
import {
  bands,
  containment,
  contentHash,
  minContainedSimilarity,
  minhash,
  nearDuplicateContainment,
  nearDuplicateThreshold,
  shingleCount,
  similarity,
} from '../ingest/dedup.ts';

/**
 * The most recent members of one LSH band (every stored article's bands are kept, copies'
 * too) read as near-duplicate candidates. A template shared by many items (a feed of
 * generated pages) fills a few bands with thousands of articles; reading them all made each
 * new article slower to store than the last. A true copy shares most of its 16 bands with
 * the original, so it is still found through the bands the template does not crowd.
 */
export const maxCandidatesPerBand = 32;

/** redated: already stored, given again with another published date; the date is updated and its facts redone */
export type StoreStatus = 'stored' | 'exists' | 'redated' | 'duplicate' | 'near-duplicate';
/**
 * displaced: the first copies stored before that are now duplicates, of this article (which
 * precedes them: fuller, or as full and published earlier, or with the lower id) or of the first
 * copy of a group this article joined theirs to; usually one, more when it joins several groups
 */
export type StoreOutcome = { status: StoreStatus; id: string; duplicateOf?: string; similarity?: number; displaced?: string[] };

/**
 * Which of two copies is the first, the one whose facts are stored: the fuller text (more distinct
 * word 5-shingles: a longer version that contains a shorter one keeps its extra facts, whichever
 * was published first), then published earlier (an undated copy after dated ones), then the lower id.
 */
export function precedes(
  a: { id: string; published?: string | null; shingles: number },
  b: { id: string; published?: string | null; shingles: number },
): boolean {
  if (a.shingles !== b.shingles) return a.shingles > b.shingles;
  const pa = a.published ?? undefined;
  const pb = b.published ?? undefined;
  if (pa !== pb) {
    if (pa === undefined) return false;
    if (pb === undefined) return true;
    return pa < pb;
  }
  return a.id < b.id;
}


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
  /** how many first copies the last article written was compared with (the near-duplicate lookup's work) */
  lastCandidates(): number;
  /**
   * Gives LSH bands (and a signature) to the stored articles that have none: copies stored before
   * every article's bands were kept, through which a later near-duplicate of such a copy finds
   * its group. Returns how many; reanalyze calls it.
   */
  bandUnbanded(): number;
};

/**
 * Pages the write-ahead log may hold before SQLite copies it into the database (default
 * 1000, 4 MB): each copy syncs the file, so fewer copies write faster (docs/performance.md,
 * "WAL checkpoint interval").
 */
const walPagesBeforeCheckpoint = 10000;

/** Articles given their missing bands per transaction (bandUnbanded). */
const unbandedPerTransaction = 1000;

export function createWriter(db: Store): Writer {
  db.pragma(`wal_autocheckpoint = ${walPagesBeforeCheckpoint}`);
  const q = {
    byId: db.prepare('SELECT rowid FROM articles WHERE id = ?').pluck(),
    stored: db.prepare('SELECT rowid, published, duplicate_of FROM articles WHERE id = ?'),
    setPublished: db.prepare('UPDATE articles SET published = ? WHERE rowid = ?'),
    byHash: db.prepare('SELECT id, duplicate_of FROM articles WHERE content_hash = ? ORDER BY rowid LIMIT 1'),
    root: db.prepare('SELECT a.rowid, a.id, a.published, m.shingles FROM articles a LEFT JOIN article_minhash m ON m.article_rowid = a.rowid WHERE a.id = ?'),
    textOf: db.prepare('SELECT text FROM articles WHERE rowid = ?').pluck(),
    bandMembers: db.prepare(
      `SELECT a.rowid, a.id, a.duplicate_of, m.signature, m.shingles FROM article_bands b
       JOIN articles a ON a.rowid = b.article_rowid JOIN article_minhash m ON m.article_rowid = a.rowid
       WHERE b.band = ? ORDER BY b.rowid DESC LIMIT ${maxCandidatesPerBand}`,
    ),
    copiesOf: db.prepare('SELECT rowid, id FROM articles WHERE duplicate_of = ?'),
    signatureOf: db.prepare('SELECT signature FROM article_minhash WHERE article_rowid = ?').pluck(),
    linkTo: db.prepare('UPDATE articles SET duplicate_of = ?, similarity = ? WHERE rowid = ?'),
    actorsOf: db.prepare(
      `SELECT actor FROM mentions WHERE article_rowid = @rowid UNION SELECT speaker_actor FROM quotes WHERE article_rowid = @rowid
       UNION SELECT source_actor FROM events WHERE article_rowid = @rowid UNION SELECT target_actor FROM events WHERE article_rowid = @rowid
       UNION SELECT actor FROM stances WHERE article_rowid = @rowid`,
    ).pluck(),
    deleteUnusedActor: db.prepare(
      `DELETE FROM actors WHERE id = @id AND NOT EXISTS (SELECT 1 FROM mentions WHERE actor = @id)
       AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_actor = @id) AND NOT EXISTS (SELECT 1 FROM events WHERE source_actor = @id)
       AND NOT EXISTS (SELECT 1 FROM events WHERE target_actor = @id) AND NOT EXISTS (SELECT 1 FROM stances WHERE actor = @id)`,
    ),
    insertArticle: db.prepare(
      `INSERT INTO articles (id, text, title, url, published, source, lang, byline, extra, boilerplate, origin,
                             content_hash, duplicate_of, similarity, ingested_at)
       VALUES (@id, @text, @title, @url, @published, @source, @lang, @byline, @extra, @boilerplate, @origin,
               @content_hash, @duplicate_of, @similarity, @ingested_at)`,
    ),
    insertBand: db.prepare('INSERT INTO article_bands (band, article_rowid) VALUES (?, ?)'),
    insertMinhash: db.prepare('INSERT INTO article_minhash (article_rowid, signature, shingles) VALUES (?, ?, ?)'),
    // the least name (then kind, country, role) of all written for the actor, whatever their order
    upsertActor: db.prepare(
      `INSERT INTO actors (id, name, kind, country, role) VALUES (@id, @name, @kind, @country, @role)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country, role = excluded.role
       WHERE (excluded.name, excluded.kind, coalesce(excluded.country, ''), coalesce(excluded.role, ''))
           < (actors.name, actors.kind, coalesce(actors.country, ''), coalesce(actors.role, ''))`,
    ),
    insertArticleActor: db.prepare('INSERT OR IGNORE INTO article_actors (article_rowid, actor, country, role) VALUES (?, ?, ?, ?)'),
    insertMention: db.prepare('INSERT INTO mentions (article_rowid, start, "end", text, actor, refers_to) VALUES (?, ?, ?, ?, ?, ?)'),
    insertQuote: db.prepare(
      `INSERT INTO quotes (article_rowid, start, "end", text, kind, speaker_name, speaker_actor, speaker_start, speaker_end,
                           cue_text, cue_start, cue_end, fragments, speaker_inferred)
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
    insertEventIssue: db.prepare('INSERT INTO event_issues (event_rowid, start, "end", code, category, text) VALUES (?, ?, ?, ?, ?, ?)'),
    insertStance: db.prepare('INSERT INTO stances (article_rowid, start, "end", actor, issue, polarity, extra) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    // changes when another connection commits, not when this one does
    dataVersion: db.prepare('PRAGMA data_version').pluck(),
    deleteFacts: ['mentions', 'quotes', 'events', 'stances', 'article_actors'].map((table) => db.prepare(`DELETE FROM ${table} WHERE article_rowid = ?`)),
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
      boilerplate: a.boilerplate?.length ? JSON.stringify(a.boilerplate.map((s) => [s.start, s.end])) : null,
      origin: origin ?? null,
      content_hash: hash,
      duplicate_of: duplicateOf,
      similarity: sim,
      ingested_at: new Date().toISOString(),
    });
    return Number(info.lastInsertRowid);
  };

  // Actors written by this writer, so each (id, name...) is written once, not once per
  // article: `known` holds those of committed transactions, `fresh` those of the open one
  // (forgotten if it rolls back); by actor id, the rows written for it. Another process
  // may delete actors (reanalyze, a displaced first copy): when another connection has
  // committed since this writer last looked, `known` is forgotten (forgetIfOthersWrote).
  const known = new Map<string, Set<string>>();
  const fresh = new Map<string, Set<string>>();
  let seenVersion: number | undefined;
  /** Called inside each write transaction, where no other writer can commit meanwhile. */
  const forgetIfOthersWrote = () => {
    const version = q.dataVersion.get() as number;
    if (seenVersion !== undefined && version !== seenVersion) known.clear();
    seenVersion = version;
  };
  const writeFacts = (rowid: number, an: Analysis) => {
    for (const actor of an.actors) {
      // (a country guessed from the article's home country is not the actor's: country_inferred 'article')
      const country = actor.country_inferred === 'article' ? null : actor.country ?? null;
      const row = { id: actor.id, name: actor.name, kind: actor.kind, country, role: actor.role ?? null };
      const key = JSON.stringify(row);
      if (known.get(row.id)?.has(key) || fresh.get(row.id)?.has(key)) continue;
      q.upsertActor.run(row);
      const keys = fresh.get(row.id) ?? new Set<string>();
      fresh.set(row.id, keys.add(key));
    }
    // what each person or organisation acted for in this article, none included (the actors row
    // keeps one, whatever the date; an article without these rows was stored before they were kept)
    for (const actor of an.actors) {
      if (!isPartyId(actor.id)) continue;
      const country = actor.country_inferred === 'article' ? null : (actor.country ?? null);
      q.insertArticleActor.run(rowid, actor.id, country, actor.role ?? null);
    }
    for (const m of an.mentions) q.insertMention.run(rowid, m.start, m.end, m.text, m.actor, m.refers_to ? JSON.stringify(m.refers_to) : null);
    for (const x of an.quotes) {
      q.insertQuote.run(rowid, x.start, x.end, x.text, x.kind, x.speaker?.name ?? null, x.speaker?.actor ?? null,
        x.speaker?.start ?? null, x.speaker?.end ?? null, x.cue?.text ?? null, x.cue?.start ?? null, x.cue?.end ?? null,
        x.fragments && x.fragments.length > 1 ? JSON.stringify(x.fragments) : null, x.speaker?.inferred ?? null);
    }
    for (const e of an.events) {
      const { start, end, text, cameo, plover, mode, goldstein, quad, negated, source, target, date, issues, ...other } = e;
      // the country and role a person or organisation acted for, as of this article (the actors
      // table keeps one row per actor); read back by toEvent
      const actsFor = { ...actingFor('source', source), ...actingFor('target', target) };
      const rest = Object.keys(actsFor).length ? { ...other, acts_for: actsFor } : other;
      const eventRowid = q.insertEvent.run(rowid, start, end, text, cameo, plover, mode ?? null, goldstein, quad, negated ? 1 : 0,
        source.actor, source.name, source.start, source.end, target?.actor ?? null, target?.name ?? null,
        target?.start ?? null, target?.end ?? null, date ?? null, Object.keys(rest).length ? JSON.stringify(rest) : null).lastInsertRowid;
      // its issues in a table of their own (migration 013), for `events --issue CODE` and SQL readers
      for (const i of issues ?? []) q.insertEventIssue.run(eventRowid, i.start, i.end, i.code, i.category ?? null, i.text);
    }
    for (const s of an.stances) {
      const { start, end, actor, issue, polarity, ...rest } = s;
      q.insertStance.run(rowid, start, end, actor, issue, polarity, Object.keys(rest).length ? JSON.stringify(rest) : null);
    }
  };

  /** Deletes the actors no fact of the store refers to any more, among these; this writer writes them again when they come back. */
  const dropUnusedActors = (ids: (string | null)[]) => {
    for (const id of ids) {
      if (id === null || q.deleteUnusedActor.run({ id }).changes === 0) continue;
      known.delete(id);
      fresh.delete(id);
    }
  };
  let candidates = 0;
  /** An article's facts replaced by a new analysis's; the actors only the old ones named go. */
  const replaceRows = (rowid: number, an: Analysis) => {
    const actors = q.actorsOf.all({ rowid }) as (string | null)[];
    for (const statement of q.deleteFacts) statement.run(rowid);
    writeFacts(rowid, an);
    dropUnusedActors(actors);
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
    const sig = signature ?? minhash(a.text);
    const shingles = shingleCount(a.text);
    const sigBands = bands(sig);
    // Every stored article this one is a near-duplicate of: their groups and this article
    // make one group, whose first copy is the one that precedes the others.
    const linked = linkedGroups(sig, shingles, sigBands, hash);
    candidates = linked.candidates;
    let first: GroupRoot | undefined;
    for (const root of linked.roots) if (!first || precedes(root, first)) first = root;
    if (first && !precedes({ ...a, shingles }, first)) {
      const sim = similarity(sig, signatureOfRow(first.rowid));
      const rowid = insertArticleRow(a, origin, hash, first.id, sim);
      for (const band of sigBands) q.insertBand.run(band, rowid);
      q.insertMinhash.run(rowid, signatureBlob(sig), shingles);
      const displaced = mergeInto(linked.roots.filter((r) => r !== first), first.id, signatureOfRow(first.rowid));
      return { status: linked.exact ? 'duplicate' : 'near-duplicate', id: a.id, duplicateOf: first.id, similarity: sim, ...(displaced ? { displaced } : {}) };
    }
    const rowid = insertArticleRow(a, origin, hash, null, null);
    for (const band of sigBands) q.insertBand.run(band, rowid);
    q.insertMinhash.run(rowid, signatureBlob(sig), shingles);
    writeFacts(rowid, an);
    const displaced = mergeInto(linked.roots, a.id, sig);
    return { status: 'stored', id: a.id, ...(displaced ? { displaced } : {}) };
  };
  type GroupRoot = { rowid: number; id: string; published: string | null; shingles: number };
  /**
   * The groups of the stored articles this signature is a near-duplicate of (an exact copy
   * of the text included; a text one contains almost whole, by `containment`), by their first
   * copies, among the candidates of its bands. A candidate stored before shingle counts were
   * kept (migration 011) has its count taken from its text.
   */
  const linkedGroups = (sig: Uint32Array, shingles: number, sigBands: string[], hash: string) => {
    const roots = new Map<string, GroupRoot>();
    const addGroupOf = (article: { id: string; duplicate_of: string | null }) => {
      const rootId = article.duplicate_of ?? article.id;
      if (roots.has(rootId)) return;
      // a first copy stored before shingle counts were kept (migration 011): counted from its text
      const root = q.root.get(rootId) as Omit<GroupRoot, 'shingles'> & { shingles: number | null };
      roots.set(rootId, { ...root, shingles: root.shingles ?? shingleCount(q.textOf.get(root.rowid) as string) });
    };
    const same = q.byHash.get(hash) as { id: string; duplicate_of: string | null } | undefined;
    if (same) addGroupOf(same);
    const seen = new Set<number>();
    for (const band of sigBands) {
      for (const c of q.bandMembers.all(band) as { rowid: number; id: string; duplicate_of: string | null; signature: Buffer; shingles: number | null }[]) {
        if (seen.has(c.rowid)) continue;
        seen.add(c.rowid);
        const sim = similarity(sig, signatureFrom(c.signature));
        if (
          sim >= nearDuplicateThreshold ||
          (sim >= minContainedSimilarity && containment(sim, shingles, c.shingles ?? shingleCount(q.textOf.get(c.rowid) as string)) >= nearDuplicateContainment)
        )
          addGroupOf(c);
      }
    }
    return { roots: [...roots.values()], exact: same !== undefined, candidates: seen.size };
  };
  /** A stored article's signature; articles stored before signatures were kept for every one have none: computed again. */
  const signatureOfRow = (rowid: number): Uint32Array => {
    const stored = q.signatureOf.get(rowid) as Buffer | undefined;
    return stored ? signatureFrom(stored) : minhash(q.textOf.get(rowid) as string);
  };
  /**
   * Groups joined to the group of `firstId` (through an article like both): each old first
   * copy and its copies become copies of it, their similarity measured to it; the old first
   * copies' facts go, and so do actors nothing else names. Returns an old first copy's id, if any.
   */
  const mergeInto = (roots: GroupRoot[], firstId: string, firstSig: Uint32Array): string[] | undefined => {
    for (const old of roots) {
      const actors = q.actorsOf.all({ rowid: old.rowid }) as (string | null)[];
      for (const statement of q.deleteFacts) statement.run(old.rowid);
      q.linkTo.run(firstId, similarity(firstSig, signatureOfRow(old.rowid)), old.rowid);
      for (const copy of q.copiesOf.all(old.id) as { rowid: number; id: string }[]) {
        q.linkTo.run(firstId, similarity(firstSig, signatureOfRow(copy.rowid)), copy.rowid);
      }
      dropUnusedActors(actors);
    }
    return roots.length ? roots.map((r) => r.id) : undefined;
  };
  /** adds the transaction's new rows to the full-text indexes, in one statement per index */
  const indexNewRows = () => {
    q.indexArticles.run();
    q.indexQuotes.run();
  };
  const writeOne = db.transaction((an: Analysis, origin?: string, signature?: Uint32Array) => {
    forgetIfOthersWrote();
    const outcome = writeRows(an, origin, signature);
    indexNewRows();
    return outcome;
  });
  type Item = { analysis: Analysis; origin?: string; signature?: Uint32Array };
  const writeMany = db.transaction((items: Item[]) => {
    forgetIfOthersWrote();
    const outcomes = items.map((i) => writeRows(i.analysis, i.origin, i.signature));
    indexNewRows();
    return outcomes;
  });
  /** runs a transaction; the actors it stored become known if it commits */
  const committing = <T>(run: () => T): T => {
    fresh.clear();
    try {
      const result = run();
      for (const [id, keys] of fresh) {
        const all = known.get(id) ?? new Set<string>();
        for (const key of keys) all.add(key);
        known.set(id, all);
      }
      return result;
    } finally {
      fresh.clear();
    }
  };
  // Re-analysis: the quotes' delete trigger takes old rows out of the full-text index, and new
  // rows get rowids above every indexed one, so indexNewRows adds exactly them.
  const replaceMany = db.transaction((analyses: Analysis[]) => {
    forgetIfOthersWrote();
    const done = analyses.map((an) => {
      const rowid = q.byId.get(an.article.id) as number | undefined;
      if (rowid === undefined) return false;
      replaceRows(rowid, an);
      return true;
    });
    indexNewRows();
    return done;
  });
  // IMMEDIATE: the write lock is taken (or waited for) at BEGIN, never by a read turning into a write
  const write = (an: Analysis, origin?: string, signature?: Uint32Array) => committing(() => writeOne.immediate(an, origin, signature));
  const writeAll = (items: Item[]) => committing(() => writeMany.immediate(items));

  const unbanded = db.prepare('SELECT rowid FROM articles WHERE rowid NOT IN (SELECT article_rowid FROM article_bands) ORDER BY rowid').pluck();
  const bandRows = db.transaction((rowids: number[]) => {
    for (const rowid of rowids) {
      const stored = q.signatureOf.get(rowid) as Buffer | undefined;
      const sig = stored ? signatureFrom(stored) : minhash(q.textOf.get(rowid) as string);
      if (!stored) q.insertMinhash.run(rowid, signatureBlob(sig));
      for (const band of bands(sig)) q.insertBand.run(band, rowid);
    }
  });
  const bandUnbanded = () => {
    const rowids = unbanded.all() as number[];
    for (let i = 0; i < rowids.length; i += unbandedPerTransaction) bandRows.immediate(rowids.slice(i, i + unbandedPerTransaction));
    return rowids.length;
  };

  return {
    bandUnbanded,
    has: (id) => q.byId.get(id) !== undefined,
    publishedOf: (id) => (q.stored.get(id) as { published: string | null } | undefined)?.published,
    lastCandidates: () => candidates,
    write: (an, origin, signature) => write(an, origin, signature),
    replaceFacts: (analyses) => committing(() => replaceMany.immediate(analyses)),
    writeBatch: (items) => {
      try {
        return writeAll(items);
      } catch (e) {
        // Another process held the store past the busy timeout: every article would wait as
        // long again, one after the other; all of them get the error, for the caller to retry.
        if (/^SQLITE_BUSY/.test((e as { code?: string }).code ?? '')) return items.map(() => e as Error);
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

function signatureFrom(blob: Buffer): Uint32Array {
  return new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
}

function signatureBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

/** person: and org: ids: actors whose country and role depend on the article (a code's do not) */
function isPartyId(id: string): boolean {
  return id.startsWith('person:') || id.startsWith('org:');
}

/** `{ source: { country, role } }` for a party that carries them (person: and org: actors), else nothing. */
function actingFor(side: 'source' | 'target', party: Event['source'] | null): Record<string, { country?: string; role?: string }> {
  if (!party || (party.country === undefined && party.role === undefined)) return {};
  return { [side]: { ...(party.country !== undefined ? { country: party.country } : {}), ...(party.role !== undefined ? { role: party.role } : {}) } };
}
