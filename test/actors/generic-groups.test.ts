// Generic groups (src/actors/generic-groups.ts): people named only by a plural noun of people
// (name-cues.txt's group-noun) who speak or think are a group of their own, group:<noun>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idOf, recognizeText } from './helpers.ts';

const norway = 'Norway cut its interest rates on Monday. Norway has cut them twice since 2019.';

test('a plural noun of people that speaks is a group of no country, and "they" stands for it', () => {
  const r = recognizeText(`${norway} Currency dealers said the krone would weaken. They expect more cuts.`, '2016-05-01');
  assert.equal(idOf(r, 'Currency dealers'), 'group:dealers');
  assert.equal(idOf(r, 'They'), 'group:dealers');
  const actor = r.actors.find((a) => a.id === 'group:dealers');
  assert.deepEqual(actor, { id: 'group:dealers', name: 'dealers', kind: 'group' });
});

test('a group that thinks, one after "according to", and one whose relative clause speaks', () => {
  const r = recognizeText(
    `${norway} Many shareholders believe the board erred. According to investigators, the fund lost money. Pilots who say they were underpaid met the minister.`,
    '2016-05-01',
  );
  assert.equal(idOf(r, 'Many shareholders'), 'group:shareholders');
  assert.equal(idOf(r, 'investigators'), 'group:investigators');
  assert.equal(idOf(r, 'Pilots'), 'group:pilots');
  assert.equal(idOf(r, 'who'), 'group:pilots');
});

test('no group where the noun does not speak, names no people, is someone\'s, counts people named before or follows a name', () => {
  const r = recognizeText(
    `${norway} Shareholders met the board. The rising prices said little. Their dealers said no. The two sources said nothing. Zentrova dealers said yes.`,
    '2016-05-01',
  );
  assert.equal(idOf(r, 'Shareholders'), undefined);
  assert.equal(idOf(r, 'The rising prices'), undefined);
  assert.equal(idOf(r, 'dealers'), undefined);
  assert.equal(idOf(r, 'The two sources'), undefined);
  assert.ok(!r.mentions.some((m) => m.actor.startsWith('group:')), r.mentions.map((m) => `${m.text} => ${m.actor}`).join('; '));
});

test('"they" after a group that speaks is that group even when a later group was found first', () => {
  // ("Critics" is read by the sources pass, after the role pass found "Police": the pronoun pass reads them in order)
  const r = recognizeText('Critics say the plan will fail. They argue that taxes will rise. Police arrived later.', '2016-05-01');
  assert.equal(idOf(r, 'They'), idOf(r, 'Critics'));
  assert.ok(idOf(r, 'They'));
});
