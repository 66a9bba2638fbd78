// Bounds that keep analysis linear in the size of its input (issue 20). Text that breaks
// one is not prose: the item is skipped with a line saying which bound and by how much,
// and the run goes on.

/**
 * The longest run of characters without a space that an article may hold. The tokenizer
 * takes time in the square of a token's length (timings in docs/ingest.md, "Limits"). Real
 * words, and most URLs, are far shorter.
 */
export const maxWordChars = 1000;

/**
 * The deepest element nesting handed to Readability, whose time grows faster than the
 * square of the depth (deeper pages overflow the stack; timings in docs/ingest.md,
 * "Limits"). News pages nest 15 to 40 deep.
 */
export const maxNestingDepth = 128;

/** Why `text` is beyond the bounds or not prose at all, or undefined when it is an article's text. */
export function textBeyondLimits(text: string): string | undefined {
  // Emoji, quotation marks, digits alone: no words to analyse, and every such text would
  // otherwise be linked as a near-duplicate of every other.
  if (!/\p{L}/u.test(text)) return 'no letters in the text (not an article)';
  let run = 0;
  let longest = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (run > longest) longest = run;
      run = 0;
    } else run++;
  }
  if (run > longest) longest = run;
  return longest > maxWordChars ? `a word of ${longest} characters (longest read: ${maxWordChars}); not prose` : undefined;
}

const space = 0x20;
const noBreakSpace = 0xa0;
const ogham = 0x1680;
const enQuad = 0x2000;
const hairSpace = 0x200a;
const lineSeparator = 0x2028;
const paragraphSeparator = 0x2029;
const narrowNoBreakSpace = 0x202f;
const mediumMathematicalSpace = 0x205f;
const ideographicSpace = 0x3000;

/** Whitespace as the tokenizer splits on it (control characters included). */
function isSpace(code: number): boolean {
  return (
    code <= space ||
    code === noBreakSpace ||
    code === ogham ||
    (code >= enQuad && code <= hairSpace) ||
    code === lineSeparator ||
    code === paragraphSeparator ||
    code === narrowNoBreakSpace ||
    code === mediumMathematicalSpace ||
    code === ideographicSpace
  );
}

/** A surrogate code unit without its pair: JSON and other SQLite readers refuse such strings. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with each lone surrogate replaced by U+FFFD: one code unit for one, so offsets stay. */
export function withSurrogatesRepaired(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}
