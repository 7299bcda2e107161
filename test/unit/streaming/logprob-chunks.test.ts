import { describe, expect, it } from 'vitest';
import { logprobGroups, tokenAlignedGroups } from '../../../src/streaming/logprob-chunks.ts';

const entry = (token: string) => ({ token, logprob: -0.1, bytes: [...new TextEncoder().encode(token)], top_logprobs: [] });
const tokens = ['Paris', ' is', ' the', ' capital', '.'].map(entry);
const text = 'Paris is the capital.';

describe('tokenAlignedGroups', () => {
  it('groups whole tokens of about chunkChars characters, each group with exactly its tokens', () => {
    const groups = tokenAlignedGroups(tokens, text, 8)!;
    expect(groups.map((group) => group.text)).toEqual(['Paris is', ' the capital', '.']);
    expect(groups.map((group) => group.entries)).toEqual([tokens.slice(0, 2), tokens.slice(2, 4), tokens.slice(4)]);
  });

  it('gives one group per token when chunkChars is 1', () => {
    expect(tokenAlignedGroups(tokens, text, 1)?.map((group) => group.entries)).toEqual(tokens.map((one) => [one]));
  });

  it('gives undefined when the tokens do not spell out the text, so the caller falls back', () => {
    expect(tokenAlignedGroups(tokens.slice(0, 4), text, 8)).toBeUndefined(); // one token short
    expect(tokenAlignedGroups([...tokens, entry('!')], text, 8)).toBeUndefined(); // one token too many
    expect(tokenAlignedGroups([entry('Paris'), { logprob: -1, bytes: [32] }], text, 8)).toBeUndefined(); // a token without text
    expect(tokenAlignedGroups([], text, 8)).toBeUndefined();
    expect(tokenAlignedGroups(null, text, 8)).toBeUndefined();
  });

  it('reads chat completions logprobs under their field', () => {
    expect(logprobGroups({ content: tokens, refusal: null }, 'content', text, 8)).toEqual(tokenAlignedGroups(tokens, text, 8));
    expect(logprobGroups({ content: tokens, refusal: null }, 'refusal', text, 8)).toBeUndefined();
  });
});
