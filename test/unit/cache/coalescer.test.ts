import { describe, expect, it } from 'vitest';
import { InProcessCoalescer, type Claim, type Lease } from '../../../src/cache/coalescer.ts';
import type { ChatCompletion } from '../../../src/cache/chat-types.ts';

const completion = { id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [] } as ChatCompletion;
const answer = { completion, storedUpstream: false };

function leaseOf(claim: Claim): Lease {
  if (claim.kind !== 'lead') throw new Error(`expected to lead, got ${claim.kind}`);
  return claim.lease;
}

describe('InProcessCoalescer', () => {
  it('lets one caller lead a digest and the others follow its answer', async () => {
    const coalescer = new InProcessCoalescer();
    const lease = leaseOf(await coalescer.lead('d'));
    expect(await coalescer.lead('d')).toEqual({ kind: 'busy' });
    const follower = coalescer.follow('d')!;
    expect(coalescer.waiting).toBe(1);
    lease.complete(answer);
    await expect(follower).resolves.toBe(answer);
    expect(coalescer.waiting).toBe(0);
  });

  it('takes the slot when lead is called, before its promise settles', () => {
    const coalescer = new InProcessCoalescer();
    void coalescer.lead('d');
    expect(coalescer.size).toBe(1);
    expect(coalescer.follow('d')).toBeDefined();
  });

  it('keeps the slot after the answer until the write is released (read-your-writes)', async () => {
    const coalescer = new InProcessCoalescer();
    const lease = leaseOf(await coalescer.lead('d'));
    lease.complete(answer);
    await expect(coalescer.follow('d')).resolves.toBe(answer);
    lease.release();
    expect(coalescer.follow('d')).toBeUndefined();
    expect(coalescer.size).toBe(0);
  });

  it('sends followers to their own calls when the leader fails', async () => {
    const coalescer = new InProcessCoalescer();
    const lease = leaseOf(await coalescer.lead('d'));
    const follower = coalescer.follow('d')!;
    lease.fail();
    await expect(follower).resolves.toBeUndefined();
    expect((await coalescer.lead('d')).kind).toBe('lead');
  });

  it('tells followers that the leader abandoned its call (its client left), and frees the slot', async () => {
    const coalescer = new InProcessCoalescer();
    const lease = leaseOf(await coalescer.lead('d'));
    const follower = coalescer.follow('d')!;
    lease.abandon();
    await expect(follower).resolves.toEqual({ abandoned: true });
    expect(coalescer.size).toBe(0);
  });

  it('lets a follower whose client left stop waiting, no longer counted; the others still get the answer', async () => {
    const coalescer = new InProcessCoalescer();
    const lease = leaseOf(await coalescer.lead('d'));
    const client = new AbortController();
    const leaving = coalescer.follow('d', client.signal)!;
    const staying = coalescer.follow('d', new AbortController().signal)!;
    expect(coalescer.waiting).toBe(2);
    client.abort();
    await expect(leaving).resolves.toBeUndefined();
    expect(coalescer.waiting).toBe(1);
    lease.complete(answer);
    await expect(staying).resolves.toBe(answer);
    expect(coalescer.waiting).toBe(0);
    // A client already gone does not wait at all.
    await expect(coalescer.follow('d', client.signal)).resolves.toBeUndefined();
    expect(coalescer.waiting).toBe(0);
  });
});
