// npm run eval [-- PART ...]: accuracy against ../shared/data, written to docs/accuracy.md.
//
// Each part is eval/<part>.ts exporting `evaluate(shared: string): Promise<string>`, which
// prints its figures and returns a markdown section, and optionally `doc`, the file under
// docs/ its section goes to (default accuracy.md). Sections live between markers, so running
// one part updates only its own section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine } from '../bench/machine.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const parts = ['parser', 'actors', 'quotes', 'events', 'cohesion'];
const shared = resolve(process.env.ENTENTE_SHARED ?? join(root, '..', 'shared'));
const accuracyFile = join(root, 'docs', 'accuracy.md');
const accuracyHeading = '# Accuracy\n\nMeasured by `npm run eval` against `../shared/data` (dev splits; held-out splits are scored separately).\n';

if (!existsSync(join(shared, 'data'))) {
  console.error(`eval: the shared data folder is absent (looked for ${join(shared, 'data')}); set ENTENTE_SHARED to its parent folder`);
  process.exit(2);
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const chosen = wanted.length ? wanted : parts;

const written = new Set<string>();
for (const part of chosen) {
  const file = join(root, 'eval', `${part}.ts`);
  if (!existsSync(file)) {
    console.error(`eval: no eval/${part}.ts yet, skipping ${part}`);
    continue;
  }
  console.log(`== ${part}`);
  const mod = (await import(file)) as { evaluate(shared: string): Promise<string>; doc?: string };
  const docFile = mod.doc ? join(root, 'docs', mod.doc) : accuracyFile;
  const body = await mod.evaluate(shared);
  const stamp = `_Measured ${new Date().toISOString().slice(0, 10)} on ${machineLine()}._`;
  const section = `<!-- section:${part} -->\n${body.trim()}\n\n${stamp}\n<!-- /section:${part} -->`;
  const re = new RegExp(`<!-- section:${part} -->[\\s\\S]*?<!-- /section:${part} -->`);
  const doc = existsSync(docFile) ? readFileSync(docFile, 'utf8') : docFile === accuracyFile ? accuracyHeading : '';
  writeFileSync(docFile, re.test(doc) ? doc.replace(re, section) : `${doc.trimEnd()}\n\n${section}\n`);
  written.add(docFile);
}
for (const f of written) console.log(`eval: wrote ${f}`);
