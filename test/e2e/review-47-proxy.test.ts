import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 47, a hostile review of the proxy through its HTTP API: a header the client names in `Connection` is for
 * this hop only and never reaches the upstream, yet the partition was computed with it, so an answer made without it
 * was stored under the partition that says it was there and served to other keys on a shared route.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), { routes: [{ name: 'team', match: { pathPrefix: '/team' }, share: true }] });

const unique = () => Math.random().toString(36).slice(2);

/** A chat completion over node:http (fetch may not set `Connection`); resolves to the cache status. */
function post(path: string, body: unknown, headers: Record<string, string>): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const sent = request(`${proxy.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 200 ? resolve(response.headers['x-cache-status'] as string | undefined) : reject(new Error(`status ${response.statusCode}`))));
    });
    sent.on('error', reject);
    sent.end(JSON.stringify(body));
  });
}

describe('headers named in Connection', () => {
  it('are not part of the partition: the upstream never saw them, so the answer is not stored as if it had', async () => {
    const body = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Draft a reply to this customer (${unique()})` }] };
    const config = { 'x-portkey-config': 'pc-guardrailed-prod' };
    const calls = upstream.chatCalls.length;
    expect(await post('/team/v1/chat/completions', body, { authorization: 'Bearer sk-attacker', ...config, connection: 'keep-alive, x-portkey-config' })).toBe('MISS');
    expect(upstream.chatCalls.at(-1)!.headers['x-portkey-config']).toBeUndefined();
    // Another key that sends the header honestly gets an answer made with it, not the one made without.
    expect(await post('/team/v1/chat/completions', body, { authorization: 'Bearer sk-victim', ...config })).toBe('MISS');
    expect(upstream.chatCalls.at(-1)!.headers['x-portkey-config']).toBe('pc-guardrailed-prod');
    // The first answer is the one of a request without the header.
    expect(await post('/team/v1/chat/completions', body, { authorization: 'Bearer sk-victim' })).toBe('HIT');
    expect(upstream.chatCalls.length).toBe(calls + 2);
  });
});

describe('calls to one upstream at once', () => {
  // A fixed pool of 256 sockets queued the 257th call behind answers that may stream for minutes, and 257 stalled
  // pass-through uploads held every other tenant's requests.
  it('are not capped at 256: 300 calls the upstream holds all reach it', async () => {
    const calls = upstream.chatCalls.length;
    upstream.hold();
    const client = proxy.client({ headers: { 'cache-control': 'no-cache, no-store' } });
    const answers = Array.from({ length: 300 }, (_, index) => client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Question ${index} (${unique()})` }] }));
    try {
      await upstream.waitForChatCalls(calls + 300);
    } finally {
      upstream.release();
    }
    expect((await Promise.all(answers)).length).toBe(300);
  }, 30_000);
});
