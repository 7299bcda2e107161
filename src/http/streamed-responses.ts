import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CachedAnswer } from '../cache/cached-answer.ts';
import { captureStream, type CaptureOptions } from '../streaming/stream-capture.ts';
import type { StreamOutcome } from '../streaming/stream-outcome.ts';
import type { UpstreamResponse } from '../upstream/upstream-client.ts';
import { relayResponse } from './forward.ts';
import { withStreamedBody, type StreamFailureEvents } from './node-body-writer.ts';

const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' };

/** A cached answer replayed as its API's event stream (ApiAdapter.replayStream). */
export function streamHitResponse(events: AsyncIterable<Uint8Array>, headers: Record<string, string>): Response {
  return withStreamedBody(new Response(toReadableStream(events), { status: 200, headers: { ...SSE_HEADERS, ...headers } }), { source: events });
}

/** The most bytes of a JSON hit written at once: a client that stops reading holds no more than this past its socket. */
export const JSON_PIECE_BYTES = 64 * 1024;

/**
 * A cached answer's JSON body (ApiAdapter.replayJson). A small one is one write; a larger one is encoded once and
 * written in pieces of JSON_PIECE_BYTES as the client takes them (`'drain'`), the event loop turning between pieces:
 * handed whole to Node, each client that stopped reading held the whole body and its write stalled every other client
 * (a hostile tester, session 30: 100 paused readers of a 5 MB answer, +1.25 GB RSS and 5.8 s; a helper's measure).
 */
export function jsonHitResponse(json: string, headers: Record<string, string>): Response {
  const init = { status: 200, headers: { 'content-type': 'application/json', ...headers } };
  if (json.length <= JSON_PIECE_BYTES / 4) return new Response(json, init);
  const bytes = Buffer.from(json, 'utf8');
  if (bytes.byteLength <= JSON_PIECE_BYTES) return new Response(bytes, init);
  const pieces = piecesOf(bytes);
  return withStreamedBody(new Response(toReadableStream(pieces), { status: 200, headers: { ...init.headers, 'content-length': String(bytes.byteLength) } }), { source: pieces });
}

async function* piecesOf(bytes: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
  for (let at = 0; at < bytes.byteLength; at += JSON_PIECE_BYTES) {
    if (at > 0) await nextTurn();
    yield bytes.subarray(at, at + JSON_PIECE_BYTES);
  }
}

/**
 * A streaming miss: the upstream's bytes go to the client as they arrive while the answer is assembled on the
 * side; `onOutcome` gets `complete` only for a stream that reached its API's terminal event, and `final`, what may be
 * stored once the stream is over (captureStream). A client that hangs
 * up cancels the response stream, which cancels the upstream request (it stops billing tokens nobody will read).
 * If the upstream breaks mid-way, the client's stream ends with `failureEvent` (the API's SSE error event,
 * which its SDKs raise) instead of a plain end that reads as a short answer.
 */
export function streamMissResponse<A extends CachedAnswer>(
  upstream: UpstreamResponse,
  headers: Record<string, string>,
  options: CaptureOptions<A> & { failureEvents: StreamFailureEvents },
  onOutcome: (outcome: StreamOutcome<A>, final: Promise<StreamOutcome<A>>) => void,
): Response {
  const { client, result, final } = captureStream<A>(upstream.nodeBody, options);
  void result.then((outcome) => onOutcome(outcome, final));
  return withStreamedBody(relayResponse(upstream, headers, toReadableStream(client, options.failureEvents)), { source: client, failureEvents: options.failureEvents });
}

/**
 * Pull-based, so nothing is read from the source faster than the client takes it. Once the client has cancelled,
 * a read still pending when it did is dropped: the controller is never touched again.
 */
function toReadableStream(source: AsyncIterable<Uint8Array>, failureEvents?: StreamFailureEvents): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  let cancelled = false;
  let forwarded = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (cancelled) return;
          if (done) return controller.close();
          forwarded ||= value.byteLength > 0;
          controller.enqueue(value);
        } catch (error) {
          if (cancelled) return;
          if (!failureEvents) return controller.error(error);
          controller.enqueue(forwarded ? failureEvents.midway : failureEvents.beforeFirstEvent);
          controller.close();
        }
      },
      async cancel() {
        cancelled = true;
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
