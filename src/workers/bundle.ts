// The worker threads of `ingest --jobs` run the analysis from one JavaScript file built
// with esbuild (the compiler tsx itself uses) instead of loading the TypeScript through
// tsx. tsx runs its loader on a thread of its own per worker, and every module then goes
// through it: a worker took ~1.5 s to be ready on 2 busy cores, and the loader's thread
// and heap cost CPU and ~20 MB that the analysis needs (docs/performance.md).
//
// The file is built from the sources at every run that starts workers (~50 ms, while
// the calling thread loads its own dictionaries), so it can never be stale. It is
// written under node_modules/.cache/entente/ so that the packages it imports resolve
// from the project's node_modules, and each module's `import.meta.url` is replaced by
// the URL of its source file, so that data files are found where the sources expect them.
// If it cannot be built or written, the caller falls back to loading the sources
// through tsx (`bootstrap.mjs`): slower to start, same results.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const entry = join(here, 'analyze-worker.ts');
export const bundleFile = join(root, 'node_modules', '.cache', 'entente', 'analyze-worker.mjs');

/** Builds the worker bundle; resolves to its URL, or to undefined if it could not be built. */
export async function buildWorkerBundle(): Promise<URL | undefined> {
  try {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      // the same names in stack traces as under tsx (it compiles with keep-names too)
      keepNames: true,
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'source-import-meta-url',
          setup(build) {
            build.onLoad({ filter: /\.ts$/ }, async (args) => {
              const source = await readFile(args.path, 'utf8');
              const url = JSON.stringify(pathToFileURL(args.path).href);
              return { contents: source.replace(/\bimport\.meta\.url\b/g, url), loader: 'ts' };
            });
          },
        },
      ],
    });
    const code = result.outputFiles[0]!.text;
    const current = await readFile(bundleFile, 'utf8').catch(() => undefined);
    if (current !== code) {
      // Written under another name and renamed, so a run that is starting its workers
      // from the previous file meanwhile never reads half a file.
      await mkdir(dirname(bundleFile), { recursive: true });
      const tmp = `${bundleFile}.${process.pid}.tmp`;
      await writeFile(tmp, code);
      await rename(tmp, bundleFile);
    }
    return pathToFileURL(bundleFile);
  } catch {
    return undefined;
  }
}
