/**
 * Which upstream a base URL names: scheme, host, port and path without a trailing slash, never credentials
 * (`https://api.openai.com/v1/` → `https://api.openai.com/v1`). Two base URLs with one identity are one upstream.
 */
export function upstreamIdentity(baseUrl: string | URL): string {
  const url = new URL(baseUrl);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The caller's `Authorization` header, for a service the cache itself calls (a hosted embedder, a route's LLM
 * judge) that has no key of its own — but only when that service is the upstream the caller sent the credential
 * for (`audience`, the route's upstream identity). An Anthropic key sent to `/claude/v1/messages` never goes to
 * OpenAI's embeddings or chat endpoint; without a key such a call is made unauthenticated (a local embedding
 * server needs none; a hosted one answers 401, which is a cache fault: the request is forwarded uncached).
 * A caller that does not say where the credential was sent (`audience` undefined) has it withheld.
 */
export function callerCredentialFor(serviceIdentity: string, authorization: string | undefined, audience: string | undefined): string | undefined {
  return authorization !== undefined && audience === serviceIdentity ? authorization : undefined;
}
