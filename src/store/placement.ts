/**
 * Route option `placement` (README "Redis Cluster"): where a route's entries live in a Redis Cluster.
 * - `spread` (default): every entry by its own key, so a partition's entries are on every master and a KNN asks
 *   every master.
 * - `partition`: every key of an entry carries a hash tag derived from its partition digest, so all entries of one
 *   partition share one slot (one master) and a KNN asks only that master.
 *
 * The tag travels inside the entry id (`X-Cache-Key`, `X-Cache-Query`), so whoever holds an id can name the key
 * with one single-key command (admin delete, feedback) without knowing the route:
 *
 * ```ts
 * entryIdOf('41ab…(32 hex)', '9f2c51d0…(partition)', 'partition');  // '9f2c51d0-41ab…': `<tag>-<digest>`
 * entryIdOf('41ab…(32 hex)', '9f2c51d0…', 'spread');                 // '41ab…': unchanged
 * parseEntryId('9f2c51d0-41ab…');                                   // { tag: '9f2c51d0', digest: '41ab…' }
 * ```
 *
 * Stores without slots (the embedded store, one Redis server) treat ids as opaque: there the option changes the
 * id's form and nothing else.
 */
export const PLACEMENTS = ['spread', 'partition'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/**
 * Hex digits of the partition digest used as the tag: 32 bits, far more than the 16,384 slots, so partitions still
 * spread evenly over the masters; two partitions sharing a tag only share a slot (the KNN filters by partition).
 */
export const PLACEMENT_TAG_LENGTH = 8;

const PLACED_ID = new RegExp(`^([0-9a-f]{${PLACEMENT_TAG_LENGTH}})-([0-9a-f]{8,128})$`);
const SPREAD_ID = /^[0-9a-f]{8,128}$/;

/** The hash tag of every key of a partition-placed entry of `partition` (a hex digest). */
export function placementTag(partition: string): string {
  return partition.slice(0, PLACEMENT_TAG_LENGTH);
}

/** The id of the entry with exact digest `digest` in `partition`, in the form its placement uses. */
export function entryIdOf(digest: string, partition: string, placement: Placement): string {
  return placement === 'partition' ? `${placementTag(partition)}-${digest}` : digest;
}

export interface ParsedEntryId {
  digest: string;
  /** Present for a partition-placed id: the hash tag its keys carry. */
  tag?: string;
}

/**
 * The parts of an entry id (or a query id, which has the same form), or undefined when `id` is neither a hex digest
 * nor `<8 hex>-<hex digest>`: the admin API's validation, and how Redis keys are named from ids.
 */
export function parseEntryId(id: string): ParsedEntryId | undefined {
  if (SPREAD_ID.test(id)) return { digest: id };
  const placed = PLACED_ID.exec(id);
  return placed === null ? undefined : { tag: placed[1]!, digest: placed[2]! };
}
