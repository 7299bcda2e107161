import type { ChatCompletion } from '../cache/chat-types.ts';

/**
 * Why a streamed answer cannot be stored. Only `complete` outcomes may be cached (DESIGN §1 Store): an SSE answer
 * counts only when it ended with `data: [DONE]` and every choice carries a `finish_reason`.
 */
export type IncompleteReason =
  /** The stream ended (or was cut) before `data: [DONE]`. */
  | 'no-done'
  /** An event was not JSON, or not shaped like a `chat.completion.chunk`. */
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
  | 'client-disconnected';

/**
 * The result of watching one streamed chat completion. `detail` is a short, content-free explanation for logs: it
 * never quotes the streamed text (logs must not carry messages, DESIGN §6).
 */
export type StreamOutcome =
  | { kind: 'complete'; completion: ChatCompletion }
  | { kind: 'incomplete'; reason: IncompleteReason; detail?: string };
