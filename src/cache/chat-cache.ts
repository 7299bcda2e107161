import { performance } from 'node:perf_hooks';
import type { EmbedContext, Embedder, Embedding } from '../embedding/embedder.ts';
import type { CacheEntry, Neighbour, VectorStore } from '../store/vector-store.ts';
import type { CachedAnswer } from './cached-answer.ts';
import type { RequestKey } from './request-key.ts';
import type { CandidateVerifier, Verdict } from './verify/verdict.ts';

/**
 * How many nearest candidates are verified before giving up. The verifier, not the embedding, decides, so a
 * query may look past look-alikes (templated prompts, shared context) that it rejects; each costs a verification
 * of microseconds (its text comes with the search; only the one served is read), or a judge call where a route
 * has an LLM judge.
 */
const CANDIDATES = 8;

/**
 * How many of the first look's nearest candidates (VectorStore.nearestFirstLook) are verified before the full
 * search: a near-duplicate is among the very nearest. The full search's 8 nearest are then all verified, except
 * those verified already, so no candidate the full search alone would verify is left out; the full search's 8
 * nearest nearly always include the first look's, so a miss verifies 8 as before (up to 11 when the first look
 * proposed candidates the full search ranks lower: 4% of lookups in a dense cluster of templated vectors).
 */
const FIRST_LOOK_CANDIDATES = 3;

export interface LookupOptions {
  key: RequestKey;
  /** The route's name: the verifier may act per route (its LLM judge). */
  route: string;
  /** Whether the semantic tier may run (route mode `semantic`). */
  semantic: boolean;
  threshold: number;
  minCoverage: number;
  slideTtlMs?: number;
  embedContext: EmbedContext;
  /** Whether an entry may be served to this request (its ids, its shape); one refused is passed over like a vanished one. */
  accept?: (entry: CacheEntry) => boolean;
  /**
   * Fires when the client has gone: the lookup then stops before its next stage or candidate and answers a miss, so a
   * client that hangs up does not leave its candidates' verification (up to a second of CPU for long prompts) to run on
   * for nobody (a hostile review, session 47: 20 abandoned lookups of 250 KB prompts stalled other tenants for 7 s).
   */
  signal?: AbortSignal;
}

export interface StageTimings {
  lookup?: number;
  embed?: number;
  knn?: number;
}

/** The nearest candidate above the threshold that the verifier looked at, and what it said (for explain). */
export interface VerifiedCandidate {
  entryId: string;
  similarity: number;
  verdict: Verdict;
}

/** A lookup's candidates so far: the ids verified (each once), the most similar rejected, the best similarity. */
interface Candidates {
  verified: Set<string>;
  rejected: VerifiedCandidate | undefined;
  nearestSimilarity: number | undefined;
  /** Characters of long candidates verified so far in this lookup (see LONG_PAIR_CHARACTERS). */
  longCharacters: number;
}

/**
 * A query and candidate longer than this together cost the verifier milliseconds (it tokenises a side it has not
 * seen lately at about 0.5–1 ms per KB): before each such candidate the lookup lets the event loop serve other
 * requests, and it verifies at most LONG_CANDIDATE_BUDGET characters of them. Eight candidates just under the
 * semantic cap (256 KiB) held the event loop for about a second per request (a hostile tester, session 28); each
 * verification is now one turn of the loop, and a lookup verifies at most four of them.
 */
const LONG_PAIR_CHARACTERS = 32 * 1024;
const LONG_CANDIDATE_BUDGET = 1024 * 1024;

type SemanticHit = Omit<Extract<LookupOutcome, { match: 'semantic' }>, 'timings'>;

export type LookupOutcome =
  | { kind: 'hit'; match: 'exact'; entry: CacheEntry; timings: StageTimings }
  | { kind: 'hit'; match: 'semantic'; entry: CacheEntry; similarity: number; verdict: Verdict & { kind: 'same' }; timings: StageTimings }
  | { kind: 'miss'; nearestSimilarity?: number; rejected?: VerifiedCandidate; embedding?: Embedding; timings: StageTimings }
  | { kind: 'error'; error: unknown; timings: StageTimings };

export interface StoreOptions {
  key: RequestKey;
  completion: CachedAnswer;
  route: string;
  model: string;
  tenant: string;
  /** See CacheEntry.storedUpstream; absent means not stored upstream. */
  storedUpstream?: boolean;
  /** See CacheEntry.keeper; kept only with storedUpstream. */
  keeper?: string;
  ttlMs: number;
  /** Reused from the lookup when it embedded the text; computed here otherwise. */
  embedding?: Embedding;
  semantic: boolean;
  minCoverage: number;
  embedContext: EmbedContext;
}

/**
 * The cache's two tiers over a VectorStore and an Embedder: exact lookup by digest, then nearest neighbours in
 * the partition above the threshold, each candidate verified (./verify/). Knows nothing of HTTP.
 */
export class ChatCache {
  readonly #store: VectorStore;
  readonly #embedder: Embedder;
  readonly #verifier: CandidateVerifier;
  readonly #now: () => number;

  constructor(options: { store: VectorStore; embedder: Embedder; verifier: CandidateVerifier; now?: () => number }) {
    this.#store = options.store;
    this.#embedder = options.embedder;
    this.#verifier = options.verifier;
    this.#now = options.now ?? Date.now;
  }

  get store(): VectorStore {
    return this.#store;
  }

  async lookup(options: LookupOptions): Promise<LookupOutcome> {
    const timings: StageTimings = {};
    try {
      let started = performance.now();
      const exact = await this.#store.get(options.key.id, { slideTtlMs: options.slideTtlMs, vector: false });
      timings.lookup = performance.now() - started;
      if (exact && (options.accept?.(exact) ?? true)) return { kind: 'hit', match: 'exact', entry: exact, timings };
      if (!this.#semanticApplies(options) || options.signal?.aborted) return { kind: 'miss', timings };

      started = performance.now();
      const embedding = await this.#embedder.embed(options.key.text!, options.embedContext);
      timings.embed = performance.now() - started;
      if (embedding.coverage < options.minCoverage) return { kind: 'miss', timings };

      started = performance.now();
      const placement = options.key.placement ?? 'spread';
      const candidates: Candidates = { verified: new Set(), rejected: undefined, nearestSimilarity: undefined, longCharacters: 0 };
      // A near-duplicate (a semantic hit) is found by a cheaper first search; only a lookup that finds none there
      // pays for the full one, which goes on from where the first stopped and skips what was verified already.
      const firstLook = await this.#store.nearestFirstLook?.(options.key.partition, embedding.vector, FIRST_LOOK_CANDIDATES, { placement });
      if (firstLook !== undefined) {
        const hit = await this.#firstVerified(firstLook, options, candidates);
        if (hit) {
          timings.knn = performance.now() - started;
          return { ...hit, timings };
        }
      }
      const neighbours = await this.#store.nearest(options.key.partition, embedding.vector, CANDIDATES, { placement });
      const hit = await this.#firstVerified(neighbours, options, candidates);
      timings.knn = performance.now() - started;
      if (hit) return { ...hit, timings };
      return { kind: 'miss', nearestSimilarity: candidates.nearestSimilarity, rejected: candidates.rejected, embedding, timings };
    } catch (error) {
      return { kind: 'error', error, timings };
    }
  }

  /**
   * The first of `neighbours` (most similar first, down to the threshold) that the verifier says asks the same
   * thing and that is still stored with the text verified; candidates in `seen.verified` were looked at already.
   * `seen.rejected` keeps the most similar candidate rejected.
   */
  async #firstVerified(neighbours: Neighbour[], options: LookupOptions, seen: Candidates): Promise<SemanticHit | undefined> {
    const nearest = neighbours[0]?.similarity;
    if (nearest !== undefined && (seen.nearestSimilarity === undefined || nearest > seen.nearestSimilarity)) seen.nearestSimilarity = nearest;
    for (const neighbour of neighbours) {
      if (neighbour.similarity < options.threshold || options.signal?.aborted) break;
      if (seen.verified.has(neighbour.id)) continue;
      seen.verified.add(neighbour.id);
      // The candidate's text comes with the search; its entry (the answer) is read only to serve it. A rejected
      // candidate is not read at all, so its TTL and LRU place stay as they were.
      let entry: CacheEntry | undefined;
      if (neighbour.text === undefined) {
        entry = await this.#store.get(neighbour.id, { slideTtlMs: options.slideTtlMs, vector: false });
        if (!entry) continue; // expired or evicted between the KNN and the read
      }
      const verifiedText = neighbour.text ?? entry!.text;
      if (options.key.text!.length + verifiedText.length > LONG_PAIR_CHARACTERS) {
        if (seen.longCharacters + verifiedText.length > LONG_CANDIDATE_BUDGET) continue;
        seen.longCharacters += verifiedText.length;
        await new Promise((resolve) => setImmediate(resolve));
        if (options.signal?.aborted) break;
      }
      const verdict = await this.#verifier.verify(options.key.text!, verifiedText, {
        route: options.route,
        queryId: options.key.id,
        entryId: neighbour.id,
        credentials: { authorization: options.embedContext.authorization, audience: options.embedContext.audience },
        ...(options.key.shared === undefined ? {} : { shared: options.key.shared }),
      });
      if (verdict.kind !== 'same') {
        if (seen.rejected === undefined || neighbour.similarity > seen.rejected.similarity) seen.rejected = { entryId: neighbour.id, similarity: neighbour.similarity, verdict };
        continue;
      }
      if (await this.#store.isRejected(options.key.id, neighbour.id)) continue;
      entry ??= await this.#store.get(neighbour.id, { slideTtlMs: options.slideTtlMs, vector: false });
      // Expired or evicted since the KNN, or (were ids ever not digests of their text) another text under the id:
      // what is served is only ever what was verified.
      if (!entry || entry.text !== verifiedText) continue;
      if (options.accept && !options.accept(entry)) continue;
      return { kind: 'hit', match: 'semantic', entry, similarity: neighbour.similarity, verdict };
    }
    return undefined;
  }

  /** Stores a completed answer. Throws on store or embedder failure; callers run it off the response path. */
  async save(options: StoreOptions): Promise<CacheEntry> {
    let vector: Float32Array | undefined;
    if (this.#semanticApplies(options)) {
      const embedding = options.embedding ?? (await this.#embedder.embed(options.key.text!, options.embedContext));
      if (embedding.coverage >= options.minCoverage) vector = embedding.vector;
    }
    const entry: CacheEntry = {
      id: options.key.id,
      partition: options.key.partition,
      text: options.key.text ?? '',
      vector,
      completion: options.completion,
      route: options.route,
      model: options.model,
      tenant: options.tenant,
      createdAt: this.#now(),
    };
    if (options.storedUpstream === true) {
      entry.storedUpstream = true; // absent otherwise, as the stores read it back
      if (options.keeper !== undefined) entry.keeper = options.keeper;
    }
    await this.#store.put(entry, options.ttlMs);
    return entry;
  }

  #semanticApplies(options: { key: RequestKey; semantic: boolean; embedContext: EmbedContext }): boolean {
    return options.semantic && options.key.text !== undefined && options.key.text !== '' && this.#store.semantic && this.#embedder.callableFor?.(options.embedContext) !== false;
  }
}
