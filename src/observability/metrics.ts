import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ModelPrice } from '../config/config.ts';
import { NetSavingsLedger, priceOf, requestSavings } from '../cache/savings.ts';
import type { ShadowComparison, ShadowLookup, ShadowObserver } from '../cache/shadow.ts';
import type { JudgeCall, JudgeObserver } from '../cache/verify/judged-verifier.ts';
import type { CacheStatus } from '../http/cache-headers.ts';
import type { RequestObserver, RequestRecord } from '../http/request-observer.ts';
import type { VectorStore } from '../store/vector-store.ts';
import { boundedLabel } from './bounded-label.ts';
import { withTimeout } from './with-timeout.ts';

/** Stages timed per request (DESIGN.md §8). */
export const STAGES = ['lookup', 'embed', 'knn', 'upstream', 'total'] as const;
export type Stage = (typeof STAGES)[number];

/** Seconds: in-process lookups take microseconds, hosted embedders ~0.2 s, upstream answers seconds to minutes. */
const STAGE_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
/** Dense near the thresholds people choose (0.90–0.99), where tuning decisions are made. */
const SIMILARITY_BUCKETS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99, 0.995, 1];
/** `/metrics` must answer even when the store hangs: stats older than this are left out of the scrape. */
const STATS_TIMEOUT_MS = 1_000;

export interface ProxyMetricsOptions {
  store: VectorStore;
  prices: readonly ModelPrice[];
  /** USD per million embedding tokens (0 for the local embedder). */
  embedderPricePerMillion: number;
  /** Whether the circuit breaker in front of the store is open; undefined → read `store.breakerOpen` if present. */
  breakerOpen?: () => boolean;
  /** Node process metrics (CPU, memory, event loop lag, GC) in the same registry. */
  processMetrics?: boolean;
}

/** Counters since start, read from the same metrics `/metrics` exports (for `GET /admin/stats`). */
export interface TrafficSummary {
  requests: Record<CacheStatus, number> & { total: number };
  hits: { exact: number; semantic: number; coalesced: number };
  /** HIT / (HIT + MISS + ERROR): requests that looked the cache up; null before the first one. */
  hitRatio: number | null;
  tokensSaved: { prompt: number; completion: number };
  /** Net of embedding cost (see NetSavingsLedger). */
  costSavedUsd: number;
  storeErrors: number;
  writes: { stored: number; skipped: number };
  /** LLM judge calls (all routes) and what they cost; the cost is already deducted from costSavedUsd. */
  judge: { requests: Record<JudgeCall['answer'], number> & { total: number }; tokens: { prompt: number; completion: number }; costUsd: number };
  /** Shadow routes: what the cache would have done, and how often a would-be hit's answer differed from the fresh one. */
  shadow: {
    lookups: number;
    wouldHit: { exact: number; semantic: number };
    wouldMiss: number;
    /** Would-be hits / lookups; null before the first one. */
    wouldHitRatio: number | null;
    /** Would-be hits whose fresh answer completed and was compared. */
    compared: { same: number; differed: number };
    /** Differed / compared; null before the first comparison. */
    differedRatio: number | null;
  };
}

/**
 * The proxy's Prometheus metrics (names fixed by DESIGN.md §8), in a registry of its own so any number of apps
 * can live in one process. Fed as a RequestObserver; store gauges are read at scrape time.
 */
export class ProxyMetrics implements RequestObserver, JudgeObserver, ShadowObserver {
  readonly registry = new Registry();
  readonly #options: ProxyMetricsOptions;
  readonly #ledger = new NetSavingsLedger();

  readonly #requests = new Counter({
    name: 'semcache_requests_total',
    help: 'Proxied requests of the cached APIs by route, API shape, X-Cache-Status and X-Cache-Match (none when not a hit).',
    labelNames: ['route', 'api', 'cache_status', 'match'] as const,
    registers: [this.registry],
  });
  readonly #stageSeconds = new Histogram({
    name: 'semcache_stage_seconds',
    help: 'Time spent per request stage, by the request\'s X-Cache-Status (outcome).',
    labelNames: ['stage', 'outcome'] as const,
    buckets: STAGE_BUCKETS,
    registers: [this.registry],
  });
  readonly #similarity = new Histogram({
    name: 'semcache_similarity',
    help: 'Cosine similarity of the best semantic candidate (clamped at 0), on hits and on misses that had one.',
    labelNames: ['route', 'cache_status'] as const,
    buckets: SIMILARITY_BUCKETS,
    registers: [this.registry],
  });
  readonly #tokensSaved = new Counter({
    name: 'semcache_tokens_saved_total',
    help: 'Upstream tokens not billed because a hit answered, by kind (prompt|completion).',
    labelNames: ['route', 'kind'] as const,
    registers: [this.registry],
  });
  readonly #costSaved = new Counter({
    name: 'semcache_cost_saved_usd_total',
    help: 'USD saved by hits at the configured model prices, net of embedding cost (unrecovered embedding spend is carried forward).',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });
  readonly #embeddingCost = new Counter({
    name: 'semcache_embedding_cost_usd_total',
    help: 'USD billed by a hosted embedder (0 with the local embedder).',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });
  readonly #storeErrors = new Counter({
    name: 'semcache_store_errors_total',
    help: 'Cache store or embedder faults that requests survived, by stage (lookup|store).',
    labelNames: ['stage'] as const,
    registers: [this.registry],
  });
  readonly #writes = new Counter({
    name: 'semcache_writes_total',
    help: 'Answers written to the cache after a miss (result=stored), or not written and why.',
    labelNames: ['route', 'result'] as const,
    registers: [this.registry],
  });
  readonly #judgeRequests = new Counter({
    name: 'semcache_judge_requests_total',
    help: 'LLM judge calls by route and answer (yes|no|unclear|timeout|error); verdicts remembered per pair are not calls.',
    labelNames: ['route', 'verdict'] as const,
    registers: [this.registry],
  });
  readonly #judgeTokens = new Counter({
    name: 'semcache_judge_tokens_total',
    help: 'Tokens billed by LLM judge calls, by kind (prompt|completion).',
    labelNames: ['route', 'kind'] as const,
    registers: [this.registry],
  });
  readonly #judgeCost = new Counter({
    name: 'semcache_judge_cost_usd_total',
    help: 'USD billed by LLM judge calls at the judge model\'s configured price (deducted from semcache_cost_saved_usd_total).',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });
  readonly #shadowLookups = new Counter({
    name: 'semcache_shadow_total',
    help: 'Lookups on shadow routes by what the cache would have done (would-hit-exact|would-hit-semantic|would-miss); the upstream answered all of them.',
    labelNames: ['route', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly #shadowCompared = new Counter({
    name: 'semcache_shadow_compared_total',
    help: 'Would-be hits on shadow routes whose fresh answer completed, by whether it had the same text as the cached one (same|differed).',
    labelNames: ['route', 'result'] as const,
    registers: [this.registry],
  });
  readonly #entries = new Gauge({
    name: 'semcache_entries',
    help: 'Entries in the cache store, read at scrape time.',
    labelNames: ['store'] as const,
    registers: [this.registry],
  });
  readonly #bytes = new Gauge({
    name: 'semcache_bytes',
    help: 'Approximate bytes held by the cache store (embedded store), read at scrape time.',
    labelNames: ['store'] as const,
    registers: [this.registry],
  });

  constructor(options: ProxyMetricsOptions) {
    this.#options = options;
    const breakerOpen = options.breakerOpen ?? (() => breakerOpenOf(options.store));
    // Registered only: read at scrape time.
    new Gauge({
      name: 'semcache_breaker_open',
      help: '1 while the circuit breaker in front of the cache store is open or half-open (cache bypassed), else 0.',
      registers: [this.registry],
      collect() {
        this.set(breakerOpen() ? 1 : 0);
      },
    });
    // Present from the start at 0, so an alert on their rate sees a series before the first fault.
    for (const stage of ['lookup', 'store'] as const) this.#storeErrors.inc({ stage }, 0);
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The Prometheus text exposition, with store gauges refreshed first. */
  async scrape(): Promise<string> {
    await this.#refreshStoreGauges();
    return this.registry.metrics();
  }

  request(record: RequestRecord): void {
    const route = boundedLabel(record.route);
    this.#requests.inc({ route, api: record.api, cache_status: record.status, match: record.match ?? 'none' });
    for (const stage of STAGES) {
      const seconds = record.timings[stage];
      if (seconds !== undefined) this.#stageSeconds.observe({ stage, outcome: record.status }, seconds);
    }
    if (record.similarity !== undefined) {
      this.#similarity.observe({ route, cache_status: record.status }, Math.max(0, record.similarity));
    }
    const savings = requestSavings(record, { prices: this.#options.prices, embedderPricePerMillion: this.#options.embedderPricePerMillion });
    if (savings.promptTokens > 0) this.#tokensSaved.inc({ route, kind: 'prompt' }, savings.promptTokens);
    if (savings.completionTokens > 0) this.#tokensSaved.inc({ route, kind: 'completion' }, savings.completionTokens);
    if (savings.embeddingUsd > 0) this.#embeddingCost.inc({ route }, savings.embeddingUsd);
    if (savings.upstreamUsd > 0 || savings.embeddingUsd > 0) {
      // Always touched, even when the net is still 0, so a route's series exists from its first saving.
      this.#costSaved.inc({ route }, this.#ledger.book(route, savings));
    }
  }

  judged(call: JudgeCall): void {
    const route = boundedLabel(call.route);
    this.#judgeRequests.inc({ route, verdict: call.answer });
    const { promptTokens, completionTokens } = call.usage;
    if (promptTokens > 0) this.#judgeTokens.inc({ route, kind: 'prompt' }, promptTokens);
    if (completionTokens > 0) this.#judgeTokens.inc({ route, kind: 'completion' }, completionTokens);
    const price = priceOf(call.model, this.#options.prices);
    const usd = price ? (promptTokens * price.input + completionTokens * price.output) / 1_000_000 : 0;
    if (usd > 0) {
      this.#judgeCost.inc({ route }, usd);
      this.#ledger.spend(route, usd);
      this.#costSaved.inc({ route }, 0); // the route's net series exists from its first spending
    }
  }

  shadowLookup(route: string, lookup: ShadowLookup): void {
    this.#shadowLookups.inc({ route: boundedLabel(route), outcome: lookup });
  }

  shadowCompared(route: string, comparison: ShadowComparison): void {
    this.#shadowCompared.inc({ route: boundedLabel(route), result: comparison });
  }

  /** Pass-through and refused requests are logged, not counted: `semcache_requests_total` is the cached APIs'. */
  uncached(): void {}

  cacheFault(stage: 'lookup' | 'store'): void {
    this.#storeErrors.inc({ stage });
  }

  stored(outcome: { route: string; stored: boolean; reason?: string }): void {
    const result = outcome.stored ? 'stored' : boundedLabel(outcome.reason ?? 'skipped');
    this.#writes.inc({ route: boundedLabel(outcome.route), result });
  }

  /** Totals since start (all routes), for the admin API. */
  async summary(): Promise<TrafficSummary> {
    const requests = { HIT: 0, MISS: 0, BYPASS: 0, REFRESH: 0, ERROR: 0, total: 0 };
    const hits = { exact: 0, semantic: 0, coalesced: 0 };
    for (const { labels, value } of (await this.#requests.get()).values) {
      const status = labels.cache_status as CacheStatus;
      if (status in requests) requests[status] += value;
      requests.total += value;
      const match = labels.match as keyof typeof hits;
      if (status === 'HIT' && match in hits) hits[match] += value;
    }
    const looked = requests.HIT + requests.MISS + requests.ERROR;
    const tokensSaved = { prompt: 0, completion: 0 };
    for (const { labels, value } of (await this.#tokensSaved.get()).values) {
      if (labels.kind === 'prompt' || labels.kind === 'completion') tokensSaved[labels.kind] += value;
    }
    const writes = { stored: 0, skipped: 0 };
    for (const { labels, value } of (await this.#writes.get()).values) writes[labels.result === 'stored' ? 'stored' : 'skipped'] += value;
    return {
      requests,
      hits,
      hitRatio: looked > 0 ? requests.HIT / looked : null,
      tokensSaved,
      costSavedUsd: Number(sum((await this.#costSaved.get()).values).toFixed(9)),
      storeErrors: sum((await this.#storeErrors.get()).values),
      writes,
      judge: await this.#judgeSummary(),
      shadow: await this.#shadowSummary(),
    };
  }

  async #judgeSummary(): Promise<TrafficSummary['judge']> {
    const requests = { yes: 0, no: 0, unclear: 0, timeout: 0, error: 0, total: 0 };
    for (const { labels, value } of (await this.#judgeRequests.get()).values) {
      const verdict = labels.verdict as keyof typeof requests;
      if (verdict in requests) requests[verdict] += value;
      requests.total += value;
    }
    const tokens = { prompt: 0, completion: 0 };
    for (const { labels, value } of (await this.#judgeTokens.get()).values) {
      if (labels.kind === 'prompt' || labels.kind === 'completion') tokens[labels.kind] += value;
    }
    return { requests, tokens, costUsd: Number(sum((await this.#judgeCost.get()).values).toFixed(9)) };
  }

  async #shadowSummary(): Promise<TrafficSummary['shadow']> {
    const wouldHit = { exact: 0, semantic: 0 };
    let wouldMiss = 0;
    for (const { labels, value } of (await this.#shadowLookups.get()).values) {
      if (labels.outcome === 'would-hit-exact') wouldHit.exact += value;
      else if (labels.outcome === 'would-hit-semantic') wouldHit.semantic += value;
      else wouldMiss += value;
    }
    const compared = { same: 0, differed: 0 };
    for (const { labels, value } of (await this.#shadowCompared.get()).values) {
      if (labels.result === 'same' || labels.result === 'differed') compared[labels.result] += value;
    }
    const hits = wouldHit.exact + wouldHit.semantic;
    const lookups = hits + wouldMiss;
    const comparisons = compared.same + compared.differed;
    return {
      lookups,
      wouldHit,
      wouldMiss,
      wouldHitRatio: lookups > 0 ? hits / lookups : null,
      compared,
      differedRatio: comparisons > 0 ? compared.differed / comparisons : null,
    };
  }

  async #refreshStoreGauges(): Promise<void> {
    const store = this.#options.store.kind;
    const stats = await withTimeout(this.#options.store.stats(), STATS_TIMEOUT_MS, 'store stats').catch(() => undefined);
    this.#entries.reset();
    this.#bytes.reset();
    if (!stats) return; // unknown is left out rather than reported as 0
    this.#entries.set({ store }, stats.entries);
    if (stats.bytes !== undefined) this.#bytes.set({ store }, stats.bytes);
  }
}

/**
 * Reads a circuit breaker's state from a store that exposes one, duck-typed so this module depends on no
 * particular wrapper: `breaker.isOpen` (GuardedStore's CircuitBreaker: true while open or half-open, i.e. until
 * a probe has succeeded), else `breakerOpen: boolean`. A store without a breaker reports closed.
 */
export function breakerOpenOf(store: VectorStore): boolean {
  const candidate = store as VectorStore & { breaker?: { isOpen?: unknown }; breakerOpen?: unknown };
  if (typeof candidate.breaker?.isOpen === 'boolean') return candidate.breaker.isOpen;
  return candidate.breakerOpen === true;
}

function sum(values: ReadonlyArray<{ value: number }>): number {
  return values.reduce((total, { value }) => total + value, 0);
}
