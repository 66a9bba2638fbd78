// What a CAMEO-style code says about its actor: country, role, kind and a readable name.
//
//   USA        state            country USA
//   USAGOV     organization     country USA, role GOV
//   UKRMIL     organization     country UKR, role MIL
//   RUSCVL     group            country RUS, role CVL
//   EUR        group            a region
//   IGOWSTNAT  organization     an international organisation (no country)
//   person:... person           named in the article, not in the dictionaries
import * as worldCountriesModule from 'world-countries';
import type { Country } from 'world-countries';
import type { Actor, ActorKind } from '../model.ts';

// The package is CommonJS with an ESM-style declaration; take the array either way.
export const worldCountries: Country[] =
  ((worldCountriesModule as unknown as { default?: Country[] }).default ?? (worldCountriesModule as unknown as Country[]));

/** CAMEO region codes (CAMEO manual, "Regions"). */
export const regionNames: Record<string, string> = {
  AFR: 'Africa', ASA: 'Asia', BLK: 'Balkans', CRB: 'Caribbean', CAU: 'Caucasus', CFR: 'Central Africa',
  CAS: 'Central Asia', CEU: 'Central Europe', EIN: 'East Indies', EAF: 'Eastern Africa', EEU: 'Eastern Europe',
  EUR: 'Europe', LAM: 'Latin America', MEA: 'Middle East', MDT: 'Mediterranean', NAF: 'North Africa',
  NMR: 'North America', PGS: 'Persian Gulf', SCN: 'Scandinavia', SAM: 'South America', SAS: 'South Asia',
  SEA: 'Southeast Asia', SAF: 'Southern Africa', WAF: 'West Africa', WST: 'the West',
};

/** The role of a political party (USAPTY; a person who speaks for one). */
export const partyRole = 'PTY';

/** Roles whose actors are state institutions rather than social groups. */
const institutionalRoles = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);

/** Readable labels for the CAMEO role codes used in names ("Russia government"). */
const roleLabels: Record<string, string> = {
  GOV: 'government', MIL: 'military', LEG: 'legislature', JUD: 'judiciary', COP: 'police', SPY: 'intelligence',
  OPP: 'opposition', REB: 'rebels', CVL: 'civilians', BUS: 'business', MED: 'media', ELI: 'elites',
  EDU: 'education', LAB: 'labour', HLH: 'health', REL: 'religious', AGR: 'agriculture', REF: 'refugees',
  CRM: 'criminals', UAF: 'armed groups', PTY: 'party', HRI: 'rights groups', ENV: 'environment', DEV: 'development',
  PPL: 'people', IGO: 'intergovernmental organisations', NGO: 'non-governmental organisations', MNC: 'multinationals',
};

/** The readable label of a role code alone ("GOV": "government"), for an actor of no known country. */
export function roleName(role: string): string {
  return roleLabels[role.slice(0, 3)] ?? role;
}

const organizationPrefixes = ['IGO', 'NGO', 'NGM', 'MNC', 'IMG', 'INT'];

/** Whether a code is a role alone, with no country or region ("GOV" for "officials said" in a story of no country, "MED"). */
export function isRoleAlone(code: string): boolean {
  return code.length === 3 && code in roleLabels && !organizationPrefixes.includes(code);
}

/** Codes of international and non-state organisations (IGOWSTNAT, NGOHRI, MNC...). */
export function isOrganizationCode(code: string): boolean {
  return organizationPrefixes.includes(code.slice(0, 3).toUpperCase());
}

export const countryNames: ReadonlyMap<string, string> = new Map(worldCountries.map((c) => [c.cca3, c.name.common]));

/**
 * Phoenix codes of states that no longer exist and have no ISO code, as the state that continues
 * them (CAMEO's country list codes the Soviet Union as Russia): "Soviet troops" = RUSMIL;
 * Yugoslavia (YUG) and its rump of 1992-2006, Serbia and Montenegro (SCG), as Serbia.
 */
const continuingStates: Record<string, string> = { SUN: 'RUS', YUG: 'SRB', SCG: 'SRB' };

/** A dictionary code with a former state's head written as the state that continues it: SUNGOV -> RUSGOV, SUNRUS -> RUS. */
export function currentStateCode(code: string): string {
  const successor = continuingStates[code.slice(0, 3)];
  if (!successor) return code;
  const rest = code.slice(3);
  // "SUNRUS", Phoenix's code for a republic of the union, is the republic itself.
  return countryNames.has(rest.slice(0, 3)) ? rest : successor + rest;
}

const demonyms: ReadonlySet<string> = new Set(
  worldCountries.flatMap((c) => (c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [])).filter(Boolean).map((d) => d.toLowerCase()),
);

/** Whether a word is a country's English demonym ("Brazilian", "French"), in any case. */
export function isDemonym(word: string): boolean {
  return demonyms.has(word.toLowerCase());
}

/** The three-letter country or region at the start of a code, if it is one. */
export function codeCountry(code: string): string | undefined {
  // an actor id is no code: "person:peter-x" would read as Peru
  if (code.includes(':')) return undefined;
  const head = code.slice(0, 3).toUpperCase();
  return countryNames.has(head) ? head : undefined;
}

export function isRegion(code: string): boolean {
  return code.slice(0, 3).toUpperCase() in regionNames;
}

/**
 * Whether an id is an actor of the article rather than a code (person:, org:, group:): its country
 * and role, when the text gives them, are in its Actor record, not in the id.
 */
export function isArticleActor(id: string): boolean {
  return id.startsWith('person:') || id.startsWith('org:') || id.startsWith('group:');
}

/** The actor a code stands for; `surface` names organisations and people (the mention's text). */
export function describeActor(id: string, surface: string): Actor {
  if (id.startsWith('person:')) return { id, name: surface, kind: 'person' };
  if (id.startsWith('org:')) return { id, name: surface, kind: 'organization' };
  if (id.startsWith('group:')) return { id, name: surface, kind: 'group' };
  const upper = id.toUpperCase();
  const country = codeCountry(upper);
  const head = upper.slice(0, 3);
  const role = upper.length > 3 ? upper.slice(3) : undefined;
  if (country || head in regionNames) {
    const place = country ? countryNames.get(country)! : regionNames[head]!;
    const kind: ActorKind = !role ? (country ? 'state' : 'group') : institutionalRoles.has(role.slice(0, 3)) ? 'organization' : 'group';
    const name = role ? `${place} ${roleLabels[role.slice(0, 3)] ?? role}` : place;
    return { id, name, kind, ...(country ? { country } : {}), ...(role ? { role } : {}) };
  }
  const kind: ActorKind = organizationPrefixes.includes(head) ? 'organization' : 'group';
  return { id, name: surface, kind };
}

/**
 * An actor code with an agent code added, CAMEO-style: Gondor (GON) + ~GOV = GONGOV;
 * a prefix agent (NGO~) goes in front. A code that already ends with the role keeps it.
 */
export function composeCode(base: string, agent: string, placement: 'suffix' | 'prefix'): string {
  if (placement === 'prefix') return base.startsWith(agent) ? base : agent + base;
  if (base.endsWith(agent)) return base;
  // A role already present (USAGOV + GOVMIL) is not repeated: USAGOVMIL.
  if (agent.startsWith(base.slice(3)) && base.length > 3) return base.slice(0, 3) + agent;
  // Nor one present further on ("Bank of England officials": GBRGOVBUS + GOV stays GBRGOVBUS).
  const roles = new Set(base.slice(3).match(/.{3}/g) ?? []);
  const added = (agent.match(/.{3}/g) ?? [agent]).filter((role) => !roles.has(role));
  return base + added.join('');
}
