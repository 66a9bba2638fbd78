// The stances stage: actors' positions on issues, from what they are quoted as
// saying and what they are reported as doing.
//
// For each sentence that names an issue (data/issues.txt), the mention is attributed
//   1. to the speaker of a quotation that contains it (direct or indirect: the content of
//      "Putin said Russia would never cede land" counts for Putin's actor), else
//   2. to the source of an event coded in the same sentence ("Iraq's parliament voted to
//      expel US troops"), else
//   3. to the sentence's first actor mention when a stance verb follows it ("Trump ... argued
//      against re-entering the Paris accord"), else to nobody (a journalist's own words are
//      not a stance).
// Its polarity comes from the stance cues around it (polarity.ts).
// Some events are positions by themselves ("cameo" lines of data/issues.txt): an actor that
// imposes sanctions (CAMEO 163) is against sanctions relief, whatever words the sentence uses.
// Last, remarks (remarks.ts): each quotation's and verbal event's tone toward the actors it
// targets (criticism -1, praise +1, a plain reference 0), as stances on the issue `relations`.
import type { Actor, Article, Event, Quote, Stance } from '../model.ts';
import { tokenStartingFrom, type Doc } from '../nlp/index.ts';
import type { ActorResult } from '../actors/index.ts';
import { isArticleActor } from '../actors/codes.ts';
import { findAll, type PhraseMatch } from './lexicon.ts';
import { cameoStance, loadCues, loadIssues, defaultCuesFile, defaultIssuesFile, type CueLexicons, type IssueLexicon, type IssuePhrase } from './issues.ts';
import { cuesIn, issuePolarity } from './polarity.ts';
import { findRemarks } from './remarks.ts';

export type StanceOptions = { issues?: string; cues?: string };
export type StanceContext = { issues: IssueLexicon; cues: CueLexicons };

export function loadStanceContext(options: StanceOptions = {}): StanceContext {
  return { issues: loadIssues(options.issues ?? defaultIssuesFile), cues: loadCues(options.cues ?? defaultCuesFile) };
}

/** Partial quotations are a few words inside the reporter's sentence: their cues may lie outside them. */
const cueScopeIsQuote = (q: Quote) => q.kind !== 'partial';

type Attribution = {
  actor: string;
  from: number;
  limit: number;
  actsWithoutCue: boolean;
  /** set when the actor is the sentence's subject: the stance needs a verb cue after this token */
  subjectEnd?: number;
};

function sentenceOf(doc: Doc, offset: number): number {
  const t = Math.min(tokenStartingFrom(doc, offset), doc.length - 1);
  return t >= 0 ? doc.sentence[t]! : -1;
}

/** The narrowest quotation containing [start, end), or undefined. */
function containingQuote(quotes: Quote[], start: number, end: number): Quote | undefined {
  let best: Quote | undefined;
  for (const q of quotes) {
    if (q.start <= start && end <= q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

/**
 * The country and role a person or organisation acts for in this article, from its Actor record
 * ({} for a state or sector code, which carries its country in its id). Stored with each stance
 * because the actors table keeps one row per actor for the whole store, while a person can act for
 * a different country in another article (or be given a wrong one there).
 */
export function actingFor(actors: Actor[]): (id: string) => { country?: string; role?: string } {
  const byId = new Map(actors.map((a) => [a.id, a]));
  return (id) => {
    const actor = byId.get(id);
    if (!actor || !isArticleActor(id)) return {};
    return { ...(actor.country ? { country: actor.country } : {}), ...(actor.role ? { role: actor.role } : {}) };
  };
}

export function findStances(doc: Doc, _article: Article, actors: ActorResult, quotes: Quote[], events: Event[], ctx: StanceContext): Stance[] {
  if (doc.length === 0) return [];
  // Events by sentence, so attribution is a lookup, not a scan per mention.
  const eventsBySentence = new Map<number, Event[]>();
  for (const e of events) {
    if (!e.source?.actor) continue;
    const s = sentenceOf(doc, e.start);
    const list = eventsBySentence.get(s);
    if (list) list.push(e);
    else eventsBySentence.set(s, [e]);
  }

  const actsFor = actingFor(actors.actors);
  const stances: Stance[] = [];
  const seen = new Set<string>();
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s]!;
    const mentions = findAll(ctx.issues.lexicon, doc.lower, sentence.firstToken, sentence.endToken);
    if (mentions.length === 0) continue;
    for (const mention of mentions) {
      const attribution = attribute(doc, mention, quotes, eventsBySentence.get(s), sentence.firstToken, sentence.endToken, actors);
      if (!attribution) continue;
      const cues = cuesIn(doc, ctx.cues.polarity, attribution.from, attribution.limit, mentions as PhraseMatch<unknown>[]);
      const found = issuePolarity(doc, cues, mention.first, mention.end, attribution.actsWithoutCue);
      if (!found) continue;
      if (attribution.subjectEnd !== undefined && !isVerbCueAfter(doc, found.cues[0], attribution.subjectEnd)) continue;
      const { issue, reversed } = mention.phrase.value;
      const key = `${s}\u0000${attribution.actor}\u0000${issue}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const firstToken = Math.min(mention.first, ...found.cues.map((c) => c.first));
      const endToken = Math.max(mention.end, ...found.cues.map((c) => c.end));
      stances.push({
        start: doc.start[firstToken]!,
        end: doc.end[endToken - 1]!,
        actor: attribution.actor,
        issue,
        polarity: reversed ? -found.polarity : found.polarity,
        ...actsFor(attribution.actor),
      });
    }
  }
  // Events whose code is a position, where the words did not already give that actor's stance.
  for (const e of events) {
    const rule = e.source?.actor ? cameoStance(ctx.issues, e.cameo) : undefined;
    if (!rule) continue;
    const key = `${sentenceOf(doc, e.start)}\u0000${e.source.actor}\u0000${rule.issue}`;
    if (seen.has(key)) continue;
    seen.add(key);
    stances.push({
      start: e.start,
      end: e.end,
      actor: e.source.actor,
      issue: rule.issue,
      polarity: e.negated ? -rule.polarity : rule.polarity,
      ...actsFor(e.source.actor),
    });
  }
  stances.push(...findRemarks(doc, actors, quotes, events, ctx.cues, actsFor));
  return stances;
}

/** The sentence's first actor mention before the issue, outside quotations: its likely subject. */
function subjectOf(doc: Doc, actors: ActorResult, sentenceFirst: number, issueFirst: number, quotes: Quote[]): Attribution | undefined {
  const byToken = actors.tokenMention;
  if (!byToken || byToken.length < doc.length) return undefined;
  for (let t = sentenceFirst; t < issueFirst; t++) {
    const m = byToken[t]!;
    if (m < 0) continue;
    const found = actors.mentions[m]!;
    if (containingQuote(quotes, found.start, found.end)) return undefined;
    let end = t;
    while (end < issueFirst && byToken[end] === m) end++;
    const sentence = doc.sentences[doc.sentence[t]!]!;
    return { actor: found.actor, from: sentenceFirst, limit: sentence.endToken, actsWithoutCue: false, subjectEnd: end };
  }
  return undefined;
}

/** "argued against", "voted against", "rejected": the deciding cue is, or follows, a verb after the subject. */
function isVerbCueAfter(doc: Doc, cue: { first: number; end: number } | undefined, subjectEnd: number): boolean {
  if (!cue || cue.first < subjectEnd) return false;
  for (let t = cue.first; t < cue.end; t++) if (doc.pos[t] === 'VERB') return true;
  return cue.first > subjectEnd && doc.pos[cue.first - 1] === 'VERB';
}

function attribute(
  doc: Doc,
  mention: PhraseMatch<IssuePhrase>,
  quotes: Quote[],
  sentenceEvents: Event[] | undefined,
  sentenceFirst: number,
  sentenceEnd: number,
  actors: ActorResult,
): Attribution | undefined {
  const start = doc.start[mention.first]!;
  const end = doc.end[mention.end - 1]!;
  const quote = containingQuote(quotes, start, end);
  if (quote) {
    // Words inside a quotation are the speaker's; with no resolved speaker they are nobody's stance.
    const actor = quote.speaker?.actor;
    if (!actor) return undefined;
    if (!cueScopeIsQuote(quote)) return { actor, from: sentenceFirst, limit: sentenceEnd, actsWithoutCue: false };
    // The reporting verb of an indirect quotation can carry the stance: "recommended the troops withdraw".
    const from = quote.kind === 'indirect' && quote.cue ? Math.min(quote.start, quote.cue.start) : quote.start;
    const to = quote.kind === 'indirect' && quote.cue ? Math.max(quote.end, quote.cue.end) : quote.end;
    return {
      actor,
      from: Math.max(sentenceFirst, tokenStartingFrom(doc, from)),
      limit: Math.min(sentenceEnd, tokenStartingFrom(doc, to)),
      actsWithoutCue: false,
    };
  }
  if (!sentenceEvents?.length) return subjectOf(doc, actors, sentenceFirst, mention.first, quotes);
  let nearest: Event | undefined;
  let distance = Infinity;
  for (const e of sentenceEvents) {
    const d = e.end <= start ? start - e.end : e.start >= end ? e.start - end : 0;
    if (d < distance) {
      distance = d;
      nearest = e;
    }
  }
  return { actor: nearest!.source.actor, from: sentenceFirst, limit: sentenceEnd, actsWithoutCue: !nearest!.negated };
}
