/**
 * Incremental decoder for `text/event-stream` bodies, following the WHATWG HTML "event stream interpretation"
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
 *
 * Bytes may be split anywhere: inside a UTF-8 sequence, between the `\r` and `\n` of a CRLF, inside a field name.
 * Lines are cut on the raw bytes (0x0A and 0x0D never occur inside a multi-byte UTF-8 sequence) and each complete
 * line is decoded on its own. That equals the spec's "decode the whole stream as UTF-8, then parse lines": an ASCII
 * terminator ends any bad sequence before it (one U+FFFD either way), and the one leading BOM is stripped here. It
 * keeps the byte offset of every event boundary, which the stream tee needs to forward or drop one event's raw
 * bytes, and it is faster than feeding a `TextDecoder` in `stream: true` mode (Node 22 here: 0.32 against 0.72 µs to
 * decode a 230-byte line; the decoder went from 1.4 to 0.8 µs per typical chunk event).
 *
 * @example
 * const decoder = new SseDecoder();
 * for await (const bytes of body) for (const event of decoder.decode(bytes)) handle(event);
 * const last = decoder.flush();
 * if (last) handle(last);
 */

const LF = 0x0a;
const CR = 0x0d;
const COLON = 0x3a;
const SPACE = 0x20;
const BOM = [0xef, 0xbb, 0xbf] as const;

/** One dispatched event. The spec's `retry:` field only steers browser reconnection and is not reported. */
export interface SseEvent {
  /** The `event:` field; absent for the default type (`message`). */
  event?: string;
  /** All `data:` fields of the event joined with `\n`. */
  data: string;
  /** The last event ID in effect at dispatch (per spec an `id:` persists across later events); absent when empty. */
  id?: string;
}

/**
 * The bytes up to and including one blank line. A frame dispatches at most one event: frames of only comments
 * (`: keep-alive`) or only an `id:` dispatch none. Frame boundaries are the places where bytes can be cut out of a
 * stream, or forwarded, without changing how the rest of it parses.
 */
export interface SseFrame {
  event: SseEvent | undefined;
  /** Offset, in bytes from the start of the stream, just past the blank line that ended the frame. */
  end: number;
}

/**
 * Stateful decoder for one stream. Feed chunks in order with either `decode` or `decodeFrames` (not both on one
 * stream), then call `flush` once at the end.
 */
export class SseDecoder {
  // fatal: false is the spec's behaviour: bad bytes become U+FFFD instead of failing the stream. The BOM is
  // stripped by hand, once per stream, since each line is decoded separately.
  readonly #text = new TextDecoder('utf-8', { ignoreBOM: true });
  /** Bytes of a line whose terminator has not arrived yet. */
  #partialLine: Uint8Array[] = [];
  /** The previous chunk ended in `\r`: an `\n` opening the next chunk completes that CRLF, it is not a new line. */
  #afterCarriageReturn = false;
  /** Bytes consumed by earlier chunks. */
  #offset = 0;
  #eventType = '';
  /**
   * The spec's data buffer, kept without its trailing `\n` (values joined by `\n`) so that the common one-line
   * event needs no concatenation; `#hasData` tells an empty `data:` apart from none.
   */
  #data = '';
  #hasData = false;
  #lastEventId = '';
  /** No line has been decoded yet: the next one may open with the stream's BOM. */
  #atStreamStart = true;

  /** Feeds the next bytes and returns the events that they complete. */
  decode(chunk: Uint8Array): SseEvent[] {
    const events: SseEvent[] = [];
    for (const frame of this.decodeFrames(chunk)) {
      if (frame.event !== undefined) events.push(frame.event);
    }
    return events;
  }

  /** Feeds the next bytes and returns every frame they complete, including frames that dispatch no event. */
  decodeFrames(chunk: Uint8Array): SseFrame[] {
    const frames: SseFrame[] = [];
    let lineStart = 0;
    if (this.#afterCarriageReturn && chunk.length > 0) {
      this.#afterCarriageReturn = false;
      if (chunk[0] === LF) lineStart = 1;
    }
    // Cached positions of the next LF and CR, so a chunk without any CR is not rescanned for each line.
    let nextLineFeed = chunk.indexOf(LF, lineStart);
    let nextCarriageReturn = chunk.indexOf(CR, lineStart);
    while (nextLineFeed !== -1 || nextCarriageReturn !== -1) {
      const terminator =
        nextLineFeed === -1
          ? nextCarriageReturn
          : nextCarriageReturn === -1
            ? nextLineFeed
            : Math.min(nextLineFeed, nextCarriageReturn);
      let next = terminator + 1;
      if (chunk[terminator] === CR) {
        if (next === chunk.length) this.#afterCarriageReturn = true;
        else if (chunk[next] === LF) next += 1;
      }
      const line = this.#decodeLine(chunk.subarray(lineStart, terminator + 1));
      lineStart = next;
      if (nextLineFeed !== -1 && nextLineFeed < lineStart) nextLineFeed = chunk.indexOf(LF, lineStart);
      if (nextCarriageReturn !== -1 && nextCarriageReturn < lineStart) {
        nextCarriageReturn = chunk.indexOf(CR, lineStart);
      }
      if (line === '') frames.push({ event: this.#dispatch(), end: this.#offset + lineStart });
      else this.#processField(line);
    }
    // Copied: the caller may reuse its buffer once we return.
    if (lineStart < chunk.length) this.#partialLine.push(chunk.slice(lineStart));
    this.#offset += chunk.length;
    return frames;
  }

  /**
   * Ends the stream and returns the event still being built, if any. The spec discards an event that is not
   * followed by a blank line; like openai-node we dispatch it (servers do omit the final blank line), and the
   * caller decides what an unterminated event is worth. A truncated JSON payload or `[DONE]` still fails to parse,
   * so this leniency cannot make a cut stream look complete.
   */
  flush(): SseEvent | undefined {
    if (this.#partialLine.length > 0) {
      let bytes = concatBytes(this.#partialLine);
      this.#partialLine = [];
      if (this.#atStreamStart && startsWithBom(bytes)) bytes = bytes.subarray(BOM.length);
      this.#processField(this.#text.decode(bytes));
    }
    this.#atStreamStart = false;
    this.#afterCarriageReturn = false;
    return this.#dispatch();
  }

  /** Decodes one line given with its one-byte terminator (CR or LF, the LF of a CRLF is skipped by the caller). */
  #decodeLine(tail: Uint8Array): string {
    let bytes = tail;
    if (this.#partialLine.length > 0) {
      this.#partialLine.push(tail);
      bytes = concatBytes(this.#partialLine);
      this.#partialLine = [];
    }
    if (this.#atStreamStart) {
      this.#atStreamStart = false;
      if (startsWithBom(bytes)) bytes = bytes.subarray(BOM.length);
    }
    // A blank line (the end of every event) needs no decoding.
    return bytes.length === 1 ? '' : this.#text.decode(bytes.subarray(0, bytes.length - 1));
  }

  #processField(line: string): void {
    if (line.charCodeAt(0) === COLON) return; // a comment
    const colon = line.indexOf(':');
    let field = line;
    let value = '';
    if (colon !== -1) {
      field = line.slice(0, colon);
      value = line.slice(line.charCodeAt(colon + 1) === SPACE ? colon + 2 : colon + 1);
    }
    switch (field) {
      case 'event':
        this.#eventType = value;
        break;
      case 'data':
        this.#data = this.#hasData ? this.#data + '\n' + value : value;
        this.#hasData = true;
        break;
      case 'id':
        if (!value.includes('\u0000')) this.#lastEventId = value;
        break;
      default:
        // `retry` and unknown fields are ignored, as the spec says.
        break;
    }
  }

  #dispatch(): SseEvent | undefined {
    if (!this.#hasData) {
      this.#eventType = '';
      return undefined;
    }
    const event: SseEvent = { data: this.#data };
    if (this.#eventType !== '') event.event = this.#eventType;
    if (this.#lastEventId !== '') event.id = this.#lastEventId;
    this.#data = '';
    this.#hasData = false;
    this.#eventType = '';
    return event;
  }
}

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/** Joins byte arrays into one; returns the only element itself when there is one. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let length = 0;
  for (const part of parts) length += part.length;
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
