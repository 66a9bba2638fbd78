// entente analyze FILE|URL|- ... : print the output contract (or the parse, as CoNLL-U), no store.
//
// With a time budget per article (--article-timeout, as ingest), articles are analysed on a
// worker thread that is stopped when one takes too long: that article is skipped with a
// line, the others are printed in input order.
import { Command, Option } from 'commander';
import { readInputs } from '../ingest/index.ts';
import { analyze } from '../analyze.ts';
import { toOutputRecord } from '../output.ts';
import { toConllu } from '../output-conllu.ts';
import { loadNlp, parse } from '../nlp/index.ts';
import { ConlluError } from '../nlp/conllu.ts';
import type { Analysis, Article } from '../model.ts';
import { contextFor, createAnalyzer, type Analyzer } from '../workers/pool.ts';
import { addExamples, articleTimeoutOption, exitCodes, skipLine } from './common.ts';
import { checkDictionaries, reportDictionaries } from './dictionaries.ts';
import { contextOptions, dictionaryOptions, readerOptions, type DictionaryFlags, type PublishedFlag, type ReaderFlags } from './shared-options.ts';
import { notEnglish, unanalysed } from '../ingest/language.ts';

type AnalyzeFlags = DictionaryFlags & ReaderFlags & PublishedFlag & { format: 'jsonl' | 'json' | 'conllu'; articleTimeout?: number };

export function register(program: Command): void {
  const cmd = program
    .command('analyze')
    .description('analyse articles and print actors, mentions, quotes, events and stances, or the dependency parse (nothing is stored)')
    .argument('<inputs...>', 'files, directories, http(s) URLs, or - for stdin')
    .addOption(
      new Option('--format <format>', 'jsonl: one object per line; json: one pretty array; conllu: the dependency parse, as CoNLL-U')
        .choices(['jsonl', 'json', 'conllu'])
        .default('jsonl'),
    )
    .addOption(articleTimeoutOption());
  readerOptions(cmd);
  dictionaryOptions(cmd);
  addExamples(cmd, [
    'entente analyze samples/sample.jsonl --format jsonl > out.jsonl',
    'echo "Russia accused Ukraine of shelling the plant." | entente analyze -',
    'echo "Russia accused Ukraine of shelling the plant." | entente analyze - --format conllu',
    'entente analyze sentences.jsonl --actors my.actors.txt --agents my.agents.txt',
  ]);
  cmd.action(async (inputs: string[], flags: AnalyzeFlags) => {
    process.exitCode = await runAnalyze(inputs, flags);
  });
}

/** The text printed for one analysed article. */
function render(analysis: Analysis, flags: AnalyzeFlags): string {
  return JSON.stringify(toOutputRecord(analysis), null, flags.format === 'json' ? 2 : undefined);
}

/**
 * Article -> its analysis, or the reason it has none. In input order: the caller awaits
 * each before the next one's. Without a budget (or for the parse alone) on this thread.
 */
async function analyser(flags: AnalyzeFlags): Promise<{ start(article: Article): Promise<string | Error>; close(): Promise<void> }> {
  if (flags.format === 'conllu') {
    // The parse is the nlp stage alone: the dictionaries would load for nothing.
    const nlp = loadNlp();
    return { start: async (article) => toConllu(article, parse(article.text, nlp, undefined, article.boilerplate)), close: async () => {} };
  }
  const timeoutMs = (flags.articleTimeout ?? 0) * 1000;
  if (timeoutMs === 0) {
    const ctx = contextFor(contextOptions(flags));
    return { start: async (article) => render(analyze(article, ctx), flags), close: async () => {} };
  }
  const pool: Analyzer = await createAnalyzer(1, contextOptions(flags), { articleTimeoutMs: timeoutMs });
  return {
    start: (article) => pool.analyze(article).then((done) => render(done.analysis, flags), (e: Error) => e),
    close: () => pool.close(),
  };
}

export async function runAnalyze(inputs: string[], flags: AnalyzeFlags): Promise<number> {
  if (flags.format !== 'conllu') reportDictionaries(checkDictionaries(flags));
  const analysis = await analyser(flags);
  let ok = 0;
  let failed = 0;
  const pretty = flags.format === 'json';
  if (pretty) process.stdout.write('[');
  // Articles in flight on the worker, oldest first, so that the worker is never idle while this thread prints.
  const pending: { origin: string; out: Promise<string | Error> }[] = [];
  const print = async () => {
    const head = pending.shift()!;
    let out: string | Error;
    try {
      out = await head.out;
    } catch (err) {
      // A parse that is not a tree: name the article and go on rather than print a broken file.
      if (!(err instanceof ConlluError)) throw err;
      out = err;
    }
    if (out instanceof Error) {
      skipLine(head.origin, out instanceof ConlluError ? out.message : `analysis failed: ${out.message}`);
      failed++;
      return;
    }
    if (pretty) out = `${ok ? ',' : ''}\n${out}`;
    else if (flags.format === 'jsonl') out += '\n';
    if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
    ok++;
  };
  try {
    for await (const rec of readInputs(inputs, flags)) {
      if (rec.kind === 'problem') {
        // after the articles before it, so that the lines keep the input's order
        while (pending.length) await print();
        skipLine(rec.origin, rec.reason);
        failed++;
        continue;
      }
      const language = flags.format === 'conllu' ? undefined : notEnglish(rec.article, flags.allLanguages);
      if (language !== undefined) {
        while (pending.length) await print();
        process.stderr.write(`not analysed ${rec.origin}: not in English (${language}); --all-languages analyses it\n`);
        pending.push({ origin: rec.origin, out: Promise.resolve(render(unanalysed(rec.article, language), flags)) });
      } else pending.push({ origin: rec.origin, out: analysis.start(rec.article) });
      while (pending.length >= maxInFlight) await print();
    }
    while (pending.length) await print();
  } finally {
    await analysis.close();
  }
  if (pretty) process.stdout.write(ok ? '\n]\n' : ']\n');
  return ok > 0 || failed === 0 ? exitCodes.ok : exitCodes.allFailed;
}

/** articles analysed ahead of the one being printed */
const maxInFlight = 64;
