// Actor recognition figures (npx tsx eval/run.ts actors):
//  1. PETRARCH2 validation records (data/events/petrarch2-dev.jsonl) analysed with the
//     validation dictionaries (PETR.Validate.actors.txt / agents.txt) and each record's date
//     as `published`: how many expected source/target codes appear among the resolved
//     mention ids of their sentence (a compound dictionary code FRO/BIL/SAM counts for each part).
//  2. PolNeAR dev (data/quotes/polnear-dev.jsonl): how many gold speaker spans are covered
//     by a mention (any overlap; and exactly), split into pronoun and name speakers, and how
//     many pronoun speakers were resolved to someone last named inside the quotation itself.
//     PolNeAR's annotators mark speakers as written and do not link them to entities, so whether
//     a pronoun speaker resolves to the right person is measured against the silver link the
//     data carries (`speaker_coref`: the name of the CoreNLP coreference chain holding the
//     pronoun, automatic): the resolved actor's name must match it as the quotes scorer matches
//     names (same last word, or one name's words inside the other's).
//  3. A sample of the bench corpus (data/corpus/bench.jsonl.gz, every k-th article, the whole
//     pipeline): the share of event endpoints with a country, and of person actors with one,
//     over all persons and over those whose country the article's words give (countryGiven).
// Measured only; nothing here is asserted in tests.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { join } from 'node:path';
import { parse, loadNlp } from '../src/nlp/index.ts';
import { loadActorContext, recognizeActors } from '../src/actors/index.ts';
import { codeCountry } from '../src/actors/codes.ts';
import { analyze } from '../src/analyze.ts';
import { loadContext } from '../src/context.ts';
import { finishArticle } from '../src/ingest/index.ts';
import { parseJsonlRecord } from '../src/ingest/jsonl.ts';
import type { Analysis, Article } from '../src/model.ts';

/** How many bench-corpus articles the endpoint measure reads (evenly spaced over the corpus). */
const benchSample = 300;

type BenchFigures = {
  articles: number; endpoints: number; withCountry: number; people: number; peopleWithCountry: number; peopleGiven: number;
  /** persons whose country is inferred: the dateline's for a quoted source, the article's home country for others */
  peopleDateline: number; peopleGuessed: number;
};

/**
 * Sentences as the eval cuts them, independent of the pipeline: after ., ! or ? (and closing
 * quotes or brackets) followed by white space and a capital or an opening quote, and at line breaks.
 */
const sentenceEnd = /[.!?]["”’')]*\s+(?=["“(\p{Lu}])|\n+/gu;
function sentenceBounds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(sentenceEnd)) ends.push(m.index! + m[0].length);
  ends.push(text.length);
  return ends;
}

/**
 * The rule for "a person whose country the article's own words give": the person has a country
 * (from a title, an apposition, a dictionary entry, ...), or a sentence that mentions the person
 * also holds a mention coded with a country that is no person (a state, its demonym, its capital
 * or one of its bodies: "the sentence's only country"), or the article's first sentence does (its
 * dateline). People with none of these (company copy naming only a firm, a name and a quotation)
 * are outside this count.
 */
function countryGiven(analysis: Analysis, person: string, ends: number[]): boolean {
  const sentenceOf = (offset: number) => {
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const kinds = new Map(analysis.actors.map((a) => [a.id, a]));
  const countried = new Set<number>();
  for (const m of analysis.mentions) {
    const actor = kinds.get(m.actor);
    if (actor?.kind !== 'person' && (codeCountry(m.actor) ?? actor?.country)) countried.add(sentenceOf(m.start));
  }
  if (countried.has(0)) return true;
  return analysis.mentions.some((m) => m.actor === person && countried.has(sentenceOf(m.start)));
}

/** Every k-th article of the bench corpus, so the sample spans its collections. */
async function readBenchSample(file: string, size: number): Promise<Article[]> {
  const lines: string[] = [];
  const input = createReadStream(file).pipe(createGunzip());
  for await (const line of createInterface({ input, crlfDelay: Infinity })) if (line.trim()) lines.push(line);
  const step = Math.max(1, lines.length / size);
  const out: Article[] = [];
  for (let i = 0; i < size && Math.floor(i * step) < lines.length; i++) {
    const raw = parseJsonlRecord(lines[Math.floor(i * step)]!);
    if (typeof raw === 'string') continue;
    const article = finishArticle(raw);
    if (typeof article !== 'string') out.push(article);
  }
  return out;
}

/** Event endpoints (sources and targets) with a country, and person actors with one, over the sample. */
function benchFigures(articles: Article[]): BenchFigures {
  const ctx = loadContext();
  const f: BenchFigures = { articles: articles.length, endpoints: 0, withCountry: 0, people: 0, peopleWithCountry: 0, peopleGiven: 0, peopleDateline: 0, peopleGuessed: 0 };
  for (const article of articles) {
    const analysis = analyze(article, ctx);
    const byId = new Map(analysis.actors.map((a) => [a.id, a]));
    for (const event of analysis.events) {
      for (const end of [event.source, event.target]) {
        if (!end) continue;
        f.endpoints++;
        if (codeCountry(end.actor) ?? byId.get(end.actor)?.country) f.withCountry++;
      }
    }
    const ends = sentenceBounds(article.text);
    for (const actor of analysis.actors) {
      if (actor.kind !== 'person') continue;
      f.people++;
      if (actor.country) f.peopleWithCountry++;
      if (actor.country_inferred === 'dateline') f.peopleDateline++;
      const guessed = actor.country_inferred === 'article';
      if (guessed) f.peopleGuessed++;
      if ((actor.country && !guessed) || countryGiven(analysis, actor.id, ends)) f.peopleGiven++;
    }
  }
  return f;
}

type PetrarchRecord = { id: string; date: string; text: string; expected: { source: string; target: string }[]; category: string };
type PolnearQuote = { start?: number; end?: number; speaker?: string; speaker_start?: number; speaker_end?: number; speaker_coref?: string };
type PolnearRecord = { id: string; text: string; quotes: PolnearQuote[]; meta: { date?: string } };

/** Lower-case words of a name without possessive 's, as score-quotes.mjs splits them. */
const nameWords = (name: string) => name.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
function containsRun(a: string[], b: string[]): boolean {
  outer: for (let i = 0; i + b.length <= a.length; i++) {
    for (let j = 0; j < b.length; j++) if (a[i + j] !== b[j]) continue outer;
    return true;
  }
  return false;
}
/** Two names of one person as score-quotes.mjs matches them: same last word, or one's words inside the other's. */
function namesMatch(x: string, y: string): boolean {
  const a = nameWords(x);
  const b = nameWords(y);
  if (!a.length || !b.length) return false;
  return a[a.length - 1] === b[b.length - 1] || containsRun(a, b) || containsRun(b, a);
}

const readJsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

/** Codes a mention can be expected to carry: not `---` (unknown), `###` (discard) or "new actor" text. */
const scorable = (code: string) => code && !code.startsWith('---') && code !== '###' && !code.startsWith('"');

export async function evaluate(shared: string): Promise<string> {
  const nlp = loadNlp();
  const dicts = join(shared, 'data', 'dictionaries');

  // 1. PETRARCH codes
  const validation = loadActorContext({ actors: [join(dicts, 'PETR.Validate.actors.txt')], agents: [join(dicts, 'PETR.Validate.agents.txt')] });
  const records = readJsonl<PetrarchRecord>(join(shared, 'data', 'events', 'petrarch2-dev.jsonl'));
  let expected = 0;
  let found = 0;
  const byCategory = new Map<string, [number, number]>();
  const missed: string[] = [];
  for (const record of records) {
    const doc = parse(record.text, nlp);
    const result = recognizeActors(doc, { id: record.id, text: record.text, published: record.date }, validation);
    // A PETRARCH compound code ("THE_SHIRE [FRO/BIL/SAM]") names each of its actors; a person
    // is coded as the country and role it acts for (person:... with RUS, GOV reads RUSGOV).
    const byId = new Map(result.actors.map((a) => [a.id, a]));
    const codeOfMention = (id: string) => {
      const actor = byId.get(id);
      return actor?.kind === 'person' && actor.country ? `${actor.country}${actor.role ?? ''}` : id;
    };
    const ids = new Set(result.mentions.flatMap((m) => codeOfMention(m.actor).split('/')));
    const codes = new Set(record.expected.flatMap((e) => [e.source, e.target]).filter(scorable));
    for (const code of codes) {
      expected++;
      const hit = ids.has(code);
      if (hit) found++;
      else if (missed.length < 15) missed.push(`${record.id}: ${code} (found ${[...ids].join(' ') || 'nothing'})`);
      const c = byCategory.get(record.category) ?? [0, 0];
      c[0] += hit ? 1 : 0;
      c[1]++;
      byCategory.set(record.category, c);
    }
  }

  // 2. PolNeAR speakers
  const bundled = loadActorContext();
  const articles = readJsonl<PolnearRecord>(join(shared, 'data', 'quotes', 'polnear-dev.jsonl'));
  let speakers = 0;
  let overlapped = 0;
  let exact = 0;
  let pronouns = 0;
  let pronounsCovered = 0;
  /** pronoun speakers whose antecedent (the last earlier mention of the same actor) lies inside the quotation itself */
  let pronounsIntoQuote = 0;
  /** pronoun speakers with a silver chain name (speaker_coref), and those resolved to an actor of that name */
  let pronounsLinked = 0;
  let pronounsResolvedRight = 0;
  let nlpMs = 0;
  let actorMs = 0;
  let chars = 0;
  const pronoun = /^(he|she|they|him|her|his|them|their|who|i|we|it)$/i;
  for (const article of articles) {
    let t = performance.now();
    const doc = parse(article.text, nlp);
    nlpMs += performance.now() - t;
    t = performance.now();
    const result = recognizeActors(doc, { id: article.id, text: article.text, published: article.meta?.date }, bundled);
    actorMs += performance.now() - t;
    chars += article.text.length;
    const mentions = result.mentions;
    const actorName = new Map(result.actors.map((a) => [a.id, a.name]));
    for (const q of article.quotes) {
      if (q.speaker_start === undefined || q.speaker_end === undefined) continue;
      speakers++;
      const isPronoun = pronoun.test((q.speaker ?? '').trim());
      if (isPronoun) pronouns++;
      // Mentions are sorted by start: binary search the first one ending after the span start.
      let lo = 0;
      let hi = mentions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (mentions[mid]!.end <= q.speaker_start) lo = mid + 1;
        else hi = mid;
      }
      const m = mentions[lo];
      if (isPronoun && q.speaker_coref) {
        pronounsLinked++;
        const name = m && m.start < q.speaker_end ? actorName.get(m.actor) : undefined;
        if (name && namesMatch(name, q.speaker_coref)) pronounsResolvedRight++;
      }
      if (m && m.start < q.speaker_end) {
        overlapped++;
        if (isPronoun) pronounsCovered++;
        if (isPronoun && q.start !== undefined && q.end !== undefined) {
          let antecedent: (typeof mentions)[number] | undefined;
          for (let k = lo - 1; k >= 0; k--) if (mentions[k]!.actor === m.actor) { antecedent = mentions[k]; break; }
          if (antecedent && antecedent.start >= q.start && antecedent.end <= q.end) pronounsIntoQuote++;
        }
        if (m.start === q.speaker_start && m.end === q.speaker_end) exact++;
      }
    }
  }

  // 3. the bench corpus sample
  const benchFile = join(shared, 'data', 'corpus', 'bench.jsonl.gz');
  const bench = existsSync(benchFile) ? benchFigures(await readBenchSample(benchFile, benchSample)) : undefined;

  const stated = bench ? bench.peopleWithCountry - bench.peopleDateline - bench.peopleGuessed : 0;
  const given = bench ? bench.peopleWithCountry - bench.peopleGuessed : 0;
  const lines = [
    `PETRARCH2 dev (${records.length} records, validation dictionaries): ${found}/${expected} expected actor codes found among mentions (${pct(found, expected)})`,
    ...[...byCategory].sort().map(([c, [h, t]]) => `  ${c.padEnd(9)} ${h}/${t} (${pct(h, t)})`),
    'first misses:',
    ...missed.map((m) => `  ${m}`),
    `PolNeAR dev (${articles.length} articles): ${overlapped}/${speakers} gold speaker spans overlap a mention (${pct(overlapped, speakers)}), ${exact} exactly (${pct(exact, speakers)}); pronoun speakers ${pronounsCovered}/${pronouns} (${pct(pronounsCovered, pronouns)}), named ${overlapped - pronounsCovered}/${speakers - pronouns} (${pct(overlapped - pronounsCovered, speakers - pronouns)})`,
    `PolNeAR dev: pronoun speakers resolved to someone last named inside the quotation itself: ${pronounsIntoQuote}/${pronounsCovered} (${pct(pronounsIntoQuote, pronounsCovered)})`,
    `PolNeAR dev: pronoun speakers resolved to the person of CoreNLP's chain (speaker_coref, silver): ${pronounsResolvedRight}/${pronounsLinked} (${pct(pronounsResolvedRight, pronounsLinked)})`,
    ...(bench ? [`bench corpus sample (${bench.articles} articles): event endpoints with a country ${bench.withCountry}/${bench.endpoints} (${pct(bench.withCountry, bench.endpoints)}); person actors with a country ${bench.peopleWithCountry}/${bench.people} (${pct(bench.peopleWithCountry, bench.people)}): stated ${stated}/${bench.people} (${pct(stated, bench.people)}), dateline of a quoted source ${bench.peopleDateline}, guessed from the article's home country ${bench.peopleGuessed}`,
      `bench corpus sample: person actors with a country, of those whose country the article's words give (a country found, or a state, demonym, capital or body of one in a sentence naming them or in the first sentence) ${given}/${bench.peopleGiven} (${pct(given, bench.peopleGiven)})`] : []),
    `speed on PolNeAR dev (${(chars / 1e6).toFixed(2)} M chars): nlp ${nlpMs.toFixed(0)} ms, actors ${actorMs.toFixed(0)} ms; loading the bundled dictionaries ${bundled.loadMs.toFixed(0)} ms`,
  ];
  for (const l of lines) console.log(l);

  return [
    '## Actors',
    '',
    'Run with `npx tsx eval/run.ts actors` (eval/actors.ts).',
    '',
    '| measure | result |',
    '| --- | --- |',
    `| PETRARCH2 dev: expected source/target codes found among the sentence's mentions (validation dictionaries, record date as published; \`---\`, \`###\` and quoted new-actor codes excluded) | ${found}/${expected} (${pct(found, expected)}) |`,
    ...[...byCategory].sort().map(([c, [h, t]]) => `| &nbsp;&nbsp;category ${c} | ${h}/${t} (${pct(h, t)}) |`),
    `| PolNeAR dev: gold speaker spans overlapping a mention | ${overlapped}/${speakers} (${pct(overlapped, speakers)}) |`,
    `| &nbsp;&nbsp;same span exactly | ${exact}/${speakers} (${pct(exact, speakers)}) |`,
    `| &nbsp;&nbsp;pronoun speakers (he, she, they, who, ...) | ${pronounsCovered}/${pronouns} (${pct(pronounsCovered, pronouns)}) |`,
    `| &nbsp;&nbsp;pronoun speakers resolved to someone last named inside the quotation itself (lower is better) | ${pronounsIntoQuote}/${pronounsCovered} (${pct(pronounsIntoQuote, pronounsCovered)}) |`,
    `| &nbsp;&nbsp;pronoun speakers resolved to the entity of the speaker's coreference chain (the data's \`speaker_coref\`, CoreNLP's automatic chain, not a human link; names matched as the quotes scorer matches them; unresolved counts as wrong) | ${pronounsResolvedRight}/${pronounsLinked} (${pct(pronounsResolvedRight, pronounsLinked)}) |`,
    `| &nbsp;&nbsp;named speakers | ${overlapped - pronounsCovered}/${speakers - pronouns} (${pct(overlapped - pronounsCovered, speakers - pronouns)}) |`,
    ...(bench ? [
      `| bench corpus, ${bench.articles} articles evenly spaced: event endpoints (sources and targets) with a country (IGO and region endpoints have none) | ${bench.withCountry}/${bench.endpoints} (${pct(bench.withCountry, bench.endpoints)}) |`,
      `| &nbsp;&nbsp;person actors (\`person:\` ids) with a country | ${bench.peopleWithCountry}/${bench.people} (${pct(bench.peopleWithCountry, bench.people)}) |`,
      `| &nbsp;&nbsp;&nbsp;&nbsp;stated (by the text or the dictionaries) | ${stated}/${bench.people} (${pct(stated, bench.people)}) |`,
      `| &nbsp;&nbsp;&nbsp;&nbsp;the dateline's country, for a source the story quotes (\`country_inferred: "dateline"\`) | ${bench.peopleDateline}/${bench.people} (${pct(bench.peopleDateline, bench.people)}) |`,
      `| &nbsp;&nbsp;&nbsp;&nbsp;guessed from the article's home country (\`country_inferred: "article"\`; precision judged by hand below) | ${bench.peopleGuessed}/${bench.people} (${pct(bench.peopleGuessed, bench.people)}) |`,
      `| &nbsp;&nbsp;of those whose country the article's words give (the person has a country not guessed, or a sentence naming them, or the first sentence, holds a state, demonym, capital or body of one), with a country not guessed | ${given}/${bench.peopleGiven} (${pct(given, bench.peopleGiven)}) |`,
    ] : []),
    `| time on PolNeAR dev (${(chars / 1e6).toFixed(2)} M chars): nlp / actors stage | ${nlpMs.toFixed(0)} ms / ${actorMs.toFixed(0)} ms |`,
    `| loading the bundled dictionaries | ${bundled.loadMs.toFixed(0)} ms |`,
  ].join('\n');
}
