// The bundled sample, exported in every format, read back by an independent reader (DuckDB):
// the row counts are the store's, the columns and Parquet types those documented, and the
// GDELT rows read with GDELT's own column list (as its real files are read) give 58 columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { openStore } from '../../src/store/db.ts';
import { exportTable, tables, type ExportFilter } from '../../src/export/index.ts';
import { gdeltColumns } from '../../src/export/gdelt.ts';
import { copySampleStore } from '../sample-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-export-sample-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

let duck: DuckDBConnection;
async function rows(sql: string): Promise<Record<string, unknown>[]> {
  duck ??= await (await DuckDBInstance.create(':memory:')).connect();
  return (await duck.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

test('every table of the sample store, in CSV, JSON Lines and Parquet, reads back whole with the documented columns and types', async () => {
  const db = openStore(await copySampleStore(join(dir, 'sample.db')), { readonly: true });
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    const stored: Record<string, number> = {
      articles: count('SELECT count(*) FROM articles'),
      actors: count('SELECT count(*) FROM actors'),
      mentions: count('SELECT count(*) FROM mentions'),
      quotes: count('SELECT count(*) FROM quotes'),
      events: count('SELECT count(*) FROM events e JOIN articles a ON a.rowid = e.article_rowid WHERE a.duplicate_of IS NULL'),
      // none: the sample store is built without --issues
      event_issues: count('SELECT count(*) FROM event_issues'),
      stances: count('SELECT count(*) FROM stances'),
    };
    assert.ok(stored.events! > 100 && stored.quotes! > 100, JSON.stringify(stored));
    const filters: Record<string, ExportFilter> = { cohesion: { among: ['USA', 'EUR', 'RUS'], by: 'quarter' } };
    for (const [name, table] of Object.entries(tables)) {
      for (const format of ['csv', 'jsonl', 'parquet'] as const) {
        const path = join(dir, `${name}.${format}`);
        const n = await exportTable(db, { table: name, format, filter: filters[name] ?? {}, output: path });
        if (name in stored) assert.equal(n, stored[name], `${name}.${format}: every row`);
        else assert.ok(n > 0, `${name}.${format}: some rows`);
        // an empty JSON Lines file has no columns to read back
        if (n === 0 && format === 'jsonl') continue;
        const reader = format === 'csv' ? 'read_csv' : format === 'jsonl' ? 'read_json' : 'read_parquet';
        // the reader's own guesses for CSV and JSON: every column there, every row
        const options = format === 'csv' ? ', all_varchar = true' : format === 'jsonl' ? ', maximum_object_size = 100000000' : '';
        const described = await rows(`DESCRIBE SELECT * FROM ${reader}('${path}'${options})`);
        assert.deepEqual(described.map((r) => r.column_name), table.columns.map((c) => c.name), `${name}.${format} columns`);
        assert.equal((await rows(`SELECT count(*)::INT AS n FROM ${reader}('${path}'${options})`))[0]!.n, n, `${name}.${format} rows read back`);
        if (format === 'parquet') {
          const want = { string: 'VARCHAR', int: 'INTEGER', float: 'DOUBLE', bool: 'BOOLEAN' };
          for (const [i, c] of table.columns.entries()) assert.equal(described[i]!.column_type, want[c.type], `${name}.${c.name}`);
        }
      }
    }
    // GDELT: no header, GDELT's 58 columns on every line, read as GDELT's files are read
    const tsv = join(dir, 'events.tsv');
    const n = await exportTable(db, { table: 'events', format: 'gdelt', filter: {}, output: tsv });
    const lines = readFileSync(tsv, 'utf8').replace(/\n$/, '').split('\n');
    assert.equal(lines.length, n);
    for (const line of lines) assert.equal(line.split('\t').length, 58, line.slice(0, 80));
    const names = gdeltColumns().map((c) => `'${c}'`).join(', ');
    const back = await rows(`SELECT count(*)::INT AS n, count(DISTINCT globaleventid)::INT AS ids FROM read_csv('${tsv}', delim='\t', header=false, quote='', names=[${names}])`);
    assert.deepEqual(back[0], { n, ids: n });
    const plover = join(dir, 'events.plover.jsonl');
    assert.equal(await exportTable(db, { table: 'events', format: 'plover', filter: {}, output: plover }), n, 'the same events as PLOVER records');
  } finally {
    db.close();
  }
});
