import type { Readable } from 'node:stream';

/**
 * A Node `Readable` as a web `ReadableStream`, safe against a consumer that cancels at any moment.
 *
 * Why not `Readable.toWeb`: Node 22's adapter pushes with `'data'` events into the controller. Its `pull()` calls
 * `resume()`, which acts on the next tick; a `cancel()` in the same microtask run destroys the source, but the
 * deferred resume still emits the chunks the source had buffered (`'data'` is emitted until the destroy's
 * `'close'` fires), and `controller.enqueue` on the cancelled stream throws `ERR_INVALID_STATE: Controller is
 * already closed` from a `process.nextTick` callback: an uncaught exception that ended the process after ~120k
 * requests whose clients hung up (issue #11, finding 1; reproduced in test/unit/streaming/node-to-web.test.ts).
 *
 * This bridge reads with `read()` only from inside `pull()` (one chunk per pull, `highWaterMark: 0`, so the source's
 * own buffer and its backpressure stay in charge) and never touches the controller once cancelled or settled.
 * `cancel()` destroys the source, which for undici's body aborts the upstream request.
 */
const ignore = (): void => {};

export function webStreamFromNode(source: Readable): ReadableStream<Uint8Array> {
  let finished = false;
  let wake: (() => void) | undefined;
  let failure: unknown;
  let ended = false;
  const onReadable = () => wakeUp();
  const onEnd = () => {
    ended = true;
    wakeUp();
  };
  const onError = (error: unknown) => {
    failure ??= error;
    wakeUp();
  };
  // A destroy without an error (e.g. the connection closed early) ends the stream too: count it as a failure.
  const onClose = () => {
    if (!ended) failure ??= new Error('the upstream closed the connection before the body was complete', { cause: source.errored ?? undefined });
    wakeUp();
  };
  function wakeUp(): void {
    const waiting = wake;
    wake = undefined;
    waiting?.();
  }
  function detach(): void {
    finished = true;
    source.off('readable', onReadable);
    source.off('end', onEnd);
    source.off('error', onError);
    source.off('close', onClose);
    // Nobody reads any more: a later 'error' (a destroy during cancel, a late socket error) must not go unhandled.
    source.on('error', ignore);
  }
  source.on('readable', onReadable);
  source.on('end', onEnd);
  source.on('error', onError);
  source.on('close', onClose);

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (;;) {
          if (finished) return;
          const chunk = source.destroyed ? null : (source.read() as Buffer | null);
          if (chunk !== null) {
            controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            return;
          }
          if (ended || source.readableEnded) {
            detach();
            controller.close();
            return;
          }
          if (failure !== undefined || source.destroyed) {
            detach();
            controller.error(failure ?? new Error('the upstream body was destroyed'));
            return;
          }
          await new Promise<void>((resolve) => (wake = resolve));
        }
      },
      cancel(reason) {
        detach();
        wakeUp();
        source.destroy(reason instanceof Error ? reason : undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
