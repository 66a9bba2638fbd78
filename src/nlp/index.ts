// The nlp stage: wink-nlp tokens, sentences and paragraphs laid out as flat
// arrays with exact UTF-16 offsets into the article text.
//
// wink-nlp tokenises losslessly: each token's preceding whitespace plus its
// value, concatenated, rebuilds the input. Offsets are the running sum, so
// typographic quotes, dashes and non-breaking spaces cannot shift them.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createRequire } from 'node:module';
import type { Span } from '../model.ts';
import { datelineDash } from './dateline.ts';
import { analyzeSyntax, loadSyntax, type Syntax, type SyntaxModel } from './syntax.ts';
import { keepAsidesWhole, retokenize, type TokenArrays } from './retokenize.ts';

const allowedMappers: unknown = createRequire(import.meta.url)('wink-nlp/src/allowed.js');

export type Nlp = ReturnType<typeof winkNLP>;

export type Sentence = Span & {
  /** first token index (inclusive) */
  firstToken: number;
  /** last token index (exclusive) */
  endToken: number;
  paragraph: number;
};

/** One tokenised article. Per-token data lives in parallel arrays indexed by token. */
export type TokenDoc = {
  text: string;
  /** token count (whitespace-only tokens are dropped) */
  length: number;
  start: Int32Array;
  end: Int32Array;
  value: string[];
  /** lower-cased value */
  lower: string[];
  /** wink-nlp's universal POS tag: NOUN, PROPN, VERB, AUX, ADP, PUNCT, ... (Entente's own tags are `upos`) */
  pos: string[];
  /** 1 when wink marks the token as under the scope of a negation */
  negated: Uint8Array;
  /** sentence index of each token */
  sentence: Int32Array;
  sentences: Sentence[];
  /** paragraphs: spans of text separated by blank lines */
  paragraphs: Span[];
};

/** One parsed article: its tokens plus, per token, Entente's UPOS tag and dependency arc. */
export type Doc = TokenDoc & Syntax;

/** Hyphen tokens as wink-nlp splits them out of words ("US-led", "US\u2010led", "US\u2011led"). */
export const hyphens: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011']);

/** Whether the token at t is glued to a hyphen before it: the second half of a hyphenated word ("US-led"). */
export function afterGluedHyphen(doc: Pick<TokenDoc, 'value' | 'start' | 'end'>, t: number): boolean {
  return t > 0 && hyphens.has(doc.value[t - 1]!) && doc.end[t - 1] === doc.start[t];
}

/** Whether the token at t is a hyphen glued to the words on both sides of it: "R-NY", "self-described". */
export function isGluedHyphen(doc: Pick<TokenDoc, 'length' | 'value' | 'start' | 'end'>, t: number): boolean {
  return t > 0 && t + 1 < doc.length && afterGluedHyphen(doc, t + 1) && doc.end[t - 1] === doc.start[t];
}

/** Index of the first token that ends after `offset` (the token holding it, else the next one); doc.length when none. */
export function tokenEndingAfter(doc: Pick<TokenDoc, 'length' | 'end'>, offset: number): number {
  let lo = 0;
  let hi = doc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.end[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that starts at or after `offset`; doc.length when none. */
export function tokenStartingFrom(doc: Pick<TokenDoc, 'length' | 'start'>, offset: number): number {
  let lo = 0;
  let hi = doc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

let shared: Nlp | undefined;
/** Called before each document: see documentScopedLexicon. */
let startDocument: () => void = () => {};

type WinkCache = {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
};

/**
 * Makes the wink instance read every document as a fresh instance would.
 *
 * wink-nlp remembers each out-of-vocabulary word it meets (its cache "learns" across
 * documents), and its tokenizer decides some splits by asking whether a piece is a known
 * word: once some article has added "Rubio’s" whole, a later "Rubio’s" stays one token
 * instead of "Rubio" + "’s", and the actor is missed. Results then depended on which
 * articles a thread had read before, so `ingest --jobs 2` stored different mentions than
 * `--jobs 1` (docs/performance.md, "wink-nlp's learning cache"). Here the cache's `lookup` only sees
 * the model's own words and the words added while reading the current document, which is
 * what a fresh instance sees. (wink-nlp has no option for this; its document reader
 * calls `cache.lookup` and `cache.add` through the cache object, which is reached once
 * through an `its` mapper registered with wink's list of allowed mappers.)
 */
function documentScopedLexicon(nlp: Nlp): () => void {
  const itsCache = (_index: number, rdd: { cache: WinkCache }) => rdd.cache;
  (allowedMappers as { its4tokens: Set<unknown> }).its4tokens.add(itsCache);
  const cache = (nlp.readDoc('probe').tokens().out(itsCache as never) as unknown as WinkCache[])[0]!;
  (allowedMappers as { its4tokens: Set<unknown> }).its4tokens.delete(itsCache);
  const intrinsic = cache.intrinsicSize();
  const lookup = cache.lookup.bind(cache);
  const add = cache.add.bind(cache);
  /** out-of-vocabulary entries added (or met again) while reading the current document */
  const seen = new Set<number>();
  const mark = (index: number) => {
    if (index >= intrinsic) seen.add(index);
  };
  // While wink adds a word it looks up its lower-cased form (to guess a POS): that
  // lookup sees everything, as it would in a fresh instance, where the form was just added.
  let adding = false;
  cache.add = (text, category) => {
    adding = true;
    let index: number;
    try {
      index = add(text, category);
    } finally {
      adding = false;
    }
    mark(index);
    // wink adds the lower-cased form along with the word
    const lower = text.toLowerCase();
    if (lower !== text) {
      const found = lookup(lower);
      if (found && found.length === 1) mark(found[0]!);
    }
    return index;
  };
  cache.lookup = (text) => {
    const found = lookup(text);
    if (adding || found === null || found.length !== 1 || found[0]! < intrinsic || seen.has(found[0]!)) return found;
    return null;
  };
  return () => seen.clear();
}

/**
 * The wink pipeline Entente runs: sentence boundaries, negation and POS. wink's own
 * entity recogniser and sentiment are left off: the lite model has no PERSON/ORG/GPE
 * entities, actors come from our dictionaries, and dropping them makes readDoc faster with
 * the same tokens, POS, negation and sentences (docs/performance.md, "wink pipeline").
 */
export const winkPipeline = ['sbd', 'negation', 'pos'];

/** The wink-nlp instance, created once per process (loading the model takes ~100 ms). */
export function loadNlp(): Nlp {
  if (!shared) {
    shared = winkNLP(model, winkPipeline as Parameters<typeof winkNLP>[1]);
    startDocument = documentScopedLexicon(shared);
  }
  return shared;
}

// (\r: a CRLF text keeps its line breaks, "\r\n\r\n" is a blank line too)
const blankLine = /\n[ \t\u00a0\r]*\n\s*/g;

/** Paragraph spans: the text split on blank lines, each trimmed of surrounding whitespace. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  };
  for (const m of text.matchAll(blankLine)) {
    push(from, m.index!);
    from = m.index! + m[0].length;
  }
  push(from, text.length);
  return spans;
}

/** Letters of the Latin Extended blocks, where wink cuts a word ("Erdo" "ğ" "an"). */
const latinExtended = /[\u0100-\u024f\u1e00-\u1eff]/g;
/** Extended letters with no decomposition to a plain one. */
const plainLetterOf: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŀ: 'l', Ŀ: 'L' };

/**
 * The text as wink reads it: each Latin Extended letter replaced by its plain base letter
 * ("Erdoğan" -> "Erdogan", one UTF-16 unit for one, so every offset holds). wink splits words
 * at such letters and then tags the pieces and their neighbours as it would garbage ("ğ" X,
 * "an" DET, and the next word "spoke" NOUN); the folded word is one name to it. Token values
 * are taken from the text itself.
 */
export function winkView(text: string): string {
  return text.replace(latinExtended, (letter) => {
    const base = plainLetterOf[letter] ?? letter.normalize('NFD')[0]!;
    return /^[A-Za-z]$/.test(base) ? base : letter;
  });
}

/**
 * The text with the characters of `skip` turned to spaces (line breaks kept): the same offsets, no tokens
 * there, and a skipped line becomes a blank one between paragraphs.
 */
function blanked(text: string, skip: readonly Span[]): string {
  let out = '';
  let from = 0;
  for (const { start, end } of skip) {
    if (start < from || end <= start) continue;
    out += text.slice(from, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    from = end;
  }
  return out + text.slice(from);
}

/**
 * The tokens, sentences and paragraphs of a text, without syntax. `skip`: ranges of the text that are no
 * article text (Article.boilerplate, in order): they get no tokens, and offsets still index `text`.
 */
export function tokenize(text: string, nlp: Nlp = loadNlp(), skip: readonly Span[] = []): TokenDoc {
  const its = nlp.its;
  if (nlp === shared) startDocument();
  const read = skip.length > 0 ? blanked(text, skip) : text;
  const folded = winkView(read);
  const wdoc = nlp.readDoc(folded);
  const winkTokens = wdoc.tokens();
  const rawValue = winkTokens.out(its.value) as string[];
  const rawSpaces = winkTokens.out(its.precedingSpaces) as string[];
  const rawPos = winkTokens.out(its.pos) as string[];
  const rawNeg = winkTokens.out(its.negationFlag) as unknown as boolean[];
  const n = rawValue.length;

  // Sentence boundaries as raw token indices (wink reports [first, last] token per sentence).
  const opensRaw = new Uint8Array(n);
  if (n > 0) for (const span of wdoc.sentences().out(its.span) as unknown as [number, number][]) opensRaw[span[0]] = 1;

  // Tokens kept (whitespace-only ones dropped); a dropped token's sentence start passes
  // to the next kept one.
  const kept: TokenArrays = { start: [], end: [], value: [], pos: [], negated: [], opens: [] };
  let offset = 0;
  let pendingOpen = 0;
  for (let i = 0; i < n; i++) {
    offset += rawSpaces[i]!.length;
    const v = folded === text ? rawValue[i]! : text.slice(offset, offset + rawValue[i]!.length);
    pendingOpen |= opensRaw[i]!;
    if (rawPos[i] !== 'SPACE' && v.trim() !== '') {
      kept.start.push(offset);
      kept.end.push(offset + v.length);
      kept.value.push(v);
      kept.pos.push(rawPos[i]!);
      kept.negated.push(rawNeg[i] ? 1 : 0);
      kept.opens.push(pendingOpen || kept.start.length === 1 ? 1 : 0);
      pendingOpen = 0;
    }
    offset += v.length;
  }
  const tokens = retokenize(kept);
  keepAsidesWhole(tokens);
  const count = tokens.value.length;
  const start = Int32Array.from(tokens.start);
  const end = Int32Array.from(tokens.end);
  const sentence = new Int32Array(count);

  const paragraphs = paragraphSpans(read);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (let t = 0; t < count; ) {
    let endToken = t + 1;
    while (endToken < count && !tokens.opens[endToken]) endToken++;
    const sStart = start[t]!;
    while (paragraph + 1 < paragraphs.length && paragraphs[paragraph]!.end <= sStart) paragraph++;
    sentence.fill(sentences.length, t, endToken);
    sentences.push({ start: sStart, end: end[endToken - 1]!, firstToken: t, endToken, paragraph });
    t = endToken;
  }

  return {
    text,
    length: count,
    start,
    end,
    value: tokens.value,
    lower: tokens.value.map((v) => v.toLowerCase()),
    pos: tokens.pos,
    negated: Uint8Array.from(tokens.negated),
    sentence,
    sentences,
    paragraphs,
  };
}

/** The nlp stage: tokens, sentences and paragraphs, then tags and a dependency tree per sentence. */
export function parse(text: string, nlp: Nlp = loadNlp(), syntax: SyntaxModel = loadSyntax(), skip: readonly Span[] = []): Doc {
  const tokens = tokenize(text, nlp, skip);
  return { ...tokens, ...syntaxOf(tokens, syntax) };
}

/** Tags and a dependency tree for every sentence of tokenized text, each sentence's dateline parsed apart (syntax.ts). */
export function syntaxOf(tokens: TokenDoc, syntax: SyntaxModel): Syntax {
  return analyzeSyntax(
    tokens,
    syntax,
    tokens.sentences.map((_, si) => datelineDash(tokens, si)),
  );
}
