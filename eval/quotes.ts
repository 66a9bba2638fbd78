// Quotation accuracy on PolNeAR dev (../shared/data/quotes/polnear-dev.jsonl),
// scored by ../shared/eval/score-quotes.mjs.
//
// The figures are what `entente analyze` prints: each record's id and text go to a
// temporary JSON Lines file (so no gold field can reach the analysis), the CLI reads it
// as a user's file, and its output is scored three times: all kinds, direct only, and
// direct + mixed. The library (loadContext() + analyze() on the same records) runs too,
// for the stage times and to check that the CLI's offsets index the text as given:
// its exact-span F1 must equal the CLI's.
//
//   npx tsx eval/run.ts quotes            (writes docs/accuracy.md)
//   npx tsx eval/quotes.ts [--verbose]    (prints only; --verbose keeps the files)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadContext } from '../src/context.ts';
import { analyze, newStageTimes } from '../src/analyze.ts';
import { toOutputRecord } from '../src/output.ts';
import type { Article } from '../src/model.ts';

const cli = resolve(import.meta.dirname, '..', 'bin', 'entente.js');

const runs = [
  { label: 'all kinds', args: [] as string[] },
  { label: 'direct', args: ['--kinds', 'direct'] },
  { label: 'direct + mixed', args: ['--kinds', 'direct,mixed'] },
];

type Summary = { spanF1: number; attribution: number; e2eF1: number; line: string; report: string };

function score(scorer: string, gold: string, pred: string, args: string[]): Summary {
  const report = execFileSync(process.execPath, [scorer, gold, pred, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = report.trim().split('\n').pop()!;
  const m = /spanF1=([\d.]+) attribution=([\d.]+) e2eF1=([\d.]+)/.exec(line);
  if (!m) throw new Error(`score-quotes printed no summary line: ${line}`);
  return { spanF1: Number(m[1]), attribution: Number(m[2]), e2eF1: Number(m[3]), line, report };
}

type Targets = { direct: Summary; all: Summary; indirectPrecision: number; cliExact: number; libraryExact: number };

/** Which of issue 16's targets the figures meet, in words. */
function verdict(t: Targets): string {
  const met = (ok: boolean) => (ok ? 'met' : 'missed');
  return [
    `Targets: direct span F1 >= 0.95 and attribution >= 0.95 (${met(t.direct.spanF1 >= 0.95 && t.direct.attribution >= 0.95)}); `,
    `all kinds end-to-end F1 >= 0.63 (${met(t.all.e2eF1 >= 0.63)}); indirect span precision >= 0.80 (${t.indirectPrecision.toFixed(3)}, ${met(t.indirectPrecision >= 0.8)}); `,
    `exact-span F1 of the CLI equal to the library's (${t.cliExact.toFixed(3)} and ${t.libraryExact.toFixed(3)}, ${met(t.cliExact.toFixed(3) === t.libraryExact.toFixed(3))}).`,
  ].join('');
}

type ScorerJson = {
  by_gold_kind: Record<string, { gold: number; overlap_recall: number; attribution: number; e2e_recall: number }>;
  span_overlap: { p: number; r: number };
  span_exact: { f1: number };
};

function scoreJson(scorer: string, gold: string, pred: string, args: string[] = []): ScorerJson {
  return JSON.parse(execFileSync(process.execPath, [scorer, gold, pred, '--json', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n')[0]!) as ScorerJson;
}

export async function evaluate(shared: string, keep = false): Promise<string> {
  const gold = join(shared, 'data', 'quotes', 'polnear-dev.jsonl');
  const scorer = join(shared, 'eval', 'score-quotes.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'entente-eval-quotes-'));
  const input = join(dir, 'input.jsonl');
  const pred = join(dir, 'pred.jsonl');
  const libraryPred = join(dir, 'library.jsonl');
  try {
    // Only id and text go to the analysis.
    const articles: Article[] = readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
      const r = JSON.parse(l) as { id: string; text: string };
      return { id: r.id, text: r.text };
    });
    writeFileSync(input, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    // What a user gets: the CLI reading the file.
    const out = openSync(pred, 'w');
    try {
      execFileSync(process.execPath, [cli, 'analyze', input, '--format', 'jsonl'], { stdio: ['ignore', out, 'inherit'] });
    } finally {
      closeSync(out);
    }
    // The library on the same records, for the stage times and the offset check.
    const ctx = loadContext();
    const times = newStageTimes();
    const library: string[] = [];
    let quotes = 0;
    for (const article of articles) {
      const analysis = analyze(article, ctx, times);
      quotes += analysis.quotes.length;
      library.push(JSON.stringify(toOutputRecord(analysis)));
    }
    writeFileSync(libraryPred, library.join('\n') + '\n');
    const ms = (x: number) => `${Math.round(x)} ms`;
    console.log(`analysed ${articles.length} articles, ${quotes} quotes; stage time nlp ${ms(times.nlp)}, actors ${ms(times.actors)}, quotes ${ms(times.quotes)}`);

    const rows: string[] = [];
    const scored: Record<string, Summary> = {};
    for (const run of runs) {
      const s = score(scorer, gold, pred, run.args);
      scored[run.label] = s;
      console.log(`-- ${run.label}${run.args.length ? ` (${run.args.join(' ')})` : ''}`);
      console.log(keep ? s.report.trimEnd() : s.line);
      rows.push(`| ${run.label} | ${s.spanF1.toFixed(3)} | ${s.attribution.toFixed(3)} | ${s.e2eF1.toFixed(3)} |`);
    }
    // Recall by gold kind, from the scorer's own JSON figures.
    const json = scoreJson(scorer, gold, pred);
    const libraryJson = scoreJson(scorer, gold, libraryPred);
    const indirect = scoreJson(scorer, gold, pred, ['--kinds', 'indirect']);
    console.log(`exact-span F1: CLI ${json.span_exact.f1.toFixed(3)}, library ${libraryJson.span_exact.f1.toFixed(3)}; indirect span precision ${indirect.span_overlap.p.toFixed(3)}`);
    const kindRows = Object.entries(json.by_gold_kind).map(([kind, k]) =>
      `| ${kind} | ${k.gold} | ${k.overlap_recall.toFixed(3)} | ${k.attribution.toFixed(3)} | ${k.e2e_recall.toFixed(3)} |`);
    if (keep) console.log(`kept ${input}, ${pred} (CLI) and ${libraryPred} (library)`);
    return [
      '## Quotations',
      '',
      `PolNeAR dev (${articles.length} articles) as \`entente analyze\` outputs it (the records' id and text in a JSON Lines ` +
        'file, read by the CLI), scored with `../shared/eval/score-quotes.mjs`.',
      '',
      '| gold kinds scored | span F1 (overlap) | attribution | end-to-end F1 |',
      '| --- | ---: | ---: | ---: |',
      ...rows,
      '',
      `All kinds: span precision ${json.span_overlap.p.toFixed(3)}, recall ${json.span_overlap.r.toFixed(3)}. By gold kind:`,
      '',
      '| gold kind | quotes | span recall | attribution | end-to-end recall |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...kindRows,
      '',
      `Exact-span F1 (all kinds): ${json.span_exact.f1.toFixed(3)} from the CLI, ${libraryJson.span_exact.f1.toFixed(3)} from the library ` +
        '(the offsets index the text as given). Indirect quotations: span precision ' +
        `${indirect.span_overlap.p.toFixed(3)}, recall ${indirect.span_overlap.r.toFixed(3)}.`,
      '',
      verdict({ direct: scored.direct!, all: scored['all kinds']!, indirectPrecision: indirect.span_overlap.p, cliExact: json.span_exact.f1, libraryExact: libraryJson.span_exact.f1 }),
      '',
      'What stands in the way, measured on the misses of this split:',
      '',
      '- Recall of indirect attributions (span recall about 0.40). PolNeAR attributes far more than speech and',
      '  thought: intentions, support, votes, "the poll shows", "X will discuss Y", "Opposition to trade deals has',
      '  galvanized ...", "was seen by some as". The missed indirect ones have about 2,800 distinct cue strings for',
      '  3,600 quotations; the 50 commonest cover only an eighth of them, and about half have no word of the cue',
      '  lexicon at all. Noun cues with a prepositional object ("attacks on", "support for", "questions about") were',
      '  tried and cost more precision than they gained; so did content that stops at any new subject and verb',
      '  after a comma.',
      '- Content boundaries. About a thousand predicted quotations overlap their gold one by less than half, mostly',
      '  because the reported clause runs on (", a swipe at ...", ", when ...", "and did not suggest ...") or stops',
      '  short (a second that-clause, a clause after a dash). PolNeAR also splits and joins differently from one',
      '  annotator to the next.',
      '- By design: intentions and aims ("wants to", "hopes to", "sought to": cues marked +intent in',
      '  data/quotes/cues.txt) are not reported speech, nor are cues whose subject is "you", a question word or an',
      '  abstract noun ([nonspeaker]); PolNeAR counts many of them. Titles and coined terms in quotation marks,',
      '  which PolNeAR counts as direct quotations, are not output. An object or an infinitive reported inside another',
      '  quotation\'s content ("aides said Lund had agreed to meet ...") is part of that quotation, not one of its own; nor',
      '  is a clause the outer speaker reports of themselves ("she said she believes ..."). A cue in a relative or participle',
      '  clause on a noun describes the noun unless it is a verb of saying with a clause of its own ("a senator who supported',
      '  the bill", "voters who believe ...", "a plan which seemed doomed", "groups backing the governor" are not quotations;',
      '  "a rival who argued that ..." is): PolNeAR counts about 45% of those left out.',
      '- Dashes: PolNeAR runs a content clause on past an aside between dashes or an elaboration after one (47 of 52 sampled',
      '  dashes); a dash ends the content only before a coordinated clause with its own subject or an attribution. Commas are',
      '  nearly a coin toss: switching off each comma rule of clauses.ts in turn (", which", ", a ...", ", he ...", a participle,',
      '  ", but NP", ", SCONJ") changed end-to-end true positives by -18 to -1; only the words after which the content stopped',
      '  (", with", ", despite", ", even though", ", as", ", after" ...) cost more than they saved (+8), and only who, whom and',
      '  whose are left of them.',
      '- Boundaries from the tree: a content clause ends with its head\'s subtree only at a comma or dash followed by words',
      '  that hang on the cue as an adverbial clause, a parataxis or a coordinated verb (", calling it ...", ", forcing ...");',
      '  cutting every content clause or object at its subtree cost more than it gained on this split, since the parse',
      '  often hangs a clause\'s last phrases on the cue. Nested speech: of about 140 indirect predictions inside another',
      '  speaker\'s quotation, PolNeAR annotates about a quarter as quotations of their own.',
      '- Tried on the tree and left out, each within a few true positives of even on this split while lowering',
      '  precision or recall: cutting content at its head\'s subtree without a comma or dash before the rest (also for',
      '  obliques of time and place, or adverbial clauses with a mark), keeping a non-restrictive relative or participle',
      '  clause when the tree hangs it inside the content, vetoing a phrase or clause of circumstance hung on the cue',
      '  ("spoke with voters before ..."), vetoing negated cues, vetoing to-infinitive cues, vetoing a noun object whose',
      '  phrase holds every verb of the content, and taking the tree\'s object of any cue as content. PolNeAR\'s spans',
      '  include and exclude these parts about equally often.',
      '- Classified on the odd-index articles (December 2026, after the gerund and interrupted-attribution rules): of the',
      '  indirect misses with no predicted quotation at all, about a third have a cue of the lexicon; most of these fail on',
      '  the parse (a subject read as a clause, "Sen. X (R-Ohio), another incumbent, said") or on a cue in a clause',
      '  without a subject of its own. About 100 gold quotations per half contain a predicted quotation whose cue lies',
      '  inside them (PolNeAR takes the outer attribution, "Song said Clinton had said ..."). Interview transcripts',
      '  ("Q: ..." / "A: ...") are left alone: of the two interviews in this split, one annotates 15 of its 16 turns and',
      '  the other 3 of its 40. Tried and not kept: a one-word noun object of an object cue ("opposes',
      '  abortion": 16 right, 13 wrong); cutting content where the cue\'s own subtree ends inside a relative, participle or',
      '  adverbial clause (as many right quotations lost as gained); "refer to X as" as a cue (content runs into relative clauses).',
      '- Kept because they improved or held both halves of a seeded split by article (211 and 228 articles): title-case',
      '  headlines "Name: ..." whose verbs are capitalised; "told reporters that ..." where the parse reads "that" as a',
      '  relative pronoun; ", including ..." hung on a noun of the content; a bare quotation right after a sentence that is',
      '  only an attribution ("X said in a statement. “...”"); an object cue\'s object ending on the tree before an adverbial',
      '  clause or a second predicate of the speaker ("called her son her hero | before explaining ..."); a naming participle',
      '  right after a noun ("a group called X") names, says nothing. Left out: keeping "and" + a second cue verb inside the',
      '  content when the tree hangs it on the content\'s verb (one half fell, 0.6124 -> 0.6121: the parse hangs "and noted',
      '  that ..." there too); the tree\'s content clause of a cue after a preposition ("says despite being ..., she plans"),',
      '  where the parse of such sentences is unusable.',
      '- Kept in the tenth session (each held or improved both halves; changes read on every 20th bench article): after a',
      '  full stop inside the marks, only a verb of saying without an object of its own attributes the quotation ("... so',
      '  well.” Trump touted his victories" is a sentence of its own); parse repairs in src/nlp/repair.ts: an -s form ending',
      '  an attribution after a quotation is a verb ("“...,” a voice-over in the ad states."), a "that" clause with its own',
      '  subject on an indirect object is the verb\'s complement ("told reporters that ..."), a "who" clause that the parser',
      '  gave the predicate as a second subject is a relative clause ("Mr. Trump, who said ..., issued"); an adverb before a',
      '  subordinator ("that even after ..., he will"), an opening that ends in a copula ("It was, he said, one of ..."), a',
      '  gerund subject before a parenthetical attribution ("Riding alone ..., they said, can be hazardous"), an aside between',
      '  dashes before "that"; an object cue\'s noun object ends before ", which"/", who". Left out: ending an object cue\'s',
      '  object before every phrase the tree hangs on the cue as an oblique or adverb (e2e true positives 5524 -> 5487: the',
      '  parse hangs "for ...", "as ..." complements of the object on the cue); vetoing a verb without +object whose object\'s',
      '  only verbs are in a relative clause on it ("wrote a book that inspired ...": 5527 -> 5499).',
      '- Polls and records as sources (December 2026, both halves up; bench sentences with such a record or survey read, all',
      '  additions right): a record that shows or finds reports its plain object, which runs on like a clause ("the poll',
      '  showed Clinton with a lead of ten points", "FEC records show he backed ..."; +finding verbs and [record] nouns in',
      '  data/quotes/cues.txt), e2e true positives 5610 -> 5624; a survey opening the sentence is its source ("In the latest',
      '  Post-ABC poll, conducted in May, Clinton led ..."; what the respondents said is the survey\'s finding), 5624 -> 5631.',
      '  Left out: a survey after the clause ("Trump is ahead in the polls"), annotated in about a third of its uses; a',
      '  one-word proper-noun object of an object cue ("endorsed Trump", 5631 -> 5640 but 6 more wrong, and on news of',
      '  states "attacked Iran" is no quotation); "find" with a plain object (15 more wrong for 2 right: "find a job");',
      '  "CONTENT, as The Times reported" (dev one right, two wrong; bench five added, two right).',
      '- Opening clauses and attributions after their content (December 2026, thirteenth session; both halves held or rose;',
      '  every 15th bench article read, 7 changes, all right): a cue in an opening clause with a subordinator ends its content',
      '  before the comma and the main clause\'s subject ("After Bill Clinton claimed that the era of big government was over, |',
      '  Obama won ..."), except "as"/"like", whose main clause is the content ("As Politico reported, the RNC agreed ...");',
      '  an attribution after its content is its subject\'s own predicate ("..., Obama won the nomination by promising its',
      '  furious revenge" is none); "That said," reports no one; a question word standing for the cue\'s object leaves nothing',
      '  reported after it ("whatever Trump charged his campaign ...", not for naming cues: "what she called a hoax"). e2e true',
      '  positives 5632 -> 5634, predictions 7240 -> 7224.',
      '  Left out: ending content before a verb the tree coordinates with the cue that has its own subject ("charged the',
      '  officer with murder | and Emanuel fired his police chief"): dev +1 (even +4, odd -3), but on bench 71 changes, most',
      '  wrong: the parse hangs the content\'s own second clause on the cue ("said the government | and the group would meet").',
      '- Where the indirect predictions that match no gold quotation stand (December 2026, after the rules above; 993 of about',
      '  4,000): 297 overlap no gold quotation at all (a hand sample of 25: 17 mistakes, mostly a cue verb in a sense that is',
      '  not speech with a plain object, "the Brujas have found a support system", "showed up in the flesh", "Employers seek',
      '  workers", or a parse error; 8 arguable, "declared a new beginning", "requested another month"); 255 have their cue',
      '  inside a gold quotation, which PolNeAR attributes to the outer speaker only ("Song said Clinton had said ..."); 193',
      '  run on past their gold quotation (", when ...", ", which ...", "and she accused ..."); 154 stop short of it (PolNeAR',
      '  keeps the trailing relative or participle clause, "..., showing pro-Bradley groups outspending ..."); 85 cover two',
      '  gold quotations that PolNeAR splits; 9 cross one. So about 700 of the 993 are span conventions (nesting and where a',
      '  clause ends) rather than words that are no report; removing every nested prediction would raise indirect precision',
      '  by about 0.01 and lower end-to-end F1 (of the 145 predictions whose cue lies inside another prediction, 56 match).',
      '- Content ends and speakers (December 2026, fourteenth session; each rule held or raised both halves of dev, split by',
      '  even and odd line; every 8th bench article read): a comma after "that" no longer ends the content before its own',
      '  opening ("said that, if elected, he would ..."); a second that-clause after ", and"/", but" is reported by the same',
      '  cue ("argued that A, and that B"); a participle on a noun makes no complete clause before an interrupting attribution',
      '  ("The presumed adjustment, they concluded, never happened"); a clause after "spoke about" ends as a clause; an',
      '  infinitive of purpose speaks for the subject of its verb also when the parse splits that subject or the verb takes',
      '  it over from its own clause, and after a phrase of the verb ("went out of his way to say"); an -s form after "to"',
      '  is a noun ("block grants to states"). e2e true positives 5634 -> 5648, predictions 7205 -> 7204; bench: 5 content',
      '  changes all right, about 17 speakers right and 3 wrong (object control, "summoned Iwu to explain", now the subject).',
      '  Left out: taking the object of a naming cue into its quoted complement (taken in the fifteenth session, below);',
      '  ending an object cue\'s noun object',
      '  with its subtree on the tree: e2e -80 (the parse hangs "for ...", "as ..." complements on the cue); a cue coordinated',
      '  with a verb taking that verb\'s subject ("when Rubio thanked Miami and said"): dev +5 but about half of 15 bench',
      '  changes wrong (the parse coordinates the cue with a verb of the reported clause).',
      '- Inverted attributions (December 2026): a cue that may take a plain object (+object in data/quotes/cues.txt), with its',
      '  own subject before it on the tree (or on its auxiliary) and its object after it, is one clause, not "CONTENT, said X"',
      '  ("Iran has, however, condemned Israel" no longer makes Israel the speaker of "Iran has, however"): e2e true positives',
      '  5648 -> 5648, predictions 7205 -> 7204 (the one removed was wrong: "U.S. officials have, in fact, praised the Saudis"',
      '  with "the Saudis" as speaker); on 672 bench articles with ", [adverb] <object verb>ed" that is the only change. A',
      '  parse repair then hangs a subject the parser put on the auxiliary right after it on the auxiliary\'s verb: e2e true',
      '  positives 5648 -> 5651, predictions 7204 -> 7205 ("U.S. officials" now speak; "Police said that a video recording',
      '  showed ..." as PolNeAR attributes it, to the outer speaker; "Mrs. Clinton said she would support ..."; "students",',
      '  not "which students"). Left out: the same test for every cue: the parse makes the speaker of "..., said Nargis',
      '  Kassenova" the object of "said" and the content its subject (two right quotations of dev lost).',
      '- Named objects (December 2026, fifteenth session; both halves up): a cue that may take a plain object, with its object',
      '  between it and quoted words that end the sentence, makes object and words one mixed quotation, as PolNeAR marks it',
      '  ("dismissed the whole kerfuffle as “absurd.”", "calling him a “loser.”", "accuses the campaign of “attempting ...”");',
      '  not quoted words of several sentences, nor with no object between ("called “a crucial step forward.”"). e2e true',
      '  positives 5651 -> 5657 (even +1, odd +5); of the 37 dev quotations changed, 26 now have PolNeAR\'s span and kind, 5',
      '  are gold direct quotations PolNeAR marks so after the same words ("called their son “an American hero.”"; direct',
      '  span F1 0.9535 -> 0.9523), 6 lie in longer gold quotations. Bench every 8th article: 19 changed, 15 right, 3 still',
      '  wrong (a broken mark in "India"s", a speaker already wrong), 1 pronoun speaker changed, wrong before and after.',
      '- Adverbial clauses on the cue (December 2026, fifteenth session; both halves up): a noun-phrase content (the cue\'s',
      '  object or oblique, no verb) stops before an adverbial clause of time or concession that the tree hangs on the cue',
      '  itself ("supported the bill | when it came to the Senate", "spoke about Mr. Putin\'s leadership | before Mr. Manafort',
      '  joined"); not a relative "when" after a noun of time ("the moment when"), not before quoted words, not a reported',
      '  clause ("contended that ... because ..."), and not "because" (a reason is as often part of what was said). e2e true',
      '  positives 5657 -> 5662 (even +3, odd +2), indirect precision 0.7653 -> 0.7669 (even 0.7560 -> 0.7581, odd 0.7744 ->',
      '  0.7754); bench every 8th article: 2 changes, contents cut right (neither a quotation at all).',
      '  Classes of the false indirect quotations read this session (PolNeAR dev, after the rules above; of about 4,000',
      '  indirect predictions, about 900 match no gold one): 281 overlap none (a sample of 57: about 15 a cue in a sense that is',
      '  no speech with a plain object, often an inanimate subject, "Global trade offers undeniable benefits", "Photos show',
      '  ...", "The sound system added Latin hits"; about 10 content boundaries where the parse hangs an adjunct on the cue;',
      '  about 8 evidentials PolNeAR leaves out; questions are only about 15 predictions in all); 281 cover a shorter gold',
      '  quotation, mostly objects followed by adjuncts ("in ...": 21, "and ...": 13, "when ...": 8). Tried and not kept:',
      '  ending an object at a phrase of time or place the tree hangs on the cue ("attacked Machado | in early-morning',
      '  tweets"): e2e -4, indirect precision +0.0003 (PolNeAR keeps "on Thursday" and the parse hangs noun modifiers on the',
      '  cue); no quotation from "respond to a request for comment" (PolNeAR marks half of them: e2e -7); dropping the',
      '  speakerless evidentials (seem, appear: indirect precision +0.006, e2e -52); dropping any one low-precision cue (support,',
      '  offer, know, ...: at most +0.002 each, all cost e2e). Indirect precision 0.80 needs a speaker test for plain objects',
      '  (an animate subject: the actors stage\'s role nouns), which the quotes stage cannot yet ask.',
      '  A speaker test for plain objects (qspeak, 2026-12-07), tried and not kept: where the content hangs on the cue as its',
      '  object (no clause) and the cue is not say or tell, the subject must be an actor mention, a name, a pronoun, a noun the',
      '  actors stage knows for people, roles or bodies (name-cues body, speaks-for, source, occupation, person-noun, kin), a',
      '  record, or a noun of an agent by its ending (-er, -or, -ist, -ian, -ent, -ant). On PolNeAR dev it removes 5',
      '  predictions that match nothing ("Global trade offers ...", "this race offers ...", "federal rules support ...",',
      '  "The paranoia found ...", "Black circles show ...") and 16 that match gold ones: PolNeAR counts documents and works',
      '  as speakers ("The piece slams", "The book accuses", "the suit claims", "The Democratic platform recognizes"), bodies and',
      '  groups the actors stage makes no mention of (the media, the city, the task force, families, various rivals) and even',
      '  "the region offers rich natural resources": e2e true positives 5662 -> 5651, indirect precision 0.7667 -> 0.7678',
      '  (even 0.7577 -> 0.7585, odd 0.7754 -> 0.7770). With mentions and names alone it removed 161 predictions, 22 of them',
      '  matching nothing (e2e 0.628 -> 0.623): actor mentions miss most group nouns that speak. On every 20th bench article',
      '  it removed 14 quotations, 6 rightly ("The conflict claimed the lives of ...", "The market expected the decision",',
      '  "gunmen attacked a Shiite ministry") and 8 wrongly ("the opposition demand ...", "Trade sources reported ...", "The',
      '  seven nations discussed ...", "These institutions proposed ..."). A subject that cannot speak is rare among false',
      '  indirect quotations under PolNeAR\'s convention (anything that speaks, documents included); the test would need the',
      '  actors stage to mark group and body nouns (opposition, nations, sources, institutions) as speakers first.',
      '  Kept, narrowed to the cues with a common sense that is no speech (+sense in data/quotes/cues.txt: offer, show, find,',
      '  support): PolNeAR dev removes 7 predictions, 5 matching nothing ("Global trade offers ...", "Black circles show ...",',
      '  "federal rules support ...", "this race offers ...", "The paranoia found ...") and 2 gold ones ("the region offers rich',
      '  natural resources", "this year\'s scrappy campaign offers something to admire"); e2e true positives 5662 -> 5662,',
      '  indirect precision 0.7667 -> 0.7678 (even 0.7577 -> 0.7584, odd 0.7754 -> 0.7770); direct unchanged.',
      '- Questions put to the speaker (December 2026, sixteenth session; both halves up): a participle "Asked" opening a',
      '  sentence reports its question as "when asked" does ("Asked on Monday whether ..., Mrs. Clinton shook her head"; phrases',
      '  of time and place before the question word skipped; content up to the comma; speaker null, or the asker after "by"),',
      '  as PolNeAR marks it (17 of the 20 such sentences of dev): e2e true positives 5668 -> 5678; indirect precision',
      '  0.7680 -> 0.7674, since the content stops at the first comma of an aside ("whether he was concerned that Donald Trump,',
      '  the presumptive nominee, ..."). On bench 242 added, a sample of 29 read: 26 right, 3 cut short by a sentence split',
      '  after "U.S." or no comma before "he said". Cues remember and fume (+direct) and surmise: 5678 -> 5680. Left out:',
      '  a name before a colon no longer the speaker when a verb stands before it ("Bush broke down ... to the newspaper NRC',
      '  Handelsblad: “...”"): two speakers right, two lost (the colon clause\'s subject is not always found). Still missed:',
      '  direct quotations whose inverted cue the tagger reads as an adjective ("Toomey fumed") or whose subject as a modal',
      '  ("Will wrote"); a "when asked about ..." inside the attribution between two pieces of a quotation.',
      '- Indirect false positives read by hand (December 2026, eighteenth session; 62 of the 908 at the start, two random',
      '  samples): about 22 run on past their gold quotation (an object\'s adjunct "in ...", ", when ...", ", with ...", a',
      '  relative clause, and 8 that ran into the sentence\'s own predicate after an aside or an opening clause); about 9 stop',
      '  short (a comma inside the content\'s own opening clause or its subject\'s aside, a date\'s or a list\'s comma); about 16',
      '  are no reported speech (a cue in another sense with a plain object: "offered no proof", "posted a video", "to see the',
      '  tree", "I know Donald Trump personally", "the primary threatens to knock ...", "declined to give a price"; evidentials',
      '  in if/when clauses); about 12 are PolNeAR conventions (a cue inside a gold quotation that PolNeAR gives only to the',
      '  outer speaker; the survey\'s subject inside the content, "Nearly three in four say ..."; a relative clause\'s',
      '  antecedent, "four cases in which Kaine defended ..."; the addressee in "urged the industry to do more"). Kept: a',
      '  that-clause that opens with a subordinate clause or a phrase runs on past a cue verb of its main clause ("said that',
      '  while he opposed Trump, | he was supporting Cruz"; e2e true positives 5680 -> 5683); a cue in an aside on the subject or',
      '  in an opening clause ends its content before the subject\'s own predicate or the main clause ("Sanders, who said he',
      '  would campaign with him, | ultimately did not show up", "while some will welcome his assistance, | others are wary";',
      '  src/quotes/asides.ts, 5683 -> 5694, indirect precision 0.7683 -> 0.7708); "refer to X as “...”" as one mixed quotation',
      '  (src/quotes/refer.ts, 5694 -> 5698). Tried and not kept: the main clause alone as the content of a trailing "according',
      '  to" after an opening subordinate clause (PolNeAR keeps "When this training is tailored ..., it can be effective,',
      '  according to X" whole and cuts "Even if ..., it is still ...": e2e -1, precision -0.0002; the convention is not',
      '  consistent, so it was not tuned to); no evidential in a clause after if, unless, whether or when (3 false ones gone,',
      '  1 right one lost, and a concessive "if" asserts: "But if she seemed to embody contradictions, they also ...").',
      '  Indirect precision 0.80 stays out of reach by span rules alone: most remaining false ones are boundary conventions',
      '  that PolNeAR applies both ways, and the cue-sense class needs a speaker test the quotes stage cannot yet make.',
      '- One reading of he and she (December 2026, eighteenth session; issues 15 and 18): the quotes stage no longer re-resolves',
      '  a he/she speaker (its own resolver, src/quotes/pronouns.ts, is gone); the speaker takes the actors stage\'s mention and',
      '  its refers_to, as events and stances do. The actors stage took over what that resolver knew that it lacked: a speaking',
      '  pronoun is nobody named inside the words its verb reports, other than as their subject, and a role phrase of a body',
      '  or a people ("the government", "the population") is no he/she antecedent; the subject of a main clause after an',
      '  opening phrase ("Then he", "In a statement, she said") continues the previous sentence\'s first person, as an opening',
      '  pronoun does, and the subject of an adverbial clause opening its sentence ("While Trump affirmed that he likes Cruz,',
      '  he ..."). He/she quote speakers matching the CoreNLP chain 676 -> 712 of 853; e2e true positives 5680 -> 5679 (a',
      '  nested "he talked about ..." inside an answer now resolved to the man it names, so kept as his clause; "While Will',
      '  acknowledges Trump\'s appeal as a “forceful persona,” he" lost: the parse reads "Will" as an auxiliary).',
      '  Still failing: descriptions ("The governor", "The candidate") after a sentence whose first person is someone else.',
      '- Content ends and non-speakers (December 2026, nineteenth session, issue 16; each rule held or raised both halves but one',
      '  noted; bench every 20th article read): ", including ..." that the tree makes a preposition goes on with the content',
      '  (e2e true positives 5696 -> 5700); an opening clause of one piece with a subordinator hung on a cue ending the sentence',
      '  is no content of it ("As the newspaper reported, the two parties agreed": 5701); a cue whose subject says no one did it',
      '  (nobody, none, no one) reports no plain object ("Nobody thanked the volunteers"; PolNeAR marks one such, "none of the',
      '  videos showed ...": 5700); an inverted attribution without a subject before its cue ends with its noun phrase, and the',
      '  content\'s subtree goes on before a finite verb of its own subject ("the market, which seemed to lose its momentum,',
      '  | reacted badly", "the patient was tired, | felt dizzy and had a fever": 5700, odd-half precision -0.0005, bench 16 of',
      '  17 right); ", or" goes on with an alternative unless a clause with its own subject follows ("3 million shares, or 16',
      '  percent": 5702). Indirect precision 0.7704 -> 0.7722. Tried and not kept: a past participle hung on a noun as passive',
      '  ("The deal, announced Friday, would ...": the tagger reads finite verbs as participles, 8 right quotations lost, 12',
      '  bench quotations removed, most rightly kept before); "requested anonymity to ..." and "not authorized to discuss" as',
      '  idioms (PolNeAR marks 3 of the 5 in dev); an object no longer cut before "at ..." (e2e +1, indirect precision -0.0006:',
      '  "thanking supporters | at a rally" becomes a quotation). The remaining false indirect quotations read (of about 890): about 260 run on',
      '  (an object\'s adjunct, ", even though ...", ", when ..."), about 190 lie inside a gold quotation of another speaker',
      '  (nesting), about 130 stop short (mostly "and" + a second predicate, which PolNeAR splits off as a second cue about 2 times in 3),',
      '  and about 280 overlap none (a cue in another sense, parse errors, "did not respond to a request for comment").',
      '- Indirect false positives by class (December 2026, twentieth session, issue 16; two random samples of 35 of the 887 at',
      '  the start, read with the parse): 28 content boundaries (an object\'s adjunct, ", when ...", ", despite ...", a second',
      '  predicate cut off), 23 nested in another speaker\'s gold quotation, 8 a cue in a sense that is no speech ("denied Carter',
      '  a photograph", "challenged it in provincial elections", "the zone boasts one supermarket", "considering what they are up',
      '  against"), 2 subjects that cannot speak ("A look at his airplanes suggests", "ways to express your opposition"), 2',
      '  negated or modal ("will not say whether", "wouldn\'t answer the questions"), 1 evidential in a relative clause, and 6',
      '  PolNeAR omissions (titles, "I think ...", a survey\'s finding). Negated and modal attributions are PolNeAR\'s convention,',
      '  not a mistake: of 16 dev sentences with "did not/would not/declined to say|explain|tell ... whether/what/how", 13 are',
      '  annotated. Kept: "add" reports only a clause (+clause: "added Latin hits", "adds a voice to the record"), with a finite',
      '  clause that has no subordinator and that the parse hangs on the cue as advcl read as the content ("added an accord with',
      '  the IMF could be ..."); "claim" takes a plain object only with a for-phrase (+for: "claimed responsibility for the',
      '  attack"; not "claimed a victory", "claim the nomination", "claimed the lives of"). Indirect predictions 3895 -> 3886, all',
      '  nine removed false; precision 0.7723 -> 0.7741; e2e true positives 5704 -> 5704. Tried and not kept: +sense (the speaker',
      '  test) on every cue: 9 predictions removed, 8 of them right (PolNeAR counts the platform, the suit, the case, the',
      '  editorial as speakers); a plain object of "see" without "as" as perception ("see the tree", "see it in our',
      '  lifetimes"): about 10 false ones out but 6 right ones lost ("sees parallels between ...", "did not see the media\'s',
      '  point"); dropping predictions nested in another prediction: 71 false and 55 right. The not-speech class is a long tail:',
      '  besides "see", no sense of one cue accounts for more than three false quotations of dev.',
      '',
      `Quote stage time: ${ms(times.quotes)} against ${ms(times.nlp)} for the nlp stage over the same articles.`,
    ].join('\n');
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

// Run directly: print the figures without touching docs/accuracy.md.
if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const shared = resolve(process.env.ENTENTE_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));
  await evaluate(shared, process.argv.includes('--verbose'));
}
