import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, {
    // Pinned so these tests don't move with the default (chosen from bench/quality.md).
    defaults: { threshold: { local: 0.9 } },
    routes: [{ name: 'support', match: { pathPrefix: '/support' } }],
  });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});
beforeEach(async () => {
  await proxy.semcache.store.flush();
});

let unique = 0;
/** A question no other test asks, so tests don't see each other's entries. */
const question = (text = 'What is the capital of France?') => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;

async function ask(client: OpenAI, params: Partial<OpenAI.Chat.ChatCompletionCreateParamsNonStreaming> & { messages: OpenAI.Chat.ChatCompletionMessageParam[] }, headers?: Record<string, string>) {
  const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', ...params }, { headers }).withResponse();
  return { data, headers: response.headers, status: response.headers.get('x-cache-status') };
}

const user = (content: string): OpenAI.Chat.ChatCompletionMessageParam => ({ role: 'user', content });

describe('chat completions through the openai SDK', () => {
  it('misses, then serves the identical request from the cache with a fresh id and the original usage', async () => {
    const client = proxy.client();
    const messages = [user(question())];
    const callsBefore = upstream.chatCalls.length;
    const first = await ask(client, { messages });
    const second = await ask(client, { messages });

    expect(first.status).toBe('MISS');
    expect(first.headers.get('x-cache-key')).toMatch(/^[0-9a-f]{32}$/);
    expect(second.status).toBe('HIT');
    expect(second.headers.get('x-cache-match')).toBe('exact');
    expect(second.headers.get('x-cache-key')).toBe(first.headers.get('x-cache-key'));
    expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(0);
    expect(second.data.choices[0]!.message.content).toBe(first.data.choices[0]!.message.content);
    expect(second.data.id).not.toBe(first.data.id);
    // Shaped as OpenAI's own (a hostile SDK tester, session 35: base64url ids held '-' and '_').
    expect(second.data.id).toMatch(/^chatcmpl-[A-Za-z0-9]{29}$/);
    expect(second.data.usage).toEqual(first.data.usage);
    expect(upstream.chatCalls).toHaveLength(callsBefore + 1);
  });

  it('returns the original upstream id on a hit when the request had store: true, so retrieve would find it', async () => {
    const client = proxy.client();
    const messages = [user(question())];
    const first = await ask(client, { messages, store: true });
    const second = await ask(client, { messages, store: true });
    expect(second.status).toBe('HIT');
    expect(second.data.id).toBe(first.data.id);
    expect(second.data.created).toBe(first.data.created);
    const streamed = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, store: true, stream: true });
    const ids = new Set<string>();
    for await (const chunk of streamed) ids.add(chunk.id);
    expect([...ids]).toEqual([first.data.id]);
  });

  // A store: true request is served only an answer whose id the upstream kept for its key (audit 11).
  it('answers a store: true request afresh when the entry\'s own request did not ask the upstream to store it, then serves its id', async () => {
    const client = proxy.client();
    const messages = [user(question())];
    const first = await ask(client, { messages });
    const unstored = await ask(client, { messages });
    expect([first.status, unstored.status]).toEqual(['MISS', 'HIT']);
    const second = await ask(client, { messages, store: true });
    expect(second.status).toBe('MISS');
    expect(second.data.id).not.toBe(first.data.id);
    const third = await ask(client, { messages, store: true });
    expect(third.status).toBe('HIT');
    expect(third.data.id).toBe(second.data.id);
  });

  it('serves a paraphrase semantically with the local embedder', async () => {
    const client = proxy.client();
    const first = await ask(client, { messages: [user('How do I reset my password?')] });
    const second = await ask(client, { messages: [user('How can I reset my password?')] });
    expect(first.status).toBe('MISS');
    expect(second.status).toBe('HIT');
    expect(second.headers.get('x-cache-match')).toBe('semantic');
    expect(Number(second.headers.get('x-cache-similarity'))).toBeGreaterThanOrEqual(0.9);
    expect(second.headers.get('x-cache-key')).toBe(first.headers.get('x-cache-key'));
    expect(second.headers.get('x-cache-query')).not.toBe(first.headers.get('x-cache-query'));
    expect(second.data.choices[0]!.message.content).toBe(first.data.choices[0]!.message.content);
  });

  it('misses an unrelated prompt and says how close the nearest candidate was', async () => {
    const client = proxy.client();
    await ask(client, { messages: [user('How do I reset my password?')] });
    const unrelated = await ask(client, { messages: [user('Recommend a good book about the history of Rome.')] });
    expect(unrelated.status).toBe('MISS');
    expect(Number(unrelated.headers.get('x-cache-similarity'))).toBeLessThan(0.9);
  });

  it('never serves "invoice 5" for "invoice 6"', async () => {
    const client = proxy.client();
    await ask(client, { messages: [user('Summarise invoice 5 for me')] });
    const other = await ask(client, { messages: [user('Summarise invoice 6 for me')] });
    expect(other.status).toBe('MISS');
  });

  describe('partitions', () => {
    const system = (content: string): OpenAI.Chat.ChatCompletionMessageParam => ({ role: 'system', content });
    const tool = { type: 'function' as const, function: { name: 'lookup', parameters: { type: 'object', properties: {} } } };

    it.each<[string, Record<string, unknown>]>([
      ['model', { model: 'gpt-4o' }],
      ['system prompt', { messages: [system('Answer in French.')] }],
      ['temperature', { temperature: 0.9 }],
      ['tools', { tools: [tool] }],
      ['response_format', { response_format: { type: 'json_object' } }],
      ['earlier conversation', { messages: [user('Hi'), { role: 'assistant', content: 'Hello!' }] }],
    ])('a different %s does not hit', async (_name, change) => {
      const client = proxy.client();
      const text = question();
      await ask(client, { messages: [user(text)], temperature: 0 });
      const changedMessages = change.messages ? [...(change.messages as OpenAI.Chat.ChatCompletionMessageParam[]), user(text)] : [user(text)];
      const changed = await ask(client, { temperature: 0, ...change, messages: changedMessages });
      expect(changed.status).toBe('MISS');
    });

    it('a different route does not hit', async () => {
      const text = question();
      await ask(proxy.client(), { messages: [user(text)] });
      const other = await ask(proxy.client({ route: 'support' }), { messages: [user(text)] });
      expect(other.status).toBe('MISS');
      expect(upstream.calls.at(-1)!.path).toBe('/v1/chat/completions');
    });

    it('a different API key does not hit', async () => {
      const text = question();
      await ask(proxy.client({ apiKey: 'sk-tenant-a' }), { messages: [user(text)] });
      const other = await ask(proxy.client({ apiKey: 'sk-tenant-b' }), { messages: [user(text)] });
      expect(other.status).toBe('MISS');
    });

    it('a different user field, stream_options or key order still hits exactly', async () => {
      const client = proxy.client();
      const text = question();
      await ask(client, { messages: [user(text)], temperature: 0, user: 'alice' });
      const otherUser = await ask(client, { messages: [user(text)], temperature: 0, user: 'bob' });
      const withOptions = await ask(client, { messages: [user(text)], temperature: 0, stream_options: null } as never);
      const reordered = await client.chat.completions
        .create({ temperature: 0, messages: [{ content: text, role: 'user' }], model: 'gpt-4o-mini' })
        .withResponse();
      for (const hit of [otherUser.status, withOptions.status, reordered.response.headers.get('x-cache-status')]) expect(hit).toBe('HIT');
      expect(reordered.response.headers.get('x-cache-match')).toBe('exact');
    });
  });

  describe('request controls', () => {
    it('no-cache skips the lookup but stores (REFRESH); no-store looks up but does not store', async () => {
      const client = proxy.client();
      const text = question();
      await ask(client, { messages: [user(text)] });
      const refreshed = await ask(client, { messages: [user(text)] }, { 'cache-control': 'no-cache' });
      expect(refreshed.status).toBe('REFRESH');
      const served = await ask(client, { messages: [user(text)] });
      expect(served.status).toBe('HIT');
      expect(served.data.choices[0]!.message.content).toBe(refreshed.data.choices[0]!.message.content);

      const other = question();
      const notStored = await ask(client, { messages: [user(other)] }, { 'cache-control': 'no-store' });
      expect(notStored.status).toBe('MISS');
      expect((await ask(client, { messages: [user(other)] })).status).toBe('MISS');
    });

    it('both no-cache and no-store bypass the cache; so does n > 1', async () => {
      const client = proxy.client();
      const text = question();
      const bypassed = await ask(client, { messages: [user(text)] }, { 'cache-control': 'no-cache, no-store' });
      expect(bypassed.status).toBe('BYPASS');
      expect((await ask(client, { messages: [user(text)], n: 2 })).status).toBe('BYPASS');
      expect((await ask(client, { messages: [user(text)] })).status).toBe('MISS');
    });

    it('X-Cache-Namespace partitions and X-Cache-Threshold tightens the match', async () => {
      const client = proxy.client();
      await ask(client, { messages: [user('How do I reset my password?')] }, { 'x-cache-namespace': 'ns-a' });
      expect((await ask(client, { messages: [user('How do I reset my password?')] }, { 'x-cache-namespace': 'ns-b' })).status).toBe('MISS');
      const strict = await ask(client, { messages: [user('How can I reset my password?')] }, { 'x-cache-namespace': 'ns-a', 'x-cache-threshold': '0.99' });
      expect(strict.status).toBe('MISS');
      const loose = await ask(client, { messages: [user('How can I reset my password?')] }, { 'x-cache-namespace': 'ns-a' });
      expect(loose.status).toBe('HIT');
    });
  });

  describe('bad input', () => {
    const rejects = async (send: () => Promise<unknown>, status: number, param: string | null) => {
      const callsBefore = upstream.calls.length;
      const entriesBefore = (await proxy.semcache.store.stats()).entries;
      const error = await send().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(OpenAI.APIError);
      const apiError = error as InstanceType<typeof OpenAI.APIError>;
      expect(apiError.status).toBe(status);
      expect(apiError.error).toMatchObject({ type: 'invalid_request_error', param });
      expect(typeof (apiError.error as { message: string }).message).toBe('string');
      expect(upstream.calls.length).toBe(callsBefore);
      expect((await proxy.semcache.store.stats()).entries).toBe(entriesBefore);
    };

    it('rejects a missing model, ill-typed messages and invalid control headers with 400', async () => {
      const client = proxy.client();
      await rejects(() => client.chat.completions.create({ messages: [user('hi')] } as never), 400, 'model');
      await rejects(() => client.chat.completions.create({ model: 'gpt-4o-mini', messages: 'hi' } as never), 400, 'messages');
      await rejects(() => client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'wizard', content: 'hi' }] } as never), 400, 'messages[0].role');
      await rejects(() => client.chat.completions.create({ model: 'gpt-4o-mini', messages: [user('hi')] }, { headers: { 'x-cache-ttl': 'soon' } }), 400, 'X-Cache-TTL');
      await rejects(() => client.chat.completions.create({ model: 'gpt-4o-mini', messages: [user('hi')] }, { headers: { 'x-cache-threshold': '0.1' } }), 400, 'X-Cache-Threshold');
    });

    it('rejects a body that is not JSON with 400', async () => {
      const response = await fetch(`${proxy.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"model": "gpt-4o-mini", ' });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { message: expect.any(String), type: 'invalid_request_error', param: null, code: 'invalid_json' } });
      expect(upstream.calls.filter((call) => call.rawBody.toString().includes('"model": "gpt-4o-mini", '))).toHaveLength(0);
    });

    it('rejects a body over the size limit with 413', async () => {
      const client = proxy.client();
      await rejects(() => client.chat.completions.create({ model: 'gpt-4o-mini', messages: [user('x'.repeat(17 * 1024 * 1024))] }), 413, null);
    });
  });

  describe('upstream errors', () => {
    it('passes an upstream 500 through unchanged and never caches it', async () => {
      const client = proxy.client();
      const text = question();
      const body = { error: { message: 'the model is overloaded', type: 'server_error', param: null, code: 'overloaded' } };
      upstream.enqueue({ kind: 'error', status: 500, body });
      const error = await ask(client, { messages: [user(text)] }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OpenAI.InternalServerError);
      expect((error as InstanceType<typeof OpenAI.APIError>).error).toEqual(body.error);
      expect((await ask(client, { messages: [user(text)] })).status).toBe('MISS');
    });

    it('answers 502 in OpenAI shape, with the cache status, when the upstream cannot be reached', async () => {
      const unreachable = await startProxy({ baseUrl: 'http://127.0.0.1:9/v1' } as MockUpstream);
      try {
        const { response, error } = await unreachable
          .client()
          .chat.completions.create({ model: 'gpt-4o-mini', messages: [user(question())] })
          .withResponse()
          .then(
            (ok) => ({ response: ok.response, error: undefined }),
            (caught: InstanceType<typeof OpenAI.APIError>) => ({ response: undefined, error: caught }),
          );
        expect(response).toBeUndefined();
        expect(error!.status).toBe(502);
        expect(error!.error).toMatchObject({ type: 'upstream_error', code: 'upstream_unavailable' });
        expect(error!.headers?.get('x-cache-status')).toBe('MISS');
      } finally {
        await unreachable.stop();
      }
    });

    it('answers 502 when the upstream breaks off a JSON answer after its headers, and stores nothing', async () => {
      const text = question();
      upstream.enqueue({ kind: 'broken-json' });
      const error = await ask(proxy.client(), { messages: [user(text)] }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OpenAI.APIError);
      expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(502);
      expect((error as InstanceType<typeof OpenAI.APIError>).error).toMatchObject({ type: 'upstream_error' });
      expect((await ask(proxy.client(), { messages: [user(text)] })).status).toBe('MISS');
    });

    it('passes a 4xx through unchanged', async () => {
      upstream.enqueue({ kind: 'error', status: 429, body: { error: { message: 'slow down', type: 'rate_limit', param: null, code: null } } });
      const error = await ask(proxy.client(), { messages: [user(question())] }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    });
  });
});
