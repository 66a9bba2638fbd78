// Questions about a sentence's dependency tree: who did what to whom, and whether it was
// negated, hedged or conditional. The events, quotes and stances stages ask these instead
// of walking word order (DESIGN.md, "Syntax").
//
//   The embassy was attacked by militants.        attacked: passive; source militants, target embassy
//   Rebels surrounded the airport and seized it.  seized: subject Rebels, shared by coordination
//   Washington urged Kyiv to withdraw.            withdraw: subject Kyiv (object control)
//   Moscow agreed to talk.                        talk: subject Moscow (subject control)
//   the militants who attacked the embassy        attacked: subject militants, not "who"
//   Putin did not meet Zelensky.                  meet: negated by "not"
//   The EU could impose sanctions.                impose: modal "could"
//   If Tokyo had met Seoul, the dispute would ... met, and ended: conditional on "met"
//   Lloyd Austin, the secretary of defense, ...   Lloyd <-> secretary: apposition
//
// The tree is Universal Dependencies as in UD English EWT. Token indices are doc-wide (heads
// too), and every list returned is in ascending token order. A relation written without a
// subtype matches its subtypes ('nsubj' matches 'nsubj:pass'); written with one, only itself.
import type { Doc } from './index.ts';
import { conditionalMarks, modalWords, negators, relativePronouns } from './closed-class.ts';

// Word lists. Each list lives here or in closed-class.ts (negators, modals, relative pronouns,
// conditional subordinators, possessive determiners) once; stages import them rather than
// keeping their own. Entries are lower-cased tokens as the nlp stage writes them, so
// they include wink-nlp's splits ("won't" -> "wo" + "n't", "dont" -> "do" + "nt") and
// typographic apostrophes.

/** Prepositions and subordinators that negate what they govern: "met without France",
 * "left without meeting Lavrov". */
export const privativeWords: ReadonlySet<string> = new Set(['without']);

/** Subordinators of a gerund about the object of the verb before it: "accused Moscow of
 * shelling the plant", "stopped Kyiv from joining", "praised Ankara for mediating". */
export const objectControlMarks: ReadonlySet<string> = new Set(['of', 'from', 'for']);

// Relations that make their dependent the head of a clause of its own.
const clausalRelations = ['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'parataxis', 'csubj'];
// Relations through which a clause stays inside the scope of an "if" above it.
const conditionScopeRelations = ['xcomp', 'ccomp', 'conj', 'advcl', 'csubj'];

/** What the tree queries read: the Doc satisfies it, and tests build one by hand. */
export type Tree = Pick<Doc, 'lower' | 'head' | 'deprel'> & { xpos?: string[] };

/** An oblique argument and the preposition that introduces it: "talks with Iran" -> Iran, 'with'. */
export type Oblique = {
  token: number;
  /** lower-cased case marker(s), multi-word ones joined by a space ('because of'); '' when none ("met Tuesday") */
  preposition: string;
};

/** How a predicate's subjects were found. */
export type SubjectSource =
  /** its own nsubj/csubj */
  | 'own'
  /** shared with the predicate it is coordinated with: "Rebels surrounded the airport and seized ..." */
  | 'coordination'
  /** control: the governing verb's object ("urged Kyiv to withdraw", "accused Moscow of shelling") or else its subject ("agreed to talk") */
  | 'control'
  /** the noun a relative clause modifies: "the militants who attacked", "militants backed by Iran" */
  | 'relative'
  /** the governing clause's subject, for a non-finite adverbial clause: "..., killing 20 people" */
  | 'adverbial'
  | 'none';

/**
 * A predicate's arguments, grammatical and logical. In the active voice the logical source
 * is the subject and the target the object; in the passive the source is the agent ("by X",
 * often missing) and the target the passive subject:
 *
 *   Paris condemned Moscow.              sources [Paris]     targets [Moscow]
 *   Moscow was condemned by Paris.       sources [Paris]     targets [Moscow]
 *   Over 100 people were arrested.       sources []          targets [people]
 */
export type PredicateArguments = {
  /** grammatical subjects, expanded over conjuncts ("Poland and Finland demanded") */
  subjects: number[];
  subjectFrom: SubjectSource;
  /** obj and iobj, expanded over conjuncts */
  objects: number[];
  /** nouns of obl:agent ("by militants"), expanded over conjuncts */
  agents: number[];
  /** obliques other than the agent, with their prepositions */
  obliques: Oblique[];
  passive: boolean;
  /** who acts: the subjects, or the agents when passive */
  sources: number[];
  /** who is acted on: the objects, or the subjects when passive */
  targets: number[];
};

// ---------------------------------------------------------------------------------------
// Relations and children

/** Whether `deprel` is `relation`, or one of its subtypes when `relation` has none. */
export function relationIs(deprel: string, relation: string): boolean {
  if (deprel === relation) return true;
  return !relation.includes(':') && deprel.length > relation.length && deprel[relation.length] === ':' && deprel.startsWith(relation);
}

/** Whether token t stands in one of `relations` to its head. */
export function hasRelation(tree: Pick<Tree, 'deprel'>, t: number, ...relations: string[]): boolean {
  const deprel = tree.deprel[t];
  return deprel !== undefined && relations.some((relation) => relationIs(deprel, relation));
}

/** Children of every token, laid out flat: token t's are list[offsets[t] .. offsets[t + 1]). */
type ChildIndex = { offsets: Int32Array; list: Int32Array };

// Built on first use and kept as long as the tree's head array lives, so that children() is
// a slice rather than a scan of the document. A tree is read-only once parsed.
const childIndexes = new WeakMap<Int32Array, ChildIndex>();

function childIndex(tree: Tree): ChildIndex {
  let index = childIndexes.get(tree.head);
  if (!index) {
    index = buildChildIndex(tree.head);
    childIndexes.set(tree.head, index);
  }
  return index;
}

function buildChildIndex(head: Int32Array): ChildIndex {
  const n = head.length;
  const offsets = new Int32Array(n + 1);
  for (let t = 0; t < n; t++) if (head[t]! >= 0) offsets[head[t]! + 1]!++;
  for (let t = 0; t < n; t++) offsets[t + 1]! += offsets[t]!;
  const list = new Int32Array(offsets[n]!);
  const next = offsets.slice(0, n);
  // Tokens are visited in order, so each head's children come out ascending.
  for (let t = 0; t < n; t++) if (head[t]! >= 0) list[next[head[t]!]!++] = t;
  return { offsets, list };
}

/** Dependents of t, all of them or those in one of `relations`. */
export function children(tree: Tree, t: number, ...relations: string[]): number[] {
  if (t < 0 || t >= tree.head.length) return [];
  const { offsets, list } = childIndex(tree);
  const found: number[] = [];
  for (let i = offsets[t]!; i < offsets[t + 1]!; i++) {
    const child = list[i]!;
    if (relations.length === 0 || hasRelation(tree, child, ...relations)) found.push(child);
  }
  return found;
}

function hasChild(tree: Tree, t: number, ...relations: string[]): boolean {
  return children(tree, t, ...relations).length > 0;
}

/** Whether clause t is opened by the marker `word` ("to" of an infinitive, "that" of a content clause). */
export function hasMark(tree: Tree, t: number, word: string): boolean {
  return children(tree, t, 'mark').some((m) => tree.lower[m] === word);
}

/** Whether `a` is `b` or above it on the tree (b's heads up to the root pass through a); false for b = -1. */
export function dominates(tree: Pick<Tree, 'head'>, a: number, b: number): boolean {
  for (let t = b; t >= 0; t = tree.head[t]!) if (t === a) return true;
  return false;
}

/** t and every token below it. */
export function subtree(tree: Tree, t: number): number[] {
  return reach(tree, t, () => true);
}

/**
 * The first and the last token of t's subtree (t and every token below it): the extent of a phrase or
 * clause on the tree, "A spokeswoman for the port authority" from "spokeswoman". Punctuation the subtree
 * holds at its edges is included; callers trim it as they need.
 */
export function subtreeSpan(tree: Tree, t: number): { first: number; last: number } {
  const { offsets, list } = childIndex(tree);
  let first = t;
  let last = t;
  const stack = [t];
  while (stack.length > 0) {
    const u = stack.pop()!;
    for (let i = offsets[u]!; i < offsets[u + 1]!; i++) {
      const child = list[i]!;
      if (child < first) first = child;
      if (child > last) last = child;
      stack.push(child);
    }
  }
  return { first, last };
}

/** t and the tokens below it reached through children that pass `enter`. */
function reach(tree: Tree, t: number, enter: (child: number) => boolean): number[] {
  const found = [t];
  const stack = [t];
  while (stack.length > 0) {
    for (const child of children(tree, stack.pop()!)) {
      if (!enter(child)) continue;
      found.push(child);
      stack.push(child);
    }
  }
  return ascending(found);
}

function ascending(tokens: number[]): number[] {
  return [...new Set(tokens)].sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------
// Coordination

/** The first of the conjuncts t belongs to (t itself when it is not a conj). */
export function firstConjunct(tree: Tree, t: number): number {
  while (tree.head[t]! >= 0 && hasRelation(tree, t, 'conj')) t = tree.head[t]!;
  return t;
}

/**
 * t and the words coordinated with it: "Poland, the Baltic states and Finland demanded" ->
 * Poland, states, Finland, from any of the three. UD hangs later conjuncts on the first;
 * chains (a conjunct on the previous one) are followed too.
 */
export function conjuncts(tree: Tree, t: number): number[] {
  return conjunctsFrom(tree, firstConjunct(tree, t));
}

/** t and the conjuncts below it, but not those before it. */
function conjunctsFrom(tree: Tree, t: number): number[] {
  return reach(tree, t, (child) => hasRelation(tree, child, 'conj'));
}

function expandConjuncts(tree: Tree, tokens: number[]): number[] {
  return ascending(tokens.flatMap((t) => conjunctsFrom(tree, t)));
}

// ---------------------------------------------------------------------------------------
// Arguments

/** Subjects of a predicate, resolved as in `subjectsOf` and expanded over conjuncts. */
export function subjects(tree: Tree, predicate: number): number[] {
  return subjectsOf(tree, predicate).tokens;
}

/**
 * A predicate's subjects and where they came from. Its own nsubj/csubj when it has one (a
 * relative pronoun among them is replaced by the noun it stands for); otherwise:
 *
 *   Rebels surrounded the airport and seized it.    seized <- surrounded's subject
 *   Washington urged Kyiv to withdraw.              withdraw <- urged's object
 *   Moscow agreed to talk.                          talk <- agreed's subject
 *   militants backed by Iran / troops guarding it   backed, guarding <- the modified noun
 *   ..., killing 20 people / after being attacked   killing, attacked <- the governing clause's subject
 *   accused Moscow of shelling the plant            shelling <- accused's object
 */
export function subjectsOf(tree: Tree, predicate: number): { tokens: number[]; from: SubjectSource } {
  const own = children(tree, predicate, 'nsubj', 'csubj');
  if (own.length > 0) {
    const resolved = own.map((subject) => antecedent(tree, predicate, subject));
    const from = resolved.some((token, i) => token !== own[i]) ? 'relative' : 'own';
    return { tokens: expandConjuncts(tree, resolved), from };
  }
  const governor = tree.head[predicate]!;
  if (governor < 0) return { tokens: [], from: 'none' };
  if (hasRelation(tree, predicate, 'conj')) return { tokens: subjects(tree, governor), from: 'coordination' };
  if (hasRelation(tree, predicate, 'xcomp')) return { tokens: controller(tree, governor), from: 'control' };
  if (modifiesItsSubject(tree, predicate)) return { tokens: conjunctsFrom(tree, governor), from: 'relative' };
  if (hasRelation(tree, predicate, 'advcl') && isNonFinite(tree, predicate)) {
    if (isAboutObject(tree, predicate, governor)) return { tokens: controller(tree, governor), from: 'control' };
    return { tokens: subjects(tree, governor), from: 'adverbial' };
  }
  return { tokens: [], from: 'none' };
}

/** "accused Moscow of shelling": a gerund after "of"/"from"/"for" tells about the governing verb's object, when it has one. */
function isAboutObject(tree: Tree, clause: number, governor: number): boolean {
  const marked = children(tree, clause, 'mark').some((mark) => objectControlMarks.has(tree.lower[mark]!));
  return marked && hasChild(tree, governor, 'obj', 'iobj');
}

/**
 * Who does what an xcomp describes: the governing verb's object when it has one ("urged
 * Kyiv to withdraw" -> Kyiv; EWT makes it obj or iobj by verb), else its subject ("agreed to
 * talk"; "Kyiv was urged to withdraw" -> Kyiv through the passive subject). Verbs of subject
 * control with an object ("promised Kyiv to withdraw") are rare in news and not told apart.
 */
function controller(tree: Tree, governor: number): number[] {
  const objects = children(tree, governor, 'obj', 'iobj');
  return objects.length > 0 ? expandConjuncts(tree, objects) : subjects(tree, governor);
}

/**
 * Whether a subjectless clause on a noun has that noun as its subject: a relative clause
 * (its pronoun being no subject, or missing) and a reduced one in -ing or the passive
 * ("troops guarding the base", "militants backed by Iran"), but not an infinitive ("the
 * decision to withdraw": the decision does not withdraw) nor a gerund after a preposition
 * ("the cost of rebuilding").
 */
function modifiesItsSubject(tree: Tree, predicate: number): boolean {
  if (hasRelation(tree, predicate, 'acl:relcl')) return true;
  if (!hasRelation(tree, predicate, 'acl') || hasChild(tree, predicate, 'mark')) return false;
  return isIngForm(tree.lower[predicate]!) || isPassive(tree, predicate);
}

/**
 * Whether a clause is non-finite, and so shares the subject of the clause it depends on:
 * its verb or an auxiliary is an -ing form ("killing 20", "after being attacked") or it
 * is a to-infinitive ("massed troops to attack"). The Doc has no verb forms, hence the
 * spelling test.
 */
function isNonFinite(tree: Tree, predicate: number): boolean {
  if (children(tree, predicate, 'mark').some((mark) => tree.lower[mark] === 'to')) return true;
  return [predicate, ...children(tree, predicate, 'aux')].some((t) => isIngForm(tree.lower[t]!));
}

function isIngForm(word: string): boolean {
  return word.length > 4 && word.endsWith('ing');
}

/**
 * The noun a relative pronoun stands for ("the militants who attacked" -> militants, and
 * in "who were detained or who fled" for fled too), else the token itself. The pronoun
 * opens its clause; a "that" further in is a demonstrative ("no idea what that means").
 */
function antecedent(tree: Tree, predicate: number, argument: number): number {
  const relativeClause = firstConjunct(tree, predicate);
  if (!hasRelation(tree, relativeClause, 'acl:relcl') || !relativePronouns.has(tree.lower[argument]!)) return argument;
  const opening = children(tree, predicate).find((child) => !hasRelation(tree, child, 'punct'));
  return opening === argument ? tree.head[relativeClause]! : argument;
}

/** obj and iobj of a predicate ("the town that the army captured" -> town), expanded over conjuncts. */
export function objects(tree: Tree, predicate: number): number[] {
  const own = children(tree, predicate, 'obj', 'iobj');
  return expandConjuncts(tree, own.map((object) => antecedent(tree, predicate, object)));
}

/** Nouns of the predicate's obl:agent ("attacked by militants"), expanded over conjuncts. */
export function agents(tree: Tree, predicate: number): number[] {
  return expandConjuncts(tree, children(tree, predicate, 'obl:agent'));
}

/**
 * Obliques with their prepositions: "talks with Iran and Iraq" -> Iran 'with', Iraq 'with'.
 * A nominal predicate's nmod counts too ("the attack on the embassy"), but not a possessor
 * ("Russia's") or the agent, which `agents` gives.
 */
export function obliques(tree: Tree, predicate: number): Oblique[] {
  const found: Oblique[] = [];
  for (const oblique of children(tree, predicate, 'obl', 'nmod')) {
    if (hasRelation(tree, oblique, 'obl:agent', 'nmod:poss')) continue;
    const shared = prepositionOf(tree, oblique);
    // "with Iran and Iraq": a later conjunct without a preposition of its own shares the first one's
    for (const token of conjunctsFrom(tree, oblique)) found.push({ token, preposition: prepositionOf(tree, token) || shared });
  }
  return found.sort((a, b) => a.token - b.token);
}

/** A noun's case markers with their fixed parts, in order: 'with', 'because of', 'out of'. */
export function prepositionOf(tree: Tree, noun: number): string {
  const words = children(tree, noun, 'case').flatMap((marker) => [marker, ...children(tree, marker, 'fixed')]);
  return ascending(words).map((t) => tree.lower[t]).join(' ');
}

/**
 * Whether a predicate is passive: a passive subject or auxiliary, or an agent. A verb
 * coordinated with a passive one and lacking subject, auxiliary and object of its own is
 * passive too ("The town was shelled and captured"; but "was accused and denied it").
 */
export function isPassive(tree: Tree, predicate: number): boolean {
  if (hasChild(tree, predicate, 'nsubj:pass', 'csubj:pass', 'aux:pass', 'obl:agent')) return true;
  return sharesAuxiliaries(tree, predicate) && !hasChild(tree, predicate, 'obj', 'iobj') && isPassive(tree, tree.head[predicate]!);
}

/**
 * Whether a predicate is a verb phrase coordinated with the previous one, with no subject or
 * auxiliary of its own, so that the first one's auxiliaries are its own too: "could impose
 * sanctions and freeze assets".
 */
function sharesAuxiliaries(tree: Tree, predicate: number): boolean {
  return hasRelation(tree, predicate, 'conj') && !hasChild(tree, predicate, 'nsubj', 'csubj', 'expl', 'aux', 'cop');
}

/** All of a predicate's arguments at once; see PredicateArguments for sources and targets. */
export function argumentsOf(tree: Tree, predicate: number): PredicateArguments {
  const subject = subjectsOf(tree, predicate);
  const objectTokens = objects(tree, predicate);
  const agentTokens = agents(tree, predicate);
  const passive = isPassive(tree, predicate);
  return {
    subjects: subject.tokens,
    subjectFrom: subject.from,
    objects: objectTokens,
    agents: agentTokens,
    obliques: obliques(tree, predicate),
    passive,
    sources: passive ? agentTokens : subject.tokens,
    targets: passive ? subject.tokens : objectTokens,
  };
}

// ---------------------------------------------------------------------------------------
// Clauses

/**
 * Whether t heads a clause: the root, a clausal dependent (ccomp, xcomp, advcl, acl,
 * parataxis, csubj, with subtypes), or a predicate coordinated with one ("Russia attacked
 * and Kyiv retreated"; a noun coordinated with a noun is not).
 */
export function isClauseHead(tree: Pick<Tree, 'head' | 'deprel'>, t: number): boolean {
  if (hasRelation(tree, t, ...clausalRelations)) return true;
  return tree.head[t]! >= 0 && hasRelation(tree, t, 'conj') && isClauseHead(tree, tree.head[t]!);
}

/** The head of the clause t belongs to: t itself when it heads one, else the nearest such ancestor. */
export function clauseOf(tree: Tree, t: number): number {
  while (!isClauseHead(tree, t) && tree.head[t]! >= 0) t = tree.head[t]!;
  return t;
}

/** A clause's own tokens: the predicate's subtree without the clauses embedded in it. */
export function clauseTokens(tree: Tree, predicate: number): number[] {
  return reach(tree, predicate, (child) => !isClauseHead(tree, child));
}

// ---------------------------------------------------------------------------------------
// Negation, modality, condition

/**
 * The token that negates t, or -1: a negation word modifying it or one of its auxiliaries
 * ("did not meet", "never signed", "no talks", "cannot accept"), or "without" governing it
 * ("met without France" negates France, not met; "left without meeting" negates meeting).
 * Negation is not shared across coordinated verbs: "did not respond and declined to comment".
 * Negative verbs ("failed to", "refused to") are the cue's business, not the tree's.
 */
/** Words after which "not" adds rather than denies: "has not only condemned X but also Y". */
export const restrictiveWords: ReadonlySet<string> = new Set(['only', 'merely', 'just', 'simply']);

export function negation(tree: Tree, t: number): number {
  const negates = (word: number) => negators.has(tree.lower[word]!) && !restrictiveWords.has(tree.lower[word + 1] ?? '');
  for (const word of children(tree, t, 'advmod', 'det')) if (negates(word)) return word;
  for (const auxiliary of children(tree, t, 'aux', 'cop')) {
    if (negators.has(tree.lower[auxiliary]!)) return auxiliary;
    // a parser may hang "not" on the auxiliary rather than on the predicate
    for (const word of children(tree, auxiliary, 'advmod')) if (negates(word)) return word;
  }
  for (const marker of children(tree, t, 'mark', 'case')) if (privativeWords.has(tree.lower[marker]!)) return marker;
  return -1;
}

export function isNegated(tree: Tree, t: number): boolean {
  return negation(tree, t) >= 0;
}

/** Modal auxiliaries of a predicate ("could impose"), or of the verb it shares its auxiliaries with. */
export function modals(tree: Tree, predicate: number): number[] {
  const own = children(tree, predicate, 'aux').filter((auxiliary) => modalWords.has(tree.lower[auxiliary]!));
  if (own.length === 0 && sharesAuxiliaries(tree, predicate)) return modals(tree, tree.head[predicate]!);
  return own;
}

/**
 * The head of the conditional clause a predicate depends on, or -1. That is the predicate
 * itself when it carries "if"/"unless"/"whether" ("If Tokyo had met Seoul" -> met), or an
 * if-clause on it or on a clause whose scope it is in ("If Tokyo had met Seoul, the dispute
 * would have ended" -> ended is conditional on met; so is a verb in a complement, a
 * coordinated verb or an adverbial clause of ended). Relative clauses and parataxis close
 * the scope: "If the soldiers who attacked the base are punished" does not make attacked
 * conditional.
 */
export function condition(tree: Tree, predicate: number): number {
  for (let clause = predicate; clause >= 0; clause = tree.head[clause]!) {
    if (hasConditionalMark(tree, clause)) return clause;
    const conditional = takesCondition(tree, clause) ? children(tree, clause, 'advcl').find((adverbial) => hasConditionalMark(tree, adverbial)) : undefined;
    if (conditional !== undefined) return conditional;
    if (!hasRelation(tree, clause, ...conditionScopeRelations)) break;
  }
  return -1;
}

export function isConditional(tree: Tree, predicate: number): boolean {
  return condition(tree, predicate) >= 0;
}

/**
 * Whether an if- or unless-clause on this clause can make it conditional. A plain past, with
 * no modal ("Trump targeted Mexico, threatening to cut off the money unless Mexico pays"),
 * states what happened: the condition belongs to something inside it, wherever the parser
 * hung it. Without tags (a tree written by hand) every clause can.
 */
function takesCondition(tree: Tree, clause: number): boolean {
  const tag = tree.xpos?.[clause];
  if (tag !== 'VBD' && tag !== 'VBN') return true;
  return modals(tree, clause).length > 0;
}

function hasConditionalMark(tree: Tree, clause: number): boolean {
  return children(tree, clause, 'mark').some((mark) => conditionalMarks.has(tree.lower[mark]!));
}

// ---------------------------------------------------------------------------------------
// Apposition

/**
 * The words in apposition to t, both ways: "Lloyd Austin, the secretary of defense, said" ->
 * secretary for Lloyd (or Austin), Lloyd for secretary. A name's later words hang on its
 * first by flat, so any word of the name will do.
 */
export function appositions(tree: Tree, t: number): number[] {
  const name = nameHead(tree, t);
  let anchor = name;
  while (tree.head[anchor]! >= 0 && hasRelation(tree, anchor, 'appos')) anchor = tree.head[anchor]!;
  const group = reach(tree, anchor, (child) => hasRelation(tree, child, 'appos'));
  return group.filter((token) => token !== name);
}

function nameHead(tree: Tree, t: number): number {
  while (tree.head[t]! >= 0 && hasRelation(tree, t, 'flat')) t = tree.head[t]!;
  return t;
}
