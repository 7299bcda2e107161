import { describe, expect, it } from 'vitest';
import { InProcessCoalescer } from '../../../src/cache/coalescer.ts';
import type { ChatCompletion } from '../../../src/cache/chat-types.ts';

const completion = { id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [] } as ChatCompletion;

describe('InProcessCoalescer', () => {
  it('lets one caller lead a digest and the others follow its answer', async () => {
    const coalescer = new InProcessCoalescer();
    const lease = coalescer.lead('d')!;
    expect(coalescer.lead('d')).toBeUndefined();
    const follower = coalescer.follow('d')!;
    lease.complete(completion);
    await expect(follower).resolves.toBe(completion);
  });

  it('keeps the slot after the answer until the write is released (read-your-writes)', async () => {
    const coalescer = new InProcessCoalescer();
    const lease = coalescer.lead('d')!;
    lease.complete(completion);
    await expect(coalescer.follow('d')).resolves.toBe(completion);
    lease.release();
    expect(coalescer.follow('d')).toBeUndefined();
    expect(coalescer.size).toBe(0);
  });

  it('sends followers to their own calls when the leader fails', async () => {
    const coalescer = new InProcessCoalescer();
    const lease = coalescer.lead('d')!;
    const follower = coalescer.follow('d')!;
    lease.fail();
    await expect(follower).resolves.toBeUndefined();
    expect(coalescer.lead('d')).toBeDefined();
  });
});
