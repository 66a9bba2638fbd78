// The article detail query behind GET /api/articles/:id: facts come back as
// the records analyze() produced, and a duplicate copy shows the first copy's
// facts only when its text is the same (offsets would not fit otherwise).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { finishArticle } from '../../src/ingest/index.ts';
import { getArticleDetail } from '../../src/store/queries/article-detail.ts';
import type { Analysis, Article } from '../../src/model.ts';

const text = 'Turkey accused Greece of provocation on Friday. "We will not allow it," Foreign Minister Mevlut Cavusoglu said in Ankara.';
const at = (phrase: string) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
};

function analysis(article: Article): Analysis {
  return {
    article,
    actors: [
      { id: 'TUR', name: 'Turkey', kind: 'state', country: 'TUR' },
      { id: 'GRC', name: 'Greece', kind: 'state', country: 'GRC' },
      { id: 'TURGOV', name: 'Turkey government', kind: 'organization', country: 'TUR', role: 'GOV' },
    ],
    mentions: [
      { ...at('Turkey'), text: 'Turkey', actor: 'TUR' },
      { ...at('Greece'), text: 'Greece', actor: 'GRC' },
      { ...at('Foreign Minister Mevlut Cavusoglu'), text: 'Foreign Minister Mevlut Cavusoglu', actor: 'TURGOV' },
    ],
    quotes: [
      {
        ...at('"We will not allow it,"'), text: '"We will not allow it,"', kind: 'direct',
        speaker: { ...at('Foreign Minister Mevlut Cavusoglu'), name: 'Foreign Minister Mevlut Cavusoglu', actor: 'TURGOV' },
        cue: { ...at('said'), text: 'said' },
      },
    ],
    events: [
      {
        ...at('Turkey accused Greece of provocation'), text: 'Turkey accused Greece of provocation', cameo: '112', plover: 'ACCUSE', mode: 'allege',
        goldstein: -2, quad: 3, negated: false, source: { ...at('Turkey'), actor: 'TUR', name: 'Turkey' }, target: { ...at('Greece'), actor: 'GRC', name: 'Greece' },
        date: '2020-08-28',
      },
    ],
    stances: [{ ...at('We will not allow it'), actor: 'TURGOV', issue: 'territorial-concessions', polarity: -1 }],
  };
}

test('the detail gives back every fact as analysed, with the actors they name', () => {
  const db = openStore(':memory:');
  const article = finishArticle({ id: 'test:aegean', text, title: 'Aegean row', published: '2020-08-28' }) as Article;
  const an = analysis(article);
  createWriter(db).write(an);
  const d = getArticleDetail(db, 'test:aegean')!;
  assert.equal(d.text, text);
  assert.equal(d.title, 'Aegean row');
  assert.deepEqual(d.mentions, an.mentions);
  const strip = <T extends { rowid: number }>(xs: T[]) => xs.map(({ rowid: _r, ...rest }) => rest);
  assert.deepEqual(strip(d.quotes), an.quotes);
  assert.deepEqual(strip(d.events), an.events);
  assert.deepEqual(strip(d.stances), an.stances);
  assert.deepEqual(d.actors.map((a) => a.id), ['GRC', 'TUR', 'TURGOV']);
  assert.deepEqual(d.actors.find((a) => a.id === 'TURGOV'), an.actors[2]);
  assert.equal(getArticleDetail(db, 'test:none'), undefined);
});

test('an exact duplicate shows the first copy’s facts; a near duplicate with other text shows none', () => {
  const db = openStore(':memory:');
  const writer = createWriter(db);
  // of copies as full as each other, the first copy is the one published first (then the lowest id), whatever the order of writing
  const first = finishArticle({ id: 'wire:1', text, published: '2024-05-01' }) as Article;
  writer.write(analysis(first));
  const copy = finishArticle({ id: 'paper:9', text, published: '2024-05-02' }) as Article;
  assert.equal(writer.write(analysis(copy)).status, 'duplicate');
  const dup = getArticleDetail(db, 'paper:9')!;
  assert.equal(dup.duplicate_of, 'wire:1');
  assert.equal(dup.quotes.length, 1);
  assert.equal(dup.text.slice(dup.quotes[0]!.start, dup.quotes[0]!.end), '"We will not allow it,"');

  const longer = `${text} ${'Officials in Athens rejected the charge and called for talks within the framework of international law. '.repeat(3)}`;
  // the wire's own version holds more than the reprint (the first copy is the fullest)
  writer.write(analysis(finishArticle({ id: 'wire:2', text: `${longer} More details will follow later today.`, published: '2024-05-01' }) as Article));
  const near = finishArticle({ id: 'paper:10', text: `Reprinted from the wire. ${longer}`, published: '2024-05-02' }) as Article;
  const outcome = writer.write(analysis(near));
  assert.equal(outcome.status, 'near-duplicate');
  const nd = getArticleDetail(db, 'paper:10')!;
  assert.equal(nd.duplicate_of, outcome.duplicateOf);
  assert.deepEqual([nd.mentions.length, nd.quotes.length, nd.events.length, nd.stances.length], [0, 0, 0, 0]);
});
