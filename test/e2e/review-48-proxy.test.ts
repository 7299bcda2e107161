import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 48, a hostile review of the proxy through its HTTP API: the exact tier keyed a text NFC-composed, trimmed and
 * with CRLF folded unless a listed word said the text asked about those characters, so '"é".length' (1) and
 * '"e\u0301".length' (2), or "Does my message end with a space? " and the same unpadded, shared one answer; on routes
 * that embed earlier turns, an earlier turn was folded though a later one asked about it.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), { routes: [{ name: 'turns', match: { pathPrefix: '/turns' }, embed: { lastTurns: 3 } }] });

const unique = () => Math.random().toString(36).slice(2);

async function status(messages: Array<{ role: 'user' | 'assistant'; content: string }>, route?: string): Promise<string | null> {
  const client = proxy.client(route === undefined ? {} : { route });
  const { response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages }).withResponse();
  return response.headers.get('x-cache-status');
}

describe('a text whose answer depends on how its characters are written', () => {
  it.each([
    ['What does "\u00e9".length return in JavaScript?', 'What does "e\u0301".length return in JavaScript?'],
    ['Does my message end with a space? ', 'Does my message end with a space?'],
    ['Is there trailing whitespace in this line: foo  ', 'Is there trailing whitespace in this line: foo'],
  ])('is not served the answer of its twin: %j', async (first, second) => {
    const tag = ` (${unique()})`;
    // The tag goes before the part the question is about, so the ends and the accents stay where they were.
    const tagged = (text: string) => text.replace(/^(\S+)/u, `$1${tag}`);
    expect(await status([{ role: 'user', content: tagged(first) }])).toBe('MISS');
    expect(await status([{ role: 'user', content: tagged(first) }])).toBe('HIT');
    expect(await status([{ role: 'user', content: tagged(second) }])).toBe('MISS');
  });

  it('on a route embedding earlier turns, neither is an earlier turn a later one asks about', async () => {
    const tag = unique();
    const conversation = (value: string) => [
      { role: 'user' as const, content: `s = "${value}"  # ${tag}` },
      { role: 'assistant' as const, content: 'OK' },
      { role: 'user' as const, content: 'What is len(s) in Python?' },
    ];
    expect(await status(conversation('\u00e9'), 'turns')).toBe('MISS');
    expect(await status(conversation('\u00e9'), 'turns')).toBe('HIT');
    expect(await status(conversation('e\u0301'), 'turns')).toBe('MISS');
    expect(upstream.chatCalls.at(-1)!.body.messages[0].content).toBe(`s = "e\u0301"  # ${tag}`);
  });
});
