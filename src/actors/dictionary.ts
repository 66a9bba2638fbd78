// Readers for the PETRARCH/TABARI actor and agent dictionary formats, as they are
// documented in PETRARCH2's PETRreader.py and written in the Phoenix and validation files.
//
// Actor file, one record:
//   VLADIMIR_PUTIN_  # comment            primary phrase, optional inline code(s)
//   +PRESIDENT_PUTIN_                     synonym phrases
//   	[RUSELI 700101-990809]               indented codes; dates YYMMDD or YYYYMMDD
//   	[RUSGOV >080508]                     `>d` on or after, `<d` on or before,
//   	[RUSELI]                             `a-b` between; no date = the default code
// Agent file, one record per line:
//   PRESIDENT [~GOV]                      `~X` appends X to an actor code: Gondor + ~GOV = GONGOV
//   HUMAN_RIGHTS_BODY [NGO~]              `X~` puts X in front: NGO + GON = NGOGON
//   ATTORNEY_GENERAL {ATTORNEYS_GENERAL}  irregular plural; `{}` means no plural
//   !PERSON! = MAN, MEN, WOMAN            substitution set, used as CONGRESS!PERSON!
// Comments: `#` to end of line, `;` after a phrase, `<!-- ... -->` (also over several lines).
// Words are joined by `_` or space; both mean "next token" here.
import { phraseTokens } from './phrase.ts';

/** A code with its validity: from/to are YYYYMMDD integers, inclusive; absent = open. */
export type CodeRule = { code: string; from?: number; to?: number; restricted: boolean };

export type ActorEntry = {
  /** the record's primary phrase as written, e.g. VLADIMIR_PUTIN_ */
  root: string;
  /** each phrase (primary and synonyms) as token keys */
  phrases: string[][];
  rules: CodeRule[];
  /** where the record starts, `file:line` */
  origin: string;
};

export type AgentEntry = {
  phrase: string[];
  /** the role code without its `~`, e.g. GOV, GOVFRM, NGO */
  code: string;
  /** `~GOV` is a suffix (country + GOV); `NGO~` a prefix (NGO + country) */
  placement: 'suffix' | 'prefix';
  /** true for the generated or given plural form ("soldiers", "leaders") */
  plural: boolean;
  origin: string;
};

export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

/** strict: the first malformed line throws; lenient: it is skipped and reported in `problems`. */
export type ReadMode = { strict: boolean; problems?: DictionaryError[] };

type Line = { text: string; number: number };

/** Lines with comments removed, keeping their 1-based numbers; blank lines dropped. */
export function contentLines(source: string): Line[] {
  const lines = source.split(/\r?\n/);
  const out: Line[] = [];
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i]!;
    if (inComment) {
      const close = text.indexOf('-->');
      if (close < 0) continue;
      text = text.slice(close + 3);
      inComment = false;
    }
    // Remove <!-- ... --> on one line; an unclosed one runs on.
    for (let open = text.indexOf('<!'); open >= 0; open = text.indexOf('<!')) {
      const close = text.indexOf('>', open + 2);
      const closeDashes = text.indexOf('-->', open + 2);
      if (text.startsWith('<!--', open)) {
        if (closeDashes < 0) {
          text = text.slice(0, open);
          inComment = true;
          break;
        }
        text = text.slice(0, open) + text.slice(closeDashes + 3);
      } else {
        // `<! -- NEW ACTORS -->`-style markers: drop to the end of the marker.
        text = text.slice(0, open) + (close < 0 ? '' : text.slice(close + 1));
      }
    }
    const hash = text.indexOf('#');
    if (hash >= 0) text = text.slice(0, hash);
    if (text.trim() === '') continue;
    if (text.includes('---STOP---')) break;
    out.push({ text, number: i + 1 });
  }
  return out;
}

/** A dictionary date, YYMMDD (00-30 -> 20YY, else 19YY) or YYYYMMDD, as a YYYYMMDD integer. */
export function dictionaryDate(digits: string): number | undefined {
  if (!/^\d{6,8}$/.test(digits)) return undefined;
  let year: number;
  let rest: string;
  if (digits.length > 7) {
    year = Number(digits.slice(0, 4));
    rest = digits.slice(4, 8);
  } else {
    if (digits.length !== 6) return undefined;
    const yy = Number(digits.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2, 6);
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return year * 10000 + month * 100 + day;
}

/** `[USAGOV 20090120-20170120]` content (without brackets) -> a CodeRule, or an error message. */
function parseCodeRule(inner: string): CodeRule | string {
  const text = inner.trim();
  if (!text) return 'empty code in [ ]';
  const space = text.search(/\s/);
  const code = space < 0 ? text : text.slice(0, space);
  const restriction = space < 0 ? '' : text.slice(space).replace(/\s+/g, '');
  if (!restriction) return { code, restricted: false };
  const before = /^<(\d+)$/.exec(restriction);
  const after = /^>(\d+)$/.exec(restriction);
  const between = /^(\d+)-(\d+)$/.exec(restriction);
  const bad = `date restriction "${restriction}" is not <date, >date or date-date with dates YYMMDD or YYYYMMDD`;
  if (before) {
    const to = dictionaryDate(before[1]!);
    return to === undefined ? bad : { code, to, restricted: true };
  }
  if (after) {
    const from = dictionaryDate(after[1]!);
    return from === undefined ? bad : { code, from, restricted: true };
  }
  if (between) {
    const from = dictionaryDate(between[1]!);
    const to = dictionaryDate(between[2]!);
    if (from === undefined || to === undefined) return bad;
    if (to < from) return `date restriction "${restriction}" ends before it starts`;
    return { code, from, to, restricted: true };
  }
  return bad;
}

/** Every [...] group on a line, parsed; the text before the first `[` is returned as the phrase. */
function splitCodes(text: string): { phrase: string; rules: CodeRule[] } | string {
  const first = text.indexOf('[');
  const phrase = first < 0 ? text : text.slice(0, first);
  const rules: CodeRule[] = [];
  let at = first;
  while (at >= 0) {
    const close = text.indexOf(']', at);
    if (close < 0) return `"[" without a closing "]"`;
    const rule = parseCodeRule(text.slice(at + 1, close));
    if (typeof rule === 'string') return rule;
    rules.push(rule);
    const next = text.indexOf('[', close);
    if (next < 0 && text.slice(close + 1).trim() !== '') return `unexpected text after "]": "${text.slice(close + 1).trim()}"`;
    at = next;
  }
  if (text.includes(']') && first < 0) return `"]" without an opening "["`;
  return { phrase, rules };
}

function fail(file: string, line: number, message: string, mode: ReadMode): void {
  const error = new DictionaryError(file, line, message);
  if (mode.strict) throw error;
  mode.problems?.push(error);
}

/** Read a PETRARCH actor dictionary. `file` names the source in errors. */
export function readActorDictionary(source: string, file: string, mode: ReadMode = { strict: true }): ActorEntry[] {
  const entries: ActorEntry[] = [];
  let current: ActorEntry | undefined;
  for (const { text, number } of contentLines(source)) {
    const isCodeLine = /^\s/.test(text) && text.trim().startsWith('[');
    if (isCodeLine) {
      if (!current) {
        fail(file, number, 'a code line comes before any actor phrase', mode);
        continue;
      }
      const parsed = splitCodes(text.trim());
      if (typeof parsed === 'string') fail(file, number, parsed, mode);
      else current.rules.push(...parsed.rules);
      continue;
    }
    const synonym = text.trimStart().startsWith('+');
    const body = (synonym ? text.trimStart().slice(1) : text).split(';')[0]!;
    const parsed = splitCodes(body);
    if (typeof parsed === 'string') {
      fail(file, number, parsed, mode);
      continue;
    }
    const tokens = phraseTokens(parsed.phrase);
    if (tokens.length === 0) {
      fail(file, number, synonym ? 'a "+" synonym line without a phrase' : 'an actor line without a phrase', mode);
      continue;
    }
    if (synonym) {
      if (!current) {
        fail(file, number, 'a "+" synonym comes before any actor phrase', mode);
        continue;
      }
      current.phrases.push(tokens);
      current.rules.push(...parsed.rules);
    } else if (current && current.rules.length === 0 && parsed.rules.length === 0) {
      // PETRARCH keeps filling the same code list until a code is seen, so consecutive
      // primary phrases without codes share the codes that follow them.
      current.phrases.push(tokens);
    } else {
      current = { root: parsed.phrase.trim(), phrases: [tokens], rules: parsed.rules, origin: `${file}:${number}` };
      entries.push(current);
    }
  }
  return entries;
}

/** PETRARCH's regular plural: +S, Y -> IES, S -> SES. */
function regularPlural(phrase: string): string {
  if (phrase.endsWith('Y') || phrase.endsWith('y')) return `${phrase.slice(0, -1)}${phrase.endsWith('y') ? 'ies' : 'IES'}`;
  if (phrase.endsWith('S') || phrase.endsWith('s')) return `${phrase}${phrase.endsWith('s') ? 'es' : 'ES'}`;
  return `${phrase}${/[a-z]$/.test(phrase) ? 's' : 'S'}`;
}

/** Read a PETRARCH agent dictionary. */
export function readAgentDictionary(source: string, file: string, mode: ReadMode = { strict: true }): AgentEntry[] {
  const entries: AgentEntry[] = [];
  const substitutions = new Map<string, string[]>();
  for (const { text, number } of contentLines(source)) {
    const marker = /^\s*!([^!\s]+)!\s*=\s*(.*)$/.exec(text);
    if (marker) {
      substitutions.set(marker[1]!, marker[2]!.split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const open = text.indexOf('[');
    const close = text.indexOf(']', open);
    if (open < 0 || close < 0) {
      fail(file, number, open < 0 ? 'an agent needs a code in [ ], e.g. PRESIDENT [~GOV]' : '"[" without a closing "]"', mode);
      continue;
    }
    const rawCode = text.slice(open + 1, close).trim();
    const tilde = rawCode.indexOf('~');
    if (tilde < 0 || (tilde > 0 && tilde < rawCode.length - 1) || rawCode.length < 2) {
      fail(file, number, `agent code "${rawCode}" must start or end with "~" (e.g. ~GOV or NGO~)`, mode);
      continue;
    }
    const code = rawCode.replace('~', '');
    const placement = tilde === 0 ? 'suffix' : 'prefix';
    let head = text.slice(0, open).trim();
    let plurals: string[] | undefined;
    const brace = head.indexOf('{');
    if (brace >= 0) {
      const braceEnd = head.indexOf('}', brace);
      if (braceEnd < 0) {
        fail(file, number, 'missing "}" after "{"', mode);
        continue;
      }
      const given = head.slice(brace + 1, braceEnd).trim();
      plurals = given ? [given] : [];
      head = head.slice(0, brace).trim();
    }
    if (!head) {
      fail(file, number, 'an agent line without a phrase', mode);
      continue;
    }
    // A stem PETRARCH matches as the start of a word ("FINANCE_MINIST": finance minister,
    // ministry): where a substitution of that name spells out its words (!MINIST! = MINISTER,
    // MINISTERS, MINISTRY, MINISTRIES), the stem reads as the substitution. (Not a whole word
    // that names one: "DISPLACED_PERSON" is that phrase, with its plural.)
    const stem = /[^_\s!]+$/.exec(head)?.[0];
    const stemWords = stem && !head.includes('!') ? substitutions.get(stem) : undefined;
    if (stemWords && !stemWords.includes(stem!)) head = `${head.slice(0, head.length - stem!.length)}!${stem}!`;
    // Substitution markers expand to one phrase per listed word, with no generated plural.
    const bang = head.indexOf('!');
    let forms: { phrase: string; plural: boolean }[];
    if (bang >= 0) {
      const end = head.indexOf('!', bang + 1);
      const name = end < 0 ? undefined : head.slice(bang + 1, end);
      const words = name === undefined ? undefined : substitutions.get(name);
      if (!words) {
        fail(
          file,
          number,
          end < 0
            ? `substitution marker "${head.slice(bang)}" is not closed with "!"`
            : `substitution marker !${name}! is not defined above (define it as !${name}! = WORD, WORD)`,
          mode,
        );
        continue;
      }
      forms = words.map((w) => ({ phrase: head.slice(0, bang) + w + head.slice(end! + 1), plural: /(MEN|WOMEN|IES|S)$/i.test(w) }));
    } else {
      forms = [{ phrase: head, plural: false }, ...(plurals ?? [regularPlural(head)]).map((p) => ({ phrase: p, plural: true }))];
    }
    for (const form of forms) {
      const phrase = phraseTokens(form.phrase);
      if (phrase.length) entries.push({ phrase, code, placement, plural: form.plural, origin: `${file}:${number}` });
    }
  }
  return entries;
}

/** The code that applies on `date` (YYYYMMDD): the first restriction that holds, else the default. */
export function codeOn(rules: readonly CodeRule[], date: number | undefined): string | undefined {
  let fallback: string | undefined;
  let latest: CodeRule | undefined;
  for (const rule of rules) {
    if (!rule.restricted) {
      fallback = rule.code;
      continue;
    }
    if (date === undefined) {
      if (!latest || (rule.to ?? Infinity) >= (latest.to ?? Infinity)) latest = rule;
      continue;
    }
    if ((rule.from === undefined || date >= rule.from) && (rule.to === undefined || date <= rule.to)) return rule.code;
  }
  // An undated article is read as of the dictionary's present: an office with no end date is
  // the one held now ("Vladimir Putin" RUSGOV, not the default RUSELI); else the default code,
  // else the most recent restriction.
  if (latest && latest.to === undefined) return latest.code;
  return fallback ?? latest?.code;
}
