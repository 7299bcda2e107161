import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiName } from '../../src/api/api-adapter.ts';
import { FailingStore } from '../integration/http/failing-store.ts';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';

/** How to speak one API over plain HTTP: the contract drives every adapter through the same pipeline behaviours. */
export interface ApiShape {
  api: ApiName;
  /** Path under the proxy's origin, e.g. `/v1/chat/completions` or `/claude/v1/messages`. */
  path: string;
  /** Routes the proxy needs for this API (e.g. one whose upstream speaks Anthropic). */
  routes(upstreamBaseUrl: string): Array<Record<string, unknown>>;
  credential: Record<string, string>;
  body(prompt: string, extra?: Record<string, unknown>): Record<string, unknown>;
  /** The answer's text from a JSON answer. */
  text(answer: any): string;
  /** The answer's text from the events of an SSE answer. */
  streamText(events: Array<{ event?: string; data: any }>): string;
  calls(upstream: MockUpstream): number;
}

/**
 * The behaviours of the cache pipeline (DESIGN.md §1), run against one API adapter: policy and bypass,
 * partition separation, exact and semantic tiers, streaming capture that stores only complete answers,
 * coalescing of identical concurrent misses, and store faults answered `ERROR`.
 */
export function apiAdapterContract(shape: ApiShape): void {
  describe(`cache pipeline behaviours through the ${shape.api} adapter`, () => {
    let upstream: MockUpstream;
    let proxy: RunningProxy;
    let failing: RunningProxy;

    beforeAll(async () => {
      upstream = await new MockUpstream().start();
      const config = { defaults: { threshold: { local: 0.9 } }, routes: shape.routes(upstream.baseUrl) };
      proxy = await startProxy(upstream, config);
      failing = await startProxy(upstream, config, { store: new FailingStore() });
    });
    afterAll(async () => {
      await proxy?.stop();
      await failing?.stop();
      await upstream?.stop();
    });

    let unique = 0;
    const question = (text = 'What is the capital of France?') => `${text} (${shape.api} ${++unique}${Math.random().toString(36).slice(2, 6)})`;

    async function send(prompt: string, options: { extra?: Record<string, unknown>; headers?: Record<string, string>; on?: RunningProxy } = {}) {
      const response = await fetch(`${(options.on ?? proxy).origin}${shape.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...shape.credential, ...options.headers },
        body: JSON.stringify(shape.body(prompt, options.extra)),
      });
      const status = response.headers.get('x-cache-status');
      const match = response.headers.get('x-cache-match');
      if (options.extra?.stream === true) {
        const events = parseSse(await response.text());
        return { http: response.status, status, match, text: shape.streamText(events), events };
      }
      const answer = await response.json();
      return { http: response.status, status, match, text: response.status === 200 ? shape.text(answer) : '', answer };
    }

    it('misses, then serves the identical request from the exact tier', async () => {
      const prompt = question();
      const before = shape.calls(upstream);
      const first = await send(prompt);
      const second = await send(prompt);
      expect([first.status, second.status, second.match]).toEqual(['MISS', 'HIT', 'exact']);
      expect(second.text).toBe(first.text);
      expect(shape.calls(upstream)).toBe(before + 1);
    });

    it('serves a paraphrase from the semantic tier', async () => {
      const first = await send(`How do I reset my password? ${shape.api}`);
      const second = await send(`How can I reset my password? ${shape.api}`);
      expect(first.status).toBe('MISS');
      expect([second.status, second.match]).toEqual(['HIT', 'semantic']);
      expect(second.text).toBe(first.text);
    });

    it('separates partitions: another model or namespace never sees the entry', async () => {
      const prompt = question();
      await send(prompt);
      expect((await send(prompt, { extra: { model: 'another-model' } })).status).toBe('MISS');
      expect((await send(prompt, { headers: { 'x-cache-namespace': 'other' } })).status).toBe('MISS');
      expect((await send(prompt)).status).toBe('HIT');
    });

    it('bypasses what the policy refuses and stores nothing for it', async () => {
      const prompt = question();
      const both = { 'cache-control': 'no-cache, no-store' };
      expect((await send(prompt, { headers: both })).status).toBe('BYPASS');
      expect((await send(prompt, { headers: { 'cache-control': 'no-store' } })).status).toBe('MISS');
      expect((await send(prompt)).status).toBe('MISS');
      expect((await send(prompt)).status).toBe('HIT');
    });

    it('stores a complete stream (served to JSON clients after) and never a broken one', async () => {
      const prompt = question('Write three sentences about the moon and its phases');
      const streamed = await send(prompt, { extra: { stream: true } });
      expect(streamed.status).toBe('MISS');
      expect(streamed.text.length).toBeGreaterThan(0);
      const json = await send(prompt);
      expect(json.status).toBe('HIT');
      expect(json.text).toBe(streamed.text);
      const replay = await send(prompt, { extra: { stream: true } });
      expect(replay.status).toBe('HIT');
      expect(replay.text).toBe(streamed.text);

      const broken = question('Write three sentences about the sun and its spots');
      upstream.enqueue({ kind: 'broken-stream', afterChunks: 2 });
      await send(broken, { extra: { stream: true } });
      expect((await send(broken)).status).toBe('MISS');
    });

    it('coalesces identical concurrent misses into one upstream call', async () => {
      const prompt = question();
      const before = shape.calls(upstream);
      upstream.hold();
      const pending = [send(prompt), send(prompt), send(prompt)];
      // Released only once the leader is upstream and both followers wait for it.
      await eventually(() => shape.calls(upstream) === before + 1 && proxy.semcache.coalescer.waiting === 2, 5_000, 'one leader and two followers');
      upstream.release();
      const answers = await Promise.all(pending);
      expect(answers.map((answer) => answer.status).sort()).toEqual(['HIT', 'HIT', 'MISS']);
      expect(answers.filter((answer) => answer.match === 'coalesced')).toHaveLength(2);
      expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
      expect(shape.calls(upstream)).toBe(before + 1);
    });

    it('answers ERROR from the upstream when the store fails, never a failed request', async () => {
      const answer = await send(question(), { on: failing });
      expect(answer.http).toBe(200);
      expect(answer.status).toBe('ERROR');
      expect(answer.text.length).toBeGreaterThan(0);
    });
  });
}

function parseSse(body: string): Array<{ event?: string; data: any }> {
  const events: Array<{ event?: string; data: any }> = [];
  for (const frame of body.split('\n\n')) {
    const event = /^event: (.*)$/m.exec(frame)?.[1];
    const data = frame.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
    if (data === '' || data === '[DONE]') continue;
    try {
      events.push({ event, data: JSON.parse(data) });
    } catch {
      events.push({ event, data });
    }
  }
  return events;
}
