/**
 * An embedder could not produce an embedding (hosted endpoint unreachable, non-200 answer, malformed body,
 * word vectors not loaded). The cache treats it as "cache unavailable" for that request (DESIGN §7): the
 * request is answered by the upstream with `X-Cache-Status: ERROR`.
 */
export class EmbedderError extends Error {
  /** HTTP status of the embeddings endpoint's answer, when there was one. */
  readonly status: number | undefined;

  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'EmbedderError';
    this.status = options.status;
  }
}
