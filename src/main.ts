import { ConfigError, loadConfig } from './config/load-config.ts';
import { createSemcache, type Semcache } from './semcache.ts';
import { withoutCredentials } from './observability/describe-error.ts';

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
  keepServingOnEscapedErrors(semcache);
  let port: number;
  try {
    port = await semcache.listen(config.server.port, config.server.host);
  } catch (error) {
    console.error(`semcache: cannot listen on ${config.server.host}:${config.server.port}: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`semcache listening on http://${config.server.host}:${port} → ${withoutCredentials(config.server.upstreamBaseUrl)} (store: ${semcache.store.kind}, embedder: ${semcache.embedder.model})`);
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

/**
 * Last resort: an error that escaped every handler is logged and counted (`semcache_uncaught_errors_total`), and
 * the process keeps serving. Exiting would kill every request in flight; such an error is a bug to fix at its
 * source (the abrupt-client test asserts this counter stays 0), not a reason to drop everyone's connection.
 */
function keepServingOnEscapedErrors(semcache: Semcache): void {
  const { logger, resilience } = semcache.observability;
  process.on('uncaughtException', (error) => {
    resilience.uncaught('uncaughtException');
    logger.error({ err: error }, 'uncaught exception (the process keeps serving)');
  });
  process.on('unhandledRejection', (reason) => {
    resilience.uncaught('unhandledRejection');
    logger.error({ err: reason }, 'unhandled rejection (the process keeps serving)');
  });
}

await main();
