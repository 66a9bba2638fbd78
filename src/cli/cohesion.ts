// entente cohesion A B: how aligned two actors or coalitions are, window by window,
// with the components and counts behind each number, a chart, or the evidence of one window;
// entente cohesion --among A,B,C: every pair among several sides.
import { Command, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { cohesionMatrix, cohesionSeries, explainWindow, type CohesionMatrix, type CohesionSeries, type WindowExplanation } from '../store/queries/cohesion.ts';
import { UnknownSideError } from '../cohesion/coalitions.ts';
import { defaultMinEvidence } from '../cohesion/index.ts';
import { windowSizes } from '../cohesion/windows.ts';
import { addExamples, dbOption, formatOption, openExistingStore, parsePositiveInt, printRows, sinceOption, untilOption, UsageError } from './common.ts';

const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '' : x.toFixed(digits));
const fmtInterval = (i: [number, number] | null) => (i ? `${fmt(i[0])}..${fmt(i[1])}` : '');

/** The table shows the scores and counts; CSV carries every column. */
const tableColumns = [
  'window', 'index', 'interval', 'count', 'events', 'goldstein', 'cooperative', 'agreement_items', 'agreements', 'pi',
  'remarks', 'critical', 'praise', 'joint_acts', 'splits',
];
const matrixTableColumns = ['a', 'b', 'window', 'index', 'interval', 'count', 'events_score', 'agreement_score', 'criticism_score', 'joint_acts'];

/** One flat row per window: the table and CSV view of the series. */
function windowRow(w: CohesionSeries['windows'][number]): Record<string, unknown> {
  return {
    window: w.window,
    index: w.index,
    interval: fmtInterval(w.interval),
    count: w.count,
    events: w.events.n,
    a_to_b: w.events.a_to_b,
    b_to_a: w.events.b_to_a,
    goldstein: w.events.goldstein,
    cooperative: w.events.cooperative,
    events_score: w.events.score,
    agreement_items: w.agreement.n,
    agreements: w.agreement.agreements,
    pi: w.agreement.pi,
    agreement_score: w.agreement.score,
    remarks: w.criticism.n,
    quotes: w.counts.quotes,
    critical: w.criticism.critical,
    praise: w.criticism.praise,
    criticism_score: w.criticism.score,
    joint_acts: w.joint.n,
    joint_cooperation: w.joint.cooperation,
    joint_conflict: w.joint.conflict,
    joint_score: w.joint.score,
    // "On what do they split?": the issues where their positions differ.
    splits: [...new Set(w.agreement.issues.filter((i) => i.a !== i.b).map((i) => i.issue))].join(' '),
    // the interval as numbers too, for CSV readers (the table shows "0.39..0.80")
    interval_low: w.interval?.[0] ?? null,
    interval_high: w.interval?.[1] ?? null,
  };
}

function matrixRows(m: CohesionMatrix): Record<string, unknown>[] {
  return m.pairs.flatMap((p) => p.windows.map((w) => ({ a: p.a.label, b: p.b.label, ...windowRow(w) })));
}

/** "agree on ceasefire (+/+); split on sanctions-relief (A -, B +)": the answer to "on what do they split?". */
function positionsLine(ex: WindowExplanation): string {
  const sign = (x: number) => (x > 0 ? '+' : '-');
  const agree = ex.agreement.filter((i) => i.a === i.b).map((i) => `${i.issue} ${i.period} (${sign(i.a)}/${sign(i.b)})`);
  const split = ex.agreement.filter((i) => i.a !== i.b).map((i) => `${i.issue} ${i.period} (${ex.a.label} ${sign(i.a)}, ${ex.b.label} ${sign(i.b)})`);
  if (!agree.length && !split.length) return '';
  const parts = [...(agree.length ? [`agree on ${agree.join(', ')}`] : []), ...(split.length ? [`split on ${split.join(', ')}`] : [])];
  return `${parts.join('; ')}\n`;
}

const toneWord = (tone: number | null) => (tone === null ? '' : tone < 0 ? ' critical' : tone > 0 ? ' praise' : ' reference');

function explanationRows(ex: WindowExplanation): Record<string, unknown>[] {
  return [
    ...ex.events.map((e) => ({
      kind: 'event',
      article: e.article.id,
      published: e.article.published.slice(0, 10),
      span: `${e.start}-${e.end}`,
      direction: e.direction,
      who: `${e.source.actor} -> ${e.target.actor}`,
      what: `${e.cameo} ${e.plover} g=${e.goldstein} q${e.quad}${toneWord(e.tone)}`,
      text: e.text,
      sentence: e.sentence.text,
    })),
    ...ex.quotes.map((q) => ({
      kind: 'quote',
      article: q.article.id,
      published: q.article.published.slice(0, 10),
      span: `${q.start}-${q.end}`,
      direction: q.direction,
      who: `${q.speaker.actor} on ${q.target.actor}`,
      what: `${toneWord(q.polarity).trim()}${q.cue ? ` "${q.cue.text}"` : ''}`,
      text: q.text,
      sentence: q.sentence.text,
    })),
    ...ex.stances.map((s) => ({
      kind: 'stance',
      article: s.article.id,
      published: s.article.published.slice(0, 10),
      span: `${s.start}-${s.end}`,
      direction: s.side,
      who: s.actor,
      what: `${s.issue} ${s.period} ${s.polarity > 0 ? '+' : ''}${s.polarity}`,
      text: s.evidence,
      sentence: s.sentence.text,
    })),
    ...ex.joint.map((j) => ({
      kind: 'joint',
      article: j.article.id,
      published: j.article.published.slice(0, 10),
      span: `${j.start}-${j.end}`,
      direction: 'both',
      who: `${[...new Set([...j.a, ...j.b].map((p) => p.actor))].join(' + ')}${jointTargets(j)}`,
      what: `${j.kind} "${j.cue.text}" ${j.cue.start}-${j.cue.end} ${[...new Set([...j.a, ...j.b].map((p) => p.cameo))].join(' ')}`,
      text: j.text,
      sentence: j.sentence.text,
    })),
  ];
}

/** " -> RUSGOV": whom the two acted on together, if anyone. */
function jointTargets(j: WindowExplanation['joint'][number]): string {
  const targets = [...new Set([...j.a, ...j.b].flatMap((p) => (p.target ? [p.target.actor] : [])))];
  return targets.length ? ` -> ${targets.join(' ')}` : '';
}

function parseSides(value: string): string[] {
  const sides = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (sides.length < 2) throw new UsageError(`--among ${value}: name at least two sides, separated by commas`);
  return sides;
}

export function register(program: Command): void {
  const cmd = program
    .command('cohesion')
    .description(
      'cohesion between two actors or coalitions per time window: ' +
        'index, components (events, stance agreement, criticism and praise, joint action), evidence counts',
    )
    .argument('[a]', 'side A: coalition (EU, NATO, EUR, G7, BRICS), country (USA), actor id (USAGOV, person:...) or name')
    .argument('[b]', 'side B, same forms as A')
    .option('--among <sides>', 'every pair among these sides, comma-separated (USA,GBR,FRA,RUS), instead of A and B', parseSides)
    .addOption(new Option('--by <size>', 'window size (all: one window over the whole range)').choices(windowSizes).default('month'))
    .addOption(sinceOption('the windows cover days'))
    .addOption(untilOption('the windows cover days'))
    .option('--min-evidence <n>', `pieces of bilateral evidence below which a window's index is null (default ${defaultMinEvidence})`, parsePositiveInt)
    .option('--plot <file>', 'also write a chart: FILE.svg, or FILE.png (rendered in headless Chromium)')
    .option('--explain <window>', 'list exactly the evidence counted in one window (2020-01, 2020-Q1, 2020-W03, 2020, all)')
    .addOption(formatOption())
    .addOption(dbOption());
  addExamples(cmd, [
    'entente cohesion USA EUR --by month',
    'entente cohesion USA IRQ --by quarter --format json',
    'entente cohesion USA EUR --by all',
    'entente cohesion USA EUR --by month --plot cohesion.svg',
    'entente cohesion USA EUR --explain 2020-01',
    'entente cohesion --among USA,GBR,FRA,DEU,RUS,CHN --by all --format csv',
    'entente cohesion NATO RUS --since 2019 --until 2020-06 --format csv',
  ]);
  cmd.action(async (a: string | undefined, b: string | undefined, flags) => {
    if (flags.among && (a || b)) throw new UsageError('give either two sides A B or --among A,B,C, not both');
    if (!flags.among && (!a || !b)) throw new UsageError('name two sides (entente cohesion USA EUR) or several with --among USA,GBR,FRA');
    if (flags.among && (flags.plot || flags.explain)) throw new UsageError('--plot and --explain take two sides A B, not --among');
    if (flags.plot && !/\.(svg|png)$/i.test(flags.plot)) throw new UsageError(`--plot ${flags.plot}: the file name must end in .svg or .png`);
    if (flags.since && flags.until && flags.since > flags.until) throw new UsageError(`--since ${flags.since} is after --until ${flags.until}`);
    const query = { by: flags.by, since: flags.since, until: flags.until, minEvidence: flags.minEvidence };
    const db = openExistingStore(flags.db);
    try {
      if (flags.among) {
        const matrix = cohesionMatrix(db, flags.among, query);
        if (flags.format === 'json') process.stdout.write(JSON.stringify(matrix, null, 2) + '\n');
        else printRows(matrixRows(matrix), flags.format, flags.format === 'table' ? matrixTableColumns : undefined);
        return;
      }
      if (flags.explain) {
        const ex = explainWindow(db, a!, b!, flags.explain, query);
        if (flags.format === 'json') process.stdout.write(JSON.stringify(ex, null, 2) + '\n');
        else if (flags.format === 'table') {
          const w = ex.window;
          const index = w.index === null ? 'null' : fmt(w.index);
          const agreed = w.agreement.counted ? ` (${w.agreement.agreements} agree)` : w.agreement.n ? ` (${w.agreement.n} found: too few to count)` : '';
          process.stdout.write(
            `${ex.a.name} (${ex.a.label}) and ${ex.b.name} (${ex.b.label}), ${w.window}: index ${index} [${fmtInterval(w.interval)}] ` +
              `from ${w.count} pieces of evidence: ` +
              `${w.events.n} events, ${w.counts.quotes} quotations, ${w.counts.agreement_items} agreement items${agreed}, ${w.joint.n} joint acts ` +
              `(${w.joint.cooperation} in cooperation, ${w.joint.conflict} in conflict with a third party); ` +
              `${w.criticism.critical} critical and ${w.criticism.praise} praising of the quotations\n` +
              positionsLine(ex) +
              '\n',
          );
          printRows(explanationRows(ex), 'table');
        } else printRows(explanationRows(ex), flags.format);
        return;
      }
      const series = cohesionSeries(db, a!, b!, query);
      if (flags.format === 'json') process.stdout.write(JSON.stringify(series, null, 2) + '\n');
      else if (flags.format === 'jsonl') printRows(series.windows as unknown as Record<string, unknown>[], 'jsonl');
      else {
        if (flags.format === 'table') process.stdout.write(`${series.a.name} (${series.a.label}) and ${series.b.name} (${series.b.label}), by ${series.by}\n`);
        printRows(series.windows.map(windowRow), flags.format, flags.format === 'table' ? tableColumns : undefined);
      }
      if (flags.plot) {
        // loaded on use: Observable Plot and linkedom are slow to load (docs/performance.md)
        const { cohesionChartSvg, svgToPng } = await import('./cohesion-chart.ts');
        const svg = cohesionChartSvg(series);
        writeFileSync(flags.plot, /\.png$/i.test(flags.plot) ? await svgToPng(svg) : svg);
        process.stderr.write(`wrote ${flags.plot}\n`);
      }
    } catch (e) {
      if (e instanceof UnknownSideError || e instanceof RangeError) throw new UsageError(e.message);
      throw e;
    } finally {
      db.close();
    }
  });
}
