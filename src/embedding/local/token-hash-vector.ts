/**
 * A deterministic pseudo-random direction per token, for the tokens the word vectors do not know (numbers,
 * IDs, names, code) and for the lexical-overlap part of the local embedding. Components are ±1/√dimension
 * (a random sign projection: unit length by construction, and 32 components per generator step), seeded by a
 * hash of the token, so "4711" and "4712" get unrelated directions (expected cosine 0, s.d. 1/√dimension).
 */
export function addTokenHashVector(token: string, weight: number, out: Float64Array, offset: number, dimension: number): void {
  const magnitude = weight / Math.sqrt(dimension);
  let state = fnv1a(token);
  for (let block = 0; block < dimension; block += 32) {
    state = (state + 0x9e3779b9) | 0;
    const bits = mix32(state);
    const end = Math.min(32, dimension - block);
    const base = offset + block;
    // Branch-free: bit 1 → +magnitude, bit 0 → −magnitude.
    for (let j = 0; j < end; j++) out[base + j]! += magnitude * (((bits >>> j) & 1) * 2 - 1);
  }
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

// The finaliser of MurmurHash3: every input bit flips about half of the output bits, so consecutive seeds
// (tokens differing in their last character) give unrelated sign patterns.
function mix32(value: number): number {
  let z = value;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return z ^ (z >>> 16);
}
