import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConfig, ConfigError, loadConfig } from '../../../src/config/load-config.ts';
import { parseDuration } from '../../../src/config/duration.ts';

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['15m', 900_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
    ['250ms', 250],
    [30, 30_000],
  ])('parses %s', (input, ms) => expect(parseDuration(input)).toBe(ms));

  it.each(['', 'soon', '-5s', '5 weeks'])('rejects %j', (input) => expect(parseDuration(input)).toBeUndefined());
});

describe('buildConfig', () => {
  it('takes the file\'s logLevel in any case, as LOG_LEVEL, and still refuses an unknown one', () => {
    expect(buildConfig({ logLevel: 'WARN' }, {}).logLevel).toBe('warn');
    expect(buildConfig({ logLevel: 'Debug' }, {}).logLevel).toBe('debug');
    expect(buildConfig({}, { LOG_LEVEL: 'ERROR' }).logLevel).toBe('error');
    expect(() => buildConfig({ logLevel: 'verbose' }, {})).toThrow(/logLevel/);
  });
  it('gives every route the defaults and always ends with the default route', () => {
    const config = buildConfig({ routes: [{ name: 'support', match: { pathPrefix: '/support' }, ttl: '7d' }] }, {});
    expect(config.routes.map((route) => route.name)).toEqual(['support', 'default']);
    expect(config.routes[0]!.settings.ttl).toBe(604_800_000);
    expect(config.routes[1]!.settings.ttl).toBe(86_400_000);
    expect(config.routes[1]!.settings.mode).toBe('semantic');
  });

  it('applies file defaults under route overrides', () => {
    const config = buildConfig({ defaults: { ttl: '1h', mode: 'exact' }, routes: [{ name: 'a', match: { pathPrefix: '/a' }, mode: 'semantic' }] }, {});
    expect(config.routes[0]!.settings).toMatchObject({ ttl: 3_600_000, mode: 'semantic' });
    expect(config.routes[1]!.settings).toMatchObject({ ttl: 3_600_000, mode: 'exact' });
  });

  it('resolves a per-embedder threshold for the running embedder', () => {
    const raw = { routes: [{ name: 'a', match: { pathPrefix: '/a' }, threshold: { local: 0.97, upstream: 0.9 } }] };
    expect(buildConfig(raw, {}).routes[0]!.threshold).toBe(0.97);
    expect(buildConfig(raw, { SEMCACHE_EMBEDDER: 'upstream' }).routes[0]!.threshold).toBe(0.9);
  });

  it('lets the environment override deployment settings', () => {
    const config = buildConfig({ server: { port: 1234 } }, { PORT: '9999', HOST: '127.0.0.1', UPSTREAM_BASE_URL: 'http://llm.local/v1/', REDIS_URL: 'redis://x:6379' });
    expect(config.server).toMatchObject({ port: 9999, host: '127.0.0.1', upstreamBaseUrl: 'http://llm.local/v1' });
    expect(config.store.redisUrl).toBe('redis://x:6379');
  });

  it('returns a frozen object', () => {
    const config = buildConfig({}, {});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.routes[0]!.settings)).toBe(true);
  });

  it('names the path and the reason of every problem', () => {
    const raw = { routes: [{ name: 'bad name!', match: { pathPrefix: 'nope' } }, { name: 'b', match: { pathPrefix: '/b' }, ttl: 'forever', colour: 'red' }] };
    const error = (() => {
      try {
        buildConfig(raw, { SEMCACHE_EMBEDDER: 'magic' }, 'my.yaml');
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.message).toContain('my.yaml: routes.0.name');
    expect(error!.message).toContain('my.yaml: routes.0.match.pathPrefix');
  });

  it('names every problem in one run, file and route defaults together, and a file redisUrl as the file setting (session 57)', () => {
    let message = '';
    try {
      buildConfig({ server: { bodyTimeout: 'soon' }, defaults: { ttl: 'forever', mode: 'sometimes' } }, {}, 'my.yaml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/my\.yaml: server\.bodyTimeout/);
    expect(message).toMatch(/my\.yaml: defaults: ttl/);
    expect(message).toMatch(/my\.yaml: defaults: mode/);
    expect(() => buildConfig({ store: { redisUrl: '...' } }, {}, 'my.yaml')).toThrow(/my\.yaml: store\.redisUrl: not a redis/);
    expect(() => buildConfig({}, { REDIS_URL: '...' })).toThrow(/^REDIS_URL: not a redis/);
  });

  it('reports route-level problems after merging defaults', () => {
    expect(() => buildConfig({ routes: [{ name: 'b', match: { pathPrefix: '/b' }, ttl: 'forever', colour: 'red' }] }, {}, 'my.yaml')).toThrow(
      /my.yaml: routes\[0\]: ttl: invalid duration "forever"[\s\S]*colour/,
    );
    expect(() => buildConfig({}, { SEMCACHE_EMBEDDER: 'magic' })).toThrow(/SEMCACHE_EMBEDDER/);
    expect(() => buildConfig({ routes: [{ name: 'a', match: { pathPrefix: '/a' }, threshold: 0.5 }] }, {})).toThrow(/below minThreshold/);
  });
});

describe('loadConfig', () => {
  it('reads the file SEMCACHE_CONFIG names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'semcache-config-'));
    const path = join(dir, 'c.yaml');
    writeFileSync(path, 'defaults:\n  ttl: 2h\nroutes:\n  - name: support\n    match: { pathPrefix: /support, model: "gpt-4o*" }\n');
    const config = loadConfig({ SEMCACHE_CONFIG: path });
    expect(config.routes[0]!.match).toEqual({ pathPrefix: '/support', model: 'gpt-4o*' });
    expect(config.routes[0]!.settings.ttl).toBe(7_200_000);
  });

  it('fails with the path when the file is missing or not YAML', () => {
    expect(() => loadConfig({ SEMCACHE_CONFIG: '/nonexistent/semcache.yaml' })).toThrow(/\/nonexistent\/semcache.yaml/);
  });

  it('ships a default config that validates', () => {
    expect(loadConfig({}).routes.at(-1)!.name).toBe('default');
  });

  it('ships a claude route, so an Anthropic client works at /claude without writing a config first', () => {
    const claude = loadConfig({}).routes.find((route) => route.name === 'claude');
    expect(claude).toMatchObject({ match: { pathPrefix: '/claude' }, upstreamApi: 'anthropic', upstreamBaseUrl: 'https://api.anthropic.com/v1' });
  });
});

describe('route verification and shadow settings', () => {
  const route = (extra: Record<string, unknown>) => ({ routes: [{ name: 'support', match: { pathPrefix: '/support' }, ...extra }] });

  it('parses an LLM judge with its defaults (2 s timeout, no second check on same)', () => {
    const config = buildConfig(route({ verify: { judge: { model: 'gpt-4o-mini' } } }), {});
    expect(config.routes[0]!.settings.verify?.judge).toEqual({ model: 'gpt-4o-mini', timeout: 2_000, confirmSame: false, cacheSize: 10_000 });
    expect(config.routes[1]!.settings.verify).toBeUndefined();
    const full = buildConfig(route({ verify: { judge: { model: 'm', baseUrl: 'http://127.0.0.1:11434/v1', apiKey: 'k', timeout: '500ms', confirmSame: true } } }), {});
    expect(full.routes[0]!.settings.verify?.judge).toMatchObject({ baseUrl: 'http://127.0.0.1:11434/v1', apiKey: 'k', timeout: 500, confirmSame: true });
  });

  it.each([
    [{ verify: { judge: {} } }, /routes\[0\]: verify\.judge\.model/],
    [{ verify: { judge: { model: '' } } }, /verify\.judge\.model: must name the judge model/],
    [{ verify: { judge: { model: 'm', timeout: 'soon' } } }, /verify\.judge\.timeout: invalid duration "soon"/],
    [{ verify: { judge: { model: 'm', timeout: '5m' } } }, /verify\.judge\.timeout: must be between 1ms and 60s/],
    [{ verify: { judge: { model: 'm', baseUrl: 'not a url' } } }, /verify\.judge\.baseUrl: must be an http\(s\) URL/],
    [{ verify: { judge: { model: 'm', baseUrl: 'ftp://judge.example/v1' } } }, /verify\.judge\.baseUrl: must be an http\(s\) URL/],
    [{ verify: { judge: { model: 'm', temperature: 0 } } }, /verify\.judge: Unrecognized key: "temperature"/],
    [{ verify: { llm: true } }, /verify: Unrecognized key: "llm"/],
    [{ mode: 'shadowy' }, /routes\[0\]: mode: .*"shadow"/],
  ])('rejects %j with a message naming the setting', (extra, message) => {
    expect(() => buildConfig(route(extra), {})).toThrow(ConfigError);
    expect(() => buildConfig(route(extra), {})).toThrow(message);
  });

  it('accepts mode shadow', () => {
    expect(buildConfig(route({ mode: 'shadow' }), {}).routes[0]!.settings.mode).toBe('shadow');
  });
});

describe('route option placement', () => {
  const routes = (extra: Record<string, unknown>, defaults: Record<string, unknown> = {}) =>
    ({ defaults, routes: [{ name: 'tiny', match: { pathPrefix: '/tiny' }, ...extra }] });

  it('defaults to spread, is set per route or in defaults, and a route beats the defaults', () => {
    expect(buildConfig(routes({}), {}).routes.map((route) => route.settings.placement)).toEqual(['spread', 'spread']);
    expect(buildConfig(routes({ placement: 'partition' }), {}).routes.map((route) => route.settings.placement)).toEqual(['partition', 'spread']);
    expect(buildConfig(routes({}, { placement: 'partition' }), {}).routes.map((route) => route.settings.placement)).toEqual(['partition', 'partition']);
    expect(buildConfig(routes({ placement: 'spread' }, { placement: 'partition' }), {}).routes[0]!.settings.placement).toBe('spread');
  });

  it.each([['partitioned'], ['Partition'], [true], [1]])('rejects placement %j, naming the setting and the allowed values', (value) => {
    const build = () => buildConfig(routes({ placement: value }), {}, 'my.yaml');
    expect(build).toThrow(ConfigError);
    expect(build).toThrow(`my.yaml: routes[0]: placement: must be "spread" or "partition", got ${JSON.stringify(value)}`);
  });
});
