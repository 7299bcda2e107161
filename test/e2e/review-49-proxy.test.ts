import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, useProxy, withClaudeRoute, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 49, a hostile review of the proxy with the official SDKs: the exact tier trimmed the indentation of a first
 * line of code unless it read as a definition, a key or an assignment, so "    print(1)\nprint(2)" (an IndentationError)
 * had the key of the working script; and it folded CRLF in a text asking for its escaped literal or its length.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), withClaudeRoute);

const unique = () => Math.random().toString(36).slice(2);

async function status(content: string): Promise<string | null> {
  const { response } = await proxy.client().chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }).withResponse();
  return response.headers.get('x-cache-status');
}

describe('a text whose first line of code is indented more than the next', () => {
  it.each(['print(1)', 'return x', 'while True:', 'with open("f") as fh:', '@app.route("/")', 'main()', 'echo hello'])('is not served the dedented script\'s answer: %j', async (first) => {
    const tag = unique();
    const script = (indent: string) => `${indent}${first}\nprint(2)  # ${tag}\n\nWhat does this Python script output?`;
    expect(await status(script('    '))).toBe('MISS');
    expect(await status(script('    '))).toBe('HIT');
    expect(await status(script(''))).toBe('MISS');
    expect(upstream.chatCalls.at(-1)!.body.messages[0].content).toBe(script(''));
  });
});

describe('a text asking for its escaped literal or its length', () => {
  it.each(['Escape this text as a JSON string literal', 'What is the length of this text?'])('keeps CRLF apart from LF: %j', async (ask) => {
    const tag = unique();
    const text = (lineBreak: string) => `${ask} (${tag}): first${lineBreak}second`;
    expect(await status(text('\r\n'))).toBe('MISS');
    expect(await status(text('\r\n'))).toBe('HIT');
    expect(await status(text('\n'))).toBe('MISS');
  });
});

describe('through the Anthropic SDK too', () => {
  it('keeps an indented first line of code apart from the dedented one', async () => {
    const claude = new Anthropic({ apiKey: 'sk-ant-test', baseURL: `${proxy.origin}/claude`, maxRetries: 0 });
    const tag = unique();
    const ask = async (indent: string) => {
      const { response } = await claude.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: [{ role: 'user', content: `${indent}return x\nprint(2)  # ${tag}\n\nWhat does this script do?` }] }).withResponse();
      return response.headers.get('x-cache-status');
    };
    expect(await ask('  ')).toBe('MISS');
    expect(await ask('  ')).toBe('HIT');
    expect(await ask('')).toBe('MISS');
  });
});

describe('the semantic tier, through the openai SDK (a red team at the proxy, session 49)', () => {
  it.each([
    ['What is the MD5 of token?', 'What is the MD5 of tokens?', 'What is the MD5 of token'],
    ['Grep for government in my logs.', 'Grep for goverment in my logs.', 'Grep for government in my logs'],
    ['How many words? She will not come', "How many words? She won't come", 'how many words? She will not come'],
    ["When was Hemingway's novel released?", "When were Hemingway's novels released?", "when was Hemingway's novel released"],
  ])('serves %j neither to its twin %j nor misses its near-duplicate', async (first, twin, nearDuplicate) => {
    const client = proxy.client({ headers: { 'X-Cache-Explain': '1', 'X-Cache-Namespace': `review-49-${unique()}` } });
    const ask = async (content: string) => {
      const { response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }).withResponse();
      await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');
      return { status: response.headers.get('x-cache-status'), explain: response.headers.get('x-cache-explain') };
    };
    expect((await ask(first)).status).toBe('MISS');
    const served = await ask(twin);
    expect(served.status).toBe('MISS');
    expect(served.explain).toMatch(/^similarity=\d\.\d{4}; (?:different|undecided)/);
    expect((await ask(nearDuplicate)).status).toBe('HIT');
  });
});
