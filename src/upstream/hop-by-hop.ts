/** RFC 9110 §7.6.1 connection-specific headers, never forwarded by a proxy; plus ones the transport recomputes. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  // Node's server already answered `100-continue` to the client; undici refuses to send the header on.
  'expect',
]);

/**
 * Copies headers minus hop-by-hop ones (including any the `Connection` header names) and minus those `drop`
 * rejects.
 */
export function forwardableHeaders(
  entries: Iterable<[string, string]>,
  drop: (name: string) => boolean = () => false,
): Record<string, string> {
  const list = Array.isArray(entries) ? (entries as Array<[string, string]>) : [...entries];
  // One pass on the usual request, which names no extra hop-by-hop headers in `Connection` (issue #12: this ran
  // on every request).
  let named: Set<string> | undefined;
  for (const [name, value] of list) {
    if (name.toLowerCase() !== 'connection') continue;
    named ??= new Set();
    for (const token of value.split(',')) named.add(token.trim().toLowerCase());
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of list) {
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.has(lower) || named?.has(lower) || drop(lower)) continue;
    headers[lower] = headers[lower] === undefined ? value : `${headers[lower]}, ${value}`;
  }
  return headers;
}
