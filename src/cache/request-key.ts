import { createHash } from 'node:crypto';
import { entryIdOf, type Placement } from '../store/placement.ts';
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
  // How long OpenAI keeps its own prompt cache: the bill, not the answer.
  'prompt_cache_retention',
]);

/**
 * What Anthropic's Messages API ignores for the answer: the rest of IGNORED_FIELDS are OpenAI's, which Anthropic
 * refuses with a 400 ("Extra inputs are not permitted"), so they stay in the partition there and such a request is
 * never answered from another's entry (an audit, session 34).
 */
export const ANTHROPIC_IGNORED_FIELDS: ReadonlySet<string> = new Set(['stream', 'metadata', 'service_tier']);

/** Who and where: the parts of a partition that do not come from the body. */
export interface KeyScope {
  /** Keyed hash of the tenant (never the API key). */
  tenant: string;
  route: string;
  /** `X-Cache-Namespace`, when sent. */
  namespace?: string;
  /** The forwarded query string without credential parameters (`api-version=2024-10-21`), when any. */
  query?: string;
  /**
   * The upstream answering (scheme, host, port and base path; never credentials): the same model name on two
   * providers, or on one after a switch, is two models. Instances sharing a Redis store share entries only when
   * they forward to the same upstream.
   */
  upstream?: string;
  /**
   * A `store: true` request's keeper (CacheEntry.keeper) on a route whose tenant is no key (`share`, a trusted
   * tenant header): in the entry id, not the partition, so each key keeps its own exact entry (another key's
   * would replace it) while the semantic tier still finds every key's.
   */
  keeper?: string;
  /**
   * The keyed hash of the credentials of a request that names objects its key keeps upstream (private-refs.ts), on a
   * route whose tenant holds several keys: in the partition, so no other key is served its answer.
   */
  owner?: string;
  /** The headers by which a gateway upstream picks its provider, config or host (gateway-headers.ts), when any. */
  gateway?: string;
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
  /**
   * Digest of partition + text: the exact-tier key, the entry's id and `X-Cache-Query`. With the route's
   * `placement: partition` it is prefixed by the partition's placement tag (`<tag>-<digest>`, src/store/placement.ts).
   */
  id: string;
  /** The route's placement (absent: `spread`): where the entry's keys live, and which masters a KNN asks. */
  placement?: Placement;
  /**
   * The readable words every request of the partition shares around `text` (KeyParts.shared), when there are any:
   * part of the partition already, so in no digest; the verifier reads `text` in them.
   */
  shared?: string;
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
  /**
   * The words of the instructions and earlier turns the embedded text is read in, as typed (sharedText): a retrieved
   * context in a system prompt can make two listed synonyms two things ("Kids 3–12 $8, a child under 3 free": "How
   * much is a kid ticket?" / "… a child ticket?"). Absent when there are none.
   */
  shared?: string;
}

/**
 * Computes the partition digest and the exact digest of a request from its adapter's key parts. The placement is
 * not part of the partition (the same request is the same partition either way); it only shapes the id.
 *
 * @example
 * keyOf(chatKeyParts(body, 'last-user'), { tenant, route: 'default' })
 * // → { partition: '9f2c…', text: 'What is the capital of France?', id: '41ab…' }
 * keyOf(chatKeyParts(body, 'last-user'), { tenant, route: 'default' }, 'partition')
 * // → { partition: '9f2c…', text: …, id: '9f2c51d0-41ab…', placement: 'partition' }
 */
export function keyOf(parts: KeyParts, scope: KeyScope, placement: Placement = 'spread'): RequestKey {
  const where = [scope.tenant, scope.route, scope.namespace ?? '', scope.query ?? ''];
  if (scope.upstream !== undefined) where.push(scope.upstream);
  if (scope.owner !== undefined) where.push(`owner:${scope.owner}`);
  if (scope.gateway !== undefined) where.push(`gateway:${scope.gateway}`);
  const partition = digest(canonicalJson({ v: 1, api: parts.api, scope: where, body: parts.partitionBody }));
  // No embedded text (a tool result last, a message without content) is not the empty text.
  const base = parts.text === undefined ? `${partition}\u0001` : `${partition}\u0000${parts.text}`;
  const id = entryIdOf(digest(scope.keeper === undefined ? base : `${base}\u0002${scope.keeper}`), partition, placement);
  const key: RequestKey = placement === 'spread' ? { partition, text: parts.text, id } : { partition, text: parts.text, id, placement };
  if (parts.text !== undefined && parts.shared !== undefined) key.shared = parts.shared;
  return key;
}

/** Shared text beyond this many characters is cut (its end dropped): the verifier reads it whole when it reads it. */
const SHARED_MAX_CHARACTERS = 128 * 1024;

/**
 * KeyParts.shared from an adapter's instructions and earlier turns (their texts as instructionText reads them), or
 * undefined when none has text.
 */
export function sharedText(...groups: ReadonlyArray<ReadonlyArray<string | undefined>>): string | undefined {
  const texts = groups.flat().filter((text): text is string => text !== undefined && text.trim() !== '');
  if (texts.length === 0) return undefined;
  const joined = texts.join('\n');
  return joined.length > SHARED_MAX_CHARACTERS ? joined.slice(0, SHARED_MAX_CHARACTERS) : joined;
}

/**
 * The body's fields minus the ignore-list and undefined values, under `renames` where two names mean one thing.
 * A field is renamed only when the body lacks the other name: with both present, both stay (one would be lost).
 */
export function partitionFields(body: Record<string, unknown>, skip: ReadonlySet<string>, renames: Readonly<Record<string, string>> = {}, ignored: ReadonlySet<string> = IGNORED_FIELDS): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(body)) {
    if (field === 'metadata' && ignored.has(field) && value !== null && typeof value === 'object' && (value as { tags?: unknown }).tags !== undefined) {
      // LiteLLM routes on the body's `metadata.tags` as on its `x-litellm-tags` header (gateway-headers.ts): a "free"
      // tier's answer was served for "paid" (a hostile tester at the proxy, session 40). The rest of `metadata` stays out.
      const tags = (value as { tags: unknown }).tags;
      // A set to the gateway: its order is no route.
      fields['metadata.tags'] = Array.isArray(tags) && tags.every((tag) => typeof tag === 'string') ? [...new Set(tags)].sort() : tags;
      continue;
    }
    if (ignored.has(field) || skip.has(field) || value === undefined) continue;
    const renamed = renames[field];
    fields[renamed !== undefined && body[renamed] === undefined ? renamed : field] = value;
  }
  return fields;
}

/** Never the first byte of UTF-8, so the UTF-16 domain below can't meet a UTF-8 input. */
const UTF16_MARK = Buffer.from([0xff]);
/** A high surrogate without its low half, or a low one without its high half (String#isWellFormed is ES2024). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * 128-bit hex digest: short enough for Redis keys and TAG values, far beyond collision range. A well-formed
 * string is hashed as UTF-8 (digests unchanged); one with unpaired surrogates as a marker byte + its UTF-16 code
 * units, since UTF-8 would turn every lone surrogate into U+FFFD and two different texts into one key.
 */
export function digest(input: string): string {
  const hash = createHash('sha256');
  if (!LONE_SURROGATE.test(input)) hash.update(input);
  else hash.update(UTF16_MARK).update(Buffer.from(input, 'utf16le'));
  return hash.digest('hex').slice(0, 32);
}
