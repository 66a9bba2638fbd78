// Dependency parsing: a greedy arc-hybrid transition parser (Kuhlmann, Gómez-Rodríguez
// and Satta 2011) with averaged-perceptron classifiers, trained on UD English with a
// dynamic oracle (Goldberg and Nivre 2013; scripts/train-parser.ts).
//
// A sentence is read left to right with a stack and a buffer; the artificial root sits
// at the end of the buffer (Ballesteros and Nivre 2013), so the last word left on the
// stack becomes the one root of the sentence. Three moves:
//
//   shift   move the front of the buffer onto the stack
//   left    the top of the stack becomes a dependent of the front of the buffer, and is popped
//   right   the top of the stack becomes a dependent of the word below it, and is popped
//
// One classifier chooses the move; a second one labels each arc as it is made (so later
// moves can read the labels already given). Both read the same kind of features: words,
// tags, labels, distances and valencies around the top of the stack and the buffer.
import { featureKey, type Scorer } from './perceptron.ts';
import type { TokenAtoms } from './tagger.ts';

export const enum Move {
  shift = 0,
  left = 1,
  right = 2,
}
export const moveCount = 3;

/** The parser state for one sentence of n words (indices 0..n-1; n is the root). */
export class ParserState {
  n = 0;
  stack: Int32Array;
  depth = 0;
  /** front of the buffer; n when only the root is left */
  front = 0;
  /** head of each word (n for the root), -1 before it is attached */
  head: Int32Array;
  /** label index of each word's arc, -1 before it is attached */
  label: Int32Array;
  /** leftmost and second-leftmost left dependents, rightmost and second-rightmost right ones (-1: none) */
  left1: Int32Array;
  left2: Int32Array;
  right1: Int32Array;
  right2: Int32Array;
  leftCount: Int32Array;
  rightCount: Int32Array;

  constructor(capacity = 64) {
    this.stack = new Int32Array(capacity);
    this.head = new Int32Array(capacity + 1);
    this.label = new Int32Array(capacity + 1);
    this.left1 = new Int32Array(capacity + 1);
    this.left2 = new Int32Array(capacity + 1);
    this.right1 = new Int32Array(capacity + 1);
    this.right2 = new Int32Array(capacity + 1);
    this.leftCount = new Int32Array(capacity + 1);
    this.rightCount = new Int32Array(capacity + 1);
  }

  /** Starts a sentence of n words, growing the arrays when needed. */
  reset(n: number): void {
    if (n > this.stack.length) Object.assign(this, new ParserState(Math.max(n, this.stack.length * 2)));
    this.n = n;
    this.depth = 0;
    this.front = 0;
    for (const a of [this.head, this.label, this.left1, this.left2, this.right1, this.right2]) a.fill(-1, 0, n + 1);
    this.leftCount.fill(0, 0, n + 1);
    this.rightCount.fill(0, 0, n + 1);
  }

  get done(): boolean {
    return this.front === this.n && this.depth === 0;
  }

  legal(move: Move): boolean {
    switch (move) {
      case Move.shift:
        return this.front < this.n;
      case Move.left:
        // the root takes exactly one dependent: the last word on the stack
        return this.depth > 0 && (this.front < this.n || this.depth === 1);
      case Move.right:
        return this.depth > 1;
    }
  }

  apply(move: Move, label: number): void {
    if (move === Move.shift) {
      this.stack[this.depth++] = this.front++;
      return;
    }
    const dependent = this.stack[--this.depth]!;
    const head = move === Move.left ? this.front : this.stack[this.depth - 1]!;
    this.head[dependent] = head;
    this.label[dependent] = label;
    if (dependent < head) {
      this.left2[head] = this.left1[head]!;
      this.left1[head] = dependent;
      this.leftCount[head]!++;
    } else {
      this.right2[head] = this.right1[head]!;
      this.right1[head] = dependent;
      this.rightCount[head]!++;
    }
  }

  /** The word a move would attach and the word it would attach to: [dependent, head]. */
  arc(move: Move): [number, number] {
    const s0 = this.stack[this.depth - 1]!;
    return move === Move.left ? [s0, this.front] : [s0, this.stack[this.depth - 2]!];
  }
}

/** Atoms for positions outside the sentence and for the root. */
const none = 0x7fffffff;
const rootWord = 0x7ffffffe;
const rootTag = 254;
const noTag = 255;
const noLabel = 0xffff;

/** What the feature functions read: the sentence's atoms and the tags, offset by `from`. */
export type SentenceView = { atoms: TokenAtoms; tags: Uint8Array; from: number };

function wordOf(v: SentenceView, s: ParserState, i: number): number {
  return i < 0 ? none : i === s.n ? rootWord : v.atoms.word[v.from + i]!;
}
function tagOf(v: SentenceView, s: ParserState, i: number): number {
  return i < 0 ? noTag : i === s.n ? rootTag : v.tags[v.from + i]!;
}
function suffixOf(v: SentenceView, s: ParserState, i: number): number {
  return i < 0 ? none : i === s.n ? rootWord : v.atoms.suffix[v.from + i]!;
}
function labelOf(s: ParserState, i: number): number {
  return i < 0 ? noLabel : s.label[i]! < 0 ? noLabel : s.label[i]!;
}
/** Distance in words, bucketed: 1 2 3 4 5-6 7-9 10+. */
function distance(a: number, b: number): number {
  const d = Math.abs(b - a);
  return d < 5 ? d : d < 7 ? 5 : d < 10 ? 6 : 7;
}
function childOf(children: Int32Array, i: number): number {
  return i < 0 ? -1 : children[i]!;
}

const enum F {
  s0w, s0t, s0wt, s1w, s1t, s1wt, s2t, b0w, b0t, b0wt, b1w, b1t, b1wt, b2w, b2t,
  s0wb0w, s0tb0t, s0wtb0t, s0tb0wt, s0wtb0wt, s1ws0w, s1ts0t, s1wts0t, s1ts0wt, s1wts0wt,
  s0tb0tb1t, s1ts0tb0t, s2ts1ts0t, b0tb1tb2t, s1ts0tb1t,
  s0l1t, s0l1w, s0r1t, s0r1w, s1r1t, s1l1t, b0l1t, b0l1w, s0l2t, s0r2t, b0l2t,
  s0tl1tl2t, s0tr1tr2t, b0tl1tl2t, s0tl1tb0t, s0tr1tb0t, s0tb0tb0l1t, s1ts0ts0l1t, s1ts1r1ts0t,
  s0l1l, s0r1l, b0l1l, s1r1l, s0tl1l, s0tr1l, b0tl1l, s1tr1l, s0tlabels, s1tlabels,
  s0wd, s0td, b0wd, b0td, s0tb0td, s1ts0td,
  s0wrv, s0trv, s0wlv, s0tlv, b0wlv, b0tlv, s1trv, s1tlv,
  s0suf, b0suf, s0sufb0t, s0tb0suf,
  s0tnext, b0tprev, s0tb0tb0prev, s0tnextb0t,
}

export const maxParserFeatures = 84;

/** Feature keys for choosing the next move; returns how many were written. */
export function moveFeatures(v: SentenceView, s: ParserState, out: Uint32Array): number {
  const d = s.depth;
  const s0 = d > 0 ? s.stack[d - 1]! : -1;
  const s1 = d > 1 ? s.stack[d - 2]! : -1;
  const s2 = d > 2 ? s.stack[d - 3]! : -1;
  const b0 = s.front;
  const b1 = b0 + 1 <= s.n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= s.n ? b0 + 2 : -1;
  const s0w = wordOf(v, s, s0), s0t = tagOf(v, s, s0);
  const s1w = wordOf(v, s, s1), s1t = tagOf(v, s, s1);
  const s2t = tagOf(v, s, s2);
  const b0w = wordOf(v, s, b0), b0t = tagOf(v, s, b0);
  const b1w = wordOf(v, s, b1), b1t = tagOf(v, s, b1);
  const b2w = wordOf(v, s, b2), b2t = tagOf(v, s, b2);
  const s0l1 = childOf(s.left1, s0), s0l2 = childOf(s.left2, s0);
  const s0r1 = childOf(s.right1, s0), s0r2 = childOf(s.right2, s0);
  const s1l1 = childOf(s.left1, s1), s1r1 = childOf(s.right1, s1);
  const b0l1 = childOf(s.left1, b0), b0l2 = childOf(s.left2, b0);
  const s0l1t = tagOf(v, s, s0l1), s0l2t = tagOf(v, s, s0l2), s0r1t = tagOf(v, s, s0r1), s0r2t = tagOf(v, s, s0r2);
  const s1l1t = tagOf(v, s, s1l1), s1r1t = tagOf(v, s, s1r1), b0l1t = tagOf(v, s, b0l1), b0l2t = tagOf(v, s, b0l2);
  const s0l1l = labelOf(s, s0l1), s0r1l = labelOf(s, s0r1), b0l1l = labelOf(s, b0l1), s1r1l = labelOf(s, s1r1);
  const s0d = s0 < 0 ? none : distance(s0, b0);
  const s1d = s1 < 0 ? none : distance(s1, s0);
  const s0lv = s0 < 0 ? none : s.leftCount[s0]!, s0rv = s0 < 0 ? none : s.rightCount[s0]!;
  const s1lv = s1 < 0 ? none : s.leftCount[s1]!, s1rv = s1 < 0 ? none : s.rightCount[s1]!;
  const b0lv = s.leftCount[b0]!;

  let n = 0;
  out[n++] = featureKey(F.s0w, s0w);
  out[n++] = featureKey(F.s0t, s0t);
  out[n++] = featureKey(F.s0wt, s0w, s0t);
  out[n++] = featureKey(F.s1w, s1w);
  out[n++] = featureKey(F.s1t, s1t);
  out[n++] = featureKey(F.s1wt, s1w, s1t);
  out[n++] = featureKey(F.s2t, s2t);
  out[n++] = featureKey(F.b0w, b0w);
  out[n++] = featureKey(F.b0t, b0t);
  out[n++] = featureKey(F.b0wt, b0w, b0t);
  out[n++] = featureKey(F.b1w, b1w);
  out[n++] = featureKey(F.b1t, b1t);
  out[n++] = featureKey(F.b1wt, b1w, b1t);
  out[n++] = featureKey(F.b2w, b2w);
  out[n++] = featureKey(F.b2t, b2t);

  out[n++] = featureKey(F.s0wb0w, s0w, b0w);
  out[n++] = featureKey(F.s0tb0t, s0t, b0t);
  out[n++] = featureKey(F.s0wtb0t, s0w, s0t, b0t);
  out[n++] = featureKey(F.s0tb0wt, s0t, b0w, b0t);
  out[n++] = featureKey(F.s0wtb0wt, s0w, s0t, b0w, b0t);
  out[n++] = featureKey(F.s1ws0w, s1w, s0w);
  out[n++] = featureKey(F.s1ts0t, s1t, s0t);
  out[n++] = featureKey(F.s1wts0t, s1w, s1t, s0t);
  out[n++] = featureKey(F.s1ts0wt, s1t, s0w, s0t);
  out[n++] = featureKey(F.s1wts0wt, s1w, s1t, s0w, s0t);

  out[n++] = featureKey(F.s0tb0tb1t, s0t, b0t, b1t);
  out[n++] = featureKey(F.s1ts0tb0t, s1t, s0t, b0t);
  out[n++] = featureKey(F.s2ts1ts0t, s2t, s1t, s0t);
  out[n++] = featureKey(F.b0tb1tb2t, b0t, b1t, b2t);
  out[n++] = featureKey(F.s1ts0tb1t, s1t, s0t, b1t);

  out[n++] = featureKey(F.s0l1t, s0l1t);
  out[n++] = featureKey(F.s0l1w, wordOf(v, s, s0l1));
  out[n++] = featureKey(F.s0r1t, s0r1t);
  out[n++] = featureKey(F.s0r1w, wordOf(v, s, s0r1));
  out[n++] = featureKey(F.s1r1t, s1r1t);
  out[n++] = featureKey(F.s1l1t, s1l1t);
  out[n++] = featureKey(F.b0l1t, b0l1t);
  out[n++] = featureKey(F.b0l1w, wordOf(v, s, b0l1));
  out[n++] = featureKey(F.s0l2t, s0l2t);
  out[n++] = featureKey(F.s0r2t, s0r2t);
  out[n++] = featureKey(F.b0l2t, b0l2t);
  out[n++] = featureKey(F.s0tl1tl2t, s0t, s0l1t, s0l2t);
  out[n++] = featureKey(F.s0tr1tr2t, s0t, s0r1t, s0r2t);
  out[n++] = featureKey(F.b0tl1tl2t, b0t, b0l1t, b0l2t);
  out[n++] = featureKey(F.s0tl1tb0t, s0t, s0l1t, b0t);
  out[n++] = featureKey(F.s0tr1tb0t, s0t, s0r1t, b0t);
  out[n++] = featureKey(F.s0tb0tb0l1t, s0t, b0t, b0l1t);
  out[n++] = featureKey(F.s1ts0ts0l1t, s1t, s0t, s0l1t);
  out[n++] = featureKey(F.s1ts1r1ts0t, s1t, s1r1t, s0t);

  out[n++] = featureKey(F.s0l1l, s0l1l);
  out[n++] = featureKey(F.s0r1l, s0r1l);
  out[n++] = featureKey(F.b0l1l, b0l1l);
  out[n++] = featureKey(F.s1r1l, s1r1l);
  out[n++] = featureKey(F.s0tl1l, s0t, s0l1l);
  out[n++] = featureKey(F.s0tr1l, s0t, s0r1l);
  out[n++] = featureKey(F.b0tl1l, b0t, b0l1l);
  out[n++] = featureKey(F.s1tr1l, s1t, s1r1l);
  out[n++] = featureKey(F.s0tlabels, s0t, s0l1l, labelOf(s, s0l2), s0r1l);
  out[n++] = featureKey(F.s1tlabels, s1t, labelOf(s, s1l1), s1r1l);

  out[n++] = featureKey(F.s0wd, s0w, s0d);
  out[n++] = featureKey(F.s0td, s0t, s0d);
  out[n++] = featureKey(F.b0wd, b0w, s0d);
  out[n++] = featureKey(F.b0td, b0t, s0d);
  out[n++] = featureKey(F.s0tb0td, s0t, b0t, s0d);
  out[n++] = featureKey(F.s1ts0td, s1t, s0t, s1d);

  out[n++] = featureKey(F.s0wrv, s0w, s0rv);
  out[n++] = featureKey(F.s0trv, s0t, s0rv);
  out[n++] = featureKey(F.s0wlv, s0w, s0lv);
  out[n++] = featureKey(F.s0tlv, s0t, s0lv);
  out[n++] = featureKey(F.b0wlv, b0w, b0lv);
  out[n++] = featureKey(F.b0tlv, b0t, b0lv);
  out[n++] = featureKey(F.s1trv, s1t, s1rv);
  out[n++] = featureKey(F.s1tlv, s1t, s1lv);

  const s0suf = suffixOf(v, s, s0);
  const b0suf = suffixOf(v, s, b0);
  out[n++] = featureKey(F.s0suf, s0suf);
  out[n++] = featureKey(F.b0suf, b0suf);
  out[n++] = featureKey(F.s0sufb0t, s0suf, b0t);
  out[n++] = featureKey(F.s0tb0suf, s0t, b0suf);

  // the words next to s0 and b0 in the sentence, whatever the stack holds: a comma or a
  // conjunction just before b0 changes where it attaches
  const s0next = s0 < 0 ? noTag : tagOf(v, s, s0 + 1);
  const b0prev = b0 > 0 ? tagOf(v, s, b0 - 1) : noTag;
  out[n++] = featureKey(F.s0tnext, s0t, s0next);
  out[n++] = featureKey(F.b0tprev, b0prev, b0t);
  out[n++] = featureKey(F.s0tb0tb0prev, s0t, b0prev, b0t);
  out[n++] = featureKey(F.s0tnextb0t, s0t, s0next, b0t);
  return n;
}

const enum L {
  hw, ht, dw, dt, hwdt, htdw, htdt, hwdw, htdtdir, dtdir, dwdir,
  dl1l, dr1l, dtl1lr1l, dl1w, hl1l, hr1l, htdthl1l, htdthr1l,
  dprevt, dnextt, hprevt, hnextt, htdtprev, dlvrv, htdtdist, hroot,
  hl2l, htdwdir, hwdtdir, dsuf, dl1whw, dl1wdt, dwdtdir, hsufdt,
}

/** Feature keys for labelling the arc head -> dependent; returns how many were written. */
export function labelFeatures(v: SentenceView, s: ParserState, dependent: number, head: number, out: Uint32Array): number {
  const hw = wordOf(v, s, head), ht = tagOf(v, s, head);
  const dw = wordOf(v, s, dependent), dt = tagOf(v, s, dependent);
  const dir = dependent < head ? 1 : 2;
  const dl1 = s.left1[dependent]!, dr1 = s.right1[dependent]!;
  const dl1l = labelOf(s, dl1), dr1l = labelOf(s, dr1);
  const hl1l = labelOf(s, s.left1[head]!), hr1l = labelOf(s, s.right1[head]!);
  let n = 0;
  out[n++] = featureKey(L.hw, hw);
  out[n++] = featureKey(L.ht, ht);
  out[n++] = featureKey(L.dw, dw);
  out[n++] = featureKey(L.dt, dt);
  out[n++] = featureKey(L.hwdt, hw, dt);
  out[n++] = featureKey(L.htdw, ht, dw);
  out[n++] = featureKey(L.htdt, ht, dt);
  out[n++] = featureKey(L.hwdw, hw, dw);
  out[n++] = featureKey(L.htdtdir, ht, dt, dir);
  out[n++] = featureKey(L.dtdir, dt, dir);
  out[n++] = featureKey(L.dwdir, dw, dir);
  out[n++] = featureKey(L.dl1l, dl1l);
  out[n++] = featureKey(L.dr1l, dr1l);
  out[n++] = featureKey(L.dtl1lr1l, dt, dl1l, dr1l);
  out[n++] = featureKey(L.dl1w, wordOf(v, s, dl1));
  out[n++] = featureKey(L.hl1l, hl1l, dir);
  out[n++] = featureKey(L.hr1l, hr1l, dir);
  out[n++] = featureKey(L.htdthl1l, ht, dt, hl1l, dir);
  out[n++] = featureKey(L.htdthr1l, ht, dt, hr1l, dir);
  out[n++] = featureKey(L.dprevt, tagOf(v, s, dependent - 1), dt);
  out[n++] = featureKey(L.dnextt, dt, dependent + 1 < s.n ? tagOf(v, s, dependent + 1) : noTag);
  out[n++] = featureKey(L.hprevt, head < s.n ? tagOf(v, s, head - 1) : noTag, ht);
  out[n++] = featureKey(L.hnextt, ht, head + 1 < s.n ? tagOf(v, s, head + 1) : noTag);
  out[n++] = featureKey(L.htdtprev, ht, dt, tagOf(v, s, dependent - 1), dir);
  out[n++] = featureKey(L.dlvrv, dt, s.leftCount[dependent]!, s.rightCount[dependent]!);
  out[n++] = featureKey(L.htdtdist, ht, dt, distance(dependent, head), dir);
  out[n++] = featureKey(L.hroot, head === s.n ? 1 : 0, dt);
  out[n++] = featureKey(L.hl2l, hl1l, labelOf(s, s.left2[head]!), dir);
  out[n++] = featureKey(L.htdwdir, ht, dw, dir);
  out[n++] = featureKey(L.hwdtdir, hw, dt, dir);
  out[n++] = featureKey(L.dsuf, suffixOf(v, s, dependent), dt);
  const dl1w = wordOf(v, s, dl1);
  out[n++] = featureKey(L.dl1whw, dl1w, hw, dir);
  out[n++] = featureKey(L.dl1wdt, dl1w, dt, dl1l);
  out[n++] = featureKey(L.dwdtdir, dw, dt, dir);
  out[n++] = featureKey(L.hsufdt, suffixOf(v, s, head), ht, dt);
  return n;
}

export const maxLabelFeatures = 40;

export type ParserModel = { moves: Scorer; labels: Scorer; labelNames: readonly string[]; rootLabel: number };

/** Scratch space reused across sentences (one per model user; parsing is synchronous). */
export class ParserScratch {
  state = new ParserState();
  features = new Uint32Array(maxParserFeatures);
  moveScores = new Float64Array(moveCount);
  labelScores: Float64Array;
  constructor(labels: number) {
    this.labelScores = new Float64Array(labels);
  }
}

/** The best legal move by the move scores. */
export function bestLegal(state: ParserState, scores: Float64Array): Move {
  let best = -1;
  for (let m = 0; m < moveCount; m++) {
    if (!state.legal(m as Move)) continue;
    if (best < 0 || scores[m]! > scores[best]!) best = m;
  }
  return best as Move;
}

/** The one legal move when there is only one (the first shift, the last arcs), else null. */
function onlyLegal(state: ParserState): Move | null {
  if (state.depth === 0) return Move.shift;
  if (state.front === state.n) return state.depth === 1 ? Move.left : Move.right;
  return null;
}

function chooseMove(model: ParserModel, view: SentenceView, state: ParserState, features: Uint32Array, scores: Float64Array): Move {
  const count = moveFeatures(view, state, features);
  scores.fill(0);
  model.moves.score(features, count, scores);
  return bestLegal(state, scores);
}

/** The best label for an arc; arcs to the root are always 'root', others never. */
export function bestLabel(model: ParserModel, scores: Float64Array, toRoot: boolean): number {
  if (toRoot) return model.rootLabel;
  let best = -1;
  for (let l = 0; l < scores.length; l++) {
    if (l === model.rootLabel) continue;
    if (best < 0 || scores[l]! > scores[best]!) best = l;
  }
  return best;
}

/**
 * Parses the words [from, to) of the view's arrays; writes doc-wide head indices (-1
 * for the root) into `heads` and relation names into `deprels`, at the same indices.
 */
export function parseSentence(model: ParserModel, view: SentenceView, to: number, heads: Int32Array, deprels: string[], scratch: ParserScratch): void {
  const from = view.from;
  const n = to - from;
  const { state, features, moveScores, labelScores } = scratch;
  state.reset(n);
  while (!state.done) {
    const move = onlyLegal(state) ?? chooseMove(model, view, state, features, moveScores);
    let label = -1;
    if (move !== Move.shift) {
      const [dependent, head] = state.arc(move);
      if (head === n) label = model.rootLabel;
      else {
        const lc = labelFeatures(view, state, dependent, head, features);
        labelScores.fill(0);
        model.labels.score(features, lc, labelScores);
        label = bestLabel(model, labelScores, false);
      }
    }
    state.apply(move, label);
  }
  for (let i = 0; i < n; i++) {
    const h = state.head[i]!;
    heads[from + i] = h === n ? -1 : from + h;
    deprels[from + i] = model.labelNames[state.label[i]!]!;
  }
}
