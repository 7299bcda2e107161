import type { RedisArgs } from './store-connection.ts';

/**
 * The key that routes a raw command in a Redis Cluster: the first key of EVAL/EVALSHA (after the script and the key
 * count), else the first argument (SET, GET, EXISTS, XADD, HGETALL…). The helpers that send raw commands through the
 * store (coalescing lock, rate limiter, event stream) only use commands of these two shapes.
 */
export function commandKey(args: RedisArgs): string {
  const name = String(args[0] ?? '').toUpperCase();
  const key = name === 'EVAL' || name === 'EVALSHA' || name === 'FCALL' ? args[3] : args[1];
  if (key === undefined) throw new Error(`cannot route ${name || 'an empty command'}: it names no key`);
  return String(key);
}
