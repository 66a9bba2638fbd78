// Groups of people with no country stated: whose they are (src/actors/recognize.ts, resolveGroup).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionPairs, recognizeText } from './helpers.ts';

test('in a digest of stories, a group acting at home is of its own story’s dateline', () => {
  const text =
    'WASHINGTON - The United States said the United States would raise tariffs, and American officials in the United States agreed.\n\n' +
    'LAGOS, Nigeria - Armed extremists burned two churches near the city on Sunday.';
  const r = recognizeText(text, '1987-04-07');
  assert.ok(mentionPairs(r).includes('Armed extremists => NGARAD'), mentionPairs(r).join('; '));
});

test('a single story’s groups still take the country it names most', () => {
  const r = recognizeText('Kenya said protesters in Kenya blocked roads as Kenya prepared for the vote, and students marched.', '2017-08-01');
  assert.ok(mentionPairs(r).includes('students => KENEDU'), mentionPairs(r).join('; '));
});

test('"government forces" are the armed forces of the government the sentence speaks of', () => {
  const r = recognizeText('Syrian rebels attacked government forces near Aleppo on Monday.', '2016-05-02');
  assert.ok(mentionPairs(r).includes('government forces => SYRMIL'), mentionPairs(r).join('; '));
  // a militia on the government's side is not its army
  const pro = recognizeText('In Iraq, pro-government forces retook the town.', '2016-05-02');
  assert.ok(!mentionPairs(pro).some((p) => p.includes('MIL')), mentionPairs(pro).join('; '));
});

test('"locals" are civilians of the place the story is about', () => {
  const r = recognizeText('Police in Manila said the Philippines would protect locals, and the Philippines asked locals for help.', '2019-01-28');
  assert.ok(mentionPairs(r).includes('locals => PHLCVL'), mentionPairs(r).join('; '));
});

test('a ministry named by its portfolio alone is the government’s of the country named', () => {
  const r = recognizeText('Kenya raised fuel prices in Kenya, and the Energy Ministry said the Marketing Ministry agreed.', '1987-06-01');
  const pairs = mentionPairs(r);
  assert.ok(pairs.includes('the Energy Ministry => KENGOV'), pairs.join('; '));
  assert.ok(pairs.includes('the Marketing Ministry => KENGOV'), pairs.join('; '));
  // "the Ministry of Finance" after another ministry is not that ministry
  const two = recognizeText('Kenya said the Health Ministry would pay, and the Ministry of Finance agreed.', '1987-06-01');
  assert.ok(mentionPairs(two).some((p) => p.startsWith('the Ministry of Finance => KENGOV')), mentionPairs(two).join('; '));
});

test('a body of state right after ", where" is of the place the "where" stands for', () => {
  // (the sentence names two countries, and the one the story names most is Chile)
  const text = 'Chile welcomed the plan. Chile said Chile would sign. The Chilean envoy met officials in Norway, where the parliament voted on Monday to back the plan.';
  const r = recognizeText(text, '2016-05-02');
  assert.ok(mentionPairs(r).includes('the parliament => NORLEG'), mentionPairs(r).join('; '));
  // (the place as the possessor of the noun before the comma)
  const valleys = recognizeText("Chile said Chile would help. Chilean doctors flew to Peru's northern valleys, where the army rescued villagers.", '2016-05-02');
  assert.ok(mentionPairs(valleys).includes('the army => PERMIL'), mentionPairs(valleys).join('; '));
});
