// Every quotation the stage returns, on awkward inputs and in the whole analysis of the
// bundled sample corpus, satisfies the output contract: offsets inside the text, text equal
// to its slice, pieces inside the span, speakers and cues inside the text. The stage must
// never throw. The sample's analyses are those the sample store was built from
// (test/sample-store.ts): the quotations as the pipeline gives them, speakers resolved by
// the actor stage, analysed once per run rather than again here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/model.ts';
import { sampleAnalyses } from '../sample-store.ts';
import { quotesOf } from './helpers.ts';

// (Not the empty text: parse() needs at least one token.)
const awkward = [
  '“',
  '”',
  '"',
  "''",
  '“Yes,” said',
  'said',
  '“Unclosed quotation at the start of a one-line article',
  'Trump said: ',
  '“A” “B” “C”',
  'According to',
  'according to the ministry,',
  ", he said.",
  '— ',
  'The minister told, that',
  "'''",
  '““nested twice”” he said.',
];

function check(text: string, quotes: Quote[] = quotesOf(text)): number {
  for (const q of quotes) {
    assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end, `bad span ${q.start}-${q.end}`);
    assert.equal(q.text, text.slice(q.start, q.end));
    assert.ok(['direct', 'partial', 'mixed', 'indirect'].includes(q.kind));
    for (const [a, b] of q.fragments ?? []) assert.ok(a >= q.start && b <= q.end && a < b, `piece ${a}-${b} outside ${q.start}-${q.end}`);
    if (q.speaker) {
      assert.ok(q.speaker.start >= 0 && q.speaker.end <= text.length && q.speaker.start < q.speaker.end);
      assert.ok(q.speaker.name.trim().length > 0);
    }
    if (q.cue) assert.equal(q.cue.text, text.slice(q.cue.start, q.cue.end));
  }
  return quotes.length;
}

test('awkward inputs do not throw and give well-formed quotations', () => {
  for (const text of awkward) check(text);
});

test('the sample corpus gives well-formed quotations', async () => {
  const analyses = await sampleAnalyses();
  let total = 0;
  for (const a of analyses) total += check(a.article.text, a.quotes);
  assert.ok(total > analyses.length, `only ${total} quotations in ${analyses.length} articles`);
});
