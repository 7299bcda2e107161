import type { Neighbour } from '../vector-store.ts';
import { ScoreHeap } from './score-heap.ts';
import type { InsertTrace, SearchResume, TraceSlot, VectorIndex } from './vector-index.ts';
import { VectorArena } from './vector-arena.ts';
import { ARRAY_SLOT_BYTES, EMPTY_ARRAY_BYTES, EMPTY_MAP_BYTES, MAP_ENTRY_BYTES, OBJECT_BYTES, TYPED_ARRAY_BYTES } from './structure-bytes.ts';
import { seededRandom } from '../../util/seeded-random.ts';

export interface HnswOptions {
  dimension: number;
  /** Links per node on the upper layers; layer 0 keeps 2·m (Malkov & Yashunin 2018, §4). Default 16. */
  m?: number;
  /** Candidate list size while inserting. Default 100 (64 cost ~3 points of recall@5 on sentence vectors). */
  efConstruction?: number;
  /**
   * Candidate list size while searching (raised to k when k is larger). Default: `efSearchForSize` of the
   * index's current size, so recall@1 holds as a partition grows (a fixed 100 fell to 0.925 at 1M entries).
   */
  efSearch?: number;
  /** Seed of the level generator, so a build is reproducible. */
  seed?: number;
}

export const HNSW_DEFAULTS = { m: 16, efConstruction: 100, efSearch: 100 } as const;

/**
 * The default search-time candidate list for an index of `size` entries: 100 up to 100k entries, then growing
 * with size to 800 at 1M (100 · 8^log10(size / 100k), capped at 800). Measured on local-embedder sentence vectors (256-d, M 16,
 * efConstruction 100; `node bench/vector-index-compare.ts --indexes handwritten --ef-search 100,200,400,800`),
 * recall@1 counting equally near vectors as found: 0.982 at 100k with ef 100; at 1M 0.925 with ef 100, 0.960
 * with 200, 0.970 with 400 and 0.975 with 800 (bench/RESULTS.md). Search work grows with ef, so the small
 * partitions most deployments have keep the cheap setting.
 */
export function efSearchForSize(size: number): number {
  if (size <= 100_000) return HNSW_DEFAULTS.efSearch;
  return Math.min(800, Math.ceil(HNSW_DEFAULTS.efSearch * 8 ** Math.log10(size / 100_000)));
}

const INITIAL_CAPACITY = 64;

/**
 * How many insertions since a search its trace still covers: the nodes added since are scored one by one (a
 * ring of the most recent ones), which past this many would cost as much as the search it saves.
 */
const RECENT_INSERTIONS = 256;

/** A layer-0 search's best candidates, for inserting its query later without searching again. */
interface GraphTrace extends InsertTrace {
  /** The graph's insertion count when the search ran: nodes added since are not in `nodes`. */
  readonly insertions: number;
  /** At most efConstruction live nodes, most similar first, each with its generation at the search. */
  readonly nodes: Int32Array;
  readonly similarities: Float64Array;
  readonly generations: Uint32Array;
}

/**
 * Candidate list of `searchFirst`: enough to find a query's near-duplicate (what a semantic hit is), at a third of
 * a full search's CPU at 100k entries (162 against 480 µs: bench/RESULTS.md, session 7).
 */
export const FIRST_SEARCH_EF = 16;

/** Where a `searchFirst` stopped: every node its layer-0 search scored, and which of them it expanded. */
interface GraphResume extends SearchResume {
  /** The graph's insertion count then: nodes inserted since are scored when the search goes on. */
  readonly insertions: number;
  readonly nodes: Int32Array;
  readonly similarities: Float64Array;
  /** Each node's generation when scored: a node whose generation moved on holds another vector now. */
  readonly generations: Uint32Array;
  /** The nodes whose links were followed (their neighbours are among `nodes`). */
  readonly expanded: Int32Array;
}

/** What a layer search scored and expanded, collected for a GraphResume (scratch buffers reused across searches). */
class SearchRecord {
  nodes = new Int32Array(1024);
  similarities = new Float64Array(1024);
  count = 0;
  expanded = new Int32Array(256);
  expandedCount = 0;

  clear(): void {
    this.count = 0;
    this.expandedCount = 0;
  }

  scored(node: number, similarity: number): void {
    if (this.count === this.nodes.length) {
      this.nodes = grown(this.nodes);
      this.similarities = grown(this.similarities);
    }
    this.nodes[this.count] = node;
    this.similarities[this.count++] = similarity;
  }

  expand(node: number): void {
    if (this.expandedCount === this.expanded.length) this.expanded = grown(this.expanded);
    this.expanded[this.expandedCount++] = node;
  }
}

function grown<T extends Int32Array | Float64Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

interface LayerPoint {
  node: number;
  similarity: number;
}
const MAX_LEVEL = 15;

/**
 * Hierarchical navigable small world graph (Malkov & Yashunin, "Efficient and robust approximate nearest
 * neighbor search using HNSW graphs", 2018) over unit vectors, scored by inner product (= cosine similarity).
 * Neighbours are chosen with the paper's heuristic (Algorithm 4), as hnswlib does.
 *
 * Removal leaves a tombstone: the node keeps routing searches but is never returned. The next insertion takes
 * a tombstone's node over (as hnswlib's `replace_deleted` does) instead of growing the graph: the node is cut
 * out of its neighbours' link lists, keeps its level, and is linked in again for its new vector like any new
 * node. So a full cache that evicts one entry per new one keeps a graph of constant size with no tombstones
 * piling up, and needs no rebuild (one cost 4–6 insertions per miss, amortised, at 100k entries:
 * bench/index-churn.ts). Tombstones only accumulate when removals outrun insertions; the owner rebuilds the
 * graph once `tombstoneRatio` grows (see partition-index.ts). The entry point is never taken over.
 *
 * Storage is flat arrays indexed by node number: vectors in a VectorArena (WebAssembly SIMD scoring once it is
 * large), layer-0 links at node·(2m+1) (count first), upper-layer links in a small per-node array (only ~1/m of
 * nodes have any). The graph is walked on the f32 vectors: an int8 walk (a quarter of the memory reads) was
 * tried and dropped, because vectors closer than its resolution — a partition of prompts sharing a long
 * template — could no longer be told apart (see the near-duplicate test and bench/RESULTS.md).
 */
export class HnswIndex implements VectorIndex {
  readonly dimension: number;
  readonly m: number;
  readonly efConstruction: number;
  /** Fixed by the options or `setEfSearch`; undefined → `efSearchForSize` of the current size. */
  #efSearch: number | undefined;
  private readonly maxLinks0: number;
  private readonly levelScale: number;
  private random: () => number;

  private capacity = 0;
  private nodeCount = 0;
  private tombstones = 0;
  private readonly arena: VectorArena;
  private layer0 = new Int32Array(0);
  private upper: (Int32Array | undefined)[] = [];
  private dead = new Uint8Array(0);
  /**
   * Bumped when a node's entry is removed and when the node is taken over: a trace's or a resume's copy of a node
   * is stale once its generation moved on.
   */
  private generation = new Uint32Array(0);
  /** Insertions so far, and the nodes of the latest RECENT_INSERTIONS of them (ring) with their generations. */
  private insertions = 0;
  private readonly recentNodes = new Int32Array(RECENT_INSERTIONS);
  private readonly recentGenerations = new Uint32Array(RECENT_INSERTIONS);
  /** Insertions that reused their search's trace instead of searching again (for tests and stats). */
  insertsReusingSearch = 0;
  /** Tombstones an insertion may take over, most recent last. */
  private readonly free: number[] = [];
  private visited = new Uint32Array(0);
  private visitTag = 0;
  private nodeIds: (string | undefined)[] = [];
  /** Bytes of the per-node upper-layer link arrays (for `bytes`). */
  private upperBytes = 0;
  private readonly nodeOf = new Map<string, number>();
  private entryPoint = -1;
  private topLevel = -1;

  /** Frontier of a layer search: a max-heap by similarity (scores pushed negated). */
  private readonly frontier = new ScoreHeap();
  /** Best nodes found by a layer search: a min-heap by similarity, so the worst is on top. */
  private readonly found = new ScoreHeap();
  /** Who made a SearchResume (a symbol, so a pending resume does not keep a dropped graph alive). */
  readonly #identity = Symbol('HnswIndex');
  /** `searchFirst`'s record of its search; `seedFromResume`'s list of the resume's unexpanded nodes. */
  private readonly record = new SearchRecord();
  private unexpanded = new Int32Array(1024);

  constructor(options: HnswOptions) {
    this.dimension = options.dimension;
    this.m = options.m ?? HNSW_DEFAULTS.m;
    this.efConstruction = options.efConstruction ?? HNSW_DEFAULTS.efConstruction;
    this.#efSearch = options.efSearch;
    this.maxLinks0 = 2 * this.m;
    this.levelScale = 1 / Math.log(this.m);
    this.random = seededRandom(options.seed ?? 0x5eed);
    // A batch is one node's link list (greedy, expandLayer), or a full list and the node offered to it (linkBack).
    this.arena = new VectorArena(this.dimension, 0, Math.max(this.maxLinks0, this.m) + 1);
    this.resize(INITIAL_CAPACITY);
  }

  get size(): number {
    return this.nodeOf.size;
  }

  /** The candidate list size the next search uses. */
  get efSearch(): number {
    return this.#efSearch ?? efSearchForSize(this.nodeOf.size);
  }

  /** Changes the search-time candidate list size (the graph is unchanged). */
  setEfSearch(ef: number): void {
    if (!Number.isInteger(ef) || ef < 1) throw new RangeError(`efSearch must be a positive integer, got ${ef}`);
    this.#efSearch = ef;
  }

  get bytes(): number {
    const arrays = this.arena.bytes + this.layer0.byteLength + this.dead.byteLength + this.generation.byteLength + this.visited.byteLength + this.upperBytes + this.recentNodes.byteLength + this.recentGenerations.byteLength;
    const objects = 2 * OBJECT_BYTES + 7 * TYPED_ARRAY_BYTES + 3 * EMPTY_ARRAY_BYTES + EMPTY_MAP_BYTES;
    return objects + arrays + (this.nodeIds.length * 2 + this.free.length) * ARRAY_SLOT_BYTES + this.nodeOf.size * MAP_ENTRY_BYTES;
  }

  /** Share of graph nodes that are tombstones. */
  get tombstoneRatio(): number {
    return this.nodeCount === 0 ? 0 : this.tombstones / this.nodeCount;
  }

  has(id: string): boolean {
    return this.nodeOf.has(id);
  }

  add(id: string, unit: Float32Array, trace?: InsertTrace): void {
    this.remove(id);
    const reused = this.takeOverTombstone();
    const node = reused ?? this.nodeCount++;
    if (reused === undefined && node === this.capacity) this.resize(this.capacity * 2);
    this.arena.write(node, unit);
    this.nodeIds[node] = id;
    this.nodeOf.set(id, node);
    this.noteInsertion(node);
    let level: number;
    if (reused !== undefined) level = this.levelOf(node);
    else {
      level = Math.min(MAX_LEVEL, Math.floor(-Math.log(1 - this.random()) * this.levelScale));
      this.upper[node] = level > 0 ? new Int32Array(level * (this.m + 1)) : undefined;
      if (level > 0) this.upperBytes += TYPED_ARRAY_BYTES + level * (this.m + 1) * 4;
    }

    if (this.entryPoint === -1) {
      this.entryPoint = node;
      this.topLevel = level;
      return;
    }
    this.arena.setQuery(unit);
    if (level === 0 && trace !== undefined && trace.madeBy === this) {
      const candidates = this.candidatesFromTrace(trace as GraphTrace, node);
      if (candidates !== undefined) {
        this.insertsReusingSearch++;
        this.link(node, 0, candidates);
        return;
      }
    }
    let current = this.entryPoint;
    let currentSimilarity = this.arena.dotQuery(current);
    for (let layer = this.topLevel; layer > level; layer--) {
      ({ node: current, similarity: currentSimilarity } = this.greedy(current, currentSimilarity, layer));
    }
    for (let layer = Math.min(level, this.topLevel); layer >= 0; layer--) {
      this.searchLayer(current, currentSimilarity, this.efConstruction, layer, false);
      // A taken-over node can still be reached through links that pointed at its old vector: never its own neighbour.
      const candidates = this.drainFound(reused);
      if (candidates.nodes.length === 0) continue;
      current = candidates.nodes[0]!;
      currentSimilarity = candidates.similarities[0]!;
      this.link(node, layer, candidates);
    }
    if (level > this.topLevel) {
      this.entryPoint = node;
      this.topLevel = level;
    }
  }

  /**
   * Links a node at `layer` to the best of `candidates` (most similar first) by the heuristic, and back. A node
   * about as far from all its neighbours as they are from one another (a prompt unlike the rest of its partition)
   * is dropped from every full link list by the heuristic, and then no search could reach it: its most similar
   * neighbour then keeps it in place of its own least similar link.
   */
  private link(node: number, layer: number, candidates: { nodes: number[]; similarities: number[] }): void {
    const chosen = this.selectNeighbours(candidates.nodes, candidates.similarities, this.m);
    this.setLinks(node, layer, chosen);
    let reachable = false;
    for (const neighbour of chosen) reachable = this.linkBack(neighbour, node, layer) || reachable;
    if (!reachable && chosen.length > 0) this.replaceWeakestLink(chosen[0]!, node, layer);
  }

  /** Puts `node` in `neighbour`'s full link list at `layer` in place of the link least similar to `neighbour`. */
  private replaceWeakestLink(neighbour: number, node: number, layer: number): void {
    const [links, base] = this.linksAt(neighbour, layer);
    let weakest = base + 1;
    let weakestSimilarity = Infinity;
    for (let i = base + 1; i <= base + links[base]!; i++) {
      const similarity = this.arena.dotSlots(links[i]!, neighbour);
      if (similarity < weakestSimilarity) {
        weakestSimilarity = similarity;
        weakest = i;
      }
    }
    links[weakest] = node;
  }

  private noteInsertion(node: number): void {
    const slot = this.insertions % RECENT_INSERTIONS;
    this.recentNodes[slot] = node;
    this.recentGenerations[slot] = this.generation[node]!;
    this.insertions++;
  }

  /**
   * The layer-0 candidates of an insertion from the search that preceded it: the trace's nodes still holding the
   * vector they had then, plus every node inserted since (scored now), most similar first, at most
   * efConstruction. Nodes inserted since matter: a burst of near-duplicates whose searches all ran before any of
   * them was stored must still link to one another. Undefined when more were inserted since than the ring
   * remembers: then the insertion searches.
   */
  private candidatesFromTrace(trace: GraphTrace, node: number): { nodes: number[]; similarities: number[] } | undefined {
    // The insertion being made is counted already: `since` includes it.
    const since = this.insertions - trace.insertions;
    if (since > RECENT_INSERTIONS) return undefined;
    const pool: LayerPoint[] = [];
    for (let i = 0; i < trace.nodes.length; i++) {
      const other = trace.nodes[i]!;
      if (other !== node && this.generation[other] === trace.generations[i] && this.dead[other] === 0) pool.push({ node: other, similarity: trace.similarities[i]! });
    }
    for (let back = 2; back <= since; back++) {
      const slot = (this.insertions - back) % RECENT_INSERTIONS;
      const other = this.recentNodes[slot]!;
      if (other === node || this.generation[other] !== this.recentGenerations[slot] || this.dead[other] !== 0) continue;
      pool.push({ node: other, similarity: this.arena.dotQuery(other) });
    }
    if (pool.length === 0) return undefined;
    pool.sort((a, b) => b.similarity - a.similarity);
    if (pool.length > this.efConstruction) pool.length = this.efConstruction;
    return { nodes: pool.map((point) => point.node), similarities: pool.map((point) => point.similarity) };
  }

  remove(id: string): boolean {
    const node = this.nodeOf.get(id);
    if (node === undefined) return false;
    this.nodeOf.delete(id);
    this.nodeIds[node] = undefined;
    this.generation[node]!++;
    this.dead[node] = 1;
    this.tombstones++;
    if (node !== this.entryPoint) this.free.push(node);
    return true;
  }

  /**
   * A tombstone's node, made live and cut out of the graph for a new vector: at every layer, each neighbour that
   * links back to it links instead to another of its neighbours (`relink`), and its own lists are emptied.
   * Links that pointed one way at it stay and lead to the new vector, like the long-range links of a navigable
   * small world.
   */
  private takeOverTombstone(): number | undefined {
    // Freed nodes are tombstones until taken over, and never the entry point: a node becomes the entry point only
    // by being inserted above the top level, and a taken-over node keeps its level.
    const node = this.free.pop();
    if (node === undefined) return undefined;
    for (let layer = this.levelOf(node); layer >= 0; layer--) {
      const [links, base] = this.linksAt(node, layer);
      const neighbours = Array.from(links.subarray(base + 1, base + 1 + links[base]!));
      // Both repairs below compare the old neighbours with one another: each pair is scored once.
      const similarity = this.pairSimilarities(neighbours);
      for (let i = 0; i < neighbours.length; i++) this.relink(i, node, neighbours, layer, similarity);
      links[base] = 0;
      // Each old neighbour lost its link from this node: the most similar of the others links to it instead.
      for (let i = 0; i < neighbours.length; i++) {
        const orphan = neighbours[i]!;
        let best = -1;
        let bestSimilarity = -Infinity;
        for (let j = 0; j < neighbours.length; j++) {
          const other = neighbours[j]!;
          if (other === orphan || layer > this.levelOf(other)) continue;
          const pair = similarity(i, j);
          if (pair > bestSimilarity) {
            bestSimilarity = pair;
            best = other;
          }
        }
        if (best !== -1 && !this.links(best, layer).includes(orphan)) this.linkBack(best, orphan, layer);
      }
    }
    this.dead[node] = 0;
    this.generation[node]!++;
    this.tombstones--;
    return node;
  }

  /** Similarity of `nodes[i]` and `nodes[j]`, each pair computed on first use and kept. */
  private pairSimilarities(nodes: readonly number[]): (i: number, j: number) => number {
    const count = nodes.length;
    const known = new Float64Array(count * count).fill(Number.NaN);
    return (i, j) => {
      let value = known[i * count + j]!;
      if (Number.isNaN(value)) {
        value = this.arena.dotSlots(nodes[i]!, nodes[j]!);
        known[i * count + j] = value;
        known[j * count + i] = value;
      }
      return value;
    };
  }

  /**
   * Replaces the link of `goneNeighbours[position]` to `gone` (if it has one at `layer`) by a link to the most
   * similar of `gone`'s other neighbours that it does not link to yet, so what was reachable through `gone` stays reachable
   * (hnswlib repairs the neighbourhood of a replaced element the same way); with none left, the link is dropped.
   */
  private relink(position: number, gone: number, goneNeighbours: readonly number[], layer: number, similarity: (i: number, j: number) => number): void {
    const node = goneNeighbours[position]!;
    if (layer > this.levelOf(node)) return;
    const [links, base] = this.linksAt(node, layer);
    const count = links[base]!;
    let at = -1;
    for (let i = 1; i <= count; i++) if (links[base + i] === gone) at = base + i;
    if (at === -1) return;
    let best = -1;
    let bestSimilarity = -Infinity;
    for (let j = 0; j < goneNeighbours.length; j++) {
      const candidate = goneNeighbours[j]!;
      if (candidate === node) continue;
      let linked = false;
      for (let i = 1; i <= count && !linked; i++) linked = links[base + i] === candidate;
      if (linked) continue;
      const pair = similarity(position, j);
      if (pair > bestSimilarity) {
        bestSimilarity = pair;
        best = candidate;
      }
    }
    if (best !== -1) links[at] = best;
    else {
      links[at] = links[base + count]!;
      links[base] = count - 1;
    }
  }

  private links(node: number, layer: number): Int32Array {
    const [links, base] = this.linksAt(node, layer);
    return links.subarray(base + 1, base + 1 + links[base]!);
  }

  private levelOf(node: number): number {
    const upper = this.upper[node];
    return upper === undefined ? 0 : upper.length / (this.m + 1);
  }

  /** A node's link array at `layer` and the offset of its count. */
  private linksAt(node: number, layer: number): [Int32Array, number] {
    return layer === 0 ? [this.layer0, node * (this.maxLinks0 + 1)] : [this.upper[node]!, (layer - 1) * (this.m + 1)];
  }

  search(query: Float32Array, k: number, slot?: TraceSlot): Neighbour[] {
    const resume = slot?.resume;
    if (slot !== undefined) slot.resume = undefined;
    if (k <= 0 || this.nodeOf.size === 0) return [];
    this.arena.setQuery(query);
    const ef = Math.max(this.efSearch, k);
    // A first search of this query went part of the way: go on from every node it scored, skipping the descent.
    const tag = resume?.madeBy === this.#identity ? this.seedFromResume(resume as GraphResume, ef) : undefined;
    if (tag !== undefined) this.expandLayer(ef, 0, true, tag, undefined);
    else this.searchLayer0(ef, undefined);
    const { nodes, similarities } = this.drainFound();
    if (slot !== undefined) slot.trace = this.traceOf(nodes, similarities);
    return this.topK(nodes, similarities, k);
  }

  /**
   * A cheaper search (candidate list FIRST_SEARCH_EF, or k when larger), whose layer-0 work a later `search` of
   * the same query takes up through `slot.resume`: a lookup whose query has a near-duplicate stops here, and one
   * that goes on pays little more than one full search. Both are best-first searches of the same graph; only the
   * order in which the full one expands nodes differs.
   */
  searchFirst(query: Float32Array, k: number, slot: TraceSlot): Neighbour[] {
    slot.resume = undefined;
    if (k <= 0 || this.nodeOf.size === 0) return [];
    this.arena.setQuery(query);
    const record = this.record;
    record.clear();
    this.searchLayer0(Math.max(FIRST_SEARCH_EF, k), record);
    slot.resume = this.resumeOf(record);
    const { nodes, similarities } = this.drainFound();
    return this.topK(nodes, similarities, k);
  }

  /** Greedy descent through the upper layers, then a best-first search of layer 0 with candidate list `ef`. */
  private searchLayer0(ef: number, record: SearchRecord | undefined): void {
    let current = this.entryPoint;
    let currentSimilarity = this.arena.dotQuery(current);
    for (let layer = this.topLevel; layer > 0; layer--) {
      ({ node: current, similarity: currentSimilarity } = this.greedy(current, currentSimilarity, layer));
    }
    this.searchLayer(current, currentSimilarity, ef, 0, true, record);
  }

  private topK(nodes: number[], similarities: number[], k: number): Neighbour[] {
    const result: Neighbour[] = [];
    for (let i = 0; i < nodes.length && result.length < k; i++) {
      result.push({ id: this.nodeIds[nodes[i]!]!, similarity: similarities[i]! });
    }
    return result;
  }

  private resumeOf(record: SearchRecord): GraphResume {
    const nodes = record.nodes.slice(0, record.count);
    const generations = new Uint32Array(record.count);
    for (let i = 0; i < nodes.length; i++) generations[i] = this.generation[nodes[i]!]!;
    return { madeBy: this.#identity, insertions: this.insertions, nodes, similarities: record.similarities.slice(0, record.count), generations, expanded: record.expanded.slice(0, record.expandedCount) };
  }

  /**
   * Starts a layer-0 search where `resume` stopped: its scored nodes are visited and the live ones found; the ones
   * it did not expand go on the frontier where they could still improve what is found (a fresh search would not
   * have queued the others either). A node removed since is a tombstone that still routes the search, as in a
   * fresh one (its links may be the only way to what lies behind it), but is never found; a node taken over since
   * holds another vector and is left out, to be scored again if reached. Nodes inserted since are scored and
   * queued: they are linked from the very nodes the first search expanded, whose links are not followed again, so a
   * near-duplicate stored between the two searches would otherwise be missed (read-your-writes). With more inserted
   * since than the ring of recent insertions holds, or nothing left to seed, returns undefined (search afresh);
   * else the visit tag.
   */
  private seedFromResume(resume: GraphResume, ef: number): number | undefined {
    const since = this.insertions - resume.insertions;
    if (since > RECENT_INSERTIONS) return undefined;
    const { frontier, found, visited, generation, dead } = this;
    const expandedTag = this.nextVisitTag();
    for (const node of resume.expanded) visited[node] = expandedTag;
    const tag = this.nextVisitTag();
    frontier.clear();
    found.clear();
    if (this.unexpanded.length < resume.nodes.length) this.unexpanded = new Int32Array(resume.nodes.length);
    const unexpanded = this.unexpanded;
    let unexpandedCount = 0;
    let seeded = 0;
    for (let i = 0; i < resume.nodes.length; i++) {
      const node = resume.nodes[i]!;
      if (generation[node] !== resume.generations[i] && dead[node] === 0) continue; // taken over: another vector now
      seeded++;
      if (visited[node] !== expandedTag) unexpanded[unexpandedCount++] = i;
      visited[node] = tag;
      if (dead[node] === 0) this.offerFound(node, resume.similarities[i]!, ef);
    }
    for (let back = 1; back <= since; back++) {
      const slot = (this.insertions - back) % RECENT_INSERTIONS;
      const node = this.recentNodes[slot]!;
      if (generation[node] !== this.recentGenerations[slot] || visited[node] === tag) continue; // removed since, or seeded
      const similarity = this.arena.dotQuery(node);
      visited[node] = tag;
      seeded++;
      frontier.push(node, -similarity);
      this.offerFound(node, similarity, ef);
    }
    const full = found.size >= ef;
    const bar = found.size > 0 ? found.topScore : -Infinity;
    for (let j = 0; j < unexpandedCount; j++) {
      const i = unexpanded[j]!;
      const similarity = resume.similarities[i]!;
      if (!full || similarity > bar) frontier.push(resume.nodes[i]!, -similarity);
    }
    return seeded === 0 ? undefined : tag;
  }

  /** Keeps `node` among the `ef` most similar found so far (`this.found`, worst on top). */
  private offerFound(node: number, similarity: number, ef: number): void {
    if (this.found.size < ef) this.found.push(node, similarity);
    else if (similarity > this.found.topScore) {
      this.found.pop();
      this.found.push(node, similarity);
    }
  }

  private traceOf(nodes: number[], similarities: number[]): GraphTrace {
    const count = Math.min(nodes.length, this.efConstruction);
    const trace = { madeBy: this, insertions: this.insertions, nodes: new Int32Array(count), similarities: new Float64Array(count), generations: new Uint32Array(count) };
    for (let i = 0; i < count; i++) {
      trace.nodes[i] = nodes[i]!;
      trace.similarities[i] = similarities[i]!;
      trace.generations[i] = this.generation[nodes[i]!]!;
    }
    return trace;
  }

  vectorOf(id: string): Float32Array | undefined {
    const node = this.nodeOf.get(id);
    if (node === undefined) return undefined;
    return this.arena.read(node);
  }

  ids(): IterableIterator<string> {
    return this.nodeOf.keys();
  }

  /** Moves to the most similar neighbour of the arena's query until none is closer (upper layers, ef = 1). */
  private greedy(start: number, startSimilarity: number, layer: number): LayerPoint {
    let current = start;
    let best = startSimilarity;
    for (let moved = true; moved; ) {
      moved = false;
      const links = this.upper[current]!;
      const base = (layer - 1) * (this.m + 1);
      const count = links[base]!;
      const batch = this.arena.batchSlots;
      batch.set(links.subarray(base + 1, base + 1 + count));
      const similarities = this.arena.scoreBatch(count);
      for (let i = 0; i < count; i++) {
        const similarity = similarities[i]!;
        if (similarity > best) {
          best = similarity;
          current = batch[i]!;
          moved = true;
        }
      }
    }
    return { node: current, similarity: best };
  }

  /**
   * Best-first search of one layer for the arena's query from `start`, leaving the `ef` most similar nodes in `this.found`.
   * With `liveOnly`, tombstones are walked through but not collected, and the search only stops early once
   * `ef` live nodes are held (hnswlib's rule), so deletions do not shrink the result.
   */
  private searchLayer(
    start: number,
    startSimilarity: number,
    ef: number,
    layer: number,
    liveOnly: boolean,
    record?: SearchRecord,
  ): void {
    const tag = this.nextVisitTag();
    this.frontier.clear();
    this.found.clear();
    this.visited[start] = tag;
    this.frontier.push(start, -startSimilarity);
    if (!liveOnly || this.dead[start] === 0) this.found.push(start, startSimilarity);
    record?.scored(start, startSimilarity);
    this.expandLayer(ef, layer, liveOnly, tag, record);
  }

  /** The best-first loop of `searchLayer`, from the frontier, found set and visit tag it was given. */
  private expandLayer(ef: number, layer: number, liveOnly: boolean, tag: number, record: SearchRecord | undefined): void {
    const arena = this.arena;
    const frontier = this.frontier;
    const found = this.found;
    const visited = this.visited;
    const stopWhenWorse = !liveOnly || this.tombstones === 0;
    while (frontier.size > 0) {
      const similarity = -frontier.topScore;
      const node = frontier.pop();
      if (found.size > 0 && similarity < found.topScore && (stopWhenWorse || found.size >= ef)) break;
      record?.expand(node);
      let links: Int32Array;
      let base: number;
      if (layer === 0) {
        links = this.layer0;
        base = node * (this.maxLinks0 + 1);
      } else {
        links = this.upper[node]!;
        base = (layer - 1) * (this.m + 1);
      }
      const degree = links[base]!;
      // The links not visited yet are scored in one batch: the kernel overlaps their reads from memory.
      const batch = arena.batchSlots;
      let count = 0;
      for (let i = 1; i <= degree; i++) {
        const neighbour = links[base + i]!;
        if (visited[neighbour] === tag) continue;
        visited[neighbour] = tag;
        batch[count++] = neighbour;
      }
      if (count === 0) continue;
      const similarities = arena.scoreBatch(count);
      for (let i = 0; i < count; i++) {
        const neighbour = batch[i]!;
        const neighbourSimilarity = similarities[i]!;
        record?.scored(neighbour, neighbourSimilarity);
        if (found.size < ef || neighbourSimilarity > found.topScore) {
          frontier.push(neighbour, -neighbourSimilarity);
          if (!liveOnly || this.dead[neighbour] === 0) {
            found.push(neighbour, neighbourSimilarity);
            if (found.size > ef) found.pop();
          }
        }
      }
    }
  }

  /** Empties `this.found` into arrays ordered most similar first, without `except`. */
  private drainFound(except?: number): { nodes: number[]; similarities: number[] } {
    const count = this.found.size;
    const nodes = new Array<number>(count);
    const similarities = new Array<number>(count);
    for (let i = count - 1; i >= 0; i--) {
      similarities[i] = this.found.topScore;
      nodes[i] = this.found.pop();
    }
    const at = except === undefined ? -1 : nodes.indexOf(except);
    if (at !== -1) {
      nodes.splice(at, 1);
      similarities.splice(at, 1);
    }
    return { nodes, similarities };
  }

  /**
   * The paper's neighbour heuristic: walking candidates from most similar, keep one only if it is more
   * similar to the base than to every neighbour already kept. This spreads links across directions, which is
   * what keeps recall high on clustered data.
   */
  private selectNeighbours(candidates: number[], similarities: number[], max: number): number[] {
    if (candidates.length <= max) return candidates;
    const chosen: number[] = [];
    for (let i = 0; i < candidates.length && chosen.length < max; i++) {
      const candidate = candidates[i]!;
      const toBase = similarities[i]!;
      let keep = true;
      for (const kept of chosen) {
        if (this.arena.dotSlots(candidate, kept) > toBase) {
          keep = false;
          break;
        }
      }
      if (keep) chosen.push(candidate);
    }
    return chosen;
  }

  private setLinks(node: number, layer: number, neighbours: number[]): void {
    const [links, base] = this.linksAt(node, layer);
    links[base] = neighbours.length;
    for (let i = 0; i < neighbours.length; i++) links[base + 1 + i] = neighbours[i]!;
  }

  /** Adds `node` to `neighbour`'s links at `layer`, by the heuristic when they are full; whether it was kept. */
  private linkBack(neighbour: number, node: number, layer: number): boolean {
    const [links, base] = this.linksAt(neighbour, layer);
    const max = layer === 0 ? this.maxLinks0 : this.m;
    const count = links[base]!;
    if (count < max) {
      links[base + 1 + count] = node;
      links[base] = count + 1;
      return true;
    }
    const batch = this.arena.batchSlots;
    batch[0] = node;
    batch.set(links.subarray(base + 1, base + 1 + count), 1);
    const similarities = this.arena.scoreBatch(count + 1, neighbour);
    const pool: { node: number; similarity: number }[] = [];
    for (let i = 0; i <= count; i++) pool.push({ node: batch[i]!, similarity: similarities[i]! });
    pool.sort((a, b) => b.similarity - a.similarity);
    const chosen = this.selectNeighbours(pool.map((p) => p.node), pool.map((p) => p.similarity), max);
    this.setLinks(neighbour, layer, chosen);
    return chosen.includes(node);
  }

  private nextVisitTag(): number {
    if (this.visitTag === 0xffffffff) {
      this.visited.fill(0);
      this.visitTag = 0;
    }
    return ++this.visitTag;
  }

  private resize(capacity: number): void {
    this.arena.reserve(capacity);
    const layer0 = new Int32Array(capacity * (this.maxLinks0 + 1));
    layer0.set(this.layer0);
    this.layer0 = layer0;
    const dead = new Uint8Array(capacity);
    dead.set(this.dead);
    this.dead = dead;
    const generation = new Uint32Array(capacity);
    generation.set(this.generation);
    this.generation = generation;
    this.visited = new Uint32Array(capacity);
    this.visitTag = 0;
    this.capacity = capacity;
  }
}
