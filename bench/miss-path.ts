/**
 * The cache's own work on a MISS, without HTTP: `ChatCache.lookup` (exact probe, local embedding, KNN, verifying
 * candidates) then `ChatCache.save` and the deferred index insertion, for new prompts into one partition already
 * holding `--entries` of them, with the default embedder, verifier and embedded store. Prints CPU µs per miss and
 * per stage. The HTTP hop, which bench/suites/compare.ts measures, is left out so the cache's share is measured
 * without its noise.
 *
 * The store keeps its default byte budget unless `--max-bytes` sets another (at 100k entries the default can
 * evict: `partition.vectors` in the output says how many the partition held at the end).
 *
 * `--hits <n>` then looks up n near-duplicates of stored prompts ("Please " before the prompt, as the compare suite's
 * semantic hits) and prints the CPU per lookup that was a semantic hit and the verifications it made, and how many
 * probes the verifier alone accepts against their origin (the most that can be hits).
 *
 * `--recall <n>` then searches the partition for n more new prompts and prints recall@1 and recall@8 of the store's
 * `nearest` (8 neighbours, its default efSearch) against brute force over the vectors stored, a vector as near as
 * the true nearest counting as found: the graph measured as a MISS's insertions built it, on the bench's prompts.
 *
 * `--cpu-profile <file>` writes a V8 CPU profile (open it in Chrome DevTools) of the measured misses alone, without
 * the fill.
 *
 *   node bench/miss-path.ts [--entries 20000] [--misses 5000] [--threshold 0.6] [--max-bytes N] [--answer-chars 200] [--graph usearch|hnsw] [--hits N] [--recall N] [--cpu-profile FILE] [--json]
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ChatCache } from '../src/cache/chat-cache.ts';
import type { RequestKey } from '../src/cache/request-key.ts';
import { ensureLexicon, loadLexicon } from '../src/cache/verify/lexicon-file.ts';
import { StructuralVerifier } from '../src/cache/verify/structural-verifier.ts';
import type { CandidateVerifier } from '../src/cache/verify/verdict.ts';
import { CachingEmbedder } from '../src/embedding/caching-embedder.ts';
import { LocalEmbedder } from '../src/embedding/local/local-embedder.ts';
import { EmbeddedStore } from '../src/store/embedded/embedded-store.ts';
import { type GraphKind, PARTITION_INDEX_DEFAULTS } from '../src/store/embedded/partition-index.ts';
import { PromptSource } from './lib/prompts.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '20000' },
    misses: { type: 'string', default: '5000' },
    threshold: { type: 'string', default: '0.6' },
    'max-bytes': { type: 'string' },
    'answer-chars': { type: 'string', default: '200' },
    graph: { type: 'string', default: PARTITION_INDEX_DEFAULTS.graph },
    datasets: { type: 'string', default: new URL('../../shared/datasets', import.meta.url).pathname },
    'cpu-profile': { type: 'string' },
    recall: { type: 'string', default: '0' },
    hits: { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
  },
});
const entries = Number(values.entries);
const misses = Number(values.misses);
const threshold = Number(values.threshold);

const embedder = new CachingEmbedder(new LocalEmbedder(), { maxEntries: 10_000 });
await embedder.start?.();
const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
const store = new EmbeddedStore({ dimension: embedder.dimension, maxEntries: entries + misses + 1, index: { graph: values.graph as GraphKind }, ...(maxBytes === undefined ? {} : { maxBytes }) });
const structural = new StructuralVerifier(await loadLexicon(await ensureLexicon()));
let verifyUs = 0;
let verifications = 0;
const verifier: CandidateVerifier = {
  verify(query, candidate) {
    const started = performance.now();
    const verdict = structural.verify(query, candidate);
    verifyUs += (performance.now() - started) * 1000;
    verifications++;
    return verdict;
  },
};
const cache = new ChatCache({ store, embedder, verifier });
const prompts = await PromptSource.load(values.datasets, 1, { withoutParaphrases: true });
const partition = 'bench';
const keyOf = (text: string): RequestKey => ({ partition, text, id: createHash('sha256').update(text).digest('hex') });
const completion = { id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: answerText(Number(values['answer-chars'])) }, finish_reason: 'stop' }] };
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Every vector saved, by entry id (for `--recall`). */
const saved = new Map<string, Float32Array>();
const textOf = new Map<string, string>();

async function miss(text: string, stages?: Record<string, number>): Promise<void> {
  const key = keyOf(text);
  const options = { key, route: 'default', semantic: true, threshold, minCoverage: 0, embedContext: {} };
  const outcome = await cache.lookup(options);
  if (outcome.kind !== 'miss') return;
  let started = performance.now();
  await cache.save({ ...options, completion: completion as never, model: 'm', tenant: 't', ttlMs: 3_600_000, embedding: outcome.embedding });
  if (outcome.embedding) {
    saved.set(key.id, outcome.embedding.vector);
    textOf.set(key.id, text);
  }
  const saveMs = performance.now() - started;
  started = performance.now();
  await nextTurn(); // the deferred index insertion
  if (stages) {
    stages.embed! += outcome.timings.embed ?? 0;
    stages.knnAndVerify! += outcome.timings.knn ?? 0;
    stages.save! += saveMs;
    stages.insert! += performance.now() - started;
  }
}

for (let i = 0; i < entries; i++) await miss(prompts.next());
store.sweep();
const stages: Record<string, number> = { embed: 0, knnAndVerify: 0, save: 0, insert: 0 };
verifyUs = 0;
verifications = 0;
const profiler = values['cpu-profile'] === undefined ? undefined : new Session();
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
for (let i = 0; i < misses; i++) await miss(prompts.next(), stages);
const cpu = process.cpuUsage(cpuBefore);
if (profiler) {
  const { profile } = await profiler.post('Profiler.stop');
  await writeFile(values['cpu-profile']!, JSON.stringify(profile));
  profiler.disconnect();
}
const result = {
  entries,
  misses,
  threshold,
  cpuUsPerMiss: Math.round((cpu.user + cpu.system) / misses),
  wallUsPerMiss: Math.round(((performance.now() - wallBefore) * 1000) / misses),
  stageWallUs: Object.fromEntries(Object.entries(stages).map(([stage, ms]) => [stage, Math.round((ms * 1000) / misses)])),
  verificationsPerMiss: Number((verifications / misses).toFixed(2)),
  verifyUsPerMiss: Math.round(verifyUs / misses),
  partition: store.describePartition(partition),
};
const hitProbes = Number(values.hits);
const hits = hitProbes > 0 ? await measureHits(hitProbes) : undefined;
const recallQueries = Number(values.recall);
const recall = recallQueries > 0 ? await measureRecall(recallQueries) : undefined;
if (values.json) console.log(JSON.stringify({ ...result, hits, recall }));
else console.log({ ...result, hits, recall });
await store.close();

/** CPU and verifications per semantic hit, for near-duplicates ("Please …") of the newest `probes` prompts stored. */
async function measureHits(probes: number): Promise<{ probes: number; accepted: number; hits: number; cpuUsPerHit: number; verificationsPerHit: number; verifyUsPerHit: number }> {
  const texts = [...saved.keys()].slice(-probes).map((id) => textOf.get(id)!);
  const nearDuplicate = (text: string) => `Please ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  let hits = 0;
  let cpuUs = 0;
  let hitVerifications = 0;
  let hitVerifyUs = 0;
  for (const text of texts) {
    const key = keyOf(nearDuplicate(text));
    const [verificationsBefore, verifyUsBefore] = [verifications, verifyUs];
    const before = process.cpuUsage();
    const outcome = await cache.lookup({ key, route: 'default', semantic: true, threshold, minCoverage: 0, embedContext: {} });
    const cpu = process.cpuUsage(before);
    if (outcome.kind !== 'hit' || outcome.match !== 'semantic') continue;
    hits++;
    cpuUs += cpu.user + cpu.system;
    hitVerifications += verifications - verificationsBefore;
    hitVerifyUs += verifyUs - verifyUsBefore;
  }
  // How many probes the verifier alone accepts against their origin: the most that can be hits. Asked after the
  // lookups, so their texts were not prepared (and kept) beforehand.
  const accepted = texts.filter((text) => structural.verify(nearDuplicate(text), text).kind === 'same').length;
  return { probes: texts.length, accepted, hits, cpuUsPerHit: Math.round(cpuUs / hits), verificationsPerHit: Number((hitVerifications / hits).toFixed(2)), verifyUsPerHit: Math.round(hitVerifyUs / hits) };
}

/** Recall@1 and @8 of the store's `nearest` for `queries` new prompts against brute force over the vectors stored. */
async function measureRecall(queries: number): Promise<{ queries: number; vectors: number; at1: number; at8: number }> {
  const stored: Array<{ id: string; unit: Float32Array }> = [];
  for (const [id, vector] of saved) if (await store.get(id, { vector: false })) stored.push({ id, unit: unit(vector) });
  let at1 = 0;
  let at8 = 0;
  for (let i = 0; i < queries; i++) {
    const { vector } = await embedder.embed(prompts.next(), {});
    const query = unit(vector);
    let best = -Infinity;
    for (const { unit: other } of stored) best = Math.max(best, dot(query, other));
    const found = await store.nearest(partition, vector, 8);
    // A vector as near as the nearest counts as found (ann-benchmarks' ties).
    const near = (similarity: number) => similarity >= best - 1e-6;
    if (found[0] !== undefined && near(found[0].similarity)) at1++;
    if (found.some((neighbour) => near(neighbour.similarity))) at8++;
  }
  return { queries, vectors: stored.length, at1: at1 / queries, at8: at8 / queries };
}

function unit(vector: Float32Array): Float32Array {
  const norm = Math.sqrt(dot(vector, vector));
  return vector.map((value) => value / norm);
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** An answer of `chars` characters of prose-like JSON content (words and escapes, as a model's answer has). */
function answerText(chars: number): string {
  const words = ['The', 'answer', 'is', 'below:', '"quoted"', 'line\n', 'with', 'numbers', '42', 'and', 'more', 'text.'];
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${words[i % words.length]} `;
  return text.slice(0, chars);
}
