// `entente export`: a whole table of the store (or the part a filter selects) as CSV, JSON
// Lines or Parquet, and events also as GDELT 1.0 rows or PLOVER records. Rows are read one
// at a time and written as they come, so memory stays flat whatever the size of the store;
// nothing is cut (there is no limit). Columns and formats: docs/export.md.
import { closeSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { fileWriter, parquetWriteRows } from 'hyparquet-writer';
import type { Store } from '../store/db.ts';
import { storedEvents, tables as storeTables, type Column, type ExportFilter, type Row, type Table } from './tables.ts';
import { gdeltFormatter } from './gdelt.ts';
import { ploverRecord } from './plover.ts';

import { cohesionTable } from './cohesion.ts';

export type { Column, ExportFilter, Table } from './tables.ts';

/** Every table `entente export` writes: the store's own, and the cohesion series computed from them. */
export const tables: Record<string, Table> = { ...storeTables, cohesion: cohesionTable };

export const exportFormats = ['csv', 'jsonl', 'parquet', 'gdelt', 'gdelt+', 'plover'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The formats that only events have. */
export const eventOnlyFormats: readonly ExportFormat[] = ['gdelt', 'gdelt+', 'plover'];

export class ExportError extends Error {}

/** One element of a Parquet schema, as hyparquet-writer takes it. */
type SchemaElement = NonNullable<Parameters<typeof parquetWriteRows>[0]['schema']>[number];

/** Text written in chunks to a file or to stdout, waiting for a slow reader (a pipe) to drain. */
class TextOut {
  private buffer = '';
  private readonly fd: number | undefined;
  constructor(file: string | undefined) {
    this.fd = file === undefined ? undefined : openSync(file, 'w');
  }
  async write(s: string): Promise<void> {
    this.buffer += s;
    if (this.buffer.length >= 1 << 16) await this.flush();
  }
  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (!chunk) return;
    if (this.fd !== undefined) writeSync(this.fd, chunk);
    else if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
  async close(): Promise<void> {
    await this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
  }
}

/**
 * A CSV cell: strings always quoted (so "010" is visibly text), numbers bare, booleans as
 * true/false, nulls empty. CSV itself has no types: docs/export.md gives the dtype lists.
 */
function csvCell(v: Row[string]): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return `"${v.replace(/"/g, '""')}"`;
  return String(v);
}

function jsonLine(row: Row, columns: Column[]): string {
  const ordered: Row = {};
  for (const c of columns) ordered[c.name] = row[c.name] ?? null;
  return `${JSON.stringify(ordered)}\n`;
}

/** The Parquet type of each column: strings UTF-8, whole numbers INT32, decimals DOUBLE; every column nullable. */
function parquetSchema(columns: Column[]): SchemaElement[] {
  const element = (c: Column): SchemaElement => {
    const base = { name: c.name, repetition_type: 'OPTIONAL' as const };
    switch (c.type) {
      case 'string':
        return { ...base, type: 'BYTE_ARRAY', converted_type: 'UTF8' };
      case 'int':
        return { ...base, type: 'INT32' };
      case 'float':
        return { ...base, type: 'DOUBLE' };
      case 'bool':
        return { ...base, type: 'BOOLEAN' };
    }
  };
  return [{ name: 'root', num_children: columns.length }, ...columns.map(element)];
}

/** Rows per Parquet row group: the most rows held in memory at once. */
const parquetRowGroup = 20_000;

export type ExportOptions = { table: string; format: ExportFormat; filter: ExportFilter; output?: string; header?: boolean; negated?: boolean };

/** Writes one table; returns the number of rows written. */
export async function exportTable(db: Store, o: ExportOptions): Promise<number> {
  const table: Table | undefined = tables[o.table];
  if (!table) throw new ExportError(`no table "${o.table}" (tables: ${Object.keys(tables).join(', ')})`);
  if (eventOnlyFormats.includes(o.format) && table.name !== 'events') throw new ExportError(`--format ${o.format} is for the events table only`);
  if (table === cohesionTable) {
    if (!o.filter.among || o.filter.among.length < 2)
      throw new ExportError('export cohesion: name the sides with --among A,B[,C...] (USA,EUR or USA,GBR,FRA,RUS)');
    if (o.filter.actor) throw new ExportError('export cohesion: --actor selects rows of the stored tables; name the sides with --among');
  } else if (o.filter.among || o.filter.by) throw new ExportError(`--among and --by are for the cohesion table, not ${table.name}`);
  if (o.format === 'parquet') {
    if (!o.output) throw new ExportError('--format parquet writes a file: give it with --output FILE');
    let n = 0;
    const counted = function* (rows: Iterable<Row>) {
      for (const r of rows) {
        n++;
        yield r;
      }
    };
    const rows = table.rows(db, o.filter);
    parquetWriteRows({
      writer: fileWriter(o.output),
      rows: counted(rows),
      columns: table.columns.map((c) => ({ name: c.name })),
      schema: parquetSchema(table.columns),
      rowGroupSize: parquetRowGroup,
      createdBy: 'entente',
    });
    return n;
  }
  // the rows first: a query that fails (an unknown cohesion side) leaves no file behind
  const rows = eventOnlyFormats.includes(o.format) ? undefined : table.rows(db, o.filter);
  const out = new TextOut(o.output);
  let n = 0;
  try {
    if (rows === undefined) {
      // GDELT and PLOVER have no negation: a negated event ("did not agree") is no event there
      const events = storedEvents(db, { ...o.filter, negated: o.negated ?? false });
      if (o.format === 'plover') {
        for (const e of events) {
          await out.write(`${JSON.stringify(ploverRecord(e))}\n`);
          n++;
        }
      } else {
        const gdelt = gdeltFormatter(o.format === 'gdelt+');
        if (gdelt.header && o.header !== false) await out.write(gdelt.header);
        for (const e of events) {
          await out.write(gdelt.line(e));
          n++;
        }
      }
      return n;
    }
    if (o.format === 'csv' && o.header !== false) await out.write(`${table.columns.map((c) => c.name).join(',')}\n`);
    for (const row of rows) {
      await out.write(o.format === 'csv' ? `${table.columns.map((c) => csvCell(row[c.name] ?? null)).join(',')}\n` : jsonLine(row, table.columns));
      n++;
    }
    return n;
  } finally {
    await out.close();
  }
}
