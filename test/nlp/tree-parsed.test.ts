// The tree queries on trees the parser builds (test/nlp/tree.test.ts checks the same
// queries on trees written by hand). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/nlp/index.ts';
import { appositions, argumentsOf, conjuncts, isConditional, isNegated, modals, objects, subjects } from '../../src/nlp/tree.ts';

type Parsed = ReturnType<typeof parse>;

/** Index of the first token spelled `word` (after `from`), failing loudly when absent. */
function at(doc: Parsed, word: string, from = 0): number {
  const i = doc.value.indexOf(word, from);
  assert.ok(i >= 0, `"${word}" in ${doc.value.join(' ')}`);
  return i;
}
const words = (doc: Parsed, tokens: number[]) => tokens.map((t) => doc.value[t]);
/** The tree, for assertion messages. */
const show = (doc: Parsed) => doc.value.map((v, t) => `${v}/${doc.deprel[t]}>${doc.head[t]! < 0 ? 'ROOT' : doc.value[doc.head[t]!]}`).join(' ');

test('passive with an agent: the agent acts, the passive subject is acted on', () => {
  const doc = parse('The convoy was attacked by rebels near the border.');
  const args = argumentsOf(doc, at(doc, 'attacked'));
  assert.ok(args.passive, show(doc));
  assert.deepEqual(words(doc, args.sources), ['rebels'], show(doc));
  assert.deepEqual(words(doc, args.targets), ['convoy'], show(doc));
});

test('passive without an agent: no source', () => {
  const doc = parse('Twenty protesters were arrested in Minsk on Sunday.');
  const args = argumentsOf(doc, at(doc, 'arrested'));
  assert.ok(args.passive, show(doc));
  assert.deepEqual(args.sources, [], show(doc));
  assert.deepEqual(words(doc, args.targets), ['protesters'], show(doc));
});

test('coordinated subjects share the predicate', () => {
  const doc = parse('France and Germany condemned the annexation on Tuesday.');
  assert.deepEqual(words(doc, subjects(doc, at(doc, 'condemned'))), ['France', 'Germany'], show(doc));
  assert.deepEqual(words(doc, conjuncts(doc, at(doc, 'Germany'))), ['France', 'Germany'], show(doc));
});

test('coordinated objects share the predicate', () => {
  const doc = parse('Turkey criticised Sweden and Finland over the delay.');
  assert.deepEqual(words(doc, objects(doc, at(doc, 'criticised'))), ['Sweden', 'Finland'], show(doc));
});

test('a list of three names is one coordination, not a chain of pairs', () => {
  const doc = parse('Britain, Italy and Spain are insisting on a vote.');
  assert.deepEqual(words(doc, subjects(doc, at(doc, 'insisting'))), ['Britain', 'Italy', 'Spain'], show(doc));
});

test('relative clause: the noun it modifies is the subject', () => {
  // (Greedy parsing still garden-paths on a relative clause inside the main subject,
  // "The soldiers who attacked the village were arrested": see docs/accuracy.md.)
  const doc = parse('Police arrested the soldiers who attacked the village.');
  assert.deepEqual(words(doc, subjects(doc, at(doc, 'attacked'))), ['soldiers'], show(doc));
  assert.deepEqual(words(doc, objects(doc, at(doc, 'attacked'))), ['village'], show(doc));
});

test('object control and subject control', () => {
  const urged = parse('Washington urged Kyiv to withdraw its troops.');
  assert.deepEqual(words(urged, subjects(urged, at(urged, 'withdraw'))), ['Kyiv'], show(urged));
  const agreed = parse('Moscow agreed to resume talks with the rebels.');
  assert.deepEqual(words(agreed, subjects(agreed, at(agreed, 'resume'))), ['Moscow'], show(agreed));
});

test('negation, modality and conditionals', () => {
  const negated = parse('Beijing did not sign the treaty.');
  assert.ok(isNegated(negated, at(negated, 'sign')), show(negated));
  const never = parse('Tehran has never recognised the court.');
  assert.ok(isNegated(never, at(never, 'recognised')), show(never));
  const modal = parse('The EU could impose new sanctions next week.');
  assert.deepEqual(words(modal, modals(modal, at(modal, 'impose'))), ['could'], show(modal));
  assert.ok(!isNegated(modal, at(modal, 'impose')));
  const conditional = parse('If Israel had attacked Iran, oil prices would have soared.');
  assert.ok(isConditional(conditional, at(conditional, 'attacked')), show(conditional));
  const plain = parse('Israel attacked Iran, and oil prices soared.');
  assert.ok(!isConditional(plain, at(plain, 'attacked')), show(plain));
});

test('apposition: the name and its description', () => {
  const doc = parse('Lloyd Austin, the secretary of defense, visited Kyiv on Monday.');
  assert.deepEqual(words(doc, appositions(doc, at(doc, 'Lloyd'))), ['secretary'], show(doc));
  assert.deepEqual(words(doc, subjects(doc, at(doc, 'visited'))), ['Lloyd'], show(doc));
});
