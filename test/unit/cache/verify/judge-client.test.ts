import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JudgeClient, parseJudgeReply } from '../../../../src/cache/verify/judge-client.ts';
import { MockUpstream } from '../../../helpers/mock-upstream.ts';
import { upstreamIdentity } from '../../../../src/upstream/caller-credential.ts';

const JUDGE = 'judge-mini';
let upstream: MockUpstream;

beforeAll(async () => {
  upstream = await new MockUpstream({ judgeModel: JUDGE }).start();
});
afterAll(async () => {
  await upstream?.stop();
});

const client = (options: { apiKey?: string; timeoutMs?: number } = {}) => new JudgeClient({ baseUrl: upstream.baseUrl, model: JUDGE, timeoutMs: options.timeoutMs ?? 5_000, apiKey: options.apiKey });

describe('JudgeClient', () => {
  it('asks for a one-token yes/no at temperature 0 with both texts as JSON strings, and reads yes with its usage', async () => {
    upstream.enqueueJudge({ reply: 'Yes' });
    const before = upstream.judgeCalls.length;
    const answer = await client().ask('how do I "reset" my password', 'password reset steps\nplease', { authorization: 'Bearer sk-caller' });
    expect(answer).toEqual({ kind: 'yes', usage: { promptTokens: 120, completionTokens: 1 } });
    const call = upstream.judgeCalls[before]!;
    expect(call.body).toMatchObject({ model: JUDGE, temperature: 0, max_tokens: 1, stream: false });
    const prompt: string = call.body.messages[1].content;
    expect(prompt).toContain(JSON.stringify('how do I "reset" my password'));
    expect(prompt).toContain(JSON.stringify('password reset steps\nplease'));
  });

  it("uses the caller's credentials when no key is configured and the caller sent them to this base URL, and the configured key instead of them when one is", async () => {
    upstream.enqueueJudge({ reply: 'no' }, { reply: 'no' }, { reply: 'no' });
    const before = upstream.judgeCalls.length;
    const audience = upstreamIdentity(upstream.baseUrl);
    expect((await client().ask('a', 'b', { authorization: 'Bearer sk-caller', audience })).kind).toBe('no');
    expect((await client({ apiKey: 'sk-judge' }).ask('a', 'b', { authorization: 'Bearer sk-caller', audience })).kind).toBe('no');
    expect((await client().ask('a', 'b', { authorization: 'Bearer sk-ant-caller', audience: 'https://api.anthropic.com/v1' })).kind).toBe('no');
    expect(upstream.judgeCalls.slice(before).map((call) => call.headers.authorization)).toEqual(['Bearer sk-caller', 'Bearer sk-judge', undefined]);
  });

  it('answers timeout when the judge is slower than its budget', async () => {
    upstream.enqueueJudge({ reply: 'yes', delayMs: 2_000 });
    expect(await client({ timeoutMs: 100 }).ask('a', 'b', {})).toEqual({ kind: 'timeout' });
  });

  it('answers error with the status and without the upstream message (it can quote the key)', async () => {
    upstream.enqueueJudge({ status: 401 });
    const answer = await client().ask('a', 'b', { authorization: 'Bearer sk-test-key-one' });
    expect(answer).toEqual({ kind: 'error', status: 401 });
    expect(JSON.stringify(answer)).not.toContain('sk-');
  });

  it('answers error when the judge is unreachable', async () => {
    const unreachable = new JudgeClient({ baseUrl: 'http://127.0.0.1:1/v1', model: JUDGE, timeoutMs: 5_000 });
    expect(await unreachable.ask('a', 'b', {})).toEqual({ kind: 'error' });
  });
});

describe('parseJudgeReply', () => {
  const reply = (content: unknown) => ({ choices: [{ message: { content } }], usage: { prompt_tokens: 50, completion_tokens: 1 } });

  it.each([
    ['yes', 'yes'],
    [' Yes.', 'yes'],
    ['**YES**', 'yes'],
    ['"no"', 'no'],
    ['No, they differ', 'no'],
    ['Nope', 'unclear'],
    ['yesterday', 'unclear'],
    ['Maybe', 'unclear'],
    ['', 'unclear'],
    [null, 'unclear'],
  ])('reads %j as %s', (content, kind) => {
    expect(parseJudgeReply(reply(content))).toEqual({ kind, usage: { promptTokens: 50, completionTokens: 1 } });
  });

  it('survives a body that is not a chat completion', () => {
    expect(parseJudgeReply(null)).toEqual({ kind: 'unclear', usage: { promptTokens: 0, completionTokens: 0 } });
    expect(parseJudgeReply({ choices: 'x', usage: { prompt_tokens: -3 } })).toEqual({ kind: 'unclear', usage: { promptTokens: 0, completionTokens: 0 } });
  });
});
