// Loading the issue lexicon (data/issues.txt) and the stance cues
// (data/issues.cues.txt). Formats are documented at the top of each file;
// every error names the file and line.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLexicon, LexiconError, parsePhrase, type Phrase, type PhraseLexicon } from './lexicon.ts';

export const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
export const defaultIssuesFile = join(dataDir, 'issues.txt');
export const defaultCuesFile = join(dataDir, 'issues.cues.txt');

export type Issue = { id: string; label: string; positive: string; line: number };

/** What an issue phrase names: the issue, and whether it names the opposite position ("! new sanctions"). */
export type IssuePhrase = { issue: string; reversed: boolean };

/** An event code that is itself a position: CAMEO 163 "impose sanctions" is -1 on sanctions relief. */
export type CameoStance = { issue: string; polarity: number; line: number };

export type IssueLexicon = {
  issues: Map<string, Issue>;
  lexicon: PhraseLexicon<IssuePhrase>;
  /** CAMEO code -> the stance its event's source takes */
  cameo: Map<string, CameoStance>;
};

const cameoLine = /^cameo\s+(\d{2,4})\s+([+-]1)$/;

/** The stance an event code implies: the rule for the code itself or the nearest code above it. */
export function cameoStance(lex: IssueLexicon, code: string): CameoStance | undefined {
  for (let n = code.length; n >= 2; n--) {
    const rule = lex.cameo.get(code.slice(0, n));
    if (rule) return rule;
  }
  return undefined;
}

export type CueKind = 'support' | 'oppose' | 'criticism' | 'praise';
export const cueKinds: readonly CueKind[] = ['support', 'oppose', 'criticism', 'praise'];

/** A tone rule for events: every event whose CAMEO code lies under `cameo`, or whose PLOVER type is `plover`. */
export type EventTone = { cameo?: string; plover?: string; polarity: number; line: number };

export type CueLexicons = {
  /** support (+1) and oppose (-1) cues: the value is the cue's polarity */
  polarity: PhraseLexicon<number>;
  /** criticism (-1) and praise (+1) of another actor: the value is the tone */
  tone: PhraseLexicon<number>;
  /** events that are criticism or praise of their target by their code */
  eventTones: EventTone[];
};

const issueHeader = /^\[([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*(.*)$/;
const sectionHeader = /^\[([^\]]*)\]\s*$/;
const eventToneLine = /^(cameo|plover)\s+(\S+)$/;

/** Lines that carry content: [lineNumber, trimmed text], comments and blanks dropped. */
function contentLines(text: string): [number, string][] {
  const out: [number, string][] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line && !line.startsWith('#')) out.push([i + 1, line]);
  });
  return out;
}

function phraseOrThrow(file: string, line: number, text: string) {
  try {
    return parsePhrase(text);
  } catch (e) {
    throw new LexiconError(file, line, (e as Error).message);
  }
}

export function parseIssues(text: string, file = 'issues.txt'): IssueLexicon {
  const issues = new Map<string, Issue>();
  const phrases: Phrase<IssuePhrase>[] = [];
  const cameo = new Map<string, CameoStance>();
  const seen = new Map<string, number>();
  let current: Issue | undefined;
  for (const [line, content] of contentLines(text)) {
    if (content.startsWith('[')) {
      const m = issueHeader.exec(content);
      if (!m)
        throw new LexiconError(file, line, `expected "[issue-id] Label | what +1 means" with a lower-case id of letters, digits and hyphens, got "${content}"`);
      const [label, positive] = m[2]!.split('|').map((s) => s.trim());
      if (issues.has(m[1]!)) throw new LexiconError(file, line, `issue "${m[1]}" is already defined at line ${issues.get(m[1]!)!.line}`);
      current = { id: m[1]!, label: label || m[1]!, positive: positive ?? '', line };
      issues.set(current.id, current);
      continue;
    }
    if (!current) throw new LexiconError(file, line, `phrase "${content}" comes before any [issue-id] header`);
    if (/^cameo\s/.test(content)) {
      const m = cameoLine.exec(content);
      if (!m) throw new LexiconError(file, line, `expected "cameo CODE +1" or "cameo CODE -1" with a 2-4 digit CAMEO code, got "${content}"`);
      const known = cameo.get(m[1]!);
      if (known) throw new LexiconError(file, line, `CAMEO code ${m[1]} is already given to ${known.issue} at line ${known.line}`);
      cameo.set(m[1]!, { issue: current.id, polarity: Number(m[2]), line });
      continue;
    }
    const reversed = content.startsWith('!');
    const phraseText = reversed ? content.slice(1).trim() : content;
    const words = phraseOrThrow(file, line, phraseText);
    const key = words.map((w) => (w.kind === 'word' ? w.word : w.kind === 'prefix' ? `${w.prefix}*` : '...')).join(' ');
    if (seen.has(key)) throw new LexiconError(file, line, `phrase "${phraseText}" is already listed at line ${seen.get(key)}`);
    seen.set(key, line);
    phrases.push({ words, text: phraseText, value: { issue: current.id, reversed }, line });
  }
  if (issues.size === 0) throw new LexiconError(file, 1, 'no [issue-id] headers found');
  return { issues, lexicon: buildLexicon(phrases), cameo };
}

export function parseCues(text: string, file = 'issues.cues.txt'): CueLexicons {
  const polarity: Phrase<number>[] = [];
  const tone: Phrase<number>[] = [];
  const eventTones: EventTone[] = [];
  let section: CueKind | undefined;
  for (const [line, content] of contentLines(text)) {
    const header = sectionHeader.exec(content);
    if (header) {
      if (!cueKinds.includes(header[1] as CueKind))
        throw new LexiconError(file, line, `unknown section [${header[1]}]; expected one of ${cueKinds.map((k) => `[${k}]`).join(', ')}`);
      section = header[1] as CueKind;
      continue;
    }
    if (!section) throw new LexiconError(file, line, `cue "${content}" comes before any [support], [oppose], [criticism] or [praise] section`);
    const value = section === 'support' || section === 'praise' ? 1 : -1;
    const rule = eventToneLine.exec(content);
    if (rule) {
      if (section !== 'criticism' && section !== 'praise') throw new LexiconError(file, line, `"${content}": event codes belong under [criticism] or [praise]`);
      if (rule[1] === 'cameo' && !/^\d{2,4}$/.test(rule[2]!))
        throw new LexiconError(file, line, `expected "cameo CODE" with a 2-4 digit CAMEO code, got "${content}"`);
      eventTones.push(rule[1] === 'cameo' ? { cameo: rule[2]!, polarity: value, line } : { plover: rule[2]!.toUpperCase(), polarity: value, line });
      continue;
    }
    const words = phraseOrThrow(file, line, content);
    if (section === 'criticism' || section === 'praise') tone.push({ words, text: content, value, line });
    else polarity.push({ words, text: content, value, line });
  }
  return { polarity: buildLexicon(polarity), tone: buildLexicon(tone), eventTones };
}

/** The tone an event's code gives it toward its target: the longest matching CAMEO rule, else a PLOVER rule, else none. */
export function eventTone(cues: CueLexicons, cameo: string, plover: string): { polarity: number; line: number } | undefined {
  let best: EventTone | undefined;
  for (const t of cues.eventTones) {
    if (t.cameo !== undefined && cameo.startsWith(t.cameo) && (!best?.cameo || t.cameo.length > best.cameo.length)) best = t;
  }
  best ??= cues.eventTones.find((t) => t.plover !== undefined && t.plover === plover.toUpperCase());
  return best;
}

function readDataFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function loadIssues(file = defaultIssuesFile): IssueLexicon {
  return parseIssues(readDataFile(file), file);
}

export function loadCues(file = defaultCuesFile): CueLexicons {
  return parseCues(readDataFile(file), file);
}
