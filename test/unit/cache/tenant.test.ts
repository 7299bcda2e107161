import { describe, expect, it } from 'vitest';
import { SHARED_TENANT, tenantOf } from '../../../src/cache/tenant.ts';

const settings = { share: false, trustTenantHeader: false, tenantHeader: undefined };
const headers = (values: Record<string, string>) => ({ header: (name: string) => values[name.toLowerCase()], headers: values });

describe('tenantOf', () => {
  it('hashes the bearer token with the secret, never returning the key', () => {
    const tenant = tenantOf(headers({ authorization: 'Bearer sk-abc' }), settings, 'secret');
    expect(tenant).toMatch(/^[0-9a-f]{32}$/);
    expect(tenant).not.toContain('sk-abc');
    expect(tenantOf(headers({ authorization: 'Bearer sk-abc' }), settings, 'other secret')).not.toBe(tenant);
    expect(tenantOf(headers({ authorization: 'Bearer sk-xyz' }), settings, 'secret')).not.toBe(tenant);
  });

  it("tells Azure's api-key callers apart too", () => {
    const a = tenantOf(headers({ 'api-key': 'key-a' }), settings, 'secret');
    const b = tenantOf(headers({ 'api-key': 'key-b' }), settings, 'secret');
    expect(a).not.toBe(b);
  });

  it('gives requests without any credential one anonymous tenant, and an empty bearer counts as none', () => {
    expect(tenantOf(headers({}), settings, 'secret')).toBe(tenantOf(headers({ authorization: 'Bearer' }), settings, 'secret'));
    expect(tenantOf(headers({ authorization: 'Bearer', 'api-key': 'k' }), settings, 'secret')).toBe(tenantOf(headers({ 'api-key': 'k' }), settings, 'secret'));
    expect(tenantOf(headers({ 'x-api-key': 'k' }), settings, 'secret')).not.toBe(tenantOf(headers({ 'api-key': 'k' }), settings, 'secret'));
  });

  it('shares one tenant on a shared route and trusts a header only when told to', () => {
    expect(tenantOf(headers({ authorization: 'Bearer sk-abc' }), { ...settings, share: true }, 'secret')).toBe(SHARED_TENANT);
    const trusted = { ...settings, trustTenantHeader: true, tenantHeader: 'X-Tenant' };
    const viaHeader = tenantOf(headers({ authorization: 'Bearer sk-abc', 'x-tenant': 'team-a' }), trusted, 'secret');
    expect(viaHeader).toBe(tenantOf(headers({ authorization: 'Bearer sk-other', 'x-tenant': 'team-a' }), trusted, 'secret'));
    expect(tenantOf(headers({ authorization: 'Bearer sk-abc', 'x-tenant': 'team-a' }), { ...settings, tenantHeader: 'X-Tenant' }, 'secret')).not.toBe(viaHeader);
  });
});
