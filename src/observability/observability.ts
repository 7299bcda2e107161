import type { DestinationStream } from 'pino';
import type { Config } from '../config/config.ts';
import type { RequestObserver } from '../http/request-observer.ts';
import type { VectorStore } from '../store/vector-store.ts';
import { describeError } from './describe-error.ts';
import { fanOut } from './fan-out.ts';
import { createLogger, type Logger } from './logger.ts';
import { breakerOpenOf, ProxyMetrics } from './metrics.ts';
import { RequestLog } from './request-log.ts';
import { ResilienceMetrics } from './resilience-metrics.ts';

export interface Observability {
  logger: Logger;
  metrics: ProxyMetrics;
  /** Client aborts, refused uploads, shutdown aborts and escaped errors (same registry as `metrics`). */
  resilience: ResilienceMetrics;
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
  const observers: RequestObserver[] = [metrics, requestLog];
  if (options.extraObserver) observers.push(options.extraObserver);
  const observer = fanOut(observers, (error) => logger.error({ error: describeError(error) }, 'request observer failed'));
  const resilience = new ResilienceMetrics(metrics.registry);
  return { logger, metrics, resilience, observer, breakerOpen };
}
