// `npm test`: brings the compiled build up to date (bin/build.mjs; the smoke tests run
// bin/entente.js, which would otherwise build it in each of them), builds the sample store
// once (test/sample-store.ts), then runs the test files
// (all of them, or those named on the command line) with Node's runner, two at a time.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from '../bin/build.mjs';
import { buildSampleStore } from './sample-store.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const named = process.argv.slice(2);
const files = named.length
  ? named
  : readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => relative(root, join(root, 'test', f)))
      .sort();

const dir = mkdtempSync(join(tmpdir(), 'entente-test-run-'));
try {
  await ensureBuild();
  const store = join(dir, 'sample.db');
  await buildSampleStore(store);
  const runner = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ENTENTE_TEST_SAMPLE_STORE: store },
  });
  const code = await new Promise<number | null>((resolve) => runner.once('exit', resolve));
  process.exitCode = code ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
