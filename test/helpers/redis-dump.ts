import { RESP_TYPES } from 'redis';
import type { AdminClient } from './redis-harness.ts';

/**
 * Every key name matching `pattern` and every value under it (binary-safe, whatever its type), concatenated: what
 * a test searches for a secret that must never be stored.
 */
export async function dumpRedis(admin: AdminClient, pattern: string): Promise<Buffer> {
  const binary = admin.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  const parts: Buffer[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await admin.sendCommand<[string, string[]]>(['SCAN', cursor, 'MATCH', pattern, 'COUNT', '1000']);
    cursor = next;
    for (const key of keys) {
      parts.push(Buffer.from(key));
      const type = await admin.sendCommand<string>(['TYPE', key]);
      if (type === 'none') continue; // gone since SCAN listed it (a released lock, an expired entry): nothing to read
      const command = READ_BY_TYPE[type]?.(key);
      if (!command) throw new Error(`unexpected Redis type ${type} for ${key}`);
      parts.push(...flatten(await binary.sendCommand(command)));
    }
  } while (cursor !== '0');
  return Buffer.concat(parts);
}

const READ_BY_TYPE: Record<string, (key: string) => string[]> = {
  string: (key) => ['GET', key],
  hash: (key) => ['HGETALL', key],
  set: (key) => ['SMEMBERS', key],
  list: (key) => ['LRANGE', key, '0', '-1'],
  zset: (key) => ['ZRANGE', key, '0', '-1', 'WITHSCORES'],
  stream: (key) => ['XRANGE', key, '-', '+'],
};

function flatten(reply: unknown): Buffer[] {
  if (Buffer.isBuffer(reply)) return [reply];
  if (Array.isArray(reply)) return reply.flatMap(flatten);
  if (reply === null || reply === undefined) return [];
  return [Buffer.from(String(reply))];
}
