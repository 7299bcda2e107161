/**
 * Every credential a request carries, in a fixed order, so that each credential form is its own tenant
 * (DESIGN.md §6). Headers are read through a lookup function and the query string as it arrived, so this module
 * knows nothing of HTTP frameworks.
 */

import { isCredentialHeader, isCredentialParameter } from './credential-names.ts';

/**
 * Where a request's credentials come from: its headers (a lookup in any case, and every header by its lower-case
 * name) and its raw query string (`?a=1`, or empty).
 */
export interface CredentialSource {
  header: (name: string) => string | undefined;
  /** Every header the request carries, lower-case names: any whose name says it is a credential counts. */
  headers: Readonly<Record<string, string>>;
  search?: string;
}

/**
 * Headers that authenticate or scope a caller, first and in this order (tenants of earlier versions stay the
 * same): OpenAI (`Authorization`, organization, project), Azure OpenAI
 * (`api-key`), Anthropic (`x-api-key`), Azure API Management (`Ocp-Apim-Subscription-Key`), Google
 * (`x-goog-api-key`), the keys of LLM gateways semcache may sit in front of (Portkey, LiteLLM, Cloudflare AI
 * Gateway, Helicone), `Proxy-Authorization`, and session cookies of gateways that authenticate by cookie.
 */
export const CREDENTIAL_HEADERS = [
  'authorization',
  'api-key',
  'x-api-key',
  'ocp-apim-subscription-key',
  'x-goog-api-key',
  'x-portkey-api-key',
  'x-litellm-api-key',
  'cf-aig-authorization',
  'helicone-auth',
  'proxy-authorization',
  'cookie',
  'openai-organization',
  'openai-project',
] as const;

const KNOWN_HEADERS: ReadonlySet<string> = new Set(CREDENTIAL_HEADERS);

export type Credential = readonly [source: string, value: string];

/**
 * The request's credentials, in a stable order; an empty list means the anonymous tenant. The known headers come
 * first; then every other header whose name says it carries a credential (credential-names.ts: Kong's `apikey`,
 * `x-functions-key`, `x-auth-token`…), by name; then every such query parameter (`key`, `api_key`, `apiKey`,
 * `code`, `sig`…). Query parameters are part of the tenant and left out of the partition's query string, so no
 * unkeyed digest ever covers a key.
 */
export function requestCredentials(source: CredentialSource): Credential[] {
  const found: Credential[] = [];
  for (const name of CREDENTIAL_HEADERS) {
    const value = name === 'authorization' ? authorizationCredential(source.header(name)) : source.header(name)?.trim();
    if (value) found.push([`header:${name}`, value]);
  }
  let others: string[] | undefined;
  for (const name in source.headers) {
    if (!KNOWN_HEADERS.has(name) && isCredentialHeader(name)) (others ??= []).push(name);
  }
  for (const name of others?.sort() ?? []) {
    const value = source.headers[name]?.trim();
    if (value) found.push([`header:${name}`, value]);
  }
  for (const [name, value] of queryParameters(source.search)) {
    if (isCredentialParameter(name) && value !== '') found.push([`query:${name.toLowerCase()}`, value]);
  }
  return found;
}

/**
 * The forwarded query string minus its credential parameters, for the partition: a different `?api-version=`
 * can change the answer, while the key is already the tenant.
 */
export function partitionQuery(search: string | undefined): string {
  const kept = new URLSearchParams();
  for (const [name, value] of queryParameters(search)) {
    if (!isCredentialParameter(name)) kept.append(name, value);
  }
  return kept.toString();
}

/**
 * Every credential in one string that no two different lists can share: each part is prefixed by its length
 * (`"12:header:x-api-key5:sk-ab"`), so a value containing a separator cannot pose as two credentials.
 */
export function encodeCredentials(credentials: readonly Credential[]): string {
  return credentials.map(([source, value]) => `${source.length}:${source}${value.length}:${value}`).join('');
}

/** `Bearer <token>` is the token; `Bearer` with nothing after it is no credential; other schemes count whole. */
function authorizationCredential(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const bearer = /^bearer(?:\s+(.*))?$/i.exec(trimmed);
  if (bearer) return bearer[1]?.trim() || undefined;
  return trimmed;
}

function queryParameters(search: string | undefined): URLSearchParams {
  return new URLSearchParams(search ?? '');
}
