import type { EventSink } from '../../events/event-recorder.ts';
import { StoreUnavailableError } from '../guarded-store.ts';

export interface RedisEventStreamOptions {
  /** Sends one command within a time budget (RedisStore#command: the store's connection). */
  send: (args: string[]) => Promise<unknown>;
  /** The stream's key (default RedisKeys#events). */
  stream: string;
  /** `XADD … MAXLEN ~ maxLen`: Redis trims whole radix-tree nodes, so the stream may run a little over. */
  maxLen: number;
  /** False while the store's circuit breaker is open: drop events at once instead of sending them. */
  available?: () => boolean;
  /**
   * Appends sent but not yet answered; beyond it new events are dropped (and reported), so a stalled Redis can
   * never make the proxy buffer without bound. Default 10,000.
   */
  maxInFlight?: number;
  /** An append failed or was dropped (the proxy counts it as a fault of stage `events`). */
  onError?: (error: unknown) => void;
}

/** The XADD of one event (exported for the argument-building test). */
export function xaddArgs(stream: string, maxLen: number, fields: readonly string[]): string[] {
  return ['XADD', stream, 'MAXLEN', '~', String(maxLen), '*', ...fields];
}

/**
 * The event stream on Redis: every append is one XADD, sent and not awaited (node-redis writes the commands
 * issued in one tick together, so a burst costs one socket write). Capped in length by Redis and in memory here.
 */
export class RedisEventStream implements EventSink {
  readonly #send: (args: string[]) => Promise<unknown>;
  readonly #stream: string;
  readonly #maxLen: number;
  readonly #available: () => boolean;
  readonly #maxInFlight: number;
  readonly #onError: (error: unknown) => void;
  #inFlight = 0;

  constructor(options: RedisEventStreamOptions) {
    this.#send = options.send;
    this.#stream = options.stream;
    this.#maxLen = options.maxLen;
    this.#available = options.available ?? (() => true);
    this.#maxInFlight = options.maxInFlight ?? 10_000;
    this.#onError = options.onError ?? (() => {});
  }

  /** Appends not answered yet. */
  get inFlight(): number {
    return this.#inFlight;
  }

  append(fields: string[]): void {
    if (!this.#available()) {
      this.#onError(new StoreUnavailableError('event stream: store circuit breaker open, event dropped'));
      return;
    }
    if (this.#inFlight >= this.#maxInFlight) {
      this.#onError(new Error(`event stream: ${this.#inFlight} appends unanswered, event dropped`));
      return;
    }
    this.#inFlight++;
    let sent: Promise<unknown>;
    try {
      sent = this.#send(xaddArgs(this.#stream, this.#maxLen, fields));
    } catch (error) {
      sent = Promise.reject(error);
    }
    sent.then(
      () => this.#inFlight--,
      (error: unknown) => {
        this.#inFlight--;
        this.#onError(error);
      },
    );
  }
}
