import { describe, expect, it } from 'vitest';
import type { CacheEntry } from '../../../src/store/vector-store.ts';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store.ts';
import { estimateEntryBytes } from '../../../src/store/embedded/entry-bytes.ts';
import { FlatIndex } from '../../../src/store/embedded/flat-index.ts';
import { PartitionIndex } from '../../../src/store/embedded/partition-index.ts';

const DIMENSION = 256;
const unit = (seed: number) => {
  const vector = new Float32Array(DIMENSION);
  vector[seed % DIMENSION] = 1;
  return vector;
};
const entry = (id: string, partition: string): CacheEntry => ({
  id,
  partition,
  text: 'What is the capital of France?',
  completion: { id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'Paris' }, finish_reason: 'stop' }] },
  route: 'default',
  model: 'm',
  tenant: 't',
  createdAt: 0,
  vector: unit(id.length),
});

describe('embedded store byte accounting', () => {
  it('charges a fresh partition for the whole vector block it allocates, not for one vector', () => {
    const index = new FlatIndex(DIMENSION);
    index.add('a', unit(1));
    // The block holds 8 slots plus the query slot, whatever is in it.
    const block = (8 + 1) * DIMENSION * 4;
    expect(index.bytes).toBeGreaterThanOrEqual(block);
    expect(index.bytes).toBeLessThan(block + 1024);
  });

  it('counts a one-entry partition at its entry plus everything its partition index holds', async () => {
    const store = new EmbeddedStore({ dimension: DIMENSION });
    const stored = entry('e1', 'p1');
    await store.put(stored, 60_000);
    const index = new PartitionIndex({ dimension: DIMENSION });
    index.add('e1', unit(2));
    const bytes = (await store.stats()).bytes!;
    const entryBytes = estimateEntryBytes(stored, JSON.stringify(stored.completion));
    expect(bytes - entryBytes).toBeGreaterThanOrEqual(index.bytes);
    // Until the write is indexed (after the response), the queued copy of the vector is charged too.
    expect(bytes - entryBytes).toBeLessThan(index.bytes + DIMENSION * 4 + 400);
    // Before: a one-vector partition was charged dimension × 4 + 250 bytes for its vector.
    expect(bytes - entryBytes).toBeGreaterThan(DIMENSION * 4 * 8);
  });

  it('gives every byte back when entries and their partitions go', async () => {
    const store = new EmbeddedStore({ dimension: DIMENSION });
    for (let i = 0; i < 50; i++) await store.put(entry(`e${i}`, `p${i % 7}`), 60_000);
    for (let i = 0; i < 50; i++) await store.delete(`e${i}`);
    expect(await store.stats()).toEqual({ entries: 0, bytes: 0 });
  });

  it('evicts to keep many one-entry partitions within maxBytes by what they really hold', async () => {
    const maxBytes = 256 * 1024;
    const store = new EmbeddedStore({ dimension: DIMENSION, maxBytes });
    for (let i = 0; i < 200; i++) await store.put(entry(`e${i}`, `p${i}`), 60_000);
    const { entries, bytes } = await store.stats();
    expect(bytes).toBeLessThanOrEqual(maxBytes);
    // Each partition holds a 9 KiB block: far fewer than 200 fit (the old count let ~190 in).
    expect(entries).toBeLessThan(30);
  });
});
