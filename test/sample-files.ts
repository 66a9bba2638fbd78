// Where `npm test` keeps the sample store it builds once per run (test/sample-store.ts), in
// the run's folder (ENTENTE_TEST_SAMPLE_DIR): the store, the analyses it was built from, and
// a file saying they are complete, or why they are not. Apart from test/sample-store.ts so
// that test/run.ts names them without loading the pipeline.
import { join } from 'node:path';

export function sampleFiles(dir: string) {
  return { store: join(dir, 'sample.db'), analyses: join(dir, 'sample-analyses.jsonl'), done: join(dir, 'sample.done'), failed: join(dir, 'sample.failed') };
}
