import { createOpenAI } from '@ai-sdk/openai';
import { generateText, streamText } from 'ai';
import OpenAI from 'openai';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { ScriptedUpstream, sendEvents, sendJson, type ScriptedCall } from '../helpers/scripted-upstream.ts';

/**
 * Audit 11, the Responses API: answers shaped like a reasoning model's with a web search (a `reasoning` item with
 * a summary, an `output_text` with `url_citation` annotations), streamed the way OpenAI streams them, and what the
 * Vercel AI SDK and openai-node read of a streamed HIT compared with the MISS. Plus what a store: true
 * conversation (the AI SDK's default, which sends earlier assistant items back as `item_reference`s) does after a
 * HIT whose ids the upstream never kept.
 */

let upstream: ScriptedUpstream;
let proxy: RunningProxy;

/** Items the upstream kept (store !== false), by API key: what an `item_reference` may name. */
const keptItems = new Map<string, Set<string>>();

function keyOf(call: ScriptedCall): string {
  return String(call.headers.authorization ?? '');
}

function lastUserText(input: unknown): string {
  if (typeof input === 'string') return input;
  const items = Array.isArray(input) ? input : [];
  const last = [...items].reverse().find((item: any) => item.role === 'user');
  if (typeof last?.content === 'string') return last.content;
  return (last?.content ?? []).map((part: any) => part.text ?? '').join('\n');
}

const SUMMARY = 'The user asks for a capital; I recall it is Paris and cite a source.';
const TEXT = 'The capital of France is Paris.';
const ANNOTATION = { type: 'url_citation', start_index: 25, end_index: 30, url: 'https://en.wikipedia.org/wiki/Paris', title: 'Paris - Wikipedia' };

/** A completed response as the Responses API returns it, with `fields` (output, usage, …) of its own. */
function completedResponse(n: number, body: any, fields: Record<string, unknown>): Record<string, any> {
  return {
    id: `resp_${n}`,
    object: 'response',
    created_at: 1_700_000_000 + n,
    status: 'completed',
    error: null,
    incomplete_details: null,
    instructions: null,
    model: body.model,
    store: body.store !== false,
    text: { format: { type: 'text' } },
    user: null,
    metadata: {},
    ...fields,
  };
}

/** A completed response like o4-mini's with web search: reasoning (with a summary), then cited text. */
function reasoningAnswer(n: number, body: any): Record<string, any> {
  const reasoning = { id: `rs_${n}`, type: 'reasoning', summary: [{ type: 'summary_text', text: SUMMARY }] };
  const message = { id: `msg_${n}`, type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: `${TEXT} (#${n})`, annotations: [ANNOTATION], logprobs: [] }] };
  return completedResponse(n, body, {
    output: [reasoning, message],
    parallel_tool_calls: true,
    reasoning: { effort: 'medium', summary: 'auto' },
    tool_choice: 'auto',
    tools: [],
    usage: { input_tokens: 20, input_tokens_details: { cached_tokens: 0 }, output_tokens: 40, output_tokens_details: { reasoning_tokens: 24 }, total_tokens: 60 },
  });
}

/** The events OpenAI streams for `final`. */
function streamAnswer(response: ServerResponse, final: Record<string, any>): void {
  const pending = { ...final, status: 'in_progress', output: [], usage: null };
  const [reasoning, message] = final.output;
  const text: string = message.content[0].text;
  const at = { item_id: message.id, output_index: 1, content_index: 0 };
  const summaryAt = { item_id: reasoning.id, output_index: 0, summary_index: 0 };
  sendEvents(
    response,
    [
      ['response.created', { response: pending }],
      ['response.in_progress', { response: pending }],
      ['response.output_item.added', { output_index: 0, item: { id: reasoning.id, type: 'reasoning', summary: [] } }],
      ['response.reasoning_summary_part.added', { ...summaryAt, part: { type: 'summary_text', text: '' } }],
      ['response.reasoning_summary_text.delta', { ...summaryAt, delta: SUMMARY.slice(0, 20) }],
      ['response.reasoning_summary_text.delta', { ...summaryAt, delta: SUMMARY.slice(20) }],
      ['response.reasoning_summary_text.done', { ...summaryAt, text: SUMMARY }],
      ['response.reasoning_summary_part.done', { ...summaryAt, part: { type: 'summary_text', text: SUMMARY } }],
      ['response.output_item.done', { output_index: 0, item: reasoning }],
      ['response.output_item.added', { output_index: 1, item: { ...message, status: 'in_progress', content: [] } }],
      ['response.content_part.added', { ...at, part: { type: 'output_text', text: '', annotations: [], logprobs: [] } }],
      ['response.output_text.delta', { ...at, delta: text.slice(0, 10), logprobs: [] }],
      ['response.output_text.delta', { ...at, delta: text.slice(10), logprobs: [] }],
      ['response.output_text.annotation.added', { ...at, annotation_index: 0, annotation: ANNOTATION }],
      ['response.output_text.done', { ...at, text, logprobs: [] }],
      ['response.content_part.done', { ...at, part: message.content[0] }],
      ['response.output_item.done', { output_index: 1, item: message }],
      ['response.completed', { response: final }],
    ],
    { sequence: true },
  );
}

/** A plain completed answer to the last user text (no reasoning), kept upstream for its key unless store: false. */
function plainAnswer(n: number, body: any): Record<string, any> {
  return completedResponse(n, body, {
    output: [{ id: `msg_${n}`, type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: `Answer #${n} to: ${lastUserText(body.input)}`, annotations: [], logprobs: [] }] }],
    usage: { input_tokens: 12, input_tokens_details: { cached_tokens: 0 }, output_tokens: 9, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 21 },
  });
}

beforeAll(async () => {
  upstream = await new ScriptedUpstream((call, response, n) => {
    const deleted = /^\/v1\/responses\/(resp_\w+)$/.exec(call.path);
    if (deleted && call.method === 'DELETE') {
      // Like OpenAI: a stored response can be deleted; its id (and its items) are then gone.
      const kept = keptItems.get(keyOf(call));
      if (!kept?.delete(deleted[1]!)) return sendJson(response, 404, { error: { message: `Response with id '${deleted[1]}' not found.`, type: 'invalid_request_error', param: null, code: null } });
      return sendJson(response, 200, { id: deleted[1], object: 'response', deleted: true });
    }
    if (call.path !== '/v1/responses' || call.method !== 'POST') return sendJson(response, 404, { error: { message: `no ${call.path}`, type: 'invalid_request_error', param: null, code: null } });
    const body = call.body;
    if (typeof body.previous_response_id === 'string' && !keptItems.get(keyOf(call))?.has(body.previous_response_id)) {
      return sendJson(response, 404, { error: { message: `Previous response with id '${body.previous_response_id}' not found.`, type: 'invalid_request_error', param: 'previous_response_id', code: 'previous_response_not_found' } });
    }
    // Like OpenAI: an item_reference must name an item this key's earlier stored responses produced.
    for (const item of Array.isArray(body.input) ? body.input : []) {
      if (item.type === 'item_reference' && !keptItems.get(keyOf(call))?.has(item.id)) {
        return sendJson(response, 404, { error: { message: `Item with id '${item.id}' not found.`, type: 'invalid_request_error', param: 'input', code: null } });
      }
    }
    const final = String(body.model).startsWith('o4') ? reasoningAnswer(n, body) : plainAnswer(n, body);
    if (body.store !== false) {
      const kept = keptItems.get(keyOf(call)) ?? new Set<string>();
      for (const item of final.output) kept.add(item.id);
      kept.add(final.id);
      keptItems.set(keyOf(call), kept);
    }
    if (body.stream === true) return streamAnswer(response, final);
    sendJson(response, 200, final);
  }).start();
  proxy = await startProxy(upstream.asMock(), {
    routes: [{ name: 'shared', match: { pathPrefix: '/shared' }, share: true }],
  });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const question = (text = 'What is the capital of France?') => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;

describe('a streamed HIT of a reasoning answer with citations, through the Vercel AI SDK', () => {
  it('gives the same text, finish reason and usage as the MISS (conforms)', async () => {
    const model = createOpenAI({ apiKey: 'sk-a11-one', baseURL: proxy.baseURL })('o4-mini');
    const prompt = question();
    const miss = streamText({ model, prompt, maxRetries: 0 });
    const missText = await miss.text;
    expect((await miss.response).headers?.['x-cache-status']).toBe('MISS');
    const hit = streamText({ model, prompt, maxRetries: 0 });
    expect(await hit.text).toBe(missText);
    expect((await hit.response).headers?.['x-cache-status']).toBe('HIT');
    expect(await hit.finishReason).toBe(await miss.finishReason);
    expect((await hit.usage).outputTokens).toBe((await miss.usage).outputTokens);
  });

  // responses-replay.ts replays a `reasoning` item as output_item.added + output_item.done only: no
  // response.reasoning_summary_part.added / reasoning_summary_text.delta events, which are where
  // @ai-sdk/openai reads the summary from (reasoning-delta). README: "streamText behave[s] as on a miss".
  it('gives the same reasoning summary (reasoningText) on the streamed HIT as on the MISS', async () => {
    const model = createOpenAI({ apiKey: 'sk-a11-one', baseURL: proxy.baseURL })('o4-mini');
    const prompt = question('Which city is the capital of France?');
    const miss = streamText({ model, prompt, maxRetries: 0 });
    await miss.text;
    expect(await miss.reasoningText).toBe(SUMMARY);
    const hit = streamText({ model, prompt, maxRetries: 0 });
    await hit.text;
    expect((await hit.response).headers?.['x-cache-status']).toBe('HIT');
    expect(await hit.reasoningText).toBe(SUMMARY);
  });

  // responses-replay.ts never emits response.output_text.annotation.added: @ai-sdk/openai turns those events
  // into `source` parts (and text-end citations); a streamed HIT has none. (JSON hits keep them: the SDK reads
  // them from the output item there.)
  it('gives the same url_citation sources on the streamed HIT as on the MISS', async () => {
    const model = createOpenAI({ apiKey: 'sk-a11-one', baseURL: proxy.baseURL })('o4-mini');
    const prompt = question('Name the capital of France, with a source');
    const miss = streamText({ model, prompt, maxRetries: 0 });
    await miss.text;
    const missSources = (await miss.sources).map((source) => (source.sourceType === 'url' ? source.url : source.title));
    expect(missSources).toEqual([ANNOTATION.url]);
    const hit = streamText({ model, prompt, maxRetries: 0 });
    await hit.text;
    expect((await hit.response).headers?.['x-cache-status']).toBe('HIT');
    expect((await hit.sources).map((source) => (source.sourceType === 'url' ? source.url : source.title))).toEqual(missSources);
  });

  it('keeps reasoning and sources on a JSON HIT through generateText (conforms)', async () => {
    const model = createOpenAI({ apiKey: 'sk-a11-one', baseURL: proxy.baseURL })('o4-mini');
    const prompt = question('Tell me the capital city of France');
    const miss = await generateText({ model, prompt, maxRetries: 0 });
    const hit = await generateText({ model, prompt, maxRetries: 0 });
    expect(hit.response.headers?.['x-cache-status']).toBe('HIT');
    expect(hit.text).toBe(miss.text);
    expect(hit.reasoningText).toBe(miss.reasoningText);
    expect(hit.sources.length).toBe(miss.sources.length);
  });
});

describe('openai-node responses.stream() on a streamed HIT', () => {
  // The same gap seen from openai-node: an app that renders the reasoning summary or citations from the stream's
  // events (the documented way to show them live) gets none on a HIT.
  it('emits the reasoning summary delta and annotation events it emitted on the MISS', async () => {
    const client = new OpenAI({ apiKey: 'sk-a11-one', baseURL: proxy.baseURL, maxRetries: 0 });
    const input = question('What is the capital of France, briefly?');
    const typesOf = async () => {
      const stream = client.responses.stream({ model: 'o4-mini', input });
      const types: string[] = [];
      for await (const event of stream) types.push(event.type);
      // Runs of deltas collapsed: how a text is cut into deltas is pacing, not content (a hit cuts its own).
      return types.filter((type) => type.includes('reasoning_summary') || type.includes('annotation')).filter((type, index, all) => !(type.endsWith('.delta') && all[index - 1] === type));
    };
    const missTypes = await typesOf();
    expect(missTypes.length).toBeGreaterThan(0);
    expect(await typesOf()).toEqual(missTypes);
  });
});

describe('a store: true conversation (the AI SDK default) after a HIT with fresh ids', () => {
  // README: routes with `share: true` "always get fresh ids" on hits. But the replayed output items keep the
  // original `msg_…` ids of the key that stored the entry; @ai-sdk/openai (store defaults to true) sends an
  // earlier assistant turn back as `{type:"item_reference", id}`, which the upstream refuses for another key:
  // the second turn of every conversation that started with a shared HIT fails with a 404.
  // Fixed by serving a request that keeps its ids (store: true) only an entry whose ids its key can use: bob's
  // first turn is answered for bob (a MISS), and a store: false request still shares alice's answer.
  it('lets the second turn of a conversation succeed on a share: true route, where another key stored the answer', async () => {
    const base = `${proxy.origin}/shared/v1`;
    const alice = createOpenAI({ apiKey: 'sk-a11-alice', baseURL: base })('gpt-4o-mini');
    const bob = createOpenAI({ apiKey: 'sk-a11-bob', baseURL: base })('gpt-4o-mini');
    const prompt = question('Suggest a name for a cat');
    const first = await generateText({ model: alice, prompt, maxRetries: 0 });
    expect(first.response.headers?.['x-cache-status']).toBe('MISS');
    const bobUnstored = await generateText({ model: bob, prompt, maxRetries: 0, providerOptions: { openai: { store: false } } });
    expect(bobUnstored.response.headers?.['x-cache-status']).toBe('HIT');
    const bobFirst = await generateText({ model: bob, prompt, maxRetries: 0 });
    expect(bobFirst.response.headers?.['x-cache-status']).toBe('MISS');
    // bob's own answer, kept upstream for his key, is served to him with its ids (the entry records its keeper).
    const bobAgain = await generateText({ model: bob, prompt, maxRetries: 0 });
    expect(bobAgain.response.headers?.['x-cache-status']).toBe('HIT');
    expect(bobAgain.response.id).toBe(bobFirst.response.id);
    const second = await generateText({ model: bob, messages: [{ role: 'user', content: prompt }, ...bobFirst.response.messages, { role: 'user', content: 'And one for a dog?' }], maxRetries: 0 }).catch((error: Error) => error);
    expect(second).not.toBeInstanceOf(Error);
  });

  // The same on the default route for one key: an entry stored by a `store: false` request (store is outside the
  // partition) is served to a store: true request with a fresh resp_ id but the original, never-kept msg_ id.
  it('lets the second turn succeed when the first turn matched an entry stored by a store: false request of the same key', async () => {
    const openai = createOpenAI({ apiKey: 'sk-a11-carol', baseURL: proxy.baseURL });
    const prompt = question('Suggest a name for a goldfish');
    const first = await generateText({ model: openai('gpt-4o-mini'), prompt, maxRetries: 0, providerOptions: { openai: { store: false } } });
    expect(first.response.headers?.['x-cache-status']).toBe('MISS');
    const hit = await generateText({ model: openai('gpt-4o-mini'), prompt, maxRetries: 0 });
    expect(hit.response.headers?.['x-cache-status']).toBe('MISS');
    const second = await generateText({ model: openai('gpt-4o-mini'), messages: [{ role: 'user', content: prompt }, ...hit.response.messages, { role: 'user', content: 'And one for a turtle?' }], maxRetries: 0 }).catch((error: Error) => error);
    expect(second).not.toBeInstanceOf(Error);
  });

  it('works when the first turn hit an entry this key stored upstream (original ids: conforms)', async () => {
    const openai = createOpenAI({ apiKey: 'sk-a11-dave', baseURL: proxy.baseURL });
    const prompt = question('Suggest a name for a hamster');
    await generateText({ model: openai('gpt-4o-mini'), prompt, maxRetries: 0 });
    const hit = await generateText({ model: openai('gpt-4o-mini'), prompt, maxRetries: 0 });
    expect(hit.response.headers?.['x-cache-status']).toBe('HIT');
    const second = await generateText({ model: openai('gpt-4o-mini'), messages: [{ role: 'user', content: prompt }, ...hit.response.messages, { role: 'user', content: 'And one for a rabbit?' }], maxRetries: 0 });
    expect(second.text).toContain('And one for a rabbit?');
  });
});

describe('a stored response deleted through the proxy', () => {
  // README (Responses, Ids): a hit returns the original resp_ id so that `responses.retrieve(id)` and
  // `previous_response_id: id` work on it. `DELETE /v1/responses/{id}` passes through to the upstream, but the
  // entry holding that id stays: the next HIT hands out the deleted id (and the deleted answer, which the user
  // asked the provider to forget), and a conversation continued from it fails with previous_response_not_found.
  // Fixed: the entry goes with the answer (only the deleting key's entry: CacheEntry.keeper).
  it('is not handed out again by a HIT, so previous_response_id on the answer keeps working', async () => {
    const client = new OpenAI({ apiKey: 'sk-a11-erin', baseURL: proxy.baseURL, maxRetries: 0 });
    const input = question('Summarise my medical history');
    const first = await client.responses.create({ model: 'gpt-4o-mini', input }).withResponse();
    expect(first.response.headers.get('x-cache-status')).toBe('MISS');
    expect((await client.responses.create({ model: 'gpt-4o-mini', input }).withResponse()).response.headers.get('x-cache-status')).toBe('HIT');
    await client.responses.delete(first.data.id);
    await eventually(async () => (await proxy.semcache.store.get(first.response.headers.get('x-cache-key')!)) === undefined, 5_000, 'the entry forgotten');
    const again = await client.responses.create({ model: 'gpt-4o-mini', input }).withResponse();
    expect(again.response.headers.get('x-cache-status')).toBe('MISS');
    const next = await client.responses
      .create({ model: 'gpt-4o-mini', input: 'And in one sentence?', previous_response_id: again.data.id })
      .then(() => 'answered', (error: InstanceType<typeof OpenAI.APIError>) => `${error.status}`);
    expect({ id: again.data.id === first.data.id ? 'the deleted id' : 'another id', next }).toEqual({ id: 'another id', next: 'answered' });
  });

  it("leaves the entry when another key's DELETE of the id fails upstream", async () => {
    const owner = new OpenAI({ apiKey: 'sk-a11-frank', baseURL: proxy.baseURL, maxRetries: 0 });
    const other = new OpenAI({ apiKey: 'sk-a11-grace', baseURL: proxy.baseURL, maxRetries: 0 });
    const input = question('Draft my resignation letter');
    const first = await owner.responses.create({ model: 'gpt-4o-mini', input }).withResponse();
    await other.responses.delete(first.data.id).catch(() => undefined);
    expect(await proxy.semcache.store.get(first.response.headers.get('x-cache-key')!)).toBeDefined();
    expect((await owner.responses.create({ model: 'gpt-4o-mini', input }).withResponse()).response.headers.get('x-cache-status')).toBe('HIT');
  });
});
