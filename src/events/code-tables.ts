// CAMEO code -> name, Goldstein score, quad class, PLOVER type and mode, read
// from the tables in data/events/ (copied from ../shared/data/cameo by
// scripts/build-verbs.ts; see data/events/README.md for their sources).
import { readFileSync } from 'node:fs';
import type { Quad } from '../model.ts';

export type CodeInfo = {
  cameo: string;
  name: string;
  goldstein: number;
  quad: Quad;
  /** PLOVER event type, "" where PLOVER has none (CAMEO 01x statements, 02x appeals) */
  plover: string;
  mode?: string;
  /** false for codes outside CAMEO 1.1b3 (legacy WEIS codes in old dictionaries) */
  known: boolean;
};

export type CodeTables = { info(cameo: string): CodeInfo | undefined; ploverTypes: Map<string, { requiresRecipient: boolean }> };

type Row = Record<string, string>;

/** Read a TSV with a header line; errors name the file and line. */
export function readTsv(file: string, required: string[]): Row[] {
  return readTsvLines(file, required).map((r) => r.row);
}

/** The rows of a TSV as readTsv reads them, each with its line number (from 1), for errors that name it. */
export function readTsvLines(file: string, required: string[]): { line: number; row: Row }[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  // leading "#" lines document the file; the first other line is the header
  let first = 0;
  while (first < lines.length && lines[first]!.startsWith('#')) first++;
  const header = (lines[first] ?? '').split('\t');
  for (const col of required) {
    if (!header.includes(col)) throw new Error(`${file}:${first + 1}: missing column "${col}" (have ${header.join(', ')})`);
  }
  const rows: { line: number; row: Row }[] = [];
  for (let i = first + 1; i < lines.length; i++) {
    if (!lines[i]!.trim() || lines[i]!.startsWith('#')) continue;
    const cells = lines[i]!.split('\t');
    const row: Row = {};
    header.forEach((h, k) => (row[h] = cells[k] ?? ''));
    rows.push({ line: i + 1, row });
  }
  return rows;
}

/** Quad class by CAMEO root: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict. */
function quadOfRoot(root: number): Quad {
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

export function loadCodeTables(dir: string): CodeTables {
  const codesFile = `${dir}/cameo-event-codes.tsv`;
  const byCode = new Map<string, CodeInfo>();
  for (const r of readTsv(codesFile, ['code', 'name', 'goldstein', 'quad_class'])) {
    const goldstein = Number(r.goldstein);
    const quad = Number(r.quad_class);
    if (!Number.isFinite(goldstein) || ![1, 2, 3, 4].includes(quad)) throw new Error(`${codesFile}: bad goldstein/quad for code ${r.code}`);
    byCode.set(r.code!, { cameo: r.code!, name: r.name!, goldstein, quad: quad as Quad, plover: '', known: true });
  }
  for (const r of readTsv(`${dir}/cameo-plover.tsv`, ['cameo_code', 'plover_event', 'plover_mode'])) {
    const info = byCode.get(r.cameo_code!);
    if (!info || info.plover) continue; // the crosswalk lists 175 twice; the first line wins
    info.plover = r.plover_event!;
    if (r.plover_mode) info.mode = r.plover_mode;
  }
  // Where the PLOVER manual puts a CAMEO act in another type than the crosswalk does
  // (data/events/plover-overrides.tsv quotes the manual for each line).
  const overridesFile = `${dir}/plover-overrides.tsv`;
  const overridden = new Set<string>();
  // codes outside CAMEO 1.1b3 (176, cyber attack, from the CAMEO.2.0 dictionary) get theirs in info()
  const outsideOverrides = new Map<string, Row>();
  for (const r of readTsv(overridesFile, ['cameo_code', 'plover_event', 'plover_mode'])) {
    if (!/^\d{3,4}$/.test(r.cameo_code!)) throw new Error(`${overridesFile}: "${r.cameo_code}" is not a CAMEO code (3 or 4 digits)`);
    const info = byCode.get(r.cameo_code!);
    if (!info) {
      outsideOverrides.set(r.cameo_code!, r);
      continue;
    }
    info.plover = r.plover_event!;
    if (r.plover_mode) info.mode = r.plover_mode;
    else delete info.mode;
    overridden.add(info.cameo);
  }
  // sub-codes without a crosswalk line of their own follow an overridden parent ("1631" -> 163)
  const crosswalked = new Set(readTsv(`${dir}/cameo-plover.tsv`, ['cameo_code']).map((r) => r.cameo_code!));
  for (const info of byCode.values()) {
    if (info.cameo.length < 4 || crosswalked.has(info.cameo) || overridden.has(info.cameo)) continue;
    const parent = byCode.get(info.cameo.slice(0, 3));
    if (parent && overridden.has(parent.cameo)) {
      info.plover = parent.plover;
      delete info.mode;
    }
  }
  // A base code without its own crosswalk line (e.g. 1041) takes its parent's type, not its mode.
  for (const info of byCode.values()) {
    if (info.plover || info.cameo.length < 4) continue;
    const parent = byCode.get(info.cameo.slice(0, 3));
    if (parent?.plover) info.plover = parent.plover;
  }
  // Our additions where the crosswalk has no type (data/events/plover-additions.tsv says why).
  const additions = readTsv(`${dir}/plover-additions.tsv`, ['cameo_prefix', 'plover_event']);
  for (const info of byCode.values()) {
    if (info.plover) continue;
    const added = additions.find((a) => info.cameo.startsWith(a.cameo_prefix!));
    if (added) info.plover = added.plover_event!;
  }
  const ploverTypes = new Map<string, { requiresRecipient: boolean }>();
  for (const r of readTsv(`${dir}/plover-event-types.tsv`, ['event', 'requires_recipient'])) {
    ploverTypes.set(r.event!, { requiresRecipient: /^yes/i.test(r.requires_recipient!) });
  }

  const memo = new Map<string, CodeInfo | undefined>();
  const info = (cameo: string): CodeInfo | undefined => {
    if (memo.has(cameo)) return memo.get(cameo);
    let found = byCode.get(cameo);
    if (!found && /^\d{2}/.test(cameo)) {
      // Codes outside CAMEO (WEIS-era "223", "1717", "174K" in old dictionaries): keep the code as
      // given, score it by the longest CAMEO prefix, or by its root's quad when none exists.
      const prefix = byCode.get(cameo.slice(0, 3)) ?? byCode.get(cameo.slice(0, 2));
      const root = Number(cameo.slice(0, 2));
      found = prefix
        ? { ...prefix, cameo, known: false }
        : { cameo, name: 'non-CAMEO code', goldstein: 0, quad: quadOfRoot(Math.min(root, 20)), plover: '', known: false };
      const override = outsideOverrides.get(cameo);
      if (override) {
        found = { ...found, plover: override.plover_event! };
        if (override.plover_mode) found.mode = override.plover_mode;
        else delete found.mode;
      }
    }
    memo.set(cameo, found);
    return found;
  };
  return { info, ploverTypes };
}
