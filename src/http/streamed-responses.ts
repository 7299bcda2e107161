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
 * Ends a stream whose upstream broke mid-way with an SSE error event (after a blank line that terminates any
 * partial event), which the OpenAI SDKs raise as an APIError, instead of a plain end that reads as a short answer.
 */
const UPSTREAM_STREAM_FAILED = new TextEncoder().encode(
  `\n\ndata: ${JSON.stringify({ error: { message: 'The upstream stream failed before it completed.', type: 'upstream_error', param: null, code: 'upstream_stream_failed' } })}\n\n`,
);

/** Pull-based, so nothing is read from the source faster than the client takes it. */
function toReadableStream(source: AsyncIterable<Uint8Array>, failureEvent?: Uint8Array): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          if (!failureEvent) return controller.error(error);
          controller.enqueue(failureEvent);
          controller.close();
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
