import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWinkVectors, type SourceWordVector } from '../../../../src/embedding/local/wink-json-reader.ts';
import { fixtureVector, writeWinkFixture, type FixtureWord } from './wink-fixture.ts';

describe('readWinkVectors', () => {
  let directory: string;
  let path: string;
  const dimension = 6;
  // Words that break a naive scan: brackets, braces, quotes, escapes, commas and multi-byte characters.
  const words: FixtureWord[] = ['the', ']', '"', '{', '\\', 'a,b', 'vectors', 'café', '日本', 'zoo'].map((word, index) => ({
    word,
    vector: fixtureVector(index + 1, dimension),
  }));

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'semcache-wink-'));
    path = join(directory, 'wink.json');
    await writeWinkFixture(path, words, dimension);
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it.each([3, 7, 64, 1 << 20])('reads every word with its rank and vector in order (%i-byte chunks)', async (chunkBytes) => {
    const read: SourceWordVector[] = [];
    const result = await readWinkVectors(path, { chunkBytes, onWord: (entry) => read.push(entry) > 0 });
    expect(result.dimension).toBe(dimension);
    expect(read.map((entry) => entry.word)).toEqual(words.map(({ word }) => word));
    expect(read.map((entry) => entry.rank)).toEqual(words.map((_, index) => index));
    read.forEach((entry, index) => {
      expect(Array.from(entry.vector)).toEqual(Array.from(Float32Array.from(words[index]?.vector ?? [])));
    });
  });

  it('stops reading when the callback says so', async () => {
    const read: string[] = [];
    await readWinkVectors(path, {
      chunkBytes: 5,
      onWord: ({ word }) => {
        read.push(word);
        return read.length < 3;
      },
    });
    expect(read).toEqual(['the', ']', '"']);
  });

  it('rejects a file without a vectors object', async () => {
    const other = join(directory, 'other.json');
    await (await import('node:fs/promises')).writeFile(other, '{"dimensions":6,"words":["a"]}');
    await expect(readWinkVectors(other, { onWord: () => true })).rejects.toThrow(/no "vectors" object/);
  });
});
