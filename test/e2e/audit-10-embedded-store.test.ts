import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Audit 10: the embedded store's bounds seen through the proxy (DESIGN.md §4 "TTL and an LRU bound on entries and
 * bytes"; README "Limits": store.maxEntries, store.maxBytes).
 */

let unique = 0;
const question = (text: string) => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;

async function withProxy(config: Record<string, unknown>, run: (proxy: RunningProxy, upstream: MockUpstream) => Promise<void>) {
  const upstream = await new MockUpstream().start();
  const proxy = await startProxy(upstream, config);
  try {
    await run(proxy, upstream);
  } finally {
    await proxy.stop();
    await upstream.stop();
  }
}

async function ask(proxy: RunningProxy, content: string, headers: Record<string, string> = {}) {
  const { data, response } = await proxy.client({ apiKey: 'sk-audit10-embedded' }).chat.completions
    .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }, { headers })
    .withResponse();
  await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'the write');
  return { status: response.headers.get('x-cache-status'), age: response.headers.get('age'), content: data.choices[0]!.message.content };
}

async function gauge(proxy: RunningProxy, name: string): Promise<number> {
  const text = await (await fetch(`${proxy.origin}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return Number(line?.split(' ').at(-1));
}

describe('embedded store bounds', () => {
  it('evicts the least recently used entry beyond maxEntries, a hit counting as a use', async () => {
    await withProxy({ defaults: { mode: 'exact' }, store: { maxEntries: 3 } }, async (proxy) => {
      const [a, b, c, d] = ['alpha', 'bravo', 'charlie', 'delta'].map((word) => question(`Spell the word ${word}`));
      for (const text of [a, b, c]) expect((await ask(proxy, text!)).status).toBe('MISS');
      expect((await ask(proxy, a!)).status).toBe('HIT');
      expect((await ask(proxy, d!)).status).toBe('MISS');
      expect(await gauge(proxy, 'semcache_entries')).toBeLessThanOrEqual(3);
      expect((await ask(proxy, a!)).status).toBe('HIT');
      expect((await ask(proxy, c!)).status).toBe('HIT');
      expect((await ask(proxy, d!)).status).toBe('HIT');
      expect((await ask(proxy, b!)).status).toBe('MISS');
    });
  });

  it('keeps the store under maxBytes and still answers an answer larger than the whole budget', async () => {
    await withProxy({ defaults: { mode: 'exact' }, store: { maxBytes: 64 * 1024 } }, async (proxy, upstream) => {
      upstream.enqueue({ kind: 'ok', content: 'x'.repeat(200 * 1024) });
      const big = await ask(proxy, question('Print a very long line'));
      expect(big.status).toBe('MISS');
      expect(big.content).toHaveLength(200 * 1024);
      for (let i = 0; i < 20; i++) await ask(proxy, question(`Short question number ${i}`));
      expect(await gauge(proxy, 'semcache_bytes')).toBeLessThanOrEqual(64 * 1024);
      const recent = question('One more short question');
      await ask(proxy, recent);
      expect((await ask(proxy, recent)).status).toBe('HIT');
    });
  });

  it('expires an entry after its X-Cache-TTL and reports its Age on a hit', async () => {
    await withProxy({ defaults: { mode: 'exact' } }, async (proxy) => {
      const text = question('What is the speed of light');
      expect((await ask(proxy, text, { 'X-Cache-TTL': '1' })).status).toBe('MISS');
      const hit = await ask(proxy, text);
      expect(hit.status).toBe('HIT');
      expect(hit.age).toMatch(/^\d+$/);
      await new Promise((resolve) => setTimeout(resolve, 1_300));
      expect((await ask(proxy, text)).status).toBe('MISS');
    });
  });
});
