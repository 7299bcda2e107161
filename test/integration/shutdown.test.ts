/**
 * Issue #11, finding 8: a non-streaming upstream call had no abort signal, so a slow answer kept the process
 * alive past its shutdown grace, and its store then failed with "The client is closed". Ordering and outcomes
 * are asserted, not durations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogCapture } from '../helpers/log-capture.ts';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { startProxy } from '../helpers/proxy.ts';

let upstream: MockUpstream;
beforeAll(async () => {
  upstream = await new MockUpstream().start();
});
afterAll(async () => {
  await upstream?.stop();
});

describe('shutdown', () => {
  it('aborts upstream calls still running at the end of the grace, says how many, and gives their clients a clean error', async () => {
    const logs = new LogCapture();
    const proxy = await startProxy(upstream, { logLevel: 'info', server: { shutdownGrace: '300ms' } }, { logDestination: logs });
    const ask = (stream: boolean, behaviour: object) =>
      fetch(`${proxy.baseURL}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sk-shutdown', 'x-mock-behaviour': JSON.stringify(behaviour) },
        body: JSON.stringify({ model: 'gpt-4o-mini', stream, messages: [{ role: 'user', content: `slow ${stream} ${Date.now()}` }] }),
      });
    const callsBefore = upstream.chatCalls.length;
    const abandonedBefore = upstream.abandonedAnswers;
    // A JSON answer that would never come, and a stream that stops after its first chunk.
    const json = ask(false, { kind: 'hang' });
    const stream = ask(true, { kind: 'hang', afterChunks: 1 });
    await upstream.waitForChatCalls(callsBefore + 2);
    const streamResponse = await stream;
    expect(streamResponse.status).toBe(200);
    const streamText = streamResponse.text();

    let shutdownDone = false;
    const shutdown = proxy.semcache.shutdown().then(() => (shutdownDone = true));
    const jsonResponse = await json;
    expect(jsonResponse.status).toBe(503);
    expect(await jsonResponse.json()).toMatchObject({ error: { code: 'shutting_down', type: 'upstream_error' } });
    expect(await streamText).toMatch(/"code":"upstream_stream_failed"/);
    await shutdown;
    expect(shutdownDone).toBe(true);

    // The upstream saw its JSON call abandoned before it answered (the abort reached it).
    expect(upstream.abandonedAnswers).toBe(abandonedBefore + 1);
    expect(logs.lines.some((line) => line.aborted === 2 && /aborted 2 upstream call/.test(line.msg))).toBe(true);
    // No store ran against a closed store, and nothing else went wrong on the way out.
    expect(logs.lines.filter((line) => line.level === 'error')).toEqual([]);
    const metrics = await proxy.semcache.observability.metrics.scrape();
    expect(metrics).toMatch(/^semcache_shutdown_aborted_total 2$/m);
  });
});
