import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abruptRequest as sendAbrupt, type AbruptKind, type CutAt } from '../helpers/abrupt-client.ts';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually } from '../helpers/proxy.ts';
import { startSemcacheProcess, type SemcacheProcess } from '../helpers/semcache-process.ts';

/**
 * Issue #11, finding 1: clients that close their sockets at any point (load balancers, closed tabs, timed-out
 * SDKs) killed the process with an uncaught `ERR_INVALID_STATE` after ~120k requests. Bounded in request count;
 * no timing assertions. Runs the real entry point so its last-resort handler is in place, and asserts that
 * handler never fired: the fix is at the source, not hidden by it.
 */

let upstream: MockUpstream;
let proxy: SemcacheProcess;
beforeAll(async () => {
  upstream = await new MockUpstream({ chunkDelayMs: 1 }).start();
  proxy = await startSemcacheProcess({ UPSTREAM_BASE_URL: upstream.baseUrl });
});
afterAll(async () => {
  proxy?.child.kill('SIGKILL');
  await upstream?.stop();
});

const LONG_ANSWER = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');

const abruptRequest = (options: Parameters<typeof sendAbrupt>[1]) => sendAbrupt(proxy.port, options);

describe('clients that hang up at any point', () => {
  it('never crash the process, abort their upstream calls, and leave nothing partial in the cache', async () => {
    const hitPrompt = 'Which ocean is the largest?';
    const primed = await abruptRequest({ prompt: hitPrompt, kind: 'miss', stream: false, cutAt: 'never' });
    expect(primed.cacheStatus).toBe('MISS');
    await eventually(async () => (await abruptRequest({ prompt: hitPrompt, kind: 'hit', stream: false, cutAt: 'never' })).cacheStatus === 'HIT', 5_000, 'the primed entry');

    const cuts: CutAt[] = ['before-answer', 'after-headers', 'mid-body', 'random'];
    const cutStreams: string[] = [];
    let abandonedJson = 0;
    let request = 0;
    for (let burst = 0; burst < 8; burst++) {
      const inFlight: Array<ReturnType<typeof abruptRequest>> = [];
      for (let slot = 0; slot < 48; slot++) {
        request++;
        const kind: AbruptKind = (['bypass', 'miss', 'hit'] as const)[slot % 3]!;
        const stream = slot % 2 === 0;
        const cutAt = cuts[(slot >> 1) % cuts.length]!;
        const prompt = kind === 'hit' ? hitPrompt : `abrupt ${kind} ${request} ${Date.now()}`;
        // A long answer gives mid-body cuts something to cut; some misses never finish upstream, so whatever
        // is stored for them could only be partial.
        let behaviour: object = { kind: 'ok', content: LONG_ANSWER };
        if (kind === 'miss' && stream && cutAt === 'mid-body') {
          behaviour = { kind: 'hang', afterChunks: 3 };
          cutStreams.push(prompt);
        }
        if (kind !== 'hit' && !stream && cutAt === 'before-answer') {
          behaviour = { kind: 'hang' };
          abandonedJson++;
        }
        inFlight.push(abruptRequest({ prompt, kind, stream, cutAt, behaviour }));
      }
      await Promise.all(inFlight);
    }

    // Alive, answering, and nothing escaped to the last-resort handler.
    expect(proxy.child.exitCode).toBeNull();
    const health = await fetch(`http://127.0.0.1:${proxy.port}/healthz`);
    expect(health.status).toBe(200);
    const metrics = await proxy.metrics();
    expect(metrics.get('semcache_uncaught_errors_total{kind="uncaughtException"}')).toBe(0);
    expect(metrics.get('semcache_uncaught_errors_total{kind="unhandledRejection"}')).toBe(0);
    expect(proxy.output()).not.toMatch(/uncaught|unexpected error/i);

    // Every JSON request whose client left before the upstream answered had its upstream call aborted.
    // (Some left before the proxy had read their request: those never reached the upstream.)
    const heldJson = upstream.chatCalls.filter((call) => call.headers['x-mock-behaviour'] === '{"kind":"hang"}').length;
    expect(heldJson).toBeGreaterThan(0);
    expect(heldJson).toBeLessThanOrEqual(abandonedJson);
    await eventually(() => upstream.abandonedAnswers >= heldJson, 10_000, `${heldJson} upstream calls to be aborted (saw ${upstream.abandonedAnswers})`);
    // ...and the proxy counted them as clients that left, not as upstream failures.
    const counted = (await proxy.metrics()).get('semcache_client_aborts_total{stage="upstream"}') ?? 0;
    expect(counted).toBeGreaterThanOrEqual(heldJson);
    // A stream cut mid-way was not stored: the same prompt again is a miss.
    for (const prompt of cutStreams.slice(0, 6)) {
      const again = await abruptRequest({ prompt, kind: 'miss', stream: false, cutAt: 'never' });
      expect(again.cacheStatus, prompt).toBe('MISS');
    }
    // And the cache still works for a fresh prompt.
    const fresh = `after the storm ${Date.now()}`;
    expect((await abruptRequest({ prompt: fresh, kind: 'miss', stream: true, cutAt: 'never' })).cacheStatus).toBe('MISS');
    await eventually(async () => (await abruptRequest({ prompt: fresh, kind: 'hit', stream: true, cutAt: 'never' })).cacheStatus === 'HIT', 5_000, 'the fresh entry');
  }, 60_000);
});
