import type { Config } from './config/config.ts';
import { CacheEventRecorder } from './events/event-recorder.ts';
import type { AdminAction } from './http/admin.ts';
import { RateLimitGate } from './http/rate-limit-gate.ts';
import type { RequestObserver } from './http/request-observer.ts';
import { describeError } from './observability/describe-error.ts';
import { fanOut } from './observability/fan-out.ts';
import type { Observability } from './observability/observability.ts';
import { rateLimitedCounter } from './observability/rate-limit-metrics.ts';
import { MemoryRateLimiter } from './rate-limit/memory-rate-limiter.ts';
import type { RateLimiter } from './rate-limit/rate-limiter.ts';
import { GuardedStore } from './store/guarded-store.ts';
import { RedisEventStream } from './store/redis/redis-event-stream.ts';
import type { RedisKeys } from './store/redis/keys.ts';
import { RedisRateLimiter } from './store/redis/redis-rate-limiter.ts';
import { RedisStore } from './store/redis/redis-store.ts';
import type { VectorStore } from './store/vector-store.ts';

/** The per-route rate limits and the event stream, as the proxy and the admin API use them. */
export interface LimitsAndEvents {
  /** For the cache pipeline; undefined when no route has a `rateLimit`. */
  rateLimit?: RateLimitGate;
  /** The observer the proxy reports to: observability's, plus the event recorder when events are on. */
  observer: RequestObserver;
  /** Whether request records must carry the embedded text (events with `includePrompts`). */
  recordsPrompts: boolean;
  /** Records an admin change in the event stream (for the admin API's `onAction`). */
  recordInvalidation(action: AdminAction): void;
}

export interface LimitsAndEventsDeps {
  store: VectorStore;
  tenantSecret: { readonly value: string };
  observability: Observability;
}

/**
 * Chooses where limits are counted and events go. With the Redis store both use the store's connection: limits
 * then hold across every instance, and events are appended to a Stream. With the embedded store limits are
 * counted in this process, and events are off (with a warning when built): an in-process stream would
 * be lost on restart and invisible to other instances, which is not what an audit trail is for.
 */
export function createLimitsAndEvents(config: Config, deps: LimitsAndEventsDeps): LimitsAndEvents {
  const { observability } = deps;
  const redis = redisOf(deps.store);

  let rateLimit: RateLimitGate | undefined;
  if (config.routes.some((route) => route.settings.rateLimit !== undefined)) {
    const limiter: RateLimiter = redis
      ? new RedisRateLimiter({ send: redis.send, counterKey: (bucket, window) => redis.keys.rateLimit(bucket, window), available: redis.available })
      : new MemoryRateLimiter();
    rateLimit = new RateLimitGate({
      limiter,
      tenantSecret: deps.tenantSecret,
      onFault: (error) => observability.observer.cacheFault('rate-limit', error),
      onLimited: rateLimitedCounter(observability.metrics.registry),
    });
  }

  const recorder = config.events && redis
    ? new CacheEventRecorder({
        sink: new RedisEventStream({
          send: redis.send,
          stream: config.events.stream ?? redis.keys.events,
          maxLen: config.events.maxLen,
          available: redis.available,
          onError: (error) => observability.observer.cacheFault('events', error),
        }),
        includePrompts: config.events.includePrompts,
      })
    : undefined;
  if (config.events && !recorder) {
    observability.logger.warn({}, 'events: the event stream needs the Redis store (set REDIS_URL); no events are recorded');
  }
  const observer = recorder
    ? fanOut([observability.observer, recorder], (error) => observability.logger.error({ error: describeError(error) }, 'event recorder failed'))
    : observability.observer;

  return {
    rateLimit,
    observer,
    recordsPrompts: recorder !== undefined && config.events?.includePrompts === true,
    recordInvalidation: (action) => recorder?.invalidation(action),
  };
}

/** The Redis store's connection as limits and events use it: its commands run within the store's lookup budget. */
function redisOf(store: VectorStore): { send: <T>(args: string[]) => Promise<T>; keys: RedisKeys; available: () => boolean } | undefined {
  const guarded = store instanceof GuardedStore ? store : undefined;
  const inner = guarded ? guarded.inner : store;
  if (!(inner instanceof RedisStore)) return undefined;
  return {
    send: <T>(args: string[]) => inner.command<T>(args),
    keys: inner.keys,
    available: () => !(guarded?.breaker.isOpen ?? false),
  };
}
