// Syndication footers and share-button text at the end of an article
// (data/ingest/boilerplate.txt):
//
//   ... the talks resume on Monday.
//
//   The post Talks resume in Oman appeared first on Example Wire.
//
// They are not article text: left in, the footer became a quotation, an event and a
// person named after the headline. Only the end of the text is cut, so the text that
// stays is a prefix of the text as given and its offsets still index the user's text.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const defaultBoilerplateFile = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'ingest', 'boilerplate.txt');

/** A footer pattern: a whole last line, or also the last sentence of a line. */
export type BoilerplateRule = { scope: 'line' | 'sentence'; pattern: RegExp };

/** data/ingest/boilerplate.txt -> rules; an error names the file and the line. */
export function parseBoilerplate(source: string, file = defaultBoilerplateFile): BoilerplateRule[] {
  const rules: BoilerplateRule[] = [];
  for (const [i, raw] of source.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(line|sentence)\s+(.+)$/.exec(line);
    if (!m) throw new Error(`${file}:${i + 1}: expected "line PATTERN" or "sentence PATTERN", got "${line}"`);
    const scope = m[1] as BoilerplateRule['scope'];
    // The line scope starts after a line break, the sentence scope also after a sentence's end.
    const before = scope === 'line' ? '(?:^|\\n)[ \\t\\u00a0]*' : '(?:^|\\n[ \\t\\u00a0]*|(?<=[.!?…]["”’]?)[ \\t\\u00a0]+)';
    try {
      rules.push({ scope, pattern: new RegExp(`${before}(?:${m[2]})[ \\t\\u00a0]*$`, 'iu') });
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
      const m = rule.pattern.exec(tail);
      if (m && (cut < 0 || m.index < cut)) cut = m.index;
    }
    if (cut < 0) return end === whole ? text : text.slice(0, end);
    end = text.slice(0, from + cut).trimEnd().length;
  }
}
