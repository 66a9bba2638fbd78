// Reading PETRARCH-format verb dictionaries and compiling them for lookup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DictionaryError, parseVerbDictionary, RepeatedVerbForm } from '../../src/events/verb-dictionary.ts';
import { compileVerbRules } from '../../src/events/verb-rules.ts';
import { regularVerbForms, nounPlural } from '../../src/events/inflection.ts';

const sample = `
&CURRENCY
+DOLLAR
+EURO

--- FREEZE   [---]  ---
FREEZE {FREEZES FREEZING FROZE FROZEN}   # irregular forms
- * {BANK ACCOUNT}                                    [163]         # FREEZE
- * RELATIONS                                         [160:160]     # FREEZE

--- ACCELERATE   [---]  ---
+STIR_UP {+STIRS_UP +STIRRING_UP +STIRRED_UP }
RUSH
- * (TO)                                              [042:043]     # RUSH
- * &CURRENCY                                         [070]
- $ TROOP * TOWARD +                                  [154]
`;

test('blocks, verbs with irregular and multi-word forms, patterns with codes and paired codes', () => {
  const dict = parseVerbDictionary(sample, 'sample.verbs');
  assert.deepEqual(dict.synsets.CURRENCY, [['dollar'], ['dollars'], ['euro'], ['euros']]);
  const freeze = dict.blocks[0]!;
  assert.equal(freeze.name, 'FREEZE');
  assert.deepEqual(freeze.verbs[0]!.forms.map((f) => f.join(' ')).sort(), ['freeze', 'freezes', 'freezing', 'froze', 'frozen']);
  assert.deepEqual(freeze.patterns[0]!.after, [{ words: [['bank', 'account'], ['bank', 'accounts']] }]);
  assert.equal(freeze.patterns[1]!.code, '160');
  assert.equal(freeze.patterns[1]!.paired, '160');
  const accelerate = dict.blocks[1]!;
  assert.deepEqual(accelerate.verbs[0]!.phrase, ['stir', 'up']);
  assert.ok(accelerate.verbs[0]!.forms.some((f) => f.join(' ') === 'stirred up'));
  const toward = accelerate.patterns[2]!;
  assert.deepEqual(toward.before, [{ slot: 'source' }, { words: [['troop'], ['troops']] }]);
  // PETRARCH's plural rule applies to every pattern word, so "towards" comes for free
  assert.deepEqual(toward.after, [{ words: [['toward'], ['towards']] }, { slot: 'target' }]);
  assert.equal(toward.origin, 'sample.verbs:16');
});

test('compiled rules are found by any inflected form; the first dictionary takes precedence', () => {
  const base = parseVerbDictionary(sample, 'base');
  const user = parseVerbDictionary('--- RUSH [073] ---\nRUSH\n- * MEDICINE [0233]\n', 'user');
  const rules = compileVerbRules([user, base]);
  const rushed = rules.byForm.get('rushed')![0]!;
  assert.equal(rushed.code, '073');
  // rules are tried most specific first; among equally specific ones the user's come first
  const userRule = rushed.rules.findIndex((r) => r.origin === 'user:3');
  const baseRule = rushed.rules.findIndex((r) => r.code === '070');
  assert.ok(baseRule > userRule && userRule >= 0, 'the base patterns still apply, after the user\'s');
  assert.deepEqual(rushed.rules.map((r) => r.weight), [...rushed.rules.map((r) => r.weight)].sort((a, b) => b - a));
  assert.equal(rules.byForm.get('stirring')![0]!.form.join(' '), 'stirring up');
});

test('a header written with an extra "---" after its code keeps the code', () => {
  const dict = parseVerbDictionary('---  OUST   [180]---  ---\nOUST {OUSTS OUSTED OUSTING}\n', 'cameo-style.verbs');
  assert.equal(dict.blocks[0]!.name, 'OUST');
  assert.equal(dict.blocks[0]!.code, '180');
});

test('errors name the file and line', () => {
  assert.throws(() => parseVerbDictionary('--- X [010] ---\nX\n- * Y [01a$]\n', 'bad.verbs'), (e: unknown) => e instanceof DictionaryError && /^bad\.verbs:3: bad code/.test((e as Error).message));
  assert.throws(() => parseVerbDictionary('AGREE\n', 'loose.verbs'), /loose\.verbs:1: "AGREE" is outside a verb block/);
  assert.throws(() => parseVerbDictionary('--- X [010] ---\nX\n- * {BANK ACCOUNT [163]\n', 'brace.verbs'), /brace\.verbs:3: unclosed "\{"/);
});

const twice = '--- PRAISE [051] ---\nHAIL\nPRAISE\n\n--- GREET [---] ---\nWELCOME\nHAIL {HAILS HAILED HAILING}\nWELCOME [050]\n';

test('a verb form listed in a second block, or again in its block with another code, is an error naming file, line and form', () => {
  const repeated = (message: RegExp) => (e: unknown) => e instanceof RepeatedVerbForm && message.test((e as Error).message);
  assert.throws(
    () => parseVerbDictionary(twice, 'twice.verbs'),
    repeated(/^twice\.verbs:7: "hail", "hails", "hailed", "hailing" listed already under PRAISE \(line 2, code 051\)/),
  );
  const problems: DictionaryError[] = [];
  const dict = parseVerbDictionary(twice, 'twice.verbs', problems);
  assert.deepEqual(
    problems.map((p) => p.message.replace(/ listed .*/, '')),
    ['twice.verbs:7: "hail", "hails", "hailed", "hailing"', 'twice.verbs:8: "welcome", "welcomes", "welcomed", "welcoming"'],
  );
  // read leniently, the lines stay, and the first listing decides the code
  assert.equal(dict.blocks[1]!.verbs.length, 3);
  const rules = compileVerbRules([dict]);
  assert.equal(rules.byForm.get('hailed')![0]!.code, '051');
  assert.equal(rules.byForm.get('welcomed')![0]!.code, '---');
  // the same form twice with the same code in one block is no error
  assert.doesNotThrow(() => parseVerbDictionary('--- BRING [---] ---\nBRING {BROUGHT}\nBRING\n', 'bring.verbs'));
});

test("Entente's own verb dictionary lists each verb form once", () => {
  const own = 'data/events/entente-verbs.txt';
  assert.doesNotThrow(() => parseVerbDictionary(readFileSync(own, 'utf8'), own));
});

test('regular inflection of verbs and pattern nouns', () => {
  assert.deepEqual(regularVerbForms('accuse'), ['accuse', 'accuses', 'accused', 'accusing']);
  assert.deepEqual(regularVerbForms('deny'), ['deny', 'denies', 'denied', 'denying']);
  assert.ok(regularVerbForms('stop').includes('stopped'));
  assert.equal(nounPlural('embassy'), 'embassies');
  assert.equal(nounPlural('sanction'), 'sanctions');
});
