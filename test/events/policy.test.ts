// Coding policy from data/events/ (src/events/policy.ts) and who can be a party (index.ts,
// src/nlp/dateline.ts): mutual acts, silent codes, pattern-only verbs, actors with no code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.ts';
import type { Context } from '../../src/context.ts';
import { eventDataDir } from '../../src/events/index.ts';
import { isArmedRole, isUnarmedActor, loadEventPolicy } from '../../src/events/policy.ts';
import { bundledContext } from '../context.ts';
import { assertNoPair, describe, eventsOf, find, findExact } from './helpers.ts';

test('a mutual act needs its complement: "agreed." alone agrees with someone else', () => {
  assertNoPair(eventsOf('Brazil and Chile, both critical of the plan, agreed.'), 'BRA', 'CHL');
  const events = eventsOf('Brazil and Chile agreed to expand trade.');
  find(events, 'BRA', 'CHL', '03');
  find(events, 'CHL', 'BRA', '03');
});

test('force is mutual only when the verb says so: "fought", not "struck" or "killed"', () => {
  const fought = eventsOf('Armenia and Azerbaijan fought along the border.');
  find(fought, 'ARM', 'AZE', '19');
  find(fought, 'AZE', 'ARM', '19');
  const killed = eventsOf('The bombings at the embassies in Yerevan, Armenia, and Baku, Azerbaijan, killed 40 people.');
  assert.equal(killed.filter((e) => e.cameo.startsWith('19')).length, 0, describe(killed));
  const struck = eventsOf('Lyon now stands with Paris, Brussels, Madrid and other cities struck by terrorism.');
  assert.equal(struck.filter((e) => e.cameo.startsWith('19')).length, 0, describe(struck));
});

test('a plain "told" is reporting, not an event (silent 010)', () => {
  const events = eventsOf('Egypt told Jordan on Monday that the border would reopen.');
  assert.equal(events.filter((e) => e.cameo === '010').length, 0, describe(events));
});

test('"served as adviser" is no cooperation: a pattern-only verb', () => {
  const events = eventsOf('Former envoy Kurt Volker served as an adviser to Ukraine for two years.');
  assert.equal(events.length, 0, describe(events));
});

test('"suggest" and "hint" that something is so are no appeal (senses.ts, a pattern-only "hint"); a suggested act still codes', () => {
  const epistemic = eventsOf('Chile suggested that Peru would soon sign the accord. Chile hinted that Peru might sign the accord. The Chilean minister continued to suggest that Peru had broken no rule.');
  assert.equal(epistemic.filter((e) => e.cameo.startsWith('02')).length, 0, describe(epistemic));
  find(eventsOf('Chile suggested talks with Peru on Monday.'), 'CHL', 'PER', '03');
  // nor is holding ground or a majority an act of cooperation
  const held = eventsOf('Peru controls the northern third of the valley claimed by Chile. Chilean rebels now control half of Peru.');
  assert.equal(held.filter((e) => e.cameo.startsWith('06')).length, 0, describe(held));
});
test('a bare "involve" is no pessimistic comment (012): a pattern-only verb', () => {
  const events = eventsOf('The Chilean envoy involved himself in Peru’s politics. A forum in Lima is involving officials from Bolivia.');
  assert.equal(events.filter((e) => e.cameo.startsWith('01')).length, 0, describe(events));
});

test('a bare "take" is no seizure, nor a bare "leave" a meeting; their patterns still code', () => {
  const taken = eventsOf('Kenya took the silver medal ahead of Ethiopia. France took action against Spain on Monday.');
  assert.equal(taken.filter((e) => e.cameo.startsWith('17')).length, 0, describe(taken));
  // nor is a bare "left" or "departed" a consultation
  const left = eventsOf('The Chilean envoys left Lima on Monday. The Peruvian minister departed Santiago.');
  assert.equal(left.filter((e) => e.cameo.startsWith('04')).length, 0, describe(left));
  // nor a bare "break", "surmount" or "struggle" the use of force
  const broke = eventsOf('Chile broke the deadlock with Peru on Monday. Argentina struggled to surmount its crisis with Uruguay.');
  assert.equal(broke.filter((e) => e.cameo.startsWith('19')).length, 0, describe(broke));
  // nor a bare "help" aid
  const helped = eventsOf('Chile will cut import taxes to help Peruvian exporters. Brazil could help persuade Argentina.');
  assert.equal(helped.filter((e) => e.cameo.startsWith('07')).length, 0, describe(helped));
  // nor generic verbs of giving, issuing, leading, studying
  const generic = eventsOf('The court in Chile issued a ruling against Peru. Bolivian students are studying at Argentine universities. Chile gave Peru an advantage.');
  assert.equal(generic.filter((e) => /^0[5-9]/.test(e.cameo)).length, 0, describe(generic));
  const needs = eventsOf('Europe needs a strong Germany. The court will hear arguments from Chile against Peru.');
  assert.equal(needs.length, 0, describe(needs));
  // nor "target" in its sense of aiming at a figure or a group to reach
  const targeted = eventsOf('The Chilean central bank is targeting growth of the Peruvian trade. The Bolivian government has targeted Argentine farmers.');
  assert.equal(targeted.filter((e) => e.cameo.startsWith('19')).length, 0, describe(targeted));
  // nor a forecast or a vote: "expect" and "vote" are CAMEO.2.0's 030 by themselves
  const forecast = eventsOf('The Chilean minister said he expected the Peruvian trade deficit to fall. The Bolivian senate voted to cut funding for Argentina.');
  assert.equal(forecast.filter((e) => e.cameo.startsWith('03')).length, 0, describe(forecast));
  const hostages = eventsOf('Rebels took part in talks with the Colombian government.');
  assert.ok(hostages.length > 0, describe(hostages));
});

test('a person no country stands for is no party', () => {
  const events = eventsOf('Peter Miller criticised Germany on Monday.');
  assert.equal(events.length, 0, describe(events));
});

test('a dateline place is no party', () => {
  const events = eventsOf('CAIRO, March 3 (Reuters) - Jordan and Syria signed a water accord on Sunday.');
  find(events, 'JOR', 'SYR', '05');
  assert.equal(events.filter((e) => e.source.name === 'CAIRO' || e.target?.name === 'CAIRO').length, 0, describe(events));
});

test('the words after a dateline open their sentence: "Thousands of" is no name, the troops are the doers', () => {
  // parsed apart from the dateline, the sentence keeps its subject (src/nlp/syntax.ts); a
  // capitalised common noun right after the dash is no organisation's name (src/actors/recognize.ts)
  const events = eventsOf('LIMA - Thousands of Chilean troops attacked Peruvian police on Monday.');
  findExact(events, 'CHLMIL', 'PERCOP', '19');
  assert.equal(events.filter((e) => e.source.name === 'Thousands').length, 0, describe(events));
});

test('a capitalised word joined by a hyphen opens no dateline: "US-led forces" are a party', () => {
  find(eventsOf('US-led forces attacked the Taliban government in 2001.'), 'USA', 'AFG', '1');
});

test('cooperation with armed forces is military cooperation (062), aid to them military aid (072)', () => {
  const events = eventsOf('Chile has increased cooperation in recent years with the navies of Peru and Brazil.');
  find(events, 'CHL', 'PER', '062');
  find(events, 'CHL', 'BRA', '062');
  assert.equal(events.filter((e) => e.cameo.startsWith('05')).length, 0, describe(events));
  find(eventsOf('The United States gave aid to the Afghan army.'), 'USA', 'AFG', '072');
  // with the country itself the general code stays
  find(eventsOf('The United States gave aid to Afghanistan.'), 'USA', 'AFG', '070');
});

test('a government does not visit or host its own country', () => {
  const events = eventsOf('The Chilean president welcomed the first visit to Chile by the Peruvian president.');
  assertNoPair(events, 'CHLGOV', 'CHL');
  find(eventsOf('The Chilean president paid a visit to Peru.'), 'CHL', 'PER', '042');
});

/** Runs `check` on a copy of data/events in a temporary folder, which is removed after. */
function withEventData(check: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'entente-policy-'));
  try {
    cpSync(eventDataDir, dir, { recursive: true });
    check(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('code-policy.tsv: a malformed or missing setting stops loading with the file and setting named', () =>
  withEventData((dir) => {
    const file = join(dir, 'code-policy.tsv');
    const original = readFileSync(file, 'utf8');
    assert.equal(loadEventPolicy(dir).codes.demandCode, '100');
    writeFileSync(file, original.replace('demand_code\t100', 'demand_code\tabc'));
    assert.throws(() => loadEventPolicy(dir), /code-policy\.tsv:\d+: bad value "abc" for "demand_code"/);
    writeFileSync(file, original.split('\n').filter((line) => !line.startsWith('visit_codes')).join('\n'));
    assert.throws(() => loadEventPolicy(dir), /code-policy\.tsv: no values for "visit_codes"/);
  }));

test('currency words and unarmed code prefixes are data: read from data/events, a bad line stops loading with the file and line', () =>
  withEventData((dir) => {
    const currencies = join(dir, 'currency-words.tsv');
    const policy = join(dir, 'code-policy.tsv');
    const loaded = loadEventPolicy(dir);
    // each word with its plural in -s ("120 U.S. dlrs")
    for (const word of ['dollar', 'dollars', 'dlrs', 'yen']) assert.ok(loaded.currencyWords.has(word), word);
    assert.ok(!loaded.currencyWords.has('pound'), '"Israel pounds Gaza" is no currency');
    assert.deepEqual(loaded.codes.unarmedCodePrefixes, ['MNC']);
    writeFileSync(currencies, `${readFileSync(currencies, 'utf8')}pula\tthe Botswana pula\n`);
    assert.ok(loadEventPolicy(dir).currencyWords.has('pulas'));
    const lines = readFileSync(currencies, 'utf8').split('\n');
    writeFileSync(currencies, `${lines.join('\n')}U.S. dollar\tbad\n`);
    assert.throws(() => loadEventPolicy(dir), new RegExp(`currency-words\\.tsv:${lines.length}: bad word "U\\.S\\. dollar"`));
    cpSync(join(eventDataDir, 'currency-words.tsv'), currencies);
    const original = readFileSync(policy, 'utf8');
    writeFileSync(policy, original.replace('unarmed_code_prefixes\tMNC', 'unarmed_code_prefixes\tMNC,NGO'));
    assert.deepEqual(loadEventPolicy(dir).codes.unarmedCodePrefixes, ['MNC', 'NGO']);
    writeFileSync(policy, original.replace('unarmed_code_prefixes\tMNC', 'unarmed_code_prefixes\tMNC,companies'));
    const line = original.split('\n').findIndex((l) => l.startsWith('unarmed_code_prefixes')) + 1;
    assert.throws(() => loadEventPolicy(dir), new RegExp(`code-policy\\.tsv:${line}: bad value "companies" for "unarmed_code_prefixes"`));
  }));

test('one list of armed roles (code-policy.tsv armed_roles) decides an attack in words, a contest of votes and an unarmed source alike', () => {
  const bundled = bundledContext();
  const { policy } = bundled.events;
  const armedAlso = (roles: string[]): Context => {
    const codes = { ...policy.codes, armedRoles: new Set([...policy.codes.armedRoles, ...roles]) };
    return { ...bundled, events: { ...bundled.events, policy: { ...policy, codes } } };
  };
  const force = (ctx: Context, text: string, published: string) =>
    analyze({ id: 't', text, published }, ctx).events.filter((e) => /^(18|19|20)/.test(e.cameo));
  const sentences: [string, string][] = [
    ['Senator Bernie Sanders attacked Hillary Clinton.', '2016-03-10'],
    ['Governor John Hickenlooper narrowly defeated Senator Mark Udall in Denver.', '2016-02-10'],
    ['The New York Times attacked Iran on Monday.', '2024-03-15'],
  ];
  // legislators and media carry no arms: criticism, an election, another sense of the verb
  for (const [text, published] of sentences) assert.deepEqual(force(bundled, text, published), [], text);
  // were they listed as armed, each would be force
  const armed = armedAlso(['LEG', 'MED']);
  for (const [text, published] of sentences) assert.ok(force(armed, text, published).length > 0, text);
  // an actor's roles are read three letters at a time, and an armed one outweighs an unarmed one
  assert.ok(isArmedRole(policy.codes, 'GOVMIL') && isArmedRole(policy.codes, 'UNOMIL') && !isArmedRole(policy.codes, 'GOV'));
  assert.ok(isUnarmedActor(policy.codes, 'USABUS', 'BUS') && isUnarmedActor(policy.codes, 'MNCUSA', 'USA'));
  assert.ok(!isUnarmedActor(policy.codes, 'USAMILBUS', 'MILBUS'));
});

test('armed_roles is read from code-policy.tsv; a bad role stops loading with the file and line', () =>
  withEventData((dir) => {
    const policy = join(dir, 'code-policy.tsv');
    const original = readFileSync(policy, 'utf8');
    assert.deepEqual([...loadEventPolicy(dir).codes.armedRoles].sort(), ['COP', 'CRM', 'INS', 'MIL', 'REB', 'SPY', 'UAF']);
    const line = original.split('\n').findIndex((l) => l.startsWith('armed_roles')) + 1;
    writeFileSync(policy, original.replace('armed_roles\tMIL,', 'armed_roles\tsoldiers,'));
    assert.throws(() => loadEventPolicy(dir), new RegExp(`code-policy\\.tsv:${line}: bad value "soldiers" for "armed_roles"`));
  }));

test('speaking_roles (code-policy.tsv) decides which bodies attack in words: the Senate blasting a person criticises her', () => {
  const bundled = bundledContext();
  const { policy } = bundled.events;
  const text = 'The Senate blasted Hillary Clinton.';
  const codes = (ctx: Context) => analyze({ id: 't', text, published: '2016-03-10' }, ctx).events.map((e) => e.cameo);
  assert.deepEqual(codes(bundled), ['111']);
  // a legislature left out of the list would be read as using force
  const speakingRoles = new Set([...policy.codes.speakingRoles].filter((r) => r !== 'LEG'));
  const unlisted = { ...bundled, events: { ...bundled.events, policy: { ...policy, codes: { ...policy.codes, speakingRoles } } } };
  assert.ok(codes(unlisted).every((c) => c.startsWith('19')) && codes(unlisted).length > 0, String(codes(unlisted)));
});

test('measure nouns are data: each with its plurals and the qualifiers it needs; a bad line stops loading with the file and line', () =>
  withEventData((dir) => {
    const file = join(dir, 'measure-nouns.tsv');
    const loaded = loadEventPolicy(dir);
    assert.deepEqual(loaded.measureNouns.get('duties'), [{ qualifiers: [], cameo: '163' }]);
    assert.ok(loaded.measureNouns.get('bans')?.[0]?.qualifiers.includes('imports'));
    assert.deepEqual([...loaded.codes.measureRoots], ['17']);
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, `${lines.join('\n')}trade ban\t\t163\tbad\n`);
    assert.throws(() => loadEventPolicy(dir), new RegExp(`measure-nouns\\.tsv:${lines.length}: bad line "trade ban`));
  }));

test('market words are data: read as written, a bad line stops loading with the file and line', () =>
  withEventData((dir) => {
    const file = join(dir, 'market-words.tsv');
    const loaded = loadEventPolicy(dir);
    for (const word of ['bonds', 'shares', 'securities', 'exchange']) assert.equal(loaded.marketWords.get(word), true, word);
    assert.equal(loaded.marketWords.get('treasury'), false, '"the U.S. Treasury" alone is a department');
    assert.ok(!loaded.marketWords.has('market'), '"access to the Japanese market" is aimed at Japan');
    assert.deepEqual([...loaded.codes.marketObjectRoots], ['03', '06']);
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, `${lines.join('\n')}stock index\tyes\tbad\n`);
    assert.throws(() => loadEventPolicy(dir), new RegExp(`market-words\\.tsv:${lines.length}: bad word "stock index"`));
  }));

test('document nouns are data, each with its plural', () =>
  withEventData((dir) => {
    const loaded = loadEventPolicy(dir);
    for (const word of ['resolution', 'resolutions', 'letter', 'injunction']) assert.ok(loaded.documentNouns.has(word), word);
    const file = join(dir, 'document-nouns.tsv');
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, `${lines.join('\n')}Resolution\tbad\n`);
    assert.throws(() => loadEventPolicy(dir), new RegExp(`document-nouns\\.tsv:${lines.length}: bad noun "Resolution"`));
  }));

test('interfering in another state is no aid (pattern-only "interfere")', () => {
  const events = eventsOf('Chile interfered in the elections in Peru.');
  assert.ok(!events.some((e) => e.cameo.startsWith('07')), describe(events));
});

test('matching something is no fight (pattern-only "match")', () => {
  const events = eventsOf('The Chilean offer matches the Peruvian offer, and Chile matched Peru\'s bid.');
  assert.ok(!events.some((e) => e.cameo.startsWith('19')), describe(events));
});
