// Opening the SQLite store: WAL mode, foreign keys, numbered migrations.
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Store = Database.Database;

export const defaultStorePath = 'entente.db';
const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export type Migration = { version: number; name: string; sql: string };

/** Migrations are files named NNN_name.sql, applied in order, each once. */
export function listMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * Applies the migrations the store lacks. Each runs in an IMMEDIATE transaction that first
 * looks again whether it is applied: two processes opening a new store at once apply each
 * migration once.
 */
export function migrate(db: Store): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  let applied = 0;
  for (const m of listMigrations()) {
    if (isApplied.get(m.version)) continue;
    const ran = db.transaction(() => {
      if (isApplied.get(m.version)) return false;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      return true;
    }).immediate();
    if (ran) applied++;
  }
  return applied;
}

/** how long a statement waits for another connection's write lock before failing SQLITE_BUSY */
export const busyTimeoutMs = 5000;

export type OpenOptions = { readonly?: boolean };

export function openStore(file: string = defaultStorePath, options: OpenOptions = {}): Store {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  // first, so that the statements below wait for another process opening the store too
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  if (!options.readonly) migrate(db);
  return db;
}

/**
 * A value that changes whenever the store's content may have: a commit by another
 * connection (PRAGMA data_version) or a change made through this one (total_changes()).
 * Answers computed from the store can be kept while it stays the same.
 */
export function storeVersion(db: Store): string {
  let q = versionQueries.get(db);
  if (!q) {
    // prepared once per store: asked at every cached request, where preparing cost more than the answer
    q = { other: db.prepare('PRAGMA data_version').pluck(), own: db.prepare('SELECT total_changes()').pluck() };
    versionQueries.set(db, q);
  }
  return `${q.other.get() as number}.${q.own.get() as number}`;
}

const versionQueries = new WeakMap<Store, { other: Database.Statement; own: Database.Statement }>();
