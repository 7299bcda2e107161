import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { ScriptedUpstream, sendJson } from '../helpers/scripted-upstream.ts';

/**
 * The cache's side of a DELETE of a kept answer (app.ts onAnswerDeleted) never changes the client's answer. Review
 * of session 11: the answer id was decoded a second time, so an id with "%25" in its path threw and a DELETE the
 * upstream had done was answered 500.
 */
let upstream: ScriptedUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new ScriptedUpstream((call, response) => {
    if (call.method === 'DELETE') return sendJson(response, 200, { id: call.path.split('/').at(-1), object: 'response', deleted: true });
    sendJson(response, 404, { error: { message: 'no such path', type: 'invalid_request_error', param: null, code: null } });
  }).start();
  proxy = await startProxy(upstream.asMock());
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

describe('a DELETE of a kept answer, passed through', () => {
  it.each(['resp_abc%25zz', 'resp_%2541', 'chatcmpl-1%E2%82%AC'])('answers the upstream\'s 200 for %s, whatever the cache does with it', async (id) => {
    const path = id.startsWith('chatcmpl') ? `chat/completions/${id}` : `responses/${id}`;
    const answer = await fetch(`${proxy.baseURL}/${path}`, { method: 'DELETE', headers: { authorization: 'Bearer sk-delete' } });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { deleted: boolean }).deleted).toBe(true);
  });
});
