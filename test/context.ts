// The bundled context (src/context.ts without options: the syntax model and every stage's
// own dictionaries), loaded once per process and shared by the test files that analyse with
// it: the very one the command line, run in this process, uses (src/workers/pool.ts
// contextFor). Each further loadContext() would read the dictionaries again (~1 s) and keep
// a copy of them for the rest of the run. Tests that need other dictionaries load their own.
import type { Context } from '../src/context.ts';
import { contextFor } from '../src/workers/pool.ts';

export function bundledContext(): Context {
  return contextFor({});
}
