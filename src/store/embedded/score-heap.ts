/**
 * A binary min-heap of (node, score) pairs on typed arrays, reused across searches so the HNSW hot path
 * allocates nothing. Push a negated score to get a max-heap.
 */
export class ScoreHeap {
  private nodes: Int32Array;
  private scores: Float64Array;
  size = 0;

  constructor(initialCapacity = 64) {
    this.nodes = new Int32Array(initialCapacity);
    this.scores = new Float64Array(initialCapacity);
  }

  clear(): void {
    this.size = 0;
  }

  /** The smallest score held; only meaningful when size > 0. */
  get topScore(): number {
    return this.scores[0]!;
  }

  get topNode(): number {
    return this.nodes[0]!;
  }

  push(node: number, score: number): void {
    if (this.size === this.nodes.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentScore = this.scores[parent]!;
      if (parentScore <= score) break;
      this.scores[i] = parentScore;
      this.nodes[i] = this.nodes[parent]!;
      i = parent;
    }
    this.scores[i] = score;
    this.nodes[i] = node;
  }

  /** Removes the smallest-score pair and returns its node. */
  pop(): number {
    const top = this.nodes[0]!;
    const last = --this.size;
    if (last > 0) this.siftDown(this.nodes[last]!, this.scores[last]!, last);
    return top;
  }

  private siftDown(node: number, score: number, size: number): void {
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && this.scores[child + 1]! < this.scores[child]!) child++;
      if (this.scores[child]! >= score) break;
      this.scores[i] = this.scores[child]!;
      this.nodes[i] = this.nodes[child]!;
      i = child;
    }
    this.scores[i] = score;
    this.nodes[i] = node;
  }

  private grow(): void {
    const nodes = new Int32Array(this.nodes.length * 2);
    const scores = new Float64Array(this.scores.length * 2);
    nodes.set(this.nodes);
    scores.set(this.scores);
    this.nodes = nodes;
    this.scores = scores;
  }
}
