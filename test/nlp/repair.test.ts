// Repairs of the parser's trees (src/nlp/repair.ts), on trees written by hand the way the
// parser errs, and on the parser's own output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairSentence } from '../../src/nlp/repair.ts';
import { bundledContext } from '../context.ts';
import { parse } from '../../src/nlp/index.ts';

/** words, 1-based heads (0 = root) and relations, as in CoNLL-U; tags where a repair reads them. */
function repaired(words: string[], heads: number[], deprels: string[], tags: { upos: string[]; xpos: string[] } = { upos: words.map(() => ''), xpos: words.map(() => '') }): { head: number[]; deprel: string[] } {
  const head = Int32Array.from(heads.map((h) => h - 1));
  const deprel = [...deprels];
  repairSentence({ words, ...tags, head, deprel }, 0, words.length);
  return { head: [...head].map((h) => h + 1), deprel };
}

test('a "relative clause" that opens with "and" and an auxiliary is the next predicate of its clause', () => {
  //            1        2     3        4          5    6      7          8    9
  const words = ['Chile', 'is', 'under', 'sanctions', ',', 'and', 'was', 'condemned', '.'];
  const r = repaired(words, [4, 4, 4, 0, 8, 8, 8, 4, 4], ['nsubj', 'cop', 'case', 'root', 'punct', 'cc', 'aux:pass', 'acl:relcl', 'punct']);
  assert.equal(r.deprel[7], 'conj');
  assert.equal(r.head[7], 4);
});

test('the conjunct goes to the predicate above the noun the parser hung it on', () => {
  //            1        2         3      4       5    6      7          8    9     10
  const words = ['Chile', 'signed', 'the', 'deal', ',', 'and', 'was', 'praised', 'by', 'Peru'];
  const r = repaired(words, [2, 0, 4, 2, 8, 8, 8, 4, 10, 8], ['nsubj', 'root', 'det', 'obj', 'punct', 'cc', 'aux:pass', 'acl:relcl', 'case', 'obl:agent']);
  assert.equal(r.deprel[7], 'conj');
  assert.equal(r.head[7], 2);
});

test('real relative clauses and modifiers stay as they are', () => {
  // "the deal that was praised": a relative pronoun
  const relative = repaired(['the', 'deal', 'that', 'was', 'praised'], [2, 0, 5, 5, 2], ['det', 'root', 'nsubj:pass', 'aux:pass', 'acl:relcl']);
  assert.equal(relative.deprel[4], 'acl:relcl');
  // "contrabands, or escaped people": no auxiliary, no clause
  const modifier = repaired(['contrabands', ',', 'or', 'escaped', 'people'], [0, 4, 4, 1, 4], ['root', 'punct', 'cc', 'acl:relcl', 'obj']);
  assert.equal(modifier.deprel[3], 'acl:relcl');
});

test('the parser\'s output goes through the repairs', () => {
  const ctx = bundledContext();
  const doc = parse('Turkey is already under EU sanctions, and was condemned by Egypt.', ctx.nlp, ctx.syntax);
  const condemned = doc.lower.indexOf('condemned');
  assert.notEqual(doc.deprel[condemned], 'acl:relcl');
});

test('"between X and Y": the phrase after "and" is the conjunct of the noun after "between"', () => {
  //            1        2          3          4            5      6          7        8
  const words = ['Talks', 'between', 'Chilean', 'officials', 'and', 'Peru', 'began', '.'];
  // the parser's way: "Peru" a second subject of "began"
  const r = repaired(words, [7, 4, 4, 1, 7, 7, 0, 7], ['nsubj', 'case', 'amod', 'nmod', 'cc', 'nsubj', 'root', 'punct']);
  assert.equal(r.head[5], 4);
  assert.equal(r.deprel[5], 'conj');
  assert.equal(r.head[4], 6);
  assert.equal(r.deprel[4], 'cc');
  // already coordinated: left alone
  const fine = repaired(words, [7, 4, 4, 1, 6, 4, 0, 7], ['nsubj', 'case', 'amod', 'nmod', 'cc', 'conj', 'root', 'punct']);
  assert.deepEqual(fine.head, [7, 4, 4, 1, 6, 4, 0, 7]);
});

test('a day before a name is the date, and the name the subject: "On Tuesday Mitsotakis met"', () => {
  //            1     2          3             4      5       6
  const words = ['On', 'Tuesday', 'Mitsotakis', 'met', 'Trump', '.'];
  // the parser's way: "Tuesday Mitsotakis" one oblique name, "met" with no subject
  const r = repaired(words, [3, 3, 4, 0, 4, 4], ['case', 'compound', 'obl', 'root', 'obj', 'punct']);
  assert.deepEqual(r.head, [2, 4, 4, 0, 4, 4]);
  assert.deepEqual(r.deprel, ['case', 'obl', 'nsubj', 'root', 'obj', 'punct']);
  // a verb with a subject of its own keeps the name as it is ("On Tuesday Mitsotakis, he met")
  const kept = repaired(['On', 'Tuesday', 'Smith', 'he', 'met'], [3, 3, 5, 5, 0], ['case', 'compound', 'obl', 'nsubj', 'root']);
  assert.deepEqual(kept.deprel, ['case', 'compound', 'obl', 'nsubj', 'root']);
});

test('a weekday after a participle is when it happened, not the subject: "A report published Wednesday said"', () => {
  //            1    2         3            4            5       6       7       8     9
  const words = ['A', 'report', 'published', 'Wednesday', 'said', 'Peru', 'had', 'won', '.'];
  const upos = ['DET', 'NOUN', 'VERB', 'PROPN', 'VERB', 'PROPN', 'AUX', 'VERB', 'PUNCT'];
  const xpos = ['DT', 'NN', 'VBN', 'NNP', 'VBD', 'NNP', 'VBD', 'VBN', '.'];
  // the parser's way: "Wednesday" the subject of "said", "published" its complement
  const r = repaired(words, [2, 5, 5, 5, 0, 8, 8, 5, 5], ['det', 'nsubj', 'ccomp', 'nsubj', 'root', 'nsubj', 'aux', 'ccomp', 'punct'], { upos, xpos });
  assert.deepEqual(r.head, [2, 5, 2, 3, 0, 8, 8, 5, 5]);
  assert.deepEqual(r.deprel, ['det', 'nsubj', 'acl', 'obl:unmarked', 'root', 'nsubj', 'aux', 'ccomp', 'punct']);
  // a weekday that is the only subject stays one ("Wednesday marked the anniversary")
  const alone = repaired(['Wednesday', 'marked', 'it'], [2, 0, 2], ['nsubj', 'root', 'obj'], { upos: ['PROPN', 'VERB', 'PRON'], xpos: ['NNP', 'VBD', 'PRP'] });
  assert.deepEqual(alone.deprel, ['nsubj', 'root', 'obj']);
});

test('the parser\'s output of "A news report published Wednesday said that ..." gets its subject back', () => {
  const ctx = bundledContext();
  const doc = parse('A news report published Wednesday said that Iran had tested a new missile.', ctx.nlp, ctx.syntax);
  const said = doc.lower.indexOf('said');
  const report = doc.lower.indexOf('report');
  assert.equal(doc.head[report], said);
  assert.equal(doc.deprel[doc.lower.indexOf('wednesday')], 'obl:unmarked');
});

test('a sentence with no finite verb whose root is a noun has its predicate in a participle on a noun', () => {
  //            1        2      3      4            5    6       7      8           9    10          11   12    13
  const words = ['Chile', 'and', 'its', 'neighbours', ',', 'Peru', 'and', 'Bolivia', ',', 'gathered', 'in', 'Lima', '.'];
  const upos = ['PROPN', 'CCONJ', 'PRON', 'NOUN', 'PUNCT', 'PROPN', 'CCONJ', 'PROPN', 'PUNCT', 'VERB', 'ADP', 'PROPN', 'PUNCT'];
  const xpos = ['NNP', 'CC', 'PRP$', 'NNS', ',', 'NNP', 'CC', 'NNP', ',', 'VBN', 'IN', 'NNP', '.'];
  const heads = [4, 4, 4, 0, 6, 4, 8, 6, 10, 6, 12, 10, 4];
  const deprels = ['compound', 'cc', 'nmod:poss', 'root', 'punct', 'appos', 'cc', 'conj', 'punct', 'acl', 'case', 'obl', 'punct'];
  const r = repaired(words, heads, deprels, { upos, xpos });
  assert.equal(r.deprel[9], 'root');
  assert.equal(r.head[9], 0);
  assert.equal(r.deprel[3], 'nsubj');
  assert.equal(r.head[3], 10);
  assert.equal(r.head[12], 10, 'the full stop hangs on the new root');
  // with a finite verb elsewhere the participle is a modifier: "Troops gathered in Lima left."
  const finite = [...xpos];
  finite[0] = 'VBD';
  assert.equal(repaired(words, heads, deprels, { upos, xpos: finite }).deprel[9], 'acl');
});

test('a past form in -ed with an object, hung as a participle on the root noun right before it, is the predicate', () => {
  //            1      2      3            4            5       6
  const words = ['The', 'two', 'countries', 'condemned', 'Chile', '.'];
  const upos = ['DET', 'NUM', 'NOUN', 'VERB', 'PROPN', 'PUNCT'];
  const xpos = ['DT', 'CD', 'NNS', 'VBN', 'NNP', '.'];
  const heads = [3, 3, 0, 3, 4, 3];
  const deprels = ['det', 'nummod', 'root', 'acl', 'obj', 'punct'];
  const r = repaired(words, heads, deprels, { upos, xpos });
  assert.equal(r.deprel[3], 'root');
  assert.equal(r.head[3], 0);
  assert.equal(r.deprel[2], 'nsubj');
  assert.equal(r.head[2], 4);
  assert.equal(r.head[5], 4, 'the full stop hangs on the new root');
  // a reduced relative has no object ("Weapons supplied by Chile."), nor does a form of its own ("taken")
  const relative = repaired(['Weapons', 'supplied', 'by', 'Chile', '.'], [0, 1, 4, 2, 1], ['root', 'acl', 'case', 'obl:agent', 'punct'], {
    upos: ['NOUN', 'VERB', 'ADP', 'PROPN', 'PUNCT'],
    xpos: ['NNS', 'VBN', 'IN', 'NNP', '.'],
  });
  assert.equal(relative.deprel[1], 'acl');
  const taken = ['The', 'two', 'countries', 'taken', 'Chile', '.'];
  assert.equal(repaired(taken, heads, deprels, { upos, xpos }).deprel[3], 'acl');
});

test('the parser\'s tree of "The two countries condemned Chile." has "condemned" as its predicate', () => {
  const ctx = bundledContext();
  const doc = parse('Peru and Bolivia met in Lima. The two countries condemned Chile.', ctx.nlp, ctx.syntax);
  const condemned = doc.lower.indexOf('condemned');
  assert.equal(doc.deprel[condemned], 'root');
  assert.equal(doc.deprel[doc.lower.indexOf('countries')], 'nsubj');
});

test('a predicate with a copula and no subject takes the noun phrase before the copula that opens after a comma', () => {
  //            1     2       3       4         5     6   7          8           9      10     11    12        13   14
  const words = ['In', 'line', 'with', 'voters', ',', 'Sen.', 'Cruz', 'was', 'critical', 'of', 'the', 'plan', '.'];
  const upos = ['ADP', 'NOUN', 'ADP', 'NOUN', 'PUNCT', 'PROPN', 'PROPN', 'AUX', 'ADJ', 'ADP', 'DET', 'NOUN', 'PUNCT'];
  const heads = [2, 9, 4, 2, 7, 7, 4, 9, 0, 12, 12, 9, 9];
  const deprels = ['case', 'obl', 'case', 'nmod', 'punct', 'compound', 'nmod', 'cop', 'root', 'case', 'det', 'obl', 'punct'];
  const r = repaired(words, heads, deprels, { upos, xpos: words.map(() => '') });
  assert.equal(r.deprel[6], 'nsubj');
  assert.equal(r.head[6], 9);
  // a predicate that has its subject keeps it, and the phrase before the comma keeps its noun
  const withSubject = [...deprels];
  withSubject[1] = 'nsubj';
  assert.equal(repaired(words, heads, withSubject, { upos, xpos: words.map(() => '') }).deprel[6], 'nmod');
});

test('"that" tagged a complementizer but hung on the next noun as its determiner opens the clause of that noun', () => {
  // "Kerr said, during talks with Oslo, that Norway wanted peace.": the parser made "that" the
  // determiner of "Norway" and "talks" the subject of "wanted"
  //            1       2       3    4         5        6       7       8    9       10        11        12       13
  const words = ['Kerr', 'said', ',', 'during', 'talks', 'with', 'Oslo', ',', 'that', 'Norway', 'wanted', 'peace', '.'];
  const upos = ['PROPN', 'VERB', 'PUNCT', 'ADP', 'NOUN', 'ADP', 'PROPN', 'PUNCT', 'SCONJ', 'PROPN', 'VERB', 'NOUN', 'PUNCT'];
  const r = repaired(words, [2, 0, 5, 5, 11, 7, 5, 10, 10, 7, 2, 11, 2], ['nsubj', 'root', 'punct', 'case', 'nsubj', 'case', 'nmod', 'punct', 'det', 'nmod', 'ccomp', 'obj', 'punct'], { upos, xpos: words.map(() => '') });
  assert.deepEqual([r.head[9], r.deprel[9]], [11, 'nsubj']);
  assert.deepEqual([r.head[8], r.deprel[8]], [11, 'mark']);
  assert.deepEqual([r.head[4], r.deprel[4]], [2, 'obl']);
  // a determiner "that" is left alone ("said that Norway ..." has no noun subject before it)
  const determiner = repaired(['Kerr', 'wanted', 'that', 'deal'], [2, 0, 4, 2], ['nsubj', 'root', 'det', 'obj'], { upos: ['PROPN', 'VERB', 'DET', 'NOUN'], xpos: ['', '', '', ''] });
  assert.deepEqual(determiner.head, [2, 0, 4, 2]);
});

test('a "relative clause" with a comma, "that" as its mark and a subject of its own is the content clause of the predicate above', () => {
  //            1       2       3    4         5        6       7       8    9       10        11        12       13
  const words = ['Kerr', 'said', ',', 'during', 'talks', 'with', 'Oslo', ',', 'that', 'Norway', 'wanted', 'peace', '.'];
  const r = repaired(words, [2, 0, 5, 5, 2, 7, 5, 11, 11, 11, 5, 11, 2], ['nsubj', 'root', 'punct', 'case', 'obl', 'case', 'nmod', 'punct', 'mark', 'nsubj', 'acl:relcl', 'obj', 'punct']);
  assert.deepEqual([r.head[10], r.deprel[10]], [2, 'ccomp']);
  // a relative "that" is the clause's subject or object, not its mark: left alone
  const relative = repaired(['the', 'talks', ',', 'that', 'failed'], [2, 0, 5, 5, 2], ['det', 'root', 'punct', 'nsubj', 'acl:relcl']);
  assert.equal(relative.deprel[4], 'acl:relcl');
});

test('a past participle with a perfect "have" as its auxiliary is the predicate, not an adjective on its object', () => {
  //             1        2          3       4        5          6          7
  const words = ['Chile', 'and', 'Peru', 'have', 'alleged', 'fraud', '.'];
  const tags = { upos: ['PROPN', 'CCONJ', 'PROPN', 'AUX', 'VERB', 'NOUN', 'PUNCT'], xpos: ['NNP', 'CC', 'NNP', 'VBP', 'VBN', 'NN', '.'] };
  // as the parser errs: "alleged" an adjective on "fraud", the subject on the auxiliary
  const r = repaired(words, [4, 3, 1, 5, 6, 0, 6], ['nsubj', 'cc', 'conj', 'aux', 'amod', 'root', 'punct'], tags);
  assert.deepEqual([r.head[4], r.deprel[4]], [0, 'root']);
  assert.deepEqual([r.head[5], r.deprel[5]], [5, 'obj']);
  assert.deepEqual([r.head[0], r.deprel[0]], [5, 'nsubj']);
  assert.equal(r.head[6], 5);
  // "We have wounded soldiers": "have" the main verb, "wounded" rightly an adjective
  const possession = repaired(['We', 'have', 'wounded', 'soldiers', '.'], [2, 0, 4, 2, 2], ['nsubj', 'root', 'amod', 'obj', 'punct'], { upos: ['PRON', 'VERB', 'VERB', 'NOUN', 'PUNCT'], xpos: ['PRP', 'VBP', 'VBN', 'NNS', '.'] });
  assert.deepEqual([possession.head[2], possession.deprel[2]], [4, 'amod']);
  // "Chile has alleged Peruvian fraud" with "has" the main verb: another modifier of the noun after
  // the participle makes the participle the predicate and "has" its auxiliary
  const main = repaired(['Chile', 'has', 'alleged', 'Peruvian', 'fraud', '.'], [2, 0, 5, 5, 2, 2], ['nsubj', 'root', 'amod', 'amod', 'obj', 'punct'], {
    upos: ['PROPN', 'VERB', 'VERB', 'ADJ', 'NOUN', 'PUNCT'],
    xpos: ['NNP', 'VBZ', 'VBN', 'JJ', 'NN', '.'],
  });
  assert.deepEqual([main.head[2], main.deprel[2]], [0, 'root']);
  assert.deepEqual([main.head[1], main.deprel[1]], [3, 'aux']);
  assert.deepEqual([main.head[0], main.deprel[0]], [3, 'nsubj']);
  assert.deepEqual([main.head[4], main.deprel[4]], [3, 'obj']);
  assert.deepEqual([main.head[3], main.deprel[3]], [5, 'amod']);
  assert.equal(main.head[5], 3);
});

test('a word tagged as a noun that is a predicate with a subject before it and an object after it is a verb', () => {
  //             1          2           3      4      5               6
  const words = ['Israeli', 'soldiers', 'shot', 'two', 'Palestinians', '.'];
  const tags = { upos: ['ADJ', 'NOUN', 'NOUN', 'NUM', 'PROPN', 'PUNCT'], xpos: ['JJ', 'NNS', 'NN', 'CD', 'NNPS', '.'] };
  repaired(words, [2, 3, 0, 5, 3, 3], ['amod', 'nsubj', 'root', 'nummod', 'obj', 'punct'], tags);
  assert.deepEqual([tags.upos[2], tags.xpos[2]], ['VERB', 'VBD']);
  // the subject's determiner is the subject's; a noun with a determiner of its own stays a noun
  const noun = { upos: ['DET', 'NOUN', 'NOUN', 'NOUN'], xpos: ['DT', 'NN', 'NN', 'NNS'] };
  repaired(['the', 'army', 'shot', 'rounds'], [2, 3, 0, 3], ['det', 'nsubj', 'root', 'obj'], noun);
  assert.equal(noun.upos[2], 'VERB');
  const determined = { upos: ['PRON', 'DET', 'NOUN', 'NOUN'], xpos: ['PRP', 'DT', 'NN', 'NNS'] };
  repaired(['it', 'the', 'shot', 'rounds'], [3, 3, 0, 3], ['nsubj', 'det', 'root', 'obj'], determined);
  assert.equal(determined.upos[2], 'NOUN');
});

test('the parser\'s tree of "Israeli soldiers shot two Palestinians" has "shot" as its verb', () => {
  const ctx = bundledContext();
  const doc = parse('Israeli soldiers shot two Palestinians.', ctx.nlp, ctx.syntax);
  const shot = doc.lower.indexOf('shot');
  assert.equal(doc.upos[shot], 'VERB');
  assert.equal(doc.deprel[shot], 'root');
});

test('a phrasal verb tagged as a noun, with its particle read as a preposition, is a verb with its particle and object', () => {
  //            1        2       3       4    5          6           7
  const words = ['Chile', 'shot', 'down', 'a', 'Peruvian', 'airliner', '.'];
  const tags = { upos: ['PROPN', 'NOUN', 'ADP', 'DET', 'ADJ', 'NOUN', 'PUNCT'], xpos: ['NNP', 'NN', 'IN', 'DT', 'JJ', 'NN', '.'] };
  const r = repaired(words, [2, 0, 6, 6, 6, 2, 2], ['compound', 'root', 'case', 'det', 'amod', 'nmod', 'punct'], tags);
  assert.equal(tags.upos[1], 'VERB');
  assert.equal(tags.xpos[1], 'VBD');
  assert.deepEqual([r.deprel[0], r.head[2], r.deprel[2], r.deprel[5]], ['nsubj', 2, 'compound:prt', 'obj']);
  // with a perfect "have" as its auxiliary it is a past participle
  const perfect = { upos: ['PRON', 'AUX', 'NOUN', 'ADP', 'DET', 'NOUN'], xpos: ['PRP', 'VBD', 'NN', 'IN', 'DT', 'NN'] };
  const p = repaired(['it', 'had', 'shot', 'down', 'a', 'jet'], [3, 3, 0, 6, 6, 3], ['nsubj', 'aux', 'root', 'case', 'det', 'nmod'], perfect);
  assert.equal(perfect.xpos[2], 'VBN');
  assert.equal(p.deprel[5], 'obj');
  // a noun with a determiner stays a noun ("the shot down the line"), and so does one with no name before it
  const noun = { upos: ['DET', 'NOUN', 'ADP', 'DET', 'NOUN'], xpos: ['DT', 'NN', 'IN', 'DT', 'NN'] };
  repaired(['the', 'shot', 'down', 'the', 'line'], [2, 0, 5, 5, 2], ['det', 'root', 'case', 'det', 'nmod'], noun);
  assert.equal(noun.upos[1], 'NOUN');
});

test('an -s form ending the attribution after a quotation is its verb, not a plural noun', () => {
  const ctx = bundledContext();
  const doc = parse('“They know she is the only one strong enough to stop them,” a voice-over in the ad states.', ctx.nlp, ctx.syntax);
  const states = doc.lower.indexOf('states');
  assert.equal(doc.upos[states], 'VERB');
  assert.equal(doc.deprel[states], 'root');
  assert.equal(doc.head[doc.lower.indexOf('over')], states);
  assert.equal(doc.deprel[doc.lower.indexOf('know')], 'ccomp');
  // a phrase that opens with a preposition, or a plural after a determiner, stays a noun
  const bylaws = parse('“We will vote on Friday,” per the party’s bylaws.', ctx.nlp, ctx.syntax);
  assert.equal(bylaws.upos[bylaws.lower.indexOf('bylaws')], 'NOUN');
  const plural = parse('“We won,” said the governor of one of the states.', ctx.nlp, ctx.syntax);
  assert.notEqual(plural.upos[plural.lower.indexOf('states')], 'VERB');
});

test('a "that" clause on an indirect object is the verb\'s second complement, not a relative clause', () => {
  const ctx = bundledContext();
  const doc = parse('Emanuel told reporters that his office would stop opposing the release of the video.', ctx.nlp, ctx.syntax);
  const told = doc.lower.indexOf('told');
  const stop = doc.lower.indexOf('stop');
  assert.equal(doc.deprel[doc.lower.indexOf('reporters')], 'iobj');
  assert.equal(doc.head[stop], told);
  assert.equal(doc.deprel[stop], 'ccomp');
  assert.equal(doc.deprel[doc.lower.indexOf('that')], 'mark');
  // a relative clause on a direct object stays one
  const relative = parse('He praised the plan that the minister drafted.', ctx.nlp, ctx.syntax);
  assert.notEqual(relative.deprel[relative.lower.indexOf('drafted')], 'ccomp');
});

test('a predicate with a relative pronoun for a second subject: the "who" clause is a relative clause, the later verb the predicate', () => {
  const ctx = bundledContext();
  const doc = parse('Mr. Trump, who said last week that a Mexican-American judge was biased against him because of his heritage, issued a statement Tuesday.', ctx.nlp, ctx.syntax);
  const said = doc.lower.indexOf('said');
  const issued = doc.lower.indexOf('issued');
  const trump = doc.lower.indexOf('trump');
  assert.equal(doc.deprel[issued], 'root');
  assert.equal(doc.head[trump], issued);
  assert.equal(doc.deprel[said], 'acl:relcl');
  assert.equal(doc.head[said], trump);
});

test('an apposition with no comma before it, right before a predicate with no subject, is its subject: "In the letter Minister Bliznakov informed"', () => {
  //            1     2      3         4           5            6           7
  const words = ['In', 'the', 'letter', 'Minister', 'Bliznakov', 'informed', 'them'];
  // the parser's way: "Bliznakov" an apposition of "letter", "informed" with no subject
  const r = repaired(words, [3, 3, 6, 5, 3, 0, 6], ['case', 'det', 'obl', 'nmod:desc', 'appos', 'root', 'obj']);
  assert.deepEqual(r.head, [3, 3, 6, 5, 6, 0, 6]);
  assert.equal(r.deprel[4], 'nsubj');
  // after a comma it is an apposition ("In the letter, a draft, informed ..." keeps its tree)
  const comma = repaired(['In', 'the', 'letter', ',', 'Bliznakov', 'informed', 'them'], [3, 3, 6, 5, 3, 0, 6], ['case', 'det', 'obl', 'punct', 'appos', 'root', 'obj']);
  assert.equal(comma.deprel[4], 'appos');
  // a day is when, not who ("During Questions Wednesday, Sunak defended ...")
  const day = repaired(['During', 'Questions', 'Wednesday', ',', 'Sunak', 'defended'], [2, 6, 2, 5, 3, 0], ['case', 'obl', 'appos', 'punct', 'conj', 'root']);
  assert.equal(day.deprel[2], 'appos');
});

test('a subject hung on the auxiliary right after it is the subject of the auxiliary\'s verb ("Sweden has, however, condemned")', () => {
  //            1         2      3    4          5    6            7         8
  const words = ['Sweden', 'has', ',', 'however', ',', 'condemned', 'Norway', '.'];
  const r = repaired(words, [2, 6, 6, 6, 4, 0, 6, 6], ['nsubj', 'aux', 'punct', 'advmod', 'punct', 'root', 'obj', 'punct']);
  assert.equal(r.head[0], 6);
  // not across other words ("as we always do": "do" may stand for a verb of its own)
  const apart = repaired(['we', 'always', 'do', 'share'], [3, 3, 4, 0], ['nsubj', 'advmod', 'aux', 'root']);
  assert.equal(apart.head[0], 3);
  // nor onto a verb that has a subject already
  const own = repaired(['Sweden', 'has', 'it', 'condemned'], [2, 4, 4, 0], ['nsubj', 'aux', 'nsubj', 'root']);
  assert.equal(own.head[0], 2);
});

test('a past participle the parser made the complement of a perfect "have" is the predicate, "have" its auxiliary', () => {
  //            1        2       3      4        5     6    7
  const words = ['Chile', 'had', 'shot', 'down', 'a', 'jet', '.'];
  const tags = { upos: ['PROPN', 'VERB', 'VERB', 'ADP', 'DET', 'NOUN', 'PUNCT'], xpos: ['NNP', 'VBD', 'VBN', 'IN', 'DT', 'NN', '.'] };
  const r = repaired(words, [2, 0, 2, 6, 6, 3, 2], ['nsubj', 'root', 'xcomp', 'case', 'det', 'obl', 'punct'], tags);
  assert.deepEqual([r.head[2], r.deprel[2]], [0, 'root']);
  assert.deepEqual([r.head[1], r.deprel[1], tags.upos[1]], [3, 'aux', 'AUX']);
  assert.deepEqual([r.head[0], r.head[6]], [3, 3]);
  // "had the plane shot down": with an object, "have" is the main verb
  const causative = repaired(['Chile', 'had', 'it', 'shot'], [2, 0, 2, 2], ['nsubj', 'root', 'obj', 'xcomp'], { upos: ['PROPN', 'VERB', 'PRON', 'VERB'], xpos: ['NNP', 'VBD', 'PRP', 'VBN'] });
  assert.deepEqual([causative.head[3], causative.deprel[1]], [2, 'root']);
});

test('an object followed by a predicate with a finite auxiliary and no subject is that predicate\'s subject', () => {
  const ctx = bundledContext();
  const doc = parse('On Saturday, officials from Chile acknowledged their government had "unintentionally" shot down a Peruvian jet.', ctx.nlp, ctx.syntax);
  const shot = doc.lower.indexOf('shot');
  const government = doc.lower.indexOf('government');
  assert.deepEqual([doc.head[government], doc.deprel[government]], [shot, 'nsubj']);
  assert.equal(doc.deprel[shot], 'ccomp');
  // an object with no clause after it stays the object
  const plain = repaired(['Chile', 'acknowledged', 'the', 'error', '.'], [2, 0, 4, 2, 2], ['nsubj', 'root', 'det', 'obj', 'punct'], { upos: ['PROPN', 'VERB', 'DET', 'NOUN', 'PUNCT'], xpos: ['NNP', 'VBD', 'DT', 'NN', '.'] });
  assert.equal(plain.deprel[3], 'obj');
});

test('"shot" tagged as a noun after a perfect "had" or after a possessor with no "\'s" is the verb of the clause', () => {
  const ctx = bundledContext();
  for (const text of ['Chile said its forces had shot down a Peruvian jet.', 'Chile said its forces shot down a Peruvian jet.']) {
    const doc = parse(text, ctx.nlp, ctx.syntax);
    const shot = doc.lower.indexOf('shot');
    assert.equal(doc.upos[shot], 'VERB', text);
    assert.deepEqual([doc.head[doc.lower.indexOf('forces')], doc.deprel[doc.lower.indexOf('forces')]], [shot, 'nsubj'], text);
    assert.equal(doc.deprel[doc.lower.indexOf('jet')], 'obj', text);
  }
});

test('a "by" phrase the parser made the agent of an active verb is the agent of the noun before it', () => {
  const ctx = bundledContext();
  const doc = parse('Chile protested against the detention of its citizens by Peru.', ctx.nlp, ctx.syntax);
  const peru = doc.lower.indexOf('peru');
  assert.deepEqual([doc.head[peru], doc.deprel[peru]], [doc.lower.indexOf('detention'), 'nmod']);
  // a passive keeps its agent
  const passive = repaired(['Chile', 'was', 'attacked', 'by', 'Peru'], [3, 3, 0, 5, 3], ['nsubj:pass', 'aux:pass', 'root', 'case', 'obl:agent'], { upos: ['PROPN', 'AUX', 'VERB', 'ADP', 'PROPN'], xpos: ['NNP', 'VBD', 'VBN', 'IN', 'NNP'] });
  assert.equal(passive.deprel[4], 'obl:agent');
});

test('a clause that opens with "where" after a comma is a relative clause on the place before the comma, not the next predicate', () => {
  //            1        2       3        4       5       6    7        8      9          10       11
  const words = ['Chile', 'held', 'talks', 'in', 'Lima', ',', 'where', 'the', 'congress', 'voted', '.'];
  const upos = ['PROPN', 'VERB', 'NOUN', 'ADP', 'PROPN', 'PUNCT', 'ADV', 'DET', 'NOUN', 'VERB', 'PUNCT'];
  // the parser's way: "voted" a second predicate of "held"
  const r = repaired(words, [2, 0, 2, 5, 2, 10, 10, 9, 10, 2, 2], ['nsubj', 'root', 'obj', 'case', 'obl', 'punct', 'advmod', 'det', 'nsubj', 'conj', 'punct'], { upos, xpos: words.map(() => '') });
  assert.equal(r.head[9], 5);
  assert.equal(r.deprel[9], 'acl:relcl');
  // with a conjunction it is the next predicate ("..., and where the congress voted" is left alone)
  const and = repaired(
    ['Chile', 'held', 'talks', 'in', 'Lima', ',', 'and', 'where', 'the', 'congress', 'voted'],
    [2, 0, 2, 5, 2, 11, 11, 11, 10, 11, 2],
    ['nsubj', 'root', 'obj', 'case', 'obl', 'punct', 'cc', 'advmod', 'det', 'nsubj', 'conj'],
    { upos: ['PROPN', 'VERB', 'NOUN', 'ADP', 'PROPN', 'PUNCT', 'CCONJ', 'ADV', 'DET', 'NOUN', 'VERB'], xpos: words.map(() => '') },
  );
  assert.equal(and.deprel[10], 'conj');
  // and on the parser's own output
  const ctx = bundledContext();
  const doc = parse('The minister held talks with officials in Italy, where the Senate voted last week in favor of lifting the sanctions.', ctx.nlp, ctx.syntax);
  const voted = doc.lower.indexOf('voted');
  assert.equal(doc.deprel[voted], 'acl:relcl');
  assert.equal(doc.head[voted], doc.lower.indexOf('italy'));
});

test('a participle between a subject and a finite verb with none describes the subject: the subject is the finite verb\'s', () => {
  //            1         2           3     4            5         6       7       8
  const words = ['Chile', 'speaking', 'to', 'reporters', 'called', 'the', 'deal', 'void'];
  const tags = { upos: ['PROPN', 'VERB', 'ADP', 'NOUN', 'VERB', 'DET', 'NOUN', 'ADJ'], xpos: ['NNP', 'VBG', 'IN', 'NNS', 'VBD', 'DT', 'NN', 'JJ'] };
  // the parser's way: "Chile" the subject of "speaking", an adverbial clause of "called"
  const r = repaired(words, [2, 5, 4, 2, 0, 7, 5, 5], ['nsubj', 'advcl', 'case', 'obl', 'root', 'det', 'obj', 'xcomp'], tags);
  assert.deepEqual([r.head[0], r.deprel[0]], [5, 'nsubj']);
  assert.deepEqual([r.head[1], r.deprel[1]], [1, 'acl']);
  // a finite verb with a subject of its own keeps it ("Chile speaking, Peru called the deal void")
  const own = repaired(
    ['Chile', 'speaking', ',', 'Peru', 'called', 'the', 'deal', 'void'],
    [2, 5, 2, 5, 0, 7, 5, 5],
    ['nsubj', 'advcl', 'punct', 'nsubj', 'root', 'det', 'obj', 'xcomp'],
    { upos: ['PROPN', 'VERB', 'PUNCT', 'PROPN', 'VERB', 'DET', 'NOUN', 'ADJ'], xpos: ['NNP', 'VBG', ',', 'NNP', 'VBD', 'DT', 'NN', 'JJ'] },
  );
  assert.deepEqual([own.head[0], own.deprel[0]], [2, 'nsubj']);
  // a participle with a marker is a clause of its own ("while Chile speaking ..." is left alone)
  const marked = repaired(['while', 'Chile', 'speaking', 'called', 'it', 'void'], [3, 3, 4, 0, 4, 4], ['mark', 'nsubj', 'advcl', 'root', 'obj', 'xcomp'], {
    upos: ['SCONJ', 'PROPN', 'VERB', 'VERB', 'PRON', 'ADJ'],
    xpos: ['IN', 'NNP', 'VBG', 'VBD', 'PRP', 'JJ'],
  });
  assert.deepEqual([marked.head[1], marked.deprel[1]], [3, 'nsubj']);
});

test('"think tank" is a noun: the tagger\'s "think" before "tank" is a noun before the parser reads the sentence', () => {
  const ctx = bundledContext();
  const doc = parse('The Chilean minister told a Washington think tank that the treaty was a mistake.', ctx.nlp, ctx.syntax);
  const think = doc.lower.indexOf('think');
  assert.equal(doc.upos[think], 'NOUN');
  assert.equal(doc.head[think], doc.lower.indexOf('tank'));
  // "think" alone is still a verb
  const verb = parse('The Chilean ministers think the treaty is a mistake.', ctx.nlp, ctx.syntax);
  assert.equal(verb.upos[verb.lower.indexOf('think')], 'VERB');
});

test('a "that" that doubles its clause\'s subject or noun object is the complementizer of a content clause on the noun', () => {
  //            1        2          3       4     5      6          7
  const words = ['Peru', 'ignored', 'calls', 'that', 'it', 'withdraw', 'troops'];
  const tags = { upos: ['PROPN', 'VERB', 'NOUN', 'PRON', 'PRON', 'VERB', 'NOUN'], xpos: ['NNP', 'VBD', 'NNS', 'WDT', 'PRP', 'VB', 'NNS'] };
  // the parser's way: "that" the relative object of "withdraw", which has "troops" for its object
  const r = repaired(words, [2, 0, 2, 6, 6, 3, 6], ['nsubj', 'root', 'obj', 'obj', 'nsubj', 'acl:relcl', 'obj'], tags);
  assert.equal(r.deprel[3], 'mark');
  assert.equal(r.deprel[5], 'acl');
  // a relative "that" the clause needs stays ("calls that it ignored")
  const relative = repaired(['Peru', 'made', 'calls', 'that', 'it', 'ignored'], [2, 0, 2, 6, 6, 3], ['nsubj', 'root', 'obj', 'obj', 'nsubj', 'acl:relcl'], {
    upos: ['PROPN', 'VERB', 'NOUN', 'PRON', 'PRON', 'VERB'],
    xpos: ['NNP', 'VBD', 'NNS', 'WDT', 'PRP', 'VBD'],
  });
  assert.deepEqual([relative.deprel[3], relative.deprel[5]], ['obj', 'acl:relcl']);
  // nor a pronoun the parser may take for a second object ("the money that they paid him")
  const paid = repaired(['the', 'money', 'that', 'they', 'paid', 'him'], [2, 0, 5, 5, 2, 5], ['det', 'root', 'obj', 'nsubj', 'acl:relcl', 'obj'], {
    upos: ['DET', 'NOUN', 'PRON', 'PRON', 'VERB', 'PRON'],
    xpos: ['DT', 'NN', 'WDT', 'PRP', 'VBD', 'PRP'],
  });
  assert.equal(paid.deprel[2], 'obj');
  // nor one whose place is in a clause further in ("shares that Peru has the right to acquire")
  const right = repaired(
    ['shares', 'that', 'Peru', 'has', 'the', 'right', 'to', 'acquire'],
    [0, 4, 4, 1, 6, 4, 8, 6],
    ['root', 'obj', 'nsubj', 'acl:relcl', 'det', 'obj', 'mark', 'acl'],
    { upos: ['NOUN', 'PRON', 'PROPN', 'VERB', 'DET', 'NOUN', 'PART', 'VERB'], xpos: ['NNS', 'WDT', 'NNP', 'VBZ', 'DT', 'NN', 'TO', 'VB'] },
  );
  assert.deepEqual([right.deprel[1], right.deprel[3]], ['obj', 'acl:relcl']);
});

test('a conjunct after a comma with the form of the verb whose clause ends at the comma, not its head\'s, is that verb\'s conjunct', () => {
  //            1       2         3       4     5       6          7         8    9          10
  const words = ['Talks', 'failed', 'over', 'calls', 'to', 'withdraw', 'troops', ',', 'release', 'prisoners'];
  const tags = {
    upos: ['NOUN', 'VERB', 'ADP', 'NOUN', 'PART', 'VERB', 'NOUN', 'PUNCT', 'VERB', 'NOUN'],
    xpos: ['NNS', 'VBD', 'IN', 'NNS', 'TO', 'VB', 'NNS', ',', 'VB', 'NNS'],
  };
  // the parser's way: "release" a second predicate of "failed"
  const r = repaired(words, [2, 0, 4, 2, 6, 4, 6, 9, 2, 9], ['nsubj', 'root', 'case', 'obl', 'mark', 'acl', 'obj', 'punct', 'conj', 'obj'], tags);
  assert.deepEqual([r.head[8], r.deprel[8]], [6, 'conj']);
  // a conjunct of the head's form stays ("Talks failed over calls to withdraw troops, ended ...")
  const past = repaired(
    [...words.slice(0, 8), 'ended', 'abruptly'],
    [2, 0, 4, 2, 6, 4, 6, 9, 2, 9],
    ['nsubj', 'root', 'case', 'obl', 'mark', 'acl', 'obj', 'punct', 'conj', 'advmod'],
    { upos: [...tags.upos.slice(0, 8), 'VERB', 'ADV'], xpos: [...tags.xpos.slice(0, 8), 'VBD', 'RB'] },
  );
  assert.equal(past.head[8], 2);
});

test('"demands that it renounce violence, recognize X": on the parser\'s output the later verbs are conjuncts of "renounce"', () => {
  const ctx = bundledContext();
  const doc = parse("The talks failed over the group's refusal to bend to demands that it renounce violence, recognize Chile and accept past deals.", ctx.nlp, ctx.syntax);
  const renounce = doc.lower.indexOf('renounce');
  const recognize = doc.lower.indexOf('recognize');
  assert.deepEqual([doc.head[recognize], doc.deprel[recognize]], [renounce, 'conj']);
  assert.equal(doc.head[doc.lower.indexOf('accept')], recognize);
});

test('no repair makes a word its own ancestor: "to complete the road, build a bridge" with "complete" under "build" stays a tree', () => {
  //            1        2        3     4           5      6       7    8        9    10        11
  const words = ['Chile', 'hopes', 'to', 'complete', 'the', 'road', ',', 'build', 'a', 'bridge', '.'];
  const upos = ['PROPN', 'VERB', 'PART', 'VERB', 'DET', 'NOUN', 'PUNCT', 'VERB', 'DET', 'NOUN', 'PUNCT'];
  const xpos = ['NNP', 'VBZ', 'TO', 'VB', 'DT', 'NN', ',', 'VB', 'DT', 'NN', '.'];
  const r = repaired(words, [2, 0, 4, 8, 6, 4, 8, 2, 10, 8, 2], ['nsubj', 'root', 'mark', 'advcl', 'det', 'obj', 'punct', 'parataxis', 'det', 'obj', 'punct'], { upos, xpos });
  for (let t = 1; t <= words.length; t++) {
    let up = r.head[t - 1]!;
    for (let steps = 0; up !== 0; steps++) {
      assert.ok(up !== t && steps < words.length, `word ${t} "${words[t - 1]}" is its own ancestor: ${r.head.join(' ')}`);
      up = r.head[up - 1]!;
    }
  }
  assert.equal(r.head[7], 2);
});
