import type { RouteMatch, RouteSettings } from './schema.ts';
import type { EmbedderKind } from '../embedding/embedder.ts';
import type { RedisTarget } from './redis-target.ts';

/** `server.cors`: which browser origins may call the proxy, applied alike to hits, misses and errors. */
export interface CorsSettings {
  origins: '*' | readonly string[];
  /** Request headers a preflight allows; empty = whatever the preflight asks for. */
  allowHeaders: readonly string[];
  /** Exposed response headers beyond the default list (cors-policy.ts). */
  exposeHeaders: readonly string[];
  credentials: boolean;
  maxAgeSeconds?: number;
}

/** The wire protocol of an upstream (config `upstream.api`). */
export type UpstreamApi = 'openai' | 'anthropic';

/** The validated, frozen configuration the entry point builds everything from. */
export interface Config {
  server: {
    port: number;
    host: string;
    bodyLimit: number;
    upstreamBaseUrl: string;
    upstreamTimeoutMs: number;
    shutdownGraceMs: number;
    bodyTimeoutMs: number;
    /** `server.headersTimeout`: a request's headers must have arrived within it (Node's server.headersTimeout), 408 beyond. */
    headersTimeoutMs: number;
    uploadBytesInFlight: number;
    /** The largest upstream answer a MISS reads to store; a larger one is relayed and not stored. */
    maxAnswerBytes: number;
    /** Client connections open at once; one beyond is closed as it arrives. */
    maxConnections: number;
    cors?: CorsSettings;
  };
  store: {
    /** Unset → the embedded in-process store. */
    redisUrl?: string;
    /** Where `redisUrl` points: one server or a cluster's seeds; undefined with the embedded store. */
    redis?: RedisTarget;
    keyPrefix: string;
    maxEntries: number;
    maxBytes: number;
    lookupTimeoutMs: number;
    writeTimeoutMs: number;
  };
  embedder: EmbedderConfig;
  /** Routes in match order; the last one is always `default`. */
  routes: readonly Route[];
  prices: readonly ModelPrice[];
  adminToken?: string;
  tenantSecret?: string;
  logLevel: string;
  logPrompts: boolean;
  /** The Redis event stream; undefined when off (the default). */
  events?: EventsConfig;
}

export interface EventsConfig {
  /** Stream key; undefined → the store's default (`{keyPrefix}:events`). */
  stream?: string;
  /** Approximate cap (`XADD … MAXLEN ~ maxLen`). */
  maxLen: number;
  /** Hit and miss events carry the embedded text. */
  includePrompts: boolean;
}

export interface EmbedderConfig {
  kind: EmbedderKind;
  model: string;
  dimension: number;
  baseUrl?: string;
  apiKey?: string;
  pricePerMillion: number;
  cacheSize: number;
}

export interface Route {
  name: string;
  match: RouteMatch;
  /** The protocol of this route's upstream: which cached APIs it serves (`/v1/messages` needs `anthropic`). */
  upstreamApi: UpstreamApi;
  /** The route's own upstream (`upstream.baseUrl`, ends in `/v1`); undefined → UPSTREAM_BASE_URL. */
  upstreamBaseUrl?: string;
  settings: RouteSettings;
  /** The similarity threshold for the running embedder, resolved once at start. */
  threshold: number;
}

export interface ModelPrice {
  /** Glob on the model name. */
  model: string;
  /** USD per million prompt tokens. */
  input: number;
  /** USD per million completion tokens. */
  output: number;
}

/**
 * Default similarity thresholds, per embedder (each has its own scale). The embedding search only proposes
 * candidates; the verifier (src/cache/verify/) decides, so a threshold is a recall and cost knob, not the
 * safety line. `local`: the bottom of the quality sweep (bench/quality.md): no wrong hit at any threshold from
 * 0.99 down to it, and near-duplicates with a typo (an unknown word gets a vector of its own) score as low as
 * 0.5–0.7. `upstream` (text-embedding-3-small): lowered from 0.92 by the same reasoning, not measured here (no
 * network in the bench).
 */
export const DEFAULT_THRESHOLDS: Readonly<Record<EmbedderKind, number>> = { local: 0.6, upstream: 0.8 };

/** Prices in USD per million tokens, list prices as of 2026-11 (override in config `prices`). */
export const DEFAULT_PRICES: readonly ModelPrice[] = [
  { model: 'gpt-4o-mini*', input: 0.15, output: 0.6 },
  { model: 'gpt-4o*', input: 2.5, output: 10 },
  { model: 'gpt-4.1-nano*', input: 0.1, output: 0.4 },
  { model: 'gpt-4.1-mini*', input: 0.4, output: 1.6 },
  { model: 'gpt-4.1*', input: 2, output: 8 },
  { model: 'gpt-5-nano*', input: 0.05, output: 0.4 },
  { model: 'gpt-5-mini*', input: 0.25, output: 2 },
  { model: 'gpt-5*', input: 1.25, output: 10 },
  { model: 'o4-mini*', input: 1.1, output: 4.4 },
  { model: 'o3*', input: 2, output: 8 },
  // Anthropic list prices (anthropic.com/pricing; not re-checked online here: no network): Opus 4 and 4.1 cost
  // three times Opus 4.5, so their ids come first.
  { model: 'claude-opus-4-1*', input: 15, output: 75 },
  { model: 'claude-opus-4-0*', input: 15, output: 75 },
  { model: 'claude-opus-4-2025*', input: 15, output: 75 },
  { model: 'claude-opus-4*', input: 5, output: 25 },
  { model: 'claude-sonnet-4*', input: 3, output: 15 },
  { model: 'claude-3-7-sonnet*', input: 3, output: 15 },
  { model: 'claude-haiku-4*', input: 1, output: 5 },
  { model: 'claude-3-5-haiku*', input: 0.8, output: 4 },
  { model: 'claude-3-haiku*', input: 0.25, output: 1.25 },
];
