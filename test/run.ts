// `npm test`: brings the compiled build up to date (bin/build.mjs; the smoke tests run
// bin/entente.js, which would otherwise build it in each of them), then runs the test files
// (all of them, or those named on the command line) in two processes that each take the
// next file when done with one (test/one-process.ts): a process per file would load tsx,
// the pipeline's modules, the syntax model and the dictionaries again for each file
// (docs/performance.md, "The test suite's CPU time"). The first process to start builds the
// sample store and keeps its analyses (test/sample-store.ts) before its first file, with
// the dictionaries it loads for its tests anyway; the other's first file (the smoke tests)
// needs neither, and a file that does waits for them. Each process's output is printed one
// whole file at a time. The three run with bin/entente.js's V8 flags (package.json's test
// script), which keep the children's peak resident memory ~20% lower at no cost in CPU
// (docs/performance.md).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from '../bin/build.mjs';
import { endOfFile } from './file-blocks.ts';
import { sampleFiles } from './sample-files.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const named = process.argv.slice(2);
/** the slowest files (real processes, a browser) go first, so that the two processes end together */
const slowFirst = ['test/cli/smoke.test.ts', 'test/web/page.test.ts', 'test/hostile/store.test.ts'];
const all = readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => relative(root, join(root, 'test', f)))
  .sort((a, b) => Number(slowFirst.includes(b)) - Number(slowFirst.includes(a)) || slowFirst.indexOf(a) - slowFirst.indexOf(b) || a.localeCompare(b));
const files = named.length ? named : all;
const processes = Math.min(2, files.length);

type Totals = Map<string, number>;

/** Runs one child process, giving it files from `queue` until none is left; resolves to its exit code and summary. */
function runChild(queue: (string | { build: true })[], env: NodeJS.ProcessEnv): Promise<{ code: number; trailer: string }> {
  // this process's node options (package.json's test script: tsx, and bin/entente.js's V8 flags)
  const child = spawn(process.execPath, [...process.execArgv, `--test-reporter=${join(root, 'test', 'file-blocks.ts')}`, join(root, 'test', 'one-process.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env,
  });
  child.on('message', () => {
    const next = queue.shift();
    child.send(typeof next === 'string' ? { file: next } : next ?? {});
  });
  let pending = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    pending += chunk;
    for (let end = pending.indexOf(endOfFile); end >= 0; end = pending.indexOf(endOfFile)) {
      process.stdout.write(pending.slice(0, end));
      pending = pending.slice(end + endOfFile.length);
    }
  });
  return new Promise((done) =>
    child.once('close', (code) => {
      // a process that ended without building the sample store it was given: the other must not wait for it
      const sample = sampleFiles(env.ENTENTE_TEST_SAMPLE_DIR!);
      if (!existsSync(sample.done) && !existsSync(sample.failed)) writeFileSync(sample.failed, `a test process exited (${code}) before building it`);
      done({ code: code ?? 1, trailer: pending });
    }),
  );
}

const summaryLine = /^(?:\x1b\[[0-9;]*m)*\S+ (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ([\d.]+)(?:\x1b\[[0-9;]*m)*$/;

/** A process's summary lines (`ℹ tests 12`) added into `totals`; returns the rest of its trailer (the failing tests). */
function takeTotals(trailer: string, totals: Totals): string {
  const rest: string[] = [];
  for (const line of trailer.split('\n')) {
    const m = summaryLine.exec(line);
    if (!m) rest.push(line);
    else if (m[1] === 'duration_ms') totals.set(m[1], Math.max(totals.get(m[1]) ?? 0, Number(m[2])));
    else totals.set(m[1]!, (totals.get(m[1]!) ?? 0) + Number(m[2]));
  }
  return rest.join('\n');
}

const dir = mkdtempSync(join(tmpdir(), 'entente-test-run-'));
try {
  await ensureBuild();
  const env = { ...process.env, ENTENTE_TEST_SAMPLE_DIR: dir, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) };
  const queue: (string | { build: true })[] = [{ build: true }, ...files];
  const results = await Promise.all(Array.from({ length: processes }, () => runChild(queue, env)));
  const totals: Totals = new Map();
  for (const r of results) process.stdout.write(takeTotals(r.trailer, totals));
  for (const [k, n] of totals) console.log(`ℹ ${k} ${k === 'duration_ms' ? n.toFixed(0) : n}`);
  process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
