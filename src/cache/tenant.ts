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
 * The tenants a route's rate limit counts a request against: the trusted tenant header's where the route takes one;
 * else each API key it carries on its own (RATE_LIMITED_KEYS: `Authorization`, `api-key`, `x-api-key`… and a
 * `?key=`), so that a credential the upstream ignores (a random `Cookie`, `?foo_token=`) beside a real key buys no
 * fresh allowance (a hostile review, session 47, got unlimited requests by rotating one), while what a team shares and
 * is no key (`OpenAI-Organization`, a gateway's key, a cookie) never joins two keys' allowances (a second review: one
 * user spent a whole organisation's); a request with no API key counts as its tenant (`tenantOf`), the anonymous one
 * included.
 */
export function rateLimitTenants(source: CredentialSource, settings: Pick<RouteSettings, 'tenantHeader' | 'trustTenantHeader'>, secret: string): string[] {
  if (settings.trustTenantHeader && settings.tenantHeader) {
    const named = source.header(settings.tenantHeader);
    if (named) return [keyedHash(secret, `header:${named}`)];
  }
  const credentials = requestCredentials(source);
  // A gateway's key counts only where no API key does: a team may share one beside its members' own keys (a third
  // review, session 47, rotated a cookie beside a LiteLLM or Portkey key alone for a fresh allowance each time).
  let keys = credentials.filter(([name]) => RATE_LIMITED_KEYS.has(name));
  if (keys.length === 0) keys = credentials.filter(([name]) => GATEWAY_KEYS.has(name));
  if (keys.length === 0) return [keyedHash(secret, `credentials:${encodeCredentials(credentials)}`)];
  return keys.map((credential) => keyedHash(secret, `credentials:${encodeCredentials([credential])}`));
}
/** The credentials that are a caller's own API key at the LLM APIs semcache fronts (OpenAI, Azure, Anthropic, Google). */
const RATE_LIMITED_KEYS: ReadonlySet<string> = new Set([
  'header:authorization', 'header:api-key', 'header:x-api-key', 'header:ocp-apim-subscription-key', 'header:x-goog-api-key', 'query:key', 'query:api-key',
  'query:api_key', 'query:apikey',
]);
/** The keys of LLM gateways semcache may sit in front of. */
const GATEWAY_KEYS: ReadonlySet<string> = new Set(['header:x-portkey-api-key', 'header:x-litellm-api-key', 'header:cf-aig-authorization', 'header:helicone-auth', 'header:proxy-authorization']);

/** The `OpenAI-Organization` and `OpenAI-Project` a key was sent with: part of its requests' tenant (DESIGN.md §6). */
export interface KeyScope {
  organization?: string;
  project?: string;
}

/**
 * The tenant of requests that carry `apiKey` (with `scope`), in each way a client sends an API key (RATE_LIMITED_KEYS:
 * `Authorization: Bearer` from the openai SDK, Azure's `api-key`, Anthropic's `x-api-key`, Google's
 * `x-goog-api-key`, `?key=`…), by the header's name or `?parameter`: what `POST /admin/invalidate {"apiKey"}` deletes.
 * Each form is its own tenant, so one hashed as a bearer alone left the others' entries served (a hostile review).
 *
 * @example
 * tenantsOfApiKey('sk-…', { organization: 'org-…' }, secret) // [{ credential: 'authorization', tenant: '3f…' }, { credential: 'api-key', … }, …]
 */
export function tenantsOfApiKey(apiKey: string, scope: KeyScope, secret: string): Array<{ credential: string; tenant: string }> {
  return [...RATE_LIMITED_KEYS].map((credential) => {
    const [kind, name] = credential.split(':') as ['header' | 'query', string];
    const headers: Record<string, string> = {};
    if (kind === 'header') headers[name] = name === 'authorization' ? `Bearer ${apiKey}` : apiKey;
    if (scope.organization !== undefined) headers['openai-organization'] = scope.organization;
    if (scope.project !== undefined) headers['openai-project'] = scope.project;
    // Built as a request and read by requestCredentials, so the credentials come in the order a request's do.
    const source: CredentialSource = { header: (header) => headers[header.toLowerCase()], headers, search: kind === 'query' ? new URLSearchParams({ [name]: apiKey }).toString() : '' };
    return { credential: kind === 'query' ? `?${name}` : name, tenant: tenantOf(source, { share: false, trustTenantHeader: false }, secret) };
  });
}

/**
 * The keyed hash of a request's credentials alone, whatever the route's tenant (CacheEntry.keeper): on a route
 * with `share` or a trusted tenant header it tells the key that had the upstream keep an answer from another key.
 */
export function keeperOf(source: CredentialSource, secret: string): string {
  return keyedHash(secret, `credentials:${encodeCredentials(requestCredentials(source))}`);
}

/**
 * Most traffic comes from a few keys, and an HMAC (two SHA-256 passes plus a key schedule) is ~1–2% of a MISS's
 * CPU (issue #12): remembered per secret and value. A pure function's memo, so sharing it across apps in one
 * process changes no result; bounded, oldest dropped first. It lives in process memory only, like the request
 * that carried the credential; it is never logged or stored.
 */
const MEMO_LIMIT = 1_024;
/** Longer values (a hostile 16 KB Authorization) are hashed every time rather than pinned in memory. */
const MEMO_MAX_VALUE = 512;
/** One memo per secret, replaced when the secret changes, so no credential outlives it here. */
let memo: { secret: string; digests: Map<string, string> } = { secret: '', digests: new Map() };

function keyedHash(secret: string, value: string): string {
  if (memo.secret !== secret) memo = { secret, digests: new Map() };
  const known = memo.digests.get(value);
  if (known !== undefined) return known;
  const digest = createHmac('sha256', secret).update(value).digest('hex').slice(0, 32);
  if (value.length > MEMO_MAX_VALUE) return digest;
  if (memo.digests.size >= MEMO_LIMIT) memo.digests.delete(memo.digests.keys().next().value!);
  memo.digests.set(value, digest);
  return digest;
}
