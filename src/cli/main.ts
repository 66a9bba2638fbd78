// The entente command line: one file per command, registered here.
import { Command, CommanderError } from 'commander';
import { exitCodes, UsageError } from './common.ts';
import * as ingest from './ingest.ts';
import * as analyze from './analyze.ts';
import * as articles from './articles.ts';
import * as stats from './stats.ts';
import * as actors from './actors.ts';
import * as quotes from './quotes.ts';
import * as events from './events.ts';
import * as stances from './stances.ts';
import * as cohesion from './cohesion.ts';
import * as serve from './serve.ts';
import * as report from './report.ts';
import * as exporter from './export.ts';
import * as reanalyze from './reanalyze.ts';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('entente')
    .description('Who said what, who did what to whom, and who stands with whom, in international news.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const command of [ingest, reanalyze, analyze, articles, stats, report, actors, quotes, events, stances, cohesion, exporter, serve]) command.register(program);
  for (const sub of program.commands) sub.exitOverride().showHelpAfterError('(run with --help for usage)');
  return program;
}

async function main(): Promise<void> {
  // "entente events | head -1": the reader has gone; stop quietly, as other command-line tools do
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : exitCodes.usage;
      return;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`entente: ${e.message}\n`);
      process.exitCode = exitCodes.usage;
      return;
    }
    process.stderr.write(`entente: ${(e as Error).message}\n`);
    process.exitCode = exitCodes.allFailed;
  }
}

await main();
