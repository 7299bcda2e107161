import { z } from 'zod';
import { PLACEMENTS } from '../store/placement.ts';
import { parseDuration } from './duration.ts';

/**
 * The YAML configuration file's schema. Every default is written here once, next to its meaning; the README's
 * configuration reference mirrors this file.
 */

const duration = z
  .union([z.string(), z.number()])
  .transform((value, ctx) => {
    const ms = parseDuration(value);
    if (ms === undefined) {
      ctx.addIssue({ code: 'custom', message: `invalid duration ${JSON.stringify(value)} (use e.g. 90s, 15m, 24h, 7d)` });
      return z.NEVER;
    }
    return ms;
  });

/** The longest delay a Node timer holds (2^31 - 1 ms, about 24.8 days); a longer one fires after 1 ms. */
const MAX_TIMER_MS = 2_147_483_647;
/** A duration a timer waits for: within what a Node timer can hold. */
const timerDuration = duration.refine((ms) => ms <= MAX_TIMER_MS, 'must be at most 24d (what a timer can wait)');
/** A timer's duration that must be at least 1 ms: a zero budget makes every call fail. */
const positiveDuration = timerDuration.refine((ms) => ms >= 1, 'must be at least 1ms');
/** An entry's lifetime: at least 1 s (a zero lifetime caches nothing; `mode: off` says that on purpose). */
const lifetime = duration.refine((ms) => ms >= 1_000, 'must be at least 1s (use mode: off to cache nothing)');

/** The levels LOG_LEVEL and `logLevel` take. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const similarity = z.number().min(-1).max(1);

/** A plain number applies to whichever embedder runs; an object sets it per embedder. */
const threshold = z.union([similarity, z.object({ local: similarity.optional(), upstream: similarity.optional() }).strict()]);

const embedStrategy = z.union([
  z.literal('last-user'),
  z.object({ lastTurns: z.number().int().min(1).max(50) }).strict(),
]);

/**
 * An LLM judge for candidates the structural verifier cannot decide (README "LLM judge"): a small model behind an
 * OpenAI-compatible chat completions API answers yes/no.
 */
const judge = z
  .object({
    model: z.string().min(1, 'must name the judge model, e.g. gpt-4o-mini'),
    /** OpenAI-compatible base URL ending in /v1; unset → the upstream (UPSTREAM_BASE_URL). */
    baseUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL ending in /v1' }).optional(),
    /** Sent as `Bearer <apiKey>`; unset → the caller's own credentials, forwarded and never stored. */
    apiKey: z.string().min(1).optional(),
    /** A judge slower than this counts as a MISS (reason judge-timeout). */
    timeout: duration.refine((ms) => ms >= 1 && ms <= 60_000, 'must be between 1ms and 60s').default(2_000),
    /** Also ask the judge about candidates the structural verifier calls `same` (a second check, more calls). */
    confirmSame: z.boolean().default(false),
    /** Judge verdicts remembered per (query, entry) pair; the least recently used beyond this are dropped. */
    cacheSize: z.number().int().min(0).default(10_000),
  })
  .strict();

const routeSettings = z
  .object({
    /**
     * semantic: exact + similarity tiers; exact: exact tier only; off: never cache (BYPASS); shadow: look up and
     * verify like semantic, never serve, and report what would have been served.
     */
    mode: z.enum(['semantic', 'exact', 'off', 'shadow']),
    /** How candidates are verified beyond the structural rules: an optional LLM judge. */
    verify: z.object({ judge: judge.optional() }).strict().optional(),
    /** How long a stored answer lives. */
    ttl: lifetime,
    /** Cap for a client's `X-Cache-TTL`. */
    maxTtl: lifetime,
    /** Similarity needed for a semantic hit; unset → the running embedder's default. */
    threshold: threshold.optional(),
    /** Lowest `X-Cache-Threshold` a client may ask for. */
    minThreshold: similarity,
    /** What is embedded: the last user message, or the last N turns (which then leave the partition). */
    embed: embedStrategy,
    /** Requests with a higher temperature are not cached. Unset → no limit. */
    maxTemperature: z.number().min(0).optional(),
    /** Cache answers that end in tool calls (finish_reason tool_calls). */
    cacheToolCalls: z.boolean(),
    /** Cache answers cut off by max_tokens (finish_reason length). */
    cacheTruncated: z.boolean(),
    /** Let every API key on this route share entries (no tenant in the partition). */
    share: z.boolean(),
    /** Take the tenant from this request header instead of the API key (only behind a trusted gateway). */
    tenantHeader: z.string().min(1).optional(),
    trustTenantHeader: z.boolean(),
    /** A hit pushes the entry's expiry out by the route's TTL again. */
    slideTtl: z.boolean(),
    /** How a cached answer is replayed to a streaming client. */
    replay: z
      .object({ chunkChars: z.number().int().min(1).max(10_000), delayMs: z.number().int().min(0).max(1_000) })
      .strict(),
    /** Minimum share of the prompt's words the local embedder must know for a semantic lookup. */
    minCoverage: z.number().min(0).max(1),
    /**
     * Longest embedded text (UTF-8 bytes) the semantic tier takes on; longer texts use the exact tier only, since
     * embedding and verifying them runs on the event loop and would stall every other request. Never below
     * 128 KiB: prompts over 100 KB must still be served semantically.
     */
    maxSemanticBytes: z.number().int().min(131_072),
    /**
     * Where the route's entries live in a Redis Cluster: `spread` over every master by their own key (a KNN asks
     * every master), or `partition`: one partition's keys under one hash tag, so a KNN asks one master
     * (src/store/placement.ts). Accepted, and without effect on lookups, by the embedded store and one Redis.
     */
    placement: z.enum(PLACEMENTS, { error: (issue) => `must be "spread" or "partition", got ${JSON.stringify(issue.input)}` }),
    /** Requests per tenant per window on this route (sliding window); unset → no limit. */
    rateLimit: z
      .object({
        requests: z.number().int().min(1),
        // Retry-After is in whole seconds, so shorter windows could not be told to clients.
        window: duration.refine((ms) => ms >= 1_000, 'must be at least 1s'),
        /** Whether cache hits count against the limit. */
        countHits: z.boolean().default(false),
      })
      .strict()
      .optional(),
  })
  .strict();

export const ROUTE_DEFAULTS = {
  mode: 'semantic',
  ttl: '24h',
  maxTtl: '30d',
  minThreshold: 0.6,
  embed: 'last-user',
  cacheToolCalls: false,
  cacheTruncated: false,
  share: false,
  trustTenantHeader: false,
  slideTtl: false,
  replay: { chunkChars: 32, delayMs: 0 },
  minCoverage: 0.5,
  maxSemanticBytes: 262_144,
  placement: 'spread',
} as const;

const routeMatch = z
  .object({
    /** Path prefix before `/v1`, e.g. `/support` for base URL http://host:8080/support/v1. */
    pathPrefix: z.string().regex(/^\/[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/, 'must look like /name or /a/b'),
    /** Glob on the request's model (`*` matches any run of characters). */
    model: z.string().min(1).optional(),
    /** Header name → exact value (names case-insensitive). */
    headers: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/**
 * Route settings stay raw here and are validated once merged with the defaults (see load-config.ts), so a
 * duration is parsed exactly once.
 */
const routeOverrides = z.record(z.string(), z.unknown());

/** A route's own upstream: base URL ending in `/v1` (same join rule), and the protocol it speaks. */
const routeUpstream = z
  .object({
    baseUrl: z.url().refine((url) => /^https?:\/\//.test(url), 'must be an http(s) URL'),
    api: z.enum(['openai', 'anthropic']).default('openai'),
  })
  .strict();

const route = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and - only (it is a metric label)'),
    match: routeMatch.optional(),
    upstream: routeUpstream.optional(),
  })
  .catchall(z.unknown());

const embedderSettings = z
  .object({
    kind: z.enum(['local', 'upstream']),
    /** Hosted embedder: model, endpoint (default: the upstream), key (default: the caller's). */
    model: z.string().default('text-embedding-3-small'),
    dimension: z.number().int().min(1).default(1536),
    baseUrl: z.url().optional(),
    apiKey: z.string().optional(),
    /** USD per million tokens, for net savings. */
    pricePerMillion: z.number().min(0).default(0.02),
    /** Default similarity thresholds per embedder, chosen from bench/quality results. */
    cacheSize: z.number().int().min(0).default(10_000),
  })
  .strict();

const modelPrice = z.object({ input: z.number().min(0), output: z.number().min(0) }).strict();

export const fileConfigSchema = z
  .object({
    embedder: z.union([z.enum(['local', 'upstream']), embedderSettings.partial({ kind: true })]).default('local'),
    defaults: routeOverrides.default({}),
    routes: z.array(route).default([]),
    server: z
      .object({
        port: z.number().int().min(0).max(65_535).default(8080),
        host: z.string().default('0.0.0.0'),
        bodyLimit: z.number().int().min(1_024).default(16 * 1024 * 1024),
        upstreamBaseUrl: z.url().default('https://api.openai.com/v1'),
        /** Upstream response-header timeout. */
        upstreamTimeout: timerDuration.default(600_000),
        shutdownGrace: timerDuration.default(10_000),
        /** A request body must have arrived within this time: 408 beyond (slow uploads hold memory). */
        bodyTimeout: positiveDuration.default(30_000),
        /** A request's headers must have arrived within this time: 408 beyond (a client trickling header lines holds a connection). */
        headersTimeout: positiveDuration.default(10_000),
        /** Bytes of request bodies being received at once, across all requests: 503 beyond. */
        uploadBytesInFlight: z.number().int().min(1_024).default(256 * 1024 * 1024),
        /** The largest upstream answer a MISS reads to store (JSON or SSE): a larger one is relayed as it arrives, never stored. */
        maxAnswerBytes: z.number().int().min(1_024).default(64 * 1024 * 1024),
        /**
         * Client connections open at once: one beyond is closed as it arrives (Node's `server.maxConnections`), so a
         * flood of idle or half-sent connections cannot use up the file descriptors the upstream and Redis need.
         */
        maxConnections: z.number().int().min(1).default(10_000),
        /** Off when absent: no CORS headers at all (the upstream's are never relayed). */
        cors: z
          .object({
            origins: z.union([z.literal('*'), z.array(z.string().min(1)).min(1)]),
            allowHeaders: z.array(z.string().min(1)).default([]),
            exposeHeaders: z.array(z.string().min(1)).default([]),
            credentials: z.boolean().default(false),
            maxAge: duration.optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .default({ port: 8080, host: '0.0.0.0', bodyLimit: 16 * 1024 * 1024, upstreamBaseUrl: 'https://api.openai.com/v1', upstreamTimeout: 600_000, shutdownGrace: 10_000, bodyTimeout: 30_000, headersTimeout: 10_000, uploadBytesInFlight: 256 * 1024 * 1024, maxAnswerBytes: 64 * 1024 * 1024, maxConnections: 10_000 }),
    store: z
      .object({
        redisUrl: z.string().optional(),
        /**
         * Treat the Redis URL as a seed of a Redis Cluster (also implied by `redis+cluster://` or a comma-separated
         * list of URLs): entries spread over the masters, KNN fans out to each (src/store/redis/cluster-connection.ts).
         */
        cluster: z.boolean().default(false),
        keyPrefix: z.string().default('semcache'),
        maxEntries: z.number().int().min(1).default(100_000),
        maxBytes: z.number().int().min(1_024).default(256 * 1024 * 1024),
        lookupTimeout: positiveDuration.default(50),
        writeTimeout: positiveDuration.default(1_000),
      })
      .strict()
      .default({ cluster: false, keyPrefix: 'semcache', maxEntries: 100_000, maxBytes: 256 * 1024 * 1024, lookupTimeout: 50, writeTimeout: 1_000 }),
    /** USD per million tokens by model glob; first match wins. */
    prices: z.record(z.string(), modelPrice).optional(),
    // In any case, as LOG_LEVEL (logLevel: INFO is as common as info).
    logLevel: z.preprocess((value) => (typeof value === 'string' ? value.toLowerCase() : value), z.enum(LOG_LEVELS)).default('info'),
    /** Log prompts (debug only; never keys). */
    logPrompts: z.boolean().default(false),
    /**
     * Audit/analytics event stream (Redis store only): one entry per hit, miss, store and admin invalidation,
     * appended with `XADD … MAXLEN ~ maxLen`. Absent → off; present → on unless `enabled: false`.
     */
    events: z
      .object({
        enabled: z.boolean().default(true),
        /** Stream key; default `{store.keyPrefix}:events`. */
        stream: z.string().min(1).optional(),
        /** Approximate cap on the stream's length (Redis trims whole nodes, so it may run a little over). */
        maxLen: z.number().int().min(1).default(100_000),
        /** Put the embedded text in hit and miss events (it is never there otherwise). */
        includePrompts: z.boolean().default(false),
      })
      .strict()
      .optional(),
  })
  .strict();

export type FileConfig = z.output<typeof fileConfigSchema>;
export type RouteSettings = z.output<typeof routeSettings>;
export type RouteMatch = z.output<typeof routeMatch>;
export type JudgeSettings = z.output<typeof judge>;
export { routeSettings as routeSettingsSchema };
