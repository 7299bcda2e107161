import { partitionFields, type EmbedStrategy, type KeyParts } from '../../cache/request-key.ts';
import { embeddedTurns } from '../openai-chat/chat-key-parts.ts';
import type { AnthropicMessageParam, MessagesRequest } from './messages-types.ts';

const MESSAGES = new Set(['messages']);

/** Request headers that change Anthropic's answer: the API version and opted-in beta features. */
const ANSWER_HEADERS = ['anthropic-version', 'anthropic-beta'] as const;

/**
 * An Anthropic Messages request's partition and embedded text: the last user message's text (string content,
 * or text blocks only) is embedded; `system`, `tools`, `tool_choice`, `thinking`, `stop_sequences`, sampling
 * fields, `max_tokens`, earlier messages, fields this version does not know, and the `anthropic-version` and
 * `anthropic-beta` headers are the partition. A system prompt given as a string or as text blocks is the same.
 * `cache_control` (a hint for Anthropic's prompt cache, which changes the bill, never the answer) is left out
 * wherever it marks a block, a message's content or a tool.
 */
export function messagesKeyParts(request: MessagesRequest, strategy: EmbedStrategy, header: (name: string) => string | undefined): KeyParts {
  const messages = request.messages.map((message) => normaliseMessage(withoutCacheControl(message)));
  const turns = strategy === 'last-user' ? 1 : strategy.lastTurns;
  const embedded = embeddedTurns(messages, turns);
  const partitionBody = partitionFields(request, MESSAGES);
  if (partitionBody.system !== undefined) {
    const system = Array.isArray(partitionBody.system) ? partitionBody.system.map(blockWithoutCacheControl) : partitionBody.system;
    partitionBody.system = blocksText(system) ?? system;
  }
  if (Array.isArray(partitionBody.tools)) partitionBody.tools = partitionBody.tools.map(blockWithoutCacheControl);
  const kept = embedded ? messages.length - embedded.count : messages.length;
  const residue = messages.slice(kept).map(({ content: _text, role: _role, ...rest }) => rest).filter((rest) => Object.keys(rest).length > 0);
  partitionBody.messages = [...messages.slice(0, kept), ...residue];
  partitionBody.headers = Object.fromEntries(ANSWER_HEADERS.map((name) => [name, header(name) ?? null]));
  return { api: 'anthropic-messages', partitionBody, text: embedded === undefined ? undefined : embedded.text };
}

function normaliseMessage(message: AnthropicMessageParam): AnthropicMessageParam {
  const text = blocksText(message.content);
  return text === undefined ? message : { ...message, content: text };
}

function withoutCacheControl(message: AnthropicMessageParam): AnthropicMessageParam {
  return Array.isArray(message.content) ? { ...message, content: message.content.map(blockWithoutCacheControl) as AnthropicMessageParam['content'] } : message;
}

/** A block (or tool) without its `cache_control`; anything else as it is. */
function blockWithoutCacheControl(block: unknown): unknown {
  if (block === null || typeof block !== 'object' || Array.isArray(block) || !('cache_control' in block)) return block;
  const { cache_control: _hint, ...rest } = block as Record<string, unknown>;
  return rest;
}

/** A string, or content blocks that are all text without citations or other fields (joined by newlines). */
function blocksText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const block of content as Array<Record<string, unknown>>) {
    if (block.type !== 'text' || typeof block.text !== 'string' || Object.keys(block).some((key) => key !== 'type' && key !== 'text')) return undefined;
    texts.push(block.text);
  }
  return texts.join('\n');
}

