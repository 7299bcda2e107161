import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { createServer } from 'node:http';
import { getRequestListener, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Config } from './config/config.ts';
import { ChatCache } from './cache/chat-cache.ts';
import { InProcessCoalescer, type Coalescer } from './cache/coalescer.ts';
import { TenantSecret } from './cache/tenant-secret.ts';
import { keeperOf } from './cache/tenant.ts';
import { JudgeClient } from './cache/verify/judge-client.ts';
import { JudgeVerdictCache } from './cache/verify/judge-verdict-cache.ts';
import { JudgedVerifier, type JudgeObserver, type RouteJudge } from './cache/verify/judged-verifier.ts';
import { LoadingVerifier } from './cache/verify/loading-verifier.ts';
import type { CandidateVerifier } from './cache/verify/verdict.ts';
import type { Embedder } from './embedding/embedder.ts';
import { CachingEmbedder } from './embedding/caching-embedder.ts';
import { LocalEmbedder } from './embedding/local/local-embedder.ts';
import { UpstreamEmbedder } from './embedding/upstream-embedder.ts';
import { buildApp, type AppDeps, type AppEnv, type Readiness } from './http/app.ts';
import { CachePipeline } from './http/cache-pipeline.ts';
import { anthropicMessagesAdapter } from './api/anthropic-messages/anthropic-messages-adapter.ts';
import { openAiChatAdapter } from './api/openai-chat/openai-chat-adapter.ts';
import { openAiResponsesAdapter } from './api/openai-responses/openai-responses-adapter.ts';
import type { CachedAnswer } from './cache/cached-answer.ts';
import type { ApiAdapter, ParsedRequest } from './api/api-adapter.ts';
import type { CachedApi } from './http/app.ts';
import type { Route } from './config/config.ts';
import { UploadBudget } from './http/upload-budget.ts';
import type { RequestObserver, UncachedRecord } from './http/request-observer.ts';
import { adminApi } from './http/admin.ts';
import { metricsRoute } from './http/metrics-route.ts';
import { malformedRequestAnswer } from './http/malformed-request.ts';
import { shapeOfTarget } from './http/refusal-shape.ts';
import { clientErrorAnswer } from './http/client-error.ts';
import { createLimitsAndEvents, type LimitsAndEvents } from './limits-and-events.ts';
import { createLogger } from './observability/logger.ts';
import { createObservability, type Observability } from './observability/observability.ts';
import { EmbeddedStore } from './store/embedded/embedded-store.ts';
import { GuardedStore } from './store/guarded-store.ts';
import { RedisLockCoalescer } from './store/redis/redis-lock-coalescer.ts';
import { RedisStore, type RedisStoreLogger } from './store/redis/redis-store.ts';
import type { VectorStore } from './store/vector-store.ts';
import { UpstreamClient } from './upstream/upstream-client.ts';

/** Parts a caller may supply instead of the ones the config describes (tests, benchmarks). */
export interface SemcacheParts {
  /** How long a request waits for an identical in-flight one (default 60 s); tests shorten it. */
  followTimeoutMs?: number;
  store?: VectorStore;
  embedder?: Embedder;
  /** The structural verifier (default: src/cache/verify/structural-verifier.ts); a route's LLM judge still wraps it. */
  structuralVerifier?: CandidateVerifier;
  /** An extra observer fed alongside metrics and logs. */
  observer?: RequestObserver;
  /** Where JSON log lines go (default stdout); tests pass a capturing stream. */
  logDestination?: DestinationStream;
}

export interface Semcache {
  readonly app: Hono<AppEnv>;
  readonly store: VectorStore;
  readonly embedder: Embedder;
  /** In-process, or across instances with a Redis lock when the store is Redis. */
  readonly coalescer: Coalescer;
  /** Logger, Prometheus metrics and the request observer. */
  readonly observability: Observability;
  /** Loads the embedder and detects the store's capabilities; `/readyz` answers 200 once it resolves. */
  start(): Promise<void>;
  /** Listens on a port (0 = any free one); returns the bound port. */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), then closes connections. */
  shutdown(): Promise<void>;
}

/** Builds the proxy from its configuration; the only place that chooses implementations. */
export function createSemcache(config: Config, parts: SemcacheParts = {}): Semcache {
  const logger = createLogger({ level: config.logLevel, destination: parts.logDestination });
  const embedder = parts.embedder ?? createEmbedder(config);
  const store = parts.store ?? createStore(config, embedder, logger);
  const upstreams = upstreamClients(config);
  const upstreamFor = (route: Route) => upstreams.get(route.upstreamBaseUrl ?? config.server.upstreamBaseUrl)!;
  const tenantSecret = new TenantSecret({
    configured: config.tenantSecret,
    fetchShared: store instanceof GuardedStore && store.inner instanceof RedisStore ? (candidate) => (store.inner as RedisStore).getOrCreateTenantSecret(candidate) : undefined,
  });
  const readiness: Readiness = { started: false, shuttingDown: false };
  const observability = createObservability({ config, store, logger, extraObserver: parts.observer });
  const structuralVerifier = new LoadingVerifier({ log: (line) => logger.info(line) });
  const verifier = createVerifier(config, parts.structuralVerifier ?? structuralVerifier, observability.metrics);
  const cache = new ChatCache({ store, embedder, verifier });
  const coalescer = createCoalescer(store, config);
  // Per-route rate limits and the event stream (src/limits-and-events.ts).
  const limitsAndEvents = createLimitsAndEvents(config, { store, tenantSecret, observability });
  const pipeline = new CachePipeline({
    routes: config.routes,
    bodyLimit: config.server.bodyLimit,
    maxAnswerBytes: config.server.maxAnswerBytes,
    upload: { timeoutMs: config.server.bodyTimeoutMs, budget: new UploadBudget(config.server.uploadBytesInFlight) },
    cache,
    upstreamFor,
    coalescer,
    tenantSecret,
    observer: limitsAndEvents.observer,
    recordPrompts: config.logPrompts || limitsAndEvents.recordsPrompts,
    rateLimit: limitsAndEvents.rateLimit,
    shadow: observability.metrics,
    followTimeoutMs: parts.followTimeoutMs,
  });
  const extensions = operationsRoutes(config, observability, store, tenantSecret, limitsAndEvents);
  const cachedApi = <R extends ParsedRequest, A extends CachedAnswer>(path: string, adapter: ApiAdapter<R, A>): CachedApi => ({
    path,
    upstreamApi: adapter.upstreamApi,
    handle: (request, proxyPath, requestId) => pipeline.handle(adapter, request, proxyPath, requestId),
  });
  const cachedApis = [cachedApi('/chat/completions', openAiChatAdapter), cachedApi('/responses', openAiResponsesAdapter), cachedApi('/messages', anthropicMessagesAdapter)];
  const app = buildApp({
    routes: config.routes,
    cachedApis,
    upstreamFor,
    store,
    readiness,
    extensions,
    cors: config.server.cors,
    rateLimit: limitsAndEvents.rateLimit,
    observer: limitsAndEvents.observer,
    onUnexpectedError: (error) => logger.error({ err: error }, 'unexpected error'),
    onClientAborted: observability.clientAborted,
    // An answer deleted upstream is not served again: its entry goes too (only the deleting key's, off the response path).
    onAnswerDeleted: (request, answerId) => {
      if (!tenantSecret.known) return;
      const keeper = keeperOf(request, tenantSecret.value);
      store.forgetAnswer(answerId, keeper).catch((error: unknown) => observability.observer.cacheFault('store', error));
    },
  });
  let server: ServerType | undefined;

  return {
    app,
    store,
    embedder,
    coalescer,
    observability,
    async start() {
      // The shared tenant secret is read once the store is connected (or known to be down), so a reachable Redis
      // gives it before ready; an unreachable one leaves it to background retries.
      await Promise.all([embedder.start(), structuralVerifier.start(), store.start().then(() => tenantSecret.start())]);
      readiness.started = true;
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        // `serve()` cannot take an error handler: requests the adapter cannot parse would get an empty 400.
        const refused = (record: UncachedRecord) => limitsAndEvents.observer.uncached(record);
        // Requests refused before routing take the error shape of the route their target names (refusal-shape.ts).
        const shapeOf = shapeOfTarget(config.routes);
        // The adapter tells its error handler no request target: the one it is turning into a web Request is read
        // here, while the handler runs synchronously inside the listener's call (refusal-shape-by-route.test.ts).
        let adapting: string | undefined;
        const adapter = getRequestListener(app.fetch, { hostname: host, errorHandler: malformedRequestAnswer(refused, () => (adapting === undefined ? undefined : shapeOf(adapting))) });
        const listener: typeof adapter = (incoming, outgoing) => {
          adapting = incoming.url;
          try {
            return adapter(incoming, outgoing);
          } finally {
            adapting = undefined;
          }
        };
        // Headers trickled a line at a time held a connection for Node's default 60 s, checked every 30 s: 88 s (a
        // hostile review, session 50). Checked every second now, against `server.headersTimeout`.
        const nodeServer = createServer({ headersTimeout: config.server.headersTimeoutMs, requestTimeout: Math.max(REQUEST_TIMEOUT_MS, config.server.headersTimeoutMs + 1, config.server.bodyTimeoutMs + HEADERS_CHECK_MS), connectionsCheckingInterval: Math.min(HEADERS_CHECK_MS, config.server.headersTimeoutMs) }, listener);
        // Requests Node's parser refuses (431 headers too large, 400) get an id, a JSON body and a log line too.
        nodeServer.on('clientError', clientErrorAnswer(refused, shapeOf));
        nodeServer.maxConnections = config.server.maxConnections;
        nodeServer.on('drop', () => observability.resilience.connectionDropped());
        server = nodeServer;
        nodeServer.listen(port, host, () => resolve((nodeServer.address() as AddressInfo).port));
        // A port in use (EADDRINUSE) is a start-up failure, not an error to keep serving through.
        server.once('error', reject);
      });
    },
    async shutdown() {
      readiness.shuttingDown = true;
      if (server) {
        const nodeServer = server as import('node:http').Server;
        const closed = new Promise<void>((resolve) => nodeServer.close(() => resolve()));
        nodeServer.closeIdleConnections?.();
        if ((await settlesWithin(closed, config.server.shutdownGraceMs)) === 'late') {
          // Grace is over: abort upstream calls still running (a JSON call has no other deadline than the upstream
          // timeout), let their clients get a clean 503 or SSE error event, then cut what is left.
          const aborted = [...upstreams.values()].reduce((sum, upstream) => sum + upstream.abortInflight(), 0);
          observability.resilience.shutdownAborted(aborted);
          logger.warn({ aborted }, `shutdown grace over: aborted ${aborted} upstream call(s) still running`);
          if ((await settlesWithin(closed, SHUTDOWN_FLUSH_MS)) === 'late') nodeServer.closeAllConnections?.();
          await closed;
        }
      }
      await pipeline.drain(); // answers of the last misses are still being written
      tenantSecret.stop();
      await Promise.allSettled([store.close(), ...[...upstreams.values()].map((upstream) => upstream.close())]);
    },
  };
}

/** One client per distinct upstream base URL: UPSTREAM_BASE_URL and every route's own `upstream.baseUrl`. */
function upstreamClients(config: Config): Map<string, UpstreamClient> {
  const clients = new Map<string, UpstreamClient>();
  for (const baseUrl of [config.server.upstreamBaseUrl, ...config.routes.map((route) => route.upstreamBaseUrl)]) {
    if (baseUrl !== undefined && !clients.has(baseUrl)) clients.set(baseUrl, new UpstreamClient({ baseUrl, headersTimeoutMs: config.server.upstreamTimeoutMs, maxConnections: config.server.maxConnections }));
  }
  return clients;
}

/** After the grace, how long aborted requests get to write their error before connections are cut. */
const SHUTDOWN_FLUSH_MS = 1_000;
/** How often Node checks open connections against `server.headersTimeout` (its default is every 30 s). */
const HEADERS_CHECK_MS = 1_000;
/**
 * Node's own limit on receiving a whole request (its default), kept above `server.headersTimeout` as Node requires and
 * above `server.bodyTimeout`, which answers a slow body itself (a longer one was cut at 300 s by Node; a review, session 50).
 */
const REQUEST_TIMEOUT_MS = 300_000;

async function settlesWithin(promise: Promise<void>, ms: number): Promise<'settled' | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  try {
    return await Promise.race([promise.then(() => 'settled' as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

function createEmbedder(config: Config): Embedder {
  const settings = config.embedder;
  const embedder: Embedder =
    settings.kind === 'local'
      ? new LocalEmbedder()
      : new UpstreamEmbedder({
          baseUrl: settings.baseUrl ?? config.server.upstreamBaseUrl,
          model: settings.model,
          dimension: settings.dimension,
          apiKey: settings.apiKey,
        });
  return settings.cacheSize > 0 ? new CachingEmbedder(embedder, { maxEntries: settings.cacheSize }) : embedder;
}

/** The structural verifier, behind an LLM judge on the routes that configure one (`verify.judge`). */
function createVerifier(config: Config, structural: CandidateVerifier, observer: JudgeObserver): CandidateVerifier {
  const judges = new Map<string, RouteJudge>();
  for (const route of config.routes) {
    const judge = route.settings.verify?.judge;
    if (!judge) continue;
    judges.set(route.name, {
      asker: new JudgeClient({ baseUrl: judge.baseUrl ?? config.server.upstreamBaseUrl, model: judge.model, apiKey: judge.apiKey, timeoutMs: judge.timeout }),
      model: judge.model,
      confirmSame: judge.confirmSame,
      verdicts: new JudgeVerdictCache(judge.cacheSize),
    });
  }
  return judges.size === 0 ? structural : new JudgedVerifier({ structural, judges, observer });
}

function createStore(config: Config, embedder: Embedder, logger: RedisStoreLogger): VectorStore {
  const settings = config.store;
  if (!settings.redis) {
    return new EmbeddedStore({ dimension: embedder.dimension, maxEntries: settings.maxEntries, maxBytes: settings.maxBytes });
  }
  const budgets = { lookupMs: settings.lookupTimeoutMs, writeMs: settings.writeTimeoutMs };
  const target = settings.redis;
  const redis = new RedisStore({
    ...(target.mode === 'single' ? { url: target.url } : { url: target.seeds[0]!, clusterSeeds: target.seeds }),
    keyspace: { basePrefix: settings.keyPrefix, embedderModel: embedder.model, dimension: embedder.dimension },
    budgets,
    logger,
  });
  return new GuardedStore(redis, { budgets });
}

/** With the Redis store, identical misses are coalesced across every instance sharing it (a lock per digest). */
function createCoalescer(store: VectorStore, config: Config): Coalescer {
  if (!(store instanceof GuardedStore && store.inner instanceof RedisStore)) return new InProcessCoalescer();
  const redis = store.inner;
  return new RedisLockCoalescer({
    send: (args) => redis.command(args),
    readEntry: (id) => store.get(id, { vector: false }), // to serve it: the answer, not the vector
    lockKey: (digest) => redis.keys.lock(digest),
    available: () => !store.breaker.isOpen,
    // A follower waits for another instance's leader at most as long as that leader may wait for its upstream.
    maxWaitMs: config.server.upstreamTimeoutMs,
  });
}

/** `/metrics` always; the admin API only when `SEMCACHE_ADMIN_TOKEN` is set (else `/admin/*` is a 404). */
function operationsRoutes(config: Config, observability: Observability, store: VectorStore, tenantSecret: TenantSecret, limitsAndEvents: LimitsAndEvents): AppDeps['extensions'] {
  const routes: NonNullable<AppDeps['extensions']> = [metricsRoute(observability.metrics)];
  if (config.adminToken) {
    routes.push(
      adminApi({
        token: config.adminToken,
        store,
        tenantSecret,
        traffic: observability.metrics,
        breakerOpen: observability.breakerOpen,
        // A rejected pair must outlive any entry that could be stored again under the same id.
        rejectionTtlMs: Math.max(...config.routes.map((route) => route.settings.maxTtl)),
        onAction: (action) => {
          observability.logger.info(action, 'admin');
          limitsAndEvents.recordInvalidation(action);
        },
      }),
    );
  }
  return routes;
}
