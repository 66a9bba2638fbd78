// Quoted speech that accuses, threatens, demands or rejects is an event of
// its speaker (data/events/speech-cues.tsv).
//
//   “Russia is lying about the attack,” the Ukrainian foreign ministry said.
//    ^ content cue "is lying" -> ACCUSE (112), speaker -> source, Russia -> target
//   The French foreign minister said Russia's decision was reckless.
//    ^ a predicate that condemns its subject (evaluation.ts) -> 111, Russia -> target
import type { Quote } from '../model.ts';
import { readTsv } from './code-tables.ts';
import { regularVerbForms } from './inflection.ts';
import { namesRelation, toInfinitiveOf, type Grammar } from './grammar.ts';
import { tokenEndingAfter } from '../nlp/index.ts';
import { condemnedSubjects, type AccusingVerbs, type Burdens, type Predicates, type Stances } from './evaluation.ts';
import type { ActNouns } from './policy.ts';
import { belowComplementSubject, hasTree, pluralAntecedents } from './parties.ts';
import { children, conjuncts, hasRelation, isClauseHead, subtree, subtreeSpan } from '../nlp/tree.ts';
import type { Doc } from '../nlp/index.ts';
import { beForms, getForms } from '../nlp/closed-class.ts';
import { statesAClaim } from './senses.ts';

export type SpeechCues = {
  /** inflected cue verb -> CAMEO code */
  cueVerbs: Map<string, string>;
  /** content phrases by first word */
  content: Map<string, { words: string[]; cameo: string }[]>;
  /** words that condemn the subject of the clause they are the predicate of (evaluation.ts) */
  predicates: Predicates;
  /** adjectives of a stance towards the actor of their prepositional phrase (evaluation.ts) */
  stances: Stances;
  /** predicate nouns that blame whose they are ("Iran's doing", evaluation.ts) */
  blames: Predicates;
  /** objects that blame the subject of their verb ("they bear the responsibility", evaluation.ts) */
  burdens: Burdens;
  /** verbs whose subject the speech accuses ("said Turkey violated the accord", evaluation.ts) */
  accusing: AccusingVerbs;
  /** modal auxiliaries of obligation -> CAMEO code of what the speaker asks of their clause's subject */
  obligations: Map<string, string>;
};

export function loadSpeechCues(file: string): SpeechCues {
  const cueVerbs = new Map<string, string>();
  const content = new Map<string, { words: string[]; cameo: string }[]>();
  const predicates: Predicates = new Map();
  const stances: Stances = new Map();
  const blames: Predicates = new Map();
  const burdens: Burdens = new Map();
  const accusing: AccusingVerbs = new Map();
  const obligations = new Map<string, string>();
  readTsv(file, ['where', 'words', 'cameo']).forEach((r, i) => {
    const words = r.words!.trim().toLowerCase().split(/\s+/);
    if (!words[0] || !/^\d{2,4}$/.test(r.cameo!)) throw new Error(`${file}: row ${i + 1}: bad speech cue (expected where<TAB>words<TAB>CAMEO code)`);
    if (r.where === 'cue') for (const f of regularVerbForms(words[0])) cueVerbs.set(f, r.cameo!);
    else if (r.where === 'content') {
      const list = content.get(words[0]) ?? [];
      list.push({ words, cameo: r.cameo! });
      content.set(words[0], list);
    } else if (r.where === 'predicate') {
      if (words.length > 1) throw new Error(`${file}: row ${i + 1}: a predicate is one word, got "${r.words}"`);
      predicates.set(words[0], r.cameo!);
    } else if (r.where === 'blame') {
      if (words.length > 1) throw new Error(`${file}: row ${i + 1}: a blaming noun is one word, got "${r.words}"`);
      blames.set(words[0], r.cameo!);
    } else if (r.where === 'burden') {
      if (words.length !== 2) throw new Error(`${file}: row ${i + 1}: a burden is a verb and its object noun, got "${r.words}"`);
      const noun = burdens.get(words[1]!) ?? { verbs: new Set<string>(), cameo: r.cameo! };
      for (const f of regularVerbForms(words[0]!)) noun.verbs.add(f);
      burdens.set(words[1]!, noun);
    } else if (r.where === 'accusing') {
      if (words.length > 2) throw new Error(`${file}: row ${i + 1}: an accusing verb is one word, or a verb and its preposition, got "${r.words}"`);
      // ("go against": the verb with a phrase of that preposition, keyed "goes against")
      for (const f of regularVerbForms(words[0])) accusing.set(words[1] ? `${f} ${words[1]}` : f, r.cameo!);
    } else if (r.where === 'obligation') {
      if (words.length > 1) throw new Error(`${file}: row ${i + 1}: an obligation is one modal auxiliary or verb, got "${r.words}"`);
      obligations.set(words[0], r.cameo!);
    } else if (r.where === 'stance') {
      if (words.length !== 2 && words.length !== 3) throw new Error(`${file}: row ${i + 1}: a stance is an adjective, its preposition and maybe a noun, got "${r.words}"`);
      const prepositions = stances.get(words[0]!) ?? new Map<string, string>();
      // ("opposed to plan": the code for that noun after the preposition, its plural too)
      prepositions.set(words.slice(1).join(' '), r.cameo!);
      if (words[2]) prepositions.set(`${words[1]} ${words[2]}s`, r.cameo!);
      stances.set(words[0]!, prepositions);
    }
    else throw new Error(`${file}: row ${i + 1}: "where" must be cue, content, predicate, blame, burden, accusing, stance or obligation, got "${r.where}"`);
  });
  return { cueVerbs, content, predicates, stances, blames, burdens, accusing, obligations };
}

/** Predicates whose subject receives or undergoes rather than acts ("African farmers must receive a fair reward"). */
const undergoingVerbs: ReadonlySet<string> = new Set([
  ...beForms,
  ...getForms,
  ...['have', 'has', 'had', 'having'],
  ...['receive', 'obtain', 'remain', 'stay'].flatMap(regularVerbForms),
]);

/**
 * "Kato said Japanese farmers should shed some blood": a clause of the speech whose predicate
 * has a modal of obligation and whose subject is an actor other than the speakers is asked of
 * that subject. Not when the subject undergoes the act ("Iran should be punished", "farmers
 * must receive a fair price"), nor in a clause of someone else's that the speech reports ("a
 * stand likely to irk China, which insists that US leaders should stay out"), nor where the modal
 * comes before the subject (a condition or a question). The first such
 * clause gives the code, its subject (with conjuncts) the targets, and its words the span.
 */
function obligedSubjects(
  g: Grammar,
  from: number,
  to: number,
  obligations: ReadonlyMap<string, string>,
  speakers: ReadonlySet<string>,
): { cameo: string; targets: number[]; span: { from: number; to: number } } | undefined {
  const { doc } = g;
  if (!hasTree(doc)) return undefined;
  const ownSubject = (t: number) => children(doc, t, 'nsubj', 'nsubj:pass', 'expl').length > 0;
  for (let t = from; t < to; t++) {
    const cameo = obligations.get(doc.lower[t]!);
    if (!cameo) continue;
    // "Russia should withdraw": the modal's verb; "Russia needs to withdraw": the verb of need's
    // to-infinitive, whose subject is the verb of need's
    const modal = hasRelation(doc, t, 'aux');
    const verb = modal ? doc.head[t]! : doc.upos[t] === 'VERB' ? toInfinitiveOf(doc, t) : -1;
    if (verb < 0) continue;
    // the predicate whose subject is asked
    const clause = modal ? verb : t;
    if (verb < from || verb >= to || undergoingVerbs.has(doc.lower[verb]!) || children(doc, verb, 'cop', 'aux:pass').length) continue;
    // "the government must be worried": a modal before "be" judges what is likely, it asks nothing
    if (children(doc, verb, 'aux').some((a) => a > t && undergoingVerbs.has(doc.lower[a]!))) continue;
    let embedded = false;
    for (let u = doc.head[clause]!; u >= from && u < to; u = doc.head[u]!) if (ownSubject(u)) embedded = true;
    if (embedded) continue;
    // "should China go ahead, ...", "Should Japan pay?": a modal before its subject makes a condition or a question
    const subjects = children(doc, clause, 'nsubj').filter((subject) => subject < t);
    const targets: number[] = [];
    for (const subject of subjects) {
      for (const conjunct of conjuncts(doc, subject)) {
        const m = g.mentionOf[conjunct]!;
        if (m >= 0 && !g.excluded[m] && !speakers.has(g.mentions[m]!.actor) && !targets.includes(m)) targets.push(m);
      }
    }
    if (targets.length) return { cameo, targets, span: { from: Math.min(verb, ...subjects.map((x) => subtreeSpan(doc, x).first)), to: verb } };
  }
  return undefined;
}

/** `sources`: the actors a plural "they" speaker stands for, when the quote names no speaker actor */
/** `span`: the words of the quotation the event is read from, when not the whole quotation (an obligation's clause) */
export type SpeechEvent = { quote: Quote; cameo: string; targets: number[]; sources?: number[]; span?: { start: number; end: number } };

/** Token range of a character span (first token starting at/after start, up to end). */
function tokensOf(g: Grammar, start: number, end: number): { from: number; to: number } {
  const { doc } = g;
  const lo = tokenEndingAfter(doc, start);
  let to = lo;
  while (to < doc.length && doc.start[to]! < end) to++;
  return { from: lo, to };
}

/**
 * Push the first mention in [from, to) of an actor other than the speakers' onto `targets`,
 * passing over the tokens `outside` says are not the speech's.
 */
function pickTarget(g: Grammar, from: number, to: number, speakers: ReadonlySet<string>, targets: number[], outside?: (t: number) => boolean): void {
  for (let t = from; t < to; t++) {
    if (outside?.(t)) continue;
    const m = g.mentionOf[t]!;
    // "Chile's northern neighbor" names another party than Chile; "EU observers" none (grammar.ts, excluded)
    if (m >= 0 && !g.excluded[m] && !speakers.has(g.mentions[m]!.actor) && !namesRelation(g.doc, g.last[m]! + 1, to)) {
      targets.push(m);
      return;
    }
  }
}

/**
 * The mentions of reported speech that belong to another clause than the cue verb's: reached from
 * the mention, going up, through a clause coordinated with or set beside another ("..., and that
 * Greece might ...", "..., and Egypt said ...") before any word the cue verb governs. A clause
 * attached below, even by a parse error ("threatening to cut off aid unless Mexico pays", with
 * "unless" hung on the main verb), stays.
 */
function otherClauses(doc: Doc, verb: number): (t: number) => boolean {
  const own = children(doc, verb).filter((c) => !hasRelation(doc, c, 'conj', 'parataxis'));
  const governed = new Set([verb, ...own.flatMap((c) => subtree(doc, c))]);
  return (t: number) => {
    for (let u = t; u >= 0 && !governed.has(u); u = doc.head[u]!) {
      if (hasRelation(doc, u, 'conj', 'parataxis') && isClauseHead(doc, u)) return true;
    }
    return false;
  };
}

/**
 * Speech events from quotes with a resolved speaker. `codedCueStarts` holds the character
 * offsets of verb cues already coded, so "X accused Y of ..." is not counted twice. `acts`: nouns
 * that name an act again ("the decision was reckless"). `subjectOnlyRoots`: CAMEO roots whose
 * reported clause names its target only as its subject ("warned that Syria would pay", not
 * "warned that the vote could hurt growth in Britain").
 */
export function findSpeechEvents(
  g: Grammar,
  quotes: Quote[],
  cues: SpeechCues,
  codedCueStarts: Set<number>,
  acts: ActNouns,
  subjectOnlyRoots: ReadonlySet<string>,
): SpeechEvent[] {
  const { doc } = g;
  const events: SpeechEvent[] = [];
  for (const quote of quotes) {
    if (quote.cue && codedCueStarts.has(quote.cue.start)) continue;
    // "... gathered in Cairo. They concluded that the accord is void.": a "they" speaker stands
    // for the actors named together before it (parties.ts)
    const sources = quote.speaker?.actor || !quote.cue ? [] : pluralAntecedents(g, tokenEndingAfter(doc, quote.cue.start));
    if (!quote.speaker?.actor && !sources.length) continue;
    let cameo = quote.cue ? cues.cueVerbs.get(quote.cue.text.toLowerCase().split(/\s+/)[0]!) : undefined;
    // "insisted that the envoy was behind the leak": reported speech that states what is, no demand
    // of its cue's; what it says may still code (a condemnation, an obligation)
    if (cameo && quote.cue && quote.kind !== 'direct' && hasTree(doc) && statesAClaim(doc, tokenEndingAfter(doc, quote.cue.start), cameo)) cameo = undefined;
    const inside = tokensOf(g, quote.start, quote.end);
    if (!cameo) {
      for (let t = inside.from; t < inside.to && !cameo; t++) {
        const list = cues.content.get(doc.lower[t]!);
        const hit = list?.find((c) => c.words.every((w, k) => t + k < inside.to && doc.lower[t + k] === w));
        if (hit) cameo = hit.cameo;
      }
    }
    const speakerActor = quote.speaker?.actor;
    const speakers = new Set(speakerActor ? [speakerActor] : sources.map((m) => g.mentions[m]!.actor));
    const withSources = sources.length ? { sources } : {};
    // "Russia's decision was reckless": a clause whose predicate condemns its subject
    if (!cameo) {
      const condemned = condemnedSubjects(g, inside.from, inside.to, cues.predicates, acts, cues.blames, cues.burdens, cues.accusing)
        .map((c) => ({ cameo: c.cameo, targets: c.targets.filter((m) => !speakers.has(g.mentions[m]!.actor)) }))
        .find((c) => c.targets.length > 0);
      if (condemned) events.push({ quote, cameo: condemned.cameo, targets: condemned.targets, ...withSources });
      else {
        const obliged = obligedSubjects(g, inside.from, inside.to, cues.obligations, speakers);
        if (obliged) {
          const span = { start: doc.start[obliged.span.from]!, end: doc.end[obliged.span.to]! };
          events.push({ quote, cameo: obliged.cameo, targets: obliged.targets, span, ...withSources });
        }
      }
      continue;
    }
    // target: first actor named in the quote other than the speakers, else after the cue; in
    // reported speech, one the cue verb governs: in "noted that X rejected the plan, and that
    // Greece might ...", the clause about Greece is what was noted, not what X rejected
    const verb = quote.kind === 'indirect' && quote.cue && hasTree(doc) ? tokenEndingAfter(doc, quote.cue.start) : -1;
    const otherClause = verb >= 0 ? otherClauses(doc, verb) : undefined;
    // a threat's that-clause names its target only as the clause's subject
    const subjectOnly = verb >= 0 && subjectOnlyRoots.has(cameo.slice(0, 2));
    const outside =
      otherClause && subjectOnly ? (t: number) => otherClause(t) || (g.mentionOf[t]! >= 0 && belowComplementSubject(g, verb, g.mentionOf[t]!, speakers)) : otherClause;
    const targets: number[] = [];
    pickTarget(g, inside.from, inside.to, speakers, targets, outside);
    if (!targets.length && quote.cue) {
      const after = tokensOf(g, quote.cue.end, quote.cue.end + 200);
      const sentenceEnd = after.from < doc.length ? doc.sentences[doc.sentence[after.from]!]!.endToken : doc.length;
      pickTarget(g, after.from, Math.min(sentenceEnd, after.from + 10), speakers, targets, outside);
    }
    events.push({ quote, cameo, targets, ...withSources });
  }
  return events;
}
