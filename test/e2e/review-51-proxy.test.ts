import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { cachedChat } from '../helpers/openai-chat.ts';
import { useProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 51, an end-to-end red team with the `openai` SDK: a system prompt that sets a task on the user's text in the
 * first person ("Respond with my message reversed.", "Does my message contain a digit?") was not read as one, so the
 * semantic tier served "I love you!"'s reversal for "I love you"; and the exact tier folded CRLF to LF in a question
 * about pasted lines whose CR is the answer ("Why does `read line` leave a weird character at the end of each line?").
 */

let upstream: MockUpstream;
let proxy: RunningProxy;

useProxy((running) => ({ upstream, proxy } = running));

let unique = 0;
const tag = () => `${++unique}${Math.random().toString(36).slice(2, 6)}`;


describe('a system prompt that sets a task on "my message"', () => {
  const cases: Array<[string, string, string]> = [
    ['Respond with my message reversed.', 'I love you!', 'I love you'],
    ['Does my message contain a digit?', 'I have 2 cats', 'I have two cats'],
    ['Tell me if my sentence is grammatical. Answer yes or no.', 'we were late', 'we was late'],
    ['Reply with the SHA-256 hash of what I type.', 'Hello world', 'hello world'],
    ['ROT13 whatever I write.', 'Meet me at noon.', 'Meet me at noon'],
  ];
  for (const [system, stored, asked] of cases) {
    it(`does not serve "${stored}" for "${asked}" under "${system}", and still serves an exact repeat`, async () => {
      const client = proxy.client({ apiKey: `sk-mine-${tag()}` });
      const first = await cachedChat(client, [{ role: 'system', content: system }, { role: 'user', content: stored }]);
      const other = await cachedChat(client, [{ role: 'system', content: system }, { role: 'user', content: asked }]);
      const repeat = await cachedChat(client, [{ role: 'system', content: system }, { role: 'user', content: stored }]);
      expect([first.status, other.status]).toEqual(['MISS', 'MISS']);
      expect(other.text).not.toBe(first.text);
      expect([repeat.status, repeat.match]).toEqual(['HIT', 'exact']);
    });
  }

  it('still serves a paraphrase under a first-person prompt that sets no task on the text', async () => {
    const client = proxy.client({ apiKey: `sk-mine-${tag()}` });
    const system = 'I am a teacher. Help me plan lessons for my class.';
    const first = await cachedChat(client, [{ role: 'system', content: system }, { role: 'user', content: 'How do I reset my password?' }]);
    const paraphrase = await cachedChat(client, [{ role: 'system', content: system }, { role: 'user', content: 'How can I reset my password?' }]);
    expect(first.status).toBe('MISS');
    expect([paraphrase.status, paraphrase.match]).toEqual(['HIT', 'semantic']);
  });
});

describe('CRLF in pasted lines asked why they fail', () => {
  it('keeps a CRLF script apart from its LF copy in both tiers', async () => {
    const client = proxy.client({ apiKey: `sk-crlf-${tag()}` });
    const question = 'Why does `read line` in bash leave a weird character at the end of each line of this file?';
    const lf = await cachedChat(client, [{ role: 'user', content: `${question}\nalpha\nbeta\ngamma` }]);
    const crlf = await cachedChat(client, [{ role: 'user', content: `${question}\r\nalpha\r\nbeta\r\ngamma` }]);
    expect([lf.status, crlf.status]).toEqual(['MISS', 'MISS']);
    expect(upstream.chatCalls.length).toBeGreaterThanOrEqual(2);
  });

  it('still folds CRLF in pasted code asked about otherwise', async () => {
    const client = proxy.client({ apiKey: `sk-crlf-${tag()}` });
    const lf = await cachedChat(client, [{ role: 'user', content: 'Why is this slow?\nfor i in range(n):\n    total += i' }]);
    const crlf = await cachedChat(client, [{ role: 'user', content: 'Why is this slow?\r\nfor i in range(n):\r\n    total += i' }]);
    expect(lf.status).toBe('MISS');
    expect([crlf.status, crlf.match]).toEqual(['HIT', 'exact']);
  });
});
