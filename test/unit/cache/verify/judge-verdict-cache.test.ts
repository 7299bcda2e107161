import { describe, expect, it } from 'vitest';
import { JudgeVerdictCache } from '../../../../src/cache/verify/judge-verdict-cache.ts';

describe('JudgeVerdictCache', () => {
  it('remembers a verdict per (query, entry) pair, not per query or per entry', () => {
    const cache = new JudgeVerdictCache(10);
    cache.set('q1', 'e1', 'yes');
    expect(cache.get('q1', 'e1')).toBe('yes');
    expect(cache.get('q1', 'e2')).toBeUndefined();
    expect(cache.get('q2', 'e1')).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = new JudgeVerdictCache(2);
    cache.set('q1', 'e', 'yes');
    cache.set('q2', 'e', 'no');
    expect(cache.get('q1', 'e')).toBe('yes'); // q1 is now the most recently used
    cache.set('q3', 'e', 'yes');
    expect(cache.size).toBe(2);
    expect(cache.get('q2', 'e')).toBeUndefined();
    expect(cache.get('q1', 'e')).toBe('yes');
    expect(cache.get('q3', 'e')).toBe('yes');
  });

  it('remembers nothing with a bound of 0', () => {
    const cache = new JudgeVerdictCache(0);
    cache.set('q', 'e', 'yes');
    expect(cache.get('q', 'e')).toBeUndefined();
  });
});
