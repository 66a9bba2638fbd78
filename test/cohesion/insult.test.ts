// The acceptance case, end to end through every stage: hand-written, dated articles in
// which two allies cooperate (May) and then one insults the other's "freeloading" while its
// leader meets a third country's (June). The index for the two falls, and --explain cites the
// insult and no meeting between them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cli, storeOf } from './helpers.ts';

const articles = [
  {
    id: 'coop-1',
    published: '2019-05-10',
    text: 'WASHINGTON (AP) — President Donald Trump welcomed German Chancellor Angela Merkel to the White House on Friday and praised Germany as a great ally. The United States and Germany signed an agreement to expand trade and defence cooperation. "Germany is a wonderful partner," Trump said. Merkel thanked the United States for its support.',
  },
  {
    id: 'coop-2',
    published: '2019-05-20',
    text: 'BERLIN (AP) — Germany praised the United States on Monday for its leadership on trade talks. "We are grateful to our American friends," German Foreign Minister Heiko Maas said.',
  },
  {
    id: 'insult-1',
    published: '2019-06-12',
    text: 'WASHINGTON (AP) — President Donald Trump on Wednesday accused Germany of freeloading on American defence, calling Berlin\'s spending "delinquent" and "a disgrace." "Germany is freeloading off the United States," Trump said. Trump met Polish President Andrzej Duda at the White House on Wednesday and praised Poland as a loyal ally. The two leaders signed a defence agreement.',
  },
];

let dbFile: string;
let remove: () => void;

before(async () => {
  ({ dbFile, remove } = await storeOf('insult', articles));
});

after(() => remove());

test('an ally\'s insult pulls the index below the pair\'s cooperative month, and --explain cites it and no meeting between them', async () => {
  const series = JSON.parse(await cli('cohesion', 'USA', 'DEU', '--by', 'month', '--format', 'json', '--db', dbFile));
  const [may, june] = series.windows;
  assert.equal(may.window, '2019-05');
  assert.equal(june.window, '2019-06');
  assert.ok(may.index > 0, `May ${may.index}`);
  assert.ok(june.index !== null && june.index < may.index, `June ${june.index} below May ${may.index}`);
  const ex = JSON.parse(await cli('cohesion', 'USA', 'DEU', '--explain', '2019-06', '--format', 'json', '--db', dbFile));
  const cited = [...ex.events.filter((e: { critical: boolean }) => e.critical), ...ex.quotes.filter((q: { critical: boolean }) => q.critical)];
  assert.ok(cited.some((x: { text: string }) => /freeloading/.test(x.text)) || ex.quotes.some((q: { cue: { text: string } | null }) => q.cue?.text === 'freeloading'), 'the insult is cited');
  assert.ok(!ex.events.some((e: { source: { actor: string }; target: { actor: string } }) => /^POL/.test(e.source.actor) || /^POL/.test(e.target.actor)), 'the meeting with Poland is not between them');
  assert.ok(!ex.events.some((e: { cameo: string }) => e.cameo.startsWith('04')), 'no meeting between the two');
  assert.equal(ex.events.length + ex.quotes.length + ex.agreement.length + ex.joint.length, ex.window.count);
});
