// Options that several commands share: how inputs are read and which dictionaries are used.
import { Command, InvalidArgumentError } from 'commander';
import type { ContextOptions } from '../context.ts';
import { parseDateArg, parsePositiveInt } from './common.ts';

export type ReaderFlags = { followLinks?: boolean; maxBytes?: number; timeoutMs?: number; allowPrivateUrls?: boolean };
export type DictionaryFlags = {
  actors?: string[];
  agents?: string[];
  verbs?: string[];
  builtinVerbs?: boolean;
  discards?: string[];
  issues?: string[];
  pairedCodes?: boolean;
  minConfidence?: number;
  allLanguages?: boolean;
};

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** --published (readerOptions): the date of the articles whose input gives none */
export type PublishedFlag = { published?: string };

export function readerOptions(cmd: Command): Command {
  return cmd
    .option('--follow-links', "fetch the page each feed item links to and read it instead of the feed's summary")
    .option('--max-bytes <n>', 'largest file, download, JSON line or gunzipped content read, in bytes', parsePositiveInt, 64 * 1024 * 1024)
    .option('--timeout-ms <n>', 'network timeout per request, in milliseconds', parsePositiveInt, 15000)
    .option('--allow-private-urls', 'fetch URLs on loopback and private-network addresses too (refused by default)')
    .option(
      '--published <date>',
      'publication date of the articles whose input gives none (plain text, most HTML): roles and cohesion windows depend on it',
      parseDateArg,
    );
}

export function dictionaryOptions(cmd: Command): Command {
  return cmd
    .option('--actors <file>', 'extra PETRARCH-format actor dictionary (repeatable)', collect)
    .option('--agents <file>', 'extra PETRARCH-format agent dictionary (repeatable)', collect)
    .option('--verbs <file>', 'extra PETRARCH-format verb dictionary (repeatable)', collect)
    .option('--no-builtin-verbs', "code events with the --verbs dictionaries only (PETRARCH's validation setup), not Entente's CAMEO.2.0 rules")
    .option('--discards <file>', 'extra PETRARCH-format discard list: sentences or stories (+) with these phrases give no events (repeatable)', collect)
    .option(
      '--issues <file>',
      "PETRARCH-format issue coding (Phoenix.IssueCoding.txt): each event gets the issue codes its sentence's phrases name (repeatable; none by default)",
      collect,
    )
    .option('--paired-codes', 'code both events of a paired verb code, as PETRARCH and GDELT do: "X visited Y" also gives Y\'s 043 (host a visit)')
    .option('--min-confidence <x>', 'drop events whose confidence is below x, from 0 to 1 (default: keep all)', parseConfidence)
    .option('--all-languages', 'analyse every article as English (by default an article in another language is kept with its lang and not analysed)');
}

function parseConfidence(value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !(x >= 0 && x <= 1)) throw new InvalidArgumentError(`expected a number from 0 to 1, got "${value}"`);
  return x;
}

/** The analysis options the dictionary flags ask for; absent ones stay absent (the bundled defaults). */
export function contextOptions(flags: DictionaryFlags): ContextOptions {
  const options: ContextOptions = { actors: flags.actors, agents: flags.agents, verbs: flags.verbs, discards: flags.discards, issues: flags.issues };
  if (flags.builtinVerbs === false) options.builtinVerbs = false;
  if (flags.minConfidence !== undefined) options.minConfidence = flags.minConfidence;
  if (flags.pairedCodes) options.pairedCodes = true;
  return options;
}
