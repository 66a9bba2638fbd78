// Where the UN votes' signal is in the bench store: a diagnostic beside eval/cohesion.ts, not part
// of `npm run eval`. It ranks the dev pairs (>= 5/10/20 pieces of evidence, as the eval), on all
// of them and on the two seeded halves (eval/cohesion.ts's tuningHalf: anything chosen here is
// chosen on the first half and reported on the second), by
//   - the index as the store gives it;
//   - the index with the events between two co-subjects of one act removed ("West Germany,
//     France and Italy agreed" coded DEU -> ITA): what the store will give once the events stage
//     stops coding co-subjects as acting on each other; their cues then become joint acts;
//   - the same with each co-subject the source of a target-less event on the cue (the events
//     stage's `targetless` option): "X, Y and Z agreed" then is a joint act of each two;
//   - on those stores, variants of the joint-action component: the weight of joint acts in
//     conflict with a third party (1, 0.5, 0), and co-targets (both sides targets of one act of
//     a third party) counted as joint acts too;
//   - shared stance toward third parties: for each third country and month on which both sides
//     made remarks, 1 - |difference of their mean tone|, averaged (a candidate component).
//
//   ENTENTE_COHESION_DB=.scratch/cohesion-bench.db npx tsx eval/cohesion-alignment.ts
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { actorCountry, type ActorInfo } from '../src/cohesion/coalitions.ts';
import { cohesionWithEvidence, jointWeights, pairKey, pairwiseEvidence, type ActRecord, type CohesionRecords, type CohesionWindow, type JointAct } from '../src/cohesion/index.ts';
import { openStore } from '../src/store/db.ts';
import { actorDirectory, cohesionRecords, resolveSideIn } from '../src/store/queries/cohesion.ts';
import { pairName, pooledKappa, spearman, thresholds, tuningHalf } from './cohesion.ts';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.ENTENTE_SHARED ?? join(root, '..', 'shared'));
const db = openStore(resolve(process.env.ENTENTE_COHESION_DB ?? join(root, '.scratch', 'cohesion-bench.db')), { readonly: true });
const years = new Set(
  (db.prepare('SELECT CAST(substr(published, 1, 4) AS INTEGER) AS year FROM articles WHERE duplicate_of IS NULL AND published IS NOT NULL GROUP BY year HAVING count(*) >= 50').pluck().all() as number[]),
);
const reference = pooledKappa(readFileSync(join(shared, 'data', 'cohesion', 'unga-agreement-dev.csv'), 'utf8'), years);
const states = [...new Set([...reference.keys()].flatMap((k) => k.split('-')))].sort();
const half = tuningHalf([...reference.keys()]);

const directory = actorDirectory(db);
const countryOf = (party: { actor: string; country?: string }) => {
  const known: ActorInfo = directory.info(party.actor);
  return actorCountry(party.country ? { ...known, country: party.country } : known);
};

// Co-subjects: the two parties of an event stand before its cue in one list: between them only
// capitalised names, commas, "and" and "the" ("West Germany, France, Britain, Italy and Canada agreed").
const listBetween = /^(?:\s|,|\band\b|\bthe\b|\b[A-Z][\w.'-]*)*$/;
const articleText = db.prepare('SELECT text FROM articles WHERE id = ?').pluck();
const texts = new Map<string, string>();
function coSubjects(e: ActRecord): boolean {
  if (!e.target) return false;
  if (!texts.has(e.article.id)) texts.set(e.article.id, articleText.get(e.article.id) as string);
  const [first, second] = e.source.start < e.target.start ? [e.source, e.target] : [e.target, e.source];
  const between = texts.get(e.article.id)!.slice(first.end, second.start).replace(/^'s/, '');
  return second.end <= e.cue.start && /,|\band\b/.test(between) && listBetween.test(between);
}

const records = cohesionRecords(db);
const spanKey = (r: { article: { id: string }; start: number; end: number }) => `${r.article.id}\u0000${r.start}\u0000${r.end}`;
const coSubjectActs = records.acts.filter(coSubjects);
const dropped = new Set(coSubjectActs.map((e) => `${spanKey(e)}\u0000${e.source.start}\u0000${e.target!.start}`));
const kept = (e: { article: { id: string }; start: number; end: number; source: { start: number }; target: { start: number } | null }) =>
  !e.target || !dropped.has(`${spanKey(e)}\u0000${e.source.start}\u0000${e.target.start}`);
const droppedSpans = new Set(coSubjectActs.map(spanKey));
/** The store as it will be once co-subjects are not events between each other (their verbal events' remarks go too). */
const recoded: CohesionRecords = {
  events: records.events.filter(kept),
  acts: records.acts.filter(kept),
  stances: records.stances,
  remarks: records.remarks.filter((r) => r.basis !== 'event' || !droppedSpans.has(spanKey(r)) || records.events.some((e) => kept(e) && spanKey(e) === spanKey(r))),
};

/**
 * The same, but with each co-subject kept as the source of a target-less event on the cue (what the
 * events stage gives with target-less events on): "X, Y and Z agreed" is then a joint act of each two.
 */
const recodedTargetless: CohesionRecords = { ...recoded, acts: records.acts.map((a) => (kept(a) ? a : { ...a, target: null })) };
const cuesLeftEmpty = new Set(coSubjectActs.map((a) => `${a.article.id}\u0000${a.cue.start}`));
for (const a of recoded.acts) cuesLeftEmpty.delete(`${a.article.id}\u0000${a.cue.start}`);

const sides = states.map((s) => resolveSideIn(db, s));

/** Co-targets: pairs of countries both targets of one act (article and cue) of a source that is neither. */
function coTargets(acts: ActRecord[]): Map<string, number> {
  const byCue = new Map<string, ActRecord[]>();
  for (const a of acts) {
    if (!a.target) continue;
    const key = `${a.article.id}\u0000${a.cue.start}\u0000${a.cue.end}`;
    byCue.set(key, [...(byCue.get(key) ?? []), a]);
  }
  const out = new Map<string, number>();
  for (const group of byCue.values()) {
    const bySource = new Map<string, Set<string>>();
    for (const a of group) {
      const s = countryOf(a.source);
      const t = countryOf(a.target!);
      if (!s || !t || s === t) continue;
      bySource.set(s, (bySource.get(s) ?? new Set()).add(t));
    }
    const pairs = new Set<string>();
    for (const [source, targets] of bySource) {
      const list = [...targets].sort();
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (list[i] !== source && list[j] !== source) pairs.add(pairName(list[i]!, list[j]!));
    }
    for (const p of pairs) out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
}

/** Tone toward third countries: per (country, month), each side's mean remark tone. */
function thirdPartyTone(r: CohesionRecords): Map<string, Map<string, { sum: number; n: number }>> {
  const tone = new Map<string, Map<string, { sum: number; n: number }>>();
  for (const x of r.remarks) {
    const from = countryOf(x);
    const to = countryOf(x.target);
    if (!from || !to || from === to) continue;
    const key = `${to}\u0000${x.article.published.slice(0, 7)}`;
    let m = tone.get(from);
    if (!m) tone.set(from, (m = new Map()));
    const t = m.get(key) ?? { sum: 0, n: 0 };
    t.sum += x.polarity;
    t.n++;
    m.set(key, t);
  }
  return tone;
}

type Row = { pair: string; kappa: number; count: number; values: Record<string, number | null> };

function rowsOf(r: CohesionRecords, label: string): Row[] {
  const evidence = pairwiseEvidence(r, sides, directory.info);
  const cotargets = coTargets(r.acts);
  const tone = thirdPartyTone(r);
  const rows: Row[] = [];
  for (let i = 0; i < states.length; i++) {
    for (let j = i + 1; j < states.length; j++) {
      const pair = pairName(states[i]!, states[j]!);
      const ref = reference.get(pair);
      if (!ref) continue;
      const [w] = cohesionWithEvidence(evidence.get(pairKey(i, j))!, { by: 'all' });
      const window: CohesionWindow | undefined = w?.window;
      const joint: JointAct[] = w?.evidence.joint ?? [];
      const relation = window ? [window.events, window.agreement, window.criticism].filter((c) => c.score !== null) : [];
      const relationN = relation.reduce((s, c) => s + c.n, 0);
      const relationSum = relation.reduce((s, c) => s + c.n * c.score!, 0);
      // pieces: how many pieces of evidence one joint act weighs as
      const withWeights = (conflict: number, extra = 0, pieces = 1) => {
        const n = relationN + (joint.length + extra) * pieces;
        const sum = relationSum + (joint.reduce((s, a) => s + (a.kind === 'conflict' ? conflict : jointWeights.cooperation), 0) + extra) * pieces;
        return relationN + joint.length + extra >= 3 ? sum / n : null;
      };
      const ct = cotargets.get(pair) ?? 0;
      // shared stance toward third parties
      const ta = tone.get(states[i]!);
      const tb = tone.get(states[j]!);
      let items = 0;
      let sum = 0;
      for (const [key, a] of ta ?? []) {
        const b = tb?.get(key);
        if (!b || key.startsWith(`${states[i]}\u0000`) || key.startsWith(`${states[j]}\u0000`)) continue;
        items++;
        sum += 1 - Math.abs(a.sum / a.n - b.sum / b.n);
      }
      rows.push({
        pair,
        kappa: ref.kappa,
        count: window?.count ?? 0,
        values: {
          [`${label}: index`]: window?.index ?? null,
          [`${label}: relation alone`]: relationN >= 3 ? relationSum / relationN : null,
          [`${label}: share of joint acts`]: window?.count ? joint.length / window.count : null,
          [`${label}: index, conflict joint acts 0.5`]: withWeights(0.5),
          [`${label}: index, conflict joint acts 0`]: withWeights(0),
          [`${label}: index, co-targets as joint acts`]: withWeights(jointWeights.conflict, ct),
          [`${label}: index, a joint act weighing 2 pieces`]: withWeights(jointWeights.conflict, 0, 2),
          [`${label}: index, a joint act weighing 3 pieces`]: withWeights(jointWeights.conflict, 0, 3),
          [`${label}: index, a joint act weighing 5 pieces`]: withWeights(jointWeights.conflict, 0, 5),
          [`${label}: third-party tone items`]: items,
          [`${label}: shared tone toward third parties`]: items ? sum / items : null,
          // as a fifth component: each (third country, month) item a piece of evidence scoring 1 - |difference|
          [`${label}: index with shared tone as a component`]: relationN + joint.length + items >= 3 ? (relationSum + joint.length + sum) / (relationN + joint.length + items) : null,
        },
      });
    }
  }
  return rows;
}

const rho = (rows: Row[], t: number, key: string, keep: (r: Row) => boolean = () => true) => {
  const kept_ = rows.filter((r) => r.count >= t && r.values[key] !== null && r.values[key] !== undefined && keep(r));
  const r = spearman(kept_.map((x) => x.values[key]!), kept_.map((x) => x.kappa));
  return `${r === null ? '—' : r.toFixed(2)} (${kept_.length})`;
};

console.log(`events with a target ${records.events.length}; acts ${records.acts.length}; between co-subjects of one act ${coSubjectActs.length}, on ${droppedSpans.size} spans; cues left with no event once they go: ${cuesLeftEmpty.size}`);
const variants = process.env.ALIGNMENT_VARIANTS?.split(',') ?? ['store', 'co-subjects recoded', 'co-subjects target-less'];
for (const [label, r] of ([['store', records], ['co-subjects recoded', recoded], ['co-subjects target-less', recodedTargetless]] as const).filter(([l]) => variants.includes(l))) {
  const rows = rowsOf(r, label);
  for (const t of thresholds) {
    console.log(`>= ${t} pieces (${label}):`);
    for (const key of Object.keys(rows[0]!.values)) {
      if (key.endsWith('items')) continue;
      console.log(`  ${key.padEnd(56)} rho ${rho(rows, t, key)}; tuning half ${rho(rows, t, key, (x) => half.has(x.pair))}, other half ${rho(rows, t, key, (x) => !half.has(x.pair))}`);
    }
  }
}
db.close();
