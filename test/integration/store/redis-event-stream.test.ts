/**
 * RedisEventStream against a real Redis: appends land in order, `MAXLEN ~` keeps the stream near its cap, and a
 * stalled Redis never makes it buffer beyond maxInFlight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisEventStream } from '../../../src/store/redis/redis-event-stream.ts';
import { eventually } from '../../helpers/proxy.ts';
import { connectAdmin, deleteKeyspace, planRedis, randomKeyPrefix, startRedis, type AdminClient, type RedisServer } from '../../helpers/redis-harness.ts';

const plan = await planRedis();
if (plan.kind === 'unavailable') console.warn(`[redis-event-stream] skipping: ${plan.reason}`);

describe.skipIf(plan.kind === 'unavailable')('RedisEventStream', () => {
  let server: RedisServer;
  let admin: AdminClient;
  const prefix = randomKeyPrefix('event-stream');

  beforeAll(async () => {
    server = await startRedis();
    admin = await connectAdmin(server.url);
  });
  afterAll(async () => {
    if (admin) {
      await deleteKeyspace(admin, prefix);
      admin.destroy();
    }
    await server?.stop();
  });

  it('appends events in order, as field/value entries', async () => {
    const stream = `${prefix}:ordered`;
    const events = new RedisEventStream({ send: (args) => admin.sendCommand(args), stream, maxLen: 100 });
    for (let i = 0; i < 20; i++) events.append(['type', 'hit', 'n', String(i)]);
    await eventually(() => events.inFlight === 0, 5_000, 'appends answered');
    const entries = await admin.sendCommand<Array<[string, string[]]>>(['XRANGE', stream, '-', '+']);
    expect(entries.map(([, fields]) => fields)).toEqual(Array.from({ length: 20 }, (_, i) => ['type', 'hit', 'n', String(i)]));
  });

  it('keeps the stream near maxLen (Redis trims whole nodes with ~)', async () => {
    const stream = `${prefix}:trimmed`;
    const events = new RedisEventStream({ send: (args) => admin.sendCommand(args), stream, maxLen: 10 });
    for (let i = 0; i < 1_000; i++) events.append(['type', 'miss', 'n', String(i)]);
    await eventually(() => events.inFlight === 0, 5_000, 'appends answered');
    const length = await admin.xLen(stream);
    expect(length).toBeGreaterThanOrEqual(10);
    expect(length).toBeLessThanOrEqual(10 + 100);
  });

  it('drops and reports events beyond maxInFlight while Redis does not answer, and reports failed appends', async () => {
    const errors: unknown[] = [];
    const never = new RedisEventStream({ send: () => new Promise(() => {}), stream: `${prefix}:stalled`, maxLen: 10, maxInFlight: 5, onError: (error) => errors.push(error) });
    for (let i = 0; i < 8; i++) never.append(['type', 'hit']);
    expect(never.inFlight).toBe(5);
    expect(errors).toHaveLength(3);

    const failing = new RedisEventStream({ send: () => Promise.reject(new Error('offline')), stream: `${prefix}:failing`, maxLen: 10, onError: (error) => errors.push(error) });
    failing.append(['type', 'hit']);
    await eventually(() => failing.inFlight === 0, 1_000, 'failed append settled');
    expect(errors).toHaveLength(4);

    const closed = new RedisEventStream({ send: () => Promise.resolve(), stream: `${prefix}:closed`, maxLen: 10, available: () => false, onError: (error) => errors.push(error) });
    closed.append(['type', 'hit']);
    expect(errors).toHaveLength(5);
  });
});
