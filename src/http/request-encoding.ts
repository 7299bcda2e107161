import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { ProxyError } from './proxy-error.ts';
import type { ProxyRequest } from './proxy-request.ts';

type Decoder = (input: Uint8Array, options: { maxOutputLength: number }) => Promise<Buffer>;

const gunzip = promisify(zlib.gunzip) as Decoder;
const inflate = promisify(zlib.inflate) as Decoder;
const inflateRaw = promisify(zlib.inflateRaw) as Decoder;
const brotli = promisify(zlib.brotliDecompress) as Decoder;
// zstd arrived in Node 22.15 (experimental): offered where the running Node has it.
const zstd = typeof (zlib as { zstdDecompress?: unknown }).zstdDecompress === 'function' ? (promisify((zlib as unknown as { zstdDecompress: typeof zlib.gunzip }).zstdDecompress) as Decoder) : undefined;

/** HTTP's `deflate` is zlib-wrapped (RFC 9110 §8.4.1.2), but some clients send raw deflate: both are read. */
const inflateEither: Decoder = async (input, options) => {
  try {
    return await inflate(input, options);
  } catch (error) {
    if (isTooLarge(error)) throw error;
    return inflateRaw(input, options);
  }
};

const DECODERS: ReadonlyMap<string, Decoder> = new Map([
  ['gzip', gunzip],
  ['x-gzip', gunzip],
  ['deflate', inflateEither],
  ['br', brotli],
  ...(zstd === undefined ? [] : [['zstd', zstd] as const]),
]);

/**
 * A request body sent compressed (`Content-Encoding: gzip`, `deflate`, `br`, `zstd` where Node has it, or a list
 * of them, applied in order): decoded off the event loop, its decoded size held to `limit` bytes as the body's own
 * is (a small bomb is refused with 413 as soon as its output passes the limit, never inflated in full), so the
 * cache reads, keys and forwards the JSON inside it. Returns the body unchanged without the header or with
 * `identity`. An encoding the proxy cannot read is a 415, bytes that are not what the header says a 400, both in
 * the API's error shape and before anything is stored.
 */
export async function decodedBody(raw: Uint8Array, contentEncoding: string | undefined, limit: number): Promise<Uint8Array> {
  const codings = codingsOf(contentEncoding);
  let body = raw;
  // Codings are listed in the order they were applied: the last one is undone first.
  for (const coding of codings.reverse()) {
    const decode = DECODERS.get(coding)!;
    try {
      body = await decode(body, { maxOutputLength: limit });
    } catch (error) {
      if (isTooLarge(error)) throw new ProxyError(413, `Request body exceeds the limit of ${limit} bytes once decoded (Content-Encoding: ${coding}).`, { code: 'request_too_large' });
      throw new ProxyError(400, `The request body is not valid ${coding} data, as its Content-Encoding header says it is.`, { code: 'invalid_content_encoding' });
    }
  }
  return body;
}

const MAX_CODINGS = 2;

/** The codings to undo, lower-case, `identity` left out; a 415 for one the proxy cannot decode, or for more than two. */
function codingsOf(contentEncoding: string | undefined): string[] {
  if (contentEncoding === undefined) return [];
  const codings: string[] = [];
  for (const part of contentEncoding.split(',')) {
    const coding = part.trim().toLowerCase();
    if (coding === '' || coding === 'identity') continue;
    if (!DECODERS.has(coding)) {
      throw new ProxyError(415, `Content-Encoding '${coding.slice(0, 40)}' is not supported; send the body uncompressed or as ${[...DECODERS.keys()].join(', ')}.`, { code: 'unsupported_content_encoding' });
    }
    codings.push(coding);
    // Each layer may grow to the limit: a long chain of uncompressed gzip layers cost seconds of CPU per request
    // (a review, session 28). No client applies more than two.
    if (codings.length > MAX_CODINGS) throw new ProxyError(415, `At most ${MAX_CODINGS} content codings are read; send the body with fewer.`, { code: 'unsupported_content_encoding' });
  }
  return codings;
}

/** The request as the upstream must now see it: its body is sent decoded, so without `Content-Encoding`. */
export function withDecodedBody(request: ProxyRequest): ProxyRequest {
  if (request.header('content-encoding') === undefined) return request;
  const headers: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(request.headers)) if (name !== 'content-encoding') headers[name] = value;
  return { ...request, header: (name) => headers[name.toLowerCase()], headers };
}

function isTooLarge(error: unknown): boolean {
  return error instanceof RangeError || (error as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE';
}
