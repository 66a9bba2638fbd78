// The word lists of data/actors/name-cues.txt (format documented in that file).
import { DictionaryError } from './dictionary.ts';
import { tokenKey } from './phrase.ts';

export type Gender = 'male' | 'female';

export type NameCues = {
  honorific: Map<string, Gender | undefined>;
  /** honorifics that are titles of office, with the CAMEO role they give ("sen." LEG, "gen." MIL) */
  honorificRole: Map<string, string>;
  /** honorifics that abbreviate or are a noun of office, with the noun a later description uses ("gov." governor: "the governor") */
  titleNoun: Map<string, string>;
  /** honorifics that title each name of a list ("Sens. A and B") */
  pluralHonorific: Set<string>;
  particle: Set<string>;
  organization: Set<string>;
  /** last words of company names ("Ltd", "Holdings"): organisations of the BUS role */
  company: Set<string>;
  /** legal forms written after a company's name and a comma ("Refco, Inc."): part of that name */
  companySuffix: Set<string>;
  notName: Set<string>;
  thing: Set<string>;
  thingFirst: Set<string>;
  modifier: Set<string>;
  former: Set<string>;
  locative: Set<string>;
  /** verbs of arriving: the capital after "arrived in" is the country visited, not a government */
  arrival: Set<string>;
  /** words that may stand between a verb of arriving and "in" ("touched down in", "arrived Saturday in") */
  arrivalGap: Set<string>;
  /** nouns of a journey: the capital after "trip to" is the country visited, not a government */
  journey: Set<string>;
  /** nouns after which a capital names an accord, a meeting or a round ("the Paris accord"), not a government */
  namedAfterSeat: Set<string>;
  pronoun: Map<string, Gender | 'plural' | 'relative' | 'which' | 'neuter'>;
  /** titles of office only one country's government uses ("treasury secretary": USA), as word lists */
  officeOnly: { country: string; words: string[] }[];
  /** per country, the titles of office its government does not use (USA: "minister", "chancellor") */
  officeNot: Map<string, string[][]>;
  /** party letters of a bracketed aside after a name ("(R-Kan.)", "(D-N.Y.)") -> the country and role it says */
  partyAside: Map<string, { country: string; role: string }>;
  /**
   * forms of the verbs of speech (data/quotes/cues.txt, filled by loadActorContext): a lone
   * unknown name as their subject is a source ("Politico reported", "Forbes says")
   */
  speech: Set<string>;
  /** forms of the verbs of thought (data/quotes/cues.txt's cognition, filled by loadActorContext): "voters believe" */
  thought: Set<string>;
  /** nouns of a role in an organisation or state, which give a person after them with "of" its country ("X, head of Iran's Quds Force") */
  leads: Set<string>;
  /** chambers of a legislature ("Senate", "House"): before a party's members they make them legislators */
  chamber: Set<string>;
  /** adjectives of a region within a country ("Midwestern", "Southern"): before a party's members they name no party of their own */
  regionAdjective: Set<string>;
  /** endings of adjectives of nationality ("-an", "-ese"): an unknown capitalised word with one before a title names another country */
  demonymEnding: string[];
  /** capitalised words with such an ending that name no nationality ("Republican", "Christian") */
  notDemonym: Set<string>;
  /** titles written out that also open firms' names ("General Acquisition", "General Cinema") */
  firmTitle: Set<string>;
  /** endings of abstract nouns no surname has ("-tion", "-ics"): "Acquisition", "Dynamics" */
  nounEnding: string[];
  /** roles that lead or speak for a body, which after the noun of a body of the state act in its role ("army leaders", "police officials") */
  speaksFor: Set<string>;
  /** roles held abroad as often as at home ("diplomats", "delegates"): a source quoted by one of them alone takes no home country */
  abroad: Set<string>;
  /** nouns of people with no role in the agent dictionaries that news quotes as sources ("critics say"), with the CAMEO role they speak in */
  source: Map<string, string>;
  /** words that stand alone for a group of people as the source of speech ("Some say", "others argue"), with the role they speak in */
  quantifier: Map<string, string>;
  /**
   * nouns of a body, not a person ("the commission", "the government", "the company"): a
   * definite description with one of them stands for an organisation (src/actors/descriptions.ts)
   */
  body: Set<string>;
  /** nouns of a body only a state has, whatever its portfolio ("the Marketing Ministry", "the Ministry of Finance"): of the country the sentence or the article names */
  stateBody: Set<string>;
  /** nouns of a ship ("carrier", "destroyer"): a name right after one is the ship's, no person ("the carrier Dwight D. Eisenhower") */
  vessel: Set<string>;
  /** nouns that describe one person and are no role of the agent dictionaries ("the billionaire", "the front-runner") */
  personNoun: Set<string>;
  /** capitalised nouns of a person's role or trade written before the name, not part of it ("Treasurer Paul Keating", "Actress Diane Guerrero") */
  titleWord: Set<string>;
  /** modifiers of a description that make it someone not named yet, or one of several ("the next president", "the other candidate") */
  unnamedModifier: Set<string>;
  /** words in capitals that name no organisation ("GDP", "CEO", "TV"): no unknown acronym is one of them */
  notOrganization: Set<string>;
  /** nouns of a person of one gender ("dad", "sister"): a he/she after one of them stands for it, not for a name before it */
  kin: Map<string, Gender>;
  /**
   * nouns of an occupation held where the story is ("analyst", "witness", "board member"), with
   * the CAMEO role it gives ('' for none): a person they describe takes the article's home country
   */
  occupation: Map<string, string>;
  /** titles before a name that only a firm holds ("lead manager" of a bond issue), as word lists */
  firmRole: string[][];
  /** nouns of something one runs or issues ("campaign", "poll", "report"): "the campaign" stands for who runs it */
  issued: Set<string>;
  /** nouns of someone who works for a body ("employee", "executive"): a name right before one is an organisation's ("a Carrier executive") */
  staff: Set<string>;
  /** plural nouns of people with no role in the agent dictionaries ("dealers", "investors", "friends"): as the source of speech or thought, a group of their own (src/actors/generic-groups.ts) */
  groupNoun: Set<string>;
  /** lower-case nouns of an organisation right before its name ("the oil group Yukos", "the daily Le Figaro"): the role they give, or "" */
  orgNoun: Map<string, string>;
  /** nouns of someone who works for or stands by another person ("campaign manager", "supporter"): of that person's country */
  associate: Set<string>;
  /** given names and the gender they say (data/actors/given-names.txt, filled by loadActorContext) */
  givenName: Map<string, Gender>;
  /** every given name of data/actors/given-names.txt, of either gender or both */
  anyGivenName: Set<string>;
  /** words running English writes in lower case (data/actors/common-words.txt, filled by loadActorContext) */
  commonWord: Set<string>;
};

const officeClass = /^office\.(only|not)\.([A-Z]{3})$/;
const asideClass = /^aside\.([A-Z]{3})\.([A-Z]{3})$/;
const sourceClass = /^(source|quantifier)\.([A-Z]{3})$/;
const titleNounClass = /^title-of\.(\p{Ll}+)$/u;

const classes = [
  'honorific.male', 'honorific.female', 'honorific', 'honorific.plural', 'particle', 'organization', 'company', 'company.suffix', 'not-name', 'thing', 'thing-first',
  'modifier', 'former', 'locative', 'arrival', 'arrival-gap', 'journey', 'named-after-seat', 'leads', 'pronoun.male', 'pronoun.female', 'pronoun.plural', 'pronoun.relative', 'pronoun.which', 'pronoun.neuter',
  'title.GOV', 'title.LEG', 'title.MIL', 'title.JUD', 'body', 'state-body', 'person-noun', 'title-word', 'unnamed-modifier', 'not-organization', 'kin.male', 'kin.female',
  'vessel', 'occupation', 'occupation.BUS', 'occupation.CVL', 'issued', 'staff', 'group-noun', 'org-noun', 'org-noun.BUS', 'org-noun.MED', 'associate', 'speaks-for', 'chamber', 'region-adjective', 'abroad',
  'demonym-ending', 'not-demonym', 'firm-title', 'noun-ending',
] as const;

export function readNameCues(source: string, file: string): NameCues {
  const cues: NameCues = {
    honorific: new Map(),
    honorificRole: new Map(),
    titleNoun: new Map(),
    pluralHonorific: new Set(),
    particle: new Set(),
    organization: new Set(),
    company: new Set(),
    companySuffix: new Set(),
    notName: new Set(),
    thing: new Set(),
    thingFirst: new Set(),
    modifier: new Set(),
    former: new Set(),
    locative: new Set(),
    arrival: new Set(),
    arrivalGap: new Set(),
    journey: new Set(),
    namedAfterSeat: new Set(),
    pronoun: new Map(),
    officeOnly: [],
    officeNot: new Map(),
    partyAside: new Map(),
    speech: new Set(),
    thought: new Set(),
    leads: new Set(),
    speaksFor: new Set(),
    abroad: new Set(),
    source: new Map(),
    quantifier: new Map(),
    chamber: new Set(),
    regionAdjective: new Set(),
    demonymEnding: [],
    notDemonym: new Set(),
    firmTitle: new Set(),
    nounEnding: [],
    body: new Set(),
    stateBody: new Set(),
    personNoun: new Set(),
    vessel: new Set(),
    titleWord: new Set(),
    unnamedModifier: new Set(),
    notOrganization: new Set(),
    kin: new Map(),
    occupation: new Map(),
    firmRole: [],
    issued: new Set(),
    staff: new Set(),
    groupNoun: new Set(),
    orgNoun: new Map(),
    associate: new Set(),
    givenName: new Map(),
    anyGivenName: new Set(),
    commonWord: new Set(),
  };
  source.split(/\r?\n/).forEach((raw, i) => {
    const text = raw.replace(/#.*/, '').trim();
    if (!text) return;
    const colon = text.indexOf(':');
    const name = colon < 0 ? '' : text.slice(0, colon).trim();
    const office = officeClass.exec(name);
    if (office) {
      // titles of several words are written with underscores: foreign_secretary
      for (const phrase of text.slice(colon + 1).trim().split(/\s+/).filter(Boolean)) {
        const words = phrase.toLowerCase().split('_').map(tokenKey);
        if (office[1] === 'only') cues.officeOnly.push({ country: office[2]!, words });
        else cues.officeNot.set(office[2]!, [...(cues.officeNot.get(office[2]!) ?? []), words]);
      }
      return;
    }
    if (name === 'firm-role') {
      for (const phrase of text.slice(colon + 1).trim().split(/\s+/).filter(Boolean)) cues.firmRole.push(phrase.toLowerCase().split('_').map(tokenKey));
      return;
    }
    const aside = asideClass.exec(name);
    if (aside) {
      const letters = text.slice(colon + 1).trim().split(/\s+/).filter(Boolean);
      for (const letter of letters) cues.partyAside.set(letter.toLowerCase(), { country: aside[1]!, role: aside[2]! });
      return;
    }
    const sourceRole = sourceClass.exec(name);
    if (sourceRole) {
      const words = sourceRole[1] === 'source' ? cues.source : cues.quantifier;
      for (const word of text.slice(colon + 1).trim().split(/\s+/).filter(Boolean)) words.set(tokenKey(word.toLowerCase()), sourceRole[2]!);
      return;
    }
    const titleOf = titleNounClass.exec(name);
    if (titleOf) {
      for (const word of text.slice(colon + 1).trim().split(/\s+/).filter(Boolean)) cues.titleNoun.set(tokenKey(word.toLowerCase()), titleOf[1]!);
      return;
    }
    if (!(classes as readonly string[]).includes(name)) {
      throw new DictionaryError(
        file,
        i + 1,
        colon < 0
          ? 'expected "class: word word ..."'
          : `unknown class "${name}" (expected one of ${classes.join(', ')}, office.only.XXX, office.not.XXX, aside.XXX.ROL, source.ROL, quantifier.ROL, title-of.noun, firm-role)`,
      );
    }
    const words = text.slice(colon + 1).trim().split(/\s+/).filter(Boolean).map((w) => tokenKey(w.toLowerCase()));
    for (const w of words) {
      switch (name) {
        case 'honorific.male': cues.honorific.set(w, 'male'); break;
        case 'honorific.female': cues.honorific.set(w, 'female'); break;
        case 'honorific': if (!cues.honorific.has(w)) cues.honorific.set(w, undefined); break;
        case 'honorific.plural': cues.pluralHonorific.add(w); if (!cues.honorific.has(w)) cues.honorific.set(w, undefined); break;
        case 'particle': cues.particle.add(w); break;
        case 'organization': cues.organization.add(w); break;
        case 'company': cues.company.add(w); break;
        case 'company.suffix': cues.companySuffix.add(w); cues.company.add(w); break;
        case 'not-name': cues.notName.add(w); break;
        case 'thing': cues.thing.add(w); break;
        case 'thing-first': cues.thingFirst.add(w); break;
        case 'modifier': cues.modifier.add(w); break;
        case 'former': cues.former.add(w); cues.modifier.add(w); break;
        case 'locative': cues.locative.add(w); break;
        case 'arrival': cues.arrival.add(w); break;
        case 'arrival-gap': cues.arrivalGap.add(w); break;
        case 'journey': cues.journey.add(w); break;
        case 'named-after-seat': cues.namedAfterSeat.add(w); break;
        case 'leads': cues.leads.add(w); break;
        case 'speaks-for': cues.speaksFor.add(w); break;
        case 'abroad': cues.abroad.add(w); break;
        case 'chamber': cues.chamber.add(w); break;
        case 'region-adjective': cues.regionAdjective.add(w); break;
        case 'demonym-ending': cues.demonymEnding.push(w); break;
        case 'not-demonym': cues.notDemonym.add(w); break;
        case 'firm-title': cues.firmTitle.add(w); break;
        case 'noun-ending': cues.nounEnding.push(w); break;
        case 'body': cues.body.add(w); break;
        case 'state-body': cues.stateBody.add(w); break;
        case 'person-noun': cues.personNoun.add(w); break;
        case 'vessel': cues.vessel.add(w); break;
        case 'title-word': cues.titleWord.add(w); break;
        case 'unnamed-modifier': cues.unnamedModifier.add(w); break;
        case 'not-organization': cues.notOrganization.add(w); break;
        case 'kin.male': cues.kin.set(w, 'male'); break;
        case 'kin.female': cues.kin.set(w, 'female'); break;
        case 'occupation': cues.occupation.set(w, ''); break;
        case 'issued': cues.issued.add(w); break;
        case 'staff': cues.staff.add(w); break;
        case 'group-noun': cues.groupNoun.add(w); break;
        case 'org-noun': cues.orgNoun.set(w, ''); break;
        case 'org-noun.BUS': cues.orgNoun.set(w, 'BUS'); break;
        case 'org-noun.MED': cues.orgNoun.set(w, 'MED'); break;
        case 'associate': cues.associate.add(w); break;
        case 'occupation.BUS': cues.occupation.set(w, 'BUS'); break;
        case 'occupation.CVL': cues.occupation.set(w, 'CVL'); break;
        case 'pronoun.male': cues.pronoun.set(w, 'male'); break;
        case 'pronoun.female': cues.pronoun.set(w, 'female'); break;
        case 'pronoun.plural': cues.pronoun.set(w, 'plural'); break;
        case 'pronoun.relative': cues.pronoun.set(w, 'relative'); break;
        case 'pronoun.which': cues.pronoun.set(w, 'which'); break;
        case 'pronoun.neuter': cues.pronoun.set(w, 'neuter'); break;
        default: cues.honorificRole.set(w, name.slice('title.'.length)); if (!cues.honorific.has(w)) cues.honorific.set(w, undefined);
      }
    }
  });
  return cues;
}

const givenClass = /^(male|female)$/;

/**
 * The given names of data/actors/given-names.txt (`male: Name ...`, `female: Name ...`), lower-cased,
 * with the gender they say; a name listed under both genders says none and is left out (of the map;
 * `all`, when given, receives every name).
 */
export function readGivenNames(source: string, file: string, all?: Set<string>): Map<string, Gender> {
  const genders = new Map<string, Gender>();
  const either = new Set<string>();
  source.split(/\r?\n/).forEach((raw, i) => {
    const text = raw.replace(/#.*/, '').trim();
    if (!text) return;
    const colon = text.indexOf(':');
    const name = colon < 0 ? '' : text.slice(0, colon).trim();
    if (!givenClass.test(name)) throw new DictionaryError(file, i + 1, `expected "male: Name Name ..." or "female: Name Name ..."`);
    const gender = name as Gender;
    for (const word of text.slice(colon + 1).trim().split(/\s+/).filter(Boolean)) {
      const key = word.toLowerCase();
      all?.add(key);
      if (genders.get(key) !== undefined && genders.get(key) !== gender) either.add(key);
      genders.set(key, gender);
    }
  });
  for (const key of either) genders.delete(key);
  return genders;
}

/** Reads a word list: words separated by spaces or lines, `#` to the end of a line a comment; compared lower-cased. */
export function readWordList(source: string): Set<string> {
  const words = new Set<string>();
  for (const raw of source.split(/\r?\n/)) for (const word of raw.replace(/#.*/, '').trim().split(/\s+/)) if (word) words.add(word.toLowerCase());
  return words;
}
