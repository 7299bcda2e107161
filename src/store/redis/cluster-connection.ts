import { createCluster, RESP_TYPES } from 'redis';
import { CoalescedTask } from '../../util/coalesced-task.ts';
import { withTimeBudget } from '../time-budget.ts';
import { detectCapabilities, detectCoordinator, type Capabilities } from './capabilities.ts';
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_RECONNECT_DELAY_MS } from './redis-client.ts';
// Start-up, detection and outage-log timings are the single-server connection's, so both modes behave alike.
import { DEFAULT_START_TIMEOUT_MS, DETECTION_BUDGET_MS, errorMessage, isNoAnswer, OUTAGE_LOG_INTERVAL_MS, SILENT_LOGGER, type RedisStoreLogger } from './redis-connection.ts';
import { indexHashTag, knnTargets, perMasterIndexName } from './per-master-index.ts';
import type { IndexDefinition } from './search-commands.ts';
import type { RedisArgs, Shard, StoreConnection } from './store-connection.ts';

export interface ClusterConnectionOptions {
  /** `redis://[user:pass@]host:port` of one or more nodes; the rest of the topology is discovered. */
  seeds: readonly string[];
  /** The index every master holds over its own entries; its name gets a per-master hash tag. */
  index: IndexDefinition;
  connectTimeoutMs?: number;
  clientName?: string;
  /** Longest `start()` waits for the topology and capability detection. Default 5 s. */
  startTimeoutMs?: number;
  /** How often the indexes are checked (a master that joined or failed over needs one). Default 5 s. */
  recheckMs?: number;
  logger?: RedisStoreLogger;
}

const DEFAULT_RECHECK_MS = 5_000;
const CONNECT_RETRY_MS = 1_000;

/**
 * The Redis store's connection to a Redis Cluster (DESIGN §4), with node-redis's cluster client: keyed commands go
 * to the master owning the key (MOVED and ASK followed by the client), and every master is visited on its own
 * connection for what spans the keyspace (KNN, SCAN, index stats). Each master holds an index of its own entries,
 * named with a hash tag in its own slots; detection creates the missing ones at start, on a timer (a master that
 * joined, or a replica promoted by a failover, has none yet) and whenever a query finds one missing.
 * The semantic tier is on only when every master has the Query Engine.
 */
export class ClusterConnection implements StoreConnection {
  readonly mode = 'cluster' as const;
  readonly #cluster;
  readonly #binary;
  readonly #index: IndexDefinition;
  readonly #logger: RedisStoreLogger;
  readonly #startTimeoutMs: number;
  readonly #recheckMs: number;
  #queryEngine = false;
  #offReason: string | undefined;
  #closed = false;
  #connected = false;
  #answering = true;
  #started: Promise<void> | undefined;
  #settleStart: (() => void) | undefined;
  readonly #detection = new CoalescedTask(() => this.#detect(), () => !this.#closed && this.#connected);
  #timer: NodeJS.Timeout | undefined;
  #outageLoggedAt: number | undefined;
  #warnedReason: string | undefined;
  #knownMasters = 0;
  #coordinator = false;
  #tagsFor: unknown;
  #tags = new Map<string, string | undefined>();

  constructor(options: ClusterConnectionOptions) {
    this.#index = options.index;
    this.#logger = options.logger ?? SILENT_LOGGER;
    this.#startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    this.#recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
    const first = new URL(options.seeds[0] ?? 'redis://127.0.0.1:6379');
    const delay = DEFAULT_RECONNECT_DELAY_MS;
    this.#cluster = createCluster({
      rootNodes: options.seeds.map((url) => ({ url })),
      RESP: 2,
      // Discovered nodes do not inherit the seeds' settings: credentials and TLS go in the defaults.
      defaults: {
        disableOfflineQueue: true,
        maintNotifications: 'disabled',
        ...(first.username === '' ? {} : { username: decodeURIComponent(first.username) }),
        ...(first.password === '' ? {} : { password: decodeURIComponent(first.password) }),
        ...(options.clientName === undefined ? {} : { name: options.clientName }),
        socket: {
          connectTimeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
          ...(first.protocol === 'rediss:' ? { tls: true as const } : {}),
          reconnectStrategy: (retries: number) =>
            Math.min(delay.min * 2 ** Math.min(retries, 20), delay.max) + Math.floor(Math.random() * 100),
        },
      },
    });
    // Mandatory, as with the single client: an unhandled 'error' event would crash the process.
    this.#cluster.on('error', (error: Error) => this.#onConnectionError(error));
    this.#cluster.on('node-error', (error: Error) => this.#onConnectionError(error));
    this.#binary = this.#cluster.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  }

  get queryEngine(): boolean {
    return this.#queryEngine;
  }

  get semanticOffReason(): string | undefined {
    return this.#offReason;
  }

  get reachable(): boolean {
    return !this.#closed && this.#connected && this.#cluster.isReady && this.#answering;
  }

  get masterCount(): number {
    return this.#connected ? this.#cluster.masters.length : this.#knownMasters;
  }

  start(): Promise<void> {
    this.#started ??= this.#start();
    return this.#started;
  }

  noteOutcome(error?: unknown): void {
    if (error === undefined) this.#answering = true;
    else if (isNoAnswer(error)) this.#answering = false;
  }

  send<T = unknown>(key: string | undefined, args: RedisArgs): Promise<T> {
    return this.#cluster.sendCommand<T>(key, false, [...args]);
  }

  sendBinary<T = unknown>(key: string, args: RedisArgs): Promise<T> {
    return this.#binary.sendCommand<T>(key, false, [...args]);
  }

  async transaction(key: string, commands: ReadonlyArray<RedisArgs>): Promise<unknown[]> {
    const multi = this.#cluster.multi(key);
    for (const command of commands) multi.addCommand(key, false, [...command]);
    return multi.exec();
  }

  async shards(): Promise<Shard[]> {
    if (!this.#connected) throw new Error('Redis Cluster topology not known yet (no seed node answered)');
    const tags = this.#indexTags();
    return Promise.all(this.#cluster.masters.map(async (master) => {
      const client = await this.#cluster.nodeClient(master);
      const tag = tags.get(master.address);
      return {
        address: master.address,
        // A master that owns no slot holds no entries; its (unused) name just must not collide.
        indexName: perMasterIndexName(this.#index.indexName, tag ?? `none-${master.address}`),
        send: <T>(args: RedisArgs) => client.sendCommand<T>([...args]),
      };
    }));
  }

  /** Each master's index tag, computed once per topology (node-redis replaces `slots` when it rediscovers). */
  #indexTags(): Map<string, string | undefined> {
    const slots = this.#cluster.slots;
    if (this.#tagsFor !== slots) {
      const ownerOfSlot = (slot: number) => slots[slot]?.master.address;
      this.#tags = new Map(this.#cluster.masters.map((master) => [master.address, indexHashTag(ownerOfSlot, master.address)]));
      this.#tagsFor = slots;
    }
    return this.#tags;
  }

  async searchTargets(placementTag?: string): Promise<Shard[]> {
    if (!this.#coordinator) {
      const shards = await this.shards();
      const slots = this.#cluster.slots;
      return knnTargets(shards, (slot) => slots[slot]?.master.address, placementTag);
    }
    // With a placement tag too: the coordinator knows best which shards to ask.
    const name = this.#index.indexName;
    // The coordinator fans the query out to every shard and merges: one call, routed like a key of the index name.
    return [{ address: 'coordinator', indexName: name, send: <T>(args: RedisArgs) => this.#cluster.sendCommand<T>(name, false, [...args]) }];
  }

  /** Whether the Query Engine's cluster coordinator answers (then one index and one query serve the cluster). */
  get coordinator(): boolean {
    return this.#coordinator;
  }

  redetect(): void {
    this.#detection.request();
  }

  async close(budgetMs: number): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#settleStart?.();
    if (!this.#cluster.isOpen) return;
    await withTimeBudget('close', budgetMs, this.#cluster.close()).catch(() => this.#cluster.destroy());
  }

  async #start(): Promise<void> {
    const settled = new Promise<void>((resolve) => {
      this.#settleStart = resolve;
    });
    const timer = setTimeout(() => this.#settleStart?.(), this.#startTimeoutMs);
    void this.#connect();
    await settled;
    clearTimeout(timer);
  }

  /** The cluster client gives up when no seed answers: keep trying, as the single client's reconnection does. */
  async #connect(): Promise<void> {
    while (!this.#closed) {
      try {
        await this.#cluster.connect();
        this.#connected = true;
        this.#knownMasters = this.#cluster.masters.length;
        this.#logger.info({ mode: 'cluster', masters: this.#knownMasters }, 'Redis Cluster connected');
        this.redetect();
        this.#scheduleRecheck();
        return;
      } catch (error) {
        this.#onConnectionError(error instanceof Error ? error : new Error(String(error)));
        await new Promise((resolve) => setTimeout(resolve, CONNECT_RETRY_MS).unref());
      }
    }
  }

  #scheduleRecheck(): void {
    if (this.#closed) return;
    this.#timer = setTimeout(() => {
      this.redetect();
      this.#scheduleRecheck();
    }, this.#recheckMs);
    this.#timer.unref();
  }

  #onConnectionError(error: Error): void {
    this.#settleStart?.();
    if (this.#closed) return;
    const now = Date.now();
    if (this.#outageLoggedAt === undefined || now - this.#outageLoggedAt >= OUTAGE_LOG_INTERVAL_MS) {
      this.#outageLoggedAt = now;
      this.#logger.warn({ err: error.message }, 'Redis Cluster node unreachable: its keys fail until it returns or fails over');
    }
  }

  async #detect(): Promise<void> {
    try {
      // Routed by the client's slot map: a stale map (a slot moved, a master failed over) gets MOVED, which makes
      // node-redis rediscover the topology before the shards are listed again.
      await Promise.allSettled([...this.#indexTags().values()].flatMap((tag) => {
        const name = tag === undefined ? [] : [perMasterIndexName(this.#index.indexName, tag)];
        return name.map((key) => withTimeBudget('topology check', DETECTION_BUDGET_MS, this.#cluster.sendCommand(key, false, ['EXISTS', key])));
      }));
      const shards = await this.shards();
      this.#knownMasters = shards.length;
      const first = shards[0];
      this.#coordinator = first !== undefined && await detectCoordinator((args) => withTimeBudget('detect coordinator', DETECTION_BUDGET_MS, first.send(args)));
      if (this.#coordinator) {
        const [target] = await this.searchTargets();
        const send = (args: string[]) => withTimeBudget('detect capabilities', DETECTION_BUDGET_MS, target!.send(args));
        this.#apply([{ shard: target!, capabilities: await detectCapabilities(send, this.#index) }]);
        this.#answering = true;
        return;
      }
      const results = await Promise.all(shards.map(async (shard) => {
        const send = (args: string[]) => withTimeBudget('detect capabilities', DETECTION_BUDGET_MS, shard.send(args));
        return { shard, capabilities: await detectCapabilities(send, { ...this.#index, indexName: shard.indexName }) };
      }));
      this.#apply(results);
      this.#answering = true;
    } catch (error) {
      // A master that does not answer: capabilities unknown, keep the last answer; the timer tries again.
      this.#logger.warn({ err: errorMessage(error) }, 'could not detect Redis Cluster capabilities; retrying');
    } finally {
      this.#settleStart?.();
    }
  }

  #apply(results: Array<{ shard: Shard; capabilities: Capabilities }>): void {
    const missing = results.find(({ capabilities }) => !capabilities.queryEngine);
    if (missing === undefined) {
      for (const { shard, capabilities } of results) {
        if (capabilities.queryEngine && capabilities.indexCreated) {
          this.#logger.info({ index: shard.indexName, master: shard.address }, 'created the vector index');
        }
      }
      if (!this.#queryEngine && this.#warnedReason !== undefined) {
        this.#logger.info({ masters: results.length }, 'Redis Query Engine available on every master: semantic tier enabled');
        this.#warnedReason = undefined;
      }
      this.#queryEngine = true;
      this.#offReason = undefined;
      return;
    }
    const reason = missing.capabilities.queryEngine
      ? 'unknown'
      : `master ${missing.shard.address}: ${missing.capabilities.reason}`;
    this.#queryEngine = false;
    this.#offReason = reason;
    if (this.#warnedReason !== reason) {
      this.#warnedReason = reason;
      this.#logger.warn(
        { reason, mode: 'cluster', masters: results.length },
        'Redis semantic tier disabled: exact-match caching only (every master needs the Query Engine)',
      );
    }
  }
}
