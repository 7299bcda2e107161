import OpenAI from 'openai';
import { zodTextFormat } from 'openai/helpers/zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), { routes: [{ name: 'support', match: { pathPrefix: '/support' } }] });

let unique = 0;
const question = (text = 'What is the capital of France?') => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;

async function create(client: OpenAI, params: OpenAI.Responses.ResponseCreateParamsNonStreaming, headers?: Record<string, string>) {
  const { data, response } = await client.responses.create(params, { headers }).withResponse();
  return { data, headers: response.headers, status: response.headers.get('x-cache-status') };
}

describe('the Responses API through the openai SDK', () => {
  it('misses, then serves the identical request from the cache with the original id (store defaults to true) and its usage', async () => {
    const client = proxy.client();
    const input = question();
    const calls = upstream.responsesCalls.length;
    const first = await create(client, { model: 'gpt-4o-mini', input });
    const second = await create(client, { model: 'gpt-4o-mini', input });
    expect(first.status).toBe('MISS');
    expect(second.status).toBe('HIT');
    expect(second.headers.get('x-cache-match')).toBe('exact');
    expect(second.data.output_text).toBe(first.data.output_text);
    expect(second.data.id).toBe(first.data.id);
    expect(second.data.usage).toEqual(first.data.usage);
    expect(second.data.usage!.input_tokens).toBeGreaterThan(0);
    expect(upstream.responsesCalls).toHaveLength(calls + 1);
    // The id exists upstream: retrieve works on it.
    expect((await client.responses.retrieve(second.data.id)).id).toBe(first.data.id);
  });

  it('gives a fresh id on a hit when the request had store: false', async () => {
    const client = proxy.client();
    const input = question();
    const first = await create(client, { model: 'gpt-4o-mini', input, store: false });
    const second = await create(client, { model: 'gpt-4o-mini', input, store: false });
    expect(second.status).toBe('HIT');
    expect(second.data.id).toMatch(/^resp_/);
    expect(second.data.id).not.toBe(first.data.id);
    expect(second.data.output_text).toBe(first.data.output_text);
  });

  // Served, its fresh id would 404 on retrieve and previous_response_id (audit 11: the AI SDK's next turn failed).
  it('answers a store: true request afresh when the entry\'s own request had store: false (the upstream never kept it)', async () => {
    const client = proxy.client();
    const input = question();
    const first = await create(client, { model: 'gpt-4o-mini', input, store: false });
    await expect(client.responses.retrieve(first.data.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    const second = await create(client, { model: 'gpt-4o-mini', input });
    expect(second.status).toBe('MISS');
    expect((await client.responses.retrieve(second.data.id)).id).toBe(second.data.id);
    const third = await create(client, { model: 'gpt-4o-mini', input });
    expect([third.status, third.data.id]).toEqual(['HIT', second.data.id]);
  });

  // Review of session 11: the lookup returned the nearest verified entry and the pipeline refused it afterwards, so
  // a usable entry behind an unusable one was never tried. Now the lookup passes such an entry over.
  it('serves a store: true request the nearest entry it can use, passing over a nearer one it cannot', async () => {
    const client = proxy.client();
    const topic = `account ${Math.random().toString(36).slice(2, 8)}`;
    const unusable = await create(client, { model: 'gpt-4o-mini', input: `How do I reset my password for ${topic}?`, store: false });
    const usable = await create(client, { model: 'gpt-4o-mini', input: `How can I reset my password for ${topic}?` });
    expect([unusable.status, usable.status]).toEqual(['MISS', 'MISS']);
    const asked = `Please, how do I reset my password for ${topic}?`;
    const unstored = await create(client, { model: 'gpt-4o-mini', input: asked, store: false });
    expect(unstored.status).toBe('HIT');
    expect(unstored.data.output_text).toBe(unusable.data.output_text);
    const kept = await create(client, { model: 'gpt-4o-mini', input: asked });
    expect([kept.status, kept.headers.get('x-cache-match')]).toEqual(['HIT', 'semantic']);
    expect(kept.data.id).toBe(usable.data.id);
  });

  it('chains previous_response_id on the id a hit returned', async () => {
    const client = proxy.client();
    const input = question();
    await create(client, { model: 'gpt-4o-mini', input });
    const hit = await create(client, { model: 'gpt-4o-mini', input });
    expect(hit.status).toBe('HIT');
    const next = await create(client, { model: 'gpt-4o-mini', input: 'And its population?', previous_response_id: hit.data.id });
    expect(next.status).toBe('MISS');
    expect(next.data.output_text).toContain('And its population?');
    // An id the upstream never issued is the upstream's 404, passed through and typed by the SDK.
    await expect(create(client, { model: 'gpt-4o-mini', input: 'x', previous_response_id: 'resp_unknown' })).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('streams a miss, then replays the hit as a valid event stream that responses.stream() and finalResponse() read', async () => {
    const client = proxy.client();
    const input = question('Tell me a short story about a lighthouse keeper and the sea');
    const miss = client.responses.stream({ model: 'gpt-4o-mini', input });
    let missText = '';
    for await (const event of miss) if (event.type === 'response.output_text.delta') missText += event.delta;
    const missFinal = await miss.finalResponse();

    const { data: raw, response } = await client.responses.create({ model: 'gpt-4o-mini', input, stream: true }).withResponse();
    expect(response.headers.get('x-cache-status')).toBe('HIT');
    const types: string[] = [];
    const sequence: number[] = [];
    let hitText = '';
    for await (const event of raw) {
      types.push(event.type);
      sequence.push(event.sequence_number);
      if (event.type === 'response.output_text.delta') hitText += event.delta;
    }
    expect(hitText).toBe(missText);
    expect(types[0]).toBe('response.created');
    expect(types).toContain('response.output_item.added');
    expect(types).toContain('response.content_part.added');
    expect(types).toContain('response.output_text.done');
    expect(types.at(-1)).toBe('response.completed');
    expect(sequence).toEqual(sequence.map((_, index) => index));

    const helper = client.responses.stream({ model: 'gpt-4o-mini', input });
    const hitFinal = await helper.finalResponse();
    expect(hitFinal.output_text).toBe(missFinal.output_text);
    expect(hitFinal.usage).toEqual(missFinal.usage);
  });

  it('serves an answer stored from a stream to a JSON client and one stored from JSON to a streaming client', async () => {
    const client = proxy.client();
    const streamedFirst = question();
    const stream = client.responses.stream({ model: 'gpt-4o-mini', input: streamedFirst });
    const fromStream = await stream.finalResponse();
    const json = await create(client, { model: 'gpt-4o-mini', input: streamedFirst });
    expect(json.status).toBe('HIT');
    expect(json.data.output_text).toBe(fromStream.output_text);

    const jsonFirst = question();
    const fromJson = await create(client, { model: 'gpt-4o-mini', input: jsonFirst });
    const replay = await client.responses.stream({ model: 'gpt-4o-mini', input: jsonFirst }).finalResponse();
    expect(replay.output_text).toBe(fromJson.data.output_text);
  });

  it('parses structured output with a zod schema, from the upstream and from the cache', async () => {
    const client = proxy.client();
    const City = z.object({ city: z.string(), country: z.string() });
    const input = question('Which city is the capital of France? Answer as JSON.');
    upstream.enqueue({ kind: 'ok', content: '{"city":"Paris","country":"France"}' });
    const params = { model: 'gpt-4o-mini', input, text: { format: zodTextFormat(City, 'city') } };
    const first = await client.responses.parse(params).withResponse();
    const second = await client.responses.parse(params).withResponse();
    expect(first.response.headers.get('x-cache-status')).toBe('MISS');
    expect(second.response.headers.get('x-cache-status')).toBe('HIT');
    expect(second.data.output_parsed).toEqual({ city: 'Paris', country: 'France' });
    // The format is in the partition: the same input without it is another question.
    const plain = await create(client, { model: 'gpt-4o-mini', input });
    expect(plain.status).toBe('MISS');
  });

  it('keeps instructions, tools and text settings in the partition, and never serves a chat completion entry', async () => {
    const client = proxy.client();
    const input = question();
    expect((await create(client, { model: 'gpt-4o-mini', input, instructions: 'Be terse.' })).status).toBe('MISS');
    expect((await create(client, { model: 'gpt-4o-mini', input, instructions: 'Be verbose.' })).status).toBe('MISS');
    expect((await create(client, { model: 'gpt-4o-mini', input, instructions: 'Be terse.' })).status).toBe('HIT');
    expect((await create(client, { model: 'gpt-4o-mini', input: [{ role: 'user', content: [{ type: 'input_text', text: input }] }], instructions: 'Be terse.' })).status).toBe('HIT');
    expect((await create(client, { model: 'gpt-4o-mini', input, instructions: 'Be terse.', text: { verbosity: 'low' } })).status).toBe('MISS');

    const chatQuestion = question();
    await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: chatQuestion }] });
    expect((await create(client, { model: 'gpt-4o-mini', input: chatQuestion })).status).toBe('MISS');
  });

  it('bypasses requests in a server-side conversation, whose content changes while its id stays', async () => {
    const client = proxy.client();
    const input = question('What is my name?');
    const first = await create(client, { model: 'gpt-4o-mini', input, conversation: 'conv_mock_1' });
    await create(client, { model: 'gpt-4o-mini', input: 'My name is Bob.', conversation: 'conv_mock_1' });
    const again = await create(client, { model: 'gpt-4o-mini', input, conversation: 'conv_mock_1' });
    expect([first.status, again.status]).toEqual(['BYPASS', 'BYPASS']);
    expect(again.data.id).not.toBe(first.data.id);
    expect(first.headers.get('x-cache-key')).toBeNull();
  });

  it('bypasses requests with an image generation tool (non-text output, as chat bypasses image modalities)', async () => {
    const imaging = await create(proxy.client(), { model: 'gpt-4o-mini', input: question('Draw a lighthouse'), tools: [{ type: 'image_generation' }] });
    expect(imaging.status).toBe('BYPASS');
  });

  // A hostile SDK tester, session 35: a hit's `text` was rebuilt from its request alone, dropping the verbosity the
  // upstream filled in ({ format, verbosity: "medium" } on the miss, { format } on the hit).
  it('repeats the text settings the upstream filled in, under the format and settings of its own request', async () => {
    for (const text of [undefined, { verbosity: 'low' as const }, { format: { type: 'json_object' as const } }]) {
      const params = { model: 'gpt-5-mini', input: `${question()} Answer in JSON.`, ...(text === undefined ? {} : { text }) };
      const miss = await create(proxy.client(), params);
      expect(miss.status).toBe('MISS');
      expect(miss.data.text).toEqual({ format: text?.format ?? { type: 'text' }, verbosity: text?.verbosity ?? 'medium' });
      const hit = await create(proxy.client(), params);
      expect(hit.status).toBe('HIT');
      expect(hit.data.text).toEqual(miss.data.text);
      const streamed = await proxy.client().responses.stream(params).finalResponse();
      expect(streamed.text).toEqual(miss.data.text);
    }
  });

  it("stores no request's instructions or identifiers with an answer, and gives each hit its own", async () => {
    const input = question();
    const first = await create(proxy.client(), {
      model: 'gpt-4o-mini',
      input,
      instructions: 'SECRET-SYSTEM-PROMPT-42',
      user: 'alice@corp-a.example',
      metadata: { customer: 'corp-a' },
      safety_identifier: 'alice-hash',
      prompt_cache_key: 'alice-cache',
    });
    expect(first.status).toBe('MISS');
    expect(first.data.instructions).toBe('SECRET-SYSTEM-PROMPT-42'); // the upstream's own answer, relayed as it came
    const entry = await proxy.semcache.store.get(first.headers.get('x-cache-key')!);
    const stored = JSON.stringify(entry?.completion);
    expect(stored).toContain('"output"');
    for (const secret of ['SECRET-SYSTEM-PROMPT-42', 'alice@corp-a.example', 'corp-a', 'alice-hash', 'alice-cache']) expect(stored).not.toContain(secret);

    // Same partition (instructions are in it), another requester's identifiers (outside it).
    const params = { model: 'gpt-4o-mini', input, instructions: 'SECRET-SYSTEM-PROMPT-42', user: 'bob', metadata: { session: 'S2' } };
    const hit = await create(proxy.client(), params);
    expect(hit.status).toBe('HIT');
    expect(hit.data).toMatchObject({ instructions: 'SECRET-SYSTEM-PROMPT-42', user: 'bob', metadata: { session: 'S2' }, safety_identifier: null, prompt_cache_key: null });
    const streamed = await proxy.client().responses.stream(params).finalResponse();
    expect(streamed).toMatchObject({ instructions: 'SECRET-SYSTEM-PROMPT-42', user: 'bob', metadata: { session: 'S2' } });
    expect(streamed.output_text).toBe(first.data.output_text);
  });

  it('bypasses background requests and does not store incomplete answers unless the route allows it', async () => {
    const client = proxy.client();
    const background = await create(client, { model: 'gpt-4o-mini', input: question(), background: true });
    expect(background.status).toBe('BYPASS');

    const input = question();
    upstream.enqueue({ kind: 'ok', finishReason: 'length' });
    const truncated = await create(client, { model: 'gpt-4o-mini', input, max_output_tokens: 16 });
    expect(truncated.data.status).toBe('incomplete');
    expect((await create(client, { model: 'gpt-4o-mini', input, max_output_tokens: 16 })).status).toBe('MISS');
  });

  it('passes upstream errors through typed and unchanged, never cached, and answers bad input with a 400 in OpenAI shape', async () => {
    const client = proxy.client();
    const input = question();
    upstream.enqueue({ kind: 'error', status: 429 });
    await expect(create(client, { model: 'gpt-4o-mini', input })).rejects.toBeInstanceOf(OpenAI.RateLimitError);
    expect((await create(client, { model: 'gpt-4o-mini', input })).status).toBe('MISS');

    const calls = upstream.responsesCalls.length;
    const bad = await fetch(`${proxy.baseURL}/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'gpt-4o-mini', input: 42 }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { param: 'input', type: 'invalid_request_error' } });
    expect(upstream.responsesCalls).toHaveLength(calls);
  });

  it('never stores a stream that broke or ended without response.completed', async () => {
    const client = proxy.client();
    const input = question('Write three sentences about the moon and its phases please');
    upstream.enqueue({ kind: 'no-done' });
    const events = [];
    for await (const event of await client.responses.create({ model: 'gpt-4o-mini', input, stream: true })) events.push(event.type);
    expect(events).not.toContain('response.completed');
    upstream.enqueue({ kind: 'broken-stream', afterChunks: 2 });
    await expect(async () => {
      for await (const _event of await client.responses.create({ model: 'gpt-4o-mini', input, stream: true })) void _event;
    }).rejects.toThrow();
    expect((await create(client, { model: 'gpt-4o-mini', input })).status).toBe('MISS');
  });
});
