/** Hostile client X-Request-Id values are replaced; the in-place header set never leaks an id across requests. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../../helpers/proxy.ts';
import { writesSettled } from './support.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream);
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function post(id: string | undefined, content = 'What is the boiling point of water at sea level?') {
  const headers: Record<string, string> = { authorization: 'Bearer sk-rid', 'content-type': 'application/json' };
  if (id !== undefined) headers['x-request-id'] = id;
  const response = await fetch(`${proxy.baseURL}/chat/completions`, { method: 'POST', headers, body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }) });
  await response.arrayBuffer();
  return response;
}

describe('hostile X-Request-Id', () => {
  const hostile: Array<[string, string]> = [
    ['129 chars', 'a'.repeat(129)],
    ['tab inside', 'abc\tdef'],
    ['space inside', 'abc def'],
    ['latin-1 byte', 'abc\u00e9'],
  ];
  for (const [name, id] of hostile) {
    it(`${name} is replaced by a UUID on a miss and on a hit`, async () => {
      const miss = await post(id);
      expect(miss.status).toBe(200);
      expect(miss.headers.get('x-request-id')).toMatch(UUID);
      await writesSettled(proxy);
      const hit = await post(id);
      expect(hit.headers.get('x-cache-status')).toMatch(/HIT/);
      expect(hit.headers.get('x-request-id')).toMatch(UUID);
      expect(hit.headers.get('x-request-id')).not.toBe(miss.headers.get('x-request-id'));
    });
  }

  it('128 visible ASCII chars are kept; consecutive hits each carry their own id (no in-place leak)', async () => {
    const ok = '!'.repeat(64) + '~'.repeat(64);
    expect((await post(ok, 'Name a prime number')).headers.get('x-request-id')).toBe(ok);
    await writesSettled(proxy);
    const ids = ['one', 'two', undefined, 'three'];
    const seen = [];
    for (const id of ids) {
      const r = await post(id, 'Name a prime number');
      expect(r.headers.get('x-cache-status')).toMatch(/HIT/);
      // One id, not two joined: fetch folds a repeated header into one value separated by ', '.
      expect(r.headers.get('x-request-id')).not.toContain(',');
      seen.push(r.headers.get('x-request-id'));
      expect(r.headers.get('x-upstream-request-id')).toBeNull();
    }
    expect(seen[0]).toBe('one');
    expect(seen[1]).toBe('two');
    expect(seen[2]).toMatch(UUID);
    expect(seen[3]).toBe('three');
  });
});
