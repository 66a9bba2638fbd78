// The bundled context (src/context.ts without options: the syntax model and every stage's
// own dictionaries), loaded once per process and shared by the test files that analyse with
// it: the very one the command line, run in this process, uses (src/workers/pool.ts
// contextFor). Tests that need other dictionaries or settings load their own: loadContext
// shares the bundled dictionaries that no user file adds to (src/context.ts).
import type { Context } from '../src/context.ts';
import { contextFor } from '../src/workers/pool.ts';

export function bundledContext(): Context {
  return contextFor({});
}
