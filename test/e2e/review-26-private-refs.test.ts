import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 26, a hostile helper's findings. On a route whose tenant holds several keys (`share`), a request naming an
 * object its key keeps upstream (a previous response, a file) was served to another key, which the upstream would
 * have refused (404): now such an entry is its key's alone. A `file_search` tool's vector stores change under their
 * ids, like a code interpreter's container: such a request is bypassed.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, { routes: [{ name: 'shared', match: { pathPrefix: '/shared' }, share: true }] });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const tag = () => `${++unique}${Math.random().toString(36).slice(2, 6)}`;

async function respond(client: OpenAI, body: Record<string, unknown>) {
  const { response } = await client.responses.create({ model: 'gpt-4o-mini', store: false, ...body } as never).withResponse();
  return response.headers.get('x-cache-status');
}

describe('a shared route and objects a key keeps upstream', () => {
  it("does not serve one key's continuation of its previous response to another key", async () => {
    const [alice, bob] = [proxy.client({ apiKey: 'sk-alice', route: 'shared' }), proxy.client({ apiKey: 'sk-bob', route: 'shared' })];
    const first = await alice.responses.create({ model: 'gpt-4o-mini', input: `My PIN is 4821. Remember it. ${tag()}` });
    const body = { input: `What did I tell you? ${tag()}`, previous_response_id: first.id };
    expect(await respond(alice, body)).toBe('MISS');
    expect(await respond(bob, body)).toBe('MISS');
    expect(await respond(alice, body)).toBe('HIT');
  });

  it("does not serve one key's question about its uploaded file to another key", async () => {
    const [alice, bob] = [proxy.client({ apiKey: 'sk-alice', route: 'shared' }), proxy.client({ apiKey: 'sk-bob', route: 'shared' })];
    const input = [{ role: 'user', content: [{ type: 'input_text', text: `Summarize this file ${tag()}` }, { type: 'input_file', file_id: `file-${tag()}` }] }];
    expect(await respond(alice, { input })).toBe('MISS');
    expect(await respond(bob, { input })).toBe('MISS');
  });

  it('still shares an answer that names no such object', async () => {
    const [alice, bob] = [proxy.client({ apiKey: 'sk-alice', route: 'shared' }), proxy.client({ apiKey: 'sk-bob', route: 'shared' })];
    const body = { input: `What is the capital of France? ${tag()}` };
    expect(await respond(alice, body)).toBe('MISS');
    expect(await respond(bob, body)).toBe('HIT');
  });
});

describe('a file_search tool over vector stores', () => {
  it('is bypassed, as a code interpreter container is', async () => {
    const client = proxy.client({ apiKey: `sk-${tag()}` });
    const body = { input: `What does the handbook say about leave? ${tag()}`, tools: [{ type: 'file_search', vector_store_ids: ['vs_1'] }] };
    expect(await respond(client, body)).toBe('BYPASS');
    expect(await respond(client, body)).toBe('BYPASS');
  });
});
