// entente quotes: stored quotations, filtered by speaker, words, kind and date.
import { Command, InvalidArgumentError, Option } from 'commander';
import { listQuotes, quoteKinds, QuoteFilterError, maxQuoteLimit, type QuoteRow } from '../store/queries/quotes.ts';
import type { QuoteKind } from '../model.ts';
import { addExamples, dbOption, formatOption, openExistingStore, parsePositiveInt, printRows, sinceOption, untilOption, UsageError } from './common.ts';

const tableColumns = ['article_id', 'published', 'kind', 'speaker_name', 'speaker_actor', 'text'];
const flatColumns = [
  'rowid', 'article_id', 'published', 'source', 'title', 'kind', 'start', 'end', 'text',
  'speaker_name', 'speaker_actor', 'speaker_start', 'speaker_end', 'speaker_inferred', 'cue_text', 'cue_start', 'cue_end',
];

function parseKinds(value: string): QuoteKind[] {
  const kinds = value
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  for (const k of kinds)
    if (!(quoteKinds as readonly string[]).includes(k)) throw new InvalidArgumentError(`expected ${quoteKinds.join(', ')} (comma-separated), got "${k}"`);
  if (!kinds.length) throw new InvalidArgumentError(`expected ${quoteKinds.join(', ')}`);
  return kinds as QuoteKind[];
}

function parseLimit(value: string): number {
  const n = parsePositiveInt(value);
  if (n > maxQuoteLimit) throw new InvalidArgumentError(`at most ${maxQuoteLimit}, got ${n} (page on with --after)`);
  return n;
}

type QuotesFlags = {
  db: string;
  speaker?: string;
  search?: string;
  kind?: QuoteKind[];
  since?: string;
  until?: string;
  article?: string;
  limit: number;
  after?: number;
  format: string;
};

export function register(program: Command): void {
  const cmd = program
    .command('quotes')
    .description('list stored quotations: who said what, with the evidence offsets')
    .addOption(dbOption())
    .option('--speaker <name|actor>', 'speaker name (or part of it) or actor id; a code like USA also matches USAGOV')
    .option('--search <words>', 'full-text search in the quotation text (all words must occur)')
    .addOption(new Option('--kind <kinds>', `only these kinds (comma-separated): ${quoteKinds.join(', ')}`).argParser(parseKinds))
    .addOption(sinceOption('quotations of articles published'))
    .addOption(untilOption('quotations of articles published'))
    .option('--article <id>', 'only the quotations of this article')
    .option('--limit <n>', `at most this many rows (1-${maxQuoteLimit})`, parseLimit, 50)
    .option('--after <rowid>', 'continue after this quote rowid (the last rowid of the previous page)', parsePositiveInt)
    .addOption(formatOption());
  addExamples(cmd, [
    'entente quotes --speaker Zelensky --since 2025-02',
    'entente quotes --speaker RUSGOV --kind direct --format jsonl',
    'entente quotes --search "ceasefire guarantees" --format csv > quotes.csv',
  ]);
  cmd.action((flags: QuotesFlags) => {
    const db = openExistingStore(flags.db);
    try {
      const page = listQuotes(db, {
        speaker: flags.speaker,
        search: flags.search,
        kind: flags.kind,
        since: flags.since,
        until: flags.until,
        article: flags.article,
        limit: flags.limit,
        after: flags.after,
      });
      printRows(page.rows as unknown as Record<string, unknown>[], flags.format, flags.format === 'table' ? tableColumns : flatColumns);
      if (page.next !== null)
        process.stderr.write(`entente: the first ${page.rows.length} quotes shown, more match (raise --limit; continue with --after ${page.next})\n`);
    } catch (e) {
      if (e instanceof QuoteFilterError) throw new UsageError(e.message);
      throw e;
    } finally {
      db.close();
    }
  });
}

export type { QuoteRow };
