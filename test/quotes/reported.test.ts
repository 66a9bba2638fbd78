import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, textOf } from './helpers.ts';

function only(text: string) {
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 1, `expected one quotation, got ${JSON.stringify(quotes.map((q) => q.text))}`);
  return quotes[0]!;
}

test('said that: indirect, from the complementiser to the end of the clause', () => {
  const text = 'The foreign minister told reporters on Tuesday that the talks would resume next week.';
  const q = only(text);
  assert.equal(q.kind, 'indirect');
  assert.equal(q.text, 'that the talks would resume next week');
  assert.equal(q.speaker?.name, 'The foreign minister');
  assert.equal(q.cue?.text, 'told');
});

test('a content clause without "that"', () => {
  const q = only('Macron believes Europe must build its own defence.');
  assert.equal(q.kind, 'indirect');
  assert.equal(q.text, 'Europe must build its own defence');
  assert.equal(q.speaker?.name, 'Macron');
  assert.equal(q.cue?.text, 'believes');
});

test('denied that, with a capital standing for its government', () => {
  const text = 'Washington denied that it had sent troops across the border.';
  const q = quotesOf(text, [{ name: 'Washington', id: 'USAGOV', kind: 'state' }])[0]!;
  assert.equal(q.text, 'that it had sent troops across the border');
  assert.equal(q.speaker?.actor, 'USAGOV');
});

test('deemed that: a judgement reported as a content clause, apart from the clause coordinated before it', () => {
  const quotes = quotesOf('The ministers called on the company to stop drilling, and deemed that the contract breaks the law.');
  const deemed = quotes.find((q) => q.cue?.text === 'deemed');
  assert.equal(deemed?.text, 'that the contract breaks the law');
  assert.ok(!quotes.some((q) => q !== deemed && q.text.includes('breaks')), JSON.stringify(quotes.map((q) => q.text)));
});

test('warned of: the content is the of-phrase', () => {
  const q = only('Beijing warned of serious consequences if the arms sale went ahead.');
  assert.equal(q.kind, 'indirect');
  assert.equal(q.text, 'serious consequences if the arms sale went ahead');
  assert.equal(q.speaker?.name, 'Beijing');
});

test('according to X, content', () => {
  const text = 'According to the health ministry, three soldiers were killed in the attack.';
  const q = only(text);
  assert.equal(q.text, 'three soldiers were killed in the attack');
  assert.equal(q.speaker?.name, 'the health ministry');
  assert.equal(q.cue?.text, 'According to');
});

test('according to X, content after a colon: the colon opens the attribution', () => {
  const q = only('The shift has been noticed in the harbour towns: According to the port authority, three trawlers left the fleet last month.');
  assert.equal(q.text, 'three trawlers left the fleet last month');
  assert.equal(q.speaker?.name, 'the port authority');
  assert.equal(q.cue?.text, 'According to');
});

test('according to X, content: a source whose noun the tagger reads as a verb after an adjective', () => {
  const q = only('According to recent polling, the harbour party is once again leading the field.');
  assert.equal(q.text, 'the harbour party is once again leading the field');
  assert.equal(q.speaker?.name, 'recent polling');
});

test('as reported by X, content: the reporter is the source', () => {
  const q = only('As reported by the Daily Ledger, the mayor was warned about the bridge twice.');
  assert.equal(q.text, 'the mayor was warned about the bridge twice');
  assert.equal(q.speaker?.name, 'the Daily Ledger');
  assert.equal(q.cue?.text, 'As reported by');
  assert.equal(only('The ferry sailed empty for a week, as first reported by the Harbour Gazette.').speaker?.name, 'the Harbour Gazette');
  // a comparison is no attribution
  assert.equal(quotesOf('The losses were the same as reported by the bank a year ago.').length, 0);
});

test('content, according to X', () => {
  const q = only('Three soldiers were killed in the attack, according to the army.');
  assert.equal(q.text, 'Three soldiers were killed in the attack');
  assert.equal(q.speaker?.name, 'the army');
});

test('content, according to X, more content: two pieces around the source', () => {
  const text = 'Late on Friday, according to a port official, the last trawler left the harbour.';
  const q = only(text);
  assert.deepEqual(q.fragments?.map(([s, e]) => text.slice(s, e)), ['Late on Friday', 'the last trawler left the harbour']);
  assert.equal(q.speaker?.name, 'a port official');
});

test('a phrase describing the source after "according to X," is not content; nor is a clause of another cue', () => {
  assert.equal(only('The ferry was cancelled, according to Ana Duarte, a spokeswoman who handles the schedule.').text, 'The ferry was cancelled');
  const q = only('The agency reported that, according to its records, the ferry had sailed empty.');
  assert.equal(q.cue?.text, 'reported');
});

test('a phrase opened by a preposition after a parenthetical attribution is the writer\'s, not more content', () => {
  const text = 'The bridge was unsafe, the engineer said, on condition of anonymity because she was not allowed to speak to reporters.';
  const q = only(text);
  assert.equal(q.text, 'The bridge was unsafe');
  assert.equal(q.fragments, undefined);
});

test('a parenthetical attribution splits its content in two pieces', () => {
  const text = 'The talks, the spokesman said, will resume in Geneva.';
  const q = only(text);
  assert.equal(q.kind, 'indirect');
  assert.equal(q.speaker?.name, 'the spokesman');
  assert.deepEqual(q.fragments?.map(([a, b]) => text.slice(a, b)), ['The talks', 'will resume in Geneva']);
});

test('a trailing attribution: content, X said', () => {
  const text = 'The ceasefire is holding in the east, a UN official said.';
  const q = only(text);
  assert.equal(q.text, 'The ceasefire is holding in the east');
  assert.equal(textOf(text, q.speaker), 'a UN official');
});

test('mixed: an indirect clause that ends in quoted words', () => {
  const text = 'Zelensky insisted that “no one will trade our land for a ceasefire.”';
  const q = only(text);
  assert.equal(q.kind, 'mixed');
  assert.equal(q.text, 'that “no one will trade our land for a ceasefire.”');
  assert.equal(q.speaker?.name, 'Zelensky');
});

test('partial: a few quoted words inside reported speech', () => {
  const text = 'The opposition leader branded the plan “reckless” and demanded a vote.';
  const q = only(text);
  assert.equal(q.kind, 'partial');
  assert.ok(q.text.includes('“reckless”'));
  assert.ok(!q.text.includes('demanded'), 'a second predicate is not part of what was said');
  assert.equal(q.speaker?.name, 'The opposition leader');
});

test('a named term inside reported speech does not make it a partial quotation', () => {
  const q = only('Critics say the plan amounts to a so-called “peace dividend” for Moscow.');
  assert.equal(q.kind, 'indirect');
  assert.equal(q.speaker?.name, 'Critics');
});

test('scare quotes with no cue are not output', () => {
  assert.deepEqual(quotesOf('The “reforms” left thousands without pensions. Officials unveiled a new “defence compact” on Tuesday.'), []);
});

test('a passive cue has no speaker and no quotation', () => {
  assert.deepEqual(quotesOf('The ambassador was told that the embassy would close.'), []);
});

test('a reported sentence that ends in quoted words before its attribution is mixed, from the start of the sentence', () => {
  const text = 'Clinton, though, would have to “go more to the center,” Cuban said.';
  const q = only(text);
  assert.equal(q.kind, 'mixed');
  assert.equal(q.text, 'Clinton, though, would have to “go more to the center,”');
  assert.equal(q.speaker?.name, 'Cuban');
});

test('two cues of one speaker make two quotations: "said A and noted that B"', () => {
  const text = 'The senator said that he was focused on the party platform and noted that the primaries were over.';
  const quotes = quotesOf(text);
  assert.deepEqual(quotes.map((q) => q.text), ['that he was focused on the party platform', 'that the primaries were over']);
  assert.deepEqual(quotes.map((q) => q.speaker?.name), ['The senator', 'The senator']);
});

test('a participle cue with no subject of its own takes the sentence subject', () => {
  const text = 'His chief aide doubled down on the attacks, saying the minister had failed the country.';
  const q = quotesOf(text).find((x) => x.cue?.text === 'saying')!;
  assert.equal(q.text, 'the minister had failed the country');
  assert.equal(q.speaker?.name, 'His chief aide');
});

test("a noun of saying with a possessive speaker: Moscow's claim that ...", () => {
  const text = "Kyiv rejected Moscow's claim that the strike had hit only military targets.";
  const q = quotesOf(text).find((x) => x.cue?.text === 'claim')!;
  assert.equal(q.text, 'that the strike had hit only military targets');
  assert.equal(q.speaker?.name, 'Moscow');
});

test('a reported clause takes in the quotations inside it: said that “A” “B.”', () => {
  const text = 'Trump said that “ethanol people” “do a fantastic job and it is so important.”';
  const q = only(text);
  assert.equal(q.kind, 'mixed');
  assert.equal(q.text, 'that “ethanol people” “do a fantastic job and it is so important.”');
  assert.equal(q.speaker?.name, 'Trump');
});

test('told + addressee + a clause opening with a pronoun: the pronoun starts the content', () => {
  const q = only('The governor also told Breitbart News he had not donated to any candidate.');
  assert.equal(q.text, 'he had not donated to any candidate');
  assert.equal(q.speaker?.name, 'The governor');
  assert.equal(q.cue?.text, 'told');
});

test('a pronoun after an object is not part of the speaker phrase', () => {
  const quotes = quotesOf('Mr. Kasich said the plan, which he called reckless, would fail.');
  assert.ok(quotes.every((q) => !q.speaker || !/which he/.test(q.speaker.name)), JSON.stringify(quotes.map((q) => q.speaker?.name)));
});

test('a present-tense cue tagged as a noun after a plural subject: reports show', () => {
  const q = only('The reports show the committee made a major change in its spending plans.');
  assert.equal(q.text, 'the committee made a major change in its spending plans');
  assert.equal(q.speaker?.name, 'The reports');
  // Without a clause or object after it, the word is not read as a cue.
  assert.deepEqual(quotesOf('The reports show little.'), []);
});

test('poll subjects: a number, a participle after the head, an adverb set off by commas', () => {
  assert.deepEqual(quotesOf('One in five say that will not be true.').map((q) => [q.text, q.speaker?.name]), [['that will not be true', 'One in five']]);
  assert.deepEqual(quotesOf('By big margins, those surveyed say the economy should be the first priority.').map((q) => [q.text, q.speaker?.name]),
    [['the economy should be the first priority', 'those surveyed']]);
  assert.deepEqual(quotesOf('Others, however, say a recalibration is overdue.').map((q) => [q.text, q.speaker?.name]), [['a recalibration is overdue', 'Others']]);
  // "the talk shows" after a singular noun is a compound noun, not a cue.
  assert.deepEqual(quotesOf('Two of the talk show hosts left the network.'), []);
});

test('a party tag with a hyphen in an appositive subject', () => {
  const q = only('Rep. Chris Collins, R-NY, says meeting participants outlined a scenario for the convention.');
  assert.equal(q.speaker?.name, 'Rep. Chris Collins');
  assert.equal(q.text, 'meeting participants outlined a scenario for the convention');
});

test('an inverted attribution whose speaker has a relative clause', () => {
  const text = 'Mandates are a burden for schools, said Wilcox, a Republican who founded two companies.';
  assert.deepEqual(quotesOf(text).map((q) => [q.text, q.speaker?.name]), [['Mandates are a burden for schools', 'Wilcox']]);
  // ", who noted that ..." is the speaker's own clause, not the rest of the first content.
  const noted = quotesOf('That is not good enough, said Howard Rubel, an analyst at Jefferies, who noted that margins had expanded.');
  assert.equal(noted[0]!.text, 'That is not good enough');
  assert.equal(noted[0]!.fragments, undefined);
});

test('short inserts between the subject and its cue: "though", "then 38", "of course"', () => {
  assert.equal(only('Murphy, though, said he is with Hillary Clinton.').speaker?.name, 'Murphy');
  assert.equal(only('Mr. Sperling, then 38, said he was advised to find a more experienced deputy.').speaker?.name, 'Mr. Sperling');
  assert.equal(only("Dow's chief executive, Andrew Liveris, of course, said that the timing was unrelated.").speaker?.name, 'Andrew Liveris');
});

test('a verb tagged as a noun still makes a content clause (each year of education yields ...)', () => {
  const q = only('Doyle said each year of education yields a 10% bump in income.');
  assert.equal(q.text, 'each year of education yields a 10% bump in income');
  // A plain object without any verb is not a clause for "said".
  assert.deepEqual(quotesOf('Doyle said each year of education.'), []);
});

test('a relative clause wrapped around its source and cue is the content', () => {
  const text = 'The board passed a rule on bathrooms, which critics said was discriminatory against transgender students.';
  assert.deepEqual(quotesOf(text).map((q) => [q.text, q.speaker?.name, q.cue?.text]),
    [['which critics said was discriminatory against transgender students', 'critics', 'said']]);
  const strike = quotesOf('The deal ends a strike that company executives said could hurt earnings.');
  assert.deepEqual(strike.map((q) => [q.text, q.speaker?.name]), [['that company executives said could hurt earnings', 'company executives']]);
  // "that" as a complementiser after the cue is the ordinary case.
  assert.equal(only('The minister said that voters were angry.').text, 'that voters were angry');
});

test('a question reported in the passive: the question is the content, the asker (if named) the speaker', () => {
  const byReporter = quotesOf('When asked by a reporter whether the plan differed from the old one, the minister shrugged.');
  const asked = byReporter.find((q) => q.cue?.text === 'asked');
  assert.equal(asked?.text, 'whether the plan differed from the old one');
  assert.equal(asked?.speaker?.name, 'a reporter');
  const about = quotesOf('At a town hall in New Hampshire, Clinton was asked about securing the border.');
  assert.deepEqual(about.map((q) => [q.text, q.speaker]), [['securing the border', null]]);
  // The active "asked" keeps its subject as the speaker.
  assert.equal(only('He asked reporters whether they had eaten.').speaker?.name, 'He');
});

test('a participle "Asked" opening the sentence reports its question, up to the comma, after phrases of time and place', () => {
  const asked = (text: string) => quotesOf(text).find((q) => q.cue?.text === 'Asked');
  const whether = asked('Asked whether he would run again, the senator said he had not decided.');
  assert.deepEqual([whether?.text, whether?.kind, whether?.speaker], ['whether he would run again', 'indirect', null]);
  assert.equal(asked('Asked on Monday whether the plan would pass, Ms. Lee shook her head.')?.text, 'whether the plan would pass');
  assert.equal(asked('Asked about the border, the governor said the wall was a waste.')?.text, 'the border');
  assert.equal(asked('Asked to describe the device, the officer declined.')?.text, 'to describe the device');
  // not a participle in the middle of a sentence ("the questions asked whether ..." is a clause of its own)
  assert.equal(asked('The reporters who were there asked whether the plan would pass.'), undefined);
});

test('attitude cues from the lexicon: learned that, see ... as, assailed', () => {
  assert.equal(only('The senator learned that the bill had stalled in committee.').text, 'that the bill had stalled in committee');
  const sees = only('Most Democratic voters see Clinton as the candidate with the better chance to win.');
  assert.equal(sees.speaker?.name, 'Most Democratic voters');
  assert.equal(sees.cue?.text, 'see');
  // "saw" is left out: "the market saw a rise" reports nothing.
  assert.deepEqual(quotesOf('The market saw a sharp rise in prices last week.'), []);
});

test('a plain object ends before a time or place adjunct', () => {
  const q = only('Sanders thanked his supporters at a victory rally in his home state of Vermont.');
  assert.equal(q.text, 'his supporters');
  // "on" stays inside the object: the attack is on someone.
  assert.equal(only('The senator condemned the attacks on the embassy.').text, 'the attacks on the embassy');
});

test('a participle cue right after an object speaks for the sentence subject', () => {
  const q = only('The town released a statement Wednesday saying the comments were based on opinion.');
  assert.equal(q.speaker?.name, 'The town');
  assert.equal(q.text, 'the comments were based on opinion');
  // A participle after its own subject keeps it.
  assert.equal(only('Protesters gathered outside, saying the plan was unfair.').speaker?.name, 'Protesters');
});

test('"it" after a relative pronoun is the speaker on its own (what it calls ...)', () => {
  const quotes = quotesOf('The paper is denouncing what it calls a coordinated attack.');
  const calls = quotes.find((q) => q.cue?.text === 'calls');
  assert.equal(calls?.speaker?.name, 'it');
});

test('a short opening before an interrupting attribution: the whole sentence in two pieces', () => {
  const text = 'Overall, she said, a number of key constituencies are finding themselves alienated.';
  const q = only(text);
  assert.equal(q.speaker?.name, 'she');
  assert.deepEqual(q.fragments?.map(([a, b]) => text.slice(a, b)), ['Overall', 'a number of key constituencies are finding themselves alienated']);
  // A one-word opening with nothing after the attribution is not a quotation.
  assert.deepEqual(quotesOf('Sorry, Sanders said.'), []);
});

test('a contracted auxiliary between the subject and the cue (he’s predicting)', () => {
  const q = only('And he’s predicting that the competition will become fierce.');
  assert.equal(q.speaker?.name, 'he');
  assert.equal(q.text, 'that the competition will become fierce');
  // A possessive 's is still part of the subject.
  assert.equal(only("Trump's aides said the plan would work.").speaker?.name, "Trump's aides");
});

test('an infinitive content with an adverb before its verb (vowed to harshly punish ...)', () => {
  const q = only('The nominee vowed to harshly punish “those who violate classification rules.”');
  assert.equal(q.kind, 'mixed');
  assert.equal(q.text, 'to harshly punish “those who violate classification rules.”');
  // "to" before a noun phrase is not an infinitive content.
  assert.deepEqual(quotesOf('The nominee vowed to the end.'), []);
});

test('an indefinite noun phrase after a complete clause is the writer\'s comment, not content', () => {
  const q = only('Kasich said the heckler would not get beat up at his rally, a swipe at the disturbances at other rallies.');
  assert.equal(q.text, 'the heckler would not get beat up at his rally');
  // A list inside the clause before any verb is kept: "said a tax cut, a wall and a new deal would pass".
  assert.equal(only('He said a tax cut, a wall and a new trade deal would pass this year.').text, 'a tax cut, a wall and a new trade deal would pass this year');
});

test('a second, negated cue of the same speaker ends the first content and reports its own', () => {
  const text = 'He said that he would pray for the eventual nominee but did not suggest it would be Trump.';
  const quotes = quotesOf(text);
  const said = quotes.find((q) => q.cue?.text === 'said');
  const suggest = quotes.find((q) => q.cue?.text === 'suggest');
  assert.equal(said?.text, 'that he would pray for the eventual nominee');
  assert.equal(suggest?.text, 'it would be Trump');
  assert.equal(suggest?.speaker?.name, 'He');
});

test('a participle cue takes the subject outside the quotation before it, not a pronoun inside it', () => {
  const text = '“If she gets to pick her judges, nothing you can do, folks,” Trump told a rally, saying Clinton would “abolish the Second Amendment.”';
  const saying = quotesOf(text).find((q) => q.cue?.text === 'saying');
  assert.equal(saying?.speaker?.name, 'Trump');
  assert.equal(saying?.text, 'Clinton would “abolish the Second Amendment.”');
});

test('"according to" a source whose first word the tagger reads as a verb (polls, people, state records)', () => {
  const q = only('The candidate garnered just 3 percent support, according to polls at the time.');
  assert.equal(q.text, 'The candidate garnered just 3 percent support');
  assert.equal(q.speaker?.name, 'polls');
  assert.equal(only('The company was registered in 2010, according to state corporate records.').speaker?.name, 'state corporate records');
});

test('a plural source and a bare cue ending the sentence after a comma (..., records show.)', () => {
  const q = only('The firm gave 5,000 dollars to the committee in June, campaign finance records show.');
  assert.equal(q.text, 'The firm gave 5,000 dollars to the committee in June');
  assert.equal(q.speaker?.name, 'campaign finance records');
  assert.deepEqual(quotesOf('He likes the talk shows.'), []);
});

test('an intention or an aim is not reported speech; a thought that something is the case is', () => {
  for (const text of [
    'They hope to destroy his regime before the elections.',
    'Three governors seeking to stem his rise met in Concord on Monday.',
    'The Pentagon wants to cut the number of bases in Europe.',
  ]) assert.deepEqual(quotesOf(text).map((q) => q.text), [], text);
  const q = only('They hope that the regime will fall before the elections.');
  assert.equal(q.text, 'that the regime will fall before the elections');
  assert.equal(q.speaker?.name, 'They');
});

test('a cue whose subject is "you" or a question word reports no one', () => {
  for (const text of [
    'You know the ones who went to college and never paid back a cent.',
    'Anyone can see the scope of the problem in these numbers.',
  ]) assert.deepEqual(quotesOf(text).map((q) => q.text), [], text);
});

test('a dateline is not part of the speaker', () => {
  const text = 'PARIS, June 29 - Prime Minister Jacques Chirac said the talks with Berlin had failed.';
  const q = only(text);
  assert.equal(textOf(text, q.speaker), 'Prime Minister Jacques Chirac');
  assert.equal(q.text, 'the talks with Berlin had failed');
  // the horizontal bar (U+2015) closes a dateline too
  const bar = 'WASHINGTON \u2015 Senate leaders said on Tuesday that the bill would pass.';
  assert.equal(textOf(bar, only(bar).speaker), 'Senate leaders');
});

test('a phrase of addressee, place or time after a cue is no content, though a clause sits inside it', () => {
  assert.deepEqual(quotesOf('The senator spoke to reporters after a meeting with donors who have funded the mayor.'), []);
  assert.deepEqual(quotesOf('Ms. Reyes spoke at a rally in a town that has lost its mill.'), []);
  // a verb whose to-phrase is what it says (+to in data/quotes/cues.txt)
  const pointed = quotesOf('Aides pointed to a poll that shows him ahead in Ohio.');
  assert.equal(pointed[0]?.cue?.text, 'pointed');
  assert.equal(pointed[0]?.text, 'to a poll that shows him ahead in Ohio');
});

test('a cue word that modifies a noun says nothing: "pledged delegates", "an untimely speaking slot"', () => {
  assert.deepEqual(quotesOf('Clinton won most of the convention\u2019s pledged delegates after winning primaries in three states.'), []);
});

test('the content of a cue in a clause on a noun ends with that clause, not in the noun\'s own predicate', () => {
  const text = 'Voters who said the mayor lied about the budget are now backing the recall.';
  const said = quotesOf(text).find((q) => q.cue?.text === 'said');
  assert.equal(said?.text, 'the mayor lied about the budget');
  // a participle or an infinitive on a noun too
  for (const [sentence, cue] of [
    ['Two groups backing the governor began March with more than 20 million dollars in the bank.', 'backing'],
    ['Legislation offering that amount passed the Senate with broad support on Tuesday.', 'offering'],
  ]) {
    const q = quotesOf(sentence!).find((x) => x.cue?.text === cue);
    assert.ok(!q || !/began|passed/.test(q.text), `${cue}: ${q?.text}`);
  }
});

test('a participle the tree hangs on the cue after a comma is not part of the content, and reports on its own', () => {
  const text = "The mayor criticized the port's expansion plan, calling it a gift to shipping companies.";
  const quotes = quotesOf(text);
  assert.deepEqual(quotes.map((q) => [q.text, q.cue?.text, q.speaker?.name]), [
    ["the port's expansion plan", 'criticized', 'The mayor'],
    ['it a gift to shipping companies', 'calling', 'The mayor'],
  ]);
});

test('a plain object of a cue in a relative clause describes the noun, and reports nothing; a clause there still does', () => {
  assert.deepEqual(quotesOf('Ruth Okafor, who endorsed the harbour plan last week, will chair the new board.'), []);
  assert.equal(only('Ruth Okafor, who said the harbour plan would fail, will chair the new board.').text, 'the harbour plan would fail');
});

test('the speaker is the whole subject on the tree, not the last noun phrase before the cue', () => {
  const text = 'A spokeswoman for the port authority said the cranes would arrive in March.';
  assert.equal(textOf(text, only(text).speaker), 'A spokeswoman for the port authority');
  const farmers = 'Farmers and their lawyers say the new water rules are unfair.';
  assert.equal(textOf(farmers, only(farmers).speaker), 'Farmers and their lawyers');
});

test('an opening participle phrase before "X agreed" is the speaker\'s circumstance, not content', () => {
  assert.deepEqual(quotesOf('Weighing in on the dispute, the minister agreed.'), []);
});

test('a cue the tagger of the parse reads as a verb, though wink reads it as a noun ("The candidate claims his ...")', () => {
  const text = 'The candidate claims his net worth is in excess of $10 billion.';
  const q = only(text);
  assert.equal(q.kind, 'indirect');
  assert.equal(q.text, 'his net worth is in excess of $10 billion');
  assert.equal(q.speaker?.name, 'The candidate');
  assert.equal(q.cue?.text, 'claims');
});

test('a phrase of time after an inverted cue is neither its content nor the rest of the quotation', () => {
  const text = 'Lena Ortiz won the county race, the local paper declared on Friday, three days after voters went to the polls in what became a close contest.';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 1, JSON.stringify(quotes.map((x) => x.text)));
  assert.equal(quotes[0]!.text, 'Lena Ortiz won the county race');
  assert.equal(quotes[0]!.speaker?.name, 'the local paper');
});

test('a participle after a comma is no inverted attribution: ", conceding the race" does not make "the race" a speaker', () => {
  const text = 'On Thursday, the senator told the AP that he would not seek a recount, conceding the race to his rival.';
  const quotes = quotesOf(text);
  assert.deepEqual(quotes.map((x) => x.cue?.text), ['told']);
  assert.equal(quotes[0]!.text, 'that he would not seek a recount');
});

test('an infinitive cue on an adjective reports no one\'s words ("it\'s safe to say", "it\'s hard to see how")', () => {
  assert.deepEqual(quotesOf("It's safe to say the governor is thinking about the Senate race."), []);
  assert.deepEqual(quotesOf("It's hard to see how the coalition can survive the budget vote."), []);
});

test('the subject on the tree speaks when word order finds none before the cue (a long appositive)', () => {
  const text = 'Oregon’s Ana Ruiz, one of only a few women on the board, said the vote would be close.';
  const q = only(text);
  assert.equal(q.text, 'the vote would be close');
  assert.equal(q.speaker?.name, 'Oregon’s Ana Ruiz');
});

test('an inverted speaker may carry a participle phrase the tree hangs on it (", said X, a lawyer representing ...")', () => {
  for (const text of ['The deal will not survive the vote, said Ana Ruiz, a lawyer representing the union.', 'Candidates have more room to abandon the program, said Tom Hale, an operative based in Des Moines.']) {
    const q = only(text);
    assert.equal(q.text, text.slice(0, text.indexOf(', said')), text);
    assert.equal(q.speaker?.name, text.includes('Ruiz') ? 'Ana Ruiz' : 'Tom Hale');
  }
});

test('speak and talk (+topic) report only their of- or about-phrase', () => {
  for (const text of [
    'The governor spoke with voters outside the polling station before heading inside.',
    'One adviser, who spoke on condition of anonymity, left the meeting early.',
    'The senator spoke Thursday night after winning the nomination in Ohio.',
    'Ms. Reyes speaks fluent Spanish and some Portuguese.',
  ]) assert.deepEqual(quotesOf(text).map((q) => q.text), [], text);
  assert.equal(only('The mayor talked to a small crowd on Tuesday about ways to fund the new bridge.').text, 'ways to fund the new bridge');
  assert.equal(only('The minister spoke warmly of the treaty with Norway.').text, 'the treaty with Norway');
});

test('call (+naming) reports only when it names what it calls, or with for, on or out', () => {
  for (const text of [
    'The council called a referendum on the harbour plan.',
    'The networks called the race early in the evening.',
    'She called her mother after the vote in Ohio.',
    'A group called Our Harbour is ramping up its campaign.',
  ]) assert.deepEqual(quotesOf(text).map((q) => q.text), [], text);
  assert.equal(only('The mayor called the plan a gift to shipping companies.').text, 'the plan a gift to shipping companies');
  assert.equal(only('The council called for a referendum on the harbour plan.').text, 'a referendum on the harbour plan');
  assert.equal(only('The union is fighting what it called a reckless plan for the port.').text, 'a reckless plan for the port');
});

test('a subject set off by commas before its cue is the speaker, not the content of an inverted attribution', () => {
  const quotes = quotesOf('The watchdog group, in releasing the email, noted the testimony by the former envoy.');
  assert.ok(!quotes.some((q) => q.text.startsWith('The watchdog group')), JSON.stringify(quotes.map((q) => q.text)));
  // an inverted attribution still takes the clause before it
  assert.equal(only('The talks will resume next week, said the foreign minister of Norway.').text, 'The talks will resume next week');
});

test('a cue after a contracted "be" is passive: "I\'m called", "we\'re labeled" name no speaker', () => {
  const called = quotesOf("Although I'm usually called \"kettle9\" in the forums, my real name is Halvard Tenmark.");
  assert.ok(!called.some((q) => q.speaker?.name === 'I'), JSON.stringify(called.map((q) => [q.text, q.speaker?.name])));
  const labeled = quotesOf("They keep attacking us, because we're labeled traitors by both sides of the debate.");
  assert.ok(!labeled.some((q) => q.speaker?.name === 'we'), JSON.stringify(labeled.map((q) => [q.text, q.speaker?.name])));
});

test('an infinitive of purpose speaks for the subject of the verb it hangs on, not for the noun before "to"', () => {
  const cases: [string, string][] = [
    ['On Tuesday, Ms. Halvorsen used her keynote address to offer a warning about the harbor deal.', 'Ms. Halvorsen'],
    ['Since Friday, the mayor has mounted a public campaign to condemn the new tax on fishermen.', 'the mayor'],
    ['The senator spoke at a meeting of farmers to discuss the drought in the north.', 'The senator'],
  ];
  for (const [text, speaker] of cases) {
    const quotes = quotesOf(text);
    assert.equal(quotes.length, 1, text);
    assert.equal(text.slice(quotes[0]!.speaker!.start, quotes[0]!.speaker!.end), speaker, text);
  }
});

test('a relative or participle clause on a noun describes it: no quotation of support, thought or seeming', () => {
  assert.deepEqual(quotesOf('The senator, who supported the farm bill last year, lost the primary on Tuesday.').map((q) => q.text), []);
  assert.deepEqual(quotesOf('Farmers who believe the drought will last are selling their cattle.').map((q) => q.text), []);
  assert.deepEqual(quotesOf('The plan, which seemed doomed from the start, passed the council by one vote.').map((q) => q.text), []);
});

test('a verb of saying with a clause of its own still reports inside a relative or participle clause', () => {
  assert.deepEqual(quotesOf('The minister, who argued that the tax was unfair, resigned on Friday.').map((q) => q.text), ['that the tax was unfair']);
  const passive = quotesOf('The speech, which is expected to draw a large crowd, begins at noon.');
  assert.equal(passive.length, 1);
  assert.equal(passive[0]!.speaker, null);
});

test('an inverted attribution after two coordinated clauses, one with quoted words', () => {
  const text = 'Moscow\'s expanding influence has provoked mixed feelings in many Baltic states, and it has used “quiet pressure” in its dealings with Central Europe, said Anna Berg, a researcher at the institute in Oslo.';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker?.name, 'Anna Berg');
  assert.ok(quotes[0]!.text.startsWith('Moscow'));
});

test('"told reporters that" opens a content clause even where the parse reads "that" as a relative pronoun', () => {
  const text = 'Emanuel told reporters that his office would stop opposing the release of the video.';
  const quotes = quotesOf(text, [{ name: 'Emanuel', id: 'emanuel' }]);
  assert.equal(quotes[0]?.text, 'that his office would stop opposing the release of the video');
  assert.equal(quotes[0]?.speaker?.name, 'Emanuel');
});

test('an object cue\'s content ends with its object on the tree, before an adverbial clause or a second predicate of the speaker', () => {
  const called = quotesOf('She called her fallen son her hero before explaining why she forgave Roof.');
  assert.equal(called[0]?.text, 'her fallen son her hero');
  const criticized = quotesOf('He criticized the plan after arriving at the event.');
  assert.equal(criticized[0]?.text, 'the plan');
  // a relative clause on the object is part of it
  const relative = quotesOf('He criticized the plan that passed after the vote.');
  assert.equal(relative[0]?.text, 'the plan that passed after the vote');
});

test('a past participle of a naming cue right after a noun gives the noun\'s name, not anyone\'s words', () => {
  assert.deepEqual(quotesOf('Protesters from a group called Occupy DNC Convention marched on Monday.'), []);
  // the same cue with a subject of its own, or as a present participle, still reports
  assert.equal(quotesOf('He called the plan a disaster.')[0]?.text, 'the plan a disaster');
  assert.equal(quotesOf('Critics issued a statement calling the plan a disaster.')[0]?.text, 'the plan a disaster');
});

test('a content clause that opens with an adverb and a subordinate clause runs past the comma that closes it', () => {
  const quotes = quotesOf('He said that even after he steps down, he will look for ways to ensure that the agreement is implemented.');
  assert.equal(quotes[0]?.text, 'that even after he steps down, he will look for ways to ensure that the agreement is implemented');
});

test('a relative clause set off by a comma after an object cue\'s noun object is the writer\'s comment, not content', () => {
  const quotes = quotesOf('She and her husband supported the North American Free Trade Agreement, which caused economic pain in the Midwest.');
  assert.equal(quotes[0]?.text, 'the North American Free Trade Agreement');
  // a relative clause with no comma restricts the object and is part of it
  const restrictive = quotesOf('She supported the agreement which Congress passed in 1993.');
  assert.equal(restrictive[0]?.text, 'the agreement which Congress passed in 1993');
});

test('the content of a cue in a relative clause on the subject ends before the subject\'s own predicate', () => {
  const text = "Mr. Trump, who said last week that a Mexican-American judge in a case involving Trump University was biased against him because of his heritage, issued a statement Tuesday saying, ''I do not feel that one's heritage makes them incapable of being impartial.''";
  const said = quotesOf(text).find((q) => q.cue?.text === 'said');
  assert.equal(said?.text, 'that a Mexican-American judge in a case involving Trump University was biased against him because of his heritage');
});

test('a parenthetical attribution inside a clause: an unfinished opening takes the rest, and an opening participle phrase can be the subject', () => {
  const copula = quotesOf('It was, he said, one of the bitterest failures of his presidency.');
  assert.deepEqual(copula.map((q) => [q.text, q.speaker?.name]), [['It was, he said, one of the bitterest failures of his presidency', 'he']]);
  const gerund = quotesOf('Riding alone as a woman in a male-dominated park, they said, can be hazardous.');
  assert.deepEqual(gerund.map((q) => [q.text, q.speaker?.name]), [['Riding alone as a woman in a male-dominated park, they said, can be hazardous', 'they']]);
  // an opening participle phrase before a participle of the speaker's is the speaker's circumstance
  const circumstance = quotesOf('Weighing in on the discussion, former Arkansas Gov. Mike Huckabee agreed, saying the party was split.');
  assert.deepEqual(circumstance.map((q) => q.text), ['the party was split']);
});

test('a content clause that opens with "that" and a subordinate clause goes on after its comma, however the parse hangs the rest', () => {
  const text = 'He told securities analysts that when the company\'s common dividend is resumed, "the initial rate will appear conservative to you."';
  assert.equal(quotesOf(text)[0]?.text, 'that when the company\'s common dividend is resumed, "the initial rate will appear conservative to you."');
});

test('"informed the partners that ..." opens a content clause where the parse reads "that" as the object of a relative clause', () => {
  const text = 'Minister Bliznakov also informed the partners that the Bulgarian Parliament has authorized the Council of Ministers to negotiate.';
  assert.equal(quotesOf(text)[0]?.text, 'that the Bulgarian Parliament has authorized the Council of Ministers to negotiate');
});

test('an aside between dashes may stand between a cue and its "that" clause', () => {
  const quotes = quotesOf('His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised about $4 million that day.');
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker?.name]), [['that Trump raised about $4 million that day', 'His campaign chairman Paul Manafort']]);
});

test('an opening prepositional phrase is no part of the speaker: "In the letter Minister Bliznakov informed"', () => {
  const text = 'In the letter Minister Bliznakov informed the partners that Bulgaria would withdraw its troops.';
  const q = quotesOf(text).find((x) => x.cue?.text === 'informed');
  assert.equal(textOf(text, q?.speaker), 'Minister Bliznakov');
  // the tree has the subject already; word order ran the preposition's object into it
  assert.equal(only('In the interview the president said he would run again.').speaker?.name, 'the president');
});

test('a gerund cue after "by" speaks for the subject of the clause it modifies', () => {
  const q = only('The senator opened her campaign by talking about the cost of child care.');
  assert.equal(q.text, 'the cost of child care');
  assert.equal(q.speaker?.name, 'The senator');
  assert.equal(q.cue?.text, 'talking');
  // (through a subjectless clause: the plans are hers, and so is the call)
  const r = only('The governor outlined her plans to end the strike by calling for binding arbitration.');
  assert.equal(r.text, 'binding arbitration');
  assert.equal(r.speaker?.name, 'The governor');
});

test('a plural verb wink tags as a noun still heads the content clause the parse gives it', () => {
  const q = only('Shelby said the donations call into question the independence of the central bank.');
  assert.equal(q.kind, 'indirect');
  assert.equal(q.text, 'the donations call into question the independence of the central bank');
  assert.equal(q.speaker?.name, 'Shelby');
});

test('an interrupted attribution whose rest holds quoted words is one mixed quotation', () => {
  const text = 'Her countrymen, she said, should not listen to “those with coldness, or even hatred, in their hearts.”';
  const q = only(text);
  assert.notEqual(q.kind, 'indirect');
  assert.equal(q.speaker?.name, 'she');
  assert.equal(q.cue?.text, 'said');
  assert.ok(q.text.startsWith('Her countrymen') && q.text.includes('those with coldness'), q.text);
});

test('a participle cue after a comma inside the closing mark speaks for the sentence subject', () => {
  const text = 'The mayor said the budget was “a fair compromise,” adding that the city would hire more teachers.';
  const adding = quotesOf(text).find((q) => q.cue?.text === 'adding');
  assert.ok(adding, JSON.stringify(quotesOf(text).map((q) => q.text)));
  assert.equal(adding.text, 'that the city would hire more teachers');
  assert.equal(adding.speaker?.name, 'The mayor');
});

test('an opening gerund clause speaks for the subject of the main clause after it, and ends before it', () => {
  const text = 'While saying that she respects the court, the senator criticized the ruling.';
  const saying = quotesOf(text).find((q) => q.cue?.text === 'saying');
  assert.ok(saying, JSON.stringify(quotesOf(text).map((q) => q.text)));
  assert.equal(saying.text, 'that she respects the court');
  assert.equal(saying.speaker?.name, 'the senator');
});

test('the dateline a sentence opens with is no part of the content before its attribution', () => {
  const q = only('BAGHDAD, Dec 20 - A suicide attacker drove a car bomb into a police checkpoint, medical officials said.');
  assert.equal(q.text, 'A suicide attacker drove a car bomb into a police checkpoint');
  assert.equal(q.speaker?.name, 'medical officials');
});

test('a record that shows or finds: its plain object is what it reports, running on like a clause', () => {
  const poll = only('The harbour survey showed the ferry operator far ahead of its rivals in every district.');
  assert.equal(poll.text, 'the ferry operator far ahead of its rivals in every district');
  assert.equal(poll.speaker?.name, 'The harbour survey');
  assert.equal(only('A county poll in May found the mayor with a lead of nine points over her challenger.').text,
    'the mayor with a lead of nine points over her challenger');
  assert.equal(only('Every recent county poll has shown him trailing the mayor.').text, 'him trailing the mayor');
  // wink reads the verb after a record noun as part of a compound
  assert.equal(only('Shipping records show the freighter left the port twice in June.').text, 'the freighter left the port twice in June');
  // with a person as its subject, the verb reports only a clause
  assert.equal(quotesOf('The senator showed considerable restraint during the hearing on Monday.').length, 0);
});

test('a survey named at the opening of a sentence is the source of what the sentence reports', () => {
  const led = only('In the latest harbour survey, conducted in May, the mayor led her rival by nine points.');
  assert.equal(led.text, 'the mayor led her rival by nine points');
  assert.equal(led.speaker?.name, 'the latest harbour survey');
  assert.equal(led.cue?.text, 'In');
  const said = quotesOf('In a county poll released Monday, most voters said the ferry should run at night.');
  assert.deepEqual(said.map((q) => [q.text, q.speaker?.name]), [['most voters said the ferry should run at night', 'a county poll released Monday']]);
  // another record is no source of its own: the minister speaks in the letter
  const letter = only('In a letter to the board, the minister said the ferry would run at night.');
  assert.equal(letter.speaker?.name, 'the minister');
  // whoever made the survey reports it
  assert.equal(only('In a poll of 800 voters, the firm found that most favour the ferry.').speaker?.name, 'the firm');
});

test('an opening clause with a subordinator ends its content before the main clause', () => {
  const quote = only('After the governor warned that the budget would collapse, the legislature passed the tax bill.');
  assert.equal(quote.text, 'that the budget would collapse');
  assert.equal(quote.speaker?.name, 'the governor');
  // "as" reports the main clause: that clause is the content
  assert.equal(only('As the newspaper reported, the party agreed to share its voter file.').text, 'the party agreed to share its voter file');
});

test('an attribution after its content is the predicate of its own subject', () => {
  const quotes = quotesOf("After Bill Clinton claimed that the era of big government was over, Obama won his party's nomination by promising its furious revenge.");
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker?.name]), [['that the era of big government was over', 'Bill Clinton']]);
  assert.equal(only('The talks will resume, the minister later said.').speaker?.name, 'the minister');
  assert.equal(only('The talks will resume, he has long argued.').text, 'The talks will resume');
});

test('a content clause the parse makes the host of its own opening cue keeps its words', () => {
  const quotes = quotesOf('Although some say the franchise system might get in the way of a public offering, Jauppi says there are few obstacles to trading in the stock.');
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker?.name]), [
    ['the franchise system might get in the way of a public offering', 'some'],
    ['there are few obstacles to trading in the stock', 'Jauppi'],
  ]);
});

test('"That said" opening a sentence concedes a point and reports nothing', () => {
  assert.deepEqual(quotesOf('That said, a loss in this state would provide a sour end to her campaign.'), []);
  assert.equal(only('That, he said, would provide a sour end to her campaign.').speaker?.name, 'he');
});

test('a question word standing for the cue\'s object leaves nothing reported after the cue', () => {
  assert.deepEqual(quotesOf('Whatever Trump charged his campaign for rent was coming from Trump himself.'), []);
  assert.deepEqual(quotesOf('After Trump Heard What His Fox News Nemesis Just Said, He Instantly Unleashes On Twitter.'), []);
  // a naming cue keeps the name it gives
  assert.ok(quotesOf('He attacked what she called a hoax.').some((q) => q.text === 'a hoax' && q.speaker?.name === 'she'));
});

/** The texts of the quotations found in `text`. */
function texts(text: string): string[] {
  return quotesOf(text).map((q) => q.text);
}

test('a cue verb with "up" is another verb: "showed up" reports nothing', () => {
  assert.deepEqual(texts('Several hundred supporters showed up to hear the senator address the crowd at the park.'), []);
  assert.deepEqual(texts('The governor is increasingly showing up on television to campaign for the nominee.'), []);
  // ("up to" a number is no particle)
  assert.deepEqual(texts('A spokesman said up to 1,800 workers will be affected by the closure.'), ['up to 1,800 workers will be affected by the closure']);
});

test('"found" with a plain object and no clause reports nothing; its clause still does', () => {
  assert.deepEqual(texts('Whatever brought them to the sport, the skaters have found a much-needed support system in their group.'), []);
  assert.deepEqual(texts('He found sanctuary in Russia and never returned to the capital.'), []);
  assert.deepEqual(texts('Candidates have found ways to make money while on the campaign trail.'), []);
  const q = only('Investigators found that the company had hidden its losses for years.');
  assert.equal(q.text, 'that the company had hidden its losses for years');
  assert.equal(q.cue?.text, 'found');
});

test('a cue word tagged a noun inside a prepositional phrase is the noun: "from Commission reports that track spending"', () => {
  assert.deepEqual(
    texts('That is the takeaway from freshly filed Federal Election Commission reports that track last-minute spending before the primary on Tuesday.'),
    [],
  );
});

test('"maintains" with a plain object reports nothing; with a clause it does', () => {
  assert.deepEqual(texts('Rubio still maintains an overwhelming lead in congressional endorsements that he has gathered since January.'), []);
  assert.deepEqual(texts('Mr. Putin wants to maintain the image of the strong leader that Mr. Trump so admires.'), []);
  const q = only('The former secretary of state has long maintained that she complied with agency rules.');
  assert.equal(q.text, 'that she complied with agency rules');
});

test('"added" with a plain object reports nothing; with a clause it does', () => {
  assert.deepEqual(texts('The city added bike lanes that run along the river.'), []);
  assert.deepEqual(texts('The new wing adds a welcome space to the museum, a building that still draws crowds every summer.'), []);
  const q = only('The spokeswoman added that the minister would travel to Paris on Friday.');
  assert.equal(q.text, 'that the minister would travel to Paris on Friday');
  assert.equal(q.cue?.text, 'added');
  const r = only('The minister would travel to Paris on Friday, the spokeswoman added.');
  assert.equal(r.text, 'The minister would travel to Paris on Friday');
  // (a clause without "that" whose subject the parse reads as the object, its verb as an adverbial clause)
  const s = only('She added a pact with the International Labour Organization (ILO) could be a very useful step.');
  assert.equal(s.text, 'a pact with the International Labour Organization (ILO) could be a very useful step');
});

test('"claimed" with a plain object reports only the act taken credit or blame for', () => {
  assert.deepEqual(texts('The senator claimed a narrow victory in the state primary last month.'), []);
  assert.deepEqual(texts('The storm claimed the lives of six fishermen who had ignored the warnings.'), []);
  assert.deepEqual(texts('She is in a position to claim the nomination at the convention in July.'), []);
  const q = only('The rebel group claimed responsibility for the bombing of the embassy.');
  assert.equal(q.text, 'responsibility for the bombing of the embassy');
  assert.equal(only('The mayor claimed credit for the new park.').text, 'credit for the new park');
  assert.equal(only('The company claimed that its profits had doubled.').text, 'that its profits had doubled');
});

test('a day named from today is never the speaker, "tomorrow" as "yesterday"', () => {
  for (const day of ['tomorrow', 'yesterday']) {
    const text = `Several of the banks that will meet with Volcker ${day} declined to comment because the talks will be held at the Fed's suggestion.`;
    for (const q of quotesOf(text)) assert.notEqual(textOf(text, q.speaker), day);
  }
});

test('an infinitive of purpose after a place or a phrase of the verb speaks for the verb\'s subject', () => {
  const cases: [string, string][] = [
    ['Texas editor Brandon Darby will come on the program to talk about the southern border.', 'Texas editor Brandon Darby'],
    ['Several actors went on Twitter to applaud the announcement.', 'Several actors'],
    ['His critics denounced him, rushing to TV to say he did not represent the party.', 'His critics'],
    ['The minister went out of his way to say that the economy had hit bottom.', 'The minister'],
  ];
  for (const [text, speaker] of cases) {
    const quotes = quotesOf(text);
    assert.equal(quotes.length, 1, text);
    assert.equal(textOf(text, quotes[0]!.speaker), speaker, text);
  }
});

test('an -s form after "to" is a noun, not a cue: "block grants to states, letting them ..."', () => {
  const text = 'Several said they would rather officials hand out funding in block grants to states, letting them set priorities.';
  assert.deepEqual(quotesOf(text).map((q) => q.cue?.text), ['said']);
});

test('a cue with its own subject before it and its object after is no inverted attribution: ", condemned Norway" names who was condemned', () => {
  for (const text of [
    'Sweden has, however, condemned Norway.',
    'The report, which Sweden published on Monday, accused Norway.',
    'The fisheries ministry, which Oslo controls, has, in fact, criticised Denmark.',
    'Local officials have, in fact, praised the Danes for their help in the rescue.',
  ]) {
    // (no quotation whose speaker is the object after the cue)
    const quotes = quotesOf(text);
    assert.ok(!quotes.some((q) => q.speaker && q.cue && q.speaker.start > q.cue.start), `${text} ${JSON.stringify(quotes.map((q) => [q.text, q.speaker?.name]))}`);
  }
  // a verb of saying after its content keeps its speaker after it
  assert.equal(only('The strikes were a violation of the truce, said Norway.').speaker?.name, 'Norway');
  assert.equal(only('The plan will fail, declared the foreign minister of Denmark.').speaker?.name, 'the foreign minister of Denmark');
});

test('a cue with a sense that is no speech (+sense), a plain object and a subject that cannot speak reports nothing', () => {
  assert.deepEqual(quotesOf('Global trade offers undeniable benefits to the poorest countries in the region.').map((q) => q.text), []);
  assert.deepEqual(quotesOf('This race offers an opportunity for gleeful schadenfreude among the opposition.').map((q) => q.text), []);
  assert.deepEqual(quotesOf('Black circles show the three artificial islands in the Spratly archipelago.').map((q) => q.text), []);
  assert.deepEqual(quotesOf('Federal rules support their private endeavors, including the costs of travel.').map((q) => q.text), []);
});

test('a plain object is still content for a subject that can speak: people, roles, bodies, records, names', () => {
  assert.equal(only('Critics support the plan to cut taxes on small businesses.').text, 'the plan to cut taxes on small businesses');
  assert.equal(only('The ministry offered a new proposal on the disputed border.').speaker?.name, 'The ministry');
  assert.equal(only('Cement makers support a new tariff on imports from the north.').speaker?.name, 'Cement makers');
  assert.equal(only('Mr. Lee offered a new proposal on the disputed border.').speaker?.name, 'Mr. Lee');
  // (a clause as content does not ask: "the region" is the subject of a verb of speech there)
  assert.equal(only('The region offers that it will cut tariffs on imports from the north.').text, 'that it will cut tariffs on imports from the north');
});

test('the speaker is the whole subject on the tree when word order found only its end', () => {
  const [q] = quotesOf('West Germany and Japan, meanwhile, agreed to stimulate domestic demand.');
  assert.equal(q!.speaker?.name, 'West Germany and Japan');
  const [r] = quotesOf('Reince Priebus, the GOP chairman, this past week announced the creation of a website.');
  assert.ok(r!.speaker?.name.startsWith('Reince Priebus'), r!.speaker?.name);
  // (not into the dateline)
  const [s] = quotesOf('RICHMOND, June 18 - A.H. Robins Co, facing suits over its device, said a court approved its plan.');
  assert.equal(s!.speaker?.name, 'A.H. Robins Co');
});

test('"refer to X as “...”" makes X and the quoted name one mixed quotation of the subject', () => {
  const quotes = quotesOf('The senator referred to the new governor as “a reckless gambler” during the debate.');
  assert.deepEqual(quotes.map((q) => [q.kind, q.text, q.speaker?.name, q.cue?.text]), [
    ['mixed', 'the new governor as “a reckless gambler”', 'The senator', 'referred'],
  ]);
  // two names joined by "and"
  const joined = quotesOf('She often refers to the protesters as “thugs” and “paid agitators” in her speeches.');
  assert.deepEqual(joined.map((q) => q.text), ['the protesters as “thugs” and “paid agitators”']);
  // without quoted words after "as", nothing is quoted
  assert.deepEqual(quotesOf('The minister referred to the islands as military bases.').map((q) => q.text), []);
});

test('an opening clause with a subordinator that hangs on a cue ending the sentence is no content of that cue', () => {
  // "As the newspaper reported" is the newspaper's report of what follows, not what the parties agreed
  assert.deepEqual(quotesOf('As the newspaper reported, the two parties agreed.').map((q) => [q.text, q.speaker?.name, q.cue?.text]), [
    ['the two parties agreed', 'the newspaper', 'reported'],
  ]);
  assert.deepEqual(quotesOf('When the vote was called, the senators agreed.').map((q) => q.text), []);
  // (an attribution that interrupts its content keeps the opening clause)
  assert.deepEqual(quotesOf('If the demands are not met, the organiser warned, the delegates plan to leave the party.').map((q) => q.text), [
    'If the demands are not met, the organiser warned, the delegates plan to leave the party',
  ]);
});

test('a subject that says no one did it makes no quotation of a plain object; a clause stays one', () => {
  assert.deepEqual(quotesOf('Nobody thanked the volunteers for their work.').map((q) => q.text), []);
  assert.deepEqual(quotesOf('No one praised the plan in public.').map((q) => q.text), []);
  assert.deepEqual(quotesOf('None of the members supported the proposal to raise taxes.').map((q) => q.text), []);
  // (the same cue with a speaker, and a negative subject with a clause)
  assert.deepEqual(quotesOf('The members supported the proposal to raise taxes.').map((q) => q.text), ['the proposal to raise taxes']);
  assert.deepEqual(quotesOf('No one knows what the field will look like in March.').map((q) => q.text), ['what the field will look like in March']);
});
