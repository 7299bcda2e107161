import { textPartLengths } from '../../cache/normalise-text.ts';
import { ANTHROPIC_IGNORED_FIELDS, partitionFields, sharedText, type EmbedStrategy, type KeyParts } from '../../cache/request-key.ts';
import { readableText } from '../../cache/readable-text.ts';
import { definitionsSetTextTask, instructionText, instructsOnUserText } from '../../cache/text-as-object.ts';
import { embeddedTurns, embeddedTurnsResidue } from '../openai-chat/chat-key-parts.ts';
import type { AnthropicMessageParam, MessagesRequest } from './messages-types.ts';

const MESSAGES = new Set(['messages']);

/** Request headers that change Anthropic's answer: the API version and opted-in beta features. */
const ANSWER_HEADERS = ['anthropic-version', 'anthropic-beta'] as const;

/**
 * An Anthropic Messages request's partition and embedded text: the last user message's text (string content,
 * or text blocks only) is embedded; `system`, `tools`, `tool_choice`, `thinking`, `stop_sequences`, sampling
 * fields, `max_tokens`, earlier messages, fields this version does not know, and the `anthropic-version` and
 * `anthropic-beta` headers are the partition (OpenAI's fields that change no answer, `user` or `store`, too: Anthropic
 * refuses them). A system prompt given as a string or as text blocks is the same.
 * `cache_control` (a hint for Anthropic's prompt cache, which changes the bill, never the answer) is left out
 * wherever it marks a block, a message's content, a tool or the request, and so is a tool's `eager_input_streaming` (how a
 * stream chunks the tool's input; `@ai-sdk/anthropic` sets it on every tool when it streams).
 */
export function messagesKeyParts(request: MessagesRequest, strategy: EmbedStrategy, header: (name: string) => string | undefined): KeyParts {
  const messages = request.messages.map((message) => normaliseMessage(withoutCacheControl(message)));
  const turns = strategy === 'last-user' ? 1 : strategy.lastTurns;
  const partitionBody = partitionFields(request, MESSAGES, {}, ANTHROPIC_IGNORED_FIELDS);
  if (partitionBody.system !== undefined) {
    const system = Array.isArray(partitionBody.system) && partitionBody.system.some(hasHint) ? partitionBody.system.map(blockWithoutCacheControl) : partitionBody.system;
    const text = blocksText(system);
    partitionBody.system = text ?? system;
    const parts = text === undefined ? undefined : textPartLengths(system);
    if (parts !== undefined) partitionBody.systemParts = parts;
  }
  // Under instructions that make the user's text the object of a task, the whole text is the partition's (exact tier only).
  const previous = messages[messages.length - 2];
  const answered = previous?.role === 'assistant' ? instructionText(previous.content) : undefined;
  const earlierTurns = messages.slice(0, -1).filter((message) => message.role === 'user' || message.role === 'assistant').map((message) => instructionText(message.content));
  const embedded = instructsOnUserText([instructionText(request.system)], answered, earlierTurns) || definitionsSetTextTask(request) ? undefined : embeddedTurns(messages, turns);
  if (Array.isArray(partitionBody.tools) && partitionBody.tools.some(hasToolHint)) partitionBody.tools = partitionBody.tools.map(toolWithoutHints);
  // Automatic caching (a hint on the request itself) changes the bill the same way.
  if (isPromptCacheHint(partitionBody.cache_control)) delete partitionBody.cache_control;
  const kept = embedded ? messages.length - embedded.count : messages.length;
  // Its messages carry only a role and content: the embedded turns leave a trace only for fields this version does not know.
  partitionBody.messages = [...messages.slice(0, kept), ...embeddedTurnsResidue(messages.slice(kept).map(({ content: _text, ...rest }) => rest))];
  partitionBody.headers = Object.fromEntries(ANSWER_HEADERS.map((name) => [name, headerValue(name, header(name))]));
  // The shared text is what stays in the partition (not the turns embedded with `lastTurns`); what tools returned and
  // what was retrieved is read too: earlier turns' `tool_result`, `document`, `search_result` and server tools' result
  // blocks (their readable fields: readable-text.ts).
  const earlierKept = messages.slice(0, kept);
  const toolResults = earlierKept.flatMap((message) => (Array.isArray(message.content) ? (message.content as unknown[]) : [])).filter(isRetrievedBlock).map(readableText);
  const shared = embedded === undefined ? undefined : sharedText([instructionText(request.system)], earlierKept.map((message) => instructionText(message.content)), toolResults);
  return { api: 'anthropic-messages', partitionBody, text: embedded === undefined ? undefined : embedded.text, ...(shared === undefined ? {} : { shared }) };
}

/** A block of what a tool returned or a document given to read (not the text blocks instructionText reads). */
function isRetrievedBlock(block: unknown): boolean {
  const type = (block as { type?: unknown } | null)?.type;
  return typeof type === 'string' && (type === 'tool_result' || type === 'document' || type === 'search_result' || type.endsWith('_tool_result'));
}

/** The beta features as a set: `a,b` and `b, a` opt in to the same ones. */
function headerValue(name: (typeof ANSWER_HEADERS)[number], value: string | undefined): string | null {
  if (value === undefined) return null;
  return name === 'anthropic-beta' ? [...new Set(value.split(',').map((feature) => feature.trim()).filter(Boolean))].sort().join(',') : value;
}

function normaliseMessage(message: AnthropicMessageParam): AnthropicMessageParam {
  const text = blocksText(message.content);
  if (text === undefined) return message;
  const parts = textPartLengths(message.content);
  return parts === undefined ? { ...message, content: text } : ({ ...message, content: text, textParts: parts } as AnthropicMessageParam);
}

function withoutCacheControl(message: AnthropicMessageParam): AnthropicMessageParam {
  if (!Array.isArray(message.content) || !message.content.some(hasHint)) return message; // no copy on the common path
  return { ...message, content: message.content.map(blockWithoutCacheControl) as AnthropicMessageParam['content'] };
}

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A valid prompt-caching hint: `{ type: 'ephemeral' }` with an optional `ttl` of 5m or 1h. Anything else stays in
 * the partition, so a request Anthropic would refuse (an unknown type or ttl) never shares a valid one's key.
 */
function isPromptCacheHint(value: unknown): boolean {
  if (!isJson(value) || value.type !== 'ephemeral') return false;
  for (const key in value) if (key !== 'type' && !(key === 'ttl' && (value.ttl === '5m' || value.ttl === '1h'))) return false;
  return true;
}

/** Whether a block (or a tool result's inner blocks) carries a valid hint. */
function hasHint(block: unknown): boolean {
  if (!isJson(block)) return false;
  return isPromptCacheHint(block.cache_control) || (block.type === 'tool_result' && Array.isArray(block.content) && block.content.some(hasHint));
}

/** A block (or tool) without its valid `cache_control`, also inside a tool result's content; anything else as it is. */
function blockWithoutCacheControl(block: unknown): unknown {
  if (!hasHint(block)) return block;
  const { cache_control: hint, ...rest } = block as Json;
  const result: Json = isPromptCacheHint(hint) ? rest : (block as Json);
  return result.type === 'tool_result' && Array.isArray(result.content) ? { ...result, content: result.content.map(blockWithoutCacheControl) } : result;
}

/** Whether a tool carries a hint that changes neither the answer nor its validity. */
function hasToolHint(tool: unknown): boolean {
  return hasHint(tool) || (isJson(tool) && typeof tool.eager_input_streaming === 'boolean');
}

/** A tool without its valid `cache_control` and its boolean `eager_input_streaming`; anything else as it is. */
function toolWithoutHints(tool: unknown): unknown {
  const rest = blockWithoutCacheControl(tool);
  if (!isJson(rest) || typeof rest.eager_input_streaming !== 'boolean') return rest;
  const { eager_input_streaming: _chunking, ...withoutChunking } = rest;
  return withoutChunking;
}

/** A string, or content blocks that are all text without citations or other fields (joined by newlines). */
function blocksText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const block of content as Array<Record<string, unknown> | null>) {
    if (block === null || typeof block !== 'object' || block.type !== 'text' || typeof block.text !== 'string' || Object.keys(block).some((key) => key !== 'type' && key !== 'text')) return undefined;
    texts.push(block.text);
  }
  return texts.join('\n');
}

