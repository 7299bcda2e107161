import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChatCache, type LookupOptions } from '../../../src/cache/chat-cache.ts';
import type { RequestKey } from '../../../src/cache/request-key.ts';
import { ensureLexicon, loadLexicon } from '../../../src/cache/verify/lexicon-file.ts';
import { StructuralVerifier } from '../../../src/cache/verify/structural-verifier.ts';
import { LocalEmbedder } from '../../../src/embedding/local/local-embedder.ts';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store.ts';
import type { Neighbour, VectorStore } from '../../../src/store/vector-store.ts';
import type { CandidateVerifier } from '../../../src/cache/verify/verdict.ts';

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

async function save(cache: ChatCache, text: string, answer = `answer to ${text}`): Promise<void> {
  await cache.save({ key: keyOf(text), completion: completion(answer), route: 'chat', model: 'm', tenant: 't', ttlMs: TTL_MS, semantic: true, minCoverage: 0, embedContext: {} });
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

// Hostile cases: the store changing between the search and the read, and look-alike prompts.
/** The real verifier with a hook run before each verification (between `nearest` and the accepted `get`). */
function hooked(before: (candidate: string) => Promise<void> | void): CandidateVerifier & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async verify(query, candidate) {
      calls.push(candidate);
      await before(candidate);
      return verifier.verify(query, candidate);
    },
  };
}

const PARAPHRASE = 'Please, how do I turn on the heater in my car?';

describe('ChatCache: the store changes between nearest and the accepted get', () => {
  it('an entry replaced (same id, new completion) mid-lookup: serves the current completion, never the old one', async () => {
    const clock = { now: 0 };
    const store = new EmbeddedStore({ dimension: embedder.dimension, now: () => clock.now });
    let replaced = false;
    const v = hooked(async () => {
      if (replaced) return;
      replaced = true;
      await save(new ChatCache({ store, embedder, verifier }), STORED, 'REPLACED answer');
    });
    const cache = new ChatCache({ store, embedder, verifier: v, now: () => clock.now });
    await save(cache, STORED, 'ORIGINAL answer');
    const outcome = await lookup(cache, PARAPHRASE);
    expect(v.calls).toEqual([STORED]);
    expect(outcome.kind).toBe('hit');
    if (outcome.kind === 'hit') {
      expect(outcome.entry.completion).toEqual(completion('REPLACED answer'));
      expect(outcome.entry.text).toBe(STORED);
      expect(outcome.entry.vector).toBeUndefined();
    }
  });

  it('an entry replaced under its id with a DIFFERENT text mid-lookup must not be served on the old text\'s verdict', async () => {
    // Artificial (ids are digests of partition + text), but it states the invariant: what is served is what was verified.
    const store = new EmbeddedStore({ dimension: embedder.dimension });
    const id = keyOf(STORED).id;
    let replaced = false;
    const v = hooked(async () => {
      if (replaced) return;
      replaced = true;
      const vector = (await embedder.embed('How do I turn off the heater in my car?', {})).vector;
      await store.put({ id, partition: PARTITION, text: 'How do I turn off the heater in my car?', vector, completion: completion('answer to OFF'), route: 'chat', model: 'm', tenant: 't', createdAt: 0 }, TTL_MS);
    });
    const cache = new ChatCache({ store, embedder, verifier: v });
    await save(cache, STORED);
    const outcome = await lookup(cache, PARAPHRASE);
    if (outcome.kind === 'hit') {
      expect(outcome.entry.text, 'served an entry whose text was never verified against the query').toBe(STORED);
    }
  });

  it('the accepted candidate expires between nearest and get: a miss (or another live hit), never the expired entry, no error', async () => {
    const clock = { now: 0 };
    const store = new EmbeddedStore({ dimension: embedder.dimension, now: () => clock.now });
    const v = hooked(() => {
      clock.now = TTL_MS + 5; // the candidate expires while it is being verified
    });
    const cache = new ChatCache({ store, embedder, verifier: v, now: () => clock.now });
    await save(cache, STORED);
    clock.now = 500;
    const outcome = await lookup(cache, PARAPHRASE, { slideTtlMs: TTL_MS });
    expect(outcome.kind).toBe('miss');
    expect(await store.get(keyOf(STORED).id)).toBeUndefined(); // the slide did not resurrect it
  });

  it('the accepted candidate expires mid-lookup while a second, live paraphrase exists: serves the live one', async () => {
    const clock = { now: 0 };
    const store = new EmbeddedStore({ dimension: embedder.dimension, now: () => clock.now });
    const cache0 = new ChatCache({ store, embedder, verifier, now: () => clock.now });
    await save(cache0, STORED); // expires at 1000
    clock.now = 800;
    const second = 'How can I turn on the heater in my car?';
    await save(cache0, second); // expires at 1800
    let first = true;
    const v = hooked(() => {
      if (first) clock.now = 1_200;
      first = false;
    });
    const cache = new ChatCache({ store, embedder, verifier: v, now: () => clock.now });
    clock.now = 900;
    const outcome = await lookup(cache, PARAPHRASE);
    expect(outcome.kind).not.toBe('error');
    if (outcome.kind === 'hit') {
      expect(outcome.entry.id).not.toBe(v.calls[0] === STORED ? keyOf(STORED).id : 'none');
      expect([STORED, second]).toContain(outcome.entry.text);
    }
  });

  it('an entry deleted (invalidated) between nearest and get is not served', async () => {
    const store = new EmbeddedStore({ dimension: embedder.dimension });
    const v = hooked(async () => {
      await store.delete(keyOf(STORED).id);
    });
    const cache = new ChatCache({ store, embedder, verifier: v });
    await save(cache, STORED);
    const outcome = await lookup(cache, PARAPHRASE);
    expect(outcome.kind).toBe('miss');
  });
});

describe('ChatCache: hostile prompt texts round-trip through the embedded store', () => {
  const hostile: Array<[string, string]> = [
    ['dist', 'dist'],
    ['text', 'text'],
    ['NUL bytes', 'How do I\u0000 turn on\u0000 the heater?\u0000'],
    ['lone surrogates', 'How do I turn on the heater \uD800 in my car \uDC00?'],
    ['1 MB', `How do I turn on the heater in my car? ${'heater '.repeat(150_000)}`],
  ];
  for (const [name, text] of hostile) {
    it(`exact hit for a ${name} prompt returns the same text, the right answer and no vector`, async () => {
      const store = new EmbeddedStore({ dimension: embedder.dimension });
      const cache = new ChatCache({ store, embedder, verifier });
      await save(cache, text);
      const outcome = await lookup(cache, text);
      expect(outcome.kind === 'hit' && outcome.match).toBe('exact');
      if (outcome.kind === 'hit') {
        expect(outcome.entry.text === text).toBe(true);
        expect(outcome.entry.completion).toEqual(completion(`answer to ${text}`));
        expect(outcome.entry.vector).toBeUndefined();
      }
      const neighbours = await store.nearest(PARTITION, (await embedder.embed(text, {})).vector, 8);
      expect(neighbours[0]?.text === text).toBe(true);
      // get without vector:false still gives the vector
      expect((await store.get(keyOf(text).id))?.vector).toBeInstanceOf(Float32Array);
    });
  }
});

describe('ChatCache: look-alike prompts are never a semantic hit', () => {
  const pairs: Array<[string, string]> = [
    ['How do I turn on the heater in my car?', 'How do I turn off the heater in my car?'],
    ['Is it safe to eat raw chicken?', 'Is it unsafe to eat raw chicken?'],
    ['Convert 10 miles to kilometers', 'Convert 10 kilometers to miles'],
    ['Translate this from English to French: good morning', 'Translate this from French to English: good morning'],
    ['What is 12 + 7?', 'What is 12 - 7?'],
    ['What is 12 * 7?', 'What is 12 / 7?'],
    ['What is 3 squared?', 'What is 4 squared?'],
    ['Is 17 greater than 20?', 'Is 17 less than 20?'],
    ['Write a Python function that sorts a list in ascending order', 'Write a Python function that sorts a list in descending order'],
    ['Who was the first president of the United States?', 'Who was the second president of the United States?'],
    ['How do I increase the font size in VS Code?', 'How do I decrease the font size in VS Code?'],
    ['Does Alice owe Bob money?', 'Does Bob owe Alice money?'],
    ['What happened in 1914?', 'What happened in 1941?'],
    ['Is x > 5 when x = 3?', 'Is x < 5 when x = 3?'],
    ['Should I buy Apple stock?', 'Should I sell Apple stock?'],
    ['How do I enable two-factor authentication?', 'How do I disable two-factor authentication?'],
    ['What is the maximum value of a 32-bit signed integer?', 'What is the minimum value of a 32-bit signed integer?'],
    ['List the pros of nuclear energy', 'List the cons of nuclear energy'],
    ['Is 100 Fahrenheit hot?', 'Is 100 Celsius hot?'],
    ['Why did the Roman Empire rise?', 'Why did the Roman Empire fall?'],
    ['Sum the numbers 1 to 100', 'Sum the numbers 1 to 1000'],
    ['Explain the difference between TCP and UDP', 'Explain the similarity between TCP and UDP'],
    ['Can dogs eat grapes?', 'Can dogs not eat grapes?'],
    ['Give me a recipe with chicken but without garlic', 'Give me a recipe with garlic but without chicken'],
  ];
  it('none is served through a graph partition either (the first look and the full search after it)', async () => {
    // Partitions over the graph threshold (the first look's path), filled with unrelated prompts; one side of a
    // pair is stored there, the other asked at threshold 0.
    const code = (i: number) => `${'bcdfghjklm'[i % 10]}${'aeiou'[Math.floor(i / 10) % 5]}${'nprstv'[Math.floor(i / 50)]}`;
    const served: string[] = [];
    let proposed = 0;
    for (const [stored, asked] of pairs) {
      for (const [a, b] of [[stored, asked], [asked, stored]] as const) {
        const store = new EmbeddedStore({ dimension: embedder.dimension, index: { hnswThreshold: 50 } });
        const cache = new ChatCache({ store, embedder, verifier });
        for (let i = 0; i < 60; i++) await save(cache, `Tell me a fact about the planet Mars and the word ${code(i)}`);
        await save(cache, a);
        while (store.describePartition(PARTITION)!.building || store.describePartition(PARTITION)!.structure !== 'hnsw') store.sweep();
        store.sweep(); // every vector in the graph, none left in the brute-force tail
        // Counted only where the look-alike is a candidate, so its refusal is the verifier's (an entry far from
        // the rest of a small graph can be left without links to it: see bench/RESULTS.md, session 7).
        const candidates = await store.nearest(PARTITION, (await embedder.embed(b, {})).vector, 8);
        if (candidates.some((n) => n.text === a)) proposed++;
        const outcome = await lookup(cache, b, { threshold: 0 });
        if (outcome.kind === 'hit') served.push(`${a} -> ${b}`);
      }
    }
    expect(served).toEqual([]);
    expect(proposed).toBeGreaterThanOrEqual(pairs.length * 2 * 0.75);
  });

  for (const [stored, asked] of pairs) {
    for (const [a, b] of [[stored, asked], [asked, stored]] as const) {
      it(`${JSON.stringify(a)} is not served for ${JSON.stringify(b)}`, async () => {
        const store = new EmbeddedStore({ dimension: embedder.dimension });
        const cache = new ChatCache({ store, embedder, verifier });
        await save(cache, a);
        const outcome = await lookup(cache, b, { threshold: 0 });
        expect(outcome.kind, outcome.kind === 'hit' ? `served ${JSON.stringify(outcome.entry.text)} (sim ${outcome.kind === 'hit' && outcome.match === 'semantic' ? outcome.similarity.toFixed(3) : ''})` : '').toBe('miss');
      });
    }
  }
});

describe('ChatCache on a store with a first look (the embedded store with a graph)', () => {
  /** The real embedded store, counting the searches the cache asks of it. */
  class CountingStore extends EmbeddedStore {
    firstLooks = 0;
    fullSearches = 0;
    override nearestFirstLook(...args: Parameters<EmbeddedStore['nearestFirstLook']>) {
      this.firstLooks++;
      return super.nearestFirstLook(...args);
    }
    override nearest(...args: Parameters<EmbeddedStore['nearest']>) {
      this.fullSearches++;
      return super.nearest(...args);
    }
  }
  /** The real verifier, recording which entries it was asked about. */
  const recording = (asked: string[]): CandidateVerifier => ({
    verify: (query, candidate, context) => {
      asked.push(context.entryId);
      return verifier.verify(query, candidate);
    },
  });
  const LOOK_ALIKES = Array.from({ length: 150 }, (_, i) => `How do I turn on the heater in my car number ${i}?`);

  async function graphCache(asked: string[]) {
    const store = new CountingStore({ dimension: embedder.dimension, index: { hnswThreshold: 50 } });
    const cache = new ChatCache({ store, embedder, verifier: recording(asked) });
    for (const text of [...LOOK_ALIKES, STORED, 'What is the capital of France?']) await save(cache, text);
    while (store.describePartition(PARTITION)!.building || store.describePartition(PARTITION)!.structure !== 'hnsw') store.sweep();
    store.firstLooks = store.fullSearches = 0;
    asked.length = 0;
    return { store, cache };
  }

  it('serves a near-duplicate found by the first look without the full search', async () => {
    const asked: string[] = [];
    const { store, cache } = await graphCache(asked);
    const outcome = await lookup(cache, 'Please, how do I turn on the heater in my car?');
    expect(outcome.kind === 'hit' && outcome.match === 'semantic' && outcome.entry.text).toBe(STORED);
    expect({ firstLooks: store.firstLooks, fullSearches: store.fullSearches }).toEqual({ firstLooks: 1, fullSearches: 0 });
  });

  it('goes on to the full search when the first look finds no match, verifying no candidate twice', async () => {
    const asked: string[] = [];
    const { store, cache } = await graphCache(asked);
    const outcome = await lookup(cache, 'How do I turn off the heater in my car?');
    expect(outcome.kind).toBe('miss');
    expect(outcome.kind === 'miss' && outcome.rejected?.entryId).toBe(keyOf(STORED).id);
    expect({ firstLooks: store.firstLooks, fullSearches: store.fullSearches }).toEqual({ firstLooks: 1, fullSearches: 1 });
    expect(asked.length).toBeGreaterThan(1);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('verifies every candidate a lookup with the full search alone would verify', async () => {
    const asked: string[] = [];
    const { store, cache } = await graphCache(asked);
    const askedAlone: string[] = [];
    const fullOnly = new ChatCache({ store: Object.assign(Object.create(store) as EmbeddedStore, { nearestFirstLook: undefined }), embedder, verifier: recording(askedAlone) });
    for (const query of ['How do I turn off the heater in my car?', 'How do I turn on the heater in my car number 700?', 'How do I turn on the heater in my truck?']) {
      asked.length = askedAlone.length = 0;
      await lookup(cache, query, { threshold: 0 });
      await lookup(fullOnly, query, { threshold: 0 });
      expect(askedAlone.length, query).toBe(8);
      expect(asked, query).toEqual(expect.arrayContaining(askedAlone));
    }
  });

  it('verifies them also when the first look proposed candidates the full search ranks lower', async () => {
    const asked: string[] = [];
    const { store } = await graphCache(asked);
    // The real store, whose first look (an approximate search) is made to propose the full search's 9th–11th.
    const displacing = Object.assign(Object.create(store) as EmbeddedStore, {
      nearestFirstLook: async (partition: string, vector: Float32Array, k: number) => {
        await store.nearestFirstLook(partition, vector, k);
        return (await store.nearest(partition, Float32Array.from(vector), 8 + k)).slice(8);
      },
    });
    const cache = new ChatCache({ store: displacing, embedder, verifier: recording(asked) });
    const askedAlone: string[] = [];
    const fullOnly = new ChatCache({ store: Object.assign(Object.create(store) as EmbeddedStore, { nearestFirstLook: undefined }), embedder, verifier: recording(askedAlone) });
    const query = 'How do I turn off the heater in my car?';
    await lookup(cache, query, { threshold: 0 });
    await lookup(fullOnly, query, { threshold: 0 });
    expect(askedAlone).toHaveLength(8);
    expect(asked).toEqual(expect.arrayContaining(askedAlone));
    expect(asked).toHaveLength(11);
  });

  it('finds what a lookup with the full search alone finds', async () => {
    const asked: string[] = [];
    const { store, cache } = await graphCache(asked);
    const fullOnly = new ChatCache({ store: Object.assign(Object.create(store) as EmbeddedStore, { nearestFirstLook: undefined }), embedder, verifier });
    const queries = ['Please, how do I turn on the heater in my car?', 'How do I turn off the heater in my car?', 'what is the capital of France', 'What is the capital of Spain?', 'How do I turn on the heater in my car number 7, please?', 'How do I turn on the heater in my car number 700?'];
    for (const query of queries) {
      const [withFirstLook, withoutIt] = [await lookup(cache, query), await lookup(fullOnly, query)];
      expect(withFirstLook.kind, query).toBe(withoutIt.kind);
      expect(withFirstLook.kind === 'hit' && withFirstLook.entry.id, query).toBe(withoutIt.kind === 'hit' && withoutIt.entry.id);
    }
  });
});

describe('ChatCache with long candidates (a hostile tester, session 28)', () => {
  const DOCUMENT = Array.from({ length: 4_000 }, (_, i) => `Clause ${i}: the tenant shall keep the premises in good repair and report damage within ${i % 30} days.`).join('\n');
  const prompt = (n: number) => `${DOCUMENT}\n\nQuestion ${n}: what does clause ${n} say about reporting damage?`;

  it('verifies at most about a mebibyte of long candidates per lookup, and lets the event loop turn before each', async () => {
    expect(prompt(1).length).toBeGreaterThan(300_000);
    const store = new EmbeddedStore({ dimension: embedder.dimension });
    let verifications = 0;
    let turnedBeforeFirst: boolean | undefined;
    let turned = false;
    const counting: CandidateVerifier = {
      verify(query, candidate) {
        verifications++;
        turnedBeforeFirst ??= turned;
        return verifier.verify(query, candidate);
      },
    };
    const cache = new ChatCache({ store, embedder, verifier: counting });
    for (let n = 1; n <= 8; n++) await save(cache, prompt(n));
    setImmediate(() => (turned = true));
    const outcome = await lookup(cache, prompt(9));
    expect(outcome.kind).toBe('miss');
    // Eight candidates above the threshold; 1 MiB of candidate text holds two of them (without the bound: all eight).
    expect(verifications).toBe(Math.floor((1024 * 1024) / prompt(1).length));
    expect(verifications).toBe(2);
    expect(turnedBeforeFirst).toBe(true);
  });
});

// A hostile review (session 47): lookups of clients that had hung up verified their candidates to the end, up to a
// second of CPU each for long prompts, stalling every other tenant.
describe('ChatCache lookup of a client that left', () => {
  function counting(): CandidateVerifier & { calls: number } {
    const counter = { calls: 0, verify: (query: string, candidate: string, _context?: unknown) => (counter.calls++, verifier.verify(query, candidate)) };
    return counter;
  }

  it('verifies no candidate once the signal has fired, and answers a miss', async () => {
    const store = new EmbeddedStore({ dimension: embedder.dimension });
    const watched = counting();
    const cache = new ChatCache({ store, embedder, verifier: watched });
    await save(cache, STORED);
    expect((await lookup(cache, 'Please, how do I turn on the heater in my car?')).kind).toBe('hit');
    expect(watched.calls).toBe(1);
    const gone = new AbortController();
    gone.abort();
    expect((await lookup(cache, 'Please, how do I turn on the heater in my car, now?', { signal: gone.signal })).kind).toBe('miss');
    expect(watched.calls).toBe(1);
  });

  it('stops between long candidates when the client leaves during the lookup', async () => {
    const store = new EmbeddedStore({ dimension: embedder.dimension });
    const gone = new AbortController();
    const watched = counting();
    const leaving: CandidateVerifier = { verify: (query, candidate, context) => (gone.abort(), watched.verify(query, candidate, context)) };
    const cache = new ChatCache({ store, embedder, verifier: leaving });
    const long = 'The quarterly report covers revenue, costs and hiring across every region of the company. '.repeat(500);
    for (const tail of ['Summarise it.', 'Summarise it in French.', 'Summarise it in German.']) await save(cache, `${long}${tail}`);
    expect((await lookup(cache, `${long}Summarise it in Spanish.`, { signal: gone.signal })).kind).toBe('miss');
    expect(watched.calls).toBe(1);
  });
});
