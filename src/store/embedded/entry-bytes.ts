import { keptAnswerId, type CacheEntry } from '../vector-store.ts';

/**
 * Fixed cost of one entry beyond its strings and vector: the record object, its slot in the LRU map and in a
 * partition's id map. Calibrated against heap growth measured by bench/scale.ts.
 */
const ENTRY_OVERHEAD_BYTES = 240;
/** A slot in the store's answer-id map (key and value references, hash table share). */
const ANSWER_INDEX_BYTES = 64;

/**
 * Estimated bytes an entry's record holds in the embedded store, counting the completion as its JSON text (that
 * is how the store keeps it). Its vector is charged by the partition's index (`PartitionIndex#bytes`), which
 * knows what its blocks, graph and maps really allocate.
 */
export function estimateEntryBytes(entry: CacheEntry, completionJson: string): number {
  const strings =
    stringBytes(entry.id) +
    stringBytes(entry.partition) +
    stringBytes(entry.text) +
    stringBytes(completionJson) +
    stringBytes(entry.route) +
    stringBytes(entry.model) +
    stringBytes(entry.tenant) +
    (entry.keeper === undefined ? 0 : stringBytes(entry.keeper));
  // An answer kept for a keeper is also indexed by its upstream id (EmbeddedStore#answers): the id and a map slot.
  const answerId = keptAnswerId(entry);
  return ENTRY_OVERHEAD_BYTES + strings + (answerId === undefined ? 0 : stringBytes(answerId) + ANSWER_INDEX_BYTES);
}

/** V8 keeps a string in one byte per character when every character is Latin-1, else two. */
function stringBytes(text: string): number {
  return NON_LATIN1.test(text) ? text.length * 2 : text.length;
}

const NON_LATIN1 = /[^\u0000-\u00ff]/;
