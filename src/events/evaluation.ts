// Judgements one actor passes on another, read on the tree: a quoted or reported clause whose
// predicate condemns its subject, and a naming whose predicate does ("called X a Y"). The words
// that condemn are data (data/events/speech-cues.tsv, where = predicate).
//
//   The French foreign minister said Russia's decision was reckless.     FRA -> RUS 111
//   "The occupation by Israel is illegal," the French minister said.      FRA -> ISR 111
//   "Beijing's actions are unacceptable," he said.                         a rejection (120)
//   Washington called Tokyo's rice policy an example of protectionism.    USA -> JPN 111 (naming)
//   Venezuela called Colombia a liar.                                     VEN -> COL 111 (naming)
//   ... in retaliation for what he called Japan's failure.               USA -> JPN 111 (naming)
//   Senator Cruz was critical of Obama's stance.                         USA -> USA 111 (a stance)
//   Washington said the crash was likely Iran's doing.                    USA -> IRN 112 (blame)
//   Athens said Turkish jets had violated international law.              GRC -> TUR 112 (accusing verb)
//   Paris called the talks a success.                                     no event: not a condemnation
//   He said Russia's decision was not reckless.                           no event: negated
import type { Doc } from '../nlp/index.ts';
import { agents, children, conjuncts, hasRelation, isNegated, prepositionOf, subtree } from '../nlp/tree.ts';
import { beForms, mayCloseQuotation, mayOpenQuotation, timeWords } from '../nlp/closed-class.ts';
import type { Grammar } from './grammar.ts';
import { nounPlural } from './inflection.ts';
import { isTimeWord } from './dates.ts';
import { conjunctMentions, mentionsOfNoun } from './parties.ts';
import type { ActNouns } from './policy.ts';

/** Condemning predicate words (lower case) -> CAMEO code. */
export type Predicates = Map<string, string>;
/** Object nouns that blame the subject of their verb (lower case) -> the verb's forms and the CAMEO code. */
export type Burdens = Map<string, { verbs: Set<string>; cameo: string }>;
/**
 * Adjectives of a stance towards someone (lower case) -> each preposition that names them, with the
 * CAMEO code; the preposition "that" names them as the subject of the adjective's "that" clause.
 */
export type Stances = Map<string, Map<string, string>>;
/**
 * Verbs whose subject a speech that reports them accuses ("violated the truce"): inflected form ->
 * CAMEO code; a verb that accuses only with a phrase of its preposition is keyed with it ("goes
 * against": "the deal goes against international law").
 */
export type AccusingVerbs = Map<string, string>;

/** How far above a condemning word its clause's predicate may stand ("an extreme example of protectionism"). */
const predicateReach = 2;
/** Relations through which a condemning word colours the predicate above it. */
const modifierRelations = ['amod', 'nmod', 'conj', 'compound'];

/** The code of the first condemning word among `tokens` that is not itself negated. */
export function condemnationIn(doc: Doc, tokens: number[], predicates: Predicates): string | undefined {
  for (const t of tokens) {
    const code = predicates.get(doc.lower[t]!);
    if (code && !isNegated(doc, t)) return code;
  }
  return undefined;
}

/**
 * The clauses in [from, to) whose predicate condemns its subject: for each, the code and the
 * actor mentions of the subject (with its conjuncts, and the words that say whose it is:
 * "Russia's decision"); and those whose predicate noun blames whose it is (`blames`: "the crash
 * was Iran's doing", "the bombing was the work of Hezbollah"): the code and its owners. A
 * negated predicate condemns nothing.
 */
export function condemnedSubjects(
  g: Grammar,
  from: number,
  to: number,
  predicates: Predicates,
  acts: ActNouns,
  blames: Predicates = new Map(),
  burdens: Burdens = new Map(),
  accusing: AccusingVerbs = new Map(),
): { cameo: string; targets: number[] }[] {
  const { doc } = g;
  const found: { cameo: string; targets: number[] }[] = [];
  for (let t = from; t < to; t++) {
    // "Turkey had violated international law": a verb whose doer the speech accuses
    const accusation = doc.upos[t] === 'VERB' ? (accusing.get(doc.lower[t]!) ?? accusingPhrase(g, t, accusing)) : undefined;
    if (accusation) {
      const targets = accusedDoers(g, t, acts);
      if (targets.length) found.push({ cameo: accusation, targets });
      continue;
    }
    // "they bear the responsibility": an object that blames its verb's subject
    const burden = burdens.get(doc.lower[t]!);
    if (burden) {
      const targets = burdenedSubjects(g, t, burden.verbs, acts);
      if (targets.length) found.push({ cameo: burden.cameo, targets });
      continue;
    }
    // "the crash was Iran's doing": a predicate noun that blames whose it is
    const blame = blames.get(doc.lower[t]!);
    if (blame) {
      const targets = blamedOwners(g, t);
      if (targets.length) found.push({ cameo: blame, targets });
      continue;
    }
    const cameo = predicates.get(doc.lower[t]!);
    if (!cameo) continue;
    let predicate = t;
    for (let step = 0; step < predicateReach && children(doc, predicate, 'nsubj', 'nsubj:pass').length === 0; step++) {
      if (!hasRelation(doc, predicate, ...modifierRelations) || doc.head[predicate]! < 0) break;
      predicate = doc.head[predicate]!;
    }
    // "it would be unjustified for Iran to react": the judged act is the clause put after the
    // predicate, and its doer is the one condemned
    const extraposed = extraposedDoers(doc, predicate, t);
    const subjectTokens = extraposed ?? children(doc, predicate, 'nsubj', 'nsubj:pass');
    // a copular predicate says what the subject is ("was reckless", "is a disgrace"); a condemning
    // word elsewhere ("Tunisia is facing terrorist attacks") says nothing of the subject
    if (subjectTokens.length === 0 || children(doc, predicate, 'cop').length === 0) continue;
    if (isNegated(doc, predicate) || isNegated(doc, t)) continue;
    const targets: number[] = [];
    for (const s of subjectTokens.flatMap((s) => conjuncts(doc, s))) for (const m of doerOf(g, s, acts)) if (!targets.includes(m)) targets.push(m);
    if (targets.length) found.push({ cameo, targets });
  }
  return found;
}

/** Relations that attach a clause put after its predicate, with "it" standing in as the subject. */
const extraposedRelations = ['csubj', 'advcl', 'ccomp', 'xcomp'];
/** Words that open an extraposed clause ("for Iran to react", "that Israel continues"). */
const extraposedMarks = new Set(['to', 'that', 'for']);

/**
 * The doers of the act a predicate with "it" for its subject judges, in a clause put after it:
 * "it is illegal for Israel to build settlements" (the infinitive's subject, or a "for" phrase
 * the parser hung on the predicate: `word` is the condemning word, a conjunct of the predicate's
 * in "undesirable and quite unjustified for Iran to react"), "it is outrageous that Israel
 * continues the blockade". Undefined when the predicate has a subject of its own or no such
 * clause; an act undergone ("that Iran was attacked") has no doer.
 */
function extraposedDoers(doc: Doc, predicate: number, word: number): number[] | undefined {
  const subjects = children(doc, predicate, 'nsubj', 'nsubj:pass', 'expl');
  if (subjects.length !== 1 || doc.lower[subjects[0]!] !== 'it') return undefined;
  const clause = children(doc, predicate, ...extraposedRelations).find(
    (c) => c > predicate && doc.upos[c] === 'VERB' && children(doc, c, 'mark').some((m) => extraposedMarks.has(doc.lower[m]!)),
  );
  if (clause === undefined) return undefined;
  if (children(doc, clause, 'nsubj:pass', 'aux:pass').length) return [];
  const own = children(doc, clause, 'nsubj');
  if (own.length) return own;
  return [predicate, word].flatMap((p) => children(doc, p, 'obl').filter((o) => o < clause && prepositionOf(doc, o) === 'for'));
}

/**
 * Whom an accusing verb in a speech accuses: the doers (with conjuncts) of its active subject.
 * Nothing when the verb is negated or passive ("was violated": the one accused
 * is no subject), or it or a clause above it is a condition or question ("if Iran violates the
 * deal", "if Ankara believed Greece was breaking the law", "reviewing whether X violated").
 */
function accusedDoers(g: Grammar, verb: number, acts: ActNouns): number[] {
  const { doc } = g;
  if (isNegated(doc, verb) || children(doc, verb, 'aux:pass', 'nsubj:pass').length) return [];
  // "superdelegates would be going against the will of the voters": what would happen, not what was done
  if (children(doc, verb, 'aux').some((a) => unrealModals.has(doc.lower[a]!))) return [];
  for (let c = verb; c >= 0; c = doc.head[c]!) if (children(doc, c, 'mark').some((m) => unassertedMarks.has(doc.lower[m]!))) return [];
  return subjectDoers(g, verb, acts);
}

/**
 * The code of a verb that accuses with a phrase of its preposition ("the deal goes against
 * international law"), when that phrase names a norm, not an actor: "the ruling went against
 * Google" says who lost, not who is at fault.
 */
function accusingPhrase(g: Grammar, verb: number, accusing: AccusingVerbs): string | undefined {
  const { doc } = g;
  // ("is going to defend himself against": "going" of the future, its phrase the infinitive's)
  if (children(doc, verb, 'xcomp').length) return undefined;
  for (const phrase of children(doc, verb, 'obl')) {
    const cameo = accusing.get(`${doc.lower[verb]} ${prepositionOf(doc, phrase)}`);
    if (cameo && g.mentionOf[phrase]! < 0) return cameo;
  }
  return undefined;
}

/** The doers (doerOf) of a verb's active subject and its conjuncts, each once. */
function subjectDoers(g: Grammar, verb: number, acts: ActNouns): number[] {
  const found: number[] = [];
  for (const s of children(g.doc, verb, 'nsubj').flatMap((s) => conjuncts(g.doc, s))) for (const m of doerOf(g, s, acts)) if (!found.includes(m)) found.push(m);
  return found;
}

/** Modals of what would or might be, not what is: an act under one is no accusation. */
const unrealModals = new Set(['would', 'could', 'might', "'d", '’d']);

/** Marks of a clause that asserts nothing: a condition or a question. */
const unassertedMarks = new Set(['if', 'unless', 'whether']);

/**
 * Who a blaming object says is to blame: the subject (with its conjuncts) of the verb it is the
 * object of, when that verb is one of its own ("Iran bears full responsibility", not "takes
 * responsibility", a claim). Nothing when the verb is negated or passive.
 */
function burdenedSubjects(g: Grammar, noun: number, verbs: ReadonlySet<string>, acts: ActNouns): number[] {
  const { doc } = g;
  const verb = doc.head[noun]!;
  if (!hasRelation(doc, noun, 'obj') || verb < 0 || !verbs.has(doc.lower[verb]!) || isNegated(doc, verb)) return [];
  return subjectDoers(g, verb, acts);
}

/**
 * Whose a blaming predicate noun says a thing is ("the crash was Iran's doing", "the work of
 * Hezbollah"): its possessor or "of" phrase, when a copula makes it the predicate of its clause
 * (on the noun or on the word it hangs from: the parser may read "Iran's doing" as a verb with
 * "Iran" as its subject, under "was likely"). Nothing when the clause is negated.
 */
function blamedOwners(g: Grammar, noun: number): number[] {
  const { doc } = g;
  // (or an auxiliary "was" the parser took for a progressive: "was probably Peru's doing")
  const isBe = (p: number) => children(doc, p, 'cop', 'aux').some((a) => beForms.has(doc.lower[a]!));
  const predicate = isBe(noun) || doc.head[noun]! < 0 ? noun : doc.head[noun]!;
  if (!isBe(predicate) || isNegated(doc, predicate) || isNegated(doc, noun)) return [];
  const owners = children(doc, noun, 'nmod:poss', 'nmod', 'nsubj').filter(
    (o) => hasRelation(doc, o, 'nmod:poss') || prepositionOf(doc, o) === 'of' || (hasRelation(doc, o, 'nsubj') && doc.lower[o + 1] === "'s" && hasRelation(doc, o + 1, 'case')),
  );
  return conjunctMentions(g, owners);
}

/**
 * The actors a noun stands for, or for an act, whose it is: "Russia's decision", "the occupation
 * by Israel"; for an act named again by a definite noun ("the agreement"), whose the act named
 * before is (actAntecedentDoers).
 */
export function doerOf(g: Grammar, noun: number, acts: ActNouns, earlier: EarlierActs = {}): number[] {
  const found = doersNamedWith(g, noun);
  return found.length ? found : actAntecedentDoers(g, noun, acts, earlier);
}

/** What the events stage has coded before a noun that may name an act again. */
export type EarlierActs = {
  /** whether a verb carried an act out ("signed" the accord) */
  doneBy?: (verb: number) => boolean;
  /** the code and source mentions of the act coded at a cue token ("asked" an appeal, 020), if any */
  codedAt?: (token: number) => { code: string; sources: number[] } | undefined;
};

/**
 * How many sentences back a definite noun of act-nouns.tsv looks for the act it names again: about
 * a news article's length, since a story names its act in the lead and the reactions to "the
 * decision" come paragraphs later; the nearest earlier act of its kind is taken. Any other noun
 * ("the state", "the plan") looks only as far as `nounAnaphoraReach`: the same word far back is
 * as likely another thing.
 */
export const actAnaphoraReach = 30;
const nounAnaphoraReach = 8;
/** Determiners that make a noun name something already known ("the agreement", "this decision"). */
export const definiteDeterminers: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);

/** Whether two nouns are the same word, singular or plural ("agreement", "agreements"). */
function sameNoun(a: string, b: string): boolean {
  return a === b || nounPlural(a) === b || nounPlural(b) === a;
}

/** Whether a verb performs the act a noun names ("accused" the accusation), by the noun's verb stems. */
export function performs(nouns: ActNouns, verb: string, noun: string): boolean {
  return nouns.get(noun)?.verbs.some((stem) => verb.startsWith(stem)) === true;
}

/** Whether two nouns name acts of one kind (or are the same word): "the offensive" ... "the operation". */
export function sameAct(nouns: ActNouns, a: string, b: string): boolean {
  if (sameNoun(a, b)) return true;
  const kind = nouns.get(a)?.kind;
  return kind !== undefined && nouns.get(b)?.kind === kind;
}

/**
 * The actors of an act that a definite noun names again: "Greece signed an accord with Cyprus.
 * ... Turkey denounced the accord" (GRC and CYP). The nearest earlier noun of the same word, or
 * of an act of the same kind ("the offensive" ... "the operation": data/events/act-nouns.tsv), in the article
 * (within actAnaphoraReach sentences) that says whose it is ("the Turkish-Libyan
 * agreement", "a decision by EU leaders", "the accord between X and Y"), or the subject of the
 * verb it was the object of when `doneBy` says that verb carried the act out ("signed an
 * accord"), gives them; for a speech act ("the accusation", "the offer"), so does the subject of
 * the nearest verb that performed one of its kind ("Chile accused Peru ... Peru denied the
 * accusation"); a noun with an actor or a doer of its own, or with no definite
 * determiner, names nothing again.
 */
function actAntecedentDoers(g: Grammar, noun: number, acts: ActNouns, earlier: EarlierActs = {}): number[] {
  const { doc } = g;
  const { doneBy, codedAt } = earlier;
  if (g.mentionOf[noun]! >= 0 || doc.upos[noun] !== 'NOUN') return [];
  if (!children(doc, noun, 'det').some((d) => definiteDeterminers.has(doc.lower[d]!))) return [];
  const word = doc.lower[noun]!;
  const codes = acts.get(word)?.codes ?? [];
  const first = doc.sentences[Math.max(0, doc.sentence[noun]! - (acts.has(word) ? actAnaphoraReach : nounAnaphoraReach))]!.firstToken;
  for (let t = noun - 1; t >= first; t--) {
    // "Chile asked Peru to extradite the general. Peru rejected the request.": an act coded
    // before, of a code the noun names (an appeal), whatever word reported it
    const coded = codes.length ? codedAt?.(t) : undefined;
    if (coded?.sources.length && codes.some((c) => coded.code.startsWith(c))) return severally(g, coded.sources);
    if (doc.upos[t] === 'VERB' && performs(acts, doc.lower[t]!, word)) {
      const subjects = conjunctMentions(g, children(doc, t, 'nsubj'));
      if (subjects.length) return severally(g, subjects);
      continue;
    }
    if (doc.upos[t] !== 'NOUN' || !sameAct(acts, doc.lower[t]!, word)) continue;
    const doers = doersNamedWith(g, t);
    if (doers.length) return doers;
    // "Peru and Bolivia signed an accord": the subject of the coded verb whose object it was (the
    // agent where it was the passive subject: "the deal with Bolivia was agreed by Peru"), and
    // whoever it did so with ("Peru signed an accord with Bolivia", "signed a pact with Bolivia")
    if (doneBy && hasRelation(doc, t, 'obj', 'nsubj:pass') && doneBy(doc.head[t]!)) {
      const verb = doc.head[t]!;
      const doers = hasRelation(doc, t, 'obj') ? children(doc, verb, 'nsubj').flatMap((s) => conjuncts(doc, s)) : agents(doc, verb);
      const subjects = doers.flatMap((s) => mentionsOfNoun(g, s));
      if (!subjects.length) continue;
      const partners = [...children(doc, verb, 'obl'), ...children(doc, t, 'nmod')].filter((p) => prepositionOf(doc, p) === 'with');
      return severally(g, [...new Set([...subjects, ...conjunctMentions(g, partners)])]);
    }
  }
  return [];
}

/**
 * The most actors an act named again may have been done by for it to be answered as each one's
 * ("Greece, Cyprus and Israel signed the accord. Turkey denounced the accord."). More act as a
 * bloc ("a group of eight producing countries, along with Costa Rica, ..., Peru, which proposed a
 * new quota system. Brazil blocked the proposal."): what answers the act answers the bloc, which
 * no one member stands for.
 */
const severalDoers = 4;

/** The doers of an act named again, or none when they are more than act severally (a bloc). */
function severally(g: Grammar, doers: number[]): number[] {
  return new Set(doers.map((m) => g.mentions[m]!.actor)).size > severalDoers ? [] : doers;
}

/** The actors a noun stands for, or whose the act it names is, by the words attached to it. */
function doersNamedWith(g: Grammar, noun: number): number[] {
  const found = mentionsOfNoun(g, noun);
  if (found.length) return found;
  // "the agreement between Turkey and Libya", "the accord signed between Turkey and Libya": the parties to it
  const phrases = [noun, ...children(g.doc, noun, 'acl')].flatMap((t) => children(g.doc, t, 'nmod', 'obl'));
  const parties = phrases.filter((p) => prepositionOf(g.doc, p) === 'between');
  const between = conjunctMentions(g, parties);
  if (between.length) return between;
  return agentsNamedWith(g, noun);
}

/** The actors of the "by" phrase of a noun of an act, or of a participle on it: "the occupation by Israel", "the sanctions imposed by Washington". */
export function agentsNamedWith(g: Grammar, noun: number): number[] {
  const byPhrases = [noun, ...children(g.doc, noun, 'acl')].flatMap((t) => children(g.doc, t, 'nmod', 'obl', 'obl:agent'));
  return conjunctMentions(g, byPhrases.filter((agent) => children(g.doc, agent, 'case').some((c) => g.doc.lower[c] === 'by')));
}

/**
 * Stances stated as adjectives ("Cruz was critical of Obama's stance", "Paris is hostile to the
 * plan by Rome"): the subject holds the stance, the phrase of the adjective's preposition names
 * whom it is aimed at (or whose the thing is).
 */
export function stanceEvents(g: Grammar, from: number, to: number, stances: Stances, acts: ActNouns): { token: number; cameo: string; sources: number[]; targets: number[] }[] {
  const { doc } = g;
  const found: { token: number; cameo: string; sources: number[]; targets: number[] }[] = [];
  for (let t = from; t < to; t++) {
    const stance = stances.get(doc.lower[t]!);
    if (!stance) continue;
    // "Russia is opposed to the plan" is parsed as a passive: a stance too, unless an agent says
    // who opposes ("the plan is opposed by France")
    const stated = children(doc, t, 'cop').length > 0 || (children(doc, t, 'aux:pass').length > 0 && children(doc, t, 'obl:agent').length === 0);
    if (!stated) continue;
    const sources: number[] = [];
    for (const s of children(doc, t, 'nsubj', 'nsubj:pass').flatMap((s) => conjuncts(doc, s))) {
      // "Bonn said it was optimistic about ...": an unresolved "it" reported by a verb is that verb's subject
      const speaking = doc.lower[s] === 'it' && g.mentionOf[s]! < 0 && hasRelation(doc, t, 'ccomp') ? children(doc, doc.head[t]!, 'nsubj') : [s];
      for (const m of speaking.flatMap((v) => mentionsOfNoun(g, v))) if (!sources.includes(m)) sources.push(m);
    }
    // the first phrase of a listed preposition that names an actor gives the target and the code
    for (const o of children(doc, t, 'obl', 'nmod', 'ccomp')) {
      const marker = children(doc, o, 'case', 'mark').map((c) => doc.lower[c]!).find((w) => stance.has(w));
      if (!marker) continue;
      // "confident that Washington would remove irritants": the clause's subject
      const heads = marker === 'that' ? children(doc, o, 'nsubj', 'nsubj:pass') : [o];
      const targets: number[] = [];
      for (const c of heads.flatMap((h) => conjuncts(doc, h))) for (const m of doerOf(g, c, acts)) if (!targets.includes(m) && !sources.includes(m)) targets.push(m);
      if (sources.length && targets.length) {
        // ("opposed to the plan": a noun of its own may have its own code, rejection)
        found.push({ token: t, cameo: stance.get(`${marker} ${doc.lower[o]}`) ?? stance.get(marker)!, sources, targets });
        break;
      }
    }
  }
  return found;
}

/** How many words a quoted name may have. */
const quotedNameReach = 12;

/** The words of a short quotation that opens at the token given (none if no quotation opens there or it does not close). */
function quotedAfter(doc: Doc, open: number): number[] {
  if (!mayOpenQuotation.has(doc.lower[open] ?? '')) return [];
  const words: number[] = [];
  for (let t = open + 1; t < doc.length && t <= open + quotedNameReach; t++) {
    if (mayCloseQuotation.has(doc.lower[t]!)) return words;
    words.push(t);
  }
  return [];
}

/**
 * A naming ("called X a Y", "branded the plan reckless", "was labelled a terrorist"): the token
 * named and the tokens of what it is called. The parser may take the named noun for an object, a
 * passive subject, or the first of two predicates ("called [Tokyo's policy] [an example]").
 */
export function namingOf(doc: Doc, verb: number, predicates?: Predicates): { named: number; predicate: number[] } | undefined {
  const named = children(doc, verb, 'obj', 'nsubj:pass');
  const complements = children(doc, verb, 'xcomp');
  if (named.length > 0 && complements.length > 0) return { named: named[0]!, predicate: complements.flatMap((p) => subtree(doc, p)) };
  if (named.length > 1) return { named: named[0]!, predicate: subtree(doc, named[1]!) };
  // "called the American president a coward", parsed as an indirect and a direct object
  const indirect = children(doc, verb, 'iobj').find((o) => o > verb);
  if (named.length === 1 && indirect !== undefined && indirect < named[0]!) return { named: indirect, predicate: subtree(doc, named[0]!) };
  if (named.length === 0 && complements.length > 1) return { named: complements[0]!, predicate: complements.slice(1).flatMap((p) => subtree(doc, p)) };
  // "calling Mexican border-crossers “rapists”", parsed as an apposition: a naming only when what
  // follows condemns ("called Angela Merkel, the chancellor" is a telephone call)
  if (named.length === 1 && predicates) {
    const appositive = children(doc, named[0]!, 'appos').flatMap((a) => subtree(doc, a));
    if (appositive.length && condemnationIn(doc, appositive, predicates)) return { named: named[0]!, predicate: appositive };
  }
  // "called the accord illegal", "called the border agreement “null and void”", parsed with the
  // adjective on the named noun: English puts no such adjective after its noun unless it is what
  // the noun is called (only a condemning one: "called the agreement signed" is no naming)
  if (named.length === 1 && predicates) {
    const after = subtree(doc, named[0]!).filter((t) => t > named[0]! && doc.upos[t] !== 'PUNCT');
    if (doc.upos[after[0]!] === 'ADJ' && condemnationIn(doc, after, predicates)) return { named: named[0]!, predicate: after };
  }
  // "calling them an occupying army", "called the American president a coward", parsed with the
  // predicate as an oblique with no preposition, plain or marked "unmarked"; a time phrase is one
  // too ("called Chile a day after the vote"), and no predicate
  if (named.length === 1) {
    const predicate = children(doc, verb, 'obl').find(
      (o) =>
        o > named[0]! &&
        (doc.deprel[o] === 'obl' || (doc.deprel[o] === 'obl:unmarked' && !isTimeWord(doc.lower[o]!) && !timeWords.has(doc.lower[o]!))) &&
        doc.upos[o] === 'NOUN' &&
        children(doc, o, 'case').length === 0,
    );
    if (predicate !== undefined) return { named: named[0]!, predicate: subtree(doc, predicate) };
  }
  // "called US President George W. Bush “the devil”" (however the parser hangs the one called): a
  // quotation right after the name called is what they are called; no one is telephoned a quotation
  const called = named.length === 1 ? named[0]! : named.length === 0 && complements.length === 1 ? complements[0]! : undefined;
  if (called !== undefined) {
    const nameEnd = Math.max(called, ...children(doc, called, 'flat'));
    const quoted = quotedAfter(doc, nameEnd + 1);
    if (quoted.length) return { named: called, predicate: quoted };
  }
  // "what he called Japan's failure": the object is both what is named and what it is called
  if (named.length === 1 && hasRelation(doc, verb, 'acl:relcl') && doc.lower[doc.head[verb]!] === 'what')
    return { named: named[0]!, predicate: subtree(doc, named[0]!) };
  return undefined;
}

/**
 * A naming by "as" ("named the PKK and the YPG as terrorists", "described the vote as illegal",
 * "was designated as a terrorist group"): the token named and the tokens of its "as" phrase. The
 * parser may hang the named noun on the verb as an oblique with no preposition or a complement.
 */
export function asNamingOf(doc: Doc, verb: number): { named: number; predicate: number[] } | undefined {
  // (an adjective may come with its "as" as an adverb: "did not consider Congress as protectionist")
  const isAsPhrase = (p: number) =>
    children(doc, p, 'case', 'mark').some((c) => doc.lower[c] === 'as' && c < p) ||
    (doc.upos[p] === 'ADJ' && children(doc, p, 'advmod').some((c) => doc.lower[c] === 'as' && c === p - 1));
  const asPhrase = children(doc, verb, 'obl', 'xcomp', 'advcl', 'advmod').find(isAsPhrase);
  const objects = children(doc, verb, 'obj', 'nsubj:pass');
  if (asPhrase === undefined) {
    // "described the strikes as illegal", parsed with the phrase on the object
    for (const named of objects) {
      const onObject = children(doc, named, 'nmod', 'amod', 'acl').find((p) => p > named && isAsPhrase(p));
      if (onObject !== undefined) return { named, predicate: subtree(doc, onObject) };
    }
    return undefined;
  }
  const named =
    objects.find((o) => o < asPhrase) ??
    children(doc, verb, 'obl', 'xcomp').find((o) => o > verb && o < asPhrase && children(doc, o, 'case', 'mark').length === 0);
  return named === undefined ? undefined : { named, predicate: subtree(doc, asPhrase) };
}

/**
 * The actors a named noun stands for (with its conjuncts); for an act named again by a definite
 * noun ("Turkey signed an accord with Libya. Greece called the accord void"), whose the act named
 * before is, as for any judgement of it (actAntecedentDoers, with what the stage coded before).
 */
export function namedActors(g: Grammar, named: number, acts: ActNouns, earlier: EarlierActs = {}): number[] {
  const found = conjunctMentions(g, [named]);
  if (found.length === 0 && g.mentionOf[named]! < 0 && namingPronouns.has(g.doc.lower[named]!)) return doerOf(g, pronounAntecedent(g.doc, named), acts, earlier);
  if (found.length === 0) for (const t of conjuncts(g.doc, named)) for (const m of actAntecedentDoers(g, t, acts, earlier)) if (!found.includes(m)) found.push(m);
  return found;
}

/** Pronouns a naming may name ("calling it illegal"). */
const namingPronouns = new Set(['it', 'them']);

/**
 * What "it" names in a participle naming on a clause ("commented on the agreement, calling it
 * void"; "rejected the plan, calling it reckless"): the clause's object, else its last oblique
 * before the participle. The pronoun itself when there is none.
 */
function pronounAntecedent(doc: Doc, pronoun: number): number {
  const naming = doc.head[pronoun]!;
  if (naming < 0 || !hasRelation(doc, naming, 'advcl')) return pronoun;
  const clause = doc.head[naming]!;
  const object = children(doc, clause, 'obj')[0];
  if (object !== undefined && object < naming) return object;
  const obliques = children(doc, clause, 'obl').filter((t) => t < naming);
  return obliques.length ? obliques[obliques.length - 1]! : pronoun;
}


