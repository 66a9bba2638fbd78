// Repairs of the parser's trees where its greedy decisions break a pattern of English that
// the treebanks never break. Each repair is measured on the treebanks' dev sets before it stays
// (docs/accuracy.md, parser section).
//
//   Turkey is under sanctions, and was condemned by Egypt.
//   the parser: "condemned" a relative clause on "sanctions"; a relative clause never opens
//   with "and": it is the second predicate of the clause, coordinated with "sanctions"
//
//   On Tuesday Mitsotakis met Trump.
//   the parser: "Tuesday Mitsotakis" one name, an oblique of "met", which has no subject; a day
//   is no part of a name: "on Tuesday" is the oblique, "Mitsotakis" the subject
//
//   Talks between Japanese officials and Britain began.
//   the parser: "Britain" a second subject of "began"; "between" takes two parties joined by
//   "and": "Britain" is the conjunct of "officials"
import { isClauseHead, relativePronouns } from './tree.ts';
import { months, weekdays } from './closed-class.ts';

/** Words that open a relative clause besides the relative pronouns ("the city where", "the day when"). */
const relativeAdverbs = new Set(['where', 'when', 'why', 'whose']);

/** Whether the clause headed by t holds a relative word among its own dependents. */
function hasRelativeWord(words: string[], head: Int32Array, t: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (head[k] !== t) continue;
    const w = words[k]!.toLowerCase();
    if (relativePronouns.has(w) || relativeAdverbs.has(w)) return true;
    // "in which", "of whom": a relative word inside a phrase on the clause
    for (let j = from; j < to; j++) {
      const inner = words[j]!.toLowerCase();
      if (head[j] === k && (relativePronouns.has(inner) || relativeAdverbs.has(inner))) return true;
    }
  }
  return false;
}

/** Relations inside a noun phrase, through which a phrase's first word reaches the phrase's head. */
const phraseInternal = new Set(['det', 'amod', 'compound', 'nummod', 'nmod:poss', 'flat', 'case', 'punct', 'advmod']);

/** The last token of the subtree of t (tokens from..to-1). */
function subtreeEnd(head: Int32Array, t: number, from: number, to: number): number {
  let end = t;
  for (let k = t + 1; k < to; k++) {
    let a = k;
    while (a >= from && a !== t) a = head[a]!;
    if (a === t) end = k;
  }
  return end;
}

/** Whether a is an ancestor of b (or b itself). */
function dominates(head: Int32Array, a: number, b: number): boolean {
  let t = b;
  while (t >= 0 && t !== a) t = head[t]!;
  return t === a;
}

// "between X and Y": when the noun after "between" has no conjunct and "and" follows its phrase
// straight away, the phrase after "and" is its conjunct, wherever the parser hung it.
function repairBetween(words: string[], head: Int32Array, deprel: string[], from: number, to: number): void {
  for (let t = from; t < to; t++) {
    if (deprel[t] !== 'case' || words[t]!.toLowerCase() !== 'between') continue;
    const noun = head[t]!;
    if (noun < 0 || noun < t) continue;
    let hasConjunct = false;
    for (let k = from; k < to; k++) if (head[k] === noun && deprel[k] === 'conj') hasConjunct = true;
    if (hasConjunct) continue;
    const and = subtreeEnd(head, noun, from, to) + 1;
    if (and + 1 >= to || words[and]!.toLowerCase() !== 'and') continue;
    // the head of the phrase that opens after "and": up from its first word while the relation stays inside a noun phrase
    let other = and + 1;
    while (phraseInternal.has(deprel[other]!) && head[other]! > other && head[other]! < to) other = head[other]!;
    if (phraseInternal.has(deprel[other]!) || deprel[other] === 'conj' || head[other] === noun) continue;
    // neither inside the noun's phrase already nor above it (which would make a cycle)
    if (dominates(head, noun, other) || dominates(head, other, noun)) continue;
    head[other] = noun;
    deprel[other] = 'conj';
    head[and] = other;
    deprel[and] = 'cc';
  }
}

/** Names of days and months, which the parser may read as the first word of the name after them (not "may": the modal verb, or a name). */
const dateNames = new Set([...weekdays, ...months.filter((m) => m !== 'may')]);

/** Relations that say a predicate has a subject. */
function hasSubject(head: Int32Array, deprel: string[], verb: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (head[k] === verb && deprel[k]!.startsWith('nsubj')) return true;
  return false;
}

// "On Tuesday Mitsotakis met": an oblique name before a predicate with no subject, whose first
// word is a day or month, is the date ("on Tuesday") and the subject ("Mitsotakis").
function repairDateBeforeSubject(words: string[], head: Int32Array, deprel: string[], from: number, to: number): void {
  for (let date = from; date + 1 < to; date++) {
    if (!dateNames.has(words[date]!.toLowerCase()) || deprel[date] !== 'compound') continue;
    const name = head[date]!;
    const verb = head[name]!;
    if (name !== date + 1 || verb <= name || deprel[name] !== 'obl' || hasSubject(head, deprel, verb, from, to)) continue;
    // what opens the phrase before the date ("on") now hangs on the date
    for (let k = from; k < date; k++) if (head[k] === name) head[k] = date;
    head[date] = verb;
    deprel[date] = 'obl';
    deprel[name] = 'nsubj';
  }
}

/**
 * Repairs one sentence's tree in place (tokens from..to-1 of `words`, heads absolute or -1).
 * A "relative clause" that opens with a coordinating conjunction, has an auxiliary and no
 * relative word is the next predicate of its clause: conj of the predicate the parser hung it
 * under.
 */
export function repairSentence(words: string[], head: Int32Array, deprel: string[], from: number, to: number): void {
  repairBetween(words, head, deprel, from, to);
  repairDateBeforeSubject(words, head, deprel, from, to);
  for (let t = from; t < to; t++) {
    if (deprel[t] !== 'acl:relcl') continue;
    let opensWithConjunction = false;
    let finite = false;
    for (let k = from; k < t; k++) {
      if (head[k] !== t) continue;
      if (deprel[k] === 'cc') opensWithConjunction = true;
      // "and was condemned", "and has said": an auxiliary makes it a predicate, not a modifier
      if (deprel[k] === 'aux' || deprel[k] === 'aux:pass' || deprel[k] === 'cop') finite = true;
    }
    if (!opensWithConjunction || !finite || hasRelativeWord(words, head, t, from, to)) continue;
    let predicate = head[t]!;
    while (predicate >= 0 && !isClauseHead({ head, deprel }, predicate)) predicate = head[predicate]!;
    if (predicate < 0 || predicate === t) continue;
    head[t] = predicate;
    deprel[t] = 'conj';
  }
}
