// listQuotes over a store written by the real writer, with quotations the
// quote stage found in hand-written news paragraphs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { listQuotes, QuoteFilterError } from '../../src/store/queries/quotes.ts';
import type { Analysis, Article } from '../../src/model.ts';
import { quotesOf } from './helpers.ts';

const articles: { article: Article; actors: { name: string; id: string }[] }[] = [
  {
    article: {
      id: 'kyiv-1',
      published: '2025-02-14',
      text: '“No one will trade our land for a ceasefire,” Zelensky said in Munich. The foreign minister told reporters that the talks would resume next week.',
    },
    actors: [{ name: 'Zelensky', id: 'UKRGOV' }],
  },
  {
    article: {
      id: 'moscow-1',
      published: '2025-03-02',
      text: 'Russia warned of serious consequences if the ceasefire was broken. “We are ready for talks,” said Dmitry Peskov, the Kremlin spokesman.',
    },
    actors: [{ name: 'Russia', id: 'RUS' }, { name: 'Dmitry Peskov', id: 'RUSGOV' }],
  },
];

function store() {
  const db = openStore(':memory:');
  const writer = createWriter(db);
  for (const { article, actors } of articles) {
    const analysis: Analysis = {
      article,
      actors: actors.map((a) => ({ id: a.id, name: a.name, kind: 'state' })),
      mentions: [],
      quotes: quotesOf(article.text, actors),
      events: [],
      stances: [],
    };
    assert.equal(writer.write(analysis).status, 'stored');
  }
  return db;
}

test('filters by speaker name, actor id and actor-code prefix', () => {
  const db = store();
  assert.deepEqual(listQuotes(db, { speaker: 'zelensky' }).rows.map((r) => r.text), ['“No one will trade our land for a ceasefire,”']);
  assert.deepEqual(listQuotes(db, { speaker: 'RUSGOV' }).rows.map((r) => r.speaker_name), ['Dmitry Peskov']);
  assert.deepEqual(listQuotes(db, { speaker: 'RUS' }).rows.map((r) => r.speaker_actor).sort(), ['RUS', 'RUSGOV']);
});

test('full-text search over quote text, kinds and dates', () => {
  const db = store();
  assert.deepEqual(listQuotes(db, { search: 'ceasefire' }).rows.map((r) => r.article_id), ['kyiv-1', 'moscow-1']);
  assert.deepEqual(listQuotes(db, { search: 'ceasefire', kind: 'direct' }).rows.map((r) => r.article_id), ['kyiv-1']);
  assert.deepEqual(listQuotes(db, { kind: 'indirect', since: '2025-03' }).rows.map((r) => r.speaker_name), ['Russia']);
  assert.deepEqual(listQuotes(db, { until: '2025-02' }).rows.map((r) => r.article_id), ['kyiv-1', 'kyiv-1']);
  // FTS syntax in user input is taken as words, not operators
  assert.deepEqual(listQuotes(db, { search: 'ceasefire OR "' }).rows.length, 0);
});

test('cursor pagination visits every quotation once', () => {
  const db = store();
  const all = listQuotes(db, { limit: 100 }).rows.map((r) => r.rowid);
  assert.equal(all.length, 4);
  const seen: number[] = [];
  let after: number | undefined;
  for (;;) {
    const page = listQuotes(db, { limit: 3, after });
    seen.push(...page.rows.map((r) => r.rowid));
    if (page.next === null) break;
    after = page.next;
  }
  assert.deepEqual(seen, all);
  assert.throws(() => listQuotes(db, { limit: 0 }), QuoteFilterError);
  assert.throws(() => listQuotes(db, { kind: 'rumour' as never }), QuoteFilterError);
});

test('an inferred speaker is stored and read back as speaker.inferred', async () => {
  const { getArticleDetail } = await import('../../src/store/queries/article-detail.ts');
  const db = openStore(':memory:');
  const text = 'The minister said the talks had failed. “We gave them every chance,” she said.\n\n“Now it is up to them.”';
  const quotes = quotesOf(text);
  const continued = quotes.find((q) => q.text === '“Now it is up to them.”');
  assert.equal(continued?.speaker?.inferred, 'continuation');
  const article: Article = { id: 'continued-1', text };
  assert.equal(createWriter(db).write({ article, actors: [], mentions: [], quotes, events: [], stances: [] }).status, 'stored');
  const row = listQuotes(db, { article: 'continued-1' }).rows.find((r) => r.text === '“Now it is up to them.”');
  assert.equal(row?.speaker_inferred, 'continuation');
  const stored = getArticleDetail(db, 'continued-1')?.quotes.find((q) => q.text === '“Now it is up to them.”');
  assert.equal(stored?.speaker?.inferred, 'continuation');
  // an attributed speaker has none
  assert.equal(getArticleDetail(db, 'continued-1')?.quotes.find((q) => q.text.startsWith('“We gave'))?.speaker?.inferred, undefined);
});
