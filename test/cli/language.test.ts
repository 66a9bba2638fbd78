// Articles not in English are kept, marked with their language, and not analysed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guessLanguage } from '../../src/ingest/language.ts';
import { runIngest } from '../../src/cli/ingest.ts';
import { openStore } from '../../src/store/db.ts';

const english = 'The foreign ministers of Norway and Chile met in Oslo on Monday and agreed to extend their trade accord for another five years, officials said.';
const german = 'Die Außenminister von Norwegen und Chile trafen sich am Montag in Oslo und vereinbarten, ihr Handelsabkommen um weitere fünf Jahre zu verlängern, teilten Beamte mit.';
const french = 'Les ministres des affaires étrangères de la Norvège et du Chili se sont réunis lundi à Oslo et ont convenu de prolonger leur accord commercial de cinq ans.';
const spanish = 'Los ministros de Asuntos Exteriores de Noruega y Chile se reunieron el lunes en Oslo y acordaron prorrogar su acuerdo comercial por otros cinco años.';

test('English passes; German, French and Spanish are named; a text too short to tell is analysed', () => {
  assert.deepEqual(guessLanguage(english), { english: true, code: 'eng' });
  assert.deepEqual(guessLanguage(german), { english: false, code: 'deu' });
  assert.equal(guessLanguage(french).english, false);
  assert.equal(guessLanguage(spanish).code, 'spa');
  assert.equal(guessLanguage('Oslo, Monday.').english, true);
});

test('names are no language: an English sentence full of Spanish names is English; a short German one is still German', () => {
  assert.equal(guessLanguage('Andrés Manuel López Obrador met Donald Trump in Washington.').english, true);
  assert.equal(guessLanguage('Recep Tayyip Erdoğan und Wladimir Putin trafen sich in Sotschi.').code, 'deu');
  assert.equal(guessLanguage('Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin.').code, 'fra');
});

test('ingest stores a German article with its language and no facts, and says so; --all-languages analyses it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-lang-'));
  const quiet = process.stderr.write;
  const said: string[] = [];
  try {
    const input = join(dir, 'two.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'en1', text: english })}\n${JSON.stringify({ id: 'de1', text: german })}\n`);
    const db = join(dir, 'store.db');
    process.stderr.write = ((chunk: string) => (said.push(String(chunk)), true)) as typeof process.stderr.write;
    const run = await runIngest([input], { db, jobs: 1 });
    process.stderr.write = quiet;
    assert.equal(run.counts.stored, 2);
    assert.ok(said.some((l) => /1 articles not in English/.test(l)), said.join(''));
    const store = openStore(db, { readonly: true });
    const facts = (id: string) => store.prepare('SELECT count(*) FROM mentions m JOIN articles a ON a.rowid = m.article_rowid WHERE a.id = ?').pluck().get(id) as number;
    assert.equal(store.prepare("SELECT lang FROM articles WHERE id = 'de1'").pluck().get(), 'deu');
    assert.equal(facts('de1'), 0);
    assert.ok(facts('en1') > 0);
    store.close();
  } finally {
    process.stderr.write = quiet;
    rmSync(dir, { recursive: true, force: true });
  }
});
