// Linear models over hashed sparse features: the tagger's and the parser's classifiers.
//
// A feature is a 32-bit key: the template number mixed with the integer atoms it reads
// (a word's hash, a tag, a label, a distance). A model maps each key it was trained on
// to a short list of (class, weight) pairs; scoring a decision adds up the lists of the
// keys that fire. Keys never seen in training simply contribute nothing, so no
// vocabulary is needed: an unknown word is a word whose features have no weights.
//
// Training (scripts/train-parser.ts) uses the averaged perceptron (Collins 2002); the
// averaged weights are what ships, laid out for scoring by `weightsFor` below.

/** FNV-1a over the UTF-16 code units of a string: a word's atom. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The key of template `template` over atoms a, b, c, d (unused atoms left at 0). Each
 * atom is folded in by xor and an odd multiplier, a bijection for the others fixed, so
 * keys of tuples that differ in one atom never collide. Never 0 (0 marks an empty slot).
 */
export function featureKey(template: number, a: number, b = 0, c = 0, d = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ c, 0x27d4eb2f);
  h = Math.imul(h ^ d, 0x165667b1);
  h = (h ^ (h >>> 15)) >>> 0;
  return h === 0 ? 1 : h;
}

/**
 * Weights as the model file stores them: keys in ascending order, each with a run of
 * (class, weight) entries, row r's being entryClass/entryWeight[rowStart[r] .. rowStart[r + 1]).
 */
export type StoredWeights = {
  classes: number;
  keys: Uint32Array;
  rowStart: Uint32Array;
  entryClass: Uint8Array;
  entryWeight: Float32Array;
};

/** What scores a decision: adds the weights of features[0..count) into scores (which the caller zeroes). */
export interface Scorer {
  readonly classes: number;
  score(features: Uint32Array, count: number, scores: Float64Array): void;
}

/**
 * A laid-out scorer's tables as plain data, for another thread of the process: the typed
 * arrays are over shared memory, so a worker thread given them copies nothing and builds
 * nothing (scorerOf). `bits`: log2 of the slot count.
 */
export type ScorerTables =
  | { layout: 'inline'; classes: number; bits: number; slots: Uint16Array }
  | { layout: 'rows'; classes: number; bits: number; slots: Int32Array; spilled: Int32Array };

/** A scorer laid out by weightsFor, with its tables. */
export interface LaidOutScorer extends Scorer {
  readonly tables: ScorerTables;
}

/** Spreads keys over slots: the slot of a key is the top bits of key * golden. */
const golden = 0x9e3779b1;

/**
 * Reads the first word of every feature's home slot, before any of them is scored. The
 * tables are too large for the cache, and these reads depend on nothing but the keys, so the
 * processor waits for all of them at once; the scoring loop that follows, whose every read
 * decides a branch, then finds the slots in the cache instead of waiting for them one by one
 * (docs/performance.md, "Where the syntax stage waits"). Returns a value made of what was
 * read, for the caller to keep: reads whose result is never used may be compiled away.
 */
function touchHomes(table: Uint16Array | Int32Array, stride: number, shift: number, features: Uint32Array, count: number): number {
  let touched = 0;
  for (let f = 0; f < count; f++) touched ^= table[(Math.imul(features[f]!, golden) >>> shift) * stride]!;
  return touched;
}

function largestMagnitude(weights: Float32Array): number {
  let largest = 0;
  for (let e = 0; e < weights.length; e++) largest = Math.max(largest, Math.abs(weights[e]!));
  return largest || 1;
}

/**
 * The weights for parsing and tagging, laid out at load time for few and small memory
 * reads: the tables are too large for the cache, so a feature costs what its cache line
 * costs (docs/performance.md, "Findings: the parser"). Weights are quantized to integers
 * with one scale per table, so scores come out in that table's units: compare them with
 * each other, never with another table's. Keys stay exact: a feature never borrows the
 * weights of another.
 *
 * Tables of up to three classes (the moves) keep the weights in the slot; the others (the
 * tags, the labels) keep up to three (class, weight) entries in it and the rest of a longer
 * row elsewhere.
 */
export function weightsFor(stored: StoredWeights): LaidOutScorer {
  return scorerOf(stored.classes <= inlineClasses ? InlineWeights.layOut(stored) : RowWeights.layOut(stored));
}

/** The scorer over tables that weightsFor laid out, in this thread or another. */
export function scorerOf(tables: ScorerTables): LaidOutScorer {
  return tables.layout === 'inline' ? new InlineWeights(tables) : new RowWeights(tables);
}

const inlineClasses = 3;
/** 16-bit units per inline slot: the tag and a weight per class */
const inlineStride = 4;
/** at least 2^18 slots, so at most 14 bits of the hash are left for the tag */
const inlineMinBits = 18;
const inlineMaxLoad = 0.5;

/**
 * Slots of 8 bytes: a 16-bit tag, then one 16-bit weight per class. The table has at
 * least 2^18 slots, so the top 18 or more bits of a key's hash are its home slot and at
 * most 14 are left: the tag holds those and how far the key sits from its home
 * (Robin Hood placement keeps that short), which together give back the whole key.
 */
class InlineWeights implements LaidOutScorer {
  readonly classes: number;
  readonly tables: ScorerTables & { layout: 'inline' };
  /** slot s: tags[4s] is its tag (0: empty), weights[4s + 1 + c] the weight of class c */
  private readonly tags: Uint16Array;
  private readonly weights: Int16Array;
  private readonly mask: number;
  /** 32 - log2(slot count): the home slot is the hash shifted right by this */
  private readonly shift: number;
  /** what touchHomes read last (kept, so that its reads are not compiled away) */
  touched = 0;

  constructor(tables: ScorerTables & { layout: 'inline' }) {
    const { classes, bits, slots } = tables;
    this.tables = tables;
    this.classes = classes;
    this.tags = slots;
    this.weights = new Int16Array(slots.buffer, slots.byteOffset, slots.length);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  static layOut(stored: StoredWeights): ScorerTables & { layout: 'inline' } {
    const { classes, keys } = stored;
    if (classes > inlineClasses) throw new Error(`weights: ${classes} classes do not fit in a slot of ${inlineClasses}`);
    let bits = inlineMinBits;
    while ((1 << bits) * inlineMaxLoad < keys.length) bits++;
    // a larger table when a displacement does not fit in the tag (never so far)
    let slots = InlineWeights.place(stored, bits);
    while (!slots) slots = InlineWeights.place(stored, ++bits);
    return { layout: 'inline', classes, bits, slots: new Uint16Array(slots) };
  }

  /** The slots of a table of 2^bits slots, or null when a key lands too far from its home. */
  private static place(stored: StoredWeights, bits: number): SharedArrayBuffer | null {
    const { keys, rowStart, entryClass, entryWeight } = stored;
    const stride = inlineStride;
    const size = 1 << bits;
    const restBits = 32 - bits;
    const restMask = (1 << restBits) - 1;
    const farthest = (1 << (16 - restBits)) - 2;
    const scale = 0x7fff / largestMagnitude(entryWeight);
    const buffer = new SharedArrayBuffer(size * stride * 2);
    const tags = new Uint16Array(buffer);
    const weights = new Int16Array(buffer);
    const distance = new Int32Array(size).fill(-1);
    // the slot being placed, in the same layout: [rest of the hash, weights...]
    const entry = new Int16Array(stride);
    const held = new Int16Array(stride);
    for (let r = 0; r < keys.length; r++) {
      const hash = Math.imul(keys[r]!, golden) >>> 0;
      let slot = hash >>> restBits;
      entry.fill(0);
      entry[0] = hash & restMask;
      for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) entry[1 + entryClass[e]!] = Math.round(entryWeight[e]! * scale);
      for (let d = 0; ; d++, slot = (slot + 1) & (size - 1)) {
        if (d > farthest) return null;
        const at = slot * stride;
        if (distance[slot]! >= d) continue;
        // Robin Hood: the entry nearer its home gives up the slot and moves on
        const empty = distance[slot] === -1;
        const moved = distance[slot]!;
        if (!empty) held.set(weights.subarray(at, at + stride));
        weights.set(entry, at);
        tags[at] = ((d + 1) << restBits) | entry[0]!;
        distance[slot] = d;
        if (empty) break;
        entry.set(held);
        // held[0] was the tag: keep its rest of the hash
        entry[0] = held[0]! & restMask;
        d = moved;
      }
    }
    return buffer;
  }

  score(features: Uint32Array, count: number, scores: Float64Array): void {
    const { tags, weights, mask, shift, classes } = this;
    const stride = inlineStride;
    // the hash bits below the home slot's
    const rest = (1 << shift) - 1;
    const step = rest + 1;
    this.touched = touchHomes(tags, stride, shift, features, count);
    for (let f = 0; f < count; f++) {
      const hash = Math.imul(features[f]!, golden);
      let slot = hash >>> shift;
      // the tag the key would have at each distance from its home
      for (let tag = step | (hash & rest); ; tag += step) {
        const found = tags[slot * stride]!;
        if (found === tag) {
          for (let c = 0, at = slot * stride + 1; c < classes; c++) scores[c]! += weights[at + c]!;
          break;
        }
        // an empty slot, or an entry nearer its home than the key would be: no such key
        if (found < tag - (tag & rest)) break;
        slot = (slot + 1) & mask;
      }
    }
  }
}

const rowMaxLoad = 0.75;
/** 32-bit units per row slot: the key and three entries */
const rowStride = 4;
const entriesInSlot = 3;
/** the class byte that marks a spilled row */
const spill = 0xff;

/**
 * Slots of 16 bytes: the key, then three 32-bit entries, each a class (low 8 bits) and a
 * 24-bit weight. Unused entries are 0, which adds nothing to class 0. A row of more than
 * three entries is kept in `spilled`; its slot then holds [key, start << 8 | spill, end].
 */
class RowWeights implements LaidOutScorer {
  readonly classes: number;
  readonly tables: ScorerTables & { layout: 'rows' };
  private readonly slots: Int32Array;
  private readonly spilled: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  /** what the first two passes of score read last (kept, so that those reads are not compiled away) */
  touched = 0;
  /** score's scratch: the slot (times the stride) of each key found */
  private found = new Int32Array(64);

  constructor(tables: ScorerTables & { layout: 'rows' }) {
    this.tables = tables;
    this.classes = tables.classes;
    this.slots = tables.slots;
    this.spilled = tables.spilled;
    this.mask = (1 << tables.bits) - 1;
    this.shift = 32 - tables.bits;
  }

  static layOut(stored: StoredWeights): ScorerTables & { layout: 'rows' } {
    const { classes, keys, rowStart, entryClass, entryWeight } = stored;
    const stride = rowStride;
    const inSlot = entriesInSlot;
    if (classes >= spill) throw new Error(`weights: ${classes} classes, at most ${spill - 1} fit in an entry`);
    if (entryWeight.length >= 1 << 24) throw new Error(`weights: ${entryWeight.length} entries, at most 2^24 fit`);
    let bits = 10;
    while ((1 << bits) * rowMaxLoad < keys.length) bits++;
    const mask = (1 << bits) - 1;
    const shift = 32 - bits;
    const slots = new Int32Array(new SharedArrayBuffer((1 << bits) * stride * 4));
    let spilledCount = 0;
    for (let r = 0; r < keys.length; r++) if (rowStart[r + 1]! - rowStart[r]! > inSlot) spilledCount += rowStart[r + 1]! - rowStart[r]!;
    const spilled = new Int32Array(new SharedArrayBuffer(spilledCount * 4));
    const scale = 0x7fffff / largestMagnitude(entryWeight);
    const entryOf = (e: number) => (Math.round(entryWeight[e]! * scale) << 8) | entryClass[e]!;
    const home = (key: number) => Math.imul(key, golden) >>> shift;
    const entry = new Int32Array(stride);
    let next = 0;
    for (let r = 0; r < keys.length; r++) {
      const start = rowStart[r]!;
      const end = rowStart[r + 1]!;
      entry.fill(0);
      entry[0] = keys[r]!;
      if (end - start <= inSlot) {
        for (let e = start; e < end; e++) entry[1 + e - start] = entryOf(e);
      } else {
        entry[1] = (next << 8) | spill;
        for (let e = start; e < end; e++) spilled[next++] = entryOf(e);
        entry[2] = next;
      }
      // Robin Hood placement: the entry nearer its home gives up the slot and moves on
      for (let slot = home(entry[0]!), d = 0; ; slot = (slot + 1) & mask, d++) {
        const at = slot * stride;
        if (slots[at] === 0) {
          slots.set(entry, at);
          break;
        }
        const held = (slot - home(slots[at]!)) & mask;
        if (held < d) {
          const moved = slots.slice(at, at + stride);
          slots.set(entry, at);
          entry.set(moved);
          d = held;
        }
      }
    }
    return { layout: 'rows', classes, bits, slots, spilled };
  }

  /**
   * Three passes, so that reads which miss the cache are waited for together, not one by one:
   * every feature's home slot (touchHomes); then the slot of every key found, with the first
   * entry of each spilled row, which the slot points to and the next pass reads; then the sums.
   */
  score(features: Uint32Array, count: number, scores: Float64Array): void {
    const { slots, spilled, mask, shift } = this;
    const stride = rowStride;
    if (this.found.length < count) this.found = new Int32Array(count);
    const found = this.found;
    let touched = touchHomes(slots, stride, shift, features, count);
    let rows = 0;
    for (let f = 0; f < count; f++) {
      const key = features[f]! | 0;
      let slot = Math.imul(key, golden) >>> shift;
      let held = slots[slot * stride]!;
      // an empty slot, or an entry nearer its home than the key would be: no such key
      for (let d = 1; held !== key && held !== 0; d++) {
        slot = (slot + 1) & mask;
        held = slots[slot * stride]!;
        if (((slot - (Math.imul(held, golden) >>> shift)) & mask) < d) break;
      }
      if (held !== key) continue;
      const at = slot * stride;
      found[rows++] = at;
      const first = slots[at + 1]!;
      if ((first & 0xff) === spill) touched ^= spilled[first >>> 8]!;
    }
    this.touched = touched;
    for (let r = 0; r < rows; r++) {
      const at = found[r]!;
      const first = slots[at + 1]!;
      if ((first & 0xff) !== spill) {
        const second = slots[at + 2]!;
        const third = slots[at + 3]!;
        scores[first & 0xff]! += first >> 8;
        scores[second & 0xff]! += second >> 8;
        scores[third & 0xff]! += third >> 8;
      } else {
        for (let e = first >>> 8, end = slots[at + 2]!; e < end; e++) {
          const entry = spilled[e]!;
          scores[entry & 0xff]! += entry >> 8;
        }
      }
    }
  }
}

/**
 * The row of each feature key, for training: open addressing with linear probing over
 * typed arrays, faster to read than a Map of numbers (training time, docs/performance.md).
 * Keys are never 0, which marks an empty slot.
 */
export class KeyIndex {
  private keys = new Uint32Array(1 << 16);
  private rows = new Int32Array(1 << 16);
  private shift = 16;
  size = 0;

  /** The row of `key`, or -1. */
  get(key: number): number {
    const { keys, shift } = this;
    const mask = keys.length - 1;
    for (let slot = Math.imul(key, golden) >>> shift; ; slot = (slot + 1) & mask) {
      const found = keys[slot]!;
      if (found === key) return this.rows[slot]!;
      if (found === 0) return -1;
    }
  }

  /** Gives `key` (not yet present) the row `row`. */
  add(key: number, row: number): void {
    if (++this.size * 2 > this.keys.length) this.grow();
    this.place(key, row);
  }

  /** Every (key, row) pair, in no particular order. */
  *entries(): Generator<[number, number]> {
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot]) yield [this.keys[slot]!, this.rows[slot]!];
  }

  private place(key: number, row: number): void {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, golden) >>> this.shift;
    while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.rows[slot] = row;
  }

  private grow(): void {
    const { keys, rows } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.rows = new Int32Array(keys.length * 2);
    this.shift--;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot]) this.place(keys[slot]!, rows[slot]!);
  }
}

/**
 * The averaged weights as they are, for training: the tags that train the parser come
 * from these, so the model file does not depend on how the shipped model is laid out.
 * Exact and slower than `weightsFor`'s layout.
 */
export class ExactWeights implements Scorer {
  readonly classes: number;
  private readonly rows = new KeyIndex();
  private readonly stored: StoredWeights;

  constructor(stored: StoredWeights) {
    this.classes = stored.classes;
    this.stored = stored;
    for (let r = 0; r < stored.keys.length; r++) this.rows.add(stored.keys[r]!, r);
  }

  score(features: Uint32Array, count: number, scores: Float64Array): void {
    const { rowStart, entryClass, entryWeight } = this.stored;
    for (let f = 0; f < count; f++) {
      const r = this.rows.get(features[f]!);
      if (r < 0) continue;
      for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) scores[entryClass[e]!]! += entryWeight[e]!;
    }
  }
}

/**
 * The averaged perceptron, for training only. Rows are created as features are first
 * updated; averaging is lazy (each weight remembers when it last changed).
 */
export class PerceptronTrainer {
  readonly classes: number;
  private readonly rows = new KeyIndex();
  private weights: Float64Array;
  private totals: Float64Array;
  private stamps: Float64Array;
  private rowCount = 0;
  /** number of updates so far: the clock of the averaging */
  private clock = 0;

  constructor(classes: number) {
    this.classes = classes;
    this.weights = new Float64Array(classes * 1024);
    this.totals = new Float64Array(classes * 1024);
    this.stamps = new Float64Array(classes * 1024);
  }

  score(features: Uint32Array, count: number, scores: Float64Array): void {
    const { classes, weights } = this;
    for (let f = 0; f < count; f++) {
      const r = this.rows.get(features[f]!);
      if (r < 0) continue;
      const base = r * classes;
      for (let c = 0; c < classes; c++) scores[c]! += weights[base + c]!;
    }
  }

  /** One perceptron step: towards `truth`, away from `guess` (no-op when equal). */
  update(truth: number, guess: number, features: Uint32Array, count: number): void {
    this.clock++;
    if (truth === guess) return;
    for (let f = 0; f < count; f++) {
      const base = this.rowOf(features[f]!) * this.classes;
      this.bump(base + truth, 1);
      this.bump(base + guess, -1);
    }
  }

  private bump(index: number, delta: number): void {
    this.totals[index]! += (this.clock - this.stamps[index]!) * this.weights[index]!;
    this.stamps[index] = this.clock;
    this.weights[index]! += delta;
  }

  private rowOf(key: number): number {
    let r = this.rows.get(key);
    if (r >= 0) return r;
    r = this.rowCount++;
    this.rows.add(key, r);
    if ((r + 1) * this.classes > this.weights.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.weights = grow(this.weights);
      this.totals = grow(this.totals);
      this.stamps = grow(this.stamps);
    }
    return r;
  }

  /**
   * The averaged weights, as the model file stores them. Entries whose averaged weight is below
   * `prune` in magnitude are dropped (they change almost no decision and would bloat the
   * file); rows are kept in key order so the result does not depend on the index's order.
   */
  average(prune = 0): StoredWeights {
    const { classes, clock } = this;
    const order = [...this.rows.entries()].sort((a, b) => a[0] - b[0]);
    const keys: number[] = [];
    const rowStart: number[] = [0];
    const entryClass: number[] = [];
    const entryWeight: number[] = [];
    for (const [key, r] of order) {
      const base = r * classes;
      let kept = 0;
      for (let c = 0; c < classes; c++) {
        const i = base + c;
        const total = this.totals[i]! + (clock - this.stamps[i]!) * this.weights[i]!;
        const averaged = Math.fround(total / clock);
        if (Math.abs(averaged) <= prune) continue;
        entryClass.push(c);
        entryWeight.push(averaged);
        kept++;
      }
      if (!kept) continue;
      keys.push(key);
      rowStart.push(entryClass.length);
    }
    return {
      classes,
      keys: Uint32Array.from(keys),
      rowStart: Uint32Array.from(rowStart),
      entryClass: Uint8Array.from(entryClass),
      entryWeight: Float32Array.from(entryWeight),
    };
  }

  /** How many feature keys have a row so far (for the training's progress lines). */
  get size(): number {
    return this.rowCount;
  }
}
