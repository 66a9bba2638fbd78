// The entente command line as a function: one file per command, registered here, and
// runCli(args) -> exit code, so that bin/entente.js and the tests run the same program.
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
  for (const command of [ingest, reanalyze, analyze, articles, stats, report, actors, quotes, events, stances, cohesion, exporter, serve])
    command.register(program);
  for (const sub of program.commands) sub.exitOverride().showHelpAfterError('(run with --help for usage)');
  return program;
}

/**
 * Run one command line (the arguments after `entente`) and return its exit code: 0 ok,
 * 1 every item failed or the command failed, 2 usage. Errors are one line on stderr.
 */
export async function runCli(args: string[]): Promise<number> {
  const program = buildProgram();
  // the commands report a failure of some items through process.exitCode
  process.exitCode = undefined;
  try {
    await program.parseAsync(args, { from: 'user' });
    return Number(process.exitCode ?? exitCodes.ok);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    if (e instanceof UsageError) {
      process.stderr.write(`entente: ${e.message}\n`);
      return exitCodes.usage;
    }
    process.stderr.write(`entente: ${(e as Error).message}\n`);
    return exitCodes.allFailed;
  }
}
