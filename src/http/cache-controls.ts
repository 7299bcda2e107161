import type { RouteSettings } from '../config/schema.ts';
import type { CacheControls } from '../cache/policy.ts';
import { invalidRequest } from './proxy-error.ts';

const NAMESPACE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Parses the request's cache directives (DESIGN.md §2). `Pragma: no-cache` counts as `Cache-Control:
 * no-cache`. Invalid values are a 400, never silently ignored.
 */
export function parseCacheControls(header: (name: string) => string | undefined, settings: RouteSettings): CacheControls {
  const directives = directivesOf(header('cache-control'));
  refuseMalformedFlags(directives);
  const maxAge = maxAgeOf(directives);
  // `max-age=0`: no stored answer is young enough, so the lookup is skipped as for `no-cache` (RFC 9111 §5.2.1.1).
  const noCache = directives.has('no-cache') || maxAge === 0 || /(^|,)\s*no-cache\s*(,|$)/i.test(header('pragma') ?? '');
  const controls: CacheControls = { noCache, noStore: directives.has('no-store') };
  if (maxAge !== undefined && maxAge > 0) controls.maxAgeMs = maxAge * 1_000;
  if (directives.has('only-if-cached')) controls.onlyIfCached = true;

  const threshold = header('x-cache-threshold');
  if (threshold !== undefined) {
    const value = Number(threshold);
    if (threshold.trim() === '' || !Number.isFinite(value) || value > 1) {
      throw invalidRequest('X-Cache-Threshold must be a number no greater than 1.', 'X-Cache-Threshold', 'invalid_cache_control');
    }
    if (value < settings.minThreshold) {
      throw invalidRequest(`X-Cache-Threshold ${value} is below this route's minimum of ${settings.minThreshold}.`, 'X-Cache-Threshold', 'invalid_cache_control');
    }
    controls.threshold = value;
  }

  const ttl = header('x-cache-ttl');
  if (ttl !== undefined) {
    if (!/^\d{1,10}$/.test(ttl.trim()) || Number(ttl) === 0) {
      throw invalidRequest('X-Cache-TTL must be a positive whole number of seconds.', 'X-Cache-TTL', 'invalid_cache_control');
    }
    controls.ttlMs = Math.min(Number(ttl) * 1_000, settings.maxTtl);
  }

  const namespace = header('x-cache-namespace');
  if (namespace !== undefined) {
    if (!NAMESPACE.test(namespace)) {
      throw invalidRequest('X-Cache-Namespace must be 1-128 characters of letters, digits, ".", "_", ":" or "-".', 'X-Cache-Namespace', 'invalid_cache_control');
    }
    controls.namespace = namespace;
  }

  const explain = header('x-cache-explain');
  if (explain !== undefined) {
    if (explain.trim() !== '1' && explain.trim() !== '0') {
      throw invalidRequest('X-Cache-Explain must be 1 (explain this answer) or 0.', 'X-Cache-Explain', 'invalid_cache_control');
    }
    controls.explain = explain.trim() === '1';
  }
  return controls;
}

/**
 * A Cache-Control header's directives, lowercase, with no spaces around "=". A comma inside a quoted argument parts no
 * directives (RFC 9111 §5.2: `community="UCI, no-store"` is one extension directive, not `no-store`; a hostile review,
 * session 51).
 */
function directivesOf(value: string | undefined): Set<string> {
  const directives = new Set<string>();
  const text = value ?? '';
  let start = 0;
  let quoted = false;
  for (let index = 0; index <= text.length; index++) {
    const character = text[index];
    if (character === '"') quoted = !quoted;
    else if (character === '\\' && quoted) index++;
    else if ((character === ',' && !quoted) || index === text.length) {
      const directive = withoutSpacesAroundEquals(text.slice(start, index));
      if (directive !== '') directives.add(directive);
      start = index + 1;
    }
  }
  return directives;
}

/**
 * Refuses a flag written so that it would be ignored by its name, and a client asking not to store or not to pay would
 * be stored or billed, with a 400 rather than failing open: one given an argument (`no-store=1`, `only-if-cached=true`;
 * a hostile review, session 51), or a directive whose name is no plain token but has a flag among its words
 * (`no-store;`, `"no-store"`, `no-store; private` with a `;` for a comma; a later review). An extension whose name
 * merely contains a flag (`x-no-store-hint`) is a token of its own, and ignored as unknown.
 */
function refuseMalformedFlags(directives: ReadonlySet<string>): void {
  for (const directive of directives) {
    const equals = directive.indexOf('=');
    const name = equals === -1 ? directive : directive.slice(0, equals);
    if (FLAGS.has(name)) {
      if (equals !== -1) throw invalidRequest(`Cache-Control ${name} takes no value.`, 'Cache-Control', 'invalid_cache_control');
      continue;
    }
    // In the name or in an argument ("s-maxage=60; no-store", "x=1 no-store", `private="x"; only-if-cached`); what is
    // inside quotes is an extension's own text (`community="UCI, no-store"`).
    const quoted = equals !== -1 && directive[equals + 1] === '"';
    const closing = quoted ? closingQuote(directive, equals + 2) : -1;
    // A quote never closed holds the rest of the header, flags included (`x="oops, no-store`): read as unquoted.
    const argument = equals === -1 ? '' : quoted ? directive.slice(closing === -1 ? equals + 2 : closing + 1) : directive.slice(equals + 1);
    const flag = `${name} ${argument}`.split(NOT_NAME_CHARACTERS).find((word) => FLAGS.has(word));
    if (flag !== undefined) {
      throw invalidRequest(`Cache-Control names ${flag} in a malformed directive: write ${flag} on its own, directives separated by commas.`, 'Cache-Control', 'invalid_cache_control');
    }
  }
}
const FLAGS: ReadonlySet<string> = new Set(['no-cache', 'no-store', 'only-if-cached']);
/** Where a quoted string opened before `from` closes (a quote no backslash escapes), or -1. */
function closingQuote(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === '"') return at;
  }
  return -1;
}
/** What separates the words of a malformed directive name: anything but the letters, digits and hyphens of the flags. */
const NOT_NAME_CHARACTERS = /[^a-z0-9-]+/;

/** A directive trimmed and lowercase, "max-age = 5" as "max-age=5" (no regex over its spaces: a run of them was quadratic). */
function withoutSpacesAroundEquals(directive: string): string {
  const equals = directive.indexOf('=');
  const lower = directive.toLowerCase();
  return equals === -1 ? lower.trim() : `${lower.slice(0, equals).trim()}=${lower.slice(equals + 1).trim()}`;
}

/** Whether a request's Cache-Control says `only-if-cached`: read on paths the cache does not answer too (they get a 504). */
export function asksOnlyIfCached(value: string | undefined): boolean {
  if (value === undefined) return false;
  const directives = directivesOf(value);
  refuseMalformedFlags(directives);
  return directives.has('only-if-cached');
}

/**
 * `max-age=N` in seconds (RFC 9111 §5.2.1.1: a stored answer older than N is not served), or undefined. A value that is
 * no whole number of seconds, or two that differ, is a 400 like every other invalid control.
 */
function maxAgeOf(directives: ReadonlySet<string>): number | undefined {
  const values = [...directives].filter((directive) => directive === 'max-age' || directive.startsWith('max-age='));
  if (values.length === 0) return undefined;
  const seconds = values.map((directive) => /^max-age=(?:(\d+)|"(\d+)")$/.exec(directive)?.slice(1).find((digits) => digits !== undefined));
  if (seconds.some((value) => value === undefined) || new Set(seconds.map(Number)).size > 1) {
    throw invalidRequest('Cache-Control max-age must be one whole number of seconds (max-age=0 skips the lookup).', 'Cache-Control', 'invalid_cache_control');
  }
  // RFC 9111 §1.2.2: a delta-seconds too large to hold is read as 2^31.
  return Math.min(Number(seconds[0]), MAX_DELTA_SECONDS);
}
const MAX_DELTA_SECONDS = 2 ** 31;
