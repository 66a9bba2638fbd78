// `npm run bench`: runs bench/run.ts from the compiled build (bin/build.mjs), built again
// first when a source is newer, as bin/entente.js runs the command line, so that the bench
// measures the code `entente` runs. ENTENTE_BUILD=off runs the sources through tsx.
import { ensureBuild } from '../bin/build.mjs';

if (process.env.ENTENTE_BUILD !== 'off' && (await ensureBuild())) {
  await import('../dist/bench.mjs');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./run.ts');
}
