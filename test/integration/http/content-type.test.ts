import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../../helpers/proxy.ts';

/**
 * Only a JSON body is cached: the body is forwarded with the client's Content-Type, so an upstream that reads a
 * text/plain body differently would otherwise answer a different request, and that answer would be served to the
 * real JSON one (cache poisoning).
 */
let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running));

let unique = 0;
const chatBody = () => JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `content type probe ${++unique}` }] });

async function post(body: string, contentType: string | undefined): Promise<{ status: number; cache: string | null }> {
  const headers: Record<string, string> = { authorization: 'Bearer sk-content-type' };
  if (contentType !== undefined) headers['content-type'] = contentType;
  // A Uint8Array body makes fetch send no Content-Type of its own.
  const response = await fetch(`${proxy.baseURL}/chat/completions`, { method: 'POST', headers, body: new TextEncoder().encode(body) });
  await response.arrayBuffer();
  return { status: response.status, cache: response.headers.get('x-cache-status') };
}

describe('Content-Type of a cacheable request', () => {
  it.each([['text/plain'], ['application/x-www-form-urlencoded'], [undefined]])('forwards a %s body as BYPASS and stores nothing', async (contentType) => {
    const body = chatBody();
    const calls = upstream.chatCalls.length;
    expect(await post(body, contentType)).toEqual({ status: 200, cache: 'BYPASS' });
    expect(await post(body, contentType)).toEqual({ status: 200, cache: 'BYPASS' });
    // The JSON request is not served what the other content type produced.
    expect(await post(body, 'application/json')).toEqual({ status: 200, cache: 'MISS' });
    expect(upstream.chatCalls).toHaveLength(calls + 3);
  });

  it.each([['application/json; charset=utf-8'], ['application/vnd.api+json'], ['Application/JSON']])('caches a %s body', async (contentType) => {
    const body = chatBody();
    expect(await post(body, contentType)).toEqual({ status: 200, cache: 'MISS' });
    expect(await post(body, 'application/json')).toEqual({ status: 200, cache: 'HIT' });
  });
});
