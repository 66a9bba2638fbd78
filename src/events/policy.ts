// Coding policy read from data/events/: which oblique names a cue's target, which codes a list
// of coordinated actors shares as a mutual act, and which codes are matched but not output.
// (data/events/README.md documents the files.)
import { join } from 'node:path';
import { readTsv, readTsvLines } from './code-tables.ts';
import { nounPlural, regularVerbForms } from './inflection.ts';
import { loadMeasureNouns, type MeasureNoun } from './measures.ts';
import type { ThreatMeasures } from './conditional-threats.ts';

export type EventPolicy = {
  /** prepositions whose noun is the target, in order of preference, by CAMEO root ('*': any other root) */
  targetPrepositions: Map<string, string[]>;
  /** code prefixes of acts that coordinated actors do to each other ("Israel and Jordan agreed"), and whether a bare predicate is enough */
  reciprocal: { prefix: string; bare: boolean; words: string[] }[];
  /** codes matched but not output (a plain "make a statement") */
  silent: Set<string>;
  /** verb lemmas (lower case) coded only when one of their patterns matches */
  patternOnly: Set<string>;
  /** verb lemmas (lower case) of wish and decision: their target is a party they are directed at, never one inside what is wished */
  wishVerbs: Set<string>;
  /** accusing verbs (lemma, lower case) -> markers of the phrase that says what for: the object is the accused, not an actor in that phrase */
  accusingVerbs: Map<string, string[]>;
  /** verbs of denial: their "that" clause is not reported as done ("denied that it shelled") */
  denialVerbs: Set<string>;
  /** nouns whose to-infinitive is not reported as done ("refusal to meet"), and the noun's own code where it is an act */
  infinitiveNouns: Map<string, InfinitiveNoun>;
  /** nouns of claiming and accusing whose "that" clause is claimed, not reported as done, and whether the word tagged as a verb claims it too */
  contentNouns: Map<string, { asVerb: boolean }>;
  /** general codes made specific by the target's role: "050 with MIL" -> 062 */
  targetRoleCodes: { cameo: string; role: string; then: string }[];
  /** nouns that name an act again ("the accusation"), singular and plural */
  actNouns: ActNouns;
  /** forms of verbs that state again an act named by their object ("repeated the accusation") -> whose act it may be */
  restatingVerbs: RestatingVerbs;
  /** currency nouns and their plurals (lower case): a country that qualifies one is no party ("30 U.S. dollars") */
  currencyWords: Set<string>;
  /** nouns of securities and markets (lower case): a name that qualifies one is no party ("bought Viacom common shares"); false: only before another ("Treasury bonds") */
  marketWords: Map<string, boolean>;
  /** nouns of measures that restrict trade or aid, with the qualifiers some need and their code ("a trade ban": 163) */
  measureNouns: Map<string, MeasureNoun[]>;
  /** nouns of documents and decisions (and their plurals), whose participles are their authors' acts ("resolutions urging") */
  documentNouns: Set<string>;
  /** nouns of weapons (and their plurals): a maker glued to "-made" before one is no party ("the Chinese-made missile") */
  weaponNouns: Set<string>;
  /** nouns of people, bodies and means of force that may do an act of force though the actors stage names no actor in them ("Palestinian youths threw stones") */
  forceDoers: Set<string>;
  /** nouns of a body's members, delegates or firms (and their plurals): an organisation's name before one is no party ("ICO observers") */
  memberNouns: Set<string>;
  /** verbs and nouns of steps that, under a modal with an if- or unless-clause, state a threat ("would consider measures if") */
  threatMeasures: ThreatMeasures;
  /** groups of codes and types the stage treats alike (code-policy.tsv) */
  codes: CodePolicy;
};

/** data/events/code-policy.tsv, one field per setting (the file says what each does). */
export type CodePolicy = {
  complementTargetRoots: Set<string>;
  complementSubjectOnlyRoots: Set<string>;
  ownCountryRoots: Set<string>;
  materialConflictRoots: Set<string>;
  demandCode: string;
  /** what steps a party says it would take if another acts are ("would consider measures if ..."): a threat */
  conditionalThreatCode: string;
  intentPloverTypes: Set<string>;
  threatPloverTypes: Set<string>;
  visitCodes: Set<string>;
  /** making a visit (visit_codes's first; the second is hosting one) */
  visitCode: string;
  intentToMeetCode: string;
  evaluationRoots: Set<string>;
  /** hosting, mediating, facilitating (code prefixes): a meeting between parties they have as object took place */
  hostingCodes: string[];
  /** praise, disapproval, rejection (code prefixes): aimed at the doers of an act named again */
  judgingCodes: string[];
  /** agreeing, accepting, yielding (code prefixes): aimed at the doers of a speech act named again ("accepted the offer") */
  respondingCodes: string[];
  /** acts of force that, with no target, continue the source's last act of force with one */
  continuedForceRoots: Set<string>;
  /** acts of armed force (code prefixes), which actors of the unarmed roles do not carry out */
  armedForceCodes: string[];
  /** roots of force that a thing does not do: whose the doing thing is did not act (thingDoer in index.ts) */
  forceByThingRoots: Set<string>;
  /** verb forms of moving to a place: a visit by a visitor (visitorRoles), else no event */
  journeyVerbs: Set<string>;
  joiningVerbs: Set<string>;
  joiningMutualObjects: Set<string>;
  /** roles (and the IGO code opening) of parties whose journey is a visit */
  visitorRoles: Set<string>;
  /** verb lemmas of moving to a place, whose "in" or "at" phrase names where the party went, no venue */
  destinationVerbs: Set<string>;
  /** roots of acts aimed at the object they address (appeal, demand), never at an actor inside what it is asked to do */
  addressedRoots: Set<string>;
  /** nouns of a grouping of parties (coalition, alliance): joining one is aimed at whoever formed or leads it */
  groupingNouns: Set<string>;
  /** verb lemmas whose passive with a to-infinitive reports its subject's act ("is said to have thrown"), not the verb's content */
  hearsayVerbs: Set<string>;
  /** roles that bear arms: armed forces, rebels, police ... (isArmedRole) */
  armedRoles: Set<string>;
  /** roles of bodies that fight with words, not arms: governments, legislatures, parties, media ... (isSpeakingRole) */
  speakingRoles: Set<string>;
  /** roles of actors that carry no arms: companies, media, schools ("U.S. companies dominated the market") */
  unarmedRoles: Set<string>;
  /** beginnings of actor codes that carry no arms either: multinational companies (MNC...) */
  unarmedCodePrefixes: string[];
  /** acts of public office (code prefixes: resignation) that no officer of a private body performs as a political party */
  politicalCodes: string[];
  /** roles of private bodies (companies, media) whose officers' acts of politicalCodes are no event */
  privateRoles: Set<string>;
  /** common nouns of a private body's posts ("board", "chief executive"): an act of politicalCodes from or as one is none */
  privateOfficeNouns: Set<string>;
  /** roles of firms, which report their own officers' resignations ("Acme Inc said president David Mullen resigned") */
  firmRoles: Set<string>;
  /** roots of coercion that a trade or aid measure as the act's object recodes as that measure (measure-nouns.tsv) */
  measureRoots: Set<string>;
  /** roots of cooperation that trade in securities (an object of market-words.tsv) does not carry out */
  marketObjectRoots: Set<string>;
  /** roots of mobilisation, whose source's own forces named by the pattern are no target */
  mobilizationRoots: Set<string>;
  /** codes aimed at a place, whose source's own country named in a phrase is still the target (a state of siege in Haiti) */
  ownPlaceCodes: string[];
  /** verb lemmas of forces moving ("deploy", "enter"): by armed forces alone, a force posture (forcesMovingCode) */
  forcesMovingVerbs: Set<string>;
  /** the code of armed forces on the move (154, mobilize armed forces) */
  forcesMovingCode: string;
  /** roles of the armed forces whose moving is a force posture (MIL) */
  forcesMovingRoles: Set<string>;
  /** verb lemmas of labour's strike that CAMEO.2.0 files as force ("strike") */
  labourStrikeVerbs: Set<string>;
  /** the code of a strike by labour (143, conduct strike or boycott) */
  labourStrikeCode: string;
  /** roles of labour, whose strike with no object is a strike, not an attack (LAB) */
  labourRoles: Set<string>;
  /** admissions (code prefixes): the act admitted is the source's side's; its target is the one that act was done to */
  admissionCodes: string[];
  /** refusals to comment (code prefixes): with no target, the first actor in what is not said is whom the refusal concerns */
  commentRefusalCodes: string[];
};

export function loadEventPolicy(dir: string): EventPolicy {
  const prepositionsFile = join(dir, 'target-prepositions.tsv');
  const targetPrepositions = new Map<string, string[]>();
  for (const row of readTsv(prepositionsFile, ['cameo_root', 'prepositions'])) {
    const root = row.cameo_root!.trim();
    if (root !== '*' && !/^\d\d$/.test(root)) throw new Error(`${prepositionsFile}: bad cameo_root "${root}" (expected two digits or *)`);
    targetPrepositions.set(root, row.prepositions!.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean));
  }
  if (!targetPrepositions.has('*')) throw new Error(`${prepositionsFile}: no "*" line (the prepositions of roots without a line)`);
  const codes = (file: string, column: string) =>
    readTsv(join(dir, file), [column]).map((row) => {
      const code = row[column]!.trim();
      if (!/^\d{2,4}$/.test(code)) throw new Error(`${join(dir, file)}: bad ${column} "${code}"`);
      return code;
    });
  /** a one-column list of verbs (lower case) */
  const verbs = (file: string) => new Set(readTsv(join(dir, file), ['verb']).map((row) => row.verb!.trim().toLowerCase()));
  return {
    targetPrepositions,
    reciprocal: reciprocalCodes(join(dir, 'reciprocal-codes.tsv')),
    silent: new Set(codes('silent-codes.tsv', 'cameo_code')),
    patternOnly: verbs('pattern-only-verbs.tsv'),
    wishVerbs: verbs('wish-verbs.tsv'),
    denialVerbs: verbs('denial-verbs.tsv'),
    accusingVerbs: accusingVerbs(join(dir, 'accusing-verbs.tsv')),
    infinitiveNouns: infinitiveNouns(join(dir, 'infinitive-nouns.tsv')),
    contentNouns: contentNouns(join(dir, 'content-nouns.tsv')),
    targetRoleCodes: targetRoleCodes(join(dir, 'target-role-codes.tsv')),
    currencyWords: wordsWithPlurals(join(dir, 'currency-words.tsv'), 'word'),
    actNouns: actNouns(join(dir, 'act-nouns.tsv')),
    restatingVerbs: restatingVerbs(join(dir, 'restating-verbs.tsv')),
    marketWords: marketWords(join(dir, 'market-words.tsv')),
    measureNouns: loadMeasureNouns(dir),
    documentNouns: wordsWithPlurals(join(dir, 'document-nouns.tsv'), 'noun'),
    weaponNouns: wordsWithPlurals(join(dir, 'weapon-nouns.tsv'), 'noun'),
    forceDoers: wordsWithPlurals(join(dir, 'force-doers.tsv'), 'noun'),
    memberNouns: wordsWithPlurals(join(dir, 'member-nouns.tsv'), 'noun'),
    threatMeasures: threatMeasures(join(dir, 'threat-measures.tsv')),
    codes: codePolicy(join(dir, 'code-policy.tsv')),
  };
}

/** data/events/accusing-verbs.tsv: verb -> markers of the phrase of what the object is accused of. */
function accusingVerbs(file: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const { line, row } of readTsvLines(file, ['verb', 'markers'])) {
    const markers = row.markers!.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
    if (!markers.length) throw new Error(`${file}:${line}: no markers for "${row.verb}"`);
    found.set(row.verb!.trim().toLowerCase(), markers);
  }
  return found;
}

/** A noun that governs a to-infinitive: the status of the infinitive's act, and the noun's own code if it is an act. */
export type InfinitiveNoun = {
  status: 'negated' | 'future' | 'hypothetical';
  cameo?: string;
  /** the code of the noun denied ("has no plans to"): a refusal of the infinitive's act */
  denied?: string;
};
const infinitiveStatuses = new Set(['negated', 'future', 'hypothetical']);

/** data/events/infinitive-nouns.tsv: noun -> status of its infinitive (and its own code). */
function infinitiveNouns(file: string): Map<string, InfinitiveNoun> {
  const nouns = new Map<string, InfinitiveNoun>();
  for (const { line, row } of readTsvLines(file, ['noun', 'status'])) {
    const status = row.status!.trim();
    const cameo = (row.cameo ?? '').trim();
    const denied = (row.denied ?? '').trim();
    if (!infinitiveStatuses.has(status) || [cameo, denied].some((code) => code && !/^\d{2,4}$/.test(code)))
      throw new Error(
        `${file}:${line}: bad line "${row.noun}\t${status}\t${cameo}\t${denied}" (expected noun<TAB>negated|future|hypothetical<TAB>CAMEO code or nothing<TAB>CAMEO code or nothing)`,
      );
    nouns.set(row.noun!.trim().toLowerCase(), { status: status as InfinitiveNoun['status'], ...(cameo ? { cameo } : {}), ...(denied ? { denied } : {}) });
  }
  return nouns;
}

/** data/events/content-nouns.tsv: noun -> whether the word tagged as a verb claims its clause too. */
function contentNouns(file: string): Map<string, { asVerb: boolean }> {
  const nouns = new Map<string, { asVerb: boolean }>();
  for (const { line, row } of readTsvLines(file, ['noun', 'as_verb'])) {
    const asVerb = row.as_verb!.trim();
    if (asVerb !== 'yes' && asVerb !== 'no') throw new Error(`${file}:${line}: bad as_verb "${asVerb}" (expected yes or no)`);
    nouns.set(row.noun!.trim().toLowerCase(), { asVerb: asVerb === 'yes' });
  }
  return nouns;
}

/**
 * A noun that names an act again: nouns of one kind name the same acts; verbs: stems of the verbs
 * that perform it; codes: CAMEO prefixes of the coded acts it names ("the request" an appeal, 02).
 */
export type ActNoun = { kind: string; verbs: string[]; codes: string[] };
/** Lower-case noun (singular and plural) -> what it names. */
export type ActNouns = Map<string, ActNoun>;

/** data/events/act-nouns.tsv: noun -> its kind, the stems of the verbs that perform it, the codes of the acts it names. */
function actNouns(file: string): ActNouns {
  const nouns: ActNouns = new Map();
  for (const { line, row } of readTsvLines(file, ['noun', 'kind'])) {
    const noun = row.noun!.trim().toLowerCase();
    const kind = row.kind!.trim().toLowerCase();
    if (!/^[a-z-]+$/.test(noun) || !/^[a-z-]+$/.test(kind)) throw new Error(`${file}:${line}: bad line "${row.noun}\t${row.kind}" (expected a noun and a kind, one lower-case word each)`);
    const verbs = (row.verbs ?? '')
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean);
    const bad = verbs.find((v) => !/^[a-z]+$/.test(v));
    if (bad !== undefined) throw new Error(`${file}:${line}: bad verb stem "${bad}" (expected lower-case letters)`);
    const codes = (row.codes ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    const badCode = codes.find((c) => !/^\d{2,4}$/.test(c));
    if (badCode !== undefined) throw new Error(`${file}:${line}: bad code "${badCode}" (expected CAMEO code prefixes)`);
    const entry = { kind, verbs, codes };
    nouns.set(noun, entry);
    if (!nouns.has(nounPlural(noun))) nouns.set(nounPlural(noun), entry);
  }
  return nouns;
}

/**
 * Whose act a restating verb states again: "same", its subject's own ("repeated the accusation"),
 * or "any" ("echoed the accusation").
 */
export type RestatingVerbs = Map<string, 'same' | 'any'>;

/** data/events/restating-verbs.tsv: each regular form of a verb -> whose act it may state again. */
function restatingVerbs(file: string): RestatingVerbs {
  const verbs: RestatingVerbs = new Map();
  for (const { line, row } of readTsvLines(file, ['verb', 'doer'])) {
    const verb = row.verb!.trim().toLowerCase();
    const doer = row.doer!.trim().toLowerCase();
    if (!/^[a-z]+$/.test(verb)) throw new Error(`${file}:${line}: bad verb "${row.verb}" (expected one lower-case word)`);
    if (doer !== 'same' && doer !== 'any') throw new Error(`${file}:${line}: bad doer "${row.doer}" (expected same or any)`);
    for (const form of regularVerbForms(verb)) verbs.set(form, doer);
  }
  return verbs;
}

/** data/events/threat-measures.tsv: verbs (with their regular forms) and nouns of steps threatened under a condition. */
function threatMeasures(file: string): ThreatMeasures {
  const words: ThreatMeasures = { verbs: new Set(), nouns: new Set() };
  for (const { line, row } of readTsvLines(file, ['kind', 'word'])) {
    const kind = row.kind!.trim();
    const word = row.word!.trim();
    if ((kind !== 'verb' && kind !== 'noun') || !/^[a-z]+$/.test(word)) throw new Error(`${file}:${line}: bad line "${kind}\t${word}" (expected verb or noun <TAB> a lower-case word)`);
    if (kind === 'verb') for (const form of regularVerbForms(word)) words.verbs.add(form);
    else words.nouns.add(word);
  }
  return words;
}

/**
 * A list of lower-case words (its column named `column`), each with its plural: the `plural`
 * column where the file has one and the row fills it, else the word and "-s".
 */
function wordsWithPlurals(file: string, column: string): Set<string> {
  return new Set(
    readTsvLines(file, [column]).flatMap(({ line, row }) => {
      const word = row[column]!.trim();
      const plural = (row.plural ?? '').trim() || `${word}s`;
      if (!/^[a-z]+$/.test(word) || !/^[a-z]+$/.test(plural)) throw new Error(`${file}:${line}: bad ${column} "${word}" or plural "${plural}" (expected lower-case words)`);
      return [word, plural];
    }),
  );
}

function marketWords(file: string): Map<string, boolean> {
  return new Map(
    readTsvLines(file, ['word', 'alone']).map(({ line, row }) => {
      const word = row.word!.trim();
      const alone = row.alone!.trim();
      if (!/^[a-z]+$/.test(word)) throw new Error(`${file}:${line}: bad word "${word}" (expected one lower-case word)`);
      if (alone !== 'yes' && alone !== 'no') throw new Error(`${file}:${line}: bad alone "${alone}" (expected yes or no)`);
      return [word, alone === 'yes'];
    }),
  );
}

function codePolicy(file: string): CodePolicy {
  const settings = new Map(
    readTsvLines(file, ['setting', 'values']).map(({ line, row }) => [
      row.setting!.trim(),
      {
        line,
        values: row
          .values!.split(',')
          .map((v) => v.trim())
          .filter(Boolean),
      },
    ]),
  );
  const list = (name: string, pattern: RegExp): string[] => {
    const { line, values } = settings.get(name) ?? { values: [] };
    if (!values.length) throw new Error(`${file}${line ? `:${line}` : ''}: no values for "${name}"`);
    const bad = values.find((v) => !pattern.test(v));
    if (bad !== undefined) throw new Error(`${file}:${line}: bad value "${bad}" for "${name}"`);
    return values;
  };
  const roots = (name: string) => new Set(list(name, /^\d\d$/));
  const codes = (name: string) => list(name, /^\d{2,4}$/);
  const types = (name: string) => new Set(list(name, /^[A-Z]+$/));
  return {
    complementTargetRoots: roots('complement_target_roots'),
    complementSubjectOnlyRoots: roots('complement_subject_only_roots'),
    ownCountryRoots: roots('own_country_roots'),
    materialConflictRoots: roots('material_conflict_roots'),
    demandCode: codes('demand_code')[0]!,
    conditionalThreatCode: codes('conditional_threat_code')[0]!,
    intentPloverTypes: types('intent_plover_types'),
    threatPloverTypes: types('threat_plover_types'),
    visitCodes: new Set(codes('visit_codes')),
    visitCode: codes('visit_codes')[0]!,
    intentToMeetCode: codes('intent_to_meet_code')[0]!,
    evaluationRoots: roots('evaluation_roots'),
    hostingCodes: codes('hosting_codes'),
    judgingCodes: codes('judging_codes'),
    respondingCodes: codes('responding_codes'),
    continuedForceRoots: roots('continued_force_roots'),
    armedForceCodes: codes('armed_force_codes'),
    forceByThingRoots: roots('force_by_thing_roots'),
    armedRoles: new Set(list('armed_roles', /^[A-Z]{3}$/)),
    speakingRoles: new Set(list('speaking_roles', /^[A-Z]{3}$/)),
    unarmedRoles: new Set(list('unarmed_roles', /^[A-Z]{3}$/)),
    unarmedCodePrefixes: list('unarmed_code_prefixes', /^[A-Z]{3}$/),
    politicalCodes: codes('political_codes'),
    privateRoles: new Set(list('private_roles', /^[A-Z]{3}$/)),
    privateOfficeNouns: new Set(list('private_office_nouns', /^[a-z]+$/)),
    firmRoles: new Set(list('firm_roles', /^[A-Z]{3}$/)),
    measureRoots: roots('measure_roots'),
    marketObjectRoots: roots('market_object_roots'),
    mobilizationRoots: roots('mobilization_roots'),
    ownPlaceCodes: codes('own_place_codes'),
    forcesMovingVerbs: new Set(list('forces_moving_verbs', /^[a-z]+$/)),
    forcesMovingCode: codes('forces_moving_code')[0]!,
    forcesMovingRoles: new Set(list('forces_moving_roles', /^[A-Z]{3}$/)),
    labourStrikeVerbs: new Set(list('labour_strike_verbs', /^[a-z]+$/)),
    labourStrikeCode: codes('labour_strike_code')[0]!,
    labourRoles: new Set(list('labour_roles', /^[A-Z]{3}$/)),
    admissionCodes: codes('admission_codes'),
    commentRefusalCodes: codes('comment_refusal_codes'),
    journeyVerbs: new Set(list('journey_verbs', /^[a-z]+$/)),
    joiningVerbs: new Set(list('joining_verbs', /^[a-z]+$/)),
    joiningMutualObjects: new Set(list('joining_mutual_objects', /^[a-z]+$/)),
    visitorRoles: new Set(list('visitor_roles', /^[A-Z]{3}$/)),
    destinationVerbs: new Set(list('destination_verbs', /^[a-z]+$/)),
    addressedRoots: roots('addressed_roots'),
    groupingNouns: new Set(list('grouping_nouns', /^[a-z]+$/)),
    hearsayVerbs: new Set(list('hearsay_verbs', /^[a-z]+$/)),
  };
}

/** The three-letter roles a role part of an actor code is made of ("GOVMIL": GOV and MIL; "UNOMIL" of IGOUNOMIL: UNO and MIL). */
function rolesIn(role: string): string[] {
  return role.match(/[A-Z]{3}/g) ?? [];
}

/** Whether an actor of this role bears arms: one of its roles is an armed role (code-policy.tsv armed_roles). */
export function isArmedRole(codes: CodePolicy, role: string): boolean {
  return hasAnyRole(codes.armedRoles, role);
}

/** Whether any of a code's roles ("GOVMIL": GOV, MIL) is one of `roles`. */
function hasAnyRole(roles: ReadonlySet<string>, role: string): boolean {
  return rolesIn(role).some((r) => roles.has(r));
}

/** Whether an actor of this role is an armed force whose moving is a force posture (code-policy.tsv forces_moving_roles). */
export function isMovingForceRole(codes: CodePolicy, role: string): boolean {
  return hasAnyRole(codes.forcesMovingRoles, role);
}

/** Whether an actor of this role is labour, whose strike is no attack (code-policy.tsv labour_roles). */
export function isLabourRole(codes: CodePolicy, role: string): boolean {
  return hasAnyRole(codes.labourRoles, role);
}

/** Whether a body of this role fights with words: its first role is a speaking role (code-policy.tsv speaking_roles; "USALEG", "RUSGOV"). */
export function isSpeakingRole(codes: CodePolicy, role: string): boolean {
  return codes.speakingRoles.has(role.slice(0, 3));
}

/**
 * Whether an actor carries no arms: none of its roles is armed, and one of them is an unarmed
 * role (a company, a newspaper) or its code opens with an unarmed prefix (Phoenix's MNC companies).
 */
export function isUnarmedActor(codes: CodePolicy, actor: string, role: string): boolean {
  if (isArmedRole(codes, role)) return false;
  return codes.unarmedCodePrefixes.some((p) => actor.startsWith(p)) || hasAnyRole(codes.unarmedRoles, role);
}

/**
 * Whether an actor acts for a private body, not a political party: its first role is a private
 * role (a company's chairman, "BUS"; a newspaper) or its code opens with an unarmed prefix (MNC).
 * A government's ministry of industry (ECUGOVBUS) is a government's.
 */
export function isPrivateActor(codes: CodePolicy, actor: string, role: string): boolean {
  return codes.unarmedCodePrefixes.some((p) => actor.startsWith(p)) || codes.privateRoles.has(role.slice(0, 3));
}

function targetRoleCodes(file: string): { cameo: string; role: string; then: string }[] {
  return readTsv(file, ['cameo', 'target_role', 'cameo_then']).map((row, i) => {
    const [cameo, role, then] = [row.cameo!.trim(), row.target_role!.trim(), row.cameo_then!.trim()];
    if (!/^\d{2,4}$/.test(cameo) || !/^[A-Z]{3}$/.test(role) || !/^\d{2,4}$/.test(then))
      throw new Error(`${file}: bad row ${i + 1} "${cameo}\t${role}\t${then}" (expected a code, a three-letter role, a code)`);
    return { cameo, role, then };
  });
}

/**
 * The code an act takes given its target's actor code: the general code made specific by the
 * target's role (cooperation with armed forces is military cooperation), else the code itself.
 */
export function codeForTarget(policy: EventPolicy, cameo: string, targetActor: string | undefined): string {
  if (!targetActor || !/^[A-Z]+$/.test(targetActor)) return cameo;
  // roles follow the three-letter country or organisation code: CHNMIL, USAGOVMIL, IGOUNOMIL
  const roles: string[] = targetActor.slice(3).match(/.{3}/g) ?? [];
  return policy.targetRoleCodes.find((r) => r.cameo === cameo && roles.includes(r.role))?.then ?? cameo;
}

function reciprocalCodes(file: string): { prefix: string; bare: boolean; words: string[] }[] {
  return readTsv(file, ['cameo_prefix', 'bare']).map((row, i) => {
    const prefix = row.cameo_prefix!.trim();
    const bare = row.bare!.trim();
    if (!/^\d{2,4}$/.test(prefix) || (bare !== 'yes' && bare !== 'no'))
      throw new Error(`${file}: bad row ${i + 1} "${prefix}\t${bare}" (expected a code prefix and yes/no)`);
    const words = (row.only_words ?? '')
      .split(',')
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean);
    return { prefix, bare: bare === 'yes', words };
  });
}

/** The target prepositions of a code, most preferred first. */
export function targetPrepositionsOf(policy: EventPolicy, cameo: string): string[] {
  return policy.targetPrepositions.get(cameo.slice(0, 2)) ?? policy.targetPrepositions.get('*')!;
}

/** The prepositions that name a target of the code, and those that name one for any code (the "*" line). */
export function anyTargetPrepositions(policy: EventPolicy, cameo: string): string[] {
  return [...targetPrepositionsOf(policy, cameo), ...targetPrepositionsOf(policy, '*')];
}

/** What completes a predicate: nothing ("agreed."), a clause ("agreed to expand trade") or a noun phrase ("met on Monday"). */
export type Complement = 'none' | 'clause' | 'phrase';

/**
 * Whether coordinated actors do the act to each other. An act the verb says alone ("Iran and
 * Oman met") is not mutual when a clause completes it ("are considering doing so"); one that
 * needs a complement ("agreed to expand trade") is not mutual without one ("Brazil and Chile
 * agreed." with someone else). Without a tree (`complement` undefined) the code decides. A code
 * whose row lists words is mutual only when the cue's word (`word`: the verb's lemma or the
 * noun) starts with one of them.
 */
export function isReciprocal(policy: EventPolicy, cameo: string, complement?: Complement, word?: string): boolean {
  const code = policy.reciprocal.find((c) => cameo.startsWith(c.prefix));
  // "Armenia and Azerbaijan fought" is mutual; "attacks in Nairobi and Dar es Salaam killed 257" is not
  if (code && word !== undefined && code.words.length && !code.words.some((w) => word.startsWith(w))) return false;
  if (!code || complement === undefined) return code !== undefined;
  return code.bare ? complement !== 'clause' : complement !== 'none';
}
