// A store of hand-written, dated articles ingested through the CLI, for the cohesion tests that
// run every stage end to end.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entente } from '../cli/helpers.ts';

/** stdout of a command that must succeed */
export async function cli(...args: string[]): Promise<string> {
  const r = await entente(args);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

/** A new store in a temporary folder holding `articles`; `remove` deletes the folder. */
export async function storeOf(name: string, articles: { id: string; published: string; text: string }[]): Promise<{ dbFile: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), `entente-${name}-`));
  const dbFile = join(dir, 'c.db');
  const input = join(dir, 'articles.jsonl');
  writeFileSync(input, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  await cli('ingest', input, '--db', dbFile, '--jobs', '1', '--article-timeout', '0', '--quiet');
  return { dbFile, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
