/**
 * A client that leaves in the middle of a streamed MISS is normal traffic: it is counted
 * (`semcache_client_aborts_total{stage="stream"}`) and logged at info, the upstream read is cancelled and nothing
 * is stored.
 */
import { describe, expect, it } from 'vitest';
import { LogCapture } from '../../helpers/log-capture.ts';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { eventually, useProxy, type RunningProxy } from '../../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
const logs = new LogCapture();
useProxy((running) => ({ upstream, proxy } = running), {}, { logDestination: logs });

const metricsText = async () => (await fetch(`${proxy.origin}/metrics`)).text();
const streamBody = (content: string) => JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content }] });

describe('a client that leaves mid-stream', () => {
  it('is counted as a client abort with stage "stream", logged at info, and nothing is stored', async () => {
    expect(await metricsText()).not.toMatch(/^semcache_client_aborts_total\{stage="stream"\} [1-9]/m);
    const prompt = `leave mid-stream ${Date.now()}`;
    const controller = new AbortController();
    const response = await fetch(`${proxy.origin}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-stream-abort', 'x-mock-behaviour': JSON.stringify({ kind: 'hang', afterChunks: 2 }) },
      body: streamBody(prompt),
      signal: controller.signal,
    });
    expect(response.headers.get('x-cache-status')).toBe('MISS');
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    controller.abort();
    await reader.cancel().catch(() => {});

    await eventually(async () => /^semcache_client_aborts_total\{stage="stream"\} 1$/m.test(await metricsText()), 5_000, 'the mid-stream abort to be counted');
    const line = logs.lines.find((entry) => entry.msg === 'client closed the connection before its response' && entry.stage === 'stream');
    expect(line?.level).toBe('info');
    expect(logs.lines.filter((entry) => entry.level === 'error')).toEqual([]);
    const again = await fetch(`${proxy.origin}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-stream-abort' }, body: streamBody(prompt) });
    expect(again.headers.get('x-cache-status')).toBe('MISS');
    await again.text();
  });

  it.each([['MISS', {}], ['BYPASS', { 'cache-control': 'no-cache, no-store' }]] as const)(
    'leaving while a %s JSON answer\'s body is awaited counts as a client abort, not an upstream failure',
    async (_status, controls) => {
      const counted = async () => Number(/^semcache_client_aborts_total\{stage="upstream"\} (\d+)$/m.exec(await metricsText())?.[1] ?? 0);
      const before = await counted();
      const calls = upstream.chatCalls.length;
      const controller = new AbortController();
      const answer = fetch(`${proxy.origin}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sk-json-abort', 'x-mock-behaviour': JSON.stringify({ kind: 'hang', afterHeaders: true }), ...controls },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `leave while the body hangs ${Date.now()}` }] }),
        signal: controller.signal,
      });
      answer.catch(() => {});
      await eventually(() => upstream.chatCalls.length > calls, 5_000, 'the upstream call');
      controller.abort();
      await eventually(async () => (await counted()) === before + 1, 5_000, 'the abort to be counted');
      expect(logs.lines.filter((entry) => entry.level === 'error' || entry.level === 'warn')).toEqual([]);
    },
  );
});

