// Sources quoted by their role alone ("officials said", "a senior administration official said"):
// of the country the story is about, unless the role speaks for something else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idOf, recognizeText } from './helpers.ts';

// A story about Norway: Norway named twice, no other country.
const norway = 'Norway raised its fuel tax on Monday. Norway has raised it twice since 2019.';

test('officials and prosecutors quoted by their role are of the story\'s country', () => {
  const r = recognizeText(`${norway} Officials said the tax would stay. According to prosecutors, the case was closed.`, '2016-05-01');
  assert.equal(idOf(r, 'Officials'), 'NORGOV');
  assert.equal(idOf(r, 'prosecutors'), 'NORJUD');
});

test('one unnamed official who speaks is of the story\'s country; a role that does not speak is not', () => {
  const r = recognizeText(`${norway} A senior administration official said the tax would stay. Officials met in the hall.`, '2016-05-01');
  assert.equal(idOf(r, 'senior administration official'), 'NORGOV');
  assert.equal(idOf(r, 'Officials'), undefined);
});

test('a definite role quoted alone, with no one of that role named, is a source of the story\'s country', () => {
  const r = recognizeText(`${norway} The official said the tax would stay. According to the judge, the case was closed.`, '2016-05-01');
  assert.equal(idOf(r, 'The official'), 'NORGOV');
  assert.equal(idOf(r, 'the judge'), 'NORJUD');
  const none = recognizeText('The tax will stay, the spokesman said.', '2016-05-01');
  assert.equal(idOf(none, 'the spokesman'), 'GOV');
});

test('a definite role is the person the article introduced with that role, not a source of its own', () => {
  const r = recognizeText(`${norway} Judge Anna Berg heard the case on Monday. The judge said the tax was legal.`, '2016-05-01');
  assert.equal(idOf(r, 'The judge'), 'person:anna-berg');
});

test('a definite role whose word the article used for another body\'s source, or that is no person\'s role, is no source of its own', () => {
  const r = recognizeText(
    `${norway} A spokesman for Borlo Holdings said sales fell. The spokesman said the tax was to blame.`,
    '2016-05-01',
  );
  assert.equal(idOf(r, 'The spokesman'), undefined);
  const things = recognizeText(`${norway} The company said it would appeal. The official news agency said so too.`, '2016-05-01');
  assert.deepEqual(things.mentions.filter((m) => !m.actor.startsWith('NOR')), []);
});

test('a definite role after the same role quoted alone is that source again', () => {
  const r = recognizeText(`${norway} A senior official said the tax would stay. The official added that it would rise.`, '2016-05-01');
  assert.equal(idOf(r, 'senior official'), 'NORGOV');
  assert.equal(idOf(r, 'The official'), 'NORGOV');
});

test('a role that speaks for a firm, a campaign or a named body is not the state\'s', () => {
  const r = recognizeText(
    `${norway} A company spokesman said sales fell. Campaign officials said the tax hurt. A Tarnet spokesman said so too. A spokeswoman for the buyer said it was fair.`,
    '2016-05-01',
  );
  for (const text of ['company spokesman', 'Campaign officials', 'Tarnet spokesman', 'spokeswoman']) assert.ok(!(idOf(r, text) ?? '').startsWith('NOR'), text);
});

test('a spokesman right after a firm is named may be the firm\'s, not the state\'s', () => {
  const r = recognizeText(`${norway} Borlo Holdings Inc said it would cut jobs. A spokesman said the tax was to blame.`, '2016-05-01');
  assert.equal(idOf(r, 'spokesman'), undefined);
});

test('diplomats and delegates are as often foreign: no home country for them, only their role', () => {
  const r = recognizeText(`${norway} Diplomats said the tax was a mistake. Delegates said so too.`, '2016-05-01');
  assert.equal(idOf(r, 'Diplomats'), 'GOV');
  assert.equal(idOf(r, 'Delegates'), 'LEG');
});

test('a sentence that names another country or an international body leaves the official\'s country open', () => {
  const r = recognizeText(`${norway} Sweden will match the tax, a senior official said. The tax breaks European Union rules, officials said.`, '2016-05-01');
  assert.equal(idOf(r, 'senior official'), 'GOV');
  assert.equal(idOf(r, 'officials'), 'GOV');
});

test('a role that speaks in a story of no country is a source of its role alone, named by the role', () => {
  const r = recognizeText('The tax will stay, officials said. A spokesman said the rise was fair. Protesters said they would march.', '2016-05-01');
  assert.equal(idOf(r, 'officials'), 'GOV');
  assert.equal(idOf(r, 'spokesman'), 'GOV');
  assert.equal(idOf(r, 'Protesters'), 'OPP');
  assert.equal(idOf(r, 'they'), 'OPP');
  assert.equal(r.actors.find((a) => a.id === 'GOV')?.name, 'government');
});

test('a role that does not speak, or speaks for a named body, is no source of its role alone', () => {
  const r = recognizeText('Officials met in the hall. The plan will change, Tarnet officials told reporters.', '2016-05-01');
  assert.equal(idOf(r, 'Officials'), undefined);
  assert.equal(idOf(r, 'officials'), undefined);
});

test('a role whose relative clause speaks is a source, and "who" stands for it', () => {
  const r = recognizeText(`${norway} Officials who said the tax was fair were booed.`, '2016-05-01');
  assert.equal(idOf(r, 'Officials'), 'NORGOV');
  assert.equal(idOf(r, 'who'), 'NORGOV');
});

test('people of no role in the dictionaries are sources of the role name-cues.txt gives them when they speak', () => {
  const r = recognizeText(
    `${norway} Critics say the tax hurts the poor. According to analysts, revenue will rise. Supporters, who argue that it saves lives, disagree. Its opponents said no. Critics met the minister. An aide said so too.`,
    '2016-05-01',
  );
  assert.equal(idOf(r, 'Critics'), 'CVL');
  assert.equal(idOf(r, 'analysts'), 'BUS');
  assert.equal(idOf(r, 'Supporters'), 'CVL');
  // (whose they are is named: "its opponents" are the tax's, not a source of their own)
  assert.equal(idOf(r, 'opponents'), undefined);
  assert.equal(idOf(r, 'who'), 'CVL');
  assert.equal(idOf(r, 'aide'), 'ELI');
  // (not when they do not speak)
  assert.equal(r.mentions.filter((m) => m.text === 'Critics').length, 1);
});

test('experts, researchers and attorneys are roles of their own, of the story\'s country', () => {
  const r = recognizeText(`${norway} Experts say the tax will fail. Researchers found it cut driving. Attorneys said the tax was legal.`, '2016-05-01');
  assert.equal(idOf(r, 'Experts'), 'NOREDU');
  assert.equal(idOf(r, 'Researchers'), 'NOREDU');
  assert.equal(idOf(r, 'Attorneys'), 'NORJUD');
});

test('"some", "many", "others" alone as the subject of speech are people of no country; "some of them" is the group named', () => {
  const r = recognizeText(`${norway} Some say the tax is unfair. Others said it was fair. Some of the drivers said nothing. Many things changed.`, '2016-05-01');
  assert.equal(idOf(r, 'Some'), 'CVL');
  assert.equal(idOf(r, 'Others'), 'CVL');
  assert.equal(r.mentions.filter((m) => m.text === 'Some').length, 1);
  assert.equal(idOf(r, 'Many'), undefined);
});

test('people of no role who think are sources as those who speak; a quantifier before the noun it counts is not alone', () => {
  const r = recognizeText(`${norway} Critics fear the tax hurts the poor. Supporters who had hoped for a cut were upset. Some believe it will pass. Most Oslo drivers think it is fair.`, '2016-05-01');
  assert.equal(idOf(r, 'Critics'), 'CVL');
  assert.equal(idOf(r, 'Supporters'), 'CVL');
  assert.equal(idOf(r, 'who'), 'CVL');
  assert.equal(idOf(r, 'Some'), 'CVL');
  assert.equal(idOf(r, 'Most'), undefined);
});
