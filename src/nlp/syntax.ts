// Syntax for the nlp stage: UPOS tags and a dependency tree for every sentence, from the
// model trained on UD English (data/parser/, see its NOTICE.md; `npm run train:parser`).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeSyntaxModel, type SyntaxModelHeader } from './model-file.ts';
import { splitFineTag, tagSentence, tokenAtoms, type TokenAtoms } from './tagger.ts';
import { ParserScratch, parseSentence, type ParserModel } from './parser.ts';
import { scorerOf, weightsFor, type LaidOutScorer, type ScorerTables } from './perceptron.ts';
import { repairSentence, twoWordNounStarts } from './repair.ts';

export const shippedModelPath = fileURLToPath(new URL('../../data/parser/en-ud.model.gz', import.meta.url));

export type SyntaxModel = {
  header: SyntaxModelHeader;
  tagger: LaidOutScorer;
  parser: ParserModel & { moves: LaidOutScorer; labels: LaidOutScorer };
  /** reused between sentences; parsing is synchronous, one model per thread */
  scratch: ParserScratch;
  /** the UD and Penn Treebank parts of each of the tagger's fine tags */
  upos: string[];
  xpos: string[];
};

/**
 * A loaded model as a worker thread can be given it (structured clone): its header and
 * its laid-out weight tables, which are over shared memory, so that a worker started by a
 * thread that has the model reads and lays out nothing (syntaxFromShared).
 */
export type SharedSyntax = { header: SyntaxModelHeader; tagger: ScorerTables; moves: ScorerTables; labels: ScorerTables };

const loaded = new Map<string, SyntaxModel>();

/** The syntax model at `path` (the shipped one by default), read once per process. */
export function loadSyntax(path = shippedModelPath): SyntaxModel {
  let model = loaded.get(path);
  if (model) return model;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`syntax model ${path}: cannot be read (${(error as Error).message}); run npm run train:parser to build it`);
  }
  const data = decodeSyntaxModel(bytes, `syntax model ${path}`);
  if (!data.header.labels.includes('root')) throw new Error(`syntax model ${path}: no 'root' relation among its labels`);
  model = modelOf(data.header, weightsFor(data.tagger), weightsFor(data.moves), weightsFor(data.labels));
  loaded.set(path, model);
  return model;
}

/** The shipped model if this thread has loaded it (loadSyntax), else undefined: loads nothing. */
export function loadedSyntax(): SyntaxModel | undefined {
  return loaded.get(shippedModelPath);
}

export function shareSyntax(model: SyntaxModel): SharedSyntax {
  return { header: model.header, tagger: model.tagger.tables, moves: model.parser.moves.tables, labels: model.parser.labels.tables };
}

/** The model another thread shared (shareSyntax): the same tables, with this thread's scratch space. */
export function syntaxFromShared(shared: SharedSyntax): SyntaxModel {
  return modelOf(shared.header, scorerOf(shared.tagger), scorerOf(shared.moves), scorerOf(shared.labels));
}

function modelOf(header: SyntaxModelHeader, tagger: LaidOutScorer, moves: LaidOutScorer, labels: LaidOutScorer): SyntaxModel {
  const labelNames = header.labels;
  return {
    header,
    tagger,
    parser: { moves, labels, labelNames, rootLabel: labelNames.indexOf('root') },
    scratch: new ParserScratch(labelNames.length),
    upos: header.tags.map((t) => splitFineTag(t).upos),
    xpos: header.tags.map((t) => splitFineTag(t).xpos),
  };
}

/** What syntax needs of a document: its tokens, wink's tags and its sentences. */
export type Tokens = {
  length: number;
  value: string[];
  pos: string[];
  sentences: readonly { firstToken: number; endToken: number }[];
};

export type Syntax = {
  /** UPOS tag of each token */
  upos: string[];
  /** Penn Treebank tag of each token ('' when the tagger's class does not say) */
  xpos: string[];
  /** head token index of each token (doc-wide); -1 for the root of its sentence */
  head: Int32Array;
  /** UD relation of each token to its head ('root' for a root) */
  deprel: string[];
};

/**
 * Tags and parses every sentence of the document. `datelineDashes` (per sentence, -1 for none)
 * gives the dash that closes a sentence's dateline ("BEIRUT - Scores of Syrian troops marched
 * ..."): the dateline and the sentence after it are parsed apart, as the treebank the parser
 * learnt from has no datelines (read together, "BEIRUT" became the subject of "marched" and the
 * troops its modifier), and the dateline's root hangs on the sentence's root as `dep`. Tags are
 * the whole sentence's (tagged apart, "Northern Mills Inc said" lost its name).
 */
export function analyzeSyntax(tokens: Tokens, model: SyntaxModel, datelineDashes: readonly number[] = []): Syntax {
  const atoms: TokenAtoms = tokenAtoms(tokens.value, tokens.pos);
  const tags = new Uint8Array(tokens.length);
  const head = new Int32Array(tokens.length).fill(-1);
  const deprel: string[] = new Array<string>(tokens.length).fill('root');
  // each sentence as one span, or two: its dateline, then the rest
  const spans: { from: number; to: number; dateline: boolean }[] = [];
  tokens.sentences.forEach((sentence, si) => {
    const dash = datelineDashes[si] ?? -1;
    if (dash >= sentence.firstToken && dash + 1 < sentence.endToken) {
      spans.push({ from: sentence.firstToken, to: dash + 1, dateline: true });
      spans.push({ from: dash + 1, to: sentence.endToken, dateline: false });
    } else spans.push({ from: sentence.firstToken, to: sentence.endToken, dateline: false });
  });
  // every sentence tagged before any is parsed: the tagger's and the parser's tables then
  // take turns in the cache once per document, not once per sentence
  for (const sentence of tokens.sentences) tagSentence(model.tagger, atoms, sentence.firstToken, sentence.endToken, tags);
  // "think tank": a noun whose first word the tagger reads as a verb (repair.ts twoWordNouns)
  const noun = model.header.tags.indexOf('NOUN_NN');
  for (const sentence of tokens.sentences) for (const t of twoWordNounStarts(tokens.value, sentence.firstToken, sentence.endToken)) tags[t] = noun;
  for (const span of spans) parseSentence(model.parser, { atoms, tags, from: span.from }, span.to, head, deprel, model.scratch);
  // the dateline's root hangs on the sentence's: one tree per sentence, as the stages expect
  spans.forEach((span, i) => {
    if (!span.dateline) return;
    const rest = spans[i + 1]!;
    const datelineRoot = firstRoot(head, span.from, span.to);
    const sentenceRoot = firstRoot(head, rest.from, rest.to);
    if (datelineRoot < 0 || sentenceRoot < 0) return;
    head[datelineRoot] = sentenceRoot;
    deprel[datelineRoot] = 'dep';
  });
  const upos: string[] = new Array<string>(tokens.length);
  const xpos: string[] = new Array<string>(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    upos[t] = model.upos[tags[t]!]!;
    xpos[t] = model.xpos[tags[t]!]!;
  }
  for (const sentence of tokens.sentences) repairSentence({ words: tokens.value, upos, xpos, head, deprel }, sentence.firstToken, sentence.endToken);
  return { upos, xpos, head, deprel };
}

/** The first token of [from, to) with no head (the root of a span parsed on its own), or -1. */
function firstRoot(head: Int32Array, from: number, to: number): number {
  for (let t = from; t < to; t++) if (head[t] === -1) return t;
  return -1;
}
