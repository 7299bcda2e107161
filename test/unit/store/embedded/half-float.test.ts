import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHalfBits, toHalfBits } from '../../../../src/store/embedded/half-float.ts';

describe('half-float encoding', () => {
  it('encodes known values exactly as IEEE 754 binary16', () => {
    const known: Array<[number, number]> = [
      [0, 0x0000], [-0, 0x8000], [1, 0x3c00], [-2, 0xc000], [0.5, 0x3800], [65504, 0x7bff],
      [2 ** -14, 0x0400], [2 ** -24, 0x0001], [0.333251953125, 0x3555], [Infinity, 0x7c00], [-Infinity, 0xfc00],
    ];
    for (const [value, bits] of known) {
      expect(toHalfBits(value)).toBe(bits);
      expect(Object.is(fromHalfBits(bits), value)).toBe(true);
    }
    expect(toHalfBits(65520)).toBe(0x7c00); // rounds past the largest half: Infinity
    expect(Number.isNaN(fromHalfBits(toHalfBits(Number.NaN)))).toBe(true);
  });

  it('rounds ties to even', () => {
    // 1 + 2^-11 is halfway between 1 and 1 + 2^-10: the even one (1). 1 + 3·2^-11 goes up to 1 + 2^-9.
    expect(toHalfBits(1 + 2 ** -11)).toBe(0x3c00);
    expect(toHalfBits(1 + 3 * 2 ** -11)).toBe(0x3c02);
    // The same in the subnormal range: 2^-25 is halfway between 0 and the smallest subnormal.
    expect(toHalfBits(2 ** -25)).toBe(0x0000);
    expect(toHalfBits(3 * 2 ** -25)).toBe(0x0002);
  });

  it('returns the nearest half for any float32 in the vector range, normal or subnormal', () => {
    fc.assert(
      fc.property(fc.float({ min: -1, max: 1, noNaN: true }), (value) => {
        const bits = toHalfBits(value);
        const error = Math.abs(fromHalfBits(bits) - value);
        for (const neighbour of [bits + 1, bits - 1]) {
          if ((neighbour & 0x7fff) > 0x7bff || neighbour < 0) continue;
          expect(error).toBeLessThanOrEqual(Math.abs(fromHalfBits(neighbour) - value));
        }
      }),
      { numRuns: 20_000 },
    );
  });
});
