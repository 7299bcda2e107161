/**
 * Which Redis the store talks to, from `REDIS_URL` / `store.redisUrl` and `store.cluster` (DESIGN §4):
 * - `redis://…` / `rediss://…` alone: one server, the single-node client exactly as before;
 * - `redis+cluster://host:port[,host:port…]` (or `rediss+cluster://`), a comma-separated list of `redis://` URLs, or
 *   any URL with `store.cluster: true`: a Redis Cluster, the listed nodes being seeds for topology discovery.
 *
 * ```ts
 * parseRedisTarget('redis+cluster://u:p@10.0.0.1:7000,10.0.0.2:7000', false);
 * // { mode: 'cluster', seeds: ['redis://u:p@10.0.0.1:7000', 'redis://u:p@10.0.0.2:7000'] }
 * ```
 */
export type RedisTarget =
  | { mode: 'single'; url: string }
  | { mode: 'cluster'; seeds: readonly string[] };

const CLUSTER_SCHEME = /^(rediss?)\+cluster:\/\/(.*)$/i;
const PLAIN_SCHEME = /^rediss?:\/\//i;

/** Returns the target, or a message saying what is wrong with the URL. */
export function parseRedisTarget(url: string, cluster: boolean): RedisTarget | { error: string } {
  const trimmed = url.trim();
  const clusterScheme = CLUSTER_SCHEME.exec(trimmed);
  if (clusterScheme) {
    const scheme = clusterScheme[1]!.toLowerCase();
    const rest = clusterScheme[2]!;
    // Credentials, if any, are written once before the first host and apply to every seed (hosts hold no '@').
    const at = rest.lastIndexOf('@');
    const credentials = at === -1 ? '' : rest.slice(0, at + 1);
    const hosts = (at === -1 ? rest : rest.slice(at + 1)).split(',').map((host) => host.trim().replace(/\/+$/, ''));
    if (hosts.some((host) => !/^[^\s/@,]+:\d{1,5}$/.test(host))) {
      return { error: `REDIS_URL: every cluster seed must be host:port, got ${JSON.stringify(hosts.join(','))}` };
    }
    return { mode: 'cluster', seeds: hosts.map((host) => `${scheme}://${credentials}${host}`) };
  }
  const urls = trimmed.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const bad = urls.find((part) => !PLAIN_SCHEME.test(part) || !URL.canParse(part));
  if (urls.length === 0 || bad !== undefined) {
    return { error: `REDIS_URL: not a redis://, rediss:// or redis+cluster:// URL: ${JSON.stringify(bad ?? trimmed)}` };
  }
  if (urls.length > 1 || cluster) return { mode: 'cluster', seeds: urls };
  return { mode: 'single', url: urls[0]! };
}
