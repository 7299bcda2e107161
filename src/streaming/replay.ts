import { setTimeout as sleep } from 'node:timers/promises';
import { logprobGroups } from './logprob-chunks.ts';
import type {
  ChatCompletion,
  ChatCompletionChoice,
  ChatCompletionChunk,
  ChatCompletionChunkChoice,
} from '../cache/chat-types.ts';

/**
 * Serves a cached `ChatCompletion` as the chunk stream OpenAI would have sent: per choice a role chunk, content
 * (or refusal) deltas, tool calls as deltas (the call's id and name first, then its arguments in pieces), a finish
 * chunk; then, only when the client asked `stream_options.include_usage`, the usage chunk (`choices: []`); then
 * `data: [DONE]`. Assembling the replay with `CompletionAssembler` gives back the same message, finish reason and
 * usage.
 *
 * @example
 * res.end(replayBody(entry.answer, { id: `chatcmpl-${randomId()}`, created: nowSeconds(), includeUsage }));
 * // or, paced like a live answer:
 * for await (const bytes of replayStream(entry.answer, { ...options, delayMs: 15 })) res.write(bytes);
 */

export interface ReplayOptions {
  /** The id every chunk carries; a fresh one per response, chosen by the caller. */
  id: string;
  /** Unix seconds, a fresh value per response. */
  created: number;
  /** The client asked `stream_options.include_usage`: send the usage chunk, and `usage: null` on the others. */
  includeUsage: boolean;
  /** Code points per content, refusal or arguments delta (never splitting a surrogate pair). Default 32. */
  chunkChars?: number;
}

export interface PacedReplayOptions extends ReplayOptions {
  /** Wait between events. Default 0: the whole body in one piece, no timers. */
  delayMs?: number;
}

/** About eight tokens of English per delta: small enough to look streamed, few enough events to be cheap. */
export const DEFAULT_CHUNK_CHARS = 32;

const DONE_EVENT = 'data: [DONE]\n\n';
/** Message fields sent as their own deltas; any other field goes whole in the role chunk. */
const STREAMED_MESSAGE_FIELDS = new Set(['role', 'content', 'refusal', 'tool_calls']);
/** Choice fields the replay writes itself; others (e.g. Azure's `content_filter_results`) go on the finish chunk. */
const CHOICE_FIELDS = new Set(['index', 'message', 'finish_reason', 'logprobs']);
const TOOL_CALL_FIELDS = new Set(['index', 'id', 'type', 'function']);
const FUNCTION_FIELDS = new Set(['name', 'arguments']);
/** Fields OpenAI repeats on every chunk; other unknown top-level fields go on the first chunk only. */
const PER_CHUNK_FIELDS = ['system_fingerprint', 'service_tier'] as const;
const HEADER_FIELDS = new Set(['id', 'object', 'created', 'model', 'choices', 'usage', ...PER_CHUNK_FIELDS]);

/** The chunks of the replay, in order (without the `[DONE]` sentinel). */
export function replayChunks(completion: ChatCompletion, options: ReplayOptions): ChatCompletionChunk[] {
  const plan = planReplay(completion, options);
  const chunks = plan.choiceChunks.map((choice): ChatCompletionChunk => ({ ...plan.header, choices: [choice] }));
  if (chunks[0] !== undefined) chunks[0] = { ...chunks[0], ...plan.firstChunkExtras };
  if (plan.usage !== undefined) chunks.push({ ...plan.header, choices: [], usage: plan.usage });
  return chunks;
}

/**
 * The whole SSE body at once. Equal to `replayChunks` encoded, but the header shared by every chunk is serialised
 * once (a third of the cost for a 500-token answer).
 */
export function replayBody(completion: ChatCompletion, options: ReplayOptions): Uint8Array {
  let body = '';
  for (const event of replayEvents(completion, options)) body += event;
  return new TextEncoder().encode(body);
}

/** The SSE events of `replayBody`, `[DONE]` last, each built as it is taken. */
function* replayEvents(completion: ChatCompletion, options: ReplayOptions): Generator<string, void, undefined> {
  const plan = planReplay(completion, options);
  // JSON.stringify writes keys in insertion order, so "header, then choices" is the header without its `}`.
  const prefix = `data: ${JSON.stringify(plan.header).slice(0, -1)},"choices":[`;
  for (const [position, choice] of plan.choiceChunks.entries()) {
    yield position === 0 && Object.keys(plan.firstChunkExtras).length > 0
      ? encodeEvent({ ...plan.header, choices: [choice], ...plan.firstChunkExtras })
      : `${prefix}${JSON.stringify(choice)}]}\n\n`;
  }
  if (plan.usage !== undefined) yield encodeEvent({ ...plan.header, choices: [], usage: plan.usage });
  yield DONE_EVENT;
}

/** About how many characters of SSE a replay without pacing writes at once. */
export const REPLAY_BATCH_CHARACTERS = 64 * 1024;

/**
 * SSE events joined into pieces of about REPLAY_BATCH_CHARACTERS (whole events; one piece for an ordinary answer, one
 * empty piece for no events), each encoded as it is taken: a client that stops reading holds one piece in the
 * socket's buffer, and the events after it are not built until it reads on (a hostile tester's 100 paused readers of
 * a 5 MB answer held 1.34 GB; session 30). Every API's unpaced replay goes through it.
 */
export function* inBatches(events: Iterable<string>): Generator<Uint8Array, void, undefined> {
  const encoder = new TextEncoder();
  let batch = '';
  let yielded = false;
  for (const event of events) {
    batch += event;
    if (batch.length < REPLAY_BATCH_CHARACTERS) continue;
    yield encoder.encode(batch);
    batch = '';
    yielded = true;
  }
  if (batch !== '' || !yielded) yield encoder.encode(batch);
}

/**
 * The SSE body as an async iterable: pieces of about REPLAY_BATCH_CHARACTERS without pacing (one piece for an
 * ordinary answer), one event per piece with `delayMs` between them. A consumer that stops early (`return()`) ends
 * the replay after the current piece or wait.
 */
export async function* replayStream(
  completion: ChatCompletion,
  options: PacedReplayOptions,
): AsyncGenerator<Uint8Array, void, undefined> {
  const delayMs = options.delayMs ?? 0;
  if (delayMs <= 0) {
    yield* inBatches(replayEvents(completion, options));
    return;
  }
  const encoder = new TextEncoder();
  for (const chunk of replayChunks(completion, options)) {
    yield encoder.encode(encodeEvent(chunk));
    await sleep(delayMs);
  }
  yield encoder.encode(DONE_EVENT);
}

/** The most pieces one text of an answer is replayed in: a stream no more than a few hundred KB over its text. */
export const MAX_PIECES = 1_024;

/**
 * Splits text into pieces of `chunkSize` code points, longer ones where that would make more than MAX_PIECES.
 * Grapheme clusters may be cut (OpenAI cuts them too, clients concatenate), but never a surrogate pair: half of one
 * would be a lone surrogate on the wire.
 */
export function splitCodePoints(text: string, chunkSize: number): string[] {
  // A long text is cut into at most MAX_PIECES pieces: at 32 characters a piece, each event's header made a 20 MB
  // answer's stream 181 MB, built for each request that replayed it (a hostile tester, session 29).
  const size = Math.max(chunkSize, Math.ceil(text.length / MAX_PIECES));
  const pieces: string[] = [];
  let start = 0;
  let count = 0;
  let at = 0;
  while (at < text.length) {
    at += isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
    count += 1;
    if (count === size) {
      pieces.push(text.slice(start, at));
      start = at;
      count = 0;
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/** The fields every chunk starts with, `choices` excepted, in OpenAI's order. */
interface ChunkHeader {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  [field: string]: unknown;
}

interface ReplayPlan {
  header: ChunkHeader;
  choiceChunks: ChatCompletionChunkChoice[];
  /** Unknown top-level fields of the cached answer (e.g. Azure's `prompt_filter_results`): first chunk only. */
  firstChunkExtras: Record<string, unknown>;
  /** Set when the usage chunk is to be sent. */
  usage: ChatCompletion['usage'];
}

function planReplay(completion: ChatCompletion, options: ReplayOptions): ReplayPlan {
  const chunkChars = options.chunkChars ?? DEFAULT_CHUNK_CHARS;
  if (!Number.isInteger(chunkChars) || chunkChars < 1) throw new RangeError('chunkChars must be a positive integer');
  const header: ChunkHeader = {
    id: options.id,
    object: 'chat.completion.chunk',
    created: options.created,
    model: completion.model,
  };
  for (const field of PER_CHUNK_FIELDS) if (completion[field] !== undefined) header[field] = completion[field];
  if (options.includeUsage) header.usage = null;
  return {
    header,
    choiceChunks: completion.choices.flatMap((choice) => replayChoice(choice, chunkChars)),
    firstChunkExtras: fieldsExcept(completion, HEADER_FIELDS),
    usage: options.includeUsage ? completion.usage : undefined,
  };
}

function replayChoice(choice: ChatCompletionChoice, chunkChars: number): ChatCompletionChunkChoice[] {
  const { message } = choice;
  const part = (delta: Record<string, unknown>): ChatCompletionChunkChoice => ({
    index: choice.index,
    delta,
    logprobs: null,
    finish_reason: null,
  });
  const deltas: ChatCompletionChunkChoice[] = [];

  // OpenAI opens with the role and an empty content ("" for text answers, null for tool-call-only ones).
  deltas.push(
    part({
      ...fieldsExcept(message, STREAMED_MESSAGE_FIELDS),
      role: 'assistant',
      content: message.content === null ? null : '',
      refusal: message.refusal === '' ? '' : null,
    }),
  );

  // With logprobs, text goes out in whole tokens, each chunk with its tokens' entries, as OpenAI streams them.
  const contentGroups = logprobGroups(choice.logprobs, 'content', message.content, chunkChars);
  const refusalGroups = logprobGroups(choice.logprobs, 'refusal', message.refusal, chunkChars);
  if (contentGroups) for (const group of contentGroups) deltas.push({ ...part({ content: group.text }), logprobs: { content: group.entries, refusal: null } });
  else for (const piece of splitCodePoints(message.content ?? '', chunkChars)) deltas.push(part({ content: piece }));
  if (refusalGroups) for (const group of refusalGroups) deltas.push({ ...part({ refusal: group.text }), logprobs: { content: null, refusal: group.entries } });
  else for (const piece of splitCodePoints(message.refusal ?? '', chunkChars)) deltas.push(part({ refusal: piece }));
  for (const [index, call] of (message.tool_calls ?? []).entries()) {
    deltas.push(
      part({
        // Fields beyond the call's own go out with its first delta, as they came ("extra_content": Gemini's thought signature).
        tool_calls: [{ index, ...fieldsExcept(call, TOOL_CALL_FIELDS), id: call.id, type: call.type, function: { ...fieldsExcept(call.function, FUNCTION_FIELDS), name: call.function.name, arguments: '' } }],
      }),
    );
    for (const piece of splitCodePoints(call.function.arguments, chunkChars)) {
      deltas.push(part({ tool_calls: [{ index, function: { arguments: piece } }] }));
    }
  }

  deltas.push({
    ...fieldsExcept(choice, CHOICE_FIELDS),
    ...part({}),
    // Logprobs that could not be aligned with their tokens go whole on the finish chunk (clients concatenate them).
    logprobs: contentGroups || refusalGroups ? remainingLogprobs(choice.logprobs, contentGroups !== undefined, refusalGroups !== undefined) : (choice.logprobs ?? null),
    finish_reason: choice.finish_reason,
  });
  return deltas;
}

/** What the token-aligned chunks did not carry: null when they carried it all. */
function remainingLogprobs(logprobs: unknown, contentSent: boolean, refusalSent: boolean): unknown {
  const rest = fieldsExcept(logprobs as object, new Set([...(contentSent ? ['content'] : []), ...(refusalSent ? ['refusal'] : [])]));
  return Object.values(rest).some((value) => value !== null && value !== undefined) ? rest : null;
}

/** Copies the fields not in `excluded` (by definition, so a `__proto__` field stays a field). */
function fieldsExcept(source: object, excluded: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(source).filter(([key]) => !excluded.has(key)));
}

function encodeEvent(chunk: ChatCompletionChunk): string {
  // JSON.stringify escapes CR and LF, so every chunk is a single `data:` line.
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
