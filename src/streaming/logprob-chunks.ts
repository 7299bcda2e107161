/**
 * Token-aligned replay of logprobs (issue #11 finding 9): OpenAI streams each token's logprob in the chunk that
 * carries the token, and clients that show or use them as they arrive expect the same from a HIT. A cached
 * answer's `logprobs.content` (or `.refusal`) lists the tokens in order, so the text is replayed in groups of
 * whole tokens, each chunk with its tokens' entries. The Responses API does the same with the `logprobs` list of an
 * `output_text` part and its `response.output_text.delta` events.
 */

export interface LogprobGroup {
  text: string;
  entries: unknown[];
}

/**
 * The text as groups of whole tokens of about `chunkChars` characters with their logprob entries, or undefined
 * when the entries do not spell out the text (a token cut inside a multi-byte character is listed by its bytes,
 * not its text): then the caller sends the logprobs whole, as before. Chat completions keep the entries under
 * `logprobs.content` / `.refusal`; see tokenAlignedGroups for a bare list.
 */
export function logprobGroups(logprobs: unknown, field: 'content' | 'refusal', text: string | null | undefined, chunkChars: number): LogprobGroup[] | undefined {
  return tokenAlignedGroups(isObject(logprobs) ? logprobs[field] : undefined, text, chunkChars);
}

/**
 * logprobGroups for a bare list of `{ token, … }` entries, as a Responses API `output_text` part keeps them.
 *
 * @example
 * tokenAlignedGroups([{ token: 'Hi' }, { token: ' there' }], 'Hi there', 4) // → [{ text: 'Hi there', entries: [both] }]
 * tokenAlignedGroups([{ token: 'Hi' }], 'Hello', 4) // → undefined
 */
export function tokenAlignedGroups(entries: unknown, text: string | null | undefined, chunkChars: number): LogprobGroup[] | undefined {
  if (!Array.isArray(entries) || entries.length === 0 || typeof text !== 'string') return undefined;
  const groups: LogprobGroup[] = [];
  let current: LogprobGroup = { text: '', entries: [] };
  let spelled = 0;
  for (const entry of entries) {
    const token = isObject(entry) ? entry.token : undefined;
    if (typeof token !== 'string' || !text.startsWith(token, spelled)) return undefined;
    spelled += token.length;
    current.text += token;
    current.entries.push(entry);
    if (current.text.length >= chunkChars) {
      groups.push(current);
      current = { text: '', entries: [] };
    }
  }
  if (spelled !== text.length) return undefined;
  if (current.entries.length > 0) groups.push(current);
  return groups;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
