// A child of test/run.ts: runs test files one after another in this one process, each as a
// suite of its own (so its top-level before/after hooks apply to its tests only), asking the
// parent for the next file when one is done; the first child asked builds the run's sample
// store first (test/sample-store.ts). The processes share what a process loads
// once: tsx's compiled modules, the syntax model, the bundled dictionaries.
import { appendFileSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe } from 'node:test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSharedSample } from './sample-store.ts';

type Task = { file?: string; build?: true };

function next(): Promise<Task> {
  return new Promise((done) => {
    process.once('message', (m: Task) => done(m));
    process.send!({ next: true });
  });
}

/**
 * ENTENTE_TEST_CPU=FILE: a line per test file there: its name, the CPU seconds this process
 * spent on it (its threads, not processes it started), and the process's resident and heap
 * MB when it ended, then the CPU seconds of the processes it started that ended meanwhile
 * (smoke's command lines, Chromium, with their own children).
 * ENTENTE_TEST_CPU_TESTS=FILE: the same two CPU figures for each test: file, test, this
 * process's seconds, its ended children's seconds (a browser a file's `after` hook closes is
 * counted in the file's line, not a test's).
 */
const cpuLog = process.env.ENTENTE_TEST_CPU;
const testCpuLog = process.env.ENTENTE_TEST_CPU_TESTS;

/** CPU seconds of the processes this one started and has waited for, with theirs (Linux: /proc; elsewhere 0) */
function childrenCpu(): number {
  try {
    // the fields after the command name's closing parenthesis: cutime and cstime are the 14th and 15th, in clock ticks
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

const seconds = (used: NodeJS.CpuUsage) => ((used.user + used.system) / 1e6).toFixed(2);

/** In a file's suite: a line per test in ENTENTE_TEST_CPU_TESTS. */
function logEachTest(file: string, log: string): void {
  let before = process.cpuUsage();
  let childrenBefore = childrenCpu();
  beforeEach(() => {
    before = process.cpuUsage();
    childrenBefore = childrenCpu();
  });
  afterEach((t) => appendFileSync(log, `${file}\t${t.name}\t${seconds(process.cpuUsage(before))}\t${(childrenCpu() - childrenBefore).toFixed(2)}\n`));
}

for (let task = await next(); task.file !== undefined || task.build; task = await next()) {
  if (task.build) {
    await buildSharedSample();
    continue;
  }
  const file = task.file!;
  const before = process.cpuUsage();
  const childrenBefore = childrenCpu();
  // a file's module is loaded inside its suite, so that what it registers belongs there
  await describe(file, async () => {
    if (testCpuLog) logEachTest(file, testCpuLog);
    await import(pathToFileURL(resolve(file)).href);
  });
  const used = process.cpuUsage(before);
  const { rss, heapUsed } = process.memoryUsage();
  if (cpuLog) appendFileSync(cpuLog, `${file}\t${seconds(used)}\t${(rss / 2 ** 20).toFixed(0)}\t${(heapUsed / 2 ** 20).toFixed(0)}\t${(childrenCpu() - childrenBefore).toFixed(2)}\n`);
}
// No more files: without the channel the event loop empties, and the runner prints its summary.
process.disconnect();
