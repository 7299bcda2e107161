import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 28, a hostile tester's finding: with an AI gateway as the upstream (Portkey, Helicone), the headers that
 * pick the provider or the config were in neither the tenant nor the partition, so a request the gateway sends to
 * Anthropic was served the answer it got from OpenAI. They are in the partition now; a gateway's per-request trace
 * headers are not, so repeats still hit.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running));

const client = (headers: Record<string, string>) => new OpenAI({ apiKey: 'sk-gateway', baseURL: proxy.baseURL, maxRetries: 0, defaultHeaders: { 'x-portkey-api-key': 'pk-team', ...headers } });
async function ask(headers: Record<string, string>, content: string, model = 'gpt-4o-mini') {
  const { data, response } = await client(headers).chat.completions.create({ model, messages: [{ role: 'user', content }] }).withResponse();
  return { status: response.headers.get('x-cache-status'), text: data.choices[0]!.message.content };
}

describe('a gateway upstream’s routing headers', () => {
  it('keep a request the gateway routes to another provider or config from another one’s answer', async () => {
    const content = `What is the capital of France? (${Math.random().toString(36).slice(2)})`;
    const calls = upstream.chatCalls.length;
    expect((await ask({ 'x-portkey-provider': 'openai' }, content)).status).toBe('MISS');
    expect((await ask({ 'x-portkey-provider': 'anthropic' }, content)).status).toBe('MISS');
    expect((await ask({ 'x-portkey-config': 'pc-claude-fallback' }, content)).status).toBe('MISS');
    expect((await ask({ 'helicone-target-url': 'https://api.anthropic.com' }, content)).status).toBe('MISS');
    expect(upstream.chatCalls).toHaveLength(calls + 4);
    expect((await ask({ 'x-portkey-provider': 'anthropic' }, content)).status).toBe('HIT');
  });

  it('still serve a repeat that differs only in the gateway’s trace headers', async () => {
    const content = `What is the capital of Spain? (${Math.random().toString(36).slice(2)})`;
    const first = await ask({ 'x-portkey-provider': 'openai', 'x-portkey-trace-id': 'trace-1' }, content);
    const repeat = await ask({ 'x-portkey-provider': 'openai', 'x-portkey-trace-id': 'trace-2' }, content);
    expect([first.status, repeat.status]).toEqual(['MISS', 'HIT']);
    expect(repeat.text).toBe(first.text);
  });

  // A red team at the proxy, session 38: the metadata and tags a gateway routes on (a "free" plan's deployment, a
  // "paid" one's) were not in the partition, and one plan was served the other's answer, exactly and on a paraphrase.
  it.each([
    ['LiteLLM tags', { 'x-litellm-tags': 'free' }, { 'x-litellm-tags': 'paid' }, 'gpt-4o-mini'],
    ['Portkey metadata under a config', { 'x-portkey-config': 'pc-cond', 'x-portkey-metadata': '{"user_plan":"free"}' }, { 'x-portkey-config': 'pc-cond', 'x-portkey-metadata': '{"user_plan":"paid"}' }, 'gpt-4o-mini'],
    ['Cloudflare metadata for a dynamic route', { 'cf-aig-metadata': '{"user_plan":"free"}' }, { 'cf-aig-metadata': '{"user_plan":"paid"}' }, 'dynamic/support'],
  ])('keep apart requests whose %s differ', async (_label, free, paid, model) => {
    const content = `What is the capital of Italy? (${Math.random().toString(36).slice(2)})`;
    expect((await ask(free, content, model)).status).toBe('MISS');
    expect((await ask(paid, content, model)).status).toBe('MISS');
    expect((await ask(paid, `what's the capital of Italy? ${content.slice(content.indexOf('('))}`, model)).status).not.toBe('MISS');
  });
});
