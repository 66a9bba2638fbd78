// Reading PETRARCH-format verb dictionaries (CAMEO.2.0.txt and user files
// given with --verbs) into plain rule records. Both PETRARCH-1 and -2 pattern
// syntax are read; see data/events/README.md for the format as we interpret it.
//
//   &CURRENCY                 a synonym set; its members follow on "+" lines
//   +DOLLAR
//   --- AGREE [030] ---       a verb block and its default code
//   AGREE                     a verb of the block (regular forms generated)
//   FREEZE {FROZE FROZEN}     irregular forms given
//   +STIR_UP [138]            a multi-word verb ("+" marks the inflected word), own code
//   - * (WITH +) [031]        a pattern: "*" is the verb, "+" the target, "$" the source,
//                              "%" a compound (coordinated) actor, "^" a skipped phrase
//   - * SANCTIONS [163:163]   paired code: source->target 163 and target->source 163
import { gerundForms, nounPlural, pastForms, regularVerbForms, thirdPerson } from './inflection.ts';

/** One element of a pattern: words (alternatives, each a consecutive word sequence) or an actor slot. */
export type PatternElement =
  | { words: string[][] }
  | { synset: string }
  | { slot: 'source' | 'target' | 'compound' | 'skip' };

export type VerbPattern = {
  /** elements before the verb, in text order */
  before: PatternElement[];
  /** elements after the verb, in text order */
  after: PatternElement[];
  /** event code ("---" = no event); `paired` is the code of the reverse event (target -> source) */
  code: string;
  paired?: string;
  /** where the pattern came from, for explanations and error messages */
  origin: string;
};

export type VerbEntry = {
  /** the verb phrase in lower case, e.g. ["stir", "up"] */
  phrase: string[];
  /** index of the inflected word in `phrase` */
  head: number;
  /** every form of the phrase, each a word list (base first) */
  forms: string[][];
  /** the verb's own code, overriding the block's default */
  code?: string;
  paired?: string;
};

export type VerbBlock = { name: string; code: string; paired?: string; verbs: VerbEntry[]; patterns: VerbPattern[] };

export type VerbDictionary = { file: string; synsets: Record<string, string[][]>; blocks: VerbBlock[] };

export class DictionaryError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
  }
}

/** A verb form listed twice (see parseVerbDictionary): the line is read, but the form keeps its first listing. */
export class RepeatedVerbForm extends DictionaryError {}

const nullCode = '---';

/** "[042:043]" -> code 042, paired 043; "[:075]" -> code "---", paired 075. */
function parseCode(raw: string, file: string, line: number): { code: string; paired?: string } {
  // TABARI flagged some codes with a trailing "!" or "?"; the code is what precedes it
  const inner = raw.slice(1, -1).trim().replace(/[!?]$/, '');
  if (!/^[\w:+#-]*$/.test(inner)) throw new DictionaryError(file, line, `bad code "${raw}" (expected [CODE] or [CODE:CODE])`);
  const [code = '', paired] = inner.split(':');
  const result: { code: string; paired?: string } = { code: code || nullCode };
  if (paired !== undefined && paired !== '' && paired !== nullCode) result.paired = paired;
  return result;
}

function stripComments(line: string): string {
  // "#" starts a comment at the line start or after a blank; "[###]" is a (discard) code
  let s = line.replace(/(^|\s|\])#.*$/, '$1');
  // legacy KEDS/TABARI comments after ";"
  const semi = s.indexOf(';');
  if (semi >= 0) s = s.slice(0, semi);
  return s.replace(/\s+$/, '');
}

/** Words of a phrase written with blanks or underscores: "IN_AND" -> ["in", "and"]. */
function phraseWords(text: string): string[] {
  return text.toLowerCase().split(/[_\s]+/).filter(Boolean);
}

/** A pattern noun and its plural, unless it ends with "_" (PETRARCH: no plural). */
function withPlural(word: string): string[] {
  if (word.endsWith('_')) return [word.slice(0, -1)];
  if (!/^[a-z]{3,}$/.test(word) || word.endsWith('s')) return [word];
  return [word, nounPlural(word)];
}

/** Consecutive words, the last one also in its plural: "{BANNED PARTIES}" -> [["banned","parties"],["banned","partieses"]]. */
function phraseAlternatives(words: string[]): string[][] {
  if (words.length === 0) return [];
  const last = words[words.length - 1]!;
  return withPlural(last).map((w) => [...words.slice(0, -1).map((x) => x.replace(/_$/, '')), w]);
}

/** Split a pattern body into elements; "*" (possibly glued with "_", as in "IN_*") marks the verb. */
function parsePattern(body: string, file: string, line: number): { before: PatternElement[]; after: PatternElement[] } | null {
  // Glued verb markers ("FAILED_TO_*", "*_OUT") become free-standing.
  const spaced = body.replace(/_?\*_?/g, ' * ').replace(/\*\*/g, '*').replace(/[()]/g, ' ');
  const before: PatternElement[] = [];
  const after: PatternElement[] = [];
  let seenVerb = false;
  let group: string[] | null = null;
  for (const raw of spaced.split(/\s+/).filter(Boolean)) {
    const target = seenVerb ? after : before;
    if (group) {
      // inside {...}: a consecutive noun phrase
      const closes = raw.endsWith('}');
      const word = raw.replace(/[{}]/g, '');
      if (word) group.push(...(word.startsWith('&') ? [word] : phraseWords(word)));
      if (closes) {
        pushWords(target, group);
        group = null;
      }
      continue;
    }
    if (raw === '*') {
      if (seenVerb) return null; // two verbs: not a pattern we can read
      seenVerb = true;
      continue;
    }
    if (raw.startsWith('{')) {
      group = [];
      const word = raw.replace(/[{}]/g, '');
      if (word) group.push(...(word.startsWith('&') ? [word] : phraseWords(word)));
      if (raw.endsWith('}')) {
        pushWords(target, group);
        group = null;
      }
      continue;
    }
    if (raw === '$') target.push({ slot: 'source' });
    else if (raw === '+') target.push({ slot: 'target' });
    else if (raw === '%') target.push({ slot: 'compound' });
    else if (raw === '^') target.push({ slot: 'skip' });
    else if (raw.startsWith('&') && !raw.slice(1).includes('&') && !/_[A-Z]+_&/.test(raw)) {
      // a synonym set; its name may itself contain "_" ("&NEGATIVE_AUXILIARY")
      target.push({ synset: raw.slice(1).replace(/_$/, '').toUpperCase() });
    } else if (raw.includes('&')) {
      // "NEW_&TIETYPES_RELATIONS": words and synsets glued; keep each as its own element
      for (const part of raw.split('_').filter(Boolean)) {
        if (part.startsWith('&')) target.push({ synset: part.slice(1).toUpperCase() });
        else target.push({ words: phraseAlternatives([part.toLowerCase()]) });
      }
    } else if (/^\+\w/.test(raw) || /\w\+$/.test(raw) || raw.includes('_+')) {
      // "SUGGESTED_+": a word glued to a target slot
      for (const part of raw.split('_').filter(Boolean)) {
        if (part === '+') target.push({ slot: 'target' });
        else target.push({ words: phraseAlternatives([part.replace(/\+/g, '').toLowerCase()]) });
      }
    } else {
      // PETRARCH no longer reads disjunctions ("TO/FOR") and skips such patterns; so do we
      if (/[/|]/.test(raw)) return null;
      const words = raw.toLowerCase().split('_').filter(Boolean);
      if (words.some((w) => !/^[\p{L}\p{N}'.,-]+$/u.test(w))) throw new DictionaryError(file, line, `cannot read pattern word "${raw}"`);
      if (raw.endsWith('_')) words[words.length - 1] += '_';
      target.push({ words: phraseAlternatives(words) });
    }
  }
  if (group) throw new DictionaryError(file, line, 'unclosed "{" in pattern');
  if (!seenVerb) return null;
  return { before, after };
}

function pushWords(target: PatternElement[], words: string[]): void {
  // A "{...}" group may hold a synset ("{&MILITARY AID}"): split around it.
  let run: string[] = [];
  for (const w of words) {
    if (w.startsWith('&')) {
      if (run.length) target.push({ words: phraseAlternatives(run) });
      run = [];
      target.push({ synset: w.slice(1).toUpperCase() });
    } else run.push(w);
  }
  if (run.length) target.push({ words: phraseAlternatives(run) });
}

/** Regular forms of a verb phrase, inflecting the word at `head`. */
function phraseForms(phrase: string[], head: number): string[][] {
  return regularVerbForms(phrase[head]!).map((f) => phrase.map((w, i) => (i === head ? f : w)));
}

/** Parse a verb line: "FREEZE {FREEZES FROZE}", "+STIR_UP {+STIRS_UP}", "KLM_NOP_+RST [002]". */
function parseVerbLine(text: string, file: string, line: number): VerbEntry {
  const codeMatch = /\[[^\]]*\]/.exec(text);
  const coded = codeMatch ? parseCode(codeMatch[0], file, line) : undefined;
  const withoutCode = codeMatch ? text.replace(codeMatch[0], ' ') : text;
  const braces = /\{([^}]*)\}/.exec(withoutCode);
  // PETRARCH-1 files write multi-word verbs with blanks ("LASH OUT"), PETRARCH-2 with "_"
  const main = (braces ? withoutCode.replace(braces[0], ' ') : withoutCode).trim().replace(/\s+/g, '_');
  if (!main || !/^[+\w'-]+$/.test(main))
    throw new DictionaryError(file, line, `cannot read verb "${text.trim()}" (expected VERB, +VERB_PARTICLE or VERB {IRREGULAR FORMS} [CODE])`);
  const { phrase, head } = markedPhrase(main);
  let forms: string[][];
  if (braces && braces[1]!.trim()) {
    // Irregular forms replace the generated ones; regular ones the list leaves out are still added
    // when the listed forms look regular (PETRARCH lists only the irregular ones).
    forms = [phrase];
    for (const f of braces[1]!.trim().split(/\s+/)) forms.push(markedPhrase(f).phrase);
    const listed = new Set(forms.map((f) => f.join(' ')));
    const verb = phrase[head]!;
    for (const f of [thirdPerson(verb), ...pastForms(verb), ...gerundForms(verb)]) {
      const candidate = phrase.map((w, i) => (i === head ? f : w));
      // add a regular form only if no listed form already covers that slot (3rd person / -ing)
      if (f === thirdPerson(verb) || f.endsWith('ing')) {
        if (!forms.some((x) => x[head] === f || (f.endsWith('ing') ? x[head]!.endsWith('ing') : x[head]!.endsWith('s')))) listed.add(candidate.join(' '));
      }
    }
    forms = [...listed].map((s) => s.split(' '));
  } else {
    forms = phraseForms(phrase, head);
  }
  const entry: VerbEntry = { phrase, head, forms };
  if (coded) {
    entry.code = coded.code;
    if (coded.paired) entry.paired = coded.paired;
  }
  return entry;
}

/** "+STIR_UP" -> stir up, head 0; "KLM_NOP_+RST" -> klm nop rst, head 2; "WIRE_+TAP" -> head 1. */
function markedPhrase(text: string): { phrase: string[]; head: number } {
  const parts = text.split('_').filter(Boolean);
  let head = parts.findIndex((p) => p.startsWith('+'));
  if (head < 0) head = 0;
  return { phrase: parts.map((p) => p.replace(/^\+/, '').toLowerCase()), head };
}

/** Where a verb form is listed first, and the code it has there. */
type Listing = { block: VerbBlock; line: number; code: string };

/**
 * Throws when forms of `verb` are listed already in another block, or in this one with another
 * code ("GREET" and "GREET [050]"); records where the others are listed first.
 */
function checkListedOnce(verb: VerbEntry, block: VerbBlock, listed: Map<string, Listing>, file: string, line: number): void {
  const code = verb.code ?? block.code;
  let first: Listing | undefined;
  const again: string[] = [];
  for (const form of verb.forms) {
    const key = form.join(' ');
    const earlier = listed.get(key);
    if (!earlier) listed.set(key, { block, line, code });
    else if (earlier.block !== block || earlier.code !== code) {
      first ??= earlier;
      again.push(`"${key}"`);
    }
  }
  if (first) {
    const where = `${first.block.name} (line ${first.line}, code ${first.code})`;
    throw new RepeatedVerbForm(file, line, `${again.join(', ')} listed already under ${where}, whose code and patterns alone apply`);
  }
}

/**
 * Parse one PETRARCH verb dictionary. Throws DictionaryError naming file and line; with
 * `problems` (lenient, for third-party files), a line that cannot be read is skipped and its
 * error added there instead. A verb form that an earlier block of the file already lists (or an
 * earlier line of its block with another code) is an error too: the cue finder takes the first block that lists a form (compileVerbRules), so the
 * later block's code and patterns would never apply to it. Read leniently, such a line is kept
 * as it is and reported.
 */
export function parseVerbDictionary(text: string, file: string, problems?: DictionaryError[]): VerbDictionary {
  const synsets: Record<string, string[][]> = {};
  const blocks: VerbBlock[] = [];
  let block: VerbBlock | null = null;
  let synset: { name: string; plural: boolean; members: string[][] } | null = null;
  /** each verb form and the block and line that first list it */
  const listed = new Map<string, Listing>();
  let inXmlComment = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    try {
      let raw = lines[i]!;
      if (inXmlComment) {
        const close = raw.indexOf('-->');
        if (close < 0) continue;
        raw = raw.slice(close + 3);
        inXmlComment = false;
      }
      raw = raw.replace(/<!--.*?-->/g, '');
      const open = raw.indexOf('<!--');
      if (open >= 0) {
        raw = raw.slice(0, open);
        inXmlComment = true;
      }
      const line = stripComments(raw).trim();
      if (!line) {
        // a blank line ends a synonym set; a comment-only line does not
        if (!raw.trim()) synset = null;
        continue;
      }
      if (line.startsWith('&')) {
        const name = line.slice(1).trim();
        if (!/^[A-Z0-9_]+$/i.test(name)) throw new DictionaryError(file, lineNo, `bad synonym set name "${line}"`);
        const plural = !name.endsWith('_');
        const key = name.replace(/_$/, '').toUpperCase();
        synset = { name: key, plural, members: [] };
        synsets[key] = synset.members;
        block = null;
        continue;
      }
      if (synset && line.startsWith('+')) {
        const member = line.slice(1).trim();
        if (member.startsWith('&')) {
          // a synset inside a synset (the validation dictionary tests this)
          const inner = synsets[member.slice(1).replace(/_$/, '').toUpperCase()];
          if (!inner) throw new DictionaryError(file, lineNo, `synonym set ${member} is used before it is defined`);
          synset.members.push(...inner);
          continue;
        }
        const words = phraseWords(member);
        const noPlural = !synset.plural || member.endsWith('_');
        if (noPlural) synset.members.push(words);
        else synset.members.push(...phraseAlternatives(words));
        continue;
      }
      synset = null;
      // PETRARCH-2 transformations ("~ a (a b ATTACK) SAY = a b 015") rewrite parse trees; we have none to rewrite
      if (line.startsWith('~')) continue;
      // CAMEO.2.0 writes a few headers with an extra "---" ("---  OVERTHREW   [180]---  ---")
      const header = /^-{3}\s*(.*?)\s*(\[[^\]]*\])?\s*-{3}(?:\s*-{3})?$/.exec(line);
      if (header) {
        const coded = header[2] ? parseCode(header[2], file, lineNo) : { code: nullCode };
        block = { name: header[1]!.trim(), code: coded.code, verbs: [], patterns: [] };
        if (coded.paired) block.paired = coded.paired;
        blocks.push(block);
        continue;
      }
      if (!block) throw new DictionaryError(file, lineNo, `"${line}" is outside a verb block (blocks start with "--- NAME [CODE] ---")`);
      if (line.startsWith('-')) {
        const codeMatch = /\[[^\]]*\]\s*$/.exec(line) ?? /\[[^\]]*\]/.exec(line);
        if (!codeMatch) throw new DictionaryError(file, lineNo, `pattern without a [CODE]: "${line}"`);
        const coded = parseCode(codeMatch[0].trim(), file, lineNo);
        const body = line.slice(1, codeMatch.index).trim();
        const parsed = parsePattern(body, file, lineNo);
        if (!parsed) continue; // no verb marker: PETRARCH skips these too
        const pattern: VerbPattern = { ...parsed, code: coded.code, origin: `${file}:${lineNo}` };
        if (coded.paired) pattern.paired = coded.paired;
        block.patterns.push(pattern);
        continue;
      }
      const verb = parseVerbLine(line, file, lineNo);
      block.verbs.push(verb);
      checkListedOnce(verb, block, listed, file, lineNo);
    } catch (e) {
      if (!problems || !(e instanceof DictionaryError)) throw e;
      problems.push(e);
    }
  }
  // "&CURRENCY_DEBT": a synonym set glued to a word, unless a set has that whole name (&FIGHT_OF_WORDS)
  const splitGlued = (elements: PatternElement[]): PatternElement[] =>
    elements.flatMap((e): PatternElement[] => {
      if (!('synset' in e) || synsets[e.synset]) return [e];
      const parts = e.synset.split('_');
      for (let k = parts.length - 1; k > 0; k--) {
        const name = parts.slice(0, k).join('_');
        if (synsets[name]) return [{ synset: name }, ...parts.slice(k).map((w) => ({ words: phraseAlternatives([w.toLowerCase()]) }))];
      }
      return [e];
    });
  for (const b of blocks) {
    for (const p of b.patterns) {
      p.before = splitGlued(p.before);
      p.after = splitGlued(p.after);
    }
  }
  // Every synset a pattern uses must exist: PETRARCH ignores such patterns, we say so.
  for (const b of blocks) {
    b.patterns = b.patterns.filter((p) => [...p.before, ...p.after].every((e) => !('synset' in e) || synsets[e.synset]));
  }
  return { file, synsets, blocks };
}
