import type { Neighbour } from '../vector-store.ts';
import { TopK } from './top-k.ts';
import { ARRAY_SLOT_BYTES, EMPTY_ARRAY_BYTES, EMPTY_MAP_BYTES, MAP_ENTRY_BYTES, OBJECT_BYTES, TYPED_ARRAY_BYTES } from './structure-bytes.ts';
import { VectorArena } from './vector-arena.ts';
import type { VectorIndex } from './vector-index.ts';

const INITIAL_CAPACITY = 8;

/**
 * Exact nearest neighbours by scanning every vector. Vectors live in one contiguous arena (slot i at
 * i·stride), so a scan is a linear pass over memory; removal moves the last slot into the hole to keep the
 * block dense.
 */
export class FlatIndex implements VectorIndex {
  readonly dimension: number;
  private arena: VectorArena;
  private slotIds: string[] = [];
  private readonly slotOf = new Map<string, number>();

  constructor(dimension: number) {
    this.dimension = dimension;
    this.arena = new VectorArena(dimension, INITIAL_CAPACITY, 0);
  }

  get size(): number {
    return this.slotIds.length;
  }

  get bytes(): number {
    return 2 * OBJECT_BYTES + TYPED_ARRAY_BYTES + this.arena.bytes + EMPTY_ARRAY_BYTES + EMPTY_MAP_BYTES + this.slotIds.length * (ARRAY_SLOT_BYTES + MAP_ENTRY_BYTES);
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  add(id: string, unit: Float32Array): void {
    let slot = this.slotOf.get(id);
    if (slot === undefined) {
      slot = this.slotIds.length;
      if (slot === this.arena.capacity) this.arena.reserve(slot * 2);
      this.slotIds.push(id);
      this.slotOf.set(id, slot);
    }
    this.arena.write(slot, unit);
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.slotOf.delete(id);
    const last = this.slotIds.length - 1;
    const lastId = this.slotIds.pop()!;
    if (slot !== last) {
      this.arena.move(last, slot);
      this.slotIds[slot] = lastId;
      this.slotOf.set(lastId, slot);
    }
    // Give memory back when a partition shrinks a lot (e.g. after a burst expired).
    if (this.arena.capacity > INITIAL_CAPACITY && this.slotIds.length * 4 < this.arena.capacity) this.compact();
    return true;
  }

  search(query: Float32Array, k: number): Neighbour[] {
    const count = this.slotIds.length;
    if (k <= 0 || count === 0) return [];
    const top = new TopK(Math.min(k, count));
    this.arena.setQuery(query);
    for (let slot = 0; slot < count; slot++) top.offer(slot, this.arena.dotQuery(slot));
    const found: Neighbour[] = [];
    for (let rank = 0; rank < top.length; rank++) {
      found.push({ id: this.slotIds[top.slotAt(rank)]!, similarity: top.scoreAt(rank) });
    }
    return found;
  }

  vectorOf(id: string): Float32Array | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.arena.read(slot);
  }

  ids(): IterableIterator<string> {
    return this.slotOf.keys();
  }

  private compact(): void {
    const arena = new VectorArena(this.dimension, Math.max(INITIAL_CAPACITY, this.slotIds.length * 2), 0);
    for (let slot = 0; slot < this.slotIds.length; slot++) arena.write(slot, this.arena.read(slot));
    this.arena = arena;
  }
}
