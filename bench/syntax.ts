// The syntax stage alone, as an A/B comparison of model files on the same texts:
//   node --import tsx bench/syntax.ts [--limit N] [--rounds N] MODEL [MODEL ...]
// N evenly spaced bench articles are tokenised once; then each round tags and parses all
// of them with every model in turn (the order alternating between rounds), timing CPU
// time (process.cpuUsage), which drifts less than wall-clock time on a shared machine.
// Prints each model's median tokens/s and its ratio to the first model's, round by round.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { loadavg } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishArticle } from '../src/ingest/index.ts';
import { parseJsonlRecord } from '../src/ingest/jsonl.ts';
import { loadNlp, tokenize, type TokenDoc } from '../src/nlp/index.ts';
import { analyzeSyntax, loadSyntax, shippedModelPath } from '../src/nlp/syntax.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.ENTENTE_SHARED ?? join(root, '..', 'shared'));

async function readTexts(file: string): Promise<string[]> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const out: string[] = [];
  for await (const line of lines) {
    if (!line.trim()) continue;
    const raw = parseJsonlRecord(line);
    if (typeof raw === 'string') continue;
    const a = finishArticle(raw);
    if (typeof a !== 'string') out.push(a.text);
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let limit = 300;
  let rounds = 9;
  const models: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--limit') limit = Number(argv[++i]);
    else if (argv[i] === '--rounds') rounds = Number(argv[++i]);
    else models.push(resolve(argv[i]!));
  }
  if (!models.length) models.push(shippedModelPath);
  const texts = await readTexts(join(shared, 'data', 'corpus', 'bench.jsonl.gz'));
  const step = texts.length / Math.min(limit, texts.length);
  const chosen = Array.from({ length: Math.min(limit, texts.length) }, (_, i) => texts[Math.floor(i * step)]!);
  const nlp = loadNlp();
  const docs: TokenDoc[] = chosen.map((t) => tokenize(t, nlp));
  const tokens = docs.reduce((sum, d) => sum + d.length, 0);
  const loaded = models.map((m) => loadSyntax(m));
  console.log(`${docs.length} articles, ${tokens} tokens; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const perSecond: number[][] = models.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const order = models.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const m of order) {
      const t0 = process.cpuUsage();
      for (const d of docs) analyzeSyntax(d, loaded[m]!);
      const used = process.cpuUsage(t0);
      perSecond[m]!.push(tokens / ((used.user + used.system) / 1e6));
    }
    console.log(`round ${r + 1}: ${perSecond.map((p, m) => `${(p[r]! / 1000).toFixed(1)}k${m ? ` (${(p[r]! / perSecond[0]![r]!).toFixed(2)}x)` : ''}`).join('  ')}`);
  }
  for (let m = 0; m < models.length; m++) {
    const ratios = perSecond[m]!.map((p, r) => p / perSecond[0]![r]!);
    console.log(`${models[m]}: median ${(median(perSecond[m]!) / 1000).toFixed(1)}k tokens/s${m ? `, median ratio ${median(ratios).toFixed(2)}x` : ''}`);
  }
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}

await main();
