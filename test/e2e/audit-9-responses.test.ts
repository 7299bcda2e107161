import { createOpenAI } from '@ai-sdk/openai';
import { streamText } from 'ai';
import OpenAI from 'openai';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, useProxy, type RunningProxy } from '../helpers/proxy.ts';

/** Audit 9: the Responses API through the openai SDK and the Vercel AI SDK. */

let unique = 0;
const question = (text: string) => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;

describe('coalesced followers of a store: true request', () => {
  let upstream: MockUpstream;
  let proxy: RunningProxy;
  useProxy((running) => ({ upstream, proxy } = running));

  async function concurrentPair(create: (client: OpenAI) => Promise<{ id: string; status: string | null; match: string | null }>, calls: () => number) {
    const client = proxy.client({ apiKey: 'sk-audit-9-coalesce' });
    const before = calls();
    upstream.hold();
    let leader: ReturnType<typeof create>;
    let follower: ReturnType<typeof create>;
    try {
      const waiting = proxy.semcache.coalescer.waiting;
      leader = create(client);
      await eventually(() => calls() > before, 5_000, 'the leader upstream');
      follower = create(client);
      await eventually(() => proxy.semcache.coalescer.waiting === waiting + 1, 5_000, 'the follower');
    } finally {
      upstream.release();
    }
    const [lead, follow] = await Promise.all([leader!, follower!]);
    expect(calls()).toBe(before + 1);
    expect(lead.status).toBe('MISS');
    expect([follow.status, follow.match]).toEqual(['HIT', 'coalesced']);
    return { lead, follow, client };
  }

  // DESIGN.md §6 "Ids: when a request had `store: true` (… the default in the Responses API), a HIT carries the
  // original upstream id of the cached answer (same tenant, so it exists upstream and `retrieve` /
  // `previous_response_id` keep working); otherwise ids are fresh." A coalesced follower is a HIT of the same
  // tenant whose leader stored the answer upstream. Regression: it got a fresh resp_ id (and `store: false`) that
  // the upstream never kept, so `responses.retrieve(id)` and `previous_response_id: id` 404ed, because
  // CachePipeline#followInflight built the follower's entry without the leader's `storedUpstream`.
  it('gives a follower the original resp_ id, which retrieve and previous_response_id accept', async () => {
    const input = question('Name three rivers in Africa');
    const { lead, follow, client } = await concurrentPair(async (one) => {
      const { data, response } = await one.responses.create({ model: 'gpt-4o-mini', input }).withResponse();
      return { id: data.id, status: response.headers.get('x-cache-status'), match: response.headers.get('x-cache-match') };
    }, () => upstream.responsesCalls.length);
    expect(follow.id).toBe(lead.id);
    await expect(client.responses.retrieve(follow.id)).resolves.toMatchObject({ id: lead.id });
    const next = await client.responses.create({ model: 'gpt-4o-mini', input: question('And the longest of them?'), previous_response_id: follow.id });
    expect(next.status).toBe('completed');
  });

  // Same contract for chat completions with `store: true` (README: "Ids: original when both this request and the
  // entry's own had store: true").
  it('gives a chat completions follower with store: true the original chatcmpl id', async () => {
    const content = question('Name three rivers in Asia');
    const { lead, follow } = await concurrentPair(async (one) => {
      const { data, response } = await one.chat.completions.create({ model: 'gpt-4o-mini', store: true, messages: [{ role: 'user', content }] }).withResponse();
      return { id: data.id, status: response.headers.get('x-cache-status'), match: response.headers.get('x-cache-match') };
    }, () => upstream.chatCalls.length);
    expect(follow.id).toBe(lead.id);
  });

  // `store` is outside the partition, so a follower may have asked for what its leader did not: the upstream kept
  // nothing under the leader's id. A store: true request continues from its ids, so it is not served an answer
  // whose ids it cannot use (audit 11): it makes its own call and gets an id the upstream kept for it.
  it("answers a store: true follower afresh when its leader's request did not have the upstream store the answer", async () => {
    const client = proxy.client({ apiKey: 'sk-audit-9-coalesce' });
    const content = question('Name three rivers in South America');
    const ask = async (store: true | undefined) => {
      const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', store, messages: [{ role: 'user', content }] }).withResponse();
      return { id: data.id, status: response.headers.get('x-cache-status') };
    };
    const before = upstream.chatCalls.length;
    upstream.hold();
    let leader: ReturnType<typeof ask>;
    let follower: ReturnType<typeof ask>;
    try {
      const waiting = proxy.semcache.coalescer.waiting;
      leader = ask(undefined);
      await eventually(() => upstream.chatCalls.length > before, 5_000, 'the leader upstream');
      follower = ask(true);
      await eventually(() => proxy.semcache.coalescer.waiting === waiting + 1, 5_000, 'the follower');
    } finally {
      upstream.release();
    }
    const [lead, follow] = await Promise.all([leader!, follower!]);
    expect([lead.status, follow.status]).toEqual(['MISS', 'MISS']);
    expect(upstream.chatCalls.length).toBe(before + 2);
    expect(follow.id).not.toBe(lead.id);
    // The follower's own answer is the entry now: the next store: true request is served it, with its id.
    await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'the write');
    expect(await ask(true)).toEqual({ id: follow.id, status: 'HIT' });
  });

  it('still gives a follower a fresh id when the request had store: false', async () => {
    const input = question('Name three rivers in Europe');
    const { lead, follow } = await concurrentPair(async (one) => {
      const { data, response } = await one.responses.create({ model: 'gpt-4o-mini', input, store: false }).withResponse();
      return { id: data.id, status: response.headers.get('x-cache-status'), match: response.headers.get('x-cache-match') };
    }, () => upstream.responsesCalls.length);
    expect(follow.id).not.toBe(lead.id);
    expect(follow.id).toMatch(/^resp_/);
  });
});

/**
 * An upstream that answers the Responses API with token logprobs (`include: ["message.output_text.logprobs"]`),
 * as OpenAI does: one logprob per delta event, and all of them on the final output_text part.
 */
const LOGPROBS = [
  { token: 'Paris', logprob: -0.01, bytes: [80, 97, 114, 105, 115], top_logprobs: [] },
  { token: ' is', logprob: -0.02, bytes: [32, 105, 115], top_logprobs: [] },
  { token: ' the', logprob: -0.03, bytes: [32, 116, 104, 101], top_logprobs: [] },
  { token: ' capital', logprob: -0.04, bytes: [32, 99, 97, 112, 105, 116, 97, 108], top_logprobs: [] },
];
const LOGPROBS_TEXT = LOGPROBS.map((one) => one.token).join('');

function answerWithLogprobs(response: ServerResponse, stream: boolean, call: number): void {
  const part = { type: 'output_text', text: LOGPROBS_TEXT, annotations: [], logprobs: LOGPROBS };
  const item = { type: 'message', id: `msg_lp${call}`, status: 'completed', role: 'assistant', content: [part] };
  const final = { id: `resp_lp${call}`, object: 'response', created_at: 1_700_000_000, status: 'completed', error: null, incomplete_details: null, instructions: null, model: 'gpt-4o-mini', output: [item], store: true, usage: { input_tokens: 9, input_tokens_details: { cached_tokens: 0 }, output_tokens: 4, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 13 }, metadata: {}, user: null };
  if (!stream) {
    response.writeHead(200, { 'content-type': 'application/json' });
    return void response.end(JSON.stringify(final));
  }
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  let sequence = 0;
  const send = (type: string, fields: Record<string, unknown>) => response.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...fields })}\n\n`);
  const at = { item_id: item.id, output_index: 0, content_index: 0 };
  send('response.created', { response: { ...final, status: 'in_progress', output: [], usage: null } });
  send('response.in_progress', { response: { ...final, status: 'in_progress', output: [], usage: null } });
  send('response.output_item.added', { output_index: 0, item: { ...item, status: 'in_progress', content: [] } });
  send('response.content_part.added', { ...at, part: { ...part, text: '', logprobs: [] } });
  for (const logprob of LOGPROBS) send('response.output_text.delta', { ...at, delta: logprob.token, logprobs: [logprob] });
  send('response.output_text.done', { ...at, text: LOGPROBS_TEXT, logprobs: LOGPROBS });
  send('response.content_part.done', { ...at, part });
  send('response.output_item.done', { output_index: 0, item });
  send('response.completed', { response: final });
  response.end();
}

describe('token logprobs on a streamed Responses hit', () => {
  let server: Server;
  let proxy: RunningProxy;
  let calls = 0;
  beforeAll(async () => {
    server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      answerWithLogprobs(response, body.stream === true, ++calls);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = await startProxy({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` } as MockUpstream);
  });
  afterAll(async () => {
    await proxy?.stop();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  // README "Drop-in": "the official SDKs and the Vercel AI SDK working on a hit exactly as on a miss"; README
  // (Responses, Streaming): "a hit replays the full event sequence … so `streamText` behave[s] as on a miss".
  // The stored response keeps every token's logprob. Regression: the replay sent `logprobs: []` on every
  // `response.output_text.delta` and on `response.output_text.done`, so the Vercel AI SDK (which collects them
  // from the deltas) reported the miss's logprobs and none on the hit (`[[]]`). Chat completions replay them
  // (issue #11); responses-replay.ts now does the same.
  it('streamText with logprobs gives the same token logprobs on the HIT as on the MISS', async () => {
    const openai = createOpenAI({ apiKey: 'sk-audit-9-logprobs', baseURL: proxy.baseURL });
    const prompt = question('What is the capital of France?');
    const options = { model: openai('gpt-4o-mini'), prompt, maxRetries: 0, providerOptions: { openai: { logprobs: true } } };
    const miss = streamText(options);
    const missText = await miss.text;
    const missLogprobs = (await miss.providerMetadata)?.openai?.logprobs as unknown[][] | undefined;
    expect((await miss.response).headers?.['x-cache-status']).toBe('MISS');
    expect(missLogprobs?.flat().map((one) => (one as { token: string }).token)).toEqual(LOGPROBS.map((one) => one.token));

    const hit = streamText(options);
    expect(await hit.text).toBe(missText);
    expect((await hit.response).headers?.['x-cache-status']).toBe('HIT');
    expect(((await hit.providerMetadata)?.openai?.logprobs as unknown[][] | undefined)?.flat()).toEqual(missLogprobs?.flat());
  });

  it('replays output_text.done with the logprobs of the stored part to an openai SDK stream', async () => {
    const client = new OpenAI({ apiKey: 'sk-audit-9-logprobs', baseURL: proxy.baseURL, maxRetries: 0 });
    const input = question('What is the capital of France?');
    const params = { model: 'gpt-4o-mini', input, include: ['message.output_text.logprobs' as const], top_logprobs: 0 };
    const json = await client.responses.create(params).withResponse();
    expect(json.response.headers.get('x-cache-status')).toBe('MISS');
    await eventually(async () => (await client.responses.create(params).withResponse()).response.headers.get('x-cache-status') === 'HIT', 5_000, 'the entry');
    const stream = client.responses.stream(params);
    const done: unknown[] = [];
    const deltas: unknown[] = [];
    stream.on('response.output_text.done', (event) => done.push(...(event.logprobs ?? [])));
    stream.on('response.output_text.delta', (event) => deltas.push(...(event.logprobs ?? [])));
    const final = await stream.finalResponse();
    expect((final.output[0] as any).content[0].logprobs).toEqual(LOGPROBS);
    expect(done).toEqual(LOGPROBS);
    expect(deltas).toEqual(LOGPROBS);
  });
});
