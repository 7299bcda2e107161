import { describe, expect, it } from 'vitest';
import { decide, fits, retryAfterMs, retryAfterSeconds, windowPosition } from '../../../src/rate-limit/sliding-window.ts';

const limit = { requests: 10, windowMs: 60_000 };

describe('sliding-window counter', () => {
  it('places an instant in its fixed window', () => {
    expect(windowPosition(125_000, 60_000)).toEqual({ index: 2, elapsedMs: 5_000 });
  });

  it('lets exactly `requests` in a fresh window', () => {
    expect(fits({ current: 9, previous: 0 }, limit, 30_000)).toBe(true);
    expect(fits({ current: 10, previous: 0 }, limit, 30_000)).toBe(false);
  });

  it('weighs the previous window by how much of it the sliding window still covers', () => {
    // A quarter into this window, three quarters of the previous one still count: 8 × 0.75 = 6.
    expect(fits({ current: 3, previous: 8 }, limit, 15_000)).toBe(true); // 6 + 3 + 1 = 10
    expect(fits({ current: 4, previous: 8 }, limit, 15_000)).toBe(false); // 6 + 4 + 1 = 11
  });

  it('never lets a burst at a window boundary through twice', () => {
    // 10 requests at the very end of one window, then a new window: nothing fits until they age out.
    expect(fits({ current: 0, previous: 10 }, limit, 1)).toBe(false);
  });

  it('says how long until the previous window has faded enough', () => {
    // previous 8, current 4 at 15 s: need 8 × (45 s − t)/60 s ≤ 5 → t ≥ 7.5 s.
    expect(retryAfterMs({ current: 4, previous: 8 }, limit, 15_000)).toBeCloseTo(7_500);
    const after = decide({ current: 4, previous: 8 }, limit, 15_000 + 7_500);
    expect(after).toEqual({ allowed: true });
  });

  it('waits into the next window when this one alone is full', () => {
    // current 10 at 20 s: rest of this window (40 s), then 10 × (60 s − t')/60 s ≤ 9 → t' ≥ 6 s.
    expect(retryAfterMs({ current: 10, previous: 0 }, limit, 20_000)).toBeCloseTo(46_000);
    expect(fits({ current: 0, previous: 10 }, limit, 6_000)).toBe(true);
    expect(fits({ current: 0, previous: 10 }, limit, 5_999)).toBe(false);
  });

  it('reports a refusal with its wait, and Retry-After in whole seconds rounded up, at least 1', () => {
    expect(decide({ current: 10, previous: 0 }, limit, 59_500)).toEqual({ allowed: false, retryAfterMs: 6_500 });
    expect(retryAfterSeconds(6_500)).toBe(7);
    expect(retryAfterSeconds(0)).toBe(1);
    expect(retryAfterSeconds(3_000)).toBe(3);
  });
});
