import { test } from 'node:test';
import assert from 'node:assert/strict';
import { footerRanges, parseBoilerplate, withoutFooters } from '../../src/ingest/boilerplate.ts';

const story = 'The ministers met in Paris on Tuesday.\n\nThey will meet again in May.';

test('footers and share buttons at the end are cut; the rest is a prefix of the text', () => {
  const cases = [
    `${story}\n\nThe post Ministers meet in Paris appeared first on Example Daily.`,
    `${story} The post Ministers meet in Paris appeared first on Example Daily.`,
    `${story}\n\nRead more:\n\nShare this:\nTwitter\nFacebook\n`,
    `${story}\r\n\r\nThis article originally appeared on The Conversation.\r\n`,
  ];
  for (const text of cases) assert.equal(withoutFooters(text), story, JSON.stringify(text));
});

test('article text that only looks like a footer stays', () => {
  const cases = [
    `${story} Readers can read more about it in the report.`,
    `${story}\n\nShe said the post of ambassador appeared first on a list of cuts.`,
    'The post office appeared first on the list.\n\nIt closed in May.',
    `${story}\n\n`,
  ];
  for (const text of cases) assert.equal(withoutFooters(text), text, JSON.stringify(text));
});

test('a bad line in the pattern file names the file and the line', () => {
  assert.throws(() => parseBoilerplate('# ok\nline (unclosed\n', 'b.txt'), /^Error: b\.txt:2: not a regular expression/);
  assert.throws(() => parseBoilerplate('word Read more\n', 'b.txt'), /^Error: b\.txt:1: expected "line PATTERN", "sentence PATTERN" or "anywhere PATTERN"/);
});

test('a footer inside the text is found as a range of it, not cut; text that only looks like one is not', () => {
  const footer = 'The post Ministers meet in Paris appeared first on Example Daily.';
  const second = 'Rebels shelled the port of Hodeidah on Friday.';
  for (const text of [`${story}\n\n${footer}\n\n${second}`, `${story} ${footer}\r\n\r\n${second}`]) {
    assert.equal(withoutFooters(text), text, JSON.stringify(text));
    const ranges = footerRanges(text);
    assert.deepEqual(ranges.map((r) => text.slice(r.start, r.end)), [footer], JSON.stringify(text));
  }
  for (const text of [
    'The post office appeared first on the list.\n\nIt closed in May.',
    `${story}\n\nShe said the post of ambassador appeared first on a list of cuts.\n\n${second}`,
  ]) assert.deepEqual(footerRanges(text), [], JSON.stringify(text));
});
