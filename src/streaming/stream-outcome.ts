import type { CachedAnswer } from '../cache/cached-answer.ts';
import type { ChatCompletion } from '../cache/chat-types.ts';
import type { SseEvent } from './sse-decoder.ts';

/**
 * Why a streamed answer cannot be stored. Only `complete` outcomes may be cached (DESIGN §1 Store): an SSE answer
 * counts only when it reached its API's terminal event (`data: [DONE]`, `response.completed`, `message_stop`)
 * and is whole.
 */
export type IncompleteReason =
  /** The stream ended (or was cut) before its terminal event. */
  | 'no-done'
  /** An event was not JSON, or not shaped like its API's events. */
  | 'malformed'
  /** The provider reported an error mid-stream (`event: error`, or a `data: {"error": …}` event). */
  | 'error-event'
  /** `[DONE]` arrived without any choice having been streamed. */
  | 'no-choices'
  /** `[DONE]` arrived but a choice never received its `finish_reason`. */
  | 'no-finish-reason'
  /** Reading the upstream body failed: abort, timeout, connection reset. */
  | 'upstream-error'
  /** The client went away before the answer was complete; the upstream read was cancelled. */
  | 'client-disconnected'
  /** The stream ran past what a stored answer may be (MAX_CAPTURED_BYTES): relayed whole, never assembled or stored. */
  | 'too-large'
  /**
   * An event (or a tool input it streams) held an integer beyond 2^53 and was too large to parse keeping its digits
   * (raw-json.ts): the answer is relayed as it came, never stored rounded.
   */
  | 'rounded-integers';

/**
 * The result of watching one streamed answer. `detail` is a short, content-free explanation for logs: it
 * never quotes the streamed text (logs must not carry messages, DESIGN §6).
 */
export type StreamOutcome<A extends CachedAnswer = ChatCompletion> =
  | { kind: 'complete'; completion: A }
  | { kind: 'incomplete'; reason: IncompleteReason; detail?: string };

/**
 * What one event was, so that a forwarder can act on it without parsing the JSON a second time.
 * `usage-chunk` is chat completions' chunk sent for `stream_options.include_usage`: no choices, only usage.
 */
export type AssembledEventKind = 'chunk' | 'usage-chunk' | 'done' | 'failed' | 'ignored';

/** Rebuilds one API's final answer from its SSE events (one implementation per API adapter). */
export interface StreamAssembler<A extends CachedAnswer> {
  /** Feeds one decoded event. `done` once the terminal event was seen, `failed` at the first bad one. */
  push(event: SseEvent): AssembledEventKind;
  /** The outcome so far: `complete` only after the terminal event. */
  finish(): StreamOutcome<A>;
}
