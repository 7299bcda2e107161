import type {
  AssistantMessage,
  ChatCompletion,
  ChatCompletionChoice,
  FinishReason,
  ToolCall,
  Usage,
} from '../cache/chat-types.ts';
import type { SseEvent } from './sse-decoder.ts';
import type { AssembledEventKind, IncompleteReason, StreamAssembler, StreamOutcome } from './stream-outcome.ts';
import { hasRoundedIntegers, parseJsonText } from '../util/raw-json.ts';

/**
 * Rebuilds the non-streaming `ChatCompletion` from the events of a `chat.completion.chunk` stream, the way
 * openai-node's `ChatCompletionStream` accumulates it: content and refusal concatenated, tool calls merged by
 * `index` with `arguments` concatenated, the last `finish_reason` and the usage chunk kept.
 *
 * Fields the cache does not interpret are kept, so a replay gives back what the upstream sent: unknown top-level
 * fields (first non-null value), unknown choice fields (last non-null value) and unknown delta fields (strings and
 * arrays concatenated, e.g. `reasoning_content`, `annotations`; other values last wins).
 *
 * @example
 * const assembler = new CompletionAssembler();
 * for (const event of events) assembler.push(event);
 * const outcome = assembler.finish(); // { kind: 'complete', completion } only after `[DONE]`
 */

export type { AssembledEventKind } from './stream-outcome.ts';

const DONE_SENTINEL = '[DONE]';

/** Stream-only top-level fields that mean nothing in the assembled answer (`obfuscation` is OpenAI's padding). */
const CHUNK_ONLY_FIELDS = new Set(['id', 'object', 'created', 'model', 'choices', 'usage', 'obfuscation']);
const KNOWN_CHOICE_FIELDS = new Set(['index', 'delta', 'finish_reason', 'logprobs']);
const KNOWN_DELTA_FIELDS = new Set(['role', 'content', 'refusal', 'tool_calls', 'function_call']);

interface ToolCallDraft {
  id: string | undefined;
  name: string | undefined;
  arguments: string;
  /** Fields of the call and of its function beyond these ("extra_content": Gemini's thought signature, sent back next turn). */
  extras: Record<string, unknown>;
  functionExtras: Record<string, unknown>;
}

interface ChoiceDraft {
  index: number;
  content: string | null;
  refusal: string | null;
  toolCalls: Map<number, ToolCallDraft>;
  /** The tool-call index a delta without `index` continues (some providers omit it). */
  lastToolCallIndex: number | undefined;
  functionCall: { name: string; arguments: string } | undefined;
  finishReason: FinishReason | null;
  logprobs: Record<string, unknown> | null;
  choiceExtras: Record<string, unknown>;
  messageExtras: Record<string, unknown>;
}

type Json = Record<string, unknown>;

/** Thrown inside the assembler to stop at the first malformed chunk; never escapes `push`. */
class MalformedChunk extends Error {}

export class CompletionAssembler implements StreamAssembler<ChatCompletion> {
  #id = '';
  #created = 0;
  #model = '';
  #extras = emptyRecord();
  #usage: Usage | undefined;
  readonly #choices = new Map<number, ChoiceDraft>();
  #doneSeen = false;
  #failure: { reason: IncompleteReason; detail: string } | undefined;

  /** Feeds one decoded event. Events after `[DONE]` or after a failure are ignored, as openai-node does. */
  push(event: SseEvent): AssembledEventKind {
    if (this.#doneSeen || this.#failure !== undefined) return 'ignored';
    if (event.data === DONE_SENTINEL) {
      this.#doneSeen = true;
      return 'done';
    }
    if (event.event === 'error') return this.#fail('error-event', 'the stream sent an `error` event');
    let chunk: unknown;
    try {
      chunk = parseJsonText(event.data);
    } catch {
      // The parser's message quotes the payload, which may be answer text: keep it out of `detail`.
      return this.#fail('malformed', 'event data is not JSON');
    }
    if (hasRoundedIntegers(chunk)) return this.#fail('rounded-integers', 'event data held an integer beyond 2^53 it was too large to keep');
    if (!isObject(chunk)) return this.#fail('malformed', 'event data is not a JSON object');
    // Truthiness, as openai-node tests it: some providers send `data: {"error": {...}}` mid-stream.
    if (chunk.error) {
      return this.#fail('error-event', 'the stream sent an error object');
    }
    try {
      return this.#accept(chunk);
    } catch (error) {
      if (error instanceof MalformedChunk) return this.#fail('malformed', error.message);
      throw error;
    }
  }

  /**
   * The outcome so far: `complete` only when `[DONE]` was seen, nothing failed and every choice has a finish
   * reason. Can be called at any time; before `[DONE]` it reports `no-done`.
   */
  finish(): StreamOutcome {
    if (this.#failure !== undefined) return { kind: 'incomplete', ...this.#failure };
    if (!this.#doneSeen) return { kind: 'incomplete', reason: 'no-done', detail: 'the stream ended before [DONE]' };
    if (this.#choices.size === 0) return { kind: 'incomplete', reason: 'no-choices', detail: 'no choice was streamed' };
    const choices: ChatCompletionChoice[] = [];
    for (const draft of [...this.#choices.values()].sort((a, b) => a.index - b.index)) {
      if (draft.finishReason === null) {
        return { kind: 'incomplete', reason: 'no-finish-reason', detail: `choice ${draft.index} has no finish_reason` };
      }
      const toolCalls: ToolCall[] = [];
      for (const [index, call] of [...draft.toolCalls].sort(([a], [b]) => a - b)) {
        if (call.id === undefined || call.name === undefined) {
          return { kind: 'incomplete', reason: 'malformed', detail: `tool call ${index} has no id or name` };
        }
        toolCalls.push({ ...call.extras, id: call.id, type: 'function', function: { ...call.functionExtras, name: call.name, arguments: call.arguments } } as ToolCall);
      }
      const message: AssistantMessage = {
        ...draft.messageExtras,
        role: 'assistant',
        content: draft.content,
        refusal: draft.refusal,
      };
      if (toolCalls.length > 0) message.tool_calls = toolCalls;
      if (draft.functionCall !== undefined) message.function_call = draft.functionCall;
      choices.push({
        ...draft.choiceExtras,
        index: draft.index,
        message,
        logprobs: draft.logprobs,
        finish_reason: draft.finishReason,
      });
    }
    const completion: ChatCompletion = {
      ...this.#extras,
      id: this.#id,
      object: 'chat.completion',
      created: this.#created,
      model: this.#model,
      choices,
    };
    if (this.#usage !== undefined) completion.usage = this.#usage;
    return { kind: 'complete', completion };
  }

  #fail(reason: IncompleteReason, detail: string): 'failed' {
    this.#failure = { reason, detail };
    return 'failed';
  }

  #accept(chunk: Json): AssembledEventKind {
    // Take each header field from the first chunk that has it: Azure's first chunk has empty id/model/created.
    if (this.#id === '' && typeof chunk.id === 'string') this.#id = chunk.id;
    if (this.#created === 0 && typeof chunk.created === 'number') this.#created = chunk.created;
    if (this.#model === '' && typeof chunk.model === 'string') this.#model = chunk.model;
    // system_fingerprint, service_tier, Azure's prompt_filter_results…: the first non-null value is kept.
    // for…in rather than Object.entries: this runs for every chunk, and allocating entry arrays doubled its cost.
    for (const key in chunk) {
      if (CHUNK_ONLY_FIELDS.has(key)) continue;
      if (this.#extras[key] === undefined || this.#extras[key] === null) this.#extras[key] = chunk[key];
    }
    const hasUsage = chunk.usage !== undefined && chunk.usage !== null;
    if (hasUsage) {
      if (!isObject(chunk.usage)) throw new MalformedChunk('usage is not an object');
      this.#usage = chunk.usage as Usage;
    }
    const choices = chunk.choices ?? [];
    if (!Array.isArray(choices)) throw new MalformedChunk('choices is not an array');
    for (const choice of choices) this.#acceptChoice(choice);
    return choices.length === 0 && hasUsage ? 'usage-chunk' : 'chunk';
  }

  #acceptChoice(choice: unknown): void {
    if (!isObject(choice)) throw new MalformedChunk('a choice is not an object');
    const index = choice.index ?? 0;
    if (!isIndex(index)) throw new MalformedChunk('a choice has no valid index');
    let draft = this.#choices.get(index);
    if (draft === undefined) {
      draft = {
        index,
        content: null,
        refusal: null,
        toolCalls: new Map(),
        lastToolCallIndex: undefined,
        functionCall: undefined,
        finishReason: null,
        logprobs: null,
        choiceExtras: emptyRecord(),
        messageExtras: emptyRecord(),
      };
      this.#choices.set(index, draft);
    }
    if (typeof choice.finish_reason === 'string') {
      // Kept as sent, even a value outside the known union: the store rules decide what is cacheable.
      draft.finishReason = choice.finish_reason as FinishReason;
    } else if (choice.finish_reason !== undefined && choice.finish_reason !== null) {
      throw new MalformedChunk('finish_reason is not a string');
    }
    if (isObject(choice.logprobs)) draft.logprobs = mergeLogprobs(draft.logprobs, choice.logprobs);
    for (const key in choice) {
      if (KNOWN_CHOICE_FIELDS.has(key)) continue;
      const value = choice[key];
      if (value !== null || draft.choiceExtras[key] === undefined) draft.choiceExtras[key] = value;
    }
    const delta = choice.delta ?? {};
    if (!isObject(delta)) throw new MalformedChunk('a delta is not an object');
    draft.content = appendText(draft.content, delta.content, 'content');
    draft.refusal = appendText(draft.refusal, delta.refusal, 'refusal');
    if (delta.tool_calls !== undefined && delta.tool_calls !== null) {
      if (!Array.isArray(delta.tool_calls)) throw new MalformedChunk('tool_calls is not an array');
      for (const call of delta.tool_calls) acceptToolCall(draft, call);
    }
    if (delta.function_call !== undefined && delta.function_call !== null) {
      acceptFunctionCall(draft, delta.function_call);
    }
    for (const key in delta) {
      if (KNOWN_DELTA_FIELDS.has(key)) continue;
      draft.messageExtras[key] = mergeExtra(draft.messageExtras[key], delta[key]);
    }
  }
}

function acceptToolCall(draft: ChoiceDraft, call: unknown): void {
  if (!isObject(call)) throw new MalformedChunk('a tool call delta is not an object');
  let index: number;
  if (call.index === undefined) {
    // Providers that omit `index` start a new call with each new `id` and continue the last one otherwise.
    const last = draft.lastToolCallIndex;
    const continues = last !== undefined && (call.id === undefined || call.id === draft.toolCalls.get(last)?.id);
    index = continues ? last : draft.toolCalls.size;
  } else if (isIndex(call.index)) {
    index = call.index;
  } else {
    throw new MalformedChunk('a tool call has no valid index');
  }
  draft.lastToolCallIndex = index;
  let drafted = draft.toolCalls.get(index);
  if (drafted === undefined) {
    drafted = { id: undefined, name: undefined, arguments: '', extras: emptyRecord(), functionExtras: emptyRecord() };
    draft.toolCalls.set(index, drafted);
  }
  if (typeof call.id === 'string' && call.id !== '') drafted.id = call.id;
  const fn = call.function ?? {};
  if (!isObject(fn)) throw new MalformedChunk('a tool call function is not an object');
  // Like openai-node: the name arrives whole (replace), the arguments arrive in pieces (append).
  if (typeof fn.name === 'string' && fn.name !== '') drafted.name = fn.name;
  drafted.arguments = appendText(drafted.arguments, fn.arguments, 'tool call arguments') ?? '';
  for (const key in call) if (!TOOL_CALL_FIELDS.has(key)) drafted.extras[key] = mergeExtra(drafted.extras[key], call[key]);
  for (const key in fn) if (key !== 'name' && key !== 'arguments') drafted.functionExtras[key] = mergeExtra(drafted.functionExtras[key], fn[key]);
}
const TOOL_CALL_FIELDS: ReadonlySet<string> = new Set(['index', 'id', 'type', 'function']);

function acceptFunctionCall(draft: ChoiceDraft, call: unknown): void {
  if (!isObject(call)) throw new MalformedChunk('function_call is not an object');
  draft.functionCall ??= { name: '', arguments: '' };
  if (typeof call.name === 'string' && call.name !== '') draft.functionCall.name = call.name;
  const { functionCall } = draft;
  functionCall.arguments = appendText(functionCall.arguments, call.arguments, 'function_call arguments') ?? '';
}

/** Appends a streamed text piece; `null` or absent leaves the text as it is (and `null` until a first piece). */
function appendText(text: string | null, piece: unknown, what: string): string | null {
  if (piece === undefined || piece === null) return text;
  if (typeof piece !== 'string') throw new MalformedChunk(`${what} is not a string`);
  return text === null ? piece : text + piece;
}

function mergeLogprobs(current: Record<string, unknown> | null, incoming: Json): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...emptyRecord(), ...current };
  for (const [key, value] of Object.entries(incoming)) merged[key] = mergeExtra(merged[key], value);
  return merged;
}

/** Strings and arrays are streamed in pieces; anything else is replaced by a later non-null value. */
function mergeExtra(current: unknown, incoming: unknown): unknown {
  if (incoming === null) return current === undefined ? null : current;
  if (typeof incoming === 'string' && typeof current === 'string') return current + incoming;
  // Appended in place (a copy per delta was quadratic: 13 s for 1 MB of one-item arrays) to the assembler's own copy.
  if (Array.isArray(incoming) && Array.isArray(current)) {
    for (const item of incoming) current.push(item);
    return current;
  }
  // A copy of the first array, so appending never touches the decoded event.
  return Array.isArray(incoming) ? [...incoming] : incoming;
}

/** Without a prototype, a `__proto__` key sent by the upstream stays an ordinary field instead of a prototype. */
function emptyRecord(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
