// entente analyze FILE|URL|- ... : print the output contract (or the parse, as CoNLL-U), no store.
import { Command, Option } from 'commander';
import { readInputs } from '../ingest/index.ts';
import { loadContext } from '../context.ts';
import { analyze } from '../analyze.ts';
import { toOutputRecord } from '../output.ts';
import { toConllu } from '../output-conllu.ts';
import { loadNlp, parse } from '../nlp/index.ts';
import { ConlluError } from '../nlp/conllu.ts';
import type { Article } from '../model.ts';
import { addExamples, exitCodes, skipLine } from './common.ts';
import { checkDictionaries, reportDictionaries } from './dictionaries.ts';
import { contextOptions, dictionaryOptions, notEnglish, readerOptions, unanalysed, type DictionaryFlags, type ReaderFlags } from './shared-options.ts';

type AnalyzeFlags = DictionaryFlags & ReaderFlags & { format: 'jsonl' | 'json' | 'conllu' };

export function register(program: Command): void {
  const cmd = program
    .command('analyze')
    .description('analyse articles and print actors, mentions, quotes, events and stances, or the dependency parse (nothing is stored)')
    .argument('<inputs...>', 'files, directories, http(s) URLs, or - for stdin')
    .addOption(
      new Option('--format <format>', 'jsonl: one object per line; json: one pretty array; conllu: the dependency parse, as CoNLL-U')
        .choices(['jsonl', 'json', 'conllu'])
        .default('jsonl'),
    );
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

/** Article -> its text on stdout in the chosen format (without the separators between articles). */
function renderer(flags: AnalyzeFlags): (article: Article) => string {
  if (flags.format === 'conllu') {
    // The parse is the nlp stage alone: the dictionaries would load for nothing.
    const nlp = loadNlp();
    return (article) => toConllu(article, parse(article.text, nlp));
  }
  const ctx = loadContext(contextOptions(flags));
  const indent = flags.format === 'json' ? 2 : undefined;
  return (article) => JSON.stringify(toOutputRecord(analyze(article, ctx)), null, indent);
}

export async function runAnalyze(inputs: string[], flags: AnalyzeFlags): Promise<number> {
  if (flags.format !== 'conllu') reportDictionaries(checkDictionaries(flags));
  const render = renderer(flags);
  let ok = 0;
  let failed = 0;
  const pretty = flags.format === 'json';
  if (pretty) process.stdout.write('[');
  for await (const rec of readInputs(inputs, flags)) {
    if (rec.kind === 'problem') {
      skipLine(rec.origin, rec.reason);
      failed++;
      continue;
    }
    let out: string;
    const language = flags.format === 'conllu' ? undefined : notEnglish(flags, rec.article);
    try {
      if (language !== undefined) {
        process.stderr.write(`not analysed ${rec.origin}: not in English (${language}); --all-languages analyses it\n`);
        out = JSON.stringify(toOutputRecord(unanalysed(rec.article, language)), null, flags.format === 'json' ? 2 : undefined);
      } else out = render(rec.article);
    } catch (err) {
      // A parse that is not a tree: name the article and go on rather than print a broken file.
      if (!(err instanceof ConlluError)) throw err;
      skipLine(rec.origin, err.message);
      failed++;
      continue;
    }
    if (pretty) out = `${ok ? ',' : ''}\n${out}`;
    else if (flags.format === 'jsonl') out += '\n';
    if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
    ok++;
  }
  if (pretty) process.stdout.write(ok ? '\n]\n' : ']\n');
  return ok > 0 || failed === 0 ? exitCodes.ok : exitCodes.allFailed;
}
