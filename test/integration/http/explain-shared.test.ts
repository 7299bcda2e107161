/**
 * A hostile review (session 53): on a route whose tenant holds several API keys, a verdict's reason in X-Cache-Explain
 * quoted words of another key's stored prompt ("reworded leukemia/diabetes"), which that key was never served.
 */
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { eventually, useProxy, type RunningProxy } from '../../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), { routes: [{ name: 'shared', match: { pathPrefix: '/shared' }, share: true }] });

async function ask(route: string, key: string, content: string, namespace: string) {
  const response = await fetch(`${proxy.origin}${route}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'x-cache-explain': '1', 'x-cache-namespace': namespace },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }),
  });
  await response.text();
  await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');
  return { status: response.headers.get('x-cache-status'), explain: decodeURIComponent(response.headers.get('x-cache-explain') ?? '') };
}

const STORED = 'Summarise the medical record of patient Margaret Thornton, born 12 March 1961, diagnosed with leukemia.';
const PROBE = 'Summarise the medical record of patient Margaret Thornton, born 12 March 1961, diagnosed with diabetes.';

describe('X-Cache-Explain on a route that shares keys', () => {
  it("names another key's verdict by its kind alone, quoting none of its stored words", async () => {
    const namespace = `explain-shared-${Date.now()}`;
    expect((await ask('/shared', 'sk-victim-a', STORED, namespace)).status).toBe('MISS');
    const probe = await ask('/shared', 'sk-prober-b', PROBE, namespace);
    expect(probe.status).toBe('MISS');
    expect(probe.explain).toMatch(/^similarity=\d\.\d{4}; (?:different|undecided)$/);
    expect(probe.explain).not.toMatch(/leukemia|diabetes/);
  });

  it('still quotes the reason on a route whose tenant is one key', async () => {
    const namespace = `explain-own-${Date.now()}`;
    await ask('', 'sk-owner', STORED, namespace);
    const own = await ask('', 'sk-owner', PROBE, namespace);
    expect(own.status).toBe('MISS');
    expect(own.explain).toMatch(/^similarity=\d\.\d{4}; (?:different|undecided): .+/);
  });
});
