import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Hono, type Context } from 'hono';
import { refusalBody, shapeOfTarget } from './refusal-shape.ts';
import type { CorsSettings, Route, UpstreamApi } from '../config/config.ts';
import { parseProxyPath, routeOfPrefix, upstreamApisByPrefix, type ProxyPath } from '../routing/select-route.ts';
import { requestPath } from './request-path.ts';
import { proxyRequestFromNode, proxyRequestFromWeb, type ProxyRequest } from './proxy-request.ts';
import type { VectorStore } from '../store/vector-store.ts';
import { UpstreamUnavailableError, type UpstreamClient } from '../upstream/upstream-client.ts';
import { passThrough } from './forward.ts';
import { corsPolicy } from './cors-policy.ts';
import { notCached, ProxyError, upstreamFailure } from './proxy-error.ts';
import { asksOnlyIfCached } from './cache-controls.ts';
import { UploadAbortedError } from './read-body.ts';
import type { RateLimitGate } from './rate-limit-gate.ts';
import type { RequestObserver, UncachedRecord } from './request-observer.ts';
import { assignRequestId } from './request-id.ts';
import { writeStreamedBodies } from './node-body-writer.ts';

export interface AppDeps {
  routes: readonly Route[];
  /** The cached APIs, each at its path after `/v1` (see CachePipeline). */
  cachedApis: readonly CachedApi[];
  /** The upstream of a route (its own `upstream.baseUrl`, else UPSTREAM_BASE_URL). */
  upstreamFor: (route: Route) => UpstreamClient;
  store: VectorStore;
  readiness: Readiness;
  /** Extra routes mounted before the proxy (metrics, admin). */
  extensions?: Array<(app: Hono<AppEnv>) => void>;
  /** `server.cors`; absent: no CORS headers. */
  cors?: CorsSettings;
  /** Routes' `rateLimit` for pass-through requests (the cache pipeline counts the cached APIs'); absent: none. */
  rateLimit?: RateLimitGate;
  /** Told about each pass-through request and each one the proxy refuses (the cache pipeline reports its own). */
  observer?: Pick<RequestObserver, 'uncached'>;
  /** Told about errors the proxy did not expect (they are answered with a 500). */
  onUnexpectedError?: (error: unknown) => void;
  /** Told when a client went away during its upload or while its upstream call ran (normal traffic, not an error). */
  onClientAborted?: (stage: 'upload' | 'upstream') => void;
  /**
   * Told when a client deletes an answer the upstream kept (a passed-through `DELETE /v1/responses/{id}` or
   * `/v1/chat/completions/{id}`), with the request that asked and the answer's id, as it is sent.
   */
  onAnswerDeleted?: (request: ProxyRequest, answerId: string) => void;
}

/** One cached API at its path, answered by the cache pipeline with that API's adapter. */
export interface CachedApi {
  /** After `/v1`, e.g. `/chat/completions`. */
  path: string;
  /** Served only on routes whose upstream speaks this protocol; elsewhere the path is passed through. */
  upstreamApi: UpstreamApi;
  handle(request: ProxyRequest, path: ProxyPath, requestId: string): Promise<Response>;
}

/** Start-up and shutdown state for `/readyz`. */
export interface Readiness {
  started: boolean;
  shuttingDown: boolean;
}

/**
 * `errorShape`: the API whose error shape the proxy's own errors take on this path (its route's upstream);
 * `started`: when the app began on the request (`performance.now()`); `route` and `passedThrough`: for the log
 * line of a request no cache outcome describes. `incoming` is the Node request when served by @hono/node-server
 * (absent for in-process `app.request`).
 */
export type AppEnv = {
  Variables: { requestId: string; errorShape: UpstreamApi; path: string; started: number; route: string; passedThrough: boolean };
  Bindings: { incoming?: IncomingMessage };
};

/** Builds the HTTP app; listening on a port is the entry point's job. */
export function buildApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // Outermost: it writes a streamed answer once every other middleware has set its headers.
  app.use(writeStreamedBodies);
  app.use(assignRequestId);
  // First, so every answer carries the policy's headers, a refused path's 400 included.
  if (deps.cors) app.use(corsPolicy(deps.cors));
  // Before anything routes on it (DESIGN.md §6): Hono matches on the URL-parsed path, whose dot segments are
  // already resolved, so without this GET /v1/../admin/stats would reach the admin API.
  app.use(async function canonicalTarget(c, next) {
    c.set('started', performance.now());
    c.set('path', requestPath(c.req.raw, c.env?.incoming));
    await next();
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', (c) => {
    const ready = deps.readiness.started && !deps.readiness.shuttingDown;
    const body = {
      status: ready ? 'ready' : deps.readiness.shuttingDown ? 'shutting-down' : 'starting',
      store: deps.store.kind,
      semantic: deps.store.semantic,
      ...(deps.store.semantic || deps.store.semanticOffReason === undefined ? {} : { semanticOff: deps.store.semanticOffReason }),
      ...(deps.store.topology === undefined ? {} : { mode: deps.store.topology.mode, masters: deps.store.topology.masters }),
      reachable: deps.store.reachable,
    };
    return c.json(body, ready ? 200 : 503);
  });
  for (const extend of deps.extensions ?? []) extend(app);

  const apisOfPrefix = upstreamApisByPrefix(deps.routes);
  const anthropicPrefixes = [...apisOfPrefix].filter(([, apis]) => apis.has('anthropic')).map(([prefix]) => prefix);
  app.all('*', async function proxy(c) {
    const path = parseProxyPath(c.get('path'), deps.routes);
    if (!path) throw new ProxyError(404, `Unknown path ${c.get('path')}: use /v1/... or a configured route prefix.`, { code: 'not_found' });
    // Any API a route of the prefix speaks: the pipeline then picks the route by model (an OpenAI route first on
    // the prefix does not send a claude-* request for /v1/messages, with its Anthropic key, to OpenAI).
    const apis = apisOfPrefix.get(path.prefix) ?? apisOfPrefix.get('')!;
    const cached = c.req.method === 'POST' ? deps.cachedApis.find((api) => api.path === path.upstreamPath && apis.has(api.upstreamApi)) : undefined;
    // Served over a socket: read the Node request itself (its signal is the adapter's, aborted on hang-up).
    const incoming = c.env?.incoming;
    const request = incoming ? proxyRequestFromNode(incoming, c.req.raw.signal) : proxyRequestFromWeb(c.req.raw);
    // An Anthropic client given the proxy's root (or another OpenAI prefix) as its base URL where a prefix of its own
    // serves Anthropic's API: refused, not passed through with its Anthropic key to OpenAI (a hostile review, session
    // 57: `new Anthropic({ baseURL: 'http://host:8080' })` sent `sk-ant-…` to the default route's upstream).
    if (!apis.has('anthropic') && anthropicPrefixes.length > 0 && isAnthropicCall(path.upstreamPath, request.header)) {
      c.set('errorShape', 'anthropic');
      const named = (prefix: string) => (prefix === '' ? 'the root' : prefix);
      throw new ProxyError(404, `The routes of ${named(path.prefix)} forward to OpenAI's API; Anthropic's is served under ${anthropicPrefixes.map(named).join(', ')}: give the Anthropic client the base URL http://<this host>${anthropicPrefixes[0]}. The request was not sent upstream.`, { code: 'route_not_found' });
    }
    if (cached) {
      c.set('errorShape', cached.upstreamApi);
      return cached.handle(request, path, c.get('requestId'));
    }
    // Not cached (count_tokens, models, files…): on a prefix whose routes speak two APIs, an Anthropic client (it
    // always sends `anthropic-version`) goes to the prefix's Anthropic route, any other to its first route.
    const route = apis.size > 1 ? routeOfPrefix(deps.routes, path.prefix, request.header('anthropic-version') === undefined ? 'openai' : 'anthropic') : routeOfPrefix(deps.routes, path.prefix);
    c.set('errorShape', route.upstreamApi);
    c.set('route', route.name);
    // `only-if-cached` forbids calling the upstream, and the cache answers none of these paths (a review, session 50:
    // `/v1/embeddings` and `/v1/models` went upstream).
    if (asksOnlyIfCached(request.header('cache-control'))) throw notCached('BYPASS');
    // Everything that reaches the upstream counts against the route's limit, not only the cached APIs: else any
    // other path (`/v1/embeddings`, `/v1/images/generations`) was an unlimited way to the upstream.
    if (route.settings.rateLimit && deps.rateLimit) await deps.rateLimit.admit(route, request, 'before-upstream');
    c.set('passedThrough', true);
    // A key deleting one of its kept answers: its entry goes whatever becomes of the call (a client that leaves
    // may leave the upstream done; a failed delete only costs that key one miss). Only the keeper's entry goes.
    const deleted = request.method === 'DELETE' ? deletedAnswerId(path.upstreamPath) : undefined;
    if (deleted !== undefined) {
      try {
        deps.onAnswerDeleted?.(request, deleted);
      } catch (error) {
        deps.onUnexpectedError?.(error); // the cache's side of a DELETE never fails the client's
      }
    }
    const response = await passThrough(deps.upstreamFor(route), request, path.upstreamPath);
    reportUncached(c, response.status);
    return response;
  });

  /** One log line for a request the cache pipeline does not report: passed through, or refused here. */
  function reportUncached(c: Context<AppEnv>, status: number, reason?: string): void {
    if (!deps.observer) return;
    const passedThrough = c.get('passedThrough') === true;
    const started = c.get('started');
    const record: UncachedRecord = {
      requestId: c.get('requestId'),
      method: c.req.method,
      outcome: passedThrough ? 'pass-through' : 'refused',
      status,
      timings: { total: started === undefined ? 0 : (performance.now() - started) / 1_000 },
    };
    const path = c.get('path');
    if (path !== undefined) record.path = path;
    const route = c.get('route');
    if (route !== undefined) record.route = route;
    if (passedThrough && reason === undefined) record.upstreamStatus = status;
    if (reason !== undefined) record.reason = reason;
    deps.observer.uncached(record);
  }

  app.onError(function renderError(error, c) {
    // A path refused before its route was known takes the shape of the route its raw target starts with (only on
    // this error path, so the hot path never matches routes twice).
    const shape = c.get('errorShape') ?? shapeOfTarget(deps.routes)(c.env?.incoming?.url ?? c.req.path);
    if (shape !== undefined) c.set('errorShape', shape);
    // Every answer rendered here gets its log line; a client that left has one of its own (onClientAborted).
    const render = (proxyError: ProxyError) => {
      reportUncached(c, proxyError.status, proxyError.code ?? undefined);
      return proxyError.getResponse({}, refusalBody(proxyError, shape));
    };
    if (error instanceof ProxyError) return render(error);
    const clientGone = error instanceof UploadAbortedError || (error.name === 'AbortError' && c.req.raw.signal.aborted);
    if (clientGone) {
      deps.onClientAborted?.(error instanceof UploadAbortedError ? 'upload' : 'upstream');
      // Nobody reads this answer; it only has to be well-formed.
      const closed = new ProxyError(400, 'The client closed the connection before the response.', { code: 'client_closed_request' });
      return closed.getResponse({}, refusalBody(closed, shape));
    }
    if (error instanceof UpstreamUnavailableError) return render(upstreamFailure(error.reason));
    deps.onUnexpectedError?.(error);
    return render(new ProxyError(500, 'The proxy failed to handle this request.', { code: 'internal_error' }));
  });

  return app;
}

/**
 * A call of Anthropic's API: its SDKs always send `anthropic-version`, `/v1/messages…` and `/v1/complete` are no paths
 * of OpenAI's, and an Anthropic key (`sk-ant-…`, in `x-api-key` or as a bearer) on a path both APIs have (models,
 * files, batches) is Anthropic's.
 */
function isAnthropicCall(upstreamPath: string, header: (name: string) => string | undefined): boolean {
  if (upstreamPath === '/messages' || upstreamPath.startsWith('/messages/') || upstreamPath === '/complete') return true;
  // A call of OpenAI's own API (chat completions, responses) is OpenAI's whatever headers or key it carries: it is
  // refused or answered in OpenAI's shape by the pipeline.
  if (OPENAI_CALL.test(upstreamPath)) return false;
  return header('anthropic-version') !== undefined || ANTHROPIC_KEY.test(header('x-api-key') ?? '') || ANTHROPIC_KEY.test(header('authorization') ?? '');
}
const ANTHROPIC_KEY = /^\s*(?:Bearer\s+)?sk-ant-/iu;
const OPENAI_CALL = /^\/(?:chat\/completions|responses|completions|embeddings)(?:\/|$)/u;

/** The answer id a DELETE of a kept answer names (`/responses/{id}`, `/chat/completions/{id}`), else undefined. */
function deletedAnswerId(upstreamPath: string): string | undefined {
  // The path is decoded once already (canonicalPath): decoding again would misread "%25" and could throw.
  const match = /^\/(?:responses|chat\/completions)\/([^/?]+)$/u.exec(upstreamPath);
  return match === null ? undefined : match[1]!;
}
