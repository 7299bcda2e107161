/** A unit-length copy of `vector`. A zero vector stays zero (its similarity with anything is 0, never NaN). */
export function toUnit(vector: Float32Array): Float32Array {
  let squares = 0;
  for (let i = 0; i < vector.length; i++) squares += vector[i]! * vector[i]!;
  const unit = new Float32Array(vector.length);
  if (squares === 0) return unit;
  const scale = 1 / Math.sqrt(squares);
  for (let i = 0; i < vector.length; i++) unit[i] = vector[i]! * scale;
  return unit;
}
