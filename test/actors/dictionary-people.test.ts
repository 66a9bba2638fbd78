// A person given in a user's dictionary without dates (`JEAN_DUPONT [FRAELI]`) is one person
// through the article: the full name, then "Mr. Dupont", "Dupont" and "he".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadActorContext } from '../../src/actors/index.ts';
import { mentionPairs, recognizeText } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-dictionary-people-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'custom.actors.txt');
writeFileSync(file, 'JEAN_DUPONT [FRAELI]\nZOE_BLANC [FRAGOV]\nNORTHERN_RIVER_AUTHORITY [FRAGOV]\nVELVET_HARROW\n+PUNK_GROUP_VELVET_HARROW\n+ANNA_QUELL\n\t[FRAOPP]\n');
const ctx = loadActorContext({ actors: [file] });

test('an undated dictionary person and the later "Mr. Dupont" are one person, of the country and role the entry gives', () => {
  const result = recognizeText('Jean Dupont visited the port on Monday. Mr. Dupont said the talks went well.', '2021-03-04', ctx);
  assert.deepEqual(mentionPairs(result), ['Jean Dupont => person:jean-dupont', 'Mr. Dupont => person:jean-dupont']);
  assert.deepEqual(result.actors.find((a) => a.id === 'person:jean-dupont'), { id: 'person:jean-dupont', name: 'Jean Dupont', kind: 'person', country: 'FRA', role: 'ELI' });
});

test('the surname alone and a pronoun follow the dictionary person too, accents or not', () => {
  const result = recognizeText('Zoé Blanc arrived late. Blanc said she was tired. Ms. Blanc left.', '2021-03-04', ctx);
  assert.deepEqual(mentionPairs(result), ['Zoé Blanc => person:zoe-blanc', 'Blanc => person:zoe-blanc', 'she => person:zoe-blanc', 'Ms. Blanc => person:zoe-blanc']);
});

test('an undated entry named like an institution stays its code', () => {
  const result = recognizeText('The Northern River Authority closed the canal.', '2021-03-04', ctx);
  assert.deepEqual(mentionPairs(result), ['The Northern River Authority => FRAGOV']);
});

test('an undated record with an organisation\'s word in any of its phrases is a group, not a person: "Velvet Harrow" (also "punk group Velvet Harrow")', () => {
  const result = recognizeText('Velvet Harrow played in the park on Monday, and Anna Quell spoke.', '2021-03-04', ctx);
  assert.deepEqual(mentionPairs(result), ['Velvet Harrow => FRAOPP', 'Anna Quell => FRAOPP']);
  assert.ok(!result.actors.some((a) => a.kind === 'person'), JSON.stringify(result.actors));
});
