import { invalidRequest } from './proxy-error.ts';
import type { ChatRequest } from '../cache/chat-types.ts';

const ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);

/**
 * Deepest nesting of objects and arrays a request may have: far beyond any real JSON Schema in `tools` or
 * `response_format`, far below the few thousand levels at which recursive code (the partition digest,
 * JSON.stringify) overflows the stack and would turn a client's junk into a 500.
 */
export const MAX_NESTING = 100;

/**
 * Checks the fields the cache relies on and throws a 400 ProxyError naming the offending `param`. Deeper
 * validation is the upstream's job: anything else passes through.
 */
export function validateChatRequest(body: unknown): ChatRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidRequest('The request body must be a JSON object.');
  }
  if (nestedDeeperThan(body, MAX_NESTING)) {
    throw invalidRequest(`The request body is nested deeper than ${MAX_NESTING} levels.`, null, 'nesting_too_deep');
  }
  const request = body as Record<string, unknown>;
  if (typeof request.model !== 'string' || request.model.length === 0) {
    throw invalidRequest("'model' is required and must be a non-empty string.", 'model', request.model === undefined ? 'missing_required_parameter' : 'invalid_type');
  }
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

function expectType(request: Record<string, unknown>, field: string, type: 'boolean' | 'number'): void {
  const value = request[field];
  if (value !== undefined && value !== null && typeof value !== type) {
    throw invalidRequest(`'${field}' must be a ${type}.`, field, 'invalid_type');
  }
}

/** Iterative on purpose: it must not fail on the very inputs it exists to refuse. */
function nestedDeeperThan(value: object, limit: number): boolean {
  const pending: Array<{ node: object; depth: number }> = [{ node: value, depth: 1 }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (item.depth > limit) return true;
    for (const child of Array.isArray(item.node) ? item.node : Object.values(item.node)) {
      if (typeof child === 'object' && child !== null) pending.push({ node: child, depth: item.depth + 1 });
    }
  }
  return false;
}
