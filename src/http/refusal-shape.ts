import { anthropicErrorBody } from '../api/anthropic-messages/anthropic-error.ts';
import type { UpstreamApi } from '../config/config.ts';
import type { ProxyError } from './proxy-error.ts';

/**
 * The API whose error shape a request refused before routing takes, from its request target as sent: the route whose
 * path prefix the target starts with (routing/select-route.ts `routeOfRawTarget`), undefined for the default route.
 */
export type ShapeOfTarget = (target: string) => UpstreamApi | undefined;

/** A refusal's body in `api`'s error shape: Anthropic's `{"type":"error","error":{…}}`, else OpenAI's `{"error":{…}}`. */
export function refusalBody(error: ProxyError, api: UpstreamApi | undefined): string {
  return api === 'anthropic' ? anthropicErrorBody(error) : error.body();
}

/**
 * The request target of the bytes Node's HTTP parser refused (`error.rawPacket`), where they open with a request line
 * ("POST /claude/v1/messages HTTP/1.1"); undefined otherwise (a later chunk of a request, or none was read).
 */
export function targetOfRawRequest(raw: unknown): string | undefined {
  if (!Buffer.isBuffer(raw)) return undefined;
  const target = REQUEST_LINE.exec(raw.subarray(0, REQUEST_LINE_REACH).toString('latin1'))?.[1];
  // The absolute form a client sends to a proxy ("POST http://host/claude/v1/messages HTTP/1.1"): its path.
  const authority = target === undefined ? undefined : ABSOLUTE_FORM.exec(target)?.[0];
  return authority === undefined ? target : target!.slice(authority.length) || '/';
}
/** A method (any case: the parser refuses a lowercase one too), one space, the target (no whitespace), one space, the protocol. */
const REQUEST_LINE = /^[A-Za-z]{1,20} (\S{1,8192}) HTTP\/\d/u;
/** A scheme and an authority before a request target's path. */
const ABSOLUTE_FORM = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/u;
/** How far into the refused bytes the request line is read: as far as the target may reach. */
const REQUEST_LINE_REACH = 8300;
