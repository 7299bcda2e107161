/**
 * Whether a header or query parameter's name says it carries a credential. A fixed list of known names left every
 * other one out: a caller authenticating with Kong's `apikey`, Azure Functions' `x-functions-key`, `x-auth-token`
 * or `?apiKey=` was the anonymous tenant and shared answers with requests that carry no credential at all
 * (hostile HTTP test, finding 1). So any name with a credential word in it counts (DESIGN.md §6): the cost of a
 * name counted wrongly is a tenant split in two, never two callers merged.
 *
 * @example
 * isCredentialHeader('x-functions-key') // true
 * isCredentialHeader('idempotency-key') // false: it names a request, not its caller
 * isCredentialParameter('apiKey')       // true
 */

/**
 * A name part (between `-`, `_`, `.` or the ends) that marks a credential, or a part ending in one glued to a prefix
 * (`apikey`, `accesstoken`, `authtoken`, `clientsecret`): whole parts only, so `x-portkey-trace-id` (Portkey's
 * trace headers change per request), `author`, `keyword` and `max_tokens` are none. One test per name, no
 * allocation: every request's headers pass through it.
 */
const CREDENTIAL_NAME =
  /(?:^|[-_.])(?:key|apikey|token|accesstoken|authtoken|auth|authorization|secret|clientsecret|password|passwd|pwd|pass|sig|signature|cookie|credentials?|jwt|bearer)(?:$|[-_.])|(?:api-?key|access-?token|auth-?token|secret)$/u;
/** Azure Functions' `?code=`: a credential in a query string; in a header name (`x-country-code`) it rarely is. */
const CREDENTIAL_PARAMETER = /(?:^|[-_.])code$/u;

/**
 * Headers whose name has a credential word but that name a request, a page, a trace or the proxy itself: an
 * idempotency key is fresh per request (counting it would make every request its own tenant), `x-cache-*` are
 * semcache's own controls (never forwarded, so they authenticate nobody upstream), `sec-websocket-key` is per
 * connection.
 */
function isExcludedHeader(lower: string): boolean {
  return lower.endsWith('idempotency-key') || lower.startsWith('x-cache-') || lower === 'sec-websocket-key';
}
/** Query parameters of paging and sorting that hold a credential word: `page_token`, `next_token`, `sort_key`. */
const PAGING = /(?:page|next|continuation|sort|cursor)[-_.]?(?:token|key)$/u;

/** A header name (any case) that carries a credential. */
export function isCredentialHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return !isExcludedHeader(lower) && CREDENTIAL_NAME.test(lower);
}

/** A query parameter name (any case) that carries a credential: `key`, `api_key`, `apiKey`, `code`, `sig`, `X-Amz-Signature`… */
export function isCredentialParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return !PAGING.test(lower) && (CREDENTIAL_NAME.test(lower) || CREDENTIAL_PARAMETER.test(lower));
}
