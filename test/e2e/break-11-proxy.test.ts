import { request } from 'node:http';
import type { ServerResponse } from 'node:http';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { ScriptedUpstream, sendJson, type ScriptedCall } from '../helpers/scripted-upstream.ts';

/**
 * Break session 11 against e47e550..HEAD: the DELETE pass-through's onAnswerDeleted, the stream_options resend and
 * its memo (#refusesAddedField, refusesAddedField's regexes on the upstream's error body).
 */

let n = 0;
function responseObject(model: string): Record<string, unknown> {
  n++;
  return {
    id: `resp_b11_${n}`, object: 'response', created_at: 1_700_000_000, status: 'completed', model,
    output: [{ id: `msg_b11_${n}`, type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: `Answer ${n}`, annotations: [] }] }],
    usage: { input_tokens: 5, output_tokens: 3, total_tokens: 8 },
  };
}

function chatAnswer(call: ScriptedCall, response: ServerResponse, number: number): void {
  const body = call.body ?? {};
  const id = `chatcmpl-b11-${number}`;
  const usage = { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 };
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  const chunk = (delta: object, finish: string | null = null) => ({ id, object: 'chat.completion.chunk', created: 1_700_000_000, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] });
  response.write(`data: ${JSON.stringify(chunk({ role: 'assistant', content: `Answer ${number}` }))}\n\n`);
  response.write(`data: ${JSON.stringify(chunk({}, 'stop'))}\n\n`);
  if (body.stream_options?.include_usage === true) response.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 1_700_000_000, model: body.model, choices: [], usage })}\n\n`);
  response.write('data: [DONE]\n\n');
  response.end();
}

async function streamChat(client: OpenAI, model: string, content: string): Promise<string | null> {
  const { data, response } = await client.chat.completions.create({ model, messages: [{ role: 'user', content }], stream: true }).withResponse();
  for await (const _chunk of data);
  return response.headers.get('x-cache-status');
}

describe('a DELETE of a kept answer the client abandons after the upstream got it', () => {
  let upstream: ScriptedUpstream;
  let proxy: RunningProxy;
  let releaseDelete: (() => void) | undefined;
  let deleteClosed = false;
  beforeAll(async () => {
    upstream = await new ScriptedUpstream(async (call, response) => {
      if (call.method === 'DELETE') {
        response.on('close', () => (deleteClosed = true));
        // The upstream deletes the answer now; its reply is slow (a busy API, a long way back).
        await new Promise<void>((resolve) => (releaseDelete = resolve));
        if (!response.destroyed) sendJson(response, 200, { id: call.path.split('/').at(-1), object: 'response', deleted: true });
        return;
      }
      sendJson(response, 200, responseObject(call.body.model));
    }).start();
    proxy = await startProxy(upstream.asMock());
  });
  afterAll(async () => {
    releaseDelete?.();
    await proxy?.stop();
    await upstream?.stop();
  });

  it('no longer serves the deleted answer under its original id (the upstream deleted it; the client only left early)', async () => {
    const client = proxy.client({ apiKey: 'sk-b11-delete' });
    const ask = () => client.responses.create({ model: 'gpt-4o-mini', input: 'Explain the b11 abort case', store: true }).withResponse();
    const first = await ask();
    expect(first.response.headers.get('x-cache-status')).toBe('MISS');
    await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'the entry written');
    const hit = await ask();
    expect(hit.response.headers.get('x-cache-status')).toBe('HIT');
    expect(hit.data.id).toBe(first.data.id); // original ids: the store: true client continues from it

    // The client's DELETE reaches the upstream, which deletes the answer; the client then closes its socket.
    const port = Number(new URL(proxy.origin).port);
    const client2 = request({ host: '127.0.0.1', port, path: `/v1/responses/${first.data.id}`, method: 'DELETE', headers: { authorization: 'Bearer sk-b11-delete' }, agent: false });
    client2.on('error', () => undefined);
    client2.end();
    await eventually(() => upstream.calls.some((call) => call.method === 'DELETE'), 5_000, 'the DELETE upstream');
    client2.destroy();
    await eventually(() => deleteClosed, 5_000, 'the proxy to drop the upstream DELETE');
    releaseDelete!();

    // The upstream no longer knows first.data.id: serving it again makes this client's next turn a 404.
    const after = await ask();
    expect(after.response.headers.get('x-cache-status')).not.toBe('HIT');
  });
});

describe('a DELETE through the proxy, answered', () => {
  let upstream: ScriptedUpstream;
  let proxy: RunningProxy;
  beforeAll(async () => {
    upstream = await new ScriptedUpstream((call, response) => {
      if (call.method === 'DELETE') return sendJson(response, 200, { id: call.path.split('/').at(-1), object: 'response', deleted: true });
      sendJson(response, 200, responseObject(call.body.model));
    }).start();
    proxy = await startProxy(upstream.asMock(), { routes: [{ name: 'shared', match: { pathPrefix: '/shared' }, share: true }] });
  });
  afterAll(async () => {
    await proxy?.stop();
    await upstream?.stop();
  });

  it('forgets the deleting key\'s entry only, on a share route, and a DELETE with a query string or odd ids stays a pass-through', async () => {
    const a = proxy.client({ apiKey: 'sk-b11-a', route: 'shared' });
    const b = proxy.client({ apiKey: 'sk-b11-b', route: 'shared' });
    const ask = (client: OpenAI) => client.responses.create({ model: 'gpt-4o-mini', input: 'Shared b11 question', store: true }).withResponse();
    const fromA = await ask(a);
    const fromB = await ask(b);
    expect([fromA.response.headers.get('x-cache-status'), fromB.response.headers.get('x-cache-status')]).toEqual(['MISS', 'MISS']);
    await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'entries written');
    // B deletes A's id (not B's to delete): A's entry stays.
    const wrongKey = await fetch(`${proxy.origin}/shared/v1/responses/${fromA.data.id}?api-version=x`, { method: 'DELETE', headers: { authorization: 'Bearer sk-b11-b' } });
    expect(wrongKey.status).toBe(200);
    const againA = await ask(a);
    expect(againA.response.headers.get('x-cache-status')).toBe('HIT');
    expect(againA.data.id).toBe(fromA.data.id);
    // A deletes its own.
    await fetch(`${proxy.origin}/shared/v1/responses/${fromA.data.id}`, { method: 'DELETE', headers: { authorization: 'Bearer sk-b11-a' } });
    const afterA = await ask(a);
    expect(afterA.response.headers.get('x-cache-status')).not.toBe('HIT');
    const stillB = await ask(b);
    expect(stillB.data.id).toBe(fromB.data.id);
    for (const id of ['%00', 'x'.repeat(8_000), '%E2%82%AC%F0%9F%98%80', '..', '%2E%2E', 'a%2Fb', '%ZZ', '%25']) {
      const answer = await fetch(`${proxy.origin}/v1/responses/${id}`, { method: 'DELETE', headers: { authorization: 'Bearer sk-b11-odd' } });
      expect([200, 400, 404, 414, 431]).toContain(answer.status);
    }
  });
});

describe('the stream_options memo, on an OpenAI-compatible gateway (one upstream, several backends)', () => {
  let upstream: ScriptedUpstream;
  let proxy: RunningProxy;
  beforeAll(async () => {
    upstream = await new ScriptedUpstream((call, response, number) => {
      // Only the legacy model's backend refuses the field (LiteLLM, OpenRouter, a vLLM behind a router).
      if (call.body.model === 'legacy-model' && call.body.stream_options !== undefined) {
        return sendJson(response, 400, { error: { message: 'Unrecognized request argument supplied: stream_options', type: 'invalid_request_error', param: null, code: null } });
      }
      chatAnswer(call, response, number);
    }).start();
    proxy = await startProxy(upstream.asMock());
  });
  afterAll(async () => {
    await proxy?.stop();
    await upstream?.stop();
  });

  it('still caches the streamed misses of the models whose backend takes stream_options once one tenant used a model that refuses it', async () => {
    const hostile = proxy.client({ apiKey: 'sk-b11-hostile' });
    expect(await streamChat(hostile, 'legacy-model', 'anything')).toBe('MISS');
    const victim = proxy.client({ apiKey: 'sk-b11-victim' });
    expect(await streamChat(victim, 'gpt-4o-mini', 'What is b11 caching?')).toBe('MISS');
    await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'the write');
    // Correct: the upstream gave usage for gpt-4o-mini, so the answer was storable and is served.
    expect(await streamChat(victim, 'gpt-4o-mini', 'What is b11 caching?')).toBe('HIT');
  });
});

describe('a streamed miss answered with a huge 400 (an upstream error body that quotes a large input)', () => {
  let upstream: ScriptedUpstream;
  let proxy: RunningProxy;
  let message = 'extra '.repeat(2_500_000); // 15 MB, no "stream_options" in it
  beforeAll(async () => {
    upstream = await new ScriptedUpstream((_call, response) => sendJson(response, 400, { error: { message, type: 'invalid_request_error', param: null, code: null } })).start();
    proxy = await startProxy(upstream.asMock());
  });
  afterAll(async () => {
    await proxy?.stop();
    await upstream?.stop();
  });

  // Relayed byte for byte in one call. (How long the proxy spent on it is a benchmark's question, not a test's: a
  // refusal is read only up to 64 KB, so a larger 400 is never parsed or scanned.)
  const huge400 = async () => {
    const before = upstream.calls.length;
    const answer = await fetch(`${proxy.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-b11-huge' },
      body: JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { error: { message: string } }).error.message).toBe(message);
    expect(upstream.calls.length - before).toBe(1);
  };

  it('relays a 15 MB 400 of words no refusal pattern starts on unchanged, in one call', async () => {
    const saved = message;
    message = 'xxxxx '.repeat(2_500_000);
    try {
      await huge400();
    } finally {
      message = saved;
    }
  });

  it('relays a 15 MB 400 of words that start refusal patterns unchanged, in one call', async () => {
    await huge400();
  });
});
