import type { Hono } from 'hono';
import { tenantsOfApiKey } from '../cache/tenant.ts';
import { describeError } from '../observability/describe-error.ts';
import type { TrafficSummary } from '../observability/metrics.ts';
import { withTimeout } from '../observability/with-timeout.ts';
import { parseEntryId } from '../store/placement.ts';
import type { InvalidationFilter, VectorStore } from '../store/vector-store.ts';
import { requireAdminToken } from './admin-auth.ts';
import type { AppEnv } from './app.ts';
import { invalidRequest, ProxyError } from './proxy-error.ts';
import { readBody } from './read-body.ts';
import { proxyRequestFromWeb } from './proxy-request.ts';

/**
 * Entry ids and query ids (`X-Cache-Key`, `X-Cache-Query`) are lowercase hex digests, or `<tag>-<digest>` on a
 * route with `placement: partition` (src/store/placement.ts): the tag lets the store name the key directly.
 */
const isCacheId = (value: string): boolean => parseEntryId(value) !== undefined;
const ADMIN_BODY_LIMIT = 64 * 1024;
/** Admin calls wait longer than the 50 ms lookup budget (they are rare and may scan), but never forever. */
const STORE_TIMEOUT_MS = 30_000;

export interface AdminApiOptions {
  /** `SEMCACHE_ADMIN_TOKEN`. */
  token: string;
  store: VectorStore;
  /** Keys tenants: `{"apiKey": …}` in an invalidation is hashed the way requests are. */
  tenantSecret: { readonly value: string };
  traffic: { summary(): Promise<TrafficSummary> };
  /** Whether the store's circuit breaker is open (omitted when there is none). */
  breakerOpen?: () => boolean;
  /** How long a feedback rejection lasts: at least as long as any entry can live (the routes' longest maxTtl). */
  rejectionTtlMs: number;
  /** Told about every change made through the API (for an audit log line). Carries no API key. */
  onAction?: (action: AdminAction) => void;
  now?: () => number;
}

/**
 * A change made through the admin API. `filter.tenant` is a tenant hash even when an API key was given: such a call
 * reports one `invalidate` per way of sending the key (each its own tenant).
 */
export type AdminAction =
  | { action: 'delete'; id: string; deleted: boolean }
  | { action: 'invalidate'; filter: InvalidationFilter; deleted: number }
  | { action: 'flush'; deleted: number }
  | { action: 'feedback'; entry: string; query: string; deleted: boolean };

/**
 * The admin API (DESIGN.md §2), mounted through `AppDeps.extensions` only when an admin token is configured.
 * Every route needs `Authorization: Bearer <token>`; errors are OpenAI-shaped.
 *
 * - `GET /admin/stats` — store kind, semantic tier, reachability, entries, bytes, and traffic since start.
 * - `DELETE /admin/entries/{id}` — one entry (the `X-Cache-Key` of a response); 404 when absent.
 * - `POST /admin/invalidate` `{route?, model?, tenant? | apiKey? (organization?, project?)}` — every entry matching
 *   all given fields; an API key in every way a client sends one (`tenantsOfApiKey`), each form reported.
 * - `POST /admin/flush` — every entry.
 * - `POST /admin/feedback` `{entry, query}` — a served hit was wrong: delete it, and never serve the one text's entry for
 *   the other (both ways).
 */
export function adminApi(options: AdminApiOptions): (app: Hono<AppEnv>) => void {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const store = options.store;
  const report = options.onAction ?? (() => {});

  return function mountAdminApi(app) {
    app.use('/admin/*', requireAdminToken(options.token));

    app.get('/admin/stats', async function adminStats(c) {
      const stats = await withTimeout(store.stats(), STORE_TIMEOUT_MS, 'store stats').then(
        (value) => ({ entries: value.entries, bytes: value.bytes ?? null, error: undefined }),
        (error: unknown) => ({ entries: null, bytes: null, error: describeError(error).message }),
      );
      return c.json({
        store: {
          kind: store.kind,
          ...(store.topology === undefined ? {} : { mode: store.topology.mode, masters: store.topology.masters }),
          semantic: store.semantic,
          reachable: store.reachable,
          breakerOpen: options.breakerOpen?.() ?? false,
          entries: stats.entries,
          bytes: stats.bytes,
          ...(stats.error ? { error: stats.error } : {}),
        },
        since: new Date(startedAt).toISOString(),
        uptimeSeconds: Math.floor((now() - startedAt) / 1_000),
        ...(await options.traffic.summary()),
      });
    });

    app.delete('/admin/entries/:id', async function deleteEntry(c) {
      const id = c.req.param('id');
      if (!isCacheId(id)) throw invalidRequest('The entry id must be the value of an X-Cache-Key header (a hex digest, or <tag>-<digest>).', 'id', 'invalid_entry_id');
      const deleted = await storeCall(store.delete(id), 'delete');
      report({ action: 'delete', id, deleted });
      if (!deleted) throw new ProxyError(404, `No cache entry ${id}.`, { param: 'id', code: 'entry_not_found' });
      return c.json({ id, deleted: true });
    });

    app.post('/admin/invalidate', async function invalidate(c) {
      const body = await readObject(c.req.raw, ['route', 'model', 'tenant', 'apiKey', 'organization', 'project']);
      const filter: InvalidationFilter = {};
      if (body.route !== undefined) filter.route = body.route;
      if (body.model !== undefined) filter.model = body.model;
      if (body.tenant !== undefined && body.apiKey !== undefined) {
        throw invalidRequest('Give either "tenant" (a tenant hash) or "apiKey", not both.', 'tenant', 'invalid_filter');
      }
      for (const field of ['organization', 'project'] as const) {
        if (body[field] !== undefined && body.apiKey === undefined) {
          throw invalidRequest(`"${field}" is the OpenAI-${field === 'organization' ? 'Organization' : 'Project'} header an "apiKey" was sent with (the key's entries made with that header, not those made without it): give "apiKey" too.`, field, 'invalid_filter');
        }
      }
      if (body.tenant !== undefined) filter.tenant = body.tenant;
      if (Object.keys(filter).length === 0 && body.apiKey === undefined) {
        throw invalidRequest('Give at least one of "route", "model", "tenant" or "apiKey" (use /admin/flush to delete everything).', null, 'invalid_filter');
      }
      if (body.apiKey === undefined) {
        const deleted = await storeCall(store.invalidate(filter), 'invalidate');
        report({ action: 'invalidate', filter, deleted });
        return c.json({ deleted });
      }
      // Each way a client sends the key is a tenant of its own: every one is invalidated, and reported as such.
      const token = body.apiKey.replace(/^Bearer\s+/i, '');
      const byCredential: Record<string, number> = {};
      let deleted = 0;
      for (const { credential, tenant } of tenantsOfApiKey(token, { organization: body.organization, project: body.project }, options.tenantSecret.value)) {
        const tenantFilter = { ...filter, tenant };
        const count = await storeCall(store.invalidate(tenantFilter), 'invalidate');
        report({ action: 'invalidate', filter: tenantFilter, deleted: count });
        byCredential[credential] = count;
        deleted += count;
      }
      return c.json({ deleted, byCredential });
    });

    app.post('/admin/flush', async function flush(c) {
      const deleted = await storeCall(store.flush(), 'flush');
      report({ action: 'flush', deleted });
      return c.json({ deleted });
    });

    app.post('/admin/feedback', async function feedback(c) {
      const body = await readObject(c.req.raw, ['entry', 'query'], ['entry', 'query']);
      for (const field of ['entry', 'query'] as const) {
        if (!isCacheId(body[field]!)) {
          const header = field === 'entry' ? 'X-Cache-Key' : 'X-Cache-Query';
          throw invalidRequest(`"${field}" must be the value of the ${header} header of the wrong answer.`, field, 'invalid_feedback');
        }
      }
      const entry = body.entry!;
      const query = body.query!;
      // Reject first: a lookup racing with this call can no longer pick the entry once the pair is recorded. Both ways: the
      // query's own answer, stored by its next MISS, must not be served for the entry's text either (a user following
      // the README, session 57: the pair came back reversed at once).
      await storeCall(store.rejectPair(query, entry, options.rejectionTtlMs), 'record feedback');
      if (query !== entry) await storeCall(store.rejectPair(entry, query, options.rejectionTtlMs), 'record feedback');
      const deleted = await storeCall(store.delete(entry), 'delete');
      report({ action: 'feedback', entry, query, deleted });
      return c.json({ entry, query, deleted, rejected: true });
    });
  };
}

/** Reads a JSON object whose fields are all non-empty strings, naming the first problem in a 400. */
async function readObject(request: Request, allowed: readonly string[], required: readonly string[] = []): Promise<Record<string, string | undefined>> {
  const raw = await readBody(proxyRequestFromWeb(request), ADMIN_BODY_LIMIT);
  let parsed: unknown;
  try {
    parsed = raw.byteLength === 0 ? {} : JSON.parse(Buffer.from(raw).toString('utf8'));
  } catch {
    throw invalidRequest('The request body is not valid JSON.', null, 'invalid_json');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalidRequest('The request body must be a JSON object.', null, 'invalid_body');
  }
  const result: Record<string, string | undefined> = {};
  for (const [field, value] of Object.entries(parsed)) {
    if (!allowed.includes(field)) throw invalidRequest(`Unknown field "${field}" (allowed: ${allowed.join(', ')}).`, field, 'unknown_field');
    if (typeof value !== 'string' || value === '') throw invalidRequest(`"${field}" must be a non-empty string.`, field, 'invalid_value');
    result[field] = value;
  }
  for (const field of required) {
    if (result[field] === undefined) throw invalidRequest(`"${field}" is required.`, field, 'missing_field');
  }
  return result;
}

/** Store failures become a 503 in OpenAI's shape, not a bare 500. */
async function storeCall<T>(operation: Promise<T>, what: string): Promise<T> {
  try {
    return await withTimeout(operation, STORE_TIMEOUT_MS, what);
  } catch (error) {
    throw new ProxyError(503, `The cache store could not ${what}: ${describeError(error).message}`, { code: 'store_unavailable' });
  }
}
