/**
 * The embedded store's vector index side by side with the maintained native vector-search packages on npm
 * (issue 12): insert rate, search p50/p99, recall@1 against brute force and memory per entry, on the same
 * vectors, one index per child process (so each one's memory is measured alone).
 *
 *   node bench/vector-index-compare.ts [--sizes 10000,100000] [--queries 1000] [--vectors sentences|random]
 *                                      [--indexes handwritten,usearch-f32,usearch-f16,usearch-i8,hnswlib]
 *                                      (also handwritten-first, handwritten-resumed: see below)
 *                                      [--m 16] [--ef-construction 100] [--ef-search 100[,200,…]] [--json]
 *                                      [--usearch-metric cos|ip]
 * usearch's metric: `cos` (default; the embedded store's) or `ip`. With quantised vectors its `ip` kernels cannot
 * tell a stored vector from neighbours 0.9999 similar to it (a query's own vector ranked first for 15 of 100 such
 * queries with f16, none with i8; `cos`: 100 of 100 with either, bench/RESULTS.md).
 * A list of efSearch values measures each on the same built index (one row per value); `auto` is the embedded
 * store's own size-dependent default (`efSearchForSize`), handwritten index only.
 *
 * - `handwritten`: src/store/embedded/hnsw-index.ts (JS graph, WebAssembly SIMD kernel). `handwritten-first`: its
 *   cheaper first search alone (`searchFirst`); `handwritten-resumed`: that, then the full search going on from it
 *   (what a lookup without a near-duplicate costs).
 * - `usearch-*`: the `usearch` package (C++ HNSW, prebuilt N-API binary), with f32, f16 or i8 quantisation,
 *   one thread (the proxy's event loop is single-threaded; a pool would compete with it).
 * - `hnswlib`: `hnswlib-node` (C++ hnswlib, built with node-gyp at install), inner-product space.
 * A package that is not installed is skipped with a note (they are dev dependencies: only the bench needs them).
 *
 * All indexes get the same graph settings (M, efConstruction, efSearch) and the same unit vectors; recall@1 is
 * against exact brute force (FlatIndex). Memory per entry is the child's RSS growth while building, divided by
 * the entry count (includes ids and the JS-side key map each adapter needs). Vectors: `sentences` are real
 * sentences from ../shared/datasets (pairs of sentences beyond the ~16k distinct ones) through the local
 * embedder (256 dimensions), as bench/scale.ts; `random` is uniform on the sphere (the hardest case).
 * 1M: `--sizes 1000000 --queries 200` (several minutes per index and ~1–3 GB each).
 */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FIRST_SEARCH_EF, HnswIndex } from '../src/store/embedded/hnsw-index.ts';
import type { TraceSlot } from '../src/store/embedded/vector-index.ts';
import { readVectorFile, vectorFile } from './lib/vector-file.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    queries: { type: 'string', default: '1000' },
    vectors: { type: 'string', default: 'sentences' },
    indexes: { type: 'string', default: 'handwritten,usearch-f32,usearch-f16,usearch-i8,hnswlib' },
    m: { type: 'string', default: '16' },
    'ef-construction': { type: 'string', default: '100' },
    'ef-search': { type: 'string', default: '100' },
    'usearch-metric': { type: 'string', default: 'cos' },
    datasets: { type: 'string', default: resolve(ROOT, '../shared/datasets') },
    json: { type: 'boolean', default: false },
    // Internal: run one index in this process and print its row.
    child: { type: 'string' },
    size: { type: 'string' },
    file: { type: 'string' },
  },
});

const usearchMetric = args['usearch-metric'];

interface Settings {
  m: number;
  efConstruction: number;
  efSearch: number;
}

/** The operations the benchmark needs from each candidate, over dense integer labels. */
interface Candidate {
  add(label: number, unit: Float32Array): void;
  /** Changes the search-time candidate list size (NaN: the index's own default). */
  setEf(ef: number): void;
  /** The candidate list size searches use now, where the index can say. */
  efInUse?(): number;
  /** Labels of the k nearest, most similar first. */
  search(query: Float32Array, k: number): number[];
}

export interface CompareRow {
  index: string;
  size: number;
  dimension: number;
  insertsPerSecond: number;
  /** Process CPU time (user + system) per insert and per search, in µs: robust where wall time is not (a shared machine). */
  insertCpuUs: number;
  searchCpuUsMean: number;
  p50Ms: number;
  p99Ms: number;
  /** Found id = brute force's id. */
  recallAt1: number;
  /** Found vector as similar as brute force's (within 1e-6): ties between equally near vectors count as found. */
  recallAt1Ties: number;
  efSearch: number;
  rssBytesPerEntry: number;
  rawVectorBytes: number;
}

/** NaN stands for `auto`. */
const efSearchList = args['ef-search'].split(',').map((value) => (value.trim() === 'auto' ? Number.NaN : Number(value)));
const settings: Settings = { m: Number(args.m), efConstruction: Number(args['ef-construction']), efSearch: efSearchList[0]! };

if (args.child !== undefined) {
  for (const row of await runChild(args.child, Number(args.size), args.file!)) process.stdout.write(`${JSON.stringify(row)}\n`);
  process.exit(0);
}

const sizes = args.sizes.split(',').map((s) => Number(s.replaceAll('_', '')));
const queryCount = Number(args.queries);
const rows: CompareRow[] = [];
const notes: string[] = [];
const started = performance.now();
for (const size of sizes) {
  const file = await vectorFile({ kind: args.vectors, count: size, queries: queryCount, datasets: args.datasets });
  for (const index of args.indexes.split(',')) {
    try {
      const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', index, '--size', String(size), '--file', file, '--m', args.m, '--ef-construction', args['ef-construction'], '--ef-search', args['ef-search'], '--usearch-metric', args['usearch-metric']], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      for (const line of output.trim().split('\n').filter((text) => text.startsWith('{'))) {
        const row = JSON.parse(line) as CompareRow;
        rows.push(row);
        if (!args.json) printRow(row, rows.length === 1);
      }
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? String(error);
      notes.push(`${index} at ${size}: skipped (${stderr.trim().split('\n').at(-1)})`);
    }
  }
}
const summary = { command: `node bench/vector-index-compare.ts ${process.argv.slice(2).join(' ')}`.trim(), vectors: args.vectors, settings, seconds: Math.round((performance.now() - started) / 1000), rows, notes };
if (args.json) console.log(JSON.stringify(summary, null, 2));
else {
  console.log(`settings: ${JSON.stringify(settings)}, vectors ${args.vectors}, ${summary.seconds} s`);
  for (const note of notes) console.log(`note: ${note}`);
}

async function runChild(name: string, size: number, file: string): Promise<CompareRow[]> {
  const data = readVectorFile(file);
  const { dimension } = data;
  const gc = exposeGc();
  gc();
  const rssBefore = process.memoryUsage().rss;
  const candidate = await createCandidate(name, dimension, size);
  const fillStart = performance.now();
  const fillCpu = process.cpuUsage();
  for (let i = 0; i < size; i++) candidate.add(i, data.vector(i));
  const fillMs = performance.now() - fillStart;
  const fillCpuUs = cpuMicros(process.cpuUsage(fillCpu));
  gc();
  const rssBytesPerEntry = (process.memoryUsage().rss - rssBefore) / size;

  const queries = Array.from({ length: data.queries }, (_, q) => data.query(q));
  const dot = (a: Float32Array, b: Float32Array) => {
    let sum = 0;
    for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
    return sum;
  };
  const rows: CompareRow[] = [];
  for (const ef of efSearchList) {
    candidate.setEf(ef);
    for (const query of queries.slice(0, 100)) candidate.search(query, 1);
    const latencies: number[] = [];
    let hits = 0;
    let tieHits = 0;
    const found: number[] = [];
    const searchCpu = process.cpuUsage();
    for (let q = 0; q < queries.length; q++) {
      const start = performance.now();
      found.push(candidate.search(queries[q]!, 1)[0] ?? -1);
      latencies.push(performance.now() - start);
    }
    const searchCpuUs = cpuMicros(process.cpuUsage(searchCpu));
    for (let q = 0; q < queries.length; q++) {
      if (found[q] === data.truth[q]) hits++;
      if (found[q] === data.truth[q] || (found[q]! >= 0 && dot(queries[q]!, data.vector(found[q]!)) >= dot(queries[q]!, data.vector(data.truth[q]!)) - 1e-6)) tieHits++;
    }
    latencies.sort((a, b) => a - b);
    rows.push({
      index: name,
      size,
      dimension,
      insertsPerSecond: Math.round((size / fillMs) * 1000),
      insertCpuUs: Math.round(fillCpuUs / size),
      searchCpuUsMean: Math.round(searchCpuUs / queries.length),
      p50Ms: round(latencies[Math.floor(latencies.length * 0.5)]!),
      p99Ms: round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))]!),
      recallAt1: round(hits / queries.length),
      recallAt1Ties: round(tieHits / queries.length),
      efSearch: candidate.efInUse?.() ?? ef,
      rssBytesPerEntry: Math.round(rssBytesPerEntry),
      rawVectorBytes: dimension * 4,
    });
  }
  return rows;
}

async function createCandidate(name: string, dimension: number, capacity: number): Promise<Candidate> {
  if (name === 'handwritten' || name === 'handwritten-first' || name === 'handwritten-resumed') {
    const index = new HnswIndex({ dimension, m: settings.m, efConstruction: settings.efConstruction });
    // `-first`: the cheaper first search alone (FIRST_SEARCH_EF); `-resumed`: that, then the full search going on
    // from it, as a lookup that finds no near-duplicate makes them.
    const search = name === 'handwritten' ? (query: Float32Array, k: number) => index.search(query, k)
      : name === 'handwritten-first' ? (query: Float32Array, k: number) => index.searchFirst(query, k, {})
      : (query: Float32Array, k: number) => {
          const slot: TraceSlot = {};
          index.searchFirst(query, k, slot);
          return index.search(query, k, slot);
        };
    return {
      add: (label, unit) => index.add(String(label), unit),
      // Without a number the index keeps its size-dependent default.
      setEf: (ef) => {
        if (!Number.isNaN(ef)) index.setEfSearch(ef);
      },
      efInUse: () => (name === 'handwritten-first' ? FIRST_SEARCH_EF : index.efSearch),
      search: (query, k) => search(query, k).map((n) => Number(n.id)),
    };
  }
  if (name.startsWith('usearch-')) {
    const { Index } = (await importOptional('usearch')) as UsearchModule;
    const quantization = name.slice('usearch-'.length);
    const index = new Index({
      dimensions: dimension,
      metric: usearchMetric as never,
      quantization: quantization as never,
      connectivity: settings.m,
      expansion_add: settings.efConstruction,
      expansion_search: settings.efSearch,
      multi: false,
    });
    // The binding grows its capacity on add; one thread, as the proxy would call it.
    return {
      add: (label, unit) => index.add(BigInt(label), unit, 1),
      setEf: (ef) => {
        // The binding takes expansion_search at construction only: one efSearch per build.
        if (ef !== settings.efSearch) throw new Error('usearch: pass one --ef-search value');
      },
      search: (query, k) => Array.from(index.search(query, k, 1).keys, Number),
    };
  }
  if (name === 'hnswlib') {
    // A CommonJS package: its exports arrive as the default export.
    const { HierarchicalNSW } = ((await importOptional('hnswlib-node')) as { default: HnswlibModule }).default;
    const index = new HierarchicalNSW('ip', dimension);
    index.initIndex({ maxElements: capacity, m: settings.m, efConstruction: settings.efConstruction, randomSeed: 100 });
    if (Number.isNaN(settings.efSearch)) throw new Error('hnswlib: --ef-search auto is the handwritten index only');
    index.setEf(settings.efSearch);
    // The binding takes plain arrays, so every call converts (part of what using it costs).
    return {
      add: (label, unit) => index.addPoint(Array.from(unit), label),
      setEf: (ef) => index.setEf(ef),
      search: (query, k) => index.searchKnn(Array.from(query), k).neighbors,
    };
  }
  throw new Error(`unknown index "${name}"`);
}

function printRow(row: CompareRow, header: boolean): void {
  if (header) {
    console.log('index        |      size | dim | inserts/s | CPU µs/insert |  ef | p50 ms | p99 ms | CPU µs/search | recall@1 | with ties | RSS B/entry');
    console.log('-'.repeat(136));
  }
  console.log(
    [
      row.index.padEnd(12),
      String(row.size).padStart(9),
      String(row.dimension).padStart(3),
      String(row.insertsPerSecond).padStart(9),
      String(row.insertCpuUs).padStart(13),
      String(row.efSearch).padStart(3),
      row.p50Ms.toFixed(3).padStart(6),
      row.p99Ms.toFixed(3).padStart(6),
      String(row.searchCpuUsMean).padStart(13),
      row.recallAt1.toFixed(3).padStart(8),
      row.recallAt1Ties.toFixed(3).padStart(9),
      String(row.rssBytesPerEntry).padStart(11),
    ].join(' | '),
  );
}

function cpuMicros(usage: NodeJS.CpuUsage): number {
  return usage.user + usage.system;
}

function round(value: number): number {
  return Number(value.toFixed(4));
}

function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing !== undefined) return existing;
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

/**
 * The peers are not project dependencies (hnswlib-node has no prebuilt binary and would make every `npm ci` need
 * g++): install them for this benchmark only with `npm install --no-save usearch hnswlib-node`.
 */
async function importOptional(name: string): Promise<unknown> {
  try {
    return await import(name);
  } catch {
    throw new Error(`${name} is not installed: run \`npm install --no-save usearch hnswlib-node\` first`);
  }
}

interface UsearchModule {
  Index: new (options: Record<string, unknown>) => {
    add(label: bigint, vector: Float32Array, threads: number): void;
    search(query: Float32Array, k: number, threads: number): { keys: BigUint64Array };
  };
}

interface HnswlibModule {
  HierarchicalNSW: new (space: string, dimension: number) => {
    initIndex(options: { maxElements: number; m: number; efConstruction: number; randomSeed: number }): void;
    setEf(ef: number): void;
    addPoint(point: number[], label: number): void;
    searchKnn(query: number[], k: number): { neighbors: number[] };
  };
}
