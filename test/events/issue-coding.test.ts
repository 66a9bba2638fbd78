// Issue coding (--issues, src/events/issue-coding.ts): each event gets the issue codes whose
// phrases its sentence holds, as PETRARCH2 tags coded sentences, with each phrase's span; the
// store keeps them (event_issues) and `events --issue CODE` filters on them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DictionaryError } from '../../src/actors/dictionary.ts';
import { expandPhrase, loadIssueCoding, readIssueCoding, tagIssues } from '../../src/events/issue-coding.ts';
import { tokenize } from '../../src/nlp/index.ts';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { listEvents } from '../../src/store/queries/events.ts';
import { getArticleDetail } from '../../src/store/queries/article-detail.ts';
import { exportTable } from '../../src/export/index.ts';
import type { Analysis, Event } from '../../src/model.ts';

const coding = `# a hand-written issue coding
<ISSUE CATEGORY="FARMING" TYPE="ALL">
n:harvest [CROPS]
v:irrigate [IRRIGATION]
grain+export [GRAIN_TRADE]
~harvest moon
</ISSUE>

<ISSUE CATEGORY="WATER" TYPE="ALL">
n:dam [DAMS]
river basin [RIVERS]
cote d'ivoire basin [RIVERS]
~~dam good
</ISSUE>
dam site
n:canal [CANALS]extra words
river†delta [RIVERS]
`;

const dir = mkdtempSync(join(tmpdir(), 'entente-issues-'));
const file = join(dir, 'my.issues.txt');
writeFileSync(file, coding);
const loaded = loadIssueCoding([file]);

test('the reader: sections give categories, n:/v:/+ expand, ~/~~ exclude, bad lines are skipped with file:line', () => {
  const problems: DictionaryError[] = [];
  const entries = readIssueCoding(coding, 'my.issues.txt', problems);
  assert.deepEqual(problems.map((p) => p.message), [
    'my.issues.txt:15: "dam site" has no [CODE]',
    'my.issues.txt:17: phrase "river†delta" has a character no text would match',
  ]);
  const forms = (line: number) => entries.find((e) => e.line === line)!.forms;
  assert.deepEqual(forms(3).map((f) => [f.form, f.code, f.category]), [['harvest', 'CROPS', 'FARMING'], ['harvests', 'CROPS', 'FARMING']]);
  assert.deepEqual(forms(4).map((f) => f.form), ['irrigate', 'irrigates', 'irrigated', 'irrigating']);
  assert.deepEqual(forms(5).map((f) => f.form), ['grain export', 'grain-export']);
  assert.deepEqual(forms(6).map((f) => [f.form, f.code, f.excludes]), [['harvest moon', undefined, 'sentence']]);
  assert.deepEqual(forms(13).map((f) => [f.form, f.excludes, f.category]), [['dam good', 'article', 'WATER']]);
  // outside any section: no category; what follows the ] is not read
  assert.deepEqual(forms(16).map((f) => [f.form, f.code, f.category]), [['canal', 'CANALS', undefined], ['canals', 'CANALS', undefined]]);
  assert.deepEqual(expandPhrase('pre+n:school'), ['pre school', 'pre-school', 'pre schools', 'pre-schools']);
});

/** A hand-made event over the sentence of `text` that holds `words`. */
function eventIn(text: string, words: string): Event {
  const at = text.indexOf(words);
  return {
    start: at, end: at + words.length, text: words, cameo: '040', plover: 'CONSULT', goldstein: 1, quad: 1, negated: false,
    source: { start: at, end: at + 5, actor: 'EGY', name: 'Egypt' }, target: null,
  };
}

function issuesOf(text: string, eventWords: string): Event['issues'] {
  return tagIssues(tokenize(text), [eventIn(text, eventWords)], loaded)[0]!.issues;
}

test("an event gets the codes its sentence's phrases name, each with its span; other sentences' phrases are not its", () => {
  const text = 'Egypt discussed the Harvests and a new dam with Sudan. Egypt met Ethiopia about canals.';
  assert.deepEqual(issuesOf(text, 'Egypt discussed'), [
    { start: 20, end: 28, text: 'Harvests', code: 'CROPS', category: 'FARMING' },
    { start: 39, end: 42, text: 'dam', code: 'DAMS', category: 'WATER' },
  ]);
  assert.deepEqual(issuesOf(text, 'Egypt met')?.map((i) => [i.text, i.code, i.category]), [['canals', 'CANALS', undefined]]);
  // whole words only, hyphen or space for +, diacritics and typographic apostrophes as written
  assert.equal(issuesOf('Egypt discussed damages with Sudan.', 'Egypt discussed'), undefined);
  assert.deepEqual(issuesOf('Egypt discussed the grain-export deal.', 'Egypt discussed')?.map((i) => i.text), ['grain-export']);
  assert.deepEqual(issuesOf('Egypt discussed the Côte d’Ivoire basin.', 'Egypt discussed')?.map((i) => [i.text, i.code]), [['Côte d’Ivoire basin', 'RIVERS']]);
  assert.deepEqual(issuesOf('Egypt irrigated the river basin.', 'Egypt irrigated')?.map((i) => i.code), ['IRRIGATION', 'RIVERS']);
});

test('an exclusion takes out its own section: ~ in its sentence, ~~ in the whole article', () => {
  // "harvest moon" is no CROPS (and the longest phrase wins: no "harvest" inside it), the dam stays
  assert.deepEqual(issuesOf('Egypt discussed the harvest moon and the harvest near the dam.', 'Egypt discussed')?.map((i) => i.code), ['DAMS']);
  // in another sentence the exclusion does not hold
  assert.deepEqual(
    issuesOf('Egypt discussed the harvest near the dam. They watched the harvest moon.', 'Egypt discussed')?.map((i) => i.code),
    ['CROPS', 'DAMS'],
  );
  // "dam good" anywhere in the article: no WATER codes in any sentence, FARMING ones stay
  assert.deepEqual(
    issuesOf('Egypt discussed the harvest near the dam. The coffee was dam good.', 'Egypt discussed')?.map((i) => i.code),
    ['CROPS'],
  );
});

test('without an issue coding, events are as they were', () => {
  const text = 'Egypt discussed the harvest with Sudan.';
  const events = [eventIn(text, 'Egypt discussed')];
  assert.equal(tagIssues(tokenize(text), events, undefined), events);
});

test('the store keeps each phrase of an event (event_issues), reads them back, filters on a code and drops them with the event', async () => {
  const db = openStore(join(dir, 'store.db'));
  try {
    const writer = createWriter(db);
    const text = 'Egypt discussed the harvest near the dam. Egypt met Sudan.';
    const tagged = tagIssues(tokenize(text), [eventIn(text, 'Egypt discussed'), eventIn(text, 'Egypt met')], loaded);
    const analysis: Analysis = { article: { id: 'i1', text, published: '2024-05-01' }, actors: [{ id: 'EGY', name: 'Egypt', kind: 'state' }], mentions: [], quotes: [], events: tagged, stances: [] };
    writer.write(analysis);
    const table = db.prepare('SELECT code, category, start, "end", text FROM event_issues ORDER BY start').all();
    assert.deepEqual(table, [
      { code: 'CROPS', category: 'FARMING', start: 20, end: 27, text: 'harvest' },
      { code: 'DAMS', category: 'WATER', start: 37, end: 40, text: 'dam' },
    ]);
    assert.deepEqual(listEvents(db, { issue: 'dams' }).map((e) => e.text), ['Egypt discussed']);
    assert.deepEqual(listEvents(db, { issue: 'RIVERS' }), []);
    const detail = getArticleDetail(db, 'i1')!;
    assert.deepEqual(detail.events.map((e) => e.issues), [tagged[0]!.issues, undefined]);
    // the export's table of phrases, and the events table's codes
    const out = join(dir, 'issues.jsonl');
    assert.equal(await exportTable(db, { table: 'event_issues', format: 'jsonl', filter: {}, output: out }), 2);
    const eventsOut = join(dir, 'events.jsonl');
    await exportTable(db, { table: 'events', format: 'jsonl', filter: {}, output: eventsOut });
    const { readFileSync } = await import('node:fs');
    assert.deepEqual(readFileSync(eventsOut, 'utf8').trim().split('\n').map((l) => JSON.parse(l).issues), ['CROPS;DAMS', null]);
    // analysed again without the coding: the rows go with the events they belonged to
    writer.replaceFacts([{ ...analysis, events: [eventIn(text, 'Egypt discussed')] }]);
    assert.equal(db.prepare('SELECT count(*) FROM event_issues').pluck().get(), 0);
  } finally {
    db.close();
  }
});

test('cleanup', () => {
  rmSync(dir, { recursive: true, force: true });
});
