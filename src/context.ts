// Everything analyze() needs besides the article: the nlp model and each
// stage's dictionaries, loaded once and passed explicitly (no hidden globals).
import { loadNlp, type Nlp } from './nlp/index.ts';
import { loadSyntax, type SyntaxModel } from './nlp/syntax.ts';
import { loadActorContext, type ActorContext, type ActorOptions } from './actors/index.ts';
import { loadQuoteContext, type QuoteContext } from './quotes/index.ts';
import { loadEventContext, type EventContext, type EventOptions } from './events/index.ts';
import { loadStanceContext, type StanceContext } from './stances/index.ts';
import { loadIssueCoding, type IssueCoding } from './events/issue-coding.ts';

/** issues: issue-coding files (--issues), whose codes tag each event's sentence */
export type ContextOptions = ActorOptions & EventOptions & { issues?: string[] };

export type Context = {
  nlp: Nlp;
  syntax: SyntaxModel;
  actors: ActorContext;
  quotes: QuoteContext;
  events: EventContext;
  stances: StanceContext;
  /** absent without --issues: Entente ships no issue coding */
  issueCoding?: IssueCoding;
};

export function loadContext(options: ContextOptions = {}): Context {
  return {
    nlp: loadNlp(),
    syntax: loadSyntax(),
    actors: loadActorContext(options),
    quotes: loadQuoteContext(),
    events: loadEventContext(options),
    stances: loadStanceContext(),
    ...(options.issues?.length ? { issueCoding: loadIssueCoding(options.issues) } : {}),
  };
}
