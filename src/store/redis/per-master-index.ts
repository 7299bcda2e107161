import calculateSlot from 'cluster-key-slot';
import type { Neighbour } from '../vector-store.ts';

/**
 * The per-master vector index of a Redis Cluster (DESIGN §4). Without the Query Engine's coordinator, RediSearch
 * indexes only the keys of the node it runs on, and it treats an index name like a key: a node answers `MOVED` for
 * an index whose name hashes to a slot it does not own. So every master gets an index of its own whose name carries
 * a hash tag that lands in one of that master's slots, and a KNN query asks every master on its own connection and
 * merges the candidates. Pure functions, so CI (which has no Query Engine) covers them.
 */

export const SLOT_COUNT = 16_384;
/** Enough to find a tag for a master that owns a single slot (CRC16 spreads short strings evenly). */
const MAX_TAG_CANDIDATES = 1_000_000;

/** The cluster slot of a key, honouring `{hash tags}` (CRC16/XMODEM mod 16384, as Redis computes it). */
export function keySlot(key: string): number {
  return calculateSlot(key);
}

/**
 * The first tag of `0, 1, 2, …` whose slot `master` owns: deterministic, so every proxy instance that sees the same
 * topology names (and shares) the same index. A new tag, hence a new index, only when a master loses that slot.
 *
 * ```ts
 * indexHashTag((slot) => (slot < 8192 ? 'a' : 'b'), 'b');  // '1' … whichever small number hashes into 8192..16383
 * ```
 */
export function indexHashTag(ownerOfSlot: (slot: number) => string | undefined, master: string): string | undefined {
  // A master without slots (just joined, or emptied by resharding) would cost the whole search: answer at once.
  let ownsAny = false;
  for (let slot = 0; slot < SLOT_COUNT && !ownsAny; slot++) ownsAny = ownerOfSlot(slot) === master;
  if (!ownsAny) return undefined;
  for (let candidate = 0; candidate < MAX_TAG_CANDIDATES; candidate++) {
    const tag = String(candidate);
    if (ownerOfSlot(calculateSlot(tag)) === master) return tag;
  }
  return undefined;
}

/** `<base>:{<tag>}`: the name's slot is the tag's slot. */
export function perMasterIndexName(baseIndexName: string, tag: string): string {
  return `${baseIndexName}:{${tag}}`;
}

/**
 * Merges the candidates of every master into one list, most similar first, at most `k`: each master returns its own
 * `k` nearest, so the global `k` nearest are among them. Ties keep a stable order (by id) so results are repeatable.
 */
export function mergeNearest(perMaster: ReadonlyArray<readonly Neighbour[]>, k: number): Neighbour[] {
  const seen = new Set<string>();
  const all: Neighbour[] = [];
  for (const list of perMaster) {
    for (const neighbour of list) {
      // A key caught mid-migration can be listed by two masters: keep it once.
      if (seen.has(neighbour.id)) continue;
      seen.add(neighbour.id);
      all.push(neighbour);
    }
  }
  all.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return all.slice(0, Math.max(0, k));
}

/**
 * The masters a KNN asks (the fan-out planner): every one for a spread route; for a partition-placed route
 * (`placementTag` set, src/store/placement.ts) only the master owning the tag's slot, since every entry of the
 * partition lives there. When no listed master owns that slot (a topology read mid-change), every master: the
 * fan-out is always correct, only slower.
 *
 * ```ts
 * knnTargets(shards, ownerOfSlot, undefined);   // every shard
 * knnTargets(shards, ownerOfSlot, '1a2b3c4d');  // [the shard whose address owns keySlot('{1a2b3c4d}')]
 * ```
 */
export function knnTargets<T extends { address: string }>(
  shards: readonly T[],
  ownerOfSlot: (slot: number) => string | undefined,
  placementTag: string | undefined,
): T[] {
  if (placementTag === undefined) return [...shards];
  const owner = ownerOfSlot(calculateSlot(`{${placementTag}}`));
  const target = shards.find((shard) => shard.address === owner);
  return target === undefined ? [...shards] : [target];
}
