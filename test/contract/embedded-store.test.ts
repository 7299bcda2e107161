import { EmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { describeVectorStoreContract } from './vector-store.contract.ts';

const DIMENSION = 8;

describeVectorStoreContract(
  'EmbeddedStore',
  async () => {
    const store = new EmbeddedStore({ dimension: DIMENSION });
    await store.start();
    return { store, dimension: DIMENSION, teardown: () => store.close() };
  },
  { semantic: true },
);

// The same contract with every partition on a graph (threshold 0), so each graph is held to it too: the
// hand-written one (the default) and usearch's.
for (const graph of ['hnsw', 'usearch'] as const) {
  describeVectorStoreContract(
    `EmbeddedStore (${graph} graph for every partition)`,
    async () => {
      const store = new EmbeddedStore({ dimension: DIMENSION, index: { hnswThreshold: 0, graph } });
      await store.start();
      return { store, dimension: DIMENSION, teardown: () => store.close() };
    },
    { semantic: true },
  );
}
