import type { DestinationStream } from 'pino';
import type OpenAI from 'openai';
import { eventually, type RunningProxy } from '../../helpers/proxy.ts';

/** A log destination that drops every line (tests that do not look at logs keep stdout clean). */
export const discardLogs: DestinationStream = { write() {} };

export { LogCapture } from '../../helpers/log-capture.ts';

export interface Asked {
  data: OpenAI.Chat.ChatCompletion;
  status: string | null;
  key: string;
  query: string;
  match: string | null;
  similarity: string | null;
}

/** One non-streaming chat completion through the openai SDK, with the cache headers it came back with. */
export async function ask(client: OpenAI, content: string, options: { model?: string; headers?: Record<string, string> } = {}): Promise<Asked> {
  const { data, response } = await client.chat.completions
    .create({ model: options.model ?? 'gpt-4o-mini', messages: [{ role: 'user', content }] }, { headers: options.headers })
    .withResponse();
  return {
    data,
    status: response.headers.get('x-cache-status'),
    key: response.headers.get('x-cache-key') ?? '',
    query: response.headers.get('x-cache-query') ?? '',
    match: response.headers.get('x-cache-match'),
    similarity: response.headers.get('x-cache-similarity'),
  };
}

/** Waits until answers written after a MISS have landed, so the next request sees them as plain hits. */
export async function writesSettled(proxy: RunningProxy): Promise<void> {
  await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes to land');
}

let counter = 0;
/** A question no other test asks. */
export function uniqueQuestion(text = 'What is the capital of France?'): string {
  return `${text} (case ${++counter}${Math.random().toString(36).slice(2, 6)})`;
}
