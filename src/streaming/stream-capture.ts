import type { CachedAnswer } from '../cache/cached-answer.ts';
import type { ChatCompletion } from '../cache/chat-types.ts';
import { CompletionAssembler } from './completion-assembler.ts';
import { SseDecoder, concatBytes } from './sse-decoder.ts';
import type { SseEvent } from './sse-decoder.ts';
import type { AssembledEventKind, StreamAssembler, StreamOutcome } from './stream-outcome.ts';

/**
 * The tee of a streaming MISS: forwards the upstream's SSE bytes to the client as each event arrives whole and,
 * on the side, assembles the answer that may be stored.
 *
 * Why a pull iterable: it is what `for await`, `Readable.from(client).pipe(res)`, `ReadableStream.from(client)` and
 * Hono's `stream()` helper all consume, and pulling gives backpressure for free (the upstream is read no faster
 * than the client takes bytes). The iterable is hand-written rather than an async generator so that `return()` and
 * the abort signal act at once, even while a read of the upstream is pending.
 *
 * @example
 * const clientGone = new AbortController();
 * res.on('close', () => { if (!res.writableFinished) clientGone.abort(); });
 * const { client, result } = captureStream(upstreamBody, { dropUsageChunk, signal: clientGone.signal });
 * try {
 *   for await (const bytes of client) if (!res.write(bytes)) await once(res, 'drain');
 *   res.end();
 * } catch {
 *   res.destroy(); // the upstream broke: let the client see a broken stream, not a clean end
 * }
 * const outcome = await result; // settles as soon as [DONE] (or a failure) is seen: hand it to waiting requests
 * if ((await final).kind === 'complete') store(outcome.completion); // once the upstream ended with nothing wrong after
 */

export interface CaptureOptions<A extends CachedAnswer = ChatCompletion> {
  /** Rebuilds the answer from the events; default: a chat completions assembler. */
  assembler?: StreamAssembler<A>;
  /**
   * The proxy asked the upstream for `stream_options.include_usage` although the client did not: remove the
   * usage-only chunk (`choices: []` with `usage`) from what the client receives while still capturing the usage.
   * Forwarding then happens one complete event at a time instead of all the whole events of an upstream chunk at once.
   */
  dropUsageChunk: boolean;
  /**
   * Aborted when the client has gone away: same effect as calling the client iterator's `return()`, and it also
   * ends a `next()` that is waiting for the upstream. When the upstream is not a Node `Readable` (a `fetch` body,
   * an async generator), abort its request with this signal too: their iterators act on `return()` only after a
   * pending read settles.
   */
  signal?: AbortSignal;
  /** The most bytes assembled for storage; past them the stream is relayed untouched and `too-large` (default MAX_CAPTURED_BYTES). */
  maxCapturedBytes?: number;
}

export interface CapturedStream<A extends CachedAnswer = ChatCompletion> {
  /** The bytes for the client. Single use. Throws the upstream's error if reading the upstream fails. */
  client: AsyncIterable<Uint8Array>;
  /**
   * Settles once and never rejects: `complete` as soon as the terminal event (`data: [DONE]`, `message_stop`,
   * `response.completed`) was seen and the answer is whole; otherwise `incomplete` when the stream fails, ends early or
   * the client goes away. It only progresses while `client` is being consumed, so consume it to the end or call its
   * `return()`.
   */
  result: Promise<StreamOutcome<A>>;
  /**
   * `result` once the capture is over (the upstream ended or failed, or the client left), unless an error event came
   * after the terminal one: then `incomplete`. What may be stored: an `error` after `message_stop` makes the client's
   * SDK throw (a hostile review, session 47), while requests waiting for the answer need not wait for the upstream to
   * close the connection.
   */
  final: Promise<StreamOutcome<A>>;
}

/**
 * Tees `upstream`. To cancel it when the client leaves, its iterator's `return()` is called; a Node `Readable`
 * (undici's response body, `IncomingMessage`) is also `destroy()`ed, because its iterator is an async generator
 * whose `return()` waits for a pending read, which may be a long silence of the upstream.
 */
export function captureStream<A extends CachedAnswer = ChatCompletion>(upstream: AsyncIterable<Uint8Array>, options: CaptureOptions<A>): CapturedStream<A> {
  const destroy = isDestroyable(upstream) ? () => upstream.destroy() : undefined;
  const assembler = options.assembler ?? (new CompletionAssembler() as unknown as StreamAssembler<A>);
  const capture = new StreamCapture<A>(upstream[Symbol.asyncIterator](), destroy, options, assembler);
  return { client: capture, result: capture.result, final: capture.final };
}

const END: IteratorReturnResult<undefined> = { value: undefined, done: true };
const LF = 0x0a;
const CR = 0x0d;
const ignore = (): void => {};

interface Waiter {
  resolve: (result: IteratorResult<Uint8Array>) => void;
  reject: (error: unknown) => void;
}

class StreamCapture<A extends CachedAnswer> implements AsyncIterableIterator<Uint8Array> {
  readonly result: Promise<StreamOutcome<A>>;
  readonly final: Promise<StreamOutcome<A>>;
  #resolveFinal!: (outcome: StreamOutcome<A>) => void;
  #outcome: StreamOutcome<A> | undefined;
  readonly #source: AsyncIterator<Uint8Array>;
  readonly #destroySource: (() => void) | undefined;
  readonly #dropUsageChunk: boolean;
  readonly #signal: AbortSignal | undefined;
  readonly #maxCapturedBytes: number;
  readonly #decoder = new SseDecoder();
  readonly #assembler: StreamAssembler<A>;
  #resolveResult!: (outcome: StreamOutcome<A>) => void;
  #settled = false;
  /** The terminal event was seen and the answer is whole: later events are only read for an error. */
  #ended = false;
  /** An error event came after the terminal one. */
  #lateError = false;
  /** The terminal event was chat's `data: [DONE]`. */
  #endedByDone = false;
  /** The client side is over: upstream ended or failed, or the client left. */
  #closed = false;
  #sourceFinished = false;
  /** The client's pending `next()`, answered by a read callback or, at once, by a disconnect. */
  #waiter: Waiter | undefined;
  readonly #onAbort = (): void => void this.#disconnect();
  /** Received bytes not yet forwarded or dropped (a line or an event not yet whole), from stream offset `#heldOffset`. */
  #held: Uint8Array[] = [];
  #heldOffset = 0;
  /** Bytes received from the upstream so far. */
  #received = 0;

  constructor(source: AsyncIterator<Uint8Array>, destroySource: (() => void) | undefined, options: CaptureOptions<A>, assembler: StreamAssembler<A>) {
    this.#source = source;
    this.#assembler = assembler;
    this.#destroySource = destroySource;
    this.#dropUsageChunk = options.dropUsageChunk;
    this.#signal = options.signal;
    this.#maxCapturedBytes = options.maxCapturedBytes ?? MAX_CAPTURED_BYTES;
    this.result = new Promise((resolve) => (this.#resolveResult = resolve));
    this.final = new Promise((resolve) => (this.#resolveFinal = resolve));
    if (this.#signal?.aborted) void this.#disconnect();
    else this.#signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  // Callbacks rather than an async function racing a disconnect promise: a third of the per-chunk cost, and a
  // disconnect can still answer a pending next() at once.
  next(): Promise<IteratorResult<Uint8Array>> {
    if (this.#closed) return Promise.resolve(END);
    if (this.#waiter !== undefined) {
      return Promise.reject(new TypeError('captureStream: next() called while a read is pending'));
    }
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
      this.#read();
    });
  }

  /** The client stopped consuming (it disconnected, or broke out of its loop): cancel the upstream. */
  async return(): Promise<IteratorResult<Uint8Array>> {
    const wasReading = this.#waiter !== undefined;
    const cancelled = this.#disconnect();
    // With a read pending, an async-generator upstream would only act on return() after that read settles.
    if (cancelled !== undefined && !wasReading) await cancelled.catch(ignore);
    return END;
  }

  #read(): void {
    try {
      this.#source.next().then(this.#onRead, this.#onReadError);
    } catch (error) {
      this.#onReadError(error);
    }
  }

  readonly #onRead = (read: IteratorResult<Uint8Array>): void => {
    if (this.#closed) return; // the client left while this read was pending
    try {
      if (read.done === true) {
        this.#sourceFinished = true;
        const tail = this.#finishUpstream();
        this.#close();
        this.#answer(tail.length > 0 ? { value: tail, done: false } : END);
        return;
      }
      const forward = this.#accept(read.value);
      if (forward.length > 0) this.#answer({ value: forward, done: false });
      else this.#read();
    } catch (error) {
      // Decoding and assembly report bad input as outcomes, not throws; what throws is the capture itself (a string
      // past V8's longest). The client still gets every byte (a fault in the cache never fails a request); nothing
      // is stored.
      this.#settle({ kind: 'incomplete', reason: 'malformed', detail: describe(error) });
      this.#passHeld();
    }
  };

  /** After the capture gave up: forwards what is held and goes on relaying, or ends if the upstream has. */
  #passHeld(): void {
    const held = this.#held.length === 0 ? EMPTY : concatBytes(this.#held);
    this.#held = [];
    if (this.#sourceFinished) {
      this.#close();
      this.#answer(held.length > 0 ? { value: held, done: false } : END);
    } else if (held.length > 0) this.#answer({ value: held, done: false });
    else this.#read();
  }

  readonly #onReadError = (error: unknown): void => {
    if (this.#closed) return;
    this.#sourceFinished = true;
    // After the terminal event the answer is whole: the client's stream ends cleanly, without the failure event its SDK
    // would throw on (a socket reset after `message_stop`, or the shutdown's abort; a third review, session 47).
    if (this.#ended) {
      this.#close();
      this.#answer(END);
      return;
    }
    this.#fail(error, 'upstream-error');
  };

  #fail(error: unknown, reason: 'upstream-error' | 'malformed'): void {
    this.#settle({ kind: 'incomplete', reason, detail: describe(error) });
    this.#close();
    const waiter = this.#waiter;
    this.#waiter = undefined;
    waiter?.reject(error);
  }

  #answer(result: IteratorResult<Uint8Array>): void {
    const waiter = this.#waiter;
    this.#waiter = undefined;
    waiter?.resolve(result);
  }

  /** Decodes one upstream chunk and returns the bytes to forward now. */
  #accept(chunk: Uint8Array): Uint8Array {
    if (this.#settled && !this.#ended) {
      // [DONE] or a failure was seen: nothing left to capture or drop, so stop decoding and pass bytes through.
      if (this.#held.length === 0) return chunk;
      const bytes = concatBytes([...this.#held, chunk]);
      this.#held = [];
      return bytes;
    }
    this.#held.push(chunk);
    this.#received += chunk.length;
    if (this.#received > this.#maxCapturedBytes) {
      // Past what an answer may be: relay the rest untouched (a 560 MB stream broke the assembler's string and, with
      // it, the client's stream: a hostile tester, session 29). The usage chunk is then the client's too.
      this.#settle({ kind: 'incomplete', reason: 'too-large', detail: `over ${this.#maxCapturedBytes} bytes` });
      const bytes = concatBytes(this.#held);
      this.#held = [];
      return bytes;
    }
    if (!this.#dropUsageChunk) {
      // Forwarded up to the end of the last whole line: a line's first bytes sent before the upstream broke off
      // would be completed by the failure event's blank line into a broken event (the SDK then throws a JSON error
      // instead of the API's typed error). Whole lines keep a stream that never sends a blank line live.
      let end = -1;
      for (const frame of this.#decoder.decodeFrames(chunk)) {
        if (frame.event !== undefined) this.#observe(frame.event);
        end = frame.end;
      }
      const lastLineEnd = Math.max(chunk.lastIndexOf(LF), chunk.lastIndexOf(CR));
      if (lastLineEnd !== -1) end = Math.max(end, this.#received - chunk.length + lastLineEnd + 1);
      if (end <= this.#heldOffset) return EMPTY;
      const bytes = this.#takeHeld(end);
      return bytes.length === 1 ? bytes[0]! : concatBytes(bytes);
    }
    const forward: Uint8Array[] = [];
    for (const frame of this.#decoder.decodeFrames(chunk)) {
      const bytes = this.#takeHeld(frame.end);
      const kind = frame.event === undefined ? 'ignored' : this.#observe(frame.event);
      if (kind === 'usage-chunk') continue;
      // The usage the proxy asked for puts `"usage": null` on every chunk too: the client, which did not ask,
      // gets none, as from the upstream directly and on a hit (a review of hits' fidelity, session 33).
      if (frame.event !== undefined && frame.event.data.includes('"usage"') && NULL_USAGE.test(frame.event.data)) forward.push(withoutNullUsage(bytes));
      else forward.push(...bytes);
    }
    return forward.length === 0 ? EMPTY : concatBytes(forward);
  }

  /** The upstream ended: take the unterminated last event into account and return the bytes still held. */
  #finishUpstream(): Uint8Array {
    const last = this.#settled ? undefined : this.#decoder.flush();
    const kind = last === undefined ? 'ignored' : this.#observe(last);
    const tail = this.#held;
    this.#held = [];
    if (!this.#settled) this.#settle(this.#assembler.finish());
    return kind === 'usage-chunk' || tail.length === 0 ? EMPTY : concatBytes(tail);
  }

  #observe(event: SseEvent): AssembledEventKind {
    if (this.#ended) {
      // After the terminal event clients ignore what comes (a `ping`, a stray chunk), but an error makes their SDK throw;
      // not after chat's `[DONE]`, where the OpenAI SDKs stop reading (a third review, session 47).
      if (!this.#endedByDone && isErrorEvent(event)) this.#lateError = true;
      return 'ignored';
    }
    const kind = this.#assembler.push(event);
    if (kind === 'done' || kind === 'failed') {
      const outcome = this.#assembler.finish();
      this.#ended = kind === 'done' && outcome.kind === 'complete';
      this.#endedByDone = event.data.trim() === '[DONE]';
      this.#settle(outcome);
    }
    return kind;
  }

  /** Removes and returns the held bytes before stream offset `end`. */
  #takeHeld(end: number): Uint8Array[] {
    const taken: Uint8Array[] = [];
    while (this.#heldOffset < end) {
      const first = this.#held[0]!;
      const wanted = end - this.#heldOffset;
      if (first.length <= wanted) {
        taken.push(first);
        this.#held.shift();
        this.#heldOffset += first.length;
      } else {
        taken.push(first.subarray(0, wanted));
        this.#held[0] = first.subarray(wanted);
        this.#heldOffset += wanted;
      }
    }
    return taken;
  }

  /** Returns the upstream's `return()` promise when the upstream was still open. */
  #disconnect(): Promise<unknown> | undefined {
    if (this.#closed) return undefined;
    this.#settle({ kind: 'incomplete', reason: 'client-disconnected', detail: 'the client stopped reading' });
    this.#close();
    this.#answer(END);
    if (this.#sourceFinished) return undefined;
    this.#sourceFinished = true;
    try {
      this.#destroySource?.();
      const cancelled = this.#source.return?.();
      cancelled?.catch(ignore);
      return cancelled;
    } catch {
      return undefined;
    }
  }

  #close(): void {
    if (!this.#closed) {
      const outcome = this.#outcome!;
      this.#resolveFinal(this.#lateError ? { kind: 'incomplete', reason: 'error-event', detail: 'an error event after the terminal event' } : outcome);
    }
    this.#closed = true;
    this.#held = [];
    this.#signal?.removeEventListener('abort', this.#onAbort);
  }

  /** The first outcome wins: a client leaving after `[DONE]` does not make a complete answer incomplete. */
  #settle(outcome: StreamOutcome<A>): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#outcome = outcome;
    this.#resolveResult(outcome);
  }
}

const EMPTY = new Uint8Array(0);

/** An `event: error`, or data whose `type` is `error` or `response.failed`, or that carries an `error` object. */
function isErrorEvent(event: SseEvent): boolean {
  if (event.event === 'error' || event.event === 'response.failed') return true;
  if (!event.data.includes('error') && !event.data.includes('failed')) return false;
  try {
    const data = JSON.parse(event.data) as { type?: unknown; error?: unknown };
    return data?.type === 'error' || data?.type === 'response.failed' || (typeof data?.error === 'object' && data.error !== null);
  } catch {
    return false;
  }
}

/** The most SSE bytes of one answer assembled for storage: 64 MiB, some 7 MB of text, far past any model's output. */
export const MAX_CAPTURED_BYTES = 64 * 1024 * 1024;

function isDestroyable(value: object): value is { destroy(): void } {
  return typeof (value as { destroy?: unknown }).destroy === 'function';
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'the upstream read failed';
}

/** A chunk's `"usage": null` member and the comma that joins it to its neighbour. */
const NULL_USAGE = /,\s*"usage"\s*:\s*null(?=\s*[,}])|"usage"\s*:\s*null\s*,/u;
const NULL_USAGES = new RegExp(NULL_USAGE.source, 'gu');

/** The frame's bytes without its `"usage": null` member. */
function withoutNullUsage(bytes: readonly Uint8Array[]): Uint8Array {
  // Read as latin1, one character per byte: the pattern is ASCII, and every other byte goes back as it came (a UTF-8
  // round trip turned an upstream's invalid byte into U+FFFD: a hostile helper, session 33).
  const frame = Buffer.from(bytes.length === 1 ? bytes[0]! : concatBytes(bytes));
  return Buffer.from(frame.toString('latin1').replace(NULL_USAGES, ''), 'latin1');
}
