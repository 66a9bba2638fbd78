// Dictionary phrases and document tokens compared on the same key.
//
// Dictionary phrases are written `UNITED_STATES`, `MAZAR-I-SHARIF`, `U.S._VICE_PRESIDENT`;
// wink-nlp splits text on hyphens and before possessives but keeps abbreviations with
// their dots ("U.S.", "Mr.", "J."). phraseTokens() cuts a dictionary phrase the same
// way, so that matching is a plain comparison of lower-cased token keys.
import { tokenEndingAfter, type Doc } from '../nlp/index.ts';

const typographicApostrophe = /[\u2019\u2018\u02bc]/g;

/** The comparison key of one token: lower case, typographic apostrophes made straight. */
export function tokenKey(lower: string): string {
  return lower.includes('\u2019') || lower.includes('\u2018') || lower.includes('\u02bc')
    ? lower.replace(typographicApostrophe, "'")
    : lower;
}

const typographicApostrophes = ['\u2019', '\u2018', '\u02bc'];

/**
 * Keys for every token of a parsed document, computed once per article. A key differs from
 * the lower-cased token only where the token holds a typographic apostrophe: those are found
 * in the text (tokens are exact spans of it), and the other tokens keep their lower-cased form.
 */
export function docKeys(doc: Doc): string[] {
  const n = doc.length;
  const lower = doc.lower;
  const keys = lower.length === n ? lower.slice() : lower.slice(0, n);
  const text = doc.text;
  for (let a = 0; a < typographicApostrophes.length; a++) {
    const ch = typographicApostrophes[a]!;
    for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) {
      const t = tokenEndingAfter(doc, at);
      if (t < n) keys[t] = tokenKey(lower[t]!);
    }
  }
  return keys;
}

const leadingPunct = /^[("“‘'[]+/;
const trailingPunct = /[)"”’,;:!?\]]+$/;

/** `PRESIDENT_LUIZ_INACIO_LULA_DA_SILVA` -> ["president", "luiz", ...]. Empty words are dropped. */
export function phraseTokens(phrase: string): string[] {
  const out: string[] = [];
  for (const word of tokenKey(phrase.toLowerCase()).split(/[\s_]+/)) {
    if (!word) continue;
    let w = word;
    const lead = leadingPunct.exec(w);
    if (lead) {
      for (const ch of lead[0]) out.push(ch);
      w = w.slice(lead[0].length);
    }
    const trail = trailingPunct.exec(w);
    const tail = trail ? trail[0] : '';
    if (trail) w = w.slice(0, w.length - tail.length);
    // wink splits the possessive off: "Gondor's" -> "gondor" "'s".
    let possessive = '';
    if (w.endsWith("'s") && w.length > 2) {
      possessive = "'s";
      w = w.slice(0, -2);
    } else if (w.endsWith("'") && w.length > 1) {
      possessive = "'";
      w = w.slice(0, -1);
    }
    // Hyphens are tokens of their own: "al-qaeda" -> "al" "-" "qaeda".
    const parts = w.split('-');
    parts.forEach((p, k) => {
      if (k > 0) out.push('-');
      if (p) out.push(p);
    });
    if (possessive) out.push(possessive);
    for (const ch of tail) out.push(ch);
  }
  return out;
}

/** Display form of a dictionary phrase: `VLADIMIR_PUTIN_` -> "Vladimir Putin". */
export function displayName(phrase: string): string {
  return phrase
    .replace(/_+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(^|[\s\-(])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

/** `Luiz Inácio Lula da Silva` -> "luiz-inacio-lula-da-silva", for person:/org: ids. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
