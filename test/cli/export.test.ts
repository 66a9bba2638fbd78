// entente export: every table in every format, read back with an independent reader (DuckDB),
// and the GDELT rows read exactly as GDELT's own files are read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { exportTable, tables, type ExportFilter, type ExportFormat } from '../../src/export/index.ts';
import { fractionDate, gdeltColumns } from '../../src/export/gdelt.ts';
import type { Analysis } from '../../src/model.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-export-'));
const db = openStore(join(dir, 'store.db'));
const writer = createWriter(db);

// Hand-made analyses: the export reads what the store holds, whatever found it.
const text1 = 'Norway signed a trade accord with Chile on Monday.\n\nIn 2016, Peru had criticised Chile. Jean Dupont said "we stay".';
const text2 = 'Kenya did not meet Uganda. Sweden agreed with the UN.';
const analyses: Analysis[] = [
  {
    article: { id: 'a1', text: text1, title: 'Accord', url: 'https://example.org/a1', published: '2021-03-15', source: 'Example Wire' },
    actors: [
      { id: 'NOR', name: 'Norway', kind: 'state', country: 'NOR' },
      { id: 'CHL', name: 'Chile', kind: 'state', country: 'CHL' },
      { id: 'PERGOV', name: 'Peru government', kind: 'organization', country: 'PER', role: 'GOV' },
      { id: 'person:jean-dupont', name: 'Jean Dupont', kind: 'person', country: 'FRA', role: 'GOV' },
    ],
    mentions: [
      { start: 0, end: 6, text: 'Norway', actor: 'NOR' },
      { start: 34, end: 39, text: 'Chile', actor: 'CHL' },
      { start: 61, end: 65, text: 'Peru', actor: 'PERGOV' },
      { start: 86, end: 97, text: 'Jean Dupont', actor: 'person:jean-dupont' },
    ],
    quotes: [{ start: 104, end: 111, text: 'we stay', kind: 'direct', speaker: { start: 86, end: 97, name: 'Jean Dupont', actor: 'person:jean-dupont' }, cue: { start: 98, end: 102, text: 'said' } }],
    events: [
      {
        start: 0, end: 39, text: 'Norway signed a trade accord with Chile', cameo: '057', plover: 'AGREE', goldstein: 8, quad: 1, negated: false,
        source: { start: 0, end: 6, actor: 'NOR', name: 'Norway' }, target: { start: 34, end: 39, actor: 'CHL', name: 'Chile' }, date: '2021-03-15', confidence: 0.8,
        issues: [{ start: 16, end: 21, text: 'trade', code: 'TRADE', category: 'ECONOMIC' }],
      },
      {
        start: 61, end: 84, text: 'Peru had criticised Chile', cameo: '111', plover: 'ACCUSE', goldstein: -2, quad: 3, negated: false,
        source: { start: 61, end: 65, actor: 'PERGOV', name: 'Peru' }, target: { start: 79, end: 84, actor: 'CHL', name: 'Chile' }, date: '2016',
      },
      {
        start: 86, end: 102, text: 'Jean Dupont said', cameo: '010', plover: 'CONSULT', goldstein: 0, quad: 1, negated: false,
        source: { start: 86, end: 97, actor: 'person:jean-dupont', name: 'Jean Dupont' }, target: null,
      },
    ],
    stances: [{ start: 52, end: 84, actor: 'PERGOV', issue: 'relations:CHL', polarity: -1 }],
  },
  {
    article: { id: 'a2', text: text2, published: '2022-07' },
    actors: [
      { id: 'KEN', name: 'Kenya', kind: 'state', country: 'KEN' },
      { id: 'UGA', name: 'Uganda', kind: 'state', country: 'UGA' },
      { id: 'SWE', name: 'Sweden', kind: 'state', country: 'SWE' },
      { id: 'IGOUNO', name: 'United Nations', kind: 'organization' },
    ],
    mentions: [
      { start: 0, end: 5, text: 'Kenya', actor: 'KEN' },
      { start: 19, end: 25, text: 'Uganda', actor: 'UGA' },
      { start: 27, end: 33, text: 'Sweden', actor: 'SWE' },
      { start: 50, end: 52, text: 'UN', actor: 'IGOUNO' },
    ],
    quotes: [],
    events: [
      {
        start: 0, end: 25, text: 'Kenya did not meet Uganda', cameo: '036', plover: 'CONSULT', goldstein: 4, quad: 1, negated: true,
        source: { start: 0, end: 5, actor: 'KEN', name: 'Kenya' }, target: { start: 19, end: 25, actor: 'UGA', name: 'Uganda' },
      },
      {
        start: 27, end: 52, text: 'Sweden agreed with the UN', cameo: '030', plover: 'AGREE', goldstein: 4.5, quad: 1, negated: false,
        source: { start: 27, end: 33, actor: 'SWE', name: 'Sweden' }, target: { start: 50, end: 52, actor: 'IGOUNO', name: 'UN' },
      },
    ],
    stances: [],
  },
];
for (const a of analyses) writer.write(a);

let duck: DuckDBConnection;
async function rows(sql: string): Promise<Record<string, unknown>[]> {
  duck ??= await (await DuckDBInstance.create(':memory:')).connect();
  return (await duck.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

async function exportTo(table: string, format: ExportFormat, file: string, extra: Partial<Parameters<typeof exportTable>[1]> = {}): Promise<number> {
  return exportTable(db, { table, format, filter: {}, output: join(dir, file), ...extra });
}

test('every table exports completely to CSV, JSON Lines and Parquet, with the documented columns and types', async () => {
  // cohesion: the three pairs among three sides, by year (only 2021 holds evidence about them)
  const expected: Record<string, number> = { articles: 2, actors: 8, mentions: 8, quotes: 1, events: 5, event_issues: 1, stances: 1, cohesion: 3 };
  const filters: Record<string, ExportFilter> = { cohesion: { among: ['NOR', 'CHL', 'PER'], by: 'year' } };
  assert.deepEqual(Object.keys(tables), Object.keys(expected));
  for (const [name, table] of Object.entries(tables)) {
    for (const format of ['csv', 'jsonl', 'parquet'] as const) {
      const file = `${name}.${format}`;
      assert.equal(await exportTo(name, format, file, { filter: filters[name] ?? {} }), expected[name], `${file} row count`);
      const reader = format === 'csv' ? 'read_csv' : format === 'jsonl' ? 'read_json' : 'read_parquet';
      const path = join(dir, file);
      const back = await rows(`DESCRIBE SELECT * FROM ${reader}('${path}')`);
      assert.deepEqual(back.map((r) => r.column_name), table.columns.map((c) => c.name), `${file} columns`);
      assert.equal((await rows(`SELECT count(*)::INT AS n FROM ${reader}('${path}')`))[0]!.n, expected[name]);
      if (format === 'parquet') {
        const types = Object.fromEntries(back.map((r) => [r.column_name, r.column_type]));
        for (const c of table.columns) {
          const want = { string: 'VARCHAR', int: 'INTEGER', float: 'DOUBLE', bool: 'BOOLEAN' }[c.type];
          assert.equal(types[c.name], want, `${name}.${c.name} is ${c.type}`);
        }
      }
    }
  }
});

test('cohesion: one row per pair and window, the interval as two numbers, the components counted', async () => {
  await exportTo('cohesion', 'parquet', 'co.parquet', { filter: { among: ['NOR', 'CHL', 'PER'], by: 'year' } });
  const got = await rows(`SELECT a, b, "window", window_start, window_end, events, a_to_b, b_to_a FROM read_parquet('${join(dir, 'co.parquet')}')`);
  assert.deepEqual(got, [
    { a: 'NOR', b: 'CHL', window: '2021', window_start: '2021-01-01', window_end: '2021-12-31', events: 1, a_to_b: 1, b_to_a: 0 },
    { a: 'NOR', b: 'PER', window: '2021', window_start: '2021-01-01', window_end: '2021-12-31', events: 0, a_to_b: 0, b_to_a: 0 },
    // Peru's accusation of Chile
    { a: 'CHL', b: 'PER', window: '2021', window_start: '2021-01-01', window_end: '2021-12-31', events: 1, a_to_b: 0, b_to_a: 1 },
  ]);
  // the sides are named, never guessed: none, an unknown one, or cohesion options on another table are errors
  await assert.rejects(exportTo('cohesion', 'csv', 'co0.csv'), /name the sides with --among/);
  await assert.rejects(exportTo('cohesion', 'csv', 'co1.csv', { filter: { among: ['NOR', 'XQZW'] } }), /"XQZW" is not a coalition/);
  assert.equal(existsSync(join(dir, 'co1.csv')), false, 'no file is left behind');
  await assert.rejects(exportTo('events', 'csv', 'co2.csv', { filter: { among: ['NOR', 'CHL'] } }), /--among and --by are for the cohesion table/);
});

test('events: CAMEO codes stay text, dates keep their precision, countries come with the actors', async () => {
  await exportTo('events', 'csv', 'ev.csv');
  await exportTo('events', 'parquet', 'ev.parquet');
  for (const file of ['ev.csv', 'ev.parquet']) {
    const reader = file.endsWith('csv') ? 'read_csv' : 'read_parquet';
    const got = await rows(
      `SELECT cameo, date, date_precision, year::INT AS year, month::INT AS month, day::INT AS day, source_country, target_country, negated FROM ${reader}('${join(dir, file)}') ORDER BY event_id`,
    );
    assert.deepEqual(got.map((r) => r.cameo), ['057', '111', '010', '036', '030'], file);
    // 2016 is a year, not 2016-01-01
    assert.deepEqual(got[1], { cameo: '111', date: '2016', date_precision: 'year', year: 2016, month: null, day: null, source_country: 'PER', target_country: 'CHL', negated: false });
    // an article dated 2022-07 gives its events a month, no day
    assert.deepEqual([got[4]!.date_precision, got[4]!.month, got[4]!.day], ['month', 7, null]);
    assert.equal(got[2]!.source_country, 'FRA', 'a person carries the country it acts for');
    assert.equal(got[3]!.negated, true);
  }
});

test('filters: --since/--until on the date, --actor on any actor of the row (code prefixes)', async () => {
  assert.equal(await exportTo('events', 'jsonl', 'f1.jsonl', { filter: { actor: 'PER' } }), 1);
  assert.equal(await exportTo('events', 'jsonl', 'f2.jsonl', { filter: { actor: 'CHL' } }), 2);
  assert.equal(await exportTo('events', 'jsonl', 'f3.jsonl', { filter: { since: '2021', until: '2021-12' } }), 2);
  assert.equal(await exportTo('quotes', 'jsonl', 'f4.jsonl', { filter: { actor: 'person:jean-dupont' } }), 1);
  assert.equal(await exportTo('articles', 'jsonl', 'f5.jsonl', { filter: { actor: 'IGO' } }), 1);
  // a code takes in the people who act for it: Jean Dupont (FRA, GOV) for FRA and FRAGOV
  assert.equal(await exportTo('events', 'jsonl', 'f6.jsonl', { filter: { actor: 'FRA' } }), 1);
  assert.equal(await exportTo('events', 'jsonl', 'f7.jsonl', { filter: { actor: 'FRAGOV' } }), 1);
  assert.equal(await exportTo('events', 'jsonl', 'f8.jsonl', { filter: { actor: 'FRAMIL' } }), 0);
});

/** DuckDB's reading of a tab-separated file without header, as GDELT's files are read: the type of each column. */
async function gdeltTypes(path: string): Promise<{ types: string[]; nulls: boolean[]; n: number }> {
  const names = gdeltColumns();
  const source = `read_csv('${path}', delim='\t', header=false, quote='', names=[${names.map((c) => `'${c}'`).join(', ')}])`;
  const described = await rows(`DESCRIBE SELECT * FROM ${source}`);
  const counts = (await rows(`SELECT count(*)::INT AS n, ${names.map((c) => `count("${c}")::INT AS "${c}"`).join(', ')} FROM ${source}`))[0]!;
  return { types: described.map((r) => r.column_type as string), nulls: names.map((c) => counts[c] === 0), n: counts.n as number };
}

/** A real GDELT 1.0 daily file, in the shared data beside the project (absent on a clone of the project alone). */
const realGdeltFile = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data', 'gdelt', 'gdelt1-events-daily-20160728.tsv');

test("GDELT: exactly GDELT 1.0's columns, no header; read as GDELT's real files are, column by column the same types", async (t) => {
  const n = await exportTo('events', 'gdelt', 'events.tsv');
  assert.equal(n, 4, 'the negated event is left out');
  const lines = readFileSync(join(dir, 'events.tsv'), 'utf8').replace(/\n$/, '').split('\n');
  assert.equal(lines.length, 4, 'no header line');
  for (const line of lines) assert.equal(line.split('\t').length, 58);
  const ours = await gdeltTypes(join(dir, 'events.tsv'));
  if (existsSync(realGdeltFile)) {
    const real = await gdeltTypes(realGdeltFile);
    assert.equal(ours.types.length, real.types.length);
    gdeltColumns().forEach((name, i) => {
      // a column Entente cannot fill (tone, coordinates) is empty, which any type reads
      if (ours.nulls[i]) return;
      assert.equal(ours.types[i], real.types[i], `column ${name}`);
    });
  } else t.diagnostic(`${realGdeltFile} is absent: column types not compared with a real GDELT file`);
  const cells = lines.map((l) => l.split('\t'));
  const col = (name: string) => gdeltColumns().indexOf(name);
  const [accord, accusation, said] = cells;
  assert.deepEqual([accord![col('day')], accord![col('monthyear')], accord![col('year')], accord![col('fractiondate')]], ['20210315', '202103', '2021', fractionDate(2021, 3, 15)]);
  assert.equal(fractionDate(2006, 7, 31), '2006.5781', "GDELT's own value for 2006-07-31");
  // a year-only date fills the year alone
  assert.deepEqual([accusation![col('day')], accusation![col('monthyear')], accusation![col('year')], accusation![col('fractiondate')]], ['', '', '2016', '']);
  assert.equal(accord![col('actor1name')], 'NORWAY');
  assert.equal(accusation![col('actor1name')], 'PERU GOVERNMENT', 'the canonical name, not the words of the text');
  assert.deepEqual([said![col('actor1code')], said![col('actor1name')], said![col('actor1countrycode')], said![col('actor1type1code')]], ['FRAGOV', 'JEAN DUPONT', 'FRA', 'GOV']);
  assert.equal(accord![col('isrootevent')], '1');
  assert.equal(accusation![col('isrootevent')], '0', 'not in the first paragraph');
  for (const geo of ['actor1geo_type', 'actor2geo_type', 'actiongeo_type']) assert.equal(accord![col(geo)], '0');
  assert.equal(accord![col('eventcode')], '057');
  assert.equal(accord![col('goldsteinscale')], '8.0');
  const un = cells[3]!;
  assert.deepEqual([un[col('actor2code')], un[col('actor2knowngroupcode')], un[col('actor2countrycode')]], ['IGOUNO', 'UNO', '']);
});

test('gdelt+ adds the evidence columns after GDELT\'s, with a header; plover writes POLECAT-style records', async () => {
  await exportTo('events', 'gdelt+', 'events-plus.tsv');
  const [header, first] = readFileSync(join(dir, 'events-plus.tsv'), 'utf8').split('\n').map((l) => l.split('\t'));
  assert.deepEqual(header!.slice(0, 58), gdeltColumns());
  const cell = (name: string) => first![header!.indexOf(name)]!;
  assert.equal(text1.slice(Number(cell('eventstart')), Number(cell('eventend'))), 'Norway signed a trade accord with Chile');
  assert.equal(cell('articleid'), 'a1');
  await exportTo('events', 'plover', 'events.plover.jsonl');
  const records = readFileSync(join(dir, 'events.plover.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(records.length, 4);
  assert.deepEqual(
    [records[0]!.event_type, records[0]!.actor_name, records[0]!.recipient_country, records[0]!.story_id, records[0]!.event_date, records[0]!.contexts],
    ['AGREE', 'Norway', 'CHL', 'a1', '2021-03-15', []],
  );
  // issues (--issues) are no POLECAT field: Entente's, after its offsets; gdelt+ ends with them
  assert.deepEqual(records.map((r) => r.issues), [['TRADE'], [], [], []]);
  assert.equal(cell('issues'), 'TRADE');
  const back = await rows(`SELECT count(*)::INT AS n FROM read_json('${join(dir, 'events.plover.jsonl')}')`);
  assert.equal(back[0]!.n, 4);
});

test('cleanup', () => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});
