// Recognition: one pass over the tokens finds pieces (dictionary actors, agent nouns,
// honorifics, capitalised names); adjacent pieces are read as one noun group
// ("Russian President Vladimir Putin", "Ukrainian troops", "President Lula of Brazil",
// "Dame Karen Pierce, the former British ambassador"), and each group is resolved to
// an actor id. In-article coreference ("Mr. Biden", "the president", "he") is resolved
// in document order against what the article has already introduced.
import type { Actor, Article, Mention } from '../model.ts';
import { hyphens, tokenEndingAfter, type Doc } from '../nlp/index.ts';
import { children, firstConjunct, relationIs } from '../nlp/tree.ts';
import { closingDoubleQuotationMarks, contractedNot, dashes, followsAccordingTo, openingDoubleQuotationMarks, relativePronouns, possessiveDeterminers } from '../nlp/closed-class.ts';
import { datelineDash, datelines, isCapitals } from '../nlp/dateline.ts';
import { codeOn } from './dictionary.ts';
import { composeCode, codeCountry, currentStateCode, describeActor, isDemonym, isOrganizationCode, isRegion, partyRole, roleName, isRoleAlone } from './codes.ts';
import type { Gender, NameCues } from './cues.ts';
import type { Lexicon, LexiconActor, LexiconAgent, TokenVocabulary } from './lexicon.ts';
import { correctMisspelledNames } from './misspellings.ts';
import type { CodeRule } from './dictionary.ts';
import { docKeys, slug } from './phrase.ts';
import { genericGroups } from './generic-groups.ts';
import { issuedDescriptions, organizationDescriptions, personDescriptions, type DescriptionInput } from './descriptions.ts';

type PieceType = 'actor' | 'agent' | 'name' | 'honorific';
type Piece = { type: PieceType; start: number; end: number; /** lexicon index for actor/agent */ ref: number };

/** Pieces and resolutions are always made by these, so that each keeps one object shape. */
function newPiece(type: PieceType, start: number, end: number, ref: number): Piece {
  return { type, start, end, ref };
}

type Group = {
  /** first and last token (exclusive) of the mention */
  start: number;
  end: number;
  /** an actor or organisation name before the role: "Russian", "Gondor's", "Kremlin" */
  qualifier?: Piece;
  agent?: Piece;
  honorific?: Piece;
  /** the named head: a dictionary actor or a capitalised name */
  head?: Piece;
  /** "of Brazil" after a titled name */
  of?: Piece;
  former: boolean;
  /** the code of a body's noun before a role that speaks for it: "army" of "army leaders" */
  bodyCode?: string;
};

/**
 * country and role: what a person: id acts for, when the text or the article says ("Sen. Ted Cruz"
 * in a US story); name: the person's full name when the mention may show less ("Putin" for the
 * dictionary's Vladimir Putin).
 */
type Resolved = {
  id: string; gender?: Gender; person: boolean; country?: string; role?: string; name?: string;
  /** the gender the person's given name says (data/actors/given-names.txt), where no title says one */
  nameGender?: Gender;
};

function newResolved(id: string, gender: Gender | undefined, person: boolean, country?: string, role?: string, name?: string): Resolved {
  return { id, gender, person, country, role, name };
}

// "Russian President Vladimir Putin", "Li Qiang, the Chinese premier": a named person who acts as
// a country+role code (RUSGOV, CHNGOV) is a person: actor with that country and role; events,
// stances and cohesion read the code back from them. A person coded as an organisation (a UN
// secretary-general as IGOUNO) stays that organisation's code: a person: actor records a
// country and a role, not an organisation.
function personActing(name: string, code: string, gender: Gender | undefined): Resolved {
  const country = codeCountry(code);
  if (!country) return newResolved(code, gender, true);
  return newResolved(`person:${slug(name)}`, gender, true, country, personRole(code), name);
}

// One person's role from a code that may stack several (Phoenix's USAGOVLEG for a Senate leader,
// GOVBUS for a trade minister, GOVBUSGOV for a central bank governor, USAGOV + chairman's ELI for
// "Federal Reserve Board Chairman X"): a legislator's LEG, else the first role, the office the
// person holds (GOV for a minister). A country inside the code is no role (a firm's VGB of BUS).
function personRole(code: string): string | undefined {
  if (code.length <= 6) return code.length > 3 ? code.slice(3) : undefined;
  const roles = code.slice(3).match(/.{3}/g)!.filter((chunk) => codeCountry(chunk) === undefined);
  return roles.includes(legislativeRole) ? legislativeRole : roles[0];
}

/** A person mention (or a pronoun resolved to one), for the pronoun pass. */
/** named: the tokens [from, to) of the name a pronoun's chain goes back to (the mention itself for a name) */
/** gender: what the mention's own words say (its given name), before what its person's do */
type PersonMention = { token: number; who: Resolved; sentence: number; end: number; from: number; to: number; gender?: Gender };
type GroupMention = { token: number; id: string; sentence: number; end: number };

export type RecognizeInput = { doc: Doc; article: Article; lexicon: Lexicon; cues: NameCues };

/** YYYYMMDD of the article's published date, if it has one. */
function articleDate(published: string | undefined): number | undefined {
  const m = published ? /^(\d{4})-?(\d{2})-?(\d{2})/.exec(published) : null;
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : undefined;
}

const apostropheS = new Set(["'s", "'"]);
/** Agent codes that may stand as a title before a name; others ("Hunter", "Farmer") read as first names there. */
const titleRoles = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY', 'ELI', 'REL', 'OPP', 'REB', 'MED']);
/** Demonym endings ("Iraqi", "Bosnian", "Sudanese", "Kurdish") and a plural people's name after one ("Kurds", "Serbs"). */
const demonymEnding = /(?:i|ian|ese|ish)$/;
const peoplePlural = /[^s]s$/;
/** Demonyms ("Algerians", "Iraqis", "Chinese", "Turkish", "French") that a sentence-opening adjective may qualify. */
const demonymAfterOpener = /(?:ians|ans|is|ese|ish|ch)$/;
/** Plural roles that take the article's country when none is stated ("demonstrators", "police"). */
/** CAMEO's role for office holders out of office. */
const formerRole = 'ELI';
const legislativeRole = 'LEG';
const militaryRole = 'MIL';
/** Agent codes of an office held in a state: a title with one of them says the person holds it. */
const officeRoles: ReadonlySet<string> = new Set(['GOV', 'LEG', 'JUD', 'MIL']);
const localGroupRoles = new Set(['CVL', 'OPP', 'COP', 'REB', 'LAB', 'EDU', 'REF', 'UAF', 'RAD', 'CRM', 'AGR', 'PTY']);
/** Roles a named person holds in the country of the story: those of local groups, business and health. */
const localPersonRoles = new Set([...localGroupRoles, 'BUS', 'HLH']);
const upperStart = /^\p{Lu}/u;
const acronym = /^\p{Lu}{2,3}$/u;
/** "PrEP", "iOS"-style words with several inner capitals are terms, not names ("DeSantis" has one). */
const innerCapitals = /^.\p{Ll}*\p{Lu}\p{Ll}*\p{Lu}/u;
const hasLetter = /\p{L}/u;
const elidedParticle = /^\p{Ll}{1,2}['\u2019]\p{Lu}\p{Ll}/u;
const nonLetters = /[^\p{L}]/gu;
/** A word written as a name (a capital, then lower case): "Jordan", not "U.K." or "IBM". */
const wordLike = /^\p{Lu}\p{Ll}/u;
const lowerWord = /^\p{Ll}+$/u;

/**
 * Per-token working arrays, reused from article to article (a typed array of more than a few
 * dozen bytes is allocated outside the heap, which costs more than clearing one). Only the
 * first n + 2 entries of an article are valid; none of them leaves recognize().
 */
type Scratch = { tokenIds: Int32Array; capital: Uint8Array; elided: Uint8Array; nameToken: Uint8Array };
let scratch: Scratch = newScratch(1024);

function newScratch(size: number): Scratch {
  return { tokenIds: new Int32Array(size), capital: new Uint8Array(size), elided: new Uint8Array(size), nameToken: new Uint8Array(size) };
}

function scratchFor(n: number): Scratch {
  if (scratch.capital.length < n + 2) scratch = newScratch(Math.max(scratch.capital.length * 2, n + 2));
  return scratch;
}

/**
 * The names an article has taught and their surnames: "Mara Quellin" also teaches "Quellin".
 * A trie over the words read from the last one, so a name and its suffixes share nodes: a run
 * of m capitalised words costs m nodes where a map of joined suffixes held m² characters
 * (60,000 "Word "s grew to 4 GB, issue 20).
 */
class KnownNames {
  private readonly root: KnownName = { before: undefined, who: undefined };

  /** keys[start, end) is who; so is each shorter tail that opens on a word where a surname can. */
  remember(
    keys: readonly string[],
    start: number,
    end: number,
    who: Resolved,
    opensSurname: (key: string, k: number) => boolean,
    gender?: Gender,
  ): void {
    let node = this.root;
    for (let k = end - 1; k >= start; k--) {
      const key = keys[k]!;
      node.before ??= new Map();
      let next = node.before.get(key);
      if (!next) node.before.set(key, (next = { before: undefined, who: undefined }));
      node = next;
      if (k === start || opensSurname(key, k)) {
        node.who = who;
        if (who.person) {
          node.people = (node.people ?? []).filter((p) => p.who.id !== who.id);
          node.people.push({ who, gender: who.gender ?? gender, titled: !!who.gender });
        }
      }
    }
  }

  /**
   * The person whose full name opens with keys[at], when only one does: "Mr. Lou" after
   * "Lou Jiwei", whose family name comes first.
   */
  byFirstWord(keys: readonly string[], at: number): Resolved | undefined {
    const who = this.firstWords.get(keys[at]!);
    return who === null ? undefined : who;
  }

  /** first word of a full name -> who, or null when two people share it */
  private readonly firstWords = new Map<string, Resolved | null>();

  rememberFirstWord(key: string, who: Resolved): void {
    const had = this.firstWords.get(key);
    this.firstWords.set(key, had === undefined || had === who || had?.id === who.id ? who : null);
  }

  /**
   * Who keys[start, end) is: the last one named so. With a gender (an honorific's: "Mrs.
   * Clinton" after "Bill Clinton" and "Hillary Clinton"), the last person of that name whose
   * gender agrees, else one of no known gender, else the last one whose given name alone said
   * the other (a table of given names errs: "Mr. Kent" after "Ada Morrow Kent"); none when a
   * title said the other for every one ("Mrs. Quellin" after "Mr. Peter Quellin").
   */
  get(keys: readonly string[], start: number, end: number, gender?: Gender): Resolved | undefined {
    let node: KnownName | undefined = this.root;
    for (let k = end - 1; k >= start && node; k--) node = node.before?.get(keys[k]!);
    if (!gender || !node?.people) return node?.who;
    const people = node.people;
    let unknown: Resolved | undefined;
    let untitled: Resolved | undefined;
    for (let i = people.length - 1; i >= 0; i--) {
      const p = people[i]!;
      if (p.gender === gender) return p.who;
      if (!p.gender) unknown ??= p.who;
      else if (!p.titled) untitled ??= p.who;
    }
    return unknown ?? untitled;
  }
}

type KnownName = {
  before: Map<string, KnownName> | undefined;
  who: Resolved | undefined;
  /** the people named so, each once, the last named last, with the gender their title or given name says */
  people?: { who: Resolved; gender: Gender | undefined; titled: boolean }[];
};

/** Someone introduced with a role word: where, and the words of the phrase that did ("Republican presidential nominee Donald Trump"). */
type Introduction = { token: number; words: ReadonlySet<string>; who: Resolved };

/** What recognition knows about one article; the phases below are functions over it. */
class Recognition {
  readonly doc: Doc;
  readonly lexicon: Lexicon;
  readonly cues: NameCues;
  readonly keys: string[];
  readonly tokenIds: Int32Array;
  readonly date: number | undefined;
  readonly n: number;
  /** 1 where the token starts with a capital letter */
  readonly capital: Uint8Array;
  /** 1 where the token is an elided particle before a name ("d'Estaing", "O'Malley") */
  readonly elided: Uint8Array;
  /** isNameToken of each token: 0 not asked yet, 1 yes, 2 no */
  readonly nameToken: Uint8Array;
  /** surnamesOf, built at the first question */
  surnames: Set<string> | undefined = undefined;
  /** surnamesAfterGivenNames, built at the first question */
  givenSurnames: Set<string> | undefined = undefined;
  /** loneWords, built at the first question */
  lone: Set<string> | undefined = undefined;
  dominantCountry: string | undefined = undefined;
  /** countries of the datelines ("ANKARA -", "BAHIA BLANCA, Argentina -"), by the sentence that opens with one */
  datelines: { sentence: number; country: string }[] = [];
  /** places the article's datelines teach ("el paso" -> USA from "EL PASO, Texas -"), by their words */
  readonly places = new Map<string, string>();
  /** writtenLowerCase: the words the article writes in lower case somewhere */
  lowerCaseWords: Set<string> | undefined = undefined;
  /** names (full, and surnames) -> who */
  readonly known = new KnownNames();
  /** role -> countries of the institutions of that role the article has named so far (LEG -> USA) */
  readonly institutions = new Map<string, Set<string>>();
  /** acronyms the article defines ("Democratic Alliance (DA)") -> who they stand for */
  readonly acronyms = new Map<string, Resolved>();
  /** first tokens of titles after an adjective of a nationality the dictionaries lack ("Zairean President X"): no country is guessed for them */
  readonly foreignTitles = new Set<number>();
  /** agent head word -> last titled person */
  readonly byRole = new Map<string, Resolved>();
  /** role word -> everyone introduced with it ("Gov. John Kasich", "Ann Quellin, a candidate"), in the order of the text */
  readonly introducedAs = new Map<string, Introduction[]>();
  /** definite roles quoted alone ("the judge said"), which are role-alone sources unless a description names someone (definiteRoleSources) */
  readonly definiteRoles: { start: number; end: number; who: Resolved; earlier: number }[] = [];
  /** last tokens of role phrases that speak for a named or other body ("a spokesman for SMC", "its aides") */
  readonly othersRoles = new Set<number>();
  readonly mentions: Mention[] = [];
  readonly tokenMention: Int32Array;
  readonly actors = new Map<string, Actor>();
  readonly personMentions: PersonMention[] = [];
  /** the pieces of the article (findPieces) */
  pieces: Piece[] = [];
  /** openings of the organisation names the article writes in full -> the organisation (organizationNamed) */
  orgOpenings: Map<string, Resolved> | undefined = undefined;
  readonly groupMentions: GroupMention[] = [];

  constructor(doc: Doc, article: Article, lexicon: Lexicon, cues: NameCues) {
    this.doc = doc;
    this.lexicon = lexicon;
    this.cues = cues;
    this.keys = docKeys(doc);
    const n = doc.length;
    this.n = n;
    const scratch = scratchFor(n);
    this.tokenIds = lexicon.vocabulary.idsInto(this.keys, scratch.tokenIds);
    this.date = articleDate(article.published);
    // each token's spelling is tested once: the predicates below ask about the same tokens many times
    const { capital, elided, nameToken } = scratch;
    const value = doc.value;
    for (let k = 0; k < n; k++) {
      const v = value[k]!;
      const c = v.charCodeAt(0);
      let isCapital = 0;
      let isElided = 0;
      if (c < 128) {
        // ASCII: \p{Lu} is A-Z; an elided particle starts with a-z and has its apostrophe second or third
        if (c >= 65 && c <= 90) isCapital = 1;
        else if (c >= 97 && c <= 122 && v.length >= 4 && isApostrophe(v.charCodeAt(1), v.charCodeAt(2)) && elidedParticle.test(v)) isElided = 1;
      } else if (upperStart.test(v)) isCapital = 1;
      else if (elidedParticle.test(v)) isElided = 1;
      capital[k] = isCapital;
      elided[k] = isElided;
    }
    // past the last token, as a fresh array would read
    capital[n] = capital[n + 1] = 0;
    elided[n] = elided[n + 1] = 0;
    nameToken.fill(0, 0, n + 2);
    this.capital = capital;
    this.elided = elided;
    this.nameToken = nameToken;
    // ("the Untied Nations": a slip of the pen in an organisation's name)
    correctMisspelledNames({ lexicon, keys: this.keys, tokenIds: this.tokenIds, capital, sentence: doc.sentence });
    this.tokenMention = new Int32Array(n).fill(-1);
  }
}

function isApostrophe(a: number, b: number): boolean {
  return a === 39 || a === 0x2019 || b === 39 || b === 0x2019;
}

/** Whether token i opens its sentence, or the sentence's words after a dateline ("LIMA - Hundreds of ..."). */
function sentenceStart(doc: Doc, i: number): boolean {
  const si = doc.sentence[i]!;
  const first = doc.sentences[si]!.firstToken;
  return first === i || (i > first && datelineDash(doc, si) === i - 1);
}

/** isNameToken, asked once per token: the phases ask about the same tokens several times. */
function isNameToken(s: Recognition, i: number): boolean {
  if (i >= s.n) return false;
  const known = s.nameToken[i]!;
  if (known !== 0) return known === 1;
  const is = testNameToken(s, i);
  s.nameToken[i] = is ? 1 : 2;
  return is;
}

function testNameToken(s: Recognition, i: number): boolean {
  if (s.elided[i] === 1) return true; // "d'Estaing", "O'Malley"
  const { cues, keys, doc } = s;
  if (s.capital[i] !== 1 || cues.notName.has(keys[i]!)) return false;
  if (cues.honorific.has(keys[i]!)) return isSurname(s, i);
  // "(R-Kan.)", ", R-Kan.," are no names: neither the party letter nor the state
  if (i > 0 && (keys[i - 1] === '(' || commaAside(s, i - 1)) && asideParty(s, i)) return false;
  if (i > 2 && keys[i - 1] === '-' && (keys[i - 3] === '(' || commaAside(s, i - 3)) && asideParty(s, i - 2)) return false;
  // Short acronyms ("NPR", "GOP") are not parts of people's names (initials keep their
  // dot, "J."); longer capitals are transcript names ("PENCE").
  // A word in capitals is a name only as a transcript's speaker label ("WALLACE:"): a headline
  // in capitals is no run of names.
  if (acronym.test(doc.value[i]!) || (innerCapitals.test(doc.value[i]!) && !(keys[i + 1] === ':' && isCapitals(doc.value[i]!))) || cues.modifier.has(keys[i]!))
    return false;
  const pos = doc.pos[i]!;
  if (pos === 'PROPN' || isSurname(s, i)) return true;
  // "Accusing Israel of war crimes, the president ...": a participle opening a sentence is no given
  // name, unless the article writes it again before the same word ("Floating Point" of "Floating
  // Point Systems Inc", a name)
  if (pos === 'VERB' && sentenceStart(doc, i) && keys[i]!.endsWith('ing') && !cues.givenName.has(keys[i]!) && !writtenAgain(s, i)) return false;
  // wink tags unknown capitalised words as NOUN/VERB/ADJ ("Karen Pierce", and "Ted Cruz"
  // at the start of a sentence, where a proper noun must follow).
  // "Cook declined to say" after "Peter Cook": the surname of a name the article writes elsewhere
  return (pos === 'NOUN' || pos === 'VERB' || pos === 'ADJ' || pos === 'X') &&
    (!sentenceStart(doc, i) || (i + 1 < s.n && doc.pos[i + 1] === 'PROPN' && s.capital[i + 1] === 1) || surnamesOf(s).has(keys[i]!));
}

/** Whether keys[i] and the word after it are written capitalised together elsewhere in the article. */
function writtenAgain(s: Recognition, i: number): boolean {
  const { keys, capital } = s;
  for (let k = 0; k + 1 < s.n; k++) if (k !== i && keys[k] === keys[i] && keys[k + 1] === keys[i + 1] && capital[k] === 1) return true;
  return false;
}

// "Larry King", "George Will", "David Jolly", "Mr. King": a capitalised word right after a given
// name that opens a name, or the last word after an honorific, is a surname whatever else the
// word can be (a title, a modal, an adverb); so is that word alone later in the article ("King
// said", "Will wrote"). Not a party's or a body's word ("an Orlando Republican", "Orlando
// Police"), nor a verb before "n't" in a headline ("Sanders Aren't").
function isSurname(s: Recognition, i: number): boolean {
  if (!surnameWord(s, i)) return false;
  const { keys, capital, cues, doc } = s;
  if (givenNameBefore(s, i)) return true;
  if (i > 0 && capital[i - 1] === 1 && !sentenceStart(doc, i) && cues.honorific.has(keys[i - 1]!)) return true;
  if (!surnamesAfterGivenNames(s).has(keys[i]!)) return false;
  return sentenceStart(doc, i) || (capital[i - 1] !== 1 && !isPreposition(s, i - 1) && doc.upos[i - 1] !== 'DET');
}

function surnameWord(s: Recognition, k: number): boolean {
  const { keys, capital, cues, doc } = s;
  if (capital[k] !== 1 || capital[k + 1] === 1 || !wordLike.test(doc.value[k]!) || keys[k]!.endsWith('.')) return false;
  const key = keys[k]!;
  if (cues.notName.has(key) || cues.organization.has(key) || cues.body.has(key) || contractedNot.has(keys[k + 1]!)) return false;
  const agent = s.lexicon.agentTrie.match(s.tokenIds, k, k + 1);
  return !(agent?.end === k + 1 && s.lexicon.agents[agent.value]!.code.slice(0, 3) === partyRole);
}

/** Whether token k follows a given name that opens a name ("Larry" of "Larry King", not "York" of "New York"). */
function givenNameBefore(s: Recognition, k: number): boolean {
  const { keys, capital, cues, doc } = s;
  if (k === 0 || capital[k - 1] !== 1 || sentenceStart(doc, k) || !cues.givenName.has(keys[k - 1]!)) return false;
  // ("Columnist George Will", "Rep. David Jolly": a title before the given name)
  if (sentenceStart(doc, k - 1) || capital[k - 2] !== 1 || cues.honorific.has(keys[k - 2]!) || cues.titleWord.has(keys[k - 2]!)) return true;
  return s.lexicon.agentTrie.match(s.tokenIds, k - 2, k - 1)?.end === k - 1;
}

// The words that follow a given name in the article ("king" of "Larry King"), for isSurname.
function surnamesAfterGivenNames(s: Recognition): Set<string> {
  if (s.givenSurnames) return s.givenSurnames;
  const found = new Set<string>();
  for (let k = 1; k < s.n; k++) if (surnameWord(s, k) && givenNameBefore(s, k)) found.add(s.keys[k]!);
  s.givenSurnames = found;
  return found;
}

// The last words of the proper names of two words or more that the article writes inside a
// sentence ("Peter Cook" -> "cook"), asked only for a capitalised word opening a sentence.
function surnamesOf(s: Recognition): Set<string> {
  if (s.surnames) return s.surnames;
  const { doc, keys, capital, n } = s;
  const found = new Set<string>();
  for (let k = 1; k < n; k++) {
    // (wink tags many surnames as nouns or verbs: "Peter Cook/VERB")
    if (
      capital[k] === 1 &&
      capital[k - 1] === 1 &&
      doc.pos[k - 1] === 'PROPN' &&
      !sentenceStart(doc, k) &&
      !acronym.test(doc.value[k]!) &&
      !s.cues.organization.has(keys[k]!) &&
      !s.cues.notName.has(keys[k]!)
    )
      found.add(keys[k]!);
  }
  s.surnames = found;
  return found;
}

/** The party letter of "R - Kan" (as tokenised: letter, hyphen, capitalised state) when the name cues know it. */
function asideParty(s: Recognition, i: number): { country: string; role: string } | undefined {
  const v = s.doc.value[i]!;
  if (v.length > 3 || v !== v.toUpperCase() || s.doc.value[i + 1] !== '-' || s.capital[i + 2] !== 1) return undefined;
  return s.cues.partyAside.get(v.toLowerCase());
}

// "Robert Dole (R-Kan.)", "Bob Menendez (D-N.J.)", "Dan Glickman, D-Kans., chairman": a party
// and state right after a name, in brackets or between commas, say the person's country and
// role (name-cues.txt, aside.USA.LEG).
function partyAside(s: Recognition, end: number): { country: string; role: string } | undefined {
  return end + 1 < s.n && (s.keys[end] === '(' || commaAside(s, end)) ? asideParty(s, end + 1) : undefined;
}

// Whether the comma at token `comma` opens an aside of a party and state: a capitalised word
// before it, and after the state a comma, a bracket or the end of the sentence ("Rudy
// Boschwitz, R-Minn., intends"), not more words of a name.
function commaAside(s: Recognition, comma: number): boolean {
  const { keys, doc } = s;
  if (keys[comma] !== ',' || comma < 1 || s.capital[comma - 1] !== 1) return false;
  let k = comma + 4;
  if (keys[k] === '.') k++;
  return k >= s.n || keys[k] === ',' || keys[k] === ')' || doc.sentence[k] !== doc.sentence[comma];
}

/** A dictionary match must look like a name: "Turkey" not "turkey", "US" not "us". */
function looksLikeName(s: Recognition, start: number, end: number): boolean {
  const capital = s.capital;
  if (end - start === 1) {
    const v = s.doc.value[start]!;
    if (capital[start] !== 1) return false;
    // Short words must be written in capitals to be codes or acronyms: "US", "EU", "UN".
    const letters = v.replace(nonLetters, '');
    return letters.length > 3 || letters === letters.toUpperCase();
  }
  // "The President" is not a name: a capital on a determiner does not count.
  for (let i = start; i < end; i++) if (capital[i] === 1 && !s.cues.notName.has(s.keys[i]!)) return true;
  return false;
}

// Roles that are also titles before a name ("President", "General", "Senator").
function isTitleCode(code: string): boolean {
  return titleRoles.has(code.slice(0, 3));
}

function isPreposition(s: Recognition, i: number): boolean {
  const key = s.keys[i]!;
  return s.cues.locative.has(key) || key === 'of' || key === 'for';
}

function laterEnd(a: CodeRule, b: CodeRule): CodeRule {
  return (b.to ?? Infinity) > (a.to ?? Infinity) ? b : a;
}

// A dictionary person outside every dated office and without a default code
// ("President Roosevelt" in 2020) is one of the country's elites, as Phoenix codes
// former office holders; an organisation keeps its code.
function codeOnDate(s: Recognition, rules: LexiconActor['rules']): string | undefined {
  const code = codeOn(rules, s.date);
  if (code !== undefined || !rules.length) return code === undefined ? code : currentStateCode(code);
  const latest = currentStateCode(rules.reduce(laterEnd).code);
  // A state's record with a gap in its dates is still the state: Phoenix dates Iraq IRQ before
  // 2003 and after 2006 and its occupation code in between with a malformed date, which leaves
  // "Iraqi" of 2004 with no code, and no state is one of its own elites.
  if (rules.every((rule) => isBareCountry(currentStateCode(rule.code)))) return latest;
  // Out of an office in an organisation (an EC Council presidency), a person is still of their country.
  const country = codeCountry(latest) ?? (isOrganizationCode(latest) ? countryOfRules(rules) : undefined);
  return country ? `${country}ELI` : latest;
}

function countryOfRules(rules: LexiconActor['rules']): string | undefined {
  for (const rule of rules) {
    const country = codeCountry(currentStateCode(rule.code));
    if (country) return country;
  }
  return undefined;
}

// "Western Mindanao Command", "Eastern Cape Province": a one-word region followed by capitalised
// words is the first word of a name, not the region.
function regionOpensName(s: Recognition, i: number, end: number, ref: number): boolean {
  if (end - i !== 1 || !isNameToken(s, end) || s.lexicon.agentTrie.match(s.tokenIds, end, s.n)) return false;
  const code = codeOnDate(s, s.lexicon.actors[ref]!.rules);
  return code !== undefined && isRegion(code) && !codeCountry(code);
}

/** keys[at, end) is a dictionary phrase of the person (by name) whose phrase ends at end too. */
function namedAfterTitle(s: Recognition, ref: number, end: number, at: number, limit: number): boolean {
  const tail = s.lexicon.actorTrie.match(s.tokenIds, at, limit);
  return tail?.end === end && s.lexicon.actors[tail.value]!.name === s.lexicon.actors[ref]!.name;
}

/**
 * Whether a dictionary phrase that opens with "the" and ends at end (actor ref) is a region and no
 * country ("the West"), and a phrase of the dictionaries that starts at next, the word after "the",
 * runs past end ("West German" in "the West German government", "West Bank"): then the region
 * yields to it.
 */
function theRegionYields(s: Recognition, ref: number, end: number, next: number, limit: number): boolean {
  const code = codeOnDate(s, s.lexicon.actors[ref]!.rules);
  if (code === undefined || !isRegion(code) || codeCountry(code)) return false;
  return (s.lexicon.actorTrie.match(s.tokenIds, next, limit)?.end ?? -1) > end;
}

// A capitalised non-title agent before a one-word name is a first name ("Hunter Biden");
// before a full name it is a role ("Businessman Don Blankenship"), and before an adjective
// ("Republican Presidential hopeful") it is no name at all.
function isFirstName(s: Recognition, i: number, end: number, ref: number): boolean {
  return s.capital[i] === 1 && !isTitleCode(s.lexicon.agents[ref]!.code) && isNameToken(s, end) && !isNameToken(s, end + 1) && s.doc.upos[end] !== 'ADJ';
}

// --- 1. pieces, sentence by sentence, in one left-to-right pass.
function findPieces(s: Recognition): Piece[] {
  const { doc, keys, cues, tokenIds } = s;
  const { actorTrie, agentTrie } = s.lexicon;
  const pieces: Piece[] = [];
  for (const sentence of doc.sentences) {
    const limit = sentence.endToken;
    let i = sentence.firstToken;
    while (i < limit) {
      // ("Mr. King": a surname that is also a title is read as a name, not looked up)
      const surname = cues.honorific.has(keys[i]!) && isNameToken(s, i);
      const actor = surname ? undefined : actorTrie.match(tokenIds, i, limit);
      const agent = surname ? undefined : agentTrie.match(tokenIds, i, limit);
      const actorEnd = actor?.end ?? -1;
      const actorRef = actor?.value ?? -1;
      const agentEnd = agent?.end ?? -1;
      const agentRef = agent?.value ?? -1;
      // "The West German government", "the West Bank": a region opened by "the" ("the West")
      // yields to a longer phrase that begins after it ("West German")
      if (actorEnd >= 0 && keys[i] === 'the' && theRegionYields(s, actorRef, actorEnd, i + 1, limit)) {
        i++;
        continue;
      }
      const actorOk = actorEnd >= 0 && looksLikeName(s, i, actorEnd);
      // "Former U.S. Secretary of State John Kerry": a dictionary phrase that is a title and the
      // same person's name is read as the title and the name, so that what stands before the
      // title ("former", a state) titles the name too
      if (actorOk && agentEnd > i && agentEnd < actorEnd && hasLetter.test(doc.value[i]!) && namedAfterTitle(s, actorRef, actorEnd, agentEnd, limit)) {
        pieces.push(newPiece('agent', i, agentEnd, agentRef));
        i = agentEnd;
        continue;
      }
      if (actorOk && (agentEnd < 0 || actorEnd > agentEnd)) {
        const end = actorEnd;
        // "Jordan Peterson", "Washington Post": a one-word proper noun and one more
        // capitalised word make a name ("Israeli Grand Master Alexander Huzman" does not).
        // A demonym before a people's name is not a first name: "Iraqi Kurds", "Bosnian Serbs".
        // An abbreviation ("U.K.", "U.S.", "IBM") is no first name: "U.K. Money market rates".
        const absorbed =
          (end - i === 1 && doc.pos[i] === 'PROPN' && wordLike.test(doc.value[i]!) && isNameToken(s, end) && !isNameToken(s, end + 1) &&
          !(demonymEnding.test(keys[i]!) && peoplePlural.test(keys[end] ?? '')) &&
          !actorTrie.match(tokenIds, end, limit) && !agentTrie.match(tokenIds, end, limit)) ||
          regionOpensName(s, i, end, actorRef);
        if (!absorbed) {
          pieces.push(newPiece('actor', i, end, actorRef));
          i = end;
          continue;
        }
      } else if (agentEnd >= 0 && hasLetter.test(doc.value[i]!) && !isFirstName(s, i, agentEnd, agentRef) && !officeTitleBeforeName(s, i, agentEnd)) {
        // "ambassador to" (a Phoenix agent): the preposition stays outside the mention.
        const end = agentEnd - i > 1 && isPreposition(s, agentEnd - 1) ? agentEnd - 1 : agentEnd;
        pieces.push(newPiece('agent', i, end, agentRef));
        i = end;
        continue;
      }
      if (s.capital[i] === 1 && cues.honorific.has(keys[i]!) && isNameToken(s, i + 1)) {
        pieces.push(newPiece('honorific', i, i + 1, -1));
        i++;
        continue;
      }
      // "Young Algerians", "Angry French workers", "More South Africans": a capitalised adjective
      // opening the sentence before a demonym is not the first word of a name
      if (sentenceStart(doc, i) && i + 1 < limit && s.capital[i + 1] === 1 && !actorTrie.match(tokenIds, i, limit)) {
        const demonymEnd = actorTrie.match(tokenIds, i + 1, limit)?.end ?? -1;
        if (demonymEnd > i + 1 && demonymAfterOpener.test(keys[demonymEnd - 1]!)) {
          i++;
          continue;
        }
      }
      if (isNameToken(s, i)) {
        let j = i + 1;
        while (j < limit) {
          if (isNameToken(s, j) && (!agentTrie.match(tokenIds, j, limit) || isSurname(s, j))) j++;
          else if (keys[j] === '-') {
            // "Leung Che-cheung", "Jean-Pierre": a hyphen joins only the words it touches;
            // "STATE COLLEGE, Pa. - Hillary Clinton" is a dateline's dash
            if (!touches(s, j) || !(isNameToken(s, j + 1) || (j - i >= 2 && hyphenTail(s, j + 1)))) break;
            j += 2;
          } else if (cues.particle.has(keys[j]!) && isNameToken(s, j + 1)) j += 2;
          // "Abdulaziz al-Salim", "Refaat el-Sayed": a particle glued by a hyphen to the surname
          // (not a dictionary name that opens with it: "Ezzel Dein al-Qassam Brigades")
          else if (cues.particle.has(keys[j]!) && keys[j + 1] === '-' && touches(s, j + 1) && isNameToken(s, j + 2) && !actorTrie.match(tokenIds, j, limit)) j += 3;
          else break;
        }
        // "Treasurer Paul Keating", "PolitiFact Executive Director Aaron Sharockman": a role
        // written before the name, and the words before it, are no part of the name, unless the
        // whole is an organisation's name ("Executive Life Insurance Co"); they title the name
        // (the mention keeps them), which is read again from its first word (a person the
        // dictionaries know)
        let title = -1;
        for (let k = j - 2; k >= i; k--) {
          if (cues.titleWord.has(keys[k]!)) {
            title = k;
            break;
          }
        }
        const whole = newPiece('name', i, j, -1);
        if (title >= 0 && !isOrgName(s, whole)) {
          pieces.push(newPiece('honorific', i, title + 1, -1));
          i = title + 1;
          continue;
        }
        pieces.push(whole);
        i = j;
        continue;
      }
      i++;
    }
  }
  return pieces;
}

// "General Motors Corp", "Thai Airways", "Air France": a name opened by a company word ("Motors",
// "Air") next to a title, a demonym or a state, with nothing between, is one company's name with it.
// "Refco, Inc.": a legal form after a comma is the end of the name before it (of a dictionary
// company's name too, which keeps its code), never a name of its own.
function joinCompanyWords(s: Recognition, pieces: Piece[]): Piece[] {
  const { keys, cues } = s;
  const isCompanyWord = (p: Piece | undefined) => p?.type === 'name' && cues.company.has(keys[p.start]!);
  const isSuffix = (p: Piece) => p.type === 'name' && p.end - p.start === 1 && p.start > 0 && keys[p.start - 1] === ',' && cues.companySuffix.has(keys[p.start]!);
  const out: Piece[] = [];
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    const next = pieces[p + 1];
    if (isSuffix(piece)) continue;
    if (next && isSuffix(next) && piece.type === 'name' && piece.end + 1 === next.start && s.doc.sentence[piece.start] === s.doc.sentence[next.start]) {
      out.push(newPiece('name', piece.start, next.end, -1));
      p++;
      continue;
    }
    const joinable = (a: Piece, b: Piece) => a.end === b.start && s.capital[a.start] === 1 && s.doc.sentence[a.start] === s.doc.sentence[b.start];
    if (
      next &&
      joinable(piece, next) &&
      ((piece.type !== 'agent' && isCompanyWord(next)) || (isCompanyWord(piece) && piece.end - piece.start === 1 && next.type === 'actor'))
    ) {
      out.push(newPiece('name', piece.start, next.end, -1));
      p++;
    } else out.push(piece);
  }
  return out;
}

/** Whether token k touches the tokens on both sides (no space: "Che-cheung"). */
function touches(s: Recognition, k: number): boolean {
  const { doc } = s;
  return k > 0 && k + 1 < s.n && doc.end[k - 1] === doc.start[k] && doc.end[k] === doc.start[k + 1];
}

/**
 * The lower-case second half of a hyphenated given name after a family name ("Leung
 * Che-cheung", "Kim Jong-un"); not a participle ("Kurdish-led", "Paris-born").
 */
function hyphenTail(s: Recognition, k: number): boolean {
  const v = s.doc.value[k]!;
  return k < s.n && s.capital[k] === 0 && lowerWord.test(v) && s.doc.pos[k] !== 'VERB' && !v.endsWith('ed');
}

// --- 2. groups: adjacent pieces joined by glue ("'s", "the", modifiers).

/** Glue between two pieces: -1 when the words between are not glue, 1 when they say "former", else 0. */
function between(s: Recognition, from: number, to: number): number {
  const { keys, cues } = s;
  let former = 0;
  for (let k = from; k < to; k++) {
    const key = keys[k]!;
    if (cues.former.has(key)) former = 1;
    else if (hyphens.has(key) && keys[k + 1] === 'led' && k + 2 === to) {
      // "US-led forces", "Saudi-led coalition": the force a country leads is the country's
      k++;
    } else if (!(apostropheS.has(key) || key === 'the' || cues.modifier.has(key))) return -1;
  }
  return former;
}

// "Representative Eliot Engel": a one-word role that is also a capitalised title of office before a
// name is the title (name-cues.txt title.LEG), not the role noun ("the EU's representative").
function officeTitleBeforeName(s: Recognition, i: number, agentEnd: number): boolean {
  return agentEnd === i + 1 && s.capital[i] === 1 && s.cues.honorificRole.has(s.keys[i]!) && isNameToken(s, i + 1);
}

// "ambassador to the United States": what follows the preposition is another actor.
function endsWithPreposition(s: Recognition, agent: Piece): boolean {
  return isPreposition(s, agent.end - 1) || isPreposition(s, agent.end);
}

// Dictionary people are the records with dated offices: "Vladimir Putin" -> RUSGOV. A state's
// record dated by independence ("Lithuania": LTUOCC until 1990, LTU since) is no person, nor is
// a capital dated by it ("Juba": Sudan's seat until 2011, South Sudan's since).
function isDictionaryPerson(s: Recognition, piece: Piece | undefined): boolean {
  if (piece === undefined || piece.type !== 'actor' || s.lexicon.actors[piece.ref]!.seat) return false;
  const rules = s.lexicon.actors[piece.ref]!.rules;
  // ("the Sudan People's Liberation Movement" [SDNGOVPTY from 2005]: a dated record written with
  // an organisation's last word, and no given name first, is the organisation)
  if (endsAsOrganization(s, piece) && !s.cues.anyGivenName.has(s.keys[piece.start]!)) return false;
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k]!;
    if (rule.restricted && (isOrganizationCode(rule.code) || (codeCountry(rule.code) && isTitleCode(rule.code.slice(3))))) return true;
  }
  return rules.length > 0 && rules.every((r) => !r.restricted) && isUndatedPerson(s, piece, rules);
}

/** Roles an undated record of a person is coded with: `JEAN_DUPONT [FRAELI]`, `ANGELA_MERKEL [DEUGOV]`. */
const undatedPersonRoles = new Set(['GOV', 'LEG', 'JUD', 'ELI', 'OPP']);

// A record without dates is a person when it codes a country and a personal role and the text
// writes it as a full name: two or more capitalised words, none of them a role, an
// organisation's or a thing's word ("Jean Dupont" [FRAELI]; not "Kurdistan Regional Government"
// [IRQGOV] nor "Communist Party Of China" [CHNGOV]), in a record none of whose phrases holds an
// organisation's word (not "Pussy Riot" [RUSOPP], also "Russian punk group Pussy Riot").
function isUndatedPerson(s: Recognition, piece: Piece, rules: readonly CodeRule[]): boolean {
  // ("Pussy Riot", whose record also reads "Russian punk group Pussy Riot", is a group)
  if (piece.end - piece.start < 2 || s.lexicon.actors[piece.ref]!.group || !rules.every((r) => codeCountry(r.code) && undatedPersonRoles.has(r.code.slice(3))))
    return false;
  const { keys, cues } = s;
  for (let i = piece.start; i < piece.end; i++) {
    const key = keys[i]!;
    if (s.capital[i] !== 1 || cues.organization.has(key) || cues.company.has(key) || cues.thing.has(key) || s.lexicon.agentTrie.match(s.tokenIds, i, i + 1))
      return false;
  }
  return true;
}

function isRoleCode(s: Recognition, piece: Piece): boolean {
  const code = codeOnDate(s, s.lexicon.actors[piece.ref]!.rules);
  return !!code && code.length > 3 && !!codeCountry(code) && !isDictionaryPerson(s, piece);
}

function findGroups(s: Recognition, pieces: Piece[]): Group[] {
  const { doc, keys, cues, lexicon } = s;
  const groups: Group[] = [];
  let group: Group | undefined;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    // ("Former Norwegian Fisheries Minister X": a capitalised portfolio is part of the title)
    if (group && portfolioName(s, group, piece, pieces[p + 1])) continue;
    const sameSentence = group !== undefined && doc.sentence[group.end] === doc.sentence[piece.start];
    const glue = sameSentence ? Math.max(between(s, group!.end, piece.start), portfolioBetween(s, group!, piece), descriptionBetween(s, group!, piece)) : -1;
    if (group && glue >= 0) {
      let joined = true;
      if (piece.type === 'agent' && !group.honorific && (!group.head || !group.agent)) {
        if (group.head && !group.agent) {
          // "Kremlin spokesman", "Trump administration": the name qualifies the role.
          group.qualifier = group.head;
          group.head = undefined;
        }
        if (group.agent && speaksForBody(s, group.agent, piece)) group.bodyCode = lexicon.agents[group.agent.ref]!.code;
        group.agent = group.agent ? newPiece(group.agent.type, group.agent.start, piece.end, piece.ref) : piece;
      } else if (piece.type === 'honorific' && !group.head && !group.honorific && group.agent) {
        group.honorific = piece;
      } else if (
        (piece.type === 'name' || (piece.type === 'actor' && !isBareCountry(codeOf(s, piece)))) &&
        !group.head &&
        (group.honorific ||
          (group.agent && !endsWithPreposition(s, group.agent) && (!lexicon.agents[group.agent.ref]!.plural || pluralTitlesName(s, group, piece))))
      ) {
        // (a country after a title opens the next title: "Deputy U.S. Trade Representative";
        // a plural role titles the full names right after it: "French ministers Anne Quellin and ...")
        group.head = piece;
      } else if (piece.type === 'agent' && group.qualifier && !group.agent) {
        group.agent = piece;
      } else if (
        !group.agent &&
        !group.qualifier &&
        group.head?.type === 'actor' &&
        piece.start === group.end &&
        isRoleCode(s, group.head) &&
        (piece.type === 'name' || isDictionaryPerson(s, piece))
      ) {
        // "German Chancellor Olaf Scholz": a dictionary title phrase before a name.
        group.qualifier = group.head;
        group.head = piece;
      } else if (
        !group.agent &&
        !group.qualifier &&
        !group.honorific &&
        piece.type === 'name' &&
        (piece.start === group.end || descriptionBetween(s, group, piece) === 0) &&
        isDemonymBefore(s, group, piece)
      ) {
        // "Brazilian Luis Costa": a demonym before a full name says the person's country.
        group.qualifier = group.head;
        group.head = piece;
      } else joined = false;
      if (joined) {
        group.former ||= glue === 1;
        group.end = piece.end;
        continue;
      }
    }
    if (group) groups.push(group);
    group = { start: piece.start, end: piece.end, former: false };
    if (piece.type === 'agent') group.agent = piece;
    else if (piece.type === 'honorific') group.honorific = piece;
    else group.head = piece;
    // A modifier just before the group ("former British ambassador") belongs to it.
    for (let k = group.start - 1; k >= 0 && cues.modifier.has(keys[k]!) && doc.sentence[k] === doc.sentence[group.start]; k--) {
      if (cues.former.has(keys[k]!)) group.former = true;
      if (piece.type === 'agent' || pieces[p + 1]?.type === 'agent') group.start = k;
    }
  }
  if (group) groups.push(group);
  return groups;
}

// "Egyptian army leaders", "the army spokesman": a role that leads or speaks for a body of the
// state (name-cues.txt `speaks-for`) after the body's noun acts in the body's role (EGYMIL, not
// the generic role's EGYGOV).
function speaksForBody(s: Recognition, body: Piece, role: Piece): boolean {
  const { cues, lexicon } = s;
  const code = lexicon.agents[body.ref]!.code;
  return body.end === role.start && cues.body.has(s.keys[body.end - 1]!) && stateRoles.has(code.slice(0, 3)) && cues.speaksFor.has(lexicon.agents[role.ref]!.head) && code !== lexicon.agents[role.ref]!.code;
}

// "French ministers Anne Quellin and Marc Tenmark": a plural role right before a name of two
// words or more titles it (and, as a list, the names after it).
function pluralTitlesName(s: Recognition, group: Group, piece: Piece): boolean {
  // ("Vice-Premiers Li Peng and Tian Jiyun": a person the dictionaries know is a full name too,
  // after a title of office; "presidential candidates Hillary Clinton and ..." stay a group that
  // a "they" can stand for)
  if (piece.type === 'actor')
    return piece.start === group.end && isDictionaryPerson(s, piece) && officeRoles.has(s.lexicon.agents[group.agent!.ref]!.code);
  return piece.type === 'name' && piece.start === group.end && piece.end - piece.start >= 2 && !isOrgName(s, piece) && !isThing(s, piece);
}

// "Italian economic development minister Stefano Patuanelli": lower-case words of a portfolio
// between a country and a title of office (0 when they are, else -1).
const portfolioReach = 3;

function portfolioBetween(s: Recognition, group: Group, piece: Piece): number {
  if (
    piece.type !== 'agent' ||
    group.agent ||
    group.honorific ||
    group.head?.type !== 'actor' ||
    group.end === piece.start ||
    piece.start - group.end > portfolioReach
  )
    return -1;
  if (!isTitleCode(s.lexicon.agents[piece.ref]!.code) || s.lexicon.agents[piece.ref]!.plural) return -1;
  if (!isBareCountry(codeOf(s, group.head))) return -1;
  // (a title written with capitals may have its portfolio so too: "Norwegian Fisheries Minister")
  const titleCase = s.capital[piece.start] === 1;
  for (let k = group.end; k < piece.start; k++) {
    const pos = s.doc.pos[k]!;
    if (s.capital[k] === 1 && !(titleCase && s.cues.commonWord.has(s.keys[k]!))) return -1;
    if (pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'PROPN') return -1;
  }
  return 0;
}

// "Norwegian Fisheries Minister Jan Olsen": capitalised words of common English between a
// country and the capitalised title right after them are the title's portfolio, no name.
function portfolioName(s: Recognition, group: Group, piece: Piece, next: Piece | undefined): boolean {
  if (piece.type !== 'name' || next?.type !== 'agent' || next.start !== piece.end || piece.end - group.end > portfolioReach) return false;
  if (!commonWordName(s, piece)) return false;
  return portfolioBetween(s, group, next) === 0;
}

// "Spanish teenager Rafael Nadal", "British designer Terence Conran", "Australian leg-spinner
// Shane Warne": lower-case words (a hyphen may join two) that describe a person (no title of
// office) between a demonym and a full name (0 when they are, else -1).
const descriptionReach = 3;

function descriptionBetween(s: Recognition, group: Group, piece: Piece): number {
  if (piece.type !== 'name' || group.agent || group.qualifier || group.honorific || group.end === piece.start || piece.start - group.end > descriptionReach)
    return -1;
  const head = group.head;
  if (head?.type !== 'actor' || head.end - head.start !== 1 || !isDemonym(s.doc.value[head.start]!)) return -1;
  for (let k = group.end; k < piece.start; k++) {
    if (hyphens.has(s.keys[k]!) && k > group.end && k + 1 < piece.start) continue;
    const pos = s.doc.pos[k]!;
    if (s.capital[k] === 1 || (pos !== 'NOUN' && pos !== 'ADJ')) return -1;
  }
  return 0;
}

function isBareCountry(code: string | undefined): boolean {
  return code !== undefined && code.length === 3 && codeCountry(code) !== undefined;
}

// a country's government ("Kremlin" RUSGOV, "White House" USAGOV)
function isSeatCode(code: string | undefined): boolean {
  return code !== undefined && code.length === 6 && code.endsWith('GOV') && codeCountry(code) !== undefined;
}

// A demonym ("Brazilian", "French") before a name of two words or more that is no organisation
// or thing: the person's country.
function isDemonymBefore(s: Recognition, group: Group, piece: Piece): boolean {
  const head = group.head;
  if (head?.type !== 'actor' || head.end - head.start !== 1 || !isDemonym(s.doc.value[head.start]!)) return false;
  if (!isBareCountry(codeOf(s, head))) return false;
  return piece.end - piece.start >= 2 && !isOrgName(s, piece) && !isThing(s, piece);
}

// "of Brazil" after a titled group: "President Lula of Brazil", "the government of Gondor";
// "from"/"in" after a plural role: "soldiers from Gondor", "activists in Arnor".
function ofLike(s: Recognition, group: Group): boolean {
  const word = s.keys[group.end];
  return word === 'of' || ((word === 'from' || word === 'in') && !group.head && s.lexicon.agents[group.agent!.ref]!.plural);
}

function onlyCoordination(keys: string[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!(keys[k] === ',' || keys[k] === 'and' || keys[k] === 'or' || keys[k] === 'the')) return false;
  return true;
}

function attachOf(s: Recognition, groups: Group[]): void {
  const keys = s.keys;
  for (let g = 0; g < groups.length - 1; g++) {
    const cur = groups[g]!;
    const next = groups[g + 1]!;
    if (
      cur.agent &&
      !cur.of &&
      !next.agent &&
      next.head?.type === 'actor' &&
      ofLike(s, cur) &&
      next.start === cur.end + 1 + (keys[cur.end + 1] === 'the' ? 1 : 0)
    ) {
      cur.of = next.head;
      cur.end = next.end;
      groups.splice(g + 1, 1);
      // "the foreign ministers of France, Germany and Britain": the role goes to each.
      let last = cur.end;
      for (let h = g + 1; h < groups.length; h++) {
        const conj = groups[h]!;
        if (conj.agent || conj.head?.type !== 'actor' || !onlyCoordination(keys, last, conj.start)) break;
        conj.qualifier = conj.head;
        conj.head = undefined;
        conj.agent = newPiece(cur.agent.type, -1, -1, cur.agent.ref);
        last = conj.end;
      }
    }
  }
}

// --- 3. resolution in document order, with the article's memory of who is who.
function codeOf(s: Recognition, piece: Piece | undefined): string | undefined {
  return piece && piece.type === 'actor' ? codeOnDate(s, s.lexicon.actors[piece.ref]!.rules) : undefined;
}

function personCode(s: Recognition, piece: Piece | undefined): string | undefined {
  return isDictionaryPerson(s, piece) ? codeOf(s, piece) : undefined;
}

// "The Washington Post", "The New York Times": a media or business code with no country
// (Phoenix's MED, BUS) takes the country of a place its name holds (USAMED). Other codes of
// three letters are actors of their own ("New Zealand" NZE in a user's dictionary, not "Zealand").
const placedRoles = new Set(['MED', 'BUS']);

function placedCode(s: Recognition, piece: Piece, code: string | undefined): string | undefined {
  if (!code || !placedRoles.has(code)) return code;
  const trie = s.lexicon.actorTrie;
  for (let j = piece.start; j < piece.end; j++) {
    // the longest phrase inside the name, not the name itself
    const found = trie.match(s.tokenIds, j, j === piece.start ? piece.end - 1 : piece.end);
    if (!found) continue;
    const country = codeCountry(codeOnDate(s, s.lexicon.actors[found.value]!.rules) ?? '');
    if (country) return country + code;
  }
  return code;
}

// An organisation's name starts or ends with its kind: "Istituto Affari Internazionali",
// "The Washington Post"; or its kind is followed only by where it is: "Lloyds Bank Canada".
// "Rules Committee Chairman Bruce Ash", "Fox News Sean Hannity" are people.
function isOrgName(s: Recognition, piece: Piece): boolean {
  const { organization } = s.cues;
  return organization.has(s.keys[piece.start]!) || kindThenPlace(s, piece, organization) || isCompanyName(s, piece);
}

/** Whether a name's last word is an organisation's or a firm's ("Movement", "Ltd", "Corp"). */
function endsAsOrganization(s: Recognition, piece: Piece): boolean {
  const last = s.keys[piece.end - 1]!;
  return s.cues.organization.has(last) || s.cues.company.has(last);
}

// "Tranquil Ltd", "Galactic Resources", "Dai-Ichi Kangyo Bank Ltd", "Harlow Airways Canada": a
// company (role BUS).
function isCompanyName(s: Recognition, piece: Piece): boolean {
  return piece.end - piece.start >= 2 && kindThenPlace(s, piece, s.cues.company);
}

/** Whether a word of `kinds` follows the name's first word, with only places of the dictionaries after it. */
function kindThenPlace(s: Recognition, piece: Piece, kinds: ReadonlySet<string>): boolean {
  const { keys, tokenIds } = s;
  const trie = s.lexicon.actorTrie;
  for (let k = piece.end - 1; k > piece.start; k--) {
    if (kinds.has(keys[k]!)) return true;
    const found = trie.match(tokenIds, k, k + 1);
    if (!found || !isBareCountry(codeOnDate(s, s.lexicon.actors[found.value]!.rules) ?? '')) return false;
  }
  return false;
}

/** Bodies whose name follows "of": "the firm of Forstmann Little". */
const firmNouns: ReadonlySet<string> = new Set(['firm', 'company']);
const hasDigit = /\d/;
const oneLetter = /^\p{Lu}$/u;

// What an untitled capitalised name is when its shape or its surroundings say it is no person:
// null for nothing to code, an organisation, or undefined when nothing says so.
//   "Class B", "Total M2": a last word of one letter or with a digit names a thing;
//   "the town of Novi Travnik", "Association of Tin Producing Countries": a name after
//   "of" that follows a capitalised word or a place word is a place or part of a longer name;
//   "<Consumers Software>", "Barrick Resources Corp <ABXFF>", "Kidder Peabody and Co",
//   "Soditic SA", "lead manager Societe Generale": the angle brackets of a wire's company name
//   or ticker, "and Co", a company word after the name or a firm's title before it make a company;
//   "the newspaper Wen Hui Bao": a body's noun right before the name makes an organisation;
//   "Franco Nevada" where the article writes "Franco Nevada Mines Ltd": that organisation.
function notAPerson(s: Recognition, head: Piece): Resolved | null | undefined {
  const { keys, doc, cues } = s;
  const last = doc.value[head.end - 1]!;
  if (hasDigit.test(last) || oneLetter.test(last)) return null;
  const before = keys[head.start - 1];
  // ("Cheng Chung-tai of Civic Passion": after a name the article has just read, too)
  if (before === 'of' && head.start >= 2 && (s.capital[head.start - 2] === 1 || s.tokenMention[head.start - 2] !== -1 || cues.thing.has(keys[head.start - 2]!)))
    return null;
  if (modifiesThing(s, head)) return null;
  const company = newResolved(`org:${slug(pieceText(s, head))}`, undefined, false, undefined, 'BUS');
  if (before === '<' || (keys[head.end] === '<' && keys[head.end + 2] === '>')) return company;
  if ((keys[head.end] === 'and' || keys[head.end] === '&') && s.capital[head.end + 1] === 1 && cues.company.has(keys[head.end + 1]!)) return company;
  // "S.G. Warburg Soditic SA": a company word in capitals right after the name (not part of it: "SA" is no name word)
  if (s.capital[head.end] === 1 && cues.company.has(keys[head.end]!) && s.doc.sentence[head.end] === s.doc.sentence[head.start]) return company;
  // "the firm of Forstmann Little", "the newspaper Wen Hui Bao", "shipping group Neptune Orient": a
  // noun of a body right before a name says what it names
  // ("the firm of Forstmann Little"; not "the government of Nouri al-Maliki", whose it is)
  const body = head.start - (before === 'of' ? 2 : 1);
  const bodyNoun =
    body >= 0 && s.capital[body] === 0 && doc.upos[body] === 'NOUN' && (before === 'of' ? firmNouns.has(keys[body]!) : cues.body.has(keys[body]!));
  if (bodyNoun) return newResolved(`org:${slug(pieceText(s, head))}`, undefined, false);
  // "lead manager Drexel Burnham said": in bond copy the lead manager of an issue is a bank
  if (cues.firmRole.some((phrase) => phrase.length <= head.start && phrase.every((w, k) => keys[head.start - phrase.length + k] === w))) return company;
  return organizationNamed(s, head);
}

// "Collective Action plans", "El Maan natural harbor", "Neath-Swansea scrum-half": a name
// that modifies a lower-case noun (on the parse: its last word a compound or modifier of a noun
// after it) names that thing's kind or place, not a person; before a role or a name it may
// ("Rules Committee Chairman", "Treasurer Peter Costello").
function modifiesThing(s: Recognition, head: Piece): boolean {
  const { doc } = s;
  // the name's own head word: the one whose head lies outside the name ("El" of "El Maan", flat)
  let root = head.end - 1;
  for (let k = head.start; k < head.end; k++) if (doc.head[k]! < head.start || doc.head[k]! >= head.end) root = k;
  const noun = doc.head[root]!;
  const rel = doc.deprel[root]!;
  if (noun < head.end || !(relationIs(rel, 'compound') || relationIs(rel, 'amod') || relationIs(rel, 'nmod'))) return false;
  if (s.capital[noun] === 1 || doc.upos[noun] !== 'NOUN' || s.lexicon.agentTrie.match(s.tokenIds, noun, noun + 1) || s.cues.personNoun.has(s.keys[noun]!))
    return false;
  // "a Bernie Sanders rally" where the article also writes "Sanders" alone: a person's rally
  if (head.end - head.start >= 2 && loneWords(s).has(s.keys[head.end - 1]!)) return false;
  // only the words between: "El Maan natural harbor", not a clause further on
  for (let k = head.end; k < noun; k++) if (s.capital[k] === 1 || !(doc.upos[k] === 'ADJ' || doc.upos[k] === 'NOUN' || s.keys[k] === '-')) return false;
  return true;
}

// Capitalised words the article writes alone as the subject of a verb, with no capitalised word
// on either side and no dictionary actor ("Sanders said", "Sanders compared himself"; not
// "German" of "Most German brokers"): built at the first question.
function loneWords(s: Recognition): Set<string> {
  if (s.lone) return s.lone;
  const { capital, keys, doc, n } = s;
  const found = new Set<string>();
  for (let k = 1; k < n; k++) {
    if (
      capital[k] === 1 &&
      capital[k - 1] === 0 &&
      capital[k + 1] === 0 &&
      doc.pos[k] === 'PROPN' &&
      relationIs(doc.deprel[k]!, 'nsubj') &&
      !s.lexicon.actorTrie.match(s.tokenIds, k, k + 1)
    )
      found.add(keys[k]!);
  }
  s.lone = found;
  return found;
}

// The organisations the article names in full ("Franco Nevada Mines Ltd"), by each shorter
// opening of two words or more ("franco nevada"): built at the first question.
function organizationNamed(s: Recognition, head: Piece): Resolved | undefined {
  if (!s.orgOpenings) {
    const openings = new Map<string, Resolved>();
    for (const piece of s.pieces) {
      if (piece.type !== 'name' || piece.end - piece.start < 3 || !isOrgName(s, piece)) continue;
      const who = newResolved(`org:${slug(pieceText(s, piece))}`, undefined, false, undefined, isCompanyName(s, piece) ? 'BUS' : undefined);
      for (let end = piece.start + 2; end < piece.end; end++) {
        const key = s.keys.slice(piece.start, end).join(' ');
        if (!openings.has(key)) openings.set(key, who);
      }
    }
    s.orgOpenings = openings;
  }
  return head.end - head.start >= 2 ? s.orgOpenings.get(s.keys.slice(head.start, head.end).join(' ')) : undefined;
}

function isThing(s: Recognition, piece: Piece): boolean {
  const { cues, keys } = s;
  if (cues.thingFirst.has(keys[piece.start]!)) return true;
  for (let k = piece.start; k < piece.end; k++) if (cues.thing.has(keys[k]!)) return true;
  return false;
}

/** Whether the article also writes the word of token k in lower case somewhere. */
function writtenLowerCase(s: Recognition, k: number): boolean {
  // built at the first question (most articles ask a few)
  if (s.lowerCaseWords === undefined) {
    s.lowerCaseWords = new Set<string>();
    for (let j = 0; j < s.n; j++) if (s.capital[j] !== 1) s.lowerCaseWords.add(s.keys[j]!);
  }
  return s.lowerCaseWords.has(s.keys[k]!);
}

function allCommonWords(s: Recognition, piece: Piece): boolean {
  for (let k = piece.start; k < piece.end; k++) if (!writtenLowerCase(s, k)) return false;
  return true;
}

// "Waste Management", "Think Big", "Stock Exchange": a name all of whose words English writes in
// lower case (data/actors/common-words.txt) names a firm, place or thing, unless it opens with a
// given name ("Hope Young", "Will Long").
function commonWordName(s: Recognition, piece: Piece): boolean {
  const { cues, keys } = s;
  if (piece.type !== 'name' || cues.anyGivenName.has(keys[piece.start]!)) return false;
  for (let k = piece.start; k < piece.end; k++) if (!cues.commonWord.has(keys[k]!)) return false;
  return true;
}

// "Acquisition", "Cinema", "Acquisition Co": a name that opens with no given name and whose words
// English or the article writes in lower case, or are company words or abstract nouns ("-tion").
function commonNounName(s: Recognition, piece: Piece): boolean {
  const { cues, keys } = s;
  if (cues.anyGivenName.has(keys[piece.start]!)) return false;
  for (let k = piece.start; k < piece.end; k++) {
    const key = keys[k]!;
    if (!cues.commonWord.has(key) && !writtenLowerCase(s, k) && !cues.company.has(key) && !cues.nounEnding.some((ending) => key.length > ending.length + 2 && key.endsWith(ending))) return false;
  }
  return true;
}

/** A person's name as the dictionaries write it, else as the text does. */
function personName(s: Recognition, head: Piece): string {
  return head.type === 'actor' ? s.lexicon.actors[head.ref]!.name : pieceText(s, head);
}

function pieceText(s: Recognition, piece: Piece): string {
  const doc = s.doc;
  return doc.text.slice(doc.start[piece.start]!, doc.end[piece.end - 1]!);
}

function byCount(a: [string, number], b: [string, number]): number {
  return b[1] - a[1];
}

// The country most often named in the article, for roles stated without one
// ("Lloyd Austin, the secretary of defense" in a US story): named at least twice and at least
// `dominance` times as often as any other, or the only country the article names ("Opposition
// parties in Sierra Leone urged President Joseph Momoh ..."). In a story about two countries'
// talks neither is home: "the secretary of the Treasury, Jacob J. Lew" in a report on US-China
// talks that names China most is no Chinese official.
const dominance = 2;

/** A lone word the dictionaries read as a place of a state, no seat ("Lazio", a region of Italy), that the article writes as a surname after a given name ("Rick Lazio"). */
function surnameOfPlace(s: Recognition, piece: Piece): boolean {
  if (piece.type !== 'actor' || piece.end - piece.start !== 1 || s.lexicon.actors[piece.ref]!.seat || !isBareCountry(codeOf(s, piece))) return false;
  // (a demonym is none: "North American" is no one's name)
  return !isDemonym(s.keys[piece.start]!) && surnamesAfterGivenNames(s).has(s.keys[piece.start]!);
}

function dominantCountryOf(s: Recognition, pieces: Piece[]): string | undefined {
  const countryCounts = new Map<string, number>();
  for (const piece of pieces) {
    const country = piece.type === 'actor' ? codeCountry(codeOf(s, piece) ?? '') : undefined;
    // (the surname of someone named in full, "Lazio" after "Rick Lazio", is no mention of Italy)
    if (country && surnameOfPlace(s, piece)) continue;
    if (country) countryCounts.set(country, (countryCounts.get(country) ?? 0) + 1);
  }
  const ranked = [...countryCounts].sort(byCount);
  return ranked.length && (ranked.length === 1 || (ranked[0]![1] >= 2 && ranked[0]![1] >= dominance * ranked[1]![1])) ? ranked[0]![0] : undefined;
}

// "ANKARA - A Turkish military court jailed ...", "BAHIA BLANCA, Argentina - Pope John Paul
// began ...": the place a story was filed from, in capitals before a dash (src/nlp/dateline.ts),
// says whose officials it names; a digest of several stories has one per story. "EL PASO, Texas -":
// a place the dictionaries do not know, before a comma and a place of one country, is a place of
// that country for the article (places), so that "the El Paso mayor" is of the United States;
// "El Paso" alone stays no actor.
function datelinesOf(s: Recognition, pieces: Piece[]): { sentence: number; country: string }[] {
  const found: { sentence: number; country: string }[] = [];
  let p = 0;
  for (const d of datelines(s.doc)) {
    while (p < pieces.length && pieces[p]!.start < d.first) p++;
    let country: string | undefined;
    let countryAt = -1;
    for (let q = p; q < pieces.length && pieces[q]!.end <= d.dash; q++) {
      const of = codeCountry(codeOf(s, pieces[q]) ?? '');
      if (of) {
        country = of;
        countryAt = pieces[q]!.start;
      }
    }
    if (!country) continue;
    found.push({ sentence: d.sentence, country });
    const comma = s.keys.indexOf(',', d.first);
    if (comma > d.first && comma < countryAt && !pieces.some((piece) => piece.type === 'actor' && piece.start >= d.first && piece.start < comma)) {
      s.places.set(s.keys.slice(d.first, comma).join(' '), country);
    }
  }
  return found;
}

/** The country of a place the article's dateline taught ("El Paso" of "EL PASO, Texas -"), for tokens [start, end). */
function placeCountry(s: Recognition, start: number, end: number): string | undefined {
  return s.places.size && end > start ? s.places.get(s.keys.slice(start, end).join(' ')) : undefined;
}

// The country a title of office stated without one belongs to: the country the article names
// most ("Sen. James Exon" in a story about Congress), else its dateline's. In a digest of
// stories (several datelines) the story's own dateline comes first. A single dateline is often
// a foreign bureau ("NICOSIA (AFP) - Iraq says ..."), so it yields to the article's country.
function homeCountry(s: Recognition, token: number): string | undefined {
  const country = datelineCountry(s, token);
  return s.datelines.length > 1 ? country ?? s.dominantCountry : s.dominantCountry ?? country;
}

// The country of a group that acts at home ("demonstrators", "rebels"): the article's, or in a
// digest of stories (several datelines) the group's own story's, as a title of office is.
function localCountry(s: Recognition, token: number): string | undefined {
  return s.datelines.length > 1 ? datelineCountry(s, token) ?? s.dominantCountry : s.dominantCountry;
}

/** Whether the word at token k is written joined to the one before by a hyphen ("pro-government"). */
function hyphenBefore(s: Recognition, k: number): boolean {
  return k > 0 && (s.keys[k - 1] === '-' || s.doc.start[k] === s.doc.end[k - 1]);
}

/** How many words after a title may complete it ("secretary" "of the Treasury"). */
const titleReach = 3;

/** The words of the title in a group, and a few after it: "foreign secretary", "secretary of the treasury". */
function titleWords(s: Recognition, g: Group): string[] {
  const piece = g.agent && g.agent.start >= 0 ? g.agent : g.honorific;
  if (!piece) return [];
  const limit = s.doc.sentences[s.doc.sentence[piece.start]!]!.endToken;
  return s.keys.slice(piece.start, Math.min(piece.end + titleReach, limit));
}

function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let k = 0; k + phrase.length <= words.length; k++) {
    let m = 0;
    while (m < phrase.length && words[k + m] === phrase[m]) m++;
    if (m === phrase.length) return true;
  }
  return false;
}

// The country of a title of office stated without one: the one country whose government uses
// it ("the secretary of the Treasury"), else the article's home country when that country has
// such an office, else the one country named before it in its sentence, else the story's
// dateline when it has ("MEXICO CITY - ... Foreign Secretary X" in a story that names the
// United States most).
function titleCountry(s: Recognition, g: Group, token: number): string | undefined {
  if (unknownNationality(s, g)) {
    s.foreignTitles.add(g.qualifier!.start);
    return undefined;
  }
  const words = titleWords(s, g);
  const { officeOnly, officeNot } = s.cues;
  for (const only of officeOnly) if (holdsPhrase(words, only.words)) return only.country;
  const lacks = (country: string) => (officeNot.get(country) ?? []).some((phrase) => holdsPhrase(words, phrase));
  const home = homeCountry(s, token);
  if (home && !lacks(home)) return home;
  // "Representatives Eliot Engel" in a story that names one country's legislature ("the United
  // States House of Representatives", USALEG): the country of the only institution of that role
  const role = titleRole(s, g);
  const institutions = role ? s.institutions.get(role) : undefined;
  if (institutions?.size === 1) {
    const [country] = institutions;
    if (!lacks(country!)) return country;
  }
  // "In line with his fellow Americans, ... Sen. Ted Cruz" in a story of several countries: the
  // one country its sentence has named before the title (a state, not another person's country)
  const sentence = sentenceCountry(s, token, true);
  if (sentence && !lacks(sentence)) return sentence;
  const dateline = datelineCountry(s, token);
  return dateline && !lacks(dateline) ? dateline : undefined;
}

// "Zairean President Mobutu Sese Seko" in a story filed from Washington: a capitalised word the
// dictionaries do not know, with the ending of an adjective of nationality, right before a title
// makes it another country's title, so neither the article's country nor its dateline's is its
// (name-cues.txt `demonym-ending`, `not-demonym`; not a region of one: "Midwestern").
function unknownNationality(s: Recognition, g: Group): boolean {
  const q = g.qualifier;
  if (q?.type !== 'name' || q.end - q.start !== 1 || !g.agent || g.agent.start !== q.end) return false;
  const { cues } = s;
  const key = s.keys[q.start]!;
  if (cues.notDemonym.has(key) || cues.regionAdjective.has(key) || s.known.get(s.keys, q.start, q.end)) return false;
  return cues.demonymEnding.some((ending) => key.length >= ending.length + 3 && key.endsWith(ending));
}

/** The CAMEO role a group's title gives: its agent's, else its honorific's ("Sen." LEG). */
function titleRole(s: Recognition, g: Group): string | undefined {
  if (g.agent) return (g.bodyCode ?? s.lexicon.agents[g.agent.ref]!.code).slice(0, 3);
  return g.honorific ? s.cues.honorificRole.get(s.keys[g.honorific.start]!) : undefined;
}

function datelineCountry(s: Recognition, token: number): string | undefined {
  const sentence = s.doc.sentence[token]!;
  let country: string | undefined;
  for (const d of s.datelines) {
    if (d.sentence > sentence) break;
    country = d.country;
  }
  return country;
}

/** Roles whose words as often name a whole people or trade ("the population", "the business") as one person of it. */
const collectiveRoles = new Set(['CVL', 'BUS']);

// "The French president ... The president said ... He added": a role one person holds is someone
// a later "he" or "she" may stand for; a body, or the people or trade of a place, is not ("The
// Iraqi government ... the government said. He said", "the American population ... the population";
// but "the businessman", "the analyst": nouns of one person).
function heldByOne(s: Recognition, agent: LexiconAgent, word: string): boolean {
  const { cues } = s;
  if (cues.body.has(word)) return false;
  return !collectiveRoles.has(agent.code.slice(0, 3)) || cues.personNoun.has(word) || cues.titleWord.has(word) || cues.occupation.has(word) || cues.associate.has(word);
}

// The word a later "the <role>" repeats: "secretary" of "the secretary of defense".
function roleWord(s: Recognition, head: string): string {
  const words = head.split(' ');
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w !== 'the' && !s.cues.modifier.has(w)) return w;
  }
  return head;
}

// "Gov. Rick Perry ... Ohio Gov. John Kasich ... The governor said": a role word now stands for
// `who` (byRole, read while groups resolve), and `who` joins those introduced with it, whom a
// later description with that word picks from (lastIntroduced).
function introduce(s: Recognition, word: string, who: Resolved, from: number, to: number): void {
  s.byRole.set(word, who);
  introduceOnly(s, word, who, from, to);
}

/** `who` joins those introduced with role word `word` by tokens [from, to), leaving byRole as it is. */
function introduceOnly(s: Recognition, word: string, who: Resolved, from: number, to: number): void {
  const introduction = { token: from, words: new Set(s.keys.slice(from, to)), who };
  const list = s.introducedAs.get(word);
  if (list) list.push(introduction);
  else s.introducedAs.set(word, [introduction]);
}

/** Those introduced with role word `word` before token `before`, the last introduced last. */
function introducedBefore(s: Recognition, word: string, before: number): Introduction[] {
  return (s.introducedAs.get(word) ?? []).filter((one) => one.token < before).sort((a, b) => a.token - b.token);
}

/** Determiners that bring in someone unnamed ("a Carrier executive", "one senior official"). */
const unnamedOpeners = new Set(['a', 'an', 'one', 'another']);

// "A judge in Ohio issued a ruling ... The judge ruled", "a Carrier executive tells employees
// ... the executive says": the nouns the article brings in unnamed with "a" or "an", each with the
// tokens where it does, as the subject of a clause. A later "the <noun>" is that unnamed one,
// unless someone was named with the noun since. (Not "a judge, Ann Smith,": that says who.)
function unnamedIntroductions(s: Recognition): Map<string, number[]> {
  const { doc, keys, tokenMention } = s;
  const out = new Map<string, number[]>();
  if (!doc.deprel) return out;
  for (let k = 1; k < s.n; k++) {
    // (a role's group may hold it: "one senior administration official" USAGOV, but no person)
    const mention = tokenMention[k] === -1 ? undefined : s.mentions[tokenMention[k]!];
    if (doc.upos[k] !== 'NOUN' || doc.xpos[k] === 'NNS' || (mention && s.actors.get(mention.actor)?.kind === 'person')) continue;
    // (as the subject of a clause: "nominating a centrist judge" may be the one just named)
    if (!relationIs(doc.deprel[k]!, 'nsubj') || children(doc, k, 'appos').length) continue;
    if (!children(doc, k, 'det', 'nummod').some((d) => d < k && unnamedOpeners.has(keys[d]!))) continue;
    const word = keys[k]!;
    out.set(word, [...(out.get(word) ?? []), k]);
  }
  return out;
}

function remember(s: Recognition, piece: Piece, who: Resolved): void {
  const { keys, cues } = s;
  // ("Al-Salim" after "Abdulaziz al-Salim": a particle glued to the surname opens it too; so does
  // one before the rest of the name: "Van Horick" after "Frits van Horick", "Le Pen")
  const opensSurname = (key: string, k: number) => (!cues.particle.has(key) || keys[k + 1] === '-' || k + 1 < piece.end) && !cues.organization.has(key) && key !== '-';
  // (a given name says a gender only before more of the name: a lone "Jordan" may be a surname)
  const gender = piece.end - piece.start >= 2 && s.capital[piece.start + 1] === 1 ? cues.givenName.get(keys[piece.start]!) : undefined;
  s.known.remember(keys, piece.start, piece.end, who, opensSurname, gender);
  if (who.person && piece.end - piece.start >= 2) s.known.rememberFirstWord(keys[piece.start]!, who);
}

// Roles compose onto codes CAMEO-style, except that an organisation's, a party's or a military
// body's officials are that body ("NATO officials" stay IGOWSTNAT, "GOP leaders" USAPTY,
// "a Pentagon spokesman" USAMIL).
function roleCode(former: boolean, agent: LexiconAgent, code: string | undefined): string | undefined {
  const body = isOrganizationCode(code ?? '') || code?.slice(3, 6) === partyRole || (code?.length === 6 && code.slice(3) === 'MIL');
  return code ? (former || (body && agent.code.startsWith('GOV')) ? code : composeCode(code, agent.code, agent.placement)) : undefined;
}

// "soldiers in Kabul", "police in Minsk": a seat of government after "in" or "from" is the
// place, so the role goes to its country (AFGMIL, not the government's AFGGOVMIL).
function ofCodeOf(s: Recognition, g: Group): string | undefined {
  const code = codeOf(s, g.of);
  if (!code || !g.of || !s.lexicon.actors[g.of.ref]!.seat) return code;
  const k = g.of.start - (s.keys[g.of.start - 1] === 'the' ? 2 : 1);
  return s.keys[k] === 'in' || s.keys[k] === 'from' ? codeCountry(code) ?? code : code;
}

function resolveGroup(s: Recognition, g: Group): Resolved | undefined {
  const { lexicon, cues, keys, known } = s;
  const roleAgent = g.agent ? lexicon.agents[g.agent.ref]! : undefined;
  const agent = roleAgent && g.bodyCode ? { ...roleAgent, code: g.bodyCode } : roleAgent;
  const gender = g.honorific ? cues.honorific.get(keys[g.honorific.start]!) : undefined;
  // "Republican Presidential hopeful", "Baghdad University Medical School": one capitalised
  // adjective after a role names no one; the group is the role's
  const adjective = g.head?.type === 'name' && agent && !g.honorific && g.head.end - g.head.start === 1 && s.doc.upos[g.head.start] === 'ADJ';
  const head = adjective ? undefined : g.head;
  const headCode = personCode(s, head);
  if (headCode) {
    // "West German Finance Minister Gerhard Stoltenberg ... Stoltenberg": a lone surname that the
    // article has given in full to someone of a known country is that person, not the
    // dictionaries' namesake whom the article has not named (Jens Stoltenberg)
    if (head!.end - head!.start === 1 && !agent && !g.honorific && !g.qualifier) {
      const named = s.known.get(keys, head!.start, head!.end);
      const namesake = personActing(lexicon.actors[head!.ref]!.name, headCode, gender).id;
      if (named?.person && named.country && named.id !== namesake && named.id.startsWith('person:') && !s.actors.has(namesake)) return named;
    }
    // The dictionaries date a rotating office in an organisation (Phoenix codes the foreign
    // minister who chairs the EC Council as IGOEUREEC); a mention that states the person's
    // country and national title ("British Foreign Secretary Sir Geoffrey Howe") is coded by them.
    const stated = agent && isTitleCode(agent.code) ? codeCountry(codeOf(s, g.qualifier) ?? codeOf(s, g.of) ?? '') : undefined;
    if (stated && isOrganizationCode(headCode)) return personActing(lexicon.actors[head!.ref]!.name, roleCode(g.former, agent!, stated)!, gender);
    // "Deputy U.S. Trade Representative Michael Smith": a title of another country than the
    // dictionaries' person of that name is someone else of the same name
    const known = codeCountry(headCode);
    if (stated && known && stated !== known) return personActing(pieceText(s, head!), roleCode(g.former, agent!, stated)!, gender);
    // "Nigerian Petroleum Minister Rilwanu Lukman": the dictionaries code a person of no office
    // (ELI) where the article's date finds them in one; a current title of office gives the role
    // (a title before the name, of a state if of anyone: "OSCE envoy Franz Vranitzky", "MLSTP
    // leader X" hold no office of their state; a seat of its government does: "Kremlin spokesman X")
    const qualifierCode = g.qualifier ? codeOf(s, g.qualifier) : undefined;
    const titleBefore = !!g.agent && g.agent.start >= 0 && g.agent.end <= head!.start && (!g.qualifier || isBareCountry(qualifierCode) || isSeatCode(qualifierCode));
    // (not where the dictionaries know the title with the name and date it: "President Bill Clinton" in 2016)
    if (agent && titleBefore && !g.former && known && headCode.slice(3) === formerRole && officeRoles.has(agent.code) && !namedAfterTitle(s, head!.ref, head!.end, g.agent!.start, head!.end))
      return personActing(lexicon.actors[head!.ref]!.name, roleCode(false, agent, known)!, gender);
    // "Former Secretary of State John Kerry": out of the office the title names, one of the
    // country's elites, whatever office the dictionaries still date to them
    if (agent && titleBefore && g.former && (stated ?? known) && officeRoles.has(agent.code))
      return personActing(lexicon.actors[head!.ref]!.name, `${stated ?? known}${formerRole}`, gender);
    return personActing(lexicon.actors[head!.ref]!.name, headCode, gender);
  }
  // "the Trump administration": a person qualifying a role lends the role their country.
  const qualifierPerson = isDictionaryPerson(s, g.qualifier) ? codeCountry(codeOf(s, g.qualifier) ?? '') : undefined;
  // Roles compose onto codes only, never onto person:/org: ids: a person named before lends
  // their country ("Tenmark's spokesman").
  const recalledQualifier = g.qualifier ? known.get(keys, g.qualifier.start, g.qualifier.end) : undefined;
  const qualifierCode =
    qualifierPerson ??
    codeOf(s, g.qualifier) ??
    (recalledQualifier?.id.includes(':') ? recalledQualifier.country : recalledQualifier?.id) ??
    (g.qualifier ? placeCountry(s, g.qualifier.start, g.qualifier.end) : undefined);
  const ofCode = ofCodeOf(s, g);
  const countryLevel = head?.type === 'actor' ? placedCode(s, head, codeOf(s, head)) : undefined;
  // "Iraq War", "Hurricane Dorian", "International Women's Day" are not people.
  // ("Federal Election Commission": a name that ends in an organisation's word is one)
  if (head?.type === 'name' && isThing(s, head) && !s.cues.organization.has(keys[head.end - 1]!)) return undefined;
  if (!agent) {
    // "Republican Rick Lazio ... Lazio was dismissed": a lone word the dictionaries know as a place
    // (Phoenix's Lazio, a region of Italy) that is the surname of a person the article has named
    // in full is that person (not a seat: "Washington" after "George Washington" is the government)
    if (countryLevel && !g.honorific && !g.qualifier && surnameOfPlace(s, head!)) {
      const named = known.get(keys, head!.start, head!.end);
      if (named?.person && named.id.startsWith('person:')) return named;
    }
    if (countryLevel) return newResolved(countryLevel, undefined, false);
    if (!head) return undefined;
    // "Brazilian Luis Costa": a person of that country, in no stated office.
    // ("Tokyo Stock Exchange": a name of common words after a state is that country's organisation)
    if (qualifierCode && !g.honorific && commonWordName(s, head)) {
      const named = g.qualifier && g.qualifier.end <= head.start ? { ...head, start: g.qualifier.start } : head;
      return newResolved(`org:${slug(pieceText(s, named))}`, undefined, false, codeCountry(qualifierCode));
    }
    // "the Russian oil group Yukos", "the French daily Le Figaro": no person
    const described = head.type === 'name' ? describedOrganization(s, g, head, qualifierCode) : undefined;
    if (described) return described;
    // ("Washington National Corp", "Bank of Tokyo International Ltd", "the Sudan People's Liberation
    // Movement": nor one whose last word is an organisation's or a firm's, the place part of its name)
    if (qualifierCode && head.type === 'name' && !g.honorific && endsAsOrganization(s, head)) {
      const named = g.qualifier && g.qualifier.end <= head.start ? { ...head, start: g.qualifier.start } : head;
      return newResolved(`org:${slug(pieceText(s, named))}`, undefined, false, codeCountry(qualifierCode), isCompanyName(s, named) ? 'BUS' : undefined, pieceText(s, named));
    }
    if (qualifierCode && head.type === 'name' && isBareCountry(qualifierCode))
      return newResolved(`person:${slug(pieceText(s, head))}`, gender, true, qualifierCode);
    if (qualifierCode && head.type === 'name') return personActing(pieceText(s, head), qualifierCode, gender);
    // "a tender offer from General Acquisition", "General Cinema": a title written out that also
    // opens firms' names, before a name of common nouns, names a firm, not an officer
    if (g.honorific && head.type === 'name' && g.honorific.end === head.start && cues.firmTitle.has(keys[g.honorific.start]!) && commonNounName(s, head)) {
      const firm = newPiece('name', g.honorific.start, head.end, -1);
      return newResolved(`org:${slug(pieceText(s, firm))}`, undefined, false, undefined, 'BUS', pieceText(s, firm));
    }
    const recalled = known.get(keys, head.start, head.end, gender) ??
      (g.honorific ? known.get(keys, head.end - 1, head.end, gender) ?? (head.end - head.start === 1 ? known.byFirstWord(keys, head.start) : undefined) : undefined);
    if (recalled) {
      // "Mara Quellin ... Sen. Quellin": a title met later still teaches the role and country.
      const role = recalled.person && !recalled.country && g.honorific ? cues.honorificRole.get(keys[g.honorific.start]!) : undefined;
      const country = role ? titleCountry(s, g, head.start) : recalled.country;
      return newResolved(recalled.id, recalled.gender ?? gender, recalled.person, country, country === recalled.country ? recalled.role : role);
    }
    const chamber = !g.honorific && !g.qualifier ? chamberCountry(s, head) : undefined;
    if (chamber) return newResolved(`${chamber}${legislativeRole}`, undefined, false);
    if (isOrgName(s, head)) return newResolved(`org:${slug(pieceText(s, head))}`, undefined, false, undefined, isCompanyName(s, head) ? 'BUS' : undefined);
    // "El Paso" after "EL PASO, Texas -": a place, no person (nor an actor)
    if (!g.honorific && placeCountry(s, head.start, head.end)) return undefined;
    if (!g.honorific) {
      const other = notAPerson(s, head);
      if (other !== undefined) return other ?? undefined;
    }
    const before = head.start > 0 ? keys[head.start - 1]! : '';
    const tokens = head.end - head.start;
    // Words the article also writes in lower case are common words, not a name:
    // "Respiratory Syndrome" where the text says "respiratory syndrome".
    if (!g.honorific && allCommonWords(s, head)) return undefined;
    // A lone capitalised word is a person only with a title ("Mr. Tocci"); names after
    // "in"/"the" are places or titles of works, not people.
    // ("your younger brother Borna", "his wife Melania": a noun of kin before one name makes it
    // a person of the kin's gender)
    const kin = tokens === 1 && !g.honorific ? cues.kin.get(before) : undefined;
    if (kin) return newResolved(`person:${slug(pieceText(s, head))}`, kin, true);
    // ("claims from Jessica Leeds", "according to John Smith": a name that opens with a given
    // name is a person's after "from" or "to" too)
    const givenNameOpens = tokens >= 2 && (before === 'from' || before === 'to') && cues.givenName.has(keys[head.start]!);
    if (!g.honorific && (tokens < 2 || (cues.locative.has(before) && !givenNameOpens) || before === 'the')) return undefined;
    if (!g.honorific && commonWordName(s, head)) return newResolved(`org:${slug(pieceText(s, head))}`, undefined, false);
    // "Sen. James Exon" in a US story: a title of office gives the role, the article the country.
    const role = g.honorific ? cues.honorificRole.get(keys[g.honorific.start]!) : undefined;
    const country = role ? titleCountry(s, g, head.start) : undefined;
    const aside = partyAside(s, g.end);
    // the aside states the country; the article's home country was only a guess
    if (aside) return newResolved(`person:${slug(pieceText(s, head))}`, gender, true, aside.country, role ?? aside.role);
    return newResolved(`person:${slug(pieceText(s, head))}`, gender, true, country, country ? role : undefined);
  }
  const base = qualifierCode ?? ofCode ?? countryLevel;
  if (head) {
    const recalled = known.get(keys, head.start, head.end);
    // "the Japanese company Mitsubishi", "flag carrier Qantas", "the ruling party Hamas": the
    // role word is the organisation's noun right before the name, no title of a person
    const described = g.agent!.start >= 0 && g.agent!.end === head.start ? describedOrganization(s, g, head, base) : undefined;
    if (described) return described;
    if (recalled && !base) return recalled;
    const home = agent.code.startsWith('GOV') ? titleCountry(s, g, head.start) : undefined;
    const code = roleCode(g.former, agent, base ?? home);
    // (a state or body of the dictionaries is no person's name: "his fellow Americans, Republican
    // hopefuls" are of the United States, not a person called "United States")
    if (code && !(g.former && !base)) {
      if (isOrgName(s, head) || (head.type === 'actor' && isBareCountry(codeOf(s, head)))) return newResolved(code, gender, false);
      // "Marco Rubio ... the GOP nominee, Rubio": a person the article named before stays that
      // person; the role phrase gives the country and role only where the person had none
      if (recalled?.person && recalled.id.startsWith('person:')) {
        const country = codeCountry(code);
        return recalled.country || !country ? recalled : newResolved(recalled.id, recalled.gender ?? gender, true, country, personRole(code), recalled.name);
      }
      // ("the former Norwegian fisheries minister, Jan Olsen": out of office, an elite of that country)
      return personActing(personName(s, head), g.former && isBareCountry(code) ? `${code}${formerRole}` : code, gender);
    }
    // "Northern Telecom Ltd", "Pacific Power Corp": a capitalised role word right before a
    // firm's or an organisation's last word is a word of its name
    if (head.type === 'name' && !g.honorific && g.agent!.start >= 0 && g.agent!.end === head.start && s.capital[g.agent!.start] === 1 && endsAsOrganization(s, head)) {
      const named = newPiece('name', (g.qualifier ?? g.agent!).start, head.end, -1);
      return newResolved(`org:${slug(pieceText(s, named))}`, undefined, false, undefined, isCompanyName(s, named) ? 'BUS' : undefined, pieceText(s, named));
    }
    // "an analyst with Dean Witter Reynolds Inc": a role word before an organisation's name
    // makes no person of it
    if (head.type === 'name' && !g.honorific && (isOrgName(s, head) || commonWordName(s, head)))
      return newResolved(`org:${slug(pieceText(s, head))}`, undefined, false, undefined, isCompanyName(s, head) ? 'BUS' : undefined);
    // "the newspaper Wen Hui Bao": a body's noun in lower case before a name names the body
    // (right before it: "Fars news agency, Reza Jafarzadeh, the spokesman" names a person)
    if (
      head.type === 'name' &&
      !g.honorific &&
      g.agent!.start >= 0 &&
      g.agent!.end === head.start &&
      s.capital[g.agent!.start] === 0 &&
      cues.body.has(keys[g.agent!.end - 1]!)
    ) {
      return newResolved(`org:${slug(pieceText(s, head))}`, undefined, false, undefined, agent.code.slice(0, 3));
    }
    return titledPerson(s, g, agent, head, gender, base);
  }
  if (base) return newResolved(roleCode(g.former, agent, base)!, undefined, false);
  // "the Ministry of Finance", "the Health Ministry", "the Marketing Ministry": a ministry named
  // by its portfolio alone is the government's of the country the sentence names, else the
  // article's, as "the government" is (not the organisation of another ministry named before)
  const ministry = ministryOf(s, g, agent);
  if (ministry) return ministry;
  // "the president", "the secretary": the last person introduced with that role.
  // ("the moderate president", "the embattled premier": an adjective or two of description between,
  // not one that makes someone else of it: "the new president", "the former premier", "the next")
  let opener = g.agent!.start - 1;
  while (opener > 0 && opener >= g.agent!.start - 2 && isDescribingAdjective(s, opener)) opener--;
  const definite = g.agent!.start > 0 && keys[opener] === 'the';
  // (not a role's word that qualifies a noun after it or ends in a body's: "the Republican
  // primary", "the Republican Party" are no Republican candidate named before)
  const word = roleWord(s, agent.head);
  const describes = !nounAfter(s, g.end) && !(namesBody(s, g.agent!.end - 1) && keys[g.agent!.end - 1] !== word);
  if (!agent.plural && definite && describes && s.byRole.has(word)) return s.byRole.get(word);
  // "Congress voted", "the Senate", "the government said": a body of state with no country
  // stated is the home country's, as a title of office is
  // ("the Democratic Party", "the Republican Party": a party the agents name is the home country's too)
  // ("urging their government", "Iran acknowledged its government had": a possessive before a
  // body of state is the country its sentence has named before, when only one)
  // (not a body word used as a modifier: "its military debts")
  const possessed = g.agent!.start > 0 && bodyPossessives.has(keys[g.agent!.start - 1]!) && !nounAfter(s, g.end);
  if (!agent.plural && !g.former && !g.qualifier && keys[g.end] !== 'of' && (definite || possessed || s.capital[g.agent!.start] === 1) && (isStateBody(s, g.agent!) || isPartyBody(s, g.agent!))) {
    const country = whereCountry(s, g.agent!.start) ?? sentenceCountry(s, g.start) ?? (possessed ? undefined : titleCountry(s, g, g.agent!.start));
    const party = isPartyBody(s, g.agent!);
    // (with no country to give, a party is still an organisation by its name)
    const name = s.doc.text.slice(s.doc.start[g.agent!.start]!, s.doc.end[g.agent!.end - 1]!);
    const who = country ? newResolved(roleCode(false, agent, country)!, undefined, false) : party ? newResolved(`org:${slug(name)}`, undefined, false, undefined, undefined, name) : undefined;
    if (who) return who;
  }
  // "demonstrators", "police", "rebels" with no country stated: the article's country, when it
  // names one only (or one most), as CAMEO codes a group by where it acts. Only groups that act
  // at home (civilians, opposition, police, rebels, workers, ...); delegates, officials and
  // forces are as often foreign.
  // A name the article does not know before a party's members names the party, not the
  // country's ("Christian Democrats").
  // "the Federal Election Commission": a capitalised name before a capitalised body is that body's own name
  const agentPiece = g.agent!;
  // "government forces", "government troops": the armed forces of the government the sentence
  // speaks of, else of the article's country, as "the government" is that state's
  // (not "pro-government militias", "anti-government forces": neither word opens the agent)
  if (!g.former && !g.qualifier && keys[agentPiece.start] === 'government' && agent.code === militaryRole && !hyphenBefore(s, agentPiece.start)) {
    const country = whereCountry(s, agentPiece.start) ?? sentenceCountry(s, g.start) ?? titleCountry(s, g, agentPiece.start);
    if (country) return newResolved(roleCode(false, agent, country)!, undefined, false);
  }
  if (
    g.qualifier?.type === 'name' &&
    !agent.plural &&
    agentPiece.start >= 0 &&
    s.capital[agentPiece.start] === 1 &&
    s.cues.body.has(keys[agentPiece.end - 1]!)
  ) {
    const name = s.doc.text.slice(s.doc.start[g.qualifier.start]!, s.doc.end[agentPiece.end - 1]!);
    return newResolved(`org:${slug(name)}`, undefined, false, undefined, undefined, name);
  }
  const role = agent.code.slice(0, 3);
  // "Senate Republicans", "House Democrats": a party's members named by their chamber are
  // legislators, of the article's home country when it has one
  if (agent.plural && role === partyRole && !g.former && chamberBefore(s, g)) {
    const home = homeCountry(s, g.start);
    if (home) return newResolved(`${home}${legislativeRole}`, undefined, false);
  }
  // ("Midwestern Democrats": a region's adjective names no party of its own)
  const partyNamed = g.qualifier && role === partyRole && !(g.qualifier.end - g.qualifier.start === 1 && s.cues.regionAdjective.has(keys[g.qualifier.start]!));
  // (in a digest of stories, the country of the group's own story: "CHANDIGARH, India -
  // Extremists killed ..." among stories from elsewhere)
  const local = localCountry(s, g.start);
  if (agent.plural && local && !g.former && !partyNamed && localGroupRoles.has(role)) return newResolved(roleCode(g.former, agent, local)!, undefined, false);
  // "Republican leaders", "Democratic officials": a party's word before a plural role are that
  // party's people, of the article's country as its members are
  if (agent.plural && s.dominantCountry && !g.former && !g.qualifier && partyWordOpens(s, agentPiece))
    return newResolved(`${s.dominantCountry}${partyRole}`, undefined, false);
  // "Officials say ...", "according to federal prosecutors", "a senior administration official
  // said": a source quoted by its role alone, with no country stated, is of the country the story
  // is about (its dateline's in a digest), as a quoted person with no country is of the dateline's.
  // (not a role of a named or other body: "a Twitter spokesman", "a spokesman for the buyer", "company leaders")
  // "The judge said", "according to the minister": a definite role of which the article has
  // introduced no one is quoted alone as well, unless the description names the person the
  // article last named (resolvePronouns): it is kept aside until then (definiteRoleSources).
  const ownBody = !namedQualifier(s, g) && !worksFor(s, g.end) && !speaksForOtherBody(s, g);
  if (!ownBody || ownedBefore(s, g.start)) s.othersRoles.add(agentPiece.end - 1);
  // (a person's role: not a body, a firm or a thing, "the company said", "the airline said",
  // which a description names only when the article named one; nor an adjective or a possessor:
  // "the official news agency", "the industry's ability")
  const the =
    agent.plural || indefiniteRole(s, g) || nounAfter(s, g.end) || apostropheS.has(keys[g.end] ?? '') || namesBody(s, agentPiece.end - 1) ? -1 : definiteOpening(s, g);
  // ("A spokesman for SMC said ... The spokesman declined comment": a role word the article
  // wrote before is the one introduced then, the same source or no source)
  const before = the >= 0 ? earlierWord(s, agentPiece.end - 1) : -1;
  const definiteAlone = the >= 0 && !s.byRole.has(roleWord(s, agent.head));
  if (!g.former && ownBody && roleSpeaks(s, g) && (agent.plural || indefiniteRole(s, g) || definiteAlone)) {
    const firmsOwn = !agent.plural && role !== 'BUS' && organizationBefore(s, g.start);
    if (firmsOwn) s.othersRoles.add(agentPiece.end - 1);
    const home = cues.abroad.has(keys[agentPiece.end - 1]!) ? undefined : homeCountry(s, g.start);
    let who: Resolved | undefined;
    if (home && !firmsOwn && !otherAllegiance(s, g.start, home)) who = newResolved(roleCode(false, agent, home)!, undefined, false);
    // ("Officials said", "a spokesman said" where the story gives no country: still a source in
    // the news sense, of no known country, coded by the role alone as CAMEO codes such actors: GOV;
    // not "its diplomats", "Delors' aides": whose they are is named)
    else if (!firmsOwn && !ownedBefore(s, g.start)) who = newResolved(agent.code, undefined, false, undefined, undefined, roleName(agent.code));
    if (who && definiteAlone) s.definiteRoles.push({ start: the, end: g.end, who, earlier: before });
    else if (who) return who;
  }
  return undefined;
}

/** Whether the word at token k is a noun of a body, an organisation or a firm ("ministry", "company", "airline"). */
function namesBody(s: Recognition, k: number): boolean {
  const key = s.keys[k]!;
  return s.cues.body.has(key) || s.cues.organization.has(key) || s.cues.company.has(key);
}

/** The last token before k with k's word, or -1. */
function earlierWord(s: Recognition, k: number): number {
  for (let j = k - 1; j >= 0; j--) if (s.keys[j] === s.keys[k]) return j;
  return -1;
}

/** The "the" opening a role phrase ("the judge", "the senior official"), or -1. */
function definiteOpening(s: Recognition, g: Group): number {
  if (g.start > 0 && s.keys[g.start - 1] === 'the') return g.start - 1;
  return s.keys[g.start] === 'the' ? g.start : -1;
}

// "The judge said" where no judge was named: after the pronoun pass, a definite role kept aside by
// resolveGroup that no description made someone's is a source of its role alone; where the
// article wrote the role's word before ("A spokesman for SMC said ... The spokesman declined"),
// the source that word was (none when it spoke for another body or was a person the pronoun pass
// left unnamed here).
function definiteRoleSources(s: Recognition): void {
  let found = false;
  for (const { start, end, who, earlier } of s.definiteRoles) {
    let free = true;
    for (let k = start; k < end && free; k++) free = s.tokenMention[k] === -1;
    if (!free) continue;
    const before = earlier >= 0 ? s.tokenMention[earlier]! : -1;
    const actor = before >= 0 ? s.mentions[before]!.actor : undefined;
    if (earlier >= 0 && (s.othersRoles.has(earlier) || actor?.startsWith('person:'))) continue;
    emit(s, start, end, actor ? newResolved(actor, undefined, false) : who, false, undefined);
    found = true;
  }
  if (found) indexMentions(s);
}

/** Words that open a role phrase naming someone not met before: "a senior official", "one aide". */
const indefiniteOpeners = new Set(['a', 'an', 'one', 'another']);

function indefiniteRole(s: Recognition, g: Group): boolean {
  return (g.start > 0 && indefiniteOpeners.has(s.keys[g.start - 1]!)) || indefiniteOpeners.has(s.keys[g.start]!);
}

// "The AU is to restore ties with Libya, a senior official said": a sentence that names another
// country or an international body than the home country leaves an official's allegiance open.
function otherAllegiance(s: Recognition, t: number, home: string): boolean {
  const sentence = s.doc.sentences[s.doc.sentence[t]!]!;
  for (const piece of s.pieces) {
    if (piece.end <= sentence.firstToken || piece.type !== 'actor') continue;
    if (piece.start >= sentence.endToken) break;
    const code = codeOf(s, piece);
    if (code && (codeCountry(code) ?? code) !== home) return true;
  }
  return false;
}

// "Bank of America said it is not in talks. But a spokeswoman pointed out ...": one person of a
// role right after an organisation's name (in its sentence or the one before) may speak for it.
function organizationBefore(s: Recognition, t: number): boolean {
  const { doc, mentions } = s;
  const sentence = doc.sentence[t]!;
  const from = doc.start[doc.sentences[Math.max(0, sentence - 1)]!.firstToken]!;
  const to = doc.start[t]!;
  for (let k = mentions.length - 1; k >= 0 && mentions[k]!.start >= from; k--) {
    const m = mentions[k]!;
    if (m.start >= to) continue;
    const actor = s.actors.get(m.actor);
    if (m.actor.startsWith('org:') || isOrganizationCode(m.actor) || actor?.role === 'BUS' || m.actor.endsWith('BUS')) return true;
  }
  return false;
}

/** Words after a role that name whom it works for: "a spokesman for the buyer", "an analyst at Nomura", "an official of the union". */
const roleFor = new Set(['for', 'at', 'of']);

// Whether the words at token `k`, after a role, name whom it works for: "for", "at" or "of"
// anything, "with" a name ("an analyst with Dean Witter", not "officials with knowledge of").
function worksFor(s: Recognition, k: number): boolean {
  const word = s.keys[k] ?? '';
  if (roleFor.has(word)) return true;
  if (word !== 'with') return false;
  const next = s.keys[k + 1] === 'the' ? k + 2 : k + 1;
  return s.capital[next] === 1;
}

// Whether something else than plain adjectives qualifies a role: a name ("a Twitter spokesman",
// "a Cable spokesman"), a region ("Western economists", "western diplomats"). Adjectives opening
// a sentence ("Multiple operatives", "Prospective physicians") are no names.
function namedQualifier(s: Recognition, g: Group): boolean {
  const agent = g.agent!;
  // (a region in lower case before the role: "western diplomats", "economists at western embassies")
  for (let k = g.start; k < agent.start; k++) if (s.cues.regionAdjective.has(s.keys[k]!)) return true;
  if (agent.start > 0 && s.cues.regionAdjective.has(s.keys[agent.start - 1]!)) return true;
  // ("ESA officials", "APEC ministers": a name the dictionaries do not know right before the role)
  const before = agent.start - 1;
  if (!g.qualifier && before >= 0 && s.capital[before] === 1 && (!sentenceStart(s.doc, before) || acronymWord.test(s.doc.value[before]!))) return true;
  if (!g.qualifier) return false;
  for (let k = g.qualifier.start; k < g.qualifier.end; k++) {
    if (s.doc.upos[k] !== 'ADJ' || s.cues.regionAdjective.has(s.keys[k]!)) return true;
    if (s.capital[k] === 1 && !sentenceStart(s.doc, k)) return true;
  }
  return false;
}

// "campaign officials", "company leaders": a role that speaks for a body, after a noun of a body
// that is no body of state (those give the group its role: "army leaders"), speaks for that body.
// (the body's noun may be a role word of its own, joined to the role: "company spokesman")
function speaksForOtherBody(s: Recognition, g: Group): boolean {
  const agent = g.agent!;
  const last = agent.end - 1;
  const before = last - 1;
  if (g.bodyCode || before < 0 || !s.cues.speaksFor.has(s.keys[last]!)) return false;
  if (s.doc.upos[before] !== 'NOUN' || (s.capital[before] === 1 && !sentenceStart(s.doc, before))) return false;
  // ("a government spokesman", "a senior administration official": a body of state)
  const body = s.lexicon.agentTrie.match(s.tokenIds, before, before + 1);
  return !(body?.end === before + 1 && s.cues.body.has(s.keys[before]!) && stateRoles.has(s.lexicon.agents[body.value]!.code));
}

/** Whether a role phrase is the source of speech: the subject of a verb of speech, or after "according to", or of a relative clause of speech ("officials who said"). */
function roleSpeaks(s: Recognition, g: Group): boolean {
  const head = g.agent!.end - 1;
  return speechSource(s, head) || speechSource(s, g.start) || speaksInRelative(s, head);
}

/** Whether a possessive ("its", "their", "Delors'", "the party's") stands right before token k. */
function ownedBefore(s: Recognition, k: number): boolean {
  const before = s.keys[k - 1] ?? '';
  return possessiveDeterminers.has(before) || apostropheS.has(before);
}

/** Relative pronouns that may be the subject of a clause on a noun of people. */
const relativeSubjects = new Set(['who']);

// "critics who say", "officials who said": the noun at token k has a relative clause of a
// verb of speech whose subject is the relative pronoun.
function speaksInRelative(s: Recognition, k: number, verbs: ReadonlySet<string> = s.cues.speech): boolean {
  const { doc, keys } = s;
  if (!doc.head) return false;
  return children(doc, k, 'acl:relcl').some(
    (v) => v > k && verbs.has(keys[v]!) && children(doc, v, 'nsubj').some((c) => c > k && c < v && relativeSubjects.has(keys[c]!)),
  );
}

// "Critics fear ...", "supporters who had hoped ...", "Some believe ...": the subject of a verb of
// thought, or a noun with a relative clause of one, holds a view as a source of speech voices one.
function thinks(s: Recognition, k: number): boolean {
  const { doc, keys, cues } = s;
  const verb = doc.head ? doc.head[k]! : -1;
  if (verb >= 0 && relationIs(doc.deprel[k]!, 'nsubj') && !relationIs(doc.deprel[k]!, 'nsubj:pass') && cues.thought.has(keys[verb]!)) return true;
  return speaksInRelative(s, k, cues.thought);
}

// "Critics say ...", "according to analysts", "supporters who argue ...": people named by a noun
// with no role in the agent dictionaries (`source.ROL` in name-cues.txt) are sources in the news
// sense when they speak or think ("critics fear") (a singular one only after "a", "one", ...: "one critic said"). No rule
// gives them a country: they are the actor of their role alone, as CAMEO codes an actor of no
// known country ("CVL"), which events leave out as they leave out a name with no country.
/** Parts of speech of the words of a noun phrase after its quantifier ("most New Yorkers", "many foreign investors"). */
const nominalWords = new Set(['NOUN', 'PROPN', 'ADJ']);

function speakingSources(s: Recognition): void {
  const { doc, keys, cues, tokenMention, n } = s;
  let found = false;
  for (let k = 0; k < n; k++) {
    if (tokenMention[k] !== -1) continue;
    // ("Some say", "others argue": a quantifier alone as the subject, not "some of them", "some analysts")
    // (nor before the noun it counts, which the parse may leave out: "Most New Yorkers believe")
    const alone = relationIs(doc.deprel[k]!, 'nsubj') && keys[k + 1] !== 'of' && !nominalWords.has(doc.upos[k + 1] ?? '') ? cues.quantifier.get(keys[k]!) : undefined;
    const role = alone ?? cues.source.get(keys[k]!);
    if (!role || !(alone || doc.upos[k] === 'NOUN' || (doc.upos[k] === 'PROPN' && sentenceStart(doc, k)))) continue;
    const plural = alone !== undefined || keys[k]!.endsWith('s');
    let from = k;
    while (from > 0 && tokenMention[from - 1] === -1 && (doc.upos[from - 1] === 'ADJ' || (doc.upos[from - 1] === 'NOUN' && s.capital[from - 1] === 0)) && doc.head[from - 1] === k) from--;
    if ((!plural && !indefiniteOpeners.has(keys[from - 1] ?? '')) || ownedBefore(s, from)) continue;
    if (!speechSource(s, k) && !speechSource(s, from) && !speaksInRelative(s, k) && !thinks(s, k)) continue;
    emit(s, from, k + 1, newResolved(role, undefined, false, undefined, undefined, roleName(role)), plural, undefined);
    found = true;
  }
  if (found) indexNewGroups(s);
}

// After sources or groups were added: the mentions indexed again, and the groups in order of
// their tokens, as the pronoun pass reads them ("Critics say ... They argue").
function indexNewGroups(s: Recognition): void {
  indexMentions(s);
  s.groupMentions.sort((a, b) => a.token - b.token);
}

// "Many voters believe ...": people named by a plural common noun that speak or think are a
// group of their own, group:<noun> (src/actors/generic-groups.ts), for "they" and "who" to stand for.
function speakingGroups(s: Recognition): void {
  const isAgent = (k: number) => s.lexicon.agentTrie.match(s.tokenIds, k, k + 1) !== undefined;
  const found = genericGroups({ doc: s.doc, keys: s.keys, cues: s.cues, tokenMention: s.tokenMention, isAgent });
  if (!found.length) return;
  for (const g of found) emit(s, g.start, g.end, newResolved(g.id, undefined, false, undefined, undefined, g.name), true, undefined);
  indexNewGroups(s);
}

// "the House subpoenaed", "the House's committees": a chamber of a legislature named alone,
// after "the" and not before "of" ("the House of Saud"), is the legislature the article has
// named ("the United States House of Representatives"), else its home country's.
function chamberCountry(s: Recognition, head: Piece): string | undefined {
  const { keys } = s;
  if (head.end - head.start !== 1 || head.start === 0 || keys[head.start - 1] !== 'the' || keys[head.end] === 'of') return undefined;
  if (s.capital[head.start] !== 1 || !s.cues.chamber.has(keys[head.start]!)) return undefined;
  const named = s.institutions.get(legislativeRole);
  if (named?.size === 1) return [...named][0];
  return named && named.size > 1 ? undefined : homeCountry(s, head.start);
}

/** Whether a chamber of a legislature (name-cues.txt `chamber`) is written right before the group's last word: "Senate Republicans". */
function chamberBefore(s: Recognition, g: Group): boolean {
  const k = g.agent!.end - 2;
  return k >= g.start && s.capital[k] === 1 && s.cues.chamber.has(s.keys[k]!);
}

/** Whether a role of two words or more opens with a party's word of the agent dictionaries ("Republican" of "Republican leaders"). */
function partyWordOpens(s: Recognition, agent: Piece): boolean {
  if (agent.start < 0 || agent.end - agent.start < 2) return false;
  const first = s.lexicon.agentTrie.match(s.tokenIds, agent.start, agent.start + 1);
  return first?.end === agent.start + 1 && s.lexicon.agents[first.value]!.code.slice(0, 3) === partyRole;
}

// "talks with officials in Italy, where the Senate voted", "in its tribal belt, where the
// government signed": a body of state right after ", where" (and "the") is of the place the
// "where" stands for, the country of the mention right before the comma or of the possessor of
// the noun there; undefined when no country is named there.
function whereCountry(s: Recognition, agentStart: number): string | undefined {
  const { keys, doc } = s;
  let k = agentStart - 1;
  if (keys[k] === 'the') k--;
  if (keys[k] !== 'where' || keys[k - 1] !== ',') return undefined;
  const place = k - 2;
  if (place < 0 || doc.sentence[place] !== doc.sentence[agentStart]) return undefined;
  return mentionCountry(s, place) ?? children(doc, place, 'nmod:poss').map((c) => mentionCountry(s, c)).find((c) => c !== undefined);
}

/** The country of the mention at token k: a state's, a body's or a person's; undefined when none. */
function mentionCountry(s: Recognition, k: number): string | undefined {
  const index = s.tokenMention[k]!;
  if (index < 0) return undefined;
  const id = s.mentions[index]!.actor;
  return id.includes(':') ? s.actors.get(id)?.country : codeCountry(id);
}

// "talks with officials in Italy, where the Senate voted": the one country that the mentions
// before token t in its sentence act for (states, their bodies, people unless statesOnly), if only one.
function sentenceCountry(s: Recognition, t: number, statesOnly = false): string | undefined {
  const { doc, mentions } = s;
  const sentence = doc.sentence[t]!;
  const from = doc.start[doc.sentences[sentence]!.firstToken]!;
  let country: string | undefined;
  for (let k = mentions.length - 1; k >= 0 && mentions[k]!.start >= from; k--) {
    const id = mentions[k]!.actor;
    if (statesOnly && id.startsWith('person:')) continue;
    const of = id.includes(':') ? s.actors.get(id)?.country : codeCountry(id);
    if (!of) continue;
    if (country && country !== of) return undefined;
    country = of;
  }
  return country;
}

function nounAfter(s: Recognition, k: number): boolean {
  const upos = k < s.n ? s.doc.upos[k] : undefined;
  return upos === 'NOUN' || upos === 'PROPN' || upos === 'ADJ';
}

/** Possessives of a group or a body, which make a body of state the one of the state just named ("their government"); "his government" is his person's, left to coreference. */
const bodyPossessives = new Set(['their', 'its']);

/** Roles of the bodies of a state: government, legislature, courts, armed forces, police. */
const stateRoles = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP']);

// "Congress", "the Senate", "the government", "the army": an agent whose last word names a body
// (cues.body) with a role of state alone.
function isStateBody(s: Recognition, agent: Piece): boolean {
  // (a role of state and of something else is no body of state: "the official news agency", GOVMED)
  const code = s.lexicon.agents[agent.ref]!.code;
  return agent.start >= 0 && s.cues.body.has(s.keys[agent.end - 1]!) && code.length === 3 && stateRoles.has(code);
}

// A ministry of state named by its portfolio alone, one word of which is a noun only a state's
// body has (cues.stateBody) and whose agent code is a state's role: of the country the sentence
// names, else the article's. A capitalised portfolio the agents do not know is part of the
// name ("the Marketing Ministry"), unless it opens with a given name (a person's ministry).
function ministryOf(s: Recognition, g: Group, agent: LexiconAgent): Resolved | undefined {
  const piece = g.agent!;
  if (g.former || agent.plural || piece.start < 0 || !stateRoles.has(agent.code.slice(0, 3))) return undefined;
  if (!s.cues.stateBody.has(s.keys[piece.start]!) && !s.cues.stateBody.has(s.keys[piece.end - 1]!)) return undefined;
  if (g.qualifier && !(g.qualifier.type === 'name' && g.qualifier.end === piece.start && !s.cues.givenName.has(s.keys[g.qualifier.start]!))) return undefined;
  if (g.head || g.of) return undefined;
  const country = whereCountry(s, piece.start) ?? sentenceCountry(s, g.start) ?? titleCountry(s, g, piece.start);
  return country ? newResolved(roleCode(false, agent, country)!, undefined, false) : undefined;
}

// "the Democratic Party": an agent of the party role whose last word names a body.
function isPartyBody(s: Recognition, agent: Piece): boolean {
  return agent.start >= 0 && agent.end - agent.start >= 2 && s.cues.body.has(s.keys[agent.end - 1]!) && s.lexicon.agents[agent.ref]!.code === partyRole;
}

// A titled name that does not take a role code ("Sen. Ted Cruz", "former deputy prime minister
// Alpaslan Turkes") is a person: actor with the country its qualifier states, else the article's
// country for a title of office, and the role of the title (ELI once out of office).
function titledPerson(s: Recognition, g: Group, agent: LexiconAgent, head: Piece, gender: Gender | undefined, base: string | undefined): Resolved {
  const id = `person:${slug(pieceText(s, head))}`;
  // A role of working or civic life ("analyst", "teacher", "voter") is held where the story is:
  // the home country. Religious leaders and envoys of bodies travel ("Archbishop X" in a story
  // about another country), so they keep none.
  const role = agent.code.slice(0, 3);
  const country = (base ? codeCountry(base) : undefined) ?? partyAside(s, g.end)?.country ??
    (isTitleCode(agent.code) ? titleCountry(s, g, head.start) : localPersonRoles.has(role) ? homeCountry(s, head.start) : undefined);
  if (!country || agent.placement !== 'suffix') return newResolved(id, gender, true);
  return newResolved(id, gender, true, country, g.former ? formerRole : agent.code.slice(0, 3));
}

// "the European Union", "the Kremlin", "the president": the article belongs to the mention;
// before a bare country ("the United States") it does not.
function expandThe(s: Recognition, g: Group, who: Resolved): number {
  const first = g.start;
  if (first === 0 || s.keys[first - 1] !== 'the') return first;
  const seat = g.head?.type === 'actor' && s.lexicon.actors[g.head.ref]!.seat;
  return g.agent || g.head?.type === 'name' || seat || !codeCountry(who.id) || who.id.length > 3 ? first - 1 : first;
}

function emit(s: Recognition, startToken: number, endToken: number, who: Resolved, plural: boolean, naming: Piece | undefined): void {
  const doc = s.doc;
  const start = doc.start[startToken]!;
  const end = doc.end[endToken - 1]!;
  const text = doc.text.slice(start, end);
  const mentions = s.mentions;
  const index = mentions.length;
  mentions.push({ start, end, text, actor: who.id });
  const tokenMention = s.tokenMention;
  for (let k = startToken; k < endToken; k++) tokenMention[k] = index;
  // Organisations and people are named by their name, not the whole mention
  // ("NATO" for "NATO officials", "Karen Pierce" for "Dame Karen Pierce").
  const known = s.actors.get(who.id);
  if (!known) s.actors.set(who.id, withAffiliation(describeActor(who.id, who.name ?? (naming && naming.start >= 0 ? pieceText(s, naming) : text)), who));
  else if (!known.country && who.country) withAffiliation(known, who);
  if (!who.person) noteInstitution(s, who.id);
  if (who.person) s.personMentions.push({ token: startToken, who, sentence: doc.sentence[startToken]!, end: endToken, from: startToken, to: endToken });
  else if (plural) s.groupMentions.push({ token: startToken, id: who.id, sentence: doc.sentence[startToken]!, end: endToken });
}

// Institutions named so far ("the United States House of Representatives", USALEG), by role.
function noteInstitution(s: Recognition, id: string): void {
  const country = id.length > 3 ? codeCountry(id) : undefined;
  if (!country) return;
  const role = id.slice(3, 6);
  s.institutions.set(role, (s.institutions.get(role) ?? new Set<string>()).add(country));
}

// A person: actor records the state and role it acts for, once the text has said them
// ("Sen. Ted Cruz" in a US story: USA, LEG); the first mention that says so teaches the article.
function withAffiliation(actor: Actor, who: Resolved): Actor {
  // a company is an organisation of the BUS role, with a country only when the text gives one
  if (actor.id.startsWith('org:') && who.role && !actor.role) actor.role = who.role;
  // ("the Bank of England": an organisation of the country its name states)
  if (actor.id.startsWith('org:') && who.country && !actor.country) actor.country = who.country;
  if (actor.kind !== 'person' || !who.country) return actor;
  actor.country = who.country;
  if (who.role) actor.role = who.role;
  return actor;
}

function isArticle(s: Recognition, k: number): boolean {
  const key = s.keys[k]!;
  return key === 'the' || key === 'a' || key === 'an' || s.cues.modifier.has(key);
}

// "Sens. Mitch McConnell (Ky.) and Pete Wilson (Calif.)": only commas, "and", "or" and
// parenthetical asides of a few words lie between the names of a list.
const asideReach = 6;

// "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos
// Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively,": a list of demonyms before
// "counterparts", a comma and as many names pair in order; each name takes its demonym's country
// and the role of the nearest titled person before the list. Each name's group, as resolved.
function counterpartNames(s: Recognition, groups: Group[]): Map<Group, Group> {
  const { keys, doc } = s;
  const paired = new Map<Group, Group>();
  for (let c = 0; c < groups.length; c++) {
    const last = groups[c]!;
    const word = keys[last.end];
    if ((word !== 'counterparts' && word !== 'counterpart') || keys[last.end + 1] !== ',' || !isDemonymOnly(s, last)) continue;
    const demonyms = [last];
    for (let d = c - 1; d >= 0 && isDemonymOnly(s, groups[d]!) && onlyListBetween(s, groups[d]!.end, demonyms[0]!.start); d--) demonyms.unshift(groups[d]!);
    const names: Group[] = [];
    let from = last.end + 2;
    for (let n = c + 1; n < groups.length && names.length < demonyms.length; n++) {
      const g = groups[n]!;
      if (g.head?.type !== 'name' || g.agent || g.qualifier || g.honorific || g.of) break;
      if (g.start !== from && !onlyListBetween(s, from, g.start)) break;
      names.push(g);
      from = g.end;
    }
    if (names.length !== demonyms.length || (names.length === 1 && keys[from] !== ',')) continue;
    let title: Piece | undefined;
    for (let t = c - demonyms.length; t >= 0 && doc.sentence[groups[t]!.start] === doc.sentence[last.start] && !title; t--) title = groups[t]!.agent;
    names.forEach((g, k) => paired.set(g, { start: g.start, end: g.end, qualifier: demonyms[k]!.head, agent: title, head: g.head, former: false }));
  }
  return paired;
}

/** A group that is a state's name or demonym alone ("Greek"). */
function isDemonymOnly(s: Recognition, g: Group): boolean {
  return g.head?.type === 'actor' && !g.agent && !g.qualifier && !g.honorific && !g.of && isBareCountry(codeOf(s, g.head));
}

function onlyListBetween(s: Recognition, from: number, to: number): boolean {
  const keys = s.keys;
  if (to <= from || s.doc.sentence[from] !== s.doc.sentence[to]) return false;
  for (let k = from; k < to; k++) {
    const key = keys[k]!;
    if (key === '(') {
      let close = k + 1;
      while (close < to && close - k <= asideReach && keys[close] !== ')') close++;
      if (keys[close] !== ')') return false;
      k = close;
    } else if (key !== ',' && key !== 'and' && key !== 'or') return false;
  }
  return true;
}

/** A title before several names ("Sens.", "Representatives"): it titles each name of the list. */
function titlesList(s: Recognition, g: Group): boolean {
  if (g.head?.type !== 'name' && !(g.head && isDictionaryPerson(s, g.head))) return false;
  if (g.honorific) return s.cues.pluralHonorific.has(s.keys[g.honorific.start]!);
  // "Japanese rivals Fumie Sato and Yukari Endo": a demonym and a plural description
  if (!g.agent && !g.honorific && g.qualifier?.type === 'actor' && g.head.start > g.qualifier.end && peoplePlural.test(s.keys[g.head.start - 1]!)) return true;
  // "Representatives Eliot Engel, Adam Schiff, and Elijah Cummings"
  return !!g.agent && g.agent.start >= 0 && (s.lexicon.agents[g.agent.ref]!.plural || peoplePlural.test(s.keys[g.agent.end - 1]!));
}

// "Two French ministers, Anne Quellin and Marc Tenmark, met": a plural role with no name of its
// own, a comma, then bare full names: the role titles each name of the list.
function pluralRoleNamesList(s: Recognition, g: Group, next: Group | undefined): boolean {
  if (!g.agent || g.head || g.honorific || g.agent.start < 0 || !s.lexicon.agents[g.agent.ref]!.plural) return false;
  if (!next || next.agent || next.qualifier || next.honorific || next.of || next.head?.type !== 'name' || next.head.end - next.head.start < 2) return false;
  // ("Ukrainian officials, Mara Brisk said, ...": the name is the source, not one of them)
  return (
    s.keys[g.end] === ',' && next.start === g.end + 1 && s.doc.sentence[g.end] === s.doc.sentence[next.start] && !s.cues.speech.has(s.keys[next.end] ?? '')
  );
}

/** A capitalised name with no organisation's word in it ("Tom Casey", not "the Agriculture Department"). */
function personLikeName(s: Recognition, head: Piece | undefined): boolean {
  return head?.type === 'name' && !s.keys.slice(head.start, head.end).some((w) => s.cues.organization.has(w) || s.cues.company.has(w));
}

// "State Department official", "White House official": the dictionaries file some phrases of a
// state's body and a singular role noun as that body's actor; in apposition to a name they say the
// person's post. The role noun at the phrase's end, as an agent piece, or undefined.
function bodyOfficial(s: Recognition, head: Piece | undefined): Piece | undefined {
  if (head?.type !== 'actor' || head.end - head.start < 2) return undefined;
  const code = codeOf(s, head);
  if (!code || code.length < 6 || !codeCountry(code)) return undefined;
  const last = head.end - 1;
  const agent = s.lexicon.agentTrie.match(s.tokenIds, last, head.end);
  if (agent?.end !== head.end || s.lexicon.agents[agent.value]!.plural) return undefined;
  return newPiece('agent', last, head.end, agent.value);
}

/** A group alone inside brackets: "(D-Calif.)" in a list of names. */
function inBrackets(s: Recognition, g: Group): boolean {
  return g.start > 0 && s.keys[g.start - 1] === '(' && s.keys[g.end] === ')';
}

function resolveGroups(s: Recognition, groups: Group[]): void {
  const { doc, keys, cues, lexicon } = s;
  /** lone words that named no one yet: the article may name them in full further on */
  const lone: Group[] = [];
  /** names of several words that named no one where they stood */
  const unnamed: Group[] = [];
  /** the titled group that opened a list of names, and where the list has reached */
  let list: { title: Group; end: number } | undefined;
  /** names after a role and a place, already resolved with the role */
  const appositionNames = new Set<Group>();
  const counterparts = counterpartNames(s, groups);
  for (let gi = 0; gi < groups.length; gi++) {
    let g = groups[gi]!;
    if (appositionNames.has(g)) continue;
    g = counterparts.get(g) ?? g;
    if (list && g.head?.type === 'name' && !g.agent && !g.qualifier && !g.honorific && !g.of && onlyListBetween(s, list.end, g.start)) {
      const t = list.title;
      list.end = g.end;
      g = { start: g.start, end: g.end, qualifier: t.qualifier, agent: t.agent, honorific: t.honorific, head: g.head, of: t.of, former: t.former };
    } else if (!(list && inBrackets(s, g))) list = titlesList(s, g) || pluralRoleNamesList(s, g, groups[gi + 1]) ? { title: g, end: g.end } : undefined;
    // Apposition: "Dame Karen Pierce, the former British ambassador", "Lloyd Austin, the
    // secretary of defense": the role phrase describes the name before the comma.
    const next = groups[gi + 1];
    let apposition: Group | undefined;
    // ("X, a State Department official": a dictionary phrase of a state's body and a role is the role in that body)
    // (after a person's name: in "the Agriculture Department, a State Department official said" the official is another)
    const bodyRole = next && !next.agent && !next.qualifier && !next.honorific && !next.of && personLikeName(s, g.head) ? bodyOfficial(s, next.head) : undefined;
    const role = bodyRole ?? next?.agent;
    // A plural role describes no one name: in "First Boston Corp, traders said" the traders are others.
    // Nor does a role describe a state named before the comma ("his fellow Americans, Republican hopefuls").
    if (next && g.head && !g.agent && role && (!next.head || bodyRole) && !next.honorific && keys[g.end] === ',' && doc.sentence[g.end] === doc.sentence[next.start] &&
      !(g.head.type === 'name' && lexicon.agents[role.ref]!.plural) && !isBareCountry(codeOf(s, g.head))) {
      let k = g.end + 1;
      while (k < next.start && isArticle(s, k)) k++;
      if (k === next.start) apposition = bodyRole ? { start: next.start, end: next.end, qualifier: next.head, agent: bodyRole, former: next.former } : next;
    }
    // The other order: "The Italian foreign minister, Luigi Di Maio, joined", "Malaysia's Prime
    // Minister, Najib Razak": the name after the comma is the person the role phrase describes.
    // ("Russia's top negotiator in Chechnya, Ivan Rybkin": a place where the role is held may
    // stand between the role and the comma)
    const placed = apposition || !next || !cues.locative.has(keys[g.end]!) || next.start !== g.end + 1 || next.agent || next.qualifier || next.of || next.head?.type !== 'actor'
      ? undefined
      : groups[gi + 2];
    // (the name closed by a comma, as an apposition is: not "victims in Pakistan, Ritzau news bureau reported";
    // or a full name the clause's verb follows: "the EU's representative in Skopje, Erwan Fouere invited")
    const placedName = placed && (keys[placed.end] === ',' || fullNameBeforeVerb(s, placed)) && !peoplePlural.test(keys[(g.agent?.end ?? g.end) - 1] ?? '') ? placed : undefined;
    const named = apposition ? undefined : namedAfterRole(s, g, next) ?? (placedName && namedAfterRole(s, { ...g, end: next!.end }, placedName, true));
    if (named && named === placedName) appositionNames.add(placedName);
    // "Terence Conran, a British designer,": the demonym of a description gives the name its country;
    // "Qasem Soleimani, head of Iran's Quds Force,": so does the state of a body the name leads
    const demonym = apposition || named ? undefined : describingDemonym(s, g, next) ?? ledState(s, g, next);
    // "People's Protection Units (YPG)": a name that defines an acronym is an organisation
    const acronymAt = apposition || named ? -1 : definedAcronym(s, g);
    // (a capitalised role word is part of the name: "People's Protection Units")
    const definer =
      acronymAt >= 0 &&
      g.head?.type === 'name' &&
      !g.honorific &&
      g.qualifier?.type !== 'actor' &&
      (!g.agent || (g.agent.start >= 0 && s.capital[g.agent.start] === 1))
        ? newPiece('name', Math.min((g.qualifier ?? g.head).start, g.agent?.start ?? g.head.start), g.head.end, -1)
        : undefined;
    let who = definer
      ? newResolved(`org:${slug(pieceText(s, definer))}`, undefined, false, undefined, isCompanyName(s, definer) ? 'BUS' : undefined)
      : resolveGroup(
          s,
          apposition
            ? {
                start: g.start,
                end: g.end,
                qualifier: apposition.qualifier ?? g.qualifier,
                agent: apposition.agent,
                honorific: g.honorific,
                head: g.head,
                of: apposition.of,
                former: apposition.former || g.former,
              }
            : named
              ? { start: g.start, end: g.end, qualifier: g.qualifier, agent: g.agent, head: named.head, of: g.of, former: g.former }
              : demonym
                ? { start: g.start, end: g.end, qualifier: demonym, honorific: g.honorific, head: g.head, former: g.former }
                : g,
        );
    if (!who) {
      if (isLoneName(g)) lone.push(g);
      else if (g.head?.type === 'name' && !g.agent && !g.honorific && !g.qualifier && namedSource(s, g.head)) {
        // "As reported by Western Journalism", "Western Journalism reported": a name that is no
        // person but the source of speech is an organisation (a paper, a site)
        emit(s, g.start, g.end, newResolved(`org:${slug(pieceText(s, g.head))}`, undefined, false), false, g.head);
      } else if (g.head?.type === 'name' && !g.agent && !g.honorific && !g.qualifier && !g.of) unnamed.push(g);
      // ("a Twitter spokesman": the name before the role, which may be an organisation's)
      else if (g.qualifier?.type === 'name' && g.agent?.start === g.qualifier.end && !g.head && !g.honorific && !g.of) {
        // (its capitalised words only: "a new Gallup poll")
        let from = g.qualifier.start;
        while (from < g.qualifier.end && s.capital[from] !== 1) from++;
        if (from < g.qualifier.end) unnamed.push({ start: from, end: g.qualifier.end, head: newPiece('name', from, g.qualifier.end, -1), former: false });
      }
      continue;
    }
    // "the carrier Dwight D. Eisenhower", "the destroyer John McCain": a ship named after someone
    if (who.person && g.head && g.head.start > 0 && s.capital[g.head.start - 1] === 0 && cues.vessel.has(keys[g.head.start - 1]!)) continue;
    if (who.person && !who.country && g.head) who = withStatedCountry(s, groups, gi, who);
    if (who.person && !who.country && g.head) who = describedCountry(s, groups, gi, who);
    if (who.person && !who.country && g.head) who = occupationCountry(s, g, who);
    if (who.person && !who.country && g.head) who = companyCountry(s, groups, gi, who);
    if (who.person && !who.country && g.head && !g.agent && !g.honorific && !g.qualifier) who = bodyMemberCountry(s, g, who);
    if (acronymAt >= 0 && !who.person) s.acronyms.set(doc.value[acronymAt]!, who);
    const ofCountry = organizationOfCountry(s, g, groups[gi + 1], who);
    if (ofCountry) {
      const next = groups[gi + 1]!;
      emit(s, expandThe(s, g, ofCountry), next.end, ofCountry, false, newPiece('name', g.start, next.end, -1));
      gi++;
      continue;
    }
    if (named) {
      remember(s, named.head!, who);
      introduce(s, roleWord(s, lexicon.agents[g.agent!.ref]!.head), who, g.start, g.end);
      emit(s, expandThe(s, g, who), g.end, who, false, named.head);
      emit(s, named.start, named.end, who, false, named.head);
      if (named !== placedName) gi++;
      continue;
    }
    // A capital used as a place ("talks in Moscow") is not the government.
    const only = g.head && !g.agent && !g.qualifier ? g.head : undefined;
    // ("a London-based analyst", "Bellevue, Washington-based": where one is based is a place too)
    if (only?.type === 'actor' && lexicon.actors[only.ref]!.seat && hyphens.has(keys[g.end]!) && keys[g.end + 1] === 'based') continue;
    // ("the Paris accord", "the Doha round", "the Washington meeting": a seat that names a thing is no actor)
    if (only?.type === 'actor' && lexicon.actors[only.ref]!.seat && cues.namedAfterSeat.has(keys[g.end]!)) continue;
    if (only?.type === 'actor' && lexicon.actors[only.ref]!.seat && g.start > 0 && cues.locative.has(keys[g.start - 1]!)) {
      // "arrived in Amman", "his trip to Amman": where one arrives or travels is the country
      // visited (Jordan), not its government
      const country = codeCountry(who.id);
      // (up to two words may come between: "touched down in Amman", "arrived late Saturday in Amman")
      let b = g.start - 2;
      while (b > 0 && b > g.start - 4 && cues.arrivalGap.has(keys[b]!)) b--;
      const before = b >= 0 ? keys[b]! : '';
      const visited = (keys[g.start - 1] === 'in' && cues.arrival.has(before)) || (keys[g.start - 1] === 'to' && cues.journey.has(before));
      if (visited && country)
        emit(s, g.start, g.end, newResolved(country, undefined, false), false, undefined);
      continue;
    }
    if (g.head && who.person) remember(s, g.head, who);
    // ("Gov. John Kasich ... the governor": a title of office introduces the role it abbreviates)
    const titleNoun = who.person && g.honorific ? cues.titleNoun.get(keys[g.honorific.start]!) : undefined;
    if (titleNoun) introduceOnly(s, titleNoun, who, g.start, g.end);
    const roleGroup = apposition ?? g;
    // ("the website Politco ... The website": a body's noun before an organisation's name is what a later "the <noun>" stands for)
    const namedBody = who.id.startsWith('org:') && roleGroup.agent !== undefined && roleGroup.agent.start >= 0 && cues.body.has(keys[roleGroup.agent.end - 1]!);
    if (roleGroup.agent && (who.person || namedBody || ((roleGroup.qualifier || roleGroup.of) && !lexicon.agents[roleGroup.agent.ref]!.plural))) {
      const roleAgent = lexicon.agents[roleGroup.agent.ref]!;
      const word = roleWord(s, roleAgent.head);
      introduce(s, word, who.person || namedBody ? who : newResolved(who.id, who.gender, heldByOne(s, roleAgent, word)), roleGroup.start, roleGroup.end);
    }
    if (who.person && (g.head?.type === 'actor' || g.qualifier?.type === 'actor')) {
      // A dictionary phrase with the title inside ("Russian President Vladimir Putin",
      // "German Chancellor" Olaf Scholz) still introduces "the president", "the chancellor".
      const agentTrie = lexicon.agentTrie;
      for (let k = g.start; k < g.end; k++) {
        const agent = agentTrie.match(s.tokenIds, k, g.end);
        if (agent) introduce(s, roleWord(s, lexicon.agents[agent.value]!.head), who, g.start, g.end);
      }
    }
    emit(s, expandThe(s, g, who), g.end, who, !!g.agent && !g.head && lexicon.agents[g.agent.ref]!.plural, definer ?? g.head ?? g.qualifier ?? g.of);
    if (apposition) {
      emit(s, expandThe(s, apposition, who), apposition.end, who, false, undefined);
      gi++;
    }
  }
  // (a name resolved with its role before the place between them: mentions back in order)
  if (appositionNames.size) indexMentions(s);
  namedLater(s, lone, unnamed);
}

// A person the text gives no country yet, by the words around the name:
//   "Irina Volkova of Russia", "Senators Ann Quellin of Texas": a place after "of" or "from"
//     (a country, a region of one, or one of its institutions) is the person's country;
//   "Tom Wan of the Labour Party", "Civic Party's Jeremy Tam": a member of a party (a name
//     ending in "party", or a party the dictionaries code) is of the party's country, else of
//     the article's home country, with the party role (PTY).
function withStatedCountry(s: Recognition, groups: Group[], gi: number, who: Resolved): Resolved {
  const { keys } = s;
  const g = groups[gi]!;
  const next = groups[gi + 1];
  const word = keys[g.end];
  const the = keys[g.end + 1] === 'the' ? 1 : 0;
  if (next && (word === 'of' || word === 'from') && next.start === g.end + 1 + the && next.agent && !next.head && !next.honorific && next.of && !s.lexicon.agents[next.agent.ref]!.plural) {
    // "Nelson Gantz of the University of Massachusetts": a body of a place's country
    const country = codeCountry(codeOf(s, next.of) ?? '');
    // (no role: "First National Bank of Chicago" is no central bank, whatever "bank" codes)
    if (country) return newResolved(who.id, who.gender, true, country, who.role, who.name);
  }
  // (a dictionary phrase may hold its "the": THE_BANK_OF_ENGLAND)
  if (next && (word === 'of' || word === 'from') && (next.start === g.end + 1 + the || next.start === g.end + 1) && !next.agent && !next.honorific && keys[next.end] !== "'s") {
    // (after "the", a body of a state: "Nelson Gantz of the University of Massachusetts", USAEDU)
    const head = next.head?.type === 'actor' && !next.qualifier ? codeOf(s, next.head) : undefined;
    const place = head && (!the || head.length > 3) ? head : undefined;
    const country = place && !isDictionaryPerson(s, next.head) ? codeCountry(place) : undefined;
    // (an institution of a country says the role too: "Ann Quellin of Congress", USALEG)
    if (country) return newResolved(who.id, who.gender, true, country, who.role ?? (place!.length > 3 ? place!.slice(3, 6) : undefined), who.name);
    if (next.head && isParty(s, next.head)) return partyMember(s, who, next.head, g.start);
  }
  const previous = groups[gi - 1];
  if (previous?.head && !previous.agent && apostropheS.has(keys[g.start - 1]!) && previous.end === g.start - 1) {
    if (isParty(s, previous.head)) return partyMember(s, who, previous.head, g.start);
    // "Thailand's Pawina Thongsuk": a state's possessive right before a full name is the person's state
    const state = previous.qualifier || previous.of || g.head?.type !== 'name' || g.head.end - g.head.start < 2 ? undefined : codeOf(s, previous.head);
    if (isBareCountry(state)) return newResolved(who.id, who.gender, true, state, who.role, who.name);
  }
  return who;
}

/** How many lower-case words of a post may stand between a name and the firm it is held at ("managing director of swaps for"). */
const postReach = 6;
const firmLinks = new Set(['of', 'at', 'with', 'for']);

// "Charles Bradford of Merrill Lynch", "Robert Conway, managing director of Goldman Sachs
// International": a person of a firm (after "of", "at", "with" or "for", right after the name or
// after the lower-case words of a post in apposition, an occupation or a role) that the dictionaries file as a company of
// one country (a multinational, MNC + the country) is of that country, in business (BUS); of a
// company they lack ("Peter Marcus of Painewebber Inc"), of the article's home country.
function companyCountry(s: Recognition, groups: Group[], gi: number, who: Resolved): Resolved {
  const { keys, doc } = s;
  const g = groups[gi]!;
  // ("Jo Doe, vice president at Exxon": the post may be a role of the dictionaries, a group of its own)
  const title = groups[gi + 1]?.agent && !groups[gi + 1]!.head && keys[g.end] === ',' ? groups[gi + 1] : undefined;
  const firm = groups[gi + (title ? 2 : 1)];
  if (!firm?.head || firm.agent || firm.honorific || doc.sentence[firm.start] !== doc.sentence[g.end]) return who;
  // (a company the dictionaries lack, "Refco Inc", is of the article's country, where the story is)
  const unknownFirm = firm.head.type === 'name' && isCompanyName(s, firm.head);
  if (firm.head.type !== 'actor' && !unknownFirm) return who;
  const link = firm.start - (keys[firm.start - 1] === 'the' ? 2 : 1);
  if (!firmLinks.has(keys[link]!) || link < g.end) return who;
  if (link > g.end) {
    // the post in apposition: lower-case words after the comma ("managing director of swaps")
    if (keys[g.end] !== ',' || link - g.end - 1 > postReach) return who;
    let post = title !== undefined;
    for (let k = g.end + 1; k < link; k++) {
      if (title && k >= title.start && k < title.end) continue;
      if (s.capital[k] !== 0 || appositionEnds.has(keys[k]!)) return who;
      // (a post, not any relation: "a critic of IBM" is no one's employee)
      post ||= s.cues.occupation.has(keys[k]!) || s.cues.titleWord.has(keys[k]!) || s.lexicon.agentTrie.match(s.tokenIds, k, k + 1) !== undefined;
    }
    if (!post) return who;
  }
  const code = unknownFirm ? undefined : codeOf(s, firm.head);
  // "Tim Manning, a deputy administrator at FEMA": a post at a body of one state is that state's
  // (one held before, "formerly", "former", is ELI; the body's dictionary code says no role of
  // the post: FEMA is filed as police)
  if (code && !code.startsWith(companyPrefix) && code.length > 3 && codeCountry(code) && !isDictionaryPerson(s, firm.head)) {
    let former = false;
    for (let k = g.end; k < link; k++) former ||= s.cues.former.has(keys[k]!) || keys[k] === 'formerly';
    return newResolved(who.id, who.gender, true, codeCountry(code), who.role ?? (former ? formerRole : undefined), who.name);
  }
  const country = unknownFirm ? homeCountry(s, g.start) : code?.startsWith(companyPrefix) ? codeCountry(code.slice(companyPrefix.length)) : undefined;
  return country ? newResolved(who.id, who.gender, true, country, who.role ?? 'BUS', who.name) : who;
}

/** The dictionaries' code of a company based in one country: MNC + the country (MNCUSA). */
const companyPrefix = 'MNC';

/** How many words a description in apposition to a name may run ("a 27-year-old housewife from the Croatian coastal city of Split"). */
const appositionReach = 14;
/** Marks that end a description in apposition: a comma, a sentence's or clause's punctuation, a bracket, a quotation mark, a dash. */
const appositionEnds: ReadonlySet<string> = new Set([',', ';', '(', ')', ':', '"', '“', '”', '.', ...dashes]);

// "Zeljka Bajan, a 27-year-old housewife from the Croatian coastal city of Split, said", "Ana
// Quellin, 63, a farmer from Norway": a description in apposition to a name (a noun
// phrase after the comma, with no verb, up to the next comma) that names one country (a
// demonym before a noun, a state's name opening it, a place one is "from" or "-based" in) gives the person that country; a
// birthplace ("Australian-born") and what one is "of" ("a critic of Norway") do not.
function describedCountry(s: Recognition, groups: Group[], gi: number, who: Resolved): Resolved {
  const { keys, doc } = s;
  const g = groups[gi]!;
  if (keys[g.end] !== ',') return who;
  let first = g.end + 1;
  if (doc.upos[first] === 'NUM' && keys[first + 1] === ',') first += 2;
  if (!(keys[first] === 'a' || keys[first] === 'an' || keys[first] === 'the')) return possessedCountry(s, groups, gi, first, who);
  // "the Australian-born US media magnate": the birthplace before the description is skipped
  let opening = first + 1;
  for (let h = gi + 1; h < groups.length && groups[h]!.start <= opening; h++) {
    const piece = groups[h]!.head;
    if (groups[h]!.start === opening && piece?.type === 'actor' && hyphens.has(keys[piece.end]!) && keys[piece.end + 1] === 'born') opening = piece.end + 2;
  }
  let stop = first;
  // (a capitalised word is part of a name, whatever its tag: "a United States District judge")
  while (
    stop < s.n &&
    stop - first < appositionReach &&
    doc.sentence[stop] === doc.sentence[first] &&
    !appositionEnds.has(keys[stop]!) &&
    ((doc.upos[stop] !== 'VERB' && doc.upos[stop] !== 'AUX') || s.capital[stop] === 1 || (hyphens.has(keys[stop - 1]!) && (keys[stop] === 'born' || keys[stop] === 'based')))
  )
    stop++;
  let country: string | undefined;
  for (let h = gi + 1; h < groups.length && groups[h]!.start < stop; h++) {
    const group = groups[h]!;
    if (group.start < first) continue;
    const piece = group.head?.type === 'actor' ? group.head : group.qualifier?.type === 'actor' ? group.qualifier : undefined;
    if (!piece || isDictionaryPerson(s, piece) || (keys[piece.end] === '-' && keys[piece.end + 1] === 'born')) continue;
    // a demonym of a noun ("the Croatian coastal city") or a place one is from; not what one
    // is "of" ("a critic of Norway")
    const demonymOfNoun = isDemonym(doc.value[piece.start]!) && s.capital[piece.end] === 0 && (doc.upos[piece.end] === 'NOUN' || doc.upos[piece.end] === 'ADJ');
    // "a United States District judge", "a London-based analyst": a state's name opening the
    // description before the noun it qualifies, or a place something is based in
    const stateOfNoun =
      piece.start === opening &&
      group.start === opening &&
      isBareCountry(codeOf(s, piece)) &&
      // (after a birthplace, a lower-case noun too: "the Australian-born US media magnate")
      (s.capital[piece.end] === 1 || opening !== first + 1) &&
      (doc.upos[piece.end] === 'NOUN' || doc.upos[piece.end] === 'PROPN');
    const basedIn = hyphens.has(keys[piece.end]!) && keys[piece.end + 1] === 'based';
    // "a White House associate personnel director", "a State Department official": a body of one
    // state opening the description before the lower-case words it qualifies
    const pieceCode = codeOf(s, piece);
    const bodyOfNoun = piece.start === first + 1 && group.start === first + 1 && !!pieceCode && pieceCode.length > 3 && s.actors.get(pieceCode)?.kind !== 'person' && s.capital[piece.end] === 0 && (doc.upos[piece.end] === 'NOUN' || doc.upos[piece.end] === 'ADJ');
    if (!demonymOfNoun && !stateOfNoun && !basedIn && !bodyOfNoun && keys[group.start - 1] !== 'from') continue;
    const of = codeCountry(codeOf(s, piece) ?? '');
    if (!of) continue;
    if (country && country !== of) return who;
    country = of;
  }
  return country ? newResolved(who.id, who.gender, true, country, who.role, who.name) : who;
}

// "Ze Miguel, Portugal's manager, told media": a state's possessive opening an apposition of
// lower-case words gives the person that state.
function possessedCountry(s: Recognition, groups: Group[], gi: number, first: number, who: Resolved): Resolved {
  const { keys, doc } = s;
  const group = groups[gi + 1];
  const piece = group?.head;
  if (!group || group.start !== first || piece?.type !== 'actor' || piece.start !== first || keys[piece.end] !== "'s") return who;
  const code = codeOf(s, piece);
  if (!isBareCountry(code)) return who;
  let k = piece.end + 1;
  while (k < s.n && k - piece.end <= appositionReach && s.capital[k] === 0 && (doc.upos[k] === 'NOUN' || doc.upos[k] === 'ADJ' || hyphens.has(keys[k]!))) k++;
  // (closed by a comma, the sentence's end, or a verb of speech: "Ze Miguel, Portugal's manager told media")
  if (k === piece.end + 1 || !(keys[k] === ',' || keys[k] === '.' || s.cues.speech.has(keys[k]!)) || doc.upos[k - 1] !== 'NOUN') return who;
  return newResolved(who.id, who.gender, true, codeCountry(code!), who.role, who.name);
}

/** How many lower-case words a described occupation may run ("a senior oil economist", "executive director"). */
const occupationReach = 3;

// "analyst Daniel Lee of Drexel", "board member Michael Zapf", "James Carroll, analyst at
// PaineWebber", "Joan Goodman, an analyst with Pershing and Co": a person described by an
// occupation held where the story is (cues.occupation) and given no country otherwise is of
// the country a place or body just before the occupation names ("Tokyo analyst"), else of the
// article's home country (its most named country, or its dateline's), with the occupation's
// role. A bare name ("Richard L. Scott", an athlete) takes none: people who travel to the story
// are named without an occupation as often as with one.
function occupationCountry(s: Recognition, g: Group, who: Resolved): Resolved {
  const at = occupationBefore(s, g.start) ?? occupationAfter(s, g.end);
  if (at === undefined) return who;
  const country = placeBefore(s, at) ?? homeCountry(s, at);
  if (!country) return who;
  return newResolved(who.id, who.gender, true, country, who.role ?? (s.cues.occupation.get(s.keys[at]!) || undefined), who.name);
}

const isLowerNoun = (s: Recognition, k: number) => s.capital[k] === 0 && s.doc.upos[k] === 'NOUN';

/** How many lower-case nouns of a post may stand between a body and a name ("FBI special agent X" has one adjective too). */
const memberReach = 3;

// "FBI agent Bernard Tolbert", "ABC moderator David Muir": a body of one country named right
// before the lower-case nouns of a post before a name makes the person that country's, in the
// body's role (USACOP, USAMED). A person named there lends nothing ("Trump aide X" is an associate).
function bodyMemberCountry(s: Recognition, g: Group, who: Resolved): Resolved {
  const { doc } = s;
  let k = g.start - 1;
  while (k >= 0 && g.start - k <= memberReach && s.capital[k] === 0 && (doc.upos[k] === 'NOUN' || doc.upos[k] === 'ADJ') && doc.sentence[k] === doc.sentence[g.start]) k--;
  if (k === g.start - 1 || k < 0 || !isLowerNoun(s, g.start - 1) || doc.sentence[k] !== doc.sentence[g.start]) return who;
  const m = s.tokenMention[k]!;
  if (m < 0 || s.mentions[m]!.end !== doc.end[k]) return who;
  const id = s.mentions[m]!.actor;
  const body = s.actors.get(id);
  if (body?.kind === 'person' || body?.kind === 'state' || codeCountry(id) === id) return who;
  const country = id.includes(':') ? body?.country : codeCountry(id);
  if (!country) return who;
  // (a government's code gives no role: a capital before a post is as often the place, "Citibank's Oslo treasury head")
  const role = id.includes(':') ? body?.role : id.length > 3 ? id.slice(3, 6) : undefined;
  return newResolved(who.id, who.gender, true, country, who.role ?? (role === 'GOV' ? undefined : role), who.name);
}

/**
 * "the Russian oil group Yukos", "the French daily Le Figaro", "flag carrier Qantas", "the ruling
 * party Hamas": a name right after a lower-case noun of an organisation (cues.orgNoun) makes no
 * person of it: it is the body the dictionaries know by that name, else the organisation named so
 * before, else an organisation of the country of `code` (the qualifier's), with the noun's role.
 * Undefined when no such noun stands before the name.
 */
function describedOrganization(s: Recognition, g: Group, head: Piece, code: string | undefined): Resolved | undefined {
  const { cues, keys } = s;
  if (g.honorific || head.start === 0 || s.capital[head.start - 1] !== 0) return undefined;
  const role = cues.orgNoun.get(keys[head.start - 1]!);
  if (role === undefined) return undefined;
  const named = codeOf(s, head);
  if (named && !isBareCountry(named)) return newResolved(named, undefined, false);
  if (head.type !== 'name') return undefined;
  const recalled = s.known.get(keys, head.start, head.end);
  if (recalled && !recalled.person) return recalled;
  return newResolved(`org:${slug(pieceText(s, head))}`, undefined, false, code ? codeCountry(code) : undefined, role || undefined, pieceText(s, head));
}

/** A lower-case adjective that describes a person without making another of them ("moderate", not "new", "former", "next", "oldest"). */
function isDescribingAdjective(s: Recognition, k: number): boolean {
  const { doc, keys, cues } = s;
  if (doc.upos[k] !== 'ADJ' || s.capital[k] !== 0 || doc.xpos[k] === 'JJS' || doc.xpos[k] === 'JJR') return false;
  return !cues.unnamedModifier.has(keys[k]!) && !cues.former.has(keys[k]!) && s.tokenMention[k] === -1;
}

/** The occupation noun right before a name ("analyst Daniel Lee"), in its sentence. */
function occupationBefore(s: Recognition, start: number): number | undefined {
  const k = start - 1;
  return k >= 0 && isLowerNoun(s, k) && s.cues.occupation.has(s.keys[k]!) && s.doc.sentence[k] === s.doc.sentence[start] ? k : undefined;
}

/** The occupation noun ending a description in apposition: "X, analyst at", "X, 45, a senior economist with". */
function occupationAfter(s: Recognition, end: number): number | undefined {
  const { keys, doc } = s;
  if (keys[end] !== ',') return undefined;
  let k = end + 1;
  if (doc.upos[k] === 'NUM' && keys[k + 1] === ',') k += 2;
  if (keys[k] === 'a' || keys[k] === 'an' || keys[k] === 'the') k++;
  for (
    const first = k;
    k < s.n && k - first < occupationReach && doc.sentence[k] === doc.sentence[end] && s.capital[k] === 0 && (doc.upos[k] === 'NOUN' || doc.upos[k] === 'ADJ');
    k++
  ) {
    // the head noun of the description: the last noun of the phrase ("a trade partner", not "a partner firm")
    if (s.cues.occupation.has(keys[k]!) && !isLowerNoun(s, k + 1)) return k;
  }
  return undefined;
}

// "Tokyo analyst", "Bank of Canada economist": the country of a mention (or of a place a dateline
// taught) right before the occupation's words, when one ends there.
function placeBefore(s: Recognition, at: number): string | undefined {
  let k = at - 1;
  while (k >= 0 && k > at - occupationReach && s.capital[k] === 0 && (s.doc.upos[k] === 'NOUN' || s.doc.upos[k] === 'ADJ')) k--;
  if (k < 0 || s.doc.sentence[k] !== s.doc.sentence[at]) return undefined;
  const m = s.tokenMention[k]!;
  if (m < 0) {
    // ("an El Paso analyst" after "EL PASO, Texas -": a place the dateline taught)
    let j = k;
    while (j > 0 && s.capital[j - 1] === 1 && s.doc.sentence[j - 1] === s.doc.sentence[k]) j--;
    return s.capital[k] === 1 ? placeCountry(s, j, k + 1) : undefined;
  }
  const id = s.mentions[m]!.actor;
  return id.includes(':') ? s.actors.get(id)?.country : codeCountry(id);
}

// "the Bank of England", "the University of Tokyo": an organisation's word and "of" a country
// name one organisation of that country, not an organisation and a state.
function organizationOfCountry(s: Recognition, g: Group, next: Group | undefined, who: Resolved): Resolved | undefined {
  if (!who.id.startsWith('org:') || !next || g.agent || g.qualifier || s.keys[g.end] !== 'of' || next.start !== g.end + 1) return undefined;
  if (next.agent || next.qualifier || next.honorific || next.head?.type !== 'actor' || s.lexicon.actors[next.head.ref]!.seat) return undefined;
  const code = codeOf(s, next.head);
  if (!isBareCountry(code) || s.doc.sentence[next.start] !== s.doc.sentence[g.start]) return undefined;
  const name = s.doc.text.slice(s.doc.start[g.head!.start]!, s.doc.end[next.end - 1]!);
  return newResolved(`org:${slug(name)}`, undefined, false, code, who.role, name);
}

/** A party: a name ending in "party", or a dictionary actor coded as one (PTY). */
function isParty(s: Recognition, piece: Piece): boolean {
  if (piece.type === 'name') return s.keys[piece.end - 1] === 'party';
  return codeOf(s, piece)?.slice(3, 6) === partyRole;
}

function partyMember(s: Recognition, who: Resolved, party: Piece, token: number): Resolved {
  const country = codeCountry(codeOf(s, party) ?? '') ?? homeCountry(s, token);
  return country ? newResolved(who.id, who.gender, true, country, partyRole, who.name) : who;
}

/** A group that is one capitalised word and nothing else ("Cook", "Maddow"). */
function isLoneName(g: Group): boolean {
  return g.head?.type === 'name' && g.head.end - g.head.start === 1 && !g.agent && !g.qualifier && !g.honorific && !g.of;
}

// "Clinton: I support statehood" in a headline, the body naming "Hillary Clinton": a lone word
// that named no one where it stood is the person the article names in full anywhere, by the
// surname or by the given name when one person's full name opens with it ("Hillary said").
function namedLater(s: Recognition, lone: Group[], unnamed: Group[]): void {
  let added = false;
  for (const g of lone) {
    const head = g.head!;
    let who = s.known.get(s.keys, head.start, head.end);
    // "Hillary said no" where the article names Hillary Clinton: the one person whose full name
    // opens with the word, as the subject of a verb only ("on Twitter" names no "Twitter Quell";
    // "calling Saddam's execution illegal" was read as a phone call to him by the events stage)
    if (!who?.person && !writtenLowerCase(s, head.start) && subjectOfVerb(s, head.start)) who = s.known.byFirstWord(s.keys, head.start);
    if (!who?.person) who = loneSource(s, head);
    if (!who) {
      unnamed.push(g);
      continue;
    }
    emit(s, g.start, g.end, who, false, head);
    added = true;
  }
  // "WikiLeaks wasn't happy", "When PolitiFact examined the statement" where the article reads
  // the same word as an organisation elsewhere ("WikiLeaks said", "according to PolitiFact"):
  // that organisation, wherever the word stands (not a word also written in lower case).
  for (const g of unnamed) {
    const head = g.head!;
    const id = `org:${slug(pieceText(s, head))}`;
    const organization = s.actors.get(id);
    if (writtenLowerCase(s, head.start)) continue;
    if (organization) emit(s, g.start, g.end, newResolved(id, undefined, false, organization.country, organization.role), false, head);
    else if (staffOrDocumentAfter(s, g)) emit(s, head.start, head.end, newResolved(id, undefined, false), false, head);
    else continue;
    added = true;
  }
  if (!added) return;
  s.personMentions.sort((a, b) => a.token - b.token);
  indexMentions(s);
}

// "a Twitter spokesman", "the Gawker employee", "Facebook officials", "a new Gallup poll": a
// name right before a lower-case noun of someone who speaks or works for a body (speaks-for,
// staff) or of a document one issues (issued, but a campaign: "the Rubio campaign" is a
// candidate's) is the name of the body that employs them or issued it. Not a capitalised word
// opening a sentence that is a common word ("Union leaders", "Church officials").
function staffOrDocumentAfter(s: Recognition, g: Group): boolean {
  const { keys, doc, cues } = s;
  const noun = g.end;
  const word = keys[noun];
  if (word === undefined || s.capital[noun] !== 0 || doc.upos[noun] !== 'NOUN' || doc.sentence[noun] !== doc.sentence[g.start]) return false;
  if (!(cues.speaksFor.has(word) || cues.staff.has(word) || (cues.issued.has(word) && !campaignNouns.has(word)))) return false;
  // (no noun of a body: "Union leaders", "Party officials"; and a word opening the sentence is a
  // name only when the article writes it capitalised elsewhere too: "Church leaders said")
  for (let k = g.head!.start; k < g.head!.end; k++) if (cues.body.has(keys[k]!) || cues.orgNoun.has(keys[k]!)) return false;
  // (nor an adjective: "Democratic officials" are a party's, "Republican leaders")
  if (doc.upos[g.head!.end - 1] === 'ADJ') return false;
  const first = g.head!.start;
  return !sentenceStart(doc, first) || capitalisedElsewhere(s, first);
}

/** Whether the word of token k stands capitalised elsewhere in the article, not opening a sentence. */
function capitalisedElsewhere(s: Recognition, k: number): boolean {
  for (let j = 0; j < s.n; j++) if (j !== k && s.keys[j] === s.keys[k] && s.capital[j] === 1 && !sentenceStart(s.doc, j)) return true;
  return false;
}
/** Nouns of issued things that a person runs as often as a body: a name before them may be a candidate's. */
const campaignNouns = new Set(['campaign', 'camp']);

function subjectOfVerb(s: Recognition, k: number): boolean {
  const verb = s.doc.head[k]!;
  return relationIs(s.doc.deprel[k]!, 'nsubj') && verb >= 0 && (s.doc.upos[verb] === 'VERB' || s.doc.upos[verb] === 'AUX');
}

// "Hillary said", "Politico reported", "according to Statista": a lone capitalised word that is
// the source of speech (the subject of a verb of speech, or after "according to") is the person
// whose full name opens with it, when the article names one, else an organisation (a paper, a
// firm: people are introduced by their full names). Words the article also writes in lower case
// are common words.
function loneSource(s: Recognition, head: Piece): Resolved | undefined {
  if (speakerLabel(s, head)) return newResolved(`person:${slug(pieceText(s, head))}`, undefined, true);
  if (!speechSource(s, head.start) || writtenLowerCase(s, head.start)) return undefined;
  // ("Critics say": a noun of people opening a sentence is no name; speakingSources reads it)
  if (head.end - head.start === 1 && sentenceStart(s.doc, head.start) && s.cues.source.has(s.keys[head.start]!)) return undefined;
  // ("Hundreds of Chilean troops attacked", "Thousands of protesters said": a common word opening a
  // sentence before "of" is a number or part of those named after it, not a name)
  if (head.end - head.start === 1 && sentenceStart(s.doc, head.start) && s.keys[head.end] === 'of' && s.cues.commonWord.has(s.keys[head.start]!)) return undefined;
  const person = s.known.byFirstWord(s.keys, head.start);
  return person ?? newResolved(`org:${slug(pieceText(s, head))}`, undefined, false);
}

// "WALLACE: Governor, I don't want to interrupt": a word in capitals opening a line or a sentence
// before a colon is the speaker label of a transcript.
function speakerLabel(s: Recognition, head: Piece): boolean {
  const { doc, keys } = s;
  if (keys[head.end] !== ':' || !isCapitals(doc.value[head.start]!)) return false;
  const before = head.start > 0 ? doc.text.slice(doc.end[head.start - 1]!, doc.start[head.start]!) : '\n';
  return sentenceStart(doc, head.start) || before.includes('\n') || keys[head.start - 1] === '"';
}

/** Whether a name of several words is the source of speech: before or after its words, or one of them the subject of a verb of speech. */
function namedSource(s: Recognition, head: Piece): boolean {
  if (head.end - head.start < 2 || allCommonWords(s, head)) return false;
  if (speechSource(s, head.start)) return true;
  const { keys, doc, cues } = s;
  for (let k = head.start; k < head.end; k++) {
    const verb = doc.head[k]!;
    if (verb >= 0 && (verb < head.start || verb >= head.end) && relationIs(doc.deprel[k]!, 'nsubj') && cues.speech.has(keys[verb]!)) return true;
  }
  return false;
}

function speechSource(s: Recognition, k: number): boolean {
  const { keys, doc, cues } = s;
  // "according to (the) X", "reported by (the) X"
  const before = keys[k - 1] === 'the' ? k - 2 : k - 1;
  if (followsAccordingTo(keys, before + 1)) return true;
  if (keys[before] === 'by' && cues.speech.has(keys[before - 1] ?? '')) return true;
  const verb = doc.head ? doc.head[k]! : -1;
  if (verb >= 0 && relationIs(doc.deprel[k]!, 'nsubj') && cues.speech.has(keys[verb]!)) return true;
  // (the parse may hang the name elsewhere: "Forbes says it is $4.5 billion")
  return cues.speech.has(keys[k + 1] ?? '') && (doc.pos[k + 1] === 'VERB' || doc.upos[k + 1] === 'VERB');
}

const acronymWord = /^\p{Lu}[\p{Lu}\d&]{1,6}$/u;

// "Democratic Alliance (DA)": the token of an acronym in brackets right after a group whose
// head is a name or an organisation, or -1. A dictionary acronym keeps its own code.
function definedAcronym(s: Recognition, g: Group): number {
  const { keys, doc } = s;
  if (!g.head || keys[g.end] !== '(' || keys[g.end + 2] !== ')' || g.end + 2 >= s.n) return -1;
  const at = g.end + 1;
  return acronymWord.test(doc.value[at]!) && s.tokenIds[at]! < 0 ? at : acronymIfUnknown(s, at);
}

function acronymIfUnknown(s: Recognition, at: number): number {
  return acronymWord.test(s.doc.value[at]!) && !s.lexicon.actorTrie.match(s.tokenIds, at, at + 1) ? at : -1;
}

// Every later use of an acronym the article defined ("the YPG") names the same actor; the
// acronym in the defining brackets does too.
function acronymMentions(s: Recognition): Mention[] {
  const out: Mention[] = [];
  if (!s.acronyms.size) return out;
  const { doc, tokenMention, n } = s;
  for (let k = 0; k < n; k++) {
    if (tokenMention[k] !== -1) continue;
    const who = s.acronyms.get(doc.value[k]!);
    if (!who) continue;
    out.push({ start: doc.start[k]!, end: doc.end[k]!, text: doc.value[k]!, actor: who.id });
  }
  return out;
}

/** Lower-case words inside a name that its acronym skips ("Organization of Security and Cooperation in Europe"). */
const acronymSkips = new Set(['of', 'and', 'for', 'the', 'in', 'on', '&']);

// "the Organization of Security and Cooperation in Europe (OSCE)": a name whose capitalised words
// spell a known acronym in brackets right after it is the acronym's actor, whatever a dictionary
// reads in its words ("Organization" alone is a Palestinian group in Phoenix, "Europe" a region).
function namesOfKnownAcronyms(s: Recognition): void {
  const { doc, keys, tokenMention, mentions, n } = s;
  for (let k = 2; k + 2 < n; k++) {
    if (keys[k] !== '(' || keys[k + 2] !== ')' || !acronymWord.test(doc.value[k + 1]!)) continue;
    const acronym = tokenMention[k + 1]!;
    if (acronym < 0 || mentions[acronym]!.actor.startsWith('org:')) continue;
    const letters = doc.value[k + 1]!;
    // back over the name: capitalised words spell the acronym from its end
    let start = k;
    let spelled = letters.length;
    for (let t = k - 1; t >= 0 && spelled > 0; t--) {
      if (s.capital[t] === 1 && doc.value[t]![0] === letters[spelled - 1]) {
        spelled--;
        start = t;
      } else if (!acronymSkips.has(keys[t]!)) break;
    }
    // (a treaty or an event the acronym also names is no actor: "the South Asia Free Trade Agreement (SAFTA)")
    if (spelled > 0 || k - start < 2 || s.cues.thing.has(keys[k - 1]!)) continue;
    if (keys[start - 1] === 'the') start--;
    const from = doc.start[start]!;
    const to = doc.end[k - 1]!;
    const inside = mentions.filter((m) => m.start < to && m.end > from);
    const who = mentions[acronym]!.actor;
    // a name the dictionaries know whole keeps its own code ("the Southern African Development
    // Community (SADC)"), not one read as an unknown organisation of its own words ("International
    // Coffee Organistion (ICO)", misspelt)
    if (inside.length === 1 && !inside[0]!.actor.startsWith('org:') && inside[0]!.start <= doc.start[keys[start] === 'the' ? start + 1 : start]! && inside[0]!.end === to) continue;
    // only words of the name: a mention reaching outside it is left alone
    if (inside.some((m) => m.start < from || m.end > to)) continue;
    for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
    mentions.push({ start: from, end: to, text: doc.text.slice(from, to), actor: who });
    // the actors only those words stood for are no longer named
    for (const m of inside) if (!mentions.some((other) => other.actor === m.actor)) s.actors.delete(m.actor);
    // the next acronym reads tokenMention: it must index the mentions as they are now
    indexMentions(s);
  }
}

const romanNumeral = /^[IVXLC]+$/;

// "The NRA said", "the SVP sponsored a referendum", "DNC issues apology", "the rights group
// NARAL": a word in capitals that no dictionary knows and the article does not define, after
// "the" (and before no noun: "the GOP candidate"), as the subject of a verb or after a noun of an
// organisation (name-cues org-noun), is an organisation. Capitals that name no body ("GDP",
// "CEO", "TV") are listed in name-cues.txt (not-organization).
function unknownAcronyms(s: Recognition): void {
  const { doc, keys, tokenMention, tokenIds, n, cues } = s;
  const { actorTrie, agentTrie } = s.lexicon;
  let added = false;
  for (let k = 0; k < n; k++) {
    const v = doc.value[k]!;
    if (tokenMention[k] !== -1 || !acronymWord.test(v) || romanNumeral.test(v) || cues.notOrganization.has(keys[k]!)) continue;
    if (actorTrie.match(tokenIds, k, k + 1) || agentTrie.match(tokenIds, k, k + 1)) continue;
    // (a transcript's speaker label, "WALLACE:", and a name in capitals are people, not acronyms)
    if (keys[k + 1] === ':' || s.capital[k + 1] === 1 || s.capital[k - 1] === 1 && keys[k - 1] !== 'the') continue;
    const next = doc.upos[k + 1];
    const definite = keys[k - 1] === 'the' && next !== 'NOUN' && next !== 'PROPN';
    // ("the abortion rights group NARAL": after a noun of an organisation in lower case, which a
    // later "the group" repeats)
    const described = k > 0 && s.capital[k - 1] === 0 && tokenMention[k - 1] === -1 ? cues.orgNoun.get(keys[k - 1]!) : undefined;
    if (described !== undefined) {
      emit(s, k - 1, k + 1, newResolved(`org:${slug(v)}`, undefined, false, undefined, described || undefined, v), false, newPiece('name', k, k + 1, -1));
      added = true;
      continue;
    }
    if (!definite && !relationIs(doc.deprel[k]!, 'nsubj')) continue;
    emit(s, definite ? k - 1 : k, k + 1, newResolved(`org:${slug(v)}`, undefined, false), false, newPiece('name', k, k + 1, -1));
    added = true;
  }
  if (added) indexMentions(s);
}

// "the finance minister, Lou Jiwei": a singular role with no name of its own, a comma, then a
// bare name (no title, no role, not a dictionary actor) in the same sentence.
// A full name (two or more words) right before a verb: the subject of its clause, not the first words of a longer name.
function fullNameBeforeVerb(s: Recognition, g: Group): boolean {
  return g.head?.type === 'name' && !g.agent && !g.qualifier && !g.honorific && g.head.end - g.head.start >= 2 && g.end === g.head.end && s.doc.pos[g.end] === 'VERB' && s.doc.sentence[g.end] === s.doc.sentence[g.start];
}

function namedAfterRole(s: Recognition, g: Group, next: Group | undefined, placed = false): Group | undefined {
  if (!next || !g.agent || g.head || g.honorific || s.lexicon.agents[g.agent.ref]!.plural) return undefined;
  if (next.agent || next.qualifier || next.honorific || next.of || next.head?.type !== 'name') return undefined;
  // ("First Minister of Scotland Nicola Sturgeon": a capitalised title of office of a state names
  // the full name right after it, with no comma)
  const titled = g.of !== undefined && isBareCountry(codeOf(s, g.of)) && next.start === g.end && g.agent.start >= 0 && s.capital[g.agent.start] === 1 && next.head.end - next.head.start >= 2 && !s.keys.slice(next.head.start, next.head.end).some((w) => s.cues.organization.has(w));
  if (!titled && (s.keys[g.end] !== ',' || next.start !== g.end + 1)) return undefined;
  if (s.doc.sentence[g.end] !== s.doc.sentence[next.start]) return undefined;
  if (g.agent.start < 0 || (endsWithPreposition(s, g.agent) && !g.of && !placed)) return undefined;
  return next;
}

// "Terence Conran, a British designer", "Mara Quellin, the Norwegian novelist": a bare name, a
// comma, an article, then a demonym with no title of office followed by a lower-case noun: the
// demonym's piece, or undefined.
function describingDemonym(s: Recognition, g: Group, next: Group | undefined): Piece | undefined {
  if (!next || g.agent || g.qualifier || g.of || g.head?.type !== 'name' || next.agent || next.qualifier || next.honorific || !next.head) return undefined;
  const { keys, doc } = s;
  const article = g.end + 1;
  if (keys[g.end] !== ',' || !(keys[article] === 'a' || keys[article] === 'an' || keys[article] === 'the') || next.start !== article + 1) return undefined;
  if (next.end >= s.n || s.capital[next.end] === 1 || (doc.pos[next.end] !== 'NOUN' && doc.pos[next.end] !== 'ADJ')) return undefined;
  const probe: Group = { start: next.start, end: next.end, head: next.head, former: false };
  return isDemonymBefore(s, probe, g.head) ? next.head : undefined;
}

// "Qasem Soleimani, head of Iran's Quds Force,", "X, a member of the French parliament": a name,
// a comma, a noun of a role in a body (cues.leads) and "of" a state's name or demonym: the state.
function ledState(s: Recognition, g: Group, next: Group | undefined): Piece | undefined {
  if (!next || g.agent || g.qualifier || g.of || g.head?.type !== 'name' || next.honorific) return undefined;
  // "of Iran's Quds Force" ("Iran" a name of its own), "of Norway's coast guard" (a group Norway qualifies)
  const state = next.head?.type === 'actor' ? next.head : next.qualifier?.type === 'actor' ? next.qualifier : undefined;
  if (!state || !isBareCountry(codeOf(s, state))) return undefined;
  const { keys } = s;
  let k = g.end;
  if (keys[k] !== ',') return undefined;
  k++;
  if (isArticle(s, k)) k++;
  if (!s.cues.leads.has(keys[k]!) || keys[k + 1] !== 'of') return undefined;
  k += 2;
  if (keys[k] === 'the') k++;
  return k === next.start ? state : undefined;
}

type PronounKind = Gender | 'plural' | 'relative' | 'which' | 'neuter';

/** The pronoun cues by token id, so that the pronoun pass asks a typed array at most tokens. */
type PronounTable = {
  vocabulary: TokenVocabulary;
  size: number;
  /** token id -> 1 + index into kinds, 0 for no pronoun */
  byId: Uint8Array;
  kinds: PronounKind[];
  /** some pronoun has no token id: tokens without one are looked up by key */
  outside: boolean;
};
const pronounTables = new WeakMap<NameCues, PronounTable>();

function pronounTable(cues: NameCues, vocabulary: TokenVocabulary): PronounTable {
  let table = pronounTables.get(cues);
  if (table && table.vocabulary === vocabulary && table.size === vocabulary.size) return table;
  const size = vocabulary.size;
  table = { vocabulary, size, byId: new Uint8Array(size), kinds: [], outside: false };
  for (const [key, kind] of cues.pronoun) {
    const id = vocabulary.find(key);
    if (id < 0) {
      table.outside = true;
      continue;
    }
    let k = table.kinds.indexOf(kind);
    if (k < 0) k = table.kinds.push(kind) - 1;
    table.byId[id] = k + 1;
  }
  pronounTables.set(cues, table);
  return table;
}

function compatible(c: PersonMention, kind: Gender | undefined): boolean {
  const gender = c.gender ?? c.who.gender ?? c.who.nameGender;
  return !kind || !gender || gender === kind;
}

// "Karl Otto Poehl met Angela Merkel. She said": a person named with a given name that says a
// gender (the first name word of a mention, before a surname) is of that gender for the
// pronouns; a person whose mentions' given names disagree is of neither. Nor are people who
// share a surname with someone else the article names ("Bill Clinton", "Hillary Clinton"): a
// lone "Clinton" may stand for either, whichever the name pass chose.
function genderGivenNames(s: Recognition): void {
  const { keys, cues, capital, lexicon, tokenIds } = s;
  if (!cues.givenName.size) return;
  const genders = new Map<string, Gender | null>();
  const bySurname = new Map<string, string>();
  for (const m of s.personMentions) {
    let k = m.token;
    while (k < m.end && (capital[k] !== 1 || cues.honorific.has(keys[k]!) || cues.titleWord.has(keys[k]!) || lexicon.agentTrie.match(tokenIds, k, m.end) !== undefined)) k++;
    // (a given name is followed by more of the name: a lone "Jordan" may be a surname)
    if (k + 1 >= m.end || capital[k + 1] !== 1) continue;
    const surname = keys[m.end - 1]!;
    const namesake = bySurname.get(surname);
    if (namesake === undefined) bySurname.set(surname, m.who.id);
    else if (namesake !== m.who.id) {
      genders.set(namesake, null);
      genders.set(m.who.id, null);
    }
    const gender = cues.givenName.get(keys[k]!);
    if (!gender) continue;
    // ("Hillary Clinton" is a she, though a lone "Clinton" may be her husband)
    m.gender = gender;
    agreeGender(genders, m.who.id, gender);
  }
  for (const m of s.personMentions) m.who.nameGender = genders.get(m.who.id) ?? undefined;
  titleGenders(s);
}

// "The moment that Kashiya Nwanguma held up her signs ... she said. ... Ms. Nwanguma was shocked":
// the gender a title gives a person ("Ms.", "Mr.") holds for all of the person's mentions in
// the article, before and after it, unless titles disagree.
function titleGenders(s: Recognition): void {
  const titled = new Map<string, Gender | null>();
  for (const m of s.personMentions) {
    if (m.who.gender) agreeGender(titled, m.who.id, m.who.gender);
  }
  for (const m of s.personMentions) m.who.gender ??= titled.get(m.who.id) ?? undefined;
}

/** Record a gender said of a person: kept while every saying agrees, null once two disagree. */
function agreeGender(genders: Map<string, Gender | null>, id: string, gender: Gender): void {
  const before = genders.get(id);
  genders.set(id, before === undefined || before === gender ? gender : null);
}

/** How many sentences back he/she looks for the nearest person, and for the only one. */
const pronounReach = 2;
const onlyPersonReach = 5;

// "Halvard Tenmark ... [three sentences without a person] ... he said": further back than the
// nearest reach, a pronoun stands for the only person of its gender named there (index into seen, or -1).
function onlyCandidate(
  s: Recognition,
  seen: PersonMention[],
  pronoun: number,
  kind: Gender | undefined,
  outside: boolean,
  quoted: Uint8Array,
  distance: (from: number, to: number) => number,
  barred?: (m: PersonMention) => boolean,
): number {
  const sentence = s.doc.sentence[pronoun]!;
  let at = -1;
  for (let k = seen.length - 1; k >= 0; k--) {
    const c = seen[k]!;
    if (distance(c.sentence, sentence) > onlyPersonReach) break;
    if ((outside && quoted[c.token] === 1) || !compatible(c, kind) || subjectOfSameVerb(s, pronoun, c.token, c.end) || barred?.(c)) continue;
    if (at >= 0 && seen[at]!.who.id !== c.who.id) return -1;
    at = k;
  }
  return at;
}

// --- 4. pronouns, in one pass over the tokens:
//   he/she/his/her: the nearest earlier person of a compatible gender, at most two
//     sentences back (a resolved pronoun keeps the chain going: "Trump said... He added...");
//     further back, the only person of that gender named in the last five sentences;
//   who: the person mention just before it ("Ted Cruz, who ...");
//   they/their: the nearest group named by a plural role ("Ukrainian troops") in this
//     or the previous sentence.
function resolvePronouns(s: Recognition): Mention[] {
  const { doc, keys, cues, personMentions, groupMentions, tokenMention, tokenIds, n } = s;
  const { byId, kinds, outside } = pronounTable(cues, s.lexicon.vocabulary);
  const extra: Mention[] = [];
  // tokens of people and of plural groups: "it" stands for neither
  const quoted = quotedTokens(s);
  // '"... [three sentences of quotation] ...," he said': outside quotation marks, sentences wholly
  // inside them do not count toward how far back a pronoun looks
  const rank = narrativeRank(s, quoted);
  const narrative = (from: number, to: number) => rank[to]! - rank[from]!;
  const plain = (from: number, to: number) => to - from;
  const notState = new Uint8Array(n);
  for (const m of personMentions) notState.fill(1, m.token, m.end);
  for (const m of groupMentions) notState.fill(1, m.token, m.end);
  let p = 0;
  let q = 0;
  const seen: PersonMention[] = [];
  let lastGroup: GroupMention | undefined;
  let groupBefore: GroupMention | undefined;
  /** the plural pronouns resolved so far, by token, with the group each stands for */
  const plurals = new Map<number, GroupMention>();
  /** a pronoun made a group's latest mention -> the named mention it stands for */
  const standsFor = new Map<GroupMention, GroupMention>();
  let mi = 0;
  let lastState: { id: string; sentence: number } | undefined;
  // The person a pronoun (at token `at`, the word the parse relates: `head`) or a description
  // without gender stands for, among those seen so far.
  // (`spokenOf`: people a speaking pronoun's own words name, never whom it stands for)
  const nearestPerson = (
    at: number,
    head: number,
    kind: Gender | undefined,
    barred?: (m: PersonMention) => boolean,
    spokenOf?: (m: PersonMention) => boolean,
  ): PersonMention | undefined => {
    const excluded = (m: PersonMention) => barred?.(m) === true || spokenOf?.(m) === true;
    const sentence = doc.sentence[at]!;
    // '"... Karl Poehl ...," she said': a pronoun outside quotation marks is nobody named
    // inside them (above all not in the quotation it introduces)
    const outside = quoted[at] === 0;
    const distance = outside ? narrative : plain;
    let found = -1;
    for (let k = seen.length - 1; k >= 0; k--) {
      if (distance(seen[k]!.sentence, sentence) > pronounReach) break;
      if (
        !(outside && quoted[seen[k]!.token] === 1) &&
        compatible(seen[k]!, kind) &&
        !subjectOfSameVerb(s, head, seen[k]!.token, seen[k]!.end) &&
        !excluded(seen[k]!)
      ) {
        found = k;
        break;
      }
    }
    // "Mitsotakis met Trump, where he denounced the deal": the subject of a clause that holds
    // the pronoun's clause comes before the nearest name (never for a description: see describedPerson)
    const governing = barred ? -1 : governingPerson(s, seen, head, kind, outside, quoted);
    if (governing >= 0 && !spokenOf?.(seen[governing]!)) found = governing;
    // ("While Will praised Trump's appeal, he warned": the main clause's subject continues the subject of a clause opening its sentence)
    const leading = barred ? -1 : leadingClauseSubject(s, seen, head, kind, outside, quoted);
    if (leading >= 0 && !spokenOf?.(seen[leading]!)) found = leading;
    // A pronoun opening a sentence usually continues its subject: in "Johnson ran
    // against Jeremy Hunt, who ... He won", "He" is Johnson, the first person of the
    // sentence the nearest candidate is in.
    // ('"You'd have to be insane," he said': so does one that opens the narrative after a quotation)
    const afterQuote = outside && afterQuotation(s, at, quoted);
    // ("Chris Collins, a Trump supporter, said Trump strategists plan to ... Outright victory is
    // vital, he said": a pronoun that speaks, wherever in its sentence, continues the speaker too)
    const speaking = outside && !barred && speechSource(s, at);
    // ("Then he cut into Bush", "In Ohio, she said": the subject of the sentence's main clause after an opening phrase is one too)
    const opening = sentenceStart(doc, at) || mainSubject(s, at);
    if (found >= 0 && (opening || afterQuote || speaking) && seen[found]!.sentence < sentence) {
      const before = seen[found]!.sentence;
      let first = found;
      for (let k = found - 1; k >= 0 && seen[k]!.sentence === before; k--) {
        if (!(outside && quoted[seen[k]!.token] === 1) && compatible(seen[k]!, kind) && !excluded(seen[k]!)) first = k;
      }
      // ('Texas Commerce will keep its name, Love said. "...," he said': after a quotation, the
      // one that sentence gives words to, when it gives some)
      let speaker = -1;
      if (afterQuote || speaking) {
        for (let k = first; k < seen.length && seen[k]!.sentence === before; k++) {
          const m = seen[k]!;
          if (!(quoted[m.token] === 1) && compatible(m, kind) && !excluded(m) && speaks(s, m)) {
            speaker = k;
            break;
          }
        }
      }
      // (a pronoun inside its sentence continues only a speaker: else the nearest person)
      if (speaker >= 0) found = speaker;
      else if (opening || afterQuote) found = first;
    }
    if (found < 0) found = onlyCandidate(s, seen, head, kind, outside, quoted, distance, barred || spokenOf ? excluded : undefined);
    return found >= 0 ? seen[found] : undefined;
  };
  // A description names no one who is the subject of a clause above it: in "Morris says the
  // candidate has always run a lean campaign" the candidate is not Morris (as "he" could be).
  // (`others`: people the description's words say it is not)
  const describedPerson = (head: number, others: ReadonlySet<string>): PersonMention | undefined => {
    const commanding = subjectsAbove(s, head);
    // (by person: "His campaign manager, Jeff Weaver, says the candidate ..." bars both mentions of Weaver)
    const barred = new Set(seen.filter((m) => commanding.some((t) => t >= m.token && t < m.end)).map((m) => m.who.id));
    for (const id of others) barred.add(id);
    return nearestPerson(head, head, undefined, (m) => barred.has(m.who.id));
  };
  // "Perry praised Cruz. The former governor dismissed ...": descriptions of a person, by their first token
  const broughtInUnnamed = unnamedIntroductions(s);
  const descriptions = new Map(personDescriptions(descriptionInput(s), (k) => isSingularRole(s, k)).map((d) => [d.start, d]));
  for (let i = 0; i < n; i++) {
    while (mi < s.mentions.length && s.mentions[mi]!.start < doc.start[i]!) {
      const m = s.mentions[mi++]!;
      if (m.actor.length === 3 && codeCountry(m.actor)) lastState = { id: m.actor, sentence: doc.sentence[tokenEndingAfter(doc, m.start)]! };
    }
    // "Turkey ... the country's long shoreline": "the country" or "the nation" stands for the
    // state named last, in this sentence or the two before
    if (
      lastState &&
      (keys[i] === 'country' || keys[i] === 'nation') &&
      i > 0 &&
      keys[i - 1] === 'the' &&
      tokenMention[i] === -1 &&
      tokenMention[i - 1] === -1
    ) {
      if (doc.sentence[i]! - lastState.sentence <= 2)
        extra.push({ start: doc.start[i - 1]!, end: doc.end[i]!, text: doc.text.slice(doc.start[i - 1]!, doc.end[i]!), actor: lastState.id });
      continue;
    }
    while (p < personMentions.length && personMentions[p]!.token <= i) seen.push(personMentions[p++]!);
    while (q < groupMentions.length && groupMentions[q]!.token <= i) {
      groupBefore = lastGroup;
      lastGroup = groupMentions[q++]!;
    }
    const description = descriptions.get(i);
    if (description) {
      // "the governor" after "Gov. Rick Perry" and "Gov. John Kasich": of those introduced with
      // the role, the one the text came back to last (else the last introduced); a role brought
      // in unnamed since ("a judge in Ohio") is no one named; with neither, as "he" or "she"
      // would, the nearest person of either gender
      const word = keys[description.head]!;
      const all = introducedBefore(s, word, i);
      const lastNamed = all.length ? all[all.length - 1]!.token : -1;
      const unnamed = (broughtInUnnamed.get(word) ?? []).some((k) => k > lastNamed && k < i);
      // ("the Democratic nominee" is none of those introduced as the Republican one: with no one
      // introduced in its capitalised words, the nearest person but them)
      const capitalised: string[] = [];
      for (let k = i + 1; k < description.head; k++) if (s.capital[k] === 1) capitalised.push(keys[k]!);
      const introduced = all.filter((one) => capitalised.every((w) => one.words.has(w)));
      const ids = new Set(introduced.map((one) => one.who.id));
      const others = new Set(all.filter((one) => !ids.has(one.who.id)).map((one) => one.who.id));
      // (the description continues the chain as a name would: "The governor said he ...")
      let named: PersonMention | undefined;
      for (let k = seen.length - 1; k >= 0 && !named && ids.size; k--) if (ids.has(seen[k]!.who.id)) named = seen[k];
      const known = unnamed ? undefined : (named?.who ?? introduced[introduced.length - 1]?.who);
      const chosen = unnamed ? undefined : known ? named : describedPerson(description.head, others);
      const who = known ?? chosen?.who;
      if (who?.person) {
        const start = doc.start[i]!;
        const end = doc.end[description.end - 1]!;
        const mention: Mention = { start, end, text: doc.text.slice(start, end), actor: who.id };
        if (chosen) mention.refers_to = referent(s, chosen.from, chosen.to);
        extra.push(mention);
        if (chosen) seen.push({ token: description.head, who, sentence: doc.sentence[i]!, end: description.end, from: chosen.from, to: chosen.to });
      }
      i = description.end - 1;
      continue;
    }
    if (tokenMention[i] !== -1) continue;
    const id = tokenIds[i]!;
    let kind: PronounKind | undefined;
    if (id >= 0) {
      const k = byId[id]!;
      if (k === 0) continue;
      kind = kinds[k - 1]!;
    } else {
      if (!outside) continue;
      kind = cues.pronoun.get(keys[i]!);
      if (!kind) continue;
    }
    const sentence = doc.sentence[i]!;
    let actor: string | undefined;
    /** the named mention a he/she/who/they stands for */
    let antecedent: Mention['refers_to'];
    if (kind === 'neuter') {
      // "it" stands for an actor only as the subject of a verb ("it would respond", not "it is cold")
      const it = keys[i] === 'it';
      if (!it || (doc.head && doc.head[i]! >= 0 && doc.upos[doc.head[i]!] === 'VERB' && relationIs(doc.deprel[i]!, 'nsubj')))
        actor = stateAntecedent(s, i, notState);
    } else if (kind === 'relative') {
      const last = seen[seen.length - 1];
      if (last && last.sentence === sentence && (relativeFollows(s, last.end, i) || apposedRelative(s, last.end, i))) {
        actor = last.who.id;
        antecedent = referent(s, last.from, last.to);
      } else actor = relativeAntecedent(s, i) ?? adjacentAntecedent(s, i, false);
    } else if (kind === 'which') {
      // "the National Rifle Association, which has endorsed": a thing's relative pronoun stands
      // for the noun of its clause ("which" never for a person; "that" only as the clause's
      // subject: "said on CNN that Bush has to" is a conjunction the parse may read as a pronoun)
      const found = doc.upos[i] === 'PRON' && (keys[i] === 'which' || relationIs(doc.deprel[i]!, 'nsubj')) ? (relativeAntecedent(s, i) ?? (keys[i] === 'which' ? adjacentAntecedent(s, i, true) : undefined)) : undefined;
      if (found && !(keys[i] === 'which' && found.startsWith('person:'))) actor = found;
    } else if (kind === 'plural') {
      // "They told Chinese authorities that they paid": the subject "they" of a reported clause is
      // the plural subject of the clause that reports it, not the group named last
      const above = relationIs(doc.deprel[i]!, 'nsubj') ? pluralSubjectAbove(s, i, plurals, groupMentions) : undefined;
      // "Police detained them": not the subject of the pronoun's own verb, but the group before
      const group = above ?? (lastGroup && subjectOfSameVerb(s, i, lastGroup.token, lastGroup.end) ? groupBefore : lastGroup);
      if (group && (above || (quoted[i] === 0 ? narrative : plain)(group.sentence, sentence) <= 1)) {
        actor = group.id;
        const named = standsFor.get(group) ?? group;
        antecedent = referent(s, named.token, named.end);
        plurals.set(i, group);
        // ("... that they paid smugglers to bring them": the pronoun is now the group's latest mention)
        if (group !== lastGroup) {
          const latest: GroupMention = { token: i, id: group.id, sentence, end: i + 1 };
          standsFor.set(latest, named);
          groupBefore = lastGroup;
          lastGroup = latest;
        }
      }
    } else {
      let found = nearestPerson(i, i, kind, undefined, ownWords(s, i));
      // "((Dorsa Derakhshani)) He also wanted to ...", "WALLACE: He said no": the ones a
      // transcript's labels name speak as "I" and are spoken to as "you"; its "he" is someone else
      if (found && isSpeakerLabel(s, found.from, found.to)) found = nearestPerson(i, i, kind, (m) => isSpeakerLabel(s, m.from, m.to));
      // "... because of my dad. He used to play": a person of the pronoun's gender that the text
      // names by a noun ("my dad", "her brother") after the nearest name is whom it stands for
      // (only in the sentences after the name's: "Biden, a father of two, said he" is Biden)
      // ("((Dorsa Derakhshani)) I got interested because of my dad. He used to play": "my dad"
      // after the name in the name's own sentence counts too: the name is the one saying "my")
      const nextSentence = found ? (doc.sentences[found.sentence + 1]?.firstToken ?? n) : n;
      const kinInNameSentence = found !== undefined && kinBetween(s, found.to, Math.min(nextSentence, i), kind, quoted[i] === 0 ? quoted : undefined, true);
      const chosen = found && !kinInNameSentence && !kinBetween(s, nextSentence, i, kind, quoted[i] === 0 ? quoted : undefined) ? found : undefined;
      if (chosen) {
        chosen.who.gender ??= kind;
        actor = chosen.who.id;
        seen.push({ token: i, who: chosen.who, sentence, end: i + 1, from: chosen.from, to: chosen.to });
        antecedent = referent(s, chosen.from, chosen.to);
      }
    }
    if (actor)
      extra.push(
        antecedent
          ? { start: doc.start[i]!, end: doc.end[i]!, text: doc.value[i]!, actor, refers_to: antecedent }
          : { start: doc.start[i]!, end: doc.end[i]!, text: doc.value[i]!, actor },
      );
  }
  return extra;
}

/**
 * Per sentence, how many sentences before it are not wholly inside quotation marks (every word
 * quoted); the distance between two sentences in it skips the quoted ones.
 */
function narrativeRank(s: Recognition, quoted: Uint8Array): Int32Array {
  const { doc } = s;
  const rank = new Int32Array(doc.sentences.length + 1);
  for (let si = 0; si < doc.sentences.length; si++) {
    const sentence = doc.sentences[si]!;
    let wholly = true;
    let words = 0;
    for (let k = sentence.firstToken; k < sentence.endToken && wholly; k++) {
      if (doc.pos[k] === 'PUNCT' || doc.pos[k] === 'SYM') continue;
      words++;
      if (quoted[k] === 0) wholly = false;
    }
    rank[si + 1] = rank[si]! + (wholly && words > 0 ? 0 : 1);
  }
  return rank;
}

/** Whether a person mention is the source of speech (the subject of a verb of speech, "according to" it). */
function speaks(s: Recognition, m: PersonMention): boolean {
  for (let k = m.token; k < m.end; k++) if (speechSource(s, k)) return true;
  return false;
}

/** Whether only a quotation (and its punctuation) stands before token `at` in its sentence: '"...," he said'. */
function afterQuotation(s: Recognition, at: number, quoted: Uint8Array): boolean {
  const { doc } = s;
  const first = doc.sentences[doc.sentence[at]!]!.firstToken;
  let words = 0;
  for (let k = first; k < at; k++) {
    if (quoted[k] === 1) words++;
    else if (doc.upos[k] !== 'PUNCT') return false;
  }
  return words > 0;
}

/** refers_to of a resolved mention: the span and words of the named mention [from, to) it stands for. */
function referent(s: Recognition, from: number, to: number): Mention['refers_to'] {
  const { doc } = s;
  const start = doc.start[from]!;
  const end = doc.end[to - 1]!;
  return { start, end, name: doc.text.slice(start, end) };
}

/**
 * 1 for the tokens inside quotation marks: curly and newswire marks open and close, straight
 * double marks toggle, and a paragraph break ends an open quotation.
 */
function quotedTokens(s: Recognition): Uint8Array {
  const { doc, n } = s;
  const quoted = new Uint8Array(n);
  let open = false;
  for (let k = 0; k < n; k++) {
    const v = doc.value[k]!;
    if (k > 0 && open && doc.text.slice(doc.end[k - 1]!, doc.start[k]!).includes('\n\n')) open = false;
    // ("''You'd have to be insane,'' he said": two apostrophes, read as one mark, open or close as the tagger says)
    if (v === "'" && k + 1 < n && doc.value[k + 1] === "'" && doc.end[k] === doc.start[k + 1]) {
      open = doc.xpos[k] === '``';
      k++;
      continue;
    }
    if (openingDoubleQuotationMarks.has(v)) open = true;
    else if (closingDoubleQuotationMarks.has(v)) open = false;
    else if (v === '"') open = !open;
    else if (open) quoted[k] = 1;
  }
  return quoted;
}

/** How many tokens an apposition between a name and its "who" may hold ("a gynecologist from Englewood, New Jersey,"). */
const appositionLength = 14;

// "Alan Berger, a gynecologist from Englewood, New Jersey, who said", "Gov. John Kasich of Ohio, a
// Republican who has refused", "Donna Rawlings, 59, of Ashton, Md., who watched": "who" after an
// apposition to the name ending at token `end` (a comma, then words with no verb, no one else's
// name and no "and"/"or") stands for the name, when its verb is singular.
function apposedRelative(s: Recognition, end: number, who: number): boolean {
  const { doc, keys, tokenMention, mentions } = s;
  if (!(keys[end] === ',' || doc.upos[end] === 'ADP') || !keys.slice(end, who).includes(',') || who - end < 2 || who - end > appositionLength) return false;
  for (let k = end + 1; k < who; k++) {
    const pos = doc.upos[k];
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PRON' || doc.xpos[k]!.startsWith('W') || keys[k] === 'and' || keys[k] === 'or' || keys[k] === '(' || dashes.has(keys[k]!)) return false;
    if (tokenMention[k] !== -1 && mentions[tokenMention[k]!]!.actor.startsWith('person:')) return false;
  }
  // (not a plural noun right before: "in Ohio, where voters who said" is theirs)
  const before = keys[who - 1] === ',' ? who - 2 : who - 1;
  if (doc.xpos[before] === 'NNS' || doc.xpos[before] === 'NNPS' || !relationIs(doc.deprel[who]!, 'nsubj')) return false;
  const verb = doc.head[who]!;
  for (let t = who + 1; t <= verb && t < doc.length; t++) if (doc.xpos[t] === 'VBP') return false;
  return true;
}

/** How many tokens a bracketed aside between a name and its "who" may hold ("(R-Wis.)"). */
const asideLength = 8;

// Whether "who" at token `who` follows right after a name ending at token `end`: next to it,
// after a comma, or past the name's place and a bracketed aside ("Ron Paul of Texas, who",
// "Sen. Ron Johnson (R-Wis.), who").
function relativeFollows(s: Recognition, end: number, who: number): boolean {
  const { keys, tokenMention } = s;
  let k = end;
  if (keys[k] === 'of' && k + 1 < who && tokenMention[k + 1] !== -1 && !s.mentions[tokenMention[k + 1]!]!.actor.startsWith('person:')) {
    const m = tokenMention[k + 1]!;
    k += 2;
    while (k < who && tokenMention[k] === m) k++;
  }
  if (keys[k] === '(') {
    let close = k + 1;
    while (close < who && close - k <= asideLength && keys[close] !== ')') close++;
    if (keys[close] !== ')') return false;
    k = close + 1;
  }
  return k === who || (k + 1 === who && keys[k] === ',');
}

// "Ted Cruz, a Texas senator, who said", "the Norwegian delegates who walked out": on the parse,
// the noun that the relative clause of "who" hangs on, when a mention covers it; or, when the
// noun is an apposition to a mention, that mention ("David Axelrod, Obama's former adviser, who",
// "Bob Mulholland, a superdelegate and Clinton supporter who").
function relativeAntecedent(s: Recognition, pronoun: number): string | undefined {
  const { head, deprel } = s.doc;
  if (!head || !deprel) return undefined;
  if (head[pronoun]! < 0) return undefined;
  // "who were detained or who fled": the first of coordinated relative clauses
  const clause = firstConjunct(s.doc, head[pronoun]!);
  if (deprel[clause] !== 'acl:relcl') return undefined;
  let noun = head[clause]!;
  if (noun < 0) return undefined;
  if (s.tokenMention[noun] === -1) {
    let up = noun;
    if (relationIs(deprel[up]!, 'conj') && head[up]! >= 0 && head[up]! < up) up = head[up]!;
    if (relationIs(deprel[up]!, 'appos') && head[up]! >= 0 && head[up]! < up) noun = head[up]!;
  }
  const m = s.tokenMention[noun]!;
  return m >= 0 ? s.mentions[m]!.actor : undefined;
}

/** What may stand between a noun and its relative pronoun: "Emanuel - who", "the European Union, which". */
const relativeGap = new Set([',', '-', '(', ...dashes]);

// "a request by The Washington Post, which argued", "nervous Democrats on Capitol Hill, who said":
// where the parse hangs the relative clause on a noun no mention covers (or on none), the mention
// right before the pronoun (past a comma, dash or bracket), or, when that mention is the object of
// a preposition, the mention before the preposition. Only as the subject of a verb right after it.
// "who" stands for a person or a group, never a bare state, a seat of government or an unknown
// organisation; "which" for no person, and only with a verb of speech (the clause says something,
// so it is about who spoke, not about a thing the parse could not place).
function adjacentAntecedent(s: Recognition, pronoun: number, which: boolean): string | undefined {
  const { keys, tokenMention, mentions, doc } = s;
  // (the pronoun's own verb right after it: "which argued", not "which he said was", "which Will claims")
  const verb = doc.head ? doc.head[pronoun]! : -1;
  if (verb <= pronoun || !relationIs(doc.deprel[pronoun]!, 'nsubj')) return undefined;
  for (let k = pronoun + 1; k < verb; k++) if ((doc.upos[k] !== 'ADV' && doc.upos[k] !== 'AUX' && doc.upos[k] !== 'PART') || s.capital[k] === 1) return undefined;
  if (which && !s.cues.speech.has(keys[verb]!)) return undefined;
  let k = pronoun - 1;
  if (k >= 0 && relativeGap.has(keys[k]!)) k--;
  if (k < 0 || tokenMention[k] === -1 || doc.sentence[k] !== doc.sentence[pronoun]) return undefined;
  let at = tokenMention[k]!;
  let first = k;
  while (first > 0 && tokenMention[first - 1] === at) first--;
  let before = first - 1;
  if (before >= 0 && isArticle(s, before)) before--;
  if (!which && before >= 1 && doc.upos[before] === 'ADP') {
    // "the senator from Massachusetts, who": the noun before the preposition
    if (tokenMention[before - 1] === -1) return undefined;
    at = tokenMention[before - 1]!;
  } else if (!which && before >= 1 && keys[before] === ',' && tokenMention[before - 1] !== -1 && mentions[tokenMention[before - 1]!]!.actor.startsWith('person:')) {
    // "Senator Bob Corker, a Tennessee Republican who": the person the apposition describes
    at = tokenMention[before - 1]!;
  }
  const id = mentions[at]!.actor;
  const person = id.startsWith('person:');
  if (which) return person ? undefined : id;
  if (!person && (isBareCountry(id) || isSeatCode(id) || id.startsWith('org:'))) return undefined;
  // (the verb's number: "candidates - like Donald Trump - who say", "voters who often seems")
  let tag: string | undefined;
  for (let t = pronoun + 1; t <= verb && !tag; t++) if (doc.xpos[t] === 'VBZ' || doc.xpos[t] === 'VBP') tag = doc.xpos[t];
  const lastTag = doc.xpos[tokenEndingAfter(doc, mentions[at]!.end - 1)];
  if (tag === 'VBP' && person) return undefined;
  if (tag === 'VBZ' && (lastTag === 'NNS' || lastTag === 'NNPS')) return undefined;
  return id;
}

/**
 * The heads of the clauses above `clause`, nearest first, at most `reach` of them: each the head
 * of the one before, climbed to only through one of `links` (a clause on a noun, acl, goes on to
 * the head of that noun's own clause). How far and through what a pronoun looks for the subject
 * it stands for depends on the pronoun; the climb is the same.
 */
function* clausesAbove(doc: Doc, clause: number, links: ReadonlySet<string>, reach: number): Generator<number> {
  const { head, deprel } = doc;
  if (!head || !deprel) return;
  for (let step = 0; clause >= 0 && step < reach && links.has(deprel[clause]!); step++) {
    let above = head[clause]!;
    // a clause on a noun: the clause that noun belongs to
    if (relationIs(deprel[clause]!, 'acl') && above >= 0) above = head[above]!;
    if (above < 0) return;
    yield above;
    clause = above;
  }
}

/** Relations of a clause to what it hangs on, through which a subject pronoun finds the subject of a clause above. */
const clauseLinks = new Set(['ccomp', 'xcomp', 'conj', 'advcl', 'acl', 'acl:relcl', 'parataxis']);

// The subject of the nearest clause above a subject pronoun's own clause, when a person of a
// compatible gender is that subject, in the same sentence and before the pronoun (index into
// seen, or -1): "Mitsotakis met Trump, where he denounced the deal" (he = Mitsotakis),
// "Merkel told Macron that she would stay" (she = Merkel), "Macron, who said he would come"
// (the relative clause's own subject "who" stands for Macron).
function governingPerson(s: Recognition, seen: PersonMention[], pronoun: number, kind: Gender | undefined, outside: boolean, quoted: Uint8Array): number {
  const { head, deprel } = s.doc;
  if (!head || !deprel || !relationIs(deprel[pronoun]!, 'nsubj')) return -1;
  const sentence = s.doc.sentence[pronoun]!;
  const personAt = (c: number): number => {
    for (let k = seen.length - 1; k >= 0 && seen[k]!.sentence === sentence; k--) {
      const m = seen[k]!;
      if (c < m.token || c >= m.end) continue;
      return (outside && quoted[m.token] === 1) || !compatible(m, kind) ? -1 : k;
    }
    return -1;
  };
  for (const above of clausesAbove(s.doc, head[pronoun]!, clauseLinks, antecedentReach)) {
    const subject = children(s.doc, above, 'nsubj')[0];
    if (subject === undefined) continue;
    if (subject > pronoun) return -1;
    // "Macron, who said he would come": the relative clause's "who" is the noun it hangs on
    if (relativePronouns.has(s.keys[subject]!) && deprel[above] === 'acl:relcl') return personAt(head[above]!);
    return personAt(subject);
  }
  return -1;
}

// "The problem with reinstating Glass-Steagall, she said, is that ...", "Outlets of Murdoch stood in
// the way, he said": a pronoun that is the subject of a verb of speech is nobody named inside the
// words that verb reports (its clausal complement, or the clause a parenthetical ", she said" hangs
// on), other than as a subject there. Undefined when the pronoun reports nothing.
function ownWords(s: Recognition, pronoun: number): ((m: PersonMention) => boolean) | undefined {
  const { doc, keys, cues } = s;
  const { head, deprel } = doc;
  if (!head || !deprel || !relationIs(deprel[pronoun]!, 'nsubj')) return undefined;
  const verb = head[pronoun]!;
  if (verb < 0 || !cues.speech.has(keys[verb]!)) return undefined;
  const sentence = doc.sentence[pronoun]!;
  // (a subject inside the reported words may be the speaker: "Ms. Nwanguma was shocked, she said",
  // "Though Ms. Olivieri has lived there for years, rents have risen, she said")
  const subject = (m: PersonMention) => {
    for (let t = m.token; t < m.end; t++) if (relationIs(deprel[t]!, 'nsubj')) return true;
    return false;
  };
  // ("If voters elect Ortiz, he said, the port closes": set off by commas, the words before it are reported, whatever the parse hangs where)
  if (keys[pronoun - 1] === ',' && verb === pronoun + 1 && keys[verb + 1] === ',') return (m) => m.sentence === sentence && m.token < pronoun && !subject(m);
  const content = children(doc, verb, 'ccomp');
  // (not a clause of its own after a semicolon: "said Delfin Lorenzana; he described the attacks as")
  if (relationIs(deprel[verb]!, 'parataxis') && head[verb]! >= 0 && keys[pronoun - 1] === ',') content.push(head[verb]!);
  if (content.length === 0) return undefined;
  // (up from the name: a reported clause's head before the verb, or the verb first)
  return (m) => {
    if (m.sentence !== sentence || subject(m)) return false;
    for (let a = m.token, step = 0; a >= 0 && step < sentenceDepth; a = head[a]!, step++) {
      if (a === verb) return false;
      if (content.includes(a)) return true;
    }
    return false;
  };
}

/**
 * "While Will praised Trump's appeal, he warned ...": for the subject pronoun of a sentence's main
 * clause, the person who is the subject of an adverbial clause opening the sentence (index into seen, or -1).
 */
function leadingClauseSubject(s: Recognition, seen: PersonMention[], pronoun: number, kind: Gender | undefined, outside: boolean, quoted: Uint8Array): number {
  if (!mainSubject(s, pronoun)) return -1;
  const doc = s.doc;
  const sentence = doc.sentence[pronoun]!;
  for (const clause of children(doc, doc.head![pronoun]!, 'advcl')) {
    if (clause > pronoun) continue;
    const subject = children(doc, clause, 'nsubj')[0];
    if (subject === undefined) continue;
    for (let k = seen.length - 1; k >= 0 && seen[k]!.sentence === sentence; k--) {
      const m = seen[k]!;
      if (subject >= m.token && subject < m.end) return (outside && quoted[m.token] === 1) || !compatible(m, kind) ? -1 : k;
    }
  }
  return -1;
}

/** Whether token t is the subject of its sentence's main clause (the root's). */
function mainSubject(s: Recognition, t: number): boolean {
  const { head, deprel } = s.doc;
  if (!head || !deprel || !relationIs(deprel[t]!, 'nsubj')) return false;
  const verb = head[t]!;
  return verb >= 0 && head[verb] === -1;
}

/** More heads than any sentence's tree is deep: a guard, not a limit. */
const sentenceDepth = 64;

/** The subjects of the clauses above token t's clause, up its chain of heads to the root of the sentence. */
function subjectsAbove(s: Recognition, t: number): number[] {
  const { head } = s.doc;
  const out: number[] = [];
  for (let above = head[t]!, step = 0; above >= 0 && step < sentenceDepth; above = head[above]!, step++) {
    for (const c of children(s.doc, above, 'nsubj')) if (c !== t) out.push(c);
  }
  return out;
}

/**
 * Whether a noun of a person of that gender lies between tokens from and to, as someone a
 * pronoun can continue: possessed ("my dad") or the subject of its clause ("A Berlin man was
 * raided"), not covered by a mention, and, for a pronoun outside quotation marks, not inside
 * them ('"... my son gave his life ...," she said'). `firstPersonOnly`: only a noun of "my"/"our".
 */
function kinBetween(s: Recognition, from: number, to: number, kind: Gender, quoted: Uint8Array | undefined, firstPersonOnly = false): boolean {
  const { doc } = s;
  for (let k = from; k < to; k++) {
    if (s.tokenMention[k] !== -1 || s.cues.kin.get(s.keys[k]!) !== kind || doc.upos[k] !== 'NOUN' || quoted?.[k] === 1) continue;
    const owners = children(doc, k, 'nmod:poss').map((p) => s.keys[p]!);
    if (firstPersonOnly ? owners.some((w) => firstPersonOwners.has(w)) : owners.length > 0 || relationIs(doc.deprel[k]!, 'nsubj')) return true;
  }
  return false;
}

/**
 * Whether tokens [from, to) are a transcript's speaker label ("((Dorsa Derakhshani))",
 * "WALLACE:"): a name that opens its paragraph, after opening brackets only, and is followed by
 * a closing bracket or a colon.
 */
function isSpeakerLabel(s: Recognition, from: number, to: number): boolean {
  const { doc } = s;
  const paragraphOf = (t: number) => doc.sentences[doc.sentence[t]!]!.paragraph;
  if (to >= doc.length || (doc.value[to] !== ')' && doc.value[to] !== ':')) return false;
  let k = from - 1;
  while (k >= 0 && doc.value[k] === '(' && paragraphOf(k) === paragraphOf(from)) k--;
  return k < 0 || paragraphOf(k) !== paragraphOf(from);
}

/** Possessives of the one speaking: "my dad" is not the speaker, whoever "I" is. */
const firstPersonOwners = new Set(['my', 'our']);

/** Relations of a clause to the clause above it through which "it" finds its subject. */
const climbs = new Set(['ccomp', 'xcomp', 'conj']);
/** How many heads up from "it" the subject that it stands for may be ("Russia said it would ..."). */
const antecedentReach = 4;

// "it"/"its" for a state or organisation, read on the parse: the subject of a clause that holds
// the pronoun's clause ("Russia said it would respond", "Iran moved its ships"), or, for a
// sentence that opens with "It", the subject of the previous sentence's main clause ("The West
// considers Hamas a terrorist group. It froze aid"). Only a subject that is a state or an
// organisation mention (not a person, not a plural group) is taken.
function stateAntecedent(s: Recognition, pronoun: number, notState: Uint8Array, person?: (id: string) => boolean): string | undefined {
  const { doc, tokenMention, mentions } = s;
  const { head, deprel } = doc;
  if (!head || !deprel) return undefined;
  const inDateline = (t: number) => {
    const dash = datelineDash(doc, doc.sentence[t]!);
    return dash >= 0 && t < dash;
  };
  const stateAt = (t: number): string | undefined => {
    const m = tokenMention[t]!;
    // "KANSAS CITY, Mo. - Butler Co said it agreed": the parser may make a dateline's place a
    // subject of the verb too; the story is filed from it, the place says nothing
    if (m < 0 || notState[t] !== 0 || inDateline(t)) return undefined;
    const actor = mentions[m]!.actor;
    // ("A spokesman said ... It still expects": a role of no country is nobody's "it")
    if (isRoleAlone(actor)) return undefined;
    // (a name read as a person only as an active subject: in "Koether being named to its board" the board is another's)
    return !actor.startsWith('person:') || (person?.(actor) && deprel[t] === 'nsubj') ? actor : undefined;
  };
  // "its ships": from the noun "its" qualifies to its verb; then up through reported or
  // coordinated clauses only ("said it would", "and it"), not adverbial ones ("after it invaded
  // Kuwait" is no act of the main clause's subject)
  let own = head[pronoun]!;
  if (own >= 0 && relationIs(deprel[pronoun]!, 'nmod:poss')) own = head[own]!;
  const clauses = own >= 0 ? [own, ...clausesAbove(doc, own, climbs, antecedentReach - 1)] : [];
  for (const t of clauses) {
    for (let c = doc.sentences[doc.sentence[t]!]!.firstToken; c < pronoun; c++) {
      if (head[c] === t && relationIs(deprel[c]!, 'nsubj')) {
        const actor = stateAt(c);
        if (actor) return actor;
      }
    }
  }
  if (!sentenceStart(doc, pronoun) || doc.sentence[pronoun] === 0) return undefined;
  const previous = doc.sentences[doc.sentence[pronoun]! - 1]!;
  for (let c = previous.firstToken; c < previous.endToken; c++) {
    const root = head[c]! >= 0 && head[head[c]!] === -1;
    if (root && relationIs(deprel[c]!, 'nsubj')) return stateAt(c);
  }
  return undefined;
}

// "American Express earlier said it has", "Lorimar said it had been reviewing": a name read as a
// person on no evidence (no title, dictionary entry, country, role, or he/she standing for it)
// that "it"/"its" stands for, as the subject of the clause above, is an organisation: its
// mentions are retyped, and the pronoun stands for it.
function namedByIt(s: Recognition): void {
  const plain = plainPersons(s);
  if (!plain.size) return;
  const { doc, keys, cues, tokenMention, n } = s;
  const notState = new Uint8Array(n);
  for (const m of s.groupMentions) notState.fill(1, m.token, m.end);
  const found = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    if (tokenMention[i] !== -1 || cues.pronoun.get(keys[i]!) !== 'neuter') continue;
    if (keys[i] === 'it' && !(doc.head[i]! >= 0 && doc.upos[doc.head[i]!] === 'VERB' && relationIs(doc.deprel[i]!, 'nsubj'))) continue;
    const id = stateAntecedent(s, i, notState, (actor) => plain.has(actor));
    if (id && plain.has(id)) found.set(id, [...(found.get(id) ?? []), i]);
  }
  if (!found.size) return;
  const extra: Mention[] = [];
  const renamed = retypeAsOrganizations(s, found.keys());
  for (const [id, pronouns] of found) {
    const org = renamed.get(id)!;
    for (const i of pronouns) extra.push({ start: doc.start[i]!, end: doc.end[i]!, text: doc.value[i]!, actor: org });
  }
  addMentions(s, extra);
}

/** People read on no evidence: no given name, title, dictionary entry, country, role or he/she for them. */
function plainPersons(s: Recognition): Set<string> {
  const plain = new Set<string>();
  const evidenced = new Set<string>();
  for (const m of s.personMentions) {
    const who = m.who;
    if (who.gender || who.country || who.role || who.name || !who.id.startsWith('person:') || titled(s, m.token, m.end)) evidenced.add(who.id);
    else plain.add(who.id);
  }
  for (const id of evidenced) plain.delete(id);
  return plain;
}

/** The people `ids` become organisations of the same name, in the actors and their mentions; the new id of each. */
function retypeAsOrganizations(s: Recognition, ids: Iterable<string>): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const id of ids) renamed.set(id, `org:${id.slice('person:'.length)}`);
  // (in place: the actors keep the order of their first mentions)
  const actors = [...s.actors.values()];
  s.actors.clear();
  for (const actor of actors) {
    const org = renamed.get(actor.id);
    if (!org) s.actors.set(actor.id, actor);
    else if (!s.actors.has(org)) s.actors.set(org, describeActor(org, actor.name));
  }
  for (const m of s.mentions) m.actor = renamed.get(m.actor) ?? m.actor;
  return renamed;
}

/** What may stand between the items of a list: a comma, "and", "or", "&". */
const listGlue = /^\s*(?:,|,?\s*(?:and|or|&))\s*$/;

// "Co-managers are Daiwa, Dillon Read, Drexel Burnham and Wertheim Schroder", "Merrill Lynch,
// Goldman Sachs and Kidder Peabody": names read as people on no evidence (nor a given name
// opening them), listed with an organisation and with no one a title, given name or country
// shows to be a person, are more organisations (firms named after their founders). "Lee of the
// Labour Party and Frederick Fung" stays: Frederick is a given name.
function listedWithOrganizations(s: Recognition): void {
  const plain = plainPersons(s);
  for (const m of s.personMentions) if (m.who.nameGender || s.cues.anyGivenName.has(s.keys[m.from]!)) plain.delete(m.who.id);
  if (!plain.size) return;
  const { mentions, actors, doc } = s;
  const found = new Set<string>();
  for (let i = 0; i < mentions.length; ) {
    // the run of mentions [i, j) joined only by list glue
    let j = i + 1;
    while (j < mentions.length && listGlue.test(doc.text.slice(mentions[j - 1]!.end, mentions[j]!.start))) j++;
    if (j - i >= 2) {
      const run = mentions.slice(i, j);
      const kindOf = (id: string) => actors.get(id)?.kind;
      const organization = run.some((m) => kindOf(m.actor) === 'organization');
      const person = run.some((m) => kindOf(m.actor) === 'person' && !plain.has(m.actor));
      if (organization && !person) for (const m of run) if (plain.has(m.actor)) found.add(m.actor);
    }
    i = j;
  }
  if (found.size) retypeAsOrganizations(s, found);
}

/** Whether a person's mention [from, to) holds more than name words: a title, a role or a lower-case word ("Sen. X", "analyst X"). */
function titled(s: Recognition, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (
      s.capital[k] !== 1 ||
      s.cues.honorific.has(s.keys[k]!) ||
      s.cues.titleWord.has(s.keys[k]!) ||
      s.lexicon.agentTrie.match(s.tokenIds, k, to) !== undefined
    )
      return true;
  }
  return false;
}

// A pronoun object of a verb is not that verb's subject ("Putin met him", "police beat them"):
// English says "himself", "themselves" for that.
// The plural subject of the verb whose reported clause (ccomp) the pronoun is the subject of: a
// "they" resolved before (plurals, by token) or a group's mention ("The refugees told ... that they
// paid"); not through a relative clause ("drove the rebels out of a town they had captured").
function pluralSubjectAbove(s: Recognition, pronoun: number, plurals: ReadonlyMap<number, GroupMention>, groups: readonly GroupMention[]): GroupMention | undefined {
  const { head, deprel } = s.doc;
  const clause = head[pronoun]!;
  if (clause < 0 || !relationIs(deprel[clause]!, 'ccomp')) return undefined;
  const verb = head[clause]!;
  if (verb < 0) return undefined;
  for (const t of children(s.doc, verb, 'nsubj')) {
    if (t >= pronoun) continue;
    const resolved = plurals.get(t) ?? groups.find((g) => g.token <= t && t < g.end);
    if (resolved) return resolved;
  }
  return undefined;
}

function subjectOfSameVerb(s: Recognition, pronoun: number, start: number, end: number): boolean {
  const { head, deprel } = s.doc;
  if (!head || !deprel) return false;
  const rel = deprel[pronoun]!;
  if (!(relationIs(rel, 'obj') || relationIs(rel, 'iobj') || relationIs(rel, 'obl'))) return false;
  const verb = head[pronoun]!;
  for (let t = start; t < end; t++) if (head[t] === verb && relationIs(deprel[t]!, 'nsubj')) return true;
  return false;
}

function byStart(a: Mention, b: Mention): number {
  return a.start - b.start;
}

export function recognize({ doc, article, lexicon, cues }: RecognizeInput): { actors: Actor[]; mentions: Mention[]; tokenMention: Int32Array } {
  const s = new Recognition(doc, article, lexicon, cues);
  const pieces = joinCompanyWords(s, findPieces(s));
  s.pieces = pieces;
  const groups = findGroups(s, pieces);
  attachOf(s, groups);
  s.dominantCountry = dominantCountryOf(s, pieces);
  s.datelines = datelinesOf(s, pieces);
  resolveGroups(s, groups);
  associatesCountry(s);
  rosterCountry(s);
  addMentions(s, acronymMentions(s));
  namesOfKnownAcronyms(s);
  unknownAcronyms(s);
  addMentions(s, organizationDescriptions(descriptionInput(s)));
  addMentions(s, issuedDescriptions(descriptionInput(s)));
  genderGivenNames(s);
  speakingSources(s);
  speakingGroups(s);
  if (s.mentions.length) addMentions(s, resolvePronouns(s));
  if (s.definiteRoles.length) definiteRoleSources(s);
  if (s.personMentions.length) namedByIt(s);
  if (s.personMentions.length) listedWithOrganizations(s);
  if (s.personMentions.length) {
    const foreign = foreignTitled(s);
    if (s.datelines.length) datelineSources(s, foreign);
    articleDefaultCountry(s, foreign);
  }
  return { actors: [...s.actors.values()], mentions: s.mentions, tokenMention: s.tokenMention };
}

function descriptionInput(s: Recognition): DescriptionInput {
  return { doc: s.doc, keys: s.keys, cues: s.cues, tokenMention: s.tokenMention, mentions: s.mentions, actors: s.actors };
}

/** Roles of public life whose holders the news names: a description by one of them ("the governor") is someone named. */
const namedRoles = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'PTY', 'ELI']);

/** Whether token k is on its own a singular role noun of public life in the agent dictionaries ("governor", "nominee"). */
function isSingularRole(s: Recognition, k: number): boolean {
  const trie = s.lexicon.agentTrie;
  const found = trie.match(s.tokenIds, k, k + 1);
  if (found?.end !== k + 1) return false;
  const agent = s.lexicon.agents[found.value]!;
  return !agent.plural && namedRoles.has(agent.code.slice(0, 3));
}

/** How many lower-case words may describe an associate ("deputy campaign manager"). */
const associateReach = 3;

// "Sanders's campaign manager, Jeff Weaver", "Rubio supporter Scott Szlachta", "Simon Rosenberg,
// a Clinton supporter", "Heidi Cruz, Senator Ted Cruz's wife": a person described as someone
// who works for or stands by another person (cues.associate, kin nouns) of a known country is
// of that country. The other person's mention (with "'s" or as a modifier) stands right before
// the nouns; the description is in apposition after the name or right before it.
function associatesCountry(s: Recognition): void {
  const { keys, cues, capital, tokenMention, mentions, actors, doc } = s;
  const countryOf = (k: number): string | undefined => {
    const index = k >= 0 ? tokenMention[k]! : -1;
    if (index < 0) return undefined;
    const actor = actors.get(mentions[index]!.actor);
    return actor?.kind === 'person' ? actor.country : undefined;
  };
  const isAssociate = (k: number) => capital[k] === 0 && (cues.associate.has(keys[k]!) || cues.kin.has(keys[k]!));
  // the country of the person whose associate the lower-case words [from, to) name, or undefined
  const describedBy = (from: number, to: number): string | undefined => {
    if (to - from < 1 || to - from > associateReach || !isAssociate(to - 1) || doc.sentence[from] !== doc.sentence[to - 1]) return undefined;
    for (let k = from; k < to; k++) if (capital[k] !== 0 || !(doc.upos[k] === 'NOUN' || doc.upos[k] === 'ADJ')) return undefined;
    const owner = apostropheS.has(keys[from - 1]!) ? from - 2 : from - 1;
    return countryOf(owner);
  };
  for (const m of s.personMentions) {
    const actor = actors.get(m.who.id);
    if (!actor || actor.country || m.end - m.token < 2) continue;
    let country: string | undefined;
    // after the name: ", a Clinton supporter", ", Senator Ted Cruz's wife"
    if (keys[m.end] === ',') {
      let k = m.end + 1;
      if (keys[k] === 'a' || keys[k] === 'an' || keys[k] === 'the') k++;
      const owner = tokenMention[k]!;
      if (owner >= 0 && owner !== tokenMention[m.token]) {
        let from = k;
        while (from < s.n && tokenMention[from] === owner) from++;
        if (apostropheS.has(keys[from]!)) from++;
        let to = from;
        while (to < s.n && to - from < associateReach && capital[to] === 0 && !appositionEnds.has(keys[to]!)) to++;
        while (to > from && !isAssociate(to - 1)) to--;
        country = describedBy(from, to);
      }
    }
    // before it: "Rubio supporter Scott Szlachta", "Sanders's campaign manager, Jeff Weaver,"
    if (!country) {
      const to = keys[m.token - 1] === ',' ? m.token - 1 : m.token;
      let from = to;
      while (from > 0 && to - from < associateReach && capital[from - 1] === 0 && (doc.upos[from - 1] === 'NOUN' || doc.upos[from - 1] === 'ADJ')) from--;
      if (from < to) country = describedBy(from, to);
    }
    if (country) withAffiliation(actor, newResolved(actor.id, m.who.gender, true, country, actor.role));
  }
}

// "Australia: Ricky Ponting (c), Matthew Hayden, Justin Langer, ...": a line that opens with a
// state and a colon and goes on with a list of names (a team sheet) gives each name the state.
// Only capitalised words and name particles, commas, "and", brackets and what they hold (a
// captain's "c", a shirt number) may stand between the colon and the name.
function rosterCountry(s: Recognition): void {
  const { doc, keys, tokenMention, mentions, actors } = s;
  const text = doc.text;
  for (const m of s.personMentions) {
    const actor = actors.get(m.who.id);
    if (!actor || actor.country || m.end - m.token < 2) continue;
    let k = m.token;
    let brackets = 0;
    while (k > 0 && !text.slice(doc.end[k - 1]!, doc.start[k]!).includes('\n')) {
      const key = keys[k - 1]!;
      if (key === ':') break;
      if (key === ')') brackets++;
      else if (key === '(') brackets--;
      // (a name the actors stage did not take still reads as one: "AB de Villiers")
      else if (!(brackets > 0 || key === ',' || key === 'and' || s.capital[k - 1] === 1 || s.cues.particle.has(key))) break;
      k--;
    }
    if (keys[k - 1] !== ':' || k < 2) continue;
    const stateAt = tokenMention[k - 2]!;
    if (stateAt < 0) continue;
    const state = mentions[stateAt]!;
    const opensLine = text.slice(text.lastIndexOf('\n', state.start - 1) + 1, state.start).trim() === '';
    if (!isBareCountry(state.actor) || state.end !== doc.end[k - 2] || !opensLine) continue;
    withAffiliation(actor, newResolved(actor.id, m.who.gender, true, state.actor, actor.role));
  }
}

// "TIRANA, Nov. 20 (Xinhua) - ... \"They have arrived,\" Neritan Sejamini told reporters": a source
// the correspondent quotes (the subject of a verb of speech, or after "according to") and the
// text gives no country, in a story filed from a country, is of that country, when no sentence
// naming them, up to the first where they speak, names another one (a state, demonym, capital,
// body, IGO or person of another country): a country a later sentence merely mentions ("Sendi
// also told reporters he had negotiated a French franc loan") does not undo it. A bare name that
// does not speak takes none: athletes and visitors travel to the story ("Mara Quellin won the
// final"), and "Owned by Rupert Murdoch, the Australian-born US
// media magnate" in a LONDON story names other countries. A weak default: docs/accuracy.md
// gives its precision, read by hand.
function datelineSources(s: Recognition, foreign: Set<string>): void {
  const { doc, keys, cues, tokenMention, mentions, actors, n } = s;
  // the actors each sentence mentions, the sentences of each actor, and who speaks
  const named = new Map<number, Set<string>>();
  const sentencesOf = new Map<string, Set<number>>();
  // (each speaker's first sentence of speech)
  const speakers = new Map<string, number>();
  for (let t = 0; t < n; t++) {
    const index = tokenMention[t]!;
    if (index < 0) continue;
    const id = mentions[index]!.actor;
    const sentence = doc.sentence[t]!;
    let ids = named.get(sentence);
    if (!ids) named.set(sentence, (ids = new Set()));
    ids.add(id);
    let sentences = sentencesOf.get(id);
    if (!sentences) sentencesOf.set(id, (sentences = new Set()));
    sentences.add(sentence);
    const verb = doc.head[t]!;
    // (a passive subject is spoken of, not speaking: "X, 24, was found in woods")
    const speaksHere = verb >= 0 && doc.deprel[t] !== 'nsubj:pass' && relationIs(doc.deprel[t]!, 'nsubj') && cues.speech.has(keys[verb]!);
    const opens = t === 0 || tokenMention[t - 1] !== index;
    if ((speaksHere || (opens && followsAccordingTo(keys, t))) && !speakers.has(id)) speakers.set(id, sentence);
  }
  const countryOf = (id: string): string | undefined => {
    if (id.includes(':')) return actors.get(id)?.country;
    // (an IGO or a region is another allegiance than the dateline's state)
    return codeCountry(id) ?? id;
  };
  for (const actor of actors.values()) {
    if (actor.kind !== 'person' || actor.country || !speakers.has(actor.id) || foreign.has(actor.id)) continue;
    const firstSpeech = speakers.get(actor.id)!;
    const sentences = [...sentencesOf.get(actor.id)!].filter((sentence) => sentence <= firstSpeech);
    const dateline = datelineCountry(s, doc.sentences[Math.min(...sentences)]!.firstToken);
    if (!dateline) continue;
    const other = sentences.some((sentence) => [...named.get(sentence)!].some((id) => id !== actor.id && (countryOf(id) ?? dateline) !== dateline));
    if (!other) {
      actor.country = dateline;
      actor.country_inferred = 'dateline';
    }
  }
}

// "Mara Quellin, 24, was found in woods near the town" in a story that names Norway most (and
// whose dateline, if any, is in Norway): a person the text gives no country is guessed to be of
// the article's home country. A guess, marked as one (country_inferred 'article'): events,
// stances and the store do not read it (statedCountries in actors/index.ts). No guess when the
// dateline names another country than the one the article names most, or the article names
// none most: visitors, foreign players and correspondents abroad are the usual errors there.
function articleDefaultCountry(s: Recognition, foreign: Set<string>): void {
  const home = s.dominantCountry;
  if (!home) return;
  const firstToken = new Map<string, number>();
  for (const m of s.personMentions) if (!firstToken.has(m.who.id)) firstToken.set(m.who.id, m.token);
  for (const actor of s.actors.values()) {
    if (actor.kind !== 'person' || actor.country || foreign.has(actor.id)) continue;
    const token = firstToken.get(actor.id);
    const dateline = token === undefined ? undefined : datelineCountry(s, token);
    if (dateline && dateline !== home) continue;
    actor.country = home;
    actor.country_inferred = 'article';
  }
}

/** The people titled after an adjective of a nationality the dictionaries lack: of another country than the article's or the dateline's. */
function foreignTitled(s: Recognition): Set<string> {
  const ids = new Set<string>();
  for (const token of s.foreignTitles) {
    const index = s.tokenMention[token]!;
    if (index >= 0) ids.add(s.mentions[index]!.actor);
  }
  return ids;
}

/** Mentions found after the groups (acronyms, pronouns) join the others, in order of start. */
function addMentions(s: Recognition, extra: Mention[]): void {
  if (!extra.length) return;
  s.mentions.push(...extra);
  indexMentions(s);
}

/** Mentions in order of start, and tokenMention pointing into them again. */
function indexMentions(s: Recognition): void {
  const { mentions, tokenMention, n, doc } = s;
  mentions.sort(byStart);
  tokenMention.fill(-1);
  let t = 0;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    while (t < n && doc.start[t]! < m.start) t++;
    for (let u = t; u < n && doc.end[u]! <= m.end; u++) tokenMention[u] = k;
  }
}
