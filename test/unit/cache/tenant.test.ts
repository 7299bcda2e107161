import { describe, expect, it } from 'vitest';
import { SHARED_TENANT, tenantOf, tenantsOfApiKey } from '../../../src/cache/tenant.ts';

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

describe('tenantsOfApiKey', () => {
  it("gives the tenant of a request carrying the key in each form, with the organization and project it was sent with", () => {
    const scoped = { 'openai-organization': 'org-1', 'openai-project': 'proj_1' };
    const requests: Record<string, Parameters<typeof tenantOf>[0]> = {
      authorization: headers({ authorization: 'Bearer sk-k', ...scoped, 'user-agent': 'OpenAI/JS' }),
      'api-key': headers({ 'api-key': 'sk-k', ...scoped }),
      'x-api-key': headers({ 'x-api-key': 'sk-k', ...scoped, 'anthropic-version': '2023-06-01' }),
      '?key': { ...headers(scoped), search: '?alt=sse&key=sk-k' },
    };
    const tenants = new Map(tenantsOfApiKey('sk-k', { organization: 'org-1', project: 'proj_1' }, 'secret').map(({ credential, tenant }) => [credential, tenant]));
    for (const [credential, request] of Object.entries(requests)) expect({ credential, tenant: tenants.get(credential) }).toEqual({ credential, tenant: tenantOf(request, settings, 'secret') });
    expect(new Set(tenants.values()).size).toBe(tenants.size);
    expect(tenantsOfApiKey('sk-k', {}, 'secret').find(({ credential }) => credential === 'authorization')!.tenant).toBe(tenantOf(headers({ authorization: 'Bearer sk-k' }), settings, 'secret'));
  });
});
