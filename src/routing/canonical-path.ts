/**
 * Request paths are made canonical before anything else looks at them (DESIGN.md §6): decoded once, and refused
 * when decoding could make them mean something else further on. Without this, `/v1/..%5C..%5Cetc%5Cpasswd`
 * reached the upstream as `/etc/passwd` and `/v1/chat/.%09/completions` skipped the cache and the rate limit on
 * its way to `/v1/chat/completions`: undici's URL parser turns `\` into `/`, drops tabs and newlines and resolves
 * dot segments (issue #11, finding 2).
 */
export type CanonicalPath = { kind: 'canonical'; path: string } | { kind: 'invalid'; reason: string };

/**
 * The decoded path of a raw request target's path part (before `?`), or why it is refused: an empty segment
 * (`//`, a trailing `/`), an encoded separator (`%2F`, `%5C`), malformed percent-encoding, a control character,
 * a backslash, an encoded `?` or `#`, or a dot segment (`.`, `..`, `%2e%2e`; a tab or newline inside one is a
 * control character already).
 *
 * @example
 * canonicalPath('/v1/chat/completions') // { kind: 'canonical', path: '/v1/chat/completions' }
 * canonicalPath('/v1/.%09./x')          // { kind: 'invalid', reason: 'a control character' }
 */
export function canonicalPath(rawPath: string): CanonicalPath {
  if (!rawPath.startsWith('/')) return invalid('no leading /');
  if (rawPath === '/') return { kind: 'canonical', path: '/' };
  const segments = rawPath.slice(1).split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    if (segment === '') return invalid('an empty segment');
    if (ENCODED_SEPARATOR.test(segment)) return invalid('an encoded / or \\');
    let text: string;
    try {
      text = segment.includes('%') ? decodeURIComponent(segment) : segment;
    } catch {
      return invalid('malformed percent-encoding');
    }
    if (CONTROL.test(text)) return invalid('a control character');
    if (text.includes('\\')) return invalid('a backslash');
    if (text.includes('?') || text.includes('#')) return invalid('an encoded ? or #');
    if (text === '.' || text === '..') return invalid('a dot segment');
    decoded.push(text);
  }
  return { kind: 'canonical', path: `/${decoded.join('/')}` };
}

/**
 * The canonical (decoded) path percent-encoded for the wire: every character outside RFC 3986's `pchar` is
 * encoded, so `%`, spaces and non-ASCII text arrive as the client meant them and nothing is re-interpreted.
 */
export function encodeCanonicalPath(path: string): string {
  return path.replace(NOT_PCHAR_OR_SLASH, (character) => encodeURIComponent(character));
}

const ENCODED_SEPARATOR = /%(?:2f|5c)/i;
// C0 controls, DEL and C1 controls: WHATWG URL parsers strip or re-encode some of them.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// RFC 3986 pchar = unreserved / pct-encoded / sub-delims / ":" / "@"; `%` is encoded since the path is decoded.
const NOT_PCHAR_OR_SLASH = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu;

function invalid(reason: string): CanonicalPath {
  return { kind: 'invalid', reason };
}
