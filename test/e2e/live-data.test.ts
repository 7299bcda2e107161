import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { useProxy, withClaudeRoute, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 30, a hostile tester: a request that reads the world as it is now — a hosted web search, a remote MCP
 * server, a model that searches the web before every answer — was cached for the route's TTL, so "What are the top
 * headlines right now?" was answered from the first day's search on every later day (MISS, then HIT exact). Such a
 * request is now relayed (BYPASS, reason `live-data`) every time, like one that works in a container.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), withClaudeRoute);

const openai = () => new OpenAI({ apiKey: 'sk-live', baseURL: proxy.baseURL, maxRetries: 0 });
const claude = () => new Anthropic({ apiKey: 'sk-ant-live', baseURL: `${proxy.origin}/claude`, maxRetries: 0 });

describe('a request that reads live data', () => {
  it('Responses API with the web search tool: relayed every time', async () => {
    const ask = () => openai().responses.create({ model: 'gpt-4o', input: 'What are the top news headlines right now?', tools: [{ type: 'web_search' }], store: false }).withResponse();
    const before = upstream.responsesCalls.length;
    const statuses = [(await ask()).response.headers.get('x-cache-status'), (await ask()).response.headers.get('x-cache-status')];
    expect(statuses).toEqual(['BYPASS', 'BYPASS']);
    expect(upstream.responsesCalls.length - before).toBe(2);
  });

  it('chat completions with a search model: relayed every time', async () => {
    const ask = () => openai().chat.completions.create({ model: 'gpt-4o-search-preview', web_search_options: {}, messages: [{ role: 'user', content: 'What is the NVDA stock price right now?' }] }).withResponse();
    expect([(await ask()).response.headers.get('x-cache-status'), (await ask()).response.headers.get('x-cache-status')]).toEqual(['BYPASS', 'BYPASS']);
  });

  it('Anthropic Messages with the web search tool: relayed every time', async () => {
    const ask = () =>
      claude()
        .messages.create({ model: 'claude-sonnet-4-5', max_tokens: 100, tools: [{ type: 'web_search_20250305', name: 'web_search', max_uses: 3 }], messages: [{ role: 'user', content: 'What is the weather in Paris right now?' }] })
        .withResponse();
    const before = upstream.messagesCalls.length;
    expect([(await ask()).response.headers.get('x-cache-status'), (await ask()).response.headers.get('x-cache-status')]).toEqual(['BYPASS', 'BYPASS']);
    expect(upstream.messagesCalls.length - before).toBe(2);
  });

  // Session 31, a helper's audit: a hosted shell with network access, or in a container kept under an id, was cached.
  it('Responses API with a hosted shell that has network access or reuses a container: relayed every time', async () => {
    const environments = [
      { type: 'container_auto', network_policy: { type: 'allowlist', allowed_domains: ['api.weather.gov'] } },
      { type: 'container_reference', container_id: 'cntr_abc123' },
    ];
    for (const environment of environments) {
      const ask = () => openai().responses.create({ model: 'gpt-5', input: 'Use curl to fetch the active weather alerts for CA and summarise them.', tools: [{ type: 'shell', environment } as never], store: false }).withResponse();
      expect([(await ask()).response.headers.get('x-cache-status'), (await ask()).response.headers.get('x-cache-status')]).toEqual(['BYPASS', 'BYPASS']);
    }
  });

  // Session 34, an audit of request parameters: other providers' searches through the OpenAI chat shape were cached.
  it('chat completions through a provider that searches first (OpenRouter :online and web plugin, Azure data_sources, xAI live search, Groq compound): relayed every time', async () => {
    const variants: Array<Record<string, unknown>> = [
      { model: 'openai/gpt-4o:online' },
      { model: 'openai/gpt-4o', plugins: [{ id: 'web' }] },
      { model: 'gpt-4o', data_sources: [{ type: 'azure_search', parameters: { endpoint: 'https://search.example', index_name: 'docs' } }] },
      { model: 'grok-4', search_parameters: { mode: 'auto' } },
      { model: 'groq/compound' },
    ];
    for (const variant of variants) {
      const ask = () => openai().chat.completions.create({ messages: [{ role: 'user', content: 'What are the top news headlines right now?' }], ...variant } as never).withResponse();
      expect([(await ask()).response.headers.get('x-cache-status'), (await ask()).response.headers.get('x-cache-status')]).toEqual(['BYPASS', 'BYPASS']);
    }
  });

  it('still caches the same question without the tool', async () => {
    const ask = () => openai().responses.create({ model: 'gpt-4o', input: 'Who wrote The Old Man and the Sea?', store: false }).withResponse();
    expect([(await ask()).response.headers.get('x-cache-status'), (await ask()).response.headers.get('x-cache-status')]).toEqual(['MISS', 'HIT']);
  });
});
