/**
 * Bytes of request bodies being received across all requests at once. Bodies are buffered before they are
 * parsed, so without a cap, slow clients that send most of a large body and then stall hold that memory for as
 * long as they like (issue #11: 40 such uploads of 15 MiB raised RSS from 200 to 772 MiB).
 */
export class UploadBudget {
  readonly maxBytes: number;
  #used = 0;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  get used(): number {
    return this.#used;
  }

  /** Takes `bytes` from the budget; false (and nothing taken) when that would exceed it. */
  reserve(bytes: number): boolean {
    if (this.#used + bytes > this.maxBytes) return false;
    this.#used += bytes;
    return true;
  }

  release(bytes: number): void {
    this.#used = Math.max(0, this.#used - bytes);
  }
}
