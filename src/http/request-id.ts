import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/** Longest client `X-Request-Id` the proxy adopts; a longer one is replaced (it would go into every log line). */
export const MAX_REQUEST_ID_LENGTH = 128;

// Visible ASCII only: the id is echoed in a response header and written to logs and events.
const REQUEST_ID = /^[\x21-\x7e]+$/;

/**
 * The request's id: the client's `X-Request-Id` when it is at most MAX_REQUEST_ID_LENGTH visible ASCII
 * characters, else a fresh UUID. It is echoed on every response (DESIGN.md §2), hits included.
 */
export function requestIdOf(clientId: string | undefined): string {
  return clientId !== undefined && clientId.length <= MAX_REQUEST_ID_LENGTH && REQUEST_ID.test(clientId) ? clientId : randomUUID();
}

/**
 * Puts the proxy's request id on a response. An upstream's own id (a MISS or a pass-through relays it) is kept as
 * `X-Upstream-Request-Id`, for the provider's support.
 */
export function withRequestId(response: Response, requestId: string, anthropic = false): Response {
  try {
    setRequestId(response.headers, requestId, anthropic);
    return response;
  } catch {
    // Immutable headers (a Response from fetch): copy it once.
    const copy = new Response(response.body, response);
    setRequestId(copy.headers, requestId, anthropic);
    return copy;
  }
}

function setRequestId(headers: Headers, requestId: string, anthropic: boolean): void {
  const upstreamId = headers.get('x-request-id');
  if (upstreamId !== null && upstreamId !== requestId) headers.set('x-upstream-request-id', upstreamId);
  headers.set('x-request-id', requestId);
  // @anthropic-ai/sdk reads `request-id` (message._request_id, APIError.requestID): a MISS relays Anthropic's own,
  // and a hit or a proxy error gets the proxy's.
  if (anthropic && !headers.has('request-id')) headers.set('request-id', requestId);
}

/**
 * The middleware giving each request its id (`c.get('requestId')`) and every answer its `X-Request-Id`: hits,
 * misses, pass-through and proxy errors alike (DESIGN.md §2); on an Anthropic route also `request-id` when the
 * upstream sent none. Set on the answer's own headers: assigning `c.res`
 * again would make Hono copy the answer into a new Response (a full web Response and a second pass over its
 * headers on every request). Only an answer with immutable headers is replaced by a copy, and Hono's setter would
 * copy the old answer's headers onto it (its `x-request-id` back over ours), so the old one is let go first.
 */
export const assignRequestId: MiddlewareHandler<{ Variables: { requestId: string; errorShape?: string } }> = async (c, next) => {
  const requestId = requestIdOf(c.req.header('x-request-id'));
  c.set('requestId', requestId);
  await next();
  const response = withRequestId(c.res, requestId, c.get('errorShape') === 'anthropic');
  if (response === c.res) return;
  c.res = undefined;
  c.res = response;
};
