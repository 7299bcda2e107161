import type { SseEvent } from '../../streaming/sse-decoder.ts';
import type { AssembledEventKind, IncompleteReason, StreamAssembler, StreamOutcome } from '../../streaming/stream-outcome.ts';
import type { ResponseObject } from './responses-types.ts';
import { hasRoundedIntegers, parseJsonText } from '../../util/raw-json.ts';

/** The events that end a Responses stream with the final `response` object. */
const TERMINAL = new Set(['response.completed', 'response.incomplete']);
const FAILED = new Set(['response.failed', 'error']);

/**
 * Captures a Responses API stream: the final answer is the `response` of its terminal event
 * (`response.completed`, or `response.incomplete`, which `isStorable` then judges), so nothing needs rebuilding
 * from deltas. `response.failed` or an `error` event fails the capture; a stream without a terminal event is
 * incomplete.
 */
export class ResponsesAssembler implements StreamAssembler<ResponseObject> {
  #final: ResponseObject | undefined;
  #failure: { reason: IncompleteReason; detail: string } | undefined;
  /** Output items the stream announced (`response.output_item.added`): the final response must hold at least as many. */
  #itemsAdded = 0;

  push(event: SseEvent): AssembledEventKind {
    if (this.#final !== undefined || this.#failure !== undefined) return 'ignored';
    let data: { type?: unknown; response?: unknown };
    try {
      data = parseJsonText(event.data) as typeof data;
    } catch {
      return this.#fail('malformed', 'an event was not JSON');
    }
    if (hasRoundedIntegers(data)) return this.#fail('rounded-integers', 'an event held an integer beyond 2^53 it was too large to keep');
    const type = typeof data?.type === 'string' ? data.type : event.event;
    if (type === undefined) return this.#fail('malformed', 'an event had no type');
    if (FAILED.has(type)) return this.#fail('error-event', `the upstream sent ${type}`);
    if (!TERMINAL.has(type)) {
      if (type === 'response.output_item.added') this.#itemsAdded++;
      return 'chunk';
    }
    const response = data.response as ResponseObject | undefined;
    if (typeof response !== 'object' || response === null || !Array.isArray(response.output)) return this.#fail('malformed', `${type} without a response`);
    // A final response without the items its events streamed would replay, on a hit, as a shorter answer than the miss
    // gave (an empty one; a hostile review, session 47).
    if (response.output.length < this.#itemsAdded) return this.#fail('malformed', `${type} holds fewer output items than the stream added`);
    this.#final = response;
    return 'done';
  }

  finish(): StreamOutcome<ResponseObject> {
    if (this.#final) return { kind: 'complete', completion: this.#final };
    return this.#failure ? { kind: 'incomplete', ...this.#failure } : { kind: 'incomplete', reason: 'no-done', detail: 'the stream ended before response.completed' };
  }

  #fail(reason: IncompleteReason, detail: string): AssembledEventKind {
    this.#failure = { reason, detail };
    return 'failed';
  }
}
