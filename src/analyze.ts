// Article -> Analysis: the pipeline as one visible composition of stages (the events stage's
// issue tagging, a step of its own, only with --issues).
// Pure: depends only on the article and the loaded context.
import type { Analysis, Article } from './model.ts';
import type { Context } from './context.ts';
import { syntaxOf, tokenize } from './nlp/index.ts';
import { recognizeActors, statedCountries } from './actors/index.ts';
import { extractQuotes } from './quotes/index.ts';
import { codeEvents } from './events/index.ts';
import { tagIssues } from './events/issue-coding.ts';
import { findStances } from './stances/index.ts';

/** Timed stages: nlp is wink's tokens and sentences, syntax Entente's tagger and parser. */
export const stageNames = ['nlp', 'syntax', 'actors', 'quotes', 'events', 'stances'] as const;
export type StageName = (typeof stageNames)[number];
/** Milliseconds spent per stage, accumulated when a timing record is passed. */
export type StageTimes = Record<StageName, number>;

export function newStageTimes(): StageTimes {
  return { nlp: 0, syntax: 0, actors: 0, quotes: 0, events: 0, stances: 0 };
}

export function analyze(article: Article, ctx: Context, times?: StageTimes): Analysis {
  let t = times ? performance.now() : 0;
  const lap = (stage: StageName) => {
    if (!times) return;
    const now = performance.now();
    times[stage] += now - t;
    t = now;
  };
  const tokens = tokenize(article.text, ctx.nlp, article.boilerplate);
  lap('nlp');
  const doc = { ...tokens, ...syntaxOf(tokens, ctx.syntax) };
  lap('syntax');
  const found = recognizeActors(doc, article, ctx.actors);
  // the later stages code only countries the text gives, not the article's guessed ones
  const stated = statedCountries(found);
  lap('actors');
  const quotes = extractQuotes(doc, article, stated, ctx.quotes);
  lap('quotes');
  const events = tagIssues(doc, codeEvents(doc, article, stated, quotes, ctx.events), ctx.issueCoding);
  lap('events');
  const stances = findStances(doc, article, stated, quotes, events, ctx.stances);
  lap('stances');
  return { article, actors: found.actors, mentions: found.mentions, quotes, events, stances };
}
