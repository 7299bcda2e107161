import { randomFillSync } from 'node:crypto';

/** Bytes fetched from the system's generator at a time (as Node's own `randomUUID` keeps a cache). */
const POOL_BYTES = 4_096;
const pool = Buffer.alloc(POOL_BYTES);
let used = POOL_BYTES;

/**
 * `count` cryptographically random bytes, served from a pool refilled 4 KiB at a time: `randomBytes(12)` per
 * cache hit (a fresh response id) was 6% of an exact hit's CPU, most of it the call into the generator. Each
 * byte is handed out once. The returned buffer is a copy, the caller's to keep.
 */
export function pooledRandomBytes(count: number): Buffer {
  if (count > POOL_BYTES) throw new RangeError(`at most ${POOL_BYTES} bytes at a time, asked for ${count}`);
  if (used + count > POOL_BYTES) {
    randomFillSync(pool);
    used = 0;
  }
  const bytes = Buffer.from(pool.subarray(used, used + count));
  used += count;
  return bytes;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * `length` random characters of [A-Za-z0-9], as the APIs' own ids are made of (`chatcmpl-B9MBs8Cjcv…`,
 * `msg_01XFDUDYJg…`): a client that checks an id's shape, or a column sized for it, takes a hit's id as the
 * upstream's. Bytes of 248 and above are skipped, so each character is uniform.
 */
export function alphanumericId(length: number): string {
  let id = '';
  while (id.length < length) {
    for (const byte of pooledRandomBytes(length - id.length + 8)) {
      if (byte >= 248) continue; // 248 = 4 × 62
      id += ALPHANUMERIC[byte % 62];
      if (id.length === length) break;
    }
  }
  return id;
}
