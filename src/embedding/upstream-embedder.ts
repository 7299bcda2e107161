import { request, type Dispatcher } from 'undici';
import type { EmbedContext, Embedder, Embedding } from './embedder.ts';
import { EmbedderError } from './embedder-error.ts';
import { callerCredentialFor, upstreamIdentity } from '../upstream/caller-credential.ts';
import { fitToTokenLimit, type Tokenizer } from './fit-to-token-limit.ts';

export interface UpstreamEmbedderOptions {
  /** OpenAI-compatible base URL ending in `/v1` (e.g. `https://api.openai.com/v1`, an Ollama or TEI server). */
  baseUrl: string;
  /**
   * Sent as `Bearer <apiKey>`. Default: the caller's own `Authorization` header (EmbedContext), when the caller
   * sent it to this same base URL; none otherwise.
   */
  apiKey?: string;
  /** Default `text-embedding-3-small`. */
  model?: string;
  /** Length of the vectors the model returns; a response of another length is an error. Default 1536. */
  dimension?: number;
  /**
   * Send `dimensions: <dimension>` in the request, for models that can shorten their vectors
   * (OpenAI text-embedding-3-*). Off by default: other servers may reject the field.
   */
  requestDimensions?: boolean;
  /** The model's input limit in tokens (cl100k_base). Default 8191, OpenAI's limit for its embedding models. */
  maxInputTokens?: number;
  /** Time budget for response headers and for the body, each. Default 10,000 ms. */
  timeoutMs?: number;
  /** undici dispatcher (connection pool, proxy). Default: undici's global dispatcher. */
  dispatcher?: Dispatcher;
}

/**
 * Embeds with an OpenAI-compatible `POST {baseUrl}/embeddings`. Vectors are normalised to unit length
 * (OpenAI's already are; other servers' may not be). Failures throw EmbedderError with the HTTP status.
 *
 * Inputs longer than the model's limit are truncated with js-tiktoken, in linear time (fit-to-token-limit.ts),
 * and only when their UTF-8 byte length exceeds the limit: a token is at least one byte, so shorter inputs never need tokenising (and the
 * tokenizer, ~1 MB of ranks, is only loaded when one doesn't fit). For servers whose tokenizer is not
 * cl100k_base the count is an approximation: set `maxInputTokens` with some margin.
 *
 * Empty (or whitespace-only) text is never sent (OpenAI rejects it): it embeds to a fixed unit vector with
 * coverage 0, so the cache keeps it out of the semantic tier.
 */
export class UpstreamEmbedder implements Embedder {
  readonly kind = 'upstream' as const;
  readonly model: string;
  readonly dimension: number;
  private readonly url: string;
  private readonly identity: string;
  private readonly options: UpstreamEmbedderOptions;
  private readonly maxInputTokens: number;
  private readonly timeoutMs: number;
  private tokenizer: Promise<Tokenizer> | undefined;

  constructor(options: UpstreamEmbedderOptions) {
    this.options = options;
    this.url = `${options.baseUrl.replace(/\/+$/, '')}/embeddings`;
    this.identity = upstreamIdentity(options.baseUrl);
    this.model = options.model ?? 'text-embedding-3-small';
    this.dimension = options.dimension ?? 1536;
    this.maxInputTokens = options.maxInputTokens ?? 8191;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  callableFor(context: EmbedContext): boolean {
    return this.options.apiKey !== undefined || context.authorization === undefined || callerCredentialFor(this.identity, context.authorization, context.audience) !== undefined;
  }

  /** Nothing to prepare: the endpoint is only called per request, and the tokenizer loads on first need. */
  async start(): Promise<void> {}

  async embed(text: string, context: EmbedContext = {}): Promise<Embedding> {
    if (text.trim() === '') return { vector: emptyTextVector(this.dimension), coverage: 0, billedTokens: 0 };
    const input = await this.fitToLimit(text);
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    const authorization = this.options.apiKey === undefined ? callerCredentialFor(this.identity, context.authorization, context.audience) : `Bearer ${this.options.apiKey}`;
    if (authorization !== undefined) headers.authorization = authorization;
    const body = JSON.stringify({
      model: this.model,
      input,
      encoding_format: 'float',
      ...(this.options.requestDimensions === true ? { dimensions: this.dimension } : {}),
    });

    let response: Dispatcher.ResponseData;
    try {
      response = await request(this.url, {
        method: 'POST',
        headers,
        body,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
        ...(context.signal === undefined ? {} : { signal: context.signal }),
        ...(this.options.dispatcher === undefined ? {} : { dispatcher: this.options.dispatcher }),
      });
    } catch (error) {
      throw new EmbedderError(`embeddings request to ${this.url} failed: ${(error as Error).message}`, { cause: error });
    }

    const { statusCode } = response;
    let payload: unknown;
    try {
      payload = await response.body.json();
    } catch (error) {
      throw new EmbedderError(`embeddings endpoint answered ${statusCode} with a body that is not JSON`, {
        status: statusCode,
        cause: error,
      });
    }
    if (statusCode !== 200) {
      throw new EmbedderError(`embeddings endpoint answered ${statusCode}: ${errorMessageOf(payload)}`, { status: statusCode });
    }
    return this.embeddingOf(payload);
  }

  /** Heuristic without a vocabulary: words made only of letters carry meaning; numbers, IDs and symbols must match exactly. */
  knowsToken(token: string): boolean {
    return LETTERS_ONLY.test(token);
  }

  private embeddingOf(payload: unknown): Embedding {
    const response = payload as EmbeddingsResponse;
    const values = response?.data?.[0]?.embedding;
    if (!Array.isArray(values) || values.length !== this.dimension) {
      const got = Array.isArray(values) ? `${values.length} dimensions` : 'no embedding';
      throw new EmbedderError(`embeddings endpoint returned ${got}, expected ${this.dimension} (model ${this.model})`, { status: 200 });
    }
    const vector = Float32Array.from(values);
    let sum = 0;
    for (const value of vector) sum += value * value;
    const length = Math.sqrt(sum);
    if (!(length > 0 && Number.isFinite(length))) throw new EmbedderError('embeddings endpoint returned a zero or non-finite vector', { status: 200 });
    for (let d = 0; d < vector.length; d++) vector[d] = vector[d]! / length;
    const billedTokens = response.usage?.prompt_tokens ?? response.usage?.total_tokens ?? 0;
    return { vector, coverage: 1, billedTokens: Number.isFinite(billedTokens) ? billedTokens : 0 };
  }

  /** The text, cut to the model's token limit when its byte length says it might exceed it. */
  private async fitToLimit(text: string): Promise<string> {
    if (Buffer.byteLength(text, 'utf8') <= this.maxInputTokens) return text;
    this.tokenizer ??= loadTokenizer();
    return fitToTokenLimit(await this.tokenizer, text, this.maxInputTokens);
  }
}

interface EmbeddingsResponse {
  data?: Array<{ embedding?: unknown }>;
  usage?: { prompt_tokens?: number; total_tokens?: number };
}


const LETTERS_ONLY = /^\p{L}+$/u;

// OpenAI's embedding models (text-embedding-3-*, ada-002) use cl100k_base. Special-token strings in user text
// are encoded as plain text (allowed: none, disallowed: none), never rejected.
async function loadTokenizer(): Promise<Tokenizer> {
  const [{ Tiktoken }, { default: ranks }] = await Promise.all([
    import('js-tiktoken/lite'),
    import('js-tiktoken/ranks/cl100k_base'),
  ]);
  return new Tiktoken(ranks);
}

function emptyTextVector(dimension: number): Float32Array {
  const vector = new Float32Array(dimension);
  vector[0] = 1;
  return vector;
}

function errorMessageOf(payload: unknown): string {
  const message = (payload as { error?: { message?: unknown } })?.error?.message;
  return typeof message === 'string' ? message : 'no error message';
}
