import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ProxyError } from './proxy-error.ts';

/**
 * Whether an `Authorization` header carries `Bearer <expected>`, compared in constant time. Both sides are
 * hashed first so the comparison runs on equal-length digests: neither the token's content nor its length leaks
 * through timing (`timingSafeEqual` alone throws on a length mismatch, which would reveal the length).
 */
export function bearerTokenMatches(authorization: string | undefined, expected: string): boolean {
  const presented = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? '')?.[1] ?? '';
  const same = timingSafeEqual(sha256(presented), sha256(expected));
  return same && presented.length > 0;
}

/**
 * Guards the admin API: 401 in OpenAI's error shape when the bearer token is missing or wrong (both get 401,
 * as DESIGN.md §2 says: an admin token is an authentication credential, and distinguishing "wrong" with 403
 * would tell a prober that the header format was right).
 */
export function requireAdminToken(token: string): MiddlewareHandler {
  return async function adminAuthentication(c, next) {
    const authorization = c.req.header('authorization');
    if (!bearerTokenMatches(authorization, token)) {
      const code = authorization ? 'invalid_admin_token' : 'missing_admin_token';
      const message = authorization
        ? 'The admin token is not valid.'
        : 'The admin API needs an Authorization: Bearer <SEMCACHE_ADMIN_TOKEN> header.';
      throw new ProxyError(401, message, { type: 'invalid_request_error', code, headers: { 'www-authenticate': 'Bearer realm="semcache-admin"' } });
    }
    await next();
  };
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
