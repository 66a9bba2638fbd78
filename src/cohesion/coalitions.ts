// Coalitions (data/coalitions.txt) and the "sides" of a cohesion question: what a
// user's argument (USA, USAGOV, person:..., "Emmanuel Macron", EUR, NATO) stands for,
// as a test on an actor at a date. Membership is dated, so "EU" in 2019 includes the UK
// and in 2021 does not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { dataDir } from '../stances/issues.ts';
import { LexiconError } from '../stances/lexicon.ts';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

export const defaultCoalitionsFile = join(dataDir, 'coalitions.txt');

/** Membership of one country: dates YYYY-MM-DD, both inclusive; undefined = open-ended. */
export type Membership = { country: string; from?: string; until?: string };

export type Coalition = {
  code: string;
  name: string;
  aliases: string[];
  /** actor codes standing for the coalition itself, each with the codes under it (IGOEUREEC, EUR -> EURGOV) */
  actors: string[];
  members: Membership[];
  line: number;
};

export type Coalitions = Map<string, Coalition>;

const headerPattern = /^\[([A-Z][A-Z0-9]*)\]\s*(.*)$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function parseCoalitions(text: string, file = 'coalitions.txt'): Coalitions {
  const coalitions: Coalitions = new Map();
  let current: Coalition | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const content = raw.trim();
    if (!content || content.startsWith('#')) return;
    const fail = (message: string): never => {
      throw new LexiconError(file, line, message);
    };
    if (content.startsWith('[')) {
      const m = headerPattern.exec(content) ?? fail(`expected "[CODE] Name" with an upper-case code, got "${content}"`);
      if (coalitions.has(m[1]!)) fail(`coalition ${m[1]} is already defined at line ${coalitions.get(m[1]!)!.line}`);
      current = { code: m[1]!, name: m[2]!.trim() || m[1]!, aliases: [], actors: [], members: [], line };
      coalitions.set(current.code, current);
      return;
    }
    if (!current) return fail(`"${content}" comes before any [CODE] header`);
    const [keyword, ...args] = content.split(/\s+/);
    switch (keyword) {
      case 'alias':
        if (args.length === 0) fail('alias needs a name');
        current.aliases.push(args.join(' '));
        break;
      case 'actor':
        if (args.length !== 1) fail(`actor needs exactly one actor id, got "${args.join(' ')}"`);
        current.actors.push(args[0]!);
        break;
      case 'member': {
        const [country, from, until, ...rest] = args;
        if (!country || rest.length) fail(`expected "member ISO3 [FROM] [UNTIL]", got "${content}"`);
        if (!countries.isValid(country!) || country !== country!.toUpperCase() || country!.length !== 3)
          fail(`"${country}" is not an ISO 3166 alpha-3 country code`);
        for (const d of [from, until])
          if (d !== undefined && (!datePattern.test(d) || Number.isNaN(Date.parse(d)))) fail(`"${d}" is not a date like 1995-01-01`);
        if (from && until && until < from) fail(`membership of ${country} ends (${until}) before it starts (${from})`);
        current.members.push({ country: country!, from, until });
        break;
      }
      case 'include': {
        const other = coalitions.get(args[0] ?? '') ?? fail(`include needs a coalition defined earlier in the file, got "${args.join(' ')}"`);
        current.members.push(...other.members);
        break;
      }
      default:
        fail(`unknown keyword "${keyword}"; expected alias, actor, member or include`);
    }
  });
  return coalitions;
}

export function loadCoalitions(file = defaultCoalitionsFile): Coalitions {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseCoalitions(text, file);
}

/** What the cohesion question needs to know about an actor (a row of the actors table). */
export type ActorInfo = { id: string; name?: string | null; kind?: string | null; country?: string | null; role?: string | null };

/** The country an actor belongs to: its country field, else a CAMEO id's leading country code (USAGOV -> USA). */
export function actorCountry(actor: ActorInfo): string | undefined {
  if (actor.country) return actor.country;
  const head = actor.id.slice(0, 3);
  return /^[A-Z]{3}$/.test(head) && countries.isValid(head) ? head : undefined;
}

export function isMember(coalition: Coalition, country: string, date: string | undefined): boolean {
  const day = date?.slice(0, 10);
  return coalition.members.some((m) => m.country === country && (!day || ((!m.from || m.from <= day) && (!m.until || day <= m.until))));
}

/** An actor coded to the bloc itself: one of its codes or a code under one (EURGOV, IGOEUREECCOM). */
function isCoalitionActor(coalition: Coalition, id: string): boolean {
  return coalition.actors.some((code) => id.startsWith(code));
}

export type SideKind = 'coalition' | 'country' | 'actor' | 'actors';

/** One side of a cohesion question: a test on an actor at a date (the article's publication date). */
export type Side = {
  /** what the user typed, normalised (USA, EUR, person:emmanuel-macron) */
  label: string;
  kind: SideKind;
  /** a sentence saying what it matches, for the output and docs */
  description: string;
  /** true when membership depends on the date (coalitions), so it is asked per record */
  dated: boolean;
  /** a country side's ISO alpha-3 code */
  country?: string;
  matches(actor: ActorInfo, date: string | undefined): boolean;
};

/** Actors known to the store, for resolving ids and names. */
export type ActorDirectory = { byId(id: string): ActorInfo | undefined; byName(name: string): ActorInfo[] };

export class UnknownSideError extends Error {}

/** Roles whose people speak for their government: a president's quote counts for USAGOV. */
const governmentRoles: ReadonlySet<string> = new Set(['GOV', 'GOVPRS', 'GOVMIN', 'GOVHOS', 'HOS', 'PRS']);

function countrySide(code: string, label = code): Side {
  return {
    label,
    kind: 'country',
    dated: false,
    country: code,
    description: `${countries.getName(code, 'en') ?? code}: every actor of ${code} (its government, military, people with country ${code})`,
    matches: (a) => actorCountry(a) === code,
  };
}

/**
 * Resolve a user's argument to a side, trying in order: a coalition code or alias, an actor id
 * (USAGOV also takes in that government's people), a country code or name, an actor's name.
 */
export function resolveSide(arg: string, coalitions: Coalitions, directory: ActorDirectory): Side {
  const wanted = arg.trim();
  const upper = wanted.toUpperCase();
  for (const c of coalitions.values()) {
    if (c.code === upper || c.aliases.some((a) => a.toUpperCase() === upper)) {
      const codePrefixes = c.actors.map((x) => `${x}...`).join(', ');
      return {
        label: c.code,
        kind: 'coalition',
        dated: true,
        description: `${c.name}: actors of member countries on the article's date${c.actors.length ? ` and actors coded ${codePrefixes}` : ''}`,
        matches: (a, date) => {
          if (isCoalitionActor(c, a.id)) return true;
          const country = actorCountry(a);
          return country !== undefined && (isMember(c, country, date) || isCoalitionActor(c, country));
        },
      };
    }
  }
  if (/^[A-Z]{3}$/.test(wanted) && countries.isValid(wanted)) return countrySide(wanted);
  const known = directory.byId(wanted);
  if (known || /^[A-Z]{6,}$/.test(wanted) || wanted.startsWith('person:')) {
    const country = wanted.slice(0, 3);
    const role = wanted.slice(3);
    const isCameoCode = /^[A-Z]{6,}$/.test(wanted) && countries.isValid(country);
    return {
      label: wanted,
      kind: 'actor',
      dated: false,
      description: isCameoCode
        ? `${wanted} and actors under it (${wanted}...), and people of ${country} with role ${role}`
        : `the actor ${wanted}${known?.name ? ` (${known.name})` : ''}`,
      matches: (a) =>
        a.id === wanted ||
        (isCameoCode &&
          (a.id.startsWith(wanted) ||
            (a.kind === 'person' && actorCountry(a) === country && (a.role === role || (role === 'GOV' && !!a.role && governmentRoles.has(a.role)))))),
    };
  }
  const byCountryName = countries.getAlpha3Code(wanted, 'en');
  if (byCountryName) return countrySide(byCountryName, wanted);
  const named = directory.byName(wanted);
  if (named.length) {
    const ids = new Set(named.map((a) => a.id));
    return { label: wanted, kind: 'actors', dated: false, description: `actors named "${wanted}": ${[...ids].join(', ')}`, matches: (a) => ids.has(a.id) };
  }
  throw new UnknownSideError(`"${arg}" is not a coalition (${[...coalitions.keys()].join(', ')}), a country code or name, or an actor id or name in the store`);
}
