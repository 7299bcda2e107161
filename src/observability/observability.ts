import type { DestinationStream } from 'pino';
import type { Config } from '../config/config.ts';
import type { RequestObserver } from '../http/request-observer.ts';
import type { VectorStore } from '../store/vector-store.ts';
import { describeError } from './describe-error.ts';
import { fanOut } from './fan-out.ts';
import { createLogger, type Logger } from './logger.ts';
import { breakerOpenOf, ProxyMetrics } from './metrics.ts';
import { RequestLog } from './request-log.ts';
import { ResilienceMetrics, type ClientAbortStage } from './resilience-metrics.ts';

export interface Observability {
  logger: Logger;
  metrics: ProxyMetrics;
  /** Client aborts, refused uploads, shutdown aborts and escaped errors (same registry as `metrics`). */
  resilience: ResilienceMetrics;
  /** Counts and logs (at info) a client that went away before its answer: normal traffic, not an error. */
  clientAborted(stage: ClientAbortStage): void;
  /** Feeds metrics, request logs and any extra observer given. */
  observer: RequestObserver;
  breakerOpen: () => boolean;
}

export interface ObservabilityOptions {
  config: Pick<Config, 'logLevel' | 'logPrompts' | 'prices' | 'embedder'>;
  store: VectorStore;
  /** Where log lines go (default stdout); ignored when `logger` is given. */
  logDestination?: DestinationStream;
  logger?: Logger;
  /** Another observer to feed as well (tests, benchmarks). */
  extraObserver?: RequestObserver;
  /** Node process metrics in /metrics (default true). */
  processMetrics?: boolean;
}

/** Builds the logger, the metrics registry and the request observer the proxy reports through. */
export function createObservability(options: ObservabilityOptions): Observability {
  const { config, store } = options;
  const logger = options.logger ?? createLogger({ level: config.logLevel, destination: options.logDestination });
  const breakerOpen = () => breakerOpenOf(store);
  const metrics = new ProxyMetrics({
    store,
    prices: config.prices,
    embedderPricePerMillion: config.embedder.kind === 'upstream' ? config.embedder.pricePerMillion : 0,
    breakerOpen,
    processMetrics: options.processMetrics ?? true,
  });
  const requestLog = new RequestLog(logger, { logPrompts: config.logPrompts });
  const resilience = new ResilienceMetrics(metrics.registry);
  const clientAborted = (stage: ClientAbortStage) => {
    resilience.clientAborted(stage);
    logger.info({ stage }, 'client closed the connection before its response');
  };
  const observers: RequestObserver[] = [metrics, requestLog, streamAbortObserver(clientAborted)];
  if (options.extraObserver) observers.push(options.extraObserver);
  const observer = fanOut(observers, (error) => logger.error({ error: describeError(error) }, 'request observer failed'));
  return { logger, metrics, resilience, observer, breakerOpen, clientAborted };
}

/** A streamed miss whose client left mid-answer ends as an unstored write with reason `client-disconnected`. */
function streamAbortObserver(clientAborted: (stage: ClientAbortStage) => void): RequestObserver {
  return {
    request() {},
    uncached() {},
    cacheFault() {},
    stored(outcome) {
      if (!outcome.stored && outcome.reason === 'client-disconnected') clientAborted('stream');
    },
  };
}
