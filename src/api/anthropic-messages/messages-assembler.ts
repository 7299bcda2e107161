import type { SseEvent } from '../../streaming/sse-decoder.ts';
import type { AssembledEventKind, IncompleteReason, StreamAssembler, StreamOutcome } from '../../streaming/stream-outcome.ts';
import type { AnthropicMessage, ContentBlock } from './messages-types.ts';
import { hasRoundedIntegers, parseJsonText } from '../../util/raw-json.ts';

type Json = Record<string, unknown>;

/**
 * Rebuilds the `message` of an Anthropic Messages stream the way `@anthropic-ai/sdk`'s MessageStream does:
 * `message_start` gives the message, `content_block_start` each block, `content_block_delta` appends text,
 * thinking, signatures and tool-input JSON (parsed at `content_block_stop`), `message_delta` sets the stop
 * reason, usage and any other message field it carries (`container`); complete at `message_stop`. An `error` event, a
 * malformed event or one whose `event:` name is not its data's type fails the capture.
 */
export class MessagesAssembler implements StreamAssembler<AnthropicMessage> {
  #message: AnthropicMessage | undefined;
  readonly #partialJson = new Map<number, string>();
  #done = false;
  #failure: { reason: IncompleteReason; detail: string } | undefined;

  push(event: SseEvent): AssembledEventKind {
    if (this.#done || this.#failure !== undefined) return 'ignored';
    let data: Json;
    try {
      data = parseJsonText(event.data) as Json;
    } catch {
      return this.#fail('malformed', 'an event was not JSON');
    }
    if (hasRoundedIntegers(data)) return this.#fail('rounded-integers', 'an event held an integer beyond 2^53 it was too large to keep');
    const type = typeof data.type === 'string' ? data.type : event.event;
    // `@anthropic-ai/sdk` reads an event by its `event:` name: one without it, or named otherwise than its data's type,
    // never reached the client as that event ("request ended without sending any chunks"), so its answer is not one to
    // store (a hostile review, session 53: a stream of `data:` lines alone was stored and served).
    if (event.event !== type) return this.#fail('malformed', `an event named ${event.event ?? '(none)'} holds ${type ?? '(no type)'}`);
    try {
      return this.#apply(type, data);
    } catch (error) {
      return this.#fail('malformed', `${type}: ${(error as Error).message}`);
    }
  }

  finish(): StreamOutcome<AnthropicMessage> {
    if (this.#done && this.#message) return { kind: 'complete', completion: this.#message };
    return this.#failure ? { kind: 'incomplete', ...this.#failure } : { kind: 'incomplete', reason: 'no-done', detail: 'the stream ended before message_stop' };
  }

  #apply(type: string | undefined, data: Json): AssembledEventKind {
    switch (type) {
      case 'message_start': {
        const message = data.message as AnthropicMessage;
        this.#message = { ...message, content: [...(message.content ?? [])], usage: { ...message.usage } };
        return 'chunk';
      }
      case 'content_block_start':
        this.#started().content[data.index as number] = { ...(data.content_block as ContentBlock) };
        return 'chunk';
      case 'content_block_delta':
        this.#delta(data.index as number, data.delta as Json);
        return 'chunk';
      case 'content_block_stop': {
        const index = data.index as number;
        const json = this.#partialJson.get(index);
        if (json === undefined) return 'chunk';
        // A tool's input keeps its long integers as digits (an order number beyond 2^53), as the JSON answer's does.
        const input = json === '' ? {} : parseJsonText(json);
        if (hasRoundedIntegers(input)) return this.#fail('rounded-integers', `the input of block ${index} held an integer beyond 2^53 it was too large to keep`);
        this.#block(index).input = input;
        return 'chunk';
      }
      case 'message_delta': {
        const message = this.#started();
        const delta = data.delta as Json;
        message.stop_reason = (delta.stop_reason as string | null) ?? null;
        message.stop_sequence = (delta.stop_sequence as string | null) ?? null;
        // Whatever else the delta sets belongs to the message too: the code-execution `container` (id, expires_at)
        // the caller reuses, `stop_details`. A null leaves what message_start said (as the SDK's MessageStream does
        // for `container`).
        for (const field in delta) if (field !== 'stop_reason' && field !== 'stop_sequence' && field !== 'usage' && delta[field] !== null) (message as Json)[field] = delta[field];
        // Usage in message_delta is cumulative; its non-null fields replace message_start's.
        for (const [field, value] of Object.entries((data.usage as Json | undefined) ?? {})) if (value !== null) message.usage[field] = value;
        return 'chunk';
      }
      case 'message_stop':
        this.#started();
        this.#done = true;
        return 'done';
      case 'error':
        return this.#fail('error-event', 'the upstream sent an error event');
      case 'ping':
        return 'ignored';
      default:
        return 'chunk'; // future event types: the final message does not depend on them
    }
  }

  #delta(index: number, delta: Json): void {
    const block = this.#block(index);
    switch (delta.type) {
      case 'text_delta':
        block.text = (block.text ?? '') + (delta.text as string);
        break;
      case 'input_json_delta':
        this.#partialJson.set(index, (this.#partialJson.get(index) ?? '') + (delta.partial_json as string));
        break;
      case 'thinking_delta':
        block.thinking = (block.thinking ?? '') + (delta.thinking as string);
        break;
      case 'signature_delta':
        block.signature = delta.signature as string;
        break;
      case 'citations_delta':
        block.citations = [...((block.citations as unknown[] | undefined) ?? []), delta.citation];
        break;
      default:
        throw new Error(`unknown delta type ${String(delta.type)}`);
    }
  }

  #started(): AnthropicMessage {
    if (!this.#message) throw new Error('event before message_start');
    return this.#message;
  }

  #block(index: number): ContentBlock {
    const block = this.#started().content[index];
    if (!block) throw new Error(`delta for block ${index} before its content_block_start`);
    return block;
  }

  #fail(reason: IncompleteReason, detail: string): AssembledEventKind {
    this.#failure = { reason, detail };
    return 'failed';
  }
}
