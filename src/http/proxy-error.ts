import type { UpstreamFailureReason } from '../upstream/upstream-client.ts';

/**
 * An error the proxy itself answers with, rendered in OpenAI's shape
 * (`{"error":{"message","type","param","code"}}`) so SDKs raise their usual typed errors.
 */
export class ProxyError extends Error {
  override readonly name = 'ProxyError';
  readonly status: number;
  readonly type: string;
  readonly param: string | null;
  readonly code: string | null;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    message: string,
    options: { type?: string; param?: string | null; code?: string | null; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = status;
    this.type = options.type ?? (status >= 500 ? 'server_error' : 'invalid_request_error');
    this.param = options.param ?? null;
    this.code = options.code ?? null;
    this.headers = options.headers ?? {};
  }

  body(): string {
    return JSON.stringify({ error: { message: this.message, type: this.type, param: this.param, code: this.code } });
  }

  /** The error as a response; `body` renders it in another API's error shape (see ApiAdapter.errorBody). */
  getResponse(extraHeaders: Record<string, string> = {}, body: string = this.body()): Response {
    return new Response(body, {
      status: this.status,
      headers: { 'content-type': 'application/json', ...this.headers, ...extraHeaders },
    });
  }
}

export function invalidRequest(message: string, param: string | null = null, code: string | null = null): ProxyError {
  return new ProxyError(400, message, { param, code });
}

/**
 * The proxy's answer when no upstream answer came: unreachable (502), too slow (504), closed the connection
 * before its response or body was complete (502, a precise text: it was reached), or aborted at shutdown (503).
 * A boolean is the older form: timed out or not.
 */
export function upstreamFailure(reason: boolean | UpstreamFailureReason, headers: Record<string, string> = {}): ProxyError {
  const why: UpstreamFailureReason = typeof reason === 'boolean' ? (reason ? 'timeout' : 'unreachable') : reason;
  const { status, message, code } = UPSTREAM_FAILURES[why];
  return new ProxyError(status, message, { type: 'upstream_error', code, headers });
}

const UPSTREAM_FAILURES: Record<UpstreamFailureReason, { status: number; message: string; code: string }> = {
  unreachable: { status: 502, message: 'The upstream API could not be reached.', code: 'upstream_unavailable' },
  timeout: { status: 504, message: 'The upstream API did not answer in time.', code: 'upstream_timeout' },
  'closed-early': { status: 502, message: 'The upstream closed the connection before sending a complete response.', code: 'upstream_closed' },
  shutdown: { status: 503, message: 'The proxy is shutting down; the upstream request was aborted.', code: 'shutting_down' },
};

/**
 * The answer to `Cache-Control: only-if-cached` when the cache has none the request may be served (RFC 9111
 * §5.2.1.7: 504), in the API's error shape; the upstream is not called and nothing is stored. `x-should-retry: false`
 * tells the SDKs, which retry a 5xx twice by default, that another try finds the same (a review, session 50: three
 * requests and 1.3 s per miss).
 */
export function notCached(status: string): ProxyError {
  return new ProxyError(504, 'No cached answer for this request, and Cache-Control: only-if-cached forbids calling the upstream.', {
    type: 'invalid_request_error',
    code: 'not_cached',
    headers: { 'x-cache-status': status, 'x-should-retry': 'false' },
  });
}
