// The store built from the bundled sample corpus (samples/sample.jsonl), which the server,
// page and report tests read, and the analyses it was built from, which tests of the output
// contract read. `npm test` (test/run.ts) has one of its processes build both once per run
// (buildSharedSample) in the folder ENTENTE_TEST_SAMPLE_DIR, where the other waits for
// them; a test file run on its own builds its own, once.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/ingest/index.ts';
import { bundledContext } from './context.ts';
import { analyze } from '../src/analyze.ts';
import type { Analysis } from '../src/model.ts';
import { openStore } from '../src/store/db.ts';
import { createWriter } from '../src/store/write.ts';
import { sampleFiles } from './sample-files.ts';

export const samplePath = fileURLToPath(new URL('../samples/sample.jsonl', import.meta.url));

/**
 * Analyse every sample article and store it in `dbPath`, as `entente ingest samples/sample.jsonl`
 * does; the analyses, in the order of the sample, go to `analysesPath` as JSON Lines when given.
 */
export async function buildSampleStore(dbPath: string, analysesPath?: string): Promise<void> {
  const ctx = bundledContext();
  const db = openStore(dbPath);
  const writer = createWriter(db);
  const analyses: string[] = [];
  for await (const rec of readInputs([samplePath])) {
    if (rec.kind !== 'article') continue;
    const analysis = analyze(rec.article, ctx);
    writer.write(analysis, rec.origin);
    if (analysesPath) analyses.push(JSON.stringify(analysis));
  }
  db.close();
  if (analysesPath) writeFileSync(analysesPath, `${analyses.join('\n')}\n`);
}

type Shared = { store: string; analyses: string };
let built: Promise<Shared> | undefined;

/** Builds the run's shared sample store and analyses in ENTENTE_TEST_SAMPLE_DIR (test/one-process.ts). */
export async function buildSharedSample(): Promise<void> {
  const files = sampleFiles(process.env.ENTENTE_TEST_SAMPLE_DIR!);
  try {
    await buildSampleStore(files.store, files.analyses);
    writeFileSync(files.done, '');
  } catch (e) {
    writeFileSync(files.failed, String((e as Error).stack ?? e));
    throw e;
  }
}

function shared(): Promise<Shared> {
  const runDir = process.env.ENTENTE_TEST_SAMPLE_DIR;
  built ??= runDir ? builtByTheRun(sampleFiles(runDir)) : builtHere();
  return built;
}

/** The run's store and analyses, once the process building them says they are complete. */
async function builtByTheRun(files: ReturnType<typeof sampleFiles>): Promise<Shared> {
  while (!existsSync(files.done)) {
    if (existsSync(files.failed)) throw new Error(`the sample store could not be built: ${readFileSync(files.failed, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return files;
}

async function builtHere(): Promise<Shared> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-sample-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const files = { store: join(dir, 'sample.db'), analyses: join(dir, 'sample-analyses.jsonl') };
  await buildSampleStore(files.store, files.analyses);
  return files;
}

/** A copy of the sample store at `dbPath`, the caller's to read and write. */
export async function copySampleStore(dbPath: string): Promise<string> {
  copyFileSync((await shared()).store, dbPath);
  return dbPath;
}

/**
 * The analysis of every sample article with the bundled dictionaries (src/analyze.ts, in this
 * thread), in the order of the sample, as JSON gives it back: what the sample store holds.
 */
export async function sampleAnalyses(): Promise<Analysis[]> {
  return readFileSync((await shared()).analyses, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Analysis);
}
