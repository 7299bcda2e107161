import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../../helpers/proxy.ts';

/**
 * Every pair of the hand-written adversarial corpus (test/fixtures/verifier-corpus/) through the real proxy with
 * the local embedder: request A is stored, request B must never be served A's answer when the pair is a
 * must-miss — at the default threshold and at 0.70, where the embedding proposes almost everything and only
 * the verifier stands between the query and a wrong answer. Each pair gets its own namespace (partition).
 */
interface Corpus {
  mustMiss: Record<string, Array<[string, string]>>;
  mustHit: Record<string, Array<[string, string]>>;
}
const corpus = JSON.parse(readFileSync(new URL('../../fixtures/verifier-corpus/corpus.json', import.meta.url), 'utf8')) as Corpus;
const pairs = (groups: Corpus['mustMiss']) => Object.entries(groups).flatMap(([category, list]) => list.map(([stored, asked]) => ({ category, stored, asked })));

let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, {
    routes: [{ name: 'low', match: { pathPrefix: '/low' }, threshold: 0.7, minThreshold: 0.7 }],
  });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let namespace = 0;
async function storeThenAsk(route: '' | '/low', stored: string, asked: string): Promise<{ first: string | null; second: string | null; match: string | null }> {
  const headers = { 'content-type': 'application/json', authorization: 'Bearer sk-corpus', 'x-cache-namespace': `pair-${++namespace}` };
  const body = (content: string) => JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] });
  const first = await fetch(`${proxy.origin}${route}/v1/chat/completions`, { method: 'POST', headers, body: body(stored) });
  await first.arrayBuffer();
  const second = await fetch(`${proxy.origin}${route}/v1/chat/completions`, { method: 'POST', headers, body: body(asked) });
  await second.arrayBuffer();
  return { first: first.headers.get('x-cache-status'), second: second.headers.get('x-cache-status'), match: second.headers.get('x-cache-match') };
}

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}

describe('the verifier corpus through the proxy', () => {
  it('has at least 250 must-miss pairs in at least 12 categories and 150 must-hit pairs', () => {
    expect(pairs(corpus.mustMiss).length).toBeGreaterThanOrEqual(250);
    expect(Object.keys(corpus.mustMiss).length).toBeGreaterThanOrEqual(12);
    expect(pairs(corpus.mustHit).length).toBeGreaterThanOrEqual(150);
  });

  for (const [label, route] of [['the default threshold', ''], ['threshold 0.70', '/low']] as const) {
    it(`serves no must-miss pair at ${label}`, async () => {
      const results = await inBatches(pairs(corpus.mustMiss), 8, async (pair) => ({ pair, ...(await storeThenAsk(route, pair.stored, pair.asked)) }));
      for (const result of results) expect(result.first).toBe('MISS');
      const wrong = results.filter((result) => result.second === 'HIT').map(({ pair, match }) => `${pair.category} (${match}): ${pair.asked.slice(-120)}`);
      expect(wrong).toEqual([]);
    }, 120_000);
  }

  it('serves must-hit pairs semantically at threshold 0.70 (the hit path is live; the rate is a benchmark figure)', async () => {
    const results = await inBatches(pairs(corpus.mustHit), 8, (pair) => storeThenAsk('/low', pair.stored, pair.asked));
    const semantic = results.filter((result) => result.second === 'HIT' && result.match === 'semantic').length;
    expect(semantic).toBeGreaterThan(results.length / 2);
  }, 120_000);
});
