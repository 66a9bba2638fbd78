// A syndication footer inside the text (two stories of one item) stays in the text, so that
// every offset still indexes the text as given, and no fact comes from it: not from
// `analyze`, not from `ingest`, not from `reanalyze` of the stored article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entente } from './helpers.ts';
import { runIngest } from '../../src/cli/ingest.ts';
import { runReanalyze } from '../../src/cli/reanalyze.ts';
import { openStore } from '../../src/store/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-cli-footers-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const first = 'The foreign minister of Norway said on Tuesday that the talks with Sweden would resume in May.';
const footer = 'The post President Pedro Alvarez says talks will resume appeared first on Example Wire.';
const second = '“We will not give up the port,” President Luis Arce told reporters in La Paz.';
const text = `${first}\n\n${footer}\n\n${second}`;
const footerStart = text.indexOf(footer);
const footerEnd = footerStart + footer.length;

type Span = { start: number; end: number };
type Output = { text: string; boilerplate?: Span[]; quotes: (Span & { text: string; speaker: (Span & { name: string }) | null })[]; mentions: (Span & { text: string })[]; events: Span[] };

function outside(spans: Span[], what: string): void {
  for (const s of spans) assert.ok(s.end <= footerStart || s.start >= footerEnd, `${what} ${s.start}-${s.end} lies in the footer`);
}

test('analyze: a footer between two stories stays in the text, and nothing comes from it', async () => {
  const jsonl = join(dir, 'wire.jsonl');
  writeFileSync(jsonl, `${JSON.stringify({ id: 'wire-1', text })}\n`);
  const r = await entente(['analyze', jsonl, '--article-timeout', '0']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout.trim()) as Output;
  assert.equal(out.text, text);
  // the output says where the footer is, as ranges of the text as given
  assert.deepEqual(out.boilerplate, [{ start: footerStart, end: footerEnd }]);
  outside(out.quotes, 'a quotation');
  outside(out.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])), 'a speaker');
  outside(out.mentions, 'a mention');
  outside(out.events, 'an event');
  // both stories are read, with offsets into the text as given
  assert.ok(out.quotes.some((q) => q.text === 'that the talks with Sweden would resume in May'), JSON.stringify(out.quotes.map((q) => q.text)));
  const direct = out.quotes.find((q) => q.text.startsWith('“We will not'));
  assert.ok(direct, JSON.stringify(out.quotes.map((q) => q.text)));
  assert.equal(text.slice(direct.start, direct.end), direct.text);
  for (const m of out.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('ingest stores the footer range, and reanalyze skips it too', async () => {
  const db = join(dir, 'store.db');
  const jsonl = join(dir, 'wire2.jsonl');
  writeFileSync(jsonl, `${JSON.stringify({ id: 'wire-2', text })}\n`);
  assert.equal((await runIngest([jsonl], { db, jobs: 1, quiet: true })).counts.stored, 1);
  const facts = () => {
    const store = openStore(db, { readonly: true });
    try {
      const row = store.prepare("SELECT rowid, text, boilerplate FROM articles WHERE id = 'wire-2'").get() as { rowid: number; text: string; boilerplate: string };
      const spans = (sql: string) => store.prepare(sql).all(row.rowid) as Span[];
      return {
        row,
        spans: [
          ...spans('SELECT start, "end" FROM mentions WHERE article_rowid = ?'),
          ...spans('SELECT start, "end" FROM quotes WHERE article_rowid = ?'),
          ...spans('SELECT speaker_start AS start, speaker_end AS "end" FROM quotes WHERE article_rowid = ? AND speaker_start IS NOT NULL'),
          ...spans('SELECT start, "end" FROM events WHERE article_rowid = ?'),
        ],
      };
    } finally {
      store.close();
    }
  };
  const stored = facts();
  assert.equal(stored.row.text, text);
  assert.deepEqual(JSON.parse(stored.row.boilerplate), [[footerStart, footerEnd]]);
  assert.ok(stored.spans.length > 0);
  outside(stored.spans, 'a stored fact');
  const run = await runReanalyze({ db, jobs: 1, quiet: true });
  assert.deepEqual(run.counts, { reanalyzed: 1, failed: 0, total: 1 });
  const again = facts();
  outside(again.spans, 'a reanalysed fact');
  assert.deepEqual(again.spans, stored.spans);
});
