import Anthropic from '@anthropic-ai/sdk';
import { APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, useProxy, withClaudeRoute, type RunningProxy } from '../helpers/proxy.ts';

/**
 * A malformed `Cache-Control` that names no-store (`no-store;`, a quoted `"no-store"`) was read as an unknown extension
 * and the answer stored, against what the client asked (a hostile review). It is a 400 in the route's API error shape,
 * as `no-store=1` already was; a valid `no-store` is still served and not stored.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), withClaudeRoute);

const unique = () => Math.random().toString(36).slice(2);
const settled = () => eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');

async function ask(content: string, cacheControl?: string) {
  const client = proxy.client(cacheControl === undefined ? {} : { headers: { 'Cache-Control': cacheControl } });
  const { response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }).withResponse();
  await settled();
  return response.headers.get('x-cache-status');
}

const MALFORMED = ['no-store;', '"no-store"', "'no-store'", 'no-store; private', 'max-age=60, "no-store"'];

describe('Cache-Control that names no-store but is malformed', () => {
  it.each(MALFORMED)('refuses %s with a 400 invalid_cache_control, without calling the upstream or storing', async (cacheControl) => {
    const prompt = `What year was bridge ${unique()} built?`;
    const calls = upstream.chatCalls.length;
    const error = await ask(prompt, cacheControl).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(400);
    expect((error as APIError).code).toBe('invalid_cache_control');
    expect((error as APIError).param).toBe('Cache-Control');
    expect(upstream.chatCalls.length).toBe(calls);
    expect(await ask(prompt)).toBe('MISS');
  });

  it('answers the Anthropic SDK in its own error shape', async () => {
    const claude = new Anthropic({ apiKey: 'sk-ant-test', baseURL: `${proxy.origin}/claude`, maxRetries: 0, defaultHeaders: { 'Cache-Control': 'no-store;' } });
    const error = await claude.messages.create({ model: 'claude-test-model', max_tokens: 50, messages: [{ role: 'user', content: `Hello ${unique()}` }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect((error as InstanceType<typeof Anthropic.APIError>).error).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: expect.stringContaining('no-store') } });
  });

  it('still serves a valid no-store (any case, spaces, beside other directives) and does not store it', async () => {
    for (const cacheControl of ['no-store', 'NO-STORE', ' no-store\t', 'private, no-store', 'no-store-later, no-store']) {
      const prompt = `What year was tower ${unique()} built?`;
      expect({ cacheControl, status: await ask(prompt, cacheControl) }).toEqual({ cacheControl, status: 'MISS' });
      expect({ cacheControl, repeat: await ask(prompt) }).toEqual({ cacheControl, repeat: 'MISS' });
    }
  });

  it('reads an extension directive whose name only contains no-store as unknown, and stores the answer', async () => {
    const prompt = `What year was arch ${unique()} built?`;
    expect(await ask(prompt, 'x-no-store-hint')).toBe('MISS');
    expect(await ask(prompt)).toBe('HIT');
  });
});
