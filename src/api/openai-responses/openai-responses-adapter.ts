import type { AnswerUsage, CachedAnswer } from '../../cache/cached-answer.ts';
import { isLiveDataTool, liveDataModel } from '../../cache/policy.ts';
import type { ProxyError } from '../../http/proxy-error.ts';
import type { ApiAdapter, ParsedRequest, ReplayContext } from '../api-adapter.ts';
import { parseJsonObject } from '../json-body.ts';
import { servedTier } from '../openai-chat/openai-chat-adapter.ts';
import type { StreamFailureEvents } from '../../http/node-body-writer.ts';
import { paceEvents } from '../pace-events.ts';
import { ResponsesAssembler } from './responses-assembler.ts';
import { responsesKeyParts } from './responses-key-parts.ts';
import { responsesReplayEvents } from './responses-replay.ts';
import type { ResponseObject, ResponsesRequest } from './responses-types.ts';
import { validateResponsesRequest } from './validate-responses-request.ts';
import { pooledRandomBytes } from '../../util/random-bytes.ts';

export interface ResponsesParsedRequest extends ParsedRequest {
  body: ResponsesRequest;
}

/**
 * Ends a Responses stream whose upstream broke with the API's own `error` event, which openai-node raises as an
 * APIError and the Vercel AI SDK as the stream's error. Chat's `data: {"error": …}` event was raised by openai-node
 * but failed the Vercel AI SDK's validation ("invalid_union") instead of reporting the failure (a hostile client,
 * session 33). Its `sequence_number` is not the stream's count (these bytes are fixed): the SDKs only require a number.
 */
export const RESPONSES_STREAM_FAILED: StreamFailureEvents = {
  beforeFirstEvent: responsesErrorEvent('The upstream closed the connection before sending any event.', 'upstream_closed'),
  midway: responsesErrorEvent('The upstream stream failed before it completed.', 'upstream_stream_failed'),
};

function responsesErrorEvent(message: string, code: string): Uint8Array {
  return new TextEncoder().encode(`\n\nevent: error\ndata: ${JSON.stringify({ type: 'error', code, message, param: null, sequence_number: 0 })}\n\n`);
}

/** `POST /v1/responses`: OpenAI's Responses API (the default of the Vercel AI SDK's `openai()` provider). */
export const openAiResponsesAdapter: ApiAdapter<ResponsesParsedRequest, ResponseObject> = {
  api: 'openai-responses',
  upstreamApi: 'openai',

  parse(body) {
    const request = validateResponsesRequest(body);
    const { temperature, background, conversation } = request;
    // An image generation tool answers with images: non-text output, like chat's image modality.
    const tools = Array.isArray(request.tools) ? (request.tools as Array<{ type?: unknown; container?: unknown; environment?: unknown } | null>) : [];
    const modalities = tools.some((tool) => tool?.type === 'image_generation') ? ['image'] : undefined;
    // A code interpreter given a container by id, or a shell whose environment is a container by reference, works in
    // that container's changing state (`{ type: 'auto' }` / `container_auto` makes a fresh one).
    const container = tools.map(containerByIdOf).find((id) => id !== undefined);
    // A file_search tool searches vector stores whose files change under their ids.
    const vectorStores = tools.flatMap((tool) => (tool?.type === 'file_search' && Array.isArray((tool as { vector_store_ids?: unknown }).vector_store_ids) ? ((tool as { vector_store_ids: unknown[] }).vector_store_ids) : []));
    // Web search and remote MCP servers answer from the world as it is now.
    const liveData = liveDataModel(request.model ?? '') || tools.some(isLiveDataTool);
    // `store` defaults to true in the Responses API: the upstream keeps the response under its id.
    // Without a model (a prompt template names it) the model is '': the template's id is in the partition.
    return { body: request, model: request.model ?? '', stream: request.stream === true, policy: { temperature, background, conversation, modalities, container, vectorStores, liveData }, keepsIds: request.store !== false };
  },

  keyParts: (request) => responsesKeyParts(request.body),
  // Every `response.completed` event carries usage: nothing to add.
  streamingUpstreamBody: (_request, raw) => ({ body: raw, dropUsageChunk: false }),

  parseAnswer(bytes) {
    const answer = parseJsonObject(bytes);
    return answer && isResponse(answer) ? answer : undefined;
  },
  isAnswer: (answer: CachedAnswer): answer is ResponseObject => isResponse(answer),

  /**
   * `completed` is stored, unless an output item is a function call (route `cacheToolCalls`); `incomplete` for
   * `max_output_tokens` only under `cacheTruncated` (like chat's `length`), never for `content_filter`; never
   * `failed`, `cancelled`, or unfinished (`background` answers are bypassed before they get here).
   */
  isStorable(answer, settings) {
    // A response carries `error: null` when it succeeded; one that carries an error is no answer, whatever its status
    // (a hostile review, session 55: `completed` beside an error object was stored).
    if (answer.error !== undefined && answer.error !== null) return false;
    const callsTools = answer.output.some((item) => CLIENT_TOOL_CALLS.has(item.type));
    if (callsTools && !settings.cacheToolCalls) return false;
    if (answer.status === 'completed') return true;
    return answer.status === 'incomplete' && answer.incomplete_details?.reason === 'max_output_tokens' && settings.cacheTruncated;
  },

  comparableText: (answer) =>
    JSON.stringify(answer.output.map(({ id: _id, status: _status, call_id: _call, ...item }) => ('content' in item && Array.isArray(item.content) ? { ...item, content: item.content.map((part: { text?: unknown }) => (typeof part.text === 'string' ? part.text.trim() : part)) } : item))),

  usage(answer) {
    const usage = answer.usage;
    if (!usage) return undefined;
    return { prompt_tokens: usage.input_tokens, completion_tokens: usage.output_tokens, total_tokens: usage.total_tokens } satisfies AnswerUsage;
  },

  storedForm: withoutRequestEchoes,
  newAssembler: () => new ResponsesAssembler(),
  replayJson: (answer, context) => JSON.stringify(withIds(answer, context)),
  replayStream: (answer, context) => paceEvents(responsesReplayEvents(withIds(answer, context), { chunkChars: context.chunkChars }), context.delayMs),

  errorBody: (error: ProxyError) => error.body(),
  streamFailureEvents: RESPONSES_STREAM_FAILED,
};

/** Output items the client must act on, like chat's `tool_calls` (hosted tools such as web search are not). */
const CLIENT_TOOL_CALLS = new Set(['function_call', 'custom_tool_call', 'computer_call', 'local_shell_call', 'shell_call', 'apply_patch_call', 'mcp_approval_request']);

function isResponse(answer: CachedAnswer): answer is ResponseObject {
  return answer.object === 'response' && typeof answer.id === 'string' && Array.isArray(answer.output) && typeof answer.status === 'string';
}

/**
 * Request fields a response object repeats, with the value the API gives when the request has none. Some are
 * outside the partition (`user`, `metadata`, `safety_identifier`, `prompt_cache_key`, `prompt_cache_retention`: one
 * requester's identifiers and settings); `instructions` is the system prompt, and a `prompt` template's variables, the `tools` (their
 * descriptions and schemas, an MCP server's URL and headers) and `text` (a structured output's JSON schema) are
 * request content too, never stored (DESIGN.md §1, §6): an entry keeps the default, and a hit takes each from its
 * own request (the partition holds them).
 */
const PLAIN_TEXT = Object.freeze({ type: 'text' });
const REQUEST_ECHOES: Readonly<Record<string, unknown>> = { instructions: null, user: null, metadata: {}, safety_identifier: null, prompt_cache_key: null, prompt_cache_retention: null, prompt: null, tools: [], text: { format: PLAIN_TEXT } };

function withoutRequestEchoes(answer: ResponseObject): ResponseObject {
  const stored: ResponseObject = { ...answer };
  for (const [field, absent] of Object.entries(REQUEST_ECHOES)) if (field in stored) stored[field] = absent;
  // The settings the upstream filled into `text` where the request had none (`verbosity: "medium"` for a GPT-5
  // model) are the model's, not the request's: kept, so a hit repeats them as the upstream did. Its `format` (a
  // schema) is request content.
  const settings = textSettings(answer.text);
  if (settings !== undefined) stored.text = { ...(stored.text as object), ...settings };
  return stored;
}

/** A response's `text` without its `format`: its scalar settings (`verbosity`), or undefined when it has none. */
function textSettings(text: unknown): Record<string, unknown> | undefined {
  if (typeof text !== 'object' || text === null || Array.isArray(text)) return undefined;
  const settings: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(text)) if (name !== 'format' && (value === null || typeof value !== 'object')) settings[name] = value;
  return Object.keys(settings).length === 0 ? undefined : settings;
}

/**
 * The answer as this request's own: its request fields (REQUEST_ECHOES, where the stored answer has them), and the
 * original `resp_…` id (it exists upstream for this tenant) when the request stored it, else a fresh one.
 */
function withIds(answer: ResponseObject, context: ReplayContext<ResponsesParsedRequest>): ResponseObject {
  const own: ResponseObject = { ...answer };
  const request = context.request.body;
  for (const [field, absent] of Object.entries(REQUEST_ECHOES)) if (field in own) own[field] = request[field] ?? absent;
  // The request's own text settings over those the upstream filled in (the partition holds the request's).
  if ('text' in own) own.text = { format: (request.text as { format?: unknown } | undefined)?.format ?? PLAIN_TEXT, ...textSettings(answer.text), ...textSettings(request.text) };
  Object.assign(own, servedTier(answer, request));
  if (context.originalIds) return own;
  // Its output items' ids are fresh too: the original ones belong to the key that stored them, and an item passed
  // back by id is looked up in that key's store (a hostile tester, session 36, found them shared across keys).
  const output = Array.isArray(own.output) ? own.output.map((item) => (typeof item?.id === 'string' ? { ...item, id: freshItemId(item.id) } : item)) : own.output;
  return { ...own, id: `resp_${pooledRandomBytes(24).toString('hex')}`, created_at: Math.floor(context.now / 1_000), store: false, output };
}

/** A new id shaped as the upstream's item ids: the stored id's type prefix (`msg_`, `rs_`, `fc_` …) and 48 hex digits. */
function freshItemId(id: string): string {
  const prefix = /^[a-z]{1,8}_/.exec(id)?.[0] ?? 'item_';
  return `${prefix}${pooledRandomBytes(24).toString('hex')}`;
}

/**
 * The existing container a hosted tool runs in, by id: a code interpreter's `container: "cntr_…"`, a shell's
 * `environment: { type: 'container_reference', container_id }` (its type alone names one, its id unread).
 */
function containerByIdOf(tool: { type?: unknown; container?: unknown; environment?: unknown } | null): string | undefined {
  if (tool?.type === 'code_interpreter' && typeof tool.container === 'string') return tool.container;
  const environment = tool?.environment as { type?: unknown; container_id?: unknown } | null | undefined;
  if (typeof environment?.container_id === 'string') return environment.container_id;
  return environment?.type === 'container_reference' ? 'container_reference' : undefined;
}

