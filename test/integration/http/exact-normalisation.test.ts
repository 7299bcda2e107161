import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../../helpers/proxy.ts';

/** The exact tier normalises only NFC, CRLF → LF and the ends (DESIGN.md §1): interior whitespace is meaning. */
let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running));

let namespace = 0;
async function storeThenAsk(stored: string, asked: string): Promise<{ status: string | null; match: string | null }> {
  const headers = { 'content-type': 'application/json', authorization: 'Bearer sk-exact', 'x-cache-namespace': `exact-${++namespace}` };
  const body = (content: string) => JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] });
  const first = await fetch(`${proxy.baseURL}/chat/completions`, { method: 'POST', headers, body: body(stored) });
  await first.arrayBuffer();
  expect(first.headers.get('x-cache-status')).toBe('MISS');
  const second = await fetch(`${proxy.baseURL}/chat/completions`, { method: 'POST', headers, body: body(asked) });
  await second.arrayBuffer();
  return { status: second.headers.get('x-cache-status'), match: second.headers.get('x-cache-match') };
}

describe('exact-tier normalisation through the proxy', () => {
  it('treats CRLF and LF, surrounding whitespace and NFC forms as the same text', async () => {
    expect(await storeThenAsk('Fix this:\r\nprint(1)', 'Fix this:\nprint(1)')).toEqual({ status: 'HIT', match: 'exact' });
    expect(await storeThenAsk('  What is a monad?\n', 'What is a monad?')).toEqual({ status: 'HIT', match: 'exact' });
    expect(await storeThenAsk('Define caf\u00e9', 'Define cafe\u0301')).toEqual({ status: 'HIT', match: 'exact' });
  });

  it("keeps interior whitespace: Python indentation and 'a  b' are no exact hit", async () => {
    const indented = await storeThenAsk('Why does this fail?\n```python\nif x:\n    return 1\n```', 'Why does this fail?\n```python\nif x:\n  return 1\n```');
    expect(indented.status === 'HIT' && indented.match === 'exact').toBe(false);
    const spaced = await storeThenAsk("What does `'a  b'.split(' ')` return?", "What does `'a b'.split(' ')` return?");
    expect(spaced.status === 'HIT' && spaced.match === 'exact').toBe(false);
    expect([indented.status, spaced.status]).toEqual(['MISS', 'MISS']); // and the verifier does not serve them either
  });
});
