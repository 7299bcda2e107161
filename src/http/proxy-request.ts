import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { withoutFragment } from './request-path.ts';

/**
 * What the proxy reads of a client's request: method, query string, headers, body and the signal that fires when
 * the client goes away. Built straight from Node's `IncomingMessage` when @hono/node-server serves the request,
 * so the hot path never materialises a web `Request`, its `Headers` or a `ReadableStream` around the body (issue
 * #12: together ~5% of a MISS's CPU and more of a BYPASS's); from a web `Request` for in-process
 * `app.request()` calls.
 */
export interface ProxyRequest {
  readonly method: string;
  /** The query string as received (`?api-version=…`), or empty. */
  readonly search: string;
  /** A header's value, any case of its name (config may say `X-Tenant`); repeated headers joined as `Headers#get` joins them. */
  header(name: string): string | undefined;
  /** Every header, lower-case names, repeated ones joined. */
  readonly headers: Readonly<Record<string, string>>;
  /** Fires when the client closed the connection before its response was complete. */
  readonly signal: AbortSignal;
  /** The body as it arrives: the Node request itself, or a web stream; null for GET and HEAD. */
  readonly body: Readable | ReadableStream<Uint8Array> | null;
}

/** A request served by @hono/node-server: `signal` is the adapter's (aborted when the client hangs up). */
export function proxyRequestFromNode(incoming: IncomingMessage, signal: AbortSignal): ProxyRequest {
  const headers = withoutConnectionNamed(headersFromRaw(incoming.rawHeaders));
  const target = withoutFragment(incoming.url ?? '');
  const query = target.indexOf('?');
  const method = incoming.method ?? 'GET';
  return {
    method,
    search: query === -1 || query === target.length - 1 ? '' : target.slice(query),
    header: (name) => headers[name.toLowerCase()],
    headers,
    signal,
    body: method === 'GET' || method === 'HEAD' ? null : incoming,
  };
}

/** An in-process request (`app.request()` in tests and tools). */
export function proxyRequestFromWeb(request: Request): ProxyRequest {
  const headers: Record<string, string> = Object.create(null);
  for (const [name, value] of request.headers) headers[name] = value;
  withoutConnectionNamed(headers);
  return {
    method: request.method,
    search: new URL(request.url).search,
    header: (name) => headers[name.toLowerCase()],
    headers,
    signal: request.signal,
    body: request.body,
  };
}

/**
 * The headers minus those the client's `Connection` header names (RFC 9110 §7.6.1: they are meant for this hop only,
 * and the upstream never sees them). Removed before anything reads them, so the partition, the tenant and the rate
 * limit see what the upstream sees: a client that sent `anthropic-beta` or a gateway's routing header and named it in
 * `Connection` had its answer, made without the header, stored under the partition that says it was there, and served
 * to the honest requests of other keys on a shared route (a hostile review, session 47). `connection` itself stays
 * (the forwarding drops it, and names its tokens again).
 */
function withoutConnectionNamed(headers: Record<string, string>): Record<string, string> {
  const connection = headers.connection;
  if (connection === undefined) return headers;
  for (const token of connection.split(',')) {
    const name = token.trim().toLowerCase();
    if (name !== '' && name !== 'connection') delete headers[name];
  }
  return headers;
}

/**
 * Node's `rawHeaders` as one record, with the same joining rules as the fetch `Headers` the proxy used before
 * (`, `, or `; ` for `cookie`): `IncomingMessage#headers` keeps only the first of a repeated `Authorization`,
 * which would change what the tenant is derived from.
 */
function headersFromRaw(raw: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    const value = raw[i + 1]!.trim();
    const previous = headers[name];
    headers[name] = previous === undefined ? value : previous + (name === 'cookie' ? '; ' : ', ') + value;
  }
  return headers;
}
