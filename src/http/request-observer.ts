import type { CacheMatch, CacheStatus } from './cache-headers.ts';
import type { ApiName } from '../api/api-adapter.ts';
import type { AnswerUsage } from '../cache/cached-answer.ts';
import type { ShadowLookup } from '../cache/shadow.ts';

/** What one proxied request of a cached API did, reported once its response has been decided. No keys; no prompts unless `logPrompts`. */
export interface RequestRecord {
  requestId: string;
  route: string;
  /** The API shape (openai-chat, openai-responses, anthropic-messages): a bounded metric label. */
  api: ApiName;
  model?: string;
  status: CacheStatus;
  match?: CacheMatch;
  /** Best candidate's similarity (hit or miss), when the semantic tier ran. */
  similarity?: number;
  stream: boolean;
  /** Seconds per stage; absent stages did not run. */
  timings: { lookup?: number; embed?: number; knn?: number; upstream?: number; total: number };
  upstreamStatus?: number;
  /** On a hit: the usage the upstream call would have cost. */
  saved?: AnswerUsage;
  /** On a shadow route: what the cache would have done (`would-hit-exact`, `would-hit-semantic`, `would-miss`). */
  shadow?: ShadowLookup;
  /** Why a request was bypassed or errored, for logs. */
  reason?: string;
  /** Tokens billed by a hosted embedder for this request. */
  embeddingTokens?: number;
  /** The embedded text, set only when `logPrompts` is on (a debug setting); never the key or other messages. */
  prompt?: string;
  /** Keyed hash of the tenant, for the event stream (not logged). */
  tenant?: string;
  /** `X-Cache-Key` and `X-Cache-Query` of the response, for the event stream (not logged). */
  entry?: string;
  query?: string;
}

/**
 * A request no cache outcome describes: passed through to the upstream untouched (any path but the cached APIs),
 * or refused by the proxy itself (400 `invalid_path` or invalid JSON, 404, 408, 413, 429, 431, 503…). No keys, no
 * query string, no body.
 */
export interface UncachedRecord {
  requestId: string;
  /** Absent when Node's HTTP parser refused the request before its method was known. */
  method?: string;
  /** `pass-through`: forwarded to the upstream (its answer, or a 502/504 when none came); `refused`: answered by the proxy. */
  outcome: 'pass-through' | 'refused';
  /** The canonical path, without the query string; absent when the path itself was refused or is unknown. */
  path?: string;
  route?: string;
  /** The cached API whose request was refused, if any. */
  api?: ApiName;
  /** The HTTP status answered. */
  status: number;
  /** A pass-through's upstream answered with this status. */
  upstreamStatus?: number;
  /** The proxy error's code (`invalid_path`, `request_too_large`, `rate_limit_exceeded`…). */
  reason?: string;
  /** Seconds until the answer's headers. */
  timings: { total: number };
}

/** Whether an answer was written after a miss; `entry`, `tenant` and `model` describe a written one. */
export interface StoreOutcome {
  route: string;
  stored: boolean;
  reason?: string;
  entry?: string;
  tenant?: string;
  model?: string;
}

/** What failed: a cache lookup or write, the Redis rate limiter (request let through), or an event append. */
export type FaultStage = 'lookup' | 'store' | 'rate-limit' | 'events';

/** Receives request records and store faults: metrics and logs implement it; tests may record. */
export interface RequestObserver {
  request(record: RequestRecord): void;
  /** A request passed through or refused (one per request, like `request` for the cached APIs' outcomes). */
  uncached(record: UncachedRecord): void;
  /** A cache store or embedder fault that the request survived (rate-limited logging is the observer's job). */
  cacheFault(stage: FaultStage, error: unknown): void;
  /** An answer was written (or not) after a miss. */
  stored(outcome: StoreOutcome): void;
}

export const silentObserver: RequestObserver = { request() {}, uncached() {}, cacheFault() {}, stored() {} };
