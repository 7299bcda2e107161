import { describe, expect, it } from 'vitest';
import { SseDecoder } from '../../../src/streaming/sse-decoder.ts';
import type { SseEvent } from '../../../src/streaming/sse-decoder.ts';
import { bytes, decodeAll, splitAt } from './sse-fixtures.ts';

// Every rule of the WHATWG event stream interpretation that matters to us, in one body: a BOM, CRLF, CR and LF
// line endings, comments, multi-line data, a value with two leading spaces, a field without a colon, ignored
// fields, an event type without data, a persistent id and its reset, and multi-byte UTF-8 (2- and 4-byte).
const BODY =
  '\uFEFF' +
  ': this is a comment\r\n' +
  'event: greeting\r\n' +
  'data: héllo 🌍\r\n' +
  'data:  two spaces\r\n' +
  'id: 7\r\n' +
  '\r\n' +
  'data: {"a":"ü"}\r' +
  '\r' +
  ': keep-alive\n' +
  '\n' +
  'data\n' +
  'retry: 100\n' +
  'unknown: x\n' +
  '\n' +
  'event: only-type\n' +
  '\n' +
  'id\n' +
  'data: last\r\n' +
  'data: 🌍 end\r\n' +
  '\r\n';

const EXPECTED: SseEvent[] = [
  { event: 'greeting', data: 'héllo 🌍\n two spaces', id: '7' },
  { data: '{"a":"ü"}', id: '7' },
  { data: '', id: '7' },
  { data: 'last\n🌍 end' },
];

describe('SseDecoder', () => {
  const body = bytes(BODY);

  it('decodes a body given in one piece', () => {
    expect(decodeAll([body])).toEqual(EXPECTED);
  });

  it('decodes the same events wherever the body is split once', () => {
    for (let at = 0; at <= body.length; at += 1) {
      expect(decodeAll(splitAt(body, [at])), `split at byte ${at}`).toEqual(EXPECTED);
    }
  });

  it('decodes the same events wherever the body is split twice', () => {
    for (let first = 0; first <= body.length; first += 1) {
      for (let second = first; second <= body.length; second += 1) {
        expect(decodeAll(splitAt(body, [first, second])), `split at bytes ${first} and ${second}`).toEqual(EXPECTED);
      }
    }
  });

  it('decodes the same events when fed one byte at a time', () => {
    const offsets = Array.from({ length: body.length - 1 }, (_, index) => index + 1);
    expect(decodeAll(splitAt(body, offsets))).toEqual(EXPECTED);
  });

  it('reports a frame at every blank line, with its end offset in bytes', () => {
    const frames = new SseDecoder().decodeFrames(body);
    const blankLineEnds = ['id: 7\r\n\r\n', '"ü"}\r\r', 'keep-alive\n\n', 'unknown: x\n\n', 'only-type\n\n', 'end\r\n\r\n'].map(
      (marker) => bytes(BODY.slice(0, BODY.indexOf(marker) + marker.length)).length,
    );
    expect(frames.map((frame) => frame.end)).toEqual(blankLineEnds);
    expect(frames.map((frame) => frame.event)).toEqual([EXPECTED[0], EXPECTED[1], undefined, EXPECTED[2], undefined, EXPECTED[3]]);
  });

  it('counts offsets across chunks, and leaves the LF of a CRLF split across chunks to the next frame', () => {
    const decoder = new SseDecoder();
    expect(decoder.decodeFrames(bytes('data: a\r\n\r'))).toEqual([{ event: { data: 'a' }, end: 10 }]);
    expect(decoder.decodeFrames(bytes('\ndata: b\n\n'))).toEqual([{ event: { data: 'b' }, end: 20 }]);
  });

  it('strips one leading BOM only', () => {
    expect(decodeAll([bytes('\uFEFFdata: a\n\n\uFEFFdata: b\n\n')])).toEqual([{ data: 'a' }]);
  });

  it('replaces invalid UTF-8 with U+FFFD, even a sequence cut short by the end of its line', () => {
    const invalid = Uint8Array.from([...bytes('data: a'), 0xff, ...bytes('b\ndata: c'), 0xe2, 0x82, ...bytes('\n\n')]);
    expect(decodeAll([invalid])).toEqual([{ data: 'a\uFFFDb\nc\uFFFD' }]);
    expect(decodeAll(splitAt(invalid, [8, 18]))).toEqual([{ data: 'a\uFFFDb\nc\uFFFD' }]);
  });

  it('keeps multi-line data and a data field without a colon as the spec joins them', () => {
    expect(decodeAll([bytes('data: one\ndata\ndata: three\n\n')])).toEqual([{ data: 'one\n\nthree' }]);
  });

  describe('flush', () => {
    it('dispatches an event whose final blank line never came', () => {
      const decoder = new SseDecoder();
      expect(decoder.decode(bytes('data: [DONE]\n'))).toEqual([]);
      expect(decoder.flush()).toEqual({ data: '[DONE]' });
    });

    it('dispatches an unterminated last line, completing a character split before it', () => {
      const decoder = new SseDecoder();
      const line = bytes('data: 🌍');
      expect(decoder.decode(line.subarray(0, 8))).toEqual([]);
      expect(decoder.decode(line.subarray(8))).toEqual([]);
      expect(decoder.flush()).toEqual({ data: '🌍' });
    });

    it('returns nothing after a complete stream or for a trailing comment', () => {
      const decoder = new SseDecoder();
      expect(decoder.decode(bytes('data: x\n\n: bye'))).toEqual([{ data: 'x' }]);
      expect(decoder.flush()).toBeUndefined();
    });
  });
});
