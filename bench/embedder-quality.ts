/**
 * Quality of the local embedder against the baselines of DESIGN §5.
 *   node bench/embedder-quality.ts [--datasets ../shared/datasets]
 *
 * Prints Spearman×100 between STS-B gold scores and cosine similarity (train is where parameters were
 * tuned, dev is what we report), then a threshold sweep for the cache's point of view: STS-B dev pairs with
 * score ≥ 4 should hit, ≤ 2 must miss; GPTCache paraphrases: the query's nearest cached prompt (among all
 * 964 origins) is its origin and above the threshold (correct hit) or another origin above it (wrong hit,
 * before guards); novel same-topic traffic: paraphrases of a fifth of the origins, queried against the other
 * four fifths (any hit is wrong).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LocalEmbedder } from '../src/embedding/local/local-embedder.ts';
import { removeComponents, SifAverager } from '../src/embedding/local/sif.ts';
import { ensureWordVectors, loadWordVectors } from '../src/embedding/local/word-vector-file.ts';
import type { WordVectors } from '../src/embedding/local/word-vectors.ts';
import { symmetricEigenvectors } from '../src/embedding/local/symmetric-eigen.ts';
import { wordTokens } from '../src/embedding/tokenize.ts';

interface ScoredPair {
  score: number;
  first: string;
  second: string;
}

type Similarity = (first: string, second: string) => number;

async function thresholdSweep(datasets: string, dev: ScoredPair[], embedder: LocalEmbedder, localSimilarity: Similarity): Promise<void> {
  const embed = (text: string): Float32Array => embedder.embedSync(text).vector;
  const pairs = JSON.parse(await readFile(join(datasets, 'gptcache-paraphrases.json'), 'utf8')) as Array<{ origin: string; similar: string }>;
  const origins = [...new Set(pairs.map((pair) => pair.origin))];
  const originVectors = origins.map(embed);
  const nearest = (text: string): { index: number; similarity: number } => {
    const query = embed(text);
    let index = -1;
    let similarity = -2;
    originVectors.forEach((vector, i) => {
      const s = cosine(query, vector);
      if (s > similarity) [index, similarity] = [i, s];
    });
    return { index, similarity };
  };
  const paraphrases = pairs.map((pair) => {
    const found = nearest(pair.similar);
    return { correct: origins[found.index] === pair.origin, similarity: found.similarity };
  });
  // Same-topic novel traffic: paraphrases of every fifth origin, queried against the other origins only.
  const heldOut = new Set(origins.filter((_, i) => i % 5 === 0));
  const keptVectors = originVectors.filter((_, i) => !heldOut.has(origins[i] ?? ''));
  const novel = pairs
    .filter((pair) => heldOut.has(pair.origin))
    .map((pair) => {
      const query = embed(pair.similar);
      return Math.max(...keptVectors.map((vector) => cosine(query, vector)));
    });
  const same = dev.filter((pair) => pair.score >= 4).map((pair) => localSimilarity(pair.first, pair.second));
  const different = dev.filter((pair) => pair.score <= 2).map((pair) => localSimilarity(pair.first, pair.second));
  const share = (list: number[], keep: (value: number) => boolean, of = list.length): string =>
    `${((100 * list.filter(keep).length) / of).toFixed(1)}%`.padStart(7);
  const correct = paraphrases.filter((p) => p.correct).map((p) => p.similarity);
  const wrong = paraphrases.filter((p) => !p.correct).map((p) => p.similarity);

  const top1 = paraphrases.filter((p) => p.correct).length / paraphrases.length;
  console.log(`\nGPTCache paraphrases: nearest origin is the right one for ${(100 * top1).toFixed(1)}%`);
  console.log('threshold | STS ≥4 hit | STS ≤2 hit | para correct | para wrong | novel same-topic hit');
  for (const threshold of [0.7, 0.75, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.92, 0.94, 0.96]) {
    const atLeast = (s: number): boolean => s >= threshold;
    console.log(
      `${threshold.toFixed(2).padStart(9)} | ${share(same, atLeast).padStart(10)} | ${share(different, atLeast).padStart(10)} | ` +
        `${share(correct, atLeast, paraphrases.length).padStart(12)} | ${share(wrong, atLeast, paraphrases.length).padStart(10)} | ` +
        `${share(novel, atLeast).padStart(20)}`,
    );
  }
  console.log('(para correct/wrong are shares of all 999 paraphrase queries; wrong hits are before the guards)');
}

async function readSts(file: string): Promise<ScoredPair[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.split('\t');
      return { score: Number(columns[4]), first: columns[5] ?? '', second: columns[6] ?? '' };
    });
}

function spearmanOf(pairs: ScoredPair[], similarity: Similarity): number {
  return 100 * spearman(pairs.map((pair) => pair.score), pairs.map((pair) => similarity(pair.first, pair.second)));
}

function spearman(x: number[], y: number[]): number {
  const rx = ranks(x);
  const ry = ranks(y);
  const n = x.length;
  const mean = (n - 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const a = (rx[i] ?? 0) - mean;
    const b = (ry[i] ?? 0) - mean;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Average ranks (ties share the mean of their positions). */
function ranks(values: number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j++;
    for (let k = i; k <= j; k++) out[order[k]?.index ?? 0] = (i + j) / 2;
    i = j + 1;
  }
  return out;
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let d = 0; d < a.length; d++) {
    const x = a[d] ?? 0;
    const y = b[d] ?? 0;
    dot += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa > 0 && bb > 0 ? dot / Math.sqrt(aa * bb) : 0;
}

function jaccard(first: string, second: string): number {
  const a = new Set(wordTokens(first));
  const b = new Set(wordTokens(second));
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

const STOP_WORDS = new Set(
  ('a an the of to and or in on at by for with from as is are was were be been being it its this that these those ' +
    'i you he she we they me him her us them my your his our their what which who whom do does did has have had ' +
    'will would shall should can could may might must there here so than then too very just also into about')
    .split(' '),
);

/** The DESIGN §5 baselines over the same word vectors (unknown tokens ignored). */
function baseline(
  words: WordVectors,
  options: { weighted: boolean; dropStopWords: boolean; pcCorpus?: ScoredPair[] },
): Similarity {
  const averager = new SifAverager(words);
  const unweighted = { mean: (ids: number[], out: Float64Array): void => {
    out.fill(0);
    for (const id of ids) words.addScaled(id, 1 / ids.length, out);
  } };
  const sentence = (text: string): Float64Array => {
    const ids = wordTokens(text)
      .filter((token) => !(options.dropStopWords && STOP_WORDS.has(token)))
      .map((token) => words.idOf(token))
      .filter((id): id is number => id !== undefined);
    const out = new Float64Array(words.dimension);
    if (options.weighted) averager.mean(ids, out);
    else unweighted.mean(ids, out);
    return out;
  };
  let component = new Float32Array(0);
  if (options.pcCorpus !== undefined) {
    const dimension = words.dimension;
    const moment = new Float64Array(dimension * dimension);
    for (const pair of options.pcCorpus) {
      for (const text of [pair.first, pair.second]) {
        const v = sentence(text);
        for (let i = 0; i < dimension; i++) for (let j = 0; j < dimension; j++) moment[i * dimension + j] = (moment[i * dimension + j] ?? 0) + (v[i] ?? 0) * (v[j] ?? 0);
      }
    }
    component = Float32Array.from(symmetricEigenvectors(moment, dimension).vectors[0] ?? []);
  }
  return (first, second) => {
    const a = sentence(first);
    const b = sentence(second);
    removeComponents(a, component);
    removeComponents(b, component);
    return cosine(a, b);
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { datasets: { type: 'string', default: '../shared/datasets' } } });
  const datasets = resolve(values.datasets);
  const train = await readSts(join(datasets, 'stsb-train.tsv'));
  const dev = await readSts(join(datasets, 'stsb-dev.tsv'));

  let started = performance.now();
  const path = await ensureWordVectors();
  const buildMs = performance.now() - started;
  started = performance.now();
  const vectors = await loadWordVectors(path);
  const loadMs = performance.now() - started;
  const embedder = new LocalEmbedder({ wordVectorsPath: path });
  await embedder.start();
  console.log(`word vectors: ${path}`);
  console.log(`ensure ${buildMs.toFixed(0)} ms (a no-op when built), load ${loadMs.toFixed(0)} ms, ${vectors.size} words`);

  const localSimilarity: Similarity = (a, b) => cosine(embedder.embedSync(a).vector, embedder.embedSync(b).vector);
  const rows: Array<[string, Similarity]> = [
    ['token-set Jaccard', jaccard],
    ['mean of word vectors', baseline(vectors, { weighted: false, dropStopWords: false })],
    ['mean without stop words', baseline(vectors, { weighted: false, dropStopWords: true })],
    ['SIF', baseline(vectors, { weighted: true, dropStopWords: false })],
    ['SIF + 1st PC of STS-B train removed', baseline(vectors, { weighted: true, dropStopWords: false, pcCorpus: train })],
    [`local embedder (${embedder.model}, ${embedder.dimension}d)`, localSimilarity],
  ];
  console.log('\nSTS-B Spearman×100          train   dev');
  for (const [name, similarity] of rows) {
    console.log(`${name.padEnd(48)} ${spearmanOf(train, similarity).toFixed(1).padStart(5)} ${spearmanOf(dev, similarity).toFixed(1).padStart(5)}`);
  }

  started = performance.now();
  const cpu = process.cpuUsage();
  let embedded = 0;
  for (let round = 0; round < 3; round++) {
    for (const pair of dev) {
      embedder.embedSync(pair.first);
      embedder.embedSync(pair.second);
      embedded += 2;
    }
  }
  const cpuMicros = process.cpuUsage(cpu);
  console.log(
    `\nembedding speed per STS-B sentence (~11 words): ${(((performance.now() - started) * 1000) / embedded).toFixed(1)} µs wall, ` +
      `${((cpuMicros.user + cpuMicros.system) / embedded).toFixed(1)} µs CPU`,
  );

  await thresholdSweep(datasets, dev, embedder, localSimilarity);
}

await main();
