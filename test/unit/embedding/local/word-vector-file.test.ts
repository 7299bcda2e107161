import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMON_COMPONENT_COUNT } from '../../../../src/embedding/local/common-components.ts';
import { ensureWordVectors, loadWordVectors } from '../../../../src/embedding/local/word-vector-file.ts';
import { fixtureVector, writeWinkFixture, type FixtureWord } from './wink-fixture.ts';

describe('ensureWordVectors', () => {
  let directory: string;
  let source: string;
  const dimension = 8;
  // In frequency order, with tokens the tokenizer never produces as words (punctuation, digits, hyphens).
  const sourceWords: FixtureWord[] = ['the', ',', 'of', '3d', 'state-of-the-art', 'house', 'café', 'e.g.', 'zebra', 'quietly']
    .map((word, index) => ({ word, vector: fixtureVector(index + 1, dimension) }));

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'semcache-word-vectors-'));
    source = join(directory, 'wink.json');
    await writeWinkFixture(source, sourceWords, dimension);
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  const options = (log?: (line: string) => void) => ({
    cacheDir: join(directory, 'cache'),
    sourcePath: source,
    wordCount: 4,
    ...(log === undefined ? {} : { log }),
  });

  it('keeps the most frequent letter-only words with their source ranks', async () => {
    const vectors = await loadWordVectors(await ensureWordVectors(options()));
    expect(vectors.data.words).toEqual(['the', 'of', 'house', 'café']);
    expect(Array.from(vectors.data.sourceRanks)).toEqual([0, 2, 5, 6]);
    expect(vectors.idOf('house')).toBe(2);
    expect(vectors.idOf('3d')).toBeUndefined();
    expect(vectors.idOf('zebra')).toBeUndefined(); // beyond wordCount
    expect(vectors.data.components.length).toBe(COMMON_COMPONENT_COUNT * dimension);
  });

  it('stores vectors quantised to int8 within half a step of the source', async () => {
    const vectors = await loadWordVectors(await ensureWordVectors(options()));
    const original = sourceWords[5]?.vector ?? [];
    const out = new Float64Array(dimension);
    vectors.addScaled(2, 1, out);
    const step = Math.max(...original.map(Math.abs)) / 127;
    original.forEach((value, d) => expect(Math.abs((out[d] ?? 0) - value)).toBeLessThanOrEqual(step / 2 + 1e-6));
  });

  it('computes unit, mutually orthogonal common components', async () => {
    const { data } = await loadWordVectors(await ensureWordVectors(options()));
    const row = (k: number): number[] => Array.from(data.components.subarray(k * dimension, (k + 1) * dimension));
    for (let i = 0; i < COMMON_COMPONENT_COUNT; i++) {
      for (let j = 0; j < COMMON_COMPONENT_COUNT; j++) {
        const dot = row(i).reduce((sum, value, d) => sum + value * (row(j)[d] ?? 0), 0);
        expect(dot).toBeCloseTo(i === j ? 1 : 0, 4);
      }
    }
  });

  it('does nothing when a valid file exists', async () => {
    const path = await ensureWordVectors(options());
    const before = await stat(path);
    const lines: string[] = [];
    expect(await ensureWordVectors(options((line) => lines.push(line)))).toBe(path);
    expect(lines).toEqual([]);
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  });

  it('rebuilds a corrupted file, which loading refuses', async () => {
    const path = await ensureWordVectors(options());
    const file = await readFile(path);
    file[file.length - 10] = (file[file.length - 10] ?? 0) ^ 0xff;
    await writeFile(path, file);
    await expect(loadWordVectors(path)).rejects.toThrow(/checksum/);

    const lines: string[] = [];
    await ensureWordVectors(options((line) => lines.push(line)));
    expect(lines.some((line) => line.startsWith('built word vectors'))).toBe(true);
    await expect(loadWordVectors(path)).resolves.toMatchObject({ size: 4 });
  });

  it('rebuilds a truncated file', async () => {
    const path = await ensureWordVectors(options());
    await writeFile(path, (await readFile(path)).subarray(0, 100));
    await ensureWordVectors(options());
    await expect(loadWordVectors(path)).resolves.toMatchObject({ size: 4 });
  });
});
