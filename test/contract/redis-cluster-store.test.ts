/**
 * The VectorStore conformance suite against a Redis Cluster (issue 13):
 *   - three masters spawned from `redis-server` (no Query Engine in Debian's build): the exact-tier cases;
 *   - a cluster whose masters load the Query Engine (`REDIS_STACK_CLUSTER_URLS`, comma-separated seeds; skipped with
 *     the printed reason otherwise): every case, plus nearest-neighbour search over entries spread on every master.
 * Each test gets a RedisStore under a random key prefix (so its own per-master indexes), removed in teardown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCluster } from 'redis';
import { RedisStore } from '../../src/store/redis/redis-store.ts';
import { keySlot } from '../../src/store/redis/per-master-index.ts';
import { entryIdOf, placementTag } from '../../src/store/placement.ts';
import { planRedisCluster, startRedisCluster, type RedisClusterHarness } from '../helpers/redis-cluster-harness.ts';
import { randomKeyPrefix } from '../helpers/redis-harness.ts';
import { describeVectorStoreContract } from './vector-store.contract.ts';

const DIMENSION = 8;
const BUDGETS = { lookupMs: 5_000, writeMs: 5_000, adminMs: 30_000 };

const spawnPlan = await planRedisCluster();
const stackSeeds = (process.env['REDIS_STACK_CLUSTER_URLS'] ?? '').split(',').map((url) => url.trim()).filter(Boolean);
const stackSkip = stackSeeds.length === 0
  ? 'no Redis Cluster with the Query Engine: set REDIS_STACK_CLUSTER_URLS (comma-separated redis:// seeds of a cluster whose masters load it)'
  : undefined;
if (stackSkip !== undefined) console.warn(`[redis-cluster-store] skipping the Query Engine cluster suite: ${stackSkip}`);

function newClusterStore(seeds: readonly string[], basePrefix: string): RedisStore {
  return new RedisStore({
    url: seeds[0]!,
    clusterSeeds: seeds,
    keyspace: { embedderModel: 'contract-embedder', dimension: DIMENSION, basePrefix },
    budgets: BUDGETS,
  });
}

/** Deletes every key under `prefix` on every master and drops the indexes named under it. */
async function deleteClusterKeyspace(seeds: readonly string[], prefix: string): Promise<void> {
  const cluster = createCluster({ rootNodes: seeds.map((url) => ({ url })), RESP: 2, defaults: { maintNotifications: 'disabled' } });
  cluster.on('error', () => {});
  await cluster.connect();
  try {
    for (const master of cluster.masters) {
      const client = await cluster.nodeClient(master);
      const indexes = await client.sendCommand<string[]>(['FT._LIST']).catch(() => []);
      for (const name of indexes) if (name.startsWith(prefix)) await client.sendCommand(['FT.DROPINDEX', name]).catch(() => {});
      let cursor = '0';
      do {
        const [next, keys] = await client.sendCommand<[string, string[]]>(['SCAN', cursor, 'MATCH', `${prefix}*`, 'COUNT', '1000']);
        cursor = next;
        await Promise.all(keys.map((key) => cluster.sendCommand(key, false, ['UNLINK', key])));
      } while (cursor !== '0');
    }
  } finally {
    cluster.destroy();
  }
}

describe('RedisStore on a spawned three-master Redis Cluster', () => {
  let cluster: RedisClusterHarness | undefined;
  const seeds = () => cluster!.nodes.map((node) => node.url);
  beforeAll(async () => {
    if (spawnPlan.kind === 'spawn') cluster = await startRedisCluster({ masters: 3 });
  });
  afterAll(() => cluster?.stop());

  describeVectorStoreContract(
    'RedisStore on a Redis Cluster',
    async () => {
      const prefix = randomKeyPrefix('cluster-contract');
      const store = newClusterStore(seeds(), prefix);
      await store.start();
      return {
        store,
        dimension: DIMENSION,
        teardown: async () => {
          await store.close();
          await deleteClusterKeyspace(seeds(), prefix);
        },
      };
    },
    spawnPlan.kind === 'unavailable' ? { semantic: false, skipReason: spawnPlan.reason } : { semantic: false },
  );
});

describeVectorStoreContract(
  'RedisStore on a Redis Cluster with the Query Engine',
  async () => {
    const prefix = randomKeyPrefix('cluster-contract');
    const store = newClusterStore(stackSeeds, prefix);
    await store.start();
    return {
      store,
      dimension: DIMENSION,
      teardown: async () => {
        await store.close();
        await deleteClusterKeyspace(stackSeeds, prefix);
      },
    };
  },
  stackSkip === undefined ? { semantic: true } : { semantic: true, skipReason: stackSkip },
);

describe.skipIf(stackSkip !== undefined)('KNN over a Redis Cluster with the Query Engine', () => {
  it('finds every entry by its vector, whichever master holds it', async () => {
    const prefix = randomKeyPrefix('cluster-knn');
    const store = newClusterStore(stackSeeds, prefix);
    try {
      await store.start();
      expect(store.semantic).toBe(true);
      expect(store.topology.masters).toBeGreaterThanOrEqual(2);
      const entries = Array.from({ length: 24 }, (_, i) => ({
        id: `${i.toString(16).padStart(2, '0')}${'ab'.repeat(15)}`,
        partition: 'aa'.repeat(16),
        text: `question ${i}`,
        vector: Float32Array.from({ length: DIMENSION }, (_, d) => Math.cos(i * 0.7 + d * 1.3)),
        completion: { id: `c${i}`, object: 'chat.completion', created: 0, model: 'm', choices: [] },
        route: 'default', model: 'm', tenant: 't', createdAt: Date.now(),
      }));
      for (const entry of entries) await store.put(entry as never, 60_000);
      // The entries' slots span more than one master's range (16384 slots split evenly).
      expect(new Set(entries.map((entry) => Math.floor(keySlot(store.keys.entry(entry.id)) / (16_384 / store.topology.masters)))).size).toBeGreaterThan(1);
      for (const entry of entries) {
        const [nearest] = await store.nearest(entry.partition, entry.vector, 3);
        expect(nearest?.id).toBe(entry.id);
        expect(nearest?.similarity).toBeCloseTo(1, 4);
      }
    } finally {
      await store.close();
      await deleteClusterKeyspace(stackSeeds, prefix);
    }
  });
});

/** `FT.SEARCH` calls each master has answered so far (INFO commandstats; `_FT.SEARCH` is the coordinator's internal one). */
async function searchCallsPerMaster(seeds: readonly string[]): Promise<Map<string, number>> {
  const cluster = createCluster({ rootNodes: seeds.map((url) => ({ url })), RESP: 2, defaults: { maintNotifications: 'disabled' } });
  cluster.on('error', () => {});
  await cluster.connect();
  try {
    const calls = new Map<string, number>();
    for (const master of cluster.masters) {
      const info = String(await (await cluster.nodeClient(master)).sendCommand(['INFO', 'commandstats']));
      calls.set(master.address, Number(/^cmdstat_ft\.search:calls=(\d+)/im.exec(info)?.[1] ?? 0));
    }
    return calls;
  } finally {
    cluster.destroy();
  }
}

describe.skipIf(stackSkip !== undefined)('placement: partition over a Redis Cluster with the Query Engine', () => {
  it('finds a paraphrase (a nearby vector) of a partition-placed entry by asking only the master that holds the partition', async () => {
    const prefix = randomKeyPrefix('cluster-placed');
    const store = newClusterStore(stackSeeds, prefix);
    try {
      await store.start();
      expect(store.semantic).toBe(true);
      const partition = 'c0ffee00'.repeat(4);
      const entries = Array.from({ length: 12 }, (_, i) => ({
        id: entryIdOf(`${i.toString(16).padStart(2, '0')}${'cd'.repeat(15)}`, partition, 'partition'),
        partition,
        text: `question ${i}`,
        vector: Float32Array.from({ length: DIMENSION }, (_, d) => Math.cos(i * 0.7 + d * 1.3)),
        completion: { id: `c${i}`, object: 'chat.completion', created: 0, model: 'm', choices: [] },
        route: 'tiny', model: 'm', tenant: 't', createdAt: Date.now(),
      }));
      for (const entry of entries) await store.put(entry as never, 60_000);
      // One slot for all of them.
      expect(new Set(entries.map((entry) => keySlot(store.keys.entry(entry.id))))).toEqual(new Set([keySlot(`{${placementTag(partition)}}`)]));

      const before = await searchCallsPerMaster(stackSeeds);
      const rounds = 20;
      for (let round = 0; round < rounds; round++) {
        const entry = entries[round % entries.length]!;
        const paraphrase = entry.vector.map((x, d) => x + (d === 0 ? 0.01 : 0)); // close, not equal
        const [nearest] = await store.nearest(partition, paraphrase, 3, { placement: 'partition' });
        expect(nearest?.id).toBe(entry.id);
        expect(nearest!.similarity).toBeGreaterThan(0.99);
      }
      const after = await searchCallsPerMaster(stackSeeds);
      const grew = [...after].map(([master, calls]) => ({ master, calls: calls - (before.get(master) ?? 0) }));
      // Exactly one master answered the queries (other test files may add a few calls meanwhile: hence < rounds).
      expect(grew.filter(({ calls }) => calls >= rounds)).toHaveLength(1);
      expect(grew.filter(({ calls }) => calls > 0 && calls < rounds).every(({ calls }) => calls < rounds / 2)).toBe(true);
    } finally {
      await store.close();
      await deleteClusterKeyspace(stackSeeds, prefix);
    }
  });
});
