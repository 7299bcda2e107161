/** A judge's settled opinion about one (query, entry) pair; failures and unclear replies are never remembered. */
export type RememberedJudgement = 'yes' | 'no';

/**
 * Judge verdicts per (query digest, entry id) pair, least recently used dropped beyond `maxEntries` (the same
 * bounded-Map approach as CachingEmbedder: a Map iterates in insertion order). Both ids are digests of the
 * partition (tenant included) and the text, so a remembered verdict can never answer another tenant's pair, and
 * an entry stored again under the same id has the same text.
 */
export class JudgeVerdictCache {
  readonly #maxEntries: number;
  readonly #entries = new Map<string, RememberedJudgement>();

  constructor(maxEntries: number) {
    if (!(Number.isInteger(maxEntries) && maxEntries >= 0)) throw new RangeError('maxEntries must be an integer ≥ 0');
    this.#maxEntries = maxEntries;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(queryId: string, entryId: string): RememberedJudgement | undefined {
    const key = pairKey(queryId, entryId);
    const judgement = this.#entries.get(key);
    if (judgement !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, judgement);
    }
    return judgement;
  }

  set(queryId: string, entryId: string, judgement: RememberedJudgement): void {
    if (this.#maxEntries === 0) return;
    const key = pairKey(queryId, entryId);
    this.#entries.delete(key);
    this.#entries.set(key, judgement);
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }
}

function pairKey(queryId: string, entryId: string): string {
  return `${queryId} ${entryId}`;
}
