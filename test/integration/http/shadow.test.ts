import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../../helpers/proxy.ts';
import { sampleValue } from '../../unit/observability/prometheus-text.ts';
import { ask, discardLogs, uniqueQuestion, writesSettled } from './support.ts';

const TOKEN = 'admin-token-for-shadow-tests-8c2';

let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(
    upstream,
    { routes: [{ name: 'shadow', match: { pathPrefix: '/shadow' }, mode: 'shadow' }] },
    { logDestination: discardLogs },
    { SEMCACHE_ADMIN_TOKEN: TOKEN },
  );
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

async function shadowStats() {
  const response = await fetch(`${proxy.origin}/admin/stats`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { shadow: any }).shadow;
}

async function scrape(): Promise<string> {
  return (await fetch(`${proxy.origin}/metrics`)).text();
}

/** Asks on the shadow route and waits for the comparison and write that follow the answer. */
async function askShadow(content: string, headers: Record<string, string> = {}) {
  const client = proxy.client({ route: 'shadow', headers: { 'x-cache-explain': '1', ...headers } });
  const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }).withResponse();
  await writesSettled(proxy);
  return { data, status: response.headers.get('x-cache-status'), shadow: response.headers.get('x-cache-shadow'), explain: response.headers.get('x-cache-explain'), similarity: response.headers.get('x-cache-similarity') };
}

describe('shadow mode (route mode: shadow)', () => {
  it('answers every request from the upstream and reports what the cache would have served', async () => {
    const question = uniqueQuestion();
    const before = await shadowStats();
    const calls = upstream.chatCalls.length;

    upstream.enqueue({ kind: 'ok', content: 'Paris.' }, { kind: 'ok', content: 'Paris.' }, { kind: 'ok', content: 'It is Paris.' });
    const first = await askShadow(question);
    const repeat = await askShadow(question);
    const changed = await askShadow(question);

    expect([first.status, repeat.status, changed.status]).toEqual(['MISS', 'MISS', 'MISS']);
    expect([first.shadow, repeat.shadow, changed.shadow]).toEqual(['would-miss', 'would-hit-exact', 'would-hit-exact']);
    expect(changed.data.choices[0]!.message.content).toBe('It is Paris.'); // the fresh answer, never the cached one
    expect(upstream.chatCalls.length - calls).toBe(3);
    expect(repeat.explain).toBe('shadow would-hit-exact; exact');

    const after = await shadowStats();
    expect(after.lookups - before.lookups).toBe(3);
    expect(after.wouldHit.exact - before.wouldHit.exact).toBe(2);
    expect(after.wouldMiss - before.wouldMiss).toBe(1);
    expect(after.compared.same - before.compared.same).toBe(1);
    expect(after.compared.differed - before.compared.differed).toBe(1);
  });

  it('verifies semantic candidates as usual and compares a would-be semantic hit with the fresh answer', async () => {
    const before = await scrape();
    upstream.enqueue({ kind: 'ok', content: 'Use the reset link.' }, { kind: 'ok', content: 'Use the reset link.' });
    await askShadow('How do I reset my password?');
    const paraphrase = await askShadow('how do i reset my password');
    expect(paraphrase.status).toBe('MISS');
    expect(paraphrase.shadow).toBe('would-hit-semantic');
    expect(paraphrase.similarity).toMatch(/^\d\.\d{4}$/);
    expect(paraphrase.explain).toMatch(/^shadow would-hit-semantic; similarity=\d\.\d{4}; same/);
    const after = await scrape();
    const grew = (name: string, labels: Record<string, string>) => (sampleValue(after, name, labels) ?? 0) - (sampleValue(before, name, labels) ?? 0);
    expect(grew('semcache_shadow_total', { route: 'shadow', outcome: 'would-hit-semantic' })).toBe(1);
    expect(grew('semcache_shadow_compared_total', { route: 'shadow', result: 'same' })).toBe(1);
    expect(grew('semcache_requests_total', { route: 'shadow', cache_status: 'MISS', match: 'none' })).toBe(2);
    expect(grew('semcache_requests_total', { route: 'shadow', cache_status: 'HIT', match: 'semantic' })).toBe(0);
  });

  it('compares streamed answers too, and stores them so the shadow cache fills', async () => {
    const question = uniqueQuestion('Name a primary colour.');
    const before = await shadowStats();
    upstream.enqueue({ kind: 'ok', content: 'Red is one.' }, { kind: 'ok', content: 'Blue is one.' });
    const client = proxy.client({ route: 'shadow' });
    for (let round = 0; round < 2; round++) {
      const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: question }], stream: true });
      let text = '';
      for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
      expect(text).toBe(round === 0 ? 'Red is one.' : 'Blue is one.');
      await writesSettled(proxy);
    }
    const after = await shadowStats();
    expect(after.wouldHit.exact - before.wouldHit.exact).toBe(1);
    expect(after.compared.differed - before.compared.differed).toBe(1);
    expect(after.wouldHitRatio).toBeGreaterThan(0);
    expect(after.differedRatio).toBeGreaterThan(0);
  });

  it('leaves other routes serving hits as usual', async () => {
    const question = uniqueQuestion();
    const client = proxy.client();
    await ask(client, question);
    await writesSettled(proxy);
    const again = await ask(client, question);
    expect(again.status).toBe('HIT');
  });
});
