// The user's dictionary files (--actors, --agents, --verbs, --discards, --issues), checked before any
// analysis starts: a file of the wrong kind is a usage error, and lines the readers skip
// (third-party files such as Phoenix's have some) are reported once, file:line, with a count
// per file, rather than by every worker thread that loads them; so are verb forms a file lists
// twice, of which only the first listing applies.
import { existsSync, readFileSync } from 'node:fs';
import { readActorDictionary, readAgentDictionary, type DictionaryError } from '../actors/dictionary.ts';
import { parseVerbDictionary, RepeatedVerbForm, type DictionaryError as VerbDictionaryError } from '../events/verb-dictionary.ts';
import { checkDictionaryKind, DictionaryKindError, type DictionaryKind } from '../dictionaries.ts';
import { readIssueCoding } from '../events/issue-coding.ts';
import type { DictionaryFlags } from './shared-options.ts';
import { UsageError } from './common.ts';

export type DictionaryFileReport = {
  file: string;
  kind: DictionaryKind;
  entries: number;
  skipped: string[];
  /** verb lines with forms listed before (RepeatedVerbForm): read, but those forms keep their first listing */
  repeated: string[];
};

/** Skipped lines listed per file before the rest are only counted. */
const listedProblems = 10;

/** Reads each user dictionary as the analysis will; throws UsageError for a missing file or one of the wrong kind. */
export function checkDictionaries(flags: DictionaryFlags): DictionaryFileReport[] {
  const reports: DictionaryFileReport[] = [];
  const files: [DictionaryKind, string[] | undefined][] = [
    ['actors', flags.actors],
    ['agents', flags.agents],
    ['verbs', flags.verbs],
    ['discards', flags.discards],
    ['issues', flags.issues],
  ];
  for (const [kind, paths] of files) {
    for (const file of paths ?? []) {
      if (!existsSync(file)) throw new UsageError(`--${kind} ${file}: no such file`);
      const source = readFileSync(file, 'utf8');
      try {
        checkDictionaryKind(file, source, kind);
      } catch (e) {
        if (e instanceof DictionaryKindError) throw new UsageError(e.message);
        throw e;
      }
      const problems: DictionaryError[] = [];
      const verbProblems: VerbDictionaryError[] = [];
      let entries: number;
      if (kind === 'actors') entries = readActorDictionary(source, file, { strict: false, problems }).length;
      else if (kind === 'agents') entries = readAgentDictionary(source, file, { strict: false, problems }).length;
      else if (kind === 'verbs') entries = parseVerbDictionary(source, file, verbProblems).blocks.length;
      else if (kind === 'issues') entries = readIssueCoding(source, file, problems).length;
      else entries = source.split(/\r?\n/).filter((l) => l.replace(/(^|\s)#.*$/, '').trim()).length;
      const repeated = verbProblems.filter((p) => p instanceof RepeatedVerbForm);
      const skipped = [...problems, ...verbProblems.filter((p) => !(p instanceof RepeatedVerbForm))];
      reports.push({ file, kind, entries, skipped: skipped.map((p) => p.message), repeated: repeated.map((p) => p.message) });
    }
  }
  return reports;
}

/** One line per user file (entries read, lines skipped, verb forms repeated) and those lines themselves, on stderr. */
export function reportDictionaries(reports: DictionaryFileReport[]): void {
  for (const r of reports) {
    const what = r.kind === 'verbs' ? 'verb blocks' : r.kind === 'discards' || r.kind === 'issues' ? 'phrases' : 'entries';
    const repeated = r.repeated.length > 0 ? `, ${r.repeated.length} lines with verb forms listed before` : '';
    process.stderr.write(`dictionary ${r.file} (--${r.kind}): ${r.entries} ${what} read, ${r.skipped.length} malformed lines skipped${repeated}\n`);
    listProblems('skipped', r.skipped);
    listProblems('repeated', r.repeated);
  }
}

function listProblems(label: string, messages: string[]): void {
  for (const message of messages.slice(0, listedProblems)) process.stderr.write(`  ${label} ${message}\n`);
  if (messages.length > listedProblems) process.stderr.write(`  ... and ${messages.length - listedProblems} more\n`);
}
