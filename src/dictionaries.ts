// What kind of PETRARCH/TABARI dictionary a file is, from its content, so a file given to
// the wrong option is refused with a sentence saying which option it belongs to, rather than
// read as something it is not (a discard list read as actors is a list of phrases without
// codes: accepted, and silently useless).
import { contentLines } from './actors/dictionary.ts';

export type DictionaryKind = 'actors' | 'agents' | 'verbs' | 'discards' | 'issues';

/** The option each kind is given with. */
export const dictionaryOption: Record<DictionaryKind, string> = {
  actors: '--actors',
  agents: '--agents',
  verbs: '--verbs',
  discards: '--discards',
  issues: '--issues',
};

const described: Record<DictionaryKind, string> = {
  actors: 'an actor dictionary (phrases with [CODE] lines)',
  agents: 'an agent dictionary (phrases with [~CODE] or [CODE~])',
  verbs: 'a verb dictionary (--- VERB [CODE] --- blocks)',
  discards: 'a discard list (phrases without codes)',
  issues: 'an issue-coding file (<ISSUE CATEGORY=...> sections)',
};

/** The kind a dictionary's text looks like. */
export function sniffDictionary(source: string): DictionaryKind {
  let agentCodes = 0;
  let actorCodes = 0;
  for (const { text } of contentLines(source)) {
    const line = text.trim();
    if (/^<ISSUE\b/i.test(line)) return 'issues';
    if (/^-{3}.*-{3}$/.test(line)) return 'verbs';
    for (const code of line.matchAll(/\[([^\]]*)\]/g)) {
      const inner = code[1]!.trim();
      if (inner.startsWith('~') || /~$/.test(inner.split(/\s/)[0]!)) agentCodes++;
      else actorCodes++;
    }
  }
  if (agentCodes + actorCodes === 0) return 'discards';
  return agentCodes > actorCodes ? 'agents' : 'actors';
}

export class DictionaryKindError extends Error {}

/**
 * Throws when `source`, given as `expected`, reads as another kind of dictionary. Discard
 * lists take any phrases, so only files that are clearly something else are refused there.
 */
export function checkDictionaryKind(file: string, source: string, expected: DictionaryKind): void {
  const kind = sniffDictionary(source);
  if (kind === expected) return;
  if (expected === 'discards' && kind !== 'verbs' && kind !== 'issues') return;
  // an agent file read as actors (or the reverse) with a few odd codes is still told apart by its majority
  throw new DictionaryKindError(
    `${dictionaryOption[expected]} ${file}: this is ${described[kind]}, not ${described[expected]}; give it with ${dictionaryOption[kind]}`,
  );
}
