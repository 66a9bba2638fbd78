// The shipped syntax model (data/parser/en-ud.model.gz): tagger, move and label weights
// in one gzip-compressed binary file.
//
// Layout: the magic line, a 4-byte little-endian length, a JSON header (names, sizes,
// training facts), then for each of the three weight tables its keys (u32), row starts
// (u32), entry classes (u8, padded to 4 bytes) and entry weights (f32), little-endian.
import { gunzipSync, gzipSync, constants } from 'node:zlib';
import type { StoredWeights } from './perceptron.ts';

const magic = 'entente-syntax-model 1\n';

export type SyntaxModelHeader = {
  /** UPOS tags, in the tagger's class order */
  tags: string[];
  /** dependency relations, in the labeller's class order */
  labels: string[];
  /** facts about the training run (treebanks, epochs, scores), for people */
  training: Record<string, unknown>;
};

export type SyntaxModelData = { header: SyntaxModelHeader; tagger: StoredWeights; moves: StoredWeights; labels: StoredWeights };

type TableSizes = { classes: number; rows: number; entries: number };

export function encodeSyntaxModel(model: SyntaxModelData): Buffer {
  const tables = [model.tagger, model.moves, model.labels];
  const sizes: TableSizes[] = tables.map((w) => ({ classes: w.classes, rows: w.keys.length, entries: w.entryWeight.length }));
  const header = Buffer.from(JSON.stringify({ ...model.header, tables: sizes }), 'utf8');
  const parts: Buffer[] = [Buffer.from(magic, 'utf8')];
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  parts.push(length, header, Buffer.alloc((4 - ((magic.length + 4 + header.length) % 4)) % 4));
  const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  for (const w of tables) {
    parts.push(bytes(w.keys), bytes(w.rowStart), bytes(w.entryClass), Buffer.alloc((4 - (w.entryClass.length % 4)) % 4), bytes(w.entryWeight));
  }
  // level 9 and a fixed strategy: the same bytes every time the same model is written
  return gzipSync(Buffer.concat(parts), { level: 9, strategy: constants.Z_DEFAULT_STRATEGY });
}

export function decodeSyntaxModel(gzipped: Buffer, name = 'syntax model'): SyntaxModelData {
  const raw = gunzipSync(gzipped);
  if (raw.subarray(0, magic.length).toString('utf8') !== magic) throw new Error(`${name}: not an Entente syntax model (bad magic line)`);
  let at = magic.length;
  const headerLength = raw.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(raw.subarray(at, at + headerLength).toString('utf8')) as SyntaxModelHeader & { tables: TableSizes[] };
  at += headerLength;
  at += (4 - (at % 4)) % 4;
  // Views into the unzipped bytes when they are 4-byte aligned (sections are padded to 4
  // bytes), copies otherwise: the model is read by every worker thread at once, and a
  // second copy of it would raise the peak memory of an ingest.
  const aligned = raw.byteOffset % 4 === 0;
  const take = <T>(bytes: number, View: new (buffer: ArrayBuffer, offset: number, length: number) => T, width: number): T => {
    if (at + bytes > raw.length) throw new Error(`${name}: truncated`);
    const view = aligned
      ? new View(raw.buffer as ArrayBuffer, raw.byteOffset + at, bytes / width)
      : new View(new Uint8Array(raw.subarray(at, at + bytes)).buffer, 0, bytes / width);
    at += bytes;
    return view;
  };
  const tables = header.tables.map((t) => {
    const keys = take(t.rows * 4, Uint32Array, 4);
    const rowStart = take((t.rows + 1) * 4, Uint32Array, 4);
    const entryClass = take(t.entries, Uint8Array, 1);
    at += (4 - (t.entries % 4)) % 4;
    const entryWeight = take(t.entries * 4, Float32Array, 4);
    return { classes: t.classes, keys, rowStart, entryClass, entryWeight };
  });
  if (tables.length !== 3) throw new Error(`${name}: expected 3 weight tables, found ${tables.length}`);
  const { tables: _sizes, ...rest } = header;
  return { header: rest, tagger: tables[0]!, moves: tables[1]!, labels: tables[2]! };
}
