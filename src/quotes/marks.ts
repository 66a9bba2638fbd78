// Quotation marks -> quoted spans, in one pass over the tokens.
//
//   “We will not give up,” she said. ‘Never’ «jamais» „nie“ ``Never,'' "no"
//   ^ open                ^ close
//
// Curly and angle marks say which way they face; straight marks (" and the
// newswire '' pair) toggle. Marks nest (a ‘single’ inside a “double”); only
// the outermost pairs become quoted spans. A paragraph ends every open mark:
// an open double mark is continued when the next paragraph reopens with a
// mark (the convention for a quotation that runs over several paragraphs) and
// is otherwise cut at the paragraph end, so that a stray mark cannot swallow
// the rest of the article. An unclosed single mark is taken for an apostrophe
// and dropped.
import type { Doc } from '../nlp/index.ts';
import { isSpaceCode, isWordCode } from './tokens.ts';

const code = { newline: 0x0a } as const;

const mark = {
  quotationMark: 0x22, // "
  apostrophe: 0x27, // '
  graveAccent: 0x60, // `
  leftDouble: 0x201c, // “
  rightDouble: 0x201d, // ”
  lowDouble: 0x201e, // „
  leftSingle: 0x2018, // ‘
  rightSingle: 0x2019, // ’
  leftGuillemet: 0xab, // «
  rightGuillemet: 0xbb, // »
  leftParen: 0x28,
  leftBracket: 0x5b,
  emDash: 0x2014,
  enDash: 0x2013,
} as const;

/** Mark families: a closing mark only closes an opening mark of its own family. */
const enum Family {
  Curly = 1, // “ ” and „ “
  Straight = 2, // "
  Newswire = 3, // `` '' and '' ''
  Guillemet = 4, // « »
  CurlySingle = 5, // ‘ ’
  StraightSingle = 6, // '
}

const isDouble = (f: Family) => f <= Family.Guillemet;

export type QuotedSpan = {
  /** offset of the opening mark */
  start: number;
  /** end offset of the closing mark, or of the paragraph's last token when the quotation is left open */
  end: number;
  /** token of the opening mark (its first token for a two-token mark like ``) */
  openToken: number;
  /** first token after the closing mark (or after the paragraph when left open) */
  afterToken: number;
  /** content tokens [firstInner, endInner) */
  firstInner: number;
  endInner: number;
  paragraph: number;
  /** closed by a matching mark in the same paragraph */
  closed: boolean;
  /** reopens a quotation left open at the end of the previous paragraph */
  continues: boolean;
};

type Open = { family: Family; token: number; start: number; firstInner: number };

/** What a quotation-mark token can do, decided from its character and neighbours. */
type MarkToken = { family: Family; role: 'open' | 'close' | 'toggle'; width: number };

function isOpeningContext(c: number): boolean {
  return Number.isNaN(c) || isSpaceCode(c) || c === mark.leftParen || c === mark.leftBracket || c === mark.emDash || c === mark.enDash ||
    c === mark.leftDouble || c === mark.quotationMark || c === mark.lowDouble || c === mark.leftGuillemet || c === mark.apostrophe;
}

/** Classify token t as a quotation mark, or return undefined. */
function markAt(doc: Doc, t: number): MarkToken | undefined {
  const v = doc.value[t]!;
  if (v.length !== 1) return undefined;
  const c = v.charCodeAt(0);
  const text = doc.text;
  const before = text.charCodeAt(doc.start[t]! - 1);
  const after = text.charCodeAt(doc.end[t]!);
  const next = t + 1 < doc.length && doc.start[t + 1] === doc.end[t] ? doc.value[t + 1]! : '';
  switch (c) {
    case mark.leftDouble:
      // “Do you want that?“ he asked — a left mark typed for a right one (or closing German „...“)
      if (!isSpaceCode(before) && !Number.isNaN(before) && !isOpeningContext(before) && (Number.isNaN(after) || isSpaceCode(after) || !isWordCode(after))) {
        return { family: Family.Curly, role: 'close', width: 1 };
      }
      return { family: Family.Curly, role: 'open', width: 1 };
    case mark.rightDouble:
      // ”Fear. I am afraid ...” — a right mark typed for a left one, at the start of a paragraph or after a space
      // (a paragraph may begin with an invisible direction mark, U+200E/U+200F or U+202A-U+202E, before it)
      if ((Number.isNaN(before) || before === code.newline || isDirectionMark(before)) && isWordCode(after))
        return { family: Family.Curly, role: 'open', width: 1 };
      return { family: Family.Curly, role: 'close', width: 1 };
    case mark.lowDouble:
      return { family: Family.Curly, role: 'open', width: 1 };
    case mark.leftGuillemet:
      return { family: Family.Guillemet, role: 'open', width: 1 };
    case mark.rightGuillemet:
      return { family: Family.Guillemet, role: 'close', width: 1 };
    case mark.quotationMark:
      return { family: Family.Straight, role: 'toggle', width: 1 };
    case mark.graveAccent:
      return next === '`' ? { family: Family.Newswire, role: 'open', width: 2 } : undefined;
    case mark.apostrophe:
      if (next === "'") {
        // ''' closing a quotation within a quotation: 'Kosovo is a special case,''' is ' then ''.
        const third = t + 2 < doc.length && doc.start[t + 2] === doc.end[t + 1] && doc.value[t + 2] === "'";
        if (third && !isSpaceCode(before) && !Number.isNaN(before)) return { family: Family.StraightSingle, role: 'close', width: 1 };
        return { family: Family.Newswire, role: 'toggle', width: 2 };
      }
      // ''A vote ...: the tokenizer glues the second apostrophe to the word ("'" + "'A").
      if (next.length > 1 && next.charCodeAt(0) === mark.apostrophe && isWordCode(next.charCodeAt(1)))
        return { family: Family.Newswire, role: 'toggle', width: 1 };
      if (isOpeningContext(before) && isWordCode(after)) return { family: Family.StraightSingle, role: 'open', width: 1 };
      if (!isSpaceCode(before) && !isWordCode(after)) return { family: Family.StraightSingle, role: 'close', width: 1 };
      return undefined;
    case mark.leftSingle:
      return isOpeningContext(before) && !isSpaceCode(after) ? { family: Family.CurlySingle, role: 'open', width: 1 } : undefined;
    case mark.rightSingle:
      return !isSpaceCode(before) && !isWordCode(after) ? { family: Family.CurlySingle, role: 'close', width: 1 } : undefined;
    default:
      return undefined;
  }
}

/** A mark glued to the word or punctuation before it and not to a word after it: `so much," Trump`. */
function inClosingPosition(doc: Doc, t: number): boolean {
  const before = doc.text.charCodeAt(doc.start[t]! - 1);
  const after = doc.text.charCodeAt(doc.end[t]!);
  return !Number.isNaN(before) && !isSpaceCode(before) && (Number.isNaN(after) || !isWordCode(after));
}

/** Invisible bidirectional formatting characters that some feeds put at the start of a paragraph. */
function isDirectionMark(c: number): boolean {
  return c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || c === 0x2066 || c === 0x2067 || c === 0x2068 || c === 0x2069;
}

/** A mark right after . , ! or ? and before a space or the end of the text. */
function afterSentencePunctuation(doc: Doc, t: number): boolean {
  const before = doc.text.charCodeAt(doc.start[t]! - 1);
  const after = doc.text.charCodeAt(doc.end[t]!);
  return (before === 0x2e || before === 0x2c || before === 0x21 || before === 0x3f) && (Number.isNaN(after) || isSpaceCode(after));
}

/** Token t opens a quotation (used to see whether a paragraph reopens one). */
function opensQuotation(doc: Doc, t: number): boolean {
  const m = markAt(doc, t);
  return !!m && isDouble(m.family) && m.role !== 'close';
}

/** The state of one findQuotedSpans pass that endOfParagraph works on. */
type MarkScan = {
  doc: Doc;
  paragraphOf: Int32Array;
  spans: QuotedSpan[];
  stack: Open[];
  /** the paragraph before reopened a quotation it left open */
  continuing: boolean;
  firstOfParagraph: number;
};

/** The first open double mark of the stack, or undefined. */
function outermostDouble(stack: Open[]): Open | undefined {
  for (let i = 0; i < stack.length; i++) if (isDouble(stack[i]!.family)) return stack[i];
  return undefined;
}

/** A paragraph ends at lastToken: close what it left open. */
function endOfParagraph(s: MarkScan, lastToken: number, nextToken: number): void {
  const { doc, stack } = s;
  // Only the outermost open double mark matters; inner and single marks are dropped.
  const outer = outermostDouble(stack);
  stack.length = 0;
  const wasContinuing = s.continuing;
  s.continuing = false;
  if (!outer || lastToken < outer.firstInner) return;
  const reopens = nextToken < doc.length && opensQuotation(doc, nextToken);
  s.spans.push({
    start: outer.start,
    end: doc.end[lastToken]!,
    openToken: outer.token,
    afterToken: lastToken + 1,
    firstInner: outer.firstInner,
    endInner: lastToken + 1,
    paragraph: s.paragraphOf[lastToken]!,
    closed: false,
    continues: wasContinuing && outer.token === s.firstOfParagraph,
  });
  s.continuing = reopens;
}

/** A one-character token that markAt may classify as a quotation mark (it decides; others are never marks). */
function mayBeMark(v: string): boolean {
  if (v.length !== 1) return false;
  const c = v.charCodeAt(0);
  return c === mark.quotationMark || c === mark.apostrophe || c === mark.graveAccent || c === mark.leftGuillemet || c === mark.rightGuillemet ||
    (c >= mark.leftSingle && c <= mark.lowDouble);
}

export function findQuotedSpans(doc: Doc, paragraphOf: Int32Array): QuotedSpan[] {
  const s: MarkScan = { doc, paragraphOf, spans: [], stack: [], continuing: false, firstOfParagraph: 0 };
  const spans = s.spans;
  const stack = s.stack;
  let t = 0;
  while (t < doc.length) {
    if (t > 0 && paragraphOf[t] !== paragraphOf[t - 1]) {
      endOfParagraph(s, t - 1, t);
      s.firstOfParagraph = t;
    }
    // most tokens are words: a length test before the call (docs/performance.md)
    const v = doc.value[t]!;
    let m = v.length === 1 && mayBeMark(v) ? markAt(doc, t) : undefined;
    if (!m) {
      t++;
      continue;
    }
    let at = stack.length - 1;
    while (at >= 0 && stack[at]!.family !== m.family) at--;
    // "I prefer Kasich,” / “... so much," Trump said: curly and straight double marks mixed up in
    // one pair. A mark that can close (or a straight one in closing position) closes the other kind.
    if (at < 0 && (m.family === Family.Curly || m.family === Family.Straight) && (m.role === 'close' || (m.role === 'toggle' && inClosingPosition(doc, t)))) {
      const other = m.family === Family.Curly ? Family.Straight : Family.Curly;
      at = stack.length - 1;
      while (at >= 0 && stack[at]!.family !== other) at--;
      if (at >= 0) m = { ...m, role: 'close' };
    }
    // “Let’s go. We can win.’ Schumer ...: a right single mark after sentence punctuation, with no
    // single mark open, closes the open curly double mark (an apostrophe never follows punctuation).
    if (
      at < 0 &&
      m.family === Family.CurlySingle &&
      m.role === 'close' &&
      stack.length > 0 &&
      stack[stack.length - 1]!.family === Family.Curly &&
      afterSentencePunctuation(doc, t)
    ) {
      at = stack.length - 1;
      m = { family: Family.Curly, role: 'close', width: m.width };
    }
    const closes = m.role === 'close' || (m.role === 'toggle' && at >= 0);
    if (closes) {
      if (at >= 0) {
        const open = stack[at]!;
        stack.length = at;
        // Single marks left below a closed double mark were apostrophes.
        if (outermostDouble(stack) === undefined && (isDouble(open.family) || stack.length === 0)) {
          stack.length = 0;
          spans.push({
            start: open.start,
            end: doc.end[t + m.width - 1]!,
            openToken: open.token,
            afterToken: t + m.width,
            firstInner: open.firstInner,
            endInner: t,
            paragraph: paragraphOf[t]!,
            closed: true,
            continues: s.continuing && open.token === s.firstOfParagraph,
          });
        }
      }
      // A closing mark with nothing to close: a typo or an apostrophe; ignore it.
    } else {
      // German „...“: the left double mark closes a low opening mark.
      const low =
        doc.value[t]!.charCodeAt(0) === mark.leftDouble && stack.length > 0 && doc.value[stack[stack.length - 1]!.token]!.charCodeAt(0) === mark.lowDouble;
      if (low) {
        const open = stack.pop()!;
        if (stack.length === 0) {
          spans.push({
            start: open.start, end: doc.end[t]!, openToken: open.token, afterToken: t + 1, firstInner: open.firstInner, endInner: t,
            paragraph: paragraphOf[t]!, closed: true, continues: false,
          });
        }
      } else {
        stack.push({ family: m.family, token: t, start: doc.start[t]!, firstInner: t + m.width });
      }
    }
    t += m.width;
  }
  if (doc.length) endOfParagraph(s, doc.length - 1, doc.length);
  // A single-mark pair at top level (headline style ‘...’) is kept; empty spans are not.
  const kept: QuotedSpan[] = [];
  for (let i = 0; i < spans.length; i++) if (spans[i]!.endInner > spans[i]!.firstInner) kept.push(spans[i]!);
  return kept;
}
