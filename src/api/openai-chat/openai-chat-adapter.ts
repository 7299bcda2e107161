import type { AnswerUsage, CachedAnswer } from '../../cache/cached-answer.ts';
import type { ChatCompletion, ChatRequest } from '../../cache/chat-types.ts';
import { liveDataModel, searchesBeforeAnswering } from '../../cache/policy.ts';
import { answerText } from '../../cache/shadow.ts';
import type { ProxyError } from '../../http/proxy-error.ts';
import type { StreamFailureEvents } from '../../http/node-body-writer.ts';
import { CompletionAssembler } from '../../streaming/completion-assembler.ts';
import { replayStream } from '../../streaming/replay.ts';
import type { ApiAdapter, ParsedRequest, ReplayContext } from '../api-adapter.ts';
import { parseJsonObject } from '../json-body.ts';
import { chatKeyParts } from './chat-key-parts.ts';
import { isReplayable, isStorable } from './chat-storable.ts';
import { validateChatRequest } from './validate-chat-request.ts';
import { alphanumericId } from '../../util/random-bytes.ts';

export interface ChatParsedRequest extends ParsedRequest {
  body: ChatRequest;
}

/**
 * Ends a stream whose upstream broke with an SSE error event (after a blank line that terminates any partial
 * event), which the OpenAI SDKs raise as an APIError.
 */
export const OPENAI_STREAM_FAILED: StreamFailureEvents = {
  beforeFirstEvent: openAiErrorEvent('The upstream closed the connection before sending any event.', 'upstream_closed'),
  midway: openAiErrorEvent('The upstream stream failed before it completed.', 'upstream_stream_failed'),
};

function openAiErrorEvent(message: string, code: string): Uint8Array {
  return new TextEncoder().encode(`\n\ndata: ${JSON.stringify({ error: { message, type: 'upstream_error', param: null, code } })}\n\n`);
}

/** `POST /v1/chat/completions` (OpenAI and every OpenAI-compatible server). */
export const openAiChatAdapter: ApiAdapter<ChatParsedRequest, ChatCompletion> = {
  api: 'openai-chat',
  upstreamApi: 'openai',

  parse(body) {
    const request = validateChatRequest(body);
    // Web search options, or a model that always searches the web: an answer from the world as it is now.
    const liveData = (request.web_search_options !== undefined && request.web_search_options !== null) || liveDataModel(request.model) || searchesBeforeAnswering(request as unknown as Record<string, unknown>);
    return { body: request, model: request.model, stream: request.stream === true, policy: liveData ? { ...request, liveData } : request, keepsIds: request.store === true };
  },

  keyParts: (request, strategy) => chatKeyParts(request.body, strategy),

  streamingUpstreamBody(request, raw) {
    // Ask for usage even when the client did not, so every entry carries it; the extra chunk is dropped.
    const { body } = request;
    if (body.stream_options?.include_usage === true) return { body: raw, dropUsageChunk: false, requiresUsage: true };
    const upstreamBody = JSON.stringify({ ...body, stream_options: { ...body.stream_options, include_usage: true } });
    // A stream_options of the client's own (include_usage merged into it) is no field the proxy added.
    return body.stream_options === undefined ? { body: upstreamBody, dropUsageChunk: true, addedField: 'stream_options', requiresUsage: true } : { body: upstreamBody, dropUsageChunk: true, requiresUsage: true };
  },

  parseAnswer: (bytes) => parseJsonObject(bytes) as ChatCompletion | undefined,
  // An entry stored before isStorable checked its shape is served only if it can be replayed both ways.
  isAnswer: (answer: CachedAnswer): answer is ChatCompletion => isReplayable(answer),
  isStorable,
  comparableText: answerText,
  usage: (answer) => answer.usage as AnswerUsage | undefined,
  newAssembler: () => new CompletionAssembler(),

  replayJson: (answer, context) => JSON.stringify({ ...answer, ...ids(answer, context), ...servedTier(answer, context.request.body) }),

  replayStream(answer, context) {
    const includeUsage = context.request.body.stream_options?.include_usage === true;
    return replayStream({ ...answer, ...servedTier(answer, context.request.body) }, { ...ids(answer, context), includeUsage, chunkChars: context.chunkChars, delayMs: context.delayMs });
  },

  errorBody: (error: ProxyError) => error.body(),
  streamFailureEvents: OPENAI_STREAM_FAILED,
};

/** The original id and `created` when the upstream stored the answer (`store: true`), else fresh ones. */
function ids(answer: ChatCompletion, context: ReplayContext<ChatParsedRequest>): { id: string; created: number } {
  if (context.originalIds) return { id: answer.id, created: answer.created };
  return { id: `chatcmpl-${alphanumericId(29)}`, created: Math.floor(context.now / 1_000) };
}

/**
 * The `service_tier` a hit reports, where the stored answer has one: the tier this request asked for (one OpenAI
 * reports: default, flex, priority, scale), else `default`. The stored answer's is the tier that served its own request ("priority", billed higher), which no
 * upstream used for this one (a hostile tester, session 28). `service_tier` is outside the partition.
 */
export function servedTier(answer: object, request: object): { service_tier?: string } {
  if (typeof (answer as { service_tier?: unknown }).service_tier !== 'string') return {};
  const asked = (request as { service_tier?: unknown }).service_tier;
  return { service_tier: typeof asked === 'string' && TIERS.has(asked) ? asked : 'default' };
}
/** The tiers OpenAI reports as the one that served a request (`auto` is a request's choice, never reported). */
const TIERS: ReadonlySet<string> = new Set(['default', 'flex', 'priority', 'scale']);
