import { createHmac } from 'node:crypto';
import type { RouteSettings } from '../config/schema.ts';

/** The tenant of every request on a route with `share: true`. */
export const SHARED_TENANT = 'shared';

/**
 * Identifies a request's tenant without keeping its API key: HMAC-SHA256 of the bearer token with a server
 * secret (DESIGN.md §6). On a route with `share: true` all keys share one tenant; with `trustTenantHeader` the
 * configured header names the tenant (its value is hashed the same way), falling back to the key when absent.
 */
export function tenantOf(
  header: (name: string) => string | undefined,
  settings: Pick<RouteSettings, 'share' | 'tenantHeader' | 'trustTenantHeader'>,
  secret: string,
): string {
  if (settings.share) return SHARED_TENANT;
  if (settings.trustTenantHeader && settings.tenantHeader) {
    const named = header(settings.tenantHeader);
    if (named) return keyedHash(secret, `header:${named}`);
  }
  const authorization = header('authorization') ?? '';
  const token = authorization.replace(/^Bearer\s+/i, '');
  return keyedHash(secret, `key:${token}`);
}

function keyedHash(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('hex').slice(0, 32);
}
