import { describe, expect, it } from 'vitest';
import { TenantSecret } from '../../../src/cache/tenant-secret.ts';
import { eventually } from '../../helpers/proxy.ts';

describe('TenantSecret', () => {
  it('knows a configured secret without asking the store', async () => {
    let asked = 0;
    const secret = new TenantSecret({ configured: 'configured', fetchShared: async () => `shared ${++asked}` });
    await secret.start();
    expect([secret.known, secret.value, asked]).toEqual([true, 'configured', 0]);
  });

  it('knows its random per-process secret when there is no shared store', async () => {
    const secret = new TenantSecret({});
    await secret.start();
    expect(secret.known).toBe(true);
    expect(secret.value).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is not known until the shared secret has been fetched, retrying in the background', async () => {
    let reachable = false;
    const secret = new TenantSecret({
      fetchShared: async () => {
        if (!reachable) throw new Error('store unreachable');
        return 'shared';
      },
    });
    await secret.start(10);
    expect(secret.known).toBe(false);
    expect(secret.value).not.toBe('shared');
    reachable = true;
    await eventually(() => secret.known, 2_000, 'the shared secret');
    expect(secret.value).toBe('shared');
    secret.stop();
  });

  it('re-asserts the secret it holds, so a store that lost the key gets the same one back', async () => {
    let stored: string | undefined = 'shared';
    const candidates: string[] = [];
    const secret = new TenantSecret({
      fetchShared: async (candidate) => {
        candidates.push(candidate);
        stored ??= candidate; // SET NX, then GET
        return stored;
      },
    });
    await secret.start(10, 10);
    expect(secret.value).toBe('shared');
    stored = undefined; // evicted, or Redis restarted without persistence
    await eventually(() => stored !== undefined, 2_000, 'the key to be restored');
    expect(stored).toBe('shared');
    expect(candidates.at(-1)).toBe('shared');
    secret.stop();
  });

  it('adopts the secret another instance stored first, so instances converge', async () => {
    let stored = 'first';
    const secret = new TenantSecret({ fetchShared: async () => stored });
    await secret.start(10, 10);
    expect(secret.value).toBe('first');
    stored = 'second';
    await eventually(() => secret.value === 'second', 2_000, 'the other secret');
    secret.stop();
  });
});
