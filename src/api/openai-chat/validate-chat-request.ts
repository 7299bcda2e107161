import { invalidRequest } from '../../http/proxy-error.ts';
import { expectJsonObject, expectModel, expectType } from '../json-body.ts';
import type { ChatRequest } from '../../cache/chat-types.ts';

const ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);

export { MAX_NESTING } from '../json-body.ts';

/**
 * Checks the fields the cache relies on and throws a 400 ProxyError naming the offending `param`. Deeper
 * validation is the upstream's job: anything else passes through.
 */
export function validateChatRequest(body: unknown): ChatRequest {
  const request = expectJsonObject(body);
  expectModel(request);
  if (!Array.isArray(request.messages) || request.messages.length === 0) {
    throw invalidRequest("'messages' is required and must be a non-empty array.", 'messages', request.messages === undefined ? 'missing_required_parameter' : 'invalid_type');
  }
  request.messages.forEach((message: unknown, index) => validateMessage(message, `messages[${index}]`));
  expectType(request, 'stream', 'boolean');
  expectType(request, 'temperature', 'number');
  if (request.n !== undefined && request.n !== null && (!Number.isInteger(request.n) || (request.n as number) < 1)) {
    throw invalidRequest("'n' must be a positive integer.", 'n', 'invalid_type');
  }
  if (request.stream_options !== undefined && request.stream_options !== null && (typeof request.stream_options !== 'object' || Array.isArray(request.stream_options))) {
    throw invalidRequest("'stream_options' must be an object.", 'stream_options', 'invalid_type');
  }
  return request as ChatRequest;
}

function validateMessage(message: unknown, param: string): void {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    throw invalidRequest(`'${param}' must be an object.`, param, 'invalid_type');
  }
  const { role, content } = message as Record<string, unknown>;
  if (typeof role !== 'string' || !ROLES.has(role)) {
    throw invalidRequest(`'${param}.role' must be one of ${[...ROLES].join(', ')}.`, `${param}.role`, 'invalid_value');
  }
  const contentOk = content === undefined || content === null || typeof content === 'string' || (Array.isArray(content) && content.every((part) => typeof part === 'object' && part !== null && typeof (part as { type?: unknown }).type === 'string'));
  if (!contentOk) {
    throw invalidRequest(`'${param}.content' must be a string or an array of content parts.`, `${param}.content`, 'invalid_type');
  }
}
