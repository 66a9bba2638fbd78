// Linear models over hashed sparse features: the tagger's and the parser's classifiers.
//
// A feature is a 32-bit key: the template number mixed with the integer atoms it reads
// (a word's hash, a tag, a label, a distance). A model maps each key it was trained on
// to a short list of (class, weight) pairs; scoring a decision adds up the lists of the
// keys that fire. Keys never seen in training simply contribute nothing, so no
// vocabulary is needed: an unknown word is a word whose features have no weights.
//
// Training (scripts/train-parser.ts) uses the averaged perceptron (Collins 2002); the
// averaged weights are what ships, as `Weights` below.

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

/** The fullest a weight table's slots may be. */
const maxLoad = 0.75;

/** Models with at most this many classes keep their weights inside the hash slots. */
const inlineClasses = 4;

/**
 * Trained weights, read-only. The stored form (what the model file holds) is a sorted
 * list of keys, each with a run of (class, weight) entries. For scoring it is laid out
 * as one open-addressing table whose slot holds the key next to its weights (for the
 * move model's three classes) or next to where its entries are (for the labels and
 * tags), so that a feature costs one or two memory reads, not five.
 */
export class Weights {
  readonly classes: number;
  /** slots: key, then the weights of every class (inline) or the entry range (start, end) */
  private readonly slots: Uint32Array;
  private readonly slotWeights: Float32Array;
  private readonly stride: number;
  private readonly inline: boolean;
  /** entries as (class, weight) pairs in one buffer */
  private readonly pairs: Uint32Array;
  private readonly pairWeights: Float32Array;
  private readonly mask: number;
  /** 32 - log2(slot count): slots come from the top bits of the multiplied key */
  private readonly shift: number;

  /** Lays out stored weights for scoring; keeps no reference to them (each thread has its own copy). */
  constructor(stored: StoredWeights) {
    const { classes, keys, rowStart, entryClass, entryWeight } = stored;
    if (rowStart.length !== keys.length + 1) throw new Error(`weights: ${keys.length} keys need ${keys.length + 1} row starts, found ${rowStart.length}`);
    this.classes = classes;
    let bits = 10;
    while ((1 << bits) * maxLoad < keys.length) bits++;
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.inline = classes <= inlineClasses;
    this.stride = this.inline ? 1 + classes : 3;
    const buffer = new ArrayBuffer((1 << bits) * this.stride * 4);
    this.slots = new Uint32Array(buffer);
    this.slotWeights = new Float32Array(buffer);
    const pairBuffer = new ArrayBuffer(this.inline ? 0 : entryClass.length * 8);
    this.pairs = new Uint32Array(pairBuffer);
    this.pairWeights = new Float32Array(pairBuffer);
    for (let e = 0; e < entryClass.length && !this.inline; e++) {
      this.pairs[2 * e] = entryClass[e]!;
      this.pairWeights[2 * e + 1] = entryWeight[e]!;
    }
    for (let r = 0; r < keys.length; r++) {
      let slot = Math.imul(keys[r]!, 0x9e3779b1) >>> this.shift;
      while (this.slots[slot * this.stride] !== 0) slot = (slot + 1) & this.mask;
      const at = slot * this.stride;
      this.slots[at] = keys[r]!;
      if (this.inline) {
        for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) this.slotWeights[at + 1 + entryClass[e]!] = entryWeight[e]!;
      } else {
        this.slots[at + 1] = rowStart[r]!;
        this.slots[at + 2] = rowStart[r + 1]!;
      }
    }
  }

  /** Adds the weights of features[0..count) into scores (which the caller zeroes). */
  score(features: Uint32Array, count: number, scores: Float64Array): void {
    const { slots, slotWeights, stride, mask, shift, classes } = this;
    for (let f = 0; f < count; f++) {
      const key = features[f]!;
      let slot = Math.imul(key, 0x9e3779b1) >>> shift;
      let at = slot * stride;
      while (slots[at] !== key) {
        if (slots[at] === 0) break;
        slot = (slot + 1) & mask;
        at = slot * stride;
      }
      if (slots[at] === 0) continue;
      if (this.inline) {
        for (let c = 0; c < classes; c++) scores[c]! += slotWeights[at + 1 + c]!;
      } else {
        const { pairs, pairWeights } = this;
        for (let e = 2 * slots[at + 1]!, end = 2 * slots[at + 2]!; e < end; e += 2) scores[pairs[e]!]! += pairWeights[e + 1]!;
      }
    }
  }

}

/**
 * The averaged perceptron, for training only. Rows are created as features are first
 * updated; averaging is lazy (each weight remembers when it last changed).
 */
export class PerceptronTrainer {
  readonly classes: number;
  private readonly rows = new Map<number, number>();
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
      if (r === undefined) continue;
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
    if (r !== undefined) return r;
    r = this.rowCount++;
    this.rows.set(key, r);
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
   * file); rows are kept in key order so the result does not depend on Map order.
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
    return { classes, keys: Uint32Array.from(keys), rowStart: Uint32Array.from(rowStart), entryClass: Uint8Array.from(entryClass), entryWeight: Float32Array.from(entryWeight) };
  }

  /** How many feature keys have a row so far (for the training's progress lines). */
  get size(): number {
    return this.rowCount;
  }
}
