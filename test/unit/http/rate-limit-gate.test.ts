import { describe, expect, it } from 'vitest';
import { buildConfig } from '../../../src/config/load-config.ts';
import type { Route } from '../../../src/config/config.ts';
import { RateLimitGate } from '../../../src/http/rate-limit-gate.ts';
import { ProxyError } from '../../../src/http/proxy-error.ts';
import { MemoryRateLimiter } from '../../../src/rate-limit/memory-rate-limiter.ts';
import type { RateLimiter } from '../../../src/rate-limit/rate-limiter.ts';

function route(settings: Record<string, unknown>): Route {
  return buildConfig({ defaults: settings }, {}).routes.at(-1)!;
}

const secret = { value: 'test-secret' };
const as = (apiKey: string, extra: Record<string, string> = {}) => {
  const headers: Record<string, string> = { authorization: `Bearer ${apiKey}`, ...extra };
  return { header: (name: string) => headers[name.toLowerCase()], headers };
};

async function refusal(promise: Promise<unknown>): Promise<ProxyError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProxyError);
  return error as ProxyError;
}

describe('RateLimitGate', () => {
  it('refuses over the limit with OpenAI\'s 429 shape and Retry-After headers', async () => {
    const gate = new RateLimitGate({ limiter: new MemoryRateLimiter({ now: () => 0 }), tenantSecret: secret });
    const limited = route({ rateLimit: { requests: 2, window: '1m' } });
    expect(await gate.admit(limited, as('sk-a'), 'before-upstream')).toBe(true);
    expect(await gate.admit(limited, as('sk-a'), 'before-upstream')).toBe(true);
    const error = await refusal(gate.admit(limited, as('sk-a'), 'before-upstream'));
    const response = error.getResponse();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('90'); // next window (60 s), then half of it for 2 → 1
    expect(response.headers.get('retry-after-ms')).toBe('90000');
    expect(response.headers.get('x-ratelimit-limit-requests')).toBe('2');
    expect(await response.json()).toEqual({
      error: {
        message: 'Rate limit reached on route "default": 2 requests per 1m. Please try again in 90s.',
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      },
    });
  });

  it('counts per tenant: another API key has its own allowance, also on a share: true route', async () => {
    const gate = new RateLimitGate({ limiter: new MemoryRateLimiter(), tenantSecret: secret });
    const shared = route({ share: true, rateLimit: { requests: 1, window: '1h' } });
    await gate.admit(shared, as('sk-a'), 'before-upstream');
    await refusal(gate.admit(shared, as('sk-a'), 'before-upstream'));
    expect(await gate.admit(shared, as('sk-b'), 'before-upstream')).toBe(true);
  });

  it('counts by the credentials the upstream authenticates: a changing credential-named header buys no allowance', async () => {
    const gate = new RateLimitGate({ limiter: new MemoryRateLimiter({ now: () => 0 }), tenantSecret: secret });
    const limited = route({ rateLimit: { requests: 1, window: '1m' } });
    await gate.admit(limited, as('sk-a', { 'x-foo-token': 'one' }), 'before-upstream');
    await refusal(gate.admit(limited, as('sk-a', { 'x-foo-token': 'two' }), 'before-upstream'));
  });

  // A hostile review (session 47): a random Cookie, x-goog-api-key or ?key= beside a real key bought a fresh allowance each time.
  it('counts a request against each of its credentials: a rotating one the upstream ignores buys no allowance', async () => {
    const gate = new RateLimitGate({ limiter: new MemoryRateLimiter({ now: () => 0 }), tenantSecret: secret });
    const limited = route({ rateLimit: { requests: 1, window: '1m' } });
    expect(await gate.admit(limited, as('sk-a', { cookie: 'session=one' }), 'before-upstream')).toBe(true);
    await refusal(gate.admit(limited, as('sk-a', { cookie: 'session=two' }), 'before-upstream'));
    await refusal(gate.admit(limited, as('sk-a', { 'x-goog-api-key': 'three' }), 'before-upstream'));
    await refusal(gate.admit(limited, { ...as('sk-a'), search: '?key=four' }, 'before-upstream'));
    expect(await gate.admit(limited, as('sk-b', { cookie: 'session=one-more' }), 'before-upstream')).toBe(true);
  });

  // A second review (session 47): counting every credential on its own let one user spend a whole organisation's allowance.
  it('never joins two keys\' allowances through what they share and is no key: an organisation, a cookie', async () => {
    const gate = new RateLimitGate({ limiter: new MemoryRateLimiter({ now: () => 0 }), tenantSecret: secret });
    const limited = route({ rateLimit: { requests: 1, window: '1m' } });
    expect(await gate.admit(limited, as('sk-alice', { 'openai-organization': 'org-acme', cookie: 'team=1' }), 'before-upstream')).toBe(true);
    expect(await gate.admit(limited, as('sk-bob', { 'openai-organization': 'org-acme', cookie: 'team=1' }), 'before-upstream')).toBe(true);
    await refusal(gate.admit(limited, as('sk-alice', { 'openai-organization': 'org-other' }), 'before-upstream'));
  });

  // A third review (session 47): with a gateway's key alone, a rotating cookie bought a fresh allowance each time.
  it('counts a gateway\'s key where the request has no API key of its own', async () => {
    const gate = new RateLimitGate({ limiter: new MemoryRateLimiter({ now: () => 0 }), tenantSecret: secret });
    const limited = route({ rateLimit: { requests: 1, window: '1m' } });
    const gatewayOnly = (cookie: string) => {
      const headers: Record<string, string> = { 'x-litellm-api-key': 'sk-litellm-1', cookie };
      return { header: (name: string) => headers[name.toLowerCase()], headers };
    };
    expect(await gate.admit(limited, gatewayOnly('a=1'), 'before-upstream')).toBe(true);
    await refusal(gate.admit(limited, gatewayOnly('a=2'), 'before-upstream'));
  });

  it('counts per trusted tenant header when the route takes one', async () => {
    const gate = new RateLimitGate({ limiter: new MemoryRateLimiter(), tenantSecret: secret });
    const gateway = route({ tenantHeader: 'X-Tenant', trustTenantHeader: true, rateLimit: { requests: 1, window: '1h' } });
    await gate.admit(gateway, as('sk-a', { 'x-tenant': 'acme' }), 'before-upstream');
    await refusal(gate.admit(gateway, as('sk-b', { 'x-tenant': 'acme' }), 'before-upstream'));
    expect(await gate.admit(gateway, as('sk-a', { 'x-tenant': 'globex' }), 'before-upstream')).toBe(true);
  });

  it('counts before the lookup only on routes whose hits count', async () => {
    const gate = new RateLimitGate({ limiter: new MemoryRateLimiter(), tenantSecret: secret });
    expect(await gate.admit(route({ rateLimit: { requests: 1, window: '1h' } }), as('sk-a'), 'before-lookup')).toBe(false);
    expect(await gate.admit(route({ rateLimit: { requests: 1, window: '1h', countHits: true } }), as('sk-a'), 'before-lookup')).toBe(true);
    expect(await gate.admit(route({}), as('sk-a'), 'before-upstream')).toBe(false);
  });

  it('lets the request through and reports a fault when the limiter fails', async () => {
    const faults: unknown[] = [];
    const broken: RateLimiter = { consume: () => Promise.reject(new Error('redis down')) };
    const gate = new RateLimitGate({ limiter: broken, tenantSecret: secret, onFault: (error) => faults.push(error) });
    expect(await gate.admit(route({ rateLimit: { requests: 1, window: '1h' } }), as('sk-a'), 'before-upstream')).toBe(true);
    expect(faults).toHaveLength(1);
  });

  it('reports each refusal by route', async () => {
    const limited: string[] = [];
    const gate = new RateLimitGate({ limiter: new MemoryRateLimiter(), tenantSecret: secret, onLimited: (name) => limited.push(name) });
    const one = route({ rateLimit: { requests: 1, window: '1h' } });
    await gate.admit(one, as('sk-a'), 'before-upstream');
    await refusal(gate.admit(one, as('sk-a'), 'before-upstream'));
    expect(limited).toEqual(['default']);
  });
});
