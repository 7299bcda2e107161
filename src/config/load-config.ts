import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { fileConfigSchema, LOG_LEVELS, ROUTE_DEFAULTS, routeSettingsSchema, type FileConfig } from './schema.ts';
import { DEFAULT_PRICES, DEFAULT_THRESHOLDS, type Config, type CorsSettings, type EmbedderConfig, type Route } from './config.ts';
import type { EmbedderKind } from '../embedding/embedder.ts';
import { parseRedisTarget } from './redis-target.ts';

export const DEFAULT_CONFIG_PATH = 'config/default.yaml';

/** A configuration problem, with one line per issue naming the file and the setting. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads and validates the configuration: defaults < YAML file < environment. The only place that reads
 * `process.env`. Throws ConfigError listing every problem.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const path = env.SEMCACHE_CONFIG ?? DEFAULT_CONFIG_PATH;
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    const missingDefault = path === DEFAULT_CONFIG_PATH && (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (!missingDefault) throw new ConfigError(`${path}: ${(error as Error).message}`);
    raw = {};
  }
  return buildConfig(raw, env, path);
}

/** Validates an already-parsed config object (exported for tests). */
export function buildConfig(raw: unknown, env: NodeJS.ProcessEnv, source = 'config'): Config {
  const parsed = fileConfigSchema.safeParse(raw);
  if (!parsed.success) {
    // The route defaults are checked too, so one run names every problem (a user following the README, session 57:
    // a bad `defaults.ttl` was reported only once `server` was fixed).
    const problems = [describeIssues(source, parsed.error.issues)];
    const defaults = raw !== null && typeof raw === 'object' ? (raw as { defaults?: unknown }).defaults : undefined;
    if (defaults !== null && typeof defaults === 'object' && !Array.isArray(defaults)) {
      const settings = routeSettingsSchema.safeParse({ ...ROUTE_DEFAULTS, ...stripUndefined(defaults) });
      if (!settings.success) problems.push(describeIssues(`${source}: defaults`, settings.error.issues));
    }
    throw new ConfigError(problems.join('\n'));
  }
  const file = parsed.data;
  const problems: string[] = [];

  const embedder = resolveEmbedder(file, env, problems);
  // An empty variable is unset, like REDIS_URL's (compose's `PORT=${PORT}` with PORT unset): never port 0.
  const port = nonEmpty(env.PORT) === undefined ? file.server.port : parsePort(env.PORT!.trim(), problems);
  const upstreamBaseUrl = (env.UPSTREAM_BASE_URL ?? file.server.upstreamBaseUrl).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(upstreamBaseUrl)) problems.push(`UPSTREAM_BASE_URL: not an http(s) URL: ${upstreamBaseUrl}`);
  const routes = resolveRoutes(file, embedder.kind, source, problems);
  const redisUrl = nonEmpty(env.REDIS_URL) ?? file.store.redisUrl;
  const redis = redisUrl === undefined ? undefined : parseRedisTarget(redisUrl, file.store.cluster);
  // Named as the setting it came from: the variable, or the file's `store.redisUrl`.
  if (redis !== undefined && 'error' in redis) problems.push(nonEmpty(env.REDIS_URL) === undefined ? redis.error.replace(/^REDIS_URL:/u, `${source}: store.redisUrl:`) : redis.error);
  const logLevel = logLevelOf(env.LOG_LEVEL, file.logLevel, problems);

  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return deepFreeze({
    server: {
      port,
      host: env.HOST ?? file.server.host,
      bodyLimit: file.server.bodyLimit,
      upstreamBaseUrl,
      upstreamTimeoutMs: file.server.upstreamTimeout,
      shutdownGraceMs: file.server.shutdownGrace,
      bodyTimeoutMs: file.server.bodyTimeout,
      headersTimeoutMs: file.server.headersTimeout,
      uploadBytesInFlight: file.server.uploadBytesInFlight,
      maxAnswerBytes: file.server.maxAnswerBytes,
      maxConnections: file.server.maxConnections,
      cors: corsSettings(file.server.cors, problems),
    },
    store: {
      redisUrl,
      redis: redis === undefined || 'error' in redis ? undefined : redis,
      keyPrefix: file.store.keyPrefix,
      maxEntries: file.store.maxEntries,
      maxBytes: file.store.maxBytes,
      lookupTimeoutMs: file.store.lookupTimeout,
      writeTimeoutMs: file.store.writeTimeout,
    },
    embedder,
    routes,
    prices: [
      ...Object.entries(file.prices ?? {}).map(([model, price]) => ({ model, ...price })),
      ...DEFAULT_PRICES,
    ],
    adminToken: nonEmpty(env.SEMCACHE_ADMIN_TOKEN),
    tenantSecret: nonEmpty(env.SEMCACHE_TENANT_SECRET),
    logLevel,
    logPrompts: file.logPrompts,
    events: file.events?.enabled
      ? { stream: file.events.stream, maxLen: file.events.maxLen, includePrompts: file.events.includePrompts }
      : undefined,
  });
}

function resolveEmbedder(file: FileConfig, env: NodeJS.ProcessEnv, problems: string[]): EmbedderConfig {
  const fromFile = typeof file.embedder === 'string' ? { kind: file.embedder } : file.embedder;
  const kind = env.SEMCACHE_EMBEDDER ?? fromFile.kind ?? 'local';
  if (kind !== 'local' && kind !== 'upstream') {
    problems.push(`SEMCACHE_EMBEDDER: must be "local" or "upstream", got ${JSON.stringify(kind)}`);
  }
  return {
    kind: kind === 'upstream' ? 'upstream' : 'local',
    model: 'model' in fromFile && fromFile.model ? fromFile.model : 'text-embedding-3-small',
    dimension: 'dimension' in fromFile && fromFile.dimension ? fromFile.dimension : 1536,
    baseUrl: 'baseUrl' in fromFile ? fromFile.baseUrl?.replace(/\/+$/, '') : undefined,
    apiKey: 'apiKey' in fromFile ? fromFile.apiKey : undefined,
    pricePerMillion: 'pricePerMillion' in fromFile && fromFile.pricePerMillion !== undefined ? fromFile.pricePerMillion : 0.02,
    cacheSize: 'cacheSize' in fromFile && fromFile.cacheSize !== undefined ? fromFile.cacheSize : 10_000,
  };
}

function resolveRoutes(file: FileConfig, embedder: EmbedderKind, source: string, problems: string[]): Route[] {
  const declared = file.routes.filter((route) => route.name !== 'default');
  const defaultOverride = file.routes.find((route) => route.name === 'default');
  const seen = new Set<string>();
  const routes: Route[] = [];
  for (const [index, { name, match, upstream, ...overrides }] of declared.entries()) {
    if (seen.has(name)) problems.push(`${source}: routes[${index}].name: duplicate route name "${name}"`);
    seen.add(name);
    if (!match) {
      problems.push(`${source}: routes[${index}].match: required (only the "default" route has no match)`);
      continue;
    }
    routes.push(resolveRoute(name, match, upstream, overrides, file, embedder, `${source}: routes[${index}]`, problems));
  }
  const { name: _name, match: _match, upstream: defaultUpstream, ...defaultOverrides } = defaultOverride ?? { name: 'default' };
  routes.push(resolveRoute('default', { pathPrefix: '/' }, defaultUpstream, defaultOverrides, file, embedder, `${source}: default route`, problems));
  return routes;
}

function resolveRoute(
  name: string,
  match: Route['match'],
  upstream: FileConfig['routes'][number]['upstream'],
  overrides: Record<string, unknown>,
  file: FileConfig,
  embedder: EmbedderKind,
  where: string,
  problems: string[],
): Route {
  // Defaults and overrides are merged before parsing so durations are parsed by the same schema.
  const merged = { ...ROUTE_DEFAULTS, ...stripUndefined(file.defaults), ...stripUndefined(overrides) };
  const settings = routeSettingsSchema.safeParse(merged);
  if (!settings.success) {
    problems.push(describeIssues(where, settings.error.issues));
    return { name, match, upstreamApi: 'openai', settings: undefined as never, threshold: 0 };
  }
  const configured = settings.data.threshold;
  const threshold =
    configured === undefined ? DEFAULT_THRESHOLDS[embedder]
    : typeof configured === 'number' ? configured
    : configured[embedder] ?? DEFAULT_THRESHOLDS[embedder];
  if (threshold < settings.data.minThreshold) {
    problems.push(`${where}: threshold ${threshold} is below minThreshold ${settings.data.minThreshold}`);
  }
  if (settings.data.tenantHeader && !settings.data.trustTenantHeader) {
    problems.push(`${where}: tenantHeader needs trustTenantHeader: true (only behind a gateway that sets it)`);
  }
  return { name, match, upstreamApi: upstream?.api ?? 'openai', upstreamBaseUrl: upstream?.baseUrl.replace(/\/+$/, ''), settings: settings.data, threshold };
}

function describeIssues(where: string, issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
}

function corsSettings(cors: FileConfig['server']['cors'], problems: string[]): CorsSettings | undefined {
  if (cors === undefined) return undefined;
  // Browsers refuse credentials with a wildcard origin (Fetch standard, CORS protocol): say so at start.
  if (cors.credentials && cors.origins === '*') problems.push('server.cors: credentials: true needs a list of origins, not "*"');
  const settings: CorsSettings = { origins: cors.origins, allowHeaders: cors.allowHeaders, exposeHeaders: cors.exposeHeaders, credentials: cors.credentials };
  if (cors.maxAge !== undefined) settings.maxAgeSeconds = Math.round(cors.maxAge / 1_000);
  return settings;
}

function parsePort(value: string, problems: string[]): number {
  // Decimal digits only: Number() would also take "0x1F90", "1e3" and whitespace (port 0).
  const port = /^\d{1,5}$/u.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port > 65_535) problems.push(`PORT: not a port number: ${JSON.stringify(value)}`);
  return port;
}

function logLevelOf(value: string | undefined, fromFile: string, problems: string[]): string {
  if (nonEmpty(value) === undefined) return fromFile;
  const level = value!.toLowerCase(); // LOG_LEVEL=INFO is as common as info
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level;
  problems.push(`LOG_LEVEL: must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(value)}`);
  return fromFile;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function stripUndefined(object: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
