import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, useProxy, type RunningProxy } from '../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running));

describe('X-Cache-Explain through the openai SDK', () => {
  it('tells a client why its request missed, hit exactly and hit semantically', async () => {
    // The SDK sends the header on every call of this client; responses expose it like any other header.
    const client = proxy.client({ apiKey: 'sk-e2e-explain', headers: { 'X-Cache-Explain': '1', 'X-Cache-Namespace': `e2e-explain-${Date.now()}` } });
    const ask = async (content: string) => {
      const { response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }).withResponse();
      // A paraphrase only finds the entry once its write has landed (identical requests wait for it by themselves).
      await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');
      return { status: response.headers.get('x-cache-status'), explain: response.headers.get('x-cache-explain') };
    };

    expect(await ask('How do I reset my password?')).toEqual({ status: 'MISS', explain: 'no-candidate' });
    expect(await ask('How do I reset my password?')).toEqual({ status: 'HIT', explain: 'exact' });
    const paraphrase = await ask('how do i reset my password');
    expect(paraphrase.status).toBe('HIT');
    expect(paraphrase.explain).toMatch(/^similarity=\d\.\d{4}; same/);
  });
});
