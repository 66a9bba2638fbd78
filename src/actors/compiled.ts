// The compact compiled form of the bundled dictionaries (data/actors/bundled.json),
// written by scripts/build-actors.ts so that start-up reads one JSON file instead of
// re-reading ~2 MB of PETRARCH text.
//
// Format "entente-actors/1":
//   { format, sources: [file, ...],
//     actors: [[name, rules, seat, origin, phrase, phrase, ...], ...],
//     agents: [[phrase, code, placement, plural, origin], ...] }
// `phrase` is its token keys joined by single spaces; `rules` is space-separated
// `CODE` (default) or `CODE@FROM-TO` (YYYYMMDD, either side may be empty); `seat` is 0|1;
// `placement` is "~" for suffix agents (~GOV) and "~pre" for prefix agents (NGO~);
// `origin` is `sourceIndex:line`.
import type { ActorEntry, AgentEntry, CodeRule } from './dictionary.ts';
import type { Lexicon } from './lexicon.ts';
import { addActorRecord, phrasesHold } from './lexicon.ts';

const compiledFormat = 'entente-actors/1';

export type CompiledActor = [name: string, rules: string, seat: 0 | 1, origin: string, ...phrases: string[]];
export type CompiledAgent = [phrase: string, code: string, placement: '~' | '~pre', plural: 0 | 1, origin: string];
export type Compiled = { format: string; sources: string[]; actors: CompiledActor[]; agents: CompiledAgent[] };

function encodeRules(rules: readonly CodeRule[]): string {
  return rules.map((r) => (r.restricted ? `${r.code}@${r.from ?? ''}-${r.to ?? ''}` : r.code)).join(' ');
}

function decodeRules(text: string): CodeRule[] {
  if (!text) return [];
  return text.split(' ').map((part) => {
    const at = part.lastIndexOf('@');
    if (at < 0) return { code: part, restricted: false };
    const [from, to] = part.slice(at + 1).split('-');
    return { code: part.slice(0, at), restricted: true, ...(from ? { from: Number(from) } : {}), ...(to ? { to: Number(to) } : {}) };
  });
}

export type CompiledInput = { entry: ActorEntry; name: string; seat: boolean };

export function compile(sources: string[], actors: CompiledInput[], agents: AgentEntry[]): Compiled {
  const sourceIndex = (origin: string) => {
    const colon = origin.lastIndexOf(':');
    return `${sources.indexOf(origin.slice(0, colon))}:${origin.slice(colon + 1)}`;
  };
  return {
    format: compiledFormat,
    sources,
    actors: actors.map(({ entry, name, seat }) => [
      name,
      encodeRules(entry.rules),
      seat ? 1 : 0,
      sourceIndex(entry.origin),
      ...entry.phrases.map((p) => p.join(' ')),
    ]),
    agents: agents.map((a) => [a.phrase.join(' '), a.code, a.placement === 'suffix' ? '~' : '~pre', a.plural ? 1 : 0, sourceIndex(a.origin)]),
  };
}

/** Fill a lexicon from the compiled form (in order, so later records win). */
export function loadCompiled(lexicon: Lexicon, compiled: Compiled, file: string, groupWords?: ReadonlySet<string>): void {
  if (compiled.format !== compiledFormat) {
    throw new Error(`${file}: expected format "${compiledFormat}", found "${compiled.format}" (run npm run build:data)`);
  }
  const origin = (o: string) => {
    const [source, line] = o.split(':');
    return `${compiled.sources[Number(source)] ?? file}:${line}`;
  };
  for (const [name, rules, seat, o, ...phrases] of compiled.actors) {
    const words = phrases.map((p) => p.split(' '));
    addActorRecord(lexicon, { name, rules: decodeRules(rules), seat: seat === 1, origin: origin(o), group: phrasesHold(words, groupWords) }, words);
  }
  for (const [phrase, code, placement, plural, o] of compiled.agents) {
    const index = lexicon.agents.length;
    lexicon.agents.push({ code, placement: placement === '~' ? 'suffix' : 'prefix', plural: plural === 1, origin: origin(o), head: phrase });
    lexicon.agentTrie.add(phrase.split(' '), index);
  }
}
