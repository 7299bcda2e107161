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
 *   node bench/miss-path.ts [--entries 20000] [--misses 5000] [--threshold 0.6] [--max-bytes N] [--answer-chars 200] [--graph usearch|hnsw] [--json]
 */
import { createHash } from 'node:crypto';
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

async function miss(text: string, stages?: Record<string, number>): Promise<void> {
  const key = keyOf(text);
  const options = { key, route: 'default', semantic: true, threshold, minCoverage: 0, embedContext: {} };
  const outcome = await cache.lookup(options);
  if (outcome.kind !== 'miss') return;
  let started = performance.now();
  await cache.save({ ...options, completion: completion as never, model: 'm', tenant: 't', ttlMs: 3_600_000, embedding: outcome.embedding });
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
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
for (let i = 0; i < misses; i++) await miss(prompts.next(), stages);
const cpu = process.cpuUsage(cpuBefore);
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
if (values.json) console.log(JSON.stringify(result));
else console.log(result);
await store.close();

/** An answer of `chars` characters of prose-like JSON content (words and escapes, as a model's answer has). */
function answerText(chars: number): string {
  const words = ['The', 'answer', 'is', 'below:', '"quoted"', 'line\n', 'with', 'numbers', '42', 'and', 'more', 'text.'];
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${words[i % words.length]} `;
  return text.slice(0, chars);
}
