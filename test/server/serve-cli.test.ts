// `entente serve` as a user runs it: a missing store or a bad port is a usage error
// (the real process that listens and stops on SIGTERM: test/cli/smoke.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entente } from '../cli/helpers.ts';

test('serve without a store, or with a bad port, is a usage error (exit 2) naming the problem', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-serve-'));
  try {
    const missing = await entente(['serve', '--db', join(dir, 'none.db'), '--port', '0']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no store at .*none\.db \(run "entente ingest/);
    writeFileSync(join(dir, 'x.db'), '');
    const badPort = await entente(['serve', '--db', join(dir, 'x.db'), '--port', '70000']);
    assert.equal(badPort.code, 2);
    assert.match(badPort.stderr, /--port.*expected 0 to 65535, got "70000"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
