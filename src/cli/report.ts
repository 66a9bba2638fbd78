// entente report: the main job's summary — who is mentioned, who said what, who did
// what to whom, and how aligned two sides are over time — from one store.
import { Command, Option } from 'commander';
import { storeStats } from '../store/queries/articles.ts';
import { topActors } from '../store/queries/actors.ts';
import { eventTypeCounts, quoteSample, topDyads } from '../store/queries/report.ts';
import { cohesionSeries } from '../store/queries/cohesion.ts';
import { addExamples, dbOption, openExistingStore, parsePositiveInt, toTable, UsageError } from './common.ts';

type ReportFlags = { db: string; top: number; a: string; b: string; by: 'week' | 'month' | 'quarter' | 'year'; format: 'text' | 'json' };

export function register(program: Command): void {
  const cmd = program
    .command('report')
    .description('a one-screen summary of the store: actors, quotations, events, and cohesion between two sides')
    .addOption(dbOption())
    .option('--top <n>', 'rows per section', parsePositiveInt, 8)
    .option('--a <side>', 'first side of the cohesion section (actor code, person or coalition)', 'USA')
    .option('--b <side>', 'second side of the cohesion section', 'EUR')
    .addOption(new Option('--by <window>', 'cohesion window').choices(['week', 'month', 'quarter', 'year']).default('year'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'));
  addExamples(cmd, ['entente report', 'entente report --a USA --b IRQ --by quarter', 'entente report --format json > report.json']);
  cmd.action((flags: ReportFlags) => {
    const db = openExistingStore(flags.db);
    try {
      const report = {
        store: storeStats(db),
        actors: topActors(db, { top: flags.top, examples: 3 }).map((r) => ({
          id: r.id,
          name: r.name,
          kind: r.kind,
          mentions: r.mentions,
          articles: r.articles,
          examples: r.examples.join(' | '),
        })),
        quotes: quoteSample(db, flags.top),
        event_types: eventTypeCounts(db, flags.top),
        dyads: topDyads(db, flags.top),
        cohesion: cohesionOrReason(() => cohesionSeries(db, flags.a, flags.b, { by: flags.by })),
      };
      if (flags.format === 'json') {
        process.stdout.write(JSON.stringify(report, null, 2) + '\n');
        return;
      }
      const out: string[] = [];
      const section = (title: string, body: string) => out.push(`== ${title}\n${body}`);
      section('Store', toTable(Object.entries(report.store).map(([what, count]) => ({ what, count }))));
      section('Most mentioned actors', toTable(report.actors, ['id', 'name', 'mentions', 'articles', 'examples']));
      section('Who said what (direct quotations with a resolved speaker)', toTable(report.quotes, ['published', 'speaker', 'actor', 'text'], 90));
      section('What actors did (events by PLOVER type)', toTable(report.event_types, ['plover', 'events', 'mean_goldstein', 'example'], 70));
      section('Who did what to whom (most frequent pairs)', toTable(report.dyads));
      const c = report.cohesion;
      if ('reason' in c) section(`Cohesion ${flags.a}–${flags.b}`, `${c.reason}\n`);
      else {
        const rows = c.windows.map((w) => ({
          window: w.window,
          index: w.index,
          interval: w.interval ? `${w.interval[0]}..${w.interval[1]}` : '',
          evidence: w.count,
          events: w.counts.events,
          quotes: w.counts.quotes,
          agreement: w.counts.agreement_items,
          critical: w.counts.critical,
          joint: w.counts.joint_acts,
        }));
        section(
          `Cohesion ${c.a.name} (${c.a.label}) – ${c.b.name} (${c.b.label}) by ${c.by} ` +
            `(entente cohesion ${flags.a} ${flags.b} --explain WINDOW shows the evidence)`,
          toTable(rows),
        );
      }
      process.stdout.write(out.join('\n'));
    } finally {
      db.close();
    }
  });
}

function cohesionOrReason<T>(f: () => T): T | { reason: string } {
  try {
    return f();
  } catch (e) {
    if (e instanceof UsageError || e instanceof Error) return { reason: `(no cohesion: ${e.message})` };
    throw e;
  }
}
