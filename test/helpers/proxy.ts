import OpenAI from 'openai';
import { afterAll, beforeAll } from 'vitest';
import { buildConfig } from '../../src/config/load-config.ts';
import { createSemcache, type Semcache, type SemcacheParts } from '../../src/semcache.ts';
import { MockUpstream } from './mock-upstream.ts';

export interface RunningProxy {
  semcache: Semcache;
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The base URL an OpenAI client uses for the default route. */
  baseURL: string;
  /** An `openai` SDK client pointed at the proxy (no retries, so every call is one request). */
  client(options?: { apiKey?: string; route?: string; headers?: Record<string, string> }): OpenAI;
  stop(): Promise<void>;
}

/**
 * Starts the real proxy on a free port in front of `upstream`, with `config` as the YAML file would give it.
 * Closes only what it opened.
 */
export async function startProxy(upstream: MockUpstream, config: Record<string, unknown> = {}, parts: SemcacheParts = {}, env: Record<string, string> = {}): Promise<RunningProxy> {
  const semcache = createSemcache(buildConfig(config, { UPSTREAM_BASE_URL: upstream.baseUrl, ...env }), { logDestination: { write() {} }, ...parts });
  const port = await semcache.listen(0, '127.0.0.1');
  await semcache.start();
  const origin = `http://127.0.0.1:${port}`;
  return {
    semcache,
    origin,
    baseURL: `${origin}/v1`,
    client: ({ apiKey = 'sk-test-key-one', route, headers } = {}) =>
      new OpenAI({ apiKey, baseURL: route ? `${origin}/${route}/v1` : `${origin}/v1`, maxRetries: 0, timeout: 15_000, defaultHeaders: headers }),
    stop: () => semcache.shutdown(),
  };
}

/**
 * The usual setup of an HTTP test file: before its tests, a mock upstream and the proxy in front of it (started
 * with `config` and `parts` as `startProxy` takes them), handed to `bind`; after them, both stopped.
 *
 * @example
 * let upstream: MockUpstream;
 * let proxy: RunningProxy;
 * useProxy((running) => ({ upstream, proxy } = running), { defaults: { threshold: 0.85 } });
 * useProxy((running) => ({ upstream, proxy } = running), withClaudeRoute);
 */
export function useProxy(
  bind: (running: { upstream: MockUpstream; proxy: RunningProxy }) => void,
  config: Record<string, unknown> | ((upstream: MockUpstream) => Record<string, unknown>) = {},
  parts: SemcacheParts = {},
): void {
  let running: { upstream: MockUpstream; proxy: RunningProxy } | undefined;
  beforeAll(async () => {
    const upstream = await new MockUpstream().start();
    running = { upstream, proxy: await startProxy(upstream, typeof config === 'function' ? config(upstream) : config, parts) };
    bind(running);
  });
  afterAll(async () => {
    await running?.proxy.stop();
    await running?.upstream.stop();
  });
}

/** Resolves once `condition()` holds, checking after every turn of the event loop; fails after `timeoutMs`. */
export async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A config with an Anthropic route on `/claude` in front of the same mock upstream (`useProxy`'s config). */
export function withClaudeRoute(upstream: MockUpstream): Record<string, unknown> {
  return { routes: [{ name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' } }] };
}
