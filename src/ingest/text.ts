// Plain text: the first line is the title when it looks like a headline.
import type { RawArticle } from './index.ts';

const maxHeadlineLength = 200;

/**
 * Sentence punctuation at the end of a line, before closing quotes or brackets: 'Putin said: "We
 * will respond."', 'Sen. Ted Cruz met President Biden!' are the story's first sentence, not a headline.
 */
const sentenceEnd = /[.,;:!?]["'”’»)\]]*$/u;

/** A headline: one short line, not ending like a sentence, followed by a blank line or more text. */
function looksLikeHeadline(line: string): boolean {
  const l = line.trim();
  if (l.length === 0 || l.length > maxHeadlineLength) return false;
  if (sentenceEnd.test(l) && !/\.\.\.$/.test(l)) return false;
  const words = l.split(/\s+/);
  return words.length <= 25 && /^[\p{Lu}\p{N}"“‘'([]/u.test(l);
}

/**
 * The text of a plain-text file as given: after a headline taken as the title, the rest
 * of the file from the next line on, unchanged (line breaks, tabs, spaces and all).
 */
export function readText(text: string): RawArticle {
  const body = text.replace(/^\uFEFF/, '');
  const lineBreak = /\r\n?|\n/g;
  let lineStart = 0;
  // The first line with a word on it, and where the line after it starts.
  for (let m = lineBreak.exec(body); ; m = lineBreak.exec(body)) {
    const lineEnd = m ? m.index : body.length;
    const line = body.slice(lineStart, lineEnd);
    const next = m ? m.index + m[0].length : body.length;
    if (line.trim() !== '') {
      const rest = body.slice(next);
      return looksLikeHeadline(line) && rest.trim() !== '' ? { title: line.trim(), text: rest } : { text: body };
    }
    if (!m) return { text: body };
    lineStart = next;
  }
}
