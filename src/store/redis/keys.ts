import { createHash } from 'node:crypto';
import { parseEntryId } from '../placement.ts';

/**
 * Every Redis key and index name semcache uses, built in one place (BullMQ style), so that the layout of DESIGN §4
 * can be read here and nowhere else is a key spelled by hand.
 *
 * ```ts
 * const keys = new RedisKeys({ embedderModel: 'wink-glove-100d', dimension: 100 });
 * keys.entry('9f2c…');           // 'semcache:wink-glove-100d:100:entry:9f2c…'
 * keys.entry('1a2b3c4d-9f2c…');  // 'semcache:wink-glove-100d:100:entry:{1a2b3c4d}9f2c…' (placement: partition)
 * keys.indexName;                // 'semcache:wink-glove-100d:100:idx'
 * ```
 *
 * A partition-placed id (`<tag>-<digest>`, src/store/placement.ts) names keys whose hash tag is `{<tag>}`, right
 * after the usual prefix: a cluster puts every key of one partition in one slot, and the Query Engine still indexes
 * the entry because its `PREFIX` is matched against the key's bytes (RediSearch src/rules/rules.c,
 * `Indexes_FindMatchingSchemaRules`: a trie lookup of the key name's prefixes), where `{` is just another byte.
 *
 * The embedder's model and dimension are part of the keyspace: switching models starts an empty keyspace (and index)
 * instead of mixing vectors of different spaces; the old keyspace expires by TTL.
 */
export interface RedisKeyspaceOptions {
  /** Model name the embedder reports. */
  embedderModel: string;
  /** Vector dimension the embedder reports. */
  dimension: number;
  /** First component of every key. Default `semcache`. Tests use a random one per test. */
  basePrefix?: string;
}

export const DEFAULT_BASE_PREFIX = 'semcache';

export class RedisKeys {
  /** `{base}:{model}:{dim}:` — everything this store writes for one embedder lives under it. */
  readonly keyspace: string;
  /** The index's `PREFIX`: only entry hashes are indexed, never feedback or lock keys. */
  readonly entryPrefix: string;
  /** Name of the RediSearch index over the entry hashes. */
  readonly indexName: string;
  /**
   * Shared by every embedder and instance (it sits above the model component): tenants must not change when the
   * embedder does, and `flush` never touches it.
   */
  readonly tenantSecret: string;
  /** The default event stream (config `events`); beside the tenant secret, so it outlives embedder changes. */
  readonly events: string;
  /** SCAN MATCH pattern for every entry key of this keyspace. */
  readonly entryPattern: string;
  readonly #base: string;

  constructor(options: RedisKeyspaceOptions) {
    const base = options.basePrefix ?? DEFAULT_BASE_PREFIX;
    if (base === '') throw new Error('RedisKeys: basePrefix must not be empty');
    if (!Number.isInteger(options.dimension) || options.dimension <= 0) {
      throw new Error(`RedisKeys: dimension must be a positive integer, got ${options.dimension}`);
    }
    if (options.embedderModel === '') throw new Error('RedisKeys: embedderModel must not be empty');
    this.#base = base;
    // Percent-encoding keeps ':' inside a model name ("org/model:v2") from making one keyspace a prefix of another.
    this.keyspace = `${base}:${encodeURIComponent(options.embedderModel)}:${options.dimension}:`;
    this.entryPrefix = `${this.keyspace}entry:`;
    this.indexName = `${this.keyspace}idx`;
    this.tenantSecret = `${base}:tenant-secret`;
    this.events = `${base}:events`;
    this.entryPattern = `${globEscape(this.entryPrefix)}*`;
  }

  /** The HASH holding one cache entry. */
  entry(id: string): string {
    return `${this.entryPrefix}${located(id)}`;
  }

  /** The entry id of an entry key (the inverse of `entry`), or undefined for a key outside this keyspace's entries. */
  idFromEntryKey(key: string): string | undefined {
    if (!key.startsWith(this.entryPrefix)) return undefined;
    const rest = key.slice(this.entryPrefix.length);
    const tagged = TAGGED_ID.exec(rest);
    const id = tagged === null ? undefined : `${tagged[1]}-${tagged[2]}`;
    return id !== undefined && parseEntryId(id)?.tag !== undefined ? id : rest;
  }

  /**
   * Marks `entryId` as a wrong answer for `queryDigest` (admin feedback). One key per pair so each rejection keeps
   * exactly its own TTL and a check is a single EXISTS. A partition-placed query's records sit in its partition's
   * slot, beside the entries they are about.
   */
  feedback(queryDigest: string, entryId: string): string {
    return `${this.keyspace}feedback:${located(queryDigest)}:${entryId}`;
  }

  /**
   * The id of the entry holding the answer the upstream knows by `answerId` (kept for a keeper: forgetAnswer), as a
   * digest so an upstream's id never shapes a key; it expires with the entry.
   */
  answer(answerId: string): string {
    return `${this.keyspace}answer:${createHash('sha256').update(answerId).digest('hex').slice(0, 32)}`;
  }

  /** Lock for coalescing identical in-flight requests across instances (in the partition's slot when placed). */
  lock(requestDigest: string): string {
    return `${this.keyspace}lock:${located(requestDigest)}`;
  }

  /**
   * The rate-limit counter of one bucket's window; not tied to the embedder, so it sits beside the tenant secret.
   * The bucket is a `{hash tag}`: one script reads the current and the previous window's counters, and in a Redis
   * Cluster the keys of one script must share a slot.
   */
  rateLimit(bucket: string, window: number): string {
    return `${this.#base}:ratelimit:{${bucket}}:${window}`;
  }
}

/** `{<tag>}<digest>` for a partition-placed id, anything else as it is (ids are opaque to stores without slots). */
function located(id: string): string {
  const parsed = parseEntryId(id);
  return parsed?.tag === undefined ? id : `{${parsed.tag}}${parsed.digest}`;
}

const TAGGED_ID = /^\{([0-9a-f]+)\}([0-9a-f]+)$/;

/** Escapes the glob metacharacters of SCAN MATCH (`* ? [ ] \`) so a prefix matches only itself. */
export function globEscape(literal: string): string {
  return literal.replace(/[*?[\]\\]/g, '\\$&');
}
