import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';

/**
 * Fields that never change the answer, so they stay out of the partition (DESIGN.md §1). Everything else,
 * including fields this version does not know, is part of it.
 */
export const IGNORED_FIELDS: ReadonlySet<string> = new Set([
  'stream',
  'stream_options',
  'user',
  'metadata',
  'store',
  'service_tier',
  'safety_identifier',
  'prompt_cache_key',
]);

/** Who and where: the parts of a partition that do not come from the body. */
export interface KeyScope {
  /** Keyed hash of the tenant (never the API key). */
  tenant: string;
  route: string;
  /** `X-Cache-Namespace`, when sent. */
  namespace?: string;
  /** The forwarded query string without credential parameters (`api-version=2024-10-21`), when any. */
  query?: string;
}

export type EmbedStrategy = 'last-user' | { lastTurns: number };

/** What identifies a request in the cache. */
export interface RequestKey {
  /** Digest of everything that changes the answer except the embedded text. */
  partition: string;
  /**
   * The normalised text the semantic tier compares, or undefined when the request has none (the last message
   * is not a user message, or has non-text parts): then only the exact tier applies.
   */
  text: string | undefined;
  /** Digest of partition + text: the exact-tier key, the entry's id and `X-Cache-Query`. */
  id: string;
}

/** What an API adapter extracts from a request for its key (see ApiAdapter.keyParts). */
export interface KeyParts {
  /** The API shape: part of the partition, so answers are never served across shapes. */
  api: string;
  /**
   * Everything that changes the answer except the embedded text, normalised (no ignored fields, equivalent
   * spellings made equal); digested with canonical key order.
   */
  partitionBody: Record<string, unknown>;
  /** The normalised embedded text, or undefined when only the exact tier applies. */
  text: string | undefined;
}

/**
 * Computes the partition digest and the exact digest of a request from its adapter's key parts.
 *
 * @example
 * keyOf(chatKeyParts(body, 'last-user'), { tenant, route: 'default' })
 * // → { partition: '9f2c…', text: 'What is the capital of France?', id: '41ab…' }
 */
export function keyOf(parts: KeyParts, scope: KeyScope): RequestKey {
  const partition = digest(canonicalJson({ v: 1, api: parts.api, scope: [scope.tenant, scope.route, scope.namespace ?? '', scope.query ?? ''], body: parts.partitionBody }));
  return { partition, text: parts.text, id: digest(`${partition}\u0000${parts.text ?? ''}`) };
}

/** The body's fields minus the ignore-list and undefined values, under `renames` where two names mean one thing. */
export function partitionFields(body: Record<string, unknown>, skip: ReadonlySet<string>, renames: Readonly<Record<string, string>> = {}): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(body)) {
    if (IGNORED_FIELDS.has(field) || skip.has(field) || value === undefined) continue;
    fields[renames[field] ?? field] = value;
  }
  return fields;
}

/** 128-bit hex digest: short enough for Redis keys and TAG values, far beyond collision range. */
export function digest(input: string): string {
  return createHash('sha256').update(input).digest('hex').slice(0, 32);
}
