// How sure an event is (0-1), from what supports it: the rule family that coded it and its
// CAMEO root, each weighed by how often such events were right on the whole-article dev gold.
//
//   France condemned Russia.                    a dictionary pattern or a verb's default (its root: 11)
//   Russia's invasion of Ukraine                a noun that reports an event (nominal.ts)
//   "They are liars," the minister said.        quoted speech (speech.ts)
//
// data/events/confidence.tsv holds the weights and the default threshold below which the events
// stage drops an event (--min-confidence changes it). Whether the parse agrees with word order on
// source and target was measured too and told nothing (docs/accuracy.md), so it is not a factor.
import { readTsv } from './code-tables.ts';

export type Family = 'pattern' | 'verb' | 'nominal' | 'naming' | 'stance' | 'speech' | 'demand';

const families: Family[] = ['pattern', 'verb', 'nominal', 'naming', 'stance', 'speech', 'demand'];

export type ConfidenceTable = {
  family: Map<Family, number>;
  root: Map<string, number>;
  /** the weight of a root the table does not list */
  otherRoot: number;
  /** events below it are dropped unless the options say otherwise */
  threshold: number;
};

/**
 * Reads `factor<TAB>value<TAB>weight` rows: `family <name>`, `root <two digits>`, `root other`
 * and `threshold default`, every weight from 0 to 1.
 */
export function loadConfidence(file: string): ConfidenceTable {
  const table: ConfidenceTable = { family: new Map(), root: new Map(), otherRoot: Number.NaN, threshold: Number.NaN };
  for (const r of readTsv(file, ['factor', 'value', 'weight'])) {
    const weight = Number(r.weight);
    const row = `${r.factor}\t${r.value}`;
    if (!(weight >= 0 && weight <= 1)) throw new Error(`${file}: weight "${r.weight}" of "${row}" is not a number from 0 to 1`);
    if (r.factor === 'family' && families.includes(r.value as Family)) table.family.set(r.value as Family, weight);
    else if (r.factor === 'root' && /^\d\d$/.test(r.value!)) table.root.set(r.value!, weight);
    else if (row === 'root\tother') table.otherRoot = weight;
    else if (row === 'threshold\tdefault') table.threshold = weight;
    else throw new Error(`${file}: unknown row "${row}" (expected family <${families.join('|')}>, root <NN>, root other or threshold default)`);
  }
  const missing = [
    ...families.filter((f) => !table.family.has(f)).map((f) => `family ${f}`),
    ...(Number.isNaN(table.otherRoot) ? ['root other'] : []),
    ...(Number.isNaN(table.threshold) ? ['threshold default'] : []),
  ];
  if (missing.length) throw new Error(`${file}: no weight for ${missing.join(', ')}`);
  return table;
}

/** The mean of the family's and the root's weights, rounded to two decimals. */
export function confidenceOf(family: Family, cameo: string, table: ConfidenceTable): number {
  const root = table.root.get(cameo.slice(0, 2)) ?? table.otherRoot;
  return Math.round(((table.family.get(family)! + root) / 2) * 100) / 100;
}
