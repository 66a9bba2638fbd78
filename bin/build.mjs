// The compiled build: esbuild bundles the command line, the worker threads' entry and the
// bench from src/ (and bench/) into dist/ (gitignored), without keepNames, so that a run
// pays neither tsx's compiler at start nor its `__name` wrapper on every named closure.
// `npm ci` builds it (the `prepare` script runs this file); bin/entente.js runs it.
//
// A build older than its sources would run old code, so bin/entente.js checks first
// (`ensureBuild`): when dist/ is absent, or any file or folder under src/, bench/ or this
// file is newer than the build, it builds again (about a second) before running. Set
// ENTENTE_BUILD=off to run the TypeScript through tsx instead (development, debugging).
//
// dist/ holds one file per entry (main.mjs, prestart.mjs, analyze-worker.mjs, bench.mjs)
// and the chunks they share (one copy of each module, so the workers that prestart.mjs starts
// are the ones the command line's pool adopts). Data files stay where the sources are:
// each module's `import.meta.url` becomes the URL of its source file, computed from the
// chunk's own URL, so dist/ works wherever the checkout is.
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = join(root, 'dist');
const stampFile = join(distDir, 'build.json');
const entries = {
  main: join(root, 'src', 'cli', 'main.ts'),
  prestart: join(root, 'src', 'workers', 'prestart.ts'),
  'analyze-worker': join(root, 'src', 'workers', 'analyze-worker.ts'),
  bench: join(root, 'bench', 'run.ts'),
};
/** what the build reads: a newer file or folder here makes dist/ stale */
const sources = [join(root, 'src'), join(root, 'bench'), fileURLToPath(import.meta.url)];
/** how long chunks of an earlier build are kept (a long run may still import one lazily) */
const keepOldChunksMs = 24 * 3600 * 1000;

/** Builds dist/ from the sources; throws when esbuild fails. */
export async function build() {
  const builtAt = Date.now();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: entries,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: distDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'source-import-meta-url',
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, async (args) => {
            const source = await readFile(args.path, 'utf8');
            return { contents: source.replace(/\bimport\.meta\.url\b/g, sourceUrl(args.path)), loader: 'ts' };
          });
        },
      },
    ],
  });
  // Each file is written under another name and renamed, chunks before the entries that
  // import them, so that a run starting meanwhile (or a second build) never reads half a file.
  const files = result.outputFiles.sort((a, b) => Number(isEntry(a.path)) - Number(isEntry(b.path)));
  for (const f of files) await writeAtomically(f.path, f.contents);
  await writeAtomically(stampFile, `${JSON.stringify({ builtAt })}\n`);
  await removeOldChunks(new Set(files.map((f) => f.path)));
}

/**
 * The expression that stands for `import.meta.url` in the module at `path`: its source
 * file's URL, relative to the chunk it ends up in (every chunk sits one or two folders
 * below dist/, and is written with a URL relative to dist/ itself below).
 */
function sourceUrl(path) {
  const fromDist = relative(distDir, path).split(sep).join('/');
  return `new URL(${JSON.stringify(fromDist)}, __ententeDistUrl).href`;
}

const isEntry = (path) => dirname(path) === distDir;

async function writeAtomically(path, contents) {
  await mkdir(dirname(path), { recursive: true });
  // the chunks sit in dist/chunks/: their sources' URLs are computed from dist/ itself
  const text = typeof contents === 'string' ? contents : new TextDecoder().decode(contents);
  const base = dirname(path) === distDir ? './' : '../';
  const withBase = text.includes('__ententeDistUrl')
    ? `const __ententeDistUrl = new URL(${JSON.stringify(base)}, import.meta.url);\n${text}`
    : text;
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, withBase);
  await rename(tmp, path);
}

async function removeOldChunks(keep) {
  const dir = join(distDir, 'chunks');
  const now = Date.now();
  for (const name of await readdir(dir).catch(() => [])) {
    const file = join(dir, name);
    if (keep.has(file)) continue;
    const info = await stat(file).catch(() => undefined);
    if (info && now - info.mtimeMs > keepOldChunksMs) await unlink(file).catch(() => undefined);
  }
}

/** Whether dist/ is absent or older than any of its sources (about 200 stat calls). */
export function isStale() {
  let builtAt;
  try {
    builtAt = JSON.parse(readFileSync(stampFile, 'utf8')).builtAt;
  } catch {
    return true;
  }
  if (typeof builtAt !== 'number') return true;
  const newer = (path) => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return false;
    if (info.mtimeMs >= builtAt) return true;
    if (!info.isDirectory()) return false;
    return readdirSync(path).some((name) => newer(join(path, name)));
  };
  return sources.some(newer) || Object.keys(entries).some((name) => !statSync(join(distDir, `${name}.mjs`), { throwIfNoEntry: false }));
}

/**
 * True when dist/ is up to date with the sources, building it first if needed; false
 * (with one line on stderr saying why) when it cannot be built: the caller then runs the
 * sources through tsx.
 */
export async function ensureBuild() {
  if (!isStale()) return true;
  try {
    await build();
    return true;
  } catch (e) {
    process.stderr.write(`entente: could not build dist/ (${String(e?.message ?? e).split('\n')[0]}); running the sources through tsx\n`);
    return false;
  }
}

// `node bin/build.mjs` (npm's `prepare`, run by `npm ci`): build now.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  await build();
  console.log(`entente: built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
