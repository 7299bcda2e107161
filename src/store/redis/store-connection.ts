/**
 * What the Redis store needs from its connection, whether that is one server (RedisConnection) or a Redis Cluster
 * (ClusterConnection): keyed commands routed to the node owning the key, and the list of shards for the work that
 * must visit every master (KNN, SCAN, index stats). One server is one shard, so the store has no cluster branches.
 */
export type RedisArgs = ReadonlyArray<string | Buffer>;

/** One master and the name of its own vector index (DESIGN §4: a cluster index is per master). */
export interface Shard {
  /** `host:port`, for logs. */
  address: string;
  /** The index holding this master's entries. */
  indexName: string;
  /** A command on this master's own connection (keyless commands: FT.*, SCAN). */
  send<T = unknown>(args: RedisArgs): Promise<T>;
}

export type ConnectionMode = 'single' | 'cluster';

export interface StoreConnection {
  readonly mode: ConnectionMode;
  /** Query Engine present (and our index found or created) on every master. */
  readonly queryEngine: boolean;
  /** Why the semantic tier is off, once known (undefined while it is on or still unknown). */
  readonly semanticOffReason: string | undefined;
  /** Connected, and the last call got an answer. */
  readonly reachable: boolean;
  /** Masters currently known (1 for a single server). */
  readonly masterCount: number;
  start(): Promise<void>;
  close(budgetMs: number): Promise<void>;
  /** Records how a call ended, for `reachable`. */
  noteOutcome(error?: unknown): void;
  /** Detects capabilities (and creates missing indexes) again, e.g. after a missing-index or MOVED reply. */
  redetect(): void;
  /** One command on the node owning `key` (any node when undefined); every key it names must share that slot. */
  send<T = unknown>(key: string | undefined, args: RedisArgs): Promise<T>;
  /** As `send`, with bulk strings replied as Buffers (entry hashes hold a binary vector). */
  sendBinary<T = unknown>(key: string, args: RedisArgs): Promise<T>;
  /** MULTI/EXEC of `commands`, all on `key`'s slot. Replies in order. */
  transaction(key: string, commands: ReadonlyArray<RedisArgs>): Promise<unknown[]>;
  /** Every master with its index name, connected (for SCAN: keys live on masters). */
  shards(): Promise<Shard[]>;
  /**
   * Where FT.* queries go: every master with its own index, or the one target of the Query Engine's cluster
   * coordinator when it answers (it fans out itself). One server: itself. With `placementTag` (a partition-placed
   * KNN, src/store/placement.ts), only the master owning that tag's slot (per-master-index.ts, `knnTargets`).
   */
  searchTargets(placementTag?: string): Promise<Shard[]>;
}
