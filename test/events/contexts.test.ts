// PLOVER contexts (src/events/contexts.ts, data/events/context-cues.tsv): from the words of the
// event's sentence, the roles its parties act in and the crosswalk's context of its code; the
// PLOVER export writes them in POLECAT's `contexts` field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.ts';
import { bundledContext } from '../context.ts';
import { addContexts, loadContextCues } from '../../src/events/contexts.ts';
import { eventDataDir } from '../../src/events/index.ts';
import { tokenize } from '../../src/nlp/index.ts';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { exportTable } from '../../src/export/index.ts';
import type { Event } from '../../src/model.ts';
import { find, eventsOf } from './helpers.ts';

const cues = loadContextCues(eventDataDir);

/** A hand-made event over the whole first sentence of `text`. */
function eventOver(text: string, cameo: string, source = 'JPN', target = 'KOR', role?: string): Event {
  const end = text.indexOf('.') + 1;
  return {
    start: 0, end, text: text.slice(0, end), cameo, plover: 'AGREE', goldstein: 4, quad: 1, negated: false,
    source: { start: 0, end: 5, actor: source, name: source, ...(role ? { role } : {}) }, target: { start: 6, end: 11, actor: target, name: target },
  };
}

function contextsOf(text: string, cameo: string, role?: string): string[] | undefined {
  const doc = tokenize(text);
  return addContexts(doc, [eventOver(text, cameo, 'JPN', 'KOR', role)], [], cues)[0]!.contexts;
}

test("a cue word of the event's sentence gives its context; a phrase only as a whole; a prefix with any ending", () => {
  assert.deepEqual(contextsOf('Japan and Korea spoke about tariffs on steel.', '040'), ['economic']);
  assert.deepEqual(contextsOf('Japan and Korea spoke about human rights in the region.', '040'), ['human_rights']);
  assert.equal(contextsOf('Japan and Korea spoke about rights of way.', '040'), undefined);
  assert.deepEqual(contextsOf('Japan and Korea spoke about the economies of the region.', '040'), ['economic']);
  // a word of a name names no context, unless the cue is written as a name
  assert.equal(contextsOf('Japan and Korea spoke to the Free Democratic Union.', '040'), undefined);
  assert.deepEqual(contextsOf('Japan and Korea spoke to the US Congress.', '040'), ['legislative']);
  // the words of another sentence do not count
  assert.equal(contextsOf('Japan and Korea spoke on Monday. Tariffs rose.', '040'), undefined);
});

test("a party's role and the crosswalk's context of the code count too, in the order of PLOVER's list", () => {
  assert.deepEqual(contextsOf('Japan and Korea spoke on Monday.', '040', 'MIL'), ['military']);
  // 0311, cooperate economically: economic (crosswalk); 030: diplomatic
  assert.deepEqual(contextsOf('Japan and Korea spoke on Monday.', '0311'), ['economic']);
  assert.deepEqual(contextsOf('Japan and Korea spoke about an election.', '030'), ['election', 'diplomatic']);
});

test('analysed events carry their contexts, and the PLOVER export writes them', async () => {
  const events = eventsOf('Russian troops attacked Ukraine on Monday. Japan agreed with South Korea to cut tariffs on steel.');
  assert.deepEqual(find(events, 'RUSMIL', 'UKR', '19').contexts, ['military']);
  assert.deepEqual(find(events, 'JPN', 'KOR', '03').contexts, ['economic', 'diplomatic']);
  const dir = mkdtempSync(join(tmpdir(), 'entente-contexts-'));
  try {
    const db = openStore(join(dir, 'store.db'));
    createWriter(db).write(analyze({ id: 'a', text: 'Russian troops attacked Ukraine on Monday.', published: '2022-03-01' }, bundledContext()));
    const output = join(dir, 'plover.jsonl');
    await exportTable(db, { table: 'events', format: 'plover', filter: {}, output });
    const records = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { contexts: string[] });
    assert.deepEqual(records.map((r) => r.contexts), [['military']]);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
