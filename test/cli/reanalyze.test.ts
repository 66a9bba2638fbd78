// entente reanalyze: after a dictionary change, stored articles get exactly the facts a fresh
// analysis gives them: the new ones appear, the others stay, nothing is duplicated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContext } from '../../src/context.ts';
import { bundledContext } from '../context.ts';
import { analyze } from '../../src/analyze.ts';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { runReanalyze } from '../../src/cli/reanalyze.ts';
import { runIngest } from '../../src/cli/ingest.ts';
import { entente } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-reanalyze-'));
const db = join(dir, 'store.db');
const dictionary = join(dir, 'extra.actors.txt');
writeFileSync(dictionary, 'QUORVIA [QRV]\n');
const articles = [
  { id: 'q1', published: '2023-04-04', text: 'Quorvia accused Norway of spying on Tuesday. Norway denied it, the minister said.' },
  { id: 'q2', published: '2023-04-05', text: 'France and Chile signed a trade accord on Wednesday. "We are pleased," the French minister said.' },
];
{
  const store = openStore(db);
  const writer = createWriter(store);
  const ctx = bundledContext();
  for (const a of articles) writer.write(analyze(a, ctx));
  store.close();
}

/** Every fact of one article, as content (no row ids), sorted. */
function facts(id: string): Record<string, string[]> {
  const store = openStore(db, { readonly: true });
  try {
    const rowid = store.prepare('SELECT rowid FROM articles WHERE id = ?').pluck().get(id);
    const rows = (sql: string) => (store.prepare(sql).raw().all(rowid) as unknown[][]).map((r) => JSON.stringify(r)).sort();
    return {
      mentions: rows('SELECT start, "end", text, actor FROM mentions WHERE article_rowid = ?'),
      quotes: rows('SELECT start, "end", kind, speaker_actor FROM quotes WHERE article_rowid = ?'),
      events: rows('SELECT start, "end", cameo, source_actor, target_actor FROM events WHERE article_rowid = ?'),
      stances: rows('SELECT start, "end", actor, issue, polarity FROM stances WHERE article_rowid = ?'),
      // the full-text index finds the quote's current row, once
      indexed: store.prepare("SELECT q.text FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid WHERE quotes_fts MATCH 'pleased'").pluck().all() as string[],
    };
  } finally {
    store.close();
  }
}

test('after adding an actor, reanalyze gives its article the new facts and leaves the other exactly as it was', async () => {
  const before = { q1: facts('q1'), q2: facts('q2') };
  assert.ok(!before.q1.mentions.some((m) => m.includes('"QRV"')));
  const run = await runReanalyze({ db, actors: [dictionary], jobs: 1, quiet: true });
  assert.deepEqual(run.counts, { reanalyzed: 2, failed: 0, total: 2 });
  const after = { q1: facts('q1'), q2: facts('q2') };
  assert.ok(after.q1.mentions.some((m) => m.includes('"Quorvia","QRV"')), after.q1.mentions.join(' '));
  assert.ok(after.q1.events.some((e) => e.includes('"QRV","NOR"')), `an accusation by Quorvia: ${after.q1.events.join(' ')}`);
  assert.deepEqual(after.q2, before.q2);
  // the same analysis as a fresh one: no old rows left over, none twice
  const fresh = analyze(articles[0]!, loadContext({ actors: [dictionary] }));
  assert.equal(after.q1.mentions.length, fresh.mentions.length);
  assert.equal(after.q1.events.length, fresh.events.length);
  assert.equal(after.q1.quotes.length, fresh.quotes.length);
  // again, and only one article: nothing changes
  const again = await runReanalyze({ db, actors: [dictionary], jobs: 1, quiet: true, article: ['q1'] });
  assert.deepEqual(again.counts, { reanalyzed: 1, failed: 0, total: 1 });
  assert.deepEqual({ q1: facts('q1'), q2: facts('q2') }, after);
  const actorRow = () => {
    const store = openStore(db, { readonly: true });
    try {
      return store.prepare("SELECT count(*) FROM actors WHERE id = 'QRV'").pluck().get();
    } finally {
      store.close();
    }
  };
  assert.equal(actorRow(), 1);
  // without the dictionary, back to the start, and the actor no fact names any more is gone
  await runReanalyze({ db, jobs: 1, quiet: true, since: '2023-04-04', until: '2023-04-04' });
  assert.deepEqual({ q1: facts('q1'), q2: facts('q2') }, before);
  assert.equal(actorRow(), 0);
});

test('a bad --where is a usage error naming it', async () => {
  await assert.rejects(runReanalyze({ db, jobs: 1, quiet: true, where: 'a.nope = 1' }), /--where "a\.nope = 1": no such column/);
});

test('ingesting a stored article again with another date updates the date and redoes its facts; the same date changes nothing', async () => {
  const input = join(dir, 'again.jsonl');
  const published = (id: string) => {
    const store = openStore(db, { readonly: true });
    try {
      return store.prepare('SELECT published FROM articles WHERE id = ?').pluck().get(id);
    } finally {
      store.close();
    }
  };
  const before = facts('q2');
  writeFileSync(input, `${JSON.stringify({ ...articles[1], published: '2023-06-01' })}\n`);
  const first = await runIngest([input], { db, jobs: 1, quiet: true });
  assert.equal(first.counts.redated, 1);
  assert.equal(published('q2'), '2023-06-01');
  assert.deepEqual(facts('q2'), before, 'the same facts, once');
  const second = await runIngest([input], { db, jobs: 1, quiet: true });
  assert.deepEqual([second.counts.redated, second.counts.exists], [0, 1]);
});

test('--published dates a plain-text article: a stored one given again with it gets the date and its roles as of that date', async () => {
  // a head of state with no date is an elite (ELI); dated during her term she is the government (GOV)
  const file = join(dir, 'merkel.txt');
  writeFileSync(file, 'German Chancellor Angela Merkel met French officials in Paris on Monday to discuss the budget.\n');
  const role = () => {
    const store = openStore(db, { readonly: true });
    try {
      return store.prepare("SELECT a.published, json_extract(e.extra, '$.acts_for.source.role') FROM events e JOIN articles a ON a.rowid = e.article_rowid WHERE e.source_actor = 'person:angela-merkel'").raw().all() as unknown[][];
    } finally {
      store.close();
    }
  };
  await runIngest([file], { db, jobs: 1, quiet: true });
  const undated = role();
  assert.equal(undated.length, 1);
  assert.equal(undated[0]![0], null);
  const redated = await runIngest([file], { db, jobs: 1, quiet: true, published: '2015-05-04' });
  assert.equal(redated.counts.redated, 1);
  assert.deepEqual(role(), [['2015-05-04', 'GOV']]);
  // a date the input gives is kept: --published only fills in a missing one
  const dated = join(dir, 'dated.jsonl');
  writeFileSync(dated, `${JSON.stringify({ id: 'q-dated', published: '2001-02-03', text: 'Norway and Chile signed a fisheries accord in Oslo on Saturday.' })}\n`);
  await runIngest([dated], { db, jobs: 1, quiet: true, published: '2015-05-04' });
  const store = openStore(db, { readonly: true });
  assert.equal(store.prepare("SELECT published FROM articles WHERE id = 'q-dated'").pluck().get(), '2001-02-03');
  store.close();
});

test('reanalyze --issues tags the stored events with the codes of their sentences; events --issue lists them; without it they go', async () => {
  const coding = join(dir, 'my.issues.txt');
  writeFileSync(coding, '<ISSUE CATEGORY="SECURITY" TYPE="ALL">\nv:spy [ESPIONAGE]\n</ISSUE>\n<ISSUE CATEGORY="ECONOMY" TYPE="ALL">\ntrade n:accord [TRADE]\n</ISSUE>\nno code here\n');
  // (Quorvia, who accuses Norway of spying, is an actor of the dictionary of the first test)
  const run = await entente(['reanalyze', '--db', db, '--actors', dictionary, '--issues', coding, '--jobs', '1', '--article-timeout', '0']);
  assert.equal(run.code, 0, run.stderr);
  // the file's report: what was read, the line skipped
  assert.match(run.stderr, /dictionary .*my\.issues\.txt \(--issues\): 2 phrases read, 1 malformed lines skipped/);
  assert.match(run.stderr, /my\.issues\.txt:7: "no code here" has no \[CODE\]/);
  const listed = await entente(['events', '--db', db, '--issue', 'espionage', '--format', 'jsonl']);
  const rows = listed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { article_id: string; issues: string });
  assert.deepEqual(rows.map((r) => [r.article_id, r.issues]), [['q1', 'ESPIONAGE']]);
  const trade = await entente(['events', '--db', db, '--issue', 'TRADE', '--format', 'jsonl']);
  // France's and Chile's signing, both in the sentence
  assert.deepEqual(trade.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { article_id: string }).article_id), ['q2', 'q2']);
  // analysed again without the file: the issues are no longer the events'
  await runReanalyze({ db, actors: [dictionary], jobs: 1, quiet: true });
  const none = await entente(['events', '--db', db, '--issue', 'TRADE', '--format', 'jsonl']);
  assert.equal(none.stdout.trim(), '');
  assert.match(none.stderr, /no event of this store has issue codes: they are stored by ingest or reanalyze with --issues FILE/);
});

test('cleanup', () => rmSync(dir, { recursive: true, force: true }));
