import { describe, expect, it } from 'vitest';
import { globEscape, RedisKeys } from '../../../../src/store/redis/keys.ts';
import { keySlot } from '../../../../src/store/redis/per-master-index.ts';

describe('RedisKeys', () => {
  const keys = new RedisKeys({ embedderModel: 'wink-glove-100d', dimension: 100 });

  it('puts every key of an embedder under semcache:{model}:{dim}:', () => {
    expect(keys.keyspace).toBe('semcache:wink-glove-100d:100:');
    expect(keys.entry('9f2c')).toBe('semcache:wink-glove-100d:100:entry:9f2c');
    expect(keys.feedback('q1', 'e1')).toBe('semcache:wink-glove-100d:100:feedback:q1:e1');
    expect(keys.lock('d1')).toBe('semcache:wink-glove-100d:100:lock:d1');
  });

  it('puts the keys of a partition-placed id under its tag, right after the prefixes the index and SCAN use', () => {
    const digest = '41ab'.repeat(8);
    const id = `9f2c51d0-${digest}`;
    expect(keys.entry(id)).toBe(`semcache:wink-glove-100d:100:entry:{9f2c51d0}${digest}`);
    expect(keys.entry(id).startsWith(keys.entryPrefix)).toBe(true);
    expect(keys.idFromEntryKey(keys.entry(id))).toBe(id);
    expect(keys.idFromEntryKey(keys.entry(digest))).toBe(digest);
    expect(keys.feedback(id, id)).toBe(`semcache:wink-glove-100d:100:feedback:{9f2c51d0}${digest}:${id}`);
    expect(keys.lock(id)).toBe(`semcache:wink-glove-100d:100:lock:{9f2c51d0}${digest}`);
  });

  it('puts every key of one partition-placed partition in one cluster slot', () => {
    const ids = ['41ab'.repeat(8), 'deadbeef'.repeat(4), '0'.repeat(32)].map((digest) => `9f2c51d0-${digest}`);
    const slots = new Set(ids.flatMap((id) => [keys.entry(id), keys.lock(id), keys.feedback(id, id)]).map(keySlot));
    expect([...slots]).toEqual([keySlot('{9f2c51d0}')]);
  });

  it('names the index after the model and dimension, with the entry prefix as its PREFIX', () => {
    expect(keys.indexName).toBe('semcache:wink-glove-100d:100:idx');
    expect(keys.entryPrefix).toBe('semcache:wink-glove-100d:100:entry:');
    expect(keys.indexName.startsWith(keys.entryPrefix)).toBe(false);
  });

  it('keeps the tenant secret and rate limits outside any embedder keyspace', () => {
    expect(keys.tenantSecret).toBe('semcache:tenant-secret');
    expect(keys.tenantSecret.startsWith(keys.keyspace)).toBe(false);
    expect(keys.rateLimit('tenant-a', 7)).toBe('semcache:ratelimit:{tenant-a}:7');
    const other = new RedisKeys({ embedderModel: 'text-embedding-3-small', dimension: 1536 });
    expect(other.tenantSecret).toBe(keys.tenantSecret);
  });

  it('keeps both windows of a rate-limit bucket in one cluster slot (one script reads both)', () => {
    expect(keySlot(keys.rateLimit('route:9f2c', 41))).toBe(keySlot(keys.rateLimit('route:9f2c', 40)));
    expect(keySlot(keys.rateLimit('route:9f2c', 41))).not.toBe(keySlot(keys.rateLimit('route:a0b1', 41)));
  });

  it('uses a configurable base prefix', () => {
    const custom = new RedisKeys({ embedderModel: 'm', dimension: 8, basePrefix: 'app:cache' });
    expect(custom.entry('x')).toBe('app:cache:m:8:entry:x');
    expect(custom.tenantSecret).toBe('app:cache:tenant-secret');
  });

  it('gives different models or dimensions disjoint keyspaces, even when a model name contains ":"', () => {
    const a = new RedisKeys({ embedderModel: 'a', dimension: 100 });
    const tricky = new RedisKeys({ embedderModel: 'a:100', dimension: 100 });
    const otherDim = new RedisKeys({ embedderModel: 'a', dimension: 1000 });
    expect(tricky.keyspace.startsWith(a.keyspace)).toBe(false);
    expect(a.keyspace.startsWith(tricky.keyspace)).toBe(false);
    expect(otherDim.keyspace.startsWith(a.keyspace)).toBe(false);
  });

  it('recovers the id from an entry key and rejects keys of other keyspaces', () => {
    expect(keys.idFromEntryKey(keys.entry('abc'))).toBe('abc');
    expect(keys.idFromEntryKey('semcache:other:100:entry:abc')).toBeUndefined();
    expect(keys.idFromEntryKey(keys.feedback('q', 'e'))).toBeUndefined();
  });

  it('escapes glob metacharacters in its SCAN pattern', () => {
    const odd = new RedisKeys({ embedderModel: 'm*[x]', dimension: 4, basePrefix: 'p?' });
    expect(odd.entryPattern).toBe('p\\?:m\\*%5Bx%5D:4:entry:*');
    expect(globEscape('a*b?c[d]e\\f')).toBe('a\\*b\\?c\\[d\\]e\\\\f');
  });

  it('refuses an empty model or prefix and a non-positive dimension', () => {
    expect(() => new RedisKeys({ embedderModel: '', dimension: 8 })).toThrow(/embedderModel/);
    expect(() => new RedisKeys({ embedderModel: 'm', dimension: 0 })).toThrow(/dimension/);
    expect(() => new RedisKeys({ embedderModel: 'm', dimension: 8, basePrefix: '' })).toThrow(/basePrefix/);
  });
});
