// entente analyze keeps the text as the user gave it: JSON Lines `text` and plain text
// files come back unchanged (but for a syndication footer cut from the end), and every
// offset indexes that text, whatever its line breaks, tabs, spaces and astral characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entente } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-cli-offsets-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const footer = 'The post Talks resume in Munich appeared first on Example Wire.';
// CRLF line breaks, a tab, runs of spaces, no-break spaces, characters outside the BMP.
const body =
  'Russia\u00a0accused   Ukraine of shelling the plant on Monday 🏭.\r\n\r\n' +
  '“We\twill not trade our land for a ceasefire,” President Volodymyr Zelensky said in Munich.\r\n' +
  'The 𝐟𝐨𝐫𝐞𝐢𝐠𝐧 minister told reporters  that the talks would resume next week.\r\n\r\n' +
  '“Nobody wants this war to go on,”  he said.\r\n\r\n';
const wrapped = 'France and Germany\ncondemned the attack on the plant, and\nMacron said\tthe\u00a0talks had failed.\n';

type Span = { start: number; end: number; text?: string };
type Output = { id: string; text: string; quotes: (Span & { speaker: Span | null; cue?: Span })[]; mentions: Span[]; events: (Span & { source: Span; target: Span | null })[] };

/** Every span of a record, with the text it claims when it claims one. */
function spans(out: Output): Span[] {
  return [
    ...out.mentions,
    ...out.quotes.flatMap((q) => [q, ...(q.speaker ? [{ start: q.speaker.start, end: q.speaker.end }] : []), ...(q.cue ? [q.cue] : [])]),
    ...out.events.flatMap((e) => [{ start: e.start, end: e.end, text: e.text }, { start: e.source.start, end: e.source.end }, ...(e.target ? [{ start: e.target.start, end: e.target.end }] : [])]),
  ];
}

test('analyze: JSON Lines and plain text keep their text, and every span indexes it', async () => {
  const jsonl = join(dir, 'wire.jsonl');
  writeFileSync(jsonl, JSON.stringify({ id: 'wire-1', text: body + footer + '\r\n' }) + '\n' + JSON.stringify({ id: 'wire-2', text: wrapped }) + '\n');
  const txt = join(dir, 'story.txt');
  writeFileSync(txt, `Talks resume in Munich\r\n\r\n${body}`);
  const r = await entente(['analyze', jsonl, txt, '--article-timeout', '0']);
  assert.equal(r.code, 0, r.stderr);
  const outs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Output);
  assert.equal(outs.length, 3);
  const [wire, plain, story] = outs as [Output, Output, Output];
  // The footer is cut from the end; nothing else changes.
  assert.equal(wire.text, body.trimEnd());
  assert.equal(plain.text, wrapped);
  // A plain text file: the rest of the file after its headline's line, as it is in the file.
  assert.equal(story.text, `\r\n${body}`);
  for (const out of outs) {
    for (const s of spans(out)) {
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= out.text.length, `${out.id}: span ${s.start}-${s.end} outside the text`);
      if (s.text !== undefined) assert.equal(out.text.slice(s.start, s.end), s.text, `${out.id}: span ${s.start}-${s.end}`);
    }
  }
  for (const out of [wire, story]) {
    const zelensky = out.quotes.find((q) => q.text?.startsWith('“We\twill not trade'));
    assert.ok(zelensky, `${out.id}: the direct quotation is found: ${JSON.stringify(out.quotes.map((q) => q.text))}`);
    assert.equal(out.text.slice(zelensky.speaker!.start, zelensky.speaker!.end).split(/\s+/).pop(), 'Zelensky');
    assert.ok(out.quotes.some((q) => q.text?.includes('the talks would resume')), `${out.id}: the reported speech across a CRLF paragraph`);
    assert.ok(!out.quotes.some((q) => q.text?.includes('appeared first')), 'the footer says nothing');
  }
  assert.ok(plain.quotes.some((q) => q.text?.includes('talks had failed')), JSON.stringify(plain.quotes));
});
