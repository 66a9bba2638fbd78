// Everything analyze() needs besides the article: the nlp model and each
// stage's dictionaries, loaded once and passed explicitly (no hidden globals).
import { deserialize, serialize } from 'node:v8';
import { loadNlp, type Nlp } from './nlp/index.ts';
import { loadSyntax, type SyntaxModel } from './nlp/syntax.ts';
import { actorContextFromClone, loadActorContext, type ActorContext, type ActorOptions } from './actors/index.ts';
import { loadQuoteContext, type QuoteContext } from './quotes/index.ts';
import {
  clonableEventContext,
  eventContextFromClone,
  loadEventContext,
  type ClonableEventContext,
  type EventContext,
  type EventOptions,
} from './events/index.ts';
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

/** `syntax`: a model already in memory (a worker thread's, shared by the thread that started it) */
export function loadContext(options: ContextOptions = {}, syntax: SyntaxModel = loadSyntax()): Context {
  return {
    nlp: loadNlp(),
    syntax,
    actors: actorContextFor(options),
    quotes: loadQuoteContext(),
    events: eventContextFor(options),
    stances: loadStanceContext(),
    ...(options.issues?.length ? { issueCoding: loadIssueCoding(options.issues) } : {}),
  };
}

/**
 * The bundled actor dictionaries and event rules, built once per process (as the nlp and
 * syntax models are) and shared by every context that adds no file of its own to them: a
 * context with event settings only (--min-confidence, --paired-codes) shares both, one with
 * the user's actor dictionaries shares the event rules. Analysis never changes them. The
 * user's files are read again for each context: they may change between two commands run in
 * one process (the tests run the command line in theirs).
 */
let bundledActors: ActorContext | undefined;
let bundledEvents: EventContext | undefined;

/**
 * The bundled actor dictionaries and event rules as a worker thread can be given them: their
 * structured-clone bytes, on shared memory. Unlike the syntax model's weight tables they are
 * object graphs (tries, maps, rule arrays), which threads cannot share, so a worker still
 * holds a copy of its own; what it is spared is reading the files and compiling the rules
 * (docs/performance.md).
 */
export type SharedDictionaries = { actors: Uint8Array; events: Uint8Array };

let shared: SharedDictionaries | undefined;
/** what the thread that started this one gave it (a worker's): used as the bundled dictionaries */
let given: SharedDictionaries | undefined;

/** Actor dictionaries and event rules as bytes another thread can read (adoptDictionaries). */
export function shareDictionaries(actors: ActorContext, events: EventContext): SharedDictionaries {
  return { actors: onSharedMemory(serialize(actors)), events: onSharedMemory(serialize(clonableEventContext(events))) };
}

/** The bundled dictionaries as bytes, made once per process, when this thread has built both; loads nothing. */
export function sharedDictionaries(): SharedDictionaries | undefined {
  if (!bundledActors || !bundledEvents) return undefined;
  shared ??= shareDictionaries(bundledActors, bundledEvents);
  return shared;
}

/** A worker's: the dictionaries its starting thread shared stand for the bundled ones, read when a context first needs them. */
export function adoptDictionaries(dictionaries: SharedDictionaries): void {
  given = dictionaries;
}

function onSharedMemory(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(new SharedArrayBuffer(bytes.length));
  copy.set(bytes);
  return copy;
}

function actorContextFor(options: ActorOptions): ActorContext {
  if (options.actors?.length || options.agents?.length || options.dataDir !== undefined) return loadActorContext(options);
  bundledActors ??= given ? actorContextFromClone(deserialize(given.actors) as ActorContext) : loadActorContext({});
  return bundledActors;
}

function eventContextFor(options: EventOptions): EventContext {
  if (options.verbs?.length || options.discards?.length || options.builtinVerbs === false) return loadEventContext(options);
  bundledEvents ??= given ? eventContextFromClone(deserialize(given.events) as ClonableEventContext) : loadEventContext({});
  // the settings are read from the context's own options, at analysis time
  return { ...bundledEvents, options };
}
