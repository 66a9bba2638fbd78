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
//   In the letter Minister Bliznakov informed the partners.
//   the parser: "Bliznakov" an apposition of "letter", "informed" with no subject; an apposition
//   follows a comma, and a predicate needs a subject: the name right before it is that subject
//
//   Talks between Japanese officials and Britain began.
//   the parser: "Britain" a second subject of "began"; "between" takes two parties joined by
//   "and": "Britain" is the conjunct of "officials"
//
//   In line with most Americans, Sen. Ted Cruz was critical of the plan.
//   the parser: "Cruz" a modifier of "Americans", "critical" with no subject; the noun phrase
//   right before the copula, after the comma that closes the opening phrase, is the subject
//
//   Egypt's minister and his Greek and French counterparts, A and B, respectively, gathered in Cairo.
//   the parser: "counterparts" the root, "gathered" a participle on "A"; a sentence with no
//   finite verb whose root is a noun has its verb in that participle: the root, the noun its subject
//
//   Chirac said, during talks with Niger, that France wanted a new prime minister.
//   the parser: "wanted" a relative clause on "talks" with "that" as its mark; a relative "that"
//   is the clause's subject or object, so a "that" clause after a comma with a subject of its own
//   is the content clause of "said"
//
//   A news report published Wednesday said the Kremlin was preparing talks.
//   the parser: "Wednesday" the subject of "said", "published" its complement; a bare weekday
//   right after a participle is when that happened: "published Wednesday" is on "report", the subject
//
//   Israeli soldiers shot two Palestinians.
//   the tagger: "shot" a noun, which the parser made the predicate with a subject and an object;
//   a noun takes neither: it is a verb
//
//   Rashid held talks with officials in Italy, where the Senate voted for lifting sanctions.
//   the parser: "voted" a second predicate of "held"; a clause that opens with "where" after a
//   comma is a relative clause on the place before the comma
import { dominates, isClauseHead } from './tree.ts';
import { finiteVerbTags, months, perfectAuxiliaries, relativePronouns, weekdays } from './closed-class.ts';

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
    if (dominates({ head }, noun, other) || dominates({ head }, other, noun)) continue;
    head[other] = noun;
    deprel[other] = 'conj';
    head[and] = other;
    deprel[and] = 'cc';
  }
}

/** Names of days and months, which the parser may read as the first word of the name after them (not "may": the modal verb, or a name). */
const dateNames = new Set([...weekdays, ...months.filter((m) => m !== 'may')]);
const weekdaySet = new Set(weekdays);

/** Relations that say a predicate has a subject. */
function hasSubject(head: Int32Array, deprel: string[], verb: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (head[k] === verb && deprel[k]!.startsWith('nsubj')) return true;
  return false;
}

/** Whether t has a dependent of exactly this relation (the tree is being mended: tree.ts's cached children may be stale). */
function hasDependent(head: Int32Array, deprel: string[], t: number, relation: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (head[k] === t && deprel[k] === relation) return true;
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

// "A news report published Wednesday said ...": a weekday that the parser made a subject, right
// after a past participle hung on the same predicate, with a second subject whose phrase ends
// just before the participle: the weekday is a temporal modifier of the participle, the
// participle a reduced relative on the other subject ("report"), which is the predicate's only one.
function repairWeekdayAfterParticiple(tree: SentenceTree, from: number, to: number): void {
  const { words, xpos, head, deprel } = tree;
  for (let day = from + 2; day < to; day++) {
    if (!weekdaySet.has(words[day]!.toLowerCase()) || deprel[day] !== 'nsubj') continue;
    const participle = day - 1;
    const verb = head[day]!;
    if (xpos[participle] !== 'VBN' || head[participle] !== verb || verb <= day) continue;
    let subject = -1;
    for (let k = from; k < participle; k++) if (head[k] === verb && deprel[k]!.startsWith('nsubj')) subject = k;
    if (subject < 0 || subtreeEnd(head, subject, from, participle) !== participle - 1) continue;
    // what hangs on the participle before it belongs to its new head's phrase
    for (let k = from; k < participle; k++) if (head[k] === participle) head[k] = subject;
    head[participle] = subject;
    deprel[participle] = 'acl';
    head[day] = participle;
    deprel[day] = 'obl:unmarked';
  }
}

// "In the letter Minister Bliznakov informed ...": an opening prepositional phrase whose noun has
// an apposition with no comma before it, ending right before a predicate that has no subject:
// the apposition is that predicate's subject.
function repairAppositionAsSubject(tree: SentenceTree, from: number, to: number): void {
  const { words, head, deprel } = tree;
  for (let name = from + 2; name < to; name++) {
    if (deprel[name] !== 'appos') continue;
    const noun = head[name]!;
    const verb = head[noun]!;
    if (noun < from || noun >= name || deprel[noun] !== 'obl' || verb <= name || hasSubject(head, deprel, verb, from, to)) continue;
    if (!hasDependent(head, deprel, noun, 'case', from, noun) || subtreeEnd(head, name, from, to) !== verb - 1) continue;
    // (a day is when, not who: "During Questions Wednesday, Sunak defended"; a comma anywhere up to the predicate ends the opening phrase)
    if (dateNames.has(words[name]!.toLowerCase())) continue;
    let comma = false;
    for (let k = noun + 1; k < verb; k++) if (words[k] === ',' || words[k] === '(' || words[k] === '-' || words[k] === '—') comma = true;
    if (comma) continue;
    head[name] = verb;
    deprel[name] = 'nsubj';
  }
}

// "A, B and C, respectively, gathered in Cairo on Wednesday.": a sentence whose root is a noun,
// that has no finite verb or auxiliary anywhere and ends in a full stop, and whose root noun has
// an apposition after it, has its predicate in a participle the parser hung on a noun (acl)
// after a comma, with no subject of its own: that participle is the root, the noun the root
// was is its subject.
function repairVerblessRoot(tree: SentenceTree, from: number, to: number): void {
  const { words, upos, xpos, head, deprel } = tree;
  if (to - from < 4 || words[to - 1] !== '.') return;
  let root = -1;
  for (let t = from; t < to; t++) {
    if (finiteVerbTags.has(xpos[t]!) || deprel[t]!.startsWith('aux') || deprel[t] === 'cop') return;
    if (head[t] === -1) root = t;
  }
  if (root < 0 || (upos[root] !== 'NOUN' && upos[root] !== 'PROPN')) return;
  let verb = -1;
  for (let t = root + 1; t < to && verb < 0; t++) {
    // after a comma that closes an apposition ("..., respectively, gathered"); a participle
    // straight after its noun is a reduced relative ("Pictures taken in Paris.")
    if (
      deprel[t] === 'acl' &&
      xpos[t] === 'VBN' &&
      words[t - 1] === ',' &&
      !hasSubject(head, deprel, t, from, to) &&
      !hasRelativeWord(words, head, t, from, to)
    )
      verb = t;
  }
  // the subject is a list with an apposition ("his counterparts, A and B,"): the parser lost the
  // verb in it; a fragment with one noun ("Bike ride in the park, followed by coffee.") has none
  let apposition = false;
  for (let k = root + 1; k < verb; k++) if (deprel[k] === 'appos') apposition = true;
  // "The two countries criticised Japan.": a past form in -ed straight after the root noun, with
  // an object of its own, is the predicate (a reduced relative, "Pictures taken in Paris.", has none)
  if ((verb < 0 || !apposition) && isPastPredicateAfter(tree, root, from, to)) {
    verb = root + 1;
    apposition = true;
    xpos[verb] = 'VBD';
  }
  if (verb < 0 || !apposition) return;
  // what follows the participle and hung on the old root (the full stop) now hangs on the verb
  for (let k = verb + 1; k < to; k++) if (head[k] === root) head[k] = verb;
  head[verb] = -1;
  deprel[verb] = 'root';
  head[root] = verb;
  deprel[root] = 'nsubj';
}

/** Whether the word after a root noun is a past form in -ed the parser hung on it as a participle with an object and no subject. */
function isPastPredicateAfter(tree: SentenceTree, root: number, from: number, to: number): boolean {
  const { words, xpos, head, deprel } = tree;
  const verb = root + 1;
  if (verb >= to - 1 || head[verb] !== root || deprel[verb] !== 'acl' || xpos[verb] !== 'VBN' || !words[verb]!.toLowerCase().endsWith('ed')) return false;
  return hasDependent(head, deprel, verb, 'obj', from, to) && !hasSubject(head, deprel, verb, from, to) && !hasRelativeWord(words, head, verb, from, to);
}

/** Tags of the head of a noun phrase that can be a subject. */
const nominalTags = new Set(['NOUN', 'PROPN', 'PRON']);

// "In line with most Americans, Sen. Ted Cruz was critical of ...": the root has an auxiliary or
// copula but no subject, and the noun phrase right before that auxiliary, which opens after a
// comma, hangs on a word of the phrase before the comma: it is the subject.
function repairMissingSubject(tree: SentenceTree, from: number, to: number): void {
  const { upos, head, deprel, words } = tree;
  let root = -1;
  for (let t = from; t < to; t++) if (head[t] === -1) root = t;
  if (root < 0) return;
  let auxiliary = -1;
  for (let k = from; k < root; k++) {
    if (head[k] !== root) continue;
    if (deprel[k]!.startsWith('nsubj') || deprel[k]!.startsWith('csubj') || deprel[k] === 'expl') return;
    if (auxiliary < 0 && (deprel[k]!.startsWith('aux') || deprel[k] === 'cop')) auxiliary = k;
  }
  const noun = auxiliary - 1;
  if (auxiliary < 0 || noun <= from || !nominalTags.has(upos[noun]!) || head[noun] === root || head[noun]! > noun) return;
  let phraseStart = noun;
  for (let k = noun - 1; k >= from && words[k] !== ',' && head[k]! >= k && head[k]! <= noun && dominates(tree, noun, k); k--) phraseStart = k;
  if (phraseStart - 1 <= from || words[phraseStart - 1] !== ',' || dominates(tree, noun, root)) return;
  head[noun] = root;
  deprel[noun] = deprel[auxiliary] === 'aux:pass' ? 'nsubj:pass' : 'nsubj';
}

// "Chirac said, during talks with X, that France wanted ...": a "relative clause" that opens with
// a comma and "that" as its complementizer (mark: a relative "that" is the clause's subject or
// object) and has a subject of its own is the content clause of the predicate above the noun.
function repairCommaThatClause(tree: SentenceTree, from: number, to: number): void {
  const { words, head, deprel } = tree;
  for (let that = from + 1; that < to; that++) {
    if (deprel[that] !== 'mark' || words[that]!.toLowerCase() !== 'that' || words[that - 1] !== ',') continue;
    const clause = head[that]!;
    if (clause <= that || deprel[clause] !== 'acl:relcl' || !hasSubject(head, deprel, clause, from, to)) continue;
    let predicate = head[clause]!;
    while (predicate >= 0 && !isClauseHead({ head, deprel }, predicate)) predicate = head[predicate]!;
    if (predicate < 0 || predicate > that) continue;
    if (hasDependent(head, deprel, predicate, 'ccomp', from, to)) continue;
    head[clause] = predicate;
    deprel[clause] = 'ccomp';
  }
}

// "Chirac said, during talks with X here, that France, which ..., wanted ...": "that" tagged as a
// complementizer but attached as the determiner of the next noun, whose clause then takes a noun
// before "that" for its subject. The noun after "that" is the subject of the first predicate after
// it that it does not govern; the old subject, a phrase with a preposition, is an oblique of the
// predicate above.
function repairThatAsDeterminer(tree: SentenceTree, from: number, to: number): void {
  const { words, upos, head, deprel } = tree;
  for (let that = from + 1; that < to; that++) {
    if (deprel[that] !== 'det' || upos[that] !== 'SCONJ' || words[that]!.toLowerCase() !== 'that') continue;
    const noun = head[that]!;
    if (noun <= that || !nominalTags.has(upos[noun]!)) continue;
    let verb = -1;
    for (let k = noun + 1; k < to && verb < 0; k++) if (upos[k] === 'VERB' && !dominates(tree, noun, k)) verb = k;
    if (verb < 0) continue;
    let subject = -1;
    for (let k = from; k < that; k++) if (head[k] === verb && deprel[k] === 'nsubj') subject = k;
    const above = head[verb]!;
    if (subject < 0 || above < 0 || above > that || !isClauseHead({ head, deprel }, above) || dominates(tree, subject, above)) continue;
    if (!hasDependent(head, deprel, subject, 'case', from, subject)) continue;
    head[subject] = above;
    deprel[subject] = 'obl';
    head[noun] = verb;
    deprel[noun] = 'nsubj';
    head[that] = verb;
    deprel[that] = 'mark';
  }
}

/** Relations the parser gives a clause after a comma when it takes it for the next predicate. */
const nextPredicateRelations = new Set(['conj', 'parataxis']);

// "Rashid held talks with officials in Italy, where the Senate voted ...": the parser made the
// clause a second predicate of "held" (conj, with no conjunction). A clause that opens with
// "where" right after a comma says what happens at the place named before the comma: it is a
// relative clause on that noun.
function repairWhereClause(tree: SentenceTree, from: number, to: number): void {
  const { words, upos, head, deprel } = tree;
  for (let where = from + 2; where < to; where++) {
    if (words[where]!.toLowerCase() !== 'where' || words[where - 1] !== ',') continue;
    const clause = head[where]!;
    if (clause <= where || !nextPredicateRelations.has(deprel[clause]!) || hasDependent(head, deprel, clause, 'cc', from, to)) continue;
    // the head of the noun phrase that ends before the comma
    let noun = where - 2;
    while (phraseInternal.has(deprel[noun]!) && head[noun]! > noun && head[noun]! < where - 1) noun = head[noun]!;
    if (noun <= from || (upos[noun] !== 'NOUN' && upos[noun] !== 'PROPN') || dominates(tree, clause, noun)) continue;
    head[clause] = noun;
    deprel[clause] = 'acl:relcl';
  }
}

/** Relations of a noun's own phrase, which stay with the noun when a participle takes its place. */
const nounPhrase = new Set(['amod', 'compound', 'nmod', 'acl', 'acl:relcl', 'det', 'nummod', 'appos', 'conj', 'cc', 'nmod:poss', 'case']);

// "Saudi Arabia and the United States have alleged Iranian involvement.": a past participle with
// a perfect "have" as its auxiliary is a predicate, never an adjective; the parser made it
// "amod" of its object and the object the predicate. The participle takes the noun's place, the
// noun is its object, and the subject the parser hung on the auxiliary, and the noun's
// dependents before the participle or outside its phrase, move to it. The parser may also make
// "have" the main verb with the noun its object ("The government has alleged Peruvian
// interference"): when another modifier of the noun follows the participle, the participle is
// the predicate ("have alleged Iranian involvement", "had depressed retail sales"), and "have"
// becomes its auxiliary and gives it its place and dependents. ("We have wounded soldiers",
// "has sheltered waters", with no modifier after the participle, stay as they are: there the
// adjective is as likely.)
function repairPerfectParticiple(tree: SentenceTree, from: number, to: number): void {
  const { words, xpos, head, deprel } = tree;
  for (let t = from + 1; t < to; t++) {
    const have = t - 1;
    if (deprel[t] !== 'amod' || xpos[t] !== 'VBN' || !perfectAuxiliaries.has(words[have]!.toLowerCase())) continue;
    const noun = head[t]!;
    if (noun <= t) continue;
    const auxiliary = head[have] === t && deprel[have] === 'aux';
    const modifiedNext = (deprel[t + 1] === 'amod' || deprel[t + 1] === 'compound') && head[t + 1] === noun;
    const mainVerb = head[noun] === have && deprel[noun] === 'obj' && noun > t + 1 && modifiedNext;
    if (!auxiliary && !mainVerb) continue;
    head[t] = head[mainVerb ? have : noun]!;
    deprel[t] = deprel[mainVerb ? have : noun]!;
    for (let k = from; k < to; k++) {
      if (k === t || k === noun || k === have) continue;
      if (head[k] === have || (head[k] === noun && (k < t || !nounPhrase.has(deprel[k]!)))) head[k] = t;
    }
    if (mainVerb) {
      head[have] = t;
      deprel[have] = 'aux';
      tree.upos[have] = 'AUX';
    }
    head[noun] = t;
    deprel[noun] = 'obj';
  }
}

// "The Iranian government had shot down a jet.": the parser made "had" the predicate and the
// participle its complement (xcomp). "have" takes no bare past participle as a complement (that
// needs an object first: "had the plane shot down"): a past participle right after a perfect
// "have" (adverbs between) that the parser hung on it as its complement, "have" having no object,
// is the predicate, and "have" its auxiliary; the participle takes the place and the other
// dependents of "have".
function repairPerfectComplement(tree: SentenceTree, from: number, to: number): void {
  const { words, upos, xpos, head, deprel } = tree;
  for (let t = from + 1; t < to; t++) {
    if (xpos[t] !== 'VBN' || deprel[t] !== 'xcomp') continue;
    const have = head[t]!;
    if (have < from || have >= t || !perfectAuxiliaries.has(words[have]!.toLowerCase()) || upos[have] === 'AUX') continue;
    let adjacent = true;
    for (let k = have + 1; k < t; k++) if (upos[k] !== 'ADV' && upos[k] !== 'PART') adjacent = false;
    if (!adjacent || hasDependent(head, deprel, have, 'obj', from, to)) continue;
    makeAuxiliary(tree, have, t, from, to);
  }
}

/** Make `aux` an auxiliary of `verb`: the verb takes the auxiliary's place in the tree and its dependents. */
function makeAuxiliary(tree: SentenceTree, aux: number, verb: number, from: number, to: number): void {
  const { upos, head, deprel } = tree;
  head[verb] = head[aux]!;
  deprel[verb] = deprel[aux]!;
  for (let k = from; k < to; k++) if (k !== verb && head[k] === aux) head[k] = verb;
  head[aux] = verb;
  deprel[aux] = 'aux';
  upos[aux] = 'AUX';
}

/** Auxiliaries that make a clause finite: a predicate with one before it and no subject lacks the subject a finite clause has. */
const finiteAuxiliaries = new Set([
  ...['had', 'has', 'have', 'was', 'were', 'is', 'are', 'did', 'does', 'do'],
  ...['will', 'would', 'could', 'should', 'might', 'may', 'must', 'can'],
]);

// "Iran acknowledged their government had shot down a jet.": the parser made "government" the
// object of "acknowledged" and "shot" a second object with no subject. A verb takes one direct
// object; a predicate hung on it as a second object (or complement) after the first, with a finite
// auxiliary and no subject, whose auxiliary follows the object's phrase straight away, is a content
// clause ("that" left out) and the object its subject.
function repairObjectAsClauseSubject(tree: SentenceTree, from: number, to: number): void {
  const { words, upos, head, deprel } = tree;
  for (let clause = from + 2; clause < to; clause++) {
    if (upos[clause] !== 'VERB' || (deprel[clause] !== 'obj' && deprel[clause] !== 'xcomp')) continue;
    const verb = head[clause]!;
    if (verb < from || verb > clause || hasSubject(head, deprel, clause, from, to)) continue;
    let auxiliary = -1;
    for (let k = verb + 1; k < clause && auxiliary < 0; k++) {
      if (head[k] === clause && deprel[k] === 'aux' && finiteAuxiliaries.has(words[k]!.toLowerCase())) auxiliary = k;
    }
    if (auxiliary < 0) continue;
    let object = -1;
    for (let k = verb + 1; k < auxiliary; k++) if (head[k] === verb && deprel[k] === 'obj') object = k;
    if (object < 0 || !nominalTags.has(upos[object]!) || subtreeEnd(head, object, from, to) !== auxiliary - 1) continue;
    head[object] = clause;
    deprel[object] = 'nsubj';
    deprel[clause] = 'ccomp';
  }
}

/** The preposition that opens the phrase of noun t (its "case" dependent before it), '' for none. */
function caseWord(tree: SentenceTree, t: number, from: number): string {
  for (let k = from; k < t; k++) if (tree.head[k] === t && tree.deprel[k] === 'case') return tree.words[k]!.toLowerCase();
  return '';
}

// "Britain protested against the detention of its citizens by Iran.": the parser made "by Iran"
// the agent of "protested". A verb in the active past with a subject of its own takes no agent:
// the "by" phrase is the agent of the noun before it, the head of that noun's chain of "of"
// phrases ("the detention of its citizens"), when the chain's head hangs on the verb.
function repairAgentOfActiveVerb(tree: SentenceTree, from: number, to: number): void {
  const { words, xpos, upos, head, deprel } = tree;
  for (let agent = from + 2; agent < to; agent++) {
    if (deprel[agent] !== 'obl:agent') continue;
    const verb = head[agent]!;
    if (verb < from || verb >= agent || xpos[verb] !== 'VBD' || !hasDependent(head, deprel, verb, 'nsubj', from, to)) continue;
    if (hasDependent(head, deprel, verb, 'aux:pass', from, to)) continue;
    let by = -1;
    for (let k = from; k < agent; k++) if (head[k] === agent && deprel[k] === 'case' && words[k]!.toLowerCase() === 'by') by = k;
    const noun = by - 1;
    if (by < 0 || noun <= verb || !nominalTags.has(upos[noun]!)) continue;
    let act = noun;
    while (deprel[act] === 'nmod' && head[act]! > verb && head[act]! < act && caseWord(tree, act, from) === 'of') act = head[act]!;
    if (head[act] !== verb || upos[act] !== 'NOUN') continue;
    head[agent] = act;
    deprel[agent] = 'nmod';
  }
}

/** Relations only a noun takes: a word that has one of them is a noun whatever else it governs. */
const nounOnlyRelations = new Set(['det', 'amod', 'nmod:poss', 'case', 'nummod', 'compound']);

// "Israeli soldiers shot two Palestinians.": a word tagged as a noun that the parser made a
// clause's predicate, with a subject before it and an object after it, is a verb (a noun takes
// neither), unless it has a dependent only a noun takes ("the shot"). Its tag becomes the verb's
// by its ending: -s present, -ing participle, else past ("shot", "cut", "attacked").
function repairNounPredicate(tree: SentenceTree, from: number, to: number): void {
  const { words, upos, xpos, head, deprel } = tree;
  for (let t = from + 1; t < to - 1; t++) {
    if (upos[t] !== 'NOUN') continue;
    let subjectBefore = false;
    let objectAfter = false;
    let nounOnly = false;
    for (let k = from; k < to; k++) {
      if (head[k] !== t) continue;
      if (deprel[k] === 'nsubj' && k < t) subjectBefore = true;
      else if (deprel[k] === 'obj' && k > t) objectAfter = true;
      else if (nounOnlyRelations.has(deprel[k]!)) nounOnly = true;
    }
    if (!subjectBefore || !objectAfter || nounOnly) continue;
    const word = words[t]!.toLowerCase();
    upos[t] = 'VERB';
    xpos[t] = word.endsWith('ing') ? 'VBG' : word.endsWith('s') && !word.endsWith('ss') ? 'VBZ' : 'VBD';
  }
}

/** Particles of phrasal verbs that a verb tagged as a noun leaves as a preposition of the next noun ("shot down a jet"). */
const phrasalParticles = new Set(['down', 'off', 'out', 'up']);

/** Dependents of a name's own phrase that the parser hangs on the word after the name when it takes that word for the name's head. */
const namePhrase = new Set(['compound', 'det', 'amod', 'flat']);

// "Iran shot down a Ukrainian airliner.", "the government had shot down a jet": the tagger made
// "shot" a noun, and the parser the particle a preposition of the next noun, that noun a modifier
// of "shot" and the name before it a compound. A noun with a perfect "have" as its auxiliary (or
// as its head, the noun its object right after it: "its forces had shot down"), the sentence's root
// right after a name compounded on it, or a noun whose possessor right before it has no "'s" ("said
// its forces shot down"), followed by such a particle, is a verb: the particle is its particle,
// the noun its object and the name its subject.
function repairPhrasalNoun(tree: SentenceTree, from: number, to: number): void {
  const { words, upos, xpos, head, deprel } = tree;
  for (let t = from + 1; t < to - 2; t++) {
    const particle = t + 1;
    if (upos[t] !== 'NOUN' || deprel[particle] !== 'case' || !phrasalParticles.has(words[particle]!.toLowerCase())) continue;
    const object = head[particle]!;
    if (object <= particle || head[object] !== t || deprel[object] !== 'nmod') continue;
    const name = t - 1;
    let perfect = false;
    let nounOnly = false;
    for (let k = from; k < to; k++) {
      if (head[k] !== t) continue;
      if (deprel[k] === 'aux' && k < t && perfectAuxiliaries.has(words[k]!.toLowerCase())) perfect = true;
      else if (k < name && namePhrase.has(deprel[k]!)) continue;
      else if (k !== name && nounOnlyRelations.has(deprel[k]!)) nounOnly = true;
    }
    const named = !perfect && deprel[t] === 'root' && head[name] === t && deprel[name] === 'compound' && (upos[name] === 'PROPN' || upos[name] === 'NOUN');
    // "its forces had shot down a jet": the noun the object of a perfect "have" right before it
    const haveObject = !perfect && !named && head[t] === name && deprel[t] === 'obj' && perfectAuxiliaries.has(words[name]!.toLowerCase());
    // "said its forces shot down a jet": the noun before it its possessor with no "'s"
    const possessor =
      !perfect &&
      !named &&
      !haveObject &&
      head[name] === t &&
      deprel[name] === 'nmod:poss' &&
      (upos[name] === 'NOUN' || upos[name] === 'PROPN') &&
      !hasDependent(head, deprel, name, 'case', from, to);
    if (nounOnly || (!perfect && !named && !haveObject && !possessor)) continue;
    if (named) {
      for (let k = from; k < name; k++) if (head[k] === t && namePhrase.has(deprel[k]!)) head[k] = name;
      deprel[name] = 'nsubj';
    }
    if (haveObject) {
      makeAuxiliary(tree, name, t, from, to);
      perfect = true;
    }
    if (possessor) {
      deprel[name] = 'nsubj';
      if (deprel[t] === 'obj') deprel[t] = 'ccomp';
    }
    const word = words[t]!.toLowerCase();
    upos[t] = 'VERB';
    xpos[t] = perfect ? 'VBN' : word.endsWith('ing') ? 'VBG' : word.endsWith('s') && !word.endsWith('ss') ? 'VBZ' : 'VBD';
    head[particle] = t;
    deprel[particle] = 'compound:prt';
    deprel[object] = 'obj';
  }
}

/** Relative pronouns that stand for a person or thing named just before a comma ("Mr. Trump, who said ..."). */
const nonRestrictiveRelatives = new Set(['who', 'which']);

// "Mr. Trump, who said last week that the judge was biased, issued a statement.": the parser made
// "said" the predicate with two subjects, "Trump" and "who", and hung "issued" inside its clause. A
// predicate has one subject: the "who" clause is a relative clause on the noun before the comma, and
// the first verb after a later comma in it that has no subject of its own is the noun's predicate.
function repairTwoSubjects(tree: SentenceTree, from: number, to: number): void {
  const { words, upos, head, deprel } = tree;
  for (let who = from + 2; who < to; who++) {
    if (!nonRestrictiveRelatives.has(words[who]!.toLowerCase()) || words[who - 1] !== ',' || deprel[who] !== 'nsubj') continue;
    const clause = head[who]!;
    if (clause <= who) continue;
    let noun = -1;
    for (let k = from; k < who - 1; k++) if (head[k] === clause && deprel[k] === 'nsubj') noun = k;
    if (noun < 0) continue;
    let predicate = -1;
    for (let t = clause + 2; t < to && predicate < 0; t++) {
      if (upos[t] !== 'VERB' || words[t - 1] !== ',' || !dominates(tree, clause, t) || hasSubject(head, deprel, t, from, to)) continue;
      if (deprel[t] === 'conj' || deprel[t] === 'parataxis' || deprel[t] === 'advcl') predicate = t;
    }
    if (predicate < 0) continue;
    head[predicate] = head[clause]!;
    deprel[predicate] = deprel[clause]!;
    // what hung on the old predicate after the new one (the full stop) goes with it
    for (let k = predicate + 1; k < to; k++) if (head[k] === clause) head[k] = predicate;
    head[noun] = predicate;
    head[clause] = noun;
    deprel[clause] = 'acl:relcl';
  }
}

/** Clause relations inside a clause, any of which may hold the place a relative pronoun fills. */
const innerClauses = new Set(['ccomp', 'xcomp', 'acl', 'advcl']);

/** Whether a clause inside `clause` or its object (two levels down) has a verb with no dependent of `relation` (nsubj: a finite clause's subject). */
function hasInnerGap(tree: SentenceTree, clause: number, relation: string, from: number, to: number): boolean {
  const { upos, head, deprel } = tree;
  // (and in a clause on its object: "has the right to acquire")
  let level = [clause];
  for (let k = from; k < to; k++) if (head[k] === clause && deprel[k] === 'obj') level.push(k);
  for (let depth = 0; depth < 2 && level.length; depth++) {
    const next: number[] = [];
    for (let k = from; k < to; k++) if (level.includes(head[k]!) && innerClauses.has(deprel[k]!) && upos[k] === 'VERB') next.push(k);
    for (const inner of next) {
      if (relation === 'nsubj' && (deprel[inner] !== 'ccomp' || hasDependent(head, deprel, inner, 'mark', from, to))) continue;
      const passiveSubject = relation === 'nsubj' && hasDependent(head, deprel, inner, 'nsubj:pass', from, to);
      if (!hasDependent(head, deprel, inner, relation, from, to) && !passiveSubject) return true;
    }
    level = next;
  }
  return false;
}

// "Western demands that it renounce violence": the parser made "that" the relative object of
// "renounce", which has an object of its own; a relative pronoun fills the place of what its clause
// lacks, so a "that" that doubles a subject or a noun object its clause has is the complementizer
// of a content clause on the noun (acl, "that" its mark).
function repairContentThat(tree: SentenceTree, from: number, to: number): void {
  const { words, upos, xpos, head, deprel } = tree;
  for (let that = from + 1; that < to; that++) {
    if (words[that]!.toLowerCase() !== 'that' || (deprel[that] !== 'obj' && deprel[that] !== 'nsubj')) continue;
    const clause = head[that]!;
    if (clause <= that || deprel[clause] !== 'acl:relcl') continue;
    let doubled = false;
    for (let k = that + 1; k < to; k++) {
      if (head[k] !== clause || deprel[k] !== deprel[that]) continue;
      // "the money that they paid him": a pronoun after the verb may be the second object the parser mislabels
      if (deprel[k] === 'obj' && (k < clause || upos[k] === 'PRON')) continue;
      doubled = true;
    }
    // "a strategy that officials say is designed ...", "shares that it has the right to acquire": the
    // place "that" fills may be in a clause further in, one that lacks its subject or its object
    if (!doubled || hasInnerGap(tree, clause, deprel[that] === 'obj' ? 'obj' : 'nsubj', from, to)) continue;
    deprel[that] = 'mark';
    upos[that] = 'SCONJ';
    xpos[that] = 'IN';
    deprel[clause] = 'acl';
  }
}

/** A verb's form by its tag and ending: -ing, past, third person -s, or the base (which the tagger may tag VBZ in "that it renounce"). */
function verbForm(word: string, tag: string): string {
  if (tag === 'VBG') return 'ing';
  if (tag === 'VBD' || tag === 'VBN') return 'past';
  return tag === 'VBZ' && word.toLowerCase().endsWith('s') ? 's' : 'base';
}

// "demands that it renounce violence, recognize Israel and accept past deals": the parser hung
// "recognize" on the main verb ("failed") as its conjunct (or as a clause beside it). Coordinated
// verbs share their form: a conjunct with no subject of its own right after a comma, whose form is not its head's but that of
// the nearest verb whose clause ends right before the comma, is that verb's conjunct.
function repairConjunctForm(tree: SentenceTree, from: number, to: number): void {
  const { words, upos, xpos, head, deprel } = tree;
  for (let t = from + 2; t < to; t++) {
    const first = head[t]!;
    if (!nextPredicateRelations.has(deprel[t]!) || upos[t] !== 'VERB' || first < from || first >= t || upos[first] !== 'VERB' || words[t - 1] !== ',') continue;
    // (the base form only: a past form may be a participle or the finite verb of another clause,
    // "X, who was jailed for fraud, staged an escape")
    if (verbForm(words[t]!, xpos[t]!) !== 'base' || verbForm(words[first]!, xpos[first]!) === 'base' || hasSubject(head, deprel, t, from, to)) continue;
    let nearest = -1;
    for (let s = t - 2; s > first && nearest < 0; s--) if (upos[s] === 'VERB' && subtreeEnd(head, s, from, to) === t - 2) nearest = s;
    if (nearest < 0 || !dominates(tree, first, nearest) || verbForm(words[nearest]!, xpos[nearest]!) !== 'base') continue;
    // (not when the verb already governs that one: "to complete X, construct Y" parsed with
    // "complete" under "construct" would make a cycle)
    if (dominates(tree, t, nearest)) continue;
    head[t] = nearest;
    deprel[t] = 'conj';
  }
}

/** Relations of a verb's complements besides an indirect object. */
const secondComplements = new Set(['obj', 'ccomp', 'xcomp']);

// "Emanuel told reporters that his office would stop opposing the release.": the parser made the
// clause a relative clause on "reporters" with "that" as its object. An indirect object needs a
// second complement: when the verb has none, a clause on the indirect object that opens with
// "that" followed by a subject of its own is that complement (ccomp of the verb, "that" its mark).
function repairClauseOnIndirectObject(tree: SentenceTree, from: number, to: number): void {
  const { words, upos, xpos, head, deprel } = tree;
  for (let that = from + 1; that < to; that++) {
    if (words[that]!.toLowerCase() !== 'that') continue;
    const clause = head[that]!;
    if (clause <= that || (deprel[clause] !== 'acl:relcl' && deprel[clause] !== 'acl')) continue;
    const addressee = head[clause]!;
    const verb = head[addressee]!;
    if (addressee >= that || deprel[addressee] !== 'iobj' || verb < 0 || verb > addressee) continue;
    if (subtreeEnd(head, addressee, from, that) !== that - 1) continue;
    let complement = false;
    for (let k = from; k < to; k++) if (head[k] === verb && secondComplements.has(deprel[k]!)) complement = true;
    let subject = -1;
    for (let k = that + 1; k < clause; k++) if (head[k] === clause && deprel[k]!.startsWith('nsubj')) subject = k;
    if (complement || subject < 0) continue;
    head[clause] = verb;
    deprel[clause] = 'ccomp';
    deprel[that] = 'mark';
    upos[that] = 'SCONJ';
    xpos[that] = 'IN';
  }
}

/** Closing quotation marks after which an attribution may follow ("“...,” the ad states."). */
const closingMarks = new Set(['”', '"', "''"]);
/** Marks that end a quotation a clause after it reports ("...,”", "...?”"). */
const reportedQuotationEnds = new Set([',', '?', '!']);

// "“They know Hillary can win,” a voice-over in the ad states.": after a quotation that ends in a
// comma, the words up to the full stop are its attribution, a clause that needs a verb. When
// none of them is tagged a verb and the last is an -s form right after a noun ("ad states",
// "Viguerie notes"), that form is the verb the tagger read as a plural noun: it becomes the root,
// with the quotation's clause as its complement and the noun phrase before it as its subject.
// (An opening preposition, "per the party's bylaws", or a determiner or adjective right before the
// word, "the states", leaves the phrase a noun phrase.)
function repairAttributionVerb(tree: SentenceTree, from: number, to: number): void {
  const { words, upos, xpos, head, deprel } = tree;
  if (to - from < 5 || words[to - 1] !== '.') return;
  const verb = to - 2;
  let mark = -1;
  for (let t = verb - 1; t > from + 1 && mark < 0; t--) if (closingMarks.has(words[t]!) && reportedQuotationEnds.has(words[t - 1]!)) mark = t;
  if (mark < 0 || verb - mark < 2 || upos[mark + 1] === 'ADP') return;
  for (let t = mark + 1; t < to; t++) if (upos[t] === 'VERB' || upos[t] === 'AUX') return;
  if (xpos[verb] !== 'NNS' || !words[verb]!.endsWith('s') || !nominalTags.has(upos[verb - 1]!)) return;
  // the head of the quotation's words; the subject, the first word before the verb that hangs outside the words between
  const top = (t: number) => {
    while (head[t]! >= from && head[t]! < mark && upos[head[t]!] !== 'PUNCT') t = head[t]!;
    return t;
  };
  let opening = from;
  while (opening < mark && upos[opening] === 'PUNCT') opening++;
  let subject = mark + 1;
  while (subject < verb && (upos[subject] === 'PUNCT' || (head[subject]! > mark && head[subject]! < verb))) subject++;
  if (opening >= mark || subject >= verb) return;
  const quoted = top(opening);
  upos[verb] = 'VERB';
  xpos[verb] = 'VBZ';
  for (let t = from; t < to; t++) {
    if (t === verb || t === subject) continue;
    // the words that hung on the form as a noun ("in the ad states") hang on the noun before it, that noun on the subject
    if (t > mark && t < verb && head[t] === verb) {
      head[t] = t === verb - 1 ? subject : verb - 1;
      if (t === verb - 1) deprel[t] = 'nmod';
    }
    if (head[t] === -1 || (t > verb && head[t]! < mark)) {
      head[t] = verb;
      if (deprel[t] === 'root') deprel[t] = upos[t] === 'PUNCT' ? 'punct' : 'parataxis';
    }
  }
  head[verb] = -1;
  deprel[verb] = 'root';
  head[quoted] = verb;
  deprel[quoted] = 'ccomp';
  head[subject] = verb;
  deprel[subject] = 'nsubj';
}

// "Iran has, however, condemned Israel.": an auxiliary governs nothing; a subject the parser hung on
// one right after it is the subject of the verb the auxiliary belongs to (not across other words: in
// "as we always do", "do" may stand for a verb of its own).
function repairSubjectOnAuxiliary(tree: SentenceTree, from: number, to: number): void {
  const { head, deprel } = tree;
  for (let t = from; t + 1 < to; t++) {
    const aux = head[t]!;
    if ((deprel[t] !== 'nsubj' && deprel[t] !== 'nsubj:pass') || aux !== t + 1) continue;
    if (deprel[aux] !== 'aux' && deprel[aux] !== 'aux:pass') continue;
    const verb = head[aux]!;
    if (verb <= aux || verb >= to || hasSubject(head, deprel, verb, from, to)) continue;
    head[t] = verb;
  }
}

// "Mitsotakis speaking to a think tank called the agreement void.": the parser made the name the
// subject of the participle, an adverbial clause of "called", which is left with no subject; a
// participle with no auxiliary or marker of its own between a subject and a finite verb that has
// none describes that subject: the name is the finite verb's subject, the participle a modifier of it.
function repairSubjectOfParticiple(tree: SentenceTree, from: number, to: number): void {
  const { xpos, head, deprel } = tree;
  for (let t = from + 1; t < to; t++) {
    const verb = head[t]!;
    if (deprel[t] !== 'advcl' || xpos[t] !== 'VBG' || verb <= t || verb >= to || !finiteVerbTags.has(xpos[verb]!)) continue;
    if (hasSubject(head, deprel, verb, from, to)) continue;
    let subject = -1;
    let marked = false;
    for (let k = from; k < to; k++) {
      if (head[k] !== t) continue;
      if (deprel[k] === 'nsubj' && k < t) subject = k;
      else if (deprel[k] === 'mark' || deprel[k]!.startsWith('aux') || deprel[k] === 'cop') marked = true;
    }
    if (subject < 0 || marked) continue;
    head[subject] = verb;
    deprel[subject] = 'nsubj';
    head[t] = subject;
    deprel[t] = 'acl';
  }
}

/**
 * Nouns of two words whose first word is also a verb, which the tagger reads as one ("the Atlantic
 * Council think tank called ..." made "think" a verb with "tank" as its subject): a first word
 * followed by one of its second words is tagged a noun before the parser reads the sentence.
 */
const twoWordNouns = new Map([['think', new Set(['tank', 'tanks'])]]);

/** The tokens (from..to-1) that open a two-word noun (twoWordNouns): to be tagged nouns before parsing. */
export function twoWordNounStarts(words: readonly string[], from: number, to: number): number[] {
  const found: number[] = [];
  for (let t = from; t + 1 < to; t++) if (twoWordNouns.get(words[t]!.toLowerCase())?.has(words[t + 1]!.toLowerCase())) found.push(t);
  return found;
}

/** One sentence's words, tags and tree, as the repairs read and mend them (heads absolute or -1). */
export type SentenceTree = { words: string[]; upos: string[]; xpos: string[]; head: Int32Array; deprel: string[] };

/**
 * Repairs one sentence's tree in place (tokens from..to-1 of `words`, heads absolute or -1); a
 * sentence whose repairs would leave a cycle keeps the parser's tree.
 */
export function repairSentence(tree: SentenceTree, from: number, to: number): void {
  const parsed = { head: tree.head.slice(from, to), deprel: tree.deprel.slice(from, to), upos: tree.upos.slice(from, to), xpos: tree.xpos.slice(from, to) };
  applyRepairs(tree, from, to);
  // a repair must leave a tree: if the repairs together made a word its own ancestor, the
  // sentence keeps the parser's own reading (every later stage walks heads up to the root)
  if (!hasCycle(tree.head, from, to)) return;
  tree.head.set(parsed.head, from);
  for (let t = from; t < to; t++) {
    tree.deprel[t] = parsed.deprel[t - from]!;
    tree.upos[t] = parsed.upos[t - from]!;
    tree.xpos[t] = parsed.xpos[t - from]!;
  }
}

/** Whether some word of the sentence (from..to-1) is its own ancestor. */
function hasCycle(head: Int32Array, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    let up = head[t]!;
    for (let steps = 0; up >= 0; steps++) {
      if (up === t || steps > to - from) return true;
      up = head[up]!;
    }
  }
  return false;
}

/**
 * The repairs in their order; last, a "relative clause" that opens with a coordinating
 * conjunction, has an auxiliary and no relative word is the next predicate of its clause: conj of
 * the predicate the parser hung it under.
 */
function applyRepairs(tree: SentenceTree, from: number, to: number): void {
  const { words, head, deprel } = tree;
  repairBetween(words, head, deprel, from, to);
  repairDateBeforeSubject(words, head, deprel, from, to);
  repairWeekdayAfterParticiple(tree, from, to);
  repairAppositionAsSubject(tree, from, to);
  repairVerblessRoot(tree, from, to);
  repairMissingSubject(tree, from, to);
  repairCommaThatClause(tree, from, to);
  repairThatAsDeterminer(tree, from, to);
  repairPerfectParticiple(tree, from, to);
  repairPerfectComplement(tree, from, to);
  repairSubjectOnAuxiliary(tree, from, to);
  repairSubjectOfParticiple(tree, from, to);
  repairNounPredicate(tree, from, to);
  repairPhrasalNoun(tree, from, to);
  repairObjectAsClauseSubject(tree, from, to);
  repairAgentOfActiveVerb(tree, from, to);
  repairAttributionVerb(tree, from, to);
  repairClauseOnIndirectObject(tree, from, to);
  repairContentThat(tree, from, to);
  repairConjunctForm(tree, from, to);
  repairTwoSubjects(tree, from, to);
  repairWhereClause(tree, from, to);
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
