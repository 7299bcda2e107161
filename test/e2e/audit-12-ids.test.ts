import Anthropic from '@anthropic-ai/sdk';
import { createOpenAI } from '@ai-sdk/openai';
import { generateText } from 'ai';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { KeyedUpstream } from './audit-12-keyed-upstream.ts';

/**
 * Audit 12: which ids a HIT carries since entries record their `keeper` (8d812db). DESIGN.md §6 "Ids", README
 * "A cached answer is the upstream's completion with a fresh id …": a store: true request is served only an entry
 * whose answer its own key had the upstream keep; never another key's ids (or, on routes that do not share, another
 * key's answer at all); a store: false request is served any entry of its partition with fresh ids.
 */

let upstream: KeyedUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new KeyedUpstream().start();
  proxy = await startProxy({ baseUrl: upstream.baseUrl } as never, {
    defaults: { threshold: { local: 0.85 } },
    routes: [
      { name: 'shared', match: { pathPrefix: '/shared' }, share: true },
      { name: 'gateway', match: { pathPrefix: '/gateway' }, tenantHeader: 'X-Tenant', trustTenantHeader: true },
      { name: 'shadowed', match: { pathPrefix: '/shadowed' }, share: true, mode: 'shadow' },
    ],
  });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const tag = () => `${++unique}${Math.random().toString(36).slice(2, 6)}`;
/** Until every write started after a MISS has landed (read-your-writes holds anyway; this keeps counts simple). */
const settled = () => eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');

function client(apiKey: string, route?: string, headers?: Record<string, string>): OpenAI {
  return proxy.client({ apiKey, route, headers });
}

async function respond(openai: OpenAI, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const { data, response } = await openai.responses.create({ model: 'gpt-4o-mini', ...body } as never, { headers }).withResponse();
  const result = data as unknown as OpenAI.Responses.Response;
  return { id: result.id, text: result.output_text, itemIds: result.output.map((item) => (item as { id?: string }).id), status: response.headers.get('x-cache-status'), match: response.headers.get('x-cache-match'), explain: response.headers.get('x-cache-explain'), similarity: response.headers.get('x-cache-similarity') };
}

async function chat(openai: OpenAI, content: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const { data, response } = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }], ...extra } as never, { headers }).withResponse();
  const completion = data as unknown as OpenAI.Chat.ChatCompletion;
  return { id: completion.id, text: completion.choices[0]!.message.content, status: response.headers.get('x-cache-status'), match: response.headers.get('x-cache-match') };
}

/** What the upstream says when `apiKey` continues from response `id` (the AI SDK / openai-node next turn). */
async function nextTurn(apiKey: string, id: string, route?: string): Promise<string> {
  return client(apiKey, route)
    .responses.create({ model: 'gpt-4o-mini', input: `Continue ${tag()}`, previous_response_id: id })
    .then(() => 'answered', (error: InstanceType<typeof OpenAI.APIError>) => `${error.status}`);
}

describe('(1) routes that do not share: another key never gets ids or answers', () => {
  it('chat store: true and store: false, exact: each key gets its own answer and its own id (conforms)', async () => {
    const text = `What is the tallest mountain in Europe? (${tag()})`;
    const alice = await chat(client('sk-a12-alice'), text, { store: true });
    await settled();
    const bobStored = await chat(client('sk-a12-bob'), text, { store: true });
    await settled();
    const bobUnstored = await chat(client('sk-a12-bob'), text, { store: false });
    expect([alice.status, bobStored.status]).toEqual(['MISS', 'MISS']);
    expect(bobStored.id).not.toBe(alice.id);
    expect(bobStored.text).not.toBe(alice.text);
    expect(bobUnstored.status).toBe('HIT'); // bob's own entry
    expect(bobUnstored.text).toBe(bobStored.text);
    expect(bobUnstored.id).not.toBe(bobStored.id); // store: false → fresh id
  });

  it('responses, semantic (a paraphrase of another key\'s prompt): MISS, then the key\'s own id continues (conforms)', async () => {
    const text = `What is the capital of France (${tag()})`;
    const alice = await respond(client('sk-a12-alice'), { input: `${text}?` });
    await settled();
    const bob = await respond(client('sk-a12-bob'), { input: text });
    expect([alice.status, bob.status]).toEqual(['MISS', 'MISS']);
    expect(bob.text).not.toBe(alice.text);
    expect(await nextTurn('sk-a12-bob', bob.id)).toBe('answered');
  });
});

describe('(2) share: true route, store: true requests', () => {
  it('another key\'s store: true request is answered for its key, and continues; store: false shares with fresh ids (conforms)', async () => {
    const input = `Suggest a name for a parrot (${tag()})`;
    const alice = await respond(client('sk-a12-alice', 'shared'), { input });
    await settled();
    const bob = await respond(client('sk-a12-bob', 'shared'), { input });
    await settled();
    const carol = await respond(client('sk-a12-carol', 'shared'), { input, store: false });
    expect([alice.status, bob.status, carol.status]).toEqual(['MISS', 'MISS', 'HIT']);
    expect(bob.id).not.toBe(alice.id);
    expect(await nextTurn('sk-a12-bob', bob.id, 'shared')).toBe('answered');
    expect([alice.id, bob.id]).not.toContain(carol.id);
    // Its output items' ids are fresh too, shaped as the upstream's (a hostile tester, session 36).
    expect(carol.itemIds.some((id) => [...alice.itemIds, ...bob.itemIds].includes(id))).toBe(false);
    expect(carol.itemIds).toEqual([expect.stringMatching(/^msg_[0-9a-f]{48}$/)]);
  });

  it('finds the key\'s own semantic entry behind another key\'s nearer one (accept passes over, conforms)', async () => {
    const base = `What is the capital of Peru (${tag()})`;
    const alice = await respond(client('sk-a12-alice', 'shared'), { input: `${base}?` });
    await settled();
    const bob = await respond(client('sk-a12-bob', 'shared'), { input: base });
    await settled();
    const bobAgain = await respond(client('sk-a12-bob', 'shared'), { input: `${base}.` });
    expect([alice.status, bob.status, bobAgain.status]).toEqual(['MISS', 'MISS', 'HIT']);
    expect(bobAgain.match).toBe('semantic');
    expect(bobAgain.id).toBe(bob.id);
    expect(await nextTurn('sk-a12-bob', bobAgain.id, 'shared')).toBe('answered');
  });

  // On a share route a store: true request's entry id holds its key (KeyScope.keeper): another key's identical
  // in-flight call is no leader to wait for, since its ids would not be this key's.
  it('does not make another key\'s store: true request wait for, or take, a key\'s in-flight call (share route)', async () => {
    const input = `Suggest a name for a ferret (${tag()})`;
    upstream.hold();
    const leader = respond(client('sk-a12-alice', 'shared'), { input });
    await eventually(() => upstream.posts.some((call) => call.body?.input === input), 5_000, 'leader upstream call');
    const follower = respond(client('sk-a12-bob', 'shared'), { input });
    await eventually(() => upstream.posts.filter((call) => call.body?.input === input).length === 2, 5_000, "bob's own upstream call");
    expect(proxy.semcache.coalescer.waiting).toBe(0);
    upstream.release();
    const [a, b] = await Promise.all([leader, follower]);
    expect(a.status).toBe('MISS');
    expect(b.id).not.toBe(a.id);
    expect(await nextTurn('sk-a12-bob', b.id, 'shared')).toBe('answered');
  });

  it('a coalesced follower of the same key\'s in-flight call gets the original id (conforms)', async () => {
    const input = `Suggest a name for a gecko (${tag()})`;
    upstream.hold();
    const leader = respond(client('sk-a12-alice', 'shared'), { input });
    await eventually(() => upstream.posts.some((call) => call.body?.input === input), 5_000, 'leader upstream call');
    const follower = respond(client('sk-a12-alice', 'shared'), { input });
    await eventually(() => proxy.semcache.coalescer.waiting > 0, 5_000, 'follower waiting');
    upstream.release();
    const [a, b] = await Promise.all([leader, follower]);
    expect([a.status, b.status, b.match]).toEqual(['MISS', 'HIT', 'coalesced']);
    expect(b.id).toBe(a.id);
  });

  it('X-Cache-Threshold at the route minimum does not widen what a store: true request may be served (conforms)', async () => {
    const base = `What is the capital of Chile (${tag()})`;
    const alice = await respond(client('sk-a12-alice', 'shared'), { input: `${base}?` });
    await settled();
    const bob = await respond(client('sk-a12-bob', 'shared'), { input: base }, { 'X-Cache-Threshold': '0.8' });
    expect([alice.status, bob.status]).toEqual(['MISS', 'MISS']);
    expect(await nextTurn('sk-a12-bob', bob.id, 'shared')).toBe('answered');
  });

  it('REFRESH by one key, then another key\'s store: true request: not served the refreshed ids (conforms)', async () => {
    const input = `Suggest a name for a hedgehog (${tag()})`;
    const alice = await respond(client('sk-a12-alice', 'shared'), { input }, { 'Cache-Control': 'no-cache' });
    await settled();
    const bob = await respond(client('sk-a12-bob', 'shared'), { input });
    expect([alice.status, bob.status]).toEqual(['REFRESH', 'MISS']);
    expect(await nextTurn('sk-a12-bob', bob.id, 'shared')).toBe('answered');
  });

  it('trusted tenant header: two keys of one tenant, store: true, never each other\'s ids (conforms)', async () => {
    const input = `Suggest a name for a llama (${tag()})`;
    const headers = { 'X-Tenant': 'acme' };
    const alice = await respond(client('sk-a12-alice', 'gateway', headers), { input });
    await settled();
    const bob = await respond(client('sk-a12-bob', 'gateway', headers), { input });
    await settled();
    const bobAgain = await respond(client('sk-a12-bob', 'gateway', headers), { input });
    expect([alice.status, bob.status, bobAgain.status]).toEqual(['MISS', 'MISS', 'HIT']);
    expect(bobAgain.id).toBe(bob.id);
  });

  it('shadow mode never serves, whatever the keeper (conforms)', async () => {
    const input = `Suggest a name for a pony (${tag()})`;
    const alice = await respond(client('sk-a12-alice', 'shadowed'), { input });
    await settled();
    const again = await respond(client('sk-a12-alice', 'shadowed'), { input });
    expect([alice.status, again.status]).toEqual(['MISS', 'MISS']);
    expect(again.id).not.toBe(alice.id);
  });

  // README: "An entry the caller cannot use is passed over …; when none is left the request is answered by the
  // upstream (a MISS), whose answer is stored for its key." The entry id is a digest of the partition and the text,
  // and on a share route the partition has no key in it: bob's answer is written over alice's. Two keys asking
  // the same thing in turn (the AI SDK's default is store: true) evict each other: every request is a MISS.
  it('keeps serving a key its own stored answer after another key stored one for the same prompt (share route)', async () => {
    const input = `Suggest a name for a tortoise (${tag()})`;
    const statuses: Array<string | null> = [];
    for (let round = 0; round < 2; round++) {
      for (const key of ['sk-a12-alice', 'sk-a12-bob']) {
        statuses.push((await respond(client(key, 'shared'), { input })).status);
        await settled();
      }
    }
    expect(statuses).toEqual(['MISS', 'MISS', 'HIT', 'HIT']);
  });
});

describe('(1) share route: a continuation of another key\'s stored conversation', () => {
  // README: `previous_response_id` is in the partition, and `share: true` lets keys share entries. But the
  // upstream answers a previous_response_id only for the key (project) that stored it: bob, who cannot read alice's
  // conversation, asks with her response id and store: false and is served the cached continuation of it, where
  // the upstream would have answered 404. Arguable (the route says share), so Low. Fixed in session 26: a request
  // that names a stored response, item, file or vector store carries its key's keyed hash in its partition
  // (src/cache/private-refs.ts), so bob's request misses and the upstream answers him.
  it('answers bob as the upstream would (404) when he continues alice\'s response on a share route', async () => {
    const first = await respond(client('sk-a12-alice', 'shared'), { input: `My account number is 4411 (${tag()})` });
    const input = `What is my account number? (${tag()})`;
    const alice = await respond(client('sk-a12-alice', 'shared'), { input, previous_response_id: first.id });
    await settled();
    const bob = await client('sk-a12-bob', 'shared')
      .responses.create({ model: 'gpt-4o-mini', input, previous_response_id: first.id, store: false })
      .withResponse()
      .then(({ data, response }) => ({ status: response.headers.get('x-cache-status'), text: data.output_text }), (error: InstanceType<typeof OpenAI.APIError>) => ({ status: `${error.status}`, text: '' }));
    expect(alice.status).toBe('MISS');
    expect(bob).toEqual({ status: '404', text: '' });
  });
});

describe('(1) share route: another key\'s output items passed back by id', () => {
  // A hostile tester (session 36): `input = [...input, ...response.output]` sends alice's output items with their
  // ids, which the upstream looks up in what her key stored. Bob sending the same body with store: false was served
  // alice's cached answer where the upstream would have answered him 404.
  it('answers bob as the upstream would (404) when he sends alice\'s output items with their ids', async () => {
    const question = `Pick a number (${tag()})`;
    const { data: first } = await client('sk-a12-alice', 'shared').responses.create({ model: 'gpt-4o-mini', input: question }).withResponse();
    const body = { model: 'gpt-4o-mini', store: false, input: [{ role: 'user', content: question }, ...first.output, { role: 'user', content: 'Double it.' }] };
    const alice = await client('sk-a12-alice', 'shared').responses.create(body as never).withResponse();
    await settled();
    const bob = await client('sk-a12-bob', 'shared')
      .responses.create(body as never)
      .withResponse()
      .then(({ response }) => response.headers.get('x-cache-status'), (error: InstanceType<typeof OpenAI.APIError>) => `${error.status}`);
    expect(alice.response.headers.get('x-cache-status')).toBe('MISS');
    expect(bob).toBe('404');
  });
});

describe('(5) explain and metrics with the accept predicate', () => {
  it('a store: false request on a share route gets the semantic HIT with its explanation and metric (conforms)', async () => {
    const base = `What is the capital of Norway (${tag()})`;
    await respond(client('sk-a12-alice', 'shared'), { input: `${base}?` });
    await settled();
    const hit = await respond(client('sk-a12-bob', 'shared'), { input: base, store: false }, { 'X-Cache-Explain': '1' });
    expect([hit.status, hit.match]).toEqual(['HIT', 'semantic']);
    expect(hit.explain).toMatch(/^similarity=[01]\.\d{4}; same/);
    const metrics = await (await fetch(`${proxy.origin}/metrics`)).text();
    expect(metrics).toMatch(/semcache_requests_total\{[^}]*route="shared"[^}]*status="HIT"[^}]*\} [1-9]/);
  });

  it('a store: true request passed over another key\'s identical entry explains a MISS and reports the similarity (conforms)', async () => {
    const input = `What is the capital of Sweden (${tag()})?`;
    await respond(client('sk-a12-alice', 'shared'), { input });
    await settled();
    const miss = await respond(client('sk-a12-bob', 'shared'), { input }, { 'X-Cache-Explain': '1' });
    expect(miss.status).toBe('MISS');
    expect(miss.similarity).toBe('1.0000');
    expect(miss.explain).toBe('similarity=1.0000; no-servable-candidate');
  });
});

describe('(2) AI SDK default (store: true) on a share route, second turn', () => {
  it('the second turn after bob\'s first turn (alice stored the same prompt) succeeds (conforms)', async () => {
    const base = `${proxy.origin}/shared/v1`;
    const alice = createOpenAI({ apiKey: 'sk-a12-alice', baseURL: base })('gpt-4o-mini');
    const bob = createOpenAI({ apiKey: 'sk-a12-bob', baseURL: base })('gpt-4o-mini');
    const prompt = `Suggest a name for a canary (${tag()})`;
    await generateText({ model: alice, prompt, maxRetries: 0 });
    await settled();
    const first = await generateText({ model: bob, prompt, maxRetries: 0 });
    const second = await generateText({ model: bob, messages: [{ role: 'user', content: prompt }, ...first.response.messages, { role: 'user', content: 'And one for a finch?' }], maxRetries: 0 }).then(() => 'answered', (error: Error) => error.message);
    expect(second).toBe('answered');
  });
});

describe('(7) Anthropic routes keep no ids', () => {
  let mock: MockUpstream;
  let claude: RunningProxy;
  beforeAll(async () => {
    mock = await new MockUpstream().start();
    claude = await startProxy(mock, { routes: [{ name: 'claude', match: { pathPrefix: '/claude' }, share: true, upstream: { baseUrl: mock.baseUrl, api: 'anthropic' } }] });
  });
  afterAll(async () => {
    await claude?.stop();
    await mock?.stop();
  });

  it('a share route serves another key\'s answer with a fresh message id (conforms)', async () => {
    const body = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: `Name a river in Spain (${tag()})` }] };
    const alice = await new Anthropic({ apiKey: 'sk-ant-a12-alice', baseURL: `${claude.origin}/claude`, maxRetries: 0 }).messages.create(body).withResponse();
    await eventually(() => claude.semcache.coalescer.size === 0, 5_000, 'cache writes');
    const bob = await new Anthropic({ apiKey: 'sk-ant-a12-bob', baseURL: `${claude.origin}/claude`, maxRetries: 0 }).messages.create(body).withResponse();
    expect([alice.response.headers.get('x-cache-status'), bob.response.headers.get('x-cache-status')]).toEqual(['MISS', 'HIT']);
    expect(bob.data.id).not.toBe(alice.data.id);
  });
});
