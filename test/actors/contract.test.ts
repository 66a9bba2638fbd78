// The contract later stages rely on: sorted, non-overlapping mentions whose text is the
// article's slice, and a per-token index that agrees with them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model.ts';
import { parse } from '../../src/nlp/index.ts';
import { mentionCovering, recognizeActors, type ActorResult } from '../../src/actors/index.ts';
import type { Doc } from '../../src/nlp/index.ts';
import { bundledContext, codedPairs, root } from './helpers.ts';

function assertContract(article: Article, doc: Doc, result: ActorResult): void {
  let previousEnd = -1;
  for (const [k, m] of result.mentions.entries()) {
    assert.equal(article.text.slice(m.start, m.end), m.text, `mention ${k} of ${article.id} slices to its text`);
    assert.ok(m.start >= previousEnd, `mention ${k} of ${article.id} starts after the previous one ends`);
    previousEnd = m.end;
  }
  assert.equal(result.tokenMention.length, doc.length);
  for (let t = 0; t < doc.length; t++) {
    const index = result.tokenMention[t]!;
    if (index < 0) continue;
    const m = result.mentions[index]!;
    assert.ok(doc.start[t]! >= m.start && doc.end[t]! <= m.end, `token ${t} lies inside the mention it points to`);
  }
  const ids = new Set(result.actors.map((a) => a.id));
  for (const m of result.mentions) assert.ok(ids.has(m.actor), `actor ${m.actor} is listed`);
}

test('offsets stay exact around typographic quotes, dashes and non-breaking spaces', () => {
  const text = '“Russia’s troops — he said — won’t leave,” said Mr.\u00a0Lavrov, Russia’s foreign minister,\u00a0in a call with NATO.';
  const article = { id: 'quotes', text, published: '2022-03-01' };
  const doc = parse(text);
  const result = recognizeActors(doc, article, bundledContext());
  assertContract(article, doc, result);
  assert.deepEqual(codedPairs(result), ['Russia’s troops => RUSMIL', 'Mr.\u00a0Lavrov => RUSGOV', 'Russia’s foreign minister => RUSGOV', 'NATO => IGOWSTNAT']);
});

test('mentionCovering finds the mention for a character span and nothing outside mentions', () => {
  const text = 'The foreign minister of Gondor met Ukrainian troops near Kharkiv.';
  const article = { id: 'cover', text, published: '2023-01-01' };
  const doc = parse(text);
  const result = recognizeActors(doc, article, bundledContext());
  const troops = text.indexOf('troops');
  assert.equal(mentionCovering(result, doc, troops, troops + 'troops'.length)?.actor, 'UKRMIL');
  const met = text.indexOf('met');
  assert.equal(mentionCovering(result, doc, met, met + 3), undefined);
});

test('every mention of the sample corpus slices to its text, in order, without overlaps', () => {
  const lines = readFileSync(join(root, 'samples', 'sample.jsonl'), 'utf8').split('\n').filter(Boolean);
  // Every fifth article keeps the test quick while covering all sources of the corpus.
  for (let i = 0; i < lines.length; i += 5) {
    const article = JSON.parse(lines[i]!) as Article;
    const doc = parse(article.text);
    assertContract(article, doc, recognizeActors(doc, article, bundledContext()));
  }
});
