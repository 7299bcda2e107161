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

/** The proxy's answer when the upstream is unreachable (502) or too slow (504). */
export function upstreamFailure(timedOut: boolean, headers: Record<string, string> = {}): ProxyError {
  return timedOut
    ? new ProxyError(504, 'The upstream API did not answer in time.', { type: 'upstream_error', code: 'upstream_timeout', headers })
    : new ProxyError(502, 'The upstream API could not be reached.', { type: 'upstream_error', code: 'upstream_unavailable', headers });
}
