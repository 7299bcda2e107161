import type { RedisArgs } from './store-connection.ts';

/** Commands that name no key: any node may answer them. */
const KEYLESS = new Set(['PING', 'ECHO', 'TIME', 'INFO']);

/**
 * The key that routes a raw command in a Redis Cluster: the first key of EVAL/EVALSHA (after the script and the key
 * count), else the first argument (SET, GET, EXISTS, XADD, HGETALL…); undefined for a keyless command (PING),
 * which any node answers. The helpers that send raw commands through the store (coalescing lock, rate limiter,
 * event stream) only use commands of these shapes.
 */
export function commandKey(args: RedisArgs): string | undefined {
  const name = String(args[0] ?? '').toUpperCase();
  if (KEYLESS.has(name)) return undefined;
  if (name === 'EVAL' || name === 'EVALSHA' || name === 'FCALL') {
    return Number(args[2]) > 0 && args[3] !== undefined ? String(args[3]) : undefined;
  }
  return args[1] === undefined ? undefined : String(args[1]);
}
