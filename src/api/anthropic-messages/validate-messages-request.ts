import { invalidRequest } from '../../http/proxy-error.ts';
import { expectJsonObject, expectModel, expectType } from '../json-body.ts';
import type { MessagesRequest } from './messages-types.ts';

/**
 * Checks the fields the cache relies on (`model`, `messages`, `stream`, `temperature`, `max_tokens`) and throws a
 * 400 ProxyError naming the field (rendered in Anthropic's error shape). Deeper validation is the upstream's job.
 */
export function validateMessagesRequest(body: unknown): MessagesRequest {
  const request = expectJsonObject(body);
  expectModel(request);
  if (!Array.isArray(request.messages) || request.messages.length === 0) {
    throw invalidRequest('messages: Field required and must be a non-empty array.', 'messages', 'invalid_type');
  }
  request.messages.forEach((message: unknown, index) => {
    const { role, content } = (typeof message === 'object' && message !== null ? message : {}) as Record<string, unknown>;
    if (role !== 'user' && role !== 'assistant') throw invalidRequest(`messages.${index}.role: must be "user" or "assistant".`, `messages.${index}.role`, 'invalid_value');
    if (typeof content !== 'string' && !Array.isArray(content)) throw invalidRequest(`messages.${index}.content: must be a string or an array of content blocks.`, `messages.${index}.content`, 'invalid_type');
    if (Array.isArray(content)) expectBlocks(content, `messages.${index}.content`);
  });
  if (request.system !== undefined && typeof request.system !== 'string') {
    if (!Array.isArray(request.system)) throw invalidRequest('system: must be a string or an array of text blocks.', 'system', 'invalid_type');
    expectBlocks(request.system, 'system');
  }
  expectType(request, 'stream', 'boolean');
  expectType(request, 'temperature', 'number');
  expectType(request, 'max_tokens', 'number');
  return request as MessagesRequest;
}

/** Content blocks are objects with a string `type` (a null block reached the key's reading and answered 500: a hostile tester, session 29). */
function expectBlocks(blocks: unknown[], path: string): void {
  blocks.forEach((block, index) => {
    const type = typeof block === 'object' && block !== null && !Array.isArray(block) ? (block as { type?: unknown }).type : undefined;
    if (typeof type !== 'string') throw invalidRequest(`${path}.${index}: must be a content block, an object with a string "type".`, `${path}.${index}`, 'invalid_type');
  });
}
