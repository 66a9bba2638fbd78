// A child of test/run.ts: runs test files one after another in this one process, each as a
// suite of its own (so its top-level before/after hooks apply to its tests only), asking the
// parent for the next file when one is done; the first child asked builds the run's sample
// store first (test/sample-store.ts). The processes share what a process loads
// once: tsx's compiled modules, the syntax model, the bundled dictionaries.
import { appendFileSync } from 'node:fs';
import { describe } from 'node:test';
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
 * MB when it ended
 */
const cpuLog = process.env.ENTENTE_TEST_CPU;

for (let task = await next(); task.file !== undefined || task.build; task = await next()) {
  if (task.build) {
    await buildSharedSample();
    continue;
  }
  const file = task.file!;
  const before = process.cpuUsage();
  // a file's module is loaded inside its suite, so that what it registers belongs there
  await describe(file, async () => {
    await import(pathToFileURL(resolve(file)).href);
  });
  const used = process.cpuUsage(before);
  const { rss, heapUsed } = process.memoryUsage();
  if (cpuLog) appendFileSync(cpuLog, `${file}\t${((used.user + used.system) / 1e6).toFixed(2)}\t${(rss / 2 ** 20).toFixed(0)}\t${(heapUsed / 2 ** 20).toFixed(0)}\n`);
}
// No more files: without the channel the event loop empties, and the runner prints its summary.
process.disconnect();
