import type { AnswerUsage, CachedAnswer } from '../cache/cached-answer.ts';
import type { PolicyInputs } from '../cache/policy.ts';
import type { EmbedStrategy, KeyParts } from '../cache/request-key.ts';
import type { RouteSettings } from '../config/schema.ts';
import type { ProxyError } from '../http/proxy-error.ts';
import type { StreamFailureEvents } from '../http/node-body-writer.ts';
import type { StreamAssembler } from '../streaming/stream-outcome.ts';

/** The API shapes the cache speaks; a metric label and part of every partition. */
export type ApiName = 'openai-chat' | 'openai-responses' | 'anthropic-messages';

/** The wire protocol a route's upstream speaks (config `upstream.api`). */
import type { UpstreamApi } from '../config/config.ts';

export type { UpstreamApi };

/** The fields of a request the pipeline itself needs, whatever its API. */
export interface ParsedRequest {
  model: string;
  stream: boolean;
  /** Inputs to the caching policy (n, temperature, modalities, background…). */
  policy: PolicyInputs;
  /**
   * The upstream keeps this answer (`store: true`; the Responses API's default), so a hit may return the
   * original id: it exists upstream for the same tenant (DESIGN.md §6 Ids).
   */
  keepsIds: boolean;
}

/** How a cached answer is handed to one client. */
export interface ReplayContext<R extends ParsedRequest> {
  request: R;
  /** Return the upstream's original ids (see ParsedRequest.keepsIds) rather than fresh ones. */
  originalIds: boolean;
  /** Epoch ms, for fresh `created` values. */
  now: number;
  /** The route's streaming replay pacing. */
  chunkChars: number;
  delayMs: number;
}

/**
 * One API's wire format, and nothing else: the cache pipeline (src/http/cache-pipeline.ts) is written once and
 * asks its adapter everything that depends on the API shape. Modelled on the Vercel AI SDK's provider
 * interface: one small contract, one implementation per API in a sibling folder (openai-chat/,
 * openai-responses/, anthropic-messages/). Every adapter passes test/contract/api-adapter.contract.ts.
 */
export interface ApiAdapter<R extends ParsedRequest, A extends CachedAnswer> {
  readonly api: ApiName;
  /** The upstream protocol this API belongs to: requests reach it only on routes whose upstream speaks it. */
  readonly upstreamApi: UpstreamApi;
  /** Validates a parsed JSON body; throws a 400 ProxyError naming the offending param. */
  parse(body: unknown): R;
  /** The partition body (everything that changes the answer but the embedded text) and the embedded text. */
  keyParts(request: R, strategy: EmbedStrategy, header: (name: string) => string | undefined): KeyParts;
  /**
   * What to send upstream for a streaming miss that will be stored: the client's bytes, or a body that also
   * asks for what every entry needs (chat completions' usage chunk, then dropped from the client's stream).
   * `addedField` names a top-level field the client did not send at all and the body adds: an upstream that
   * refuses it as unknown gets the client's bytes instead (CachePipeline). `requiresUsage`: the body asks for usage,
   * so a stream that ends without it came from an upstream that ignored the request, and is not stored (an entry
   * without usage would be a JSON hit without `usage`, and a streamed hit that cannot send the usage chunk).
   */
  streamingUpstreamBody(request: R, raw: Uint8Array): { body: Uint8Array | string; dropUsageChunk: boolean; addedField?: string; requiresUsage?: boolean };
  /** A JSON answer of this API, or undefined when the bytes are not one. */
  parseAnswer(bytes: Uint8Array): A | undefined;
  /** Whether a stored answer is this API's (read back from the store, it is only `CachedAnswer`). */
  isAnswer(answer: CachedAnswer): answer is A;
  /** Whether a complete answer may be stored, given the route's cacheToolCalls / cacheTruncated. */
  isStorable(answer: A, settings: Pick<RouteSettings, 'cacheToolCalls' | 'cacheTruncated'>): boolean;
  /** What a user sees of an answer (text, tool calls; no ids, timestamps or usage): shadow routes compare it. */
  comparableText(answer: A): string;
  /** What of an answer is stored, where the answer repeats request fields an entry must not keep (default: all of it). */
  storedForm?(answer: A): A;
  /** The answer's usage in OpenAI's vocabulary, for savings. */
  usage(answer: A): AnswerUsage | undefined;
  newAssembler(): StreamAssembler<A>;
  /** The JSON body of a hit. */
  replayJson(answer: A, context: ReplayContext<R>): string;
  /** The SSE body of a hit: the full, valid event sequence the API would have streamed. */
  replayStream(answer: A, context: ReplayContext<R>): AsyncIterable<Uint8Array>;
  /** A proxy error's body in this API's error shape. */
  errorBody(error: ProxyError): string;
  /** Appended to a client stream whose upstream broke, so the API's SDKs raise an error. */
  readonly streamFailureEvents: StreamFailureEvents;
}
