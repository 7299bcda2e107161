import { describe, expect, it } from 'vitest';
import { alphanumericId, pooledRandomBytes } from '../../../src/util/random-bytes.ts';

describe('pooledRandomBytes', () => {
  it('hands out each byte once, across refills of its pool, as copies the caller keeps', () => {
    const seen = new Set<string>();
    // 2,000 × 12 bytes: the 4 KiB pool is refilled several times.
    for (let i = 0; i < 2_000; i++) {
      const bytes = pooledRandomBytes(12);
      expect(bytes).toHaveLength(12);
      seen.add(bytes.toString('hex'));
    }
    expect(seen.size).toBe(2_000);
    const kept = pooledRandomBytes(24);
    const copy = Buffer.from(kept);
    for (let i = 0; i < 1_000; i++) pooledRandomBytes(24);
    expect(kept).toEqual(copy);
  });

  it('looks uniform: every byte value turns up, none far more often than the others', () => {
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 1_000; i++) for (const byte of pooledRandomBytes(256)) counts[byte]!++;
    // 256,000 bytes: 1,000 per value expected; 6 standard deviations either side.
    expect(Math.min(...counts)).toBeGreaterThan(800);
    expect(Math.max(...counts)).toBeLessThan(1_200);
  });

  it('refuses more than one pool at a time', () => {
    expect(() => pooledRandomBytes(5_000)).toThrow(RangeError);
  });
});

describe('alphanumericId', () => {
  it('gives ids of the asked length in [A-Za-z0-9], every character about equally often, none twice', () => {
    const counts = new Map<string, number>();
    const ids = new Set<string>();
    for (let i = 0; i < 2_000; i++) {
      const id = alphanumericId(31);
      expect(id).toMatch(/^[A-Za-z0-9]{31}$/);
      ids.add(id);
      for (const character of id) counts.set(character, (counts.get(character) ?? 0) + 1);
    }
    expect(ids.size).toBe(2_000);
    expect(counts.size).toBe(62);
    // 62,000 characters: 1,000 per character expected; 6 standard deviations either side.
    expect(Math.min(...counts.values())).toBeGreaterThan(800);
    expect(Math.max(...counts.values())).toBeLessThan(1_200);
  });
});
