import { describe, expect, it } from 'vitest';
import { CircuitBreaker, type BreakerState } from '../../../src/store/circuit-breaker.ts';

function fixture(options: { failureThreshold?: number; cooldownMs?: number } = {}) {
  let now = 1_000;
  const transitions: Array<[BreakerState, BreakerState]> = [];
  const breaker = new CircuitBreaker({
    ...options,
    now: () => now,
    onStateChange: (state, previous) => transitions.push([previous, state]),
  });
  const fail = () => breaker.recordFailure(breaker.tryAcquire()!);
  const succeed = () => breaker.recordSuccess(breaker.tryAcquire()!);
  return { breaker, transitions, fail, succeed, advance: (ms: number) => (now += ms) };
}

describe('CircuitBreaker', () => {
  it('starts closed and lets calls through', () => {
    const { breaker } = fixture();
    expect(breaker.state).toBe('closed');
    expect(breaker.isOpen).toBe(false);
    expect(breaker.tryAcquire()).toBeDefined();
  });

  it('opens after the threshold of consecutive failures (default 5) and then refuses calls', () => {
    const { breaker, fail, transitions } = fixture();
    for (let i = 0; i < 4; i++) fail();
    expect(breaker.state).toBe('closed');
    fail();
    expect(breaker.state).toBe('open');
    expect(breaker.isOpen).toBe(true);
    expect(breaker.tryAcquire()).toBeUndefined();
    expect(transitions).toEqual([['closed', 'open']]);
  });

  it('counts only consecutive failures: a success resets the count', () => {
    const { breaker, fail, succeed } = fixture({ failureThreshold: 3 });
    fail();
    fail();
    succeed();
    fail();
    fail();
    expect(breaker.state).toBe('closed');
    fail();
    expect(breaker.state).toBe('open');
  });

  it('lets exactly one probe through after the cooldown (half-open)', () => {
    const { breaker, fail, advance } = fixture({ failureThreshold: 1, cooldownMs: 2_000 });
    fail();
    advance(1_999);
    expect(breaker.tryAcquire()).toBeUndefined();
    advance(1);
    const probe = breaker.tryAcquire();
    expect(probe).toMatchObject({ probe: true });
    expect(breaker.state).toBe('half-open');
    expect(breaker.tryAcquire()).toBeUndefined();
  });

  it('closes when the probe succeeds', () => {
    const { breaker, fail, advance, transitions } = fixture({ failureThreshold: 1, cooldownMs: 100 });
    fail();
    advance(100);
    breaker.recordSuccess(breaker.tryAcquire()!);
    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toMatchObject({ probe: false });
    expect(transitions).toEqual([['closed', 'open'], ['open', 'half-open'], ['half-open', 'closed']]);
  });

  it('re-opens for another full cooldown when the probe fails', () => {
    const { breaker, fail, advance } = fixture({ failureThreshold: 1, cooldownMs: 100 });
    fail();
    advance(100);
    breaker.recordFailure(breaker.tryAcquire()!);
    expect(breaker.state).toBe('open');
    advance(99);
    expect(breaker.tryAcquire()).toBeUndefined();
    advance(1);
    expect(breaker.tryAcquire()).toMatchObject({ probe: true });
  });

  it('ignores late outcomes of calls admitted before the last transition', () => {
    const { breaker, fail, advance } = fixture({ failureThreshold: 2, cooldownMs: 100 });
    const slowBeforeOpening = breaker.tryAcquire()!;
    fail();
    fail();
    expect(breaker.state).toBe('open');
    breaker.recordSuccess(slowBeforeOpening); // must not close an open breaker
    expect(breaker.state).toBe('open');
    advance(100);
    const probe = breaker.tryAcquire()!;
    breaker.recordFailure(slowBeforeOpening); // must not decide a half-open breaker
    expect(breaker.state).toBe('half-open');
    breaker.recordSuccess(probe);
    expect(breaker.state).toBe('closed');
  });

  it('refuses a cooldown above 5 s, so a probe always comes within 5 s', () => {
    expect(() => new CircuitBreaker({ cooldownMs: 5_001 })).toThrow(/cooldownMs/);
    expect(() => new CircuitBreaker({ failureThreshold: 0 })).toThrow(/failureThreshold/);
  });
});
