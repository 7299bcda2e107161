import { describe, expect, it } from 'vitest';
import { FaultThrottle } from '../../../src/observability/fault-throttle.ts';

describe('FaultThrottle', () => {
  it('admits the first fault, counts the rest within the interval and reports them with the next line', () => {
    let now = 1_000;
    const throttle = new FaultThrottle({ intervalMs: 10_000, now: () => now });
    expect(throttle.admit('lookup')).toEqual({ log: true, suppressed: 0 });
    for (let i = 0; i < 5; i++) expect(throttle.admit('lookup')).toEqual({ log: false });
    now += 9_999;
    expect(throttle.admit('lookup')).toEqual({ log: false });
    now += 1;
    expect(throttle.admit('lookup')).toEqual({ log: true, suppressed: 6 });
    expect(throttle.admit('lookup')).toEqual({ log: false });
  });

  it('limits each key on its own', () => {
    const throttle = new FaultThrottle({ intervalMs: 10_000, now: () => 0 });
    expect(throttle.admit('lookup').log).toBe(true);
    expect(throttle.admit('store').log).toBe(true);
    expect(throttle.admit('lookup').log).toBe(false);
    expect(throttle.admit('store').log).toBe(false);
  });
});
