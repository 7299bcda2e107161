import { createHmac } from 'node:crypto';
import type { RouteSettings } from '../config/schema.ts';

/** The tenant of every request on a route with `share: true`. */
export const SHARED_TENANT = 'shared';

/**
 * Identifies a request's tenant without keeping its API key: HMAC-SHA256 of the bearer token (or Azure's `api-key` header) with a server
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
  // Bearer tokens (OpenAI and most servers), Azure OpenAI's `api-key` header or Anthropic's `x-api-key`.
  const token = (header('authorization') ?? '').replace(/^Bearer\s+/i, '') || (header('api-key') ?? '') || (header('x-api-key') ?? '');
  return keyedHash(secret, `key:${token}`);
}

function keyedHash(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('hex').slice(0, 32);
}
