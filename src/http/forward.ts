import type { UpstreamClient, UpstreamResponse } from '../upstream/upstream-client.ts';
import { forwardableHeaders } from '../upstream/hop-by-hop.ts';
import type { ProxyRequest } from './proxy-request.ts';

/** Our own request headers: cache controls for the proxy, never sent to the upstream. */
const isCacheControlHeader = (name: string) => name.startsWith('x-cache-');

/** Request headers for the upstream: the client's, minus hop-by-hop and cache-control headers. */
export function upstreamRequestHeaders(request: ProxyRequest, options: { identityEncoding: boolean }): Record<string, string> {
  const headers = forwardableHeaders(Object.entries(request.headers), (name) => isCacheControlHeader(name) || (options.identityEncoding && name === 'accept-encoding'));
  // The proxy must read answers it caches, so it asks for them uncompressed.
  if (options.identityEncoding) headers['accept-encoding'] = 'identity';
  return headers;
}

/** The upstream's response as the client's, with its status, headers (minus hop-by-hop) and streamed body. */
export function relayResponse(upstream: UpstreamResponse, extraHeaders: Record<string, string> = {}, body: ConstructorParameters<typeof Response>[0] = upstream.body): Response {
  // The proxy owns CORS (cors-policy.ts): an upstream's would make a MISS readable where a HIT is not.
  const headers: Record<string, string> = { ...forwardableHeaders(Object.entries(upstream.headers), (name) => name.startsWith('access-control-')), ...extraHeaders };
  const empty = nullBodyStatus(upstream.status);
  // A body streamed without a length: said to be chunked (as Node sends it anyway), or @hono/node-server holds its
  // first bytes back to try to measure it — a timer of ~1 ms on every streamed answer's first byte.
  if (!empty && body instanceof ReadableStream && headers['content-length'] === undefined) headers['transfer-encoding'] = 'chunked';
  return new Response(empty ? null : body, { status: upstream.status, headers });
}

function nullBodyStatus(status: number): boolean {
  return status === 204 || status === 205 || status === 304;
}

/**
 * Passes any other `/v1/*` request through unchanged, streaming the body both ways (uploads are not limited or
 * buffered by the proxy).
 */
export async function passThrough(upstream: UpstreamClient, request: ProxyRequest, upstreamPath: string): Promise<Response> {
  const response = await upstream.send({
    method: request.method,
    path: upstreamPath + request.search,
    headers: upstreamRequestHeaders(request, { identityEncoding: false }),
    body: request.body,
    signal: request.signal,
  });
  return relayResponse(response);
}
