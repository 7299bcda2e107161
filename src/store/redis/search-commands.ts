import { ENTRY_FIELDS } from './entry-codec.ts';

/**
 * RediSearch (Query Engine) commands as explicit argument lists, and parsers for their RESP2 replies. The store
 * sends these with `sendCommand` instead of `client.ft.*` so the protocol stays under our control (node-redis marks
 * FT.SEARCH unstable under RESP3; the client is pinned to RESP2). Pure functions: CI, which has no Query Engine,
 * covers them with unit tests.
 *
 * References: FT.CREATE and FT.SEARCH on redis.io (`commands/ft.create`, `commands/ft.search`) and the vector
 * search guide (`develop/ai/search-and-query/vectors`): KNN needs `DIALECT 2`, the vector goes in as a `PARAMS`
 * blob, and a pre-filter goes in parentheses before `=>`.
 */

/** Query dialect 2 is the first that understands `=>[KNN …]` and `$param`s. */
export const SEARCH_DIALECT = '2';
/** Name the KNN clause gives the COSINE distance (`1 − cosine similarity`, 0..2). */
export const DISTANCE_ALIAS = 'dist';
const VECTOR_PARAM = 'v';
/** Every TAG value we write or query is `encodeTag` output; anything else would need escaping. */
const TAG_SAFE = /^[0-9a-fx]+$/;

export interface IndexDefinition {
  indexName: string;
  /** Key prefix of the entry hashes (`PREFIX 1 <prefix>`). */
  entryPrefix: string;
  dimension: number;
}

/**
 * `FT.CREATE <index> ON HASH PREFIX 1 <prefix> SCHEMA partition TAG route TAG model TAG tenant TAG
 * vec VECTOR HNSW 6 TYPE FLOAT32 DIM <dim> DISTANCE_METRIC COSINE` (6 = the number of HNSW attribute arguments).
 */
export function createIndexArgs(definition: IndexDefinition): string[] {
  return [
    'FT.CREATE', definition.indexName,
    'ON', 'HASH',
    'PREFIX', '1', definition.entryPrefix,
    'SCHEMA',
    ENTRY_FIELDS.partition, 'TAG',
    ENTRY_FIELDS.route, 'TAG',
    ENTRY_FIELDS.model, 'TAG',
    ENTRY_FIELDS.tenant, 'TAG',
    ENTRY_FIELDS.vector, 'VECTOR', 'HNSW', '6',
    'TYPE', 'FLOAT32',
    'DIM', String(definition.dimension),
    'DISTANCE_METRIC', 'COSINE',
  ];
}

/** `(@partition:{<tag>})=>[KNN <k> @vec $v AS dist]`: the partition filter runs inside the KNN, not after it. */
export function knnQuery(partitionTag: string, k: number): string {
  assertTagSafe(partitionTag);
  assertPositiveInteger(k, 'k');
  return `(@${ENTRY_FIELDS.partition}:{${partitionTag}})=>[KNN ${k} @${ENTRY_FIELDS.vector} $${VECTOR_PARAM} AS ${DISTANCE_ALIAS}]`;
}

export interface KnnSearch {
  indexName: string;
  partitionTag: string;
  /** FLOAT32 little-endian query vector. */
  vectorBlob: Buffer;
  k: number;
}

/**
 * FT.SEARCH for the `k` nearest entries of one partition, sorted nearest first, and `LIMIT 0 k` because the
 * default page is 10 results. It returns the distance and the entry's prompt text (a hash field RETURN loads
 * whether or not the schema indexes it): verifying a candidate needs only its text, so the caller reads an entry
 * by key only to serve it, instead of one HGETALL per candidate.
 */
export function knnSearchArgs(search: KnnSearch): Array<string | Buffer> {
  return [
    'FT.SEARCH', search.indexName, knnQuery(search.partitionTag, search.k),
    'RETURN', '2', DISTANCE_ALIAS, ENTRY_FIELDS.text,
    'SORTBY', DISTANCE_ALIAS,
    'LIMIT', '0', String(search.k),
    'PARAMS', '2', VECTOR_PARAM, search.vectorBlob,
    'DIALECT', SEARCH_DIALECT,
  ];
}

export interface TagFilter {
  route?: string;
  model?: string;
  tenant?: string;
}

/** `@route:{…} @model:{…}` (space = AND) over tag-encoded values; undefined for an empty filter. */
export function tagFilterQuery(filter: TagFilter): string | undefined {
  const clauses: string[] = [];
  for (const field of [ENTRY_FIELDS.route, ENTRY_FIELDS.model, ENTRY_FIELDS.tenant] as const) {
    const tag = filter[field];
    if (tag === undefined) continue;
    assertTagSafe(tag);
    clauses.push(`@${field}:{${tag}}`);
  }
  return clauses.length === 0 ? undefined : clauses.join(' ');
}

/** FT.SEARCH returning only the keys (NOCONTENT) of up to `batchSize` documents matching `query`. */
export function keysSearchArgs(indexName: string, query: string, batchSize: number): string[] {
  assertPositiveInteger(batchSize, 'batchSize');
  return ['FT.SEARCH', indexName, query, 'NOCONTENT', 'LIMIT', '0', String(batchSize), 'DIALECT', SEARCH_DIALECT];
}

export interface KnnHit {
  key: string;
  /** COSINE distance: 1 − cosine similarity. */
  distance: number;
  /** The entry's prompt text, when the row has it (absent: the caller reads the entry). */
  text?: string;
}

/**
 * Parses a RESP2 FT.SEARCH reply with content: `[total, key, [field, value, …], key, […], …]`. A key that expired
 * while the query ran comes back with a null (or empty) field list, older servers also with a null key: such rows
 * are skipped (DESIGN §4), as are rows without a numeric distance.
 */
export function parseKnnReply(reply: unknown): KnnHit[] {
  const rows = asArray(reply, 'FT.SEARCH reply');
  const hits: KnnHit[] = [];
  for (let i = 1; i + 1 < rows.length; i += 2) {
    const key = asOptionalString(rows[i]);
    const fields = rows[i + 1];
    if (key === undefined || !Array.isArray(fields)) continue;
    const distance = fieldValue(fields, DISTANCE_ALIAS);
    if (distance === undefined) continue;
    const parsed = Number(distance);
    if (!Number.isFinite(parsed)) continue;
    const text = fieldValue(fields, ENTRY_FIELDS.text);
    hits.push(text === undefined ? { key, distance: parsed } : { key, distance: parsed, text });
  }
  return hits;
}

/** Parses a RESP2 FT.SEARCH … NOCONTENT reply: `[total, key, key, …]`. */
export function parseKeysReply(reply: unknown): string[] {
  const rows = asArray(reply, 'FT.SEARCH NOCONTENT reply');
  const keys: string[] = [];
  for (const row of rows.slice(1)) {
    const key = asOptionalString(row);
    if (key !== undefined) keys.push(key);
  }
  return keys;
}

/** Parses FT._LIST: the names of the existing indexes. */
export function parseIndexList(reply: unknown): string[] {
  return asArray(reply, 'FT._LIST reply').flatMap((name) => {
    const value = asOptionalString(name);
    return value === undefined ? [] : [value];
  });
}

/** `num_docs` of a RESP2 FT.INFO reply (a flat `[name, value, …]` list; the value is a string or an integer). */
export function parseInfoNumDocs(reply: unknown): number {
  const value = fieldValue(asArray(reply, 'FT.INFO reply'), 'num_docs');
  const count = Number(value);
  if (value === undefined || !Number.isFinite(count)) throw new Error('FT.INFO reply has no numeric num_docs');
  return count;
}

/** Cosine similarity from the COSINE distance RediSearch reports. */
export function similarityFromDistance(distance: number): number {
  return 1 - distance;
}

/** The server has no Query Engine (FT.* unknown), as opposed to a failing one. */
export function isUnknownCommandError(error: unknown): boolean {
  return error instanceof Error && /unknown command/i.test(error.message);
}

/** FT.CREATE raced another instance (or a previous run) that created the same index. */
export function isIndexExistsError(error: unknown): boolean {
  return error instanceof Error && /index already exists/i.test(error.message);
}

/** The index vanished (a restarted server without persistence, FT.DROPINDEX). */
export function isMissingIndexError(error: unknown): boolean {
  return error instanceof Error && /no such index|unknown index name/i.test(error.message);
}

function fieldValue(flat: readonly unknown[], name: string): string | undefined {
  for (let i = 0; i + 1 < flat.length; i += 2) {
    if (asOptionalString(flat[i]) === name) {
      const value = flat[i + 1];
      return typeof value === 'number' ? String(value) : asOptionalString(value);
    }
  }
  return undefined;
}

function asArray(reply: unknown, what: string): unknown[] {
  if (!Array.isArray(reply)) throw new Error(`${what} is not an array (is the client on RESP2?)`);
  return reply;
}

function asOptionalString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return undefined;
}

function assertTagSafe(tag: string): void {
  if (!TAG_SAFE.test(tag)) throw new Error(`not a tag-encoded value: ${JSON.stringify(tag)}`);
}

function assertPositiveInteger(value: number, name: string): void {
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got ${value}`);
}
