/**
 * A full embedded cache under a stream of misses (issue 12): one partition holds `--entries` vectors, and each
 * operation then does what a MISS does to its partition's index once the store is at its entry bound — a KNN
 * search for the new prompt, the least recently used entry evicted, the new vector added — through the store's
 * own PartitionIndex, with its background-build steps as the store runs them (`maintain(32)` per sweep, here
 * every `--sweep-every` operations). Prints CPU µs per operation and per stage, how many graph rebuilds ran, and
 * recall@1 against brute force over the live vectors at the end, next to that of a graph built fresh from them.
 * As in the store, the insertion reuses the search made for its vector (InsertTrace); `--search-again` makes
 * every insertion search for itself, as before that change.
 *
 *   node bench/index-churn.ts [--entries 100000] [--operations 50000] [--queries 1000] [--sweep-every 200]
 *                             [--search-again] [--graph usearch|hnsw] [--json]
 * `--graph` picks the partition's graph (default: the store's, the hand-written `hnsw`; `usearch` is the package's,
 * a dev dependency); the trace reuse is the hand-written graph's only.
 *
 * Vectors: local-embedder sentence vectors (bench/lib/vector-file.ts), the first `entries` filled, the next
 * `operations` added one per operation; queries are sentences never inserted.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FlatIndex } from '../src/store/embedded/flat-index.ts';
import { type GraphKind, PARTITION_INDEX_DEFAULTS, PartitionIndex } from '../src/store/embedded/partition-index.ts';
import type { TraceSlot } from '../src/store/embedded/vector-index.ts';
import { readVectorFile, vectorFile } from './lib/vector-file.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    entries: { type: 'string', default: '100000' },
    operations: { type: 'string', default: '50000' },
    queries: { type: 'string', default: '1000' },
    'sweep-every': { type: 'string', default: '200' },
    'search-again': { type: 'boolean', default: false },
    graph: { type: 'string', default: PARTITION_INDEX_DEFAULTS.graph },
    datasets: { type: 'string', default: resolve(ROOT, '../shared/datasets') },
    json: { type: 'boolean', default: false },
  },
});

const entries = Number(args.entries);
const operations = Number(args.operations);
const sweepEvery = Number(args['sweep-every']);
const CANDIDATES = 8; // what ChatCache asks for

const file = await vectorFile({ kind: 'sentences', count: entries + operations, queries: Number(args.queries), datasets: args.datasets });
const data = readVectorFile(file);
const graph = args.graph as GraphKind;
const index = new PartitionIndex({ dimension: data.dimension, graph });

const fillStarted = process.cpuUsage();
for (let i = 0; i < entries; i++) {
  index.add(String(i), data.vector(i));
  if (i % sweepEvery === 0) index.maintain(32);
}
while (index.maintain(1_000)) {
  // finish any build the fill started, so the churn starts from a settled graph
}
const fillCpuUs = cpuMicros(process.cpuUsage(fillStarted)) / entries;

const stage = { search: 0, remove: 0, add: 0, maintain: 0 };
let rebuilds = 0;
let wasBuilding = false;
const churnStarted = process.cpuUsage();
for (let op = 0; op < operations; op++) {
  const vector = data.vector(entries + op);
  let at = performance.now();
  const slot: TraceSlot = {};
  index.search(vector, CANDIDATES, args['search-again'] ? undefined : slot);
  stage.search += performance.now() - at;
  at = performance.now();
  index.remove(String(op));
  stage.remove += performance.now() - at;
  at = performance.now();
  index.add(String(entries + op), vector, slot.trace);
  stage.add += performance.now() - at;
  if (op % sweepEvery === 0) {
    at = performance.now();
    index.maintain(32);
    stage.maintain += performance.now() - at;
  }
  if (index.building && !wasBuilding) rebuilds++;
  wasBuilding = index.building;
}
const churnCpuUs = cpuMicros(process.cpuUsage(churnStarted)) / operations;

// Recall@1 over the live vectors: ids operations .. entries + operations - 1.
const exact = new FlatIndex(data.dimension);
for (let i = operations; i < entries + operations; i++) exact.add(String(i), data.vector(i));
// The same live vectors inserted into a fresh graph, no churn: the recall this data allows, for comparison.
const fresh = new PartitionIndex({ dimension: data.dimension, graph });
for (let i = operations; i < entries + operations; i++) fresh.add(String(i), data.vector(i));
while (fresh.maintain(1_000)) {
  // finish the graph
}
const recallOf = (searched: PartitionIndex) => {
  let found = 0;
  for (let q = 0; q < data.queries; q++) {
    const query = data.query(q);
    const truth = exact.search(query, 1)[0]!;
    const got = searched.search(query, 1)[0];
    if (got !== undefined && (got.id === truth.id || Math.abs(got.similarity - truth.similarity) < 1e-6)) found++;
  }
  return Number((found / data.queries).toFixed(3));
};

const result = {
  command: `node bench/index-churn.ts ${process.argv.slice(2).join(' ')}`.trim(),
  entries,
  operations,
  fillCpuUsPerInsert: Math.round(fillCpuUs),
  cpuUsPerOperation: Math.round(churnCpuUs),
  wallUsPerStage: Object.fromEntries(Object.entries(stage).map(([name, ms]) => [name, Math.round((ms * 1000) / operations)])),
  rebuildsStarted: rebuilds,
  insertsReusingSearch: index.insertsReusingSearch,
  structure: index.structure,
  recallAt1WithTies: recallOf(index),
  freshGraphRecallAt1WithTies: recallOf(fresh),
};
if (args.json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`${result.command}`);
  console.log(`fill: ${result.fillCpuUsPerInsert} µs CPU per insert; churn: ${result.cpuUsPerOperation} µs CPU per operation (search + evict + add + sweep share)`);
  console.log(`per stage (wall µs per operation): ${JSON.stringify(result.wallUsPerStage)}; rebuilds started: ${rebuilds}; recall@1 (ties) at the end: ${result.recallAt1WithTies}, of a fresh graph over the same vectors: ${result.freshGraphRecallAt1WithTies}`);
}

function cpuMicros(usage: NodeJS.CpuUsage): number {
  return usage.user + usage.system;
}
