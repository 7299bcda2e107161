import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { buildConfig, ConfigError } from '../../src/config/load-config.ts';

/**
 * Audit 10: configuration is "validated at start with clear messages" (DESIGN.md §3); README "Configuration": "a bad
 * file exits with status 2 and one line per problem, naming the setting", and the environment variables are
 * deployment settings under the same validation. Values that can never work must be refused at start, not turn
 * into a stack trace or into an ERROR on every request later.
 */

async function runMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['src/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', UPSTREAM_BASE_URL: 'http://127.0.0.1:9/v1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const ready = new Promise<void>((resolve) => child.stdout!.on('data', () => /semcache ready/.test(output) && resolve()));
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
  const first = await Promise.race([exited.then(() => 'exited' as const), ready.then(() => 'ready' as const)]);
  if (first === 'ready') child.kill('SIGKILL');
  const [code] = await exited;
  clearTimeout(timer);
  return { first, code, output };
}

describe('environment variables', () => {
  // DESIGN.md §3 names LOG_LEVEL among the validated settings; README's table: "`fatal` … `trace`, `silent`".
  // Regression: the YAML `logLevel` was checked against exactly that list (schema.ts), the environment value was not: it reached
  // pino in createLogger (src/observability/logger.ts via semcache.ts) and the process dies with pino's stack trace
  // and status 1 ("Error: default level:verbose must be included in custom levels"), the same for LOG_LEVEL="".
  it('refuses an unknown LOG_LEVEL with status 2 and a line naming it, not a stack trace', async () => {
    const result = await runMain({ LOG_LEVEL: 'verbose' });
    expect(result.first).toBe('exited');
    expect(result.output).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/invalid configuration[\s\S]*LOG_LEVEL/);
  }, 30_000);

  // An empty PORT (compose's `PORT=${PORT}` with PORT unset) is Number('') = 0: the proxy silently listens on a random
  // ephemeral port. REDIS_URL, SEMCACHE_ADMIN_TOKEN and SEMCACHE_TENANT_SECRET treat "" as unset (load-config.ts
  // nonEmpty); PORT goes through parsePort, which accepts "" as 0. Either refuse it or use the default 8080 — never
  // a port nobody asked for.
  it('does not turn an empty PORT into a random port', () => {
    let port: number | undefined;
    try {
      port = buildConfig({}, { PORT: '' }).server.port;
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/PORT/);
      return;
    }
    expect(port).toBe(8080);
  });
});

describe('durations that can never work', () => {
  // `store.lookupTimeout: 0` / `writeTimeout: 0` are accepted (schema.ts `duration` has no lower bound) and every
  // Redis call then exceeds its budget: each request is answered `X-Cache-Status: ERROR` (observed: MISS, then ERROR
  // for lookupTimeout 0; ERROR, ERROR for writeTimeout 0), a breaker opens and a log line is written — a fault at
  // run time for what is a typo at start.
  it('refuses a zero body timeout at start, and takes LOG_LEVEL in any case', () => {
    expect(() => buildConfig({ server: { bodyTimeout: 0 } }, {})).toThrow(/server\.bodyTimeout/);
    expect(buildConfig({}, { LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug');
  });

  it('refuses a zero Redis time budget at start, naming the setting', () => {
    for (const setting of ['lookupTimeout', 'writeTimeout'] as const) {
      expect(() => buildConfig({ store: { [setting]: 0 } }, {}), setting).toThrow(ConfigError);
      expect(() => buildConfig({ store: { [setting]: '0ms' } }, {}), setting).toThrow(new RegExp(`store\\.${setting}`));
    }
  });

  // `ttl: 0` is accepted and every answer expires at once: a repeat is MISS, MISS, MISS on both stores, silently.
  // `mode: off` exists for "never cache"; a zero lifetime is a mistake the schema should name.
  it('refuses a zero entry ttl at start, naming the setting', () => {
    expect(() => buildConfig({ defaults: { ttl: 0 } }, {})).toThrow(ConfigError);
    expect(() => buildConfig({ routes: [{ name: 'a', match: { pathPrefix: '/a' }, ttl: '0s' }] }, {})).toThrow(/ttl/);
  });
});

describe('what conforms', () => {
  it('exits 2 naming each bad environment value that is validated', async () => {
    for (const [env, name] of [[{ PORT: 'abc' }, 'PORT'], [{ SEMCACHE_EMBEDDER: 'foo' }, 'SEMCACHE_EMBEDDER'], [{ UPSTREAM_BASE_URL: 'ftp://x' }, 'UPSTREAM_BASE_URL'], [{ REDIS_URL: 'http://nope' }, 'REDIS_URL']] as const) {
      const result = await runMain(env);
      expect(result.code, name).toBe(2);
      expect(result.output, name).toContain(name);
    }
  }, 60_000);

  it('has the defaults DESIGN.md §3 and the README name', () => {
    const config = buildConfig({}, {});
    expect(config.server).toMatchObject({ port: 8080, host: '0.0.0.0', upstreamBaseUrl: 'https://api.openai.com/v1', bodyLimit: 16 * 1024 * 1024 });
    expect(config.store.redisUrl).toBeUndefined();
    expect(config.embedder.kind).toBe('local');
    expect(config.adminToken).toBeUndefined();
    const route = config.routes.at(-1)!;
    expect(route.name).toBe('default');
    expect(route.settings).toMatchObject({ mode: 'semantic', ttl: 86_400_000, maxTtl: 30 * 86_400_000, embed: 'last-user', cacheToolCalls: false, cacheTruncated: false, share: false });
    expect(config.store).toMatchObject({ lookupTimeoutMs: 50, maxEntries: 100_000, maxBytes: 256 * 1024 * 1024 });
  });
});
