import { createHash } from 'node:crypto';

/**
 * `fp_` + a digest of the last user message. The bench mock upstream puts it in every answer's
 * `system_fingerprint`, which the proxy keeps when it caches and replays, so a client can tell which prompt an
 * answer was generated for, and so whether a cache hit served the answer of a different prompt.
 */
export function promptFingerprint(messages: ReadonlyArray<{ role: string; content: unknown }>): string {
  const last = [...messages].reverse().find((message) => message.role === 'user');
  const text = typeof last?.content === 'string' ? last.content : JSON.stringify(last?.content ?? '');
  return `fp_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}
