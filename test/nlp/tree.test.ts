// The tree query API, on trees written by hand in CoNLL-U the way UD English EWT annotates
// them (the parser's own output is tested against the same sentences elsewhere). Columns are
// aligned with spaces here for reading; treeOf turns them into tabs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConllu } from '../../src/nlp/conllu.ts';
import {
  agents,
  appositions,
  argumentsOf,
  children,
  clauseOf,
  clauseTokens,
  condition,
  conjuncts,
  dominates,
  isConditional,
  isNegated,
  isPassive,
  modals,
  negation,
  objects,
  obliques,
  relationIs,
  subjects,
  subjectsOf,
  subtree,
  subtreeSpan,
  type Tree,
} from '../../src/nlp/tree.ts';

type HandTree = Tree & { value: string[]; upos: string[] };

/** The sentences of a CoNLL-U text laid end to end as one document, with doc-wide heads. */
function treeOf(conllu: string): HandTree {
  const tabbed = conllu
    .split('\n')
    .map((line) => line.trim())
    .map((line) => (line.startsWith('#') ? line : line.split(/\s+/).join('\t')))
    .join('\n');
  const head: number[] = [];
  const tree: HandTree = { head: new Int32Array(), deprel: [], upos: [], lower: [], value: [] };
  for (const sentence of readConllu(tabbed)) {
    const offset = head.length;
    for (const word of sentence.words) {
      head.push(word.head === 0 ? -1 : offset + word.head - 1);
      tree.deprel.push(word.deprel);
      tree.upos.push(word.upos);
      tree.value.push(word.form);
      tree.lower.push(word.form.toLowerCase());
    }
  }
  tree.head = Int32Array.from(head);
  return tree;
}

/** Index of the nth occurrence (1-based) of a word form. */
function at(tree: HandTree, form: string, nth = 1): number {
  let found = -1;
  for (let i = 0; i < nth; i++) {
    found = tree.value.indexOf(form, found + 1);
    if (found < 0) throw new Error(`no ${form} (${nth}) in: ${tree.value.join(' ')}`);
  }
  return found;
}

function words(tree: HandTree, tokens: number[]): string[] {
  return tokens.map((t) => tree.value[t]!);
}

test('a relation without subtype matches its subtypes; with one, only itself', () => {
  assert.equal(relationIs('nsubj:pass', 'nsubj'), true);
  assert.equal(relationIs('acl:relcl', 'acl'), true);
  assert.equal(relationIs('nsubj', 'nsubj:pass'), false);
  assert.equal(relationIs('obl:agent', 'obl:tmod'), false);
  assert.equal(relationIs('advcl', 'acl'), false);
  assert.equal(relationIs('compound', 'compound:prt'), false);
});

const passiveWithAgent = treeOf(`
# text = The embassy was attacked by militants.
1   The        the        DET    _  _  2  det         _  _
2   embassy    embassy    NOUN   _  _  4  nsubj:pass  _  _
3   was        be         AUX    _  _  4  aux:pass    _  _
4   attacked   attack     VERB   _  _  0  root        _  _
5   by         by         ADP    _  _  6  case        _  _
6   militants  militant   NOUN   _  _  4  obl:agent   _  _
7   .          .          PUNCT  _  _  4  punct       _  _
`);

test('children, filtered by relation and subtype', () => {
  const doc = passiveWithAgent;
  const attacked = at(doc, 'attacked');
  assert.deepEqual(words(doc, children(doc, attacked)), ['embassy', 'was', 'militants', '.']);
  assert.deepEqual(words(doc, children(doc, attacked, 'nsubj')), ['embassy']);
  assert.deepEqual(words(doc, children(doc, attacked, 'nsubj:pass', 'obl')), ['embassy', 'militants']);
  assert.deepEqual(children(doc, attacked, 'obl:tmod'), []);
  assert.deepEqual(children(doc, at(doc, 'The')), []);
  assert.deepEqual(words(doc, subtree(doc, at(doc, 'militants'))), ['by', 'militants']);
});

test('subtreeSpan: the first and last token below a token, itself included', () => {
  const doc = passiveWithAgent;
  const span = (w: string) => {
    const { first, last } = subtreeSpan(doc, at(doc, w));
    return [doc.value[first], doc.value[last]];
  };
  assert.deepEqual(span('militants'), ['by', 'militants']);
  assert.deepEqual(span('embassy'), ['The', 'embassy']);
  assert.deepEqual(span('attacked'), ['The', '.']);
  assert.deepEqual(span('was'), ['was', 'was']);
});

test('passive with agent: the agent is the source, the passive subject the target', () => {
  const doc = passiveWithAgent;
  const attacked = at(doc, 'attacked');
  const args = argumentsOf(doc, attacked);
  assert.equal(args.passive, true);
  assert.deepEqual(words(doc, args.subjects), ['embassy']);
  assert.deepEqual(words(doc, args.agents), ['militants']);
  assert.deepEqual(words(doc, args.sources), ['militants']);
  assert.deepEqual(words(doc, args.targets), ['embassy']);
  assert.deepEqual(args.objects, []);
  assert.deepEqual(args.obliques, [], 'the agent is not listed again among the obliques');
});

test('passive without agent: a target and no source', () => {
  const doc = treeOf(`
# text = Over 100 people were arrested.
1   Over      over      ADV    _  _  2  advmod      _  _
2   100       100       NUM    _  _  3  nummod      _  _
3   people    people    NOUN   _  _  5  nsubj:pass  _  _
4   were      be        AUX    _  _  5  aux:pass    _  _
5   arrested  arrest    VERB   _  _  0  root        _  _
6   .         .         PUNCT  _  _  5  punct       _  _
`);
  const args = argumentsOf(doc, at(doc, 'arrested'));
  assert.equal(args.passive, true);
  assert.deepEqual(args.agents, []);
  assert.deepEqual(args.sources, []);
  assert.deepEqual(words(doc, args.targets), ['people']);
});

test('a verb coordinated with a passive one shares its passive unless it has an object', () => {
  const doc = treeOf(`
# text = The town was shelled and captured by the army.
1   The       the       DET    _  _  2  det         _  _
2   town      town      NOUN   _  _  4  nsubj:pass  _  _
3   was       be        AUX    _  _  4  aux:pass    _  _
4   shelled   shell     VERB   _  _  0  root        _  _
5   and       and       CCONJ  _  _  6  cc          _  _
6   captured  capture   VERB   _  _  4  conj        _  _
7   by        by        ADP    _  _  9  case        _  _
8   the       the       DET    _  _  9  det         _  _
9   army      army      NOUN   _  _  6  obl:agent   _  _
10  .         .         PUNCT  _  _  4  punct       _  _

# text = Iran was accused of the attack and denied it.
1   Iran      Iran      PROPN  _  _  3  nsubj:pass  _  _
2   was       be        AUX    _  _  3  aux:pass    _  _
3   accused   accuse    VERB   _  _  0  root        _  _
4   of        of        ADP    _  _  6  case        _  _
5   the       the       DET    _  _  6  det         _  _
6   attack    attack    NOUN   _  _  3  obl         _  _
7   and       and       CCONJ  _  _  8  cc          _  _
8   denied    deny      VERB   _  _  3  conj        _  _
9   it        it        PRON   _  _  8  obj         _  _
10  .         .         PUNCT  _  _  3  punct       _  _
`);
  const captured = argumentsOf(doc, at(doc, 'captured'));
  assert.equal(captured.passive, true);
  assert.equal(captured.subjectFrom, 'coordination');
  assert.deepEqual(words(doc, captured.sources), ['army']);
  assert.deepEqual(words(doc, captured.targets), ['town']);

  const denied = argumentsOf(doc, at(doc, 'denied'));
  assert.equal(denied.passive, false);
  assert.deepEqual(words(doc, denied.sources), ['Iran']);
  assert.deepEqual(words(doc, denied.targets), ['it']);
  assert.equal(isPassive(doc, at(doc, 'accused')), true);
});

test('coordinated subjects: every conjunct is a subject, and conjuncts are found from any of them', () => {
  const doc = treeOf(`
# text = Poland, the Baltic states and Finland demanded new sanctions.
1   Poland     Poland     PROPN  _  _  8   nsubj   _  _
2   ,          ,          PUNCT  _  _  5   punct   _  _
3   the        the        DET    _  _  5   det     _  _
4   Baltic     Baltic     ADJ    _  _  5   amod    _  _
5   states     state      NOUN   _  _  1   conj    _  _
6   and        and        CCONJ  _  _  7   cc      _  _
7   Finland    Finland    PROPN  _  _  1   conj    _  _
8   demanded   demand     VERB   _  _  0   root    _  _
9   new        new        ADJ    _  _  10  amod    _  _
10  sanctions  sanction   NOUN   _  _  8   obj     _  _
11  .          .          PUNCT  _  _  8   punct   _  _
`);
  assert.deepEqual(words(doc, subjects(doc, at(doc, 'demanded'))), ['Poland', 'states', 'Finland']);
  for (const member of ['Poland', 'states', 'Finland']) {
    assert.deepEqual(words(doc, conjuncts(doc, at(doc, member))), ['Poland', 'states', 'Finland']);
  }
  assert.deepEqual(words(doc, conjuncts(doc, at(doc, 'sanctions'))), ['sanctions']);
});

test('coordinated objects: every conjunct is an object', () => {
  const doc = treeOf(`
# text = Paris condemned Moscow and Minsk.
1   Paris      Paris      PROPN  _  _  2  nsubj   _  _
2   condemned  condemn    VERB   _  _  0  root    _  _
3   Moscow     Moscow     PROPN  _  _  2  obj     _  _
4   and        and        CCONJ  _  _  5  cc      _  _
5   Minsk      Minsk      PROPN  _  _  3  conj    _  _
6   .          .          PUNCT  _  _  2  punct   _  _
`);
  const args = argumentsOf(doc, at(doc, 'condemned'));
  assert.deepEqual(words(doc, args.objects), ['Moscow', 'Minsk']);
  assert.deepEqual(words(doc, args.sources), ['Paris']);
  assert.deepEqual(words(doc, args.targets), ['Moscow', 'Minsk']);
});

test('coordinated predicates: a verb without a subject of its own shares the first one', () => {
  const doc = treeOf(`
# text = Rebels surrounded the airport and seized two helicopters.
1   Rebels       rebel       NOUN   _  _  2  nsubj    _  _
2   surrounded   surround    VERB   _  _  0  root     _  _
3   the          the         DET    _  _  4  det      _  _
4   airport      airport     NOUN   _  _  2  obj      _  _
5   and          and         CCONJ  _  _  6  cc       _  _
6   seized       seize       VERB   _  _  2  conj     _  _
7   two          two         NUM    _  _  8  nummod   _  _
8   helicopters  helicopter  NOUN   _  _  6  obj      _  _
9   .            .           PUNCT  _  _  2  punct    _  _
`);
  const seized = at(doc, 'seized');
  assert.deepEqual(subjectsOf(doc, seized), { tokens: [at(doc, 'Rebels')], from: 'coordination' });
  assert.deepEqual(words(doc, objects(doc, seized)), ['helicopters']);
  assert.deepEqual(words(doc, objects(doc, at(doc, 'surrounded'))), ['airport']);
  assert.deepEqual(words(doc, conjuncts(doc, seized)), ['surrounded', 'seized']);
});

test('relative clause: the relative pronoun stands for the noun, as subject or object', () => {
  // two sentences: token indices are doc-wide
  const doc = treeOf(`
# text = Police arrested the militants who attacked the embassy.
1   Police     police     NOUN   _  _  2  nsubj      _  _
2   arrested   arrest     VERB   _  _  0  root       _  _
3   the        the        DET    _  _  4  det        _  _
4   militants  militant   NOUN   _  _  2  obj        _  _
5   who        who        PRON   _  _  6  nsubj      _  _
6   attacked   attack     VERB   _  _  4  acl:relcl  _  _
7   the        the        DET    _  _  8  det        _  _
8   embassy    embassy    NOUN   _  _  6  obj        _  _
9   .          .          PUNCT  _  _  2  punct      _  _

# text = Kyiv retook the town that the army had captured.
1   Kyiv       Kyiv       PROPN  _  _  2  nsubj      _  _
2   retook     retake     VERB   _  _  0  root       _  _
3   the        the        DET    _  _  4  det        _  _
4   town       town       NOUN   _  _  2  obj        _  _
5   that       that       PRON   _  _  9  obj        _  _
6   the        the        DET    _  _  7  det        _  _
7   army       army       NOUN   _  _  9  nsubj      _  _
8   had        have       AUX    _  _  9  aux        _  _
9   captured   capture    VERB   _  _  4  acl:relcl  _  _
10  .          .          PUNCT  _  _  2  punct      _  _
`);
  const attacked = argumentsOf(doc, at(doc, 'attacked'));
  assert.deepEqual(words(doc, attacked.subjects), ['militants']);
  assert.equal(attacked.subjectFrom, 'relative');
  assert.deepEqual(words(doc, attacked.objects), ['embassy']);

  const captured = argumentsOf(doc, at(doc, 'captured'));
  assert.deepEqual(words(doc, captured.subjects), ['army']);
  assert.equal(captured.subjectFrom, 'own');
  assert.deepEqual(words(doc, captured.objects), ['town']);
  assert.equal(at(doc, 'town'), 12);
});

test('reduced relative clauses: an -ing or passive clause on a noun has it as subject, an infinitive does not', () => {
  const doc = treeOf(`
# text = Militants backed by Iran fired rockets.
1   Militants  militant   NOUN   _  _  5  nsubj      _  _
2   backed     back       VERB   _  _  1  acl        _  _
3   by         by         ADP    _  _  4  case       _  _
4   Iran       Iran       PROPN  _  _  2  obl:agent  _  _
5   fired      fire       VERB   _  _  0  root       _  _
6   rockets    rocket     NOUN   _  _  5  obj        _  _
7   .          .          PUNCT  _  _  5  punct      _  _

# text = Troops guarding the border welcomed the decision to withdraw.
1   Troops     troop      NOUN   _  _  5  nsubj      _  _
2   guarding   guard      VERB   _  _  1  acl        _  _
3   the        the        DET    _  _  4  det        _  _
4   border     border     NOUN   _  _  2  obj        _  _
5   welcomed   welcome    VERB   _  _  0  root       _  _
6   the        the        DET    _  _  7  det        _  _
7   decision   decision   NOUN   _  _  5  obj        _  _
8   to         to         PART   _  _  9  mark       _  _
9   withdraw   withdraw   VERB   _  _  7  acl        _  _
10  .          .          PUNCT  _  _  5  punct      _  _
`);
  const backed = argumentsOf(doc, at(doc, 'backed'));
  assert.equal(backed.passive, true);
  assert.deepEqual(words(doc, backed.sources), ['Iran']);
  assert.deepEqual(words(doc, backed.targets), ['Militants']);
  assert.deepEqual(words(doc, subjects(doc, at(doc, 'guarding'))), ['Troops']);
  assert.deepEqual(subjectsOf(doc, at(doc, 'withdraw')), { tokens: [], from: 'none' });
});

test('object control: the governing verb’s object (obj or iobj) is the subject', () => {
  const doc = treeOf(`
# text = Washington urged Kyiv to withdraw its troops.
1   Washington  Washington  PROPN  _  _  2  nsubj      _  _
2   urged       urge        VERB   _  _  0  root       _  _
3   Kyiv        Kyiv        PROPN  _  _  2  iobj       _  _
4   to          to          PART   _  _  5  mark       _  _
5   withdraw    withdraw    VERB   _  _  2  xcomp      _  _
6   its         its         PRON   _  _  7  nmod:poss  _  _
7   troops      troop       NOUN   _  _  5  obj        _  _
8   .           .           PUNCT  _  _  2  punct      _  _

# text = The blockade forced Armenia and Georgia to negotiate.
1   The         the         DET    _  _  2  det        _  _
2   blockade    blockade    NOUN   _  _  3  nsubj      _  _
3   forced      force       VERB   _  _  0  root       _  _
4   Armenia     Armenia     PROPN  _  _  3  obj        _  _
5   and         and         CCONJ  _  _  6  cc         _  _
6   Georgia     Georgia     PROPN  _  _  4  conj       _  _
7   to          to          PART   _  _  8  mark       _  _
8   negotiate   negotiate   VERB   _  _  3  xcomp      _  _
9   .           .           PUNCT  _  _  3  punct      _  _

# text = Minsk was urged to withdraw.
1   Minsk       Minsk       PROPN  _  _  3  nsubj:pass _  _
2   was         be          AUX    _  _  3  aux:pass   _  _
3   urged       urge        VERB   _  _  0  root       _  _
4   to          to          PART   _  _  5  mark       _  _
5   withdraw    withdraw    VERB   _  _  3  xcomp      _  _
6   .           .           PUNCT  _  _  3  punct      _  _
`);
  const withdraw = argumentsOf(doc, at(doc, 'withdraw'));
  assert.deepEqual(words(doc, withdraw.subjects), ['Kyiv']);
  assert.equal(withdraw.subjectFrom, 'control');
  assert.deepEqual(words(doc, withdraw.objects), ['troops']);
  assert.deepEqual(words(doc, objects(doc, at(doc, 'urged'))), ['Kyiv'], 'the one urged is the target of urging');
  assert.deepEqual(words(doc, subjects(doc, at(doc, 'negotiate'))), ['Armenia', 'Georgia']);
  // the passive subject of the governing verb is its logical object
  assert.deepEqual(words(doc, subjects(doc, at(doc, 'withdraw', 2))), ['Minsk']);
});

test('subject control: the governing verb’s subject, through chains of xcomp', () => {
  const doc = treeOf(`
# text = Moscow agreed to talk.
1   Moscow       Moscow     PROPN  _  _  2  nsubj  _  _
2   agreed       agree      VERB   _  _  0  root   _  _
3   to           to         PART   _  _  4  mark   _  _
4   talk         talk       VERB   _  _  2  xcomp  _  _
5   .            .          PUNCT  _  _  2  punct  _  _

# text = Tehran refused to keep negotiating.
1   Tehran       Tehran     PROPN  _  _  2  nsubj  _  _
2   refused      refuse     VERB   _  _  0  root   _  _
3   to           to         PART   _  _  4  mark   _  _
4   keep         keep       VERB   _  _  2  xcomp  _  _
5   negotiating  negotiate  VERB   _  _  4  xcomp  _  _
6   .            .          PUNCT  _  _  2  punct  _  _
`);
  assert.deepEqual(subjectsOf(doc, at(doc, 'talk')), { tokens: [at(doc, 'Moscow')], from: 'control' });
  assert.deepEqual(words(doc, subjects(doc, at(doc, 'negotiating'))), ['Tehran']);
});

test('non-finite adverbial clauses share the subject of the clause they modify, or its object after of/from/for', () => {
  const doc = treeOf(`
# text = Russia shelled the city, killing 20 people.
1   Russia     Russia     PROPN  _  _  2  nsubj      _  _
2   shelled    shell      VERB   _  _  0  root       _  _
3   the        the        DET    _  _  4  det        _  _
4   city       city       NOUN   _  _  2  obj        _  _
5   ,          ,          PUNCT  _  _  6  punct      _  _
6   killing    kill       VERB   _  _  2  advcl      _  _
7   20         20         NUM    _  _  8  nummod     _  _
8   people     people     NOUN   _  _  6  obj        _  _
9   .          .          PUNCT  _  _  2  punct      _  _

# text = Kyiv retaliated after being attacked by drones.
1   Kyiv       Kyiv       PROPN  _  _  2  nsubj      _  _
2   retaliated retaliate  VERB   _  _  0  root       _  _
3   after      after      SCONJ  _  _  5  mark       _  _
4   being      be         AUX    _  _  5  aux:pass   _  _
5   attacked   attack     VERB   _  _  2  advcl      _  _
6   by         by         ADP    _  _  7  case       _  _
7   drones     drone      NOUN   _  _  5  obl:agent  _  _
8   .          .          PUNCT  _  _  2  punct      _  _

# text = Kyiv accused Moscow of shelling the plant.
1   Kyiv       Kyiv       PROPN  _  _  2  nsubj      _  _
2   accused    accuse     VERB   _  _  0  root       _  _
3   Moscow     Moscow     PROPN  _  _  2  obj        _  _
4   of         of         SCONJ  _  _  5  mark       _  _
5   shelling   shell      VERB   _  _  2  advcl      _  _
6   the        the        DET    _  _  7  det        _  _
7   plant      plant      NOUN   _  _  5  obj        _  _
8   .          .          PUNCT  _  _  2  punct      _  _
`);
  const killing = argumentsOf(doc, at(doc, 'killing'));
  assert.equal(killing.subjectFrom, 'adverbial');
  assert.deepEqual(words(doc, killing.sources), ['Russia']);
  assert.deepEqual(words(doc, killing.targets), ['people']);
  const attacked = argumentsOf(doc, at(doc, 'attacked'));
  assert.equal(attacked.passive, true);
  assert.deepEqual(words(doc, attacked.sources), ['drones']);
  assert.deepEqual(words(doc, attacked.targets), ['Kyiv']);
  // after "of", "from", "for" the gerund is about the governing verb's object
  assert.deepEqual(subjectsOf(doc, at(doc, 'shelling')), { tokens: [at(doc, 'Moscow')], from: 'control' });
});

test('obliques carry their prepositions, shared by coordination, multi-word ones whole', () => {
  const doc = treeOf(`
# text = Macron spoke with Putin and Scholz on Tuesday because of the crisis.
1   Macron     Macron     PROPN  _  _  2   nsubj   _  _
2   spoke      speak      VERB   _  _  0   root    _  _
3   with       with       ADP    _  _  4   case    _  _
4   Putin      Putin      PROPN  _  _  2   obl     _  _
5   and        and        CCONJ  _  _  6   cc      _  _
6   Scholz     Scholz     PROPN  _  _  4   conj    _  _
7   on         on         ADP    _  _  8   case    _  _
8   Tuesday    Tuesday    PROPN  _  _  2   obl     _  _
9   because    because    ADP    _  _  12  case    _  _
10  of         of         ADP    _  _  9   fixed   _  _
11  the        the        DET    _  _  12  det     _  _
12  crisis     crisis     NOUN   _  _  2   obl     _  _
13  .          .          PUNCT  _  _  2   punct   _  _

# text = Iran condemned the attack on the embassy.
1   Iran       Iran       PROPN  _  _  2   nsubj   _  _
2   condemned  condemn    VERB   _  _  0   root    _  _
3   the        the        DET    _  _  4   det     _  _
4   attack     attack     NOUN   _  _  2   obj     _  _
5   on         on         ADP    _  _  7   case    _  _
6   the        the        DET    _  _  7   det     _  _
7   embassy    embassy    NOUN   _  _  4   nmod    _  _
8   .          .          PUNCT  _  _  2   punct   _  _
`);
  const named = (list: { token: number; preposition: string }[]) => list.map((o) => [doc.value[o.token], o.preposition]);
  assert.deepEqual(named(obliques(doc, at(doc, 'spoke'))), [
    ['Putin', 'with'],
    ['Scholz', 'with'],
    ['Tuesday', 'on'],
    ['crisis', 'because of'],
  ]);
  // a nominal cue's arguments are nmod
  assert.deepEqual(named(obliques(doc, at(doc, 'attack'))), [['embassy', 'on']]);
});

test('negation: not, never, cannot, no, on the predicate or its auxiliary', () => {
  const doc = treeOf(`
# text = Putin did not meet Zelensky.
1   Putin     Putin     PROPN  _  _  4  nsubj       _  _
2   did       do        AUX    _  _  4  aux         _  _
3   not       not       PART   _  _  4  advmod      _  _
4   meet      meet      VERB   _  _  0  root        _  _
5   Zelensky  Zelensky  PROPN  _  _  4  obj         _  _
6   .         .         PUNCT  _  _  4  punct       _  _

# text = Hamas never signed the truce.
1   Hamas     Hamas     PROPN  _  _  3  nsubj       _  _
2   never     never     ADV    _  _  3  advmod      _  _
3   signed    sign      VERB   _  _  0  root        _  _
4   the       the       DET    _  _  5  det         _  _
5   truce     truce     NOUN   _  _  3  obj         _  _
6   .         .         PUNCT  _  _  3  punct       _  _

# text = Kyiv cannot accept the terms.
1   Kyiv      Kyiv      PROPN  _  _  3  nsubj       _  _
2   cannot    can       AUX    _  _  3  aux         _  _
3   accept    accept    VERB   _  _  0  root        _  _
4   the       the       DET    _  _  5  det         _  _
5   terms     term      NOUN   _  _  3  obj         _  _
6   .         .         PUNCT  _  _  3  punct       _  _

# text = No talks were held.
1   No        no        DET    _  _  2  det         _  _
2   talks     talk      NOUN   _  _  4  nsubj:pass  _  _
3   were      be        AUX    _  _  4  aux:pass    _  _
4   held      hold      VERB   _  _  0  root        _  _
5   .         .         PUNCT  _  _  4  punct       _  _
`);
  assert.equal(negation(doc, at(doc, 'meet')), at(doc, 'not'));
  assert.equal(negation(doc, at(doc, 'signed')), at(doc, 'never'));
  assert.equal(negation(doc, at(doc, 'accept')), at(doc, 'cannot'));
  assert.equal(negation(doc, at(doc, 'talks')), at(doc, 'No'));
  assert.equal(isNegated(doc, at(doc, 'held')), false, '"no" negates the noun it determines');
  assert.equal(isNegated(doc, at(doc, 'Zelensky')), false);
});

test('negation: a "not" that a parser hung on the auxiliary still negates the predicate', () => {
  const doc = treeOf(`
# text = Seoul did n't respond.
1   Seoul     Seoul     PROPN  _  _  4  nsubj   _  _
2   did       do        AUX    _  _  4  aux     _  _
3   n't       not       PART   _  _  2  advmod  _  _
4   respond   respond   VERB   _  _  0  root    _  _
5   .         .         PUNCT  _  _  4  punct   _  _
`);
  assert.equal(negation(doc, at(doc, 'respond')), at(doc, "n't"));
});

test('"without" negates what it governs: the absent party, or the thing not done', () => {
  const doc = treeOf(`
# text = The ministers met without France.
1   The        the        DET    _  _  2  det     _  _
2   ministers  minister   NOUN   _  _  3  nsubj   _  _
3   met        meet       VERB   _  _  0  root    _  _
4   without    without    ADP    _  _  5  case    _  _
5   France     France     PROPN  _  _  3  obl     _  _
6   .          .          PUNCT  _  _  3  punct   _  _

# text = Blinken left without meeting Lavrov.
1   Blinken    Blinken    PROPN  _  _  2  nsubj   _  _
2   left       leave      VERB   _  _  0  root    _  _
3   without    without    SCONJ  _  _  4  mark    _  _
4   meeting    meet       VERB   _  _  2  advcl   _  _
5   Lavrov     Lavrov     PROPN  _  _  4  obj     _  _
6   .          .          PUNCT  _  _  2  punct   _  _
`);
  const met = at(doc, 'met');
  assert.equal(isNegated(doc, met), false, 'the meeting took place');
  assert.deepEqual(obliques(doc, met), [{ token: at(doc, 'France'), preposition: 'without' }]);
  assert.equal(negation(doc, at(doc, 'France')), at(doc, 'without'));

  const meeting = at(doc, 'meeting');
  assert.equal(negation(doc, meeting), at(doc, 'without', 2));
  assert.deepEqual(words(doc, subjects(doc, meeting)), ['Blinken']);
  assert.equal(isNegated(doc, at(doc, 'left')), false);
});

test('modals: modal auxiliaries only, shared by a coordinated verb phrase but not by a clause', () => {
  const doc = treeOf(`
# text = The EU could impose new sanctions and freeze assets, and Hungary has objected.
1   The        the        DET    _  _  2   det     _  _
2   EU         EU         PROPN  _  _  4   nsubj   _  _
3   could      could      AUX    _  _  4   aux     _  _
4   impose     impose     VERB   _  _  0   root    _  _
5   new        new        ADJ    _  _  6   amod    _  _
6   sanctions  sanction   NOUN   _  _  4   obj     _  _
7   and        and        CCONJ  _  _  8   cc      _  _
8   freeze     freeze     VERB   _  _  4   conj    _  _
9   assets     asset      NOUN   _  _  8   obj     _  _
10  ,          ,          PUNCT  _  _  14  punct   _  _
11  and        and        CCONJ  _  _  14  cc      _  _
12  Hungary    Hungary    PROPN  _  _  14  nsubj   _  _
13  has        have       AUX    _  _  14  aux     _  _
14  objected   object     VERB   _  _  4   conj    _  _
15  .          .          PUNCT  _  _  4   punct   _  _
`);
  assert.deepEqual(words(doc, modals(doc, at(doc, 'impose'))), ['could']);
  assert.deepEqual(words(doc, modals(doc, at(doc, 'freeze'))), ['could']);
  assert.deepEqual(modals(doc, at(doc, 'objected')), []);
  assert.deepEqual(words(doc, subjects(doc, at(doc, 'objected'))), ['Hungary']);
});

test('conditional: the if-clause and the clause it conditions, but not a relative clause inside it', () => {
  const doc = treeOf(`
# text = If Tokyo had met Seoul earlier, the dispute would have ended.
1   If         if         SCONJ  _  _  4   mark        _  _
2   Tokyo      Tokyo      PROPN  _  _  4   nsubj       _  _
3   had        have       AUX    _  _  4   aux         _  _
4   met        meet       VERB   _  _  12  advcl       _  _
5   Seoul      Seoul      PROPN  _  _  4   obj         _  _
6   earlier    early      ADV    _  _  4   advmod      _  _
7   ,          ,          PUNCT  _  _  4   punct       _  _
8   the        the        DET    _  _  9   det         _  _
9   dispute    dispute    NOUN   _  _  12  nsubj       _  _
10  would      would      AUX    _  _  12  aux         _  _
11  have       have       AUX    _  _  12  aux         _  _
12  ended      end        VERB   _  _  0   root        _  _
13  .          .          PUNCT  _  _  12  punct       _  _

# text = They met in Busan.
1   They       they       PRON   _  _  2   nsubj       _  _
2   met        meet       VERB   _  _  0   root        _  _
3   in         in         ADP    _  _  4   case        _  _
4   Busan      Busan      PROPN  _  _  2   obl         _  _
5   .          .          PUNCT  _  _  2   punct       _  _

# text = If the soldiers who attacked the base are punished, Kyiv will respond.
1   If         if         SCONJ  _  _  9   mark        _  _
2   the        the        DET    _  _  3   det         _  _
3   soldiers   soldier    NOUN   _  _  9   nsubj:pass  _  _
4   who        who        PRON   _  _  5   nsubj       _  _
5   attacked   attack     VERB   _  _  3   acl:relcl   _  _
6   the        the        DET    _  _  7   det         _  _
7   base       base       NOUN   _  _  5   obj         _  _
8   are        be         AUX    _  _  9   aux:pass    _  _
9   punished   punish     VERB   _  _  13  advcl       _  _
10  ,          ,          PUNCT  _  _  9   punct       _  _
11  Kyiv       Kyiv       PROPN  _  _  13  nsubj       _  _
12  will       will       AUX    _  _  13  aux         _  _
13  respond    respond    VERB   _  _  0   root        _  _
14  .          .          PUNCT  _  _  13  punct       _  _

# text = It is unclear whether Iran will attend.
1   It         it         PRON   _  _  3   expl        _  _
2   is         be         AUX    _  _  3   cop         _  _
3   unclear    unclear    ADJ    _  _  0   root        _  _
4   whether    whether    SCONJ  _  _  7   mark        _  _
5   Iran       Iran       PROPN  _  _  7   nsubj       _  _
6   will       will       AUX    _  _  7   aux         _  _
7   attend     attend     VERB   _  _  3   csubj       _  _
8   .          .          PUNCT  _  _  3   punct       _  _
`);
  const met = at(doc, 'met');
  assert.equal(condition(doc, met), met);
  assert.equal(condition(doc, at(doc, 'ended')), met);
  assert.equal(isConditional(doc, at(doc, 'met', 2)), false);

  const punished = at(doc, 'punished');
  assert.equal(condition(doc, at(doc, 'respond')), punished);
  assert.equal(isConditional(doc, at(doc, 'attacked')), false, 'the attack is presupposed, not conditional');
  assert.equal(isConditional(doc, at(doc, 'attend')), true);
  assert.equal(isConditional(doc, at(doc, 'unclear')), false);
});

const apposition = treeOf(`
# text = Lloyd Austin, the secretary of defense, said the talks had failed.
1   Lloyd      Lloyd      PROPN  _  _  9   nsubj   _  _
2   Austin     Austin     PROPN  _  _  1   flat    _  _
3   ,          ,          PUNCT  _  _  5   punct   _  _
4   the        the        DET    _  _  5   det     _  _
5   secretary  secretary  NOUN   _  _  1   appos   _  _
6   of         of         ADP    _  _  7   case    _  _
7   defense    defense    NOUN   _  _  5   nmod    _  _
8   ,          ,          PUNCT  _  _  5   punct   _  _
9   said       say        VERB   _  _  0   root    _  _
10  the        the        DET    _  _  11  det     _  _
11  talks      talk       NOUN   _  _  13  nsubj   _  _
12  had        have       AUX    _  _  13  aux     _  _
13  failed     fail       VERB   _  _  9   ccomp   _  _
14  .          .          PUNCT  _  _  9   punct   _  _
`);

test('apposition, both ways, from any word of the name', () => {
  const doc = apposition;
  assert.deepEqual(words(doc, appositions(doc, at(doc, 'Lloyd'))), ['secretary']);
  assert.deepEqual(words(doc, appositions(doc, at(doc, 'Austin'))), ['secretary']);
  assert.deepEqual(words(doc, appositions(doc, at(doc, 'secretary'))), ['Lloyd']);
  assert.deepEqual(appositions(doc, at(doc, 'talks')), []);
  assert.deepEqual(words(doc, subjects(doc, at(doc, 'said'))), ['Lloyd']);
});

test('clause of a token, and the tokens of a clause without the clauses inside it', () => {
  const doc = apposition;
  const said = at(doc, 'said');
  const failed = at(doc, 'failed');
  assert.equal(clauseOf(doc, at(doc, 'talks')), failed);
  assert.equal(clauseOf(doc, at(doc, 'defense')), said);
  assert.equal(clauseOf(doc, said), said);
  assert.equal(clauseOf(doc, failed), failed);
  assert.deepEqual(words(doc, clauseTokens(doc, said)), ['Lloyd', 'Austin', ',', 'the', 'secretary', 'of', 'defense', ',', 'said', '.']);
  assert.deepEqual(words(doc, clauseTokens(doc, failed)), ['the', 'talks', 'had', 'failed']);
  assert.deepEqual(agents(doc, said), []);
});

test('dominates: a word is above the words of its subtree and itself, not above its head or a sibling', () => {
  const doc = passiveWithAgent;
  const [attacked, embassy, militants, by] = [at(doc, 'attacked'), at(doc, 'embassy'), at(doc, 'militants'), at(doc, 'by')];
  assert.ok(dominates(doc, attacked, by));
  assert.ok(dominates(doc, militants, by));
  assert.ok(dominates(doc, embassy, embassy));
  assert.ok(!dominates(doc, militants, attacked));
  assert.ok(!dominates(doc, embassy, by));
  assert.ok(!dominates(doc, attacked, -1));
});
