// A real server on 127.0.0.1 (ephemeral port) over a store built from the
// bundled sample corpus in a temp dir: what the API and page tests run against.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../src/ingest/index.ts';
import { loadContext } from '../../src/context.ts';
import { analyze } from '../../src/analyze.ts';
import { openStore } from '../../src/store/db.ts';
import { createWriter } from '../../src/store/write.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';

export const samplePath = fileURLToPath(new URL('../../samples/sample.jsonl', import.meta.url));

export type SampleServer = RunningServer & { dir: string; dbPath: string; errors: string[]; stop(): Promise<void> };

export async function startSampleServer(): Promise<SampleServer> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-server-'));
  const dbPath = join(dir, 'sample.db');
  const ctx = loadContext();
  const db = openStore(dbPath);
  const writer = createWriter(db);
  for await (const rec of readInputs([samplePath])) {
    if (rec.kind === 'article') writer.write(analyze(rec.article, ctx), rec.origin);
  }
  db.close();
  const errors: string[] = [];
  // The tests' pages are served on 127.0.0.1: the server may fetch them.
  const server = await startServer({ db: dbPath, port: 0, host: '127.0.0.1', allowPrivateUrls: true, log: (line) => errors.push(line) });
  return {
    ...server,
    dir,
    dbPath,
    errors,
    async stop() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
