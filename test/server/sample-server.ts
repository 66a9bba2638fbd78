// A real server on 127.0.0.1 (ephemeral port) over a copy of the sample store
// (test/sample-store.ts) in a temp dir: what the API and page tests run against.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { copySampleStore } from '../sample-store.ts';

export { samplePath } from '../sample-store.ts';

export type SampleServer = RunningServer & { dir: string; dbPath: string; errors: string[]; stop(): Promise<void> };

export async function startSampleServer(): Promise<SampleServer> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-server-'));
  const dbPath = await copySampleStore(join(dir, 'sample.db'));
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
