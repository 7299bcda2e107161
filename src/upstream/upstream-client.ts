import { Readable } from 'node:stream';
import { Agent, request, type Dispatcher } from 'undici';
import { webStreamFromNode } from '../streaming/node-to-web.ts';
import { encodeCanonicalPath } from '../routing/canonical-path.ts';
import { upstreamIdentity } from './caller-credential.ts';

export interface UpstreamRequest {
  method: string;
  /**
   * The canonical, decoded path after the base URL's `/v1` (see `canonicalPath`), e.g. `/chat/completions`,
   * optionally followed by `?` and the client's query string as received. The URL is built with the URL API.
   */
  path: string;
  headers: Record<string, string>;
  /** A Node `Readable` (the client's own request, for pass-through) is streamed as it is. */
  body?: Uint8Array | string | Readable | ReadableStream<Uint8Array> | null;
  /** The client went away: abort the upstream request (JSON and streams alike). */
  signal?: AbortSignal;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string>;
  /**
   * The body as it arrives, as a web stream (built on first access); consume it or call `cancel()` so the
   * connection is released. Use only one of `body`, `nodeBody` and `bytesUpTo()` (after which, when it gave
   * `undefined`, `body` or `nodeBody` yields the whole body, the bytes it read first included).
   */
  readonly body: ReadableStream<Uint8Array>;
  /** The same body as undici's Node `Readable`: no web stream in between (issue #12). */
  readonly nodeBody: Readable;
  /**
   * The whole body, read straight from the Node stream, when it is at most `limit` bytes; else `undefined`, once
   * more than `limit` have come, with what was read put back at the front of the stream (so a huge answer is
   * relayed as it arrives rather than held). Rejects as the web stream would: with undici's error
   * (`UND_ERR_BODY_TIMEOUT`, a socket error), or an error when the upstream closed before the body was complete.
   */
  bytesUpTo(limit: number): Promise<Uint8Array | undefined>;
}

/**
 * Why no upstream answer came: `unreachable` (no connection), `timeout` (no answer within the upstream timeout),
 * `closed-early` (connected, then the upstream closed before a response or body was complete), `shutdown` (the
 * proxy aborted it at the end of its shutdown grace).
 */
export type UpstreamFailureReason = 'unreachable' | 'timeout' | 'closed-early' | 'shutdown';

/** The upstream could not be reached or did not answer in time (not an HTTP error status). */
export class UpstreamUnavailableError extends Error {
  override readonly name = 'UpstreamUnavailableError';
  readonly reason: UpstreamFailureReason;

  constructor(message: string, options: { cause: unknown; reason: UpstreamFailureReason }) {
    super(message, { cause: options.cause });
    this.reason = options.reason;
  }

  /** True when it did not answer within the configured upstream timeout (504 rather than 502). */
  get timedOut(): boolean {
    return this.reason === 'timeout';
  }
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
/** The connection was made, then closed or reset by the upstream before its response. */
const CLOSED_EARLY_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/**
 * HTTP client for the upstream LLM API. Uses undici's dispatcher API rather than global `fetch`, which costs
 * about three times as much CPU per request (DESIGN.md §10) and sits on the hot path of every miss.
 */
export class UpstreamClient {
  readonly #baseUrl: URL;
  readonly #basePath: string;
  readonly #dispatcher: Dispatcher;
  /** Aborted by `abortInflight()` at the end of the shutdown grace. */
  readonly #shutdown = new AbortController();
  /** Requests whose response (headers and body) is not over yet. */
  #inflight = 0;

  /** The base URL without credentials or a trailing slash: which upstream this is (part of every partition). */
  readonly identity: string;

  /**
   * `maxConnections`: sockets to this upstream at once (default: unlimited). A fixed 256 queued every request beyond
   * the 256th behind calls that may stream for minutes, and 257 stalled pass-through uploads held every other
   * tenant's miss (a hostile review, session 47); the proxy passes its `server.maxConnections`, which no more
   * client requests can need.
   */
  constructor(options: { baseUrl: string; headersTimeoutMs: number; maxConnections?: number }) {
    this.#baseUrl = new URL(options.baseUrl);
    this.#basePath = this.#baseUrl.pathname.replace(/\/+$/, '');
    this.identity = upstreamIdentity(this.#baseUrl);
    this.#dispatcher = new Agent({
      headersTimeout: options.headersTimeoutMs,
      // Streams pause between tokens; a body timeout shorter than the model's slowest gap would cut answers.
      bodyTimeout: options.headersTimeoutMs,
      keepAliveTimeout: 30_000,
      connections: options.maxConnections ?? null,
    });
  }

  /**
   * `${UPSTREAM_BASE_URL}${path}`, built with the URL API from the canonical path so nothing in it can be
   * re-interpreted (`\`, tabs, dot segments): `/chat/completions` → `https://api.openai.com/v1/chat/completions`.
   */
  url(path: string): URL {
    const query = path.indexOf('?');
    const url = new URL(this.#baseUrl.origin);
    url.pathname = this.#basePath + encodeCanonicalPath(query === -1 ? path : path.slice(0, query));
    if (query !== -1) url.search = path.slice(query);
    return url;
  }

  /** Upstream requests whose response is still arriving. */
  get inflight(): number {
    return this.#inflight;
  }

  /** Aborts every upstream request still running (end of the shutdown grace); returns how many there were. */
  abortInflight(): number {
    const aborted = this.#inflight;
    this.#shutdown.abort(new Error('the proxy is shutting down'));
    return aborted;
  }

  async send(upstreamRequest: UpstreamRequest): Promise<UpstreamResponse> {
    const requestBody = upstreamRequest.body instanceof ReadableStream ? Readable.fromWeb(upstreamRequest.body as never) : upstreamRequest.body;
    const signal = upstreamRequest.signal ? AbortSignal.any([upstreamRequest.signal, this.#shutdown.signal]) : this.#shutdown.signal;
    this.#inflight++;
    let response: Dispatcher.ResponseData;
    try {
      response = await request(this.url(upstreamRequest.path), {
        method: upstreamRequest.method as Dispatcher.HttpMethod,
        headers: upstreamRequest.headers,
        body: requestBody ?? null,
        signal,
        dispatcher: this.#dispatcher,
      });
    } catch (error) {
      this.#inflight--;
      if (this.#shutdown.signal.aborted) throw new UpstreamUnavailableError('upstream request aborted: the proxy is shutting down', { cause: error, reason: 'shutdown' });
      // undici rejects with the signal's reason as it is (Hono's is a string): name it, so callers can tell a
      // client that left from an upstream that failed.
      if (upstreamRequest.signal?.aborted) throw new DOMException('the client closed the connection', 'AbortError');
      throw new UpstreamUnavailableError(`upstream request failed: ${(error as Error).message}`, { cause: error, reason: failureReason(error) });
    }
    const nodeBody = response.body;
    nodeBody.once('close', () => this.#inflight--);
    let body: ReadableStream<Uint8Array> | undefined;
    return {
      status: response.statusCode,
      headers: flattenHeaders(response.headers),
      get body() {
        return (body ??= webStreamFromNode(nodeBody));
      },
      nodeBody,
      bytesUpTo: (limit) => readUpTo(nodeBody, limit),
    };
  }

  async close(): Promise<void> {
    await this.#dispatcher.close();
  }
}

/**
 * Every byte of `source` when there are at most `limit`; a destroy before `'end'` (the upstream closed early) is a
 * failure, as in webStreamFromNode. Past `limit`, the stream is paused, what was read is unshifted back into it
 * and `undefined` is the answer: the stream is left whole for whoever relays it.
 */
function readUpTo(source: Readable, limit: number): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let ended = false;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      total += chunk.byteLength;
      if (total <= limit) return;
      source.pause();
      detach();
      source.unshift(Buffer.concat(chunks, total));
      resolve(undefined);
    };
    const onEnd = () => {
      ended = true;
      detach();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total));
    };
    const onClose = () => {
      if (!ended) reject(source.errored ?? new Error('the upstream closed the connection before the body was complete'));
    };
    function detach(): void {
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('close', onClose);
      // An error before whoever relays the rest listens (they read it from the destroyed stream), or after the end,
      // must not go unhandled: it would end the process.
      source.off('error', reject);
      source.on('error', ignoreError);
    }
    source.on('data', onData);
    source.once('end', onEnd);
    source.on('error', reject);
    source.once('close', onClose);
  });
}

const ignoreError = (): void => {};

function failureReason(error: unknown): UpstreamFailureReason {
  const code = (error as { code?: string }).code ?? '';
  if (TIMEOUT_CODES.has(code)) return 'timeout';
  return CLOSED_EARLY_CODES.has(code) ? 'closed-early' : 'unreachable';
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
