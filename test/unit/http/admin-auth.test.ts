import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { bearerTokenMatches, requireAdminToken } from '../../../src/http/admin-auth.ts';
import { ProxyError } from '../../../src/http/proxy-error.ts';

describe('bearerTokenMatches', () => {
  it('accepts exactly the configured token after "Bearer" (scheme case-insensitive)', () => {
    expect(bearerTokenMatches('Bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(bearerTokenMatches('bearer s3cret-token', 's3cret-token')).toBe(true);
  });

  it('rejects wrong tokens of any length (no throw on a length mismatch), other schemes and missing headers', () => {
    expect(bearerTokenMatches('Bearer s3cret-tokeN', 's3cret-token')).toBe(false);
    expect(bearerTokenMatches('Bearer s3cret', 's3cret-token')).toBe(false);
    expect(bearerTokenMatches('Bearer s3cret-token-and-more', 's3cret-token')).toBe(false);
    expect(bearerTokenMatches('Basic s3cret-token', 's3cret-token')).toBe(false);
    expect(bearerTokenMatches('s3cret-token', 's3cret-token')).toBe(false);
    expect(bearerTokenMatches('Bearer ', 's3cret-token')).toBe(false);
    expect(bearerTokenMatches(undefined, 's3cret-token')).toBe(false);
  });
});

describe('requireAdminToken', () => {
  const app = new Hono();
  app.use('/admin/*', requireAdminToken('s3cret-token'));
  app.get('/admin/ping', (c) => c.text('pong'));
  app.onError((error) => (error instanceof ProxyError ? error.getResponse() : new Response('unexpected', { status: 500 })));

  it('answers 401 in OpenAI shape without a token or with a wrong one, and lets the right one through', async () => {
    const missing = await app.request('/admin/ping');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toContain('Bearer');
    expect(await missing.json()).toEqual({ error: { message: expect.any(String), type: 'invalid_request_error', param: null, code: 'missing_admin_token' } });

    const wrong = await app.request('/admin/ping', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'invalid_admin_token' } });

    const right = await app.request('/admin/ping', { headers: { authorization: 'Bearer s3cret-token' } });
    expect(right.status).toBe(200);
    expect(await right.text()).toBe('pong');
  });
});
