import { Readable } from 'node:stream';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { webStreamFromNode } from '../../../src/streaming/node-to-web.ts';

/** Counts uncaught exceptions while `run` and the turns of the event loop after it execute. */
async function uncaughtDuring(run: () => Promise<void>): Promise<unknown[]> {
  const caught: unknown[] = [];
  const listener = (error: unknown) => caught.push(error);
  // Vitest's own listener stays installed too; ours only records what escaped.
  process.on('uncaughtException', listener);
  try {
    await run();
    for (let turn = 0; turn < 5; turn++) await nextMacrotask();
  } finally {
    process.off('uncaughtException', listener);
  }
  return caught;
}

/** A source with more buffered than the consumer has read, like undici's body while the client is slow. */
function bufferedSource(chunks: number): Readable {
  const source = new Readable({ read() {}, highWaterMark: 1_024 });
  for (let index = 0; index < chunks; index++) source.push(Buffer.alloc(1_024, index));
  return source;
}

describe('webStreamFromNode', () => {
  it('survives a cancel in the same microtask run as a pull while the source still has data buffered', async () => {
    // The mechanism of issue #11 finding 1: with Readable.toWeb, the pull's deferred resume() emits buffered data
    // into the cancelled controller from a nextTick callback ("Controller is already closed", uncaught).
    const source = bufferedSource(10);
    const reader = webStreamFromNode(source).getReader();
    const caught = await uncaughtDuring(async () => {
      await nextMacrotask();
      const first = await reader.read(); // the consumer takes a chunk, so the stream pulls again
      expect(first.done).toBe(false);
      await Promise.resolve();
      await reader.cancel();
    });
    expect(caught).toEqual([]);
    expect(source.destroyed).toBe(true);
  });

  it('survives cancels at every point of a stream', async () => {
    for (let cancelAfter = 0; cancelAfter < 12; cancelAfter++) {
      const source = bufferedSource(10);
      const reader = webStreamFromNode(source).getReader();
      const caught = await uncaughtDuring(async () => {
        for (let read = 0; read < cancelAfter; read++) void reader.read().catch(() => {});
        await Promise.resolve();
        await reader.cancel();
      });
      expect(caught, `cancel after ${cancelAfter} reads`).toEqual([]);
      expect(source.destroyed).toBe(true);
    }
  });

  it('delivers every byte in order and then ends', async () => {
    const source = Readable.from([Buffer.from('data: a\n\n'), Buffer.from('data: b\n\n'), Buffer.from('data: [DONE]\n\n')], { objectMode: false });
    const text = await new Response(webStreamFromNode(source)).text();
    expect(text).toBe('data: a\n\ndata: b\n\ndata: [DONE]\n\n');
  });

  it('errors the web stream when the source fails, and when it is destroyed before its end', async () => {
    const failing = new Readable({ read() {} });
    failing.push(Buffer.from('partial'));
    setImmediate(() => failing.destroy(new Error('socket hang up')));
    await expect(new Response(webStreamFromNode(failing)).text()).rejects.toThrow('socket hang up');

    const cut = new Readable({ read() {} });
    setImmediate(() => cut.destroy());
    await expect(new Response(webStreamFromNode(cut)).text()).rejects.toThrow(/closed the connection before the body was complete/);
  });
});
