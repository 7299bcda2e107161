import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { ProxyError } from './proxy-error.ts';
import { refusalBody, refusalIdHeaders, targetOfRawRequest, type ShapeOfTarget } from './refusal-shape.ts';
import { requestIdOf } from './request-id.ts';
import type { UncachedRecord } from './request-observer.ts';

/**
 * Node's `clientError` listener: a request its HTTP parser refuses before the app sees it (headers over
 * `--max-http-header-size` → 431, a malformed request → 400, headers that never completed → 408). Answered as
 * Node answers it by default (lib/_http_server.js `socketOnError`: only on a socket nothing was written to yet,
 * then closed), plus what every other refusal carries: a body in the error shape of the route its request target names
 * (`shapeOf`; OpenAI's where none does or no request line was read), an `X-Request-Id` (and Anthropic's `request-id`
 * there), and one log line (README "Logs": one line per request). A reset connection (`ECONNRESET`) was no request: no
 * line.
 *
 * @example server.on('clientError', clientErrorAnswer((record) => observer.uncached(record), shapeOf));
 */
export function clientErrorAnswer(onRefused: (record: UncachedRecord) => void, shapeOf: ShapeOfTarget = () => undefined): (error: NodeJS.ErrnoException & { rawPacket?: unknown }, socket: Duplex) => void {
  return function answerClientError(error, socket) {
    const code = error.code ?? '';
    const refusal = REFUSALS[code] ?? { status: 400, code: 'invalid_request', message: 'Malformed HTTP request.' };
    // Node's own test (lib/_http_server.js socketOnError): a writable socket whose current response, if any, has
    // sent no header yet. Not `bytesWritten`, which a kept-alive connection's earlier answers make non-zero.
    const current = (socket as Duplex & { _httpMessage?: { _headerSent?: boolean } | null })._httpMessage;
    if (code === 'ECONNRESET' || !socket.writable || (current && current._headerSent)) {
      socket.destroy();
      return;
    }
    const requestId = requestIdOf(undefined);
    const target = targetOfRawRequest(error.rawPacket);
    const api = target === undefined ? undefined : shapeOf(target);
    const body = refusalBody(new ProxyError(refusal.status, refusal.message, { code: refusal.code }), api);
    socket.write(
      `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n${Object.entries(refusalIdHeaders(requestId, api)).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n${body}`,
    );
    socket.destroy();
    // Only what the parser refused is a request refused (a socket error such as ETIMEDOUT was none), and a request
    // the app is already answering writes its own line.
    if ((code.startsWith('HPE_') || code === 'ERR_HTTP_REQUEST_TIMEOUT') && !current) {
      onRefused({ requestId, outcome: 'refused', status: refusal.status, reason: refusal.code, timings: { total: 0 } });
    }
  };
}

const REFUSALS: Readonly<Record<string, { status: number; code: string; message: string }>> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'request_header_fields_too_large', message: 'The request headers are too large.' },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: { status: 413, code: 'chunk_extensions_too_large', message: 'The request body has chunk extensions that are too large.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'request_timeout', message: 'The request did not arrive in time.' },
};
