// entente cohesion A B: how aligned two actors or coalitions are, window by window,
// with the components and counts behind each number, a chart, or the evidence of one window.
import { Command, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { cohesionSeries, explainWindow, type CohesionSeries, type WindowExplanation } from '../store/queries/cohesion.ts';
import { UnknownSideError } from '../stances/coalitions.ts';
import { windowSizes } from '../stances/windows.ts';
import { addExamples, dbOption, formatOption, openExistingStore, parseDateArg, printRows, UsageError } from './common.ts';

const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '' : x.toFixed(digits));
const fmtInterval = (i: [number, number] | null) => (i ? `${fmt(i[0])}..${fmt(i[1])}` : '');

/** The table shows the scores and counts; CSV carries every column. */
const tableColumns = ['window', 'index', 'interval', 'count', 'events', 'goldstein', 'cooperative', 'shared_issues', 'agreements', 'pi', 'references', 'critical', 'critical_rate', 'splits'];

/** One flat row per window: the table and CSV view of the series. */
function windowRows(series: CohesionSeries): Record<string, unknown>[] {
  return series.windows.map((w) => ({
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
    shared_issues: w.agreement.n,
    agreements: w.agreement.agreements,
    pi: w.agreement.pi,
    agreement_score: w.agreement.score,
    references: w.criticism.n,
    critical: w.criticism.critical,
    critical_rate: w.criticism.rate,
    criticism_score: w.criticism.score,
    // "On what do they split?": the shared issues where their positions differ.
    splits: w.agreement.issues.filter((i) => i.a !== i.b).map((i) => i.issue).join(' '),
  }));
}

/** "agree on ceasefire (+/+); split on sanctions-relief (A -, B +)": the answer to "on what do they split?". */
function positionsLine(ex: WindowExplanation): string {
  const sign = (x: number) => (x > 0 ? '+' : '-');
  const agree = ex.window.agreement.issues.filter((i) => i.a === i.b).map((i) => `${i.issue} (${sign(i.a)}/${sign(i.b)})`);
  const split = ex.window.agreement.issues.filter((i) => i.a !== i.b).map((i) => `${i.issue} (${ex.a.label} ${sign(i.a)}, ${ex.b.label} ${sign(i.b)})`);
  if (!agree.length && !split.length) return '';
  return `${agree.length ? `agree on ${agree.join(', ')}` : ''}${agree.length && split.length ? '; ' : ''}${split.length ? `split on ${split.join(', ')}` : ''}\n`;
}

function explanationRows(ex: WindowExplanation): Record<string, unknown>[] {
  return [
    ...ex.events.map((e) => ({
      kind: 'event',
      article: e.article.id,
      published: e.article.published.slice(0, 10),
      span: `${e.start}-${e.end}`,
      direction: e.direction,
      who: `${e.source.actor} -> ${e.target.actor}`,
      what: `${e.cameo} ${e.plover} g=${e.goldstein} q${e.quad}${e.critical ? ' critical' : ''}`,
      text: e.text,
    })),
    ...ex.quotes.map((q) => ({
      kind: 'quote',
      article: q.article.id,
      published: q.article.published.slice(0, 10),
      span: `${q.start}-${q.end}`,
      direction: q.direction,
      who: `${q.speaker.actor} on ${q.mentioned.join(',')}`,
      what: q.critical ? 'critical' : 'mentions',
      text: q.text,
    })),
    ...ex.stances.map((s) => ({
      kind: 'stance',
      article: s.article.id,
      published: s.article.published.slice(0, 10),
      span: `${s.start}-${s.end}`,
      direction: s.side === 'a' ? 'a' : 'b',
      who: s.actor,
      what: `${s.issue} ${s.polarity > 0 ? '+' : ''}${s.polarity}${s.shared ? ' shared' : ''}`,
      text: s.evidence,
    })),
  ];
}

export function register(program: Command): void {
  const cmd = program
    .command('cohesion')
    .description('cohesion between two actors or coalitions per time window: index, components (events, stance agreement, criticism) and counts')
    .argument('<a>', 'side A: coalition (EU, NATO, EUR, G7, BRICS), country (USA), actor id (USAGOV, person:...) or name')
    .argument('<b>', 'side B, same forms as A')
    .addOption(new Option('--by <size>', 'window size').choices(windowSizes).default('month'))
    .option('--since <date>', 'first day (2020, 2020-01 or 2020-01-15)', parseDateArg)
    .option('--until <date>', 'last day, inclusive (2020-03 covers all of March)', parseDateArg)
    .option('--plot <file>', 'also write a chart: FILE.svg, or FILE.png (rendered in headless Chromium)')
    .option('--explain <window>', 'list the events, quotes and stances behind one window (2020-01, 2020-Q1, 2020-W03, 2020)')
    .addOption(formatOption())
    .addOption(dbOption());
  addExamples(cmd, [
    'entente cohesion USA EUR --by month',
    'entente cohesion USA IRQ --by quarter --format json',
    'entente cohesion USA EUR --by month --plot cohesion.svg',
    'entente cohesion USA EUR --explain 2020-01',
    'entente cohesion NATO RUS --since 2019 --until 2020-06 --format csv',
  ]);
  cmd.action(async (a: string, b: string, flags) => {
    if (flags.plot && !/\.(svg|png)$/i.test(flags.plot)) throw new UsageError(`--plot ${flags.plot}: the file name must end in .svg or .png`);
    if (flags.since && flags.until && flags.since > flags.until) throw new UsageError(`--since ${flags.since} is after --until ${flags.until}`);
    const db = openExistingStore(flags.db);
    try {
      if (flags.explain) {
        const ex = explainWindow(db, a, b, flags.explain, { since: flags.since, until: flags.until });
        if (flags.format === 'json') process.stdout.write(JSON.stringify(ex, null, 2) + '\n');
        else if (flags.format === 'table') {
          const w = ex.window;
          process.stdout.write(
            `${ex.a.name} (${ex.a.label}) and ${ex.b.name} (${ex.b.label}), ${w.window}: index ${fmt(w.index)} [${fmtInterval(w.interval)}], ` +
              `${w.events.n} events, ${w.agreement.n} shared issues (${w.agreement.agreements} agree), ${w.criticism.critical} critical of ${w.criticism.n} references\n` +
              positionsLine(ex) +
              '\n',
          );
          printRows(explanationRows(ex), 'table');
        } else printRows(explanationRows(ex), flags.format);
        return;
      }
      const series = cohesionSeries(db, a, b, { by: flags.by, since: flags.since, until: flags.until });
      if (flags.format === 'json') process.stdout.write(JSON.stringify(series, null, 2) + '\n');
      else if (flags.format === 'jsonl') printRows(series.windows as unknown as Record<string, unknown>[], 'jsonl');
      else {
        if (flags.format === 'table') process.stdout.write(`${series.a.name} (${series.a.label}) and ${series.b.name} (${series.b.label}), by ${series.by}\n`);
        printRows(windowRows(series), flags.format, flags.format === 'table' ? tableColumns : undefined);
      }
      if (flags.plot) {
        // loaded on use: Observable Plot and linkedom take ~250 ms to load
        const { cohesionChartSvg, svgToPng } = await import('../stances/chart.ts');
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
