import { ConfigError, loadConfig } from './config/load-config.ts';
import { createSemcache } from './semcache.ts';

/** Entry point: `npm start`. Reads config, listens at once (for /healthz), then starts and reports ready. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`semcache: invalid configuration\n${error.message}`);
    process.exit(2);
  }
  const semcache = createSemcache(config);
  const port = await semcache.listen(config.server.port, config.server.host);
  console.log(`semcache listening on http://${config.server.host}:${port} → ${config.server.upstreamBaseUrl} (store: ${semcache.store.kind}, embedder: ${semcache.embedder.model})`);
  const started = Date.now();
  await semcache.start();
  const { store } = semcache;
  const mode = store.topology === undefined ? '' : `, mode: ${store.topology.mode}, masters: ${store.topology.masters}`;
  const semantic = store.semantic ? 'on' : store.semanticOffReason === undefined ? 'off' : `off: ${store.semanticOffReason}`;
  console.log(`semcache ready in ${Date.now() - started} ms (store: ${store.kind}${mode}; semantic tier: ${semantic})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`semcache: ${signal} received, finishing in-flight requests`);
    await semcache.shutdown();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

await main();
