/**
 * Keeps the `k` best (highest-scoring) slots offered to it. Brute-force search offers every vector, and almost
 * all of them lose to the current k-th best in one comparison, so a sorted insertion beats a heap for the small
 * k a cache asks for.
 */
export class TopK {
  readonly k: number;
  private readonly slots: Int32Array;
  private readonly scores: Float64Array;
  private count = 0;

  constructor(k: number) {
    this.k = k;
    this.slots = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  /** The score an offer must beat to be kept (−∞ until k slots are held). */
  get floor(): number {
    return this.count < this.k ? -Infinity : this.scores[this.k - 1]!;
  }

  offer(slot: number, score: number): void {
    if (score <= this.floor) return;
    let i = this.count < this.k ? this.count++ : this.k - 1;
    while (i > 0 && this.scores[i - 1]! < score) {
      this.scores[i] = this.scores[i - 1]!;
      this.slots[i] = this.slots[i - 1]!;
      i--;
    }
    this.scores[i] = score;
    this.slots[i] = slot;
  }

  get length(): number {
    return this.count;
  }

  slotAt(rank: number): number {
    return this.slots[rank]!;
  }

  scoreAt(rank: number): number {
    return this.scores[rank]!;
  }
}
