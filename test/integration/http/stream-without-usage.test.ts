import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { useProxy, type RunningProxy } from '../../helpers/proxy.ts';

let proxy: RunningProxy;
useProxy((running) => ({ proxy } = running));

/**
 * A hostile tester (session 30): an OpenAI-compatible upstream that ignores `stream_options.include_usage` (no usage
 * chunk, a normal `[DONE]`) had its answer stored without usage: a later JSON hit had no `usage` at all (the SDK's
 * `completion.usage` undefined, where a MISS always carries it) and a streamed hit asking for usage never got its
 * usage chunk. Such a stream is relayed and not stored.
 */
describe('a stream whose upstream ignored the usage the proxy asked for', () => {
  const ignoring = () =>
    new OpenAI({ apiKey: 'sk-usage', baseURL: proxy.baseURL, maxRetries: 0, defaultHeaders: { 'x-mock-behaviour': JSON.stringify({ kind: 'ok', content: 'Usage-less answer.', ignoreUsage: true }) } });

  it.each([
    ['the client did not ask for usage', undefined],
    ['the client asked for usage itself', { include_usage: true }],
  ])('is relayed, and not stored (%s)', async (_name, streamOptions) => {
    const prompt = `Which upstreams ignore stream options? ${Date.now()} ${Math.random()}`;
    const { data: stream, response } = await ignoring()
      .chat.completions.create({ model: 'gpt-4o-mini', stream: true, ...(streamOptions ? { stream_options: streamOptions } : {}), messages: [{ role: 'user', content: prompt }] })
      .withResponse();
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect({ text, status: response.headers.get('x-cache-status') }).toEqual({ text: 'Usage-less answer.', status: 'MISS' });
    const plain = new OpenAI({ apiKey: 'sk-usage', baseURL: proxy.baseURL, maxRetries: 0 });
    const again = await plain.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] }).withResponse();
    expect(again.response.headers.get('x-cache-status')).toBe('MISS');
    expect(again.data.usage?.total_tokens).toBeGreaterThan(0);
  });
});
