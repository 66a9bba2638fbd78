// PETRARCH dictionary reading: records, synonyms, dated codes, agents, and clear errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeOn, contentLines, dictionaryDate, DictionaryError, readActorDictionary, readAgentDictionary } from '../../src/actors/dictionary.ts';
import { loadActorContext } from '../../src/actors/index.ts';
import { readNameCues } from '../../src/actors/cues.ts';
import { phraseTokens } from '../../src/actors/phrase.ts';
import { composeCode } from '../../src/actors/codes.ts';
import { bundledContext, fixtures } from './helpers.ts';

const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

test('actor records keep synonyms, inline and indented codes, and skip every comment form', () => {
  const entries = readActorDictionary(read('dated.actors.txt'), 'dated.actors.txt');
  assert.deepEqual(entries.map((e) => e.root), ['ARNOR_', 'GONDOR', 'ELENDIL_THE_TALL', 'CIRDAN', 'THE_SHIRE']);
  assert.deepEqual(entries[0]!.phrases, [['arnor'], ['arnorian'], ['fornost']]);
  assert.equal(entries[0]!.origin, 'dated.actors.txt:5');
  const elendil = entries[2]!;
  assert.deepEqual(elendil.rules, [
    { code: 'ARNGOV', from: 19950101, to: 19991231, restricted: true },
    { code: 'GONGOV', from: 20000101, restricted: true },
    { code: 'ARNELI', restricted: false },
  ]);
  // Two bracket groups on one line, the second with a YYMMDD range.
  assert.deepEqual(entries[3]!.rules, [
    { code: 'ELF', restricted: false },
    { code: 'ELFGOV', from: 19980101, to: 19981231, restricted: true },
  ]);
});

test('the code on a date is the first restriction that holds, else the default', () => {
  const [, , elendil] = readActorDictionary(read('dated.actors.txt'), 'dated.actors.txt');
  assert.equal(codeOn(elendil!.rules, 19970615), 'ARNGOV');
  assert.equal(codeOn(elendil!.rules, 20050101), 'GONGOV');
  assert.equal(codeOn(elendil!.rules, 19900101), 'ARNELI');
  // An undated article is read as of now: the office with no end date, not the default code.
  assert.equal(codeOn(elendil!.rules, undefined), 'GONGOV');
});

test('dictionary dates: YYMMDD pivots at 30, YYYYMMDD as written, impossible days refused', () => {
  assert.equal(dictionaryDate('090120'), 20090120);
  assert.equal(dictionaryDate('510724'), 19510724);
  assert.equal(dictionaryDate('19411207'), 19411207);
  assert.equal(dictionaryDate('20100229'), undefined);
  assert.equal(dictionaryDate('20120229'), 20120229);
  assert.equal(dictionaryDate('2004017'), undefined);
});

test('comments: # to the end of a line, <!-- --> on one line or several, and ---STOP---', () => {
  const lines = contentLines('A [X] # note\n<!-- one -->B [Y]\n<!-- two\nstill\n-->\nC [Z]\n---STOP---\nD [W]\n');
  assert.deepEqual(lines.map((l) => [l.number, l.text.trim()]), [[1, 'A [X]'], [2, 'B [Y]'], [6, 'C [Z]']]);
});

test('agents: suffix and prefix codes, regular, irregular and no plurals, substitution markers', () => {
  const agents = readAgentDictionary(read('dated.agents.txt'), 'dated.agents.txt');
  const byPhrase = new Map(agents.map((a) => [a.phrase.join(' '), a]));
  assert.equal(byPhrase.get('steward')?.code, 'GOV');
  assert.equal(byPhrase.get('stewards')?.plural, true);
  assert.equal(byPhrase.get('rangers')?.code, 'MIL');
  assert.equal(byPhrase.get('healers of the houses')?.code, 'HLH');
  assert.equal(byPhrase.has('healers'), false);
  assert.equal(byPhrase.get('police')?.code, 'COP');
  assert.equal(byPhrase.has('polices'), false);
  assert.deepEqual(['congressman', 'congressmen', 'congresswoman', 'congresswomen'].map((p) => byPhrase.get(p)?.code), ['LEG', 'LEG', 'LEG', 'LEG']);
  assert.equal(byPhrase.get('relief agency')?.placement, 'prefix');
  assert.equal(composeCode('GON', 'NGO', 'prefix'), 'NGOGON');
  assert.equal(composeCode('GON', 'GOV', 'suffix'), 'GONGOV');
  assert.equal(composeCode('USAGOV', 'GOV', 'suffix'), 'USAGOV');
  // a role already among the base's roles is not added again: "Bank of England officials"
  assert.equal(composeCode('GBRGOVBUS', 'GOV', 'suffix'), 'GBRGOVBUS');
  assert.equal(composeCode('GBRBUS', 'GOV', 'suffix'), 'GBRBUSGOV');
});

test('agents: a stem PETRARCH matches as a word start reads as the substitution that spells it out', () => {
  const source = '!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES\n!PERSON! = MAN, PERSON\nFISHERIES_MINIST [~GOVAGR]\nMINISTRY_ [~GOV]\nLOST_PERSON [~CVL]\n';
  const byPhrase = new Map(readAgentDictionary(source, 'stems.agents.txt').map((a) => [a.phrase.join(' '), a]));
  assert.deepEqual(['fisheries minister', 'fisheries ministers', 'fisheries ministry', 'fisheries ministries'].map((p) => byPhrase.get(p)?.code), ['GOVAGR', 'GOVAGR', 'GOVAGR', 'GOVAGR']);
  assert.equal(byPhrase.has('fisheries minist'), false);
  // a whole word ending a phrase stays that word, with its plural, though a substitution bears its name
  assert.equal(byPhrase.get('lost persons')?.plural, true);
  assert.equal(byPhrase.has('lost man'), false);
  assert.equal(byPhrase.get('ministry')?.code, 'GOV');
});

test('phrases are cut the way wink-nlp cuts text', () => {
  assert.deepEqual(phraseTokens('MAZAR-I-SHARIF_'), ['mazar', '-', 'i', '-', 'sharif']);
  assert.deepEqual(phraseTokens("U.S._VICE_PRESIDENT"), ['u.s.', 'vice', 'president']);
  assert.deepEqual(phraseTokens("GONDOR'S_STEWARD"), ['gondor', "'s", 'steward']);
  assert.deepEqual(phraseTokens('EDUCATIONAL,_SCIENTIFIC'), ['educational', ',', 'scientific']);
});

const malformed: [string, RegExp][] = [
  ['unclosed.actors.txt', /unclosed\.actors\.txt:4: "\[" without a closing "\]"/],
  ['baddate.actors.txt', /baddate\.actors\.txt:3: date restriction "20001301-20011231"/],
  ['orphan.actors.txt', /orphan\.actors\.txt:1: a "\+" synonym comes before any actor phrase/],
];
for (const [file, message] of malformed) {
  test(`a malformed actor file names file and line: ${file}`, () => {
    assert.throws(() => readActorDictionary(read(file), file), (e: unknown) => e instanceof DictionaryError && message.test(e.message));
    // Passed as --actors (a user's, often third-party, file), the line is skipped and reported.
    const ctx = loadActorContext({ actors: [join(fixtures, file)] });
    assert.equal(ctx.problems.length, 1);
    assert.ok(ctx.problems[0]!.file.endsWith(file) && message.test(ctx.problems[0]!.message), ctx.problems[0]!.message);
  });
}

const malformedAgents: [string, RegExp][] = [
  ['nocode.agents.txt', /nocode\.agents\.txt:2: an agent needs a code/],
  ['notilde.agents.txt', /notilde\.agents\.txt:1: agent code "GOV" must start or end with "~"/],
  ['nomarker.agents.txt', /nomarker\.agents\.txt:1: substitution marker !PERSON! is not defined/],
];
for (const [file, message] of malformedAgents) {
  test(`a malformed agent file names file and line: ${file}`, () => {
    assert.throws(() => readAgentDictionary(read(file), file), (e: unknown) => e instanceof DictionaryError && message.test(e.message));
  });
}

test('--agents: malformed lines are skipped and reported; a file with no agent code at all is refused as another kind', () => {
  const ctx = loadActorContext({ agents: [join(fixtures, 'nocode.agents.txt')] });
  assert.deepEqual(ctx.problems.map((p) => p.line), [2]);
  assert.throws(() => loadActorContext({ agents: [join(fixtures, 'notilde.agents.txt')] }), /notilde\.agents\.txt: this is an actor dictionary .*give it with --actors/);
});

test('lenient reading (the build script) skips malformed lines and lists them', () => {
  const problems: DictionaryError[] = [];
  const entries = readActorDictionary(read('unclosed.actors.txt'), 'unclosed.actors.txt', { strict: false, problems });
  assert.deepEqual(entries.map((e) => e.root), ['GONDOR']);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.line, 4);
});

test('name cue lists reject unknown classes with file and line', () => {
  assert.throws(() => readNameCues(read('badclass.cues.txt'), 'badclass.cues.txt'), /badclass\.cues\.txt:1: unknown class "title"/);
});

test('the bundled dictionaries include the compiled Phoenix records and the hand-kept files', () => {
  const ctx = bundledContext();
  const origins = new Set(ctx.lexicon.actors.map((a) => a.origin.replace(/:\d+$/, '').replace(/^.*\//, '')));
  for (const file of ['Phoenix.Countries.actors.txt', 'countries.actors.txt', 'capitals.actors.txt', 'seats.actors.txt', 'leaders.actors.txt']) {
    assert.ok(origins.has(file), `records from ${file}`);
  }
});

test('a missing --actors file is a one-line error naming it', () => {
  assert.throws(() => loadActorContext({ actors: [join(fixtures, 'absent.actors.txt')] }), /cannot read actor dictionary .*absent\.actors\.txt: no such file/);
});
