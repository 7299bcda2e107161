import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../../helpers/proxy.ts';

/**
 * A prompt longer than the route's maxSemanticBytes (default 256 KiB) gets the exact tier only: embedding and
 * verifying it would run on the event loop and stall every other request.
 */
let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running));

async function ask(content: string): Promise<{ cache: string | null; explain: string | null }> {
  const response = await fetch(`${proxy.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-semantic-cap', 'x-cache-explain': '1', 'x-cache-namespace': 'semantic-cap' },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }),
  });
  await response.arrayBuffer();
  return { cache: response.headers.get('x-cache-status'), explain: response.headers.get('x-cache-explain') };
}

// Known English words, so the embedder would cover them and, without the cap, embed the text.
const sentence = 'please summarise why the quick brown fox jumps over the lazy dog again today. ';
const long = (lead: string, bytes: number) => lead + sentence.repeat(Math.ceil(bytes / sentence.length));

describe('the semantic tier cap on long prompts', () => {
  it('looks a prompt over the cap up in the exact tier only (not embedded), and still serves its exact repeat', async () => {
    const over = long('Question one. ', 270_000);
    expect(await ask(over)).toEqual({ cache: 'MISS', explain: 'exact-only' });
    expect((await ask(long('Question two. ', 270_000))).explain).toBe('exact-only'); // a near duplicate is not embedded either
    expect((await ask(over)).cache).toBe('HIT');
  });

  it('still embeds a prompt of about 120 KB, under the cap', async () => {
    const under = long('Question three. ', 120_000);
    const first = await ask(under);
    expect(first.cache).toBe('MISS');
    expect(first.explain).not.toBe('exact-only');
  });
});
