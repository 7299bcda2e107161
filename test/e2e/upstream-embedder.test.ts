import { describe, expect, it } from 'vitest';
import { buildConfig } from '../../src/config/load-config.ts';
import { createSemcache } from '../../src/semcache.ts';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), { embedder: { kind: 'upstream', model: 'text-embedding-3-small', dimension: 8 } });

describe('the upstream embedder', () => {
  it("embeds prompts through the upstream's /v1/embeddings with the caller's key", async () => {
    const client = proxy.client({ apiKey: 'sk-caller-key' });
    const { response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Name three primary colours.' }] }).withResponse();
    expect(response.headers.get('x-cache-status')).toBe('MISS');
    const embeddingCalls = upstream.calls.filter((call) => call.path === '/v1/embeddings');
    expect(embeddingCalls.length).toBeGreaterThanOrEqual(1);
    expect(embeddingCalls[0]!.headers.authorization).toBe('Bearer sk-caller-key');
    expect(embeddingCalls[0]!.body).toMatchObject({ model: 'text-embedding-3-small', input: 'Name three primary colours.' });
    expect(proxy.semcache.embedder.model).toBe('text-embedding-3-small');
  });
});

describe('readiness', () => {
  it('says 503 until start-up has finished and again while shutting down', async () => {
    const semcache = createSemcache(buildConfig({}, { UPSTREAM_BASE_URL: upstream.baseUrl }), { logDestination: { write() {} } });
    expect((await semcache.app.request('/readyz')).status).toBe(503);
    expect((await semcache.app.request('/healthz')).status).toBe(200);
    await semcache.start();
    expect((await semcache.app.request('/readyz')).status).toBe(200);
    await semcache.shutdown();
    const during = await semcache.app.request('/readyz');
    expect(during.status).toBe(503);
    expect(await during.json()).toMatchObject({ status: 'shutting-down' });
  });
});
