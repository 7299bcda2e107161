/**
 * Whether a request body names objects its API key keeps upstream: a previous response (`previous_response_id`), an
 * uploaded file (`file_id`, `file_ids`, a `{ type: 'file', file_id }` source), an item by reference
 * (`item_reference`) or a vector store (`vector_store_ids`). Another key cannot use them (the upstream answers it
 * 404), so on a route whose tenant holds several keys (`share`, a trusted tenant header) the answer belongs to the
 * key that sent it: the pipeline puts that key's keyed hash in the partition (KeyScope.owner).
 *
 * Reads at most MAX_NODES values of the parsed body, depth first: a body is bounded by the server's body limit.
 */
export function referencesPrivateObjects(body: unknown): boolean {
  const pending: unknown[] = [body];
  for (let visited = 0; pending.length > 0 && visited < MAX_NODES; visited++) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    const record = value as Record<string, unknown>;
    if (record.type === 'item_reference') return true;
    for (const [key, field] of Object.entries(record)) {
      if (PRIVATE_KEYS.has(key) && field !== undefined && field !== null && field !== '') return true;
      if (field !== null && typeof field === 'object') pending.push(field);
    }
  }
  return false;
}

const PRIVATE_KEYS: ReadonlySet<string> = new Set(['previous_response_id', 'file_id', 'file_ids', 'vector_store_ids']);
const MAX_NODES = 100_000;
