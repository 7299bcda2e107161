import { ServerResponse, type OutgoingHttpHeaders } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { Response as UndiciResponse } from 'undici';

/**
 * The SSE error event (in the API's shape) that ends a client's stream whose upstream broke, instead of a plain
 * end that reads as a short answer; its text says whether the upstream had sent anything at all (issue #11: a
 * cut before the first byte used to read as "could not be reached", although it was reached).
 */
export interface StreamFailureEvents {
  beforeFirstEvent: Uint8Array;
  midway: Uint8Array;
}

/** A streamed answer's bytes as the proxy produces them, and what ends the stream if producing them fails. */
export interface StreamedBody {
  source: AsyncIterable<Uint8Array>;
  /** Without them a failure mid-stream destroys the connection (the client sees a broken stream, not a clean end). */
  failureEvents?: StreamFailureEvents;
}

const ignore = (): void => {};

const streamedBodies = new WeakMap<Response, StreamedBody>();

/**
 * What @hono/node-server is told once the answer is written (its `x-hono-already-sent` convention). Not its own
 * `RESPONSE_ALREADY_SENT`: made with whatever global `Response` its module found when first imported, which after
 * the adapter has replaced the global is its lightweight Response, whose cached form it would write out again.
 */
const ALREADY_SENT = new UndiciResponse(null, { headers: { 'x-hono-already-sent': 'true' } }) as unknown as Response;

/**
 * Marks `response` (whose body is a web stream over the same `source`, for in-process `app.request()` calls) as
 * one that `writeStreamedBodies` writes straight from `source` to Node's response when served over a socket.
 */
export function withStreamedBody(response: Response, body: StreamedBody): Response {
  streamedBodies.set(response, body);
  return response;
}

/** The streamed body `response` is marked with, if any. */
export function streamedBodyOf(response: Response): StreamedBody | undefined {
  return streamedBodies.get(response);
}

/**
 * Outermost middleware (issue #12, "a thin hop"): a streamed answer (an SSE MISS relayed as it arrives, an SSE
 * HIT replayed) is written from its async iterable straight to Node's `ServerResponse`, once every other
 * middleware has set its headers. Through @hono/node-server each chunk would otherwise cross a web
 * `ReadableStream` (a pull, an enqueue, a reader's read, and the adapter's read-ahead) between two Node objects.
 *
 * The stream is read no faster than the client takes it (`write()` returning false waits for `'drain'`). A client
 * that hangs up aborts the request's signal (the adapter's close handler), which ends the source: a capture's
 * iterator settles its outcome as `client-disconnected` and cancels the upstream read. A source that fails ends
 * the stream with the API's failure event, or, without one, destroys the connection.
 */
export const writeStreamedBodies: MiddlewareHandler<{ Bindings: { outgoing?: unknown } }> = async (c, next) => {
  await next();
  // A HEAD answer has no body to write, and Hono rebuilds it from the GET's Response after the middleware: left to
  // the adapter, which sends its headers alone (marking it sent here made the adapter write headers twice and
  // destroy the connection, losing a pipelined request behind it).
  if (c.req.method === 'HEAD') return;
  const body = streamedBodyOf(c.res);
  const outgoing = c.env?.outgoing;
  if (body === undefined || !(outgoing instanceof ServerResponse)) return;
  const response = c.res;
  c.res = undefined;
  c.res = ALREADY_SENT;
  await writeStreamedBody(outgoing, response.status, nodeHeaders(response.headers), body);
};

/** Writes `body` to `outgoing` with `status` and `headers`; settles once the stream has ended one way or another. */
export async function writeStreamedBody(outgoing: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: StreamedBody): Promise<void> {
  const iterator = body.source[Symbol.asyncIterator]();
  if (outgoing.destroyed) {
    await iterator.return?.();
    return;
  }
  // HTTP/1.0 has no chunked framing: there the body ends with the connection (a hostile client, session 33, read
  // "563\r\ndata: …" on a 1.0 request).
  if (outgoing.req?.httpVersion === '1.0') {
    // Node would still chunk for a 1.0 request that sent "TE: chunked".
    outgoing.useChunkedEncodingByDefault = false;
    if (headers['transfer-encoding'] !== undefined) {
      const { 'transfer-encoding': _chunked, ...rest } = headers;
      headers = rest;
    }
  }
  try {
    outgoing.writeHead(status, headers);
  } catch (error) {
    // A header Node refuses to send: the answer becomes the app's error, and the source is not left open.
    await iterator.return?.()?.catch(ignore);
    throw error;
  }
  // The status and headers go out at once, as the upstream's did: a client learns the answer started before its
  // first event, and a source that fails before it still leaves the client a response to read the failure from.
  outgoing.flushHeaders();
  let forwarded = false;
  let ended = false;
  // A source that waits long for its next chunk learns at once that the client left (a capture also hears it
  // from the request's signal; a replay or a Node stream only from this).
  const onClose = () => {
    if (!ended) iterator.return?.()?.catch(ignore);
  };
  outgoing.once('close', onClose);
  try {
    for (;;) {
      const read = await iterator.next();
      if (read.done === true) {
        ended = true;
        break;
      }
      if (outgoing.destroyed) break;
      forwarded ||= read.value.byteLength > 0;
      if (!outgoing.write(read.value)) await drained(outgoing);
    }
  } catch {
    ended = true;
    if (body.failureEvents === undefined || outgoing.destroyed) outgoing.destroy();
    else outgoing.end(forwarded ? body.failureEvents.midway : body.failureEvents.beforeFirstEvent);
    return;
  } finally {
    outgoing.off('close', onClose);
    // The client left (or the connection broke) before the source ended: stop reading it.
    if (!ended) await iterator.return?.()?.catch(ignore);
  }
  if (!outgoing.destroyed) outgoing.end();
}

/** Resolves once `outgoing` can take more, or is gone. */
function drained(outgoing: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      outgoing.off('drain', done);
      outgoing.off('close', done);
      resolve();
    };
    outgoing.on('drain', done);
    outgoing.on('close', done);
  });
}

/** Web headers as Node's: every `set-cookie` kept (an upstream behind Cloudflare sends several). */
function nodeHeaders(headers: Headers): OutgoingHttpHeaders {
  const result: OutgoingHttpHeaders = {};
  headers.forEach((value, name) => {
    if (name !== 'set-cookie') result[name] = value;
  });
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) result['set-cookie'] = cookies;
  return result;
}
