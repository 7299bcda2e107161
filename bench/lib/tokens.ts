import { Tiktoken } from 'js-tiktoken/lite';
import o200kBase from 'js-tiktoken/ranks/o200k_base';

/**
 * Token counts as OpenAI bills them for the gpt-4o / gpt-4.1 / gpt-5 families (o200k_base), including the
 * chat format's fixed cost: 3 tokens per message plus its role and content, and 3 that prime the reply (the
 * accounting of OpenAI's cookbook "How to count tokens with tiktoken").
 */
let encoder: Tiktoken | undefined;

export function textTokens(text: string): number {
  encoder ??= new Tiktoken(o200kBase);
  return encoder.encode(text).length;
}

export function chatPromptTokens(messages: ReadonlyArray<{ role: string; content: unknown }>): number {
  let total = 3;
  for (const message of messages) {
    total += 3 + textTokens(message.role) + textTokens(typeof message.content === 'string' ? message.content : JSON.stringify(message.content ?? ''));
  }
  return total;
}
