// The cue lexicon (data/quotes/cues.txt): verbs of saying and thinking,
// "according to", nouns of saying, and the words that mark a named term.
// The format is documented at the top of the data file; every error names the
// file and the line so that a user who adds a cue knows what to fix.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type CueClass = 'speech' | 'cognition';

export type CueVerb = {
  lemma: string;
  cueClass: CueClass;
  /** may take a person before its clause: "told reporters that ..." */
  addressee: boolean;
  /** may take its content as an of-phrase: "warned of war" */
  of: boolean;
  /** may take its content as an about-phrase: "spoke about trade" */
  about: boolean;
  /** the content may be a plain object: "denied the report", "called it “a hoax”" */
  object: boolean;
  /** only introduces direct quotations ("he continued"), never reported speech */
  directOnly: boolean;
  /** its to-infinitive is an intention, not something said or thought: "hope to win", "sought to stem his rise" */
  intent: boolean;
  /** its to-phrase is what was said: "pointed to the polls", "responded to the charge" */
  to: boolean;
  /** its content is only its of- or about-phrase, the topic ("spoke about trade"); without one it reports nothing ("spoke with voters") */
  topic: boolean;
  /** a plain object counts only with what it is called ("called the plan a gift", "what she called a hoax"), or after
   * for, on or out ("called for a ceasefire"): "called a meeting", "called his mother", "a group called X" report nothing */
  naming: boolean;
  /** with a record as its subject ("the poll showed", "a survey found"), its plain object is what the record
   * reports, and runs on like a clause ("showed Clinton with a lead of ten points") */
  finding: boolean;
  /** a plain object is never content, only a clause is ("found a support system", "maintains a lead" report nothing;
   * "found that the plan failed" does); with +finding, a record as subject still takes a plain object */
  clause: boolean;
  /** a plain object is content only with a for-phrase, the act the subject takes credit or blame for ("claimed
   * responsibility for the attack", "claims credit for the deal"); "claimed victory", "claimed the nomination",
   * "claimed the lives of six people" take or win something and report nothing */
  forPhrase: boolean;
  /** the verb has a common sense that is no speech ("Global trade offers benefits", "Black circles show the islands"):
   * a plain object is content only for a subject that can speak (predicate.ts) */
  sense: boolean;
};

/** Everything the lexicon says about one word, for the reported-speech scan's single lookup per token. */
export type CueWord = {
  /** the first word of an "according to" phrase */
  according: boolean;
  /** a noun that carries a content clause */
  noun: boolean;
  /** an evidential form: true when it counts only after a form of "be"; undefined when not evidential */
  evidential: boolean | undefined;
  /** the cue when the word is a verb form of one */
  verb: CueVerb | undefined;
};

export type CueLexicon = {
  /** every verb form (lower case) -> its cue */
  verbs: Map<string, CueVerb>;
  /** multi-word cues whose following noun phrase is the source, as lower-case token sequences */
  according: string[][];
  /** nouns that carry a content clause */
  nouns: Set<string>;
  /** words and phrases that mark quotation marks as naming a term, as lower-case token sequences */
  terms: string[][];
  /** words that, before a colon opening a paragraph, make a section label rather than a speaker ("CORRECTION:", "Paid Notice:") */
  labels: Set<string>;
  /** evidential verb forms ("seems", "is expected"): true when the form counts only after a form of "be" */
  evidential: Map<string, boolean>;
  /** subjects that are never the source of reported speech: question words, generic "you", "it", abstract nouns ("the idea suggests") */
  nonSpeakers: Set<string>;
  /** nouns of records that report findings as a source does ("the poll shows", "records show"), for +finding verbs */
  records: Set<string>;
  /** nouns of opinion surveys, the source of a sentence that opens with them ("In a county poll, 31 percent said ..."); records too */
  surveys: Set<string>;
  /** every word that is a verb form, an evidential form, a noun of saying or starts an "according" phrase (derived from the fields above) */
  words: Map<string, CueWord>;
};

const sections = ['speech', 'cognition', 'according', 'noun', 'term', 'evidential', 'label', 'nonspeaker', 'record', 'survey'] as const;
type Section = (typeof sections)[number];
const flags = ['addressee', 'of', 'about', 'object', 'direct', 'intent', 'to', 'topic', 'naming', 'finding', 'clause', 'for', 'sense'] as const;
type Flag = (typeof flags)[number];

export const defaultCueFile = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'quotes', 'cues.txt');

export class LexiconError extends Error {}

/** Lower-case words: letters, digits, apostrophes and inner hyphens. */
const wordForm = /^[\p{Ll}\p{N}][\p{Ll}\p{N}'’-]*$/u;

export function parseCueLexicon(source: string, file: string): CueLexicon {
  const lexicon: CueLexicon = {
    verbs: new Map(),
    according: [],
    nouns: new Set(),
    terms: [],
    labels: new Set(),
    evidential: new Map(),
    nonSpeakers: new Set(),
    records: new Set(),
    surveys: new Set(),
    words: new Map(),
  };
  const fail = (line: number, message: string): never => {
    throw new LexiconError(`${file}:${line}: ${message}`);
  };
  let section: Section | undefined;
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i]!.replace(/#.*$/, '').trim();
    if (!line) continue;
    const header = /^\[(.*)\]$/.exec(line);
    if (header) {
      const name = header[1]!.trim();
      if (!(sections as readonly string[]).includes(name)) fail(lineNo, `unknown section [${name}] (expected one of ${sections.join(', ')})`);
      section = name as Section;
      continue;
    }
    if (!section) fail(lineNo, `"${line}" comes before any [section] header`);
    const fields = line.split(/\s+/);
    const words = fields.filter((f) => !f.startsWith('+'));
    const given = fields.filter((f) => f.startsWith('+')).map((f) => f.slice(1));
    for (const w of words) if (!wordForm.test(w)) fail(lineNo, `"${w}" is not a lower-case word`);
    if (words.length === 0) fail(lineNo, 'a line needs at least one word');
    if (section === 'speech' || section === 'cognition') {
      for (const f of given)
        if (!(flags as readonly string[]).includes(f)) fail(lineNo, `unknown flag +${f} (expected ${flags.map((x) => `+${x}`).join(', ')})`);
      const has = (f: Flag) => given.includes(f);
      const cue: CueVerb = {
        lemma: words[0]!,
        cueClass: section,
        addressee: has('addressee'),
        of: has('of'),
        about: has('about'),
        object: has('object'),
        directOnly: has('direct'),
        intent: has('intent'),
        to: has('to'),
        topic: has('topic'),
        naming: has('naming'),
        finding: has('finding'),
        clause: has('clause'),
        forPhrase: has('for'),
        sense: has('sense'),
      };
      for (const form of words) {
        const before = lexicon.verbs.get(form);
        if (before) fail(lineNo, `"${form}" is already a form of "${before.lemma}"`);
        lexicon.verbs.set(form, cue);
      }
      continue;
    }
    if (section === 'evidential') {
      for (const f of given) if (f !== 'passive') fail(lineNo, `unknown flag +${f} (expected +passive in [evidential])`);
      for (const form of words) {
        if (lexicon.evidential.has(form)) fail(lineNo, `"${form}" is already an evidential form`);
        lexicon.evidential.set(form, given.includes('passive'));
      }
      continue;
    }
    if (given.length) fail(lineNo, `flags are only allowed in [speech], [cognition] and [evidential], not [${section}]`);
    // The tokenizer splits hyphens ("so-called" is so - called), so phrases are kept as token sequences.
    const tokens = words.flatMap((w) => w.split(/(-)/).filter(Boolean));
    if (section === 'according') lexicon.according.push(tokens);
    else if (section === 'term') lexicon.terms.push(tokens);
    else if (section === 'label') for (const w of words) lexicon.labels.add(w);
    else if (section === 'nonspeaker') for (const w of words) lexicon.nonSpeakers.add(w);
    else if (section === 'record') for (const w of words) lexicon.records.add(w);
    else if (section === 'survey')
      for (const w of words) {
        lexicon.surveys.add(w);
        lexicon.records.add(w);
      }
    else for (const w of words) lexicon.nouns.add(w);
  }
  if (lexicon.verbs.size === 0) throw new LexiconError(`${file}: no cue verbs (expected a [speech] section)`);
  indexWords(lexicon);
  return lexicon;
}

function cueWord(lexicon: CueLexicon, w: string): CueWord {
  let entry = lexicon.words.get(w);
  if (!entry) {
    entry = { according: false, noun: false, evidential: undefined, verb: undefined };
    lexicon.words.set(w, entry);
  }
  return entry;
}

/** Fill lexicon.words from the verbs, "according" phrases, nouns and evidential forms. */
function indexWords(lexicon: CueLexicon): void {
  for (const seq of lexicon.according) cueWord(lexicon, seq[0]!).according = true;
  for (const w of lexicon.nouns) cueWord(lexicon, w).noun = true;
  for (const [w, passive] of lexicon.evidential) cueWord(lexicon, w).evidential = passive;
  for (const [w, cue] of lexicon.verbs) cueWord(lexicon, w).verb = cue;
}

export function loadCueLexicon(file: string = defaultCueFile): CueLexicon {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    throw new LexiconError(`${file}: cannot read the cue lexicon (${(e as Error).message})`);
  }
  return parseCueLexicon(source, file);
}
