import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { useProxy, withClaudeRoute, type RunningProxy } from '../helpers/proxy.ts';
import { textAndJson } from '../helpers/response-body.ts';

/**
 * Session 29, a hostile tester: bodies that are valid JSON and pass the first checks but hold a content block that
 * is null, or a block whose `type` is an object, reached the key's reading of the text and were answered 500 ("The
 * proxy failed to handle this request.") with an error-level stack in the log. They are bad input: a 400 in the
 * API's own shape naming the field, nothing sent upstream, nothing stored, and the proxy still serves.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;

useProxy((running) => ({ upstream, proxy } = running), withClaudeRoute);

async function post(path: string, body: unknown) {
  const response = await fetch(`${proxy.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-malformed', 'x-api-key': 'sk-malformed' }, body: JSON.stringify(body) });
  return { status: response.status, cache: response.headers.get('x-cache-status'), ...(await textAndJson(response)) };
}

const calls = () => upstream.messagesCalls.length + upstream.responsesCalls.length + upstream.chatCalls.length;

describe('a null content block, or a block whose type is no string', () => {
  it.each([
    ['a null block in a message', { model: 'claude-x', max_tokens: 5, messages: [{ role: 'user', content: [null] }] }, 'messages.0.content.0'],
    ['a null system block', { model: 'claude-x', max_tokens: 5, system: [null], messages: [{ role: 'user', content: 'hi' }] }, 'system.0'],
    ['a system block whose type is an object', { model: 'claude-x', max_tokens: 5, system: [{ type: { toString: 1 }, text: 'x' }], messages: [{ role: 'user', content: 'hi' }] }, 'system.0'],
    ['a system that is a number', { model: 'claude-x', max_tokens: 5, system: 5, messages: [{ role: 'user', content: 'hi' }] }, 'system'],
  ])('Anthropic Messages, %s: a 400 invalid_request_error in Anthropic shape, nothing upstream', async (_name, body, field) => {
    const before = calls();
    const answer = await post('/claude/v1/messages', body);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    expect(answer.json.error.message).toContain(field);
    expect(calls()).toBe(before);
  });

  it('Responses API, an earlier item part whose type is an object: a 400 in OpenAI shape, nothing upstream', async () => {
    const before = calls();
    const answer = await post('/v1/responses', { model: 'gpt-4o-mini', input: [{ role: 'user', content: [{ type: { toString: 1 }, text: 'hi' }] }, { role: 'user', content: 'q2' }] });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { type: 'invalid_request_error', param: 'input[0].content[0]' } });
    expect(calls()).toBe(before);
  });

  it('still serves ordinary requests of both APIs afterwards, and well-formed blocks', async () => {
    const question = `Well-formed ${Math.random()}`;
    const body = { model: 'claude-x', max_tokens: 5, system: [{ type: 'text', text: 'Be brief.' }], messages: [{ role: 'user', content: [{ type: 'text', text: question }] }] };
    expect(await post('/claude/v1/messages', body)).toMatchObject({ status: 200, cache: 'MISS' });
    expect(await post('/claude/v1/messages', body)).toMatchObject({ status: 200, cache: 'HIT' });
    expect((await post('/v1/responses', { model: 'gpt-4o-mini', input: [{ role: 'user', content: [{ type: 'input_text', text: question }] }] })).status).toBe(200);
  });
});
