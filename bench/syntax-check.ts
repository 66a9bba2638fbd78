// The syntax stage's output, for checking that a change of speed changes no parse:
//   node --import tsx bench/syntax-check.ts [--limit N] [--dump FILE]
// Tags, heads and relations of every token of EWT and GUM-open test (each sentence's
// `# text` read by Entente, and the treebank's own words with wink's tags) and of N evenly
// spaced bench articles (default 500). Prints a sha256 per set; --dump writes every token's
// line, to diff two runs. Run it before and after a change: the digests must be equal.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip, gunzipSync } from 'node:zlib';
import { finishArticle } from '../src/ingest/index.ts';
import { parseJsonlRecord } from '../src/ingest/jsonl.ts';
import { readConllu, wordSpans } from '../src/nlp/conllu.ts';
import { loadNlp, tokenEndingAfter, tokenize } from '../src/nlp/index.ts';
import { analyzeSyntax, loadSyntax, type Syntax, type Tokens } from '../src/nlp/syntax.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.ENTENTE_SHARED ?? join(root, '..', 'shared'));
const argv = process.argv.slice(2);
let limit = 500;
let dumpFile = '';
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--limit') limit = Number(argv[++i]);
  else if (argv[i] === '--dump') dumpFile = argv[++i]!;
}

const model = loadSyntax();
const nlp = loadNlp();
const dumped: string[] = [];

function lines(tag: string, tokens: Tokens, s: Syntax): string[] {
  const out: string[] = [];
  for (let t = 0; t < tokens.length; t++) out.push(`${tag}\t${t}\t${tokens.value[t]}\t${s.upos[t]}\t${s.xpos[t]}\t${s.head[t]}\t${s.deprel[t]}`);
  return out;
}

function report(set: string, setLines: string[]): void {
  console.log(`${set}: ${setLines.length} tokens, sha256 ${createHash('sha256').update(setLines.join('\n')).digest('hex')}`);
  if (dumpFile) for (const line of setLines) dumped.push(line);
}

for (const set of ['en_ewt-ud-test', 'en_gum-open-test']) {
  const sentences = readConllu(gunzipSync(readFileSync(join(shared, 'data', 'treebanks', `${set}.conllu.gz`))).toString('utf8'));
  const raw: string[] = [];
  const gold: string[] = [];
  sentences.forEach((sentence, k) => {
    const text = sentence.comments.get('text') ?? '';
    const tokens = tokenize(text, nlp);
    for (const line of lines(`${set}:${k}`, tokens, analyzeSyntax(tokens, model))) raw.push(line);
    const spans = wordSpans(sentence, text);
    if (!spans) throw new Error(`${set}: sentence at line ${sentence.line}: words not found in its # text`);
    const forms = sentence.words.map((w) => w.form);
    const words: Tokens = {
      length: forms.length,
      value: forms,
      pos: spans.map((span) => tokens.pos[tokenEndingAfter(tokens, span.start)] ?? 'X'),
      sentences: [{ firstToken: 0, endToken: forms.length }],
    };
    for (const line of lines(`${set}:${k}:gold`, words, analyzeSyntax(words, model))) gold.push(line);
  });
  report(`${set}, raw text`, raw);
  report(`${set}, gold words`, gold);
}

const texts: string[] = [];
const input = createInterface({ input: createReadStream(join(shared, 'data', 'corpus', 'bench.jsonl.gz')).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of input) {
  if (!line.trim()) continue;
  const record = parseJsonlRecord(line);
  if (typeof record === 'string') continue;
  const article = finishArticle(record);
  if (typeof article !== 'string') texts.push(article.text);
}
const step = texts.length / Math.min(limit, texts.length);
const bench: string[] = [];
for (let i = 0; i < Math.min(limit, texts.length); i++) {
  const tokens = tokenize(texts[Math.floor(i * step)]!, nlp);
  for (const line of lines(`bench:${i}`, tokens, analyzeSyntax(tokens, model))) bench.push(line);
}
report(`${Math.min(limit, texts.length)} bench articles`, bench);
if (dumpFile) writeFileSync(dumpFile, `${dumped.join('\n')}\n`);
