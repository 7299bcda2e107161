import { Hono } from 'hono';
import type { CorsSettings, Route } from '../config/config.ts';
import { parseProxyPath } from '../routing/select-route.ts';
import { requestPath } from './request-path.ts';
import type { VectorStore } from '../store/vector-store.ts';
import { UpstreamUnavailableError, type UpstreamClient } from '../upstream/upstream-client.ts';
import type { ChatCompletionsProxy } from './chat-completions.ts';
import { passThrough } from './forward.ts';
import { corsPolicy } from './cors-policy.ts';
import { ProxyError, upstreamFailure } from './proxy-error.ts';
import { UploadAbortedError } from './read-body.ts';
import { requestIdOf, withRequestId } from './request-id.ts';

export interface AppDeps {
  routes: readonly Route[];
  chat: ChatCompletionsProxy;
  upstream: UpstreamClient;
  store: VectorStore;
  readiness: Readiness;
  /** Extra routes mounted before the proxy (metrics, admin). */
  extensions?: Array<(app: Hono<AppEnv>) => void>;
  /** `server.cors`; absent: no CORS headers. */
  cors?: CorsSettings;
  /** Told about errors the proxy did not expect (they are answered with a 500). */
  onUnexpectedError?: (error: unknown) => void;
  /** Told when a client went away during its upload or while its upstream call ran (normal traffic, not an error). */
  onClientAborted?: (stage: 'upload' | 'upstream') => void;
}

/** Start-up and shutdown state for `/readyz`. */
export interface Readiness {
  started: boolean;
  shuttingDown: boolean;
}

/** `incoming` is the Node request when served by @hono/node-server (absent for in-process `app.request`). */
export type AppEnv = { Variables: { requestId: string }; Bindings: { incoming?: { url?: string } } };

const CHAT_COMPLETIONS = '/chat/completions';

/** Builds the HTTP app; listening on a port is the entry point's job. */
export function buildApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use(async function assignRequestId(c, next) {
    const requestId = requestIdOf(c.req.header('x-request-id'));
    c.set('requestId', requestId);
    await next();
    // Every answer carries it: hits, misses, pass-through and proxy errors alike (DESIGN.md §2).
    c.res = withRequestId(c.res, requestId);
  });
  if (deps.cors) app.use(corsPolicy(deps.cors));

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

  app.all('*', async function proxy(c) {
    const path = parseProxyPath(requestPath(c.req.raw, c.env?.incoming), deps.routes);
    if (!path) throw new ProxyError(404, `Unknown path ${c.req.path}: use /v1/... or a configured route prefix.`, { code: 'not_found' });
    if (c.req.method === 'POST' && path.upstreamPath === CHAT_COMPLETIONS) {
      return deps.chat.handle(c.req.raw, path, c.get('requestId'));
    }
    return passThrough(deps.upstream, c.req.raw, path.upstreamPath, c.req.raw.signal);
  });

  app.onError(function renderError(error, c) {
    if (error instanceof ProxyError) return error.getResponse();
    const clientGone = error instanceof UploadAbortedError || (error.name === 'AbortError' && c.req.raw.signal.aborted);
    if (clientGone) {
      deps.onClientAborted?.(error instanceof UploadAbortedError ? 'upload' : 'upstream');
      // Nobody reads this answer; it only has to be well-formed.
      return new ProxyError(400, 'The client closed the connection before the response.', { code: 'client_closed_request' }).getResponse();
    }
    if (error instanceof UpstreamUnavailableError) return upstreamFailure(error.reason).getResponse();
    deps.onUnexpectedError?.(error);
    return new ProxyError(500, 'The proxy failed to handle this request.', { code: 'internal_error' }).getResponse();
  });

  return app;
}
