/**
 * The shared tenant secret on a real Redis (DESIGN §6) as TenantSecret uses it: created once, and restored unchanged
 * by an instance that holds it when the key is lost (evicted under allkeys-lru, or a restart without persistence).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantSecret } from '../../../src/cache/tenant-secret.ts';
import { connectAdmin, deleteKeyspace, planRedis, startRedis, type AdminClient, type RedisServer } from '../../helpers/redis-harness.ts';
import { eventually, newStore } from './redis-fixtures.ts';

const plan = await planRedis();
if (plan.kind === 'unavailable') console.warn(`[redis-tenant-secret] skipping: ${plan.reason}`);

describe.skipIf(plan.kind === 'unavailable')('the shared tenant secret in Redis', () => {
  let server: RedisServer;
  let admin: AdminClient;

  beforeAll(async () => {
    server = await startRedis();
    admin = await connectAdmin(server.url);
  });

  afterAll(async () => {
    admin?.destroy();
    await server?.stop();
  });

  it('is restored unchanged by an instance holding it after the key was lost', async () => {
    const { store, prefix } = newStore(server.url);
    const other = newStore(server.url, { basePrefix: prefix }).store;
    await Promise.all([store.start(), other.start()]);
    const secret = new TenantSecret({ fetchShared: (candidate) => store.getOrCreateTenantSecret(candidate) });
    try {
      await secret.start(20, 20);
      expect(secret.known).toBe(true);
      const held = secret.value;
      expect(await admin.get(store.keys.tenantSecret)).toBe(held);

      await admin.del(store.keys.tenantSecret);
      await eventually(async () => (await admin.get(store.keys.tenantSecret)) !== null, 'the secret to be re-asserted');
      expect(await admin.get(store.keys.tenantSecret)).toBe(held);
      // Another instance starting now gets the same secret, so it finds the entries written before the loss.
      expect(await other.getOrCreateTenantSecret()).toBe(held);
    } finally {
      secret.stop();
      await Promise.all([store.close(), other.close()]);
      await deleteKeyspace(admin, prefix);
    }
  });
});
