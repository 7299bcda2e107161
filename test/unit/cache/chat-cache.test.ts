import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChatCache, type LookupOptions } from '../../../src/cache/chat-cache.ts';
import type { RequestKey } from '../../../src/cache/request-key.ts';
import { ensureLexicon, loadLexicon } from '../../../src/cache/verify/lexicon-file.ts';
import { StructuralVerifier } from '../../../src/cache/verify/structural-verifier.ts';
import { LocalEmbedder } from '../../../src/embedding/local/local-embedder.ts';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store.ts';
import type { Neighbour, VectorStore } from '../../../src/store/vector-store.ts';

const PARTITION = 'p'.repeat(16);
const TTL_MS = 1_000;

let embedder: LocalEmbedder;
let verifier: StructuralVerifier;

beforeAll(async () => {
  embedder = new LocalEmbedder();
  await embedder.start?.();
  verifier = new StructuralVerifier(await loadLexicon(await ensureLexicon()));
});

function keyOf(text: string): RequestKey {
  return { partition: PARTITION, text, id: createHash('sha256').update(text).digest('hex') };
}

function completion(content: string) {
  return { id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] };
}

async function save(cache: ChatCache, text: string): Promise<void> {
  await cache.save({ key: keyOf(text), completion: completion(`answer to ${text}`), route: 'chat', model: 'm', tenant: 't', ttlMs: TTL_MS, semantic: true, minCoverage: 0, embedContext: {} });
}

function lookup(cache: ChatCache, text: string, extra: Partial<LookupOptions> = {}) {
  return cache.lookup({ key: keyOf(text), route: 'chat', semantic: true, threshold: 0.5, minCoverage: 0, embedContext: {}, ...extra });
}

const STORED = 'How do I turn on the heater in my car?';

/** A cache on a clock at 0 holding STORED, saved with TTL_MS. */
async function savedAtZero() {
  const clock = { now: 0 };
  const store = new EmbeddedStore({ dimension: embedder.dimension, now: () => clock.now });
  const cache = new ChatCache({ store, embedder, verifier, now: () => clock.now });
  await save(cache, STORED);
  return { clock, store, cache };
}

describe('ChatCache candidates', () => {
  it('does not read a candidate the verifier rejects: its TTL does not slide and it expires on time', async () => {
    const { clock, store, cache } = await savedAtZero();
    clock.now = 600;
    const outcome = await lookup(cache, 'How do I turn off the heater in my car?', { slideTtlMs: TTL_MS });
    expect(outcome.kind).toBe('miss');
    expect(outcome.kind === 'miss' && outcome.rejected?.entryId).toBe(keyOf(STORED).id);

    clock.now = TTL_MS + 1; // past its own expiry; a read at 600 with the slide would have kept it to 1,600
    expect(await store.get(keyOf(STORED).id)).toBeUndefined();
  });

  it('slides the TTL of the candidate it serves', async () => {
    const { clock, store, cache } = await savedAtZero();
    clock.now = 600;
    const outcome = await lookup(cache, 'Please, how do I turn on the heater in my car?', { slideTtlMs: TTL_MS });
    expect(outcome.kind === 'hit' && outcome.match).toBe('semantic');
    expect(outcome.kind === 'hit' && outcome.entry.completion).toEqual(completion(`answer to ${STORED}`));

    clock.now = TTL_MS + 1;
    expect(await store.get(keyOf(STORED).id)).toBeDefined();
  });

  it('reads the entry for its text when the store returns neighbours without it', async () => {
    const store = new EmbeddedStore({ dimension: embedder.dimension });
    // The real store, with the text taken off what its search returns.
    const withoutTexts: VectorStore = Object.assign(Object.create(store) as EmbeddedStore, {
      nearest: async (...args: Parameters<EmbeddedStore['nearest']>): Promise<Neighbour[]> =>
        (await store.nearest(...args)).map(({ id, similarity }) => ({ id, similarity })),
    });
    const cache = new ChatCache({ store: withoutTexts, embedder, verifier });
    await save(cache, STORED);

    const same = await lookup(cache, 'Please, how do I turn on the heater in my car?');
    expect(same.kind === 'hit' && same.match).toBe('semantic');
    const different = await lookup(cache, 'How do I turn off the heater in my car?');
    expect(different.kind === 'miss' && different.rejected?.verdict.kind).toBe('different');
  });
});
