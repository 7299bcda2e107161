/**
 * Redis faults at store level (issue 4, item 6), against a real redis-server process the test kills, restarts and
 * pauses: GuardedStore(RedisStore) never hangs, fails fast (within 10× the time budget, DESIGN §9), opens its
 * breaker after repeated failures and closes it again once Redis is back. The proxy-level versions of these tests
 * (X-Cache-Status: ERROR, answers from the upstream) build on exactly these pieces.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GuardedStore, StoreUnavailableError } from '../../../src/store/guarded-store.ts';
import type { RedisStore } from '../../../src/store/redis/redis-store.ts';
import { StoreTimeoutError } from '../../../src/store/time-budget.ts';
import {
  connectAdmin,
  deleteKeyspace,
  planRedis,
  startRedis,
  type RedisServer,
} from '../../helpers/redis-harness.ts';
import { eventually, makeEntry, newStore, recordingLogger, succeeds, timed } from './redis-fixtures.ts';

const BUDGETS = { lookupMs: 50, writeMs: 200, adminMs: 2_000 };
const FAIL_FAST_MS = 10 * BUDGETS.lookupMs;
const FAILURE_THRESHOLD = 5;
/** DESIGN §4: caching resumes within about 10 s of Redis returning; allow some slack for a loaded CI box. */
const RECOVERY_BOUND_MS = 15_000;

const plan = await planRedis({ processControl: true });
if (plan.kind === 'unavailable') console.warn(`[redis-faults] skipping: ${plan.reason}`);

describe.skipIf(plan.kind === 'unavailable')('Redis store faults', () => {
  let server: RedisServer;
  let store: RedisStore;
  let prefix: string;
  let guarded: GuardedStore;
  let logger: ReturnType<typeof recordingLogger>;

  beforeAll(async () => {
    server = await startRedis({ processControl: true });
  });

  afterAll(async () => {
    await server?.stop();
  });

  beforeEach(async () => {
    if (server.pid === undefined) await server.restart();
    logger = recordingLogger();
    ({ store, prefix } = newStore(server.url, { budgets: BUDGETS, logger }));
    guarded = new GuardedStore(store, {
      budgets: BUDGETS,
      breaker: { failureThreshold: FAILURE_THRESHOLD, cooldownMs: 1_000 },
    });
  });

  afterEach(async () => {
    await guarded.close();
    if (server.pid === undefined) return;
    const admin = await connectAdmin(server.url);
    try {
      await deleteKeyspace(admin, prefix);
    } finally {
      admin.destroy();
    }
  });

  /** Calls `get` until the breaker opens, checking each call fails fast and none resolves. */
  async function failUntilOpen(): Promise<void> {
    for (let i = 0; i < FAILURE_THRESHOLD; i++) {
      const outcome = await timed(() => guarded.get('any'));
      expect(outcome.error).toBeDefined();
      expect(outcome.ms).toBeLessThan(FAIL_FAST_MS);
    }
    expect(guarded.breaker.state).toBe('open');
    const fastFail = await timed(() => guarded.get('any'));
    expect(fastFail.error).toBeInstanceOf(StoreUnavailableError);
  }

  it('starts while Redis is down, fails fast, and recovers when Redis comes up', async () => {
    await server.kill();
    await store.start(); // resolves although Redis is unreachable
    expect(store.reachable).toBe(false);
    expect(store.semantic).toBe(false);
    await failUntilOpen();

    await server.restart();
    const recoveredAfterMs = await eventually(() => succeeds(() => guarded.get('any')), 'the breaker to close', RECOVERY_BOUND_MS, 50);
    console.info(`[redis-faults] recovered ${Math.round(recoveredAfterMs)} ms after redis-server accepted connections (start-up case)`);
    expect(guarded.breaker.state).toBe('closed');
    expect(store.reachable).toBe(true);
    const entry = makeEntry();
    await guarded.put(entry, 60_000);
    expect((await guarded.get(entry.id))?.text).toBe(entry.text);
  });

  it('survives Redis being killed mid-traffic: fails fast, opens the breaker, closes it after a restart', async () => {
    await store.start();
    const entry = makeEntry();
    await guarded.put(entry, 60_000);
    expect(await guarded.get(entry.id)).toBeDefined();

    await server.kill();
    await failUntilOpen();
    const write = await timed(() => guarded.put(makeEntry(), 60_000));
    expect(write.error).toBeInstanceOf(StoreUnavailableError);
    expect(logger.lines.filter((line) => /unreachable/.test(line.message))).toHaveLength(1); // rate-limited

    await server.restart();
    const recoveredAfterMs = await eventually(() => succeeds(() => guarded.get('any')), 'the breaker to close', RECOVERY_BOUND_MS, 50);
    console.info(`[redis-faults] recovered ${Math.round(recoveredAfterMs)} ms after redis-server accepted connections (kill case)`);
    expect(guarded.breaker.state).toBe('closed');
    // The restarted server has no persistence: the entry is gone, and that is a miss, not an error.
    expect(await guarded.get(entry.id)).toBeUndefined();
    // Capabilities are detected again on reconnect, but a missing Query Engine is still warned about only once.
    expect(logger.lines.filter((line) => /semantic tier disabled/.test(line.message))).toHaveLength(1);
  });

  it.each([
    ['CLIENT PAUSE', ['CLIENT', 'PAUSE', '1000', 'ALL']],
    ['DEBUG SLEEP', ['DEBUG', 'SLEEP', '1']],
  ])('times out within the budget while Redis is stalled by %s, then works again', async (_, stall) => {
    await store.start();
    const entry = makeEntry();
    await guarded.put(entry, 60_000);
    const admin = await connectAdmin(server.url);
    try {
      // Not awaited: DEBUG SLEEP answers only after the sleep; CLIENT PAUSE answers at once.
      const stalled = admin.sendCommand(stall).catch(() => undefined);
      if (stall[0] === 'CLIENT') await stalled;

      const read = await timed(() => guarded.get(entry.id));
      expect(read.error).toBeInstanceOf(StoreTimeoutError);
      expect(read.ms).toBeLessThan(FAIL_FAST_MS);
      const write = await timed(() => guarded.put(makeEntry(), 60_000));
      expect(write.error).toBeInstanceOf(StoreTimeoutError);
      expect(write.ms).toBeLessThan(10 * BUDGETS.writeMs);
      expect(store.reachable).toBe(false); // connected, but not answering

      await stalled;
      await eventually(() => succeeds(() => guarded.get(entry.id)), 'Redis to answer again', RECOVERY_BOUND_MS, 50);
      expect((await guarded.get(entry.id))?.id).toBe(entry.id);
      expect(store.reachable).toBe(true);
    } finally {
      admin.destroy();
    }
  });

  it('closes promptly while Redis is down', async () => {
    await store.start();
    await server.kill();
    const closing = await timed(() => guarded.close());
    expect(closing.error).toBeUndefined();
    expect(store.reachable).toBe(false);
  });
});
