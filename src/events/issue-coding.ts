// Issue coding: what an event's sentence is about, as PETRARCH2 tags each coded sentence with
// the codes of an issue-coding file (`--issues FILE`; Phoenix's is Phoenix.IssueCoding.txt).
// This is not the stance lexicon (data/issues.txt, src/stances/), which says who takes which
// position: an issue code only says that the sentence names a topic.
//
//   "Students rallied outside the university against the new curriculum."
//    ^ n:student [STUDENTS]      ^ n:university        ^ new curriculum [EDUCATION_REFORM]
//                                  [POSTSECONDARY_EDUCATION]
//
// The file format (PETRARCH2's PETRreader.read_issue_list):
//   <ISSUE CATEGORY="EDUCATION" TYPE="ALL"> ... </ISSUE>   a section; its phrases get the category
//   phrase [CODE]   the phrase names the issue CODE. In a phrase:
//                     n:word   the noun and its plural (n:school: school, schools)
//                     v:word   the verb's regular forms (v:purge: purge, purges, purged, purging)
//                     a+b      both "a b" and "a-b" (a_b likewise)
//   ~phrase         where this phrase is, the section's codes are not given for the sentence
//                   ("~olive oil" in ENERGY: a sentence on olive oil is no OIL)
//   ~~phrase        likewise for the whole article
//   # comment
// PETRARCH2 cancels every issue of a sentence for any `~` phrase (its own docstring calls the
// exclusions "not yet fully implemented"); here an exclusion takes out its own section, as the
// format describes. TYPE is read by neither.
//
// Phrases match the article's text whatever the case, diacritics (cote d'ivoire: "Côte
// d'Ivoire"), typographic apostrophes and hyphens, from the start of a word to the end of one,
// the longest phrase first, and a word is part of one match at most (as in PETRARCH2).
import { readFileSync } from 'node:fs';
import type { Event, IssueMatch } from '../model.ts';
import type { TokenDoc } from '../nlp/index.ts';
import { tokenEndingAfter } from '../nlp/index.ts';
import { checkDictionaryKind } from '../dictionaries.ts';
import { contentLines, DictionaryError } from '../actors/dictionary.ts';
import { nounPlural, regularVerbForms } from './inflection.ts';

/** One written form of a phrase of the file: a code it names, or an exclusion of its section's codes. */
export type IssuePhrase = {
  /** the words, folded (foldText) and with single spaces between them */
  form: string;
  /** the issue code; absent for an exclusion */
  code?: string;
  /** the section's category; absent outside any section */
  category?: string;
  /** for an exclusion (`~`, `~~`): whether it holds for its sentence or for the whole article */
  excludes?: 'sentence' | 'article';
};

export type IssueCoding = {
  /** phrases by their first word (folded): the run of letters and digits they open with */
  byFirstWord: Map<string, IssuePhrase[]>;
};

/** One line of an issue-coding file read: its forms and where it was. */
export type IssueEntry = { line: number; forms: IssuePhrase[] };

const sectionOpen = /^<ISSUE\b(.*)>$/i;
const sectionClose = /^<\/ISSUE\s*>$/i;
const categoryAttribute = /\bCATEGORY\s*=\s*"([^"]*)"/i;
const codedPhrase = /^([^[\]]+)\[([A-Za-z0-9_-]+)\]/;
/** What a phrase may hold once n:, v: and + are read: letters, digits and the punctuation of names. */
const phraseCharacters = /^[\p{L}\p{N}\p{M} .,'’/&-]+$/u;
const wordRun = /[\p{L}\p{N}]+/u;
const startsWithWord = /^[\p{L}\p{N}]/u;

/**
 * The entries of an issue-coding file. Lenient: a line that is no section tag, phrase with a
 * [CODE] or exclusion is skipped and reported in `problems` (file:line), as are phrases with
 * characters no text would match (Phoenix's has mis-decoded spaces: "ebola†hemorrhagic fever").
 */
export function readIssueCoding(source: string, file: string, problems: DictionaryError[] = []): IssueEntry[] {
  const entries: IssueEntry[] = [];
  let category: string | undefined;
  for (const { text, number } of contentLines(source)) {
    const line = text.trim();
    const skip = (message: string) => problems.push(new DictionaryError(file, number, message));
    const open = sectionOpen.exec(line);
    if (open) {
      category = categoryAttribute.exec(open[1]!)?.[1]?.trim() || undefined;
      if (!category) skip('<ISSUE> without CATEGORY="..."');
      continue;
    }
    if (sectionClose.test(line)) {
      category = undefined;
      continue;
    }
    let phrase: string;
    let code: string | undefined;
    let excludes: IssuePhrase['excludes'];
    if (line.startsWith('~')) {
      excludes = line.startsWith('~~') ? 'article' : 'sentence';
      phrase = line.replace(/^~~?/, '');
    } else {
      const coded = codedPhrase.exec(line);
      if (!coded) {
        skip(line.includes('[') ? `no issue code in "${line}"` : `"${line}" has no [CODE]`);
        continue;
      }
      phrase = coded[1]!;
      code = coded[2]!.toUpperCase();
    }
    const written = expandPhrase(phrase.trim());
    const odd = written.find((w) => !phraseCharacters.test(w) || !startsWithWord.test(w));
    if (written.length === 0 || odd !== undefined) {
      skip(odd ? `phrase "${odd}" has a character no text would match` : 'empty phrase');
      continue;
    }
    const forms = [...new Set(written.map(normalForm))].map((form) => ({
      form,
      ...(code ? { code } : {}),
      ...(category ? { category } : {}),
      ...(excludes ? { excludes } : {}),
    }));
    entries.push({ line: number, forms });
  }
  return entries;
}

/** Every written form of a phrase: n: and v: inflected, + (and _) as a space or a hyphen. */
export function expandPhrase(phrase: string): string[] {
  let forms = [phrase.replace(/_/g, '+')];
  forms = forms.flatMap((f) => inflected(f, /\bn:(\S+)/i, (noun) => [noun, nounPlural(noun)]));
  forms = forms.flatMap((f) => inflected(f, /\bv:(\S+)/i, (verb) => regularVerbForms(verb)));
  for (let more = true; more; ) {
    more = false;
    forms = forms.flatMap((f) => {
      const plus = f.indexOf('+');
      if (plus < 0) return [f];
      more = true;
      return [`${f.slice(0, plus)} ${f.slice(plus + 1)}`, `${f.slice(0, plus)}-${f.slice(plus + 1)}`];
    });
  }
  return forms.map((f) => f.trim()).filter(Boolean);
}

/** Each marked word (n:, v:) of a phrase replaced by each of its forms. */
function inflected(phrase: string, marker: RegExp, formsOf: (word: string) => string[]): string[] {
  const found = marker.exec(phrase);
  if (!found) return [phrase];
  const before = phrase.slice(0, found.index);
  const after = phrase.slice(found.index + found[0].length);
  // the inflection applies to the last piece of a joined word ("pre+n:school" -> pre+schools)
  const word = found[1]!.toLowerCase();
  return formsOf(word).flatMap((w) => inflected(`${before}${w}${after}`, marker, formsOf));
}

function normalForm(written: string): string {
  return foldText(written).replace(/\s+/g, ' ').trim();
}

/** The issue coding of one or more files, each checked to be one (a usage error when not). */
export function loadIssueCoding(files: readonly string[]): IssueCoding {
  const byFirstWord = new Map<string, IssuePhrase[]>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    checkDictionaryKind(file, source, 'issues');
    for (const entry of readIssueCoding(source, file)) {
      for (const phrase of entry.forms) {
        const first = wordRun.exec(phrase.form)![0];
        const listed = byFirstWord.get(first);
        if (listed) listed.push(phrase);
        else byFirstWord.set(first, [phrase]);
      }
    }
  }
  return { byFirstWord };
}

const typographic: Record<string, string> = { '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u2010': '-', '\u2011': '-' };

/**
 * The text lower-cased, without diacritics, with typographic apostrophes and hyphens plain: one
 * UTF-16 unit for one, so an offset into it is an offset into the text.
 */
function foldText(text: string): string {
  if (!/[^\u0000-\u007f]/.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch.charCodeAt(0) < 128) out += ch.toLowerCase();
    else out += typographic[ch] ?? sameLength(ch, ch.normalize('NFD')[0]!.toLowerCase()) ?? sameLength(ch, ch.toLowerCase()) ?? ch;
  }
  return out;
}

function sameLength(ch: string, folded: string): string | undefined {
  return folded.length === ch.length ? folded : undefined;
}

type Found = IssueMatch & { sentence: number };

/** What one article's sentences name: the matches, and the categories its exclusions take out. */
type ArticleIssues = {
  matches: Found[];
  /** sentence -> categories excluded there; '' stands for every category (an exclusion outside any section) */
  excludedIn: Map<number, Set<string>>;
  excludedInArticle: Set<string>;
};

function findIssues(doc: TokenDoc, coding: IssueCoding): ArticleIssues {
  const folded = foldText(doc.text);
  const found: ArticleIssues = { matches: [], excludedIn: new Map(), excludedInArticle: new Set() };
  const words = new RegExp(wordRun.source, 'gu');
  doc.sentences.forEach((sentence, s) => {
    words.lastIndex = sentence.start;
    let resumeAt = sentence.start;
    for (let word = words.exec(folded); word && word.index < sentence.end; word = words.exec(folded)) {
      if (word.index < resumeAt || (word.index > 0 && wordRun.test(folded[word.index - 1]!))) continue;
      let longest: IssuePhrase[] = [];
      let longestEnd = -1;
      for (const phrase of coding.byFirstWord.get(word[0]) ?? []) {
        const end = matchEnd(folded, word.index, phrase.form, sentence.end);
        if (end < 0 || end < longestEnd) continue;
        if (end > longestEnd) longest = [];
        longest.push(phrase);
        longestEnd = end;
      }
      if (longestEnd < 0) continue;
      const codes = new Set<string>();
      for (const phrase of longest) {
        // a phrase listed twice (in two sections, or twice in one) is one match
        if (phrase.code && codes.has(phrase.code)) continue;
        if (phrase.code) codes.add(phrase.code);
        if (phrase.excludes) {
          const into = phrase.excludes === 'article' ? found.excludedInArticle : setIn(found.excludedIn, s);
          into.add(phrase.category ?? '');
        } else {
          const match: Found = { start: word.index, end: longestEnd, text: doc.text.slice(word.index, longestEnd), code: phrase.code!, sentence: s };
          if (phrase.category) match.category = phrase.category;
          found.matches.push(match);
        }
      }
      resumeAt = longestEnd;
      words.lastIndex = longestEnd;
    }
  });
  return found;
}

function setIn(map: Map<number, Set<string>>, key: number): Set<string> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

/**
 * Where `form` ends when it is written at `from` in the folded text (a space in it stands for
 * any run of white space), ending a word and within `limit`; -1 when it is not.
 */
function matchEnd(folded: string, from: number, form: string, limit: number): number {
  let i = from;
  for (let k = 0; k < form.length; k++) {
    const c = form[k]!;
    if (c === ' ') {
      if (!/\s/.test(folded[i] ?? '')) return -1;
      while (i < limit && /\s/.test(folded[i]!)) i++;
    } else if (folded[i] === c) i++;
    else return -1;
  }
  if (i > limit || (i < folded.length && wordRun.test(folded[i]!) && wordRun.test(form[form.length - 1]!))) return -1;
  return i;
}

/**
 * Each event with the issues its sentence names (`issues`: each phrase found, with its code,
 * category and span), unless an exclusion of the sentence or the article takes the section out;
 * events are returned as they are without an issue coding.
 */
export function tagIssues(doc: TokenDoc, events: Event[], coding: IssueCoding | undefined): Event[] {
  if (!coding || events.length === 0 || doc.length === 0) return events;
  const { matches, excludedIn, excludedInArticle } = findIssues(doc, coding);
  if (matches.length === 0) return events;
  const excluded = (m: Found) => {
    const here = excludedIn.get(m.sentence);
    const category = m.category ?? '';
    return excludedInArticle.has('') || excludedInArticle.has(category) || here?.has('') || here?.has(category);
  };
  const kept = matches.filter((m) => !excluded(m));
  return events.map((e) => {
    const first = doc.sentence[Math.min(tokenEndingAfter(doc, e.start), doc.length - 1)]!;
    const last = doc.sentence[Math.min(Math.max(tokenEndingAfter(doc, e.end - 1), 0), doc.length - 1)]!;
    const issues = kept.filter((m) => m.sentence >= first && m.sentence <= last).map(({ sentence: _s, ...m }) => m);
    return issues.length ? { ...e, issues } : e;
  });
}
