import { canonicalPath } from '../routing/canonical-path.ts';
import { ProxyError } from './proxy-error.ts';

/**
 * The canonical path of a request (see `canonicalPath`), or a 400 in OpenAI's shape. Reads the request target
 * exactly as the client sent it when the Node request is at hand: `Request.url` has already had its dot segments
 * (`/../`, `/%2e%2e/`) resolved by the URL parser, which would hide them.
 */
export function requestPath(request: Request, incoming: { url?: string } | undefined): string {
  const raw = incoming?.url;
  const target = raw === undefined ? new URL(request.url).pathname : withoutFragment(raw.startsWith('/') ? raw : absoluteFormPath(raw) ?? new URL(request.url).pathname);
  const query = target.indexOf('?');
  const canonical = canonicalPath(query === -1 ? target : target.slice(0, query));
  if (canonical.kind === 'invalid') {
    throw new ProxyError(400, `Invalid request path: it contains ${canonical.reason}. Send the canonical /v1/... path.`, { code: 'invalid_path' });
  }
  return canonical.path;
}

/**
 * The path of an absolute-form target ("http://host/v1/../admin", RFC 9112 §3.2.2) as sent, before any URL
 * parsing resolves its dot segments; undefined for another form ("*").
 */
function absoluteFormPath(target: string): string | undefined {
  const match = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/iu.exec(target);
  if (match === null) return undefined;
  const rest = target.slice(match[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * The request target without a fragment. Clients must not send one (RFC 9112 §3.2), but a careless one may; like
 * the URL API, the proxy drops it, so the path, the query string, the partition and the upstream URL agree.
 */
export function withoutFragment(target: string): string {
  const fragment = target.indexOf('#');
  return fragment === -1 ? target : target.slice(0, fragment);
}
