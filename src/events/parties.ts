// Source and target of a verb cue from the dependency tree (src/nlp/tree.ts): the source is
// who the grammar says acts, the target who it says is acted on, and an actor is taken only
// when the actors stage resolved the noun that stands in that relation (or a word that names
// whose it is: "Russian troops", "Tokyo's policy", "the government of Gondor").
//
//   France and Germany condemned Russia.           sources France, Germany   target Russia
//   The embassy was attacked by Russian troops.    source Russian troops     target embassy
//   Iran met with Oman on Monday.                  target from the oblique "with Oman"
//   The UN imposed sanctions on Iraq.              target from the object's "on Iraq"
//   Washington urged Kyiv to withdraw.             target Kyiv (the object)
//   Seoul demanded that Tokyo apologise.           target Tokyo (subject of the complement)
//   Britain met Austria without France.            "without France" is no target
//   An accord was signed between Chile and Peru.   Chile and Peru, each way (a mutual act)
//   Iran launched missiles targeting US troops.    target found further in (innerTargets)
//
// index.ts takes these where the word-order reading (arguments.ts) finds no actor: with the
// parser as trained today, letting the tree overrule word order loses more than it gains on
// the curated sets (see the report in the events issue), so the tree completes, it does not veto.
import { isGluedHyphen, type Doc } from '../nlp/index.ts';
import { relativePronouns } from '../nlp/closed-class.ts';
import {
  argumentsOf,
  children,
  conjuncts,
  firstConjunct,
  hasRelation,
  isNegated,
  objects,
  obliques,
  prepositionOf,
  subjects,
  subtree,
  subtreeSpan,
  type Oblique,
  type SubjectSource,
} from '../nlp/tree.ts';
import { relationalNouns, type Grammar } from './grammar.ts';

export type TreeParties = {
  /** mention indices of the sources; empty when the tree names no actor as the one who acts */
  sources: number[];
  /** mention indices of the targets */
  targets: number[];
  /** the actors of a "between" phrase on the predicate or its object ("signed between Cyprus, Greece and Israel"): parties to each other */
  between: number[];
  /** where the predicate's grammatical subject came from (its own, a coordinated predicate's, a governing verb's, ...) */
  subjectFrom: SubjectSource;
};

// Dependents of a noun that say whose it is: "Russian troops", "US officials", "Tokyo's policy".
export const ownerRelations = ['amod', 'compound', 'nmod:poss', 'flat'];
// Prepositions of an nmod that names whose a noun is: "the government of Gondor", "troops from Chad".
const ownerPrepositions = new Set(['of', 'from']);

/** The actor mentions of the tokens' phrases (mentionsOfNoun), their conjuncts included, each once, in the order found. */
export function conjunctMentions(g: Grammar, tokens: readonly number[]): number[] {
  const found: number[] = [];
  for (const t of tokens) for (const c of conjuncts(g.doc, t)) for (const m of mentionsOfNoun(g, c)) if (!found.includes(m)) found.push(m);
  return found;
}

/**
 * The actor mentions a noun stands for: its own mention, else the mentions of the words that
 * say whose it is. Conjuncts are not followed here (callers expand them).
 */
export function mentionsOfNoun(g: Grammar, t: number): number[] {
  const { doc } = g;
  const found: number[] = [];
  const add = (token: number) => {
    const m = g.mentionOf[token]!;
    if (m >= 0 && !g.excluded[m] && !found.includes(m)) found.push(m);
  };
  add(t);
  // "the United States' southern neighbor", "Russia's allies": a party named by its relation to
  // an actor is another party
  if (found.length === 0 && relationalNouns.has(doc.lower[t]!)) return found;
  // "the Taliban and al-Qaida insurgents", "Hungarian and Romanian officials": a modifier outside
  // the noun's own mention names actors too
  for (const child of children(doc, t, ...ownerRelations)) {
    if (g.mentionOf[child]! >= 0 && g.mentionOf[child] === g.mentionOf[t]) continue;
    for (const conjunct of conjuncts(doc, child)) add(conjunct);
    // "the Turkish-Libyan agreement": the demonyms a hyphen joins name both
    for (const joined of children(doc, child, 'amod', 'compound')) if (joined + 2 === child && isGluedHyphen(doc, joined + 1)) add(joined);
  }
  // "his Fatah party": a modifier that names the thing itself says who it is; the possessor only
  // whose it is
  const possessive = (m: number) => {
    for (let k = g.first[m]!; k <= g.last[m]!; k++) if (doc.head[k] === t && hasRelation(doc, k, 'nmod:poss')) return true;
    return false;
  };
  const named = found.filter((m) => !possessive(m));
  if (named.length && named.length < found.length) return named;
  if (found.length) return found;
  for (const child of children(doc, t, 'nmod')) {
    if (hasRelation(doc, child, 'nmod:poss')) continue;
    const marker = children(doc, child, 'case')[0];
    if (marker === undefined || !ownerPrepositions.has(doc.lower[marker]!)) continue;
    for (const conjunct of conjuncts(doc, child)) add(conjunct);
  }
  if (found.length) return found;
  // "consumers such as the US and Japan", "countries including France": the members named
  for (const child of children(doc, t, 'nmod')) {
    if (!memberMarkers.has(prepositionOf(doc, child))) continue;
    for (const conjunct of conjuncts(doc, child)) add(conjunct);
  }
  return found;
}

function mentionsOf(g: Grammar, tokens: number[]): number[] {
  const found: number[] = [];
  for (const t of tokens) for (const m of mentionsOfNoun(g, t)) if (!found.includes(m)) found.push(m);
  return found;
}

/** The actors of the first of `prepositions` (in their order) that introduces one; "without" ones are not. */
function obliqueTargets(g: Grammar, found: Oblique[], prepositions: string[]): number[] {
  const named = found.filter((o) => !isNegated(g.doc, o.token));
  for (const preposition of prepositions) {
    const targets = mentionsOf(g, named.filter((o) => o.preposition === preposition).map((o) => o.token));
    if (targets.length) return targets;
  }
  return [];
}

export type PartyOptions = {
  /** prepositions whose noun is a target for this cue's code, most preferred first (policy.ts) */
  prepositions: string[];
  /** demands, accusations, threats, rejections: the subject of the complement clause is the target */
  complementSubject: boolean;
};

/**
 * Sources and targets of the predicate `verb`. The target is the object (or, in the passive,
 * the subject); failing that an oblique with one of the code's prepositions, and for demands
 * and the like the subject of the complement clause. Negated obliques ("without France") are
 * not targets.
 */
export function treeParties(g: Grammar, verb: number, options: PartyOptions): TreeParties {
  const { doc } = g;
  const args = argumentsOf(doc, verb);
  const sources = mentionsOf(g, args.sources);
  // "expressed his wish for the Japanese government to ...": the source's own possessive on the
  // object names no target; the search goes on
  const sourceActors = new Set(sources.map((m) => g.mentions[m]!.actor));
  const others = (found: number[]) => found.filter((m) => !sourceActors.has(g.mentions[m]!.actor));
  let targets = others(mentionsOf(g, args.targets));
  // "met with Oman"; else the object's own phrase: "imposed sanctions on Iraq", "agreed a deal with Argentina"
  if (targets.length === 0) targets = others(obliqueTargets(g, obliques(doc, verb), options.prepositions));
  if (targets.length === 0) {
    for (const object of args.passive ? [] : args.objects) {
      targets = others(obliqueTargets(g, obliques(doc, object), options.prepositions));
      if (targets.length) break;
    }
  }
  if (targets.length === 0 && options.complementSubject) {
    for (const clause of children(doc, verb, 'ccomp', 'xcomp')) {
      targets = others(mentionsOf(g, hasRelation(doc, clause, 'xcomp') ? objects(doc, verb) : subjects(doc, clause)));
      if (targets.length) break;
    }
  }
  // "a memorandum was signed between Cyprus, Greece and Israel", "signed a pact between X and Y"
  const between = betweenMentions(g, [verb, ...args.objects, ...(args.passive ? args.subjects : [])]);
  return { sources, targets: targets.filter((m) => !sources.includes(m)), between, subjectFrom: args.subjectFrom };
}

/**
 * The actors of the predicate's other obliques that share a preposition with the targets found:
 * the parser often hangs a second phrase on the verb instead of coordinating it ("met with the
 * IMF, then with President Trump").
 */
export function siblingObliques(g: Grammar, verb: number, targets: number[]): number[] {
  // the verb's own obliques, not the conjuncts obliques() adds ("in Bosnia, Defense Secretary ...")
  const found = obliques(g.doc, verb).filter((o) => g.doc.head[o.token] === verb && o.preposition !== '' && !isNegated(g.doc, o.token));
  const shared = new Set(found.filter((o) => mentionsOfNoun(g, o.token).some((m) => targets.includes(m))).map((o) => o.preposition));
  return mentionsOf(g, found.filter((o) => shared.has(o.preposition)).map((o) => o.token)).filter((m) => !targets.includes(m));
}

/**
 * The actors of the "between" phrases on these words, each conjunct's ("a meeting between Iran,
 * Iraq and Oman"); a later conjunct shares a phrase that UD hangs on the first one after it
 * ("tensions and violence between Fatah and Hamas").
 */
export function betweenMentions(g: Grammar, words: number[]): number[] {
  const { doc } = g;
  const phrases = (t: number) => {
    const own = obliques(doc, t).filter((o) => o.preposition === 'between');
    const first = firstConjunct(doc, t);
    return own.length || first === t ? own : obliques(doc, first).filter((o) => o.preposition === 'between' && o.token > t);
  };
  return mentionsOf(g, words.flatMap(phrases).map((o) => o.token));
}

/** How deep below the predicate a target may be found. */
const innerReach = 3;

/** Markers that name members of a group the predicate reaches ("asked four countries, including Japan and Canada"). */
const memberMarkers = new Set(['including', 'such as']);
/** Adverbs that single out members of a group ("urged others to follow suit, notably Japan"). */
export const memberAdverbs = new Set(['notably', 'particularly', 'especially']);

/** An adverbial clause with a subject of its own ("after it invaded Kuwait") is another event. */
function isOwnClause(g: Grammar, t: number): boolean {
  return hasRelation(g.doc, t, 'advcl') && children(g.doc, t, 'nsubj').length > 0;
}

/**
 * The preposition of the phrase a bare noun phrase stands in apposition to, where the parser hung
 * both on the same word: "negotiating with a big bloc, the EU" (the EU is the bloc, named with
 * "with"); '' when the noun follows no such phrase and its comma.
 */
function apposedPreposition(g: Grammar, head: number, noun: number): string {
  const { doc } = g;
  if (!hasRelation(doc, noun, 'obl', 'nmod') || hasRelation(doc, noun, 'obl:tmod', 'obl:npmod', 'obl:unmarked', 'nmod:tmod', 'nmod:npmod', 'nmod:unmarked')) return '';
  // the comma may hang on either phrase
  let comma = subtreeSpan(doc, noun).first;
  if (doc.lower[comma] !== ',') comma--;
  if (doc.lower[comma] !== ',') return '';
  // (each phrase's subtree walked once: its last token must be the comma or the word before it)
  const before = children(doc, head, 'obl', 'nmod').find((phrase) => {
    if (phrase >= noun) return false;
    const { last } = subtreeSpan(doc, phrase);
    return last >= comma - 1 && last <= comma;
  });
  return before === undefined ? '' : prepositionOf(doc, before);
}

/** A word the inner search stands on: a clause (the predicate or a non-finite clause it governs) or a noun in it. */
type InnerStep = { token: number; clause: boolean };

/**
 * The next words the inner search may stand on below `step`, with whether each may name a
 * target itself. From a clause: its objects, its obliques, and the non-finite clauses it
 * governs ("decided to execute him", "offered aid to induce North Korea"). From a noun: its
 * phrases and its non-finite clauses ("missiles targeting US troops"). A phrase whose
 * preposition names no target for the code ("blamed the fog of war for the failure of the
 * U.S.", "an agreement on its entry into the WTO") is neither a target nor a way further in;
 * relative clauses ("a highway that leads to Europe") and coordinated predicates are other acts.
 */
function innerSteps(g: Grammar, step: InnerStep, prepositions: string[]): { step: InnerStep; names: boolean }[] {
  const { doc } = g;
  const found: { step: InnerStep; names: boolean }[] = [];
  const relations = step.clause ? ['obj', 'iobj', 'obl', 'xcomp', 'advcl', 'nmod'] : ['nmod', 'acl'];
  for (const child of children(doc, step.token, ...relations)) {
    if (isNegated(doc, child) || isOwnClause(g, child)) continue;
    if (hasRelation(doc, child, 'acl:relcl', 'nmod:poss', 'obl:agent')) continue;
    // "urged others to follow suit, notably Japan": a noun an adverb marks as a member of the
    // group acted on, wherever the parser hangs it
    const member = (doc.upos[child] === 'PROPN' || doc.upos[child] === 'NOUN') && children(doc, child, 'advmod').some((a) => memberAdverbs.has(doc.lower[a]!));
    if (member) {
      found.push({ step: { token: child, clause: false }, names: true });
      continue;
    }
    if (hasRelation(doc, child, 'xcomp', 'advcl', 'acl')) {
      found.push({ step: { token: child, clause: true }, names: false });
      continue;
    }
    if (hasRelation(doc, child, 'obj', 'iobj')) {
      found.push({ step: { token: child, clause: false }, names: true });
      continue;
    }
    const marker = prepositionOf(doc, child) || apposedPreposition(g, step.token, child);
    if (prepositions.includes(marker) || memberMarkers.has(marker)) found.push({ step: { token: child, clause: false }, names: true });
    // "demanded access for Brannock Growers to the Japanese market": a phrase after one that names
    // no target may belong to the noun before both (but an "of" phrase is the nearest noun's)
    else if (!step.clause) {
      for (const phrase of children(doc, child, 'nmod')) {
        const inner = prepositionOf(doc, phrase);
        if (inner !== 'of' && prepositions.includes(inner) && !isNegated(doc, phrase)) found.push({ step: { token: phrase, clause: false }, names: true });
      }
    }
  }
  return found;
}

/**
 * Actors further inside the predicate's phrase, the shallowest first: the fallback target when
 * neither the object nor a named oblique is one. Only what grammar makes an argument of the
 * act is searched (innerSteps); nouns after a preposition count only when the code lists it (a
 * place "in Syria" is no target of an attack); "without" phrases never.
 */
export function innerTargets(g: Grammar, verb: number, prepositions: string[]): number[] {
  let level: InnerStep[] = [{ token: verb, clause: true }];
  for (let depth = 1; depth <= innerReach && level.length; depth++) {
    const next: InnerStep[] = [];
    const naming: number[] = [];
    for (const from of level) {
      for (const { step, names } of innerSteps(g, from, prepositions)) {
        next.push(step);
        if (names) naming.push(step.token);
      }
    }
    const found = conjunctMentions(g, naming);
    if (found.length) return found;
    level = next;
  }
  return [];
}

/** Pronouns that may stand for several actors named as the subject of the sentence before. */
const pluralPronouns = new Set(['they']);

/**
 * Plural nouns by which news names again a group of actors it has just named: "the two
 * countries", "the foreign ministers", "both leaders".
 */
const groupNouns = new Set([
  'countries', 'nations', 'states', 'governments', 'leaders', 'ministers', 'premiers', 'presidents', 'sides',
  'neighbours', 'neighbors', 'delegations', 'allies',
]);
/** Determiners of such a noun that point back ("the", "both", "these"); "some leaders" names no one known. */
const groupDeterminers = new Set(['the', 'both', 'these', 'those']);
const groupSizes = new Map([['two', 2], ['three', 3], ['four', 4], ['both', 2]]);

/**
 * The actors a subject "they" with no mention of its own stands for: those named as the subject
 * of the main clause of one of the two sentences before, the nearest that names two or more.
 *
 *   Egypt's foreign minister and his Greek and Cypriot counterparts met in Cairo. They called on
 *   Turkey to halt drilling.                       "They" = Egypt, Greece, Cyprus
 *
 * A "they" that continues a "they" of a sentence before stands for what that one stands for.
 */
export function pluralAntecedents(g: Grammar, verb: number): number[] {
  const { doc } = g;
  const pronoun = subjects(doc, verb).find((t) => pluralPronouns.has(doc.lower[t]!) && g.mentionOf[t]! < 0);
  // only the subject of a main clause: in "officials held out little hope as they introduced ...",
  // "they" is the officials
  if (pronoun === undefined || doc.head[firstConjunct(doc, doc.head[pronoun]!)] !== -1) return [];
  return subjectGroupBefore(g, doc.sentence[pronoun]!, 0);
}

/** The number of actors a description of a group gives ("the two sides" 2, "both countries" 2), or 0. */
function groupSize(doc: Doc, noun: number): number {
  const words = [...children(doc, noun, 'det', 'det:predet', 'nummod')].map((d) => doc.lower[d]!);
  return words.map((w) => groupSizes.get(w)).find((n) => n !== undefined) ?? 0;
}

/** Whether a noun describes a group by its number, with no relative clause of its own ("the two sides", "both countries"). */
export function isCountedGroup(doc: Doc, noun: number): boolean {
  return groupNouns.has(doc.lower[noun]!) && groupSize(doc, noun) > 0 && children(doc, noun, 'acl:relcl').length === 0;
}

/**
 * The actors a description of a group with no mention of its own stands for ("The two countries
 * urged Japan to follow suit", "The agreement was signed by the energy ministers"): the group
 * named as a main clause's subject in one of the two sentences before (as for "they"), else the
 * last group of two or more actors named there in any position ("attended by the prime ministers
 * of Israel, Greece and Cyprus"). "The two ..." takes a group of two.
 */
export function groupAntecedents(g: Grammar, noun: number): number[] {
  const { doc } = g;
  if (!groupNouns.has(doc.lower[noun]!) || g.mentionOf[noun]! >= 0) return [];
  const determiners = children(doc, noun, 'det', 'det:predet').map((d) => doc.lower[d]!);
  if (!determiners.some((d) => groupDeterminers.has(d))) return [];
  const size = [...determiners, ...children(doc, noun, 'nummod').map((d) => doc.lower[d]!)].map((w) => groupSizes.get(w)).find((n) => n !== undefined) ?? 0;
  const sentence = doc.sentence[noun]!;
  const bySubject = subjectGroupBefore(g, sentence, size);
  if (bySubject.length) return bySubject;
  for (let back = 1; back <= antecedentReach && sentence - back >= 0; back++) {
    const previous = doc.sentences[sentence - back]!;
    for (let t = previous.endToken - 1; t >= previous.firstToken; t--) {
      const m = g.mentionOf[t]!;
      if (m < 0 || (t > previous.firstToken && g.mentionOf[t - 1] === m)) continue;
      const group = mentionsOf(g, conjuncts(doc, firstConjunct(doc, t)));
      if (isGroupOf(g, group, size)) return group;
    }
  }
  return [];
}

/** Whether mentions name two or more actors (exactly `size` when it is given). */
function isGroupOf(g: Grammar, group: number[], size: number): boolean {
  const actors = new Set(group.map((m) => g.mentions[m]!.actor)).size;
  return size ? actors === size : actors >= 2;
}

/**
 * The actors named as the subject of the main clause of one of the two sentences before
 * `sentence`, the nearest that names a group; a singular subject in between is no antecedent
 * ("... gathered in Cairo. The Italian minister joined the talks. They concluded ...").
 */
function subjectGroupBefore(g: Grammar, sentence: number, size: number): number[] {
  const { doc } = g;
  for (let back = 1; back <= antecedentReach && sentence - back >= 0; back++) {
    const previous = doc.sentences[sentence - back]!;
    let root = -1;
    for (let t = previous.firstToken; t < previous.endToken && root < 0; t++) if (doc.head[t] === -1) root = t;
    if (root < 0) continue;
    const subject = subjects(doc, root);
    // "They concluded ... They called on Turkey": a "they" continues the "they" before it
    // and "The two prime ministers reached agreement ... They also discussed" the group they describe
    const described = subject.find((t) => groupNouns.has(doc.lower[t]!) && g.mentionOf[t]! < 0);
    const found = subject.some((t) => pluralPronouns.has(doc.lower[t]!) && g.mentionOf[t]! < 0)
      ? pluralAntecedents(g, root)
      : described !== undefined && size === 0 && mentionsOf(g, subject).length === 0
        ? groupAntecedents(g, described)
        : mentionsOf(g, subject);
    if (isGroupOf(g, found, size)) return found;
  }
  return [];
}

/** How many sentences back a plural antecedent is looked for. */
const antecedentReach = 2;

/** Whether the tree has any arcs at all for this document (a Doc built without the parser has none). */
export function hasTree(doc: Doc): boolean {
  return doc.head !== undefined && doc.deprel !== undefined && doc.deprel.length === doc.length;
}

/** Reciprocal pronouns: "blamed each other", "accused one another". */
const reciprocalPronouns = [
  ['each', 'other'],
  ['one', 'another'],
];

/** Whether the tree's word t opens a reciprocal pronoun ("each other", "one another"). */
function isReciprocalPronoun(doc: Grammar['doc'], t: number): boolean {
  return reciprocalPronouns.some(([first, second]) => doc.lower[t] === first && doc.lower[t + 1] === second);
}

/**
 * Whether a predicate is aimed back at its own doers: its object, an oblique with a preposition
 * of the code's, or whose its object is, is a reciprocal pronoun ("India and Pakistan blamed each
 * other", "fought with one another", "criticised each other's policies").
 */
export function hasReciprocalObject(g: Grammar, verb: number, prepositions: string[]): boolean {
  const { doc } = g;
  for (const object of children(doc, verb, 'obj', 'iobj')) {
    if (isReciprocalPronoun(doc, object)) return true;
    if (children(doc, object, 'nmod:poss').some((owner) => isReciprocalPronoun(doc, owner))) return true;
  }
  return obliques(doc, verb).some((o) => doc.head[o.token] === verb && prepositions.includes(o.preposition) && isReciprocalPronoun(doc, o.token));
}

/**
 * Prepositions of a phrase of time or manner ("cut tariffs during a visit to China", "a crisis
 * that began after the sale of arms to Iran"): a name inside one is no party to the act, unless the
 * code lists the preposition as naming its target (target-prepositions.tsv).
 */
const circumstancePrepositions = new Set([
  'during', 'after', 'since', 'until', 'within', 'despite', 'amid', 'throughout', 'under', 'like', 'as', 'than', 'via',
]);
/**
 * Prepositions of place or direction, which name what a verb acts on ("hacked into the computers
 * of", "fired across the border") but, on a noun, where it goes or lies ("its entry into the WTO",
 * "trade across the Pacific"): a barrier on a noun only.
 */
const directionPrepositions = new Set(['into', 'through', 'across', 'inside', 'outside', 'beyond']);

/**
 * Whether word order reached the word `t` after the predicate `verb` only across what the tree
 * makes a barrier: a relative clause ("the proposal, which Japan opposed") or a phrase of time,
 * manner or place whose preposition names no target for the code ("reached agreement on its
 * entry into the WTO", "cut tariffs during a visit to China"); a phrase whose noun names an act is
 * none: its parties are the act's ("signed a deal during talks with China"). The search goes up
 * from the word to the verb or to the first word above the verb. Other clauses are left to word
 * order: the parser often makes an object the subject of a clause after it ("contribute galleons
 * to Gondor years after crowds trashed its embassy").
 */
export function acrossBarrier(g: Grammar, verb: number, t: number, prepositions: string[], isActNoun: (word: string) => boolean): boolean {
  const { doc } = g;
  const above = new Set<number>();
  for (let u = verb; u >= 0; u = doc.head[u]!) above.add(u);
  for (let u = t; u >= 0 && !above.has(u); u = doc.head[u]!) {
    if (hasRelation(doc, u, 'acl:relcl')) return true;
    if (!hasRelation(doc, u, 'obl', 'nmod') || hasRelation(doc, u, 'nmod:poss', 'obl:agent') || isActNoun(doc.lower[u]!)) continue;
    const preposition = prepositionOf(doc, u);
    if (prepositions.includes(preposition)) continue;
    if (circumstancePrepositions.has(preposition) || (directionPrepositions.has(preposition) && hasRelation(doc, u, 'nmod'))) return true;
  }
  return false;
}

/**
 * Whether a mention is named as an example of a group ("nations, including Britain and Belgium,
 * favour ...", "producers such as Kuwait"): the members of such a list act as the group does, not
 * on each other.
 */
export function isNamedMember(g: Grammar, m: number): boolean {
  const { doc } = g;
  for (let t = g.first[m]!; t <= g.last[m]!; t++) {
    const head = doc.head[t]!;
    if (head >= g.first[m]! && head <= g.last[m]!) continue;
    return memberMarkers.has(prepositionOf(doc, firstConjunct(doc, t)));
  }
  return false;
}

/**
 * Whether mention m stands inside a that-clause the verb governs without being the clause's
 * subject or a conjunct of it: in "warned that the vote could hurt growth in Britain", Britain.
 * A clause whose subject is one of `ownActors` tells what the speakers' side will do, and whom
 * it is aimed at names the target ("warned that Greece would defend its waters against Chile").
 */
export function belowComplementSubject(g: Grammar, verb: number, m: number, ownActors: ReadonlySet<string>): boolean {
  const { doc } = g;
  for (const clause of children(doc, verb, 'ccomp')) {
    if (!subtree(doc, clause).includes(g.first[m]!)) continue;
    const own = children(doc, clause, 'nsubj', 'nsubj:pass').flatMap((t) => conjuncts(doc, t));
    const subjectMentions = own.flatMap((t) => mentionsOfNoun(g, t));
    if (subjectMentions.includes(m)) return false;
    return !(subjectMentions.length > 0 && subjectMentions.every((s) => ownActors.has(g.mentions[s]!.actor)));
  }
  return false;
}

/**
 * Whether mention m lies in what the object of an accusing verb is accused of, where that object
 * names no actor: "Peru accused the company of selling arms to Chile" is aimed at the company
 * (no actor, so at no one), not at Chile. `markers` open that phrase or clause ("of", "for",
 * "with": accusing-verbs.tsv), on the verb or on its object; another phrase still names the one
 * blamed ("blamed the crisis on Iran").
 */
export function inAccusation(g: Grammar, verb: number, m: number, markers: string[]): boolean {
  const { doc } = g;
  const accused = children(doc, verb, 'obj');
  if (!accused.length || accused.some((o) => conjuncts(doc, o).some((c) => mentionsOfNoun(g, c).length > 0))) return false;
  for (const holder of [verb, ...accused]) {
    for (const phrase of children(doc, holder, 'obl', 'nmod', 'acl', 'advcl')) {
      const marker = prepositionOf(doc, phrase) || children(doc, phrase, 'mark').map((t) => doc.lower[t]!).join(' ');
      if (markers.includes(marker) && subtree(doc, phrase).includes(g.first[m]!)) return true;
    }
  }
  return false;
}

/** Relations under an admitted act that name the one it was done to: its object, a passive's subject, and phrases of `aimPrepositions`. */
const actedOnRelations = ['obj', 'iobj', 'obl', 'nmod', 'nsubj:pass'];
/** Prepositions of a phrase that names whom an act was aimed at ("the action against Libya", "strikes on Iraq"), not where it was ("in Iraq"). */
const aimPrepositions = new Set(['against', 'on', 'upon', 'at', 'to', 'toward', 'towards', 'into']);

/**
 * The actors an admitted act was done to, the nearest to the verb of admission first: what is
 * acknowledged is an act of the admitter's own side, so `own` parties (the clause's subject, whose
 * the act is) are passed over, and the search goes into the object or clause admitted.
 *
 *   Iran acknowledged its forces had shot down a Ukrainian jet.      the jet's (UKR)
 *   Obama admits the U.S. military action against Libya failed.      Libya
 */
export function admittedActTargets(g: Grammar, verb: number, own: (m: number) => boolean): number[] {
  const { doc } = g;
  let level = children(doc, verb, 'obj', 'ccomp', 'xcomp', 'parataxis');
  for (let depth = 0; depth < innerReach + 2 && level.length; depth++) {
    const found: number[] = [];
    for (const t of level) {
      if (depth > 0 && !hasRelation(doc, t, ...actedOnRelations)) continue;
      if (depth > 0 && hasRelation(doc, t, 'obl', 'nmod') && !aimPrepositions.has(prepositionOf(doc, t))) continue;
      if (hasRelation(doc, t, 'nmod:poss', 'obl:tmod', 'obl:npmod', 'nmod:tmod') || isNegated(doc, t)) continue;
      for (const m of mentionsOfNoun(g, t)) if (!own(m) && !found.includes(m)) found.push(m);
    }
    if (found.length) return found;
    level = level.flatMap((t) => children(doc, t).filter((c) => !hasRelation(doc, c, 'acl:relcl')));
  }
  return [];
}

/**
 * The actors, in text order, of the clause a refusal to comment leaves unsaid (the verb's
 * complement, or its complement's: "declined to say whether Japan would join"), other than the
 * refusers' own actors.
 */
export function unsaidActors(g: Grammar, verb: number, sourceActors: ReadonlySet<string>): number[] {
  const { doc } = g;
  const found: number[] = [];
  let level = [verb];
  for (let depth = 0; depth < 2 && !found.length; depth++) {
    level = level.flatMap((t) => children(doc, t, 'ccomp', 'xcomp'));
    const tokens = level.flatMap((t) => subtree(doc, t)).sort((a, b) => a - b);
    for (const t of tokens) {
      const m = g.mentionOf[t]!;
      if (m >= 0 && !g.excluded[m] && !found.includes(m) && !sourceActors.has(g.mentions[m]!.actor)) found.push(m);
    }
  }
  return found;
}

/** How far up its noun phrase the holder of a relative clause's antecedent is looked for. */
const holderReach = 5;

/**
 * Whose the thing is that a relative clause's verb acts on, when its relative pronoun is the
 * verb's object: the antecedent's own actors, else, up the antecedent's noun phrase, the
 * subject of the verb that has it as object (who maintains, adopts or carries it out). A
 * judgement of the thing is aimed at them.
 *
 *   Malaysia has maintained a policy of turning away boats, which the UN has criticised.   Malaysia
 *   Turkey's offensive, which France condemned, ...                                       Turkey
 */
export function relativeObjectHolders(g: Grammar, verb: number): number[] {
  const { doc } = g;
  const clause = firstConjunct(doc, verb);
  if (!hasRelation(doc, clause, 'acl:relcl')) return [];
  if (!children(doc, verb, 'obj').some((t) => relativePronouns.has(doc.lower[t]!))) return [];
  let u = doc.head[clause]!;
  for (let step = 0; step < holderReach && u >= 0; step++) {
    const named = mentionsOfNoun(g, u);
    if (named.length) return named;
    if (hasRelation(doc, u, 'obj')) {
      const holders = mentionsOf(g, subjects(doc, doc.head[u]!));
      if (holders.length) return holders;
    }
    if (!hasRelation(doc, u, 'nmod', 'acl', 'obj', 'obl')) return [];
    u = doc.head[u]!;
  }
  return [];
}
