import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { cachedChat } from '../helpers/openai-chat.ts';
import { useProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 56, a hostile review at the proxy: the exact tier trimmed a trailing tab that closes an empty field of
 * tab-separated data, so "a\tb\t" (three fields) was served the answer of "a\tb" (two).
 */

let upstream: MockUpstream;
let proxy: RunningProxy;

useProxy((running) => ({ upstream, proxy } = running));

describe('a trailing tab of tab-separated data', () => {
  it('is part of the request: the row without it is a MISS, a repeat with it a HIT', async () => {
    const client = proxy.client({ apiKey: 'sk-review56-tab' });
    const withTab = [{ role: 'user' as const, content: 'How many fields are in this TSV line: a\tb\t' }];
    const first = await cachedChat(client, withTab);
    const other = await cachedChat(client, [{ role: 'user', content: 'How many fields are in this TSV line: a\tb' }]);
    const repeat = await cachedChat(client, withTab);
    expect([first.status, other.status, repeat.status]).toEqual(['MISS', 'MISS', 'HIT']);
    expect(upstream.chatCalls.length).toBeGreaterThanOrEqual(2);
  });
});
