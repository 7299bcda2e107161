import type { CacheEntry } from '../store/vector-store.ts';

/** Values of `X-Cache-Status` (DESIGN.md §2). */
export type CacheStatus = 'HIT' | 'MISS' | 'BYPASS' | 'REFRESH' | 'ERROR';

/** Values of `X-Cache-Match` on a hit. */
export type CacheMatch = 'exact' | 'semantic' | 'coalesced';

export function formatSimilarity(similarity: number): string {
  return Math.max(0, similarity).toFixed(4);
}

export function hitHeaders(entry: CacheEntry | undefined, match: CacheMatch, queryId: string, now: number, similarity?: number): Record<string, string> {
  const headers: Record<string, string> = {
    'x-cache-status': 'HIT',
    'x-cache-match': match,
    'x-cache-key': entry?.id ?? queryId,
    'x-cache-query': queryId,
    age: String(entry ? Math.max(0, Math.floor((now - entry.createdAt) / 1_000)) : 0),
  };
  if (similarity !== undefined) headers['x-cache-similarity'] = formatSimilarity(similarity);
  return headers;
}
