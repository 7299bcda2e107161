import { ProxyError } from './proxy-error.ts';

/** Reads a request body, failing with 413 as soon as it exceeds `limit` bytes (before buffering all of it). */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(limit: number): ProxyError {
  return new ProxyError(413, `Request body exceeds the limit of ${limit} bytes.`, { code: 'request_too_large' });
}
