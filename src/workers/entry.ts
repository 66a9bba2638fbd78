// The worker threads' entry module: dist/analyze-worker.mjs, the compiled build's
// (bin/build.mjs), whether the calling thread runs the build (bin/entente.js) or the
// TypeScript sources through tsx (`npm run entente`, the tests). A worker that loaded the
// sources through tsx would run tsx's compiler on a thread of its own for every module and
// take ~1.5 s more to be ready (docs/performance.md).
//
// From the sources, the build is brought up to date first (bin/build.mjs's ensureBuild:
// a stat of each source file, and about a second to build again after an edit), so a
// worker never runs older code than the calling thread. With ENTENTE_BUILD=off, or when
// dist/ cannot be built, there is no built entry: the pool then loads the sources through
// tsx (bootstrap.mjs), slower to start, same results.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The compiled build's worker entry, named by bin/entente.js when it runs dist/. */
let built: URL | undefined;

/** bin/entente.js, running the compiled build, names the workers' entry in it: nothing is checked at run time. */
export function useBuiltWorker(url: URL): void {
  built = url;
}

/** bin/build.mjs, found from this file's source URL (a plain path: the build must not bundle it) */
const buildModule = new URL('../../bin/build.mjs', import.meta.url).href;

/** The built workers' entry, brought up to date first when running from the sources; undefined when there is none. */
export async function builtWorkerEntry(): Promise<URL | undefined> {
  if (built) return built;
  if (process.env.ENTENTE_BUILD === 'off') return undefined;
  const { ensureBuild, distDir } = (await import(buildModule)) as typeof import('../../bin/build.mjs');
  return (await ensureBuild()) ? pathToFileURL(join(distDir, 'analyze-worker.mjs')) : undefined;
}
