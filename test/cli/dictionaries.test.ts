// Third-party dictionaries as they are: every PETRARCH/Phoenix file loads under its own option
// (malformed lines skipped and counted, file:line; the issue coding under --issues), and a file given to
// the wrong option is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDictionaries } from '../../src/cli/dictionaries.ts';
import { sniffDictionary } from '../../src/dictionaries.ts';
import { UsageError } from '../../src/cli/common.ts';
import { loadContext } from '../../src/context.ts';

const shared = '../shared/data/dictionaries';
const available = existsSync(shared);

test('every file of the shared PETRARCH/Phoenix dictionaries loads under its own option, skipped lines counted', { skip: !available && `no ${shared}` }, () => {
  const files = readdirSync(shared).filter((f) => f.endsWith('.txt'));
  const byKind: Record<string, string[]> = {};
  for (const f of files) (byKind[sniffDictionary(readFileSync(join(shared, f), 'utf8'))] ??= []).push(join(shared, f));
  assert.deepEqual(byKind.issues?.map((f) => f.replace(/^.*\//, '')), ['Phoenix.IssueCoding.txt']);
  const reports = checkDictionaries({ actors: byKind.actors, agents: byKind.agents, verbs: byKind.verbs, discards: byKind.discards, issues: byKind.issues });
  assert.equal(reports.length, files.length);
  const of = (name: string) => reports.find((r) => r.file.endsWith(name))!;
  // these stopped the strict reader at their first bad line
  assert.ok(of('Phoenix.Countries.actors.txt').entries > 18000);
  assert.match(of('Phoenix.Countries.actors.txt').skipped[0]!, /Phoenix\.Countries\.actors\.txt:2039: /);
  assert.match(of('Phoenix.International.actors.txt').skipped[0]!, /:40: /);
  assert.match(of('Phoenix.agents.txt').skipped[0]!, /:544: /);
  assert.ok(of('Phoenix.International.actors.txt').entries > 7000);
  // the issue coding (--issues): its phrase lines without a [CODE] and its mis-decoded characters are skipped
  assert.ok(of('Phoenix.IssueCoding.txt').entries > 3000);
  assert.match(of('Phoenix.IssueCoding.txt').skipped[0]!, /Phoenix\.IssueCoding\.txt:141: "european central bank" has no \[CODE\]/);
  // CAMEO.2.0 lists some verb forms in two blocks: reported apart, the lines read
  assert.equal(of('CAMEO.2.0.txt').skipped.length, 0);
  assert.equal(of('CAMEO.2.0.txt').repeated.length, 35);
  assert.match(of('CAMEO.2.0.txt').repeated[0]!, /CAMEO\.2\.0\.txt:1590: "dismiss", .* listed already under DESPATCH \(line 1512, code 110\)/);
  for (const r of reports) assert.ok(r.entries > 0, r.file);
});

test('the whole Phoenix set analyses: the context loads with the skipped lines kept aside', { skip: !available && `no ${shared}` }, () => {
  const ctx = loadContext({
    actors: ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt'].map((f) => join(shared, f)),
    agents: [join(shared, 'Phoenix.agents.txt')],
    verbs: [join(shared, 'CAMEO.2.0.txt')],
    discards: [join(shared, 'Phoenix.discards.txt')],
    issues: [join(shared, 'Phoenix.IssueCoding.txt')],
  });
  assert.equal(ctx.actors.problems.length, 9 + 4 + 2);
  assert.ok((ctx.issueCoding?.byFirstWord.size ?? 0) > 1000);
});

test('a file given to the wrong option is refused, saying which option it belongs to', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-dict-'));
  try {
    const discards = join(dir, 'my.discards.txt');
    writeFileSync(discards, '# sports\n+WORLD CUP\nPENALTY KICK\n');
    const agents = join(dir, 'my.agents.txt');
    writeFileSync(agents, 'MINISTER [~GOV]\nREBEL [~REB]\n');
    const refused = (flags: Parameters<typeof checkDictionaries>[0], message: RegExp) =>
      assert.throws(() => checkDictionaries(flags), (e: unknown) => e instanceof UsageError && message.test(e.message));
    refused({ actors: [discards] }, /--actors .*my\.discards\.txt: this is a discard list .*give it with --discards/);
    refused({ verbs: [agents] }, /--verbs .*my\.agents\.txt: this is an agent dictionary .*give it with --agents/);
    const issues = join(dir, 'my.issues.txt');
    writeFileSync(issues, '<ISSUE CATEGORY="ENERGY" TYPE="ALL">\noil [OIL]\n</ISSUE>\n');
    refused({ actors: [issues] }, /--actors .*my\.issues\.txt: this is an issue-coding file .*give it with --issues/);
    refused({ issues: [agents] }, /--issues .*my\.agents\.txt: this is an agent dictionary .*give it with --agents/);
    assert.throws(() => loadContext({ issues: [discards] }), /--issues .*: this is a discard list/);
    refused({ actors: [join(dir, 'absent.txt')] }, /--actors .*absent\.txt: no such file/);
    assert.throws(() => loadContext({ actors: [discards] }), /this is a discard list/);
    assert.equal(checkDictionaries({ discards: [discards], agents: [agents], issues: [issues] }).length, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dictionary names match whatever the diacritics: ZOE_BLANC finds "Zoé Blanc", and a name written with them finds the plain spelling', async () => {
  const { analyze } = await import('../../src/analyze.ts');
  const dir = mkdtempSync(join(tmpdir(), 'entente-dict-'));
  try {
    const file = join(dir, 'people.actors.txt');
    writeFileSync(file, 'ZOE_BLANC [FRAGOV]\nRENÉ_ÉTIENNE_MARCEAU [BELGOV]\n');
    const ctx = loadContext({ actors: [file] });
    const text = 'Zoé Blanc met Rene Etienne Marceau in Oslo on Monday.';
    const result = analyze({ id: 'd1', text, published: '2024-02-05' }, ctx);
    // people of the dictionary (undated records of a country and a role): person: actors acting as FRAGOV, BELGOV
    const acting = new Map(result.actors.map((a) => [a.id, `${a.country}${a.role}`]));
    const mentions = result.mentions.map((m) => [m.text, m.actor, acting.get(m.actor)]);
    assert.deepEqual(mentions.slice(0, 2), [['Zoé Blanc', 'person:zoe-blanc', 'FRAGOV'], ['Rene Etienne Marceau', 'person:rene-etienne-marceau', 'BELGOV']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
