/**
 * Scale benchmark of the embedded store's vector search (issue 5 targets: nearest() < 1 ms p50 at 100k entries
 * × 100 dimensions in one partition, recall@1..k ≥ 0.95 against brute force).
 *
 *   node bench/scale.ts [--sizes 1000,10000,100000] [--vectors random,clustered,sentences] [--k 5]
 *                       [--queries 1000] [--ef-search 64] [--m 16] [--ef-construction 100] [--json]
 *
 * For each vector kind and size it fills one partition of a fresh EmbeddedStore, then reports:
 * - insert rate (puts/s, including the incremental HNSW build the store does on writes);
 * - nearest() latency p50/p99 over `--queries` queries that were not inserted (await included);
 * - recall@1 and recall@k of nearest() against exact brute force;
 * - memory per entry: heap + external (WebAssembly memories) growth after GC, next to the store's own estimate.
 *
 * Vector kinds: `random` (uniform on the sphere: no structure at all, the worst case for any graph index),
 * `clustered` (a Gaussian mixture, roughly how topic-heavy traffic looks), `sentences` (real sentences from
 * ../shared/datasets embedded by the local embedder; pairs of sentences beyond the datasets' ~16k; skipped with a
 * note when src/embedding/local/local-embedder.ts is not available). 1M entries works: `--sizes 1000000` (about
 * 2–3 GB of heap and several minutes of inserts).
 */
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseArgs } from 'node:util';
import type { ChatCompletion } from '../src/cache/chat-types.ts';
import { EmbeddedStore } from '../src/store/embedded/embedded-store.ts';
import { FlatIndex } from '../src/store/embedded/flat-index.ts';
import { HNSW_DEFAULTS } from '../src/store/embedded/hnsw-index.ts';
import { PARTITION_INDEX_DEFAULTS } from '../src/store/embedded/partition-index.ts';
import { toUnit } from '../src/store/embedded/vector-math.ts';
import { seededRandom } from '../src/util/seeded-random.ts';
import type { Embedder } from '../src/embedding/embedder.ts';
import { datasetSentences, gaussianVector, shuffle } from './lib/vector-file.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PARTITION = 'bench-partition';

/** One size's measurements; bench/suites/scale.ts reads these rows from --json. */
export interface ScaleRow {
  vectors: string;
  size: number;
  dimension: number;
  structure: string;
  insertsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  recallAt1: number;
  recallAtK: number;
  k: number;
  heapBytesPerEntry: number;
  estimatedBytesPerEntry: number;
}

interface VectorSource {
  name: string;
  dimension: number;
  /** `count` vectors to insert and `queries` vectors that are never inserted. */
  generate(count: number, queries: number): Promise<{ texts: string[]; vectors: Float32Array[]; queries: Float32Array[] }>;
}

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    vectors: { type: 'string', default: 'random,clustered,sentences' },
    k: { type: 'string', default: '5' },
    queries: { type: 'string', default: '1000' },
    'ef-search': { type: 'string' },
    m: { type: 'string' },
    'ef-construction': { type: 'string' },
    datasets: { type: 'string', default: resolve(ROOT, '../shared/datasets') },
    json: { type: 'boolean', default: false },
  },
});

const notes: string[] = [];
const gc = exposeGc();
const sizes = args.sizes.split(',').map((s) => Number(s.replaceAll('_', '')));
const k = Number(args.k);
const queryCount = Number(args.queries);
const hnsw = {
  ...(args['ef-search'] !== undefined && { efSearch: Number(args['ef-search']) }),
  ...(args.m !== undefined && { m: Number(args.m) }),
  ...(args['ef-construction'] !== undefined && { efConstruction: Number(args['ef-construction']) }),
};
const rows: ScaleRow[] = [];

for (const kind of args.vectors.split(',')) {
  const source = await vectorSource(kind);
  if (source === undefined) continue;
  for (const size of sizes) {
    const row = await measure(source, size);
    rows.push(row);
    if (!args.json) printRow(row, rows.length === 1);
  }
}
// Other processes on a shared machine inflate latencies: the load average says how much to trust a run.
const machine = { node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, loadAverage: loadavg() };
const settings = { ...HNSW_DEFAULTS, ...hnsw, hnswThreshold: PARTITION_INDEX_DEFAULTS.hnswThreshold };
if (args.json) {
  console.log(JSON.stringify({ machine, settings, rows, notes }, null, 2));
} else {
  console.log(`settings: ${JSON.stringify(settings)}`);
  console.log(`machine: ${machine.cores} × ${machine.cpu}, node ${machine.node}, load average at end ${machine.loadAverage.map((l) => l.toFixed(1)).join(' ')}`);
  for (const note of notes) console.log(`note: ${note}`);
}

async function measure(source: VectorSource, size: number): Promise<ScaleRow> {
  const { texts, vectors, queries } = await source.generate(size, queryCount);
  const completion = sampleCompletion();
  collectGarbage();
  const before = memory();
  const store = new EmbeddedStore({
    dimension: source.dimension,
    maxEntries: size,
    maxBytes: Number.MAX_SAFE_INTEGER,
    index: { hnsw },
  });

  const fillStart = performance.now();
  for (let i = 0; i < size; i++) {
    await store.put(
      {
        id: `e${i}`,
        partition: PARTITION,
        text: texts[i]!,
        vector: vectors[i]!,
        completion,
        route: 'default',
        model: 'gpt-4o-mini',
        tenant: 'bench',
        createdAt: Date.now(),
      },
      86_400_000,
    );
  }
  // Indexing is deferred off the put path (and pending builds run in sweeps): inserts/s includes finishing both.
  while (store.describePartition(PARTITION)?.building === true) store.sweep();
  const fillMs = performance.now() - fillStart;
  collectGarbage();
  const heapBytesPerEntry = (memory() - before) / size;
  const estimatedBytesPerEntry = (await store.stats()).bytes! / size;

  for (const query of queries.slice(0, 100)) await store.nearest(PARTITION, query, k); // warm-up
  const latencies: number[] = [];
  const results: string[][] = [];
  for (const query of queries) {
    const start = performance.now();
    const found = await store.nearest(PARTITION, query, k);
    latencies.push(performance.now() - start);
    results.push(found.map((n) => n.id));
  }

  // Exact answers by brute force over the same (normalised) vectors.
  const exact = new FlatIndex(source.dimension);
  vectors.forEach((vector, i) => exact.add(`e${i}`, toUnit(vector)));
  const recallQueries = Math.min(queries.length, size > 200_000 ? 200 : queries.length);
  let recallAt1 = 0;
  let recallAtK = 0;
  for (let q = 0; q < recallQueries; q++) {
    const truth = exact.search(queries[q]!, k).map((n) => n.id);
    const got = new Set(results[q]);
    if (results[q]![0] === truth[0]) recallAt1++;
    recallAtK += truth.filter((id) => got.has(id)).length / truth.length;
  }

  const row: ScaleRow = {
    vectors: source.name,
    size,
    dimension: source.dimension,
    structure: store.describePartition(PARTITION)?.structure ?? 'none',
    insertsPerSecond: Math.round((size / fillMs) * 1000),
    p50Ms: round(percentile(latencies, 0.5), 4),
    p99Ms: round(percentile(latencies, 0.99), 4),
    recallAt1: round(recallAt1 / recallQueries, 4),
    recallAtK: round(recallAtK / recallQueries, 4),
    k,
    heapBytesPerEntry: Math.round(heapBytesPerEntry),
    estimatedBytesPerEntry: Math.round(estimatedBytesPerEntry),
  };
  await store.close();
  return row;
}

async function vectorSource(kind: string): Promise<VectorSource | undefined> {
  const random = seededRandom(12345);
  switch (kind) {
    case 'random':
      return {
        name: 'random',
        dimension: 100,
        async generate(count, queries) {
          const all = Array.from({ length: count + queries }, () => gaussianVector(100, random));
          return { texts: syntheticTexts(count), vectors: all.slice(0, count), queries: all.slice(count) };
        },
      };
    case 'clustered': {
      // 1,000 topics; a vector is its topic's centre plus noise (cosine to the centre ~0.9).
      const centres = Array.from({ length: 1_000 }, () => gaussianVector(100, random));
      const sample = () => {
        const centre = centres[Math.floor(random() * centres.length)]!;
        const noise = gaussianVector(100, random);
        return toUnit(centre.map((c, i) => c + 0.45 * noise[i]!));
      };
      return {
        name: 'clustered',
        dimension: 100,
        async generate(count, queries) {
          const all = Array.from({ length: count + queries }, sample);
          return { texts: syntheticTexts(count), vectors: all.slice(0, count), queries: all.slice(count) };
        },
      };
    }
    case 'sentences':
      return sentenceSource(random);
    default:
      throw new Error(`unknown --vectors kind "${kind}" (random, clustered, sentences)`);
  }
}

async function sentenceSource(random: () => number): Promise<VectorSource | undefined> {
  let embedder: Embedder;
  try {
    // A variable specifier: the local embedder may not exist yet in a checkout, and that is a note, not an error.
    const specifier = '../src/embedding/local/local-embedder.ts';
    const module = (await import(specifier)) as {
      LocalEmbedder: new () => Embedder;
    };
    embedder = new module.LocalEmbedder();
    await embedder.start();
  } catch (error) {
    notes.push(`sentences skipped: local embedder unavailable (${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
  const sentences = datasetSentences(args.datasets);
  shuffle(sentences, random);
  return {
    name: 'sentences',
    dimension: embedder.dimension,
    async generate(count, queries) {
      // Queries are sentences never inserted; inserts are the other sentences, then pairs of them.
      const queryTexts = sentences.slice(0, queries);
      const pool = sentences.slice(queries);
      const texts: string[] = pool.slice(0, count);
      while (texts.length < count) {
        const a = pool[Math.floor(random() * pool.length)]!;
        const b = pool[Math.floor(random() * pool.length)]!;
        texts.push(`${a} ${b}`);
      }
      const embed = async (text: string) => (await embedder.embed(text)).vector;
      const vectors: Float32Array[] = [];
      for (const text of texts) vectors.push(await embed(text));
      const queryVectors: Float32Array[] = [];
      for (const text of queryTexts) queryVectors.push(await embed(text));
      return { texts, vectors, queries: queryVectors };
    },
  };
}

function syntheticTexts(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `How do I configure feature number ${i} of the product?`);
}

/** A typical short completion (~700 bytes of JSON), the same object for every entry (the store serialises it). */
function sampleCompletion(): ChatCompletion {
  return {
    id: 'chatcmpl-bench',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content:
            'To configure it, open Settings, choose the feature, and set the options you need. Changes take effect ' +
            'after you save. If the option is greyed out, ask an administrator to enable it for your workspace. ' +
            'See the documentation for the full list of options and their defaults.',
          refusal: null,
        },
        finish_reason: 'stop',
        logprobs: null,
      },
    ],
    usage: { prompt_tokens: 42, completion_tokens: 64, total_tokens: 106 },
    system_fingerprint: 'fp_bench',
  };
}

function printRow(row: ScaleRow, header: boolean): void {
  if (header) {
    console.log(
      'vectors    |      size | dim | index | inserts/s | p50 ms | p99 ms | recall@1 | recall@k (k) | heap B/entry | est. B/entry',
    );
    console.log('-'.repeat(120));
  }
  console.log(
    [
      row.vectors.padEnd(10),
      String(row.size).padStart(9),
      String(row.dimension).padStart(3),
      row.structure.padEnd(5),
      String(row.insertsPerSecond).padStart(9),
      row.p50Ms.toFixed(3).padStart(6),
      row.p99Ms.toFixed(3).padStart(6),
      row.recallAt1.toFixed(3).padStart(8),
      `${row.recallAtK.toFixed(3)} (${row.k})`.padStart(12),
      String(row.heapBytesPerEntry).padStart(12),
      String(row.estimatedBytesPerEntry).padStart(12),
    ].join(' | '),
  );
}

function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** Heap plus external memory (WebAssembly memories and ArrayBuffers live outside the JS heap). */
function memory(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

function collectGarbage(): void {
  gc?.();
  gc?.();
}

/** `global.gc` without requiring `--expose-gc` on the command line. */
function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing !== undefined) return existing;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    notes.push('gc not available: memory per entry includes garbage');
    return undefined;
  }
}
