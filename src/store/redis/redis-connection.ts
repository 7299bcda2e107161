import {
  ClientClosedError,
  ClientOfflineError,
  ConnectionTimeoutError,
  SocketClosedUnexpectedlyError,
} from 'redis';
import { CoalescedTask } from '../../util/coalesced-task.ts';
import { StoreTimeoutError, withTimeBudget } from '../time-budget.ts';
import { detectCapabilities, type Capabilities } from './capabilities.ts';
import {
  binaryReplies,
  createRedisClient,
  type BinaryRedisClient,
  type RedisClient,
  type RedisClientSettings,
} from './redis-client.ts';
import type { IndexDefinition } from './search-commands.ts';
import type { RedisArgs, Shard, StoreConnection } from './store-connection.ts';

/** pino-compatible: `logger.warn({ err }, 'message')`. */
export interface RedisStoreLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface RedisConnectionOptions extends RedisClientSettings {
  /** The index to find or create whenever a connection is (re)established. */
  index: IndexDefinition;
  /** Longest `start()` waits for the first connection and capability detection. Default 5 s. */
  startTimeoutMs?: number;
  logger?: RedisStoreLogger;
}

export const DEFAULT_START_TIMEOUT_MS = 5_000;
/** Each detection command's budget; detection is off the request path, so generous. */
export const DETECTION_BUDGET_MS = 2_000;
const DETECTION_RETRY_MS = 1_000;
/** An outage is logged when it starts and then at most this often (DESIGN §7: rate-limited log lines). */
export const OUTAGE_LOG_INTERVAL_MS = 60_000;
export const SILENT_LOGGER: RedisStoreLogger = { info() {}, warn() {} };

/**
 * The Redis store's connection lifecycle (DESIGN §4): connects without ever blocking start-up on an unreachable
 * Redis, keeps reconnecting, and on every (re)connection detects the Query Engine and creates the index if missing
 * (a restarted server may have lost it, or be another server). Logs outages rate-limited, and a missing Query
 * Engine once.
 */
export class RedisConnection implements StoreConnection {
  readonly mode = 'single' as const;
  readonly masterCount = 1;
  readonly client: RedisClient;
  /** The same connection, replying with Buffers (for hashes that hold a binary vector). */
  readonly binary: BinaryRedisClient;
  readonly #index: IndexDefinition;
  readonly #logger: RedisStoreLogger;
  readonly #startTimeoutMs: number;
  readonly #address: string;
  #queryEngine = false;
  #offReason: string | undefined;
  #started: Promise<void> | undefined;
  #settleStart: (() => void) | undefined;
  #closed = false;
  readonly #detection = new CoalescedTask(() => this.#detect(), () => !this.#closed);
  #detectionRetry: NodeJS.Timeout | undefined;
  /** The reason last warned about, so a missing Query Engine is reported once, not on every reconnect. */
  #warnedReason: string | undefined;
  #outageLoggedAt: number | undefined;
  /** False after a call got no answer (timeout, lost connection); an error reply is still an answer. */
  #answering = true;

  constructor(options: RedisConnectionOptions) {
    this.#index = options.index;
    this.#logger = options.logger ?? SILENT_LOGGER;
    this.#startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    this.#address = URL.canParse(options.url) ? new URL(options.url).host : 'redis';
    this.client = createRedisClient(options);
    // Mandatory: without an 'error' listener node-redis's EventEmitter crashes the process on a connection error.
    this.client.on('error', (error: Error) => this.#onConnectionError(error));
    this.client.on('ready', () => this.#onReady());
    this.binary = binaryReplies(this.client);
  }

  /** Whether the connected server has a usable Query Engine and our index (false until known). */
  get queryEngine(): boolean {
    return this.#queryEngine;
  }

  get semanticOffReason(): string | undefined {
    return this.#offReason;
  }

  /** Connected, and the last call got an answer. */
  get reachable(): boolean {
    return !this.#closed && this.client.isReady && this.#answering;
  }

  send<T = unknown>(_key: string | undefined, args: RedisArgs): Promise<T> {
    return this.client.sendCommand<T>([...args]);
  }

  sendBinary<T = unknown>(_key: string, args: RedisArgs): Promise<T> {
    return this.binary.sendCommand<T>([...args]);
  }

  async transaction(_key: string, commands: ReadonlyArray<RedisArgs>): Promise<unknown[]> {
    const multi = this.client.multi();
    for (const command of commands) multi.addCommand([...command]);
    return multi.exec();
  }

  searchTargets(): Promise<Shard[]> {
    return this.shards();
  }

  async shards(): Promise<Shard[]> {
    return [{ address: this.#address, indexName: this.#index.indexName, send: (args) => this.client.sendCommand([...args]) }];
  }

  /**
   * Starts connecting; resolves once capabilities are known, or as soon as Redis proves unreachable (the first
   * connection error) — it then keeps reconnecting and detects capabilities when Redis comes up.
   */
  start(): Promise<void> {
    this.#started ??= this.#start();
    return this.#started;
  }

  /** Records how a call ended, for `reachable`. */
  noteOutcome(error?: unknown): void {
    if (error === undefined) this.#answering = true;
    else if (isNoAnswer(error)) this.#answering = false;
  }

  /** Detects capabilities again, e.g. after the server answered that our index does not exist. */
  redetect(): void {
    this.#detection.request();
  }

  /** Closes the connection, waiting at most `budgetMs` for in-flight commands. */
  async close(budgetMs: number): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#detectionRetry);
    this.#settleStart?.();
    if (!this.client.isOpen) return;
    if (!this.client.isReady) {
      this.client.destroy();
      return;
    }
    // A paused server must not hold shutdown hostage.
    await withTimeBudget('close', budgetMs, this.client.close()).catch(() => this.client.destroy());
  }

  async #start(): Promise<void> {
    const settled = new Promise<void>((resolve) => {
      this.#settleStart = resolve;
    });
    // connect() only settles once connected (or closed): never await it here.
    this.client.connect().catch(() => {
      // Rejected when close() ends a connection attempt; errors before that went to the 'error' listener.
    });
    const timer = setTimeout(() => this.#settleStart?.(), this.#startTimeoutMs);
    await settled;
    clearTimeout(timer);
  }

  #onReady(): void {
    this.#answering = true;
    if (this.#outageLoggedAt !== undefined) {
      this.#logger.info({}, 'Redis reachable again');
      this.#outageLoggedAt = undefined;
    }
    this.redetect();
  }

  #onConnectionError(error: Error): void {
    this.#settleStart?.();
    if (this.#closed) return;
    const now = Date.now();
    if (this.#outageLoggedAt === undefined || now - this.#outageLoggedAt >= OUTAGE_LOG_INTERVAL_MS) {
      this.#outageLoggedAt = now;
      this.#logger.warn({ err: error.message }, 'Redis unreachable: cache calls fail until it returns (reconnecting)');
    }
  }

  async #detect(): Promise<void> {
    try {
      const send = (args: string[]) =>
        withTimeBudget('detect capabilities', DETECTION_BUDGET_MS, this.client.sendCommand(args));
      this.#apply(await detectCapabilities(send, this.#index));
    } catch (error) {
      // Capabilities unknown (connection lost, server too slow): keep the last answer and try again.
      this.#logger.warn({ err: errorMessage(error) }, 'could not detect Redis capabilities; retrying');
      clearTimeout(this.#detectionRetry);
      this.#detectionRetry = setTimeout(() => {
        if (this.client.isReady) this.redetect();
      }, DETECTION_RETRY_MS);
      this.#detectionRetry.unref();
    } finally {
      this.#settleStart?.();
    }
  }

  #apply(capabilities: Capabilities): void {
    if (capabilities.queryEngine) {
      if (capabilities.indexCreated) this.#logger.info({ index: this.#index.indexName }, 'created the vector index');
      if (!this.#queryEngine && this.#warnedReason !== undefined) {
        this.#logger.info({}, 'Redis Query Engine available: semantic tier enabled');
        this.#warnedReason = undefined;
      }
      this.#queryEngine = true;
      this.#offReason = undefined;
      return;
    }
    this.#queryEngine = false;
    this.#offReason = capabilities.reason;
    if (this.#warnedReason !== capabilities.reason) {
      this.#warnedReason = capabilities.reason;
      this.#logger.warn(
        { reason: capabilities.reason },
        'Redis semantic tier disabled: exact-match caching only (semantic matching needs Redis 8 or Redis Stack)',
      );
    }
  }
}

/** The call got no answer from Redis (as opposed to an error reply or a rejected argument). */
export function isNoAnswer(error: unknown): boolean {
  return error instanceof StoreTimeoutError || error instanceof ClientOfflineError ||
    error instanceof ClientClosedError || error instanceof SocketClosedUnexpectedlyError ||
    error instanceof ConnectionTimeoutError;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
