/**
 * Redis memory per cache entry (issue 12): `MEMORY USAGE` of entry hashes written by the real RedisStore, the
 * server's `used_memory` growth per entry, and — when the server has the Query Engine — the index's share from
 * `FT.INFO`, against the raw payload (answer JSON + embedded text + FLOAT32 vector). Goal: ≤ 2× the raw payload.
 *
 *   node bench/redis-memory.ts [--entries 10000] [--answer-bytes 1024] [--dimension 256] [--url redis://…]
 *
 * Without `--url` it uses REDIS_STACK_URL when set (Query Engine: the index's share is measured), else spawns a
 * `redis-server` of its own (Debian's has no Query Engine: the hash alone is measured and the index's share is
 * reported as not measured). Keys go under a random prefix, deleted at the end.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createClient } from 'redis';
import { RedisStore } from '../src/store/redis/redis-store.ts';
import type { CacheEntry } from '../src/store/vector-store.ts';
import { spawnRedisServer, type RedisServer } from '../test/helpers/redis-harness.ts';
import { describeMachine } from './lib/machine.ts';

const { values: args } = parseArgs({
  options: {
    entries: { type: 'string', default: '10000' },
    'answer-bytes': { type: 'string', default: '1024' },
    dimension: { type: 'string', default: '256' },
    url: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const ENTRIES = Number(args.entries);
const ANSWER_BYTES = Number(args['answer-bytes']);
const DIMENSION = Number(args.dimension);
const SAMPLE = Math.min(500, ENTRIES);

let spawned: RedisServer | undefined;
let url = args.url ?? process.env.REDIS_STACK_URL;
if (url === undefined) {
  spawned = await spawnRedisServer(['--maxmemory-policy', 'noeviction']);
  if (spawned === undefined) throw new Error('no redis-server binary and no --url / REDIS_STACK_URL');
  url = spawned.url;
}

const admin = createClient({ url, RESP: 2 });
admin.on('error', () => {});
await admin.connect();

const basePrefix = `semcache-bench-mem:${randomBytes(4).toString('hex')}`;
const store = new RedisStore({ url, keyspace: { basePrefix, embedderModel: 'bench', dimension: DIMENSION }, budgets: { writeMs: 10_000 } });
await store.start();

/** A chat.completion whose message content is `ANSWER_BYTES` of ASCII, as the upstream would return it. */
function completionOf(i: number): CacheEntry['completion'] {
  const content = `Answer ${i}: ${'lorem ipsum dolor sit amet '.repeat(Math.ceil(ANSWER_BYTES / 27))}`.slice(0, ANSWER_BYTES);
  return {
    id: `chatcmpl-${randomBytes(12).toString('hex')}`,
    object: 'chat.completion',
    created: 1_764_000_000 + i,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null, annotations: [] }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 14, completion_tokens: 230, total_tokens: 244 },
    system_fingerprint: 'fp_0123456789',
  };
}

function vectorOf(): Float32Array {
  const v = new Float32Array(DIMENSION);
  for (let i = 0; i < DIMENSION; i++) v[i] = Math.random() - 0.5;
  return v;
}

const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await admin.info('memory'))![1]);
const partition = randomBytes(32).toString('hex');
const tenant = randomBytes(32).toString('hex');
let rawBytes = 0;
const ids: string[] = [];
const before = await usedMemory();
for (let i = 0; i < ENTRIES; i += 100) {
  const batch: Promise<void>[] = [];
  for (let j = i; j < Math.min(ENTRIES, i + 100); j++) {
    const entry: CacheEntry = {
      id: randomBytes(32).toString('hex'),
      partition,
      text: `What is the difference between approach number ${j} and the one before it?`,
      vector: vectorOf(),
      completion: completionOf(j),
      route: 'default',
      model: 'gpt-4o-mini',
      tenant,
      createdAt: Date.now(),
    };
    rawBytes += Buffer.byteLength(JSON.stringify(entry.completion)) + Buffer.byteLength(entry.text) + DIMENSION * 4;
    ids.push(entry.id);
    batch.push(store.put(entry, 3_600_000));
  }
  await Promise.all(batch);
}
const after = await usedMemory();

let sampled = 0;
for (let i = 0; i < SAMPLE; i++) {
  const id = ids[Math.floor((i * ids.length) / SAMPLE)]!;
  sampled += Number(await admin.sendCommand(['MEMORY', 'USAGE', store.keys.entry(id), 'SAMPLES', '0']));
}

let indexBytes: number | undefined;
if (store.semantic) {
  const info = (await admin.sendCommand(['FT.INFO', store.keys.indexName])) as unknown[];
  const fields = new Map<string, unknown>();
  for (let i = 0; i + 1 < info.length; i += 2) fields.set(String(info[i]), info[i + 1]);
  // RediSearch 2.8+ reports the sum; older ones only the parts (vector, inverted, key and doc tables, tags).
  const total = fields.get('total_index_memory_sz_mb');
  const parts = ['vector_index_sz_mb', 'inverted_sz_mb', 'offset_vectors_sz_mb', 'doc_table_size_mb', 'sortable_values_size_mb', 'key_table_size_mb', 'tag_overhead_sz_mb', 'text_overhead_sz_mb'];
  const mb = total !== undefined ? Number(total) : parts.reduce((sum, name) => sum + (Number(fields.get(name)) || 0), 0);
  indexBytes = (mb * 2 ** 20) / ENTRIES;
}

const rawPerEntry = rawBytes / ENTRIES;
const hashPerEntry = sampled / SAMPLE;
const usedPerEntry = (after - before) / ENTRIES;
const result = {
  machine: describeMachine(),
  server: url === spawned?.url ? 'spawned redis-server' : 'given URL',
  queryEngine: store.semantic,
  entries: ENTRIES,
  answerBytes: ANSWER_BYTES,
  dimension: DIMENSION,
  rawPerEntry: Math.round(rawPerEntry),
  hashMemoryUsagePerEntry: Math.round(hashPerEntry),
  usedMemoryGrowthPerEntry: Math.round(usedPerEntry),
  indexSharePerEntry: indexBytes === undefined ? null : Math.round(indexBytes),
  ratioHashToRaw: Math.round((hashPerEntry / rawPerEntry) * 100) / 100,
  ratioUsedGrowthToRaw: Math.round((usedPerEntry / rawPerEntry) * 100) / 100,
  ratioHashPlusIndexToRaw: indexBytes === undefined ? null : Math.round(((hashPerEntry + indexBytes) / rawPerEntry) * 100) / 100,
};

await store.flush();
await store.close();
await admin.destroy();
await spawned?.stop();

if (args.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`Redis memory per entry — ${result.machine.date} — ${result.server}, Query Engine: ${result.queryEngine}`);
  console.log(`${ENTRIES} entries, ${ANSWER_BYTES} B answer content, ${DIMENSION}-d FLOAT32 vector`);
  console.log(`raw payload (answer JSON + text + vector): ${result.rawPerEntry} B`);
  console.log(`MEMORY USAGE of an entry hash (mean of ${SAMPLE}): ${result.hashMemoryUsagePerEntry} B = ${result.ratioHashToRaw}× raw`);
  console.log(`used_memory growth per entry (hash + key + expiry + index): ${result.usedMemoryGrowthPerEntry} B = ${result.ratioUsedGrowthToRaw}× raw`);
  console.log(indexBytes === undefined
    ? 'index share (FT.INFO): not measured (no Query Engine on this server)'
    : `index share (FT.INFO): ${result.indexSharePerEntry} B; hash + index = ${result.ratioHashPlusIndexToRaw}× raw`);
}
