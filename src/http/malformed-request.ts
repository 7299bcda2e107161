import { RequestError } from '@hono/node-server';
import { ProxyError } from './proxy-error.ts';
import type { UpstreamApi } from '../config/config.ts';
import { refusalBody, refusalIdHeaders } from './refusal-shape.ts';
import { requestIdOf } from './request-id.ts';
import type { UncachedRecord } from './request-observer.ts';

/**
 * The answer to a request @hono/node-server cannot turn into a web `Request` (a raw `\` in the path, a bad Host
 * header), which never reaches the app: without this it is a bare 400 with no body and no `X-Request-Id`. An error
 * and an id as every other refusal has (DESIGN §2, §6); a raw backslash gets the canonical-path
 * error a percent-encoded one gets, and one log line (`onRefused`), like every other refusal. Its body takes the error
 * shape of the route the refused request's target names (`apiOfRefused`, read while the adapter handles that request:
 * it calls this handler before it awaits anything), OpenAI's where none does.
 */
export function malformedRequestAnswer(onRefused: (record: UncachedRecord) => void = () => {}, apiOfRefused: () => UpstreamApi | undefined = () => undefined): (error: unknown) => Response {
  return function answerMalformedRequest(error) {
    const requestId = requestIdOf(undefined);
    const refusal = !(error instanceof RequestError)
      ? new ProxyError(500, 'The proxy failed to handle this request.', { code: 'internal_error' })
      : /backslash/i.test(error.message)
        ? new ProxyError(400, 'Invalid request path: it contains a \\. Send the canonical /v1/... path.', { code: 'invalid_path' })
        : new ProxyError(400, `Malformed request: ${error.message.slice(0, 120)}.`, { code: 'invalid_request' });
    onRefused({ requestId, outcome: 'refused', status: refusal.status, reason: refusal.code ?? undefined, timings: { total: 0 } });
    const api = apiOfRefused();
    return refusal.getResponse(refusalIdHeaders(requestId, api), refusalBody(refusal, api));
  };
}
