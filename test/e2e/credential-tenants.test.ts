/**
 * Every credential form is its own tenant (DESIGN.md §6, issue #11 finding 4), through the proxy over a real
 * socket with raw fetch (the SDKs cannot send every form): a key in the query string, `x-api-key`,
 * `Ocp-Apim-Subscription-Key`, a cookie, an empty bearer beside an `api-key`, and the same bearer with another
 * `api-key`, `OpenAI-Project` or `OpenAI-Organization` each get entries of their own; requests with no credential
 * share one anonymous tenant; a different forwarded query string is a different partition.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
let unique = 0;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream);
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

/** One chat completion with exactly these headers (no Authorization unless given); resolves its cache status. */
async function ask(prompt: string, headers: Record<string, string>, search = ''): Promise<string | null> {
  const response = await fetch(`${proxy.baseURL}/chat/completions${search}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] }),
  });
  expect(response.status).toBe(200);
  await response.arrayBuffer();
  await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');
  return response.headers.get('x-cache-status');
}

/** The first request stores an entry; the second, with other credentials, must not be served from it. */
async function expectSeparate(first: { headers: Record<string, string>; search?: string }, second: { headers: Record<string, string>; search?: string }) {
  const prompt = `Which river flows through Vienna? (${++unique})`;
  expect(await ask(prompt, first.headers, first.search)).toBe('MISS');
  expect(await ask(prompt, first.headers, first.search)).toBe('HIT');
  expect(await ask(prompt, second.headers, second.search)).toBe('MISS');
}

describe('each credential form is its own tenant', () => {
  it('tells keys in the query string apart, and from a request without a key', async () => {
    await expectSeparate({ headers: {}, search: '?key=VICTIM' }, { headers: {}, search: '?key=ATTACKER' });
    await expectSeparate({ headers: {}, search: '?key=VICTIM' }, { headers: {} });
    await expectSeparate({ headers: {}, search: '?api-key=VICTIM' }, { headers: {}, search: '?code=VICTIM' });
  });

  it('tells x-api-key, Ocp-Apim-Subscription-Key and cookie callers apart from each other and from no key', async () => {
    await expectSeparate({ headers: { 'x-api-key': 'sk-ant-victim' } }, { headers: {} });
    await expectSeparate({ headers: { 'x-api-key': 'sk-ant-victim' } }, { headers: { 'x-api-key': 'sk-ant-attacker' } });
    await expectSeparate({ headers: { 'ocp-apim-subscription-key': 'victim' } }, { headers: { 'ocp-apim-subscription-key': 'attacker' } });
    await expectSeparate({ headers: { cookie: 'session=victim' } }, { headers: {} });
    await expectSeparate({ headers: { 'x-api-key': 'same' } }, { headers: { 'api-key': 'same' } });
  });

  it("tells apart the keys of LLM gateways in front of the upstream (Portkey, LiteLLM, Cloudflare, Helicone)", async () => {
    await expectSeparate({ headers: { 'x-portkey-api-key': 'pk-victim' } }, { headers: { 'x-portkey-api-key': 'pk-attacker' } });
    await expectSeparate({ headers: { 'x-litellm-api-key': 'sk-victim' } }, { headers: { 'x-litellm-api-key': 'sk-attacker' } });
    await expectSeparate({ headers: { 'cf-aig-authorization': 'Bearer victim' } }, { headers: {} });
    await expectSeparate({ headers: { 'helicone-auth': 'Bearer victim' } }, { headers: { 'helicone-auth': 'Bearer attacker' } });
  });

  it('treats an empty bearer as no credential, so the api-key beside it decides', async () => {
    await expectSeparate({ headers: { authorization: 'Bearer', 'api-key': 'azure-victim' } }, { headers: { authorization: 'Bearer', 'api-key': 'azure-attacker' } });
    await expectSeparate({ headers: { authorization: 'Bearer ', 'api-key': 'azure-victim' } }, { headers: { authorization: 'Bearer' } });
  });

  it('tells the same bearer apart by api-key, OpenAI-Project and OpenAI-Organization', async () => {
    const bearer = { authorization: 'Bearer sk-shared' };
    await expectSeparate({ headers: { ...bearer, 'api-key': 'a' } }, { headers: { ...bearer, 'api-key': 'b' } });
    await expectSeparate({ headers: { ...bearer, 'openai-project': 'proj_a' } }, { headers: { ...bearer, 'openai-project': 'proj_b' } });
    await expectSeparate({ headers: { ...bearer, 'openai-organization': 'org_a' } }, { headers: { ...bearer } });
  });

  it('partitions by the forwarded query string', async () => {
    const key = { 'api-key': 'azure' };
    await expectSeparate({ headers: key, search: '?api-version=2024-10-21' }, { headers: key, search: '?api-version=2025-01-01' });
    await expectSeparate({ headers: key, search: '?api-version=2024-10-21' }, { headers: key });
  });

  it('keeps a caller whose credential header semcache has no fixed name for out of the anonymous tenant', async () => {
    // Kong's `apikey`, Azure Functions' `x-functions-key`, `x-auth-token`, `x-api-token`, a camelCase `?apiKey=`:
    // Alice's MISS used to be stored in the anonymous tenant, and a caller with no credential got a HIT on it.
    await expectSeparate({ headers: { apikey: 'alice-secret' } }, { headers: {} });
    await expectSeparate({ headers: { apikey: 'kong-key-ALICE' } }, { headers: { apikey: 'kong-key-MALLORY' } });
    await expectSeparate({ headers: { 'x-functions-key': 'fk-ALICE' } }, { headers: { 'x-functions-key': 'fk-MALLORY' } });
    await expectSeparate({ headers: { 'x-auth-token': 'tok-ALICE' } }, { headers: {} });
    await expectSeparate({ headers: { 'x-api-token': 'tok-ALICE' } }, { headers: { 'x-api-token': 'tok-MALLORY' } });
    await expectSeparate({ headers: {}, search: '?apiKey=ALICE' }, { headers: {}, search: '?apiKey=MALLORY' });
    await expectSeparate({ headers: {}, search: '?auth=ALICE' }, { headers: {} });
  });

  it('lets requests without any credential share one anonymous tenant', async () => {
    const prompt = `Which river flows through Budapest? (${++unique})`;
    expect(await ask(prompt, {})).toBe('MISS');
    expect(await ask(prompt, { authorization: 'Bearer' })).toBe('HIT');
  });

  it('still serves the same credentials from the cache, whatever the header case or bearer spacing', async () => {
    const prompt = `Which river flows through Prague? (${++unique})`;
    expect(await ask(prompt, { authorization: 'Bearer sk-one', 'x-api-key': 'k' }, '?key=q')).toBe('MISS');
    expect(await ask(prompt, { Authorization: 'bearer  sk-one', 'X-Api-Key': 'k' }, '?key=q')).toBe('HIT');
  });
});
