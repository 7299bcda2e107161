import { Readable } from 'node:stream';
import { Agent, request, type Dispatcher } from 'undici';

export interface UpstreamRequest {
  method: string;
  /** Path after the base URL's `/v1`, with its query string, e.g. `/chat/completions`. */
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array | string | ReadableStream<Uint8Array> | null;
  signal?: AbortSignal;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string>;
  /** The body as it arrives; consume it or call `cancel()` so the connection is released. */
  body: ReadableStream<Uint8Array>;
}

/** The upstream could not be reached or did not answer in time (not an HTTP error status). */
export class UpstreamUnavailableError extends Error {
  override readonly name = 'UpstreamUnavailableError';
  /** True when it did not answer within the configured upstream timeout (504 rather than 502). */
  readonly timedOut: boolean;

  constructor(message: string, options: { cause: unknown; timedOut: boolean }) {
    super(message, { cause: options.cause });
    this.timedOut = options.timedOut;
  }
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * HTTP client for the upstream LLM API. Uses undici's dispatcher API rather than global `fetch`, which costs
 * about three times as much CPU per request (DESIGN.md §10) and sits on the hot path of every miss.
 */
export class UpstreamClient {
  readonly #baseUrl: URL;
  readonly #basePath: string;
  readonly #dispatcher: Dispatcher;

  constructor(options: { baseUrl: string; headersTimeoutMs: number }) {
    this.#baseUrl = new URL(options.baseUrl);
    this.#basePath = this.#baseUrl.pathname.replace(/\/+$/, '');
    this.#dispatcher = new Agent({
      headersTimeout: options.headersTimeoutMs,
      // Streams pause between tokens; a body timeout shorter than the model's slowest gap would cut answers.
      bodyTimeout: options.headersTimeoutMs,
      keepAliveTimeout: 30_000,
      connections: 256,
    });
  }

  /** `${UPSTREAM_BASE_URL}${path}`: `/support/v1/chat/completions` → `https://api.openai.com/v1/chat/completions`. */
  url(path: string): string {
    return `${this.#baseUrl.origin}${this.#basePath}${path}`;
  }

  async send(upstreamRequest: UpstreamRequest): Promise<UpstreamResponse> {
    const body = upstreamRequest.body instanceof ReadableStream ? Readable.fromWeb(upstreamRequest.body as never) : upstreamRequest.body;
    let response: Dispatcher.ResponseData;
    try {
      response = await request(this.url(upstreamRequest.path), {
        method: upstreamRequest.method as Dispatcher.HttpMethod,
        headers: upstreamRequest.headers,
        body: body ?? null,
        signal: upstreamRequest.signal,
        dispatcher: this.#dispatcher,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      const timedOut = TIMEOUT_CODES.has((error as { code?: string }).code ?? '');
      throw new UpstreamUnavailableError(`upstream request failed: ${(error as Error).message}`, { cause: error, timedOut });
    }
    return {
      status: response.statusCode,
      headers: flattenHeaders(response.headers),
      body: Readable.toWeb(response.body) as ReadableStream<Uint8Array>,
    };
  }

  async close(): Promise<void> {
    await this.#dispatcher.close();
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
