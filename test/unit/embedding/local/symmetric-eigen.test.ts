import { describe, expect, it } from 'vitest';
import { removeComponents, sifWeight } from '../../../../src/embedding/local/sif.ts';
import { symmetricEigenvectors } from '../../../../src/embedding/local/symmetric-eigen.ts';

describe('symmetricEigenvectors', () => {
  it('finds the eigenvectors of a symmetric matrix, largest eigenvalue first', () => {
    // [[2,1],[1,2]]: eigenvalue 3 along (1,1)/√2, eigenvalue 1 along (1,−1)/√2.
    const { values, vectors } = symmetricEigenvectors(Float64Array.of(2, 1, 1, 2), 2);
    expect(values[0]).toBeCloseTo(3, 10);
    expect(values[1]).toBeCloseTo(1, 10);
    expect(Math.abs(vectors[0]?.[0] ?? 0)).toBeCloseTo(Math.SQRT1_2, 10);
    expect((vectors[0]?.[0] ?? 0) * (vectors[0]?.[1] ?? 0)).toBeGreaterThan(0);
    expect((vectors[1]?.[0] ?? 0) * (vectors[1]?.[1] ?? 0)).toBeLessThan(0);
  });

  it('satisfies A·v = λ·v on a larger matrix', () => {
    const n = 12;
    const matrix = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
      const value = Math.sin(i * 7 + j * 3) + (i === j ? n : 0);
      matrix[i * n + j] = value;
      matrix[j * n + i] = value;
    }
    const { values, vectors } = symmetricEigenvectors(matrix, n);
    vectors.forEach((vector, k) => {
      for (let i = 0; i < n; i++) {
        let product = 0;
        for (let j = 0; j < n; j++) product += (matrix[i * n + j] ?? 0) * (vector[j] ?? 0);
        expect(product).toBeCloseTo((values[k] ?? 0) * (vector[i] ?? 0), 8);
      }
    });
    expect([...values].sort((a, b) => b - a)).toEqual(values);
  });
});

describe('SIF helpers', () => {
  it('weights frequent words less than rare ones', () => {
    expect(sifWeight(0)).toBeLessThan(0.05);
    expect(sifWeight(100)).toBeLessThan(sifWeight(10_000));
    expect(sifWeight(100_000)).toBeGreaterThan(0.95);
  });

  it('removes a vector’s projection on each component', () => {
    const vector = Float64Array.of(3, 4, 5);
    removeComponents(vector, Float32Array.of(1, 0, 0, 0, 1, 0));
    expect(Array.from(vector)).toEqual([0, 0, 5]);
  });
});
