// The worker threads of `ingest --jobs` run the analysis from one JavaScript file built
// with esbuild (the compiler tsx itself uses) instead of loading the TypeScript through
// tsx: dist/analyze-worker.mjs when bin/entente.js runs the compiled build (bin/build.mjs),
// otherwise (the sources through tsx: development, the tests) one built here. tsx runs its loader on a thread of its own per worker, and every module then goes
// through it: a worker took ~1.5 s to be ready on 2 busy cores, and the loader's thread
// and heap cost CPU and ~20 MB that the analysis needs (docs/performance.md).
//
// The file is built from the sources at every run that starts workers (~50 ms, while
// the calling thread loads its own dictionaries), so it can never be stale; its name holds a
// hash of its contents, so two checkouts that share node_modules (git worktrees) never load
// each other's build. It is written under node_modules/.cache/entente/ so that the packages it imports resolve
// from the project's node_modules, and each module's `import.meta.url` is replaced by
// the URL of its source file, so that data files are found where the sources expect them.
// If it cannot be built or written, the caller falls back to loading the sources
// through tsx (`bootstrap.mjs`): slower to start, same results.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const entry = join(here, 'analyze-worker.ts');
const bundleDir = join(root, 'node_modules', '.cache', 'entente');
/** How long a build of other sources is kept beside the current one (a run may still be using it). */
const keepOtherBuildsMs = 24 * 3600 * 1000;

/** The compiled build's worker entry, when bin/entente.js runs dist/ (bin/build.mjs). */
let built: URL | undefined;

/** bin/entente.js, running the compiled build, names the workers' entry in it: nothing is built at run time. */
export function useBuiltWorker(url: URL): void {
  built = url;
}

/** Builds the worker bundle (or names the compiled build's); resolves to its URL, or to undefined if it could not be built. */
export async function buildWorkerBundle(): Promise<URL | undefined> {
  if (built) return built;
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
    const bundleFile = join(bundleDir, `analyze-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    const current = await readFile(bundleFile, 'utf8').catch(() => undefined);
    if (current !== code) {
      // Written under another name and renamed, so a run that is starting its workers
      // from the same file meanwhile never reads half a file.
      await mkdir(bundleDir, { recursive: true });
      const tmp = `${bundleFile}.${process.pid}.tmp`;
      await writeFile(tmp, code);
      await rename(tmp, bundleFile);
      await removeOldBuilds(bundleFile);
    }
    return pathToFileURL(bundleFile);
  } catch {
    return undefined;
  }
}

/** Removes builds of other sources older than a day (a long run may still respawn a worker from its own). */
async function removeOldBuilds(keep: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(bundleDir).catch(() => [] as string[])) {
    const file = join(bundleDir, name);
    if (file === keep || !/^analyze-worker.*\.mjs$/.test(name)) continue;
    const info = await stat(file).catch(() => undefined);
    if (info && now - info.mtimeMs > keepOtherBuildsMs) await unlink(file).catch(() => undefined);
  }
}
