// The actors stage: recognise states, organisations, groups and people in an article
// and resolve every mention to a CAMEO-style actor id.
//
// Contract for the later stages (quotes, events, stances):
//   recognizeActors(doc, article, ctx) -> ActorResult
//   - actors: each distinct id once, with name, kind, country, role (src/actors/codes.ts).
//   - mentions: sorted by start, non-overlapping, text === article.text.slice(start, end).
//     They cover names ("Emmanuel Macron", "President Putin"), states and demonyms
//     ("Russia", "French"), seats of power used as actors ("Washington", "the Kremlin"),
//     organisations ("NATO", "the European Union"), groups ("European leaders",
//     "Ukrainian troops", "the Trump administration") and resolved coreferent mentions
//     ("Mr. Biden", "the president", "he", "his"), which carry their antecedent's id.
//   - tokenMention[t]: index into mentions of the mention covering doc token t, or -1.
//     mentionCovering(result, doc, start, end) finds the mention for a character span.
// Ids: country ISO alpha-3 (+ role: USAGOV, RUSMIL), IGO/NGO codes (IGOWSTNAT), regions
// (EUR), as the dictionaries give them for the article's `published` date; `person:<slug>`
// for people the dictionaries do not know, `org:<slug>` for named organisations they do
// not know. A titled person whose country the text states takes the country+role code
// ("President Lula of Brazil" -> BRAGOV), as PETRARCH codes them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor, Article, Mention } from '../model.ts';
import { tokenEndingAfter, type Doc } from '../nlp/index.ts';
import { readActorDictionary, readAgentDictionary, type ActorEntry, type DictionaryError } from './dictionary.ts';
import { checkDictionaryKind } from '../dictionaries.ts';
import { addActors, addAgents, emptyLexicon, revivedLexicon, type Lexicon } from './lexicon.ts';
import { loadCompiled, type Compiled } from './compiled.ts';
import { readGivenNames, readNameCues, readWordList, type NameCues } from './cues.ts';
import { displayName } from './phrase.ts';
import { recognize } from './recognize.ts';
import { loadCueLexicon } from '../quotes/lexicon.ts';

export { DictionaryError } from './dictionary.ts';
export { describeActor } from './codes.ts';

export type ActorOptions = {
  /** extra PETRARCH-format actor dictionaries, read after the bundled ones (they win) */
  actors?: string[];
  /** extra PETRARCH-format agent dictionaries */
  agents?: string[];
  /** folder of the bundled data (default: data/actors of this package) */
  dataDir?: string;
};

export type ActorContext = {
  options: ActorOptions;
  lexicon: Lexicon;
  cues: NameCues;
  loadMs: number;
  /** malformed lines of the user's files, skipped (file:line in each message) */
  problems: DictionaryError[];
};

export type ActorResult = {
  actors: Actor[];
  mentions: Mention[];
  /** doc token index -> index into mentions, or -1 */
  tokenMention: Int32Array;
};

const packageData = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'actors');

/** Hand-kept files read after the compiled bundle, in this order (later phrases win). */
export const bundledTextFiles = {
  actors: [
    { file: 'former-states.actors.txt', seat: false },
    { file: 'demonyms.actors.txt', seat: false },
    { file: 'regions.actors.txt', seat: false },
    { file: 'organizations.actors.txt', seat: false },
    { file: 'seats.actors.txt', seat: true },
    { file: 'leaders.actors.txt', seat: false },
  ],
  agents: ['roles.agents.txt'],
};

const nameOf = (e: ActorEntry) => displayName(e.root);

function readUserFile(path: string, what: 'actors' | 'agents'): string {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    throw new Error(`cannot read ${what === 'actors' ? 'actor' : 'agent'} dictionary ${path}: ${reason}`);
  }
  checkDictionaryKind(path, source, what);
  return source;
}

/**
 * Load the bundled dictionaries (data/actors/bundled.json, built by `npm run build:data`,
 * plus the hand-kept text files) and any user files. A malformed line in a bundled file
 * throws DictionaryError naming file and line; in a user file it is skipped.
 */
/** An actor context another thread built (src/context.ts shareDictionaries), as structured cloning delivers it, ready to use. */
export function actorContextFromClone(cloned: ActorContext): ActorContext {
  revivedLexicon(cloned.lexicon);
  return cloned;
}

export function loadActorContext(options: ActorOptions = {}): ActorContext {
  const t = performance.now();
  const dir = options.dataDir ?? packageData;
  const lexicon = emptyLexicon();
  // (the name cues first: their organisation words mark the records that name a group)
  const cuesFile = join(dir, 'name-cues.txt');
  const cues = readNameCues(readFileSync(cuesFile, 'utf8'), cuesFile);
  const givenFile = join(dir, 'given-names.txt');
  if (existsSync(givenFile)) cues.givenName = readGivenNames(readFileSync(givenFile, 'utf8'), givenFile, cues.anyGivenName);
  const commonFile = join(dir, 'common-words.txt');
  if (existsSync(commonFile)) cues.commonWord = readWordList(readFileSync(commonFile, 'utf8'));
  const groupWords = cues.organization;
  const bundle = join(dir, 'bundled.json');
  if (existsSync(bundle)) loadCompiled(lexicon, JSON.parse(readFileSync(bundle, 'utf8')) as Compiled, bundle, groupWords);
  for (const { file, seat } of bundledTextFiles.actors) {
    const path = join(dir, file);
    if (existsSync(path)) addActors(lexicon, readActorDictionary(readFileSync(path, 'utf8'), path), nameOf, seat, groupWords);
  }
  for (const file of bundledTextFiles.agents) {
    const path = join(dir, file);
    if (existsSync(path)) addAgents(lexicon, readAgentDictionary(readFileSync(path, 'utf8'), path));
  }
  // User files are often third-party ones (Phoenix, PETRARCH): a malformed line is skipped, not fatal
  // (the command line reports skipped lines: src/dictionaries.ts), but a file of another kind is refused.
  const problems: DictionaryError[] = [];
  const lenient = { strict: false, problems };
  for (const path of options.actors ?? []) addActors(lexicon, readActorDictionary(readUserFile(path, 'actors'), path, lenient), nameOf, false, groupWords);
  for (const path of options.agents ?? []) addAgents(lexicon, readAgentDictionary(readUserFile(path, 'agents'), path, lenient));
  const cueLexicon = loadCueLexicon();
  for (const [form, verb] of cueLexicon.verbs) (verb.cueClass === 'speech' ? cues.speech : cues.thought).add(form);
  return { options, lexicon, cues, loadMs: performance.now() - t, problems };
}

export function recognizeActors(doc: Doc, article: Article, ctx: ActorContext): ActorResult {
  return recognize({ doc, article, lexicon: ctx.lexicon, cues: ctx.cues });
}

/**
 * The actors with only the countries the text states or the story's dateline gives: a person's
 * country guessed from the article's home country (country_inferred 'article') is for readers
 * of the actor list, and no event, stance or stored row is coded from it.
 */
export function statedCountries(result: ActorResult): ActorResult {
  if (!result.actors.some((actor) => actor.country_inferred === 'article')) return result;
  const actors = result.actors.map((actor) => {
    if (actor.country_inferred !== 'article') return actor;
    const { country: _guess, country_inferred: _from, ...stated } = actor;
    return stated;
  });
  return { ...result, actors };
}

/** The mention that covers the character span [start, end) entirely, or undefined. */
export function mentionCovering(result: ActorResult, doc: Doc, start: number, end: number): Mention | undefined {
  const lo = tokenEndingAfter(doc, start);
  if (lo >= doc.length) return undefined;
  const index = result.tokenMention[lo]!;
  const mention = index >= 0 ? result.mentions[index] : undefined;
  return mention && mention.start <= start && mention.end >= end ? mention : undefined;
}
