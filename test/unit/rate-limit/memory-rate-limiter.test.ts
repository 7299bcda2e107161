import { describe, expect, it } from 'vitest';
import { MemoryRateLimiter } from '../../../src/rate-limit/memory-rate-limiter.ts';

const limit = { requests: 3, windowMs: 60_000 };

function clock(start = 600_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('MemoryRateLimiter', () => {
  it('allows `requests` per window per bucket, then refuses with the wait', async () => {
    const time = clock();
    const limiter = new MemoryRateLimiter({ now: time.now });
    for (let i = 0; i < 3; i++) expect(await limiter.consume('a', limit)).toEqual({ allowed: true });
    expect(await limiter.consume('a', limit)).toEqual({ allowed: false, retryAfterMs: 60_000 + 20_000 });
    expect(await limiter.consume('b', limit)).toEqual({ allowed: true });
  });

  it('does not count refused requests, so a client retrying in a loop gets in once earlier ones age out', async () => {
    const time = clock();
    const limiter = new MemoryRateLimiter({ now: time.now });
    for (let i = 0; i < 3; i++) await limiter.consume('a', limit);
    for (let i = 0; i < 50; i++) expect((await limiter.consume('a', limit)).allowed).toBe(false);
    // One window later the three count 1 − elapsed/window; at 20 s into it: 3 × 2/3 = 2, so one more fits.
    time.advance(60_000 + 20_000);
    expect(await limiter.consume('a', limit)).toEqual({ allowed: true });
    expect((await limiter.consume('a', limit)).allowed).toBe(false);
  });

  it('forgets everything after two idle windows', async () => {
    const time = clock();
    const limiter = new MemoryRateLimiter({ now: time.now });
    for (let i = 0; i < 3; i++) await limiter.consume('a', limit);
    time.advance(120_000);
    for (let i = 0; i < 3; i++) expect((await limiter.consume('a', limit)).allowed).toBe(true);
  });

  it('keeps at most maxBuckets buckets, forgetting the least recently used', async () => {
    const time = clock();
    const limiter = new MemoryRateLimiter({ now: time.now, maxBuckets: 2 });
    for (let i = 0; i < 3; i++) await limiter.consume('a', limit);
    await limiter.consume('b', limit);
    await limiter.consume('a', limit); // refused, but touches a
    await limiter.consume('c', limit); // evicts b
    expect(limiter.size).toBe(2);
    expect((await limiter.consume('a', limit)).allowed).toBe(false); // a is still remembered
  });
});
