import { invalidRequest } from '../../http/proxy-error.ts';
import { expectJsonObject, expectModel, expectType } from '../json-body.ts';
import type { ResponsesRequest } from './responses-types.ts';

/**
 * Checks the fields the cache relies on (`model`, `input`, `stream`, `store`, `background`, `temperature`) and
 * throws a 400 ProxyError naming the offending `param`. Deeper validation is the upstream's job. `input` may be
 * absent (a request built from `prompt` or `previous_response_id` alone), and `model` with a `prompt` template.
 */
export function validateResponsesRequest(body: unknown): ResponsesRequest {
  const request = expectJsonObject(body);
  // A stored prompt template names its model, so `model` may be left out then (openai-node types it optional).
  if (request.model !== undefined || !isPromptTemplate(request.prompt)) expectModel(request);
  const { input } = request;
  if (input !== undefined && typeof input !== 'string' && !Array.isArray(input)) {
    throw invalidRequest("'input' must be a string or an array of input items.", 'input', 'invalid_type');
  }
  if (Array.isArray(input)) {
    input.forEach((item: unknown, index) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw invalidRequest(`'input[${index}]' must be an object.`, `input[${index}]`, 'invalid_type');
      const { content } = item as { content?: unknown };
      if (!Array.isArray(content)) return;
      content.forEach((part: unknown, at) => {
        const type = typeof part === 'object' && part !== null && !Array.isArray(part) ? (part as { type?: unknown }).type : undefined;
        if (typeof type !== 'string') throw invalidRequest(`'input[${index}].content[${at}]' must be an object with a string 'type'.`, `input[${index}].content[${at}]`, 'invalid_type');
      });
    });
  }
  for (const field of ['stream', 'store', 'background'] as const) expectType(request, field, 'boolean');
  expectType(request, 'temperature', 'number');
  return request as ResponsesRequest;
}

function isPromptTemplate(prompt: unknown): boolean {
  return typeof prompt === 'object' && prompt !== null && typeof (prompt as { id?: unknown }).id === 'string';
}
