import type OpenAI from 'openai';

/**
 * One chat completion through the proxy with the `openai` SDK, and what the proxy said of it: the answer's text, its
 * `x-cache-status` (HIT, MISS, BYPASS) and `x-cache-match` (exact, semantic).
 */
export async function cachedChat(client: OpenAI, messages: OpenAI.Chat.ChatCompletionMessageParam[]): Promise<{ text: string | null; status: string | null; match: string | null }> {
  const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages }).withResponse();
  return { text: data.choices[0]!.message.content, status: response.headers.get('x-cache-status'), match: response.headers.get('x-cache-match') };
}
