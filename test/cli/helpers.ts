// The entente command line run in this process (src/cli/program.ts's runCli), its stdout
// and stderr captured and its exit code returned: what a script sees, without starting a
// Node process and loading the dictionaries again for every command. Only what the command
// writes is captured (AsyncLocalStorage follows its async work), not the test runner's own
// output. Real processes are kept for what only a process shows: the installed bin, signals,
// pipes, worker threads (test/cli/smoke.test.ts).
import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/program.ts';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import type { Event } from '../../src/model.ts';

export type CliResult = { code: number; stdout: string; stderr: string };

type Captured = { stdout: Buffer[]; stderr: Buffer[] };
const capture = new AsyncLocalStorage<Captured>();

function toBuffer(chunk: string | Uint8Array, encoding?: unknown): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk);
}

for (const name of ['stdout', 'stderr'] as const) {
  const stream = process[name];
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const into = capture.getStore();
    if (!into) return write(chunk, ...rest);
    into[name].push(toBuffer(chunk, rest[0]));
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  }) as typeof stream.write;
}

/** Run `entente ARGS...` in this process; `stdin` is what "-" reads. */
export async function entente(args: string[], options: { stdin?: string | Buffer } = {}): Promise<CliResult> {
  const captured: Captured = { stdout: [], stderr: [] };
  const exitCode = process.exitCode;
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  if (options.stdin !== undefined) Object.defineProperty(process, 'stdin', { value: Readable.from([toBuffer(options.stdin)]), configurable: true });
  try {
    const code = await capture.run(captured, () => runCli(args));
    return { code, stdout: Buffer.concat(captured.stdout).toString('utf8'), stderr: Buffer.concat(captured.stderr).toString('utf8') };
  } finally {
    process.exitCode = exitCode;
    Object.defineProperty(process, 'stdin', stdin);
  }
}

/** A store of `articles` one-sentence articles, each with one event (France accuses Russia). */
export function storeOfEvents(file: string, articles: number): void {
  const store = openStore(file);
  const writer = createWriter(store);
  for (let i = 1; i <= articles; i++) {
    const text = `France condemned Russia on day ${i} of the talks in Geneva.`;
    const event: Event = {
      start: 0, end: 24, text: text.slice(0, 24), cameo: '111', plover: 'ACCUSE', goldstein: -2, quad: 3, negated: false, confidence: 0.5,
      source: { start: 0, end: 6, actor: 'FRA', name: 'France' }, target: { start: 17, end: 23, actor: 'RUS', name: 'Russia' },
    };
    writer.write({ article: { id: `geneva-${i}`, text, published: '2025-02-14' }, actors: [], mentions: [], quotes: [], events: [event], stances: [] });
  }
  store.close();
}

/** How many articles a store holds (read-only, so a running writer is not disturbed). */
export function articleCount(db: string): number {
  const store = new Database(db, { readonly: true });
  try {
    return store.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } finally {
    store.close();
  }
}
