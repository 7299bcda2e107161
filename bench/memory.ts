/**
 * Does the embedded store's `maxBytes` bound what the process really holds? (issue #11 finding 5)
 *
 *   node --expose-gc bench/memory.ts [--entries 50000] [--max-bytes 33554432] [--dimension 256]
 *
 * Two workloads, each in a fresh store: one partition per entry (every tenant, system prompt and history is a
 * partition: the usual case) and one big partition. For each: heap + external growth after GC with no byte
 * limit (next to the store's own count), then with `--max-bytes` (growth / maxBytes must stay ≤ 1.5).
 */
import { parseArgs } from 'node:util';
import type { ChatCompletion } from '../src/cache/chat-types.ts';
import { EmbeddedStore } from '../src/store/embedded/embedded-store.ts';
import { toUnit } from '../src/store/embedded/vector-math.ts';
import { seededRandom } from '../src/util/seeded-random.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '50000' },
    'max-bytes': { type: 'string', default: String(32 * 1024 * 1024) },
    dimension: { type: 'string', default: '256' },
  },
});
const ENTRIES = Number(values.entries);
const MAX_BYTES = Number(values['max-bytes']);
const DIMENSION = Number(values.dimension);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const completion: ChatCompletion = {
  id: 'chatcmpl-bench',
  object: 'chat.completion',
  created: 1_700_000_000,
  model: 'gpt-4o-mini',
  choices: [{ index: 0, message: { role: 'assistant', content: 'A short answer of about one hundred characters, typical for a cached FAQ reply here.' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 42, completion_tokens: 24, total_tokens: 66 },
};

function used(): number {
  gc!();
  gc!();
  const memory = process.memoryUsage();
  // `external` already includes `arrayBuffers` (Node docs, process.memoryUsage).
  return memory.heapUsed + memory.external;
}

async function fill(workload: 'partition-per-entry' | 'one-partition', maxBytes: number | undefined) {
  const random = seededRandom(7);
  const vector = () => toUnit(Float32Array.from({ length: DIMENSION }, () => random() - 0.5));
  const before = used();
  const store = new EmbeddedStore({ dimension: DIMENSION, maxEntries: 10_000_000, maxBytes: maxBytes ?? Number.MAX_SAFE_INTEGER });
  for (let i = 0; i < ENTRIES; i++) {
    const id = `entry-${i.toString(16).padStart(27, '0')}`;
    await store.put(
      {
        id,
        partition: workload === 'one-partition' ? 'p'.repeat(32) : `p${i.toString(16).padStart(31, '0')}`,
        text: `What is the answer to question number ${i} of the benchmark?`,
        completion,
        route: 'default',
        model: 'gpt-4o-mini',
        tenant: 't'.repeat(32),
        createdAt: 0,
        vector: vector(),
      },
      3_600_000,
    );
  }
  // Let the incremental HNSW build finish, as it would between requests.
  for (let i = 0; i < 10_000 && store.describePartition('p'.repeat(32))?.building; i++) store.sweep();
  const growth = used() - before;
  const stats = await store.stats();
  await store.close();
  return { growth, counted: stats.bytes ?? 0, entries: stats.entries ?? 0 };
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(`node ${process.version}, ${ENTRIES} puts, dimension ${DIMENSION}, maxBytes ${mib(MAX_BYTES)} MiB`);
console.log('| workload | limit | entries kept | counted MiB | heap growth MiB | growth / counted | growth / maxBytes |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const workload of ['partition-per-entry', 'one-partition'] as const) {
  for (const limit of [undefined, MAX_BYTES]) {
    const { growth, counted, entries } = await fill(workload, limit);
    const vsLimit = limit === undefined ? '' : (growth / limit).toFixed(2);
    console.log(`| ${workload} | ${limit === undefined ? 'none' : `${mib(limit)} MiB`} | ${entries} | ${mib(counted)} | ${mib(growth)} | ${(growth / counted).toFixed(2)} | ${vsLimit} |`);
  }
}
