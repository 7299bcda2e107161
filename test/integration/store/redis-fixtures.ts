/** Shared pieces of the Redis store's integration tests: entries, a recording logger, bounded polling. */
import { randomBytes } from 'node:crypto';
import { RedisStore, type RedisStoreLogger, type RedisStoreOptions } from '../../../src/store/redis/redis-store.ts';
import type { CacheEntry } from '../../../src/store/vector-store.ts';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { connectAdmin, deleteKeyspace, randomKeyPrefix, startRedis, type AdminClient, type RedisServer } from '../../helpers/redis-harness.ts';

export const DIMENSION = 8;

export function hex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

export function makeEntry(overrides: Partial<CacheEntry> = {}): CacheEntry {
  const text = `prompt ${hex(4)}`;
  return {
    id: hex(16),
    partition: hex(16),
    text,
    completion: {
      id: `chatcmpl-${hex(6)}`,
      object: 'chat.completion',
      created: 1_700_000_000,
      model: 'gpt-4o-mini',
      choices: [{ index: 0, message: { role: 'assistant', content: `answer to ${text}` }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 },
    },
    route: 'default',
    model: 'gpt-4o-mini',
    tenant: hex(8),
    createdAt: Date.now(),
    ...overrides,
  };
}

/** The unit vector e_i of the test dimension. */
export function axis(i: number): Float32Array {
  const vector = new Float32Array(DIMENSION);
  vector[i] = 1;
  return vector;
}

export interface LogLine {
  level: 'info' | 'warn';
  message: string;
  fields: Record<string, unknown>;
}

export function recordingLogger(): RedisStoreLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  return {
    lines,
    info: (fields, message) => lines.push({ level: 'info', message, fields }),
    warn: (fields, message) => lines.push({ level: 'warn', message, fields }),
  };
}

export interface NewStoreOptions extends Partial<Omit<RedisStoreOptions, 'keyspace'>> {
  /** Default: a fresh random prefix. */
  basePrefix?: string;
  embedderModel?: string;
  dimension?: number;
}

/** A RedisStore with the test dimension under a random key prefix unless told otherwise (returned for cleanup). */
export function newStore(url: string, options: NewStoreOptions = {}): { store: RedisStore; prefix: string } {
  const { basePrefix = randomKeyPrefix('store'), embedderModel = 'test-embedder', dimension = DIMENSION, ...rest } = options;
  const store = new RedisStore({ url, keyspace: { embedderModel, dimension, basePrefix }, ...rest });
  return { store, prefix: basePrefix };
}

/**
 * Polls `probe` until it returns true; fails after `timeoutMs` instead of sleeping a fixed time. Returns the
 * milliseconds it took.
 */
export async function eventually(
  probe: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 10_000,
  intervalMs = 20,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await probe()) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Whether `call` resolves (as opposed to rejecting). */
export async function succeeds(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return true;
  } catch {
    return false;
  }
}

/** How long `call` takes to settle, and how it settled. */
export async function timed<T>(call: () => Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const started = performance.now();
  try {
    const value = await call();
    return { ms: performance.now() - started, value };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

export interface RedisServerFixture {
  /** The server of this file (spawned, or REDIS_URL / REDIS_STACK_URL); set once `beforeAll` has run. */
  readonly server: RedisServer;
  readonly admin: AdminClient;
  /** Registers a store (and its key prefix) to close and delete after the test. */
  track(created: { store: RedisStore; prefix: string }): { store: RedisStore; prefix: string };
}

/** One Redis server for a test file, with an admin connection and per-test cleanup of the stores it tracks. */
export function useRedisServer(options: { stack?: boolean } = {}): RedisServerFixture {
  let server: RedisServer | undefined;
  let admin: AdminClient | undefined;
  const cleanup: Array<{ store: RedisStore; prefix: string }> = [];

  beforeAll(async () => {
    server = await startRedis(options);
    admin = await connectAdmin(server.url);
  });

  afterEach(async () => {
    for (const { store, prefix } of cleanup.splice(0)) {
      await store.close();
      await deleteKeyspace(admin!, prefix);
    }
  });

  afterAll(async () => {
    admin?.destroy();
    await server?.stop();
  });

  return {
    get server() {
      return server!;
    },
    get admin() {
      return admin!;
    },
    track(created) {
      cleanup.push(created);
      return created;
    },
  };
}
