/**
 * Resharding and failover under traffic on a real Redis Cluster (three masters, one replica each): a slot migrated
 * mid-traffic (CLUSTER SETSLOT IMPORTING/MIGRATING, MIGRATE, SETSLOT NODE) and a master killed mid-traffic cost
 * misses or ERROR statuses for a while, never a failed request, and caching resumes afterwards.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { planRedisCluster, pollUntil, startRedisCluster, type RedisClusterHarness } from '../helpers/redis-cluster-harness.ts';
import { randomKeyPrefix } from '../helpers/redis-harness.ts';
import { keySlot } from '../../src/store/redis/per-master-index.ts';
import { discardLogs, uniqueQuestion, writesSettled } from './http/support.ts';

const plan = await planRedisCluster();
if (plan.kind === 'unavailable') console.warn(`[redis-cluster-faults] skipping: ${plan.reason}`);

interface Outcome {
  status: number;
  cache: string | null;
}

async function post(proxy: RunningProxy, content: string): Promise<Outcome> {
  const response = await fetch(`${proxy.origin}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk-cluster-faults', 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }),
  });
  await response.arrayBuffer();
  return { status: response.status, cache: response.headers.get('x-cache-status') };
}

// Failover waits for the cluster's own timers (node timeout 1 s, then an election); the polls have deadlines.
/** Requests `questions` in a loop until `stop()` is called; every outcome is kept for the assertions. */
function traffic(proxy: RunningProxy, questions: string[]) {
  const outcomes: Outcome[] = [];
  let running = true;
  const loop = (async () => {
    for (let i = 0; running; i++) {
      outcomes.push(await post(proxy, questions[i % questions.length]!).catch(() => ({ status: 0, cache: 'request failed' })));
      // Paced (not waiting for anything): back-to-back requests would starve the test files running beside this one.
      await sleep(5);
    }
  })();
  return {
    outcomes,
    async stop() {
      running = false;
      await loop;
      return outcomes;
    },
  };
}

describe.skipIf(plan.kind === 'unavailable')('a Redis Cluster resharded and failing over under traffic', () => {
  let cluster: RedisClusterHarness;
  let upstream: MockUpstream;
  let proxy: RunningProxy;
  const prefix = randomKeyPrefix('cluster-faults');

  beforeAll(async () => {
    cluster = await startRedisCluster({ masters: 3, replicasPerMaster: 1 });
    upstream = await new MockUpstream().start();
    proxy = await startProxy(upstream, { store: { keyPrefix: prefix, lookupTimeout: '1s', writeTimeout: '5s' } }, { logDestination: discardLogs }, { REDIS_URL: cluster.clusterUrl });
  });

  afterAll(async () => {
    await proxy?.stop();
    await cluster?.stop();
    await upstream?.stop();
  });

  /** A stored question and the slot of its entry. */
  async function storedQuestion(label: string): Promise<{ question: string; slot: number }> {
    const question = uniqueQuestion(label);
    const response = await fetch(`${proxy.origin}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-cluster-faults', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: question }] }),
    });
    await response.arrayBuffer();
    expect(response.headers.get('x-cache-status')).toBe('MISS');
    await writesSettled(proxy);
    const id = response.headers.get('x-cache-key')!;
    const [key] = [...(await cluster.keysPerMaster(`${prefix}:*:entry:${id}`)).values()].flat();
    expect(key).toBeDefined();
    return { question, slot: keySlot(key!) };
  }

  it('keeps answering while a slot with entries migrates to another master, and serves its entry from there', async () => {
    const { question, slot } = await storedQuestion('Migrating entry');
    expect((await post(proxy, question)).cache).toBe('HIT');
    const source = await cluster.ownerOf(slot);
    const masters = cluster.nodes.filter((node) => node.replicaOf === undefined);
    const target = masters.find((node) => node !== source)!;

    const load = traffic(proxy, [question, uniqueQuestion('Other traffic'), question]);
    // Requests run between every step: while the slot is MIGRATING/IMPORTING, after the keys moved (the old owner
    // answers ASK), and after the new owner is announced (MOVED).
    const moreRequests = async () => {
      const seen = load.outcomes.length;
      await pollUntil(async () => load.outcomes.length >= seen + 3, 'requests between migration steps');
    };
    expect(await cluster.migrateSlot(slot, target, moreRequests)).toBeGreaterThanOrEqual(1);
    await pollUntil(async () => (await cluster.ownerOf(slot)) === target, 'the slot to belong to its new master');
    await pollUntil(async () => (await post(proxy, question)).cache === 'HIT', 'the migrated entry to be served again');
    const outcomes = await load.stop();

    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.filter((outcome) => outcome.status !== 200)).toEqual([]);
    for (const outcome of outcomes) expect(['HIT', 'MISS', 'ERROR']).toContain(outcome.cache);
  }, 60_000);

  it('answers every request while a master is killed and its replica takes over, then caches again', async () => {
    const { question, slot } = await storedQuestion('Entry on a failing master');
    const victim = await cluster.ownerOf(slot);
    const load = traffic(proxy, [question, uniqueQuestion('Traffic during failover')]);

    await victim.server.kill();
    await pollUntil(async () => (await cluster.ownerOf(slot)) !== victim, 'a replica to be promoted', 30_000);
    await cluster.waitHealthy(30_000);
    // The entry was replicated before the kill, so the promoted replica serves it once the proxy sees the new map.
    await pollUntil(async () => (await post(proxy, question)).cache === 'HIT', 'caching to resume on the promoted replica', 30_000);
    const fresh = uniqueQuestion('Stored after the failover');
    await pollUntil(async () => {
      await post(proxy, fresh);
      await writesSettled(proxy);
      return (await post(proxy, fresh)).cache === 'HIT';
    }, 'new entries to be stored and served', 30_000);
    const outcomes = await load.stop();

    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.filter((outcome) => outcome.status !== 200)).toEqual([]);
    for (const outcome of outcomes) expect(['HIT', 'MISS', 'ERROR']).toContain(outcome.cache);
  }, 120_000);
});
