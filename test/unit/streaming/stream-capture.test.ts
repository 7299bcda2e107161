import { PassThrough, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it, vi } from 'vitest';
import { MessagesAssembler } from '../../../src/api/anthropic-messages/messages-assembler.ts';
import { CompletionAssembler } from '../../../src/streaming/completion-assembler.ts';
import { captureStream } from '../../../src/streaming/stream-capture.ts';
import { bytes, decodeAll, joinBytes, sseBody, splitAt, text, textAnswerChunks, usageChunk } from './sse-fixtures.ts';

/** The events of a short Anthropic Messages stream, by type, each with its fields. */
const ANTHROPIC_EVENTS: Array<[string, object]> = [
  ['message_start', { message: { id: 'msg_1', type: 'message', role: 'assistant', model: 'm', content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } } }],
  ['content_block_start', { index: 0, content_block: { type: 'text', text: '' } }],
  ['content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Hi' } }],
  ['content_block_stop', { index: 0 }],
  ['message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 2 } }],
  ['message_stop', {}],
];

type Step = { kind: 'chunk'; bytes: Uint8Array } | { kind: 'end' } | { kind: 'fail'; error: Error };

/**
 * An upstream body stepped by hand: an async generator that yields a chunk only when the test sends one, and
 * records whether it was closed (its `finally` ran, as an aborted request's body would).
 */
function manualUpstream() {
  const steps: Step[] = [];
  let wake: (() => void) | undefined;
  let closed = false;
  async function* body(): AsyncGenerator<Uint8Array> {
    try {
      for (;;) {
        while (steps.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const step = steps.shift()!;
        if (step.kind === 'end') return;
        if (step.kind === 'fail') throw step.error;
        yield step.bytes;
      }
    } finally {
      closed = true;
    }
  }
  const push = (step: Step): void => {
    steps.push(step);
    wake?.();
  };
  return {
    body: body(),
    send: (data: string | Uint8Array) => push({ kind: 'chunk', bytes: typeof data === 'string' ? bytes(data) : data }),
    end: () => push({ kind: 'end' }),
    fail: (error: Error) => push({ kind: 'fail', error }),
    get closed() {
      return closed;
    },
  };
}

/** Lets pending promise callbacks run; no clock involved. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await nextTurn();
  return settled;
}

async function drain(client: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of client) parts.push(part);
  return joinBytes(parts);
}

async function* fromParts(parts: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* parts;
}

const fullBody = sseBody(textAnswerChunks());
const bodyWithoutUsage = sseBody(textAnswerChunks().filter((each) => each.usage === undefined));
/** The body's first event, whole: what a capture forwards as soon as it has it. */
const firstEvent = fullBody.slice(0, fullBody.indexOf('\n\n') + 2);

describe('captureStream', () => {
  it.each([
    ['relaying the usage chunk the client asked for', false],
    ['dropping the usage chunk the client did not ask for', true],
  ])('forwards every whole event as soon as it arrives and holds only an incomplete one, %s', async (_case, dropUsageChunk) => {
    const upstream = manualUpstream();
    const { client, result } = captureStream(upstream.body, { dropUsageChunk });
    const reader = client[Symbol.asyncIterator]();
    const events = textAnswerChunks().map((each) => `data: ${JSON.stringify(each)}\n\n`);

    upstream.send(events[0]! + events[1]!.slice(0, 15));
    expect(text((await reader.next()).value)).toBe(events[0]);
    const held = reader.next();
    upstream.send(events[1]!.slice(15, 30));
    expect(await isSettled(held)).toBe(false);
    expect(await isSettled(result)).toBe(false);
    upstream.send(events[1]!.slice(30));
    expect(text((await held).value)).toBe(events[1]);

    upstream.send(events.slice(2).join('') + 'data: [DONE]\n\n');
    upstream.end();
    // events[5] is the usage chunk: forwarded only when the client asked for it.
    const expected = (dropUsageChunk ? events.slice(2, 5) : events.slice(2)).join('') + 'data: [DONE]\n\n';
    expect(text(await drain({ [Symbol.asyncIterator]: () => reader }))).toBe(expected);
    expect(await result).toMatchObject({ kind: 'complete', completion: { choices: [{ message: { content: 'héllo 🌍' } }], usage: usageChunk().usage } });
  });

  it('forwards the whole body however the upstream splits it, byte for byte', async () => {
    for (const cuts of [[10, 40, 200], [1, 2, 3, 4, 5], [fullBody.length - 1]]) {
      const { client, result } = captureStream(fromParts(splitAt(bytes(fullBody), cuts)), { dropUsageChunk: false });
      expect(text(await drain(client))).toBe(fullBody);
      expect((await result).kind).toBe('complete');
    }
  });

  it('has sent the client only whole events when the upstream breaks off in the middle of one', async () => {
    for (const dropUsageChunk of [false, true]) {
      const upstream = manualUpstream();
      const { client, result } = captureStream(upstream.body, { dropUsageChunk });
      const reader = client[Symbol.asyncIterator]();
      const events = textAnswerChunks().map((each) => `data: ${JSON.stringify(each)}\n\n`);
      upstream.send(events[0]! + events[1]!.slice(0, 20));
      expect(text((await reader.next()).value)).toBe(events[0]);
      const cut = new Error('socket hang up');
      upstream.fail(cut);
      await expect(reader.next()).rejects.toBe(cut); // the event's first 20 bytes never reach the client
      expect(await result).toMatchObject({ kind: 'incomplete', reason: 'upstream-error' });
    }
  });

  it('drops exactly the usage chunk wherever the upstream splits its body, with any line endings', async () => {
    for (const newline of ['\n', '\r\n', '\r']) {
      const body = bytes(sseBody(textAnswerChunks(), { newline }));
      const expected = sseBody(textAnswerChunks().filter((each) => each.usage === undefined), { newline });
      for (let at = 0; at <= body.length; at += 7) {
        const { client, result } = captureStream(fromParts(splitAt(body, [at, at + 3])), { dropUsageChunk: true });
        // A CR split from its LF may move the LF into the next frame; the client's events must be the same.
        const received = await drain(client);
        expect(decodeAll([received]), `split at ${at}`).toEqual(decodeAll([bytes(expected)]));
        if (newline !== '\r\n') expect(text(received)).toBe(expected);
        expect(await result).toMatchObject({ kind: 'complete', completion: { usage: usageChunk().usage } });
      }
    }
  });

  it('forwards the usage chunk untouched when the client asked for it', async () => {
    const { client, result } = captureStream(fromParts([bytes(fullBody)]), { dropUsageChunk: false });
    expect(text(await drain(client))).toBe(fullBody);
    expect(await result).toMatchObject({ kind: 'complete', completion: { usage: usageChunk().usage } });
  });

  it('gives the client a stream the assembler accepts, without usage, when the chunk was dropped', async () => {
    const { client } = captureStream(fromParts([bytes(fullBody)]), { dropUsageChunk: true });
    const received = text(await drain(client));
    expect(received).toBe(bodyWithoutUsage);
    const assembler = new CompletionAssembler();
    for (const event of decodeAll([bytes(received)])) assembler.push(event);
    const outcome = assembler.finish();
    expect(outcome.kind).toBe('complete');
    expect(outcome.kind === 'complete' && outcome.completion).not.toHaveProperty('usage');
  });

  it('settles complete as soon as [DONE] is seen, before the upstream closes; final waits for the close', async () => {
    const upstream = manualUpstream();
    const { client, result, final } = captureStream(upstream.body, { dropUsageChunk: false });
    const reader = client[Symbol.asyncIterator]();
    upstream.send(fullBody);
    await reader.next();
    expect(await isSettled(result)).toBe(true);
    expect((await result).kind).toBe('complete');
    expect(await isSettled(final)).toBe(false);
    upstream.end();
    await reader.next();
    expect((await final).kind).toBe('complete');
  });

  // An error event after the terminal one makes an SDK that reads on throw (Anthropic, Responses: test/e2e/review-47-proxy);
  // after chat's [DONE] the OpenAI SDKs stop reading, so the answer they gave stays storable (a third review, session 47).
  it('stays final when an error event follows chat\'s [DONE], and the client still gets it', async () => {
    const late = 'data: {"error":{"message":"late","type":"server_error"}}\n\n';
    const { client, result, final } = captureStream(fromParts([bytes(fullBody), bytes(late)]), { dropUsageChunk: false });
    expect(text(await drain(client))).toBe(fullBody + late);
    expect((await result).kind).toBe('complete');
    expect((await final).kind).toBe('complete');
  });

  // A hostile stream: the late error cut at every byte, with CRLF line ends; a ping or a comment instead stays storable.
  it('finds an Anthropic error event after message_stop wherever the upstream cuts its chunks', async () => {
    const events = ANTHROPIC_EVENTS;
    const sse = (list: Array<[string, object]>) => list.map(([type, fields]) => `event: ${type}\r\ndata: ${JSON.stringify({ type, ...fields })}\r\n\r\n`).join('');
    const answer = sse(events);
    for (const [after, storable] of [[sse([['error', { error: { type: 'api_error', message: 'late' } }]]), false], [sse([['ping', {}]]) + ': keep-alive\r\n\r\n', true]] as const) {
      const whole = bytes(answer + after);
      for (let cut = answer.length - 20; cut < whole.length; cut++) {
        const { client, result, final } = captureStream(fromParts([whole.subarray(0, cut), whole.subarray(cut)]), { dropUsageChunk: false, assembler: new MessagesAssembler() });
        expect(text(await drain(client))).toBe(answer + after);
        expect((await result).kind).toBe('complete');
        expect((await final).kind).toBe(storable ? 'complete' : 'incomplete');
      }
    }
  });

  // A hostile review (session 53): the SDK dispatches on the event's name, so a stream of `data:` lines alone (or names
  // that are not the data's type) gave its client nothing, yet was stored and served to the next.
  it('does not store an Anthropic stream whose events lack their names or carry other ones, and still passes it through', async () => {
    const events = ANTHROPIC_EVENTS;
    const named = (name: (type: string) => string | undefined) => events.map(([type, fields]) => `${name(type) === undefined ? '' : `event: ${name(type)}\n`}data: ${JSON.stringify({ type, ...fields })}\n\n`).join('');
    for (const [body, storable] of [[named((type) => type), true], [named(() => undefined), false], [named(() => 'message'), false]] as const) {
      const { client, final } = captureStream(fromParts([bytes(body)]), { dropUsageChunk: false, assembler: new MessagesAssembler() });
      expect(text(await drain(client))).toBe(body);
      expect((await final).kind).toBe(storable ? 'complete' : 'incomplete');
    }
  });

  it('stays final after [DONE] for a ping, a failed read or a client that leaves', async () => {
    const ping = captureStream(fromParts([bytes(fullBody), bytes('event: ping\ndata: {"type":"ping"}\n\n')]), { dropUsageChunk: false });
    await drain(ping.client);
    expect((await ping.final).kind).toBe('complete');

    const broken = manualUpstream();
    const failed = captureStream(broken.body, { dropUsageChunk: false });
    const reader = failed.client[Symbol.asyncIterator]();
    broken.send(fullBody);
    await reader.next();
    broken.fail(new Error('socket reset after [DONE]'));
    // The client's stream ends cleanly: it had the whole answer, and a failure event would make its SDK throw.
    expect(await reader.next()).toEqual({ value: undefined, done: true });
    expect((await failed.final).kind).toBe('complete');

    const open = manualUpstream();
    const left = captureStream(open.body, { dropUsageChunk: false });
    const leaving = left.client[Symbol.asyncIterator]();
    open.send(fullBody);
    await leaving.next();
    await leaving.return!();
    expect((await left.final).kind).toBe('complete');
  });

  it('is incomplete when the upstream ends before [DONE], and the client still gets every byte', async () => {
    const body = sseBody(textAnswerChunks(), { done: false });
    const { client, result } = captureStream(fromParts([bytes(body)]), { dropUsageChunk: true });
    expect(text(await drain(client))).toBe(sseBody(textAnswerChunks().slice(0, 5), { done: false }));
    expect(await result).toMatchObject({ kind: 'incomplete', reason: 'no-done' });
  });

  it('is incomplete when the upstream ends in the middle of an event', async () => {
    const cut = fullBody.slice(0, fullBody.indexOf('"stop"'));
    const { client, result } = captureStream(fromParts([bytes(cut)]), { dropUsageChunk: true });
    expect(text(await drain(client))).toBe(cut);
    expect(await result).toMatchObject({ kind: 'incomplete', reason: 'malformed' });
  });

  it('is incomplete when the data is malformed, while still forwarding it', async () => {
    const body = 'data: {"choices": [\n\n' + fullBody;
    const { client, result } = captureStream(fromParts([bytes(body)]), { dropUsageChunk: false });
    expect(text(await drain(client))).toBe(body);
    expect(await result).toMatchObject({ kind: 'incomplete', reason: 'malformed' });
  });

  // Session 29, a hostile tester: a 560 MB answer passed V8's longest string inside the assembler, and the capture's
  // failure cut the client's healthy stream with an error event. The client gets every byte; nothing is stored.
  it.each([
    ['the capture fails', { assembler: new (class extends CompletionAssembler {
      override push(event: Parameters<CompletionAssembler['push']>[0]) {
        if (event.data.includes('"finish_reason":"stop"')) throw new RangeError('Invalid string length');
        return super.push(event);
      }
    })() as never }, 'malformed'],
    ['the stream runs past the most a stored answer may be', { maxCapturedBytes: 200 }, 'too-large'],
  ])('when %s, relays the whole body untouched and is incomplete', async (_case, options, reason) => {
    for (const cuts of [[10, 40, 150, 250], [1, 2, 3, 4, 5, 300]]) {
      const { client, result } = captureStream(fromParts(splitAt(bytes(fullBody), cuts)), { dropUsageChunk: false, ...options });
      expect(text(await drain(client))).toBe(fullBody);
      expect(await result).toMatchObject({ kind: 'incomplete', reason });
    }
  });

  it('rethrows an upstream failure to the client and is incomplete', async () => {
    const upstream = manualUpstream();
    const { client, result } = captureStream(upstream.body, { dropUsageChunk: false });
    const reader = client[Symbol.asyncIterator]();
    upstream.send(firstEvent);
    await reader.next();
    const timeout = new Error('upstream timed out');
    upstream.fail(timeout);
    await expect(reader.next()).rejects.toBe(timeout);
    expect(await result).toEqual({ kind: 'incomplete', reason: 'upstream-error', detail: 'Error: upstream timed out' });
    expect(await reader.next()).toEqual({ value: undefined, done: true });
  });

  it('when the client stops reading, is incomplete and closes the upstream', async () => {
    const upstream = manualUpstream();
    const { client, result } = captureStream(upstream.body, { dropUsageChunk: false });
    const reader = client[Symbol.asyncIterator]();
    upstream.send(firstEvent);
    await reader.next();
    expect(upstream.closed).toBe(false);

    await reader.return!();
    expect(upstream.closed).toBe(true);
    expect(await result).toMatchObject({ kind: 'incomplete', reason: 'client-disconnected' });
    expect(await reader.next()).toEqual({ value: undefined, done: true });
  });

  it('when the client breaks out of for-await, closes the upstream', async () => {
    const upstream = manualUpstream();
    const { client, result } = captureStream(upstream.body, { dropUsageChunk: false });
    upstream.send(firstEvent);
    for await (const _ of client) break;
    expect(upstream.closed).toBe(true);
    expect(await result).toMatchObject({ reason: 'client-disconnected' });
  });

  it('when the client leaves while a read is pending, ends that read at once and cancels the upstream', async () => {
    const cancel = vi.fn(async () => ({ value: undefined, done: true as const }));
    const neverAnswers: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]: () => ({ next: () => new Promise(() => {}), return: cancel }),
    };
    const clientGone = new AbortController();
    const { client, result } = captureStream(neverAnswers, { dropUsageChunk: false, signal: clientGone.signal });
    const pendingRead = client[Symbol.asyncIterator]().next();
    expect(await isSettled(pendingRead)).toBe(false);

    clientGone.abort();
    expect(await pendingRead).toEqual({ value: undefined, done: true });
    expect(cancel).toHaveBeenCalledOnce();
    expect(await result).toMatchObject({ kind: 'incomplete', reason: 'client-disconnected' });
  });

  it('stays complete when the client leaves after [DONE]', async () => {
    const upstream = manualUpstream();
    const { client, result } = captureStream(upstream.body, { dropUsageChunk: false });
    const reader = client[Symbol.asyncIterator]();
    upstream.send(fullBody);
    await reader.next();
    await reader.return!();
    expect((await result).kind).toBe('complete');
  });

  it('is incomplete at once when the signal was already aborted', async () => {
    const upstream = manualUpstream();
    const { client, result } = captureStream(upstream.body, { dropUsageChunk: false, signal: AbortSignal.abort() });
    expect(await drain(client)).toEqual(new Uint8Array(0));
    expect(await result).toMatchObject({ reason: 'client-disconnected' });
  });

  it('destroys a Node Readable upstream at once, even while a read of it is pending', async () => {
    const upstream = new PassThrough();
    const { client, result } = captureStream(upstream, { dropUsageChunk: false });
    const reader = client[Symbol.asyncIterator]();
    upstream.write(firstEvent);
    await reader.next();
    const pendingRead = reader.next();
    expect(await isSettled(pendingRead)).toBe(false);

    await reader.return!();
    expect(upstream.destroyed).toBe(true);
    expect(await pendingRead).toEqual({ value: undefined, done: true });
    expect(await result).toMatchObject({ reason: 'client-disconnected' });
  });

  it('composes with Readable.from and pipeline: a response that hangs up cancels the upstream', async () => {
    const upstream = new PassThrough();
    const { client, result } = captureStream(upstream, { dropUsageChunk: false });
    const received: string[] = [];
    let firstWritten!: () => void;
    const firstWrite = new Promise<void>((resolve) => (firstWritten = resolve));
    const response = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        received.push(chunk.toString());
        firstWritten();
        callback();
      },
    });
    const piping = pipeline(Readable.from(client), response);
    upstream.write(firstEvent);
    await firstWrite;
    response.destroy(); // what a socket hang-up does to the response
    await expect(piping).rejects.toThrow();
    expect(upstream.destroyed).toBe(true);
    expect(received.join('')).toBe(firstEvent);
    expect(await result).toMatchObject({ reason: 'client-disconnected' });
  });

  it('composes with Readable.from and pipeline: the whole body arrives and the answer is complete', async () => {
    const upstream = new PassThrough();
    const { client, result } = captureStream(upstream, { dropUsageChunk: true });
    const received: Buffer[] = [];
    const response = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        received.push(chunk);
        callback();
      },
    });
    const piping = pipeline(Readable.from(client), response);
    upstream.end(fullBody);
    await piping;
    expect(Buffer.concat(received).toString()).toBe(bodyWithoutUsage);
    expect(await result).toMatchObject({ kind: 'complete' });
  });

  // A review of hits' fidelity, session 33: OpenAI puts `"usage": null` on every chunk of a stream that asked for usage,
  // so the chunks the proxy relayed had a key the client's own request (and a hit) never gives.
  it('relays the chunks without the null usage the proxy asked for, when the client did not ask, with any spacing', async () => {
    for (const spaced of [false, true]) {
      const chunks = textAnswerChunks().map((each) => (each.usage === undefined ? { ...each, usage: null } : each));
      const raw = sseBody(chunks as never);
      const body = spaced ? raw.replaceAll('"usage":null', '"usage" : null') : raw;
      const { client, result } = captureStream(fromParts(splitAt(bytes(body), [40, 41, 300])), { dropUsageChunk: true });
      const received = decodeAll([await drain(client)]);
      expect(received.map((event) => event.data).filter((data) => data !== '[DONE]')).toEqual(textAnswerChunks().filter((each) => each.usage === undefined).map((each) => JSON.stringify(each)));
      expect(await result).toMatchObject({ kind: 'complete', completion: { usage: usageChunk().usage } });
    }
  });

  it('keeps every other byte of a frame it strips, an invalid UTF-8 byte included', async () => {
    const chunk = { ...textAnswerChunks()[1]!, usage: null };
    const json = JSON.stringify(chunk);
    const at = json.indexOf('hé') + 1;
    // An invalid byte (0xff) inside the content, as a broken upstream may send it.
    const frame = Buffer.concat([Buffer.from('data: '), Buffer.from(json.slice(0, at)), Buffer.from([0xff]), Buffer.from(json.slice(at)), Buffer.from('\n\n')]);
    const { client } = captureStream(fromParts([frame, bytes('data: [DONE]\n\n')]), { dropUsageChunk: true });
    const relayed = Buffer.from(await drain(client));
    const expected = Buffer.concat([Buffer.from('data: '), Buffer.from(JSON.stringify(textAnswerChunks()[1]).slice(0, at)), Buffer.from([0xff]), Buffer.from(JSON.stringify(textAnswerChunks()[1]).slice(at)), Buffer.from('\n\ndata: [DONE]\n\n')]);
    expect(relayed.equals(expected)).toBe(true);
  });

  it('relays the null usage the client asked for untouched', async () => {
    const chunks = textAnswerChunks().map((each) => (each.usage === undefined ? { ...each, usage: null } : each));
    const body = sseBody(chunks as never);
    const { client } = captureStream(fromParts([bytes(body)]), { dropUsageChunk: false });
    expect(text(await drain(client))).toBe(body);
  });
});
