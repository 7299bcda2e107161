import { describe, expect, it } from 'vitest';
import { MAX_NESTING, validateChatRequest } from '../../../../src/api/openai-chat/validate-chat-request.ts';
import { ProxyError } from '../../../../src/http/proxy-error.ts';

const nested = (depth: number): unknown => {
  let value: unknown = [];
  for (let level = 1; level < depth; level++) value = [value];
  return value;
};

describe('validateChatRequest nesting limit', () => {
  const request = (extra: unknown) => ({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], tools: extra });

  it(`accepts a body nested ${MAX_NESTING} levels deep`, () => {
    expect(() => validateChatRequest(request(nested(MAX_NESTING - 1)))).not.toThrow();
  });

  it('refuses a deeper body with a 400 before recursive code can overflow on it, however deep', () => {
    for (const depth of [MAX_NESTING, 100_000]) {
      let error: unknown;
      try {
        validateChatRequest(request(nested(depth)));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ProxyError);
      expect((error as ProxyError).status).toBe(400);
      expect((error as ProxyError).code).toBe('nesting_too_deep');
    }
  });
});
