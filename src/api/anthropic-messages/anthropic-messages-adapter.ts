import type { AnswerUsage, CachedAnswer } from '../../cache/cached-answer.ts';
import { isLiveDataTool } from '../../cache/policy.ts';
import { parseJsonObject } from '../json-body.ts';
import type { ApiAdapter, ParsedRequest, ReplayContext } from '../api-adapter.ts';
import { paceEvents } from '../pace-events.ts';
import { ANTHROPIC_STREAM_FAILED, anthropicErrorBody } from './anthropic-error.ts';
import { MessagesAssembler } from './messages-assembler.ts';
import { messagesKeyParts } from './messages-key-parts.ts';
import { messagesReplayEvents } from './messages-replay.ts';
import type { AnthropicMessage, MessagesRequest } from './messages-types.ts';
import { validateMessagesRequest } from './validate-messages-request.ts';
import { alphanumericId } from '../../util/random-bytes.ts';

export interface MessagesParsedRequest extends ParsedRequest {
  body: MessagesRequest;
}

/** `POST /v1/messages` on routes whose upstream speaks Anthropic's API (`upstream: { api: anthropic }`). */
export const anthropicMessagesAdapter: ApiAdapter<MessagesParsedRequest, AnthropicMessage> = {
  api: 'anthropic-messages',
  upstreamApi: 'anthropic',

  parse(body) {
    const request = validateMessagesRequest(body);
    // The web search and web fetch tools and remote MCP servers answer from the world as it is now.
    const { tools, mcp_servers: servers } = request as { tools?: unknown; mcp_servers?: unknown };
    const liveData = (Array.isArray(tools) && tools.some(isLiveDataTool)) || (Array.isArray(servers) && servers.length > 0);
    // Anthropic keeps no messages to retrieve by id: a hit always gets a fresh `msg_…` id.
    return { body: request, model: request.model, stream: request.stream === true, policy: { temperature: request.temperature, container: (request as { container?: unknown }).container, liveData }, keepsIds: false };
  },

  keyParts: (request, strategy, header) => messagesKeyParts(request.body, strategy, header),
  // message_start and message_delta carry usage: nothing to add.
  streamingUpstreamBody: (_request, raw) => ({ body: raw, dropUsageChunk: false }),

  parseAnswer(bytes) {
    const answer = parseJsonObject(bytes);
    return answer && isMessage(answer) ? answer : undefined;
  },
  isAnswer: (answer: CachedAnswer): answer is AnthropicMessage => isMessage(answer),

  /** `end_turn` and `stop_sequence` are stored; `tool_use` under cacheToolCalls, `max_tokens` under cacheTruncated. */
  isStorable(answer, settings) {
    switch (answer.stop_reason) {
      case 'end_turn':
      case 'stop_sequence':
        return true;
      case 'tool_use':
        return settings.cacheToolCalls;
      case 'max_tokens':
        return settings.cacheTruncated;
      default:
        return false; // refusal, pause_turn, model_context_window_exceeded, null
    }
  },

  comparableText: (answer) => JSON.stringify(answer.content.map(({ id: _id, signature: _signature, ...block }) => (typeof block.text === 'string' ? { ...block, text: block.text.trim() } : block))),

  usage(answer) {
    const { input_tokens, output_tokens, cache_creation_input_tokens, cache_read_input_tokens } = answer.usage;
    // Every input token was billed (cache writes at a premium, reads at a discount): counted at the input price.
    const prompt = input_tokens + (cache_creation_input_tokens ?? 0) + (cache_read_input_tokens ?? 0);
    return { prompt_tokens: prompt, completion_tokens: output_tokens, total_tokens: prompt + output_tokens } satisfies AnswerUsage;
  },

  newAssembler: () => new MessagesAssembler(),
  replayJson: (answer, context) => JSON.stringify(withFreshId(answer, context)),
  replayStream: (answer, context) => paceEvents(messagesReplayEvents(withFreshId(answer, context), { chunkChars: context.chunkChars }), context.delayMs),
  errorBody: anthropicErrorBody,
  streamFailureEvents: ANTHROPIC_STREAM_FAILED,
};

function isMessage(answer: CachedAnswer): answer is AnthropicMessage {
  return answer.type === 'message' && Array.isArray(answer.content) && typeof answer.usage === 'object' && answer.usage !== null;
}

function withFreshId(answer: AnthropicMessage, _context: ReplayContext<MessagesParsedRequest>): AnthropicMessage {
  return { ...answer, id: `msg_${alphanumericId(24)}` };
}
