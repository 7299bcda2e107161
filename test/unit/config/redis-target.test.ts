import { describe, expect, it } from 'vitest';
import { buildConfig, ConfigError } from '../../../src/config/load-config.ts';
import { parseRedisTarget } from '../../../src/config/redis-target.ts';

describe('parseRedisTarget', () => {
  it('keeps a plain URL on the single-node client', () => {
    expect(parseRedisTarget('redis://cache:6379/0', false)).toEqual({ mode: 'single', url: 'redis://cache:6379/0' });
    expect(parseRedisTarget('rediss://u:p@cache:6380', false)).toEqual({ mode: 'single', url: 'rediss://u:p@cache:6380' });
  });

  it('reads redis+cluster:// seeds, carrying credentials and TLS to each', () => {
    expect(parseRedisTarget('redis+cluster://10.0.0.1:7000,10.0.0.2:7001', false)).toEqual({
      mode: 'cluster', seeds: ['redis://10.0.0.1:7000', 'redis://10.0.0.2:7001'],
    });
    expect(parseRedisTarget('rediss+cluster://app:s3cret@a:7000,b:7000', false)).toEqual({
      mode: 'cluster', seeds: ['rediss://app:s3cret@a:7000', 'rediss://app:s3cret@b:7000'],
    });
  });

  it('treats a list of URLs, or store.cluster: true, as cluster seeds', () => {
    expect(parseRedisTarget('redis://a:7000, redis://b:7000', false)).toEqual({ mode: 'cluster', seeds: ['redis://a:7000', 'redis://b:7000'] });
    expect(parseRedisTarget('redis://a:7000', true)).toEqual({ mode: 'cluster', seeds: ['redis://a:7000'] });
  });

  it('says what is wrong with a bad URL', () => {
    expect(parseRedisTarget('redis+cluster://a,b:7000', false)).toMatchObject({ error: expect.stringMatching(/host:port/) });
    expect(parseRedisTarget('http://cache:6379', false)).toMatchObject({ error: expect.stringMatching(/not a redis/) });
  });
});

describe('cluster configuration', () => {
  it('comes from REDIS_URL or from store.cluster in the file, and is rejected with a clear message when malformed', () => {
    expect(buildConfig({}, { REDIS_URL: 'redis+cluster://a:7000' }).store.redis).toEqual({ mode: 'cluster', seeds: ['redis://a:7000'] });
    expect(buildConfig({ store: { cluster: true } }, { REDIS_URL: 'redis://a:7000' }).store.redis).toEqual({ mode: 'cluster', seeds: ['redis://a:7000'] });
    expect(buildConfig({}, {}).store.redis).toBeUndefined();
    expect(() => buildConfig({}, { REDIS_URL: 'redis+cluster://' })).toThrow(ConfigError);
  });
});
