// npm run train:parser: trains the tagger and the dependency parser on UD English (EWT +
// the openly licensed genres of GUM, ../shared/data/treebanks/) and writes the shipped
// model, data/parser/en-ud.model.gz. The same inputs give the same bytes: the order of
// sentences and every random choice come from a fixed seed.
//
// Entente parses wink-nlp's tokens, so training does too: each treebank sentence's text
// is tokenised by Entente's nlp stage and the gold tree is carried over onto those tokens
// (projectOntoTokens, in src/nlp/treebank.ts). Then:
//   1. the tagger is trained on all of it (5 passes);
//   2. the training tags the parser learns from are the tagger's own guesses, each fold of
//      a 5-way split tagged by a tagger trained on the other four (jackknifing), so the
//      parser learns to live with tagging errors as it will meet them;
//   3. the parser is trained with a dynamic oracle: after the first pass it follows its own
//      moves (nine times in ten) and learns the best move from wherever it ends up.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { readConllu } from '../src/nlp/conllu.ts';
import { loadNlp } from '../src/nlp/index.ts';
import { ExactWeights, PerceptronTrainer } from '../src/nlp/perceptron.ts';
import { maxTaggerFeatures, splitFineTag, startTag, tagSentence, taggerFeatures, uposTags } from '../src/nlp/tagger.ts';
import { bestLabel, bestLegal, labelFeatures, maxLabelFeatures, maxParserFeatures, Move, moveCount, moveFeatures, ParserState, type ParserModel, type SentenceView } from '../src/nlp/parser.ts';
import { encodeSyntaxModel } from '../src/nlp/model-file.ts';
import { projectOntoTokens, type TrainingSentence } from '../src/nlp/treebank.ts';
import { seededUniform } from '../eval/seeded.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.ENTENTE_SHARED ?? join(root, '..', 'shared'));
const treebanks = join(shared, 'data', 'treebanks');
// PARSER_MODEL_OUT writes elsewhere, to try a change without replacing the shipped model
const output = resolve(process.env.PARSER_MODEL_OUT ?? join(root, 'data', 'parser', 'en-ud.model.gz'));

// The shipped model learns from the training and development sets; the choices made on
// the way (features, passes, pruning) were measured with the training sets alone against
// the development sets (docs/accuracy.md). The test sets are never read here.
export const shippedTrainFiles = ['en_ewt-ud-train.conllu.gz', 'en_gum-open-train.conllu.gz', 'en_ewt-ud-dev.conllu.gz', 'en_gum-open-dev.conllu.gz'];
// PARSER_TRAIN_FILES (comma-separated) trains on other files: the training sets alone, to
// measure a change on the development sets (EVAL_PARSER_DEV=1 npm run eval -- parser scores
// the model at data/parser/)
export const trainFiles = process.env.PARSER_TRAIN_FILES ? process.env.PARSER_TRAIN_FILES.split(',') : shippedTrainFiles;
const taggerEpochs = Number(process.env.TAGGER_EPOCHS ?? 5);
const parserEpochs = Number(process.env.PARSER_EPOCHS ?? 15);
const folds = 5;
const explore = 0.9;
/**
 * Averaged weights this small are dropped from the shipped model: most of the parser's
 * features are rare word pairs whose weights change few decisions, and a table a third
 * the size is read faster. Measured on the dev sets (docs/accuracy.md): these thresholds
 * cost about 0.2 LAS and cut the file from 27 MB to 11 MB.
 */
const pruneBelow = { tagger: 0.2, moves: 2, labels: 1 };
const seed = 20261205;

function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function log(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}

export function loadTrainingSentences(files: string[], labelIndex?: Map<string, number>): { sentences: TrainingSentence[]; dropped: number } {
  const nlp = loadNlp();
  const sentences: TrainingSentence[] = [];
  let dropped = 0;
  for (const file of files) {
    const text = gunzipSync(readFileSync(join(treebanks, file))).toString('utf8');
    for (const gold of readConllu(text)) {
      const projected = projectOntoTokens(gold, nlp);
      if (!projected) {
        dropped++;
        continue;
      }
      if (labelIndex) for (const l of projected.deprels) if (!labelIndex.has(l)) labelIndex.set(l, labelIndex.size);
      sentences.push(projected);
    }
  }
  return { sentences, dropped };
}

/** A UD tag and Penn Treebank tag pair becomes a fine tag of its own when this common. */
const fineTagMinimum = 20;

/** The tagger's classes: common UPOS_XPOS pairs, and every UPOS alone for the rest. */
function fineTagsOf(sentences: readonly TrainingSentence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (let i = 0; i < s.upos.length; i++) {
    const pair = `${s.upos[i]}_${s.xpos[i]}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  const tags = new Set<string>(uposTags);
  for (const [pair, count] of counts) if (count >= fineTagMinimum && !pair.endsWith('_') && !pair.endsWith('__')) tags.add(pair);
  return [...tags].sort();
}

function fineTagOf(s: TrainingSentence, i: number, tagIndex: ReadonlyMap<string, number>): number {
  return tagIndex.get(`${s.upos[i]}_${s.xpos[i]}`) ?? tagIndex.get(s.upos[i]!) ?? tagIndex.get('X')!;
}

function trainTagger(sentences: readonly TrainingSentence[], tagIndex: ReadonlyMap<string, number>, epochs: number, rand: () => number): PerceptronTrainer {
  const model = new PerceptronTrainer(tagIndex.size);
  const features = new Uint32Array(maxTaggerFeatures);
  const scores = new Float64Array(tagIndex.size);
  for (let epoch = 0; epoch < epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const s of shuffled(sentences, rand)) {
      let prev = startTag;
      let prev2 = startTag;
      for (let i = 0; i < s.forms.length; i++) {
        const n = taggerFeatures(s.atoms, i, 0, s.forms.length, prev, prev2, features);
        scores.fill(0);
        model.score(features, n, scores);
        let guess = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[guess]!) guess = c;
        const truth = fineTagOf(s, i, tagIndex);
        model.update(truth, guess, features, n);
        if (guess === truth) right++;
        total++;
        prev2 = prev;
        prev = truth;
      }
    }
    log(`  tagger pass ${epoch + 1}: ${(right / total).toFixed(4)} on training tokens`);
  }
  return model;
}

function tagWith(model: ExactWeights, s: TrainingSentence): Uint8Array {
  const tags = new Uint8Array(s.forms.length);
  tagSentence(model, s.atoms, 0, s.forms.length, tags);
  return tags;
}

/**
 * Cost of each move under the arc-hybrid dynamic oracle: how many gold arcs it makes
 * unreachable. `gold[i]` is word i's gold head (n for the root).
 */
export function moveCosts(state: ParserState, gold: Int32Array, costs: Int32Array): void {
  const { depth, stack, front: b0, n } = state;
  const s0 = depth > 0 ? stack[depth - 1]! : -1;
  const s1 = depth > 1 ? stack[depth - 2]! : -1;
  // The root (n) is in the buffer until the end, but a word can still become the root
  // only while it is at the bottom of the stack: the root takes the last word left.
  const inBuffer = (i: number) => i >= b0;
  const headReachable = (h: number) => inBuffer(h) && (h < n || depth === 1);
  let childrenInBuffer = 0;
  if (s0 >= 0) for (let k = b0; k < n; k++) if (gold[k] === s0) childrenInBuffer++;

  costs.fill(1 << 20);
  if (state.legal(Move.left)) {
    const h = gold[s0]!;
    costs[Move.left] = childrenInBuffer + (h !== b0 && (h === s1 || headReachable(h)) ? 1 : 0);
  }
  if (state.legal(Move.right)) {
    costs[Move.right] = childrenInBuffer + (headReachable(gold[s0]!) ? 1 : 0);
  }
  if (state.legal(Move.shift)) {
    let lost = 0;
    for (let d = 0; d < depth; d++) {
      const k = stack[d]!;
      if (gold[k] === b0) lost++;
      if (k !== s0 && gold[b0] === k) lost++;
    }
    // shifted onto other words, b0 can no longer be the root
    if (gold[b0] === n && depth > 0) lost++;
    costs[Move.shift] = lost;
  }
}

type ParserTrainers = { moves: PerceptronTrainer; labels: PerceptronTrainer };

function trainParser(sentences: readonly TrainingSentence[], tags: ReadonlyMap<TrainingSentence, Uint8Array>, labelNames: string[], rand: () => number): ParserTrainers {
  const labelIndex = new Map(labelNames.map((l, i) => [l, i]));
  const rootLabel = labelIndex.get('root')!;
  const moves = new PerceptronTrainer(moveCount);
  const labels = new PerceptronTrainer(labelNames.length);
  const state = new ParserState();
  const features = new Uint32Array(Math.max(maxParserFeatures, maxLabelFeatures));
  const moveScores = new Float64Array(moveCount);
  const labelScores = new Float64Array(labelNames.length);
  const costs = new Int32Array(moveCount);
  const pseudoModel = { rootLabel } as ParserModel;
  for (let epoch = 0; epoch < parserEpochs; epoch++) {
    let moveRight = 0;
    let moveTotal = 0;
    let arcs = 0;
    let arcsRight = 0;
    let labelsRight = 0;
    for (const s of shuffled(sentences, rand)) {
      const n = s.forms.length;
      const gold = new Int32Array(n);
      for (let i = 0; i < n; i++) gold[i] = s.heads[i]! < 0 ? n : s.heads[i]!;
      const view: SentenceView = { atoms: s.atoms, tags: tags.get(s)!, from: 0 };
      state.reset(n);
      while (!state.done) {
        const count = moveFeatures(view, state, features);
        moveScores.fill(0);
        moves.score(features, count, moveScores);
        moveCosts(state, gold, costs);
        const guess = bestLegal(state, moveScores);
        let best = -1;
        for (let m = 0; m < moveCount; m++) {
          if (costs[m] !== 0) continue;
          if (best < 0 || moveScores[m]! > moveScores[best]!) best = m;
        }
        if (best < 0) throw new Error(`no zero-cost move in a training sentence (${s.id}): is it projective?`);
        moves.update(best, guess, features, count);
        moveTotal++;
        if (costs[guess] === 0) moveRight++;
        const chosen = (epoch > 0 && rand() < explore ? guess : best) as Move;
        let label = -1;
        if (chosen !== Move.shift) {
          const [dependent, head] = state.arc(chosen);
          const lc = labelFeatures(view, state, dependent, head, features);
          labelScores.fill(0);
          labels.score(features, lc, labelScores);
          const guessLabel = bestLabel(pseudoModel, labelScores, head === n);
          arcs++;
          if (gold[dependent] === head) {
            const truth = labelIndex.get(s.deprels[dependent]!)!;
            if (head !== n) labels.update(truth, guessLabel, features, lc);
            arcsRight++;
            if (truth === guessLabel) labelsRight++;
            label = truth;
          } else label = guessLabel;
        }
        state.apply(chosen, label);
      }
    }
    log(`  parser pass ${epoch + 1}: moves ${(moveRight / moveTotal).toFixed(4)}, arcs followed ${(arcsRight / arcs).toFixed(4)}, labels ${(labelsRight / arcsRight).toFixed(4)} (${moves.size} move rows, ${labels.size} label rows)`);
  }
  return { moves, labels };
}

async function main(): Promise<void> {
  const started = Date.now();
  log(`reading ${trainFiles.join(', ')} from ${treebanks}`);
  const labelIndex = new Map<string, number>([['root', 0]]);
  const { sentences, dropped } = loadTrainingSentences(trainFiles, labelIndex);
  const labelNames = [...labelIndex.keys()];
  const tokens = sentences.reduce((sum, s) => sum + s.forms.length, 0);
  log(`${sentences.length} sentences (${tokens} tokens) after projection onto Entente's tokens; ${dropped} dropped; ${labelNames.length} relations`);

  const fineTags = fineTagsOf(sentences);
  const tagIndex = new Map(fineTags.map((t, i) => [t, i]));
  log(`${fineTags.length} fine tags (UPOS_XPOS pairs seen at least ${fineTagMinimum} times, and each UPOS alone)`);
  const rand = seededUniform(seed);
  log(`tagger: jackknifed tags for the parser (${folds} folds)`);
  const tags = new Map<TrainingSentence, Uint8Array>();
  let foldRight = 0;
  let foldTotal = 0;
  for (let fold = 0; fold < folds; fold++) {
    const train = sentences.filter((_, i) => i % folds !== fold);
    const held = sentences.filter((_, i) => i % folds === fold);
    const model = new ExactWeights(trainTagger(train, tagIndex, taggerEpochs, rand).average());
    for (const s of held) {
      const t = tagWith(model, s);
      tags.set(s, t);
      for (let i = 0; i < t.length; i++) {
        foldTotal++;
        if (splitFineTag(fineTags[t[i]!]!).upos === s.upos[i]) foldRight++;
      }
    }
    log(`  fold ${fold + 1}/${folds} tagged`);
  }
  log(`jackknifed tagging accuracy ${(foldRight / foldTotal).toFixed(4)}`);
  log('tagger: the shipped one, on all training sentences');
  const tagger = trainTagger(sentences, tagIndex, taggerEpochs, rand).average(pruneBelow.tagger);

  log(`parser: ${parserEpochs} passes`);
  const parser = trainParser(sentences, tags, labelNames, rand);
  const moves = parser.moves.average(pruneBelow.moves);
  const labels = parser.labels.average(pruneBelow.labels);
  const bytes = encodeSyntaxModel({
    header: {
      tags: fineTags,
      labels: labelNames,
      training: {
        treebanks: trainFiles,
        sentences: sentences.length,
        tokens,
        dropped,
        taggerEpochs,
        parserEpochs,
        folds,
        explore,
        pruneBelow,
        fineTagMinimum,
        seed,
        jackknifedTagAccuracy: Number((foldRight / foldTotal).toFixed(4)),
      },
    },
    tagger,
    moves,
    labels,
  });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  log(`wrote ${output}: ${(bytes.length / 1e6).toFixed(1)} MB (tagger ${tagger.keys.length} rows, moves ${moves.keys.length}, labels ${labels.keys.length}), sha256 ${sha}`);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
