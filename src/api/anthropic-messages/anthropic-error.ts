import type { ProxyError } from '../../http/proxy-error.ts';
import type { StreamFailureEvents } from '../../http/node-body-writer.ts';

/**
 * Anthropic's error `type` for a status (docs.anthropic.com/en/api/errors), so `@anthropic-ai/sdk` raises the
 * same typed error it would for the API itself.
 */
function anthropicErrorType(status: number): string {
  switch (status) {
    case 400:
    case 415: // an unreadable Content-Encoding (request-encoding.ts): the request's own fault, as Anthropic types it
    case 431: // headers over Node's limit (client-error.ts): the request's own fault too
      return 'invalid_request_error';
    case 401:
      return 'authentication_error';
    case 403:
      return 'permission_error';
    case 404:
      return 'not_found_error';
    case 413:
      return 'request_too_large';
    case 429:
      return 'rate_limit_error';
    case 504:
      return 'timeout_error';
    case 529:
      return 'overloaded_error';
    default:
      return 'api_error';
  }
}

/** A proxy error in Anthropic's shape: `{"type":"error","error":{"type","message"}}`. */
export function anthropicErrorBody(error: ProxyError): string {
  return JSON.stringify({ type: 'error', error: { type: anthropicErrorType(error.status), message: error.message } });
}

/** Ends a stream whose upstream broke: `@anthropic-ai/sdk` raises an `event: error` as an APIError. */
export const ANTHROPIC_STREAM_FAILED: StreamFailureEvents = {
  beforeFirstEvent: anthropicErrorEvent('The upstream closed the connection before sending any event.'),
  midway: anthropicErrorEvent('The upstream stream failed before it completed.'),
};

function anthropicErrorEvent(message: string): Uint8Array {
  return new TextEncoder().encode(`\n\nevent: error\ndata: ${JSON.stringify({ type: 'error', error: { type: 'api_error', message } })}\n\n`);
}
