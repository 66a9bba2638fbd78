// The store built from the bundled sample corpus (samples/sample.jsonl), which the server,
// page and report tests read. `npm test` (test/run.ts) builds it once per run and names it
// in ENTENTE_TEST_SAMPLE_STORE; a test file run on its own builds its own, once.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/ingest/index.ts';
import { bundledContext } from './context.ts';
import { analyze } from '../src/analyze.ts';
import { openStore } from '../src/store/db.ts';
import { createWriter } from '../src/store/write.ts';

export const samplePath = fileURLToPath(new URL('../samples/sample.jsonl', import.meta.url));

/** Analyse every sample article and store it in `dbPath`, as `entente ingest samples/sample.jsonl` does. */
export async function buildSampleStore(dbPath: string): Promise<void> {
  const ctx = bundledContext();
  const db = openStore(dbPath);
  const writer = createWriter(db);
  for await (const rec of readInputs([samplePath])) {
    if (rec.kind === 'article') writer.write(analyze(rec.article, ctx), rec.origin);
  }
  db.close();
}

let built: Promise<string> | undefined;

function sharedStore(): Promise<string> {
  const shared = process.env.ENTENTE_TEST_SAMPLE_STORE;
  if (shared && existsSync(shared)) return Promise.resolve(shared);
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-sample-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'sample.db');
    await buildSampleStore(file);
    return file;
  })();
  return built;
}

/** A copy of the sample store at `dbPath`, the caller's to read and write. */
export async function copySampleStore(dbPath: string): Promise<string> {
  copyFileSync(await sharedStore(), dbPath);
  return dbPath;
}
