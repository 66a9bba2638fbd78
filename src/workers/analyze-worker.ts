// A worker thread that loads the Context once and analyses the articles it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { adoptDictionaries, loadContext } from '../context.ts';
import { syntaxFromShared } from '../nlp/syntax.ts';
import { analyze } from '../analyze.ts';
import type { Analysis, Article } from '../model.ts';
import { minhash } from '../ingest/dedup.ts';
import { idleSeq, type WorkerData } from './prestart.ts';
import { kernelThreadId } from './thread-clock.ts';

export type WorkRequest = { seq: number; article: Article };
/** The analysis comes back without its article: the calling thread has it already (no second copy of the text). */
export type WorkReply = { seq: number; analysis?: Omit<Analysis, 'article'>; signature?: Uint32Array; error?: string };

const { options, progress, syntax, dictionaries } = workerData as WorkerData;
Atomics.store(progress, 1, kernelThreadId());
if (dictionaries) adoptDictionaries(dictionaries);
const ctx = loadContext(options, syntax && syntaxFromShared(syntax));
const port = parentPort!;
port.on('message', (msg: WorkRequest) => {
  Atomics.store(progress, 0, msg.seq);
  try {
    // The near-duplicate signature is computed here too, to keep the single writer thread light.
    const { article: _sent, ...analysis } = analyze(msg.article, ctx);
    port.postMessage({ seq: msg.seq, analysis, signature: minhash(msg.article.text) } satisfies WorkReply);
  } catch (e) {
    port.postMessage({ seq: msg.seq, error: (e as Error).message } satisfies WorkReply);
  }
  // Between articles: the budget's clock for this worker stops (pool.ts).
  Atomics.store(progress, 0, idleSeq);
});
// seq -2 (readySeq in prestart.ts): ready, the Context is loaded.
port.postMessage({ seq: -2 });
