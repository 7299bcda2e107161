import { describe, expect, it } from 'vitest';
import { anthropicMessagesAdapter } from '../../../src/api/anthropic-messages/anthropic-messages-adapter.ts';
import { openAiChatAdapter } from '../../../src/api/openai-chat/openai-chat-adapter.ts';
import { openAiResponsesAdapter } from '../../../src/api/openai-responses/openai-responses-adapter.ts';
import { buildConfig } from '../../../src/config/load-config.ts';
import { decideCaching } from '../../../src/cache/policy.ts';

const settings = buildConfig({}, {}).routes[0]!.settings;
const request = { model: 'm', messages: [{ role: 'user', content: 'hi' }] };
const none = { noCache: false, noStore: false };

describe('decideCaching', () => {
  it('caches an ordinary request, with or without temperature', () => {
    expect(decideCaching(request, settings, none)).toEqual({ kind: 'cache', lookup: true, store: true });
    expect(decideCaching({ ...request, temperature: 1.5 }, settings, none).kind).toBe('cache');
  });

  it('maps client directives to lookup and store', () => {
    expect(decideCaching(request, settings, { noCache: true, noStore: false })).toEqual({ kind: 'cache', lookup: false, store: true });
    expect(decideCaching(request, settings, { noCache: false, noStore: true })).toEqual({ kind: 'cache', lookup: true, store: false });
    expect(decideCaching(request, settings, { noCache: true, noStore: true })).toEqual({ kind: 'bypass', reason: 'client-no-cache-no-store' });
  });

  it('bypasses n > 1, non-text output, mode off and temperatures above the route maximum', () => {
    expect(decideCaching({ ...request, n: 2 }, settings, none)).toEqual({ kind: 'bypass', reason: 'n-greater-than-1' });
    expect(decideCaching({ ...request, modalities: ['text', 'audio'] }, settings, none)).toEqual({ kind: 'bypass', reason: 'non-text-output' });
    expect(decideCaching({ ...request, audio: { voice: 'alloy', format: 'wav' } }, settings, none)).toEqual({ kind: 'bypass', reason: 'non-text-output' });
    expect(decideCaching(request, { ...settings, mode: 'off' }, none)).toEqual({ kind: 'bypass', reason: 'route-off' });
    const capped = { ...settings, maxTemperature: 0.5 };
    expect(decideCaching({ ...request, temperature: 0.7 }, capped, none)).toEqual({ kind: 'bypass', reason: 'temperature-above-max' });
    expect(decideCaching({ ...request, temperature: 0.5 }, capped, none).kind).toBe('cache');
    expect(decideCaching(request, capped, none).kind).toBe('cache');
  });
});

describe('requests that work in a container kept by the upstream', () => {
  it('bypasses an Anthropic request that reuses a container, and a Responses code interpreter given a container id', () => {
    const claude = { model: 'claude-x', max_tokens: 10, messages: [{ role: 'user', content: 'Run the script again' }] };
    expect(decideCaching(anthropicMessagesAdapter.parse({ ...claude, container: 'container_011' }).policy, settings, none)).toEqual({ kind: 'bypass', reason: 'container' });
    expect(decideCaching(anthropicMessagesAdapter.parse(claude).policy, settings, none).kind).toBe('cache');

    const responses = (container: unknown) => ({ model: 'gpt-x', input: 'Plot the data', tools: [{ type: 'code_interpreter', container }] });
    expect(decideCaching(openAiResponsesAdapter.parse(responses('cntr_abc')).policy, settings, none)).toEqual({ kind: 'bypass', reason: 'container' });
    // `auto` makes a fresh container for the request: nothing carried over from another one.
    expect(decideCaching(openAiResponsesAdapter.parse(responses({ type: 'auto' })).policy, settings, none).kind).toBe('cache');
  });

  // Session 31, a helper's audit: the hosted shell tool runs in a container made with /v1/containers when its
  // environment references one, and was cached (MISS, then HIT exact) while the code interpreter's was bypassed.
  it('bypasses a Responses shell tool whose environment references a container', () => {
    const shell = (environment: unknown) => ({ model: 'gpt-x', input: 'Run `wc -l report.csv`', tools: [{ type: 'shell', environment }] });
    expect(decideCaching(openAiResponsesAdapter.parse(shell({ type: 'container_reference', container_id: 'cntr_abc123' })).policy, settings, none)).toEqual({ kind: 'bypass', reason: 'container' });
    expect(decideCaching(openAiResponsesAdapter.parse(shell({ type: 'container_auto' })).policy, settings, none).kind).toBe('cache');
  });
});

// A hostile tester (session 30): requests that read the live web or a remote MCP server were cached for the route's
// TTL ("What are the top news headlines right now?" answered from yesterday), though a container's or a vector
// store's changing state was already bypassed.
describe('requests that read live data', () => {
  const bypass = { kind: 'bypass', reason: 'live-data' };
  const chat = (extra: Record<string, unknown>) => decideCaching(openAiChatAdapter.parse({ ...request, ...extra }).policy, settings, none);
  const responses = (extra: Record<string, unknown>) => decideCaching(openAiResponsesAdapter.parse({ model: 'gpt-x', input: 'What are the top headlines right now?', ...extra }).policy, settings, none);
  const claude = (extra: Record<string, unknown>) =>
    decideCaching(anthropicMessagesAdapter.parse({ model: 'claude-x', max_tokens: 10, messages: [{ role: 'user', content: 'Weather in Paris now?' }], ...extra }).policy, settings, none);

  it('bypasses chat completions with web search options or a model that always searches', () => {
    expect(chat({ web_search_options: {} })).toEqual(bypass);
    expect(chat({ model: 'gpt-4o-search-preview' })).toEqual(bypass);
    expect(chat({ model: 'gpt-4o-mini-search-preview-2025-03-11' })).toEqual(bypass);
    expect(chat({ model: 'gpt-5-search-api' })).toEqual(bypass);
    expect(chat({ model: 'sonar-pro' })).toEqual(bypass);
    expect(chat({ model: 'perplexity/sonar' })).toEqual(bypass);
    // Names that merely contain the letters.
    expect(chat({ model: 'my-research-model' }).kind).toBe('cache');
    expect(chat({ model: 'sonarqube-helper' }).kind).toBe('cache');
    expect(chat({ web_search_options: null }).kind).toBe('cache');
  });

  it('bypasses Responses requests with a web search or MCP tool', () => {
    expect(responses({ tools: [{ type: 'web_search' }] })).toEqual(bypass);
    expect(responses({ tools: [{ type: 'web_search_preview' }] })).toEqual(bypass);
    expect(responses({ tools: [{ type: 'function', name: 'f', parameters: {} }, { type: 'mcp', server_label: 'github', server_url: 'https://example.com/mcp' }] })).toEqual(bypass);
    expect(responses({ tools: [{ type: 'function', name: 'web_search', parameters: {} }] }).kind).toBe('cache');
  });

  // Session 31, a helper's audit: a hosted container given network access can fetch live pages ("curl the current
  // alerts"), and was cached like any other request.
  it('bypasses Responses requests whose hosted container has network access', () => {
    expect(responses({ tools: [{ type: 'shell', environment: { type: 'container_auto', network_policy: { type: 'allowlist', allowed_domains: ['api.weather.gov'] } } }] })).toEqual(bypass);
    expect(responses({ tools: [{ type: 'code_interpreter', container: { type: 'auto', network_policy: { type: 'allowlist', allowed_domains: ['example.com'] } } }] })).toEqual(bypass);
    expect(responses({ tools: [{ type: 'shell', environment: { type: 'container_auto', network_policy: { type: 'disabled' } } }] }).kind).toBe('cache');
    expect(responses({ tools: [{ type: 'shell', environment: { type: 'container_auto' } }] }).kind).toBe('cache');
  });

  it('bypasses Anthropic requests with the web search or web fetch tool or MCP servers', () => {
    expect(claude({ tools: [{ type: 'web_search_20250305', name: 'web_search', max_uses: 3 }] })).toEqual(bypass);
    expect(claude({ tools: [{ type: 'web_fetch_20250910', name: 'web_fetch' }] })).toEqual(bypass);
    expect(claude({ mcp_servers: [{ type: 'url', url: 'https://mcp.example.com/sse', name: 'tickets' }] })).toEqual(bypass);
    expect(claude({ mcp_servers: [] }).kind).toBe('cache');
    expect(claude({ tools: [{ name: 'web_search', input_schema: { type: 'object' } }] }).kind).toBe('cache');
  });
});
