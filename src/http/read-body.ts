import { ProxyError } from './proxy-error.ts';
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
 * requests would exceed `limits.budget`. A declared `content-length` is reserved at once, so stalled uploads
 * are refused before they send anything.
 */
export async function readBody(request: Request, limit: number, limits?: UploadLimits): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  let reserved = 0;
  const reserve = (bytes: number) => {
    if (!limits || bytes <= reserved) return;
    if (!limits.budget.reserve(bytes - reserved)) throw overBudget(limits.budget.maxBytes);
    reserved = bytes;
  };
  const reader = request.body.getReader();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    if (limits) timer = setTimeout(() => resolve('timeout'), limits.timeoutMs);
  });
  try {
    reserve(Number.isFinite(declared) ? declared : 0);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const read = await Promise.race([reader.read(), timedOut]).catch((error: unknown) => {
        throw new UploadAbortedError('the client closed the connection while sending its request body', { cause: error });
      });
      if (read === 'timeout') throw new ProxyError(408, `The request body did not arrive within ${limits!.timeoutMs} ms.`, { code: 'request_timeout' });
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
    if (limits && reserved > 0) limits.budget.release(reserved);
  }
}

function tooLarge(limit: number): ProxyError {
  return new ProxyError(413, `Request body exceeds the limit of ${limit} bytes.`, { code: 'request_too_large' });
}

function overBudget(maxBytes: number): ProxyError {
  return new ProxyError(503, `The proxy is receiving ${maxBytes} bytes of request bodies already; retry shortly.`, { type: 'server_error', code: 'uploads_over_capacity', headers: { 'retry-after': '1' } });
}
