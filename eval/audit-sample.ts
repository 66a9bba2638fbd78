// A seeded random sample of events from the bench corpus, printed for a hand audit
// (npx tsx eval/audit-sample.ts [--n 80] [--seed 7]; docs/accuracy.md, "Bench audit").
//
// Articles are visited in a seeded random order; each is analysed with the bundled
// dictionaries (loadContext({})), and an article with events gives one of them, drawn with the
// same generator, until n events are drawn. For each event it prints the article id, the
// sentence, the CAMEO code and its name, source and target (actor id, actor name and the words
// in the text), negation and modality. The same seed gives the same sample on the same code.
//
// The bench corpus is for research use: print it to read it, never commit what this prints.
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { join, resolve } from 'node:path';
import { analyze } from '../src/analyze.ts';
import { loadContext } from '../src/context.ts';
import { finishArticle } from '../src/ingest/index.ts';
import { parseJsonlRecord } from '../src/ingest/jsonl.ts';
import { readTsv } from '../src/events/code-tables.ts';
import { tokenize } from '../src/nlp/index.ts';
import type { Analysis, Article, Event, Span } from '../src/model.ts';
import { seededUniform } from './seeded.ts';

const defaultSize = 80;
const defaultSeed = 7;

/** 0..n-1 in a seeded random order (Fisher-Yates). */
function shuffledIndices(n: number, next: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

async function readLines(file: string): Promise<string[]> {
  const lines: string[] = [];
  const input = createReadStream(file).pipe(createGunzip());
  for await (const line of createInterface({ input, crlfDelay: Infinity })) if (line.trim()) lines.push(line);
  return lines;
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`audit-sample: --${name} needs a whole number, got "${process.argv[at + 1] ?? ''}"`);
    process.exit(2);
  }
  return value;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The sentence holding the event's cue (the cue in [brackets]) and the sentence before it, as the nlp stage splits them. */
function sentencesOf(article: Article, event: Event, sentences: readonly Span[]): { before: string; sentence: string } {
  const cue = event.cue ?? event;
  const at = Math.max(0, sentences.findIndex((s) => s.start <= cue.start && cue.start < s.end));
  const { start, end } = sentences[at]!;
  const text = article.text;
  const marked = `${text.slice(start, cue.start)}[${text.slice(cue.start, cue.end)}]${text.slice(cue.end, end)}`;
  const before = at > 0 ? text.slice(sentences[at - 1]!.start, sentences[at - 1]!.end) : '';
  return { before: oneLine(before), sentence: oneLine(marked) };
}

function party(analysis: Analysis, end: Event['source'] | null): string {
  if (!end) return '(none)';
  const actor = analysis.actors.find((a) => a.id === end.actor);
  const country = end.country && !end.actor.startsWith(end.country) ? ` [acts for ${end.country}${end.role ?? ''}]` : '';
  return `${end.actor} "${actor?.name ?? end.name}"${country}, text "${analysis.article.text.slice(end.start, end.end)}"`;
}

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.ENTENTE_SHARED ?? join(root, '..', 'shared'));
const corpus = join(shared, 'data', 'corpus', 'bench.jsonl.gz');
if (!existsSync(join(shared, 'data'))) {
  console.error(`audit-sample: the shared data folder is absent (looked for ${join(shared, 'data')}); set ENTENTE_SHARED to its parent folder`);
  process.exit(2);
}
if (!existsSync(corpus)) {
  console.error(`audit-sample: the bench corpus is absent (looked for ${corpus})`);
  process.exit(2);
}

const size = option('n', defaultSize);
const seed = option('seed', defaultSeed);
const names = new Map(readTsv(join(root, 'data', 'events', 'cameo-event-codes.tsv'), ['code', 'name']).map((r) => [r.code!, r.name!]));
const lines = await readLines(corpus);
const ctx = loadContext({});
const next = seededUniform(seed);
let drawn = 0;
let visited = 0;
for (const index of shuffledIndices(lines.length, next)) {
  if (drawn >= size) break;
  const raw = parseJsonlRecord(lines[index]!);
  if (typeof raw === 'string') continue;
  const article: Article | string = finishArticle(raw);
  if (typeof article === 'string') continue;
  visited++;
  const analysis = analyze(article, ctx);
  if (!analysis.events.length) continue;
  const event = analysis.events[Math.floor(next() * analysis.events.length)]!;
  drawn++;
  const status = [event.negated ? 'negated' : 'not negated', event.modality ?? 'asserted'].join(', ');
  console.log(`#${drawn} ${article.id} (line ${index + 1}, ${analysis.events.length} events)`);
  const { before, sentence } = sentencesOf(article, event, tokenize(article.text, ctx.nlp, article.boilerplate).sentences);
  if (before) console.log(`  before:   ${before}`);
  console.log(`  sentence: ${sentence}`);
  console.log(`  cue: "${event.cue?.text ?? event.text}"  cameo ${event.cameo} ${names.get(event.cameo) ?? '(no name)'}  plover ${event.plover || '-'}`);
  console.log(`  source: ${party(analysis, event.source)}`);
  console.log(`  target: ${party(analysis, event.target)}`);
  console.log(`  status: ${status}${event.date ? `; date ${event.date}` : ''}`);
  console.log('');
}
console.log(`${drawn} events from ${visited} articles visited (seed ${seed}, ${lines.length} articles in ${corpus})`);
if (drawn < size) console.log(`audit-sample: only ${drawn} of ${size} events: the corpus ran out`);
