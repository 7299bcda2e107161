import { createHmac } from 'node:crypto';
import type { RouteSettings } from '../config/schema.ts';
import { encodeCredentials, requestCredentials, type CredentialSource } from './credentials.ts';

/** The tenant of every request on a route with `share: true`. */
export const SHARED_TENANT = 'shared';

/**
 * Identifies a request's tenant without keeping its API key: HMAC-SHA256, with a server secret, over every
 * credential the request carries (see credentials.ts; DESIGN.md §6). Requests with no credential at all share
 * one anonymous tenant (keyless local upstreams are common). On a route with `share: true` all keys share one
 * tenant; with `trustTenantHeader` the configured header names the tenant (its value is hashed the same way),
 * falling back to the credentials when absent.
 */
export function tenantOf(
  source: CredentialSource,
  settings: Pick<RouteSettings, 'share' | 'tenantHeader' | 'trustTenantHeader'>,
  secret: string,
): string {
  if (settings.share) return SHARED_TENANT;
  if (settings.trustTenantHeader && settings.tenantHeader) {
    const named = source.header(settings.tenantHeader);
    if (named) return keyedHash(secret, `header:${named}`);
  }
  return keyedHash(secret, `credentials:${encodeCredentials(requestCredentials(source))}`);
}

/**
 * Most traffic comes from a few keys, and an HMAC (two SHA-256 passes plus a key schedule) is ~1–2% of a MISS's
 * CPU (issue #12): remembered per secret and value. A pure function's memo, so sharing it across apps in one
 * process changes no result; bounded, oldest dropped first. It lives in process memory only, like the request
 * that carried the credential; it is never logged or stored.
 */
const MEMO_LIMIT = 1_024;
const memo = new Map<string, string>();

function keyedHash(secret: string, value: string): string {
  const memoKey = `${secret.length}:${secret}${value}`;
  const known = memo.get(memoKey);
  if (known !== undefined) return known;
  const digest = createHmac('sha256', secret).update(value).digest('hex').slice(0, 32);
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(memoKey, digest);
  return digest;
}
