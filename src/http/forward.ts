import type { UpstreamClient, UpstreamResponse } from '../upstream/upstream-client.ts';
import { forwardableHeaders } from '../upstream/hop-by-hop.ts';
import { withStreamedBody } from './node-body-writer.ts';
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

/**
 * The upstream's response as the client's, with its status, headers (minus hop-by-hop) and `body`, by default the
 * upstream's own, streamed: over a socket it goes from undici's Node stream straight to the client's
 * (node-body-writer.ts); the web stream the Response carries for in-process calls is made only when read.
 */
export function relayResponse(upstream: UpstreamResponse, extraHeaders: Record<string, string> = {}, body?: Uint8Array | ReadableStream<Uint8Array>): Response {
  const headers = clientHeaders(upstream.headers, extraHeaders);
  if (nullBodyStatus(upstream.status)) return new Response(null, { status: upstream.status, headers });
  const relayed = body ?? webBodyWhenRead(upstream);
  // A body streamed without a length: said to be chunked (as Node sends it anyway), or @hono/node-server holds its
  // first bytes back to try to measure it — a timer of ~1 ms on every streamed answer's first byte.
  if (relayed instanceof ReadableStream && headers['content-length'] === undefined) headers['transfer-encoding'] = 'chunked';
  const response = new Response(relayed, { status: upstream.status, headers });
  return body === undefined ? withStreamedBody(response, { source: upstream.nodeBody }) : response;
}

/**
 * A response the upstream gave another request, read whole (a coalesced leader's refusal, see LeaderRefusal), as this
 * client's: its status, body and headers, but no cookie the upstream set for the client that asked.
 */
export function refusalResponse(refusal: { status: number; headers: Record<string, string>; body: Uint8Array }, extraHeaders: Record<string, string> = {}): Response {
  return new Response(nullBodyStatus(refusal.status) ? null : refusal.body.slice(), { status: refusal.status, headers: clientHeaders(refusal.headers, extraHeaders, 'set-cookie') });
}

/**
 * An upstream's response headers as a client's, minus hop-by-hop ones and `also`, plus `extraHeaders`. The proxy owns
 * CORS (cors-policy.ts): an upstream's would make a MISS readable where a HIT is not.
 */
function clientHeaders(upstreamHeaders: Record<string, string>, extraHeaders: Record<string, string>, also?: string): Record<string, string> {
  return { ...forwardableHeaders(Object.entries(upstreamHeaders), (name) => name.startsWith('access-control-') || name === also), ...extraHeaders };
}

/** The upstream's body as a web stream, built around its Node stream only once something reads it. */
function webBodyWhenRead(upstream: UpstreamResponse): ReadableStream<Uint8Array> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        reader ??= upstream.body.getReader();
        const { value, done } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel(reason) {
        return (reader ?? upstream.body.getReader()).cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * The client's `Content-Length` for a streamed body, when it sent one and no `Transfer-Encoding`: without it undici
 * sends the stream chunked, and upload targets that need a length (a presigned S3 URL, some gateways) refuse that.
 * Node's parser has checked it (a body shorter than declared is an aborted request, never a short one upstream).
 */
function declaredContentLength(request: ProxyRequest): string | undefined {
  const length = request.headers['content-length'];
  if (request.body === null || length === undefined || request.headers['transfer-encoding'] !== undefined) return undefined;
  return /^\d+$/u.test(length) ? length : undefined;
}

function nullBodyStatus(status: number): boolean {
  return status === 204 || status === 205 || status === 304;
}

/**
 * Passes any other `/v1/*` request through unchanged, streaming the body both ways (uploads are not limited or
 * buffered by the proxy).
 */
export async function passThrough(upstream: UpstreamClient, request: ProxyRequest, upstreamPath: string): Promise<Response> {
  const headers = upstreamRequestHeaders(request, { identityEncoding: false });
  const length = declaredContentLength(request);
  if (length !== undefined) headers['content-length'] = length;
  const response = await upstream.send({
    method: request.method,
    path: upstreamPath + request.search,
    headers,
    body: request.body,
    signal: request.signal,
  });
  return relayResponse(response);
}
