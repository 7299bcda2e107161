import type { RequestObserver } from '../http/request-observer.ts';

/**
 * One observer that forwards to several (metrics, logs, a test's recorder). An observer that throws is
 * isolated: observability must never fail or slow a request, so its error goes to `onError` and the rest
 * still run.
 */
export function fanOut(observers: readonly RequestObserver[], onError: (error: unknown) => void = () => {}): RequestObserver {
  const each = (call: (observer: RequestObserver) => void) => {
    for (const observer of observers) {
      try {
        call(observer);
      } catch (error) {
        onError(error);
      }
    }
  };
  return {
    request: (record) => each((observer) => observer.request(record)),
    uncached: (record) => each((observer) => observer.uncached(record)),
    cacheFault: (stage, error) => each((observer) => observer.cacheFault(stage, error)),
    stored: (outcome) => each((observer) => observer.stored(outcome)),
  };
}
