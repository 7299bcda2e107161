import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../../src/store/circuit-breaker.ts';
import { GuardedStore, StoreUnavailableError, type StoreOperation } from '../../../src/store/guarded-store.ts';
import { StoreTimeoutError, withTimeBudget } from '../../../src/store/time-budget.ts';
import type { CacheEntry, VectorStore } from '../../../src/store/vector-store.ts';

/**
 * Unit tests of the decorator with a scripted inner store (the Redis-backed behaviour is covered against a real
 * redis-server in test/integration/store/redis-faults.test.ts).
 */
type Behaviour = 'ok' | 'fail' | 'hang';

class ScriptedStore implements VectorStore {
  readonly kind = 'embedded' as const;
  semantic = true;
  reachable = true;
  behaviour: Behaviour = 'ok';
  calls = 0;

  #answer<T>(value: T): Promise<T> {
    this.calls++;
    if (this.behaviour === 'fail') return Promise.reject(new Error('backend failed'));
    if (this.behaviour === 'hang') return new Promise<T>(() => {});
    return Promise.resolve(value);
  }

  start = async () => {};
  close = async () => {};
  get = () => this.#answer<CacheEntry | undefined>(undefined);
  nearest = () => this.#answer([{ id: 'a', similarity: 0.9 }]);
  put = () => this.#answer(undefined);
  delete = () => this.#answer(true);
  forgetAnswer = () => this.#answer(true);
  invalidate = () => this.#answer(2);
  flush = () => this.#answer(3);
  rejectPair = () => this.#answer(undefined);
  isRejected = () => this.#answer(false);
  stats = () => this.#answer({ entries: 4 });
}

function guarded(options: { failureThreshold?: number } = {}) {
  const inner = new ScriptedStore();
  const failures: StoreOperation[] = [];
  let now = 0;
  const breaker = new CircuitBreaker({ failureThreshold: options.failureThreshold ?? 3, cooldownMs: 1_000, now: () => now });
  const store = new GuardedStore(inner, {
    budgets: { lookupMs: 20, writeMs: 40, adminMs: 60 },
    breaker,
    onFailure: (operation) => failures.push(operation),
  });
  return { inner, store, breaker, failures, advance: (ms: number) => (now += ms) };
}

describe('GuardedStore', () => {
  it('passes results and store properties through while the backend works', async () => {
    const { store, inner } = guarded();
    expect(await store.nearest('p', new Float32Array(2), 1)).toEqual([{ id: 'a', similarity: 0.9 }]);
    expect(await store.invalidate({ route: 'r' })).toBe(2);
    expect(await store.stats()).toEqual({ entries: 4 });
    expect(store.kind).toBe('embedded');
    inner.semantic = false;
    inner.reachable = false;
    expect(store.semantic).toBe(false);
    expect(store.reachable).toBe(false);
  });

  it('has a first look only when the inner store has one, guarded like nearest', async () => {
    expect(guarded().store.nearestFirstLook).toBeUndefined();
    const inner = Object.assign(new ScriptedStore(), { nearestFirstLook: function (this: ScriptedStore) { return this.nearest(); } });
    const failures: StoreOperation[] = [];
    const store = new GuardedStore(inner, { budgets: { lookupMs: 20 }, onFailure: (operation) => failures.push(operation) });
    expect(await store.nearestFirstLook!('p', new Float32Array(2), 1)).toEqual([{ id: 'a', similarity: 0.9 }]);
    inner.behaviour = 'hang';
    await expect(store.nearestFirstLook!('p', new Float32Array(2), 1)).rejects.toBeInstanceOf(StoreTimeoutError);
    expect(failures).toEqual(['nearest']);
  });

  it('rejects a call that outlives its budget with StoreTimeoutError naming the operation', async () => {
    const { store, inner, failures } = guarded();
    inner.behaviour = 'hang';
    await expect(store.get('x')).rejects.toMatchObject({ name: 'StoreTimeoutError', operation: 'get', budgetMs: 20 });
    await expect(store.put({} as CacheEntry, 1)).rejects.toMatchObject({ operation: 'put', budgetMs: 40 });
    await expect(store.flush()).rejects.toMatchObject({ operation: 'flush', budgetMs: 60 });
    expect(failures).toEqual(['get', 'put', 'flush']);
  });

  it('opens the breaker after repeated failures and then fails fast without calling the store', async () => {
    const { store, inner, breaker, failures } = guarded({ failureThreshold: 3 });
    inner.behaviour = 'fail';
    for (let i = 0; i < 3; i++) await expect(store.get('x')).rejects.toThrow('backend failed');
    expect(breaker.state).toBe('open');
    const callsBefore = inner.calls;
    await expect(store.get('x')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.put({} as CacheEntry, 1)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(inner.calls).toBe(callsBefore);
    expect(failures).toHaveLength(3); // fast-fails are not store failures
  });

  it('counts timeouts toward the breaker', async () => {
    const { store, inner, breaker } = guarded({ failureThreshold: 2 });
    inner.behaviour = 'hang';
    await expect(store.isRejected('q', 'e')).rejects.toBeInstanceOf(StoreTimeoutError);
    await expect(store.nearest('p', new Float32Array(2), 1)).rejects.toBeInstanceOf(StoreTimeoutError);
    expect(breaker.state).toBe('open');
  });

  it('probes after the cooldown and closes again once the backend answers', async () => {
    const { store, inner, breaker, advance } = guarded({ failureThreshold: 1 });
    inner.behaviour = 'fail';
    await expect(store.get('x')).rejects.toThrow();
    inner.behaviour = 'ok';
    await expect(store.get('x')).rejects.toBeInstanceOf(StoreUnavailableError);
    advance(1_000);
    expect(await store.delete('x')).toBe(true);
    expect(breaker.state).toBe('closed');
    expect(await store.get('x')).toBeUndefined();
  });

  it('counts a synchronous throw of the inner store as a failure, not a crash', async () => {
    const { store, inner, failures } = guarded();
    inner.get = () => {
      throw new Error('sync boom');
    };
    await expect(store.get('x')).rejects.toThrow('sync boom');
    expect(failures).toEqual(['get']);
  });
});

describe('withTimeBudget', () => {
  it('settles like the work when it finishes in time', async () => {
    await expect(withTimeBudget('op', 1_000, Promise.resolve(7))).resolves.toBe(7);
    await expect(withTimeBudget('op', 1_000, Promise.reject(new Error('no')))).rejects.toThrow('no');
  });

  it('leaves no unhandled rejection when the work fails after the budget', async () => {
    let failLate!: (error: Error) => void;
    const late = new Promise<never>((_, reject) => {
      failLate = reject;
    });
    await expect(withTimeBudget('op', 5, late)).rejects.toBeInstanceOf(StoreTimeoutError);
    failLate(new Error('late failure')); // vitest fails the run on an unhandled rejection
    await new Promise((resolve) => setImmediate(resolve));
  });
});
