// Verb cues: find dictionary verbs among the tokens and pick the most specific
// pattern of each verb block that matches around it.
//
//   Calenardhon urged Bree on Monday to help win a greater role
//               ^ cue "urge" (one Map lookup on doc.lower)
//   Arnor froze the bank accounts of Mordor
//         ^ cue "freeze", pattern "- * {BANK ACCOUNT} [163]" beats the block default
import { afterGluedHyphen, type Doc } from '../nlp/index.ts';
import { mayOpenQuotation, perfectAuxiliaries, relativePronouns } from '../nlp/closed-class.ts';
import { coordinated, floatingQuantifiers, isClauseComma, isHardStop, namesRelation, possessiveDeterminers, toInfinitiveOf, type Grammar } from './grammar.ts';
import { isNullCode, type RuleElement, type VerbCue, type VerbRule, type VerbRules } from './verb-rules.ts';
import { children, hasRelation } from '../nlp/tree.ts';
import { hasTree } from './parties.ts';
import { obligationMarkers } from './modality.ts';

/** How far a pattern may reach from its verb, in tokens (PETRARCH matches inside the verb phrase). */
const patternReachAfter = 14;
const patternReachBefore = 8;

export type CueMatch = {
  /** token of the inflected verb */
  verb: number;
  /** first and last token of the verb phrase (with particles, e.g. "stirred up") */
  phraseStart: number;
  phraseEnd: number;
  cue: VerbCue;
  code: string;
  paired: string | undefined;
  rule: VerbRule | undefined;
  /** last token the pattern matched after the verb (targets are looked for after it) */
  matchedEnd: number;
  /** tokens of actor slots the pattern placed: "$" source, "+" target */
  sourceToken: number | undefined;
  targetToken: number | undefined;
  /** the pattern required a compound ("%") actor */
  compound: boolean;
  /** first token matched by the pattern's words before the verb ("did not" in "- &NEGATVAUXVRB * ...") */
  matchedStart: number;
  /** the noun that a passive or participle cue's pattern matched ("the accord" in "the accord was signed") */
  theme: number | undefined;
};

/** Tags of the word that ends a subject. */
const nominal = new Set(['NOUN', 'PROPN', 'PRON']);

/** Tags that a cue verb may carry; wink tags some participles as ADJ ("the affected villages") and misses some verbs. */
function mayBeVerb(doc: Doc, mentionOf: Int32Array, t: number, sentenceStart: number): boolean {
  const p = doc.pos[t];
  if (p === 'VERB') {
    // "which fuelled hopes that ...": a noun the tree makes an argument of another verb is no verb
    if (hasTree(doc) && doc.upos[t] === 'NOUN' && hasRelation(doc, t, 'obj', 'nsubj', 'nsubj:pass', 'obl')) return false;
    if (t === sentenceStart) return true;
    // "the president's handling of", "a declared war": after a determiner or possessive it is a noun or modifier
    const before = doc.lower[t - 1]!;
    // (but not a quantifier floating after the verb's auxiliary: "have both criticised", "had all
    // signed", nor one after its subject that the tree hangs on the verb: "Russia and China each condemned")
    const floating =
      floatingQuantifiers.has(before) && hasTree(doc) && (children(doc, t, 'aux').some((a) => a === t - 2) || (doc.head[t - 1] === t && t - 1 > sentenceStart && nominal.has(doc.upos[t - 2]!)));
    if ((doc.pos[t - 1] === 'DET' && !floating) || before === "'s" || before === '’s') return false;
    // "US-led forces", "Iranian-backed militias": the second half of a hyphenated modifier
    if (afterGluedHyphen(doc, t)) return false;
    // "the Tippu Express": a capitalised word inside a name
    const v = doc.value[t]!;
    return !(v[0] !== v[0]!.toLowerCase() && doc.pos[t - 1] === 'PROPN');
  }
  if (p !== 'NOUN' && p !== 'ADJ' && p !== 'PROPN') return false;
  // "have alleged Iranian involvement": a participle after a perfect "have" is a verb whatever wink's tag
  if (
    p === 'ADJ' &&
    t > sentenceStart &&
    hasTree(doc) &&
    doc.upos[t] === 'VERB' &&
    doc.head[t - 1] === t &&
    doc.deprel[t - 1] === 'aux' &&
    perfectAuxiliaries.has(doc.lower[t - 1]!)
  )
    return true;
  // "it had shot down a jet": a word the tree makes a verb with a perfect "have" as its auxiliary
  // is a past participle whatever wink's tag (the tagger reads "shot" as a noun); not an -ing form,
  // whose "have" is a progressive's ("they've been training")
  if (
    p === 'NOUN' &&
    hasTree(doc) &&
    doc.upos[t] === 'VERB' &&
    !doc.lower[t]!.endsWith('ing') &&
    children(doc, t, 'aux').some((a) => a < t && perfectAuxiliaries.has(doc.lower[a]!))
  )
    return true;
  // "Israeli soldiers shot two Palestinians": a predicate with a subject and an object on the
  // tree is a verb whatever wink's tag
  if (hasTree(doc) && doc.upos[t] === 'VERB' && children(doc, t, 'nsubj').length > 0 && children(doc, t, 'obj').length > 0) return true;
  // "made the remark while meeting Merkel", "after visiting Japan": an -ing form the tree makes the
  // verb of an adverbial clause opened by a conjunction is a verb whatever wink's tag (it reads
  // "meeting" there as the noun)
  if (hasTree(doc) && doc.upos[t] === 'VERB' && doc.lower[t]!.endsWith('ing') && hasRelation(doc, t, 'advcl') && children(doc, t, 'mark').includes(t - 1)) return true;
  // "Eriador expressed hopes": wink sometimes tags the second of two verbs; allow -ed forms after a proper noun
  if (doc.lower[t]!.endsWith('ed') && t > 0 && doc.pos[t - 1] === 'PROPN') return true;
  // "Fornost and Gondor welcome a resumption": a dictionary verb right after an actor and before a determiner
  return t > sentenceStart && mentionOf[t - 1]! >= 0 && mentionOf[t]! < 0 && doc.pos[t + 1] === 'DET';
}

function phraseMatches(doc: Doc, cue: VerbCue, t: number, from: number, to: number): boolean {
  const start = t - cue.head;
  if (start < from || start + cue.form.length > to) return false;
  for (let k = 0; k < cue.form.length; k++) if (doc.lower[start + k] !== cue.form[k]) return false;
  return true;
}

type Cursor = { pos: number; source?: number; target?: number; compound: boolean };

/** Whether word `id` is among `ids` (given as a Set too when there are many). */
function hasId(ids: Int32Array, set: Set<number> | null, id: number): boolean {
  if (id < 0) return false;
  if (set) return set.has(id);
  for (let k = 0; k < ids.length; k++) if (ids[k] === id) return true;
  return false;
}

/** Words of an element at token p (returns the token after the match, or -1). */
function wordsAt(doc: Doc, e: RuleElement & { kind: 'words' }, p: number, limit: number): number {
  // e.first.has(doc.lower[p]), by the word's id
  if (!hasId(e.firstIds, e.firstIdSet, idAt(doc.lower, p))) return -1;
  // "(TO)" in a pattern is the preposition, not the infinitive marker of "efforts to improve"
  if (doc.pos[p] === 'PART' && doc.lower[p] === 'to' && e.singleWords) return -1;
  for (const seq of e.sequences) {
    if (p + seq.length > limit) continue;
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) ok = doc.lower[p + k] === seq[k];
    if (ok) return p + seq.length;
  }
  return -1;
}

/**
 * A participle inside a noun phrase, modifying a noun after it on the tree, with a determiner, an
 * adjective, a number, an opening quotation mark or the hyphen of a compound before it ("a
 * heightened alert", "'heightened alert'", "the failed talks", "Japan's tight-fisted fiscal
 * policy", "the U.S.-led coalition"); not one right after a verb ("escaped following airstrikes").
 */
function isNounParticiple(doc: Doc, t: number): boolean {
  if (!hasTree(doc) || !hasRelation(doc, t, 'amod') || doc.head[t]! < t || t === 0) return false;
  const before = doc.upos[t - 1];
  const word = doc.lower[t - 1]!;
  return before === 'DET' || before === 'ADJ' || before === 'NUM' || mayOpenQuotation.has(word) || possessiveDeterminers.has(word) || word === '-';
}

/** An infinitive that modifies a noun on the tree ("a deal to export"), not one a verb or adjective governs ("willing to withdraw"). */
function isNounInfinitive(doc: Doc, t: number): boolean {
  return hasTree(doc) && doc.upos[t] === 'VERB' && hasRelation(doc, t, 'acl');
}

/**
 * Whether word p stands in the subject of a clause that is the verb's complement, on the tree:
 * "said the unnecessary restrictions had cost the U.S. ..." has no "said ... restrictions", nor
 * "said a visit to Moscow was under consideration" a "said ... visit": the noun is what the
 * reported clause is about, not what the verb says. Words of the clause's own predicate ("said
 * he will visit") stay in reach.
 */
function inComplementSubject(doc: Doc, p: number, verb: number): boolean {
  if (verb < 0 || !hasTree(doc)) return false;
  let subject = -1;
  let node = p;
  for (let steps = 0; node >= 0 && steps < 64; steps++) {
    const head = doc.head[node]!;
    if (head === verb) return subject >= 0 && doc.head[subject] === node && hasRelation(doc, node, 'ccomp', 'parataxis');
    if (hasRelation(doc, node, 'nsubj', 'nsubj:pass')) subject = node;
    node = head;
  }
  return false;
}

/**
 * Whether word p is the predicate (or a verb its predicate governs by "to") of the verb's
 * complement clause, and that clause has for its subject an actor named by a noun or a name, not
 * a pronoun: "Sendi said Uganda's Ministry of Industry supports his plan" has no "said ...
 * support" (032, the speaker's support): the clause reports another party's act, which its own
 * verb codes. A pronoun may be the speaker ("said he will visit", "said it would continue to
 * support"), and a thing is no party ("said two loans will support Jamaica's program" stays the
 * speaker's).
 */
function isOthersPredicate(g: Grammar, p: number, verb: number): boolean {
  const { doc } = g;
  if (verb < 0 || !hasTree(doc) || doc.upos[p] !== 'VERB') return false;
  const clause = dependentAbove(doc, p, verb);
  if (clause < 0 || !hasRelation(doc, clause, 'ccomp', 'parataxis')) return false;
  for (let t = p; t !== clause; t = doc.head[t]!) if (!hasRelation(doc, t, 'xcomp')) return false;
  // ("announced that Kagame must agree to ...": what the speaker says another must do is the
  // speaker's demand, which the pattern run through the obligation codes)
  if (children(doc, clause, 'aux').some((a) => obligationMarkers.has(doc.lower[a]!))) return false;
  return children(doc, clause, 'nsubj').some((subject) => (doc.upos[subject] === 'NOUN' || doc.upos[subject] === 'PROPN') && g.mentionOf[subject]! >= 0);
}

/**
 * Whether word p stands in the verb's passive agent phrase ("by" phrase, obl:agent on the tree)
 * past its "by", which the pattern has not matched (the pattern resumes at `resume`). A pattern
 * that codes no event for words after the verb reads them as its object ("- * &AIRCRAFT [---]"
 * in the fight block), but in the agent they are the doer: "Israeli jets struck the convoy" and
 * "the convoy was struck by Israeli jets" are the same attack. A pattern that spells the "by"
 * ("- * (BY &AIRCRAFT)") matches the phrase, and one with a code keeps the agent's weapon as
 * the means ("targeted by Palestinian rockets").
 */
function inAgentPhrase(doc: Doc, p: number, verb: number, resume: number): boolean {
  if (verb < 0 || !hasTree(doc)) return false;
  const phrase = dependentAbove(doc, p, verb);
  if (phrase < 0 || !hasRelation(doc, phrase, 'obl:agent')) return false;
  const by = children(doc, phrase, 'case').find((c) => doc.lower[c] === 'by');
  return by !== undefined && p > by && resume <= by;
}

/** The dependent of `verb` on the tree whose phrase holds word p (p itself, or the head it hangs under), or -1. */
function dependentAbove(doc: Doc, p: number, verb: number): number {
  let node = p;
  for (let steps = 0; node >= 0 && steps < 64; steps++) {
    const head = doc.head[node]!;
    if (head === verb) return node;
    node = head;
  }
  return -1;
}

/**
 * Whether word p is a noun of the verb's complement clause that a named owner has: "said it was
 * critical of Russia's plan" has no "said ... plan" (032), nor "said the provisions were narrower
 * than the administration's proposal" a "said ... proposal", nor "said they were a pretext for
 * South African attacks" a "said ... attacks" (190): the clause speaks of another's act, not of
 * the speaker's. The owner is a possessive noun or an actor's name or demonym before the noun (an
 * adjective in a mention); a possessive pronoun ("said its plan would ...") may be the speaker's own.
 */
function ownedInComplement(g: Grammar, p: number, verb: number): boolean {
  const { doc } = g;
  if (verb < 0 || !hasTree(doc)) return false;
  const named = (o: number) => doc.upos[o] === 'PROPN' || doc.upos[o] === 'NOUN';
  const owned = children(doc, p, 'nmod:poss').some(named) || children(doc, p, 'amod').some((o) => g.mentionOf[o]! >= 0 && g.mentionOf[p]! < 0);
  if (!owned) return false;
  const clause = dependentAbove(doc, p, verb);
  return clause >= 0 && clause !== p && hasRelation(doc, clause, 'ccomp', 'parataxis');
}

/**
 * Prepositions of a phrase of time or circumstance ("said during a visit to Tehran", "said at
 * the start of a three-day visit"): a pattern's word in such a phrase, reached across the
 * preposition, is not the verb's complement ("announced a visit", "SAY ... VISIT" 036).
 */
const circumstanceMarkers = new Set(['during', 'after', 'before', 'following', 'amid', 'at', 'on', 'since', 'throughout']);

/**
 * Whether the word p ends a phrase of circumstance opened in the gap [gapStart, p): its
 * preposition, then only words of a noun phrase ("during a whirlwind one-day visit", "at the
 * start of a visit"); a determiner opens the phrase, so what stands before it is the preposition
 * or "of" ("gave agencies on the ground a 60-day ultimatum" is no such phrase). Word order, not
 * the tree: the parser often hangs such a preposition elsewhere.
 */
function inSkippedCircumstance(doc: Doc, gapStart: number, p: number): boolean {
  const tags = hasTree(doc) ? doc.upos : doc.pos;
  // (a pattern's noun or adjective, "VISIT", "MILITARY"; not its preposition, "(TO +)")
  if (tags[p] !== 'NOUN' && tags[p] !== 'PROPN' && tags[p] !== 'ADJ') return false;
  for (let q = p - 1; q >= gapStart; q--) {
    const w = doc.lower[q]!;
    // (not a particle, "fly on to Seoul", nor inside a compound, "one-on-one talks")
    if (circumstanceMarkers.has(w)) return tags[q] === 'ADP' && doc.lower[q - 1] !== '-' && doc.lower[q + 1] !== '-';
    const tag = tags[q];
    if (tag === 'DET' || possessiveDeterminers.has(w)) {
      const before = doc.lower[q - 1] ?? '';
      if (!circumstanceMarkers.has(before) && before !== 'of') return false;
      continue;
    }
    if (!(tag === 'ADJ' || tag === 'NUM' || tag === 'NOUN' || w === '-' || w === 'of' || inNamedPhrase(doc, q))) return false;
  }
  return false;
}

/**
 * Words a noun phrase of circumstance may hold besides nouns and adjectives: names, a possessive,
 * brackets around an acronym and a participle on a noun ("at last month's failed International
 * Coffee Organization (ICO) talks").
 */
function inNamedPhrase(doc: Doc, q: number): boolean {
  const w = doc.lower[q]!;
  const tag = hasTree(doc) ? doc.upos[q] : doc.pos[q];
  if (tag === 'PROPN' || w === '(' || w === ')' || possessiveEndings.has(w)) return true;
  return tag === 'VERB' && hasTree(doc) && hasRelation(doc, q, 'amod');
}

const possessiveEndings = new Set(["'s", '’s']);

/**
 * Verbs of need: "Iraq needs aid" asks for aid (NEED * AID, 023), but "Russia needs to withdraw
 * its troops" says what Russia ought to do, no demand of Russia's (NEED * WITHDRAW, 025): with a
 * to-infinitive of its own the verb takes none of its patterns, and the infinitive is coded as an
 * obligation (src/events/status.ts).
 */
const needVerbs = new Set(['need', 'needs', 'needed', 'needing']);

/** Whether a verb of need governs a to-infinitive ("needs to withdraw"), on the tree. */
function needsToAct(doc: Doc, verb: number): boolean {
  return hasTree(doc) && needVerbs.has(doc.lower[verb]!) && toInfinitiveOf(doc, verb) >= 0;
}

/** Match elements left to right from `from`, allowing gaps (a blank in a PETRARCH pattern allows words between). */
function matchForward(g: Grammar, elements: RuleElement[], from: number, limit: number, verb = -1, outsideAgent = false): Cursor | null {
  const { doc, mentionOf } = g;
  const cur: Cursor = { pos: from, compound: false };
  for (const e of elements) {
    if (e.kind === 'skip') continue;
    let found = -1;
    for (let p = cur.pos; p < limit && found < 0; p++) {
      // a pattern stays inside its clause: no gap across a comma
      if (isHardStop(doc, p) || isClauseComma(doc, p)) break;
      // nor into an infinitive on a noun it skipped to ("signed a deal to export gas" is no "sign ... export")
      if (e.kind === 'words' && p > cur.pos && doc.lower[p - 1] === 'to' && isNounInfinitive(doc, p)) break;
      if (e.kind === 'words') {
        const next = wordsAt(doc, e, p, limit);
        if (next >= 0 && p > cur.pos && inSkippedCircumstance(doc, cur.pos, p)) continue;
        // (a pattern of no event, outsideAgent, not in a passive's agent unless it spells the "by":
        // "was struck by Israeli jets" is no "strike ... &AIRCRAFT" [---])
        if (next >= 0 && outsideAgent && inAgentPhrase(doc, p, verb, cur.pos)) continue;
        if (next >= 0 && !inComplementSubject(doc, p, verb) && !ownedInComplement(g, p, verb) && !isOthersPredicate(g, p, verb)) found = next;
        // nor across another verb: "issued a declaration demanding that ... provide information"
        // is not "issue ... information" (a participle on a noun is no verb: "ordered a heightened alert")
        else if (doc.pos[p] === 'VERB' && !isNounParticiple(doc, p)) break;
      } else if (mentionOf[p]! >= 0 && !possessiveDeterminers.has(doc.lower[p]!) && (e.kind !== 'compound' || coordinated(g, mentionOf[p]!).length > 1)) {
        // "%" is a compound actor ("Gondor and Arnor"), not any actor; "his" in "met with his
        // Italian counterpart" says whose counterpart, not who
        let q = p;
        while (q + 1 < limit && mentionOf[q + 1] === mentionOf[p]) q++;
        // "condemned Chile's northern neighbor": whose the target is, not who
        if (e.kind === 'target' && namesRelation(doc, q + 1, limit)) {
          p = q;
          continue;
        }
        if (e.kind === 'source') cur.source = p;
        else if (e.kind === 'target') cur.target = p;
        else cur.compound = true;
        found = q + 1;
      }
    }
    if (found < 0) return null;
    cur.pos = found;
  }
  return cur;
}

/** Match elements right to left, ending before `to` and not before `from`. */
function matchBackward(g: Grammar, elements: RuleElement[], from: number, to: number): Cursor | null {
  const { doc, mentionOf } = g;
  const cur: Cursor = { pos: to, compound: false };
  for (let i = elements.length - 1; i >= 0; i--) {
    const e = elements[i]!;
    if (e.kind === 'skip') continue;
    let found = -1;
    for (let p = cur.pos - 1; p >= from && found < 0; p--) {
      if (isHardStop(doc, p)) break;
      if (e.kind === 'words') {
        // a sequence ending at p (which must end with the word at p)
        if (!hasId(e.lastIds, e.lastIdSet, idAt(doc.lower, p))) continue;
        for (const seq of e.sequences) {
          const s = p - seq.length + 1;
          if (s < from) continue;
          let ok = true;
          for (let k = 0; k < seq.length && ok; k++) ok = doc.lower[s + k] === seq[k];
          if (ok) {
            found = s;
            break;
          }
        }
      } else if (mentionOf[p]! >= 0 && (e.kind !== 'compound' || coordinated(g, mentionOf[p]!).length > 1)) {
        let s = p;
        while (s - 1 >= from && mentionOf[s - 1] === mentionOf[p]) s--;
        if (e.kind === 'source') cur.source = s;
        else if (e.kind === 'target') cur.target = s;
        else cur.compound = true;
        found = s;
      }
    }
    if (found < 0) return null;
    cur.pos = found;
  }
  return cur;
}

/**
 * CAMEO's appeals (02x) and demands (10x) share their sub-codes (021 appeal for material
 * cooperation, 101 demand it). A pattern of a demand verb that names an appeal code keeps the
 * verb's force: "demanded an immediate admission" is a demand, not an appeal.
 */
function withVerbForce(verbCode: string, ruleCode: string): string {
  if (verbCode.startsWith('10') && ruleCode.startsWith('02')) return `10${ruleCode.slice(2)}`;
  return ruleCode;
}

// Scratch space reused by every cue (findVerbCues runs to completion, one cue at a time):
// tokenIds[t] is the id of token t's word in VerbRules.wordIds (-1: none, -2: not looked up yet)
// for the tokens of the sentence at hand, `words` being those wordIds; wordMark[id] === mark when
// word `id` is within the current cue's reach (or its theme's phrase, themePattern); ruleMark[r]
// === mark when rule r is already among the picked ones.
let wordMark = new Uint32Array(0);
let ruleMark = new Uint32Array(0);
let picked = new Int32Array(0);
let tokenIds = new Int32Array(64);
let words = new Map<string, number>();
let mark = 0;

/** A fresh mark for wordMark and ruleMark (nothing is marked with it yet). */
function newMark(): number {
  if (mark === 0xffffffff) {
    // the marks would wrap around (Uint32Array): start again from clean arrays
    wordMark.fill(0);
    ruleMark.fill(0);
    mark = 0;
  }
  return ++mark;
}

/** The id of token t's word (looked up once per sentence, when first needed). */
function idAt(lower: string[], t: number): number {
  let id = tokenIds[t]!;
  if (id === -2) tokenIds[t] = id = words.get(lower[t]!) ?? -1;
  return id;
}

/**
 * Each required element of a picked rule has a first word among the words its pattern can reach
 * (marked). The first element needs no check: the rule was picked by one of its words.
 */
function requiredWordsPresent(rule: VerbRule, m: number): boolean {
  const required = rule.requiredIds;
  for (let i = 1; i < required.length; i++) {
    const firsts = required[i]!;
    let present = false;
    for (let k = 0; k < firsts.length && !present; k++) present = wordMark[firsts[k]!] === m;
    if (!present) return false;
  }
  return true;
}

/** Mark the words of tokens [lo, hi) and add the rules listed under them to `picked[n...]`; returns the new n. */
function pickListed(lower: string[], byWord: Map<number, number[]>, indexWord: Uint8Array, lo: number, hi: number, m: number, n: number): number {
  for (let k = lo; k < hi; k++) {
    const id = idAt(lower, k);
    if (id < 0 || wordMark[id] === m) continue;
    wordMark[id] = m;
    if (indexWord[id] === 0) continue;
    const listed = byWord.get(id);
    if (!listed) continue;
    for (let j = 0; j < listed.length; j++) {
      const r = listed[j]!;
      if (ruleMark[r] !== m) {
        ruleMark[r] = m;
        picked[n++] = r;
      }
    }
  }
  return n;
}

/**
 * Mark the words within reach (tokens [lo, hi) before the verb phrase, [lo2, hi2) after it) and
 * pick the cue's rules that may have their required words there: the unconditional ones and those
 * listed under a reachable word. Returns how many were put in `picked`, ascending (most specific
 * first).
 */
function pickRules(lower: string[], cue: VerbCue, indexWord: Uint8Array, lo: number, hi: number, lo2: number, hi2: number, m: number): number {
  const { byWord, unconditional } = cue.ruleIndex;
  let n = pickListed(lower, byWord, indexWord, lo, hi, m, 0);
  n = pickListed(lower, byWord, indexWord, lo2, hi2, m, n);
  for (let j = 0; j < unconditional.length; j++) picked[n++] = unconditional[j]!;
  if (n > 1) picked.subarray(0, n).sort();
  return n;
}

/** A pattern that is one preposition after the verb ("- * AT [036]", "- * FOR [042]"). */
function isLonePreposition(rule: VerbRule): boolean {
  const only = rule.after.length === 1 && rule.before.length === 0 ? rule.after[0]! : undefined;
  return only !== undefined && only.kind === 'words' && only.sequences.every((words) => words.length === 1);
}

/** Words CAMEO.2.0's one-word patterns use as a verb's particle ("- * OFF", "- * DOWN", "- * OUT", "- * BACK"). */
const particleWords = new Set(['off', 'out', 'up', 'down', 'away', 'back']);

/** Whether the word is the preposition of a noun after it, with an object of the verb before it. */
function opensPhraseAfterObject(doc: Doc, word: number, verb: number): boolean {
  const noun = doc.head[word]!;
  if (!hasRelation(doc, word, 'case') || noun < word) return false;
  return children(doc, verb, 'obj').some((o) => o < word);
}

/**
 * Whether a preposition's phrase belongs to the verb's, on the tree: its noun hangs on the verb
 * or on the verb's object ("met at the summit", "met leaders at the summit"); "contacted
 * Thailand's minister over housing for the Rohingya out at sea" has no "at" of the contacting.
 * Without a tree, word order decides.
 */
function attachesTo(doc: Doc, preposition: number, verb: number): boolean {
  if (!hasTree(doc) || doc.upos[preposition] !== 'ADP') return true;
  // a particle of the verb itself ("was sworn in as prime minister", "called off the talks")
  if (doc.head[preposition] === verb && hasRelation(doc, preposition, 'compound:prt')) return true;
  // a pattern's particle ("hit it off", "beat them off") that opens a phrase of its own after the
  // verb's object is a preposition: "hit a vessel in the Gulf off the Iranian coast" is no "hit it off"
  if (particleWords.has(doc.lower[preposition]!) && opensPhraseAfterObject(doc, preposition, verb)) return false;
  const governor = doc.head[doc.head[preposition]!]!;
  // an apposition on the verb is an object the parser misread ("departs the UK for Germany")
  return governor === verb || (governor >= 0 && doc.head[governor] === verb && hasRelation(doc, governor, 'obj', 'iobj', 'appos'));
}

/**
 * The common noun a relative clause hung on `t` is about: `t` itself, or, where the parser hung the
 * clause on an infinitive on that noun or on a name inside the infinitive ("a coalition to patrol
 * the Persian Gulf which was joined by ..."), the noun the infinitive is on. -1 for none.
 */
function commonNounAntecedent(doc: Doc, t: number): number {
  if (doc.upos[t] === 'NOUN') return t;
  const infinitive = doc.upos[t] === 'PROPN' && hasRelation(doc, t, 'obj') ? doc.head[t]! : t;
  if (!hasRelation(doc, infinitive, 'acl') || !children(doc, infinitive, 'mark').some((m) => doc.lower[m] === 'to')) return -1;
  const noun = doc.head[infinitive]!;
  return doc.upos[noun] === 'NOUN' ? noun : -1;
}

/** The noun a passive or participle verb acts on: its passive subject, or the noun its past participle modifies. */
function themeOf(doc: Doc, verb: number): number | undefined {
  if (!hasTree(doc)) return undefined;
  const passiveSubject = children(doc, verb, 'nsubj:pass')[0];
  // "a naval coalition ... which was joined by Australia": a relative pronoun stands for its antecedent
  if (passiveSubject !== undefined && relativePronouns.has(doc.lower[passiveSubject]!) && hasRelation(doc, verb, 'acl:relcl', 'advcl')) {
    const antecedent = commonNounAntecedent(doc, doc.head[verb]!);
    if (antecedent >= 0) return antecedent;
  }
  if (passiveSubject !== undefined) return passiveSubject;
  const head = doc.head[verb]!;
  // a past participle on a noun ("the agreement signed"), not a finite verb the parser hung there;
  // the tagger often reads one right after its noun as a past tense, which with no subject it is not
  const participle = doc.xpos[verb] === 'VBN' || (doc.xpos[verb] === 'VBD' && head === verb - 1 && children(doc, verb, 'nsubj').length === 0);
  return doc.deprel[verb] === 'acl' && participle && head >= 0 && doc.upos[head] === 'NOUN' ? head : undefined;
}

/** Dependents that belong to a noun's own phrase ("a joint peace accord", "the Turkish-Libyan deal"). */
const themeModifiers = ['det', 'amod', 'compound', 'nummod', 'nmod:poss'];

/**
 * The most specific pattern of the cue made of words alone ("- * PEACE DEAL [057]") whose words
 * are the theme's phrase, from its first modifier to the noun itself. Only the rules the cue's
 * RuleIndex lists under a word of that phrase (and those with no required words) can match.
 */
function themePattern(g: Grammar, cue: VerbCue, indexWord: Uint8Array, theme: number): VerbRule | undefined {
  const start = Math.min(theme, ...children(g.doc, theme, ...themeModifiers));
  const m = newMark();
  const n = pickRules(g.doc.lower, cue, indexWord, start, theme + 1, theme + 1, theme + 1, m);
  for (let i = 0; i < n; i++) {
    const rule = cue.rules[picked[i]!]!;
    if (rule.before.length || !rule.after.length || !rule.after.every((e) => e.kind === 'words' || e.kind === 'skip')) continue;
    if (!requiredWordsPresent(rule, m)) continue;
    const after = matchForward(g, rule.after, start, theme + 1);
    if (after && after.pos === theme + 1) return rule;
  }
  return undefined;
}

/**
 * Whether a pattern's lone preposition comes after an object of the verb, or inside it: CAMEO.2.0's
 * force patterns of one preposition ("- * ON [190]" for "pressed on", "- * (INTO) [192]" for
 * "pushed into") read a verb with no object moving forces on; with an object the phrase goes with
 * what is asked or pressed for ("pressed Japan on trade", "demanded a vote on the resolution",
 * "wants a seat on the council").
 */
function followsObject(doc: Doc, preposition: number, verb: number): boolean {
  if (!hasTree(doc)) return false;
  return children(doc, verb, 'obj', 'iobj').some((o) => o < preposition);
}

/**
 * All verb cues of one sentence, in text order. `forceCodes`: code prefixes of armed force
 * (code-policy.tsv armed_force_codes), whose one-preposition patterns need a verb with no object
 * before the preposition (followsObject).
 */
export function findVerbCues(g: Grammar, rules: VerbRules, from: number, to: number, forceCodes: readonly string[] = []): CueMatch[] {
  const { doc } = g;
  const found: CueMatch[] = [];
  if (wordMark.length < rules.wordIds.size) wordMark = new Uint32Array(rules.wordIds.size);
  if (ruleMark.length < rules.maxRules) {
    ruleMark = new Uint32Array(rules.maxRules);
    picked = new Int32Array(rules.maxRules);
  }
  if (tokenIds.length < to) tokenIds = new Int32Array(Math.max(to, tokenIds.length * 2));
  tokenIds.fill(-2, from, to);
  words = rules.wordIds;
  const { cuesOf } = rules;
  const { lower, pos } = doc;
  for (let t = from; t < to; t++) {
    // the tags mayBeVerb accepts, before the word is looked up
    const p = pos[t];
    if (p !== 'VERB' && p !== 'NOUN' && p !== 'ADJ' && p !== 'PROPN') continue;
    const id = idAt(lower, t);
    const candidates = id < 0 ? null : cuesOf[id]!;
    if (!candidates || !mayBeVerb(doc, g.mentionOf, t, from)) continue;
    let cue: VerbCue | undefined;
    for (let c = 0; c < candidates.length && !cue; c++) if (phraseMatches(doc, candidates[c]!, t, from, to)) cue = candidates[c]!;
    if (!cue) continue;
    const phraseStart = t - cue.head;
    const phraseEnd = phraseStart + cue.form.length - 1;
    let best: VerbRule | undefined;
    let bestBefore: Cursor | null = null;
    let bestAfter: Cursor | null = null;
    const afterLimit = Math.min(to, phraseEnd + 1 + patternReachAfter);
    const beforeFrom = Math.max(from, phraseStart - patternReachBefore);
    // A pattern's words start inside its reach before or after the verb phrase (matchBackward,
    // matchForward), so a rule whose required words are not there cannot match.
    const m = newMark();
    const n = needsToAct(doc, t) ? 0 : pickRules(lower, cue, rules.indexWord, beforeFrom, phraseStart, phraseEnd + 1, afterLimit, m);
    for (let i = 0; i < n; i++) {
      // rules are sorted most specific first: the first that matches is the best
      const rule = cue.rules[picked[i]!]!;
      if (!requiredWordsPresent(rule, m)) continue;
      const after = rule.after.length ? matchForward(g, rule.after, phraseEnd + 1, afterLimit, t, isNullCode(rule.code)) : null;
      if (rule.after.length && !after) continue;
      // a lone preposition further on belongs to the verb only if the tree hangs its phrase there
      if (after && isLonePreposition(rule) && !attachesTo(doc, after.pos - 1, t)) continue;
      if (after && isLonePreposition(rule) && forceCodes.some((c) => rule.code.startsWith(c)) && followsObject(doc, after.pos - 1, t)) continue;
      const before = rule.before.length ? matchBackward(g, rule.before, beforeFrom, phraseStart) : null;
      if (rule.before.length && !before) continue;
      best = rule;
      bestBefore = before;
      bestAfter = after;
      break;
    }
    // "a memorandum ... was signed", "the agreement signed between ...": the pattern's words
    // stand before a passive or participle verb, in the noun it acts on
    let theme: number | undefined;
    if (!best) {
      theme = themeOf(doc, t);
      if (theme !== undefined) best = themePattern(g, cue, rules.indexWord, theme);
      if (!best) theme = undefined;
    }
    // every match has the same fields in the same order (one object shape)
    const match: CueMatch = best
      ? {
          verb: t,
          phraseStart,
          phraseEnd,
          cue,
          code: withVerbForce(cue.code, best.code),
          paired: best.paired ? best.paired : undefined,
          rule: best,
          matchedEnd: bestAfter ? bestAfter.pos - 1 : phraseEnd,
          sourceToken: bestBefore?.source ?? bestAfter?.source,
          targetToken: bestAfter?.target ?? bestBefore?.target,
          compound: Boolean(bestBefore?.compound || bestAfter?.compound),
          matchedStart: bestBefore ? bestBefore.pos : phraseStart,
          theme,
        }
      : {
          verb: t,
          phraseStart,
          phraseEnd,
          cue,
          code: cue.code,
          paired: cue.paired ? cue.paired : undefined,
          rule: undefined,
          matchedEnd: phraseEnd,
          sourceToken: undefined,
          targetToken: undefined,
          compound: false,
          matchedStart: phraseStart,
          theme: undefined,
        };
    found.push(match);
    t = phraseEnd;
  }
  return found;
}
