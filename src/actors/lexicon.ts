// The loaded dictionaries: actor records and agent phrases, each behind a token trie
// over lower-cased token keys, so that a document is matched in one left-to-right pass.
import type { ActorEntry, AgentEntry, CodeRule } from './dictionary.ts';

/** A key without its diacritics ("zoé" -> "zoe"); ASCII keys are returned as they are. */
function foldDiacritics(key: string): string {
  return /[^\u0000-\u007f]/.test(key) ? key.normalize('NFD').replace(/\p{M}/gu, '') : key;
}

/**
 * Token keys interned to small integers, shared by the tries of one lexicon: a document's
 * keys are looked up once (idsOf) and every trie walk after that compares integers.
 * Dictionary tokens are kept without diacritics and a document's key is tried as written,
 * then without them, so ZOE_BLANC matches "Zoé Blanc" and SAINT_BARTHÉLEMY "Saint Barthelemy".
 */
export class TokenVocabulary {
  private readonly ids = new Map<string, number>();

  idOf(written: string): number {
    const token = foldDiacritics(written);
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.ids.size;
      if (id >= tokenSpan) throw new Error(`token vocabulary: more than ${tokenSpan} distinct phrase tokens`);
      this.ids.set(token, id);
    }
    return id;
  }

  /** The id of a token, -1 when no dictionary phrase holds it. */
  find(token: string): number {
    return this.lookup(token);
  }

  private lookup(key: string): number {
    const id = this.ids.get(key);
    if (id !== undefined) return id;
    const folded = foldDiacritics(key);
    return folded === key ? -1 : (this.ids.get(folded) ?? -1);
  }

  /** How many distinct tokens have ids (ids run from 0 to size - 1). */
  get size(): number {
    return this.ids.size;
  }

  /** idsOf written into `out` (at least keys.length long), which is returned. */
  idsInto(keys: readonly string[], out: Int32Array): Int32Array {
    for (let i = 0; i < keys.length; i++) out[i] = this.lookup(keys[i]!);
    return out;
  }

  /** The id of each key, -1 for a key no dictionary phrase holds (no walk goes through it). */
  idsOf(keys: readonly string[]): Int32Array {
    return this.idsInto(keys, new Int32Array(keys.length));
  }
}

/**
 * Trie edges (node, token id) -> child in an open-addressing hash table over one typed array:
 * a lookup compares two integers and allocates nothing (a Map keyed by node * span + id would
 * need keys beyond the small-integer range, boxed on every step of every walk). Each slot is
 * four integers (node, id, child, unused) in a row, so that a probe reads one cache line.
 */
class EdgeTable {
  /** slot i: [4i] node, [4i + 1] token id, [4i + 2] child node or -1 for an empty slot */
  private slots = EdgeTable.empty(1024);
  private capacity = 1024;
  private count = 0;

  private static empty(capacity: number): Int32Array {
    const slots = new Int32Array(capacity * 4);
    for (let i = 2; i < slots.length; i += 4) slots[i] = -1;
    return slots;
  }

  private static slot(node: number, id: number, mask: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(id + 1, 0x85ebca77)) & mask;
  }

  get(node: number, id: number): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    for (let i = EdgeTable.slot(node, id, mask); ; i = (i + 1) & mask) {
      const at = i << 2;
      const child = slots[at + 2]!;
      if (child < 0) return -1;
      if (slots[at] === node && slots[at + 1] === id) return child;
    }
  }

  /** Add an edge that is not there yet. */
  add(node: number, id: number, child: number): void {
    if ((this.count + 1) * 2 > this.capacity) this.grow();
    const mask = this.capacity - 1;
    let i = EdgeTable.slot(node, id, mask);
    while (this.slots[(i << 2) + 2]! >= 0) i = (i + 1) & mask;
    const at = i << 2;
    this.slots[at] = node;
    this.slots[at + 1] = id;
    this.slots[at + 2] = child;
    this.count++;
  }

  private grow(): void {
    const { slots, capacity } = this;
    this.capacity = capacity * 2;
    this.slots = EdgeTable.empty(this.capacity);
    this.count = 0;
    for (let at = 0; at < slots.length; at += 4) if (slots[at + 2]! >= 0) this.add(slots[at]!, slots[at + 1]!, slots[at + 2]!);
  }
}

/**
 * A token trie stored flat: one hash table from (node, token id) to the child node, and one
 * payload slot per node (-1 when no phrase ends there). Integer keys spare the matcher, which
 * runs at every token of every document, from building and hashing a string per step; flat
 * storage keeps building ~100k dictionary phrases to a few tens of milliseconds.
 */
/** A phrase found by TokenTrie.match: its end token (exclusive) and its payload. */
export type TrieMatch = { end: number; value: number };

export class TokenTrie {
  private readonly edges = new EdgeTable();
  /**
   * Per node, side by side: [2n] the payload (-1 when no phrase ends there) and [2n + 1] a mask
   * of its children's token ids (bit id & 31), which turns most failing edge lookups away
   * before they reach the large edge table.
   */
  private nodes = Int32Array.of(-1, 0);
  private nodeCount = 1;
  /** the root's children indexed by token id (-1: none): most walks end at the first token */
  private rootChildren = new Int32Array(1024).fill(-1);

  constructor(readonly vocabulary: TokenVocabulary = new TokenVocabulary()) {}

  /**
   * A trie another thread built, as structured cloning delivers it (every field, no class):
   * the same object with its methods, and those of its edge table and vocabulary, given back.
   */
  static revive(cloned: TokenTrie): TokenTrie {
    Object.setPrototypeOf(cloned, TokenTrie.prototype);
    Object.setPrototypeOf(cloned.edges, EdgeTable.prototype);
    Object.setPrototypeOf(cloned.vocabulary, TokenVocabulary.prototype);
    return cloned;
  }

  /**
   * Add a phrase; a later phrase with the same tokens replaces the earlier payload.
   * wink-nlp keeps some hyphenated words whole ("Vice-President") and splits others
   * ("al - Qaeda"), so a phrase with hyphens is also added with them joined.
   */
  add(tokens: readonly string[], value: number): void {
    this.addExact(tokens, value);
    if (tokens.includes('-')) {
      const joined: string[] = [];
      for (let k = 0; k < tokens.length; k++) {
        if (tokens[k] === '-' && joined.length && k + 1 < tokens.length) joined[joined.length - 1] += `-${tokens[++k]}`;
        else joined.push(tokens[k]!);
      }
      this.addExact(joined, value);
    }
  }

  private addExact(tokens: readonly string[], value: number): void {
    let node = 0;
    for (const token of tokens) {
      const id = this.vocabulary.idOf(token);
      let next = this.edges.get(node, id);
      if (next < 0) {
        next = this.nodeCount++;
        if (next * 2 >= this.nodes.length) {
          const grown = new Int32Array(this.nodes.length * 2);
          grown.set(this.nodes);
          this.nodes = grown;
        }
        this.nodes[next * 2] = -1;
        this.nodes[node * 2 + 1]! |= 1 << (id & 31);
        this.edges.add(node, id, next);
        if (node === 0) {
          if (id >= this.rootChildren.length) {
            const grown = new Int32Array(Math.max(this.rootChildren.length * 2, id + 1)).fill(-1);
            grown.set(this.rootChildren);
            this.rootChildren = grown;
          }
          this.rootChildren[id] = next;
        }
      }
      node = next;
    }
    this.nodes[node * 2] = value;
  }

  /**
   * The longest phrase starting at ids[from] and ending before `limit`, over token ids from
   * this trie's vocabulary (idsOf): its end token (exclusive) and its payload; undefined when none.
   */
  match(ids: Int32Array, from: number, limit: number): TrieMatch | undefined {
    if (from >= limit || from < 0) return undefined;
    const first = ids[from]!;
    if (first < 0 || first >= this.rootChildren.length) return undefined;
    let node = this.rootChildren[first]!;
    if (node < 0) return undefined;
    const nodes = this.nodes;
    let bestEnd = -1;
    let bestValue = nodes[node * 2]!;
    if (bestValue >= 0) bestEnd = from + 1;
    for (let i = from + 1; i < limit; i++) {
      const id = ids[i]!;
      if (id < 0 || (nodes[node * 2 + 1]! & (1 << (id & 31))) === 0) break;
      const next = this.edges.get(node, id);
      if (next < 0) break;
      node = next;
      const value = nodes[node * 2]!;
      if (value >= 0) {
        bestEnd = i + 1;
        bestValue = value;
      }
    }
    return bestEnd >= 0 ? { end: bestEnd, value: bestValue } : undefined;
  }

  get size(): number {
    return this.nodeCount - 1;
  }
}

/** More distinct phrase tokens than this is a dictionary gone wrong. */
const tokenSpan = 1 << 21;

/** One actor record as used at run time. */
export type LexiconActor = {
  /** display name of the record's primary phrase ("Vladimir Putin") */
  name: string;
  rules: CodeRule[];
  /** a capital or seat of power: an actor only when not used as a place ("in Moscow") */
  seat: boolean;
  origin: string;
  /**
   * a phrase of the record holds an organisation's word ("Russian punk group Pussy Riot", name
   * cues `organization`): the record names a group, and no undated phrase of it is a person
   */
  group: boolean;
};

/** Whether one of the phrases holds one of the words (compared lower-cased). */
export function phrasesHold(phrases: readonly (readonly string[])[], words: ReadonlySet<string> | undefined): boolean {
  if (!words?.size) return false;
  for (const phrase of phrases) for (const word of phrase) if (words.has(word.toLowerCase())) return true;
  return false;
}

export type LexiconAgent = Pick<AgentEntry, 'code' | 'placement' | 'plural' | 'origin'> & { head: string };

export type Lexicon = {
  actors: LexiconActor[];
  actorTrie: TokenTrie;
  agents: LexiconAgent[];
  agentTrie: TokenTrie;
  /** the token ids both tries are keyed by */
  vocabulary: TokenVocabulary;
  /** the words of the phrases of international and non-governmental bodies (namesBody), for reading their names misspelt (misspellings.ts) */
  bodyWords: Set<string>;
};

/** Codes of international and non-governmental bodies and armed groups, by their first letters (firms, MNC, are not bodies). */
const bodyPrefixes: ReadonlySet<string> = new Set(['IGO', 'NGO', 'IMG', 'NGM']);

/** Whether a record with these codes names an international or non-governmental body or an armed group ("United Nations" IGOUNO). */
export function namesBody(rules: readonly CodeRule[]): boolean {
  return rules.some((rule) => bodyPrefixes.has(rule.code.slice(0, 3)));
}

/** Add one actor record: its phrases to the trie, and a body's words to bodyWords. */
export function addActorRecord(lexicon: Lexicon, actor: LexiconActor, phrases: readonly (readonly string[])[]): void {
  const index = lexicon.actors.length;
  lexicon.actors.push(actor);
  for (const phrase of phrases) lexicon.actorTrie.add(phrase, index);
  if (namesBody(actor.rules)) for (const phrase of phrases) for (const word of phrase) lexicon.bodyWords.add(word);
}

/** A lexicon another thread built, delivered by structured cloning: its tries get their methods back (TokenTrie.revive). */
export function revivedLexicon(cloned: Lexicon): Lexicon {
  TokenTrie.revive(cloned.actorTrie);
  TokenTrie.revive(cloned.agentTrie);
  return cloned;
}

export function emptyLexicon(): Lexicon {
  const vocabulary = new TokenVocabulary();
  return { actors: [], actorTrie: new TokenTrie(vocabulary), agents: [], agentTrie: new TokenTrie(vocabulary), vocabulary, bodyWords: new Set() };
}

/** Add actor records; later additions win for identical phrases (user files over bundled ones). */
/** groupWords: organisation words that make a record a group (LexiconActor.group) */
export function addActors(
  lexicon: Lexicon,
  entries: readonly ActorEntry[],
  name: (e: ActorEntry) => string,
  seat = false,
  groupWords?: ReadonlySet<string>,
): void {
  for (const entry of entries) {
    addActorRecord(lexicon, { name: name(entry), rules: entry.rules, seat, origin: entry.origin, group: phrasesHold(entry.phrases, groupWords) }, entry.phrases);
  }
}

export function addAgents(lexicon: Lexicon, entries: readonly AgentEntry[]): void {
  for (const entry of entries) {
    const index = lexicon.agents.length;
    lexicon.agents.push({ code: entry.code, placement: entry.placement, plural: entry.plural, origin: entry.origin, head: entry.phrase.join(' ') });
    lexicon.agentTrie.add(entry.phrase, index);
  }
}
