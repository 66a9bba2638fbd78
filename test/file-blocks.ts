// The reporter of test/one-process.ts: Node's spec reporter, with a marker line after each
// test file's results (a top-level suite ends) so that test/run.ts can print the output of
// two processes one whole file at a time.
import { Transform, type TransformCallback } from 'node:stream';
import { spec } from 'node:test/reporters';
import type { TestEvent } from 'node:test/reporters';

/** what test/run.ts looks for at the end of a file's output */
export const endOfFile = '\u0000entente-test-file-done\n';

// Node's spec reporter formats one event at a time: its _transform and _flush are called
// directly (its constructor returns an instance of its own, so it cannot be subclassed).
const formatter = new spec();

export default new Transform({
  writableObjectMode: true,
  transform(event: TestEvent, encoding: BufferEncoding, callback: TransformCallback) {
    formatter._transform(event, encoding, (error?: Error | null, output?: unknown) => {
      const ended = (event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0;
      callback(error, ended ? `${output ?? ''}${endOfFile}` : output);
    });
  },
  flush(callback: TransformCallback) {
    formatter._flush(callback);
  },
});
