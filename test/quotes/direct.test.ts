import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, textOf } from './helpers.ts';

test('a quotation with its attribution after it: speaker, cue and span', () => {
  const text = '“We will not send troops to Ukraine,” the chancellor said on Monday.';
  const [q, ...rest] = quotesOf(text);
  assert.equal(rest.length, 0);
  assert.equal(q!.kind, 'direct');
  assert.equal(q!.text, '“We will not send troops to Ukraine,”');
  assert.equal(textOf(text, q!.speaker), 'the chancellor');
  assert.equal(q!.cue?.text, 'said');
});

test('inversion: said Nathalie Tocci, the director of ...', () => {
  const text = '“Europe has no plan B,” said Nathalie Tocci, the director of the Istituto Affari Internazionali.';
  const [q] = quotesOf(text);
  assert.equal(q!.speaker?.name, 'Nathalie Tocci');
  assert.ok(textOf(text, q!.speaker)!.startsWith('Nathalie Tocci, the director'));
});

test('a quotation split by its attribution is one quotation in two pieces with one speaker', () => {
  const text = '“We will keep our promises,” Scholz said in Berlin. “Nobody should doubt that.”';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 1);
  const q = quotes[0]!;
  assert.equal(q.speaker?.name, 'Scholz');
  assert.deepEqual(q.fragments?.map(([a, b]) => text.slice(a, b)), ['“We will keep our promises,”', '“Nobody should doubt that.”']);
});

test('newswire marks and an attribution with an appositive', () => {
  const text = "''Every one of the plans has a consumption basis,'' said Leonard Burman, a former Treasury official.";
  const [q] = quotesOf(text);
  assert.equal(q!.kind, 'direct');
  assert.equal(q!.speaker?.name, 'Leonard Burman');
});

test('an attribution before the quotation, with a colon', () => {
  const text = 'The foreign minister told reporters in Brussels: “The sanctions will stay until Russia withdraws.”';
  const [q] = quotesOf(text);
  assert.equal(q!.kind, 'direct');
  assert.equal(q!.text, '“The sanctions will stay until Russia withdraws.”');
  assert.equal(q!.speaker?.name, 'The foreign minister');
  assert.equal(q!.cue?.text, 'told');
});

test('a participle cue takes the subject of its sentence', () => {
  const text = 'Albright urged women to vote for Clinton, saying, “There is a special place in hell for women who do not help each other.”';
  const q = quotesOf(text).find((x) => x.kind === 'direct');
  assert.equal(q!.speaker?.name, 'Albright');
  assert.equal(q!.cue?.text, 'saying');
});

test('a bare quotation continues the attributed quotation before it in its paragraph', () => {
  const text = 'The president spoke for an hour. “This is a turning point,” he added, pausing. “We must act now.” “Europe cannot wait.”';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 1);
  assert.equal(textOf(text, quotes[0]!.speaker), 'he');
  assert.deepEqual(quotes[0]!.fragments?.map(([a, b]) => text.slice(a, b)), ['“This is a turning point,”', '“We must act now.”', '“Europe cannot wait.”']);
});

test('a paragraph that is only a quotation continues the speaker who ends the paragraph before', () => {
  const next = 'Barkley spoke after the game. “It is just sad,” Barkley said.\n\n“Your life is your own doing.”\n\n“Nobody else is to blame.”';
  const quotes = quotesOf(next, [{ name: 'Barkley', id: 'person:barkley' }]);
  const said = quotes.find((x) => x.text.includes('just sad'))!;
  assert.equal(said.speaker?.name, 'Barkley');
  assert.equal(said.speaker?.inferred, undefined);
  for (const words of ['Your life', 'Nobody else']) {
    const following = quotes.find((x) => x.text.includes(words))!;
    assert.equal(following.kind, 'direct');
    // the earlier attribution's span and actor, marked as inferred
    assert.deepEqual(following.speaker, { ...said.speaker, inferred: 'continuation' });
    assert.equal(following.cue, undefined);
  }
});

test('a bare quotation keeps speaker null after a paragraph that moved on, or inside a paragraph of other text', () => {
  const unrelated = '“It is just sad,” Barkley said after the game. The crowd left early and the coach did not speak to reporters.\n\n“Nobody expected this.”';
  const bare = quotesOf(unrelated).find((x) => x.text.includes('Nobody expected'))!;
  assert.equal(bare.kind, 'direct');
  assert.equal(bare.speaker, null);
  const inside = '“It is just sad,” Barkley said.\n\nFans were silent. “Nobody expected this at all,” read a banner in the stands. “Not like this.”';
  const banner = quotesOf(inside).find((x) => x.text.includes('Not like this'));
  assert.notEqual(banner?.speaker?.name, 'Barkley');
});

test('a paragraph-long quotation continues an attribution that ends after an exclamation mark', () => {
  const text = '“The final is dull, nothing like an election night!” the senator wrote during the first half.\n\n“Nobody watches this league anymore.”';
  const quotes = quotesOf(text);
  const next = quotes.find((x) => x.text.includes('Nobody watches'))!;
  assert.equal(textOf(text, next.speaker), 'the senator');
  assert.equal(next.speaker?.inferred, 'continuation');
});

test('a bare quotation right after the sentence that attributed another quotation in its paragraph continues that speaker', () => {
  const text = 'Analysts were divided on Monday. Mr. Varga said the plan would cost the region dearly. “We will fight it in every court we can find.”';
  const quotes = quotesOf(text, [{ name: 'Mr. Varga', id: 'person:varga' }]);
  const next = quotes.find((x) => x.text.includes('every court'))!;
  assert.equal(next.kind, 'direct');
  assert.equal(next.speaker?.name, 'Mr. Varga');
  assert.equal(next.speaker?.inferred, 'continuation');
});

test('a quotation set off by a colon after a clause takes the clause subject as its speaker', () => {
  const text = 'The governor then listed her conditions for a deal with the unions:\n\n“No new taxes on farmers. No cuts to the pension fund.”';
  const [q] = quotesOf(text);
  assert.equal(q!.kind, 'direct');
  assert.equal(textOf(text, q!.speaker), 'The governor');
  assert.equal(q!.cue?.text, ':');
  assert.equal(q!.speaker?.inferred, undefined);
  // a colon after a phrase with no verb names no one
  const [line] = quotesOf('Then came the evening’s best line:\n\n“I will not be lectured by a calendar.”');
  assert.equal(line?.speaker ?? null, null);
});

test('a speaker resolves to the actor of a mention inside it; a pronoun takes the actor name', () => {
  const text = 'Putin arrived in Minsk on Friday. “The West has lost,” he said.';
  const [q] = quotesOf(text, [
    { name: 'Putin', id: 'RUSGOV' },
    { name: 'he', id: 'RUSGOV' },
  ]);
  assert.equal(q!.speaker?.actor, 'RUSGOV');
  assert.equal(q!.speaker?.name, 'Putin');
  assert.equal(textOf(text, q!.speaker), 'he');
});

test('named terms and titles are not quotations', () => {
  const text = 'Critics call the deal a so-called “peace dividend” for Moscow. Officials unveiled a new “defence compact” on Tuesday. The “Orange Is the New Black” star spoke at the rally.';
  const quotes = quotesOf(text);
  for (const q of quotes) {
    assert.ok(q.kind === 'indirect', `unexpected ${q.kind} quotation ${q.text}`);
    assert.ok(!q.text.startsWith('“'), `a term came out as a quotation: ${q.text}`);
  }
  assert.equal(quotes.filter((q) => q.text.includes('defence compact')).length, 0);
});

test('an unbalanced mark does not swallow the rest of the article', () => {
  const text = 'The senator said “we will block the bill in committee.\n\nThe vote is expected on Friday. Both parties met on Thursday.\n\nMarkets rose.';
  const quotes = quotesOf(text);
  for (const q of quotes) assert.ok(q.end <= text.indexOf('\n\n'), `quotation runs past its paragraph: ${q.text}`);
});

test('after a quotation that ends with a full stop, a new sentence is not its attribution', () => {
  const text = 'The governor vowed to “compete vigorously for the nomination.” His move was first reported by MSNBC.';
  for (const q of quotesOf(text)) assert.notEqual(q.cue?.text, 'reported', `a new sentence was taken for an attribution: ${q.text}`);
});

test('transcript lines: a name in capitals and a colon inside the marks is the speaker', () => {
  const text = 'Partial transcript as follows:\n\n"WALLACE: Will the governor attend the debate?\n\n"PENCE: She will not be attending the debate tomorrow night."';
  const quotes = quotesOf(text);
  assert.deepEqual(quotes.map((q) => [q.speaker?.name, q.text]), [
    ['WALLACE', 'Will the governor attend the debate?'],
    ['PENCE', 'She will not be attending the debate tomorrow night."'],
  ]);
});

test('a right double mark typed at the start of a paragraph opens a quotation', () => {
  const text = 'Readers wrote to us.\n\n”Fear. I am truly afraid of what comes next.” ― Karen Bobadilla';
  const [q] = quotesOf(text);
  assert.equal(q!.text, '”Fear. I am truly afraid of what comes next.”');
  assert.equal(q!.speaker?.name, 'Karen Bobadilla');
});

test('a dash and a name after a quotation attribute it, whichever dash is typed (a double hyphen too)', () => {
  for (const dash of ['―', '—', '–', '--']) {
    const text = `Readers wrote to us.\n\n“Fear. I am truly afraid of what comes next.” ${dash} Karen Bobadilla`;
    assert.equal(quotesOf(text)[0]?.speaker?.name, 'Karen Bobadilla', dash);
  }
});

test('the actor of a speaker is the actor of its head word, not of a possessive before it', () => {
  const text = 'Affleck paid tribute on Saturday. His publicist said the actor was devastated.';
  const q = quotesOf(text, [{ name: 'Affleck', id: 'person:ben-affleck' }, { name: 'His', id: 'person:ben-affleck' }])[0]!;
  assert.equal(q.speaker?.name, 'His publicist');
  assert.equal(q.speaker?.actor, undefined);
});

test('single marks around a whole paragraph with no attribution are a subheading, not a quotation', () => {
  const text = 'Her campaign opened an office in Columbia.\n\n‘Relationships that last.’\n\nHer workers said they had knocked on doors.';
  assert.deepEqual(quotesOf(text).map((q) => q.text), ['they had knocked on doors']);
  // Double marks around a whole paragraph are still a quotation (its speaker unknown).
  const bare = quotesOf('He was clear.\n\n“We will never give up this fight for our land and our people.”\n\nThe crowd cheered.');
  assert.deepEqual(bare.map((q) => [q.kind, q.speaker]), [['direct', null]]);
});

test('a cue word used as a noun inside a noun phrase does not attribute the title after it', () => {
  assert.deepEqual(quotesOf('The rally was hosted by Buddy Valastro, star of the TLC reality show “Cake Boss.”'), []);
  // After a plural subject the same word is the verb: the chant is attributed.
  const chant = quotesOf('Outside the hall, the protesters chant “Not in our name.”');
  assert.equal(chant.length, 1);
  assert.equal(chant[0]!.speaker?.name, 'the protesters');
});

test('a hyphenated compound in the lead-in (an op-ed piece) does not cut the cue off its quotation', () => {
  for (const hyphen of ['-', '\u2010', '\u2011']) {
    const text = `Sen. Ron Johnson said in an op${hyphen}ed piece before a Senate hearing, “The State Department failed to honor repeated requests.”`;
    const q = quotesOf(text);
    assert.equal(q.length, 1);
    assert.equal(q[0]!.speaker?.name, 'Sen. Ron Johnson');
    assert.equal(q[0]!.kind, 'direct', JSON.stringify(hyphen));
  }
  // A real verb between the cue and the quotation still stops the search (the quotation ends another clause).
  const other = quotesOf('Ryan said it is unrealistic to think that if we pull back, “the region will be safer.”');
  assert.ok(other.every((x) => x.kind !== 'direct'));
});

test('a participle cue after a mixed quotation takes the subject from before it', () => {
  const text = 'Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which was maniacal,” adding, “He lost all of the Latino vote.”';
  assert.deepEqual(quotesOf(text).map((q) => [q.kind, q.text, q.speaker?.name, q.cue?.text]), [
    ['mixed', 'that Mitt Romney “had a crazy policy of self-deportation which was maniacal,”', 'Trump', 'told'],
    ['direct', '“He lost all of the Latino vote.”', 'Trump', 'adding'],
  ]);
  // A subject inside an earlier quotation is not taken.
  const inner = quotesOf('“We will win,” he said, adding, “They will lose.”');
  assert.deepEqual(inner.map((q) => q.speaker?.name), ['he', 'he']);
});

test('after a full stop inside the marks, a cue with a clause of its own starts a new sentence', () => {
  const text = 'Cruz would not comment on an order “to cover sexual orientation and gender identity.” Cruz says he is not familiar with the details.';
  const quotes = quotesOf(text);
  const said = quotes.find((q) => q.cue?.text === 'says');
  assert.equal(said?.text, 'he is not familiar with the details');
  assert.ok(!quotes.some((q) => q.text.startsWith('“to cover') && q.cue?.text === 'says'));
});

test('a bare quotation with its citation in parentheses is a slogan or title, not a quotation', () => {
  const text = 'Immigration took center stage.\n\n“Lose safety? Lose work? No to Schengen” (2005) — “Free pass for all? No.” (2007).';
  assert.deepEqual(quotesOf(text), []);
  // An attributed quotation followed by a parenthesis is still output.
  const said = quotesOf('The minister wrote: “We will not give up the fight” (emphasis in the original).');
  assert.deepEqual(said.map((q) => [q.text, q.speaker?.name]), [['“We will not give up the fight”', 'The minister']]);
});

test('quoted words that modify the noun after them are not followed by an attribution', () => {
  const text = 'He pledged to fix the nation’s “broken” campaign finance system and he pledged a revolution.';
  assert.ok(quotesOf(text).every((q) => !(q.text === '“broken”' && q.speaker?.name?.includes('system'))));
  // Without punctuation inside the marks, a name or a determiner after them still opens an attribution.
  assert.deepEqual(quotesOf('“No deal” the minister said.').map((q) => q.speaker?.name), ['the minister']);
});

test('a long speaker phrase after the quotation, with an uncommon cue', () => {
  const text = '“Our city deserves better than another four years of this,” then-candidate for mayor Jane Roe countered at a debate.';
  const [q] = quotesOf(text, [{ name: 'Jane Roe', id: 'person:jane-roe' }]);
  assert.equal(q!.kind, 'direct');
  assert.equal(textOf(text, q!.speaker), 'then-candidate for mayor Jane Roe');
  assert.equal(q!.speaker?.name, 'Jane Roe');
  assert.equal(q!.speaker?.actor, 'person:jane-roe');
  assert.equal(q!.cue?.text, 'countered');
});

test('a cue word inside the speaker\'s title is no cue: "Republican state Senator John Smith ... told"', () => {
  const text = '“It is a disgrace to the city and to every voter who trusted us,” Republican state Senator John Smith of Ohio told reporters on Tuesday.';
  const [q] = quotesOf(text);
  assert.equal(textOf(text, q!.speaker), 'Republican state Senator John Smith of Ohio');
  assert.equal(q!.cue?.text, 'told');
});

test('quoted words as the object of a cue in a clause on a noun are a partial quotation of that clause\'s subject', () => {
  const text = 'The governor opposes a trade deal he has described as a “rip-off” for American workers.';
  const quotes = quotesOf(text, [{ name: 'he', id: 'person:governor' }]);
  const partial = quotes.find((q) => q.text === '“rip-off”');
  assert.ok(partial, JSON.stringify(quotes.map((q) => q.text)));
  assert.equal(partial.kind, 'partial');
  assert.equal(textOf(text, partial.speaker), 'he');
  assert.equal(partial.speaker?.actor, 'person:governor');
  assert.equal(partial.cue?.text, 'described');
  const what = 'The senator attacked what his rival called “a reckless plan” on Tuesday.';
  const called = quotesOf(what).find((q) => q.text === '“a reckless plan”');
  assert.equal(textOf(what, called?.speaker), 'his rival');
});

test('a named term inside a sentence is no one\'s words', () => {
  for (const text of [
    'The Pentagon is counting on a so-called “peace dividend” after the war.',
    'Officials expect the new “defence compact” to be signed in Brussels next week.',
  ]) assert.ok(!quotesOf(text).some((q) => q.text.startsWith('“')), JSON.stringify(quotesOf(text).map((q) => [q.kind, q.text])));
});

test('an attribution verb the cue lexicon does not hold, read from the tree: “...,” he surmised', () => {
  for (const [text, speaker, cue] of [
    ['“People are afraid of wasting their votes,” he surmised.', 'he', 'surmised'],
    ['“We were never told,” Mr. Okafor sighed on Tuesday.', 'Mr. Okafor', 'sighed'],
  ] as const) {
    const [q] = quotesOf(text);
    assert.equal(textOf(text, q?.speaker), speaker, text);
    assert.equal(q?.cue?.text, cue);
  }
});

test('a cue word tagged as a noun that ends the sentence after a name is the attribution: “...,” Lindqvist notes.', () => {
  const text = '“The audit is late. The money is gone,” Lindqvist notes.';
  const [q] = quotesOf(text);
  assert.equal(q?.speaker?.name, 'Lindqvist');
  assert.equal(q?.cue?.text, 'notes');
});

test('a name the word tagger takes for a modal: “...,” said Will Doyle', () => {
  const text = '“It is a costly model,” said Will Doyle, a professor of education.';
  const [q] = quotesOf(text);
  assert.equal(q?.speaker?.name, 'Will Doyle');
});

test('a bare quotation after a sentence that is only an attribution is its subject\'s', () => {
  const text = 'Sam Lau, the communications director for the party, said in a statement. “There are no paper ballots to recount.” The count went on.';
  const quotes = quotesOf(text);
  assert.equal(quotes[0]?.text, '“There are no paper ballots to recount.”');
  assert.equal(quotes[0]?.speaker?.name, 'Sam Lau');
  // a sentence whose cue has its own content leaves the next quotation to the continuation rule; one with no cue names no one
  const none = quotesOf('The hall was full. “There are no paper ballots to recount.”');
  assert.equal(none[0]?.speaker ?? null, null);
});

test('after a full stop inside the marks, a sentence whose cue takes an object is not the attribution', () => {
  // "touted his victories" reports its own object; it does not attribute the quotation before it
  const text = 'Speaking at a gala on Thursday, Trump said the South has “treated me so well.” Trump touted his victories in the region.';
  assert.deepEqual(quotesOf(text).map((q) => [q.kind, q.text, q.cue?.text]), [
    ['partial', 'the South has “treated me so well.”', 'said'],
    ['indirect', 'his victories in the region', 'touted'],
  ]);
});

test('"the ad states" after a quotation attributes it, though the tagger reads "states" as a noun', () => {
  const text = '“They know she is the only one strong enough to stop them,” a voice-over in the ad states.';
  assert.deepEqual(quotesOf(text).map((q) => [q.text, q.speaker?.name, q.cue?.text]), [
    ['“They know she is the only one strong enough to stop them,”', 'a voice-over in the ad', 'states'],
  ]);
});

test('"X issued a statement Tuesday saying, “...”": the speaker is X, not the statement', () => {
  const text = 'The ministry issued a statement Tuesday saying, “We will not negotiate with terrorists.”';
  const [q] = quotesOf(text);
  assert.equal(q!.kind, 'direct');
  assert.equal(textOf(text, q!.speaker), 'The ministry');
  assert.equal(q!.cue?.text, 'saying');
});

test('a day between the subject and its cue is no part of the speaker: "Clinton Tuesday said"', () => {
  const text = 'Clinton Tuesday said, “We will win this state.”';
  const [q] = quotesOf(text);
  assert.equal(textOf(text, q!.speaker), 'Clinton');
  const yesterday = 'The agency yesterday said, “The report is wrong.”';
  assert.equal(textOf(yesterday, quotesOf(yesterday)[0]!.speaker), 'The agency');
});

test('quoted words after a cue inside what an earlier cue reports belong to the earlier cue, as a mixed quotation', () => {
  const text = 'The minister said the rebels were calling “every fifteen minutes.”';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => q.text)));
  assert.notEqual(quotes[0]!.kind, 'direct');
  assert.equal(quotes[0]!.text, 'the rebels were calling “every fifteen minutes.”');
  assert.equal(textOf(text, quotes[0]!.speaker), 'The minister');
  assert.equal(quotes[0]!.cue?.text, 'said');
  // (a cue of the main clause keeps its quotation)
  const own = quotesOf('The minister called the plan “a betrayal of the voters.”');
  assert.equal(own.length, 1);
  assert.equal(textOf('The minister called the plan “a betrayal of the voters.”', own[0]!.speaker), 'The minister');
});

test('a cue that names its object with quoted words ending the sentence makes the object and the words one mixed quotation', () => {
  const cases: [string, string, string][] = [
    ['The minister dismissed the whole dispute as “absurd.”', 'the whole dispute as “absurd.”', 'The minister'],
    ['At the rally, the governor called his rival “a danger to the port.”', 'his rival “a danger to the port.”', 'the governor'],
    ['The mayor spoke at the harbour on Monday, calling the workers a “model for the country.”', 'the workers a “model for the country.”', 'The mayor'],
  ];
  for (const [text, content, speaker] of cases) {
    const quotes = quotesOf(text);
    assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => q.text)));
    assert.equal(quotes[0]!.kind, 'mixed', text);
    assert.equal(quotes[0]!.text, content);
    assert.equal(textOf(text, quotes[0]!.speaker), speaker);
  }
  // (no object between the cue and the marks, or quoted words of several sentences: a direct quotation)
  const bare = quotesOf('The minister called “a crucial step forward for the port.”');
  assert.equal(bare[0]?.kind, 'direct');
  assert.equal(bare[0]?.text, '“a crucial step forward for the port.”');
  const long = quotesOf('The minister called the mayor “a smart man. He knows the harbour better than anyone.”');
  assert.equal(long[0]?.kind, 'direct');
  assert.equal(long[0]?.text, '“a smart man. He knows the harbour better than anyone.”');
});

test('"reacted" attributes the quotation before it', () => {
  const reacted = quotesOf('The port closed on Monday. “Who is going to pay for the dredging?” reacted Mayor Jane Roe.');
  assert.equal(reacted.length, 1);
  assert.equal(reacted[0]!.speaker?.name, 'Mayor Jane Roe');
});

test('a headline in quotation marks followed by its byline is a title, not a quotation', () => {
  const quotes = quotesOf('NOW OPEN—"Pop-up art show strives to confront gentrification," by DNAinfo\'s Eddie Small: "Curators of the show are determined to push back."');
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker?.name]), [['"Curators of the show are determined to push back."', "DNAinfo's Eddie Small"]]);
  // (quoted words that open a sentence and go on with "by" and no name stay a quotation)
  assert.equal(quotesOf('"We will not back down," by all accounts, was his reply.').length, 1);
});

test('"remembered", "fumed" and "surmised" attribute the quotation before them; "remember" reports nothing of its own', () => {
  const remembered = quotesOf('“The analysts told her not to do it, and she set out to prove them wrong,” remembered Roy Verley, her former spokesman.');
  assert.deepEqual(remembered.map((q) => [q.kind, q.cue?.text, q.speaker?.name]), [['direct', 'remembered', 'Roy Verley']]);
  const fumed = quotesOf('“His lack of discipline cannot be excused,” fumed Kovac.');
  assert.deepEqual(fumed.map((q) => [q.cue?.text, q.speaker?.name]), [['fumed', 'Kovac']]);
  const surmised = quotesOf('“People are afraid of wasting their votes,” he surmised.');
  assert.deepEqual(surmised.map((q) => [q.cue?.text, q.speaker?.name]), [['surmised', 'he']]);
  // a verb of memory is no verb of saying: without a quotation it reports nothing
  assert.deepEqual(quotesOf('The senator remembered the rally in Ohio.'), []);
  // "surmise" is a verb of saying or thinking with a clause of its own
  const clause = quotesOf('Traders surmised that the central bank would intervene.');
  assert.deepEqual(clause.map((q) => [q.text, q.speaker?.name]), [['that the central bank would intervene', 'Traders']]);
});
