/**
 * A MISS's JSON answer was read whole into memory before it was relayed, however large (a streamed one stops
 * assembling at 64 MiB): an upstream, or anything in front of it, that answers with gigabytes took the proxy with
 * it. `server.maxAnswerBytes` now bounds what a MISS reads to store, JSON and SSE alike; a larger answer is relayed
 * whole to the client, as it arrives, and never stored.
 */
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../../helpers/proxy.ts';

const LIMIT = 4_096;
let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), { server: { maxAnswerBytes: LIMIT } });

/** A client whose requests the mock answers with `content` (queued per request: too long for a header). */
const answering = (content: string) =>
  new OpenAI({
    apiKey: 'sk-size',
    baseURL: proxy.baseURL,
    maxRetries: 0,
    fetch: (url, init) => {
      upstream.enqueue({ kind: 'ok', content });
      return fetch(url, init);
    },
  });
const LONG = 'The whole of a long answer. '.repeat(1_000);
/** Arrives in many reads: what was read before the limit must reach the client ahead of the rest, in order. */
const HUGE = Array.from({ length: 100_000 }, (_, index) => `Part ${index} of a huge answer.`).join(' ');

describe('an answer larger than server.maxAnswerBytes', () => {
  it('is relayed whole as JSON and not stored', async () => {
    const client = answering(HUGE);
    const prompt = `Tell me everything about lighthouses ${Date.now()}`;
    const first = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] }).withResponse();
    expect(first.data.choices[0]!.message.content).toBe(HUGE);
    expect(first.response.headers.get('x-cache-status')).toBe('MISS');
    const again = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] }).withResponse();
    expect(again.response.headers.get('x-cache-status')).toBe('MISS');
    expect(upstream.chatCalls.filter((call) => JSON.stringify(call.body).includes(prompt))).toHaveLength(2);
  });

  it('is relayed whole on a BYPASS too (read whole before, to report a cut body as a 502)', async () => {
    const client = answering(HUGE);
    const { data, response } = await client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Bypass with a huge answer ${Date.now()}` }] }, { headers: { 'cache-control': 'no-cache, no-store' } })
      .withResponse();
    expect(response.headers.get('x-cache-status')).toBe('BYPASS');
    expect(data.choices[0]!.message.content).toBe(HUGE);
  });

  it('is relayed whole as SSE and not stored', async () => {
    const client = answering(LONG);
    const prompt = `Tell me everything about harbours ${Date.now()}`;
    const read = async () => {
      const { data: stream, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: prompt }] }).withResponse();
      let text = '';
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
      return { text, status: response.headers.get('x-cache-status') };
    };
    expect(await read()).toEqual({ text: LONG, status: 'MISS' });
    expect((await read()).status).toBe('MISS');
  });

  it('leaves an answer under the limit stored', async () => {
    const client = answering('A short answer.');
    const prompt = `Tell me one thing about canals ${Date.now()}`;
    await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] });
    const plain = new OpenAI({ apiKey: 'sk-size', baseURL: proxy.baseURL, maxRetries: 0 });
    const again = await plain.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] }).withResponse();
    expect(again.response.headers.get('x-cache-status')).toBe('HIT');
    expect(again.data.choices[0]!.message.content).toBe('A short answer.');
  });
});
