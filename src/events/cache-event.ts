import type { CacheMatch } from '../http/cache-headers.ts';
import { boundedText, MAX_FIELD_CHARACTERS } from '../observability/bounded-text.ts';

/**
 * One entry of the event stream (config `events`), for audit and analytics. Identifiers only: the tenant is its
 * keyed hash, entries and queries are the `X-Cache-Key` / `X-Cache-Query` digests, and the embedded text
 * (`prompt`) is there only with `includePrompts`. Never an API key, a system prompt or an answer.
 */
export type CacheEvent = HitEvent | MissEvent | StoreEvent | InvalidateEvent;

interface RequestEventBase {
  requestId: string;
  route: string;
  model?: string;
  tenant?: string;
  /** `X-Cache-Key`: the entry served (hit) or the id the answer is stored under (miss). */
  entry?: string;
  /** `X-Cache-Query`. */
  query?: string;
  stream: boolean;
  similarity?: number;
  /** The embedded text; only with `includePrompts`. */
  prompt?: string;
}

export interface HitEvent extends RequestEventBase {
  type: 'hit';
  match?: CacheMatch;
  savedPromptTokens?: number;
  savedCompletionTokens?: number;
}

export interface MissEvent extends RequestEventBase {
  type: 'miss';
  /** `MISS`, or `REFRESH` when the client skipped the lookup. */
  status: 'MISS' | 'REFRESH';
  upstreamStatus?: number;
}

export interface StoreEvent {
  type: 'store';
  route: string;
  model?: string;
  tenant?: string;
  entry?: string;
}

/** An admin API change: `delete` (one entry), `invalidate` (a filter), `flush`, or `feedback` (a wrong hit). */
export interface InvalidateEvent {
  type: 'invalidate';
  action: 'delete' | 'invalidate' | 'flush' | 'feedback';
  deleted: number;
  entry?: string;
  query?: string;
  route?: string;
  model?: string;
  tenant?: string;
}

/**
 * The event as a Redis Stream entry's field/value list: `type` first, then `ts` (epoch ms, besides the entry id's
 * own time, for consumers that re-ingest), then every field that is set. Similarity has 4 decimals as in
 * `X-Cache-Similarity`; booleans are `1`/`0`. Every value is capped (MAX_FIELD_CHARACTERS, the prompt at
 * MAX_EVENT_PROMPT_CHARACTERS), so one event stays under MAX_EVENT_BYTES however large the request's model name
 * or request id: `MAXLEN` counts entries, and under `allkeys-lru` a large stream evicts cache entries.
 */
export function eventFields(event: CacheEvent, ts: number): string[] {
  const fields = ['type', event.type, 'ts', String(ts)];
  for (const [name, value] of Object.entries(event)) {
    if (name === 'type' || value === undefined) continue;
    if (name === 'similarity') fields.push(name, Math.max(0, value as number).toFixed(4));
    else if (typeof value === 'boolean') fields.push(name, value ? '1' : '0');
    else fields.push(name, boundedText(String(value), name === 'prompt' ? MAX_EVENT_PROMPT_CHARACTERS : MAX_FIELD_CHARACTERS));
  }
  return fields;
}

/** How much of the embedded text an event keeps with `includePrompts`. */
export const MAX_EVENT_PROMPT_CHARACTERS = 2_048;
/**
 * An upper bound on one event's size in UTF-8 bytes (at most 20 fields, names under 32 bytes, values capped as
 * above, 4 bytes per character at worst): the stream holds at most about `maxLen` × this.
 */
export const MAX_EVENT_BYTES = 20 * 32 + 4 * (19 * (MAX_FIELD_CHARACTERS + 24) + MAX_EVENT_PROMPT_CHARACTERS + 24);
