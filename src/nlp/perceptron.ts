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

/** Mixes one more atom into a feature key (murmur-style multiply and shift). */
export function mix(key: number, atom: number): number {
  let h = Math.imul(key ^ atom, 0x5bd1e995);
  h ^= h >>> 15;
  return Math.imul(h, 0x27d4eb2d) >>> 0;
}

/** The key of template `template` over atoms a, b, c, d (unused atoms left at 0). Never 0. */
export function featureKey(template: number, a: number, b = 0, c = 0, d = 0): number {
  const key = mix(mix(mix(mix(Math.imul(template + 1, 0x9e3779b1), a), b), c), d);
  return key === 0 ? 1 : key;
}

/** Trained weights, read-only: an open-addressing table from key to its (class, weight) list. */
export class Weights {
  readonly classes: number;
  private readonly slotKey: Uint32Array;
  private readonly slotRow: Int32Array;
  private readonly mask: number;
  /** 32 - log2(table size): slots come from the top bits of the multiplied key */
  private readonly shift: number;
  /** row r's entries are entryClass/entryWeight[rowStart[r] .. rowStart[r + 1]) */
  readonly keys: Uint32Array;
  readonly rowStart: Uint32Array;
  readonly entryClass: Uint8Array;
  readonly entryWeight: Float32Array;

  constructor(classes: number, keys: Uint32Array, rowStart: Uint32Array, entryClass: Uint8Array, entryWeight: Float32Array) {
    if (rowStart.length !== keys.length + 1) throw new Error(`weights: ${keys.length} keys need ${keys.length + 1} row starts, found ${rowStart.length}`);
    this.classes = classes;
    this.keys = keys;
    this.rowStart = rowStart;
    this.entryClass = entryClass;
    this.entryWeight = entryWeight;
    let bits = 10;
    while (1 << bits < keys.length * 2) bits++;
    const size = 1 << bits;
    this.mask = size - 1;
    this.shift = 32 - bits;
    this.slotKey = new Uint32Array(size);
    this.slotRow = new Int32Array(size);
    for (let r = 0; r < keys.length; r++) {
      let slot = this.slotOf(keys[r]!);
      while (this.slotKey[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotKey[slot] = keys[r]!;
      this.slotRow[slot] = r;
    }
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** Row of a key, or -1 when the key has no weights. */
  row(key: number): number {
    let slot = this.slotOf(key);
    for (;;) {
      const k = this.slotKey[slot]!;
      if (k === key) return this.slotRow[slot]!;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds the weights of features[0..count) into scores (which the caller zeroes). */
  score(features: Uint32Array, count: number, scores: Float64Array): void {
    const { rowStart, entryClass, entryWeight } = this;
    for (let f = 0; f < count; f++) {
      const r = this.row(features[f]!);
      if (r < 0) continue;
      for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) scores[entryClass[e]!]! += entryWeight[e]!;
    }
  }

  get entries(): number {
    return this.entryWeight.length;
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
   * The averaged weights as a read-only model. Entries whose averaged weight is below
   * `prune` in magnitude are dropped (they change almost no decision and would bloat the
   * file); rows are kept in key order so the result does not depend on Map order.
   */
  average(prune = 0): Weights {
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
    return new Weights(classes, Uint32Array.from(keys), Uint32Array.from(rowStart), Uint8Array.from(entryClass), Float32Array.from(entryWeight));
  }

  /** The current (unaveraged) weights, to parse the dev set between epochs. */
  get size(): number {
    return this.rowCount;
  }
}
