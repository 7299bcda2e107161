import { beforeEach, describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { startProxy, useProxy, type RunningProxy } from '../../helpers/proxy.ts';
import { GuardedStore } from '../../../src/store/guarded-store.ts';
import { labelValues, sampleValue } from '../../unit/observability/prometheus-text.ts';
import { FailingStore } from './failing-store.ts';
import { ask, discardLogs, uniqueQuestion, writesSettled } from './support.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), { routes: [{ name: 'support', match: { pathPrefix: '/support' } }] }, { logDestination: discardLogs });
beforeEach(async () => {
  await proxy.semcache.store.flush();
});

async function scrape(target: RunningProxy = proxy): Promise<string> {
  const response = await fetch(`${target.origin}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** How much a sample grew between two scrapes (absent counts as 0). */
function grew(before: string, after: string, name: string, labels: Record<string, string>): number {
  return (sampleValue(after, name, labels) ?? 0) - (sampleValue(before, name, labels) ?? 0);
}

describe('GET /metrics', () => {
  it('shows a miss, then an exact hit, with route, status and match labels and the tokens and money the hit saved', async () => {
    const client = proxy.client({ route: 'support' });
    const question = uniqueQuestion();
    const before = await scrape();
    const first = await ask(client, question);
    await writesSettled(proxy);
    const second = await ask(client, question);
    const after = await scrape();

    expect([first.status, second.status, second.match]).toEqual(['MISS', 'HIT', 'exact']);
    expect(grew(before, after, 'semcache_requests_total', { route: 'support', cache_status: 'MISS', match: 'none' })).toBe(1);
    expect(grew(before, after, 'semcache_requests_total', { route: 'support', cache_status: 'HIT', match: 'exact' })).toBe(1);
    const usage = first.data.usage!;
    expect(grew(before, after, 'semcache_tokens_saved_total', { route: 'support', kind: 'prompt' })).toBe(usage.prompt_tokens);
    expect(grew(before, after, 'semcache_tokens_saved_total', { route: 'support', kind: 'completion' })).toBe(usage.completion_tokens);
    // gpt-4o-mini at the built-in list price: 0.15 USD / 0.60 USD per million tokens; the local embedder is free.
    const expectedUsd = (usage.prompt_tokens * 0.15 + usage.completion_tokens * 0.6) / 1e6;
    expect(grew(before, after, 'semcache_cost_saved_usd_total', { route: 'support' })).toBeCloseTo(expectedUsd, 12);
    expect(grew(before, after, 'semcache_stage_seconds_count', { stage: 'upstream', outcome: 'MISS' })).toBe(1);
    expect(grew(before, after, 'semcache_stage_seconds_count', { stage: 'total', outcome: 'HIT' })).toBe(1);
    expect(grew(before, after, 'semcache_stage_seconds_count', { stage: 'lookup', outcome: 'HIT' })).toBe(1);
    expect(grew(before, after, 'semcache_stage_seconds_count', { stage: 'upstream', outcome: 'HIT' })).toBe(0);
    expect(grew(before, after, 'semcache_writes_total', { route: 'support', result: 'stored' })).toBe(1);
    expect(sampleValue(after, 'semcache_entries', { store: 'embedded' })).toBe(1);
    expect(sampleValue(after, 'semcache_bytes', { store: 'embedded' })).toBeGreaterThan(0);
    expect(sampleValue(after, 'semcache_breaker_open')).toBe(0);
  });

  it('records the similarity of a semantic hit', async () => {
    const client = proxy.client();
    const before = await scrape();
    await ask(client, 'How do I reset my password?');
    await writesSettled(proxy);
    const paraphrase = await ask(client, 'how do i reset my password');
    const after = await scrape();
    expect([paraphrase.status, paraphrase.match]).toEqual(['HIT', 'semantic']);
    expect(grew(before, after, 'semcache_requests_total', { route: 'default', cache_status: 'HIT', match: 'semantic' })).toBe(1);
    expect(grew(before, after, 'semcache_similarity_count', { route: 'default', cache_status: 'HIT' })).toBe(1);
    expect(grew(before, after, 'semcache_similarity_bucket', { route: 'default', cache_status: 'HIT', le: '0.8' })).toBe(0);
    expect(grew(before, after, 'semcache_stage_seconds_count', { stage: 'embed', outcome: 'HIT' })).toBe(1);
    expect(grew(before, after, 'semcache_stage_seconds_count', { stage: 'knn', outcome: 'HIT' })).toBe(1);
  });

  it('counts bypassed requests', async () => {
    const before = await scrape();
    const response = await fetch(`${proxy.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test', 'cache-control': 'no-cache, no-store' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: uniqueQuestion() }] }),
    });
    expect(response.headers.get('x-cache-status')).toBe('BYPASS');
    await response.arrayBuffer();
    expect(grew(before, await scrape(), 'semcache_requests_total', { route: 'default', cache_status: 'BYPASS', match: 'none' })).toBe(1);
  });

  it('never carries an API key, a prompt or an answer, and only bounded label values', async () => {
    const apiKey = 'sk-metrics-secret-key-4711';
    const prompt = 'Which zebra stripes pattern is rarest in Namibia?';
    await ask(proxy.client({ apiKey }), prompt);
    await writesSettled(proxy);
    await ask(proxy.client({ apiKey }), prompt);
    const text = await scrape();
    for (const secret of [apiKey, 'zebra', 'Namibia', 'Answer #']) expect(text).not.toContain(secret);
    for (const value of labelValues(text, 'semcache_requests_total', 'route')) expect(['default', 'support']).toContain(value);
    for (const value of labelValues(text, 'semcache_requests_total', 'cache_status')) expect(['HIT', 'MISS', 'BYPASS', 'REFRESH', 'ERROR']).toContain(value);
    for (const value of labelValues(text, 'semcache_stage_seconds', 'stage')) expect(['lookup', 'embed', 'knn', 'upstream', 'total']).toContain(value);
  });
});

describe('GET /metrics with a failing store', () => {
  it('counts store errors and ERROR requests, reports the open breaker and leaves unknown entries out', async () => {
    const store = new FailingStore();
    const broken = await startProxy(upstream, {}, { store, logDestination: discardLogs });
    try {
      const answer = await ask(broken.client(), uniqueQuestion());
      expect(answer.status).toBe('ERROR');
      expect(answer.data.choices[0]!.message.content).toContain('Answer #');
      const text = await scrape(broken);
      expect(sampleValue(text, 'semcache_store_errors_total', { stage: 'lookup' })).toBe(1);
      expect(sampleValue(text, 'semcache_requests_total', { route: 'default', cache_status: 'ERROR', match: 'none' })).toBe(1);
      expect(sampleValue(text, 'semcache_breaker_open')).toBe(1);
      expect(sampleValue(text, 'semcache_entries', { store: 'redis' })).toBeUndefined();
    } finally {
      await broken.stop();
    }
  });

  it('reads the state of the GuardedStore\'s circuit breaker', async () => {
    // A frozen clock: the breaker stays open for the whole test, whatever the machine's speed.
    const store = new GuardedStore(new FailingStore({ breakerOpen: false }), { breaker: { failureThreshold: 2, now: () => 0 } });
    const guarded = await startProxy(upstream, {}, { store, logDestination: discardLogs });
    try {
      expect(sampleValue(await scrape(guarded), 'semcache_breaker_open')).toBe(0);
      for (let i = 0; i < 2; i++) expect((await ask(guarded.client(), uniqueQuestion())).status).toBe('ERROR');
      expect(store.breaker.state).toBe('open');
      expect(sampleValue(await scrape(guarded), 'semcache_breaker_open')).toBe(1);
    } finally {
      await guarded.stop();
    }
  });
});
