import { endianness } from 'node:os';
import { completionFromJson, completionToJson } from '../completion-json.ts';
import type { CacheEntry } from '../vector-store.ts';

/**
 * How a CacheEntry is laid out in its Redis HASH (DESIGN §4), and back. Pure functions: unit-tested without Redis.
 *
 * The four filter fields are RediSearch TAG fields and hold *tag-encoded* values (see `encodeTag`), so a query
 * string never needs escaping and TAG's comma splitting and case folding can't merge two different routes.
 */
export const ENTRY_FIELDS = {
  partition: 'partition',
  route: 'route',
  model: 'model',
  tenant: 'tenant',
  text: 'text',
  completion: 'completion',
  createdAt: 'createdAt',
  /** `1` when the producing request stored the answer upstream; absent otherwise (and in older entries). */
  storedUpstream: 'upstream',
  /** CacheEntry.keeper: a keyed hash, absent when the answer was not stored upstream. */
  keeper: 'keeper',
  /** FLOAT32 little-endian blob, the layout RediSearch's VECTOR field reads. Absent for exact-tier-only entries. */
  vector: 'vec',
} as const;

export type EntryField = (typeof ENTRY_FIELDS)[keyof typeof ENTRY_FIELDS];

/** Every field of an entry but its vector: what `HMGET` asks for when the reader needs no vector. */
export const FIELDS_BUT_VECTOR = Object.values(ENTRY_FIELDS).filter((field) => field !== ENTRY_FIELDS.vector);

/** The entry in an `HMGET <key> …FIELDS_BUT_VECTOR` reply (absent fields are null; all null: no such key). */
export function hmgetReplyToEntry(id: string, values: ReadonlyArray<Buffer | null>): CacheEntry | undefined {
  const fields = new Map<string, Buffer>();
  FIELDS_BUT_VECTOR.forEach((field, i) => {
    const value = values[i];
    if (value === null || value === undefined) return;
    if (!Buffer.isBuffer(value)) throw new Error('entry hash must be read with Buffer replies');
    fields.set(field, value);
  });
  return entryFromFields(id, fields);
}

/** The fields `invalidate` filters on, in the order HMGET asks for them. */
export const FILTER_FIELDS = [ENTRY_FIELDS.route, ENTRY_FIELDS.model, ENTRY_FIELDS.tenant] as const;

const LOWER_HEX = /^[0-9a-f]+$/;
const ENCODED_MARK = 'x';

/**
 * A TAG-safe spelling of any string: lowercase hex digests (partitions, tenants, ids) stay as they are; anything
 * else becomes `x` + the hex of its UTF-8 bytes. `x` is not a hex digit, so the mapping is one-to-one, and the
 * result is always `[0-9a-fx]+`: no punctuation to escape in a query, no separator, no case to fold.
 */
export function encodeTag(value: string): string {
  if (LOWER_HEX.test(value)) return value;
  return ENCODED_MARK + Buffer.from(value, 'utf8').toString('hex');
}

export function decodeTag(tag: string): string {
  if (tag.startsWith(ENCODED_MARK)) return Buffer.from(tag.slice(1), 'hex').toString('utf8');
  return tag;
}

const HOST_IS_LITTLE_ENDIAN = endianness() === 'LE';

/** FLOAT32 little-endian bytes of `vector` (RediSearch's `TYPE FLOAT32` blob). */
export function vectorToBlob(vector: Float32Array): Buffer {
  if (HOST_IS_LITTLE_ENDIAN) {
    // Copy: the caller's array may be a view into a larger buffer it keeps reusing.
    return Buffer.from(new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength));
  }
  const blob = Buffer.allocUnsafe(vector.length * 4);
  vector.forEach((x, i) => blob.writeFloatLE(x, i * 4));
  return blob;
}

export function blobToVector(blob: Buffer): Float32Array {
  if (!Buffer.isBuffer(blob)) throw new Error('vector blob must be a Buffer');
  if (blob.length % 4 !== 0) throw new Error(`vector blob of ${blob.length} bytes is not FLOAT32`);
  const vector = new Float32Array(blob.length / 4);
  if (HOST_IS_LITTLE_ENDIAN) {
    // Copy through a Uint8Array: the blob's offset inside Node's pool need not be 4-byte aligned.
    new Uint8Array(vector.buffer).set(blob);
    return vector;
  }
  for (let i = 0; i < vector.length; i++) vector[i] = blob.readFloatLE(i * 4);
  return vector;
}

/** HSET field/value arguments for `entry` (after the key), or undefined when its answer could not be read back exactly. */
export function entryToHashArgs(entry: CacheEntry): Array<string | Buffer> | undefined {
  const completion = completionToJson(entry.completion);
  if (completion === undefined) return undefined;
  const args: Array<string | Buffer> = [
    ENTRY_FIELDS.partition, encodeTag(entry.partition),
    ENTRY_FIELDS.route, encodeTag(entry.route),
    ENTRY_FIELDS.model, encodeTag(entry.model),
    ENTRY_FIELDS.tenant, encodeTag(entry.tenant),
    ENTRY_FIELDS.text, entry.text,
    ENTRY_FIELDS.completion, completion,
    ENTRY_FIELDS.createdAt, String(entry.createdAt),
  ];
  if (entry.storedUpstream === true) args.push(ENTRY_FIELDS.storedUpstream, '1');
  if (entry.keeper !== undefined) args.push(ENTRY_FIELDS.keeper, entry.keeper);
  if (entry.vector !== undefined) args.push(ENTRY_FIELDS.vector, vectorToBlob(entry.vector));
  return args;
}

/**
 * The entry in an HGETALL reply (flat `[field, value, …]`, values as Buffers so the vector blob survives), or
 * undefined when the hash is empty (absent or expired key) or lacks a field every entry has.
 */
export function hashReplyToEntry(id: string, reply: readonly Buffer[]): CacheEntry | undefined {
  if (reply.length === 0) return undefined;
  if (!reply.every((item) => Buffer.isBuffer(item))) throw new Error('entry hash must be read with Buffer replies');
  const fields = new Map<string, Buffer>();
  for (let i = 0; i + 1 < reply.length; i += 2) fields.set(reply[i]!.toString('utf8'), reply[i + 1]!);
  return entryFromFields(id, fields);
}

/**
 * The entry in its hash's fields by name, or undefined when one that every entry has is missing, or its answer
 * cannot be read back exactly (completion-json.ts).
 */
function entryFromFields(id: string, fields: ReadonlyMap<string, Buffer>): CacheEntry | undefined {
  const text = (name: EntryField): string | undefined => fields.get(name)?.toString('utf8');
  const partition = text(ENTRY_FIELDS.partition);
  const route = text(ENTRY_FIELDS.route);
  const model = text(ENTRY_FIELDS.model);
  const tenant = text(ENTRY_FIELDS.tenant);
  const promptText = text(ENTRY_FIELDS.text);
  const completion = text(ENTRY_FIELDS.completion);
  const createdAt = text(ENTRY_FIELDS.createdAt);
  if (
    partition === undefined || route === undefined || model === undefined || tenant === undefined ||
    promptText === undefined || completion === undefined || createdAt === undefined
  ) {
    return undefined;
  }
  const answer = completionFromJson(completion);
  if (answer === undefined) return undefined;
  const entry: CacheEntry = {
    id,
    partition: decodeTag(partition),
    text: promptText,
    completion: answer,
    route: decodeTag(route),
    model: decodeTag(model),
    tenant: decodeTag(tenant),
    createdAt: Number(createdAt),
  };
  if (text(ENTRY_FIELDS.storedUpstream) === '1') entry.storedUpstream = true;
  const keeper = text(ENTRY_FIELDS.keeper);
  if (keeper !== undefined) entry.keeper = keeper;
  const blob = fields.get(ENTRY_FIELDS.vector);
  if (blob !== undefined) entry.vector = blobToVector(blob);
  return entry;
}
