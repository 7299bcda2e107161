import { createOpenAI } from '@ai-sdk/openai';
import { streamText } from 'ai';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { RESPONSES_STREAM_FAILED } from '../../../../src/api/openai-responses/openai-responses-adapter.ts';
import { responsesReplayEvents } from '../../../../src/api/openai-responses/responses-replay.ts';
import type { ResponseObject } from '../../../../src/api/openai-responses/responses-types.ts';

/**
 * The replayed event stream read by openai-node's own ResponseStream (its accumulator appends parts by index and
 * throws on a delta for a part never added): the final response it assembles is the stored one. Review of session 11:
 * a reasoning item with reasoning text of its own (gpt-oss and other open-weight models) made the SDK throw.
 */
async function streamedThroughSdk(response: ResponseObject): Promise<{ final: unknown; types: string[] }> {
  const body = responsesReplayEvents(response, { chunkChars: 7 }).join('');
  const client = new OpenAI({
    apiKey: 'sk-replay',
    baseURL: 'http://replay.invalid/v1',
    fetch: async () => new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }),
  });
  const stream = client.responses.stream({ model: response.model, input: 'q' });
  const types: string[] = [];
  for await (const event of stream) types.push(event.type);
  return { final: await stream.finalResponse(), types };
}

const base = { id: 'resp_1', object: 'response', created_at: 1_700_000_000, status: 'completed', model: 'gpt-oss-120b', usage: { input_tokens: 3, output_tokens: 9, total_tokens: 12 } } as const;
const message = { type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'Paris.', annotations: [] }] };

describe('a streamed reasoning item, read by openai-node', () => {
  it('assembles reasoning text of its own (content parts) and a summary part without text', async () => {
    const reasoning = {
      type: 'reasoning',
      id: 'rs_1',
      summary: [{ type: 'summary_text' }, { type: 'summary_text', text: 'The capital is asked.' }],
      content: [{ type: 'reasoning_text', text: 'France, capital: Paris.' }],
    };
    const response = { ...base, output: [reasoning, message] } as unknown as ResponseObject;
    const { final, types } = await streamedThroughSdk(response);
    expect(types).toContain('response.reasoning_text.delta');
    expect(types.filter((type) => type === 'response.reasoning_summary_part.added')).toHaveLength(2);
    expect(final).toMatchObject({ output: [reasoning, message] });
  });

  it('assembles citations from the annotation events', async () => {
    const annotation = { type: 'url_citation', url: 'https://example.com/paris', title: 'Paris', start_index: 0, end_index: 5 };
    const cited = { ...message, content: [{ type: 'output_text', text: 'Paris.', annotations: [annotation] }] };
    const { final, types } = await streamedThroughSdk({ ...base, output: [cited] } as unknown as ResponseObject);
    expect(types).toContain('response.output_text.annotation.added');
    expect(final).toMatchObject({ output: [{ content: [{ annotations: [annotation] }] }] });
  });
});

/**
 * A review of hits' fidelity, session 33: a code interpreter's or a custom tool's call was replayed as its item added
 * and done alone; the Vercel AI SDK makes its tool call of `response.code_interpreter_call_code.done`, so a hit's
 * `streamText` had no call and left the tool's input streaming.
 */
describe('a streamed tool call the API runs or reads as free text, read by the SDKs', () => {
  const codeCall = { id: 'ci_1', type: 'code_interpreter_call', status: 'completed', code: 'print(2**10)\nprint("é")', container_id: 'cntr_1', outputs: [{ type: 'logs', logs: '1024' }] };
  const customCall = { id: 'ctc_1', type: 'custom_tool_call', status: 'completed', call_id: 'call_c1', name: 'run_sql', input: "SELECT * FROM cities WHERE name = 'Paris'; -- 😀" };

  async function vercelToolCalls(response: ResponseObject, tools: (provider: ReturnType<typeof createOpenAI>) => Record<string, unknown>): Promise<{ calls: Array<{ toolName: string; input: unknown }>; ended: boolean }> {
    const body = responsesReplayEvents(response, { chunkChars: 5 }).join('');
    const provider = createOpenAI({ apiKey: 'sk-replay', baseURL: 'http://replay.invalid/v1', fetch: async () => new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }) });
    const result = streamText({ model: provider('gpt-5'), prompt: 'q', tools: tools(provider), maxRetries: 0 } as Parameters<typeof streamText>[0]);
    const started = new Set<string>();
    for await (const part of result.fullStream) {
      if (part.type === 'tool-input-start') started.add(part.id);
      if (part.type === 'tool-input-end') started.delete(part.id);
    }
    return { calls: (await result.toolCalls).map((call) => ({ toolName: call.toolName, input: call.input })), ended: started.size === 0 };
  }

  it('gives the Vercel AI SDK the code interpreter call, its code and an ended input', async () => {
    const { calls, ended } = await vercelToolCalls({ ...base, model: 'gpt-5', output: [codeCall, message] } as unknown as ResponseObject, (provider) => ({ code_interpreter: provider.tools.codeInterpreter({}) }));
    expect(calls).toEqual([{ toolName: 'code_interpreter', input: { code: codeCall.code, containerId: 'cntr_1' } }]);
    expect(ended).toBe(true);
  });

  it("streams a custom tool call's input in deltas that the Vercel AI SDK and openai-node assemble", async () => {
    const response = { ...base, model: 'gpt-5', output: [customCall, message] } as unknown as ResponseObject;
    const { calls, ended } = await vercelToolCalls(response, (provider) => ({ run_sql: provider.tools.customTool({ description: 'Run SQL' }) }));
    expect(calls).toEqual([{ toolName: 'run_sql', input: customCall.input }]);
    expect(ended).toBe(true);
    const { final, types } = await streamedThroughSdk(response);
    expect(types.filter((type) => type === 'response.custom_tool_call_input.delta').length).toBeGreaterThan(1);
    expect(final).toMatchObject({ output: [customCall, message] });
  });

  it('gives openai-node the code interpreter call whole, with its code streamed', async () => {
    const { final, types } = await streamedThroughSdk({ ...base, output: [codeCall, message] } as unknown as ResponseObject);
    expect(types).toEqual(expect.arrayContaining(['response.code_interpreter_call.in_progress', 'response.code_interpreter_call_code.delta', 'response.code_interpreter_call_code.done', 'response.code_interpreter_call.completed']));
    expect(final).toMatchObject({ output: [codeCall, message] });
  });
});

/**
 * A hostile client, session 33: a Responses stream whose upstream broke ended with chat's `data: {"error": …}` event;
 * openai-node raised it, the Vercel AI SDK reported a validation error ("invalid_union") instead of the failure.
 */
describe('a Responses stream that ends with the failure event the proxy appends', () => {
  const broken = () => responsesReplayEvents({ ...base, model: 'gpt-5', output: [message] } as unknown as ResponseObject, { chunkChars: 3 }).slice(0, 5).join('') + new TextDecoder().decode(RESPONSES_STREAM_FAILED.midway);
  const fetchBroken = async () => new Response(broken(), { status: 200, headers: { 'content-type': 'text/event-stream' } });

  it('is reported by the Vercel AI SDK as the upstream failure', async () => {
    const provider = createOpenAI({ apiKey: 'sk-replay', baseURL: 'http://replay.invalid/v1', fetch: fetchBroken });
    const result = streamText({ model: provider('gpt-5'), prompt: 'q', maxRetries: 0 } as Parameters<typeof streamText>[0]);
    const errors: unknown[] = [];
    for await (const part of result.fullStream) if (part.type === 'error') errors.push(part.error);
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors[0])).toContain('The upstream stream failed before it completed.');
    expect(JSON.stringify(errors[0])).not.toContain('invalid_union');
  });

  it('is raised by openai-node as an APIError carrying the message', async () => {
    const client = new OpenAI({ apiKey: 'sk-replay', baseURL: 'http://replay.invalid/v1', fetch: fetchBroken });
    const stream = client.responses.stream({ model: 'gpt-5', input: 'q' });
    await expect(async () => {
      for await (const _event of stream) void _event;
    }).rejects.toThrow('The upstream stream failed before it completed.');
  });
});
