import { createHash } from 'node:crypto';
import type { ChatMessage, ChatRequest } from './chat-types.ts';
import { canonicalJson } from './canonical-json.ts';
import { contentText, normaliseText } from './normalise-text.ts';

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

/**
 * Computes the partition digest, the embedded text and the exact digest of a request.
 *
 * @example
 * requestKey(body, { tenant, route: 'default' }, 'last-user')
 * // → { partition: '9f2c…', text: 'What is the capital of France?', id: '41ab…' }
 */
export function requestKey(request: ChatRequest, scope: KeyScope, strategy: EmbedStrategy): RequestKey {
  const messages = request.messages.map(normaliseMessage);
  const turns = strategy === 'last-user' ? 1 : strategy.lastTurns;
  const embedded = embeddedTurns(messages, turns);
  const partitionBody: Record<string, unknown> = normaliseBody(request);
  // Only the embedded text leaves the partition: the embedded messages' other fields (name, …) stay in it.
  const kept = embedded ? messages.length - embedded.count : messages.length;
  const embeddedRest = messages.slice(kept).map(({ content: _text, ...rest }) => rest);
  // With several turns embedded, their roles are in the text too, so a turn with nothing else leaves no trace.
  const residue = turns === 1 ? embeddedRest : embeddedRest.map(({ role: _role, ...rest }) => rest).filter((rest) => Object.keys(rest).length > 0);
  partitionBody.messages = [...messages.slice(0, kept), ...residue];
  const partition = digest(canonicalJson({ v: 1, scope: [scope.tenant, scope.route, scope.namespace ?? '', scope.query ?? ''], body: partitionBody }));
  const text = embedded?.text;
  return { partition, text, id: digest(`${partition}\u0000${text ?? ''}`) };
}

/** 128-bit hex digest: short enough for Redis keys and TAG values, far beyond collision range. */
export function digest(input: string): string {
  return createHash('sha256').update(input).digest('hex').slice(0, 32);
}

function normaliseBody(request: ChatRequest): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(request)) {
    if (IGNORED_FIELDS.has(field) || field === 'messages' || value === undefined) continue;
    // max_tokens and max_completion_tokens are the same limit under two names.
    body[field === 'max_completion_tokens' ? 'max_tokens' : field] = value;
  }
  return body;
}

function normaliseMessage(message: ChatMessage): ChatMessage {
  const normalised: ChatMessage = { ...message, role: message.role === 'developer' ? 'system' : message.role };
  const text = contentText(message.content);
  if (text !== undefined && message.content !== undefined && message.content !== null) normalised.content = text;
  return normalised;
}

/**
 * The last `turns` messages as embedded text, when the last message is a user message with text only. With
 * one turn it is that message's text; with more, up to `turns` user/assistant text messages from the end, each
 * prefixed by its role so order and speakers count.
 */
function embeddedTurns(messages: ChatMessage[], turns: number): { text: string; count: number } | undefined {
  const last = messages[messages.length - 1];
  if (!last || last.role !== 'user' || typeof last.content !== 'string') return undefined;
  if (turns === 1) return { text: normaliseText(last.content), count: 1 };
  const lines: string[] = [];
  for (let index = messages.length - 1; index >= 0 && lines.length < turns; index--) {
    const message = messages[index]!;
    const conversational = message.role === 'user' || message.role === 'assistant';
    if (!conversational || typeof message.content !== 'string' || message.tool_calls) break;
    lines.unshift(`${message.role}: ${normaliseText(message.content)}`);
  }
  return { text: lines.join('\n'), count: lines.length };
}
