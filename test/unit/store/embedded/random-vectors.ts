import { toUnit } from '../../../../src/store/embedded/vector-math.ts';

/** Seeded unit vectors with Gaussian components (uniform on the sphere), so tests are reproducible. */
export class RandomVectors {
  private state: number;
  readonly dimension: number;

  constructor(dimension: number, seed = 42) {
    this.dimension = dimension;
    this.state = seed >>> 0;
  }

  next(): Float32Array {
    const v = new Float32Array(this.dimension);
    for (let i = 0; i < this.dimension; i++) v[i] = this.gaussian();
    return toUnit(v);
  }

  many(count: number): Float32Array[] {
    return Array.from({ length: count }, () => this.next());
  }

  private uniform(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  private gaussian(): number {
    const u = 1 - this.uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.uniform());
  }
}

/** Exact top-k ids by dot product, the reference every index is measured against. */
export function bruteForce(vectors: Map<string, Float32Array>, query: Float32Array, k: number): string[] {
  const scored: { id: string; similarity: number }[] = [];
  for (const [id, v] of vectors) {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += v[i]! * query[i]!;
    scored.push({ id, similarity: s });
  }
  return scored.sort((a, b) => b.similarity - a.similarity).slice(0, k).map((x) => x.id);
}

/** Share of the true top-k found in `got` (recall@k). */
export function recall(truth: string[], got: string[]): number {
  const found = new Set(got);
  return truth.filter((id) => found.has(id)).length / truth.length;
}

/** A unit vector near `base` (prompts sharing a long template): `base` plus `spread` times a random unit vector. */
export function templated(random: RandomVectors, base: Float32Array, spread: number): Float32Array {
  const noise = random.next();
  const v = new Float32Array(base.length);
  let norm = 0;
  for (let d = 0; d < base.length; d++) norm += (v[d] = base[d]! + spread * noise[d]!) ** 2;
  for (let d = 0; d < base.length; d++) v[d]! /= Math.sqrt(norm);
  return v;
}
