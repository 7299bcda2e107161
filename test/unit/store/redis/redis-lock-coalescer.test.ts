/**
 * RedisLockCoalescer's waiting policy with its Redis calls replaced by a scripted fake; the behaviour against a real
 * Redis is in test/integration/store/redis-lock-coalescer.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ChatCompletion } from '../../../../src/cache/chat-types.ts';
import { RedisLockCoalescer } from '../../../../src/store/redis/redis-lock-coalescer.ts';
import type { CacheEntry } from '../../../../src/store/vector-store.ts';

const completion = { id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [] } as ChatCompletion;
const entry = { id: 'd', partition: 'p', text: 't', completion, route: 'default', model: 'm', tenant: 't', createdAt: 0 } as CacheEntry;

/** Another instance's lock token, as the lock's GET returns it. */
const OTHER_INSTANCE_TOKEN = 'f'.repeat(32);

/** A lock held by another instance forever; `reads` scripts what each entry read does. */
function heldElsewhere(reads: Array<'fail' | 'missing' | 'found'>, options: { available?: () => boolean } = {}) {
  const sent: string[][] = [];
  let read = 0;
  const coalescer = new RedisLockCoalescer({
    send: async (args) => {
      sent.push(args);
      if (args[0] === 'SET') return null; // NX refused: someone else leads
      if (args[0] === 'GET') return OTHER_INSTANCE_TOKEN; // the lock's holder
      return 0;
    },
    readEntry: async () => {
      const outcome = reads[Math.min(read++, reads.length - 1)];
      if (outcome === 'fail') throw new Error('timed out');
      return outcome === 'found' ? entry : undefined;
    },
    lockKey: (digest) => `lock:${digest}`,
    pollMs: { min: 1, max: 1 },
    ...options,
  });
  return { coalescer, sent, reads: () => read };
}

describe('RedisLockCoalescer waiting for another instance', () => {
  it('keeps waiting through an occasional failed poll', async () => {
    const { coalescer } = heldElsewhere(['missing', 'fail', 'missing', 'fail', 'found']);
    const claim = await coalescer.lead('d');
    expect(claim).toEqual({ kind: 'stored-elsewhere', entry });
  });

  it('stops waiting and leads itself after repeated failed polls', async () => {
    const { coalescer, reads } = heldElsewhere(['fail']);
    const claim = await coalescer.lead('d');
    expect(claim.kind).toBe('lead');
    // The read that goes with the lock, then three failed polls.
    expect(reads()).toBe(4);
    expect(coalescer.waiting).toBe(0);
  });

  // Audit 12: a store: true request waits although an entry is there (another key's, which it cannot use); that
  // entry is no answer to it, so taking it sent this instance upstream at once. It waits for one it can use.
  it('takes only an entry the request accepts, and waits on past one it does not', async () => {
    const kept = { ...entry, storedUpstream: true, keeper: 'k' } as CacheEntry;
    let polls = 0;
    const coalescer = new RedisLockCoalescer({
      send: async (args) => (args[0] === 'SET' ? null : args[0] === 'GET' ? OTHER_INSTANCE_TOKEN : 0),
      readEntry: async () => (++polls < 4 ? entry : kept),
      lockKey: (digest) => `lock:${digest}`,
      pollMs: { min: 1, max: 1 },
    });
    const claim = await coalescer.lead('d', { accept: (candidate) => candidate.keeper === 'k' });
    expect(claim).toEqual({ kind: 'stored-elsewhere', entry: kept });
    expect(polls).toBe(4);
  });

  // Review of the above: a first version ignored any entry there when the wait began, so a leader whose entry
  // landed before its unlock was not recognised, and a request that started after that MISS went upstream again.
  it('takes the leader\'s entry that landed before the lock was released', async () => {
    const coalescer = new RedisLockCoalescer({
      send: async (args) => (args[0] === 'SET' ? null : args[0] === 'GET' ? null : 0),
      readEntry: async () => entry,
      lockKey: (digest) => `lock:${digest}`,
      pollMs: { min: 1, max: 1 },
    });
    expect(await coalescer.lead('d')).toEqual({ kind: 'stored-elsewhere', entry });
  });

  it('stops waiting at the first failed poll once the store is known to be failing', async () => {
    let available = true;
    const { coalescer, reads } = heldElsewhere(['missing', 'fail'], { available: () => available });
    const claiming = coalescer.lead('d');
    available = false; // the breaker opens while it waits
    const claim = await claiming;
    expect(claim.kind).toBe('lead');
    expect(reads()).toBe(2);
  });

  it('tries no lock while the store is known to be failing', async () => {
    const { coalescer, sent } = heldElsewhere(['missing'], { available: () => false });
    const claim = await coalescer.lead('d');
    expect(claim.kind).toBe('lead');
    expect(sent).toEqual([]);
  });
});
