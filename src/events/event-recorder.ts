import type { AdminAction } from '../http/admin.ts';
import type { RequestObserver, RequestRecord, StoreOutcome } from '../http/request-observer.ts';
import { eventFields, type CacheEvent } from './cache-event.ts';

/** Where events go: an append that returns at once and never throws (RedisEventStream). */
export interface EventSink {
  append(fields: string[]): void;
}

export interface CacheEventRecorderOptions {
  sink: EventSink;
  /** Put the embedded text in hit and miss events (the record carries it only when the proxy records prompts). */
  includePrompts: boolean;
  now?: () => number;
}

/**
 * Turns what the proxy reports into events: a hit per `HIT`, a miss per `MISS` or `REFRESH`, a store per answer
 * written, an invalidate per admin change. Bypassed requests (the cache was not involved) and `ERROR` ones (the
 * cache was unreachable, and so is the stream) make none. Fed as a RequestObserver, so it runs off the response
 * path and an append never delays or fails a request.
 */
export class CacheEventRecorder implements RequestObserver {
  readonly #sink: EventSink;
  readonly #includePrompts: boolean;
  readonly #now: () => number;

  constructor(options: CacheEventRecorderOptions) {
    this.#sink = options.sink;
    this.#includePrompts = options.includePrompts;
    this.#now = options.now ?? Date.now;
  }

  request(record: RequestRecord): void {
    const common = {
      requestId: record.requestId,
      route: record.route,
      model: record.model,
      tenant: record.tenant,
      entry: record.entry,
      query: record.query,
      stream: record.stream,
      similarity: record.similarity,
      prompt: this.#includePrompts ? record.prompt : undefined,
    };
    if (record.status === 'HIT') {
      this.#append({
        type: 'hit',
        ...common,
        match: record.match,
        savedPromptTokens: record.saved?.prompt_tokens,
        savedCompletionTokens: record.saved?.completion_tokens,
      });
    } else if (record.status === 'MISS' || record.status === 'REFRESH') {
      this.#append({ type: 'miss', ...common, status: record.status, upstreamStatus: record.upstreamStatus });
    }
  }

  /** Neither a pass-through nor a refusal involves the cache: no event. */
  uncached(): void {}

  cacheFault(): void {}

  stored(outcome: StoreOutcome): void {
    if (!outcome.stored) return;
    this.#append({ type: 'store', route: outcome.route, model: outcome.model, tenant: outcome.tenant, entry: outcome.entry });
  }

  /** An admin API change (wired to the admin API's `onAction`). */
  invalidation(action: AdminAction): void {
    switch (action.action) {
      case 'delete':
        this.#append({ type: 'invalidate', action: 'delete', entry: action.id, deleted: action.deleted ? 1 : 0 });
        return;
      case 'invalidate':
        this.#append({ type: 'invalidate', action: 'invalidate', ...action.filter, deleted: action.deleted });
        return;
      case 'flush':
        this.#append({ type: 'invalidate', action: 'flush', deleted: action.deleted });
        return;
      case 'feedback':
        this.#append({ type: 'invalidate', action: 'feedback', entry: action.entry, query: action.query, deleted: action.deleted ? 1 : 0 });
        return;
    }
  }

  #append(event: CacheEvent): void {
    this.#sink.append(eventFields(event, this.#now()));
  }
}
