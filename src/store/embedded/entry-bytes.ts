import type { CacheEntry } from '../vector-store.ts';

/**
 * Fixed cost of one entry beyond its strings and vector: the record object, its slot in the LRU map and in a
 * partition's id map. Calibrated against heap growth measured by bench/scale.ts.
 */
const ENTRY_OVERHEAD_BYTES = 240;
/**
 * Per-vector cost beyond its floats: graph links (up to 2·16 + 1 int32s per node on layer 0), the index's id
 * map, and the spare capacity of arrays that grow by doubling (bench/scale.ts: heap growth per entry is within
 * ~10% of this estimate at 100k entries).
 */
const VECTOR_OVERHEAD_BYTES = 250;

/**
 * Estimated bytes an entry holds in the embedded store, counting the completion as its JSON text (that is how
 * the store keeps it) and the vector as `dimension` float32s.
 */
export function estimateEntryBytes(entry: CacheEntry, completionJson: string, dimension: number): number {
  const strings =
    stringBytes(entry.id) +
    stringBytes(entry.partition) +
    stringBytes(entry.text) +
    stringBytes(completionJson) +
    stringBytes(entry.route) +
    stringBytes(entry.model) +
    stringBytes(entry.tenant);
  const vector = entry.vector === undefined ? 0 : dimension * 4 + VECTOR_OVERHEAD_BYTES;
  return ENTRY_OVERHEAD_BYTES + strings + vector;
}

/** V8 keeps a string in one byte per character when every character is Latin-1, else two. */
function stringBytes(text: string): number {
  return NON_LATIN1.test(text) ? text.length * 2 : text.length;
}

const NON_LATIN1 = /[^\u0000-\u00ff]/;
