import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 28, a hostile tester's finding: `service_tier` is outside the partition, but a hit replayed the stored
 * answer's, so a `flex` request was told it had been served at `priority` (billed higher). A hit reports the tier
 * its own request asked for, else `default`, in JSON and in a stream.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running));

describe('service_tier on a hit', () => {
  it('is the tier this request asked for, or default, never the stored answer’s', async () => {
    const client = proxy.client({ apiKey: 'sk-tier' });
    const messages = [{ role: 'user' as const, content: `What is the capital of Peru? (${Math.random().toString(36).slice(2)})` }];
    const miss = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, service_tier: 'priority' }).withResponse();
    expect([miss.response.headers.get('x-cache-status'), miss.data.service_tier]).toEqual(['MISS', 'priority']);

    const flex = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, service_tier: 'flex' }).withResponse();
    expect([flex.response.headers.get('x-cache-status'), flex.data.service_tier]).toEqual(['HIT', 'flex']);
    const unasked = await client.chat.completions.create({ model: 'gpt-4o-mini', messages }).withResponse();
    expect([unasked.response.headers.get('x-cache-status'), unasked.data.service_tier]).toEqual(['HIT', 'default']);
    // A value no tier has is not echoed as the tier that served it (a review).
    const made = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, service_tier: 'turbo' as never }).withResponse();
    expect([made.response.headers.get('x-cache-status'), made.data.service_tier]).toEqual(['HIT', 'default']);

    const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, service_tier: 'flex', stream: true }).withResponse();
    expect(stream.response.headers.get('x-cache-status')).toBe('HIT');
    const tiers = new Set<unknown>();
    for await (const chunk of stream.data) tiers.add(chunk.service_tier);
    expect([...tiers]).toEqual(['flex']);
    expect(upstream.chatCalls.filter((call) => call.body?.messages?.[0]?.content === messages[0]!.content)).toHaveLength(1);
  });
});
