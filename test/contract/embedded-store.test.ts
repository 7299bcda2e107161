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

// The same contract with every partition on the HNSW path (threshold 0), so the graph is held to it too.
describeVectorStoreContract(
  'EmbeddedStore (HNSW for every partition)',
  async () => {
    const store = new EmbeddedStore({ dimension: DIMENSION, index: { hnswThreshold: 0 } });
    await store.start();
    return { store, dimension: DIMENSION, teardown: () => store.close() };
  },
  { semantic: true },
);
