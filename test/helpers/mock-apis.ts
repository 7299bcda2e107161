import type { ServerResponse } from 'node:http';

/**
 * Answers of the mock upstream for the Responses API and Anthropic's Messages API, JSON and SSE, shaped like
 * the real ones (the fields the official SDKs and the Vercel AI SDK read). `parts` says what the call answers.
 */
export interface MockAnswer {
  call: number;
  model: string;
  prompt: string;
  content: string;
  /** chat-style finish reason: stop | length | tool_calls | content_filter, or Anthropic's own stop_reason. */
  finishReason: string;
  toolCalls?: Array<{ name: string; arguments: string }>;
  stream: boolean;
  /** Stream everything but the terminal event (`response.completed` / `message_stop`). */
  noTerminal: boolean;
  /** Destroy the socket after this many text deltas. */
  breakAfter?: number;
  /** Delay between streamed events. */
  chunkDelayMs: number;
  onAborted: () => void;
}

/**
 * A response object as the Responses API returns it, repeating the request's `instructions`, `user`, `metadata`,
 * `safety_identifier` and `prompt_cache_key` (null or {} when the request had none).
 */
export function responsesAnswer(answer: MockAnswer, store: boolean, request: Record<string, any> = {}): Record<string, unknown> {
  const id = `resp_mock${answer.call}`;
  const output: Array<Record<string, unknown>> = answer.toolCalls
    ? answer.toolCalls.map((tool, index) => ({ type: 'function_call', id: `fc_mock${answer.call}_${index}`, call_id: `call_${index}`, name: tool.name, arguments: tool.arguments, status: 'completed' }))
    : [{ type: 'message', id: `msg_mock${answer.call}`, status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: answer.content, annotations: [], logprobs: [] }] }];
  const incomplete = answer.finishReason === 'length' || answer.finishReason === 'content_filter';
  return {
    id,
    object: 'response',
    created_at: 1_700_000_000 + answer.call,
    status: incomplete ? 'incomplete' : 'completed',
    error: null,
    incomplete_details: incomplete ? { reason: answer.finishReason === 'length' ? 'max_output_tokens' : 'content_filter' } : null,
    instructions: request.instructions ?? null,
    model: answer.model,
    output,
    parallel_tool_calls: true,
    store,
    temperature: 1,
    // As the API echoes it: the request's format, and a GPT-5 model's default verbosity where the request set none.
    text: { format: request.text?.format ?? { type: 'text' }, verbosity: request.text?.verbosity ?? 'medium' },
    tool_choice: 'auto',
    tools: [],
    top_p: 1,
    truncation: 'disabled',
    usage: usage(answer, 'responses'),
    user: request.user ?? null,
    metadata: request.metadata ?? {},
    safety_identifier: request.safety_identifier ?? null,
    prompt_cache_key: request.prompt_cache_key ?? null,
  };
}

export async function sendResponses(response: ServerResponse, answer: MockAnswer, store: boolean, request: Record<string, any> = {}): Promise<void> {
  const final = responsesAnswer(answer, store, request);
  if (!answer.stream) return json(response, 200, final);
  const stream = new EventWriter(response, answer);
  const pending = { ...final, status: 'in_progress', output: [], usage: null, incomplete_details: null };
  stream.send('response.created', { response: pending });
  stream.send('response.in_progress', { response: pending });
  for (const [outputIndex, item] of (final.output as Array<Record<string, any>>).entries()) {
    if (item.type === 'function_call') {
      stream.send('response.output_item.added', { output_index: outputIndex, item: { ...item, arguments: '', status: 'in_progress' } });
      stream.send('response.function_call_arguments.delta', { item_id: item.id, output_index: outputIndex, delta: item.arguments });
      stream.send('response.function_call_arguments.done', { item_id: item.id, output_index: outputIndex, arguments: item.arguments });
      stream.send('response.output_item.done', { output_index: outputIndex, item });
      continue;
    }
    const at = { item_id: item.id, output_index: outputIndex, content_index: 0 };
    stream.send('response.output_item.added', { output_index: outputIndex, item: { ...item, status: 'in_progress', content: [] } });
    stream.send('response.content_part.added', { ...at, part: { type: 'output_text', text: '', annotations: [], logprobs: [] } });
    for (const piece of pieces(answer.content)) {
      if (!(await stream.delta())) return;
      stream.send('response.output_text.delta', { ...at, delta: piece, logprobs: [] });
    }
    stream.send('response.output_text.done', { ...at, text: answer.content, logprobs: [] });
    stream.send('response.content_part.done', { ...at, part: item.content[0] });
    stream.send('response.output_item.done', { output_index: outputIndex, item });
  }
  if (!answer.noTerminal) stream.send(final.status === 'incomplete' ? 'response.incomplete' : 'response.completed', { response: final });
  stream.end();
}

export function messagesAnswer(answer: MockAnswer): Record<string, unknown> {
  const content = answer.toolCalls
    ? answer.toolCalls.map((tool, index) => ({ type: 'tool_use', id: `toolu_mock${answer.call}_${index}`, name: tool.name, input: JSON.parse(tool.arguments) }))
    : [{ type: 'text', text: answer.content }];
  const stopReason = answer.toolCalls ? 'tool_use' : ({ stop: 'end_turn', length: 'max_tokens' } as Record<string, string>)[answer.finishReason] ?? answer.finishReason;
  return {
    id: `msg_mock${answer.call}`,
    type: 'message',
    role: 'assistant',
    model: answer.model,
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: usage(answer, 'anthropic'),
  };
}

export async function sendMessages(response: ServerResponse, answer: MockAnswer): Promise<void> {
  const final = messagesAnswer(answer);
  if (!answer.stream) return json(response, 200, final);
  const stream = new EventWriter(response, answer);
  const finalUsage = final.usage as Record<string, number>;
  stream.send('message_start', { message: { ...final, content: [], stop_reason: null, usage: { ...finalUsage, output_tokens: 1 } } });
  for (const [index, block] of (final.content as Array<Record<string, any>>).entries()) {
    if (block.type === 'tool_use') {
      stream.send('content_block_start', { index, content_block: { ...block, input: {} } });
      stream.send('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) } });
    } else {
      stream.send('content_block_start', { index, content_block: { type: 'text', text: '' } });
      stream.send('ping', {});
      for (const piece of pieces(answer.content)) {
        if (!(await stream.delta())) return;
        stream.send('content_block_delta', { index, delta: { type: 'text_delta', text: piece } });
      }
    }
    stream.send('content_block_stop', { index });
  }
  stream.send('message_delta', { delta: { stop_reason: final.stop_reason, stop_sequence: null }, usage: { output_tokens: finalUsage.output_tokens } });
  if (!answer.noTerminal) stream.send('message_stop', {});
  stream.end();
}

function usage(answer: MockAnswer, api: 'responses' | 'anthropic'): Record<string, unknown> {
  const input = 10 + answer.prompt.length;
  const output = answer.content.length;
  if (api === 'anthropic') return { input_tokens: input, output_tokens: output, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
  return { input_tokens: input, input_tokens_details: { cached_tokens: 0 }, output_tokens: output, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: input + output };
}

class EventWriter {
  readonly #response: ServerResponse;
  readonly #answer: MockAnswer;
  #sequence = 0;
  #deltas = 0;
  #finished = false;

  constructor(response: ServerResponse, answer: MockAnswer) {
    this.#response = response;
    this.#answer = answer;
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    response.on('close', () => {
      if (!this.#finished) answer.onAborted();
    });
  }

  send(type: string, fields: Record<string, unknown>): void {
    // Responses events carry a sequence_number; Anthropic's do not.
    const data = type.startsWith('response.') ? { type, sequence_number: this.#sequence++, ...fields } : { type, ...fields };
    this.#response.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Waits before a delta; false when the stream is over (client gone, or a scripted break). */
  async delta(): Promise<boolean> {
    if (this.#answer.chunkDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.#answer.chunkDelayMs));
    if (this.#response.destroyed) return false;
    if (this.#answer.breakAfter !== undefined && this.#deltas === this.#answer.breakAfter) {
      this.#finished = true;
      this.#response.destroy();
      return false;
    }
    this.#deltas++;
    return true;
  }

  end(): void {
    this.#finished = true;
    this.#response.end();
  }
}

function pieces(content: string): string[] {
  return content.match(/\S+\s*/g) ?? [''];
}

export function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
