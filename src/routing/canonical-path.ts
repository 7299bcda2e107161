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
 * control character already; `..;x`, which servers that read `;` as a path parameter take for `..`). A segment
 * that decoding once more would turn into a dot segment or a separator (`%252e%252e`, `%252f`) is refused too: it
 * is forwarded as sent, and an upstream, or a server behind it, that decodes again would resolve it. So is a `;`
 * (a path parameter to such servers) and a space at a segment's start or end.
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
    if (isDotSegment(text)) return invalid('a dot segment');
    if (text.includes('%')) {
      const again = decodedAgain(text);
      if (isDotSegment(again)) return invalid('a double-encoded dot segment');
      if (ENCODED_SEPARATOR.test(text) || again.includes('/') || again.includes('\\')) return invalid('a double-encoded / or \\');
      // A server that decodes twice reads "%2500" as a NUL, "%250A" as a line break, "%253F" as a query (a hostile
      // review, session 53): what is refused decoded once is refused decoded twice.
      if (CONTROL.test(again)) return invalid('a double-encoded control character');
      if (again.includes('?') || again.includes('#') || again.includes(';') || EDGE_SPACE.test(again)) return invalid('a double-encoded ?, #, ; or edge space');
    }
    // A path parameter or a space at a segment's edge: servers that strip `;…` (Tomcat, Jetty, Spring) or trim spaces
    // read `/v1/chat/completions;x` and `/v1/chat/completions%20` as chat completions, which the proxy would relay as
    // an unknown path, uncached (a hostile tester, session 30).
    if (text.includes(';')) return invalid('a ; path parameter');
    if (EDGE_SPACE.test(text)) return invalid('a space at the start or end of a segment');
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
const EDGE_SPACE = /^\s|\s$/u;
// C0 controls, DEL and C1 controls: WHATWG URL parsers strip or re-encode some of them.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// RFC 3986 pchar = unreserved / pct-encoded / sub-delims / ":" / "@"; `%` is encoded since the path is decoded.
const NOT_PCHAR_OR_SLASH = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu;

/** `.` or `..`, also followed by a `;` path parameter (`..;x`, RFC 2396 §3.3, Tomcat and Jetty read it so). */
function isDotSegment(text: string): boolean {
  const semicolon = text.indexOf(';');
  const name = semicolon === -1 ? text : text.slice(0, semicolon);
  return name === '.' || name === '..';
}

/**
 * A decoded segment's ASCII escapes decoded until nothing changes (`%25252e` → `.`), as a lenient server further
 * on might: each valid `%XX` on its own, so a stray `%` elsewhere (`%252e%252e;%`) hides nothing.
 */
function decodedAgain(text: string): string {
  let current = text;
  for (let round = 0; round < MAX_DECODE_ROUNDS && current.includes('%'); round++) {
    const next = current.replace(ASCII_ESCAPE, (escape, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code < 0x80 ? String.fromCharCode(code) : escape;
    });
    if (next === current) break;
    current = next;
  }
  return current;
}

const ASCII_ESCAPE = /%([0-9a-f]{2})/giu;

/** Decoding rounds looked at; each shortens the text, so a longer chain cannot hide more than a few levels. */
const MAX_DECODE_ROUNDS = 4;

function invalid(reason: string): CanonicalPath {
  return { kind: 'invalid', reason };
}
