// CoNLL-U, the Universal Dependencies file format: reading treebanks (to train and
// evaluate the parser, and in tests that read `analyze --format conllu` back).
//
// One word a line, ten tab-separated columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL
// DEPS MISC), sentences separated by blank lines, `#` comments before a sentence.
// Multi-word tokens ("1-2 don't") and empty nodes ("8.1") are kept apart from the words.
import type { Span } from '../model.ts';

export type ConlluWord = {
  /** 1-based word id within the sentence */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head word id, 0 for the root; -1 when the column is `_` */
  head: number;
  deprel: string;
  misc: string;
};

/** A multi-word token: surface form covering words first..last (1-based, inclusive). */
export type ConlluToken = { first: number; last: number; form: string; misc: string };

export type ConlluSentence = {
  /** `# key = value` comments, in order (sent_id, text, newdoc id, ...) */
  comments: Map<string, string>;
  words: ConlluWord[];
  multiword: ConlluToken[];
  /** 1-based line number of the sentence's first line, for error messages */
  line: number;
};

export class ConlluError extends Error {}

/** Reads CoNLL-U text into sentences; throws a ConlluError naming the line on malformed input. */
export function readConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') {
      if (current?.words.length) sentences.push(current);
      current = null;
      continue;
    }
    current ??= { comments: new Map(), words: [], multiword: [], line: i + 1 };
    if (line.startsWith('#')) {
      const m = /^#\s*([^=]+?)\s*(?:=\s?(.*))?$/.exec(line);
      if (m) current.comments.set(m[1]!, m[2] ?? '');
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new ConlluError(`line ${i + 1}: expected 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0]!;
    if (id.includes('.')) continue; // empty node (enhanced dependencies only)
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      current.multiword.push({ first: Number(range[1]), last: Number(range[2]), form: cols[1]!, misc: cols[9]! });
      continue;
    }
    if (!/^\d+$/.test(id)) throw new ConlluError(`line ${i + 1}: bad word id '${id}'`);
    const head = cols[6] === '_' ? -1 : Number(cols[6]);
    if (!Number.isInteger(head)) throw new ConlluError(`line ${i + 1}: bad head '${cols[6]}'`);
    current.words.push({
      id: Number(id),
      form: cols[1]!,
      lemma: cols[2]!,
      upos: cols[3]!,
      xpos: cols[4]!,
      feats: cols[5]!,
      head,
      deprel: cols[7]!,
      misc: cols[9]!,
    });
  }
  if (current?.words.length) sentences.push(current);
  return sentences;
}

/**
 * Character spans of a sentence's words in its `# text`, found by walking the surface
 * tokens in order. A multi-word token's words share its span when their forms do not
 * spell it out ("won't" = "wo" + "n't" does; "gonna" = "gon" + "na" does too); otherwise
 * the first word takes the whole span and the others an empty span at its end.
 * Returns null when a token cannot be found in the text.
 */
export function wordSpans(sentence: ConlluSentence, text = sentence.comments.get('text') ?? ''): Span[] | null {
  const spans: Span[] = new Array(sentence.words.length);
  const mwtAt = new Map(sentence.multiword.map((t) => [t.first, t]));
  let at = 0;
  const find = (form: string): number => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (text.startsWith(form, at)) return at;
    const found = text.indexOf(form, at);
    return found;
  };
  for (let w = 0; w < sentence.words.length; ) {
    const word = sentence.words[w]!;
    const mwt = mwtAt.get(word.id);
    if (mwt) {
      const start = find(mwt.form);
      if (start < 0) return null;
      const end = start + mwt.form.length;
      let cursor = start;
      const parts = sentence.words.slice(w, w + (mwt.last - mwt.first + 1));
      const spelled = parts.map((p) => p.form).join('') === mwt.form;
      for (const part of parts) {
        if (spelled) {
          spans[w] = { start: cursor, end: cursor + part.form.length };
          cursor += part.form.length;
        } else {
          spans[w] = part === parts[0] ? { start, end } : { start: end, end };
        }
        w++;
      }
      at = end;
      continue;
    }
    const start = find(word.form);
    if (start < 0) return null;
    spans[w] = { start, end: start + word.form.length };
    at = start + word.form.length;
    w++;
  }
  return spans;
}
