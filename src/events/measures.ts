// Measures that restrict trade or aid, which CAMEO codes as sanctions (163) or as halting aid
// (162), where CAMEO.2.0's verb patterns read the verb alone as coercion (17x):
//
//   Norway's parliament approved an extensive trade ban against South Africa.   163, not 172
//   President Reagan was ready to impose retaliatory trade action against Japan. 163, not 170
//   They are divided over the scale of sanctions to impose on Iran.              163 ("impose" on its noun)
//   Tokyo protested the duties levied against its exports.                       163 (a participle on its noun)
//   The EU imposed an aid freeze on the Palestinian Authority.                    162
//   Police imposed a curfew on the slum.                                           no measure noun: stays 1723
//
// The measure is the verb's object, its passive subject, or the noun it modifies as a participle or
// infinitive; data/events/measure-nouns.tsv lists the nouns and the qualifiers some need ("a trade
// ban", "restrictions on imports"; a ban on travel is no trade measure).
import { join } from 'node:path';
import type { Doc } from '../nlp/index.ts';
import { children, conjuncts, hasRelation } from '../nlp/tree.ts';
import { readTsvLines } from './code-tables.ts';

/** A measure noun: the words one of which must qualify it (empty: none), and its CAMEO code. */
export type MeasureNoun = { qualifiers: string[]; cameo: string };

/** data/events/measure-nouns.tsv: noun and its plurals -> its lines, in file order. */
export function loadMeasureNouns(dir: string): Map<string, MeasureNoun[]> {
  const file = join(dir, 'measure-nouns.tsv');
  const nouns = new Map<string, MeasureNoun[]>();
  for (const { line, row } of readTsvLines(file, ['noun', 'qualifiers', 'cameo'])) {
    const noun = row.noun!.trim();
    const cameo = row.cameo!.trim();
    const qualifiers = row
      .qualifiers!.split(',')
      .map((w) => w.trim())
      .filter(Boolean);
    if (!/^[a-z]+$/.test(noun) || !/^\d{3,4}$/.test(cameo) || qualifiers.some((w) => !/^[a-z]+$/.test(w)))
      throw new Error(`${file}:${line}: bad line "${noun}\t${qualifiers.join(',')}\t${cameo}" (expected a lower-case noun, lower-case qualifiers, a CAMEO code)`);
    for (const form of wordForms(noun)) nouns.set(form, [...(nouns.get(form) ?? []), { qualifiers: qualifiers.flatMap(wordForms), cameo }]);
  }
  return nouns;
}

/** A noun and its regular plurals: "duty" -> "duties", "embargo" -> "embargoes", "tariff" -> "tariffs". */
function wordForms(noun: string): string[] {
  const forms = [noun, `${noun}s`, `${noun}es`];
  if (/[^aeiou]y$/.test(noun)) forms.push(`${noun.slice(0, -1)}ies`);
  return forms;
}

/** The nouns that name what a verb does: its objects, its passive subject, the noun it modifies as a participle or infinitive. */
function measureCandidates(doc: Doc, verb: number): number[] {
  const found = children(doc, verb, 'obj', 'nsubj:pass').flatMap((t) => conjuncts(doc, t));
  if (hasRelation(doc, verb, 'acl', 'acl:relcl') && doc.head[verb]! >= 0) found.push(doc.head[verb]!);
  return found;
}

/** Whether one of the qualifiers modifies the noun: a modifier ("trade ban") or a phrase's noun on it ("restrictions on imports"). */
function isQualified(doc: Doc, noun: number, qualifiers: string[]): boolean {
  if (!qualifiers.length) return true;
  return children(doc, noun, 'amod', 'compound', 'nmod').some((m) => qualifiers.includes(doc.lower[m]!));
}

/**
 * The code of an act of coercion (a code under one of `roots`) whose measure is a trade or aid
 * measure (163, 162), else undefined: the cue keeps its code.
 */
export function measureCode(doc: Doc, verb: number, code: string, roots: ReadonlySet<string>, nouns: ReadonlyMap<string, MeasureNoun[]>): string | undefined {
  if (!roots.has(code.slice(0, 2))) return undefined;
  for (const noun of measureCandidates(doc, verb)) {
    const measure = nouns.get(doc.lower[noun]!)?.find((m) => isQualified(doc, noun, m.qualifiers));
    if (measure) return measure.cameo;
  }
  return undefined;
}
