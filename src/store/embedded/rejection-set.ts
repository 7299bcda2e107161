/**
 * (query digest, entry id) pairs that admin feedback marked wrong, each with its own expiry. Bounded: past
 * `maxPairs` the oldest rejection is forgotten first (a forgotten one at worst serves a wrong hit again, which
 * feedback can reject again).
 */
export class RejectionSet {
  private readonly maxPairs: number;
  private readonly now: () => number;
  /** Pair key → expiry (epoch ms), in insertion order. */
  private readonly expiries = new Map<string, number>();
  private sweepCursor: IterableIterator<[string, number]> | undefined;

  constructor(maxPairs: number, now: () => number) {
    this.maxPairs = maxPairs;
    this.now = now;
  }

  get size(): number {
    return this.expiries.size;
  }

  add(queryDigest: string, entryId: string, ttlMs: number): void {
    const key = pairKey(queryDigest, entryId);
    this.expiries.delete(key); // re-insert so a renewed rejection is the newest
    this.expiries.set(key, this.now() + ttlMs);
    while (this.expiries.size > this.maxPairs) {
      const oldest = this.expiries.keys().next();
      if (oldest.done === true) break;
      this.expiries.delete(oldest.value);
    }
  }

  has(queryDigest: string, entryId: string): boolean {
    const key = pairKey(queryDigest, entryId);
    const expiresAt = this.expiries.get(key);
    if (expiresAt === undefined) return false;
    if (expiresAt > this.now()) return true;
    this.expiries.delete(key);
    return false;
  }

  /** Drops expired pairs among the next `budget` examined, resuming where the last sweep stopped. */
  sweep(budget: number): void {
    const now = this.now();
    for (let examined = 0; examined < budget; examined++) {
      this.sweepCursor ??= this.expiries.entries();
      const next = this.sweepCursor.next();
      if (next.done === true) {
        this.sweepCursor = undefined;
        return;
      }
      const [key, expiresAt] = next.value;
      if (expiresAt <= now) this.expiries.delete(key);
    }
  }

  clear(): void {
    this.expiries.clear();
    this.sweepCursor = undefined;
  }
}

function pairKey(queryDigest: string, entryId: string): string {
  return `${queryDigest}\u0000${entryId}`;
}
