import { describe, expect, it } from 'vitest';
import { buildConfig } from '../../../src/config/load-config.ts';
import { asksOnlyIfCached, parseCacheControls } from '../../../src/http/cache-controls.ts';
import { notCached, ProxyError } from '../../../src/http/proxy-error.ts';

const settings = buildConfig({ defaults: { maxTtl: '1h' } }, {}).routes[0]!.settings;
const parse = (headers: Record<string, string>) => parseCacheControls((name) => headers[name], settings);

describe('parseCacheControls', () => {
  it('reads no-cache and no-store from Cache-Control, and Pragma: no-cache', () => {
    expect(parse({})).toEqual({ noCache: false, noStore: false });
    expect(parse({ 'cache-control': 'No-Cache, no-store' })).toEqual({ noCache: true, noStore: true });
    expect(parse({ pragma: 'no-cache' })).toMatchObject({ noCache: true, noStore: false });
  });

  it('reads max-age (0 skips the lookup, as no-cache does) and only-if-cached', () => {
    expect(parse({ 'cache-control': 'max-age=0' })).toEqual({ noCache: true, noStore: false });
    expect(parse({ 'cache-control': 'Max-Age = 90, only-if-cached' })).toEqual({ noCache: false, noStore: false, maxAgeMs: 90_000, onlyIfCached: true });
    expect(parse({ 'cache-control': 'max-age="30", max-age=30' })).toMatchObject({ maxAgeMs: 30_000 });
    expect(parse({ 'cache-control': 'max-age=99999999999999' })).toMatchObject({ maxAgeMs: 2 ** 31 * 1_000 });
    // Directives a request may carry that change nothing here.
    expect(parse({ 'cache-control': 'max-stale=60, min-fresh=10, no-transform' })).toEqual({ noCache: false, noStore: false });
  });

  it('reads threshold, TTL (capped at maxTtl) and namespace', () => {
    expect(parse({ 'x-cache-threshold': '0.92', 'x-cache-ttl': '60', 'x-cache-namespace': 'team-a' })).toMatchObject({ threshold: 0.92, ttlMs: 60_000, namespace: 'team-a' });
    expect(parse({ 'x-cache-ttl': '999999' }).ttlMs).toBe(3_600_000);
  });

  it.each([
    ['x-cache-threshold', 'high'],
    ['x-cache-threshold', '1.5'],
    ['x-cache-threshold', '0.5'],
    ['x-cache-ttl', '-3'],
    ['x-cache-ttl', '0'],
    ['x-cache-ttl', '1.5'],
    ['x-cache-namespace', 'has space'],
    ['cache-control', 'max-age=soon'],
    ['cache-control', 'max-age=1.5'],
    ['cache-control', 'max-age=5, max-age=6'],
    ['cache-control', 'max-age="5'],
  ])('rejects %s: %s with a 400 naming the header', (name, value) => {
    let error: unknown;
    try {
      parse({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProxyError);
    expect((error as ProxyError).status).toBe(400);
    expect((error as ProxyError).param?.toLowerCase()).toBe(name);
  });
});

// A hostile review of the request controls (session 51): a flag given a value was ignored by its name (`no-store=1` stored
// the answer, `only-if-cached=1` called the upstream), and a comma inside a quoted argument parted directives.
describe('Cache-Control read as a careless or hostile client writes it', () => {
  it.each(['no-store=1', 'only-if-cached=true', 'no-cache="x"', 'max-age=5, no-store=""'])('refuses a flag given a value: %s', (value) => {
    expect(() => parse({ 'cache-control': value })).toThrow(ProxyError);
    expect(() => asksOnlyIfCached(value)).toThrow(ProxyError);
  });

  it.each(['no-store;', '"no-store"', "'no-store'", 'no-store; private', 'max-age=60, "no-store"', 'only-if-cached;', '"no-cache"', 's-maxage=60; no-store', 'foo=bar; no-store', 'x=1 no-store', 'private="x"; only-if-cached', 'x="oops, no-store', 'x="a\\", no-store', 'x="oops, only-if-cached'])('refuses a malformed directive that names a flag: %s', (value) => {
    expect(() => parse({ 'cache-control': value })).toThrow(ProxyError);
    expect(() => asksOnlyIfCached(value)).toThrow(ProxyError);
  });

  it('reads an extension whose name merely contains a flag as unknown', () => {
    expect(parse({ 'cache-control': 'x-no-store-hint, no-store-later' })).toEqual({ noCache: false, noStore: false });
  });

  it('reads a quoted argument as one directive, commas and all', () => {
    expect(parse({ 'cache-control': 'community="UCI, no-store, z"' })).toEqual({ noCache: false, noStore: false });
    expect(parse({ 'cache-control': 'foo="a, max-age=x"' })).toEqual({ noCache: false, noStore: false });
    expect(asksOnlyIfCached('foo="x, only-if-cached, y"')).toBe(false);
    expect(parse({ 'cache-control': 'foo="a\\"b, no-cache", no-store' })).toEqual({ noCache: false, noStore: true });
    expect(asksOnlyIfCached('ext="1", only-if-cached')).toBe(true);
  });

  it('answers only-if-cached with a 504 of the invalid-request type, as before the error moved', () => {
    const error = notCached('MISS');
    expect(error.status).toBe(504);
    expect(error).toMatchObject({ type: 'invalid_request_error', code: 'not_cached' });
  });
});
