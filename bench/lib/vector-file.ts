/**
 * Sentence (or random) unit vectors for the vector-index benchmarks (bench/vector-index-compare.ts,
 * bench/index-churn.ts), generated once and cached in a binary file with each query's brute-force answer.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Embedder } from '../../src/embedding/embedder.ts';
import { FlatIndex } from '../../src/store/embedded/flat-index.ts';
import { toUnit } from '../../src/store/embedded/vector-math.ts';
import { seededRandom } from '../../src/util/seeded-random.ts';

/**
 * Vectors, queries and brute-force answers in one binary file, cached under the OS temp directory:
 * [dimension, count, queries] as uint32, then count + queries vectors (f32), then the true nearest label of
 * each query (uint32).
 */
export async function vectorFile(options: { kind: string; count: number; queries: number; datasets: string }): Promise<string> {
  const { kind, count, queries } = options;
  const dir = join(tmpdir(), 'semcache-vector-compare');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${kind}-${count}-${queries}.bin`);
  if (existsSync(file)) return file;
  const { dimension, vectors } = await generate(kind, count + queries, queries, options.datasets);
  const exact = new FlatIndex(dimension);
  for (let i = 0; i < count; i++) exact.add(String(i), vectors[i]!);
  const truth = new Uint32Array(queries);
  for (let q = 0; q < queries; q++) truth[q] = Number(exact.search(vectors[count + q]!, 1)[0]!.id);
  const header = new Uint32Array([dimension, count, queries]);
  const body = new Float32Array((count + queries) * dimension);
  vectors.forEach((vector, i) => body.set(vector, i * dimension));
  writeFileSync(file, Buffer.concat([Buffer.from(header.buffer), Buffer.from(body.buffer), Buffer.from(truth.buffer)]));
  return file;
}

export function readVectorFile(file: string) {
  const buffer = readFileSync(file);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();
  const [dimension, count, queries] = new Uint32Array(bytes.buffer, 0, 3) as unknown as [number, number, number];
  const floats = new Float32Array(bytes.buffer, 12, (count + queries) * dimension);
  const truth = new Uint32Array(bytes.buffer, 12 + floats.byteLength, queries);
  return {
    dimension,
    queries,
    truth,
    vector: (i: number) => floats.subarray(i * dimension, (i + 1) * dimension),
    query: (q: number) => floats.slice((count + q) * dimension, (count + q + 1) * dimension),
  };
}

async function generate(kind: string, total: number, queryCount: number, datasets: string): Promise<{ dimension: number; vectors: Float32Array[] }> {
  const random = seededRandom(12345);
  if (kind === 'random') {
    return { dimension: 100, vectors: Array.from({ length: total }, () => gaussianVector(100, random)) };
  }
  if (kind !== 'sentences') throw new Error(`unknown --vectors "${kind}" (sentences, random)`);
  const { LocalEmbedder } = (await import('../../src/embedding/local/local-embedder.ts')) as { LocalEmbedder: new () => Embedder };
  const embedder = new LocalEmbedder();
  await embedder.start();
  const sentences = datasetSentences(datasets);
  shuffle(sentences, random);
  // Queries (the last ones) are sentences never inserted; inserts are the others, then pairs of them.
  const queryTexts = sentences.slice(0, queryCount);
  const pool = sentences.slice(queryCount);
  const texts = pool.slice(0, total - queryCount);
  while (texts.length < total - queryCount) {
    texts.push(`${pool[Math.floor(random() * pool.length)]!} ${pool[Math.floor(random() * pool.length)]!}`);
  }
  texts.push(...queryTexts);
  const vectors: Float32Array[] = [];
  for (const text of texts) vectors.push(toUnit((await embedder.embed(text)).vector));
  return { dimension: embedder.dimension, vectors };
}

/** Distinct sentences of STS-B (train + dev) and the GPTCache paraphrase set. */
export function datasetSentences(dir: string): string[] {
  const sentences = new Set<string>();
  for (const file of ['stsb-train.tsv', 'stsb-dev.tsv']) {
    for (const line of readFileSync(resolve(dir, file), 'utf8').split('\n')) {
      const columns = line.split('\t');
      if (columns.length >= 7) {
        sentences.add(columns[5]!.trim());
        sentences.add(columns[6]!.trim());
      }
    }
  }
  const pairs = JSON.parse(readFileSync(resolve(dir, 'gptcache-paraphrases.json'), 'utf8')) as { origin: string; similar: string }[];
  for (const pair of pairs) {
    sentences.add(pair.origin.trim());
    sentences.add(pair.similar.trim());
  }
  sentences.delete('');
  return [...sentences];
}

/** A seeded unit vector uniform on the sphere. */
export function gaussianVector(dimension: number, random: () => number): Float32Array {
  const v = new Float32Array(dimension);
  for (let i = 0; i < dimension; i++) v[i] = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return toUnit(v);
}

/** Fisher–Yates, in place, with the given random source. */
export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

