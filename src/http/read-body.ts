import type { Readable } from 'node:stream';
import { ProxyError } from './proxy-error.ts';
import type { ProxyRequest } from './proxy-request.ts';
import type { UploadBudget } from './upload-budget.ts';

export interface UploadLimits {
  /** The whole body must have arrived within this time (config `server.bodyTimeout`): 408 beyond. */
  timeoutMs: number;
  /** Shared by every request being received (config `server.uploadBytesInFlight`): 503 beyond. */
  budget: UploadBudget;
}

/** The client went away while sending its body: normal traffic, counted and logged at `info`, never an error. */
export class UploadAbortedError extends Error {
  override readonly name = 'UploadAbortedError';
}

/**
 * Reads a request body, failing with 413 as soon as it exceeds `limit` bytes (before buffering all of it), with
 * 408 when it has not arrived within `limits.timeoutMs`, and with 503 when the bodies being received by all
 * requests would exceed `limits.budget`, counted as they arrive. A Node request is read with its own `'data'` events: no web stream
 * is built around it (issue #12).
 */
export async function readBody(request: ProxyRequest, limit: number, limits?: UploadLimits): Promise<Uint8Array> {
  const held = await readHeldBody(request, limit, limits);
  held.release();
  return held.bytes;
}

/**
 * Reads a request body as readBody does, but keeps its bytes counted in `limits.budget` until the caller calls
 * `release()` (idempotent): the body stays in memory while its request is answered, so the budget counts it until
 * then. Released at read time, a hundred bodies of 15 MB waiting on a slow upstream held 1.5 GB though the budget
 * was 256 MiB (a hostile review, session 53).
 */
export async function readHeldBody(request: ProxyRequest, limit: number, limits?: UploadLimits): Promise<{ bytes: Uint8Array; release: () => void }> {
  const declared = Number(request.header('content-length') ?? '0');
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return { bytes: new Uint8Array(0), release: () => {} };
  let reserved = 0;
  const reserve = (bytes: number) => {
    if (!limits || bytes <= reserved) return;
    if (!limits.budget.reserve(bytes - reserved)) throw overBudget(limits.budget.maxBytes);
    reserved = bytes;
  };
  const release = () => {
    if (limits && reserved > 0) limits.budget.release(reserved);
    reserved = 0;
  };
  try {
    // Bytes are counted as they arrive, not as declared: reserved at once, a declared `Content-Length` let 17 idle
    // connections that each declared 16 MiB and sent one byte refuse every other client's request (a hostile review,
    // session 55). What is received is what memory holds, and the budget still bounds it. A body declared larger than
    // the whole budget can never fit: refused at once.
    if (limits && Number.isFinite(declared) && declared > limits.budget.maxBytes) throw overBudget(limits.budget.maxBytes);
    const bytes = request.body instanceof ReadableStream ? await readWebBody(request.body, limit, reserve, limits?.timeoutMs) : await readNodeBody(request.body, limit, reserve, limits?.timeoutMs);
    return { bytes, release };
  } catch (error) {
    release();
    throw error;
  }
}

function readNodeBody(source: Readable, limit: number, reserve: (bytes: number) => void, timeoutMs: number | undefined): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let timer: NodeJS.Timeout | undefined;
    const settle = (error: unknown, body?: Uint8Array) => {
      clearTimeout(timer);
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onGone);
      source.off('close', onGone);
      // Stop reading what nobody will use; the adapter drains or closes the rest after the response.
      if (error !== undefined) source.pause();
      if (error === undefined) resolve(body!);
      else reject(error);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) return settle(tooLarge(limit));
      try {
        reserve(total);
      } catch (error) {
        return settle(error);
      }
      chunks.push(chunk);
    };
    const onEnd = () => settle(undefined, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total));
    const onGone = (error?: unknown) => {
      if (source.readableEnded) return onEnd();
      settle(new UploadAbortedError('the client closed the connection while sending its request body', { cause: error }));
    };
    if (source.readableEnded) return resolve(new Uint8Array(0));
    if (source.destroyed || source.errored) return onGone(source.errored ?? undefined);
    if (timeoutMs !== undefined) {
      timer = setTimeout(() => settle(new ProxyError(408, `The request body did not arrive within ${timeoutMs} ms.`, { code: 'request_timeout' })), timeoutMs);
    }
    source.on('data', onData);
    source.on('end', onEnd);
    source.on('error', onGone);
    source.on('close', onGone);
  });
}

async function readWebBody(body: ReadableStream<Uint8Array>, limit: number, reserve: (bytes: number) => void, timeoutMs: number | undefined): Promise<Uint8Array> {
  const reader = body.getReader();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    if (timeoutMs !== undefined) timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const read = await Promise.race([reader.read(), timedOut]).catch((error: unknown) => {
        throw new UploadAbortedError('the client closed the connection while sending its request body', { cause: error });
      });
      if (read === 'timeout') throw new ProxyError(408, `The request body did not arrive within ${timeoutMs} ms.`, { code: 'request_timeout' });
      if (read.done) return Buffer.concat(chunks, total);
      total += read.value.byteLength;
      if (total > limit) throw tooLarge(limit);
      reserve(total);
      chunks.push(read.value);
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(limit: number): ProxyError {
  return new ProxyError(413, `Request body exceeds the limit of ${limit} bytes.`, { code: 'request_too_large' });
}

function overBudget(maxBytes: number): ProxyError {
  return new ProxyError(503, `The proxy is receiving ${maxBytes} bytes of request bodies already; retry shortly.`, { type: 'server_error', code: 'uploads_over_capacity', headers: { 'retry-after': '1' } });
}
