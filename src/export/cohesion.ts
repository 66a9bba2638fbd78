// The cohesion series as an export table: one row per pair of sides and time window, with the
// index, its interval as two numbers, and each component's counts and score. Cohesion is
// computed from the stored facts, not stored: the sides (--among) and the window size (--by)
// say which series. The series are computed whole (a window per row: thousands, not millions),
// then written.
import { cohesionMatrix } from '../store/queries/cohesion.ts';
import { col, type Column, type Row, type Table } from './tables.ts';

const columns: Column[] = [
  col('a', 'string', 'side A as given (USA, EU, NATO, person:..., a name)'),
  col('a_name', 'string', "side A's name"),
  col('b', 'string', 'side B as given'),
  col('b_name', 'string', "side B's name"),
  col('by', 'string', 'window size: week, month, quarter, year or all'),
  col('window', 'string', 'the window: 2020-W03, 2020-01, 2020-Q1, 2020 or all'),
  col('window_start', 'string', 'first day of the window (YYYY-MM-DD)'),
  col('window_end', 'string', 'last day of the window, inclusive'),
  col('index', 'float', 'cohesion index, -1 (hostile) .. +1 (aligned); empty below the minimum evidence'),
  col('interval_low', 'float', "lower end of the index's 95% interval"),
  col('interval_high', 'float', "upper end of the index's 95% interval"),
  col('count', 'int', 'pieces of evidence: events, remarks that are neither events nor the words of one, agreement items (when at least 5), joint acts'),
  col('events', 'int', 'events between the two sides'),
  col('a_to_b', 'int', 'of them, from A to B'),
  col('b_to_a', 'int', 'of them, from B to A'),
  col('goldstein', 'float', 'mean Goldstein scale of the events'),
  col('cooperative', 'float', 'share of cooperative events (quad classes 1 and 2)'),
  col('events_score', 'float', 'the events component, -1 .. 1'),
  col('agreement_items', 'int', 'issues and periods on which both sides took a position (in the index and count only when at least 5)'),
  col('agreements', 'int', 'of them, the same position'),
  col('pi', 'float', "Scott's pi of the positions (agreement beyond chance)"),
  col('agreement_score', 'float', 'the stance agreement component, -1 .. 1; empty with fewer than 5 items'),
  col('remarks', 'int', 'remarks of one side about the other'),
  col('quotes', 'int', 'quotations among the evidence'),
  col('critical', 'int', 'critical remarks'),
  col('praise', 'int', 'praising remarks'),
  col('criticism_score', 'float', 'the criticism and praise component, -1 .. 1'),
  col('joint_acts', 'int', 'joint acts: acts of which both sides are sources, neither acting on the other'),
  col('joint_cooperation', 'int', 'of them, acting together in cooperation'),
  col('joint_conflict', 'int', 'of them, acting together in conflict with a third party'),
  col('joint_score', 'float', 'the joint action component, -1 .. 1'),
  col('splits', 'string', 'issues on which their positions differ, space-separated'),
];

export const cohesionTable: Table = {
  name: 'cohesion',
  doc: 'one row per pair of sides (--among) and time window (--by): the cohesion index and its components',
  columns,
  rows(db, f) {
    // computed now, so that an unknown side is an error before anything is written
    const matrix = cohesionMatrix(db, f.among ?? [], { by: f.by ?? 'month', since: f.since, until: f.until, minEvidence: f.minEvidence });
    return matrix.pairs.flatMap((pair) =>
      pair.windows.map((w): Row => ({
        a: pair.a.label, a_name: pair.a.name, b: pair.b.label, b_name: pair.b.name, by: pair.by,
        window: w.window, window_start: w.start, window_end: w.end,
        index: w.index, interval_low: w.interval?.[0] ?? null, interval_high: w.interval?.[1] ?? null, count: w.count,
        events: w.events.n, a_to_b: w.events.a_to_b, b_to_a: w.events.b_to_a, goldstein: w.events.goldstein,
        cooperative: w.events.cooperative, events_score: w.events.score,
        agreement_items: w.agreement.n, agreements: w.agreement.agreements, pi: w.agreement.pi, agreement_score: w.agreement.score,
        remarks: w.criticism.n, quotes: w.counts.quotes, critical: w.criticism.critical, praise: w.criticism.praise,
        criticism_score: w.criticism.score,
        joint_acts: w.joint.n, joint_cooperation: w.joint.cooperation, joint_conflict: w.joint.conflict, joint_score: w.joint.score,
        // the issues on which their positions differ: "on what do they split?"
        splits: [...new Set(w.agreement.issues.filter((i) => i.a !== i.b).map((i) => i.issue))].join(' '),
      })),
    );
  },
};
