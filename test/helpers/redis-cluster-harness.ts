/**
 * A real Redis Cluster for tests, built from the `redis-server` binary (cluster mode is in every Redis 7+ build):
 * `masters` nodes own the 16,384 slots in equal ranges (CLUSTER ADDSLOTSRANGE), every node meets the first (CLUSTER
 * MEET), and with `replicasPerMaster: 1` each master gets a replica (CLUSTER REPLICATE) so a killed master fails over.
 * Ports, cluster-bus ports and config files are the test's own; `stop()` kills every node and removes its files.
 *
 * ```ts
 * const plan = planRedisCluster();
 * describe.skipIf(plan.kind === 'unavailable')('…', () => {
 *   let cluster: RedisClusterHarness;
 *   beforeAll(async () => { cluster = await startRedisCluster({ masters: 3 }); });
 *   afterAll(() => cluster?.stop());
 * });
 * ```
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createCluster } from 'redis';
import { connectAdmin, freePort, planRedis, spawnRedisServer, type AdminClient, type RedisServer } from './redis-harness.ts';

export const SLOT_COUNT = 16_384;

export interface ClusterNode {
  server: RedisServer;
  /** `redis://127.0.0.1:port` */
  url: string;
  /** `127.0.0.1:port` as CLUSTER NODES and the node-redis cluster client name it. */
  address: string;
  /** CLUSTER MYID */
  id: string;
  /** Master this node replicates at start (undefined for a master). */
  replicaOf?: string;
}

export interface RedisClusterHarness {
  /** Masters first, in slot order, then replicas. */
  nodes: ClusterNode[];
  /** `redis+cluster://host:port,host:port…` for REDIS_URL. */
  clusterUrl: string;
  /** One admin connection per node (RESP2), for test bookkeeping. */
  admin(node: ClusterNode): Promise<AdminClient>;
  /** The node currently owning `slot` (CLUSTER SHARDS as seen by a live node). */
  ownerOf(slot: number): Promise<ClusterNode>;
  /**
   * Moves one slot with its keys from its owner to `target` (SETSLOT IMPORTING/MIGRATING, MIGRATE, SETSLOT NODE),
   * awaiting `betweenSteps` after each step; resolves to the number of keys moved.
   */
  migrateSlot(slot: number, target: ClusterNode, betweenSteps?: () => Promise<void>): Promise<number>;
  /** A cluster client (RESP2) for test bookkeeping: reads keys wherever they live; close it with `.destroy()`. */
  client(): Promise<ClusterClient>;
  /** Every entry key under `prefix`, per master address (SCAN on each master). */
  keysPerMaster(pattern: string): Promise<Map<string, string[]>>;
  /** Every live node agrees the cluster is `ok`. */
  waitHealthy(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export type ClusterClient = ReturnType<typeof createClusterClient>;

function createClusterClient(seeds: string[]) {
  return createCluster({ rootNodes: seeds.map((url) => ({ url })), RESP: 2, defaults: { maintNotifications: 'disabled' } });
}

export type ClusterPlan = { kind: 'spawn' } | { kind: 'unavailable'; reason: string };

export async function planRedisCluster(): Promise<ClusterPlan> {
  const plan = await planRedis({ processControl: true });
  return plan.kind === 'spawn'
    ? { kind: 'spawn' }
    : { kind: 'unavailable', reason: 'a test cluster is spawned from the redis-server binary, and none is installed' };
}

export interface ClusterOptions {
  masters?: number;
  replicasPerMaster?: 0 | 1;
}

const HEALTHY_TIMEOUT_MS = 20_000;

export async function startRedisCluster(options: ClusterOptions = {}): Promise<RedisClusterHarness> {
  const masterCount = options.masters ?? 3;
  const replicaCount = masterCount * (options.replicasPerMaster ?? 0);
  const nodes: ClusterNode[] = [];
  const admins = new Map<ClusterNode, AdminClient>();
  const admin = async (node: ClusterNode) => {
    let client = admins.get(node);
    if (client === undefined || !client.isOpen) {
      client = await connectAdmin(node.url);
      admins.set(node, client);
    }
    return client;
  };

  const stop = async () => {
    for (const client of admins.values()) client.destroy();
    admins.clear();
    await Promise.all(nodes.map((node) => node.server.stop()));
  };

  try {
    const busPorts: number[] = [];
    for (let i = 0; i < masterCount + replicaCount; i++) {
      busPorts.push(await freePort());
      const server = await spawnRedisServer([
        '--cluster-enabled', 'yes',
        '--cluster-config-file', 'nodes.conf',
        // The default bus port (port + 10000) can overflow for high ephemeral ports.
        '--cluster-port', String(busPorts[i]),
        // Fail over within about a second of a master dying, so the failover test stays short.
        '--cluster-node-timeout', '1000',
        '--cluster-replica-validity-factor', '0',
        '--cluster-require-full-coverage', 'no',
      ]);
      if (server === undefined) throw new Error('redis-server is not installed');
      const address = server.url.replace('redis://', '');
      const node: ClusterNode = { server, url: server.url, address, id: '' };
      nodes.push(node);
      node.id = String(await (await admin(node)).sendCommand(['CLUSTER', 'MYID']));
    }
    const masters = nodes.slice(0, masterCount);
    const perMaster = Math.ceil(SLOT_COUNT / masterCount);
    for (const [i, node] of masters.entries()) {
      const first = i * perMaster;
      const last = Math.min(SLOT_COUNT, first + perMaster) - 1;
      await (await admin(node)).sendCommand(['CLUSTER', 'ADDSLOTSRANGE', String(first), String(last)]);
    }
    const [host, port] = nodes[0]!.address.split(':') as [string, string];
    for (const node of nodes.slice(1)) await (await admin(node)).sendCommand(['CLUSTER', 'MEET', host, port, String(busPorts[0])]);
    await pollUntil(async () => {
      for (const node of nodes) {
        const known = String(await (await admin(node)).sendCommand(['CLUSTER', 'NODES'])).trim().split('\n').length;
        if (known < nodes.length) return false;
      }
      return true;
    }, 'every node knows every other');
    for (const [i, replica] of nodes.slice(masterCount).entries()) {
      const master = masters[i % masterCount]!;
      replica.replicaOf = master.id;
      await (await admin(replica)).sendCommand(['CLUSTER', 'REPLICATE', master.id]);
    }
    const harness: RedisClusterHarness = {
      nodes,
      clusterUrl: `redis+cluster://${masters.map((node) => node.address).join(',')}`,
      admin,
      async ownerOf(slot) {
        const live = await firstLive(nodes, admin);
        const lines = String(await live.sendCommand(['CLUSTER', 'NODES'])).trim().split('\n');
        for (const line of lines) {
          const fields = line.split(' ');
          if (!fields[2]?.includes('master') || fields[2].includes('fail')) continue;
          for (const range of fields.slice(8)) {
            if (range.startsWith('[')) continue;
            const [from, to = from] = range.split('-').map(Number) as [number, number?];
            if (slot >= from && slot <= to!) {
              const owner = nodes.find((node) => node.id === fields[0]);
              if (owner) return owner;
            }
          }
        }
        throw new Error(`no live master owns slot ${slot}`);
      },
      async migrateSlot(slot, target, betweenSteps = async () => {}) {
        const source = await harness.ownerOf(slot);
        if (source === target) return 0;
        const from = await admin(source);
        const to = await admin(target);
        await to.sendCommand(['CLUSTER', 'SETSLOT', String(slot), 'IMPORTING', source.id]);
        await from.sendCommand(['CLUSTER', 'SETSLOT', String(slot), 'MIGRATING', target.id]);
        await betweenSteps();
        const [targetHost, targetPort] = target.address.split(':') as [string, string];
        let moved = 0;
        for (;;) {
          const keys = await from.sendCommand<string[]>(['CLUSTER', 'GETKEYSINSLOT', String(slot), '100']);
          if (keys.length === 0) break;
          await from.sendCommand(['MIGRATE', targetHost, targetPort, '', '0', '5000', 'KEYS', ...keys]);
          moved += keys.length;
        }
        await betweenSteps();
        for (const node of nodes.slice(0, masterCount)) {
          await (await admin(node)).sendCommand(['CLUSTER', 'SETSLOT', String(slot), 'NODE', target.id]);
        }
        await betweenSteps();
        return moved;
      },
      async client() {
        const client = createClusterClient(nodes.filter((node) => node.server.pid !== undefined).map((node) => node.url));
        client.on('error', () => {
          // Fault tests kill nodes under this client; they assert on the proxy, not on this connection.
        });
        await client.connect();
        return client;
      },
      async keysPerMaster(pattern) {
        const perMaster = new Map<string, string[]>();
        for (const node of nodes) {
          if (node.server.pid === undefined) continue;
          const client = await admin(node);
          if (!/role:master/.test(String(await client.sendCommand(['INFO', 'replication'])))) continue;
          const keys: string[] = [];
          let cursor = '0';
          do {
            const [next, page] = await client.sendCommand<[string, string[]]>(['SCAN', cursor, 'MATCH', pattern, 'COUNT', '1000']);
            cursor = next;
            keys.push(...page);
          } while (cursor !== '0');
          perMaster.set(node.address, keys);
        }
        return perMaster;
      },
      waitHealthy: (timeoutMs = HEALTHY_TIMEOUT_MS) => waitHealthy(nodes, admin, timeoutMs),
      stop,
    };
    await harness.waitHealthy();
    if (replicaCount > 0) {
      await pollUntil(async () => {
        for (const replica of nodes.slice(masterCount)) {
          const info = String(await (await admin(replica)).sendCommand(['INFO', 'replication']));
          if (!/master_link_status:up/.test(info)) return false;
        }
        return true;
      }, 'every replica in sync');
    }
    return harness;
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitHealthy(nodes: ClusterNode[], admin: (node: ClusterNode) => Promise<AdminClient>, timeoutMs: number): Promise<void> {
  await pollUntil(async () => {
    for (const node of nodes) {
      if (node.server.pid === undefined) continue;
      const info = String(await (await admin(node)).sendCommand(['CLUSTER', 'INFO']));
      if (!/cluster_state:ok/.test(info)) return false;
    }
    return true;
  }, 'cluster_state:ok on every live node', timeoutMs);
}

async function firstLive(nodes: ClusterNode[], admin: (node: ClusterNode) => Promise<AdminClient>): Promise<AdminClient> {
  const node = nodes.find((candidate) => candidate.server.pid !== undefined);
  if (node === undefined) throw new Error('no live cluster node');
  return admin(node);
}

/** Polls `condition` (errors count as "not yet") until it holds; throws after `timeoutMs`. */
export async function pollUntil(condition: () => Promise<boolean>, what: string, timeoutMs = HEALTHY_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await condition()) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await sleep(50);
  }
}
