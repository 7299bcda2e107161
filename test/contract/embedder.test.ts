import { afterAll } from 'vitest';
import { CachingEmbedder } from '../../src/embedding/caching-embedder.ts';
import { LocalEmbedder } from '../../src/embedding/local/local-embedder.ts';
import { ensureWordVectors } from '../../src/embedding/local/word-vector-file.ts';
import { UpstreamEmbedder } from '../../src/embedding/upstream-embedder.ts';
import { startFakeEmbeddingsServer, type FakeEmbeddingsServer } from '../unit/embedding/fake-embeddings-server.ts';
import { describeEmbedderContract } from './embedder.contract.ts';

// The word-vector binary is built once (a few seconds) and reused by every later run.
describeEmbedderContract('LocalEmbedder', async () => new LocalEmbedder({ wordVectorsPath: await ensureWordVectors() }));

let server: FakeEmbeddingsServer | undefined;
afterAll(async () => {
  await server?.close();
});

describeEmbedderContract('UpstreamEmbedder (fake OpenAI-compatible server)', async () => {
  server = await startFakeEmbeddingsServer();
  return new UpstreamEmbedder({ baseUrl: server.baseUrl, apiKey: 'sk-test' });
});

describeEmbedderContract('CachingEmbedder over LocalEmbedder', async () => {
  return new CachingEmbedder(new LocalEmbedder({ wordVectorsPath: await ensureWordVectors() }), { maxEntries: 100 });
});
