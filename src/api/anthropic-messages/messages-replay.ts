import { splitCodePoints } from '../../streaming/replay.ts';
import { namedEvent } from '../pace-events.ts';
import type { AnthropicMessage, ContentBlock } from './messages-types.ts';

/**
 * The event sequence Anthropic streams for `message`: `message_start` (the message with no content and no stop
 * reason, one output token counted so far, as Anthropic starts its streams), per block `content_block_start`, its deltas (text, tool-input JSON, thinking then signature),
 * `content_block_stop`; `message_delta` with the stop reason and usage; `message_stop`. Assembling it with
 * MessagesAssembler (or the SDK's MessageStream) gives back the same message.
 */
export function messagesReplayEvents(message: AnthropicMessage, options: { chunkChars: number }): string[] {
  const events: string[] = [];
  const emit = (type: string, fields: Record<string, unknown>) => events.push(namedEvent(type, { type, ...fields }));
  emit('message_start', { message: { ...message, content: [], stop_reason: null, stop_sequence: null, usage: { ...message.usage, output_tokens: Math.min(1, message.usage.output_tokens ?? 0) } } });
  message.content.forEach((block, index) => {
    replayBlock(block, options.chunkChars, (delta) => emit('content_block_delta', { index, delta }), (start) => emit('content_block_start', { index, content_block: start }));
    emit('content_block_stop', { index });
  });
  const stopDetails = (message as { stop_details?: unknown }).stop_details;
  emit('message_delta', { delta: { stop_reason: message.stop_reason, stop_sequence: message.stop_sequence, ...(stopDetails === undefined ? {} : { stop_details: stopDetails }) }, usage: message.usage });
  emit('message_stop', {});
  return events;
}

function replayBlock(block: ContentBlock, chunkChars: number, delta: (delta: Record<string, unknown>) => void, start: (block: ContentBlock) => void): void {
  if (block.type === 'text' && typeof block.text === 'string') {
    const { citations, ...rest } = block;
    start({ ...rest, text: '' });
    for (const text of splitCodePoints(block.text, chunkChars)) delta({ type: 'text_delta', text });
    for (const citation of Array.isArray(citations) ? citations : []) delta({ type: 'citations_delta', citation });
  } else if ((block.type === 'tool_use' || block.type === 'server_tool_use') && block.input !== undefined) {
    start({ ...block, input: {} });
    for (const partial_json of splitCodePoints(JSON.stringify(block.input), chunkChars)) delta({ type: 'input_json_delta', partial_json });
  } else if (block.type === 'thinking' && typeof block.thinking === 'string') {
    start({ ...block, thinking: '', signature: '' });
    for (const thinking of splitCodePoints(block.thinking, chunkChars)) delta({ type: 'thinking_delta', thinking });
    if (typeof block.signature === 'string') delta({ type: 'signature_delta', signature: block.signature });
  } else {
    start(block); // redacted thinking, tool results: sent whole
  }
}
