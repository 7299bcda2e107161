import { createClient, RESP_TYPES } from 'redis';

/**
 * The node-redis client as the Redis store needs it (DESIGN §4): RESP2 pinned (the protocol our FT.SEARCH parser
 * reads), no offline queue (while disconnected a command fails at once instead of queueing forever), and
 * reconnection with capped exponential backoff that never gives up. TLS, ACL user and password come from the URL
 * (`rediss://user:pass@host:6380/0`).
 */
export interface RedisClientSettings {
  url: string;
  /** Per connection attempt. Default 2 s. */
  connectTimeoutMs?: number;
  /** Backoff between reconnection attempts: doubles from `min` up to `max`, plus up to 100 ms of jitter. */
  reconnectDelayMs?: { min: number; max: number };
  /** Shown by CLIENT LIST. */
  clientName?: string;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 2_000;
/** Capped at 1 s so the client is back within a second of Redis returning; the breaker's probe does the rest. */
export const DEFAULT_RECONNECT_DELAY_MS = Object.freeze({ min: 50, max: 1_000 });

export function createRedisClient(settings: RedisClientSettings) {
  const delay = settings.reconnectDelayMs ?? DEFAULT_RECONNECT_DELAY_MS;
  return createClient({
    url: settings.url,
    RESP: 2,
    disableOfflineQueue: true,
    // Enterprise maintenance notifications are a RESP3 push feature; skip the handshake round trip.
    maintNotifications: 'disabled',
    ...(settings.clientName === undefined ? {} : { name: settings.clientName }),
    socket: {
      connectTimeout: settings.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      // A number, never false: the default strategy gives up on socket timeouts, which would leave the store dead.
      reconnectStrategy: (retries: number) =>
        Math.min(delay.min * 2 ** Math.min(retries, 20), delay.max) + Math.floor(Math.random() * 100),
    },
  });
}

export type RedisClient = ReturnType<typeof createRedisClient>;

/** The same connection, replying with Buffers instead of strings (for hashes that hold a binary vector). */
export function binaryReplies(client: RedisClient) {
  return client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
}

export type BinaryRedisClient = ReturnType<typeof binaryReplies>;
