// Sentence boundaries and speaker phrases the quote stage repairs around the
// parser: periods inside closing marks, abbreviations in party tags, time
// phrases and hyphenated compounds between a subject and its cue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './helpers.ts';

test('a period inside closing marks ends the sentence before a new attribution', () => {
  const text = 'She says the plan represents the “same rigged system that he claims he is going to change.” She adds, “What kind of genius loses a billion dollars in a single year?”';
  const quotes = quotesOf(text);
  assert.deepEqual(quotes.map((q) => [q.kind, q.text, q.cue?.text]), [
    ['mixed', 'the plan represents the “same rigged system that he claims he is going to change.”', 'says'],
    ['direct', '“What kind of genius loses a billion dollars in a single year?”', 'adds'],
  ]);
});

test('a tight attribution after a full stop still belongs to the quotation', () => {
  const quotes = quotesOf('“We will not give up the fight.” Merkel said.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.text, '“We will not give up the fight.”');
  assert.equal(quotes[0]!.speaker?.name, 'Merkel');
});

test('a party tag with an abbreviation does not split the subject from its cue', () => {
  const quotes = quotesOf('Sen. Bernie Sanders (I-Vt.) said he will make his medical records available to the public.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.text, 'he will make his medical records available to the public');
  assert.equal(quotes[0]!.speaker?.name, 'Sen. Bernie Sanders');
});

test('"on Tuesday" between the subject and the cue is not the speaker', () => {
  const quotes = quotesOf('The foreign minister on Tuesday said that the border would stay closed.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker?.name, 'The foreign minister');
  assert.equal(quotes[0]!.text, 'that the border would stay closed');
});

test('a time phrase with a plural or "past" is no speaker either: "over the last 20 years show", "the past two decades say"', () => {
  for (const text of [
    'Trade officials defended the tariff by saying that surveys of the harbour over the last 20 years show that ships have rarely sunk there.',
    'Analysts of the bond market over the past two decades say that yields have rarely risen so fast.',
  ]) {
    const speakers = quotesOf(text).map((q) => q.speaker?.name);
    assert.ok(!speakers.some((s) => s && /years|decades/.test(s)), `${text} ${JSON.stringify(speakers)}`);
  }
});

test('a hyphenated compound ending in a cue word is part of the subject, not a cue', () => {
  // (with any of the hyphens wink splits off: U+2010 and U+2011 too)
  for (const hyphen of ['-', '\u2010', '\u2011']) {
    const quotes = quotesOf(`The self${hyphen}described democratic socialist said he would win the primary if turnout were high.`);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker?.name, q.cue?.text]), [
      ['he would win the primary if turnout were high', `The self${hyphen}described democratic socialist`, 'said'],
    ], JSON.stringify(hyphen));
  }
});

test('a content clause runs on through an aside between dashes and an elaboration after a dash', () => {
  const quotes = quotesOf('The mayor said the budget cuts — about a fifth of all spending — would close three libraries.');
  assert.deepEqual(quotes.map((q) => q.text), ['the budget cuts — about a fifth of all spending — would close three libraries']);
  const elaboration = quotesOf('The agency said that rents in the city are falling — a decline that began two years ago.');
  assert.deepEqual(elaboration.map((q) => q.text), ['that rents in the city are falling — a decline that began two years ago']);
});

test('a dash before a coordinated clause with its own subject ends the content', () => {
  const quotes = quotesOf('The governor said the bridge would reopen in May — and the contractors have already begun the repairs.');
  assert.deepEqual(quotes.map((q) => q.text), ['the bridge would reopen in May']);
});

test('a relative clause cue keeps the aside between dashes inside its content', () => {
  const quotes = quotesOf('She is a senator who has often argued that the port — the largest on the coast — needs more money from the state.');
  assert.deepEqual(quotes.map((q) => q.text), ['that the port — the largest on the coast — needs more money from the state']);
});

test('a content clause runs on past ", despite ..." and ", with ..."; a relative clause on a person ends it', () => {
  assert.deepEqual(quotesOf('The agency said rents rose in every district, with the largest rise in the north.').map((q) => q.text), ['rents rose in every district, with the largest rise in the north']);
  assert.deepEqual(quotesOf('The coach said the team would play on Sunday, despite the injuries to its captain.').map((q) => q.text), ['the team would play on Sunday, despite the injuries to its captain']);
  assert.deepEqual(quotesOf('The mayor said she would meet Ana Ruiz, who leads the union.').map((q) => q.text), ['she would meet Ana Ruiz']);
});

test('", including ..." hung on a noun of the clause stays in the content, even where it is tagged a participle', () => {
  const quotes = quotesOf('The agency said hackers stole files, including records of 21 million people.');
  assert.equal(quotes[0]?.text, 'hackers stole files, including records of 21 million people');
  // a participle of the speaker's own still ends it
  const adding = quotesOf('He said the plan would fail, adding that he would vote against it.');
  assert.equal(adding[0]?.text, 'the plan would fail');
  // ", according to ..." names a source of its own
  const according = quotesOf('The minister said troops stole files, according to the ministry.');
  assert.equal(according.find((q) => q.speaker?.name === 'The minister')?.text, 'troops stole files');
});

test('a comma right after "that" does not end the content before its clause', () => {
  const quotes = quotesOf('The governor said that, if elected, she would leave such decisions to the generals.');
  assert.deepEqual(quotes.map((q) => q.text), ['that, if elected, she would leave such decisions to the generals']);
});

test('a second that-clause after ", and" is reported by the same cue', () => {
  const quotes = quotesOf('The senator argued that his rating is far higher than his rivals, and that he alone can win the state.');
  assert.deepEqual(quotes.map((q) => q.text), ['that his rating is far higher than his rivals, and that he alone can win the state']);
  // (a demonstrative "that" after ", and" is a new clause of the writer's)
  assert.deepEqual(quotesOf('She said that the plan failed, and that was the end of it.').map((q) => q.text), ['that the plan failed']);
});

test('an opening with only a participle on its noun goes on after the attribution it is interrupted by', () => {
  const quotes = quotesOf('The presumed adjustment, they concluded, never happened.');
  assert.deepEqual(quotes.map((q) => [q.text, q.fragments?.length]), [['The presumed adjustment, they concluded, never happened', 2]]);
});

test('a clause after "spoke about" ends as a clause, not at its first comma', () => {
  const quotes = quotesOf('This year the actor spoke about how during his move into English-language television, he has noticed how out of touch Hollywood is.');
  assert.deepEqual(quotes.map((q) => q.text), ['how during his move into English-language television, he has noticed how out of touch Hollywood is']);
});

test('an adverbial clause of time on the cue ends a noun-phrase content; a clause on the content or a relative "when" stays', () => {
  const cut: [string, string][] = [
    ['The senator supported the bill when it came to the Senate for a vote.', 'the bill'],
    ['Mr. Ryan spoke about the minister’s leadership before the talks began.', 'the minister’s leadership'],
  ];
  for (const [text, content] of cut) {
    const quotes = quotesOf(text);
    assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => q.text)));
    assert.equal(quotes[0]!.text, content);
  }
  const kept: [string, string][] = [
    ['The minister said she would visit the port when the flooding ends.', 'she would visit the port when the flooding ends'],
    ['His wife recalled the moment when the troops stormed the residence.', 'the moment when the troops stormed the residence'],
    ['He contended that his name should not appear on the ballot because his candidacy did not comply with the law.',
      'that his name should not appear on the ballot because his candidacy did not comply with the law'],
  ];
  for (const [text, content] of kept) assert.equal(quotesOf(text)[0]?.text, content, text);
});

test('a comma before the last item of a list does not end the content clause', () => {
  const quotes = quotesOf('Analysts said the party will campaign in Ohio, Michigan, Idaho, and Hawaii. She noted that officials have met with French, German, and British diplomats.');
  assert.deepEqual(quotes.map((q) => q.text), [
    'the party will campaign in Ohio, Michigan, Idaho, and Hawaii',
    'that officials have met with French, German, and British diplomats',
  ]);
});

test('a clause after ", and" with a verb of its own still ends the content', () => {
  const quotes = quotesOf('Officials said the talks covered trade, energy, and the union remained opposed.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.text, 'the talks covered trade, energy');
});

test('a that-clause opening with a subordinate clause runs on past a cue verb of its main clause', () => {
  // the main clause's verb is a cue word ("supported", "showed"), which is no attribution of its own here
  const opening = quotesOf('The senator said that while she had doubts about the treaty, she supported the final text.');
  assert.deepEqual(opening.map((q) => [q.text, q.cue?.text]), [['that while she had doubts about the treaty, she supported the final text', 'said']]);
  const phrase = quotesOf('The mayor noted that at a meeting of the council in 1998, he proposed a new bridge.');
  assert.deepEqual(phrase.map((q) => q.text), ['that at a meeting of the council in 1998, he proposed a new bridge']);
  // an attribution that closes the sentence still ends the content
  const closing = quotesOf('Beijing complained that when its spending lifted growth abroad, nobody was grateful, a Chinese official said.');
  assert.ok(closing.every((q) => !q.text.includes('official said')), JSON.stringify(closing.map((q) => q.text)));
});

test('content in an aside on the subject ends before the subject\'s own predicate', () => {
  const aside = quotesOf('The governor, who met the miners and said the mine would reopen, later flew back to the capital.');
  assert.deepEqual(aside.map((q) => [q.text, q.cue?.text]), [['the mine would reopen', 'said']]);
  const subordinate = quotesOf('The mayor, though she argued that the tax was unfair, eventually signed the budget.');
  assert.deepEqual(subordinate.map((q) => q.text), ['that the tax was unfair']);
  // not after an aside that closed before the cue: there the cue is the subject's predicate
  const main = quotesOf('The governor, who is a Republican, said that the mine, if sold, would close.');
  assert.deepEqual(main.map((q) => q.text), ['that the mine, if sold, would close']);
});

test('content in a clause opening the sentence ends before the main clause', () => {
  const opening = quotesOf('But while some lawmakers argue that the law is too strict, others are still unhappy.');
  assert.deepEqual(opening.map((q) => [q.text, q.cue?.text]), [['that the law is too strict', 'argue']]);
  // not "as", whose main clause is what was reported
  const reported = quotesOf('As the newspaper reported, the two parties signed a budget deal.');
  assert.deepEqual(reported.map((q) => q.text), ['the two parties signed a budget deal']);
});

test('", including ..." that the tree makes a preposition goes on with the content; ", according to ..." does not', () => {
  const quotes = quotesOf('The ministry said the company had received orders worth 90 million euros, including three frigates for the navy.');
  assert.deepEqual(quotes.map((q) => q.text), ['the company had received orders worth 90 million euros, including three frigates for the navy']);
  const sourced = quotesOf('The minister told the rebels that the talks would resume in March, according to two officials at the meeting.');
  assert.equal(sourced.find((q) => q.cue?.text === 'told')?.text, 'that the talks would resume in March');
});

test('a content clause goes on with predicates of its own subject after a comma; an inverted attribution still ends it', () => {
  // a list of predicates of the clause's subject
  assert.deepEqual(quotesOf('The doctor said the patient was tired, felt dizzy and had a fever.').map((q) => q.text), [
    'the patient was tired, felt dizzy and had a fever',
  ]);
  // the subject's predicate after an aside on it, wherever the parse hangs it
  assert.deepEqual(quotesOf('The company said the lawsuit, filed in a federal court in Ohio, seeks an injunction against the merger.').map((q) => q.text), [
    'the lawsuit, filed in a federal court in Ohio, seeks an injunction against the merger',
  ]);
  // (a cue there is the subject's predicate, not an attribution: ", reacted sharply to ...")
  assert.deepEqual(quotesOf('Traders said the currency, which had risen for weeks, reacted sharply to the rate cut.').map((q) => q.text), [
    'the currency, which had risen for weeks, reacted sharply to the rate cut',
  ]);
  // (", said the minister" after a clause is an attribution of its own)
  assert.deepEqual(quotesOf('The talks will resume in March, said the minister.').map((q) => [q.text, q.speaker?.name]), [
    ['The talks will resume in March', 'the minister'],
  ]);
});

test('", or" goes on with an alternative or another name; it ends the content only before a clause of its own', () => {
  assert.deepEqual(quotesOf('The company said it would buy back 3 million shares, or 16 percent of its stock.').map((q) => q.text), [
    'it would buy back 3 million shares, or 16 percent of its stock',
  ]);
  assert.deepEqual(quotesOf('Officials said the lower house, or Duma, would vote on the budget next week.').map((q) => q.text), [
    'the lower house, or Duma, would vote on the budget next week',
  ]);
  // (a clause with its own subject after ", or" is the writer's)
  assert.deepEqual(quotesOf('The minister said the talks would resume in March, or the ceasefire will collapse.').map((q) => q.text), ['the talks would resume in March']);
});
