import { anthropicErrorBody } from '../api/anthropic-messages/anthropic-error.ts';
import type { Route, UpstreamApi } from '../config/config.ts';
import { routeOfRawTarget } from '../routing/select-route.ts';
import type { ProxyError } from './proxy-error.ts';

/**
 * The API whose error shape a request refused before routing takes, from its request target as sent: the route whose
 * path prefix the target starts with (routing/select-route.ts `routeOfRawTarget`), undefined for the default route.
 */
export type ShapeOfTarget = (target: string) => UpstreamApi | undefined;

/** The ShapeOfTarget of `routes`: a target's path (absolute form read as its path) against their prefixes. */
export function shapeOfTarget(routes: readonly Route[]): ShapeOfTarget {
  return (target) => routeOfRawTarget(routes, pathOfTarget(target))?.upstreamApi;
}

/** A request target's path: the absolute form a client sends to a proxy ("http://host/claude/v1/messages") read as its path. */
export function pathOfTarget(target: string): string {
  const authority = ABSOLUTE_FORM.exec(target)?.[0];
  return authority === undefined ? target : target.slice(authority.length) || '/';
}

/** A refusal's id headers: `x-request-id`, and on an Anthropic route `request-id`, which `@anthropic-ai/sdk` reads. */
export function refusalIdHeaders(requestId: string, api: UpstreamApi | undefined): Record<string, string> {
  return api === 'anthropic' ? { 'x-request-id': requestId, 'request-id': requestId } : { 'x-request-id': requestId };
}

/** A refusal's body in `api`'s error shape: Anthropic's `{"type":"error","error":{…}}`, else OpenAI's `{"error":{…}}`. */
export function refusalBody(error: ProxyError, api: UpstreamApi | undefined): string {
  return api === 'anthropic' ? anthropicErrorBody(error) : error.body();
}

/**
 * The request target of the bytes Node's HTTP parser refused (`error.rawPacket`, the chunk it was parsing), where they
 * open with a request line ("POST /claude/v1/messages HTTP/1.1"); undefined otherwise (a later chunk of the request,
 * as headers over the limit usually are on a real network, or none was read). With pipelined requests in one chunk the
 * first request's line is read.
 */
export function targetOfRawRequest(raw: unknown): string | undefined {
  if (!Buffer.isBuffer(raw)) return undefined;
  return REQUEST_LINE.exec(raw.subarray(0, REQUEST_LINE_REACH).toString('latin1'))?.[1];
}
/** A method (any case: the parser refuses a lowercase one too), one space, the target (no whitespace), one space, the protocol. */
const REQUEST_LINE = /^[A-Za-z]{1,20} (\S{1,8192}) HTTP\/\d/u;
/** A scheme and an authority before a request target's path. */
const ABSOLUTE_FORM = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/u;
/** How far into the refused bytes the request line is read: a target longer than 8,192 characters is read as none (OpenAI's shape). */
const REQUEST_LINE_REACH = 8300;
