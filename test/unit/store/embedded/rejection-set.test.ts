import { describe, expect, it } from 'vitest';
import { RejectionSet } from '../../../../src/store/embedded/rejection-set.ts';

describe('RejectionSet', () => {
  it('sweeps expired pairs a bounded batch at a time, keeping live ones', () => {
    let now = 0;
    const set = new RejectionSet(100, () => now);
    for (let i = 0; i < 5; i++) set.add(`q${i}`, 'e', 1_000);
    set.add('live', 'e', 10_000);
    now = 1_000;
    set.sweep(2);
    expect(set.size).toBe(4);
    set.sweep(10);
    expect(set.size).toBe(1);
    expect(set.has('live', 'e')).toBe(true);
  });

  it('renewing a rejection makes it the newest, so the bound drops an older one', () => {
    const set = new RejectionSet(2, () => 0);
    set.add('a', 'e', 1_000);
    set.add('b', 'e', 1_000);
    set.add('a', 'e', 1_000);
    set.add('c', 'e', 1_000);
    expect(set.has('a', 'e')).toBe(true);
    expect(set.has('b', 'e')).toBe(false);
    expect(set.has('c', 'e')).toBe(true);
  });

  it('keeps query and entry apart (no ambiguity from concatenation)', () => {
    const set = new RejectionSet(10, () => 0);
    set.add('ab', 'c', 1_000);
    expect(set.has('a', 'bc')).toBe(false);
  });
});
