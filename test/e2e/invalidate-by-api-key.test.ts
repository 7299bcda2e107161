import { createAnthropic } from '@ai-sdk/anthropic';
import Anthropic from '@anthropic-ai/sdk';
import { generateText } from 'ai';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, withClaudeRoute, type RunningProxy } from '../helpers/proxy.ts';

/**
 * `POST /admin/invalidate {"apiKey": K}` deletes every entry made with K, whichever way the client sent it: the
 * openai SDK's `Authorization: Bearer K` (with `OpenAI-Organization` / `OpenAI-Project` when it is configured with
 * them, named in the body since they are part of the tenant), `x-api-key: K` (the Vercel AI SDK's Anthropic provider;
 * @anthropic-ai/sdk 1.x sends a bearer), Azure's `api-key: K`. A hostile review found that only a bearer sent alone
 * was invalidated: the other entries went on being served.
 */

const ADMIN_TOKEN = 'admin-token-invalidate-by-key';
let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, withClaudeRoute(upstream), {}, { SEMCACHE_ADMIN_TOKEN: ADMIN_TOKEN });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const tag = () => `${++unique}${Math.random().toString(36).slice(2, 6)}`;
const settled = () => eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'the cache write');

type Ask = (prompt: string) => Promise<string | null>;

async function invalidate(body: Record<string, string | undefined>): Promise<{ status: number; body: { deleted?: number; byCredential?: Record<string, number>; error?: unknown } }> {
  const response = await fetch(`${proxy.origin}/admin/invalidate`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as never };
}

/** Stores an answer (MISS, then HIT), invalidates with `body`, and asks again: the statuses and the admin answer. */
async function aroundInvalidation(ask: Ask, body: Record<string, string | undefined>) {
  const prompt = `What is the capital of France? (${tag()})`;
  const first = await ask(prompt);
  await settled();
  const cached = await ask(prompt);
  const invalidated = await invalidate(body);
  const repeat = await ask(prompt);
  return { statuses: [first, cached, repeat], invalidated };
}

function openaiChat(options: { apiKey: string; organization?: string; project?: string }): Ask {
  const client = new OpenAI({ ...options, baseURL: proxy.baseURL, maxRetries: 0, timeout: 15_000 });
  return async (prompt) => (await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] }).withResponse()).response.headers.get('x-cache-status');
}

function anthropicMessages(apiKey: string): Ask {
  const client = new Anthropic({ apiKey, baseURL: `${proxy.origin}/claude`, maxRetries: 0, timeout: 15_000 });
  return async (prompt) => (await client.messages.create({ model: 'claude-test-model', max_tokens: 64, messages: [{ role: 'user', content: prompt }] }).withResponse()).response.headers.get('x-cache-status');
}

/** The Vercel AI SDK's Anthropic provider: `x-api-key: K`. */
function aiSdkAnthropic(apiKey: string): Ask {
  const model = createAnthropic({ apiKey, baseURL: `${proxy.origin}/claude/v1` })('claude-test-model');
  return async (prompt) => (await generateText({ model, prompt, maxRetries: 0 })).response.headers?.['x-cache-status'] ?? null;
}

/** Azure OpenAI's header: `api-key: K` and no Authorization. */
function azureChat(apiKey: string): Ask {
  return async (prompt) => {
    const response = await fetch(`${proxy.baseURL}/chat/completions`, { method: 'POST', headers: { 'api-key': apiKey, 'content-type': 'application/json' }, body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] }) });
    await response.arrayBuffer();
    return response.headers.get('x-cache-status');
  };
}

describe('POST /admin/invalidate by apiKey', () => {
  it('deletes the entries of a key the openai SDK sent as a bearer', async () => {
    const apiKey = `sk-inv-bearer-${tag()}`;
    const { statuses, invalidated } = await aroundInvalidation(openaiChat({ apiKey }), { apiKey });
    expect(statuses).toEqual(['MISS', 'HIT', 'MISS']);
    expect(invalidated).toMatchObject({ status: 200, body: { deleted: 1, byCredential: { authorization: 1 } } });
  });

  it('deletes the entries of a key the openai SDK sent with its organization and project, named in the body', async () => {
    const apiKey = `sk-inv-scoped-${tag()}`;
    for (const scope of [{ organization: 'org-inv' }, { project: 'proj_inv' }, { organization: 'org-inv', project: 'proj_inv' }]) {
      const { statuses, invalidated } = await aroundInvalidation(openaiChat({ apiKey, ...scope }), { apiKey, ...scope });
      expect({ scope, statuses }).toEqual({ scope, statuses: ['MISS', 'HIT', 'MISS'] });
      expect(invalidated).toMatchObject({ status: 200, body: { deleted: 1, byCredential: { authorization: 1 } } });
    }
  });

  it('deletes the entries of an Anthropic key, sent as x-api-key by the Vercel AI SDK or by @anthropic-ai/sdk', async () => {
    for (const [client, credential] of [[aiSdkAnthropic, 'x-api-key'], [anthropicMessages, 'authorization']] as const) {
      const apiKey = `sk-ant-inv-${tag()}`;
      const { statuses, invalidated } = await aroundInvalidation(client(apiKey), { apiKey });
      expect({ credential, statuses }).toEqual({ credential, statuses: ['MISS', 'HIT', 'MISS'] });
      expect(invalidated).toMatchObject({ status: 200, body: { deleted: 1, byCredential: { [credential]: 1 } } });
    }
  });

  it("deletes the entries of a key sent as Azure's api-key", async () => {
    const apiKey = `az-inv-${tag()}`;
    const { statuses, invalidated } = await aroundInvalidation(azureChat(apiKey), { apiKey });
    expect(statuses).toEqual(['MISS', 'HIT', 'MISS']);
    expect(invalidated).toMatchObject({ status: 200, body: { deleted: 1, byCredential: { 'api-key': 1 } } });
  });

  it("leaves another key's entries, and the key's entries under another organization", async () => {
    const apiKey = `sk-inv-kept-${tag()}`;
    const prompt = `What is the capital of Spain? (${tag()})`;
    const other = openaiChat({ apiKey: `${apiKey}-other` });
    const scoped = openaiChat({ apiKey, organization: 'org-kept' });
    expect([await other(prompt), await scoped(prompt)]).toEqual(['MISS', 'MISS']);
    await settled();
    expect((await invalidate({ apiKey })).body.deleted).toBe(0);
    expect([await other(prompt), await scoped(prompt)]).toEqual(['HIT', 'HIT']);
  });

  it('refuses organization or project without apiKey, and beside tenant', async () => {
    for (const body of [{ organization: 'org-x' }, { project: 'proj_x', route: 'default' }, { tenant: 'ab12', organization: 'org-x' }]) {
      const refused = await invalidate(body);
      expect({ body, status: refused.status }).toEqual({ body, status: 400 });
      expect(refused.body).toMatchObject({ error: { type: 'invalid_request_error', code: 'invalid_filter' } });
    }
  });
});
