// npm run build:data (second half): compile the CAMEO verb dictionary into
// data/events/cameo-verbs.json and copy the CAMEO/PLOVER code tables and the
// GDELT 1.0 column list into data/events/, so the package runs without ../shared.
//
// Usage: tsx scripts/build-verbs.ts [SHARED_DIR]   (default ../shared or $ENTENTE_SHARED)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DictionaryError, parseVerbDictionary, RepeatedVerbForm } from '../src/events/verb-dictionary.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.argv[2] ?? process.env.ENTENTE_SHARED ?? join(root, '..', 'shared'));
const out = join(root, 'data', 'events');
const dictionary = join(shared, 'data', 'dictionaries', 'CAMEO.2.0.txt');
if (!existsSync(dictionary)) {
  console.error(`build-verbs: ${dictionary} not found; pass the shared folder as the first argument`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });

/** Copy contents only: the shared files are read-only and a rebuild must be able to overwrite ours. */
function copyWritable(from: string, to: string): void {
  writeFileSync(to, readFileSync(from));
}

const problems: DictionaryError[] = [];
const parsed = parseVerbDictionary(readFileSync(dictionary, 'utf8'), 'CAMEO.2.0.txt', problems);
const malformed = problems.filter((p) => !(p instanceof RepeatedVerbForm));
if (malformed.length > 0) {
  for (const p of malformed) console.error(`build-verbs: ${p.message}`);
  process.exit(2);
}
// CAMEO.2.0 lists some verb forms in two blocks; the first keeps them (compileVerbRules), as it does at run time
for (const p of problems) console.warn(`build-verbs: warning: ${p.message}`);
// One block per line keeps the file diffable while staying compact.
const body = [
  '{"file":"CAMEO.2.0.txt",',
  `"synsets":${JSON.stringify(parsed.synsets)},`,
  '"blocks":[',
  parsed.blocks.map((b) => JSON.stringify(b)).join(',\n'),
  ']}',
].join('\n');
writeFileSync(join(out, 'cameo-verbs.json'), `${body}\n`);
const patterns = parsed.blocks.reduce((n, b) => n + b.patterns.length, 0);
const verbs = parsed.blocks.reduce((n, b) => n + b.verbs.length, 0);
console.log(`build-verbs: ${parsed.blocks.length} verb blocks, ${verbs} verbs, ${patterns} patterns, ${Object.keys(parsed.synsets).length} synonym sets -> data/events/cameo-verbs.json`);

for (const table of ['cameo-event-codes.tsv', 'cameo-plover.tsv', 'plover-event-types.tsv', 'plover-modes.tsv', 'plover-contexts.tsv']) {
  copyWritable(join(shared, 'data', 'cameo', table), join(out, table));
}
copyWritable(join(shared, 'data', 'gdelt', 'gdelt1-events-columns.tsv'), join(out, 'gdelt1-events-columns.tsv'));
console.log('build-verbs: copied CAMEO/PLOVER tables and the GDELT 1.0 column list into data/events/');
