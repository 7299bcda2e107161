import { describe, expect, it } from 'vitest';
import { canonicalPath, encodeCanonicalPath } from '../../../src/routing/canonical-path.ts';

describe('canonicalPath', () => {
  it('decodes a plain or percent-encoded path once', () => {
    expect(canonicalPath('/v1/chat/completions')).toEqual({ kind: 'canonical', path: '/v1/chat/completions' });
    expect(canonicalPath('/v1/files/file%20one%25')).toEqual({ kind: 'canonical', path: '/v1/files/file one%' });
    expect(canonicalPath('/v1/models/caf%C3%A9')).toEqual({ kind: 'canonical', path: '/v1/models/café' });
    // A `%` that makes no dot segment or separator, even decoded again, is ordinary text.
    expect(canonicalPath('/v1/files/100%25%20done')).toEqual({ kind: 'canonical', path: '/v1/files/100% done' });
    expect(canonicalPath('/v1/files/b/..x')).toEqual({ kind: 'canonical', path: '/v1/files/b/..x' });
    // Session 30: a `;` is a path parameter to servers that strip it (`/v1/chat/completions;x` is chat completions
    // there), and a space at a segment's edge is trimmed by some: both refused.
    expect(canonicalPath('/v1/files/a;b/..x')).toEqual({ kind: 'invalid', reason: 'a ; path parameter' });
    expect(canonicalPath('/v1/chat/completions%20')).toEqual({ kind: 'invalid', reason: 'a space at the start or end of a segment' });
    expect(canonicalPath('/v1/files/%252ex')).toEqual({ kind: 'canonical', path: '/v1/files/%2ex' });
  });

  it.each([
    ['/v1/..%5C..%5C..%5Cetc%5Cpasswd', 'an encoded / or \\'],
    ['/v1/chat%5Ccompletions', 'an encoded / or \\'],
    ['/v1/chat%2fcompletions', 'an encoded / or \\'],
    ['/v1/.%0a./x', 'a control character'],
    ['/v1/.%09./x', 'a control character'],
    ['/v1/chat/.%09/completions', 'a control character'],
    ['/v1/x%00', 'a control character'],
    ['/v1/x%7f', 'a control character'],
    ['/v1/chat\\completions', 'a backslash'],
    ['/v1/../x', 'a dot segment'],
    ['/v1/./x', 'a dot segment'],
    ['/v1/%2e%2e/x', 'a dot segment'],
    ['/v1/.%2E/x', 'a dot segment'],
    ['/v1/%2e/x', 'a dot segment'],
    ['/v1//chat/completions', 'an empty segment'],
    ['/v1/chat/completions/', 'an empty segment'],
    ['/v1/x%3Fy', 'an encoded ? or #'],
    ['/v1/x%23y', 'an encoded ? or #'],
    ['/v1/x%E0%A4%A', 'malformed percent-encoding'],
    ['/v1/x%ZZ', 'malformed percent-encoding'],
    // An upstream (or a server behind it) that decodes once more, or reads `;` as a path parameter (Tomcat), would
    // resolve these to `..`.
    ['/v1/%252e%252e/x', 'a double-encoded dot segment'],
    ['/v1/%252E/x', 'a double-encoded dot segment'],
    ['/v1/.%252e/x', 'a double-encoded dot segment'],
    ['/v1/%25252e%25252e/x', 'a double-encoded dot segment'],
    ['/v1/..;/x', 'a dot segment'],
    ['/v1/..;jsessionid=1/x', 'a dot segment'],
    ['/v1/.;/x', 'a dot segment'],
    ['/v1/%2e%2e;/x', 'a dot segment'],
    ['/v1/%252e%252e;/x', 'a double-encoded dot segment'],
    ['/v1/%252e%252e;%25/x', 'a double-encoded dot segment'],
    ['/v1/chat%252fcompletions', 'a double-encoded / or \\'],
    ['/v1/x%255cy', 'a double-encoded / or \\'],
    // A NUL or a line break to a server that decodes twice (a hostile review, session 53).
    ['/v1/files/a%2500b', 'a double-encoded control character'],
    ['/v1/files/a%250Ab', 'a double-encoded control character'],
    ['/v1/files/a%25250db', 'a double-encoded control character'],
    ['/v1/files/a%253Fb', 'a double-encoded ?, #, ; or edge space'],
    ['/v1/chat/completions%253Bx', 'a double-encoded ?, #, ; or edge space'],
    ['/v1/files/a%2520', 'a double-encoded ?, #, ; or edge space'],
  ])('refuses %s (%s)', (raw, reason) => {
    expect(canonicalPath(raw)).toEqual({ kind: 'invalid', reason });
  });

  it('encodes a canonical path for the wire so that decoding it gives the same path back', () => {
    expect(encodeCanonicalPath('/v1/files/file one%')).toBe('/v1/files/file%20one%25');
    expect(encodeCanonicalPath('/v1/models/café:latest')).toBe('/v1/models/caf%C3%A9:latest');
    expect(canonicalPath(encodeCanonicalPath('/v1/a b/ü%/😀'))).toEqual({ kind: 'canonical', path: '/v1/a b/ü%/😀' });
  });
});
