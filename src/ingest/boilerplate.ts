// Syndication footers and share-button text (data/ingest/boilerplate.txt):
//
//   ... the talks resume on Monday.
//
//   The post Talks resume in Oman appeared first on Example Wire.
//
// They are not article text: left in, the footer became a quotation, an event and a
// person named after the headline. At the end of the text they are cut, so the text that
// stays is a prefix of the text as given and its offsets still index the user's text.
// Inside the text (a footer between two stories of one feed item) they cannot be cut
// without moving every offset after them: the `anywhere` rules find them there, the
// article records their ranges (Article.boilerplate) and the analysis reads no tokens in
// them (src/nlp tokenize).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span } from '../model.ts';

export const defaultBoilerplateFile = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'ingest', 'boilerplate.txt');

/** A footer pattern: a whole last line, or also the last sentence of a line; or such a line or sentence anywhere in the text. */
export type BoilerplateRule = { scope: 'line' | 'sentence' | 'anywhere'; pattern: RegExp };

/** data/ingest/boilerplate.txt -> rules; an error names the file and the line. */
export function parseBoilerplate(source: string, file = defaultBoilerplateFile): BoilerplateRule[] {
  const rules: BoilerplateRule[] = [];
  for (const [i, raw] of source.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(line|sentence|anywhere)\s+(.+)$/.exec(line);
    if (!m) throw new Error(`${file}:${i + 1}: expected "line PATTERN", "sentence PATTERN" or "anywhere PATTERN", got "${line}"`);
    const scope = m[1] as BoilerplateRule['scope'];
    // The line scope starts after a line break, the sentence scopes also after a sentence's end.
    const before = scope === 'line' ? '(?:^|\\n)[ \\t\\u00a0]*' : '(?:^|\\n[ \\t\\u00a0]*|(?<=[.!?…]["”’]?)[ \\t\\u00a0]+)';
    try {
      // (anywhere rules match case as written: inside the text they must tell a footer from a sentence that looks like one)
      rules.push({ scope, pattern: new RegExp(`${before}(?:${m[2]})[ \\t\\u00a0]*$`, scope === 'anywhere' ? 'u' : 'iu') });
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not a regular expression (${(e as Error).message})`);
    }
  }
  return rules;
}

let loaded: BoilerplateRule[] | undefined;

function defaultRules(): BoilerplateRule[] {
  loaded ??= parseBoilerplate(readFileSync(defaultBoilerplateFile, 'utf8'));
  return loaded;
}

/** How far back from the end a footer is looked for: patterns never cross a line break, and footers are short. */
const footerReach = 2000;

/** The text without the footers at its end (a prefix of it; the text itself when there are none). */
export function withoutFooters(text: string, rules: BoilerplateRule[] = defaultRules()): string {
  const whole = text.trimEnd().length;
  let end = whole;
  for (;;) {
    // From a line break (kept, for the patterns' line starts), or from the start of the text.
    const from = end > footerReach ? Math.max(0, text.lastIndexOf('\n', end - footerReach)) : 0;
    const tail = text.slice(from, end);
    let cut = -1;
    for (const rule of rules) {
      if (rule.scope === 'anywhere') continue;
      const m = rule.pattern.exec(tail);
      if (m && (cut < 0 || m.index < cut)) cut = m.index;
    }
    if (cut < 0) return end === whole ? text : text.slice(0, end);
    end = text.slice(0, from + cut).trimEnd().length;
  }
}

/** Characters before a footer that a match may include: the line break or the spaces after a sentence's end. */
const leadingSpace = /^[\s\u00a0]*/u;

/**
 * The ranges of the text that the `anywhere` rules find: a line, or the last sentence of a line, that is a
 * footer, from its first character to the end of its line without trailing spaces. In text order.
 */
export function footerRanges(text: string, rules: BoilerplateRule[] = defaultRules()): Span[] {
  const anywhere = rules.filter((r) => r.scope === 'anywhere');
  const ranges: Span[] = [];
  if (anywhere.length === 0) return ranges;
  for (let from = 0; from < text.length; ) {
    const lineBreak = text.indexOf('\n', from);
    const to = lineBreak < 0 ? text.length : lineBreak;
    const line = text.slice(from, to).replace(/[\s\u00a0]+$/u, '');
    let start = -1;
    for (const rule of anywhere) {
      const m = rule.pattern.exec(line);
      if (m && (start < 0 || m.index < start)) start = m.index + leadingSpace.exec(m[0])![0].length;
    }
    if (start >= 0) ranges.push({ start: from + start, end: from + line.length });
    from = to + 1;
  }
  return ranges;
}
