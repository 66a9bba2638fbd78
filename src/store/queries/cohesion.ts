// Cohesion queries shared by the CLI and the HTTP API: read the events, remarks and stances
// of the store once, resolve the sides (actor, country, person or coalition), and hand both to
// the pure code of src/cohesion/ (bilateral selection and arithmetic). The store decides
// nothing about tone: remarks come with the polarity the stances stage gave them.
import type { Store } from '../db.ts';
import type { Quad } from '../../model.ts';
import { loadCoalitions, resolveSide, type ActorDirectory, type ActorInfo, type Coalitions, type Side } from '../../cohesion/coalitions.ts';
import {
  cohesionWithEvidence,
  noEvidence,
  seriesLength,
  pairKey,
  pairwiseEvidence,
  type ActingFor,
  type AgreementItem,
  type CohesionRecords,
  type CohesionWindow,
  type ActRecord,
  type CueRef,
  type Direction,
  type JointAct,
  type PairEvent,
  type PairRemark,
  type RemarkRecord,
} from '../../cohesion/index.ts';
import { firstDay, lastDay, parseWindowLabel, wholeRangeLabel, type WindowSize } from '../../cohesion/windows.ts';
import { relationsIssue } from '../../stances/remarks.ts';
import { loadNlp, tokenize } from '../../nlp/index.ts';

/** maxWindows: the most windows of all pairs together; a query that would give more throws TooManyWindowsError */
export type CohesionQuery = { by?: WindowSize; since?: string; until?: string; minEvidence?: number; minAgreementItems?: number; maxWindows?: number };

/** A series or matrix longer than the query's maxWindows, refused before its windows are computed. */
export class TooManyWindowsError extends RangeError {
  constructor(windows: number, pairs: number, by: WindowSize, max: number) {
    super(
      `${windows} windows of a ${by}${pairs > 1 ? ` over ${pairs} pairs` : ''} (at most ${max} in one answer); choose a longer window or a shorter since/until`,
    );
    this.name = 'TooManyWindowsError';
  }
}

export type SideSummary = { label: string; name: string; kind: Side['kind']; description: string };

export type CohesionSeries = {
  a: SideSummary;
  b: SideSummary;
  by: WindowSize;
  since: string | null;
  until: string | null;
  windows: CohesionWindow[];
};

let defaultCoalitions: Coalitions | undefined;

/** Loaded once per process; the data file is small. */
export function coalitions(): Coalitions {
  defaultCoalitions ??= loadCoalitions();
  return defaultCoalitions;
}

/** Actors of the store, by id, for side matching (country and role live in the actors table). */
export type StoreActorDirectory = ActorDirectory & { info(id: string): ActorInfo };

export function actorDirectory(db: Store): StoreActorDirectory {
  const rows = db.prepare('SELECT id, name, kind, country, role FROM actors').all() as ActorInfo[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    byId: (id) => byId.get(id),
    byName: (name) => {
      const wanted = name.toLowerCase();
      const exact = rows.filter((r) => r.name?.toLowerCase() === wanted);
      return exact.length ? exact : rows.filter((r) => r.name?.toLowerCase().includes(wanted));
    },
    info: (id) => byId.get(id) ?? { id },
  };
}

function summary(side: Side, directory: ActorDirectory): SideSummary {
  const coalition = side.kind === 'coalition' ? coalitions().get(side.label) : undefined;
  const name = coalition?.name ?? directory.byId(side.label)?.name ?? side.label;
  return { label: side.label, name: name ?? side.label, kind: side.kind, description: side.description };
}

function dateFilter(since: string | undefined, until: string | undefined, params: Record<string, unknown>): string {
  const where = ['a.duplicate_of IS NULL', 'a.published IS NOT NULL'];
  if (since) {
    where.push('a.published >= @since');
    params.since = firstDay(since);
  }
  if (until) {
    where.push('a.published <= @until');
    params.until = `${lastDay(until)}\uffff`;
  }
  return where.join(' AND ');
}

type ArticleRow = { article_id: string; title: string | null; published: string; article_rowid: number };
type EventRow = ArticleRow & {
  start: number; end: number; text: string; cameo: string; plover: string; goldstein: number; quad: number;
  source_actor: string; source_name: string; source_start: number; source_end: number;
  target_actor: string | null; target_name: string | null; target_start: number | null; target_end: number | null; extra: string | null;
};
type StanceRow = ArticleRow & { start: number; end: number; actor: string; issue: string; polarity: number; extra: string | null };

/**
 * Everything the index may use, from articles with a publication date that are not duplicates:
 * non-negated events (those with a target as events between actors, all of them with their cue
 * as acts, for joint action), remarks (stances on `relations`) and stances on issues.
 * Remarks and stances come without their text (`withTexts` adds it to the few that are shown).
 */
export function cohesionRecords(db: Store, range: { since?: string; until?: string } = {}): CohesionRecords {
  const params: Record<string, unknown> = {};
  const where = dateFilter(range.since, range.until, params);
  const articles = new Map<number, CohesionRecords['events'][number]['article']>();
  const ref = (r: ArticleRow) => {
    let a = articles.get(r.article_rowid);
    if (!a) articles.set(r.article_rowid, (a = { id: r.article_id, title: r.title, published: r.published }));
    return a;
  };
  const columns = 'a.id AS article_id, a.title, a.published, a.rowid AS article_rowid';

  const eventRows = db
    .prepare(
      `SELECT e.start, e."end", e.text, e.cameo, e.plover, e.goldstein, e.quad, e.source_actor, e.source_name, e.source_start, e.source_end,
         e.target_actor, e.target_name, e.target_start, e.target_end, e.extra, ${columns}
       FROM events e JOIN articles a ON a.rowid = e.article_rowid
       WHERE ${where} AND e.negated = 0 ORDER BY a.published, e.article_rowid, e.start`,
    )
    .all(params) as EventRow[];
  const events: CohesionRecords['events'] = [];
  const acts: ActRecord[] = [];
  for (const r of eventRows) {
    // acts_for: the country and role each person or organisation party acted for (store/write.ts);
    // cue: the words the event was coded from (a store without it: the event's span)
    const extra = r.extra ? (JSON.parse(r.extra) as { acts_for?: { source?: ActingFor; target?: ActingFor }; cue?: CueRef }) : {};
    const source = { actor: r.source_actor, name: r.source_name, start: r.source_start, end: r.source_end, ...acting(extra.acts_for?.source) };
    const target =
      r.target_actor === null
        ? null
        : {
            actor: r.target_actor,
            name: r.target_name ?? r.target_actor,
            start: r.target_start ?? 0,
            end: r.target_end ?? 0,
            ...acting(extra.acts_for?.target),
          };
    const event = {
      article: ref(r),
      start: r.start,
      end: r.end,
      text: r.text,
      cameo: r.cameo,
      plover: r.plover,
      goldstein: r.goldstein,
      quad: r.quad as Quad,
      source,
    };
    const cue = extra.cue ? { start: extra.cue.start, end: extra.cue.end, text: extra.cue.text } : { start: r.start, end: r.end, text: r.text };
    acts.push({ ...event, cue, target });
    if (target) events.push({ ...event, target });
  }

  const stanceRows = db
    .prepare(
      `SELECT s.start, s."end", s.actor, s.issue, s.polarity, s.extra, ${columns}
       FROM stances s JOIN articles a ON a.rowid = s.article_rowid WHERE ${where} ORDER BY a.published, s.article_rowid, s.start`,
    )
    .all(params) as StanceRow[];
  const remarks: RemarkRecord[] = [];
  const stances: CohesionRecords['stances'] = [];
  for (const r of stanceRows) {
    // country/role: what a person or organisation acted for in the article (src/stances)
    const extra = r.extra
      ? (JSON.parse(r.extra) as ActingFor & { name?: string; target?: RemarkRecord['target']; cue?: CueRef | null; basis?: 'quote' | 'event' })
      : {};
    if (r.issue !== relationsIssue) {
      stances.push({ article: ref(r), start: r.start, end: r.end, text: '', actor: r.actor, issue: r.issue, polarity: r.polarity, ...acting(extra) });
      continue;
    }
    if (!extra.target?.actor) continue;
    remarks.push({
      ...acting(extra),
      article: ref(r),
      start: r.start,
      end: r.end,
      text: '',
      basis: extra.basis === 'event' ? 'event' : 'quote',
      actor: r.actor,
      name: extra.name ?? null,
      target: { actor: extra.target.actor, name: extra.target.name, start: extra.target.start, end: extra.target.end, ...acting(extra.target) },
      polarity: r.polarity,
      cue: extra.cue ?? null,
    });
  }
  return { events, remarks, stances, acts };
}

/** The country and role of a stored record's party, when it has them (only those two fields). */
function acting(from: ActingFor | undefined): ActingFor {
  if (!from?.country) return {};
  return from.role ? { country: from.country, role: from.role } : { country: from.country };
}

/** Fill in the evidence text of records (sliced in JavaScript: offsets are UTF-16 units, SQLite's substr counts code points). */
function withTexts<T extends { article: { id: string }; start: number; end: number; text: string }>(db: Store, records: T[]): T[] {
  const articleText = db.prepare('SELECT text FROM articles WHERE id = ?').pluck();
  const texts = new Map<string, string>();
  return records.map((r) => {
    if (!texts.has(r.article.id)) texts.set(r.article.id, (articleText.get(r.article.id) as string | undefined) ?? '');
    return { ...r, text: texts.get(r.article.id)!.slice(r.start, r.end) };
  });
}

/** The sentence (or run of sentences) a piece of evidence lies in: its offsets in the article's text and its words. */
export type SentenceRef = { start: number; end: number; text: string };

/**
 * Each record with the sentence it lies in (from the sentence holding its first character to the
 * one holding its last: a quotation may run over several), as the nlp stage splits the stored
 * text (its boilerplate skipped, as the analysis skipped it). The store keeps no sentence
 * offsets: they are derived here, for the records shown, by the same tokenizer the analysis ran
 * (exact while the store was analysed by this version of the nlp stage; `reanalyze` makes it so).
 */
function withSentences<T extends { article: { id: string }; start: number; end: number }>(db: Store, records: T[]): (T & { sentence: SentenceRef })[] {
  const read = db.prepare('SELECT text, boilerplate FROM articles WHERE id = ?');
  const sentencesOf = new Map<string, { text: string; spans: { start: number; end: number }[] }>();
  return records.map((r) => {
    let doc = sentencesOf.get(r.article.id);
    if (!doc) {
      const row = read.get(r.article.id) as { text: string; boilerplate: string | null } | undefined;
      const text = row?.text ?? '';
      const skip = row?.boilerplate ? (JSON.parse(row.boilerplate) as [number, number][]).map(([start, end]) => ({ start, end })) : [];
      sentencesOf.set(r.article.id, (doc = { text, spans: tokenize(text, loadNlp(), skip).sentences }));
    }
    const { start, end } = r;
    const first = doc.spans.find((s) => s.end > start);
    let last = first;
    for (const s of doc.spans) if (s.start < end) last = s;
    const sentence = first && last ? { start: Math.min(first.start, start), end: Math.max(last.end, end) } : { start, end };
    return { ...r, sentence: { ...sentence, text: doc.text.slice(sentence.start, sentence.end) } };
  });
}

/** Resolve a user's argument (USA, USAGOV, person:..., a name, EU, NATO, EUR) against the store's actors. */
export function resolveSideIn(db: Store, arg: string): Side {
  return resolveSide(arg, coalitions(), actorDirectory(db));
}

function seriesOptions(query: CohesionQuery, by: WindowSize) {
  return {
    by,
    since: query.since ? firstDay(query.since) : undefined,
    until: query.until ? lastDay(query.until) : undefined,
    minEvidence: query.minEvidence,
    minAgreementItems: query.minAgreementItems,
  };
}

export function cohesionSeries(db: Store, a: string, b: string, query: CohesionQuery = {}): CohesionSeries {
  const matrix = cohesionMatrix(db, [a, b], query);
  return matrix.pairs[0]!;
}

export type CohesionMatrix = { sides: SideSummary[]; by: WindowSize; since: string | null; until: string | null; pairs: CohesionSeries[] };

/** The series of every pair among the sides (A before B in the order given), the store read once. */
export function cohesionMatrix(db: Store, args: string[], query: CohesionQuery = {}, records?: CohesionRecords): CohesionMatrix {
  const directory = actorDirectory(db);
  const sides = args.map((arg) => resolveSide(arg, coalitions(), directory));
  const by = query.by ?? 'month';
  const evidence = pairwiseEvidence(records ?? cohesionRecords(db, query), sides, directory.info);
  if (query.maxWindows !== undefined) {
    const count = sides.length * (sides.length - 1) / 2;
    let windows = 0;
    for (const pair of evidence.values()) windows += seriesLength(pair, seriesOptions(query, by));
    if (windows > query.maxWindows) throw new TooManyWindowsError(windows, count, by, query.maxWindows);
  }
  const pairs: CohesionSeries[] = [];
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      const windows = cohesionWithEvidence(evidence.get(pairKey(i, j))!, seriesOptions(query, by)).map((w) => w.window);
      pairs.push({ a: summary(sides[i]!, directory), b: summary(sides[j]!, directory), by, since: query.since ?? null, until: query.until ?? null, windows });
    }
  }
  return { sides: sides.map((s) => summary(s, directory)), by, since: query.since ?? null, until: query.until ?? null, pairs };
}

type Described = { date: string; direction: Direction; critical: boolean; praise: boolean };

/** sentence: the sentence the evidence lies in (withSentences) */
export type EvidenceEvent = PairEvent & Described & { tone: number | null; sentence: SentenceRef };
export type EvidenceQuote = PairRemark & Described & { speaker: { actor: string; name: string | null }; mentioned: string[]; sentence: SentenceRef };
export type EvidenceStance = AgreementItem['stances'][number] & { date: string; evidence: string; shared: true; period: string; sentence: SentenceRef };
/** One party's part in a joint act: its event on the cue (target null when the act has none). */
export type JointPart = {
  actor: string;
  name: string;
  start: number;
  end: number;
  cameo: string;
  goldstein: number;
  quad: number;
  target: { actor: string; name: string } | null;
};
/**
 * A joint act: its article, its span (from the first party to the last of its events, in one
 * sentence) and text, the sentence of its cue, the cue, its kind, and each side's part in it.
 */
export type EvidenceJoint = {
  article: JointAct['article'];
  date: string;
  start: number;
  end: number;
  text: string;
  sentence: SentenceRef;
  cue: CueRef;
  kind: JointAct['kind'];
  a: JointPart[];
  b: JointPart[];
};

export type WindowExplanation = {
  a: SideSummary;
  b: SideSummary;
  window: CohesionWindow;
  /** events between the sides, with the tone the stances stage gave the verbal ones */
  events: EvidenceEvent[];
  /** quotations of one side naming the other, with their tone and its cue */
  quotes: EvidenceQuote[];
  /** agreement items: issue, period, both positions, and the stances under them */
  agreement: { issue: string; period: string; a: number; b: number }[];
  /** the stances under the agreement items (and no others) */
  stances: EvidenceStance[];
  /** acts of which both sides are sources, neither acting on the other */
  joint: EvidenceJoint[];
};

/**
 * The evidence behind one window ("2020-01", "2020-Q1", "2020-W03", "2020", "all"): its row of
 * the series and exactly the events, quotations and agreement items counted in it, each with its
 * article and span.
 */
export function explainWindow(db: Store, a: string, b: string, label: string, query: Omit<CohesionQuery, 'by'> = {}): WindowExplanation {
  const parsed = parseWindowLabel(label);
  if (!parsed) throw new RangeError(`"${label}" is not a window; expected 2020-01 (month), 2020-Q1 (quarter), 2020-W03 (week), 2020 (year) or all`);
  const directory = actorDirectory(db);
  const sideA = resolveSide(a, coalitions(), directory);
  const sideB = resolveSide(b, coalitions(), directory);
  const records = cohesionRecords(db, query);
  const evidence = pairwiseEvidence(records, [sideA, sideB], directory.info).get(pairKey(0, 1))!;
  const series = cohesionWithEvidence(evidence, seriesOptions(query, parsed.size));
  const label_ = parsed.size === 'all' ? wholeRangeLabel : parsed.window.label;
  const found =
    series.find((w) => w.window.window === label_) ??
    cohesionWithEvidence(noEvidence(), { by: parsed.size, since: parsed.window.start, until: parsed.window.end })[0]!;
  // The tone of a verbal event is its remark's (same article and span).
  const tones = new Map(found.evidence.remarks.filter((r) => r.basis === 'event').map((r) => [`${r.article.id}\u0000${r.start}\u0000${r.end}`, r.polarity]));
  const described = <T extends { article: { published: string }; direction: Direction }>(r: T, tone: number | null): T & Described => ({
    ...r,
    date: r.article.published,
    critical: tone !== null && tone < 0,
    praise: tone !== null && tone > 0,
  });
  return {
    a: summary(sideA, directory),
    b: summary(sideB, directory),
    window: found.window,
    events: withSentences(db, found.evidence.events).map((e) => {
      const tone = tones.get(`${e.article.id}\u0000${e.start}\u0000${e.end}`) ?? null;
      return { ...described(e, tone), tone };
    }),
    quotes: withSentences(db, withTexts(db, found.evidence.quotations))
      .map((r) => ({ ...described(r, r.polarity), speaker: { actor: r.actor, name: r.name }, mentioned: [r.target.actor] })),
    agreement: found.evidence.agreement.map(({ issue, period, a, b }) => ({ issue, period, a, b })),
    stances: found.evidence.agreement.flatMap((item) =>
      withSentences(db, withTexts(db, item.stances)).map((s) => ({
        ...s,
        date: s.article.published,
        evidence: s.text,
        shared: true as const,
        period: item.period,
      })),
    ),
    joint: withSentences(db, withTexts(db, found.evidence.joint.map(jointEvidence))),
  };
}

/** A joint act as `--explain` lists it (its text is filled in from the article). */
function jointEvidence(act: JointAct): Omit<EvidenceJoint, 'sentence'> {
  const events = [...act.a, ...act.b];
  const start = Math.min(...events.flatMap((e) => [e.start, e.source.start, e.cue.start]));
  const end = Math.max(...events.flatMap((e) => [e.end, e.source.end, e.cue.end]));
  const part = (e: JointAct['a'][number]): JointPart => ({
    actor: e.source.actor,
    name: e.source.name,
    start: e.source.start,
    end: e.source.end,
    cameo: e.cameo,
    goldstein: e.goldstein,
    quad: e.quad,
    target: e.target ? { actor: e.target.actor, name: e.target.name } : null,
  });
  return { article: act.article, date: act.article.published, start, end, text: '', cue: act.cue, kind: act.kind, a: act.a.map(part), b: act.b.map(part) };
}
