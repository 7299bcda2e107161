import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../../../src/http/request-observer.ts';
import { breakerOpenOf, ProxyMetrics } from '../../../src/observability/metrics.ts';
import type { StoreStats, VectorStore } from '../../../src/store/vector-store.ts';
import { labelValues, sampleValue } from './prometheus-text.ts';

const prices = [{ model: 'gpt-4o-mini*', input: 0.15, output: 0.6 }];

function fakeStore(stats: () => Promise<StoreStats>, extra: Record<string, unknown> = {}): VectorStore {
  return { kind: 'embedded', semantic: true, reachable: true, stats, ...extra } as unknown as VectorStore;
}

function metricsWith(options: { stats?: () => Promise<StoreStats>; embedderPricePerMillion?: number; breakerOpen?: () => boolean } = {}) {
  return new ProxyMetrics({
    store: fakeStore(options.stats ?? (async () => ({ entries: 0, bytes: 0 }))),
    prices,
    embedderPricePerMillion: options.embedderPricePerMillion ?? 0,
    breakerOpen: options.breakerOpen,
  });
}

function record(overrides: Partial<RequestRecord>): RequestRecord {
  return { requestId: 'r', route: 'default', api: 'openai-chat', model: 'gpt-4o-mini', status: 'MISS', stream: false, timings: { total: 0.01 }, ...overrides };
}

const usage = { prompt_tokens: 1_000, completion_tokens: 500, total_tokens: 1_500 };

describe('ProxyMetrics', () => {
  it('counts requests by route, cache status and match (none when not a hit)', async () => {
    const metrics = metricsWith();
    metrics.request(record({ status: 'MISS' }));
    metrics.request(record({ status: 'HIT', match: 'exact', saved: usage }));
    metrics.request(record({ status: 'HIT', match: 'semantic', similarity: 0.97, saved: usage, route: 'support' }));
    const text = await metrics.scrape();
    expect(sampleValue(text, 'semcache_requests_total', { route: 'default', cache_status: 'MISS', match: 'none' })).toBe(1);
    expect(sampleValue(text, 'semcache_requests_total', { route: 'default', cache_status: 'HIT', match: 'exact' })).toBe(1);
    expect(sampleValue(text, 'semcache_requests_total', { route: 'support', cache_status: 'HIT', match: 'semantic' })).toBe(1);
  });

  it('observes each stage that ran, labelled by outcome, and skips stages that did not', async () => {
    const metrics = metricsWith();
    metrics.request(record({ status: 'MISS', timings: { lookup: 0.0002, embed: 0.0001, knn: 0.0003, upstream: 0.2, total: 0.21 } }));
    metrics.request(record({ status: 'HIT', match: 'exact', timings: { lookup: 0.0002, total: 0.0005 } }));
    const text = await metrics.scrape();
    for (const stage of ['lookup', 'embed', 'knn', 'upstream', 'total']) {
      expect(sampleValue(text, 'semcache_stage_seconds_count', { stage, outcome: 'MISS' })).toBe(1);
    }
    expect(sampleValue(text, 'semcache_stage_seconds_count', { stage: 'lookup', outcome: 'HIT' })).toBe(1);
    expect(sampleValue(text, 'semcache_stage_seconds_count', { stage: 'upstream', outcome: 'HIT' })).toBeUndefined();
    expect(sampleValue(text, 'semcache_stage_seconds_sum', { stage: 'upstream', outcome: 'MISS' })).toBeCloseTo(0.2);
  });

  it('records the best candidate similarity, clamped at 0', async () => {
    const metrics = metricsWith();
    metrics.request(record({ status: 'MISS', similarity: 0.91 }));
    metrics.request(record({ status: 'MISS', similarity: -0.3 }));
    metrics.request(record({ status: 'HIT', match: 'semantic', similarity: 0.975 }));
    const text = await metrics.scrape();
    expect(sampleValue(text, 'semcache_similarity_count', { cache_status: 'MISS' })).toBe(2);
    expect(sampleValue(text, 'semcache_similarity_bucket', { cache_status: 'MISS', le: '0.5' })).toBe(1);
    expect(sampleValue(text, 'semcache_similarity_bucket', { cache_status: 'MISS', le: '0.92' })).toBe(2);
    expect(sampleValue(text, 'semcache_similarity_bucket', { cache_status: 'HIT', le: '0.97' })).toBe(0);
    expect(sampleValue(text, 'semcache_similarity_bucket', { cache_status: 'HIT', le: '0.98' })).toBe(1);
  });

  it('counts tokens and USD saved on hits at the model price', async () => {
    const metrics = metricsWith();
    metrics.request(record({ status: 'HIT', match: 'exact', saved: usage }));
    metrics.request(record({ status: 'MISS', upstreamStatus: 200 }));
    const text = await metrics.scrape();
    expect(sampleValue(text, 'semcache_tokens_saved_total', { route: 'default', kind: 'prompt' })).toBe(1_000);
    expect(sampleValue(text, 'semcache_tokens_saved_total', { route: 'default', kind: 'completion' })).toBe(500);
    // 1000 × 0.15 / 1e6 + 500 × 0.6 / 1e6
    expect(sampleValue(text, 'semcache_cost_saved_usd_total', { route: 'default' })).toBeCloseTo(0.00045, 10);
  });

  it('deducts embedding spend from the money saved, carrying what hits have not paid back yet', async () => {
    const metrics = metricsWith({ embedderPricePerMillion: 100 }); // 100 USD per million: 1e-4 USD per token
    metrics.request(record({ status: 'MISS', embeddingTokens: 2 })); // spends 0.0002
    let text = await metrics.scrape();
    expect(sampleValue(text, 'semcache_cost_saved_usd_total', { route: 'default' })).toBe(0);
    expect(sampleValue(text, 'semcache_embedding_cost_usd_total', { route: 'default' })).toBeCloseTo(0.0002, 10);
    metrics.request(record({ status: 'HIT', match: 'semantic', saved: usage, embeddingTokens: 1 })); // saves 0.00045, spends 0.0001
    text = await metrics.scrape();
    expect(sampleValue(text, 'semcache_cost_saved_usd_total', { route: 'default' })).toBeCloseTo(0.00045 - 0.0003, 10);
  });

  it('prices unknown models at 0 but still counts their tokens', async () => {
    const metrics = metricsWith();
    metrics.request(record({ status: 'HIT', match: 'exact', model: 'my-local-llama', saved: usage }));
    const text = await metrics.scrape();
    expect(sampleValue(text, 'semcache_tokens_saved_total', { kind: 'prompt' })).toBe(1_000);
    expect(sampleValue(text, 'semcache_cost_saved_usd_total', { route: 'default' }) ?? 0).toBe(0);
  });

  it('counts store faults by stage (both present at 0 from the start) and cache writes by result', async () => {
    const metrics = metricsWith();
    const fresh = await metrics.scrape();
    expect(sampleValue(fresh, 'semcache_store_errors_total', { stage: 'lookup' })).toBe(0);
    expect(sampleValue(fresh, 'semcache_store_errors_total', { stage: 'store' })).toBe(0);
    metrics.cacheFault('lookup');
    metrics.cacheFault('lookup');
    metrics.cacheFault('store');
    metrics.stored({ route: 'default', stored: true });
    metrics.stored({ route: 'default', stored: false, reason: 'not-storable' });
    const text = await metrics.scrape();
    expect(sampleValue(text, 'semcache_store_errors_total', { stage: 'lookup' })).toBe(2);
    expect(sampleValue(text, 'semcache_store_errors_total', { stage: 'store' })).toBe(1);
    expect(sampleValue(text, 'semcache_writes_total', { result: 'stored' })).toBe(1);
    expect(sampleValue(text, 'semcache_writes_total', { result: 'not-storable' })).toBe(1);
  });

  it('reads entries, bytes and breaker state at scrape time', async () => {
    let stats: StoreStats = { entries: 3, bytes: 4_096 };
    let open = false;
    const metrics = metricsWith({ stats: async () => stats, breakerOpen: () => open });
    let text = await metrics.scrape();
    expect(sampleValue(text, 'semcache_entries', { store: 'embedded' })).toBe(3);
    expect(sampleValue(text, 'semcache_bytes', { store: 'embedded' })).toBe(4_096);
    expect(sampleValue(text, 'semcache_breaker_open')).toBe(0);
    stats = { entries: 5 };
    open = true;
    text = await metrics.scrape();
    expect(sampleValue(text, 'semcache_entries', { store: 'embedded' })).toBe(5);
    expect(sampleValue(text, 'semcache_bytes', { store: 'embedded' })).toBeUndefined();
    expect(sampleValue(text, 'semcache_breaker_open')).toBe(1);
  });

  it('leaves entries out of the scrape rather than reporting 0 when the store cannot say', async () => {
    const metrics = metricsWith({ stats: async () => Promise.reject(new Error('redis down')) });
    const text = await metrics.scrape();
    expect(sampleValue(text, 'semcache_entries', { store: 'embedded' })).toBeUndefined();
    expect(text).toContain('# TYPE semcache_entries gauge');
  });

  it('keeps label values bounded: free text becomes "other"', async () => {
    const metrics = metricsWith();
    metrics.request(record({ route: 'what is my password? sk-secret' }));
    metrics.stored({ route: 'default', stored: false, reason: 'Error: ECONNREFUSED 127.0.0.1:6379 while writing "hello"' });
    const text = await metrics.scrape();
    expect(labelValues(text, 'semcache_requests_total', 'route')).toEqual(new Set(['other']));
    expect(labelValues(text, 'semcache_writes_total', 'result')).toEqual(new Set(['other']));
    expect(text).not.toContain('sk-secret');
  });

  it('keeps one registry per instance, so many apps can live in one process', async () => {
    const first = metricsWith();
    const second = metricsWith();
    first.request(record({ status: 'MISS' }));
    expect(sampleValue(await second.scrape(), 'semcache_requests_total', { cache_status: 'MISS' })).toBeUndefined();
    expect(sampleValue(await first.scrape(), 'semcache_requests_total', { cache_status: 'MISS' })).toBe(1);
  });

  it('summarises traffic since start for the admin API', async () => {
    const metrics = metricsWith();
    metrics.request(record({ status: 'MISS' }));
    metrics.request(record({ status: 'HIT', match: 'exact', saved: usage }));
    metrics.request(record({ status: 'HIT', match: 'semantic', saved: usage }));
    metrics.request(record({ status: 'BYPASS' }));
    metrics.cacheFault('store');
    const summary = await metrics.summary();
    expect(summary.requests).toEqual({ HIT: 2, MISS: 1, BYPASS: 1, REFRESH: 0, ERROR: 0, total: 4 });
    expect(summary.hits).toEqual({ exact: 1, semantic: 1, coalesced: 0 });
    expect(summary.hitRatio).toBeCloseTo(2 / 3);
    expect(summary.tokensSaved).toEqual({ prompt: 2_000, completion: 1_000 });
    expect(summary.costSavedUsd).toBeCloseTo(0.0009, 10);
    expect(summary.storeErrors).toBe(1);
  });
});

describe('ProxyMetrics: LLM judge and shadow mode', () => {
  it('counts judge calls and tokens per route and deducts their cost from the net savings', async () => {
    const metrics = metricsWith();
    // 1,000,000 prompt tokens of gpt-4o-mini cost 0.15 USD; a hit that saved 0.0009 USD comes after it.
    metrics.judged({ route: 'support', model: 'gpt-4o-mini', answer: 'yes', usage: { promptTokens: 1_000, completionTokens: 1 } });
    metrics.judged({ route: 'support', model: 'gpt-4o-mini', answer: 'timeout', usage: { promptTokens: 0, completionTokens: 0 } });
    metrics.request(record({ route: 'support', status: 'HIT', match: 'semantic', saved: usage }));
    const text = await metrics.scrape();
    expect(sampleValue(text, 'semcache_judge_requests_total', { route: 'support', verdict: 'yes' })).toBe(1);
    expect(sampleValue(text, 'semcache_judge_requests_total', { route: 'support', verdict: 'timeout' })).toBe(1);
    expect(sampleValue(text, 'semcache_judge_tokens_total', { route: 'support', kind: 'prompt' })).toBe(1_000);
    expect(sampleValue(text, 'semcache_judge_tokens_total', { route: 'support', kind: 'completion' })).toBe(1);
    const judgeUsd = (1_000 * 0.15 + 1 * 0.6) / 1e6;
    const savedUsd = (1_000 * 0.15 + 500 * 0.6) / 1e6;
    expect(sampleValue(text, 'semcache_judge_cost_usd_total', { route: 'support' })).toBeCloseTo(judgeUsd, 12);
    expect(sampleValue(text, 'semcache_cost_saved_usd_total', { route: 'support' })).toBeCloseTo(savedUsd - judgeUsd, 12);
    const summary = await metrics.summary();
    expect(summary.judge.requests).toEqual({ yes: 1, no: 0, unclear: 0, timeout: 1, error: 0, total: 2 });
    expect(summary.judge.tokens).toEqual({ prompt: 1_000, completion: 1 });
    expect(summary.costSavedUsd).toBeCloseTo(savedUsd - judgeUsd, 9);
  });

  it('reports shadow lookups and comparisons, with the would-be hit ratio and how often a would-be hit differed', async () => {
    const metrics = metricsWith();
    expect((await metrics.summary()).shadow).toEqual({ lookups: 0, wouldHit: { exact: 0, semantic: 0 }, wouldMiss: 0, wouldHitRatio: null, compared: { same: 0, differed: 0 }, differedRatio: null });
    metrics.shadowLookup('s', 'would-hit-exact');
    metrics.shadowLookup('s', 'would-hit-semantic');
    metrics.shadowLookup('s', 'would-hit-semantic');
    metrics.shadowLookup('s', 'would-miss');
    metrics.shadowCompared('s', 'same');
    metrics.shadowCompared('s', 'differed');
    metrics.shadowCompared('s', 'differed');
    const text = await metrics.scrape();
    expect(sampleValue(text, 'semcache_shadow_total', { route: 's', outcome: 'would-hit-semantic' })).toBe(2);
    expect(sampleValue(text, 'semcache_shadow_compared_total', { route: 's', result: 'differed' })).toBe(2);
    expect((await metrics.summary()).shadow).toEqual({ lookups: 4, wouldHit: { exact: 1, semantic: 2 }, wouldMiss: 1, wouldHitRatio: 0.75, compared: { same: 1, differed: 2 }, differedRatio: 2 / 3 });
  });
});

describe('breakerOpenOf', () => {
  it('reads a breaker from a store that exposes one, else reports closed', () => {
    const stats = async () => ({ entries: 0 });
    expect(breakerOpenOf(fakeStore(stats, { breaker: { isOpen: true, state: 'half-open' } }))).toBe(true);
    expect(breakerOpenOf(fakeStore(stats, { breaker: { isOpen: false, state: 'closed' } }))).toBe(false);
    expect(breakerOpenOf(fakeStore(stats, { breakerOpen: true }))).toBe(true);
    expect(breakerOpenOf(fakeStore(stats))).toBe(false);
  });
});
