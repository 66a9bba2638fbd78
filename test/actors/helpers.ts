// Shared set-up for the actors tests: the bundled dictionaries (loaded once), and small
// helpers that run the nlp and actors stages on a text.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/model.ts';
import { parse } from '../../src/nlp/index.ts';
import { recognizeActors, statedCountries, type ActorContext, type ActorResult } from '../../src/actors/index.ts';
import { bundledContext as sharedContext } from '../context.ts';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixtures = join(root, 'test', 'fixtures', 'actors');

/** the bundled actor dictionaries: those of the context the other tests share (test/context.ts) */
export function bundledContext(): ActorContext {
  return sharedContext().actors;
}

// (the countries the text states or a dateline gives: the article's guessed home country,
// country_inferred 'article', is tested with guessedText)
export function recognizeText(text: string, published?: string, ctx: ActorContext = bundledContext()): ActorResult {
  return statedCountries(guessedText(text, published, ctx));
}

/** recognizeText with the countries guessed from the article's home country left in. */
export function guessedText(text: string, published?: string, ctx: ActorContext = bundledContext()): ActorResult {
  const article: Article = { id: 'test', text, ...(published ? { published } : {}) };
  return recognizeActors(parse(text), article, ctx);
}

/** "text => id" for each mention, in order: compact to compare and readable in failures. */
export function mentionPairs(result: ActorResult): string[] {
  return result.mentions.map((m) => `${m.text} => ${m.actor}`);
}

/** The id of the mention whose text is exactly `text` (the first one), or undefined. */
export function idOf(result: ActorResult, text: string): string | undefined {
  return result.mentions.find((m) => m.text === text)?.actor;
}

export type SampleArticle = Article & { title?: string };
let samples: SampleArticle[] | undefined;
/** An article of the bundled sample corpus whose text contains `snippet`. */
export function sampleWith(snippet: string): SampleArticle {
  samples ??= readFileSync(join(root, 'samples', 'sample.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as SampleArticle);
  const found = samples.find((a) => a.text.includes(snippet));
  if (!found) throw new Error(`no sample article contains "${snippet}"`);
  return found;
}

export function recognizeSample(snippet: string): { article: SampleArticle; result: ActorResult } {
  const article = sampleWith(snippet);
  return { article, result: recognizeActors(parse(article.text), article, bundledContext()) };
}

/** The mentions that fall inside the first occurrence of `snippet` in the article. */
export function mentionsIn(article: Article, result: ActorResult, snippet: string): string[] {
  const start = article.text.indexOf(snippet);
  const end = start + snippet.length;
  return result.mentions.filter((m) => m.start >= start && m.end <= end).map((m) => `${m.text} => ${m.actor}`);
}

/**
 * The code a mention's actor acts as, as events, stances and cohesion read it: a person with a
 * country is its country and role (person:vladimir-putin of RUS, GOV: RUSGOV); others their id.
 */
export function actingCode(result: ActorResult, id: string): string {
  const actor = result.actors.find((a) => a.id === id);
  return actor?.kind === 'person' && actor.country ? `${actor.country}${actor.role ?? ''}` : id;
}

/** "text => code" for each mention, a person written as the code it acts as (RUSGOV). */
export function codedPairs(result: ActorResult): string[] {
  return result.mentions.map((m) => `${m.text} => ${actingCode(result, m.actor)}`);
}

/** The code (as codedPairs writes it) of the first mention whose text is exactly `text`. */
export function codeAt(result: ActorResult, text: string): string | undefined {
  const id = idOf(result, text);
  return id === undefined ? undefined : actingCode(result, id);
}

/** mentionsIn, each person written as the code it acts as. */
export function codedIn(article: Article, result: ActorResult, snippet: string): string[] {
  const start = article.text.indexOf(snippet);
  const end = start + snippet.length;
  return result.mentions.filter((m) => m.start >= start && m.end <= end).map((m) => `${m.text} => ${actingCode(result, m.actor)}`);
}
