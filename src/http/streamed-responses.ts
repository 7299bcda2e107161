import type { ChatCompletion } from '../cache/chat-types.ts';
import { captureStream } from '../streaming/stream-capture.ts';
import type { StreamOutcome } from '../streaming/stream-outcome.ts';
import { replayStream } from '../streaming/replay.ts';
import type { UpstreamResponse } from '../upstream/upstream-client.ts';
import { relayResponse } from './forward.ts';

const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' };

/** A cached answer replayed as an OpenAI `chat.completion.chunk` stream. */
export function streamHitResponse(
  completion: ChatCompletion,
  fresh: { id: string; created: number },
  options: { includeUsage: boolean; chunkChars: number; delayMs: number },
  headers: Record<string, string>,
): Response {
  const body = toReadableStream(replayStream(completion, { ...fresh, ...options }));
  return new Response(body, { status: 200, headers: { ...SSE_HEADERS, ...headers } });
}

/**
 * A streaming miss: the upstream's bytes go to the client as they arrive while the answer is assembled on the
 * side; `onOutcome` gets `complete` only for a stream that ended with `[DONE]`. A client that hangs up cancels
 * the response stream, which cancels the upstream request (it stops billing tokens nobody will read).
 */
export function streamMissResponse(
  upstream: UpstreamResponse,
  headers: Record<string, string>,
  options: { dropUsageChunk: boolean; signal?: AbortSignal },
  onOutcome: (outcome: StreamOutcome) => void,
): Response {
  const { client, result } = captureStream(upstream.body as unknown as AsyncIterable<Uint8Array>, options);
  void result.then(onOutcome);
  return relayResponse(upstream, headers, toReadableStream(client, UPSTREAM_STREAM_FAILED));
}

/**
 * Ends a stream whose upstream broke with an SSE error event (after a blank line that terminates any partial
 * event), which the OpenAI SDKs raise as an APIError, instead of a plain end that reads as a short answer. The
 * text says whether the upstream had sent anything at all (issue #11: a cut before the first byte used to read as
 * "could not be reached", although it was reached).
 */
const UPSTREAM_STREAM_FAILED = {
  beforeFirstEvent: errorEvent('The upstream closed the connection before sending any event.', 'upstream_closed'),
  midway: errorEvent('The upstream stream failed before it completed.', 'upstream_stream_failed'),
};

function errorEvent(message: string, code: string): Uint8Array {
  return new TextEncoder().encode(`\n\ndata: ${JSON.stringify({ error: { message, type: 'upstream_error', param: null, code } })}\n\n`);
}

/**
 * Pull-based, so nothing is read from the source faster than the client takes it. Once the client has cancelled,
 * a read still pending when it did is dropped: the controller is never touched again.
 */
function toReadableStream(source: AsyncIterable<Uint8Array>, failureEvents?: typeof UPSTREAM_STREAM_FAILED): ReadableStream<Uint8Array> {
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
